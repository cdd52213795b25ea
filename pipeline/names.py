"""Unknown names: runs of capitalised words classified as person, organisation or location.

Cue words decide the kind (first names, role words such as "Generalsekretär"/"said", place,
organisation and event words); a bare surname is folded into the full name found elsewhere in
the article.
"""

from __future__ import annotations

from collections.abc import Iterable

from simplemma import is_known

from pipeline.gazetteer import Token, lemma
from pipeline.models import EntityKind
from pipeline.topic_doc import ROLE_BONUS, Doc, genitive_variants, is_role
from pipeline.topic_sport import sport_club_mention

__all__ = ["NOUN_SUFFIXES", "names_pass", "surname_pass"]

#: German derivational noun endings: a word with one is a common noun, not a name.
NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "ität",
    "ismus",
    "nis",
    "tum",
    "ment",
    "ie",
    "ik",
    "ur",
)
_NAME_PARTICLES_DE = frozenset(("von", "van", "der", "de", "da", "al", "bin", "el", "la", "le"))
_NAME_PARTICLES_EN = _NAME_PARTICLES_DE | frozenset(("of", "for", "the"))
_LOC_PREPS = frozenset(("in", "at", "from", "near", "across"))
_LOC_PREPS_DE = frozenset(("in", "nach", "aus", "zwischen", "bei"))
#: An English name nothing vouches for is guessed to be an organisation, with a weak vote that
#: other mentions of the same name ("in Jasper", "Bowles said") outweigh.
_WEAK_ORG = "organization?"
_WEAK_VOTE = 0.3
_ORG_HEADS_DE = (
    "konzern",
    "konzerns",
    "hersteller",
    "herstellers",
    "händler",
    "händlers",
    "anbieter",
    "anbieters",
    "verein",
    "vereins",
    "unternehmen",
    "unternehmens",
    "bank",
    "shop",
    "shops",
    "marktplatz",
    "plattform",
    "firma",
)
_SPEECH_EN = frozenset(("said", "says", "told", "added", "wrote", "explained", "according"))
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


def _cue(doc: Doc, start: int, end: int) -> str | None:
    """'person' / 'location' when a role or place word stands next to the run."""
    toks = doc.tokens
    para = toks[start].para
    for j in range(start - 1, max(start - 4, -1), -1):
        if toks[j].para != para:
            break
        low = toks[j].lower
        if low in doc.words.location_cues:
            return "location"
        if is_role(doc.words, low):
            return "person"
        if doc.lang == "en" and low in _SPEECH_EN:
            return "person"
        if toks[j].start:
            break
    for j in range(end, min(end + 3, len(toks))):
        if toks[j].para != para or toks[j].start:
            break
        low = toks[j].lower
        if doc.lang == "en" and low in _SPEECH_EN:
            return "person"
        if is_role(doc.words, low) and j == end:
            return "person"
    return None


def _single_cue(doc: Doc, i: int) -> EntityKind | None:
    """Kind cued by a word right next to a single-word name ("Generalsekretär Rutte")."""
    toks = doc.tokens
    para = toks[i].para
    j = i - 1
    if j > 0 and toks[j].lower in ("of", "von") and toks[j - 1].para == para:
        j -= 1  # "city of Malatya"
    if j >= 0 and toks[j].para == para:
        low = toks[j].lower
        if low in doc.words.location_cues:
            return "location"
        if low in doc.words.org_cues or (doc.lang == "de" and low.endswith(_ORG_HEADS_DE)):
            return "organization"
        if is_role(doc.words, low) or (doc.lang == "en" and low in _SPEECH_EN):
            return "person"
    if i + 1 < len(toks) and toks[i + 1].para == para and not toks[i + 1].start:
        low = toks[i + 1].lower
        if doc.lang == "en" and low in _SPEECH_EN:
            return "person"
    return None


def _name_shaped(doc: Doc, tok: Token) -> bool:
    """Whether a single capitalised German word looks like a name rather than a noun."""
    if doc.lang == "en":
        return True
    if "-" in tok.text:
        parts = tok.text.split("-")
        if all(p[:1].isupper() and p.isalpha() for p in parts):
            # "Crans-Montana", "Nußdorf-Debant": a name, unless made of words ("Ahrtal-Flut")
            return not all(is_known(p, lang="de") for p in parts)
        return tok.text.split("-", 1)[1][:1].islower()
    if tok.lower.endswith(NOUN_SUFFIXES) or tok.lower in doc.words.generic:
        return False
    lm = lemma(tok.text, "de")
    return lm == tok.text or (tok.text.endswith("s") and lm == tok.text[:-1])


