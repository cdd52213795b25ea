"""Helpers for newsflow's own tests and for users testing their deployment.

Importable targets for :class:`agents.pool.DocumentPool` (spawned processes import
them by name), and a running embedded broker with a worker for end-to-end checks.
"""

from __future__ import annotations

import os
import time

from pipeline.core import Options, enrich
from pipeline.models import Outcome, RawArticle

__all__ = ["misbehaving_enrich"]


def misbehaving_enrich(
    raw: RawArticle, options: Options, *, recurring: frozenset[str] = frozenset()
) -> Outcome:
    """The real core, except that text ``"sleep:N"`` sleeps N seconds and ``"crash"`` dies."""
    text = raw.text or ""
    if text.startswith("sleep:"):
        time.sleep(float(text.split(":", 1)[1]))
    elif text == "crash":
        os._exit(3)
    return enrich(raw, options, recurring=recurring)
