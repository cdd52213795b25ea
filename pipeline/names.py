"""Unknown names: runs of capitalised words credited as person, organisation or location.

This module finds the runs (particles, appositions, sentence-initial words) and credits them;
:mod:`pipeline.name_kinds` decides their kind from cue words and shape, and
:mod:`pipeline.name_folds` folds the forms of one name (a bare surname, a club's short form)
into one topic.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import (
    POSSESSIVE,
    Token,
    fold_word_de,
    ing_verb_form,
    is_known,
    lemma,
    strip_possessive,
)
from pipeline.models import EntityKind
from pipeline.name_bounds import (
    ADJ_ENDINGS_EN,
    and_in_institution,
    apposition,
    attributive_adjective,
    cut_at_genitive,
    cut_common_noun_after_code,
    cut_noun_after_person,
    generic_in_name,
    inflected_compound,
    institution_compound,
    modifier_compound,
    noun_compound,
    noun_like,
    person_noun_lead,
    saint,
    stop_led_name,
)
from pipeline.name_kinds import (
    COMPASS_EN,
    GENERATIONAL,
    NOUN_SUFFIXES,
    WEAK_ORG,
    WEAK_PERSON,
    WEAK_VOTE,
    acronym_plural,
    classify,
    roman_numeral,
)
from pipeline.phrase_forms import after_determiner, inflected_adjective
from pipeline.topic_demote import is_credit
from pipeline.topic_doc import (
    ROLE_BONUS,
    Doc,
    genitive_variants,
    is_role,
    name_key,
)
from pipeline.topic_sport import sport_club_mention

__all__ = ["NOUN_SUFFIXES", "name_particles", "names_pass"]

_INITIAL_RE = re.compile(r"[^\W\d_]\.")  # one letter and its full stop
#: Five digits or more in a word: a serial, patent or case number ("EP2237607"), no name;
#: codes that are names keep their digits short ("H5N1", "A320", "COVID-19").
_SERIAL_RE = re.compile(r"\d{5}")
_DOMAIN_RE = re.compile(r"([^\W\d_][\w-]+)\.(?:de|com|net|org|at|ch|eu|co\.uk|uk|fr|it|io)")
_WEAK_KINDS = {WEAK_ORG: "organization", WEAK_PERSON: "person"}
#: "FC St. Pauli", "Jurgen den Hartog", "Gerard ter Horst", "Antonio dos Santos"
_NAME_PARTICLES_DE = frozenset(
    "von van der den ter ten de da dos du di del al bin el la le st".split()  # noqa: SIM905 - a readable word list
)
_NAME_PARTICLES_EN = _NAME_PARTICLES_DE | frozenset(("of", "for", "the"))
#: Verbs of English headlines, capitalised there and read as part of the name before them
#: ("Donna Kelce Calls Taylor Swift ...").
_HEADLINE_VERBS_EN = frozenset(
    (
        "calls",
        "says",
        "slams",
        "warns",
        "reveals",
        "admits",
        "claims",
        "blasts",
        "urges",
        "denies",
        "insists",
        "praises",
        "defends",
        "hits",
        "responds",
        "confirms",
        "announces",
        "unveils",
        "launches",
        "shares",
        "talks",
        "opens",
        "explains",
        "vows",
        "pledges",
        "rejects",
        "accuses",
        "sues",
        "quits",
        "joins",
        "wins",
        "loses",
        "dies",
        "reacts",
        "speaks",
        "breaks",
    )
)


def _participle_opener(doc: Doc, i: int) -> bool:
    """Whether an English sentence opens with a participle clause before a name ("Citing
    Walbidi, Kngwarreye and ..."): the verb is no part of the name. The clause ends in a
    comma; "Flushing Meadows is ..." and "Reading Council said" are names."""
    toks = doc.tokens
    if toks[i].upper or not ing_verb_form(toks[i].lower):
        return False  # "WARNING GRAPHIC DETAIL": a shouted label, handled as such
    j = i + 1
    while j < len(toks) and toks[j].cap and not toks[j].sep and toks[j].para == toks[i].para:
        j += 1
    return i + 1 < j < len(toks) and toks[j].clause and toks[j].para == toks[i].para


def _strip_genitive(
    doc: Doc, lower: str, length: int, *, person: bool = False, before_noun: bool = False
) -> str:
    """A name's last word without its genitive ending ("Starmer's", "Klopps" -> "Klopp").

    English ``'s`` is always dropped; a German ``-s`` when the bare form also occurs in
    the article (so that "Andreas" or "Max Weiss" keep theirs; a one-word name only before a
    noun: "Charlènes Zwillinge"), when a person's full name stands before a noun ("Robert
    Altmans Film"), or, in a name that is no person's, when a dictionary noun ends it ("des
    Hongkonger Gerichts"; "Keith Richards" stays).
    """
    if doc.lang == "en":
        return strip_possessive(lower)
    if len(lower) <= 4 or not lower.endswith("s") or (length == 1 and not before_noun):
        return lower
    if lower[:-1] in doc.lowers:
        return lower[:-1]
    if length == 1:
        return lower
    if person and before_noun and not lower.endswith(("ss", "us", "is", "os")):
        return lower[:-1]  # "Alan Pakulas Psychothriller"; "Andreas", "Markus" stay
    # a dictionary noun ends the name: "des Hongkonger Gerichts" -> "Hongkonger Gericht"
    if not person:
        lm = lemma(lower.capitalize(), "de").lower()
        if lm in (lower[:-1], lower[:-2]):
            return lm
    return lower


def _noun_follows(doc: Doc, k: int) -> bool:
    """Whether a German common noun, no role, follows token ``k`` ("Altmans Militär-Satire")."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if (
        not nxt.cap
        and k + 2 < len(toks)
        and nxt.para == toks[k].para
        and not nxt.sep
        and inflected_adjective(nxt.lower)
    ):
        # "Alexander McQueens neuem Kreativdirektor": an adjective between makes a genitive,
        # even before a role
        nxt = toks[k + 2]
        return nxt.para == toks[k].para and not nxt.sep and nxt.cap and noun_like(nxt.text)
    if nxt.para != toks[k].para or nxt.sep or not nxt.cap or is_role(doc.words, nxt.lower):
        return False  # "Corinna Budras Wirtschaftskorrespondentin": a byline, no genitive
    return noun_like(nxt.text)