def _brand_shaped(tok: Token) -> bool:
    """Whether a German capitalised word is no dictionary word nor compound of one (a brand)."""
    text = tok.text
    if "-" in text or tok.upper or len(text) < 5 or not text.isalpha():
        return False
    if is_known(text, lang="de") or is_known(tok.lower, lang="en") or text.endswith(NOUN_SUFFIXES):
        return False
    # a compound of known words ("Samenspender", "Abnehmspritze") is a noun, not a name
    for k in range(3, len(text) - 2):
        if is_known(text[k:].capitalize(), lang="de") and len(text) - k >= 4:
            return False
    return lemma(text, "de") == text


def _classify(doc: Doc, run: list[int]) -> str | None:
    """Kind of an unknown capitalised run, or None when it is no name."""
    toks = [doc.tokens[j] for j in run]
    lows = [t.lower for t in toks]
    words = doc.words
    if all(w in words.generic for w in lows):
        return None
    if doc.lang == "en" and len(toks) > 1:
        # the head word decides: "Jasper Park Lodge" is a hotel, "Jasper National Park" a park
        if lows[-1] in words.org_words or lows[-1].endswith(words.org_suffixes):
            return "organization"
        if lows[-1] in words.place_words:
            return "location"
    if len(toks) > 1 and any(w in words.place_words for w in lows):
        return "location"
    if (len(toks) > 1 or toks[0].upper) and any(
        w in words.org_words or w.endswith(words.org_suffixes) for w in lows
    ):
        return "organization"
    cue = _cue(doc, run[0], run[-1] + 1)
    if len(toks) == 1:
        tok = toks[0]
        letters = sum(c.isalpha() for c in tok.text)
        if tok.upper and 2 <= letters <= 6:
            return "organization"
        single = _single_cue(doc, run[0])
        if single is not None and _name_shaped(doc, tok):
            return single
        if doc.lang == "en" and tok.start and is_known(tok.lower, lang="en"):
            return None  # "Prosecutors said ...": a common word opening the sentence
        prev = doc.tokens[run[0] - 1].lower if run[0] > 0 else ""
        if (
            doc.lang == "de"
            and prev in _LOC_PREPS_DE
            and not is_known(tok.text, lang="de")
            and _name_shaped(doc, tok)
        ):
            return "location"  # "zwischen Garmisch und Murnau"
        if doc.lang == "en" and not tok.start:
            if prev in _LOC_PREPS:
                return "location"
            if tok.lower.endswith(words.org_suffixes) or tok.lower in words.org_words:
                return "organization"
            return _WEAK_ORG
        if doc.lang == "de" and _brand_shaped(tok):
            return "organization"  # "Klarmobil", "Quantumscape": a made-up word names a firm
        return None
    if doc.lang == "en" and lows[-1] in words.event_words:
        return "event"
    if lows[0] in words.first_names:
        return "person"
    if cue == "person":
        # a role or speech cue next to a run no given name opens still needs a name's shape:
        # "Air Force said", "GB LTE", "Patents EP2237607" are no people
        return "person" if _person_shaped(doc, toks) else _WEAK_ORG
    if cue == "location":
        return "location"
    if not _person_shaped(doc, toks):
        if doc.lang == "en" or (lows[0],) in doc.gaz.aliases[doc.lang]:
            return _WEAK_ORG  # "Texas Instruments": a place opening a name that is no place
        return None
    last = toks[-1].text
    if "-" in last and last.split("-", 1)[1][:1].islower() and len(last.split("-", 1)[1]) <= 4:
        return "person"  # "Wi Sung-lac", "Kim Jong-un"
    if doc.lang == "en":
        # two or three words none of which is an English word: a foreign personal name
        # ("Issam Abdallah"); organisation names are usually made of ordinary words
        if len(toks) <= 3 and not any(is_known(t.lower, lang="en") for t in toks):
            return "person"
        return _WEAK_ORG
    if (
        len(toks) <= 4
        # a surname is rarely a dictionary word when no given name vouches for the run
        # ("Osttiroler Eltern", "Arbeitsmarkt Fuß" are noun phrases, not people)
        and not is_known(toks[-1].text, lang="de")
        and all(
            len(t.text) <= 12
            and not t.lower.endswith(NOUN_SUFFIXES)
            and t.lower not in words.generic
            for t in toks
        )
    ):
        return "person"
    return None


def _person_shaped(doc: Doc, toks: list[Token]) -> bool:
    """Whether a run no given name opens can still be a personal name.

    Acronyms, codes with digits, and runs of ordinary dictionary words ("Air Force",
    "Volksschulen Nord") are not.
    """
    if any(t.upper or any(c.isdigit() for c in t.text) for t in toks):
        return False
    if (toks[0].lower,) in doc.gaz.aliases[doc.lang]:
        return False  # "Texas Instruments": a place opens a firm's name, not a person's
    if doc.lang == "en":
        return not all(is_known(t.lower, lang="en") for t in toks)
    head = toks[0]
    if head.lower.endswith(NOUN_SUFFIXES) or head.lower in doc.words.generic:
        return False
    # an inflected dictionary word ("Volksschulen", "Thüringer") opens no name
    return not (is_known(head.text, lang="de") and lemma(head.text, "de") != head.text)


