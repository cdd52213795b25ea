"""``newsflow demo``: the main job on the embedded default, start to finish.

Starts the embedded broker and one worker process, publishes every article in a
folder, waits until each has come out enriched or dead-lettered, prints a table,
and shuts everything down. Exits 0 only if every input was accounted for.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import orjson

from agents.broker import EmbeddedBroker, free_port, stop_process, wait_for_signal
from agents.errors import BrokerError
from agents.inputs import Input, iter_inputs
from agents.kafka import consume, publish_inputs
from agents.settings import Settings

__all__ = ["Collected", "WorkerProcess", "collect", "run_demo"]

logger = logging.getLogger(__name__)


class WorkerProcess:
    """A ``newsflow worker`` child process with its own settings."""

    def __init__(self, settings: Settings, log_path: Path) -> None:
        self.settings = settings
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        env = dict(os.environ)
        for key in list(env):
            if key.startswith("NEWSFLOW_"):
                del env[key]
        env |= self.settings.to_env()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agents", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM (Faust shuts down cleanly), then SIGKILL."""
        proc, self.proc = self.proc, None
        stop_process(proc, grace=timeout)

    def kill(self) -> None:
        """SIGKILL: a crash, for tests of at-least-once delivery."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)


@dataclass
class Collected:
    """What came out of the output topics: every message, and the documents by kind."""

    messages: list[tuple[str, bytes | None, dict[str, Any], dict[str, bytes]]] = field(
        default_factory=list
    )
    enriched: dict[str, dict[str, Any]] = field(default_factory=dict)
    letters: list[dict[str, Any]] = field(default_factory=list)

    def accounted(self) -> set[str]:
        """Ids that came out enriched or dead-lettered."""
        ids = set(self.enriched)
        ids.update(i for i in map(_letter_id, self.letters) if i is not None)
        return ids


async def collect(
    settings: Settings,
    done: Callable[[Collected], bool],
    *,
    timeout: float,
    topics: list[str] | None = None,
    on_event: Callable[[Collected], None] | None = None,
    worker: WorkerProcess | None = None,
) -> Collected:
    """Read output topics from the beginning until ``done`` holds or ``timeout`` passes.

    Reads the enriched and dead-letter topics unless ``topics`` are given.
    Raises :class:`BrokerError` if ``worker`` exits meanwhile.
    """
    seen = Collected()
    topics = topics or [settings.topic_enriched, settings.topic_deadletter]

    async def reader() -> None:
        async for topic, key, value, headers in consume(settings, topics):
            doc = orjson.loads(value or b"{}")
            seen.messages.append((topic, key, doc, dict(headers)))
            if topic == settings.topic_enriched:
                seen.enriched[doc["id"]] = doc
            elif topic == settings.topic_deadletter:
                seen.letters.append(doc)
            if on_event is not None:
                on_event(seen)
            if done(seen):
                return

    async def watchdog() -> None:
        while worker is None or worker.alive():
            await asyncio.sleep(0.5)
        raise BrokerError(f"the worker exited; see {worker.log_path}")

    tasks = [asyncio.ensure_future(reader()), asyncio.ensure_future(watchdog())]
    finished, pending = await asyncio.wait(
        tasks, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
    )
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in finished:
        task.result()  # re-raise a dead worker or a broker error
    return seen


def _letter_id(letter: dict[str, Any]) -> str | None:
    """The id of the input a dead letter carries, when it can be read."""
    if letter.get("article_id"):
        return str(letter["article_id"])
    payload = letter.get("payload", {})
    if payload.get("encoding") == "utf-8":
        with contextlib.suppress(orjson.JSONDecodeError):
            doc = orjson.loads(payload["data"])
            ident = doc.get("id") if isinstance(doc, dict) else None
            if isinstance(ident, str):
                return ident
    return None


def _table(events: list[dict[str, Any]], letters: list[dict[str, Any]], out: TextIO) -> None:
    """A readable summary: one row per article."""
    rows = [("id", "lang", "title", "top topics", "category", "removed")]
    for ev in events:
        topics = ", ".join(t["label"] for t in ev["topics"][:3])
        category = ev["categories"][0]["label"] if ev["categories"] else "-"
        rows.append(
            (
                ev["id"],
                ev["language"],
                _cut(ev["title"] or "-", 40),
                _cut(topics, 40),
                _cut(category, 24),
                str(len(ev["removed"])),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    for letter in letters:
        err = letter["error"]
        out.write(f"dead letter ({err['reason']}): {_cut(err['message'], 100)}\n")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run_demo(
    seeds: Path,
    *,
    out: Path | None = None,
    keep_running: bool = False,
    web_port: int = 0,
    wait: float = 180.0,
) -> int:
    """Run the demo; returns the exit status."""
    inputs: list[Input] = list(iter_inputs([seeds]))
    if not inputs:
        logger.error("no .txt, .html or .jsonl files in %s", seeds)
        return 1
    data_dir = Path(".newsflow")
    data_dir.mkdir(exist_ok=True)
    with EmbeddedBroker(0, log_path=data_dir / "demo-broker.log") as broker:
        settings = Settings.from_env(
            broker_url=broker.url,
            web_port=web_port or free_port(),
            app_id="newsflow-demo",
            data_dir=str(data_dir),
        )
        worker = WorkerProcess(settings, data_dir / "demo-worker.log").start()
        try:
            return _demo_body(settings, inputs, worker, out, keep_running, wait, broker)
        finally:
            worker.stop()


def _demo_body(
    settings: Settings,
    inputs: list[Input],
    worker: WorkerProcess,
    out: Path | None,
    keep_running: bool,
    wait: float,
    broker: EmbeddedBroker,
) -> int:
    err = sys.stderr
    err.write(f"broker {broker.url}; worker log {worker.log_path}\n")
    asyncio.run(publish_inputs(settings, inputs, settings.topic_raw, err))
    expected = {i.id or i.origin for i in inputs}
    started = time.monotonic()

    def progress(seen: Collected) -> None:
        took = time.monotonic() - started
        done = len(expected & seen.accounted())
        err.write(f"enriched or dead-lettered {done}/{len(expected)} ({took:.1f} s)\n")

    err.write(f"waiting for {len(expected)} articles (the worker joins its group first)...\n")
    seen = asyncio.run(
        collect(
            settings,
            lambda c: expected <= c.accounted(),
            timeout=wait,
            on_event=progress,
            worker=worker,
        )
    )
    events = [seen.enriched[i] for i in sorted(seen.enriched) if i in expected]
    _table(events, seen.letters, sys.stdout)
    if out is not None:
        out.write_bytes(b"".join(orjson.dumps(ev) + b"\n" for ev in events))
        err.write(f"wrote {len(events)} enriched events to {out}\n")
    missing = expected - seen.accounted()
    if missing:
        err.write(f"not accounted for after {wait:g} s: {', '.join(sorted(missing))}\n")
        return 1
    err.write(f"all {len(expected)} inputs accounted for\n")
    if keep_running:
        err.write(
            f"broker at {broker.url}, metrics at http://{settings.web_host}:{settings.web_port}"
            "/metrics; Ctrl-C stops both\n"
        )
        wait_for_signal()
    return 0
