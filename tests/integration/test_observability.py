"""The monitoring stack against the real thing: embedded broker, a real worker process and a
real Prometheus server scraping it every second.

Proves that every PromQL expression of the Grafana dashboard and of the alert rules runs
without error on the metrics the worker actually exports, that the throughput, dead-letter
and latency queries show the work that was done (rates above zero, exact counts), that the
alert rules load and evaluate (the dead-letter alert goes pending), and that the consumer
lag gauge rises during a burst and returns to zero once the worker has caught up.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.broker import EmbeddedBroker, free_port, stop_process
from agents.demo import Collected, WorkerProcess, collect
from agents.inputs import Input, iter_inputs
from agents.settings import Settings
from agents.testing import isolated_settings, publish
from pipeline.contracts import category_slug
from tests.conftest import FIXTURES, SEEDS
from tests.deploy import ALERTS_YML, dashboard_queries, load_yaml, missing_tool, require_tool

pytestmark = pytest.mark.integration

MALFORMED = [
    line for line in (FIXTURES / "malformed" / "lines.jsonl").read_bytes().splitlines() if line
]
JOB = "newsflow-worker"


class Prometheus:
    """A real Prometheus server on loopback, scraping one worker every second."""

    def __init__(self, binary: str, workdir: Path, target: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "prometheus.log"
        config = {
            "global": {
                "scrape_interval": "1s",
                "scrape_timeout": "1s",
                "evaluation_interval": "1s",
            },
            "rule_files": [str(ALERTS_YML)],
            # The compose file finds workers by DNS; here the one worker is a static target
            # under the same job name, so the dashboard's and the rules' selectors match.
            "scrape_configs": [{"job_name": JOB, "static_configs": [{"targets": [target]}]}],
        }
        self.config_path = workdir / "prometheus.yml"
        self.config_path.write_text(json.dumps(config), "utf-8")  # JSON is YAML
        self.args = [
            binary,
            f"--config.file={self.config_path}",
            f"--storage.tsdb.path={workdir / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--log.level=warn",
        ]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> Prometheus:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log_path.read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"{self.url}/-/ready", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"Prometheus not ready in {timeout} s: {self.log_path}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        stop_process(proc, grace=15)

    def api(self, path: str, **params: str) -> Any:
        """GET an API endpoint; returns ``data`` and fails on an error or a warning."""
        url = f"{self.url}{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{path} {params}: {exc.read().decode()[:500]}") from exc
        assert body["status"] == "success", body
        assert not body.get("warnings"), body
        return body["data"]

    def query(self, expr: str) -> list[tuple[dict[str, str], float]]:
        """An instant query: (labels, value) per series (scalars as one unlabelled series)."""
        data = self.api("/api/v1/query", query=expr)
        if data["resultType"] == "vector":
            return [(s["metric"], float(s["value"][1])) for s in data["result"]]
        if data["resultType"] == "scalar":
            return [({}, float(data["result"][1]))]
        raise AssertionError(f"{expr}: unexpected {data['resultType']}")

    def value(self, expr: str) -> float | None:
        """The single value of a query, or None when it has no series."""
        result = self.query(expr)
        assert len(result) <= 1, (expr, result)
        return result[0][1] if result else None

    def wait_for(self, expr: str, ok: Callable[[float | None], bool], timeout: float) -> float:
        deadline = time.monotonic() + timeout
        last: float | None = None
        while time.monotonic() < deadline:
            last = self.value(expr)
            if ok(last):
                return last if last is not None else math.nan
            time.sleep(0.5)
        raise AssertionError(f"{expr} was {last} after {timeout} s")


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(0) as b:
        yield b


def _prometheus_binary() -> str:
    binary = require_tool("prometheus")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    if version.returncode != 0:
        missing_tool(f"{binary} --version failed: {version.stderr[:200]}")
    return binary


def _wait_ready(settings: Settings, worker: WorkerProcess, timeout: float = 90.0) -> None:
    """Until the worker's /readyz says its partitions are assigned."""
    url = f"http://127.0.0.1:{settings.web_port}/readyz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert worker.alive(), worker.log_path.read_text()[-3000:]
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"worker not ready in {timeout} s: {worker.log_path}")


def _language(doc: dict[str, Any]) -> str:
    """The language label the worker counts a document under."""
    return str(doc["language"]) if doc["language"] in ("de", "en", "und") else "other"


def _category(doc: dict[str, Any]) -> str:
    """The category label (routing slug of the top category) a document is counted under."""
    return category_slug(doc["categories"][0]["label"] if doc["categories"] else None)


def _alert_queries() -> list[tuple[str, str]]:
    """(alert name, expression) of every rule in deploy/prometheus/alerts.yml."""
    return [
        (rule["alert"], rule["expr"])
        for group in load_yaml(ALERTS_YML)["groups"]
        for rule in group["rules"]
    ]


def _by_title(title: str) -> list[str]:
    exprs = [expr for panel, expr in dashboard_queries() if panel == title]
    assert exprs, f"no panel {title!r}"
    return exprs


