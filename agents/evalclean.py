"""``newsflow eval-clean``: cleaning quality next to trafilatura alone, on real pages.

Prints body precision/recall/F1 over 4-word shingles for
- the shared corpus as HTML (trafilatura alone, and newsflow's HTML stage),
- the same pages flattened to plain-text lines (every line kept, and newsflow's text stage),
- the seeds' hand-labelled lines (content kept, boilerplate removed, metadata moved).
"""

from __future__ import annotations

import json
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from pipeline.evaluation import (
    Score,
    corpus_pages,
    flatten_html,
    mean_score,
    shingle_score,
    trafilatura_alone,
)
from pipeline.htmlclean import extract_html
from pipeline.textclean import clean_text

__all__ = ["run_eval"]


def _row(out: TextIO, label: str, score: Score, extra: str = "") -> None:
    out.write(
        f"  {label:<34} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}{extra}\n"
    )


def _corpus_report(corpus: Path, out: TextIO, limit: int) -> None:
    for language in ("de", "en"):
        pages = list(islice(corpus_pages(corpus, language), limit or None))
        if not pages:
            continue
        traf: list[Score] = []
        ours: list[Score] = []
        flat_all: list[Score] = []
        flat_ours: list[Score] = []
        t_traf = t_ours = 0.0
        for page in pages:
            html, url, gold = page["html"], page["url"], page["gold"]["body"]
            start = time.perf_counter()
            text = trafilatura_alone(html, url)
            t_traf += time.perf_counter() - start
            traf.append(shingle_score(text, gold))
            start = time.perf_counter()
            cleaned = extract_html(html, url=url)
            t_ours += time.perf_counter() - start
            ours.append(shingle_score("\n".join(cleaned.paragraphs) if cleaned else "", gold))
            flat = flatten_html(html)
            flat_all.append(shingle_score(flat, gold))
            flat_ours.append(shingle_score("\n".join(clean_text(flat).paragraphs), gold))
        n = len(pages)
        out.write(f"\n{language}: {n} pages of {corpus}\n")
        _row(out, "HTML, trafilatura alone", mean_score(traf), f"  {t_traf / n * 1000:6.1f} ms")
        _row(out, "HTML, newsflow", mean_score(ours), f"  {t_ours / n * 1000:6.1f} ms")
        _row(out, "flattened text, every line kept", mean_score(flat_all))
        _row(out, "flattened text, newsflow", mean_score(flat_ours))


def _seeds_report(seeds: Path, out: TextIO) -> None:
    gold_path = seeds / "gold.json"
    if not gold_path.exists():
        out.write(f"\nno {gold_path}: seed report skipped\n")
        return
    gold: dict[str, Any] = json.loads(gold_path.read_text("utf-8"))
    kept = content = gone = boiler = hard_ok = hard = 0
    for name, spec in gold["articles"].items():
        lines = (seeds / name).read_text("utf-8").splitlines()
        cleaned = clean_text("\n".join(lines))
        body = set(cleaned.paragraphs)
        for number, label in spec["lines"].items():
            line = lines[int(number) - 1].strip()
            tag = label if isinstance(label, str) else label["label"]
            is_hard = isinstance(label, dict) and label.get("hard", False)
            if tag == "content":
                content += 1
                kept += line in body
            elif tag == "boilerplate":
                ok = line not in body
                if is_hard:
                    hard += 1
                    hard_ok += ok
                else:
                    boiler += 1
                    gone += ok
    out.write(f"\nseeds: {len(gold['articles'])} articles of {seeds}\n")
    out.write(f"  content lines kept                  {kept}/{content}\n")
    out.write(f"  boilerplate lines removed           {gone}/{boiler}\n")
    out.write(f"  hard boilerplate lines removed      {hard_ok}/{hard}\n")


def run_eval(corpus: Path, seeds: Path, *, limit: int = 0, out: TextIO = sys.stdout) -> int:
    """Print the report; returns the exit status (2 when no data was found)."""
    if not corpus.exists() and not seeds.exists():
        out.write(f"neither {corpus} nor {seeds} exists\n")
        return 2
    out.write("body precision / recall / F1 over 4-word shingles (macro average per page)\n")
    if corpus.exists():
        _corpus_report(corpus, out, limit)
    _seeds_report(seeds, out)
    return 0
