"""Topic extraction: ranked entities (people, organisations, places, events) and keyphrases.

The extractor is rule based and deterministic, and needs no model downloads:

1. **Gazetteer** matches (longest alias first) from the editable files ``pipeline/data/
   gazetteer_*.txt``; German genitive ``-s`` and English ``'s`` are folded, hyphenated compounds
   ("NATO-Generalsekretär", "Putin-Deal") credit their entity part, and adjectives/demonyms
   ("nordkoreanische", "Russian") count as weaker mentions of their country.
2. **Unknown names**: runs of capitalised words that are not function words, classified by cue
   words (first names, role words such as "Generalsekretär"/"said", organisation and event words).
   A bare surname is folded into the full name found elsewhere in the article.
3. **Keyphrases**: frequent content nouns/compounds lemmatised with simplemma ("Soldaten" →
   "Soldat"), with elliptic compounds expanded ("Atom- und Raketenprogramm") and compound synonyms
   folded ("Nuklearprogramm" → "Atomprogramm"); a compound's first part counts as a mention of
   its own ("Kokain-Verherrlichung"), and a code opening several compounds is a topic ("LTE-");
   a long role word the story names at least three times without a name after it is a topic
   too ("die Bundestagspräsidentin").
   English uses content-word unigrams and bigrams; a word with an adjective ending that never
   ends a phrase ("generative AI") is no keyphrase alone. A German noun most of whose mentions
   carry one adjective is shown as the phrase, in the nominative ("sexueller Missbrauch",
   "soziale Medien"), and ranked as the noun; a compound naming an institution
   ("Justizministerium") is shown as an organisation.

The passes live in :mod:`pipeline.topic_doc` (shared state), :mod:`pipeline.names` (2, with
the kind evidence in :mod:`pipeline.name_kinds`, where a name starts and ends in
:mod:`pipeline.name_bounds`, and the folding of one name's forms in :mod:`pipeline.name_folds`)
and :mod:`pipeline.keyphrases` (3, with German adjective phrases
in :mod:`pipeline.phrase_forms`); this
module runs the gazetteer pass and the ranking.
Named storms ("Hurricane Milton", "Orkantief Xynthia") are events (:mod:`pipeline.storms`).
In a sport article a city named amid match words counts as its club (:mod:`pipeline.topic_sport`);
the final choice drops duplicates and near duplicates (:mod:`pipeline.topic_select`).
News agencies cited as sources, unit codes ("GB"), platforms named in passing, the home country
of German-language news and very common nouns as one-word keyphrases rank lower
(:mod:`pipeline.topic_demote`, list in ``pipeline/data/demoted.txt``). A German club or court
named with its city ("Füchse Berlin", "Landgericht München") is one organisation.

Mentions are weighted by position (title, lead paragraph; the title counts more in a long story,
a dateline "Essen. ..." little) and kind; entities named in the title or lead get a bonus, a
person named once elsewhere is a secondary source and ranks lower, and keyphrases beyond the first
few decay so that repeated common nouns do not crowd out the named entities. A keyphrase ranks
higher the rarer its rarest word is in general language (:mod:`pipeline.rarity`), and a German
headline noun counts more. An unknown name's kind is the one most of its mentions vouch for
("in Jasper" outweighs a bare guess).

That hand-weighted score is one feature of a learned linear ranker (:mod:`pipeline.topic_rank`,
weights in ``pipeline/data/rank_weights.txt``, trained on the hand labels by ``newsflow
train-ranker``), which adds where and how widely the article names the candidate, how rare its
words are and whether it is a phrase; the hand score's five best candidates always stay in the
top ten. Scores are ``exp`` of half the ranker's score relative to the best, so the top topic
scores 1.0 and the tenth typically about 0.1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from pipeline.gazetteer import (
    DE_ENDINGS,
    POSSESSIVE,
    Entry,
    Token,
    fold_de,
    fold_word_de,
    is_known,
    lemma,
)
from pipeline.keyphrases import institution_kind, keyphrase_pass
from pipeline.language import detect_language
from pipeline.models import EntityKind, Topic
from pipeline.name_bounds import institution_compound
from pipeline.name_folds import surname_pass
from pipeline.name_kinds import SPEECH_EN, acronym_like
from pipeline.names import names_pass
from pipeline.phrase_forms import after_determiner
from pipeline.quoted import quoted_titles_pass
from pipeline.rarity import listed, rarity_boost, zipf
from pipeline.storms import storm_pass
from pipeline.topic_demote import demotion
from pipeline.topic_doc import Acc, Doc, genitive_variants, is_entry_key, is_role
from pipeline.topic_rank import Candidate, feature_vector, rank_weights, scorer
from pipeline.topic_select import Scored
from pipeline.topic_select import select as _select
from pipeline.topic_sport import sport_club_mention

__all__ = ["extract_topics", "topic_candidates"]

_PART_W = 0.6  # entity named inside a hyphenated compound
_ADJ_W = 0.35  # adjective / demonym mention of a place
_EVENT_PART_W = 0.35  # a place named inside an event compound ("Ukraine-Krieg")
_CLUB_VOTE = (
    1.5  # a city named amid match vocabulary is its club ("Liverpool verliert bei Everton")
)
#: Kind priors: named entities are usually what an article is about.
_KIND_W: dict[str, float] = {
    "person": 1.3,
    "organization": 1.2,
    "event": 1.1,
    "location": 1.0,
    "keyphrase": 0.9,
}
_DAMP = 1.0  # exponent on the summed mention weight (below 1: repetition counts less)
_LEAD_ENTITY_W = 1.5  # an entity named in the title or lead
_MINOR_MENTIONS = 1
_MINOR_KINDS = ("person",)
_MINOR_PERSON_W = 0.6
_FREE_KEYPHRASES = 4  # keyphrases ranked freely before the decay starts
_HAND_KEEP = 5  # the best candidates by the hand score that always stay in the top slots
_TOP_SLOTS = 10
# the learned score is a log-odds; halving it before exp() keeps the shown scores readable (the
# tenth topic near 0.1 rather than 0.01, none rounded to 0) and leaves the order alone
_SCORE_SPREAD = 2.0
_LOG_DECAY = math.log(0.6)  # per keyphrase beyond the free ones, on the log score
# a noun in a German headline names the story's subject ("Schattenflotte"); English headline
# words are as often verbs ("hits", "brace"), so there the body decides
_TITLE_KEY_W_DE = 1.3


def _may_name(tok: Token) -> bool:
    """Whether a token can open or end a gazetteer name: capitalised, or written in lower case
    around a dot ("ver.di"); the alias must still match."""
    return tok.cap or "." in tok.text.strip(".")


def _written_upper(doc: Doc, tok: Token) -> bool:
    """Whether a token is written in capitals, a German genitive "-s" aside ("des ZDFs")."""
    text = tok.text
    return tok.upper or (
        doc.lang == "de" and len(text) > 2 and text[-1] == "s" and text[:-1].isupper()
    )


def _lookup(doc: Doc, i: int, length: int) -> int | None:
    """Gazetteer entry for the ``length`` tokens from ``i`` (genitive and endings folded).

    The caller has checked that the ``length`` tokens exist and that token ``i`` can open a
    name (:func:`_may_name`).
    """
    toks = doc.tokens[i : i + length]
    if length > 1 and not (_may_name(toks[-1]) or toks[-1].text.isdigit()):
        return None  # a number may end a name: "Indianapolis 500", "Euro 2024"
    para = toks[0].para
    for tok in toks[1:]:
        if tok.para != para or tok.start or tok.sep:
            return None
    table = doc.gaz.aliases[doc.lang]
    head = tuple(t.lower for t in toks[:-1])
    for last in genitive_variants(toks[-1].lower, doc.lang):
        idx = table.get((*head, last))
        if idx is None:
            continue
        if length == 1 and last.upper() in doc.gaz.exact_case and not _written_upper(doc, toks[0]):
            continue
        return idx
    if doc.lang == "de" and length > 1:
        for last in genitive_variants(toks[-1].lower, doc.lang):
            idx = doc.gaz.folded_de.get(fold_de((*head, last)))
            if idx is not None:
                return idx
    return None


def _abbreviation_after_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a place abbreviation after a place and a comma ("Reading, Pa.")."""
    tok = doc.tokens[i]
    if not tok.cap or not tok.clause or tok.lower not in doc.gaz.after_place or i == 0:
        return False
    prev = doc.tokens[i - 1]
    return prev.cap and prev.para == tok.para


