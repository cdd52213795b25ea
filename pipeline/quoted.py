"""Quoted titles: works named in quotation marks are one topic each.

"der Song „As Tears Go By“", 'the album "Broken English"', "„Bares für Rares“": a song, album,
film or show title is written between quotation marks, often in another language than the
story. Split into words it would give stray names ("Tears", "English" as England) or nothing.
A quoted run of two to six words is a title when a work word stands right before it once
("Song", "Album", "Serie", "film"; ``work:`` lines in ``org_words.txt``). Its mentions credit
one keyphrase, labelled as written, and its words count for nothing else. (A run quoted twice
in title case without a work word was tried: it made party names such as "Georgischer Traum"
keyphrases.)
"""

from __future__ import annotations

from pipeline.keyphrases import KEYPHRASE_W
from pipeline.topic_doc import Doc

__all__ = ["quoted_titles_pass"]

_MIN_WORDS = 2  # one quoted word is a noun or name the other passes read
_MAX_WORDS = 6


def _spans(doc: Doc) -> list[tuple[int, int]]:
    """(first, last) token of each quoted run of two to six words inside one sentence."""
    toks = doc.tokens
    out = []
    for i, tok in enumerate(toks):
        if not tok.quote_open or not tok.cap:
            continue
        for j in range(i, min(i + _MAX_WORDS, len(toks))):
            if j > i and (toks[j].sep or toks[j].para != tok.para):
                break  # punctuation inside: a sentence quoted, not a title
            if toks[j].quote_close:
                if j - i + 1 >= _MIN_WORDS:
                    out.append((i, j))
                break
    return out


def _work_before(doc: Doc, i: int) -> bool:
    """Whether a work word stands right before the quotation at token ``i``."""
    if i == 0 or doc.tokens[i - 1].para != doc.tokens[i].para:
        return False
    return doc.tokens[i - 1].lower.endswith(doc.words.work_words)


def quoted_titles_pass(doc: Doc) -> None:
    """Credit quoted work titles as keyphrases and mark their words used."""
    found: dict[str, list[tuple[int, int]]] = {}
    cued: set[str] = set()
    for i, j in _spans(doc):
        label = " ".join(t.text for t in doc.tokens[i : j + 1])
        found.setdefault(label, []).append((i, j))
        if _work_before(doc, i):
            cued.add(label)
    for label, spans in found.items():
        if label not in cued:
            continue
        for i, j in spans:
            doc.add("k:" + label.lower(), "keyphrase", label, i, KEYPHRASE_W)
            for k in range(i, j + 1):
                doc.used[k] = True
