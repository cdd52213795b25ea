"""A pool of worker processes running the core, with a hard per-document time limit.

trafilatura is not thread-safe under load and some pages take seconds, so the core
runs in separate processes (spawn context: no forked locks or event loops). Each
process serves one document at a time over a pipe. A document that exceeds the
time limit is abandoned by killing its process, and a process that dies is
replaced; either way the caller gets a ``Rejected`` value and the pool stays full.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess

from pipeline.core import Options, enrich
from pipeline.models import Outcome, RawArticle, Rejected

__all__ = ["DocumentPool"]

logger = logging.getLogger(__name__)

_CTX = multiprocessing.get_context("spawn")

#: How long a new process may take to import the core before it counts as crashed.
_READY_TIMEOUT = 120.0


#: What a pool process runs: the core's ``enrich`` or a stand-in with its signature.
Target = Callable[..., Outcome]


def _serve(conn: Connection, options: Options, target: Target) -> None:
    """Child process: enrich documents from the pipe until it closes."""
    # Ctrl-C is the parent's to handle; it shuts the pool down in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        conn.send("ready")
        while True:
            raw, recurring = conn.recv()
            conn.send(target(raw, options, recurring=recurring))
    except (EOFError, OSError):
        return  # the parent closed the pipe or went away


class _Slot:
    """One child process and the parent's end of its pipe."""

    def __init__(self, options: Options, target: Target) -> None:
        self._options = options
        self._target = target
        self._conn: Connection | None = None
        self._proc: SpawnProcess | None = None
        self._ready = False

    def start(self) -> None:
        parent, child = _CTX.Pipe()
        proc = _CTX.Process(target=_serve, args=(child, self._options, self._target), daemon=True)
        proc.start()
        child.close()
        self._conn, self._proc, self._ready = parent, proc, False

    def wait_ready(self, timeout: float = _READY_TIMEOUT) -> bool:
        """Block until the child has imported the core (or ``timeout``)."""
        conn = self._conn
        if self._ready:
            return True
        if conn is None or not conn.poll(timeout):
            return False
        try:
            self._ready = conn.recv() == "ready"
        except (EOFError, OSError):
            return False
        return self._ready

    def stop(self) -> None:
        conn, proc = self._conn, self._proc
        self._conn = self._proc = None
        if conn is not None:
            conn.close()
        if proc is not None:
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=2)

    def _replace(self) -> None:
        proc = self._proc
        if proc is not None and proc.is_alive():
            proc.kill()
        self.stop()
        self.start()

    def run(self, raw: RawArticle, recurring: frozenset[str], timeout: float) -> Outcome:
        """Run one document in this slot's process, replacing the process on timeout or crash."""
        if self._conn is None or self._proc is None or not self._proc.is_alive():
            self._replace()
        if not self.wait_ready():
            code = self._proc.exitcode if self._proc is not None else None
            self._replace()
            return Outcome(
                Rejected(
                    "worker_crash",
                    "clean",
                    f"a worker process did not start within {_READY_TIMEOUT:g} s "
                    f"(exit code {code})",
                    "WorkerStartFailed",
                )
            )
        conn = self._conn
        assert conn is not None
        started = time.perf_counter()
        try:
            conn.send((raw, recurring))
            if not conn.poll(timeout):
                logger.warning(
                    "article %s exceeded the %g s limit; replacing its process",
                    raw.id,
                    timeout,
                    extra={"article_id": raw.id, "reason": "timeout"},
                )
                self._replace()
                return Outcome(
                    Rejected(
                        "timeout",
                        "clean",
                        f"document took longer than {timeout:g} s; its process was replaced",
                        "DocumentTimeout",
                    ),
                    (("clean", time.perf_counter() - started),),
                )
            outcome = conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            code = self._proc.exitcode if self._proc is not None else None
            logger.warning(
                "the process running article %s died (exit code %s); replacing it",
                raw.id,
                code,
                extra={"article_id": raw.id, "reason": "worker_crash"},
            )
            self._replace()
            return Outcome(
                Rejected(
                    "worker_crash",
                    "clean",
                    f"the process running the document died (exit code {code}): {exc!r}",
                    "WorkerCrash",
                ),
            )
        assert isinstance(outcome, Outcome)
        return outcome


class DocumentPool:
    """``size`` processes running :func:`pipeline.core.enrich` with a time limit each.

    Use :meth:`run` from asyncio code (it waits in a thread, never on the loop) or
    :meth:`run_sync` from plain code. Close with :meth:`close` or a ``with`` block.
    """

    def __init__(
        self,
        size: int,
        timeout: float,
        options: Options | None = None,
        *,
        target: Target = enrich,
    ) -> None:
        self.size = size
        self.timeout = timeout
        # ``target`` is a module-level function (spawned children import it by name);
        # tests pass the slow and crashing ones from agents.testing.
        self._slots = [_Slot(options or Options(), target) for _ in range(size)]
        self._free: asyncio.Queue[_Slot] | None = None
        self._started = False

    def start(self, ready_timeout: float = _READY_TIMEOUT) -> None:
        """Start every process and wait until each has imported the core."""
        for slot in self._slots:
            slot.start()
        for slot in self._slots:
            if not slot.wait_ready(ready_timeout):
                logger.warning("a pool process was not ready after %.0f s", ready_timeout)
        self._started = True

    def close(self) -> None:
        """Stop every process."""
        for slot in self._slots:
            slot.stop()
        self._started = False

    def __enter__(self) -> DocumentPool:
        if not self._started:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run_sync(self, raw: RawArticle, recurring: frozenset[str] = frozenset()) -> Outcome:
        """Enrich one document in the first process (for sequential callers)."""
        return self._slots[0].run(raw, recurring, self.timeout)

    async def run(self, raw: RawArticle, recurring: frozenset[str] = frozenset()) -> Outcome:
        """Enrich one document in a free process without blocking the event loop.

        ``recurring`` are the line keys that recur across the article's source.
        """
        if self._free is None:
            self._free = asyncio.Queue()
            for slot in self._slots:
                self._free.put_nowait(slot)
        slot = await self._free.get()
        try:
            return await asyncio.to_thread(slot.run, raw, recurring, self.timeout)
        finally:
            self._free.put_nowait(slot)

    async def run_many(
        self, raws: list[RawArticle], recurring: list[frozenset[str]] | None = None
    ) -> list[Outcome]:
        """Enrich documents concurrently across the pool, results in input order."""
        sets = recurring if recurring is not None else [frozenset()] * len(raws)
        return list(
            await asyncio.gather(*(self.run(r, s) for r, s in zip(raws, sets, strict=True)))
        )
