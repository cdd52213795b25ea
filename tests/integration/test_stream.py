"""End to end on the real embedded broker with real worker processes."""

from __future__ import annotations

import asyncio
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from agents.broker import EmbeddedBroker
from agents.demo import Collected, WorkerProcess, collect
from agents.inputs import Input, iter_inputs
from agents.testing import isolated_settings, publish
from pipeline.contracts import CE_TYPE_DEAD_LETTER, CE_TYPE_ENRICHED, category_slug, schema_errors
from tests.conftest import FIXTURES, SEEDS

pytestmark = pytest.mark.integration

MALFORMED = [
    line for line in (FIXTURES / "malformed" / "lines.jsonl").read_bytes().splitlines() if line
]


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(0) as b:
        yield b


def test_seeds_and_malformed_messages(broker: EmbeddedBroker, tmp_path: Path) -> None:
    # A low size limit, so that one message is oversize without a 10 MB test payload.
    settings = replace(isolated_settings(broker.url, tmp_path), max_message_bytes=150_000)
    seeds = list(iter_inputs([SEEDS]))
    oversize = orjson.dumps({"id": "huge", "text": "Ein Satz über nichts. " * 8_000})
    bad = [Input(f"bad:{n}", payload) for n, payload in enumerate([*MALFORMED, oversize])]
    publish(settings, seeds + bad)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        seed_ids = {i.id for i in seeds if i.id}

        def done(c: Collected) -> bool:
            return seed_ids <= set(c.enriched) and len(c.letters) >= len(bad)

        seen = asyncio.run(collect(settings, done, timeout=180, worker=worker))
        assert done(seen), (tmp_path / "worker.log").read_text()[-3000:]

        # Every seed enriched, valid, with CloudEvents headers; nothing we did not publish.
        assert set(seen.enriched) == seed_ids
        for topic, key, doc, headers in seen.messages:
            if topic == settings.topic_enriched:
                assert schema_errors("enriched-article.v1", doc) == []
                assert key == doc["id"].encode()
                assert headers["ce_type"] == CE_TYPE_ENRICHED.encode()
            else:
                assert schema_errors("dead-letter.v1", doc) == []
                assert headers["ce_type"] == CE_TYPE_DEAD_LETTER.encode()
            for name in ("ce_id", "ce_source", "ce_specversion", "ce_time", "content-type"):
                assert headers.get(name), name
        # Each malformed message dead-lettered once, with its payload and position.
        assert len(seen.letters) == len(bad)
        kept = sorted(
            lt["payload"]["data"]
            for lt in seen.letters
            if lt["payload"]["encoding"] == "utf-8" and lt["error"]["reason"] != "oversize"
        )
        assert kept == sorted(p.decode() for p in MALFORMED if _is_utf8(p))
        reasons = {"invalid_json", "schema_violation", "undecodable", "oversize"}
        for letter in seen.letters:
            assert letter["origin"]["topic"] == settings.topic_raw
            assert letter["origin"]["offset"] is not None
            assert letter["error"]["reason"] in reasons
        [big] = [lt for lt in seen.letters if lt["error"]["reason"] == "oversize"]
        assert "NEWSFLOW_MAX_MESSAGE_BYTES" in big["error"]["message"]
        assert oversize.decode().startswith(big["payload"]["data"])

        # Each enriched article is routed to the topic of its top category.
        routes = {
            settings.category_topic(
                category_slug(doc["categories"][0]["label"] if doc["categories"] else None)
            )
            for doc in seen.enriched.values()
        }
        routed = asyncio.run(
            collect(
                settings,
                lambda c: len(c.messages) >= len(seed_ids),
                timeout=30,
                topics=sorted(routes),
            )
        )
        assert {doc["id"] for _, _, doc, _ in routed.messages} == seed_ids

        # The worker serves Prometheus metrics that count what it did.
        url = f"http://127.0.0.1:{settings.web_port}/metrics"
        with urllib.request.urlopen(url, timeout=10) as response:
            text = response.read().decode()
        assert _sample(text, "newsflow_articles_enriched_total") == len(seed_ids)
        consumed = f'newsflow_articles_consumed_total{{topic="{settings.topic_raw}"}}'
        assert _sample(text, consumed) == len(seeds) + len(bad)
        assert _sample(text, "newsflow_end_to_end_seconds_count") == len(seed_ids)
        assert _sample(text, "newsflow_body_chars_count") == len(seed_ids)
        assert _sample(text, 'newsflow_articles_by_language_total{language="de"}') == len(seed_ids)
        assert _sample(text, 'newsflow_stage_duration_seconds_count{stage="publish"}') > 0
        dead = sum(
            _sample(text, f'newsflow_articles_deadlettered_total{{reason="{r}"}}')
            for r in ("invalid_json", "schema_violation", "undecodable", "oversize")
        )
        assert dead == len(bad)
        assert _sample(text, 'newsflow_stage_duration_seconds_count{stage="clean"}') == len(seeds)
    finally:
        worker.stop()


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sample(exposition: str, name: str) -> float:
    """The value of one sample (name with labels) in Prometheus text format."""
    for line in exposition.splitlines():
        key, _, value = line.rpartition(" ")
        if key == name:
            return float(value)
    raise AssertionError(f"{name} not in metrics")