def _gazetteer_pass(doc: Doc) -> None:
    """Credit gazetteer names (longest alias first), demonyms and compound parts."""
    toks = doc.tokens
    n = len(toks)
    # "Kevin Holland-Moritz", then "Holland-Moritz": a double surname, no "Holland" inside
    surnames = {
        toks[k].lower for k in range(1, n) if "-" in toks[k].text and _double_surname(doc, k)
    }
    i = 0
    while i < n:
        tok = toks[i]
        matched = 0
        if doc.used[i]:
            i += 1  # a named storm's words
            continue
        if _abbreviation_after_place(doc, i):
            doc.add_entry(doc.gaz.after_place[tok.lower], i, 1.0)
            doc.used[i] = True
            i += 1
            continue
        if _may_name(tok):
            for length in range(min(doc.gaz.span(tok.lower, doc.lang), n - i), 0, -1):
                idx = _lookup(doc, i, length)
                if idx is None:
                    continue
                entry = doc.gaz.entries[idx]
                if length == 1 and _stands_for_another(doc, i, entry):
                    continue
                if doc.lang == "en" and entry.kind != "person" and _continues_name(doc, i + length):
                    continue  # "US Open", "New York Times": part of a longer name
                if entry.kind == "location" and _continues_brand(doc, i, length):
                    continue  # "Texas Instruments": a firm; "Virginia Giuffre": a person
                acc = doc.add_entry(idx, i, 1.0)
                surface = " ".join(t.text for t in toks[i : i + length])
                if (
                    entry.kind == "event"
                    and any(c.isdigit() for c in surface)
                    and not any(c.isdigit() for c in entry.label(doc.lang))  # "COVID-19"
                ):
                    # a numbered edition ("COP30", "EM 2024") says more than the series name
                    acc.label = surface
                if entry.kind == "location" and sport_club_mention(doc, i, length):
                    acc.votes["organization"] = acc.votes.get("organization", 0.0) + _CLUB_VOTE
                if entry.kind == "event" and length == 1 and "-" in tok.text:
                    _compound_parts(doc, i, only_kind="location")
                for j in range(i, i + length):
                    doc.used[j] = True
                matched = length
                break
        if matched:
            i += matched
            continue
        adj = doc.gaz.adjectives.get(tok.lower)
        if adj is None and doc.lang == "de":
            adj = _place_adjective_de(doc, i)
        if (
            adj is not None
            and tok.lower not in doc.stop
            and not _german_noun_form(doc, tok)
            # "Irene Cheptai": a given name that reads as a demonym ("Iren") opens a person's name
            and not (tok.lower in doc.words.first_names and _continues_brand(doc, i, 1))
        ):
            doc.add_entry(adj, i, _ADJ_W)
            doc.used[i] = True
        elif "-" in tok.text.strip("-") and tok.lower not in surnames:
            _compound_parts(doc, i)
        i += 1


