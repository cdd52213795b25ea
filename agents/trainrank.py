"""``newsflow train-ranker``: retrain the topic re-ranker's weights from hand labels.

Reads label files over the shared corpus (``tests/fixtures/topics/corpus_labels*.json``) and
self-contained labelled articles (``tests/fixtures/topics/<lang>_*.json``: title, body and the
same label fields), marks each article's topic candidates that match a hand-listed key topic,
trains :func:`pipeline.rank_training.train` and writes ``name weight`` lines to the output file
(by default the shipped ``pipeline/data/rank_weights.txt``). Run ``newsflow eval-topics``
afterwards to see the figures.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pipeline.evaluation import corpus_texts
from pipeline.rank_training import Article, train
from pipeline.topic_eval import labelled_cases, matches, read_labels
from pipeline.topic_rank import FEATURES, feature_vector
from pipeline.topics import topic_candidates

__all__ = ["labelled_article", "run_train"]


def labelled_article(title: str | None, body: str, spec: Mapping[str, Any]) -> Article:
    """An article's candidates as training data: which match a hand-listed key topic."""
    lang = spec["language"]
    cands = topic_candidates(title, body, lang)
    # a key topic found with the wrong kind is no example to follow
    return Article(
        vectors=tuple(feature_vector(c, lang) for c, _ in cands),
        positive=tuple(
            any(
                (kind is None or c.kind == kind) and any(matches(shown, a, lang) for a in alts)
                for alts, kind in spec["topics"]
            )
            for c, shown in cands
        ),
    )


def _fixture_cases(paths: Iterable[Path]) -> list[tuple[str | None, str, dict[str, Any]]]:
    cases = []
    for path in paths:
        spec = json.loads(path.read_text(encoding="utf-8"))
        cases.append((spec["title"], spec["body"], spec))
    return cases


def run_train(
    corpus: Path,
    label_files: list[Path],
    fixture_files: list[Path],
    out_path: Path,
    out: TextIO = sys.stdout,
) -> int:
    """Train and write the weights; 0 on success, 2 when inputs are missing or bad."""
    try:
        all_labels = [read_labels(path) for path in label_files]
        fixtures = _fixture_cases(fixture_files)
    except (ValueError, OSError, json.JSONDecodeError, KeyError) as exc:
        out.write(f"train-ranker: {exc}\n")
        return 2
    pages = corpus_texts(corpus) if all_labels else {}
    articles = [
        labelled_article(title, body, spec)
        for labels in all_labels
        for _, title, body, spec in labelled_cases(labels, pages)
    ]
    articles += [labelled_article(title, body, spec) for title, body, spec in fixtures]
    try:
        weights = train(articles)
    except ValueError as exc:
        out.write(f"train-ranker: {exc}\n")
        return 2
    sources = ", ".join(p.name for p in [*label_files, *fixture_files][:8])
    more = len(label_files) + len(fixture_files) - 8
    header = [
        "# Weights of the topic re-ranker (pipeline/topic_rank.py): '<feature> <weight>' lines.",
        f"# Written by 'newsflow train-ranker' on {datetime.now(UTC):%Y-%m-%d} from "
        f"{len(articles)} labelled articles",
        f"# ({sources}{f' and {more} more' if more > 0 else ''}).",
        "# Retrain rather than edit by hand; see pipeline/data/README.md.",
    ]
    body = [f"{name} {weights[name]:.6g}" for name in FEATURES]
    out_path.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")
    out.write(f"train-ranker: {len(articles)} articles, weights written to {out_path}\n")
    return 0
