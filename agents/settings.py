"""All settings of the streaming shell, in one place, from ``NEWSFLOW_*`` environment variables.

Faust reads its own variables (``BROKER_URL``, ``WEB_PORT``...) and lets them
override what the code passes. newsflow hands Faust an empty environment instead,
so only the variables below count; a Faust variable that is set is reported once
as ignored rather than silently winning.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from agents.errors import SettingsError
from pipeline.recurring import RecurringPolicy

__all__ = ["ENV_PREFIX", "FAUST_ENV_VARS", "Settings"]

logger = logging.getLogger(__name__)

ENV_PREFIX = "NEWSFLOW_"

#: Faust's own environment variables that would otherwise override App kwargs.
FAUST_ENV_VARS = (
    "BROKER_URL",
    "BROKER_CONSUMER_URL",
    "BROKER_PRODUCER_URL",
    "WEB_PORT",
    "WEB_HOST",
    "WEB_BIND",
    "APP_DATADIR",
    "APP_ENV_PREFIX",
    "BROKER_SESSION_TIMEOUT",
    "BROKER_HEARTBEAT_INTERVAL",
    "BROKER_REBALANCE_TIMEOUT",
    "CONSUMER_AUTO_OFFSET_RESET",
)

_DOCS: dict[str, str] = {}


def _doc(name: str, text: str) -> None:
    _DOCS[name] = text


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of the worker and CLI. Field ``x`` is read from ``NEWSFLOW_X``."""

    broker_url: str = "kafka://127.0.0.1:9092"
    app_id: str = "newsflow"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    topic_raw: str = "articles.raw"
    topic_enriched: str = "articles.enriched"
    topic_deadletter: str = "articles.deadletter"
    topic_bysource: str = "articles.bysource"
    topic_linestate: str = "articles.recurring-lines"
    category_topic_prefix: str = "articles.category."
    partitions: int = 4
    replication_factor: int = 1
    processes: int = 0
    doc_timeout: float = 20.0
    batch_size: int = 32
    batch_within: float = 0.5
    max_message_bytes: int = 8 * 1024 * 1024
    session_timeout: float = 10.0
    heartbeat_interval: float = 1.0
    rebalance_timeout: float = 3.0
    lag_interval: float = 5.0
    recurring_threshold: int = 5
    recurring_max_lines: int = 5000
    recurring_max_ids: int = 2000
    data_dir: str = ".newsflow"
    log_level: str = "info"
    log_format: str = "text"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``NEWSFLOW_*`` variables (default: this process's), then overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            key = ENV_PREFIX + f.name.upper()
            if key in env:
                values[f.name] = _parse(key, env[key], type(getattr(cls(), f.name)))
        for name in FAUST_ENV_VARS:
            if name in env:
                logger.warning(
                    "ignoring Faust variable %s; set the NEWSFLOW_ equivalent instead", name
                )
        settings = replace(cls(**values), **overrides)
        settings.check()
        return settings

    def check(self) -> None:
        """Raise :class:`SettingsError` for values no worker can run with."""
        if not self.broker_url.startswith(("kafka://", "aiokafka://")):
            raise SettingsError(f"broker_url must start with kafka://, got {self.broker_url!r}")
        if self.recurring_threshold < 2:
            raise SettingsError(f"{ENV_PREFIX}RECURRING_THRESHOLD must be at least 2")
        for name in (
            "partitions",
            "replication_factor",
            "batch_size",
            "max_message_bytes",
            "recurring_max_lines",
            "recurring_max_ids",
        ):
            if getattr(self, name) < 1:
                raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be at least 1")
        for name in (
            "doc_timeout",
            "batch_within",
            "session_timeout",
            "heartbeat_interval",
            "lag_interval",
        ):
            if getattr(self, name) <= 0:
                raise SettingsError(f"{ENV_PREFIX}{name.upper()} must be positive")
        if not 0 < self.web_port < 65536:
            raise SettingsError(f"{ENV_PREFIX}WEB_PORT must be a TCP port, got {self.web_port}")
        if self.log_format not in ("text", "json"):
            raise SettingsError(f"{ENV_PREFIX}LOG_FORMAT must be text or json")
        if self.processes < 0:
            raise SettingsError(f"{ENV_PREFIX}PROCESSES must be 0 (one per core) or more")

    def to_env(self) -> dict[str, str]:
        """These settings as ``NEWSFLOW_*`` variables, for a child process."""
        return {ENV_PREFIX + f.name.upper(): str(getattr(self, f.name)) for f in fields(self)}

    @property
    def pool_size(self) -> int:
        """Worker processes for the CPU stages: the setting, or one per core."""
        return self.processes or max(1, os.cpu_count() or 1)

    @property
    def bootstrap_servers(self) -> str:
        """The broker URL as aiokafka wants it: ``host:port[,host:port]``."""
        return ",".join(part.split("://", 1)[-1].rstrip("/") for part in self.broker_url.split(";"))

    @property
    def recurring_policy(self) -> RecurringPolicy:
        """The recurring-line rule these settings describe."""
        return RecurringPolicy(
            threshold=self.recurring_threshold,
            max_lines=self.recurring_max_lines,
            max_ids=self.recurring_max_ids,
        )

    def category_topic(self, slug: str) -> str:
        """The routing topic for a category slug."""
        return f"{self.category_topic_prefix}{slug}"

    @staticmethod
    def describe() -> list[tuple[str, str, str]]:
        """(variable, default, meaning) rows for the README's configuration table."""
        defaults = Settings()
        return [
            (ENV_PREFIX + f.name.upper(), str(getattr(defaults, f.name)), _DOCS.get(f.name, ""))
            for f in fields(Settings)
        ]


def _parse(key: str, raw: str, kind: type) -> Any:
    """Convert one environment value to the field's type, with a clear error."""
    try:
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
    except ValueError:
        raise SettingsError(f"{key}={raw!r} is not a {kind.__name__}") from None
    return raw


_doc("broker_url", "Kafka bootstrap servers, kafka://host:port (several separated by ;)")
_doc("app_id", "Faust app id and consumer group")
_doc("web_host", "Address the worker's web server (metrics, health) binds to")
_doc("web_port", "Port of the worker's web server: /metrics, /healthz, /readyz")
_doc("topic_raw", "Input topic of raw article v1 events")
_doc("topic_enriched", "Output topic of enriched article v1 events")
_doc("topic_deadletter", "Output topic of dead letter v1 events")
_doc("topic_bysource", "Internal topic: valid raw articles keyed by source (repartitioned)")
_doc(
    "topic_linestate",
    "Internal compacted topic: each source's recurring-line counts, keyed like bysource",
)
_doc(
    "recurring_threshold",
    "A line in this many distinct articles of one source is boilerplate (`recurring_line`)",
)
_doc("recurring_max_lines", "Line counts remembered per source (rarest, then oldest evicted)")
_doc("recurring_max_ids", "Recent article ids remembered per source, to count each once")
_doc("category_topic_prefix", "Prefix of per-category routing topics")
_doc("partitions", "Partitions of topics newsflow creates")
_doc("replication_factor", "Replication factor of topics newsflow creates")
_doc("processes", "Worker processes for cleaning and topics; 0 = one per core")
_doc("doc_timeout", "Per-document time limit in seconds; past it: dead letter `timeout`")
_doc("batch_size", "Most messages processed per batch")
_doc("batch_within", "Seconds to wait for a batch to fill")
_doc("max_message_bytes", "Largest accepted raw message; larger ones: dead letter `oversize`")
_doc("session_timeout", "Consumer session timeout (s): how soon a dead worker's partitions move")
_doc("heartbeat_interval", "Consumer heartbeat interval (s)")
_doc("rebalance_timeout", "How long (s) the group waits for members to rejoin a rebalance")
_doc("lag_interval", "Seconds between consumer-lag refreshes for the lag gauge")
_doc("data_dir", "Directory for Faust's local state and the demo's logs")
_doc("log_level", "Log level: debug, info, warning, error")
_doc("log_format", "Worker log lines: text, or json (one object per line, with context)")
