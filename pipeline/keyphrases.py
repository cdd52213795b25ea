"""Keyphrases: frequent content nouns and compounds, lemmatised and folded.

German: nouns and compounds lemmatised with simplemma ("Soldaten" -> "Soldat"), elliptic
compounds expanded ("Atom- und Raketenprogramm") and compound synonyms folded
("Nuklearprogramm" -> "Atomprogramm"); a noun most of whose mentions carry one adjective is
shown with it ("künstliche Intelligenz"); adjectives and participles used as nouns take their
"-e" form ("Verletzte"); a compound with and without its linking "s" is one topic, and a noun
ending the article's one institution name ("der Wetterdienst") is that institution.
English: content-word unigrams and bigrams (a gerund may head one: "human smuggling"; a verb
or copula may not: "court hears", "remains elusive"). Both: verbs that say what happened in
the title or lead credit their noun ("ist tot" -> "Tod", ``verb_nouns.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.gazetteer import (
    compound_head,
    fold_word_de,
    german_noun,
    ing_verb_form,
    is_known,
    lemma,
)
from pipeline.models import EntityKind
from pipeline.name_bounds import attributive_adjective
from pipeline.phrase_forms import phrase_label
from pipeline.rarity import listed
from pipeline.topic_demote import is_code, is_common
from pipeline.topic_doc import Doc, is_role

__all__ = ["KEYPHRASE_W", "institution_kind", "keyphrase_pass"]

_OFFICE_MENTIONS = 3  # standalone mentions that make an office a topic
_TITLE_ONLY_LEN = 10  # a keyphrase this long may stand in the title alone
KEYPHRASE_W = 0.85  # a keyphrase's weight per mention (a name's is 1.0)
_BIGRAM_W = 1.1  # a repeated English phrase per mention
_MODIFIER_W = 0.6  # the first part of a hyphenated compound, as a mention of its own
_ELLIPSIS_JOINERS = frozenset(("und", "oder", "bzw", "sowie", ","))
#: Words before an English verb ("to offer", "they seek") and before a noun ("the offer").
_VERB_CUES_EN = frozenset(
    """to will would can could should may might must shall i we they he she you it not never
    did does do don't didn't won't who which also""".split()  # noqa: SIM905 - a word list
)
#: Past tenses the lemma data reads as nouns ("prices rose", "she won"); names stay names.
_PAST_TENSES_EN = frozenset(("won", "rose"))
_NOUN_CUES_EN = frozenset(
    "the a an this that these those his her its their our my your of for with no any".split()  # noqa: SIM905 - a readable word list
)


def institution_kind(doc: Doc, label: str, kind: EntityKind) -> EntityKind:
    """The kind shown for a topic: a German compound naming an institution, or the noun of an
    elected body ("Landtag", "Bürgerschaft"), is an organisation.

    "Justizministerium" and "Landgericht" rank as keyphrases (they are common nouns too, and
    several would crowd out the names), but downstream they are organisations.
    """
    if kind != "keyphrase" or doc.lang != "de" or " " in label:
        return kind
    low = label.lower()
    if low in doc.words.bodies:
        return "organization"
    if any(low.endswith(suf) and len(low) >= len(suf) + 3 for suf in doc.words.org_compounds):
        return "organization"
    return kind


_OFFICE_LEN = 13  # letters of a compound role that can be a topic ("Bundestagspräsidentin")


def _office_named(doc: Doc, i: int) -> bool:
    """Whether a long German role word names the office itself, not a person after it
    ("die neue Bundestagspräsidentin sagte" vs. "Bundestagspräsidentin Julia Klöckner")."""
    tok = doc.tokens[i]
    if len(tok.text) < _OFFICE_LEN or "-" in tok.text:
        return False
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return nxt is None or nxt.para != tok.para or nxt.sep or not nxt.cap


def _lemma_en(low: str) -> str:
    """Lemma of a lower-case English word; a word in "-ed" keeps its form when the lemma data
    makes it a non-word ("greed" -> "gree") and the word itself is listed."""
    lm = lemma(low, "en").lower()
    if low.endswith("ed") and lm != low and not listed(lm, "en") and listed(low, "en"):
        return low
    return lm