def _place_adjective_de(doc: Doc, i: int) -> int | None:
    """The place of a German "-er" adjective the gazetteer does not list, before a noun
    ("Brandenburger Gesundheitsministerin" -> Brandenburg); None otherwise."""
    toks = doc.tokens
    tok = toks[i]
    if not tok.cap or not tok.lower.endswith("er") or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1]
    if not nxt.cap or nxt.sep or nxt.start or nxt.para != tok.para:
        return None
    if any(v in doc.words.org_words for v in genitive_variants(nxt.lower, "de")):
        return None  # "des Hongkonger Gerichts": an institution's name, found later
    stem = tok.lower[:-2]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.cap and (prev.lower, stem) in doc.gaz.aliases["de"]:
        return None  # "New Yorker": the place of two words, not "York"
    idx = doc.gaz.aliases["de"].get((stem,))
    if idx is None or doc.gaz.entries[idx].kind != "location":
        return None
    return idx


def _german_noun_form(doc: Doc, tok: Token) -> bool:
    """Whether a capitalised demonym in German text is a German noun ("Roman", a novel)."""
    if doc.lang != "de" or not tok.cap or tok.lower.endswith(DE_ENDINGS):
        return False  # "Russen", "Römer", "Schweizer": German demonym nouns count
    if not is_known(tok.text, lang="de") or lemma(tok.text, "de") != tok.text:
        return False
    # an English demonym ("Roman", "Irish") that is a commoner word in German ("Roman": a
    # novel); German demonym nouns ("Britin", "Ungar") are no English words and still count
    return listed(tok.lower, "en") and zipf(tok.lower, "de") >= zipf(tok.lower, "en")