def test_dashboard_and_alert_queries_show_the_work(broker: EmbeddedBroker, tmp_path: Path) -> None:
    binary = _prometheus_binary()
    settings = isolated_settings(broker.url, tmp_path)
    seeds = list(iter_inputs([SEEDS]))
    bad = [Input(f"bad:{n}", payload) for n, payload in enumerate(MALFORMED)]
    seed_ids = {i.id for i in seeds if i.id}
    assert len(seed_ids) == len(seeds) >= 2

    prom = Prometheus(binary, tmp_path, f"127.0.0.1:{settings.web_port}").start()
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    log = worker.log_path
    try:
        _wait_ready(settings, worker)
        prom.wait_for(f'up{{job="{JOB}"}}', lambda v: v == 1, timeout=30)

        # Two waves, each scraped: labelled series that appear with the first article exist
        # before the second wave, so rate() over the window sees the second wave's increase.
        def wave(inputs: list[Input], enriched: int, letters: int) -> Collected:
            publish(settings, inputs)
            seen = asyncio.run(
                collect(
                    settings,
                    lambda c: len(c.enriched) >= enriched and len(c.letters) >= letters,
                    timeout=120,
                    worker=worker,
                )
            )
            assert len(seen.enriched) >= enriched, log.read_text()[-3000:]
            prom.wait_for(
                "sum(newsflow_articles_enriched_total)", lambda v: v == enriched, timeout=30
            )
            prom.wait_for(
                "sum(newsflow_articles_deadlettered_total)", lambda v: v == letters, timeout=30
            )
            return seen

        first = set(wave(seeds[:1] + bad[:1], 1, 1).enriched)
        seen = wave(seeds[1:] + bad[1:], len(seeds), len(bad))
        assert set(seen.enriched) == seed_ids
        docs = list(seen.enriched.values())
        removed = sum(len(doc["removed"]) for doc in docs)
        time.sleep(2)  # a couple more scrapes after the last increase

        # Every expression of the dashboard and of the alert rules runs without error.
        results: dict[str, list[tuple[dict[str, str], float]]] = {}
        for title, expr in dashboard_queries() + _alert_queries():
            try:
                results[expr] = prom.query(expr)
            except AssertionError as exc:
                raise AssertionError(f"{title}: {expr}\n{exc}") from exc

        def positive(expr: str) -> list[tuple[dict[str, str], float]]:
            series = [(labels, v) for labels, v in results[expr] if v > 0 and math.isfinite(v)]
            assert series, f"{expr} shows no work: {results[expr]}"
            return series

        # Exact counts of what was done (not series created at zero).
        assert prom.value("sum(newsflow_articles_enriched_total)") == len(seeds)
        assert prom.value("sum(newsflow_articles_deadlettered_total)") == len(bad)
        assert prom.value("sum(newsflow_articles_consumed_total)") == len(seeds) + len(bad)
        assert prom.value("sum(newsflow_articles_by_language_total)") == len(seeds)
        assert prom.value("sum(newsflow_articles_by_category_total)") == len(seeds)
        assert prom.value("sum(newsflow_boilerplate_removed_total)") == removed
        assert prom.value("sum(newsflow_end_to_end_seconds_count)") == len(seeds)
        assert prom.value(
            f'sum(newsflow_messages_published_total{{topic="{settings.topic_enriched}"}})'
        ) == len(seeds)
        assert prom.value(
            f'sum(newsflow_messages_published_total{{topic="{settings.topic_deadletter}"}})'
        ) == len(bad)

        # Throughput in and out: every query of the panel shows a rate above zero.
        for expr in _by_title("Throughput in / out"):
            positive(expr)
        out = {
            labels.get("topic")
            for expr in _by_title("Throughput in / out")
            for labels, _ in positive(expr)
        }
        assert {settings.topic_raw, settings.topic_enriched, settings.topic_deadletter} <= out
        # Dead letters: the reasons of the malformed inputs, nothing else.
        (dead_expr,) = _by_title("Dead letters by reason")
        reasons = {labels["reason"] for labels, _ in positive(dead_expr)}
        assert reasons, reasons
        assert reasons <= {"invalid_json", "schema_violation", "undecodable"}
        # Latency: finite positive quantiles per stage and end to end.
        for expr in _by_title("Stage latency p50 / p95 / p99"):
            stages = {labels["stage"] for labels, _ in positive(expr)}
            assert {"decode", "clean", "publish"} <= stages, (expr, stages)
        for expr in _by_title("End-to-end latency p50 / p95 / p99"):
            positive(expr)
        # Content: counts per label value match the enriched documents. A label value first
        # seen in the second wave has no earlier sample, so its rate is still zero; values
        # seen in both waves show a rate.
        by_label: list[tuple[str, str, str, Callable[[dict[str, Any]], list[str]]]] = [
            (
                "Boilerplate removed by kind",
                "kind",
                "newsflow_boilerplate_removed_total",
                lambda doc: [piece["kind"] for piece in doc["removed"]],
            ),
            (
                "Articles by language",
                "language",
                "newsflow_articles_by_language_total",
                lambda doc: [_language(doc)],
            ),
            (
                "Articles by category",
                "category",
                "newsflow_articles_by_category_total",
                lambda doc: [_category(doc)],
            ),
        ]
        for title, label, metric, of in by_label:
            counts = Counter(value for doc in docs for value in of(doc))
            totals = prom.query(f"sum by ({label}) ({metric}) > 0")
            assert {m[label]: v for m, v in totals} == counts, (title, totals)
            in_first = {v for i, doc in seen.enriched.items() if i in first for v in of(doc)}
            in_second = {v for i, doc in seen.enriched.items() if i not in first for v in of(doc)}
            (expr,) = _by_title(title)
            rising = {m[label] for m, v in results[expr] if v > 0}
            assert in_first & in_second <= rising <= in_first | in_second, (title, rising)
        for title in ("Workers up", "CPU", "Memory (RSS)"):
            for expr in _by_title(title):
                assert [v for _, v in positive(expr)], title
        (lag_expr,) = _by_title("Consumer lag per partition")
        lag_topics = {labels["topic"] for labels, _ in results[lag_expr]}
        assert settings.topic_raw in lag_topics, results[lag_expr]

        # The alert rules loaded into the server and evaluate cleanly; the dead-letter
        # rule reacts to the real data (8 of 13 consumed: pending, it fires after 10 min).
        def rules() -> dict[str, dict[str, Any]]:
            data = prom.api("/api/v1/rules")
            return {r["name"]: r for g in data["groups"] for r in g["rules"]}

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            loaded = rules()
            if loaded["NewsflowDeadLetterRateHigh"]["state"] == "pending":
                break
            time.sleep(0.5)
        assert set(loaded) == {name for name, _ in _alert_queries()}
        for name, rule in loaded.items():
            assert rule["health"] == "ok", (name, rule.get("lastError"))
        assert loaded["NewsflowDeadLetterRateHigh"]["state"] == "pending", loaded
        assert loaded["NewsflowWorkerDown"]["state"] == "inactive"
        assert loaded["NewsflowNoWorkers"]["state"] == "inactive"
    finally:
        worker.stop()
        prom.stop()