def _strip_genitive(doc: Doc, lower: str, length: int) -> str:
    """A name's last word without its genitive ending ("Starmer's", "Klopps" -> "Klopp").

    English ``'s`` is always dropped; a German ``-s`` only after a given name when the bare form
    also occurs in the article (so that "Andreas" or "Max Weiss" keep theirs).
    """
    if doc.lang == "en":
        for suffix in ("'s", "’s"):
            if lower.endswith(suffix):
                return lower[: -len(suffix)]
        return lower
    if length > 1 and len(lower) > 4 and lower.endswith("s") and lower[:-1] in doc.lowers:
        return lower[:-1]
    return lower


def _name_key(lows: Iterable[str]) -> str:
    """Accumulator key of an unknown name (hyphens folded: "Kim Jong-un" ~ "Kim Jong Un")."""
    return "n:" + " ".join(w.replace("-", " ") for w in lows)


def names_pass(doc: Doc) -> None:
    """Find runs of capitalised words not in the gazetteer and classify them."""
    toks = doc.tokens
    words = doc.words
    particles = _NAME_PARTICLES_EN if doc.lang == "en" else _NAME_PARTICLES_DE
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
            or (tok.lower in doc.stop and not _stop_led_name(doc, i))
            or is_role(words, tok.lower)
            or tok.text.endswith("-")
            or (doc.lang == "en" and tok.lower in _HEADLINE_VERBS_EN)
        ):
            i += 1
            continue
        run = [i]
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            if (
                toks[j].lower.endswith(("'s", "’s"))  # "Pakistan's Prime Minister"
                or nxt.para != tok.para
                or nxt.start
                or nxt.sep
                or doc.used[j + 1]
                or doc.compound_entity[j + 1]
            ):
                break
            if doc.lang == "en" and nxt.lower in _HEADLINE_VERBS_EN:
                break  # "Donna Kelce Calls ...": a headline verb ends the name
            if (
                nxt.cap
                and nxt.lower not in doc.stop
                and not is_role(words, nxt.lower)
                and not nxt.text.endswith("-")
            ):
                run.append(j + 1)
                j += 1
                continue
            if (
                nxt.lower in particles
                and j + 2 < n
                and toks[j + 2].cap
                and not toks[j + 2].start
                and not toks[j + 2].sep
                and not doc.used[j + 2]
                and (doc.lang == "en" or toks[run[0]].lower in words.first_names)
            ):
                k = j + 2
                if nxt.lower in ("of", "for") and toks[k].lower == "the" and k + 1 < n:
                    k += 1
                    if not toks[k].cap or doc.used[k]:
                        break
                run.extend(range(j + 1, k + 1))
                j = k
                continue
            break
        # a German sentence may open with an adjective ("Westliche Geheimdienste")
        if tok.start and len(run) > 1 and doc.lang == "de" and lemma(tok.text, "de")[:1].islower():
            run = run[1:]
        while run and toks[run[-1]].lower in words.generic:
            run.pop()
        while run and toks[run[0]].lower in words.generic and toks[run[0]].lower not in doc.stop:
            run = run[1:]
        if not run:
            i += 1
            continue
        # "Hersteller Bimota", "Marktplatz Wish": a German noun in apposition is a cue, not a name
        org_head = False
        if doc.lang == "de" and len(run) > 1 and _apposition(doc, run[0], run[1]):
            org_head = toks[run[0]].lower.endswith(_ORG_HEADS_DE) or toks[run[0]].lower in (
                words.org_cues
            )
            run = run[1:]
        # "Landrat Ottmar Brümmerstedt": a name starts at its given name
        for k in range(1, len(run) - 1):
            if toks[run[k]].lower in words.first_names and toks[run[k - 1]].lower not in (
                words.first_names
            ):
                run = run[k:]
                break
        if toks[run[0]].start and len(run) == 1 and doc.lang == "de":
            pending.append(run[0])  # a sentence-initial word: a name only if seen elsewhere
            i = run[-1] + 1
            continue
        guess = _classify(doc, run)
        if org_head and guess != "location":
            guess = "organization"  # "der Großbank HSBC", "Unternehmen Datang Mobile"
        if guess is None and len(run) > 1:
            unresolved.append(run)
        if guess is not None:
            vote = _WEAK_VOTE if guess == _WEAK_ORG else 1.0
            kind: EntityKind = "organization" if guess == _WEAK_ORG else guess  # type: ignore[assignment]
            if kind == "location" and sport_club_mention(doc, run[0], len(run)):
                kind = "organization"  # "verliert bei Everton": the club
            lows = [toks[j].lower for j in run]
            label = " ".join(toks[j].text for j in run)
            variant = _strip_genitive(doc, lows[-1], len(run))
            if variant != lows[-1]:
                label = label[: len(label) - (len(lows[-1]) - len(variant))]
                lows[-1] = variant
            weight = 1.0 if kind != "organization" else 0.9
            if kind == "person" and doc.role_before(run[0]):
                weight *= ROLE_BONUS
            doc.add(_name_key(lows), kind, label, run[0], weight, vote=vote)
            for j in run:
                doc.used[j] = True
        i = run[-1] + 1
    _credit_pending(doc, pending)
    _credit_unresolved(doc, unresolved)


