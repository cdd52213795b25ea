"""Unknown names: runs of capitalised words credited as person, organisation or location.

This module finds the runs (particles, appositions, sentence-initial words) and credits them;
:mod:`pipeline.name_kinds` decides their kind from cue words and shape. A bare surname is folded
into the full name found elsewhere in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.gazetteer import (
    POSSESSIVE,
    Token,
    fold_word_de,
    german_noun,
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
    person_noun_lead,
    saint,
    stop_led_name,
)
from pipeline.name_kinds import (
    COMPASS_EN,
    GENERATIONAL,
    NOUN_SUFFIXES,
    ORG_HEADS_DE,
    WEAK_ORG,
    WEAK_PERSON,
    WEAK_VOTE,
    acronym_plural,
    classify,
    roman_numeral,
)
from pipeline.phrase_forms import after_determiner
from pipeline.topic_demote import is_credit
from pipeline.topic_doc import (
    ROLE_BONUS,
    Acc,
    Doc,
    genitive_variants,
    is_entry_key,
    is_role,
    sole_keys,
)
from pipeline.topic_sport import club_named_after, is_sport_story, sport_club_mention

__all__ = ["NOUN_SUFFIXES", "names_pass", "surname_pass"]

_INITIAL_RE = re.compile(r"[^\W\d_]\.")  # one letter and its full stop
#: Five digits or more in a word: a serial, patent or case number ("EP2237607"), no name;
#: codes that are names keep their digits short ("H5N1", "A320", "COVID-19").
_SERIAL_RE = re.compile(r"\d{5}")
_DOMAIN_RE = re.compile(r"([^\W\d_][\w-]+)\.(?:de|com|net|org|at|ch|eu|co\.uk|uk|fr|it|io)")
_WEAK_KINDS = {WEAK_ORG: "organization", WEAK_PERSON: "person"}
_FAMILY_NAME_MAX = 6  # letters of a family name written first ("Kim", "Zhang", "Nguyen")
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
    if nxt.para != toks[k].para or nxt.sep or not nxt.cap or is_role(doc.words, nxt.lower):
        return False  # "Corinna Budras Wirtschaftskorrespondentin": a byline, no genitive
    return german_noun(nxt.text.rsplit("-", 1)[-1].capitalize() if "-" in nxt.text else nxt.text)


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


def _name_key(lows: Iterable[str]) -> str:
    """Accumulator key of an unknown name (hyphens folded: "Kim Jong-un" ~ "Kim Jong Un")."""
    return "n:" + " ".join(w.replace("-", " ") for w in lows)


_PEERAGES = frozenset(("lord", "lady", "baroness", "baron"))
#: Titles that make a royal's name with a given name alone ("Fürstin Charlène", "Prince
#: Harry", "Papst Leo").
_ROYAL_TITLES = frozenset(
    """fürst fürstin prinz prinzessin könig königin herzog herzogin kaiser papst king queen
    prince princess duke duchess pope""".split()  # noqa: SIM905 - a readable word list
)


def _peerage(doc: Doc, run: list[int]) -> str:
    """The title before a one-word name that belongs to it: an English peer's before any name
    ("Lord Woolf"), a royal's before a given name ("Fürstin Charlène"); '' otherwise."""
    if len(run) != 1 or run[0] == 0:
        return ""
    toks = doc.tokens
    tok, prev = toks[run[0]], toks[run[0] - 1]
    if prev.para != tok.para or tok.sep or not prev.cap:
        return ""
    if doc.lang == "en" and prev.lower in _PEERAGES:
        return prev.text
    if prev.lower in _ROYAL_TITLES and tok.lower in doc.words.first_names:
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
_MAX_NAME_WORDS = 8  # words of the longest name a word alone may stand for


def _institution_genitive(doc: Doc, lower: str) -> bool:
    """Whether a lower-cased German word is an institution's compound in the genitive
    ("landgerichts"; "landgericht" is the nominative)."""
    return (
        lower.endswith("s")
        and institution_compound(doc, lower)
        and not lower.endswith(doc.words.org_suffixes)
    )