def _inflected_en(low: str) -> bool:
    """Whether an English word in -ed or -ly is a verb form or an adverb, not a noun."""
    # "killed", "quickly", "happily" are; "greed", "speed", "rally", "family" are not
    low = low.rpartition("-")[2]  # "so-called": the last part decides
    if low.endswith("ily"):
        return is_known(low[:-3] + "y", lang="en")
    if low.endswith("ly"):
        return len(low) >= 5 and is_known(low[:-2], lang="en")  # not "ally", "reply"
    if low.endswith("ed"):
        stem = low[:-2]
        lm = _lemma_en(low)
        if lm != low and listed(lm, "en"):
            return True  # "killed"; "greed" keeps its form
        if len(stem) >= 4 and is_known(stem, lang="en"):
            return True  # "walked"; not "gre" + "ed"
        if len(low) > 6 and is_known(low[:-1], lang="en"):
            return True  # "annualized"
        return low.startswith("un") and _inflected_en(low[2:])  # "unwanted"
    return False


def _unknown_plural(doc: Doc, low: str) -> bool:
    """Whether an English word is a plural unknown to the lemmatiser whose singular occurs."""
    if not low.endswith("s") or low.endswith("ss") or low[:-1] not in doc.lowers:
        return False
    return not is_known(low, lang="en")


def _irregular_verb(low: str, lemma_: str) -> bool:
    """Whether the lemma changes the stem ("grew" -> "grow"): a verb form, not a noun plural."""
    k = len(lemma_) - 1
    return lemma_ != low and (k < 2 or low[:k] != lemma_[:k])


def _fold_synonyms(doc: Doc, label: str) -> str:
    """Canonical form of a compound whose modifier has a synonym ("Nuklear-" -> "Atom-")."""
    low = label.lower()
    for variant, canonical in doc.words.compound_synonyms:
        if low.startswith(variant) and len(low) > len(variant) + 2:
            return (canonical + low[len(variant) :]).capitalize()
    return label


#: A weekday and a time of day ("Donnerstagmorgen"): when something happened, no topic.
_DAY_TIME_RE = re.compile(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"-?(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)(?:e|en|s)?"
)
#: Gender-inclusive endings of German nouns for people ("StudentInnen", "Lehrer/innen",
#: "Kolleg_innen"); "Lehrer:innen" and "Bürger*innen" the tokenizer already splits.
_INCLUSIVE_RE = re.compile(r"(?<=[a-zäöüß])(?:[/_]innen|[/_]in|Innen|In)$")
#: Endings of the plain noun that may carry them ("Student", "Lehrer"; not "CheckIn"), and
#: those whose noun adds an "-e" ("KollegInnen" -> "Kollege", "PsychologInnen" -> "Psychologe").
_PERSON_NOUN_ENDINGS_DE = ("er", "ent", "ant", "or", "ist", "eur", "at", "ling", "graf")
_PERSON_NOUN_E_DE = ("eg", "log", "ert")


def _plain_person_noun(text: str) -> str:
    """A German noun for people without its gender-inclusive ending ("StudentInnen")."""
    stem = _INCLUSIVE_RE.sub("", text)
    if stem == text:
        return text
    if stem.lower().endswith(_PERSON_NOUN_E_DE):
        return stem + "e"
    return stem if stem.lower().endswith(_PERSON_NOUN_ENDINGS_DE) else text


def _german_key(doc: Doc, i: int) -> str | None:
    """Keyphrase label of a German noun token, or None when it is no noun."""
    tok = doc.tokens[i]
    text = tok.text
    if text.endswith("-"):
        # elliptic compound: "Atom- und Raketenprogramm" -> "Atomprogramm"
        toks = doc.tokens
        k = i + 1
        while k < len(toks) and toks[k].lower in _ELLIPSIS_JOINERS:
            k += 1
        if k == i + 1 or k >= len(toks) or not toks[k].cap or toks[k].para != tok.para:
            return None
        head_lemma = lemma(toks[k].text.split("-")[-1], "de")
        head = compound_head(head_lemma)
        if head is None:
            return None
        return _fold_synonyms(doc, text[:-1] + head.lower())
    if "/" in text:
        return None  # a unit ("MBit/s", "Wh/kg") or a pair of names, no keyphrase
    if "-" in text:
        parts = text.split("-")
        if all(p.lower() in doc.words.generic for p in parts):
            return None  # "Januar-März", "Montag-Freitag": a range of generic words
        head_lemma = _nominal_adjective(parts[-1], lemma(parts[-1], "de")) if parts[-1] else ""
        if not head_lemma[:1].isupper() or len(head_lemma) < 3:
            return None
        if doc.compound_entity[i] or all(is_code(p.lower()) or p.isdigit() for p in parts[:-1]):
            return head_lemma  # "NATO-Gipfel" credits NATO; "GB-Datenvolumen" is "Datenvolumen"
        return "-".join([*parts[:-1], head_lemma])
    plain = _plain_person_noun(text)  # "StudentInnen" -> "Student"
    if plain != text:
        return _fold_synonyms(doc, plain)  # already the singular ("Psychologe", not "Psycholog")
    stem = _superlative_stem(tok.lower)
    if stem is not None:
        prev = doc.tokens[i - 1].lower if i > 0 else ""
        if prev in _NEUTER_ARTICLES_DE:
            return None  # "das Schlimmste", "das Wichtigste": something, no topic
        # people named by a superlative ("die Reichsten") are shown in the "-e" form
        return text[: len(stem)] + "e"
    lm = _nominal_adjective(text, _compound_lemma(text))
    if not lm[:1].isupper():
        return None  # adjective / verb / adverb at a sentence start
    return _fold_synonyms(doc, lm)