def _stands_for_another(doc: Doc, i: int, entry: Entry) -> bool:
    """Whether a single-word gazetteer match at ``i`` is part of another name here: a surname
    ("Michael Jordan"), an organisation's word ("Korea Herald", "FC Liverpool", "THW Kiel"), a
    relative ("Donna Kelce") or a club named after its city ("Füchse Berlin")."""
    toks = doc.tokens
    words = doc.words
    tok = toks[i]
    prev = toks[i - 1] if i > 0 and toks[i - 1].para == tok.para else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].para == tok.para else None
    if entry.kind == "person":
        return _other_given_name(doc, i, entry)
    if prev is not None and not doc.used[i - 1] and doc.given_name(prev) and not tok.start:
        return True  # "Michael Jordan": a surname, not the country
    if (
        nxt is not None
        and nxt.cap
        and not nxt.start
        and nxt.lower in words.org_words
        and not tok.lower.endswith(POSSESSIVE)  # "NYC's Museum of Failure"
    ):
        return True  # "Korea Herald": part of an organisation name
    # "des Philologenverbands NRW": an institution's compound in the genitive, then its region
    org_compound = doc.lang == "de" and prev is not None and institution_compound(doc, prev.lower)
    if (
        prev is not None
        and entry.kind != "organization"  # "Gewerkschaft Verdi": the union's apposition
        and prev.cap
        and not doc.used[i - 1]
        and not tok.start
        and (not tok.upper or org_compound)
        and (
            prev.lower in words.org_words
            or org_compound
            # an acronym left unmatched before a place opens a club's name ("THW Kiel"),
            # unless it is a place itself ("US Texas")
            or (acronym_like(prev) and not doc.is_place(prev.lower))
        )
    ):
        return True  # "FC Liverpool", "THW Kiel", "Uni Leipzig": an organisation
    if entry.kind == "organization" and acronym_like(tok) and _place_follows(doc, i):
        return True  # "THW Kiel", "HSV Hamburg": a club, not the agency "THW"
    if entry.kind == "location" and _common_noun_here(doc, i):
        return True  # "das Essen", "in der Halle": the noun, not the city
    if entry.kind == "location" and tok.lower in doc.surnames() and _speaker(doc, i):
        return True  # "Lloyd Austin ... Austin schrieb": the person again, not the city
    return entry.kind == "location" and _named_before_place(doc, i)


