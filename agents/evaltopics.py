"""``newsflow eval-topics``: topic and category quality against hand labels, on real pages.

For each label file (``tests/fixtures/topics/corpus_labels*.json``: page id -> language,
acceptable top-1 IPTC codes, key topics with kinds; an article may carry its own ``title`` and
``body`` instead of naming a corpus page) prints top-1 category accuracy, recall of the key
topics in the top ten, entity-kind accuracy and boilerplate labels; then recall by language and
kind, and by place in the hand list (annotators list the story's subject first), over all files
together.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from pipeline.evaluation import corpus_texts
from pipeline.topic_eval import labelled_cases, own_text, read_labels, topic_figures

__all__ = ["run_eval"]


def run_eval(corpus: Path, label_files: list[Path], out: TextIO = sys.stdout) -> int:
    """Print the figures; 0 on success, 2 when the corpus or a label file is missing or bad."""
    if not label_files:
        out.write("eval-topics: no label files (give paths, or run from the repository root)\n")
        return 2
    try:
        all_labels = [(path, read_labels(path)) for path in label_files]
    except ValueError as exc:
        out.write(f"eval-topics: {exc}\n")
        return 2
    # articles that carry their own text need no corpus
    needs_corpus = any(not own_text(spec) for _, labels in all_labels for spec in labels.values())
    pages = corpus_texts(corpus) if needs_corpus else {}
    if needs_corpus and not pages:
        out.write(f"eval-topics: no fundus-*.jsonl.gz pages in {corpus}\n")
        return 2
    tally: Counter[tuple[str, str, bool]] = Counter()  # (language, kind, found), all files
    places: Counter[tuple[int, bool]] = Counter()  # (place in the hand list, found)
    out.write(
        f"{'labels':<34} {'pages':>5} {'category':>8} {'recall':>7} {'kinds':>6} {'boiler':>6}\n"
    )
    for path, labels in all_labels:
        cases = labelled_cases(labels, pages)
        absent = len(labels) - len(cases)
        note = f"  ({absent} labelled pages not in the corpus)" if absent else ""
        if not cases:
            out.write(f"{path.name:<34} {0:>5} {'-':>8} {'-':>7} {'-':>6} {'-':>6}{note}\n")
            continue
        figures, _ = topic_figures(cases, tally, places)
        out.write(
            f"{path.name:<34} {len(cases):>5} {figures['category_accuracy']:>8.3f} "
            f"{figures['topic_recall_at_10']:>7.3f} {figures['kind_accuracy']:>6.3f} "
            f"{figures['boilerplate_labels']:>6.0f}{note}\n"
        )
    out.write("recall by language and kind, all files together:\n")
    for lang, kind in sorted({(lang, kind) for lang, kind, _ in tally}):
        hits = tally[(lang, kind, True)]
        total = hits + tally[(lang, kind, False)]
        out.write(f"  {lang} {kind:<13} {hits / total:.3f} ({total})\n")
    out.write("recall by place in the hand list, all files together:\n")
    for place in sorted({place for place, _ in places}):
        hits = places[(place, True)]
        total = hits + places[(place, False)]
        out.write(f"  {place:>2}. {hits / total:.3f} ({total})\n")
    return 0
