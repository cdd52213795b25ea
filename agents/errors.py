"""Exceptions of the streaming shell.

    NewsflowError              root: catch this to catch anything newsflow raises
     ├── SettingsError         an environment variable or option has a bad value
     ├── BrokerError           the embedded broker could not start or be reached
     └── PublishError          output could not be acknowledged by the broker

Inputs that cannot be enriched are not exceptions: the core returns
``pipeline.models.Rejected`` values and the shell dead-letters them.
"""

from __future__ import annotations

__all__ = ["BrokerError", "NewsflowError", "PublishError", "SettingsError"]


class NewsflowError(Exception):
    """Root of every exception newsflow raises on purpose."""


class SettingsError(NewsflowError):
    """A setting has a value that cannot be used."""


class BrokerError(NewsflowError):
    """The broker could not be started or reached."""


class PublishError(NewsflowError):
    """The broker did not acknowledge output; offsets must not be committed."""
