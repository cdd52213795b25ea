"""Learned re-ranking of topic candidates: a linear score over generic features.

The hand-weighted evidence of :mod:`pipeline.topics` (mention weights, kind priors, lead bonus,
demotions, rarity) gives each candidate a raw score. Its logarithm is one feature among a few
more that say how people pick an article's key topics: named in the title or lead, how early
the first mention comes, how many paragraphs name it, how rare its rarest word is, whether it
is a phrase (and how rare a phrase's words are: a phrase of everyday words, "federal
protection", is a weaker topic than its length suggests), and its place among the candidates
of its kind (a story's main place or person is a key topic more often than the second); each
feature also has a keyphrase and a German-keyphrase variant. The score is the dot product with
weights read from ``pipeline/data/rank_weights.txt``.

The weights are trained by :func:`pipeline.rank_training.train` (pairwise logistic loss: each
labelled key topic should outrank each other candidate of the same article) over the hand
labels in ``tests/fixtures/topics/``; ``newsflow train-ranker`` rewrites the file. Trained only
on those, it raised recall@10 on four held-out sets of 40 labelled articles each by 0.015 to
0.04 over the hand score alone when it was introduced; the place-in-kind features added
0.007 on average over the same four sets, the phrase-rarity feature three labels of about
1,000.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from pipeline.models import EntityKind
from pipeline.rarity import PIVOT_ZIPF, rarest_zipf

__all__ = [
    "FEATURES",
    "Candidate",
    "feature_vector",
    "linear_score",
    "parse_weights",
    "rank_weights",
    "scorer",
]

_KINDS: tuple[EntityKind, ...] = ("person", "organization", "location", "event", "keyphrase")
_BASE = (
    "log_score",
    "in_title",
    "in_lead",
    "log_count",
    "paragraph_share",
    "first_position",
    "rarity",
    "phrase",
    "known",
    "demoted",
    "kind_rank",
    "kind_top",
    "phrase_rarity",
)
#: Feature names, in the order of :func:`feature_vector`.
FEATURES: tuple[str, ...] = (
    "bias",
    *(f"kind_{k}" for k in _KINDS),
    *_BASE,
    *(f"keyphrase:{b}" for b in _BASE),
    "keyphrase_de",
    *(f"keyphrase_de:{b}" for b in _BASE),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the ranker knows of one topic candidate."""

    label: str
    kind: EntityKind
    raw: float  # the hand-weighted score of pipeline.topics
    count: int  # mentions
    paragraphs: int  # paragraphs naming it (the title counts as one)
    in_title: bool
    in_lead: bool
    first: int  # token index of the first mention
    tokens: int  # tokens in the article
    last_paragraph: int  # index of the article's last paragraph
    known: bool  # a gazetteer entry, not a name or phrase found in the text
    demoted: float  # the factor of pipeline.topic_demote (1.0: not demoted)
    kind_rank: int = 0  # place among candidates of its kind by hand score (0: best)


def _rarity(label: str, lang: str) -> float:
    """How far below a common word the label's rarest word is, in Zipf units (clipped)."""
    rarest = rarest_zipf(label, lang)
    return 0.0 if rarest is None else min(max(PIVOT_ZIPF - rarest, -2.0), 3.0)


def feature_vector(c: Candidate, lang: str) -> tuple[float, ...]:
    """The candidate's features, in the order of :data:`FEATURES`."""
    rarity = _rarity(c.label, lang)
    phrase = float(len(c.label.split()) > 1)
    base = (
        math.log(max(c.raw, 1e-6)),
        float(c.in_title),
        float(c.in_lead),
        math.log1p(c.count),
        c.paragraphs / (c.last_paragraph + 1),
        c.first / max(c.tokens, 1),
        rarity,
        phrase,
        float(c.known),
        math.log(max(c.demoted, 1e-6)),
        math.log1p(min(c.kind_rank, 5)),
        float(c.kind_rank == 0),
        phrase * rarity,
    )
    key = float(c.kind == "keyphrase")
    key_de = key * float(lang == "de")
    return (
        1.0,
        *(float(c.kind == k) for k in _KINDS),
        *base,
        *(x * key for x in base),
        key_de,
        *(x * key_de for x in base),
    )


def linear_score(vector: Sequence[float], weights: Mapping[str, float]) -> float:
    """The dot product of a feature vector with named weights (missing names weigh 0)."""
    return scorer(weights)(vector)


def scorer(weights: Mapping[str, float]) -> Callable[[Sequence[float]], float]:
    """:func:`linear_score` with the weights laid out once, for scoring many vectors."""
    laid_out = tuple(weights.get(name, 0.0) for name in FEATURES)

    def score(vector: Sequence[float]) -> float:
        if len(vector) != len(laid_out):
            raise ValueError(f"expected {len(laid_out)} features, got {len(vector)}")
        return float(sum(map(operator.mul, vector, laid_out)))

    return score


def parse_weights(text: str) -> dict[str, float]:
    """``name weight`` lines (``#`` comments) -> weights; ValueError on an unknown name."""
    weights: dict[str, float] = {}
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[0] not in FEATURES:
            raise ValueError(f"rank weights line {number}: expected '<feature> <weight>': {line!r}")
        weights[parts[0]] = float(parts[1])
    return weights


@cache
def rank_weights() -> Mapping[str, float]:
    """The shipped weights (``pipeline/data/rank_weights.txt``), read once per process."""
    text = files("pipeline.data").joinpath("rank_weights.txt").read_text(encoding="utf-8")
    return parse_weights(text)
