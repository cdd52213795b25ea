"""Measuring topic extraction against hand labels: the matching rules and the gate figures.

A label file (``tests/fixtures/topics/corpus_labels*.json``) gives, per article, its language,
1-2 acceptable top-1 IPTC codes, and 3-7 key topics as ``[[alternatives...], kind]`` (kind
``None`` for a concept); an article may carry its own ``title`` and ``body`` instead of naming a
page of the shared corpus, so articles of one's own can be measured too. A topic label matches
an alternative when, after folding case and inflection, the words are equal, or the label is a
name of at most five words that contains the alternative as whole words ("Mark Rutte" matches
"Rutte"; "Nordkorea" does not match "Nord").

:func:`topic_figures` runs the extractor and the categoriser over (id, title, body, labels)
cases and returns top-1 category accuracy, recall of the key topics in the top ten, entity-kind
accuracy over the matched entities, and the number of top-ten labels naming a page widget.
:func:`read_labels` reads a label file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from simplemma import lemmatize

from pipeline.categories import categorize
from pipeline.models import Topic
from pipeline.topics import extract_topics

__all__ = [
    "BOILERPLATE_WORDS",
    "Case",
    "exact_match",
    "is_boilerplate",
    "label_files",
    "labelled_articles",
    "labelled_cases",
    "matches",
    "own_text",
    "read_labels",
    "topic_figures",
    "variants",
]

#: Page-widget words: a top-10 label containing one of these came from boilerplate, not news.
BOILERPLATE_WORDS = (
    "newsletter",
    "kommentar",
    "startseite",
    "cookie",
    "whatsapp",
    "instagram",
    "facebook",
    "abonnieren",
    "subscribe",
    "share",
    "teilen",
    "foto",
    "bild",
    "getty",
    "dpa-infocom",
    "imago",
)

_WORD_RE = re.compile(r"[^\W\d_]+")
_SPLIT_RE = re.compile(r"[\s\-‐–/]+")
_MAX_NAME_WORDS = 5


def is_boilerplate(label: str) -> bool:
    """Whether a label names a page widget: a word is a widget word or its plural ("Fotos").

    Whole words only, so that "Bildschirm" or "Bildung" are not taken for "Bild".
    """
    for word in _WORD_RE.findall(label.lower()):
        for widget in BOILERPLATE_WORDS:
            if word.startswith(widget) and len(word) - len(widget) <= 2:
                return True
    return False


@cache
def _fold_word(word: str, language: str) -> str:
    """Case-folded lemma of one word of a label (Unicode case folding: "ß" ~ "ss").

    A German word is lemmatised as written: the lemma data knows nouns by their capital
    ("Werksschließungen" -> "Werksschließung", not so "werksschließungen").
    """
    word = word.strip(".,;:!?\"'()„“”’")
    if not word:
        return word
    form = word if language == "de" else word.lower()
    return str(lemmatize(form, lang=language)).casefold()


def _words(label: str, language: str) -> list[str]:
    """The folded words of a label."""
    return [w for w in (_fold_word(p, language) for p in _SPLIT_RE.split(label)) if w]


def _same_word(a: str, b: str) -> bool:
    """Whether two folded words are one, up to a plural "-s"/"-es"."""
    return a == b or a == b + "s" or b == a + "s" or a == b + "es" or b == a + "es"


def _same_words(lw: list[str], aw: list[str]) -> bool:
    """Whether two folded word lists are one, word by word."""
    return len(lw) == len(aw) and all(_same_word(x, y) for x, y in zip(lw, aw, strict=True))


def matches(label: str, alternative: str, language: str = "de") -> bool:
    """Whether a topic label matches a hand-listed alternative (see the module docstring)."""
    lw, aw = _words(label, language), _words(alternative, language)
    if not lw or not aw:
        return False
    if _same_words(lw, aw):
        return True
    if len(lw) > _MAX_NAME_WORDS or len(aw) >= len(lw):
        return False
    return any(
        all(_same_word(lw[k + j], aw[j]) for j in range(len(aw)))
        for k in range(len(lw) - len(aw) + 1)
    )


def exact_match(label: str, alternative: str, language: str) -> bool:
    """Whether label and alternative have the same words after folding."""
    return _same_words(_words(label, language), _words(alternative, language))


def variants(a: Topic, b: Topic, language: str = "de") -> bool:
    """Whether two topics are variants of one name ("NATO"/"Nato", "Rutte"/"Mark Rutte")."""
    ka = "".join(_words(a.label, language))
    kb = "".join(_words(b.label, language))
    if _same_word(ka, kb) or a.label.lower().replace("-", "") == b.label.lower().replace("-", ""):
        return True
    for x, y in ((a, b), (b, a)):
        xw, yw = _words(x.label, language), _words(y.label, language)
        if (
            y.kind == "person"
            and len(xw) == 1
            and len(yw) > 1
            and any(_same_word(xw[0], w) for w in yw)
        ):
            return True
    return False


def label_files(folder: Path) -> list[Path]:
    """The label files over the shared corpus in a folder (``corpus_labels*.json``)."""
    return sorted(folder.glob("corpus_labels*.json"))


def labelled_articles(folder: Path) -> list[Path]:
    """The self-contained labelled articles in a folder (``<lang>_*.json``: title, body and
    the label fields)."""
    return sorted(folder.glob("[a-z][a-z]_*.json"))


def read_labels(path: Path) -> dict[str, dict[str, Any]]:
    """The ``articles`` of a label file, by page id; ValueError when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = data["articles"]
        for spec in articles.values():
            _ = spec["language"], spec["categories"], spec["topics"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{path}: not a label file ({exc})") from exc
    checked: dict[str, dict[str, Any]] = articles
    return checked


#: One labelled article: (page id, title, body, its labels).
Case = tuple[str, str | None, str, Mapping[str, Any]]


def own_text(spec: Mapping[str, Any]) -> bool:
    """Whether a labelled article carries its own text (a ``body``, perhaps a ``title``)."""
    return isinstance(spec.get("body"), str)


def labelled_cases(
    labels: Mapping[str, Mapping[str, Any]], pages: Mapping[str, tuple[str, str]]
) -> list[Case]:
    """The labelled articles as cases in id order: those carrying their own text, and the
    pages of the corpus the others name (pages it lacks are left out)."""
    cases: list[Case] = []
    for ident, spec in sorted(labels.items()):
        if own_text(spec):
            title = spec.get("title")
            cases.append((ident, title if isinstance(title, str) else None, spec["body"], spec))
        elif ident in pages:
            cases.append((ident, *pages[ident], spec))
    return cases


def topic_figures(
    cases: Iterable[Case],
    tally: Counter[tuple[str, str, bool]] | None = None,
    places: Counter[tuple[int, bool]] | None = None,
) -> tuple[dict[str, float], list[str]]:
    """Gate figures over (id, title, body, labels) cases, plus a list of failure notes.

    Top-1 category accuracy, recall of the hand-listed key topics in the top 10, entity-kind
    accuracy over matched topics with an entity kind, and the number of boilerplate labels.
    ``tally``, when given, counts the key topics by (language, kind, found); ``places`` by
    (place in the hand list from 1, found), as annotators list the story's subject first.
    """
    n = cat_hits = total = found = kinds_total = kinds_ok = boiler = 0
    notes: list[str] = []
    for ident, title, body, spec in cases:
        n += 1
        lang = spec["language"]
        topics = extract_topics(title, body, lang)
        top10 = topics[:10]
        cats = categorize(title, body, topics, lang)
        if cats and cats[0].code in spec["categories"]:
            cat_hits += 1
        else:
            notes.append(f"{ident}: category {[c.code for c in cats[:2]]} vs {spec['categories']}")
        for place, (alternatives, kind) in enumerate(spec["topics"], 1):
            total += 1
            hit = [t for t in top10 if any(matches(t.label, a, lang) for a in alternatives)]
            # an exact match ("Berlin") is the topic meant, not a longer name containing it
            hit.sort(key=lambda t: not any(exact_match(t.label, a, lang) for a in alternatives))
            if tally is not None:
                tally[(lang, kind or "concept", bool(hit))] += 1
            if places is not None:
                places[(place, bool(hit))] += 1
            if not hit:
                notes.append(f"{ident}: missing {alternatives[0]!r}")
                continue
            found += 1
            if kind is not None:
                kinds_total += 1
                if hit[0].kind == kind:
                    kinds_ok += 1
                else:
                    notes.append(f"{ident}: {hit[0].label!r} is {hit[0].kind}, expected {kind}")
        for t in top10:
            if is_boilerplate(t.label):
                boiler += 1
                notes.append(f"{ident}: boilerplate label {t.label!r}")
    figures = {
        "articles": float(n),
        "category_accuracy": cat_hits / max(n, 1),
        "topic_recall_at_10": found / max(total, 1),
        "kind_accuracy": kinds_ok / max(kinds_total, 1),
        "boilerplate_labels": float(boiler),
    }
    return figures, notes