def _particles(doc: Doc) -> frozenset[str]:
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


#: Role words an English portfolio may open ("Shadow Education Secretary", "Health Minister").
_PORTFOLIO_ROLES_EN = frozenset(
    "secretary minister ministers spokesman spokeswoman spokesperson".split()  # noqa: SIM905 - a readable word list
)


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
    return role in _PORTFOLIO_ROLES_EN and all(
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
        and not doc.is_place(lower)
        and (lower,) not in doc.gaz.aliases["en"]  # "Treasury", "Pentagon"
    )


def names_pass(doc: Doc) -> None:
    """Find runs of capitalised words not in the gazetteer and classify them."""
    toks = doc.tokens
    words = doc.words
    particles = _particles(doc)
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
            or (doc.lang == "en" and modifier_compound(tok.text))
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
            org_head = lead.endswith(ORG_HEADS_DE) or lead in words.org_cues
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
            doc.add(_name_key(key_lows), kind, label, run[0], weight, vote=vote)
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
        key = _name_key(doc.tokens[j].lower for j in run)
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
            key = _name_key([variant])
            acc = doc.acc.get(key)
            if acc is not None:
                doc.add(key, acc.kind, acc.label, i, 1.0, vote=0.0)
                doc.used[i] = True
                break


def _surname_forms(lower: str, lang: str) -> Iterable[str]:
    """A capitalised word and the surnames it may stand for: genitives, and in English the
    plural of a family ("the Harrises", "the Kelces")."""
    yield from genitive_variants(lower, lang)
    if lang == "en" and len(lower) > 4 and lower.endswith("es"):
        yield lower[:-2]
        yield lower[:-1]
    elif lang == "en" and len(lower) > 4 and lower.endswith("s") and not lower.endswith("ss"):
        yield lower[:-1]


def _guess_votes(acc: Acc) -> float:
    """The most votes a kind gets from guesses alone (no cue vouched for any mention)."""
    return WEAK_VOTE * acc.count + 1e-9


def _only_guessed(acc: Acc) -> bool:
    """Whether no cue vouched for any kind of the topic: every vote is a guess."""
    return all(v <= _guess_votes(acc) for v in acc.votes.values())


def _weak_org(acc: Acc) -> bool:
    """Whether a multi-word name is an organisation only by a weak guess (no cue vouched)."""
    if " " not in acc.label.strip() or acc.best_kind() != "organization":
        return False
    return _only_guessed(acc)


def surname_pass(doc: Doc) -> None:
    """Fold bare surnames ("Rutte", "Ruttes", "Nam") into the article's full person names,
    longer and shorter forms of one name into one topic, and a club's short form into it."""
    _fold_surnames(doc)
    _fold_rare_given_names(doc)
    _merge_name_tails(doc)
    _club_short_forms(doc)
    _club_places(doc)
    _fold_inhabitants(doc)
    _merge_acronyms(doc)
    _fold_head_words(doc)


