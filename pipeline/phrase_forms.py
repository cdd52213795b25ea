"""How a German keyphrase is shown: with the adjective most of its mentions carry.

"sexueller Missbrauch", "soziale Medien", "künstliche Intelligenz": the phrase is what a
newsroom calls the topic, in the nominative, while :mod:`pipeline.keyphrases` ranks the noun.
"""

from __future__ import annotations

from collections import Counter

from pipeline.gazetteer import DE_ENDINGS, is_known, lemma
from pipeline.topic_doc import Doc

__all__ = ["DETERMINERS_DE", "after_determiner", "inflected_adjective", "phrase_label"]

_PHRASE_SHARE = 0.5  # of a noun's mentions that must carry the same adjective
#: Article before "adjective + e" and the noun's gender it shows ("der sexuelle Missbrauch").
_GENDER_BY_ARTICLE = {
    "der": "er",
    "die": "e",
    "das": "es",
    "eine": "e",
    "dieser": "er",
    "diese": "e",
    "dieses": "es",
    "jeder": "er",
    "jede": "e",
    "jedes": "es",
}
#: Determiners before a strong "-er"/"-es" form that shows the gender ("ein hartes Foul").
_INDEFINITE_DE = frozenset(("ein", "kein", "mein", "sein", "ihr", "unser"))
#: Genitive and dative articles: a following "-en" leans masculine ("des sexuellen Missbrauchs").
_OBLIQUE_DE = frozenset(("des", "dem", "den"))
#: Other determiners: the adjective after them shows no gender.
_ARTICLES_DE = frozenset(
    """einen einem einer eines keine keinen keinem keiner keines diesen diesem jeden jedem
    seine seinen seinem seiner ihre ihren ihrem ihrer unsere unseren unserem unserer
    im am beim vom zum zur ins""".split()  # noqa: SIM905 - a readable word list
)
#: Every German article, determiner and contracted preposition above: a noun follows.
DETERMINERS_DE = frozenset(_GENDER_BY_ARTICLE) | _INDEFINITE_DE | _OBLIQUE_DE | _ARTICLES_DE
_PREPOSITIONS_DE = frozenset(
    """vor mit von nach aus bei zu seit wegen trotz während gegenüber außer samt nebst unter
    über in an auf hinter neben zwischen ohne für gegen durch um bis laut gemäß dank statt
    innerhalb außerhalb""".split()  # noqa: SIM905 - a readable word list
)


def adjective_before(doc: Doc, i: int) -> str | None:
    """The lemma of a German attributive adjective right before noun token ``i``."""
    if i == 0:
        return None
    tok, prev = doc.tokens[i], doc.tokens[i - 1]
    text = prev.text
    if tok.sep or prev.para != tok.para or len(text) < 5 or not text.isalpha():
        return None
    # a capitalised adjective inside a sentence is part of a term ("Künstliche Intelligenz");
    # one opening the sentence, or a name's word ("Europäische Union"), is not considered
    if prev.lower in doc.stop or (prev.cap and (prev.start or doc.used[i - 1])):
        return None
    lm = inflected_adjective(prev.lower)
    return None if lm is None or lm in doc.words.generic else lm


def inflected_adjective(lower: str) -> str | None:
    """The lemma of a lower-case German word that is an adjective plus an ending ("großen").

    Verbs ("machen") and adverbs ("sehr", "später") are not.
    """
    lm = lemma(lower, "de").lower()
    return lm if any(lower == lm + e for e in DE_ENDINGS) else None


def after_determiner(doc: Doc, i: int) -> bool:
    """Whether German token ``i`` follows a determiner, directly or after one adjective."""
    if i == 0:
        return False
    k = i - 1
    prev = doc.tokens[k]
    if (
        k > 0
        and not prev.cap
        and not doc.tokens[i].sep
        and prev.lower not in DETERMINERS_DE  # "seinen Besuch": "seinen" looks inflected too
        and inflected_adjective(prev.lower)
    ):
        k -= 1  # "in der großen Halle"
    det, nxt = doc.tokens[k], doc.tokens[k + 1]
    if det.para != doc.tokens[i].para or nxt.sep or det.lower not in DETERMINERS_DE:
        return False
    return det.start or not det.sep  # "Der Kanzler, der später Halle besuchte": a pronoun


