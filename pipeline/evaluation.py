"""Measuring cleaning quality: body F1 over 4-word shingles, as extraction benchmarks do.

Also flattens HTML to plain-text lines (one line per block element), the way a text
scraper delivers a page, so the text path can be measured on the same real pages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

__all__ = [
    "Score",
    "corpus_pages",
    "corpus_texts",
    "flatten_html",
    "mean_score",
    "shingle_score",
    "trafilatura_alone",
]

_WORD = re.compile(r"\w+", re.UNICODE)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "br",
        "title",
        "caption",
    ]
)
_SKIP = frozenset(
    ["script", "style", "noscript", "template", "svg", "iframe", "head", "object", "embed"]
)


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one extraction against its gold body."""

    precision: float
    recall: float
    f1: float


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def shingle_score(predicted: str, gold: str) -> Score:
    """Bag-of-shingles precision/recall/F1 of ``predicted`` against ``gold``."""
    p, g = _shingles(predicted), _shingles(gold)
    if not p and not g:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def mean_score(scores: Iterable[Score]) -> Score:
    """The macro average over pages."""
    items = list(scores)
    if not items:
        return Score(0.0, 0.0, 0.0)
    n = len(items)
    return Score(
        sum(s.precision for s in items) / n,
        sum(s.recall for s in items) / n,
        sum(s.f1 for s in items) / n,
    )


def flatten_html(html: str) -> str:
    """The visible text of a page, one line per block element, as a text scraper gives it."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return ""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP or not tag:
            if node.tail:
                current.append(node.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if node.text:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(tree)
    flush()
    return "\n".join(lines)


def corpus_pages(folder: Path, language: str | None = None) -> Iterator[dict[str, Any]]:
    """Pages of the shared corpus (``fundus-<lang>.jsonl.gz`` files), each with its language."""
    for path in sorted(folder.glob("fundus-*.jsonl.gz")):
        lang = path.name.split("-")[1].split(".")[0]
        if language and lang != language:
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                page = json.loads(line)
                page["language"] = lang
                yield page


def corpus_texts(folder: Path) -> dict[str, tuple[str, str]]:
    """The gold (title, body) of every corpus page, by page id; empty when there is none."""
    return {p["id"]: (p["gold"]["title"], p["gold"]["body"]) for p in corpus_pages(folder)}


def trafilatura_alone(html: str, url: str | None = None) -> str:
    """The body trafilatura extracts on its own, comments left out: the baseline ``eval-clean``
    and ``make bench`` compare the HTML stage against."""
    # imported here: the corpus readers above serve the topic tools too, which never need it
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    return str(getattr(doc, "text", None) or "")