def _fold_surnames(doc: Doc) -> None:
    """Fold bare surnames and given names into the full person names found elsewhere."""
    surnames: dict[str, str] = {}
    weak: set[str] = set()  # multi-word names only guessed to be organisations
    particles = _particles(doc)
    for key, acc in doc.acc.items():
        if acc.best_kind() != "person":
            if not (key.startswith("n:") and _weak_org(acc)):
                continue
            weak.add(key)
        parts = acc.label.replace("-", " ").split()
        if len(parts) > 2 and parts[-1].rstrip(".").lower() in GENERATIONAL:
            parts = parts[:-1]  # "Al Unser Jr.": the surname is "Unser"
        if len(parts) < 2:
            continue
        cands = [parts[-1].lower()]
        last_word = acc.label.split()[-1].lower()
        if "-" in last_word and len(acc.label.split()) > 1:
            cands.append(last_word)  # "Itamar Ben-Gvir" -> "Ben-Gvir"
        if parts[0].lower() not in doc.words.first_names and len(parts[0]) <= _FAMILY_NAME_MAX:
            # East Asian order: "Nam Sung-wook" -> "Nam"; family names there are short, and a
            # longer first word is a place or firm ("Plymouth Citibus" is no "Plymouth")
            cands.append(parts[0].lower())
        lows = [w.lower() for w in parts]
        opens = next((k for k in range(1, len(lows) - 1) if lows[k] in particles), None)
        if opens is not None:
            cands.append(" ".join(lows[opens:]))  # "Jurgen den Hartog" -> "den hartog"
        for cand in cands:
            if len(cand) >= 3 and cand not in doc.stop:
                surnames.setdefault(cand, key)
    if not surnames:
        return
    # a given name alone ("Keir", "Travis") stands for the one full name that starts with it
    given = sole_keys(
        (parts[0].lower(), key)
        for key, acc in doc.acc.items()
        if acc.kind == "person"
        and len(parts := acc.label.replace("-", " ").split()) >= 2
        and parts[0].lower() in doc.words.first_names
    )
    for first, target in given.items():
        if target is not None and surnames.get(first) is None:
            surnames[first] = target
    for i, tok in enumerate(doc.tokens):
        if doc.used[i] or not tok.cap:
            continue
        for variant in _surname_forms(tok.lower, doc.lang):
            target = surnames.get(variant)
            if target is not None and target not in weak:
                acc = doc.acc[target]
                doc.add(target, acc.kind, acc.label, i, 1.0)
                doc.used[i] = True
                break
    # single-word names classified on their own: a person through a role cue ("Generalsekretär
    # Rutte"), or guessed as an organisation ("Murray" in a headline) before the full name came
    for key in list(doc.acc):
        acc = doc.acc[key]
        # the key folds hyphens ("n:djir sarai"); the label keeps a hyphenated surname whole
        low = acc.label.lower()
        if key.startswith("n:") and (" " not in low or low.split()[0] in particles):
            # a bare surname, or one opened by a particle ("Den Hartog" at a sentence start)
            forms = _surname_forms(low, doc.lang) if " " not in low else (low,)
            target = next(
                (surnames[v] for v in forms if v in surnames and surnames[v] != key),
                None,
            )
            # a name only guessed to be an organisation takes in a surname that a role or
            # speech cue marks as a person ("actress Weaver" -> "Sigourney Weaver")
            # (a given name alone, "Bill", is only a weak guess at a person: not enough)
            if target in weak and acc.votes.get("person", 0.0) <= max(
                (v for k, v in acc.votes.items() if k != "person"),
                default=_guess_votes(acc),
            ):
                target = None
            if target is not None:
                _merge(doc, key, target)


def _fold_rare_given_names(doc: Doc) -> None:
    """Fold a given name the name list does not know, standing alone, into the one full person
    name it opens ("Ghislaine" into "Ghislaine Maxwell", "Nataphol" into "Nataphol Teepsuwan").

    Only a word of no language qualifies, and only a person or a guess without a cue: a place
    named alone ("in Westmount") keeps its own topic even when a longer name starts with it.
    """
    # a person a cue vouched for: "Stillwater Ponies" only guessed at is no "Stillwater"
    openers = sole_keys(
        (acc.label.split()[0].lower(), key)
        for key, acc in doc.acc.items()
        if acc.best_kind() == "person"
        and len(acc.label.split()) >= 2
        and acc.votes.get("person", 0.0) > _guess_votes(acc)
    )
    for key in list(doc.acc):
        acc = doc.acc[key]
        if not key.startswith("n:") or " " in acc.label.strip():
            continue
        target = openers.get(acc.label.lower())
        if (
            target is not None
            and target != key
            # a person cue ("Nataphol said") vouches for the fold: Thai and Icelandic stories
            # call people by their given name
            and (
                acc.best_kind() == "person"
                or (acc.best_kind() == "organization" and _only_guessed(acc))
            )
            and not doc.knows(acc.label)
        ):
            _merge(doc, key, target)