def _speaker(doc: Doc, i: int) -> bool:
    """Whether a speech verb or role word stands right next to token ``i`` ("Austin
    schrieb", "said Austin", "Minister Austin")."""
    toks = doc.tokens
    tok = toks[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(toks) or toks[j].para != tok.para:
            continue
        if toks[max(i, j)].sep:
            continue  # "in Austin, said ...": a comma between
        low = toks[j].lower
        if is_role(doc.words, low) or (doc.lang == "en" and low in SPEECH_EN):
            return True
    return False


def _common_noun_here(doc: Doc, i: int) -> bool:
    """Whether a German place that is a common noun too ("Essen", "Halle") is the noun here."""
    # after a determiner ("das Essen", "in der großen Halle"); in the title, when the body uses
    # the word only so
    tok = doc.tokens[i]
    if doc.lang != "de" or tok.lower not in doc.words.noun_names:
        return False
    if tok.para < 0:
        body = [k for k, t in enumerate(doc.tokens) if t.para >= 0 and t.lower == tok.lower]
        return bool(body) and all(after_determiner(doc, k) for k in body)
    return after_determiner(doc, i)


def _place_follows(doc: Doc, i: int) -> bool:
    """Whether a gazetteer place follows token ``i`` directly ("THW Kiel")."""
    if i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[i + 1]
    if nxt.para != doc.tokens[i].para or nxt.sep or nxt.start or not nxt.cap:
        return False
    return doc.is_place(nxt.lower)


def _other_given_name(doc: Doc, i: int, entry: Entry) -> bool:
    """Whether a surname alias at ``i`` follows a given name that is not the entry's own."""
    if i == 0 or doc.tokens[i].start:
        return False
    prev = doc.tokens[i - 1]
    if prev.para != doc.tokens[i].para or prev.sep or doc.used[i - 1] or not prev.cap:
        return False
    own = entry.label(doc.lang).split()[0].lower()
    return prev.lower in doc.words.first_names and prev.lower != own


def _named_before_place(doc: Doc, i: int) -> bool:
    """Whether a German capitalised word before the place at ``i`` names a club or firm with it.

    The pair must recur ("Füchse Berlin" twice or more), and the word before must be no
    gazetteer name, demonym, role or function word.
    """
    if i == 0 or doc.lang != "de":
        return False  # English puts directions and districts there ("East Jerusalem")
    prev, tok = doc.tokens[i - 1], doc.tokens[i]
    if (
        prev.para != tok.para
        or tok.start
        or tok.sep
        or not prev.cap
        or prev.upper
        or prev.lower in doc.stop
        or is_role(doc.words, prev.lower)
        or (prev.lower,) in doc.gaz.aliases[doc.lang]
        or prev.lower in doc.gaz.adjectives
        or not prev.text.isalpha()
    ):
        return False
    return doc.adjacent(prev.lower, tok.lower) >= 2


def _double_surname(doc: Doc, i: int) -> bool:
    """Whether a hyphenated name after a given name is a double surname ("Kevin Holland-Moritz")."""
    if i == 0:
        return False
    prev, tok = doc.tokens[i - 1], doc.tokens[i]
    parts = tok.text.split("-")
    return (
        prev.para == tok.para
        and not tok.sep
        and prev.cap
        and prev.lower in doc.words.first_names
        and all(p[:1].isupper() and p.isalpha() for p in parts)
    )


def _continues_name(doc: Doc, j: int) -> bool:
    """Whether token ``j`` extends a name, so the gazetteer match is only part of it."""
    if j >= len(doc.tokens) or doc.tokens[j - 1].lower.endswith(POSSESSIVE):
        return False
    nxt = doc.tokens[j]
    if not nxt.cap or nxt.start or nxt.sep or nxt.lower in doc.stop or nxt.upper:
        return False
    if is_role(doc.words, nxt.lower) or doc.gaz.aliases[doc.lang].get((nxt.lower,)) is not None:
        return False
    return nxt.lower not in doc.gaz.adjectives


def _hyphenated_name(doc: Doc, parts: list[str]) -> bool:
    """Whether a hyphenated word of capitalised parts is one name ("Crans-Montana").

    It is when a part is neither a gazetteer name nor a dictionary word and the parts that are
    names never occur on their own in the article ("Berlin-Kreuzberg" credits Berlin when the
    article names Berlin alone too).
    """
    if len(parts) < 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    table = doc.gaz.aliases[doc.lang]
    known = [(p.lower(),) in table for p in parts]
    if all(known) or not any(known):
        return False
    for part, in_gaz in zip(parts, known, strict=True):
        if in_gaz:
            if part.lower() in doc.lowers:
                return False
        elif is_known(part, lang=doc.lang) or part.lower() in doc.lowers:
            return False
    return True


def _continues_brand(doc: Doc, i: int, length: int) -> bool:
    """Whether a place name opens a longer name ("Texas Instruments", "Virginia Giuffre").

    The next word must be capitalised, no word of the language nor gazetteer name, and the
    place must never stand on its own in the article.
    """
    j = i + length
    if j >= len(doc.tokens):
        return False
    nxt = doc.tokens[j]
    if not nxt.cap or nxt.start or nxt.sep or nxt.upper or nxt.lower in doc.stop:
        return False
    if nxt.para != doc.tokens[i].para or not nxt.text.isalpha():
        return False
    if (nxt.lower,) in doc.gaz.aliases[doc.lang]:
        return False
    head = doc.tokens[i:j]
    last = head[-1].lower
    if last.endswith(POSSESSIVE):
        return False  # "NYC's Museum of Failure": the place's museum
    if doc.lang == "de" and last.endswith("s") and (last,) not in doc.gaz.aliases["de"]:
        # a genitive before a noun ("Irans Justiz", "Russlands Armee") opens no firm's name
        return not doc.knows(nxt.text)
    together = 0
    for k in range(len(doc.tokens) - length):
        if all(doc.tokens[k + m].lower == head[m].lower for m in range(length)):
            after = doc.tokens[k + length] if k + length < len(doc.tokens) else None
            if after is None or after.lower != nxt.lower:
                return False
            together += 1
    # a word of the language after the place ("in Texas Häuser") only when the pair repeats
    return together >= 2 or not doc.knows(nxt.text)


def _credit_joined_parts(
    doc: Doc, i: int, parts: list[str], only_kind: EntityKind | None
) -> list[str]:
    """Credit a multi-word name written hyphenated inside a compound ("IG-Metall-Bezirksleiter"
    names "IG Metall", "New-York-Marathon" New York); the parts left over, for one-word names."""
    table = doc.gaz.aliases[doc.lang]
    for length in (3, 2):
        for k in range(len(parts) - length + 1):
            idx = table.get(tuple(p.lower() for p in parts[k : k + length]))
            if idx is None or not all(p[:1].isupper() for p in parts[k : k + length]):
                continue
            if _credit_part(doc, i, idx, only_kind):
                return parts[:k] + parts[k + length :]
    return parts


def _credit_part(doc: Doc, i: int, idx: int, only_kind: EntityKind | None) -> bool:
    """Credit gazetteer entry ``idx`` named inside compound ``i``, if of the wanted kind."""
    if only_kind is not None and doc.gaz.entries[idx].kind != only_kind:
        return False
    doc.add_entry(idx, i, _PART_W if only_kind is None else _EVENT_PART_W)
    if only_kind is None:
        doc.compound_entity[i] = True
    return True


def _compound_parts(doc: Doc, i: int, only_kind: EntityKind | None = None) -> None:
    """Credit entities named inside a hyphenated compound ("NATO-Gipfel")."""
    tok = doc.tokens[i]
    parts = tok.text.strip("-").split("-")
    table = doc.gaz.aliases[doc.lang]
    if only_kind is None and _hyphenated_name(doc, parts):
        return  # "Crans-Montana": one name, not the US state
    parts = _credit_joined_parts(doc, i, parts, only_kind)
    for part in parts:
        if only_kind is None and (not part or not part[0].isupper()):
            adj = doc.gaz.adjectives.get(part.lower())
            if adj is not None:
                doc.add_entry(adj, i, _ADJ_W)
            continue
        if only_kind is None and doc.lang == "en" and part.lower() in doc.gaz.adjectives:
            # "Pakistani-controlled", "Indian-made": a demonym modifying a participle
            doc.add_entry(doc.gaz.adjectives[part.lower()], i, _ADJ_W)
            continue
        for variant in genitive_variants(part.lower(), doc.lang):
            idx = table.get((variant,))
            if idx is None:
                continue
            if variant.upper() in doc.gaz.exact_case and not part.isupper():
                continue
            if _credit_part(doc, i, idx, only_kind):
                break


_COLUMN_WORDS = 3  # a title's label before its colon: at most this many words


def _skip_column_label(doc: Doc) -> None:
    """Leave out a column's name before a headline's colon ("Business Brief: ...", "Wine Guy:
    ..."): a few capitalised words the story itself never uses. "Tony Blair: ..." stays, the
    body names him."""
    toks = doc.tokens
    if doc.lang != "en":
        return  # German kickers name the topic ("LTE-Patente: ...", "Nahost: ...")
    end = next((k for k, t in enumerate(toks) if t.para >= 0 or (k > 0 and t.start)), 0)
    if not 0 < end <= _COLUMN_WORDS or end >= len(toks) or toks[end].para >= 0:
        return
    if not toks[end].sep or not all(t.cap for t in toks[:end]):
        return
    capitalised = {t.lower for t in toks if t.para >= 0 and t.cap}
    aliases = doc.gaz.aliases[doc.lang]
    if any(
        t.lower in capitalised or t.lower in doc.words.first_names or (t.lower,) in aliases
        for t in toks[:end]
    ):
        return
    for k in range(end):
        doc.used[k] = True


def _candidates(doc: Doc) -> list[Candidate]:
    """Every accumulated topic with its hand score (kind priors, lead, demotions, rarity),
    best hand score first."""
    scored: list[tuple[float, str, Acc, EntityKind, str, float]] = []
    for key, acc in doc.acc.items():
        kind = acc.best_kind()
        raw = acc.weight**_DAMP * (1.0 + 0.08 * min(max(len(acc.paras) - 1, 0), 5)) * _KIND_W[kind]
        if kind == "keyphrase":
            if acc.count < 2 and -1 not in acc.paras:
                raw *= 0.5
            if len(acc.label) >= 10 and " " not in acc.label:
                raw *= 1.2
        elif -1 in acc.paras or 0 in acc.paras:
            raw *= _LEAD_ENTITY_W  # an entity named in the title or lead is what the news is about
        elif kind in _MINOR_KINDS and acc.count <= _MINOR_MENTIONS:
            raw *= _MINOR_PERSON_W
        label = acc.label
        if not acc.fixed_label and acc.surfaces:
            label = max(acc.surfaces.items(), key=lambda kv: (kv[1], kv[0].isupper()))[0]
            if doc.lang == "de":
                label = _nominative(label, acc.surfaces)
        if label.lower() in doc.stop or len(label) < 2:
            continue
        demoted = demotion(label, kind, doc.lang, titled=doc.role_before(acc.first, speech=False))
        raw *= demoted
        if kind == "keyphrase":
            raw *= rarity_boost(label, doc.lang)
            if doc.lang == "de" and -1 in acc.paras:
                raw *= _TITLE_KEY_W_DE
        scored.append((raw, key, acc, kind, label, demoted))
    scored.sort(key=lambda s: (-s[0], s[2].first))
    out: list[Candidate] = []
    # a title alone has no body paragraph: its tokens sit in paragraph -1
    last_para = max(doc.tokens[-1].para, 0) if doc.tokens else 0
    per_kind: dict[EntityKind, int] = {}  # each candidate's place among those of its kind
    for raw, key, acc, kind, label, demoted in scored:
        out.append(
            Candidate(
                label=label,
                kind=kind,
                raw=raw,
                count=acc.count,
                paragraphs=len(acc.paras),
                in_title=-1 in acc.paras,
                in_lead=0 in acc.paras,
                first=acc.first,
                tokens=len(doc.tokens),
                last_paragraph=last_para,
                known=is_entry_key(key),
                demoted=demoted,
                kind_rank=per_kind.get(kind, 0),
            )
        )
        per_kind[kind] = per_kind.get(kind, 0) + 1
    return out


_OBLIQUE_DE = ("en", "em")  # adjective endings of the dative, accusative and genitive


def _nominative(label: str, surfaces: Mapping[str, float]) -> str:
    """A German name's form with nominative adjective endings, when the article has one
    ("Nationaler Veteranentag" over "den Nationalen Veteranentag")."""
    words = label.split()
    if len(words) < 2 or not any(w.endswith(_OBLIQUE_DE) for w in words[:-1]):
        return label
    stems = [fold_word_de(w.lower()) for w in words[:-1]]
    for other in sorted(surfaces, key=lambda s: -surfaces[s]):
        parts = other.split()
        if (
            len(parts) == len(words)
            and parts[-1] == words[-1]
            and [fold_word_de(p.lower()) for p in parts[:-1]] == stems
            and not any(p.endswith(_OBLIQUE_DE) for p in parts[:-1])
        ):
            return other
    return label


def _keep_in_top(scored: list[Scored], keep: set[tuple[str, EntityKind]]) -> list[Scored]:
    """``scored`` (best first) with every kept (label, kind) among the top slots.

    The ranker reorders the strongest hand evidence but does not push it out of the top ten:
    it learned from a few hundred articles, the evidence rules from many more. The candidates
    it displaces follow, their scores capped at the last one in the top slots.
    """
    kept = [s for s in scored if (s[2], s[3]) in keep]
    others = [s for s in scored if (s[2], s[3]) not in keep]
    room = max(_TOP_SLOTS - len(kept), 0)
    if len(others) <= room:
        return scored
    head = sorted(kept + others[:room], key=lambda s: (-s[0], s[1]))
    low = head[-1][0]
    return head + [(min(sc, low), f, lb, k) for sc, f, lb, k in others[room:]]


def _rank(doc: Doc, limit: int) -> tuple[Topic, ...]:
    """Score the candidates with the learned weights and keep the best."""
    learned = scorer(rank_weights())
    cands = _candidates(doc)
    scored: list[Scored] = [
        (learned(feature_vector(c, doc.lang)), c.first, c.label, c.kind) for c in cands
    ]
    hand_best = {(c.label, c.kind) for c in cands[:_HAND_KEEP]}
    # repeated keyphrases must not crowd out the named entities: each keyphrase beyond the
    # first few counts a little less than the one before it
    scored.sort(key=lambda s: (-s[0], s[1]))
    n_key = 0
    for k, (score, first, label, kind) in enumerate(scored):
        if kind == "keyphrase":
            if n_key >= _FREE_KEYPHRASES:
                decay = _LOG_DECAY * (n_key - _FREE_KEYPHRASES + 1)
                scored[k] = (score + decay, first, label, kind)
            n_key += 1
    scored.sort(key=lambda s: (-s[0], s[1]))
    scored = _keep_in_top(scored, hand_best)
    top_score = scored[0][0] if scored else 0.0
    # scores become positive factors of the best one, as select() and readers expect
    ranked = _select(
        [(math.exp((s - top_score) / _SCORE_SPREAD), f, lb, k) for s, f, lb, k in scored], limit
    )
    out: list[Topic] = []
    top = ranked[0][0] if ranked else 1.0
    for raw, _, label, kind in ranked:
        shown_kind = institution_kind(doc, label, kind)
        score = round(min(1.0, raw / top), 4)
        out.append(Topic(label=doc.shown(label, kind), kind=shown_kind, score=score))
    return tuple(out)


def _document(title: str | None, body: str, language: str) -> Doc | None:
    """Run the passes over an article; None when there is nothing to read."""
    if not (body.strip() or (title or "").strip()):
        return None
    lang = language if language in ("de", "en") else detect_language(f"{title or ''}\n{body}")
    if lang not in ("de", "en"):
        lang = "en"
    doc = Doc(title, body, lang)
    _skip_column_label(doc)
    storm_pass(doc)  # first: "Hurricane Florence" is no city
    quoted_titles_pass(doc)  # "das Album „Broken English“" names no England
    _gazetteer_pass(doc)
    names_pass(doc)
    surname_pass(doc)
    keyphrase_pass(doc)
    return doc


def topic_candidates(
    title: str | None, body: str, language: str
) -> tuple[tuple[Candidate, str], ...]:
    """Every topic candidate of an article with its shown label, best hand score first.

    For training the ranker (:mod:`pipeline.rank_training`); :func:`extract_topics` is the
    ranked, de-duplicated result.
    """
    doc = _document(title, body, language)
    if doc is None:
        return ()
    return tuple((c, doc.shown(c.label, c.kind)) for c in _candidates(doc))


def extract_topics(
    title: str | None, body: str, language: str, *, limit: int = 15
) -> tuple[Topic, ...]:
    """Ranked topics of an article: entities and keyphrases with canonical labels.

    ``body`` is cleaned text with one paragraph per line; ``language`` an ISO 639-1 code
    ('de', 'en'; anything else is detected, falling back to capitalisation-based English rules).
    Scores are in [0, 1], the best topic scoring 1.0.
    """
    if limit <= 0:
        return ()
    doc = _document(title, body, language)
    return () if doc is None else _rank(doc, limit)
