"""IPTC categorisation, plus the generalisation gate over the hand-labelled fixtures.

``tests/fixtures/topics/*.json`` holds short news articles (German and English, 16 IPTC
categories) with expected key topics, their kinds and acceptable top-1 categories. The gate
checks top-1 category accuracy, key-topic recall in the top 10 and entity-kind accuracy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.categories import IPTC_MEDIA_TOPICS, categorize
from pipeline.topics import extract_topics
from tests.unit.test_topics import _matches

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "topics"

#: Gate thresholds (measured: see the project report; keep some headroom).
MIN_CATEGORY_ACCURACY = 0.9
MIN_TOPIC_RECALL = 0.75
MIN_KIND_ACCURACY = 0.85


def _fixtures() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


def test_iptc_top_level_is_complete() -> None:
    assert len(IPTC_MEDIA_TOPICS) == 17
    assert IPTC_MEDIA_TOPICS["medtop:01000000"] == "arts, culture, entertainment and media"
    assert IPTC_MEDIA_TOPICS["medtop:11000000"] == "politics"
    assert IPTC_MEDIA_TOPICS["medtop:17000000"] == "weather"
    assert sorted(IPTC_MEDIA_TOPICS) == [f"medtop:{n:02d}000000" for n in range(1, 18)]


def test_nothing_fits_gives_empty_tuple() -> None:
    assert categorize(None, "", (), "de") == ()
    assert categorize("Hallo", "Das ist so.", (), "de") == ()


def test_scores_ranked_and_bounded() -> None:
    body = (
        "Die Polizei hat nach dem Erdbeben mehrere Plünderer festgenommen. Rettungskräfte "
        "suchen weiter nach Verschütteten, die Zahl der Toten stieg auf 40.\n"
        "Die Staatsanwaltschaft ermittelt gegen die Festgenommenen wegen Diebstahls."
    )
    cats = categorize("Erdbeben: Polizei nimmt Plünderer fest", body, (), "de")
    assert cats, "expected categories"
    assert all(0.0 <= c.score <= 1.0 for c in cats)
    assert [c.score for c in cats] == sorted((c.score for c in cats), reverse=True)
    codes = {c.code for c in cats}
    assert {"medtop:02000000", "medtop:03000000"} <= codes  # multi-label
    for c in cats:
        assert c.label == IPTC_MEDIA_TOPICS[c.code]


def test_english_sport() -> None:
    body = (
        "Arsenal beat Chelsea 2-0 in the Premier League on Sunday. The striker scored twice "
        "in the second half and the goalkeeper saved a penalty.\nThe coach praised the team."
    )
    cats = categorize("Arsenal beat Chelsea", body, extract_topics(None, body, "en"), "en")
    assert cats[0].code == "medtop:15000000"


def test_fixture_corpus_is_broad() -> None:
    fixtures = _fixtures()
    assert len(fixtures) >= 20
    assert {f["language"] for f in fixtures} == {"de", "en"}
    assert len({f["categories"][0] for f in fixtures}) >= 8


def gate_figures() -> dict[str, float]:
    """Top-1 category accuracy, key-topic recall@10 and kind accuracy over the fixtures."""
    cat_hits = topics_total = topics_found = kinds_total = kinds_ok = 0
    fixtures = _fixtures()
    for fx in fixtures:
        topics = extract_topics(fx["title"], fx["body"], fx["language"])
        cats = categorize(fx["title"], fx["body"], topics, fx["language"])
        cat_hits += bool(cats) and cats[0].code in fx["categories"]
        for alternatives, kind in fx["topics"]:
            topics_total += 1
            hit = [t for t in topics[:10] if any(_matches(t.label, a) for a in alternatives)]
            topics_found += bool(hit)
            if hit and kind is not None:
                kinds_total += 1
                kinds_ok += hit[0].kind == kind
    return {
        "category_accuracy": cat_hits / len(fixtures),
        "topic_recall_at_10": topics_found / topics_total,
        "kind_accuracy": kinds_ok / max(kinds_total, 1),
    }


def test_generalisation_gate() -> None:
    figures = gate_figures()
    print(figures)  # visible with -s
    assert figures["category_accuracy"] >= MIN_CATEGORY_ACCURACY, figures
    assert figures["topic_recall_at_10"] >= MIN_TOPIC_RECALL, figures
    assert figures["kind_accuracy"] >= MIN_KIND_ACCURACY, figures


@pytest.mark.parametrize("fx", _fixtures(), ids=lambda fx: str(fx["id"]))
def test_fixture_language_matches(fx: dict[str, Any]) -> None:
    from pipeline.language import detect_language

    assert detect_language(fx["title"] + "\n" + fx["body"]) == fx["language"]