def _adjective_and_word(doc: Doc, first: Token, second: Token) -> bool:
    """Whether two English capitalised words are a modifier and a word ("Social Security")."""
    if doc.lang != "en" or not is_known(second.lower, lang="en"):
        return False
    # an adjective ("Social Security") or a plural after it ("Proud Boys", "First Nations")
    return first.lower.endswith(ADJ_ENDINGS_EN) or (
        second.lower.endswith("s") and not second.lower.endswith("ss")
    )


def _noun_after_article(doc: Doc, i: int) -> bool:
    """Whether German token ``i`` is a given name that is also a noun, after an article."""
    # the "noun:" words of org_words.txt ("Roman", "Mark")
    return doc.tokens[i].lower in doc.words.noun_names and after_determiner(doc, i)


def _peerage(doc: Doc, run: list[int]) -> str:
    """The title before a one-word name that belongs to it: an English peer's before any name
    ("Lord Woolf"), a royal's before a given name ("Fürstin Charlène"); '' otherwise."""
    if len(run) != 1 or run[0] == 0:
        return ""
    toks = doc.tokens
    tok, prev = toks[run[0]], toks[run[0] - 1]
    if prev.para != tok.para or tok.sep or not prev.cap:
        return ""
    if doc.lang == "en" and prev.lower in doc.words.peer_titles:
        return prev.text
    if prev.lower in doc.words.royal_titles and tok.lower in doc.words.first_names:
        return prev.text
    return ""