_LAG_LINE = re.compile(r"^newsflow_consumer_lag\{([^}]*)\} (\S+)$", re.M)


def _lag(settings: Settings) -> dict[tuple[str, str], float]:
    """The worker's consumer-lag gauge, straight from its /metrics, per (topic, partition)."""
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    out: dict[tuple[str, str], float] = {}
    for labels, value in _LAG_LINE.findall(text):
        pairs = dict(re.findall(r'(\w+)="([^"]*)"', labels))
        out[(pairs["topic"], pairs["partition"])] = float(value)
    return out


def _enriched_total(settings: Settings) -> float:
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    match = re.search(r"^newsflow_articles_enriched_total (\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def test_consumer_lag_rises_in_a_burst_and_drains(broker: EmbeddedBroker, tmp_path: Path) -> None:
    settings = isolated_settings(broker.url, tmp_path, lag_interval=0.5)
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    count = 300
    run = uuid.uuid4().hex[:6]
    burst = [
        Input(
            f"burst:{n}",
            orjson.dumps(
                {
                    "id": f"burst-{run}-{n:04d}",
                    "text": texts[n % len(texts)] + f"\nMeldung {n}.",
                    "source": f"source-{n % 8}",
                }
            ),
            f"burst-{run}-{n:04d}",
        )
        for n in range(count)
    ]
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    log = worker.log_path
    try:
        _wait_ready(settings, worker)
        # Before the burst: the gauge exists for the assigned input partitions, all zero.
        deadline = time.monotonic() + 30
        while not any(t == settings.topic_raw for t, _ in _lag(settings)):
            assert time.monotonic() < deadline, "no newsflow_consumer_lag for the raw topic"
            time.sleep(0.5)
        assert sum(_lag(settings).values()) == 0

        publish(settings, burst)
        peak: dict[tuple[str, str], float] = {}
        drained_at: float | None = None
        started = time.monotonic()
        while time.monotonic() - started < 150:
            assert worker.alive(), log.read_text()[-3000:]
            lag = _lag(settings)
            for key, value in lag.items():
                peak[key] = max(peak.get(key, 0.0), value)
            if _enriched_total(settings) >= count and sum(lag.values()) == 0:
                drained_at = time.monotonic()
                break
            time.sleep(0.25)
        total_peak = sum(peak.values())
        assert total_peak > 0, f"lag never rose during a burst of {count}: {peak}"
        assert drained_at is not None, (
            f"lag did not return to zero in 150 s: {_lag(settings)}, "
            f"enriched {_enriched_total(settings)}/{count}\n{log.read_text()[-2000:]}"
        )
        # The burst outpaced the worker: at some point a sizeable part of it was waiting.
        assert total_peak >= count // 10, peak
        assert all(value == 0 for value in _lag(settings).values())
    finally:
        worker.stop()