_UMLAUTS = str.maketrans("äöü", "aou")
#: Articles of a neuter singular noun: a superlative after them names a thing.
_NEUTER_ARTICLES_DE = frozenset(("das", "dem", "des", "am", "beim", "vom", "zum", "ins", "aufs"))


def _superlative_stem(lower: str) -> str | None:
    """The stem of a lower-case German superlative ("schlimmsten" -> "schlimmst"), else None."""
    if "st" not in lower[-5:] and "ßt" not in lower[-5:]:
        return None  # most nouns: no "-st-" before an ending
    for ending in ("e", "en", "er", "es", "em"):
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or not stem.endswith(("st", "ßt")):
            continue
        adjective = lemma(lower, "de")
        if not adjective.islower() or adjective == lower:
            return None  # "liste", "kosten": the lemma data knows no adjective here
        base = stem[:-1] if stem.endswith("ßt") else stem[:-2].removesuffix("e")
        # "schlimmst" -> "schlimm", "neuest" -> "neu", "größt" -> "groß", "höchst" -> "hoch"
        return stem if base.translate(_UMLAUTS) == adjective.translate(_UMLAUTS) else None
    return None


def _compound_lemma(text: str) -> str:
    """Lemma of a German noun; an unknown compound is lemmatised by its head.

    simplemma knows "Spritzen" but not "Abnehmspritzen": "Abnehm" + "Spritze". A word it
    knows as its own lemma keeps it: "Unentschieden" is no plural of "Unentschied".
    """
    lm = lemma(text, "de")
    if lm != text or len(text) < 8 or not text.isalpha() or is_known(text, lang="de"):
        return lm
    head = compound_head(text, min_modifier=3)
    if head is None:
        return lm
    head_lemma = lemma(head, "de")
    if head_lemma != head and head_lemma[:1].isupper():
        return text[: len(text) - len(head)] + head_lemma.lower()
    return lm


def _nominal_adjective(text: str, lm: str) -> str:
    """One label for a German adjective or participle used as a noun: the plural-like "-e" form.

    The lemmatiser gives "Geflüchtete" -> "Geflüchteter" but "Geflüchteten" -> "Geflüchtete",
    and "Studierenden" -> "Studierend"; all become "Geflüchtete", "Studierende".
    """
    if text.endswith("e") and lm == text + "r":
        return text
    if text.endswith("en") and (lm == text[:-1] + "r" or (lm == text[:-2] and lm.endswith("nd"))):
        return text[:-1]
    # a participle used as a noun, alone or ending a compound the lemma data does not know:
    # "Verletzte" -> "verletzt", "Kongressabgeordneten" -> "Kongressabgeordnet",
    # "Landtagsabgeordneter" -> itself; all become the "-e" form
    for ending in ("en", "er", "e"):
        forms = (text, text[: -len(ending)], text[:-1] + "r")
        if text.endswith(ending) and lm.lower() in (f.lower() for f in forms):
            base = text[: -len(ending)]
            head = compound_head(base, min_modifier=3)
            if _participle(base.lower()) or (head is not None and _participle(head.lower())):
                return base + "e"
    return lm


_INSEPARABLE = ("be", "ver", "ent", "er", "zer", "emp", "miss")  # verb prefixes without "ge-"


