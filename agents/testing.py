"""Helpers for newsflow's own tests and for users testing their deployment.

Importable targets for :class:`agents.pool.DocumentPool` (spawned processes import
them by name), and a running embedded broker with a worker for end-to-end checks.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from dataclasses import fields
from pathlib import Path
from typing import Any

from agents.broker import free_port
from agents.inputs import Input
from agents.kafka import publish_inputs
from agents.settings import Settings
from pipeline.core import Options, enrich
from pipeline.models import Outcome, RawArticle

__all__ = ["isolated_settings", "misbehaving_enrich", "publish"]


def isolated_settings(broker_url: str, data_dir: Path, **overrides: Any) -> Settings:
    """Settings of one test run: its own consumer group, every topic, and a free web port.

    Every ``topic_*`` setting and the category prefix get a run suffix, so runs on
    one broker never read each other's messages (new topics are covered too).
    """
    run = uuid.uuid4().hex[:8]
    defaults = Settings()
    names = {
        f.name: f"{getattr(defaults, f.name)}-{run}"
        for f in fields(Settings)
        if f.name.startswith("topic_")
    }
    values: dict[str, Any] = {
        "broker_url": broker_url,
        "app_id": f"newsflow-test-{run}",
        "category_topic_prefix": f"cat-{run}.",
        "web_port": free_port(),
        "data_dir": str(data_dir),
        "processes": 2,
        **names,
        **overrides,
    }
    return Settings.from_env({}, **values)


def publish(settings: Settings, inputs: list[Input]) -> None:
    """Publish inputs to the raw topic and wait for the broker's acknowledgements."""
    with open(os.devnull, "w") as sink:
        asyncio.run(publish_inputs(settings, inputs, settings.topic_raw, sink))


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