def test_killed_worker_loses_nothing(broker: EmbeddedBroker, tmp_path: Path) -> None:
    settings = isolated_settings(broker.url, tmp_path)
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    inputs = [
        Input(
            f"gen:{n}",
            orjson.dumps({"id": f"art-{n:04d}", "text": texts[n % len(texts)] + f"\nFall {n}."}),
            f"art-{n:04d}",
        )
        for n in range(300)
    ]
    publish(settings, inputs)
    expected = {i.id for i in inputs if i.id}

    first = WorkerProcess(settings, tmp_path / "worker1.log").start()
    try:
        partial = asyncio.run(
            collect(settings, lambda c: len(c.enriched) >= 40, timeout=120, worker=first)
        )
        assert len(partial.enriched) >= 40, (tmp_path / "worker1.log").read_text()[-3000:]
    finally:
        first.kill()  # SIGKILL mid-stream: no clean shutdown, no final commit
    assert len(partial.enriched) < len(expected), "the worker finished before it was killed"

    second = WorkerProcess(settings, tmp_path / "worker2.log").start()
    try:
        seen = asyncio.run(
            collect(settings, lambda c: expected <= set(c.enriched), timeout=240, worker=second)
        )
    finally:
        second.stop()
    missing = expected - set(seen.enriched)
    assert not missing, f"{len(missing)} ids lost, e.g. {sorted(missing)[:5]}"
    # At-least-once may repeat an id; a repeat carries the same content.
    bodies: dict[str, str] = {}
    for topic, _key, doc, _headers in seen.messages:
        if topic == settings.topic_enriched:
            assert bodies.setdefault(doc["id"], doc["body"]) == doc["body"]
    assert set(bodies) == expected


SIGN_OFF = "Unsere Redaktion berichtet seit über siebzig Jahren unabhängig aus der Region."
TOWNS = ["Altdorf", "Birkenau", "Cölbe", "Dossenheim", "Eppelheim", "Fulda", "Gießen"]


def _local_article(n: int) -> Input:
    """Article ``n`` of one local paper: its own town's news, then the paper's sign-off."""
    town = TOWNS[n]
    text = (
        f"Der Gemeinderat von {town} hat am Montag über den neuen Haushalt beraten.\n"
        f"Nach Angaben der Verwaltung von {town} fehlen mehrere Millionen Euro.\n"
        f"Die Opposition in {town} kündigte Widerstand gegen die Kürzungen an.\n"
        f"{SIGN_OFF}"
    )
    doc = {"id": f"lokal-{n}", "text": text, "source": "lokalblatt"}
    return Input(f"gen:{n}", orjson.dumps(doc), doc["id"])


def test_worker_learns_a_sources_recurring_line(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """One source's sign-off recurs in every article: once seen often enough, it goes."""
    settings = replace(isolated_settings(broker.url, tmp_path), recurring_threshold=3)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        first = [_local_article(n) for n in range(3)]
        publish(settings, first)
        asyncio.run(collect(settings, lambda c: len(c.enriched) >= 3, timeout=120, worker=worker))
        later = [_local_article(n) for n in range(3, 6)]
        publish(settings, later)
        seen = asyncio.run(
            collect(settings, lambda c: len(c.enriched) >= 6, timeout=120, worker=worker)
        )
    finally:
        worker.stop()
    for n in range(3):
        assert SIGN_OFF in seen.enriched[f"lokal-{n}"]["body"]
    for n in range(3, 6):
        doc = seen.enriched[f"lokal-{n}"]
        assert SIGN_OFF not in doc["body"]
        assert {"text": SIGN_OFF, "kind": "recurring_line"} in doc["removed"]
        assert TOWNS[n] in doc["body"]


def test_recurring_counts_survive_a_killed_worker(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """Counts live on the state topic: a new worker knows the sign-off a killed one learned."""
    settings = replace(isolated_settings(broker.url, tmp_path), recurring_threshold=3)
    first = WorkerProcess(settings, tmp_path / "worker1.log").start()
    try:
        publish(settings, [_local_article(n) for n in range(3)])
        seen = asyncio.run(
            collect(settings, lambda c: len(c.enriched) >= 3, timeout=120, worker=first)
        )
        assert len(seen.enriched) >= 3, (tmp_path / "worker1.log").read_text()[-3000:]
        # The states are acknowledged with the batch; wait until they are readable too.
        saved = asyncio.run(
            collect(
                settings,
                lambda c: any(len(doc["ids"]) >= 3 for _, _, doc, _ in c.messages),
                timeout=30,
                topics=[settings.topic_linestate],
            )
        )
        assert saved.messages, "no recurring-line state on the state topic"
        assert all(key == b"lokalblatt" for _, key, _, _ in saved.messages)
    finally:
        first.kill()  # SIGKILL: nothing in the first worker's memory survives
    for n in range(3):
        assert SIGN_OFF in seen.enriched[f"lokal-{n}"]["body"]

    second = WorkerProcess(settings, tmp_path / "worker2.log").start()
    try:
        publish(settings, [_local_article(3)])
        seen = asyncio.run(
            collect(settings, lambda c: "lokal-3" in c.enriched, timeout=120, worker=second)
        )
    finally:
        second.stop()
    doc = seen.enriched["lokal-3"]
    assert SIGN_OFF not in doc["body"], (tmp_path / "worker2.log").read_text()[-3000:]
    assert {"text": SIGN_OFF, "kind": "recurring_line"} in doc["removed"]
    assert TOWNS[3] in doc["body"]