def _participle(word: str) -> bool:
    """Whether a lower-cased German word is a weak verb's past participle ("verletzt",
    "abgeordnet", "angestellt"), not a noun's stem ("vertret" of "Vertreter")."""
    verb = lemma(word, "de")
    if verb == word or not verb.endswith("en") or not verb.islower():
        return False
    stem = verb[:-2]
    forms = (stem + "t", stem + "et")
    if "ge" in word and word.replace("ge", "", 1) in forms:
        return True  # "gesprengt", "abgeordnet", "angestellt"
    # without "ge-" only after an inseparable prefix or in "-ieren" ("kost" is no "kosen")
    return word in forms and (word.startswith(_INSEPARABLE) or stem.endswith("ier"))


#: Words before an English adjective used predicatively or graded ("is worth", "very warm").
_ADJ_CUES_EN = frozenset(
    """very so too really extremely quite pretty fairly rather less least more most is was are
    were be been being become became seem seems seemed look looks looked feel feels felt remain
    remains stay stays keep keeps kept""".split()  # noqa: SIM905 - a readable word list
)
#: Endings only nouns have: such a word after "to" is no verb ("obstacle to innovation"); not
#: "-ment", "-ance", "-ence" ("to implement", "to enhance").
_ABSTRACT_NOUN_SUFFIXES_EN = ("tion", "sion", "ness", "ity", "ism", "ship", "hood")
#: English noun endings: such a word is a noun even after "is" ("the issue is violence").
_NOUN_SUFFIXES_EN = (
    *_ABSTRACT_NOUN_SUFFIXES_EN, "ment", "ence", "ance", "er", "or", "ist", "age", "ure", "cy",
    "ry", "logy",
)  # fmt: skip
#: English adjective endings; a word with one that never ends a phrase is no topic alone.
_ADJ_SUFFIXES_EN = ("ive", "ic", "al", "ous", "ful", "less", "able", "ible", "ary", "ical", "ern")
#: Words that follow a noun ending its phrase ("the plan of", "police said").
_PHRASE_END_NEXT_EN = frozenset(
    """of to in on for and or is are was were has have had will would that who which with at by
    from said says as after before over into could can may might should must""".split()  # noqa: SIM905 - a readable word list
)


def _ends_phrase(doc: Doc, positions: Iterable[int]) -> bool:
    """Whether an English word ends a noun phrase once: punctuation or a function word next."""
    toks = doc.tokens
    for i in positions:
        if i + 1 >= len(toks):
            return True
        nxt = toks[i + 1]
        # a quote may follow an adjective too ("'pragmatic' policies"); a comma may not
        if nxt.para != toks[i].para or nxt.start or nxt.clause or nxt.lower in _PHRASE_END_NEXT_EN:
            return True
    return False


def _credit_acronyms(doc: Doc, acronyms: dict[str, list[int]]) -> None:
    """Credit a code that opens several compounds ("LTE-Patent", "LTE-Netzen") as a topic.

    Codes the gazetteer knows ("EU-", "NATO-") were credited by the gazetteer pass already.
    """
    for code, occ in acronyms.items():
        occ = [i for i in occ if not doc.compound_entity[i]]
        if len(occ) < 2:
            continue
        key = "n:" + code.lower()
        acc = doc.acc.get(key)
        kind: EntityKind = acc.kind if acc is not None else "keyphrase"
        for i in occ:
            doc.add(key, kind, code, i, KEYPHRASE_W * _MODIFIER_W, vote=0.0 if acc else 1.0)


def _join_trigrams(bigrams: dict[str, list[int]], shown_as: dict[str, str]) -> None:
    """Two English phrases that always overlap in one word are one phrase of three ("neural
    crest" and "crest cell" -> "neural crest cell", "confidential human source"); a phrase
    always followed by another that also stands alone joins it and leaves it be ("nationwide
    distance" -> "nationwide distance learning" beside "distance learning")."""
    by_first: dict[str, list[str]] = {}  # a phrase's first word -> the phrases opening with it
    for phrase in bigrams:
        by_first.setdefault(phrase.split()[0], []).append(phrase)
    for first, occ in list(bigrams.items()):
        if first not in bigrams or len(occ) < 2:
            continue
        for second in by_first.get(first.split()[-1], ()):
            if second == first or second not in bigrams:
                continue
            after = {i + 1 for i in occ}
            if not after <= set(bigrams[second]):
                continue
            phrase = f"{first} {second.split()[1]}"
            bigrams[phrase] = occ
            shown = shown_as.get(first, first).split() + shown_as.get(second, second).split()[1:]
            if " ".join(shown) != phrase:
                shown_as[phrase] = " ".join(shown)
            del bigrams[first]
            if after == set(bigrams[second]):
                del bigrams[second]
            # else "distance learning" stands alone too; "nationwide distance" never does
            break