def _nominative_ending(doc: Doc, mentions: list[int], plural: bool) -> str:
    """The adjective ending of the phrase standing alone: "-e" in the plural, else by gender.

    The gender shows in a determiner before a weak "-e" form ("der sexuelle Missbrauch", "dieses
    harte Foul"), in a strong form after "ein" ("ein hartes Foul") or with no article ("es war
    sexueller Missbrauch"). After a preposition, a strong "-er" is a feminine dative ("unter
    russischer Flagge") and "-em"/"-en" lean masculine ("zu sexuellem Missbrauch"). Feminine
    is the fallback.
    """
    if plural:
        return "e"
    votes: dict[str, int] = {}
    for i in mentions:
        adj = doc.tokens[i - 1].lower
        before = doc.tokens[i - 2] if i >= 2 and not doc.tokens[i - 1].sep else None
        art = before.lower if before is not None else ""
        vote: str | None = None
        weight = 2  # a form that shows the gender for sure
        if art in _GENDER_BY_ARTICLE:
            vote = _GENDER_BY_ARTICLE[art] if adj.endswith("e") else None
        elif art in _INDEFINITE_DE:
            vote = adj[-2:] if adj.endswith(("er", "es")) else None
        elif art in _PREPOSITIONS_DE:
            if adj.endswith("er"):
                vote = "e"
            elif adj.endswith(("em", "en")):
                vote, weight = "er", 1
        elif art in _OBLIQUE_DE:
            vote, weight = "er", 1
        elif art not in _ARTICLES_DE and adj.endswith(("er", "es")):
            vote = adj[-2:]
        if vote is not None:
            votes[vote] = votes.get(vote, 0) + weight
    if not votes:
        return "e"
    return max(votes, key=lambda e: (votes[e], e == "e"))


def phrase_label(doc: Doc, label: str, occ: list[int]) -> str | None:
    """A German noun's label with the adjective most of its mentions carry ("sexueller
    Missbrauch", "soziale Medien", "künstliche Intelligenz"), or None.

    The phrase is what a newsroom calls the topic; the noun alone can lose its sense. It is
    shown in the nominative: "vor ausländischer Einmischung" becomes "ausländische Einmischung".
    """
    if len(occ) < 2 or "-" in label:
        return None
    by_lemma: dict[str, list[int]] = {}
    for i in occ:
        if "-" in doc.tokens[i].text:
            continue  # "China-Agenten" names more than the noun "Agent"
        adj = adjective_before(doc, i)
        if adj is not None:
            by_lemma.setdefault(adj, []).append(i)
    if not by_lemma:
        return None
    adj_lemma, mentions = max(by_lemma.items(), key=lambda kv: len(kv[1]))
    if len(mentions) < 2 or len(mentions) < _PHRASE_SHARE * len(occ):
        return None
    nouns = [doc.tokens[i].text for i in mentions]
    # an inflected form other than the genitive singular ("Missbrauchs") is a plural
    inflected = [n for n in nouns if n not in (label, label + "s", label + "es")]
    plural = bool(inflected)
    # the most frequent form, the first seen on a tie (a set's order would vary per run)
    noun = Counter(inflected).most_common(1)[0][0] if plural else label
    # a dative plural shown as the nominative: "Angriffen" -> "Angriffe", "Händlern" ->
    # "Händler" (but "Analphabeten" is the nominative already)
    stem = noun[:-1]
    if plural and noun == label + "n" and label.endswith(("er", "el")):
        noun = label
    elif plural and noun.endswith("en") and stem == label + "e" and is_known(stem, lang="de"):
        noun = stem
    shown = f"{adj_lemma}{_nominative_ending(doc, mentions, plural)}"
    if all(doc.tokens[i - 1].cap for i in mentions):
        shown = shown.capitalize()  # a capitalised term ("Künstliche Intelligenz")
    return f"{shown} {noun}"
