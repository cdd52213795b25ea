"""Recurring-line learning: per-source counts, each article once, bounded memory."""

from __future__ import annotations

import pytest

from pipeline.core import enrich
from pipeline.models import Cleaned, EnrichedArticle, RawArticle
from pipeline.recurring import (
    MemoryStore,
    RecurringPolicy,
    drop_recurring,
    empty_state,
    line_key,
    paragraph_keys,
    record,
    recurring_keys,
    restore,
)

POLICY = RecurringPolicy(threshold=3, max_lines=50, max_ids=10)
# A publisher's recurring sign-off that reads like article text: no lexicon can catch it.
PROMO = "Unsere Redaktion berichtet seit über siebzig Jahren unabhängig aus der Region."
NOW = "2024-12-04T10:00:00Z"


TOWNS = ("Altdorf", "Birkenau", "Cölbe", "Dossenheim", "Eppelheim", "Fulda", "Gießen")
PROJECTS = ("Umgehungsstraße", "Schwimmhalle", "Grundschule", "Kläranlage", "Radweg", "Brücke")


def _article(n: int) -> str:
    town, project = TOWNS[n], PROJECTS[n % len(PROJECTS)]
    return (
        f"Der Gemeinderat von {town} hat am Montag über die neue {project} beraten.\n"
        f"Nach Angaben der Verwaltung von {town} kostet die {project} mehr als geplant.\n"
        f"Die Bürgerinitiative in {town} kündigte weiteren Widerstand gegen die Pläne an.\n"
        f"{PROMO}"
    )


def test_line_key_folds_case_punctuation_and_numbers() -> None:
    assert line_key("Stand: 12:30 Uhr, alle Angaben ohne Gewähr") == line_key(
        "stand 14.05 uhr – alle Angaben ohne Gewähr!"
    )
    assert line_key("Kurz") is None


def test_threshold_of_distinct_articles() -> None:
    key = line_key(PROMO)
    assert key is not None
    state = None
    for n in range(POLICY.threshold - 1):
        state = record(state, f"a{n}", (key,), POLICY)
        assert key not in recurring_keys(state, POLICY)
    state = record(state, "a-last", (key,), POLICY)
    assert key in recurring_keys(state, POLICY)


def test_redelivered_article_counts_once() -> None:
    key = line_key(PROMO)
    assert key is not None
    state = None
    for _ in range(10):
        state = record(state, "same-id", (key,), POLICY)
    assert state is not None
    assert state["lines"][key] == 1
    assert recurring_keys(state, POLICY) == frozenset()


def test_memory_is_bounded() -> None:
    state = None
    for n in range(200):
        state = record(state, f"id{n}", (f"k{n}", f"k{n + 1}"), POLICY)
    assert state is not None
    assert len(state["lines"]) <= POLICY.max_lines
    assert len(state["ids"]) <= POLICY.max_ids


def test_frequent_lines_survive_eviction() -> None:
    state = None
    for n in range(200):
        state = record(state, f"id{n}", ("promo", f"unique{n}"), POLICY)
    assert "promo" in recurring_keys(state, POLICY)


def test_one_article_never_defines_boilerplate() -> None:
    with pytest.raises(ValueError, match="threshold"):
        RecurringPolicy(threshold=1)


def test_drop_keeps_an_all_recurring_article() -> None:
    cleaned = Cleaned(paragraphs=(PROMO,))
    keys = frozenset(paragraph_keys(cleaned))
    assert drop_recurring(cleaned, keys) == cleaned


def test_stream_where_every_article_carries_the_same_promo() -> None:
    """The promo survives the line filter, then disappears once it has recurred enough."""
    state = None
    bodies = []
    for n in range(6):
        keys = recurring_keys(state, POLICY)
        outcome = enrich(RawArticle(text=_article(n), id=f"art{n}"), now=NOW, recurring=keys)
        result = outcome.result
        assert isinstance(result, EnrichedArticle)
        bodies.append(result)
        state = record(state, result.id, outcome.line_keys, POLICY)
    assert PROMO in bodies[0].body  # seen once: never removed by this rule
    for early in bodies[: POLICY.threshold]:
        assert PROMO in early.body
    for late in bodies[POLICY.threshold :]:
        assert PROMO not in late.body
        assert any(r.kind == "recurring_line" and r.text == PROMO for r in late.removed)
        assert "Gemeinderat" in late.body  # article text differs per article: kept


def test_restore_accepts_a_stored_state_and_cuts_it_to_the_caps() -> None:
    policy = RecurringPolicy(threshold=2, max_lines=2, max_ids=3)
    stored = {"ids": ["a", "b", "c", "d"], "lines": {"k1": 5, "k2": 1, "k3": 2}}
    assert restore(stored, policy) == {"ids": ["b", "c", "d"], "lines": {"k1": 5, "k3": 2}}
    assert restore({"ids": [], "lines": {}}, policy) == empty_state()


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        "state",
        {"ids": "a", "lines": {}},
        {"ids": [1], "lines": {}},
        {"ids": [], "lines": []},
        {"ids": [], "lines": {"k": "1"}},
        {"ids": [], "lines": {"k": 0}},
        {"ids": [], "lines": {"k": True}},
    ],
)
def test_restore_rejects_what_is_not_a_state(value: object) -> None:
    assert restore(value, POLICY) is None


def test_memory_store_put_replaces_a_state_and_keeps_its_bounds() -> None:
    store = MemoryStore(POLICY, max_sources=2)
    store.record("a", "a-1", ("k1",))
    state = {"ids": ["a-1", "a-2", "a-3"], "lines": {"k1": 3}}
    assert store.put("a", state)
    assert store.state("a") == state
    assert store.recurring("a") == frozenset({"k1"})
    assert not store.put("a", {"ids": "broken"})
    assert store.state("a") == state  # unchanged by a value that is not a state
    # Counting goes on from the restored state; each id still once.
    store.record("a", "a-3", ("k2",))
    store.record("a", "a-4", ("k2",))
    assert store.state("a") == {"ids": ["a-1", "a-2", "a-3", "a-4"], "lines": {"k1": 3, "k2": 1}}
    # Putting counts as use: the least recently used source is evicted.
    assert store.put("b", empty_state())
    assert store.put("a", state)
    assert store.put("c", empty_state())
    assert len(store) == 2
    assert store.state("b") is None
    store.forget("a")
    store.forget("missing")
    assert store.state("a") is None
    assert len(store) == 1