def _attributive_de(doc: Doc, i: int) -> bool:
    """Whether a capitalised German adjective stands before a noun ("der Islamischen
    Republik", "Vereinten Nationen"), not for a noun of its own ("die Studierenden")."""
    toks = doc.tokens
    if i + 1 >= len(toks) or "-" in toks[i].text:
        return False
    low, nxt = toks[i].lower, toks[i + 1]
    lm = lemma(low, "de")
    if lm == low or not lm.isalpha() or fold_word_de(low) != lm:
        return False  # no adjective with an ending ("Urteil" is no form of "urteilen")
    return (
        nxt.cap
        and not (nxt.sep or nxt.start)
        and nxt.para == toks[i].para
        and german_noun(nxt.text)
    )


def _hyphen_modifier(doc: Doc, i: int) -> str | None:
    """The lemmatised first part of a German hyphenated compound ("Kokain-Verherrlichung")."""
    tok = doc.tokens[i]
    if "-" not in tok.text or doc.compound_entity[i]:
        return None
    mod = tok.text.split("-", 1)[0]
    if len(mod) < 3 or not mod[:1].isupper() or mod.isupper():
        return None
    return lemma(mod, "de")


#: Determiners before an English "-ing" form that make it a noun's modifier ("the banking").
_DETERMINERS_EN = frozenset(
    ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those")
)
#: Words after an English "-ing" form that make it a verb with an object ("making the").
_OBJECT_NEXT_EN = _DETERMINERS_EN | frozenset(
    "my your them it him us me some any all out up down off to".split()  # noqa: SIM905 - a readable word list
)


def _gerund_modifier(doc: Doc, i: int) -> bool:
    """Whether an English "-ing" form opens a noun phrase after a determiner ("the banking
    sector", "a shooting victim"), not a verb after its subject ("police investigating")."""
    return i > 0 and doc.tokens[i - 1].lower in _DETERMINERS_EN and not doc.tokens[i].sep


def _gerund_head(doc: Doc, i: int, prev: tuple[int, str, bool]) -> bool:
    """Whether an English "-ing" form heads a noun phrase with the word before it ("human
    smuggling", "methanol poisoning"), not a participle after a subject ("protesters gathering
    outside", "police investigating the case")."""
    toks = doc.tokens
    if prev[0] != i - 1 or toks[i].sep or prev[2]:
        return False
    if toks[i - 1].lower != prev[1].lower():
        return False  # a plural or inflected subject ("protesters", "families"): a participle
    low = toks[i].lower
    if _lemma_en(low) in doc.words.verbs_en and low not in doc.words.gerunds_en:
        return False  # "a smell coming from": a verb that names no activity of its own
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.para != toks[i].para or nxt.lower not in _OBJECT_NEXT_EN


def _credit_verb_nouns(doc: Doc) -> None:
    """Credit the noun of a verb that says what happened in the title or first paragraph
    ("Donald Sutherland ist tot" -> "Tod"; ``verb_nouns.txt``)."""
    forms = doc.words.verb_nouns.get(doc.lang)
    if not forms:
        return
    for i, tok in enumerate(doc.tokens):
        if tok.para > 0:
            break  # the title (-1) and the first paragraph (0) come first
        noun = forms.get(tok.lower)
        if noun is not None:
            doc.add("k:" + noun.lower(), "keyphrase", noun, i, KEYPHRASE_W)


def _action_nouns(lower: str) -> tuple[str, ...]:
    """The "-ung" nouns a German verb form may stand for ("aufarbeiten" -> "aufarbeitung")."""
    lm = lemma(lower, "de")
    if not lm.islower():
        return ()
    if lm.endswith("iert"):
        return (lm[:-1] + "ung",)  # an unknown participle: "evakuiert" -> "evakuierung"
    if lm.endswith(("eln", "ern")):
        return (lm[:-3] + lm[-2] + "ung", lm[:-1] + "ung")  # "sammlung", "forderung"
    if lm.endswith("en"):
        return (lm[:-2] + "ung",)
    return ()


