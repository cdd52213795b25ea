"""The process pool: real spawned processes, real timeouts and crashes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from agents.pool import DocumentPool
from agents.testing import misbehaving_enrich
from pipeline.models import EnrichedArticle, RawArticle, Rejected

ARTICLE = (
    "Die Regierung hat am Mittwoch in Berlin einen neuen Haushalt beschlossen. "
    "Der Finanzminister sagte, die Ausgaben für Bildung würden steigen.\n"
    "Die Opposition kritisierte den Entwurf als unzureichend und forderte Nachbesserungen."
)


@pytest.fixture(scope="module")
def pool() -> Iterator[DocumentPool]:
    with DocumentPool(2, timeout=3.0, target=misbehaving_enrich) as p:
        yield p


def test_enriches_in_a_child_process(pool: DocumentPool) -> None:
    outcome = pool.run_sync(RawArticle(text=ARTICLE, id="a"))
    assert isinstance(outcome.result, EnrichedArticle)
    assert outcome.result.id == "a"
    assert {stage for stage, _ in outcome.stage_seconds} == {"clean", "topics"}


def test_timeout_is_dead_lettered_and_the_process_replaced(pool: DocumentPool) -> None:
    outcome = pool.run_sync(RawArticle(text="sleep:30"))
    assert isinstance(outcome.result, Rejected)
    assert outcome.result.reason == "timeout"
    # The slot works again at once: the sleeping process was killed, not waited for.
    after = pool.run_sync(RawArticle(text=ARTICLE))
    assert isinstance(after.result, EnrichedArticle)


def test_crash_is_reported_and_the_process_replaced(pool: DocumentPool) -> None:
    outcome = pool.run_sync(RawArticle(text="crash"))
    assert isinstance(outcome.result, Rejected)
    assert outcome.result.reason == "worker_crash"
    assert isinstance(pool.run_sync(RawArticle(text=ARTICLE)).result, EnrichedArticle)


def test_run_many_keeps_order_and_isolates_failures(pool: DocumentPool) -> None:
    raws = [
        RawArticle(text=ARTICLE, id="1"),
        RawArticle(text="sleep:30", id="2"),
        RawArticle(text=ARTICLE, id="3"),
        RawArticle(text="crash", id="4"),
    ]
    outcomes = asyncio.run(pool.run_many(raws))
    kinds = [
        o.result.id if isinstance(o.result, EnrichedArticle) else o.result.reason for o in outcomes
    ]
    assert kinds == ["1", "timeout", "3", "worker_crash"]
