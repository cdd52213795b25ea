"""Training the topic re-ranker (:mod:`pipeline.topic_rank`) from hand-labelled articles.

Each article gives its candidates' feature vectors and whether each matches a hand-listed key
topic. The loss is pairwise logistic (RankNet): for every key topic and every other candidate
of the same article, ``log(1 + exp(-(s_key - s_other)))``, over the ``top`` best candidates by
the hand score (lower ones never reach the top ten). Features are standardised while training
and the scaling is folded back, so the saved weights apply to raw feature values. Plain Python,
deterministic: full-batch Adam from the hand score alone (weight 1 on ``log_score``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.topic_rank import FEATURES

__all__ = ["Article", "TrainOptions", "train"]

_LOG_SCORE = FEATURES.index("log_score")


@dataclass(frozen=True, slots=True)
class Article:
    """One labelled article: candidate feature vectors (best hand score first) and labels."""

    vectors: tuple[tuple[float, ...], ...]
    positive: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class TrainOptions:
    """Optimiser settings (the defaults are the ones the shipped weights were trained with)."""

    steps: int = 300
    learning_rate: float = 0.05
    l2: float = 0.001
    top: int = 40


def _standardise(
    articles: Sequence[Article], top: int
) -> tuple[list[list[list[float]]], list[float], list[float]]:
    rows = [v for a in articles for v in a.vectors[:top]]
    n = len(FEATURES)
    mean = [sum(r[j] for r in rows) / len(rows) for j in range(n)]
    var = [sum((r[j] - mean[j]) ** 2 for r in rows) / len(rows) for j in range(n)]
    sd = [max(1e-6, math.sqrt(v)) for v in var]
    mean[0], sd[0] = 0.0, 1.0  # the bias stays a constant 1
    scaled = [
        [[(v[j] - mean[j]) / sd[j] for j in range(n)] for v in a.vectors[:top]] for a in articles
    ]
    return scaled, mean, sd


def train(articles: Sequence[Article], options: TrainOptions | None = None) -> dict[str, float]:
    """Weights per feature name that rank each article's key topics above its other candidates.

    ValueError when no article has both a key topic and another candidate.
    """
    opt = options or TrainOptions()
    usable = [a for a in articles if any(a.positive[: opt.top]) and not all(a.positive[: opt.top])]
    if not usable:
        raise ValueError("no article with both a key topic and another candidate to learn from")
    data, mean, sd = _standardise(usable, opt.top)
    # each article's key topics and other candidates, and the number of pairs, do not change
    sides = [
        (
            [k for k, key in enumerate(a.positive[: opt.top]) if key],
            [k for k, key in enumerate(a.positive[: opt.top]) if not key],
        )
        for a in usable
    ]
    pairs = sum(len(keys) * len(others) for keys, others in sides)
    n = len(FEATURES)
    w = [0.0] * n
    w[_LOG_SCORE] = 1.0
    m = [0.0] * n
    v = [0.0] * n
    for step in range(1, opt.steps + 1):
        grad = [0.0] * n
        for xs, (keys, others) in zip(data, sides, strict=True):
            scores = [sum(a * b for a, b in zip(w, x, strict=True)) for x in xs]
            # d loss / d s_k summed over the pairs candidate k is in, then times x_k once
            coef = [0.0] * len(xs)
            for i in keys:
                for j in others:
                    z = max(min(scores[i] - scores[j], 30.0), -30.0)
                    e = -1.0 / (1.0 + math.exp(z))  # d loss / d (s_i - s_j)
                    coef[i] += e
                    coef[j] -= e
            for c, x in zip(coef, xs, strict=True):
                if c:
                    for q in range(n):
                        grad[q] += c * x[q]
        for q in range(n):
            g = grad[q] / pairs + opt.l2 * w[q]
            m[q] = 0.9 * m[q] + 0.1 * g
            v[q] = 0.999 * v[q] + 0.001 * g * g
            m_hat = m[q] / (1 - 0.9**step)
            v_hat = v[q] / (1 - 0.999**step)
            w[q] -= opt.learning_rate * m_hat / (math.sqrt(v_hat) + 1e-8)
    # fold the standardisation back: w.(x - mean)/sd = (w/sd).x - sum(w mean/sd)
    raw = {name: w[j] / sd[j] for j, name in enumerate(FEATURES)}
    raw["bias"] = w[0] - sum(w[j] * mean[j] / sd[j] for j in range(1, n))
    return raw