def _credit_action_nouns(doc: Doc) -> None:
    """A verb in the title or first paragraph credits its "-ung" noun when the story uses the
    noun too ("Landeskirche will Missbrauch aufarbeiten" ... "die Aufarbeitung"); a form
    ``verb_nouns.txt`` lists has credited its noun already ("entlassen")."""
    listed = doc.words.verb_nouns.get(doc.lang, {})
    for i, tok in enumerate(doc.tokens):
        if tok.para > 0:
            break
        if tok.cap or len(tok.lower) < 5 or tok.lower in doc.stop or tok.lower in listed:
            continue
        for noun in _action_nouns(tok.lower):
            acc = doc.acc.get("k:" + noun)
            if acc is not None and acc.kind == "keyphrase":
                doc.add("k:" + noun, "keyphrase", acc.label, i, KEYPHRASE_W)
                break


_LINKED_MIN = 9  # letters of a compound whose linking "s" may come and go


def _fold_linking_s(doc: Doc) -> None:
    """One topic for a German compound written with and without its linking "s"
    ("Werksschließung", "Werkschließung"): the form written more often keeps the evidence."""
    keys = [k for k in doc.acc if k.startswith("k:") and len(k) - 2 >= _LINKED_MIN + 1]
    for key in keys:
        low = key[2:]
        if key not in doc.acc or " " in low or "-" in low:
            continue
        for p in range(4, len(low) - 4):
            other = "k:" + low[:p] + low[p + 1 :]
            if low[p] != "s" or low[p - 1] == "s" or other not in doc.acc:
                continue
            keep, drop = (key, other)
            if (doc.acc[other].count, doc.acc[other].weight) > (
                doc.acc[key].count,
                doc.acc[key].weight,
            ):
                keep, drop = other, key
            doc.merge(drop, keep, vote_cap=0.0)  # both keyphrases: no kind to vote for
            break


def _fold_name_heads(doc: Doc) -> None:
    """A German noun that ends the one institution, place or event name of the article stands
    for it ("der Wetterdienst" after "Deutscher Wetterdienst", "den Veteranentag")."""
    heads = doc.name_heads(3, ("organization", "location", "event"))
    for key in [k for k in doc.acc if k.startswith("k:") and k[2:] in heads]:
        target = heads[key[2:]]
        if target is not None:  # a name of several words: never a keyphrase folded here
            doc.merge(key, target, vote_cap=0.0)  # the noun's keyphrase votes name no kind


def _fold_unknown_words_into_names(doc: Doc) -> None:
    """A word no dictionary knows is one name wherever it stands: its mentions with no cue
    ("im betroffenen Hualien") join those a cue made a name ("nahe Hualien")."""
    for key in [k for k in doc.acc if k.startswith("k:") and " " not in k]:
        target = "n:" + key[2:]
        if target in doc.acc and not is_known(doc.acc[key].label, lang="de"):
            doc.merge(key, target, vote_cap=0.0)  # the cue decides the kind


def _names_person(doc: Doc, i: int) -> bool:
    """Whether the role word at ``i`` introduces a person rather than being a topic itself.

    An office or rank always does ("the minister"); a profession only before a name
    ("Psychologe Max Muster", but "ein Psychologe sagte").
    """
    tok = doc.tokens[i]
    if not doc.words.is_profession(tok.lower):
        return True
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.para == tok.para and not nxt.sep and nxt.cap


def _role_follows(doc: Doc, i: int) -> bool:
    """Whether a role word ("minister", "secretary") follows token ``i`` in the same phrase."""
    if i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[i + 1]
    return nxt.para == doc.tokens[i].para and not nxt.sep and is_role(doc.words, nxt.lower)


