"""Named storms: "Hurricane Milton", "Orkantief Xynthia", "Taifun Halong" are events.

Runs before the unknown-name pass: a storm word (``storm:`` lines in
``pipeline/data/event_heads.txt``) and the capitalised name after it make one event, and the
bare name elsewhere in the story ("Milton made landfall") is the same event, not a person.
"""

from __future__ import annotations

from pipeline.gazetteer import is_known
from pipeline.topic_doc import Doc

__all__ = ["storm_pass"]

_AMBIGUOUS = ("storm", "sturm")  # "Storm Shadow" (a missile), "Sturm Graz" (a club)


def _storm_head(doc: Doc, lower: str) -> bool:
    """Whether a lower-cased word introduces a storm's name."""
    heads = doc.words.storm_heads
    if lower in heads:
        return True
    return doc.lang == "de" and len(lower) > 6 and lower.endswith(heads)  # "Sturmtief"


def _storm_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a storm's name after the storm word at ``i - 1``."""
    toks = doc.tokens
    tok, head = toks[i], toks[i - 1]
    if tok.para != head.para or tok.sep or not tok.cap or tok.upper or doc.used[i]:
        return False
    if tok.lower in doc.stop or not tok.text.isalpha():
        return False
    if head.lower in _AMBIGUOUS:
        # a plain "Storm" needs a name no dictionary knows, or a given name
        return tok.lower in doc.words.first_names or not is_known(tok.lower, lang=doc.lang)
    return True


def storm_pass(doc: Doc) -> None:
    """Credit named storms as events, with their bare names later in the story."""
    toks = doc.tokens
    names: dict[str, tuple[str, str]] = {}  # name -> (key, label)
    for i in range(1, len(toks)):
        head = toks[i - 1]
        if doc.used[i - 1] or not head.cap or not _storm_head(doc, head.lower):
            continue
        if not _storm_name(doc, i):
            continue
        key = f"s:{toks[i].lower}"
        label = f"{head.text} {toks[i].text}"
        names.setdefault(toks[i].lower, (key, label))
        doc.add(key, "event", label, i - 1, 1.0)
        doc.used[i - 1] = doc.used[i] = True
    if not names:
        return
    for i, tok in enumerate(toks):
        known = names.get(tok.lower)
        if known is not None and tok.cap and not doc.used[i]:
            doc.add(known[0], "event", known[1], i, 1.0)
            doc.used[i] = True
