"""Shared helpers for the topic/category tests: the corpus, its labels and short-test helpers.

The matching rules and the gate figures live in :mod:`pipeline.topic_eval` (``newsflow
eval-topics`` uses them too); they are re-exported here so that tests stay short.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pipeline.categories import categorize
from pipeline.evaluation import corpus_texts
from pipeline.topic_eval import (
    BOILERPLATE_WORDS,
    is_boilerplate,
    labelled_articles,
    labelled_cases,
    matches,
    read_labels,
    topic_figures,
    variants,
)
from pipeline.topics import extract_topics

__all__ = [
    "BOILERPLATE_WORDS",
    "CORPUS",
    "CORPUS_LABELS",
    "FUNCTION_WORDS",
    "corpus_articles",
    "corpus_labels",
    "is_boilerplate",
    "kinds",
    "labelled_articles",
    "labelled_cases",
    "matches",
    "top_category",
    "topic_figures",
    "topic_labels",
    "variants",
]

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
CORPUS_LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "topics" / "corpus_labels.json"

FUNCTION_WORDS = frozenset(
    """
    der die das den dem des ein eine einer einen einem eines sie er es wir ihr ich du und oder
    aber auch nicht nur noch schon so wie als dass mit von zu für auf aus bei nach vor über unter
    dies diese dieser dieses doch nun hier dort mehr weitere weiteren jetzt
    the a an and or but he she it they we you i this that these those more most also not only
    here there now new
    """.split()  # noqa: SIM905 - a readable word list
)


def topic_labels(title: str | None, body: str, language: str) -> list[str]:
    """Extracted topic labels, best first (for short tests)."""
    return [t.label for t in extract_topics(title, body, language)]


def kinds(title: str | None, body: str, language: str) -> dict[str, str]:
    """Extracted topics as label -> kind (for short tests)."""
    return {t.label: t.kind for t in extract_topics(title, body, language)}


def corpus_labels(path: Path = CORPUS_LABELS) -> dict[str, dict[str, Any]]:
    """Hand labels of real corpus articles, keyed by page id."""
    return read_labels(path)


def top_category(title: str | None, body: str, language: str) -> str | None:
    """The code of an article's best category from its words alone (for short tests)."""
    cats = categorize(title, body, (), language)
    return cats[0].code if cats else None


@cache
def corpus_articles() -> dict[str, tuple[str, str]]:
    """(title, body) of every page of ``../shared/corpus`` by id; empty when it is absent."""
    return corpus_texts(CORPUS)