def keyphrase_pass(doc: Doc) -> None:
    """Credit content nouns (German) or content words and bigrams (English)."""
    words = doc.words
    cands: dict[str, list[tuple[int, bool]]] = {}
    bigrams: dict[str, list[int]] = {}
    shown_as: dict[str, str] = {}  # English phrase -> its form with a capital ("Jewish group")
    weak_mod: set[str] = set()  # English phrases with a generic modifier ("strong storm")
    verbish: dict[str, int] = {}  # English: verb-context minus noun-context occurrences
    adjish: set[str] = set()  # English: seen after an intensifier or copula ("so warm")
    before_role: set[int] = set()  # English: mentions right before a role word
    nounish: set[str] = set()  # English: seen as a plural or a determiner's whole phrase
    determined: set[str] = set()  # English: seen right after a determiner ("the remains")
    prev_en: tuple[int, str, bool] | None = None
    modifiers: dict[str, list[int]] = {}
    acronyms: dict[str, list[int]] = {}  # German: codes opening hyphenated compounds
    for i, tok in enumerate(doc.tokens):
        if doc.used[i] and not doc.compound_entity[i]:
            prev_en = None
            continue
        if (
            not tok.text[:1].isalpha()
            or tok.upper
            or tok.lower in doc.stop
            # a user name or code ("acebush1", "ps5"), no word of the language
            or (not tok.cap and any(c.isdigit() for c in tok.text))
        ):
            prev_en = None
            continue
        label: str | None
        if doc.lang == "en":
            if tok.cap and not tok.start:
                # "the Jewish community": a capitalised adjective may open a phrase, no more
                prev_en = (i, tok.text, False) if attributive_adjective(doc, i) else None
                continue
            low = tok.lower
            if len(low) < 3 or _inflected_en(low) or "'" in low or "’" in low:
                prev_en = None
                continue
            if ing_verb_form(low):
                if prev_en is not None and _gerund_head(doc, i, prev_en):
                    # "human smuggling", "distance learning": a gerund heads a phrase, never
                    # stands alone ("saying")
                    phrase = f"{prev_en[1]} {low}"
                    bigrams.setdefault(phrase.lower(), []).append(i - 1)
                    if phrase != phrase.lower():
                        shown_as[phrase.lower()] = phrase
                    prev_en = None
                elif _gerund_modifier(doc, i):
                    prev_en = (i, low, False)  # "the banking sector", "processing times"
                else:
                    prev_en = None
                continue
            head, _, last = low.rpartition("-")
            if head and last.endswith("ing"):
                label = low  # "asylum-seeking": a modifier keeps its form
            else:
                label = (f"{head}-" if head else "") + _lemma_en(last)
            if label == low and _unknown_plural(doc, low):
                label = low[:-1]  # a plural the lemmatiser does not know ("airers")
            if label in doc.stop or _irregular_verb(low, label) or low in _PAST_TENSES_EN:
                prev_en = None
                continue
            # generic words ("rate", "report") are no topic alone but head a phrase
            # ("interest rate", "jobs report")
            generic = label in words.generic or (words.is_role(label) and _names_person(doc, i))
            before = doc.tokens[i - 1].lower if i > 0 and not tok.sep else ""
            if before in _VERB_CUES_EN:
                verbish[label] = verbish.get(label, 0) + 1
            elif before in _NOUN_CUES_EN:
                verbish[label] = verbish.get(label, 0) - 1
                determined.add(label)
                if _ends_phrase(doc, (i,)):
                    nounish.add(label)  # "the violence.", "a threat to"
            elif before in _ADJ_CUES_EN:
                adjish.add(label)  # "very warm", "is worth", "looks nice"
            if low.endswith("s") and not low.endswith(("ss", "us", "is")):
                nounish.add(label)  # a plural ("riots", "grifters") is a noun
            if _role_follows(doc, i):
                before_role.add(i)  # "the prime minister"
            verb = label in words.verbs_en  # "court hears", "experts recommend": no phrase
            if (
                prev_en is not None
                and prev_en[0] == i - 1
                and not tok.sep
                and not (generic and prev_en[2])
                and not verb
            ):
                phrase = f"{prev_en[1]} {label}"
                # "Jewish groups" mid-sentence and "jewish groups" opening one are one phrase
                key = phrase.lower()
                bigrams.setdefault(key, []).append(i - 1)
                if phrase != key:
                    shown_as[key] = phrase
                if prev_en[1].lower() in words.generic:
                    weak_mod.add(key)  # "strong storm"; a role ("executive order") is no weak word
            # a copula opens no phrase: "supply remains elusive" has no "remains elusive"
            prev_en = None if low in _ADJ_CUES_EN or verb else (i, label, generic)
            if generic:
                continue
        else:
            code = tok.text.split("-", 1)[0] if "-" in tok.text else ""
            if (
                2 <= len(code) <= 5
                and code.isupper()
                and code.isalpha()
                and not is_code(code.lower())
            ):
                acronyms.setdefault(code, []).append(i)  # "LTE-Patent", "LTE-fähig", "HTS-Chef"
            if not tok.cap or len(tok.lower) < 2:
                continue
            office = _office_named(doc, i)
            if is_role(words, tok.lower) and not office and _names_person(doc, i):
                mod = _hyphen_modifier(doc, i)
                if mod is not None:  # "Regenwald-Aktivist" still names the rain forest
                    modifiers.setdefault(mod, []).append(i)
                continue
            if _attributive_de(doc, i):
                continue  # "der Islamischen Republik": an adjective inside a name
            label = _german_key(doc, i)
            if (
                label == tok.text[:-1]
                and tok.text.endswith("e")
                and (doc.adjacent("eine", tok.lower) or doc.adjacent("einer", tok.lower))
            ):
                # a noun in -e the article writes after "eine"/"einer" is singular, so the form
                # is its own lemma: "eine Granate" (the lemma data's "Granat" is another word)
                label = tok.text
            if label is None or label.lower() in words.generic or label.lower() in doc.stop:
                continue
            if _DAY_TIME_RE.fullmatch(label.lower()):
                continue  # "Donnerstagmorgen", "Mittwochnachmittag": when, not what
            if words.is_office(label.lower()) and not office:
                continue
        cands.setdefault(label, []).append((i, tok.start))
        if doc.lang == "de":
            mod = _hyphen_modifier(doc, i)
            if mod is not None:
                modifiers.setdefault(mod, []).append(i)
    # a phrase seen twice (once in the body) is a topic; its words then no longer count alone
    covered: set[int] = set()
    if doc.lang == "en":
        _join_trigrams(bigrams, shown_as)
    for phrase, occ_i in bigrams.items():
        # a generic modifier ("interest rate", but also "strong storm") needs more evidence
        need = 3 if phrase in weak_mod else 2
        if len(occ_i) >= need and any(doc.tokens[i].para >= 0 for i in occ_i):
            for i in occ_i:
                doc.add("k:" + phrase, "keyphrase", shown_as.get(phrase, phrase), i, _BIGRAM_W)
                covered.update(range(i, i + len(phrase.split())))
    _credit_acronyms(doc, acronyms)
    for label, occ in cands.items():
        if (
            doc.lang == "en"
            and label.endswith(_ADJ_SUFFIXES_EN)
            and not _ends_phrase(doc, (i for i, _ in occ))
        ):
            continue  # an adjective before its noun ("generative AI", "criminal gangs")
        occ = [(i, s) for i, s in occ if i not in covered]
        if doc.lang == "de" and words.is_office(label.lower()) and len(occ) < _OFFICE_MENTIONS:
            continue  # an office is a topic when the story keeps naming it
        non_start = [i for i, s in occ if not s]
        in_body = [i for i, _ in occ if doc.tokens[i].para >= 0]
        # a long compound or phrase named only in the title ("Selbstbestimmungsgesetz") is the
        # story's subject even when the body says "das Gesetz"
        title_only = len(label) >= _TITLE_ONLY_LEN and bool(non_start)
        if (
            doc.lang == "en"
            and label in adjish
            and label not in nounish
            and not label.endswith(_NOUN_SUFFIXES_EN)
        ):
            continue  # an adjective ("warm", "difficult", "worth") the article never uses as a noun
        if doc.lang == "en" and label in _ADJ_CUES_EN and label not in determined:
            continue  # a copula ("electricity remains elusive"), unless "the remains", "a look"
        if not non_start or not (in_body or title_only):
            continue
        if verbish.get(label, 0) > 0 and not label.endswith(_ABSTRACT_NOUN_SUFFIXES_EN):
            continue  # "to offer", "they seek"; but "obstacle to innovation" is a noun
        if occ and all(i in before_role for i, _ in occ):
            continue  # "prime" in "the prime minister": part of the role
        kind: EntityKind = "keyphrase"
        low = label.lower()
        # "Pressekonferenz": an event word, but one that happens in every story
        if doc.lang == "de" and words.is_event_word(low) and not is_common(low):
            kind = "event"
        for i, _ in occ:
            doc.add("k:" + low, kind, label, i, KEYPHRASE_W)
        if doc.lang == "de":
            shown = phrase_label(doc, label, [i for i, _ in occ])
            if shown is not None:
                doc.phrases[label] = shown
        for i in modifiers.get(label, ()):
            doc.add("k:" + low, kind, label, i, KEYPHRASE_W * _MODIFIER_W)
    if doc.lang == "de":
        _fold_linking_s(doc)
        _fold_name_heads(doc)
        _fold_unknown_words_into_names(doc)
    _credit_verb_nouns(doc)
    if doc.lang == "de":
        _credit_action_nouns(doc)