def _initials(label: str) -> str:
    """Initials of a name's capitalised words ("Office for Budget Responsibility" -> "OBR")."""
    return "".join(w[0] for w in label.replace("-", " ").split() if w[:1].isupper())


def _merge_acronyms(doc: Doc) -> None:
    """An organisation's acronym and its full name are one topic ("FINRA" and "Financial
    Industry Regulatory Authority", "OBR" and "Office for Budget Responsibility"), under the
    full name, as the gazetteer labels "EZB" "Europäische Zentralbank"."""
    longs: dict[str, str] = {}
    for key, acc in doc.acc.items():
        if acc.best_kind() == "organization" and len(acc.label.split()) >= 3:
            longs.setdefault(_initials(acc.label).lower(), key)
    if not longs:
        return
    # only the one-word key is dropped by a merge, never a target (three words or more)
    for key in list(doc.acc):
        short = doc.acc[key]
        if not key.startswith("n:") or " " in short.label:
            continue
        if not short.label.isupper() or short.best_kind() != "organization":
            continue
        target = longs.get(short.label.lower())
        if target is not None:
            _merge(doc, key, target, cap=False)


def _club_short_forms(doc: Doc) -> None:
    """A club named after its city is often called by its first word alone ("Füchse Berlin"
    -> "die Füchse", "MSV Duisburg" -> "der MSV"): those mentions are the club's."""
    short: dict[str, str] = {}
    for key, acc in doc.acc.items():
        parts = acc.label.split()
        if not (key.startswith("n:") or is_entry_key(key)) or len(parts) != 2:
            continue
        if acc.best_kind() != "organization":
            continue
        if doc.is_place(parts[1].lower()):
            short.setdefault(parts[0].lower(), key)
    if not short:
        return
    for i, tok in enumerate(doc.tokens):
        target = short.get(tok.lower)
        if target is not None and not doc.used[i] and tok.cap:
            acc = doc.acc[target]
            doc.add(target, acc.kind, acc.label, i, 1.0, vote=0.0)
            doc.used[i] = True
    for first, target in short.items():
        key = _name_key([first])
        if key in doc.acc and key != target:
            _merge(doc, key, target)


_INHABITANT_DE = ("erinnen", "erin", "ern", "er")  # "Selmerin", "Selmer": people of Selm


def _fold_inhabitants(doc: Doc) -> None:
    """A German word for the people of a place the article names ("Selmerin" of "Selm") is a
    mention of the place, not a name of its own."""
    if doc.lang != "de":
        return
    places = {
        acc.label.lower(): key
        for key, acc in doc.acc.items()
        if acc.best_kind() == "location" and " " not in acc.label
    }
    for key, acc in list(doc.acc.items()):
        low = acc.label.lower()
        if not key.startswith("n:") or " " in low:
            continue
        for ending in _INHABITANT_DE:
            target = places.get(low[: -len(ending)]) if low.endswith(ending) else None
            if target is not None and target != key:
                doc.merge(key, target, vote_cap=0.0)
                break


def _club_places(doc: Doc) -> None:
    """In a match report a place named in one club's name stands for the club ("Bochum" for
    "VfL Bochum", "Bayern" for "FC Bayern München"): its mentions are the club's; a place
    that the match words made a club takes the club's name ("Everton" -> "FC Everton")."""
    if not is_sport_story(doc):
        return
    for key, acc in doc.acc.items():
        if acc.best_kind() != "organization" or " " in acc.label or key.startswith("k:"):
            continue
        entry = is_entry_key(key)
        if entry and doc.gaz.entries[int(key[1:])].kind != "location":
            continue  # an organisation of the gazetteer keeps its own name
        club = club_named_after(doc, acc.label, known_place=entry)
        if club is not None:
            acc.label, acc.fixed_label = doc.gaz.entries[club].label(doc.lang), True
    clubs: dict[str, str | None] = {}  # place word -> the one club whose name has it
    for key, acc in doc.acc.items():
        parts = acc.label.split()
        if len(parts) < 2 or acc.best_kind() != "organization":
            continue
        for part in parts:
            if doc.is_place(part.lower()):
                clubs[part.lower()] = None if part.lower() in clubs else key
    for key, acc in list(doc.acc.items()):
        target = clubs.get(acc.label.lower())
        if target is not None and target != key and acc.best_kind() == "location":
            doc.merge(key, target, vote_cap=0.0)  # the club stays a club