def _institution_of(doc: Doc, run: list[int]) -> bool:
    """Whether a run names an institution "of" something: an organisation or place word
    right before an "of" inside it ("Gallery of", "University of")."""
    toks = doc.tokens
    return any(toks[k].lower == "of" and _named_head(doc, toks[k - 1].lower) for k in run[1:-1])


def _role_surname(doc: Doc, run: list[int], k: int) -> bool:
    """Whether the role word at ``k`` is the surname of the given name before it: no further
    capitalised word follows ("Tessa Bishop, Head of Sales", "Anna König sagte")."""
    toks = doc.tokens
    if len(run) != 1 or toks[run[0]].lower not in doc.words.first_names:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or after.para != toks[k].para or after.sep or not after.cap


def _capital_adjective_elsewhere(doc: Doc, i: int) -> bool:
    """Whether the German adjective opening a sentence at token ``i`` stands capitalised
    before the same word mid-sentence elsewhere: part of a name, not of the sentence."""
    toks = doc.tokens
    stem, nxt = fold_word_de(toks[i].lower), toks[i + 1].lower
    return any(
        t.cap and not t.start and fold_word_de(t.lower) == stem and toks[k + 1].lower == nxt
        for k, t in enumerate(toks[:-1])
        if k != i
    )


def _adjective_stem(lower: str) -> str:
    """A German word inside a name without its adjective ending ("nationalen" -> "national");
    other words as they are ("neue" is an adjective, "berliner" and "bayern" are not folded)."""
    stem = fold_word_de(lower)
    return stem if stem != lower and lemma(lower, "de") == stem else lower


#: Abbreviations shown with their full stop in a name ("St. Pauli", "Al Unser Jr.").
_ABBREVIATED = {"st": "St.", **{g: f"{g.capitalize()}." for g in GENERATIONAL}}


def _institution_genitive(doc: Doc, lower: str) -> bool:
    """Whether a lower-cased German word is an institution's compound in the genitive
    ("landgerichts"; "landgericht" is the nominative)."""
    return (
        lower.endswith("s")
        and institution_compound(doc, lower)
        and not lower.endswith(doc.words.org_suffixes)
    )


def name_particles(doc: Doc) -> frozenset[str]:
    """Lower-case words that may stand inside a name of the article's language."""
    return _NAME_PARTICLES_EN if doc.lang == "en" else _NAME_PARTICLES_DE


def _common_opener(doc: Doc, run: list[int]) -> bool:
    """Whether a run is one common word opening a sentence ("Construction for the Los Angeles
    Coliseum began"): no institution's name ("University of Oxford") continues from it."""
    tok = doc.tokens[run[0]]
    if len(run) > 1 or not tok.start:
        return False
    words = doc.words
    low = tok.lower
    return (
        low not in words.org_words
        and low not in words.place_words
        and not low.endswith(words.org_suffixes)
    )


def _named_head(doc: Doc, lower: str) -> bool:
    """Whether a generic word ends a longer name as its head ("Group", "Pass", English "Day")."""
    words = doc.words
    if lower in words.org_words or lower in words.place_words:
        return True
    return doc.lang == "en" and lower in words.event_words


def _opens_title(doc: Doc, run: list[int]) -> bool:
    """Whether an English run of title words stands before a role word ("Deputy Prime"),
    or of title and portfolio words before a minister's ("Shadow Education Secretary")."""
    toks = doc.tokens
    end = run[-1] + 1
    if doc.lang != "en" or end >= len(toks) or toks[end].sep or toks[end].para != toks[run[0]].para:
        return False
    role = toks[end].lower
    if not is_role(doc.words, role):
        return False
    titles = doc.words.title_words
    if all(toks[k].lower in titles for k in run):
        return True
    return role in doc.words.portfolio_roles and all(
        toks[k].lower in titles or _portfolio(doc, toks[k].lower) for k in run
    )