def _stop_led_name(doc: Doc, i: int) -> bool:
    """Whether an English capitalised function word mid-sentence opens a name ("Just Stop Oil").

    A lower-case word must come before it (so a title-case headline does not count) and two
    capitalised content words after it.
    """
    toks = doc.tokens
    if doc.lang != "en" or toks[i].start or i == 0 or i + 2 >= len(toks):
        return False
    prev = toks[i - 1]
    if prev.para != toks[i].para or prev.cap or toks[i].lower in ("the", "a", "an", "i"):
        return False
    for tok in toks[i + 1 : i + 3]:
        if (
            tok.para != toks[i].para
            or not tok.cap
            or tok.start
            or tok.sep
            or tok.lower in doc.stop
            or tok.upper
        ):
            return False
    return True


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


def _apposition(doc: Doc, i: int, j: int) -> bool:
    """Whether German token ``i`` is a common noun standing before the name at ``j``."""
    lead, nxt = doc.tokens[i], doc.tokens[j]
    if lead.lower in doc.words.first_names or "-" in lead.text or lead.upper or len(lead.text) < 5:
        return False
    if not is_known(lead.text, lang="de") or not lemma(lead.text, "de")[:1].isupper():
        return False
    # an apposition follows an article, preposition or adjective ("beim Hersteller Bimota",
    # "der britischen Großbank HSBC"), while a name follows its role ("Landrat Ottmar Brümmerstedt")
    if i == 0 or doc.role_before(i):
        return False
    prev = doc.tokens[i - 1]
    if prev.para != lead.para or (prev.lower not in doc.stop and (prev.cap or prev.sep)):
        return False
    return nxt.lower in doc.words.first_names or nxt.upper or not is_known(nxt.text, lang="de")


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


def surname_pass(doc: Doc) -> None:
    """Fold bare surnames ("Rutte", "Ruttes", "Nam") into the article's full person names."""
    surnames: dict[str, str] = {}
    for key, acc in doc.acc.items():
        if acc.kind != "person":
            continue
        parts = acc.label.replace("-", " ").split()
        if len(parts) < 2:
            continue
        cands = [parts[-1].lower()]
        if parts[0].lower() not in doc.words.first_names:
            cands.append(parts[0].lower())  # East Asian order: "Nam Sung-wook" -> "Nam"
        for cand in cands:
            if len(cand) >= 3 and cand not in doc.stop:
                surnames.setdefault(cand, key)
    if not surnames:
        return
    for i, tok in enumerate(doc.tokens):
        if doc.used[i] or not tok.cap:
            continue
        for variant in genitive_variants(tok.lower, doc.lang):
            target = surnames.get(variant)
            if target is not None:
                acc = doc.acc[target]
                doc.add(target, acc.kind, acc.label, i, 1.0)
                doc.used[i] = True
                break
    # a given name alone ("Keir", "Travis") stands for the one full name that starts with it
    given: dict[str, str | None] = {}
    for key, acc in doc.acc.items():
        parts = acc.label.replace("-", " ").split()
        if acc.kind == "person" and len(parts) >= 2 and parts[0].lower() in doc.words.first_names:
            first = parts[0].lower()
            given[first] = key if given.get(first, key) == key else None
    for first, target in given.items():
        if target is not None and surnames.get(first) is None:
            surnames[first] = target
    # single-word names classified on their own: a person through a role cue ("Generalsekretär
    # Rutte"), or guessed as an organisation ("Murray" in a headline) before the full name came
    for key in list(doc.acc):
        acc = doc.acc[key]
        if key.startswith("n:") and " " not in key[2:]:
            target = surnames.get(key[2:])
            if target is not None and target != key:
                tgt = doc.acc[target]
                tgt.weight += acc.weight
                tgt.count += acc.count
                tgt.paras |= acc.paras
                tgt.first = min(tgt.first, acc.first)
                for k, v in acc.votes.items():
                    if tgt.kind == "person":
                        v = min(v, _WEAK_VOTE)  # the full name's kind is the better evidence
                    tgt.votes[k] = tgt.votes.get(k, 0.0) + v
                del doc.acc[key]