def _merge(doc: Doc, key: str, target: str, *, cap: bool = True) -> None:
    """Fold the evidence of topic ``key`` into ``target`` and drop ``key``; into a person the
    folded form's kind votes count as guesses (``cap``): the full name's kind is the better
    evidence."""
    capped = cap and doc.acc[target].kind == "person"
    doc.merge(key, target, vote_cap=WEAK_VOTE if capped else None)


def _noun_before_surname(doc: Doc, label: str, other: str) -> bool:
    """Whether a German two-word name is a common noun before another person's surname."""
    words = label.split()
    if doc.lang != "de" or len(words) != 2 or len(other.split()) < 2:
        return False
    if words[1] != other.split()[-1] or other.split()[0] == words[0]:
        return False
    lead = words[0]
    return lead.lower() not in doc.words.first_names and german_noun(lead)


def _fold_head_words(doc: Doc) -> None:
    """A place or institution word alone ("the Coliseum", "the Institute") stands for the one
    longer place or organisation of the article that it ends ("Los Angeles Coliseum")."""
    words = doc.words
    heads = doc.name_heads(_MAX_NAME_WORDS)
    for key in list(doc.acc):
        acc = doc.acc[key]
        low = acc.label.lower()
        if not key.startswith("n:") or " " in low:
            continue
        if low not in words.place_words and low not in words.org_words:
            continue
        target = heads.get(low)  # a name of several words: none is dropped here
        if target is not None:
            _merge(doc, key, target, cap=False)


def _merge_name_tails(doc: Doc) -> None:
    """One person named with and without a further given name ("Jina Mahsa Amini" and "Mahsa
    Amini", "Emma Roma Jayne" and "Roma Jayne") is one topic, under the name used more; a
    stray word before the name ("Brave Marina Lacerda") gives way to the name itself. The
    shorter form may be only guessed to be an organisation."""
    people = [
        (key, acc.label)
        for key, acc in doc.acc.items()
        if key.startswith("n:")
        and " " in acc.label
        and (acc.best_kind() == "person" or _weak_org(acc))
    ]
    for key, label in people:
        for other, longer in people:
            if other == key or key not in doc.acc or other not in doc.acc:
                continue
            # "Sieg Nadeschdin" is "Boris Nadeschdin"'s victory; after a role word the noun is
            # a given name ("sein Sohn Kiefer Sutherland")
            if _noun_before_surname(doc, label, longer) and not doc.role_before(doc.acc[key].first):
                _merge(doc, key, other)
                break
            if not longer.endswith(" " + label):
                continue
            short, long_ = doc.acc[key], doc.acc[other]
            extra = longer[: -len(label)].split()
            stray = all(
                w.lower() not in doc.words.first_names and is_known(w.lower(), lang="en")
                for w in extra
            )
            if long_.best_kind() != "person":
                if short.best_kind() == "person" and _weak_org(long_) and not stray:
                    # "Kilmar Abrego Garcia", guessed an organisation, is "Abrego Garcia" with
                    # a given name no list knows: the person's full name
                    _merge(doc, key, other, cap=False)
                    break
                continue
            if stray or short.weight >= long_.weight:
                _merge(doc, other, key, cap=False)  # the longer form's person cues count
            else:
                _merge(doc, key, other)
            break
