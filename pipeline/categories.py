"""IPTC Media Topics (top level) categorisation from keyword lexicons and topic hints.

Each category has German and English keyword patterns in ``pipeline/data/iptc_keywords.txt``
(exact lemmas, compound heads ``*krieg``, prefixes ``klima*``, phrases ``interest_rate``, weights
``^2``). Evidence is summed over the lemmatised title (double weight) and body, plus IPTC hints
attached to gazetteer entries among the extracted topics (NATO → politics, conflict), halving
with each place down the topic ranking (the scores' scale is left out of it). Categories
within half of the best score are returned together (multi-label); nothing is returned when the
evidence is too thin.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.gazetteer import data_lines, gazetteer, lemma, tokenize
from pipeline.models import Category, Topic

__all__ = ["IPTC_MEDIA_TOPICS", "categorize"]

IPTC_MEDIA_TOPICS: dict[str, str] = {
    "medtop:01000000": "arts, culture, entertainment and media",
    "medtop:02000000": "crime, law and justice",
    "medtop:03000000": "disaster, accident and emergency incident",
    "medtop:04000000": "economy, business and finance",
    "medtop:05000000": "education",
    "medtop:06000000": "environment",
    "medtop:07000000": "health",
    "medtop:08000000": "human interest",
    "medtop:09000000": "labour",
    "medtop:10000000": "lifestyle and leisure",
    "medtop:11000000": "politics",
    "medtop:12000000": "religion",
    "medtop:13000000": "science and technology",
    "medtop:14000000": "society",
    "medtop:15000000": "sport",
    "medtop:16000000": "conflict, war and peace",
    "medtop:17000000": "weather",
}

_SECTION_RE = re.compile(r"^\[(medtop:\d{8})\]")
_TITLE_W = 2.0
_HINT_W = 2.5  # per hint of the best topic; each following topic lends half as much
_HINT_DECAY = 0.5
_MIN_RAW = 2.5  # below this much evidence nothing is returned
_RELATIVE = 0.5  # secondary categories need this share of the best score
_MAX_CATEGORIES = 3
_MIN_AFFIX = 3  # letters a compound needs besides a "*head" / "prefix*" keyword

Hits = tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    exact: dict[str, Hits]
    prefix: dict[str, Hits]
    suffix: dict[str, Hits]
    phrases: dict[str, Hits]  # "a b" -> hits
    max_affix: int


def _add(table: dict[str, dict[str, float]], key: str, code: str, weight: float) -> None:
    slot = table.setdefault(key, {})
    slot[code] = max(slot.get(code, 0.0), weight)


def _freeze(table: dict[str, dict[str, float]]) -> dict[str, Hits]:
    return {k: tuple(v.items()) for k, v in table.items()}


@cache
def _lexicons() -> dict[str, _Lexicon]:
    raw: dict[str, tuple[dict[str, dict[str, float]], ...]] = {}
    code = ""
    for line in data_lines("iptc_keywords.txt"):
        m = _SECTION_RE.match(line)
        if m:
            code = m.group(1)
            continue
        lang, sep, rest = line.partition(":")
        lang = lang.strip().lower()
        if not sep or code not in IPTC_MEDIA_TOPICS or lang not in ("de", "en"):
            continue
        tables = raw.setdefault(lang, ({}, {}, {}, {}))
        for item in rest.split():
            word, _, weight_s = item.partition("^")
            try:
                weight = float(weight_s) if weight_s else 1.0
            except ValueError:
                weight = 1.0
            word = word.lower()
            if weight <= 0 or not word.strip("*"):
                continue
            if "_" in word:
                _add(tables[3], word.replace("_", " ").strip("*"), code, weight)
            elif word.startswith("*"):
                _add(tables[2], word[1:], code, weight)
            elif word.endswith("*"):
                _add(tables[1], word[:-1], code, weight)
            else:
                _add(tables[0], word, code, weight)
    out = {}
    for lang, (exact, prefix, suffix, phrases) in raw.items():
        affixes = [*prefix, *suffix]
        out[lang] = _Lexicon(
            exact=_freeze(exact),
            prefix=_freeze(prefix),
            suffix=_freeze(suffix),
            phrases=_freeze(phrases),
            max_affix=max((len(a) for a in affixes), default=0),
        )
    return out


@lru_cache(maxsize=65536)
def _word_hits(word: str, lang: str, heads: bool) -> Hits:
    """Category weights one lower-cased lemma contributes (best weight per category).

    ``heads``: whether compound-head keywords ("*haft") may match; German ones name nouns, so a
    word written in lower case ("ernsthaft", "dauerhaft") is matched without them.
    """
    lex = _lexicons().get(lang)
    if lex is None:
        return ()
    found: dict[str, float] = {}

    def take(hits: Hits | None) -> None:
        for code, weight in hits or ():
            found[code] = max(found.get(code, 0.0), weight)

    take(lex.exact.get(word))
    n = len(word)
    for k in range(2, min(n, lex.max_affix) + 1):
        take(lex.prefix.get(word[:k]))
        if heads and n - k >= _MIN_AFFIX:
            take(lex.suffix.get(word[n - k :]))
    return tuple(found.items())


def categorize(
    title: str | None, body: str, topics: Sequence[Topic], language: str
) -> tuple[Category, ...]:
    """IPTC top-level categories of an article, best first, scores in [0, 1].

    Several categories are returned when the article spans them; an empty tuple when nothing
    fits. ``topics`` are the output of :func:`pipeline.topics.extract_topics`.
    """
    lang = "en" if language == "en" else "de"
    lex = _lexicons().get(lang)
    raw: dict[str, float] = {}
    if lex is not None:
        lemmas: list[tuple[str, int, bool]] = []  # (lemma, paragraph, compound heads apply)
        for tok in tokenize(title, body):
            if not tok.text[:1].isalpha():
                continue
            if lang == "en" and tok.lower.endswith(("ed", "ing")):
                # a participle keeps its form: "heated airers" is no "heat", while prefix
                # keywords still match ("flood*" in "flooded")
                lemmas.append((tok.lower, tok.para, True))
                continue
            lm = lemma(tok.text.split("-")[-1] if tok.text.endswith("-") else tok.text, lang)
            lemmas.append((lm.lower().strip("-"), tok.para, lang == "en" or tok.cap))
        prev = ""
        for word, para, heads in lemmas:
            w = _TITLE_W if para < 0 else 1.0
            hits = dict(_word_hits(word, lang, heads))
            if prev and lex.phrases:
                for code, weight in lex.phrases.get(f"{prev} {word}", ()):
                    hits[code] = max(hits.get(code, 0.0), weight)
            for code, weight in hits.items():
                raw[code] = raw.get(code, 0.0) + w * weight
            prev = word
    by_label = gazetteer().by_label[lang]
    # by rank, not score: the shown scores' scale is the ranker's business
    for rank, topic in enumerate(topics):
        entry = by_label.get(topic.label)
        if entry is None or entry.kind != topic.kind:
            continue
        for code in entry.hints:
            raw[code] = raw.get(code, 0.0) + _HINT_W * _HINT_DECAY**rank
    if not raw:
        return ()
    ranked = sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))
    best = ranked[0][1]
    if best < _MIN_RAW:
        return ()
    confidence = 1.0 - math.exp(-best / 6.0)
    out = []
    for code, value in ranked[:_MAX_CATEGORIES]:
        if value < best * _RELATIVE:
            break
        score = round(confidence * value / best, 4)
        out.append(Category(code=code, label=IPTC_MEDIA_TOPICS[code], score=score))
    return tuple(out)
