"""Named storms: "Hurricane Milton", "Orkantief Xynthia", "Taifun Halong" are events.

Runs before the gazetteer and unknown-name passes: a storm word (``storm:`` lines in
``pipeline/data/event_heads.txt``) and the name after it make one event ("Hurricane Florence" is
no city), and the bare name elsewhere in the story ("Milton made landfall") is the same event.
The name must look like one: a given name, a word no dictionary knows, or a rare word
("Hurricane Hunters", "Orkan Bäume", "das Tief Regen" are no storms), and a dictionary word
before a further capitalised word opens a longer name ("Storm Prediction Center").
"""

from __future__ import annotations

from pipeline.gazetteer import german_noun, lemma, strip_possessive
from pipeline.rarity import zipf
from pipeline.topic_doc import Doc

__all__ = ["storm_pass"]

# a dictionary word this rare in the language can still be a storm's name ("Milton", "Sandy")
_NAME_ZIPF = {"en": 4.3, "de": 3.5}


def _storm_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a storm's name after the storm word at ``i - 1``."""
    toks = doc.tokens
    tok, head = toks[i], toks[i - 1]
    if tok.para != head.para or not tok.cap or (tok.sep and (tok.start or tok.clause)):
        return False  # a quotation mark may stand between: Sturmtief „Zoltan“
    text = strip_possessive(tok.text)
    low = text.lower()
    if low in doc.words.first_names:
        return True
    if not text.isalpha() or tok.upper or low in doc.stop:
        return False
    if not doc.knows(text):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.para == tok.para and nxt.cap and not nxt.sep:
        return False  # a word of a longer name: "Storm Prediction Center" is an agency
    if doc.lang == "en" and (low.endswith("s") or low in doc.uncapped):
        return False  # "Hurricane Hunters", a word the story also writes in lower case
    if doc.lang == "de" and lemma(text, "de") != text:
        return False  # an inflected noun: "der Orkan Bäume entwurzelt"
    return zipf(low, doc.lang) < _NAME_ZIPF.get(doc.lang, 0.0)


def _inside_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands next to another capitalised word ("Ian Livingston"); a
    German common noun is none ("den Namen Xynthia")."""
    toks = doc.tokens
    tok = toks[i]

    def name_word(k: int) -> bool:
        other = toks[k]
        return other.cap and not (doc.lang == "de" and german_noun(other.text))

    nxt = i + 1
    if nxt < len(toks) and toks[nxt].para == tok.para and not toks[nxt].sep and name_word(nxt):
        return True
    return (
        i > 0
        and toks[i - 1].para == tok.para
        and not tok.sep
        and not tok.start
        and name_word(i - 1)
    )


def storm_pass(doc: Doc) -> None:
    """Credit named storms as events, with their bare names later in the story."""
    toks = doc.tokens
    heads = doc.words.storm_heads
    names: dict[str, tuple[str, str]] = {}  # name -> (key, label)
    for i in range(1, len(toks)):
        head = toks[i - 1]
        if not head.cap or head.lower not in heads or not _storm_name(doc, i):
            continue
        name = strip_possessive(toks[i].text)
        key = f"s:{name.lower()}"
        label = f"{head.text} {name}"
        names.setdefault(name.lower(), (key, label))
        doc.add(key, "event", label, i - 1, 1.0)
        doc.used[i - 1] = doc.used[i] = True
    if not names:
        return
    for i, tok in enumerate(toks):
        known = names.get(strip_possessive(tok.text).lower())
        if known is not None and tok.cap and not doc.used[i] and not _inside_name(doc, i):
            doc.add(known[0], "event", known[1], i, 1.0)
            doc.used[i] = True
