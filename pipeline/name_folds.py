"""Folding the forms of one name into one topic, after the names are found.

A bare surname ("Rutte", "Ruttes") joins the full name found elsewhere in the article, longer
and shorter forms of one person ("Jina Mahsa Amini", "Mahsa Amini") become one topic, a club's
short form ("die Füchse"), a place standing for a club in a match report ("Bochum") and the
people of a named place ("Selmerin") join the club or place, an acronym its spelt-out name,
and a place or institution word alone ("the Coliseum") the one longer name it ends.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.gazetteer import german_noun, is_known
from pipeline.name_kinds import GENERATIONAL, WEAK_VOTE
from pipeline.names import name_particles
from pipeline.topic_doc import Acc, Doc, genitive_variants, is_entry_key, name_key, sole_keys
from pipeline.topic_sport import club_named_after, is_sport_story

__all__ = ["surname_pass"]

_FAMILY_NAME_MAX = 6  # letters of a family name written first ("Kim", "Zhang", "Nguyen")
_MAX_NAME_WORDS = 8  # words of the longest name a word alone may stand for


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


def _one_word_names(doc: Doc) -> list[tuple[str, Acc]]:
    """The article's unknown names of one word, as (key, accumulator), listed before a fold
    runs: a fold drops only the key it folds."""
    return [(k, a) for k, a in doc.acc.items() if k.startswith("n:") and " " not in a.label]


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
    _fold_org_first_words(doc)


def _fold_surnames(doc: Doc) -> None:
    """Fold bare surnames and given names into the full person names found elsewhere."""
    surnames: dict[str, str] = {}
    weak: set[str] = set()  # multi-word names only guessed to be organisations
    particles = name_particles(doc)
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
    for key, acc in _one_word_names(doc):
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
    for key, short in _one_word_names(doc):
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
        key = name_key([first])
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
    for key, acc in _one_word_names(doc):
        low = acc.label.lower()
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
    # place word -> the one club whose name has it
    clubs = sole_keys(
        (part.lower(), key)
        for key, acc in doc.acc.items()
        if " " in acc.label and acc.best_kind() == "organization"
        for part in acc.label.split()
        if doc.is_place(part.lower())
    )
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
    for key, acc in _one_word_names(doc):
        low = acc.label.lower()
        if low not in words.place_words and low not in words.org_words:
            continue
        target = heads.get(low)  # a name of several words: none is dropped here
        if target is not None:
            _merge(doc, key, target, cap=False)


def _fold_org_first_words(doc: Doc) -> None:
    """An English word alone whose kind is only guessed ("pay Activision a fee") stands for the
    one organisation of the article whose name it opens and that a cue vouched for
    ("video game company Activision Blizzard")."""
    if doc.lang != "en":
        return
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for key, acc in doc.acc.items():
        if (
            key.startswith("n:")
            and " " in acc.label
            and acc.best_kind() == "organization"
            and not _only_guessed(acc)
        ):
            words = acc.label.lower().split()
            if not {"and", "&"} & set(words):  # "EzriCare and Delsam Pharma" names two firms
                by_first.setdefault(words[0], []).append((words, key))
    firsts: dict[str, str] = {}
    for first, names in by_first.items():
        shortest, target = min(names, key=lambda n: len(n[0]))
        # one organisation, perhaps also written with its legal form ("Activision Blizzard Inc")
        if all(words[: len(shortest)] == shortest for words, _ in names):
            firsts[first] = target
    for key, acc in _one_word_names(doc):
        opened = firsts.get(acc.label.lower())
        if opened is not None and _only_guessed(acc):
            doc.merge(key, opened, vote_cap=0.0)  # its guesses say nothing of the kind


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