def _portfolio(doc: Doc, lower: str) -> bool:
    """Whether an English word can name a minister's portfolio: a dictionary word that is no
    place or institution word ("education", "health"; not "Labour", "Treasury")."""
    words = doc.words
    return (
        is_known(lower, lang="en")
        and lower not in words.org_words
        and lower not in words.place_words
        and (lower,) not in doc.gaz.aliases["en"]  # "Treasury", "Pentagon", any place
    )


def names_pass(doc: Doc) -> None:
    """Find runs of capitalised words not in the gazetteer and classify them."""
    toks = doc.tokens
    words = doc.words
    particles = name_particles(doc)
    n = len(toks)
    pending: list[int] = []
    unresolved: list[list[int]] = []
    i = 0
    while i < n:
        tok = toks[i]
        if (
            doc.used[i]
            or doc.compound_entity[i]
            or not tok.cap
            or (tok.lower in doc.stop and not stop_led_name(doc, i) and not saint(doc, i))
            or is_role(words, tok.lower)
            or tok.text.endswith("-")
            or _SERIAL_RE.search(tok.text)
            or (doc.lang == "en" and tok.lower in _HEADLINE_VERBS_EN)
            or (doc.lang == "en" and tok.start and _participle_opener(doc, i))
            or (doc.lang == "en" and modifier_compound(tok.text))
            # "July-September", "Montag-Freitag": a range of generic words names nothing
            or ("-" in tok.text and all(p in words.generic for p in tok.lower.split("-")))
            or (doc.lang == "de" and (noun_compound(doc, tok) or inflected_compound(doc, tok)))
        ):
            i += 1
            continue
        run = [i]
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            if (
                toks[j].lower.endswith(POSSESSIVE)  # "Pakistan's Prime Minister"
                or nxt.para != tok.para
                or nxt.start
                or nxt.sep
                or doc.used[j + 1]
                or doc.compound_entity[j + 1]
                or _SERIAL_RE.search(nxt.text)
            ):
                break
            if doc.lang == "en" and nxt.lower in _HEADLINE_VERBS_EN:
                break  # "Donna Kelce Calls ...": a headline verb ends the name
            if (
                nxt.cap
                # German "I" is no pronoun: "Klade I", "Landgericht München I"
                and (nxt.lower not in doc.stop or (doc.lang == "de" and roman_numeral(nxt.text)))
                and (not is_role(words, nxt.lower) or _role_surname(doc, run, j + 1))
                and not nxt.text.endswith("-")
            ):
                run.append(j + 1)
                j += 1
                continue
            # two particles may open a surname: "van der Leyen", "de la Cruz", "van den Berg"
            m = j + 2
            if (
                m + 1 < n
                and nxt.lower in particles
                and toks[m].lower in particles
                and not toks[m].sep
            ):
                m += 1
            if (
                (nxt.lower in particles or and_in_institution(doc, run, nxt.lower))
                and m < n
                and toks[m].cap
                and not toks[m].start
                and not toks[m].sep
                and not doc.used[m]
                and (
                    doc.lang == "en" or nxt.lower == "st" or toks[run[0]].lower in words.first_names
                )
                # "Bank of Canada" joins, "Kaylee Goncalves of Rathdrum" does not: "of" follows
                # a word of the language in an institution's name, a surname in a person's
                and not (
                    nxt.lower in ("of", "for")
                    and (
                        not is_known(toks[j].lower, lang="en")
                        or toks[run[0]].lower in words.first_names
                        or _common_opener(doc, run)
                    )
                )
            ):
                k = m
                if nxt.lower in ("of", "for") and toks[k].lower == "the" and k + 1 < n:
                    k += 1
                    if not toks[k].cap or doc.used[k]:
                        break
                run.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        if doc.lang == "en" and modifier_compound(toks[run[-1]].text):
            i = run[-1] + 1  # "San Francisco-headquartered": a modifier, not a name
            continue
        if _opens_title(doc, run):
            i = run[-1] + 1  # "Deputy Prime" in "Deputy Prime Minister": part of the title
            continue
        if all(_INITIAL_RE.fullmatch(toks[k].text) for k in run):
            i = run[-1] + 1  # "P. aeruginosa": an abbreviated genus, or initials alone
            continue
        if any(is_credit(toks[k].text) for k in run):
            for k in run:  # "(Ron Johnson/AP)": a photo credit names the photographer
                doc.used[k] = True
            i = run[-1] + 1
            continue
        if doc.lang == "de":
            run = cut_noun_after_person(doc, cut_at_genitive(doc, run))
        # a German sentence may open with an adjective ("Westliche Geheimdienste"), unless the
        # article writes it with a capital mid-sentence too ("den Nationalen Veteranentag")
        if (
            tok.start
            and len(run) > 1
            and doc.lang == "de"
            and lemma(tok.text, "de")[:1].islower()
            and not _capital_adjective_elsewhere(doc, run[0])
        ):
            run = run[1:]
        person_like = any(toks[k].lower in words.first_names for k in run[:-1])
        while run and (
            (
                generic_in_name(doc, toks[run[-1]])
                and not person_like
                # an organisation or place word heads the name: "Tongzhou Group", "Eagle Pass";
                # an English event word a named day: "Memorial Day", "Fashion Week"
                and not (len(run) > 1 and _named_head(doc, toks[run[-1]].lower))
                # "Gallery of Aboriginal Art", "Museum of Modern Art": an institution's name
                and not _institution_of(doc, run)
            )
            or not toks[run[-1]].cap
        ):
            run.pop()  # "Age of Possibility" without its generic head is no "Age of"
        head = toks[run[-1]].lower if run else ""
        org_named = bool(head) and (head in words.org_words or head.endswith(words.org_suffixes))
        # "International Association of Machinists": an institution "of" something keeps it too
        org_named = org_named or _institution_of(doc, run)
        while (
            run
            and not org_named  # "National Statistics Institute" keeps its first word
            and toks[run[0]].lower in words.generic
            and toks[run[0]].lower not in doc.stop
            # "Bad Reichenhall": a place word opening the name is part of it
            and not (len(run) > 1 and toks[run[0]].lower in words.place_words)
            # "Social Security", "Proud Boys": without its first word no name is left
            and not (len(run) == 2 and _adjective_and_word(doc, toks[run[0]], toks[run[1]]))
            # "South Bank Show Awards", "West Bank": a compass word opens an English name
            and not (doc.lang == "en" and toks[run[0]].lower in COMPASS_EN)
            # "Call of Duty": a particle after it makes the generic word part of the name
            and not (len(run) > 1 and not toks[run[1]].cap)
        ):
            run = run[1:]
        if not run:
            i += 1
            continue
        # "Hersteller Bimota", "Marktplatz Wish": a German noun in apposition is a cue, not a name
        org_head = place_head = False
        if doc.lang == "de" and len(run) > 1 and apposition(doc, run[0], run[1]):
            lead = toks[run[0]].lower
            org_head = lead.endswith(words.org_heads) or lead in words.org_cues
            place_head = lead.rsplit("-", 1)[-1] in words.place_words  # "Maya-Stätte Uaxactun"
            run = run[1:]
        if doc.lang == "de":
            run = cut_common_noun_after_code(doc, run)
            if person_noun_lead(doc, run) or (len(run) > 1 and _noun_after_article(doc, run[0])):
                # "Lehrer Rejhan Nisic", "Meteorologin Corinna Borau"; "der Roman Noli Me
                # Tángere": a given name that is a noun too is the noun after an article
                run = run[1:]
        # "Landrat Ottmar Brümmerstedt": a name starts at its given name
        for k in range(1, len(run) - 1):
            if toks[run[k]].lower in words.first_names and toks[run[k - 1]].lower not in (
                words.first_names
            ):
                run = run[k:]
                break
        if len(run) == 1 and attributive_adjective(doc, run[0]):
            i = run[0] + 1  # "the Jewish community": an adjective, no name
            continue
        if toks[run[0]].start and len(run) == 1 and doc.lang == "de":
            pending.append(run[0])  # a sentence-initial word: a name only if seen elsewhere
            i = run[-1] + 1
            continue
        guess = classify(doc, run)
        domain = _DOMAIN_RE.fullmatch(toks[run[0]].text) if len(run) == 1 else None
        if domain is not None:
            guess = "organization"  # "Klarmobil.de": the firm behind the website
        if org_head and guess != "location":
            guess = "organization"  # "der Großbank HSBC", "Unternehmen Datang Mobile"
        elif place_head:
            guess = "location"
        if guess is None and len(run) > 1:
            unresolved.append(run)
        if guess is not None:
            vote = WEAK_VOTE if guess in (WEAK_ORG, WEAK_PERSON) else 1.0
            kind: EntityKind = _WEAK_KINDS.get(guess, guess)  # type: ignore[assignment]
            if kind == "location" and sport_club_mention(doc, run[0], len(run)):
                kind = "organization"  # "verliert bei Everton": the club
            lows = [toks[j].lower for j in run]
            label = "".join(
                (" & " if toks[j].amp else " ") * (j != run[0])
                + _ABBREVIATED.get(toks[j].lower, toks[j].text)
                for j in run
            )
            if domain is not None:
                label, lows = domain.group(1), [domain.group(1).lower()]
            if len(run) == 1 and acronym_plural(label, words.concept_acronyms):
                label, lows = label[:-1], [lows[0][:-1]]  # "PCs": one topic with "PC"
            variant = _strip_genitive(
                doc,
                lows[-1],
                len(run),
                person=kind == "person",
                before_noun=doc.lang == "de" and _noun_follows(doc, run[-1]),
            )
            if variant != lows[-1]:
                label = label[: len(label) - (len(lows[-1]) - len(variant))]
                lows[-1] = variant
            if doc.lang == "de" and len(run) > 1 and _institution_genitive(doc, lows[0]):
                # "des Landgerichts Itzehoe" is "Landgericht Itzehoe"
                first = lows[0]
                label, lows[0] = label[: len(first) - 1] + label[len(first) :], first[:-1]
            peer = _peerage(doc, run)
            if kind == "person" and peer:
                # "Lord Woolf": a peer is known by title and name
                label, lows = f"{peer} {label}", [peer.lower(), *lows]
            weight = 1.0 if kind != "organization" else 0.9
            if kind == "person" and doc.role_before(run[0]):
                weight *= ROLE_BONUS
            key_lows = lows
            if doc.lang == "de" and len(lows) > 1:
                # "Nationaler Veteranentag" and "den Nationalen Veteranentag": one name
                key_lows = [*(_adjective_stem(w) for w in lows[:-1]), lows[-1]]
            doc.add(name_key(key_lows), kind, label, run[0], weight, vote=vote)
            for j in run:
                doc.used[j] = True
        i = run[-1] + 1
    _credit_pending(doc, pending)
    _credit_unresolved(doc, unresolved)


def _credit_unresolved(doc: Doc, runs: list[list[int]]) -> None:
    """Credit runs left unclassified that repeat a name classified elsewhere ("Datang Mobile")."""
    for run in runs:
        if any(doc.used[j] for j in run):
            continue
        key = name_key(doc.tokens[j].lower for j in run)
        acc = doc.acc.get(key)
        if acc is not None:
            doc.add(key, acc.kind, acc.label, run[0], 1.0, vote=0.0)
            for j in run:
                doc.used[j] = True


def _credit_pending(doc: Doc, pending: list[int]) -> None:
    """Credit sentence-initial German words that name an entity found elsewhere ("Lienz")."""
    for i in pending:
        tok = doc.tokens[i]
        for variant in genitive_variants(tok.lower, doc.lang):
            key = name_key([variant])
            acc = doc.acc.get(key)
            if acc is not None:
                doc.add(key, acc.kind, acc.label, i, 1.0, vote=0.0)
                doc.used[i] = True
                break
