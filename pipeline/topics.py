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
   folded ("Nuklearprogramm" → "Atomprogramm"); English uses content-word unigrams and bigrams.

Mentions are weighted by position (title, lead paragraph) and kind; scores are normalised so the
top topic scores 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from simplemma import is_known

from pipeline.gazetteer import (
    Entry,
    Gazetteer,
    Token,
    WordLists,
    fold_de,
    gazetteer,
    lemma,
    tokenize,
    word_lists,
)
from pipeline.language import detect_language
from pipeline.models import EntityKind, Topic

__all__ = ["extract_topics"]

_TITLE_W = 2.5
_LEAD_W = 1.5
_PART_W = 0.6  # entity named inside a hyphenated compound
_ADJ_W = 0.35  # adjective / demonym mention of a place
_EVENT_PART_W = 0.35  # a place named inside an event compound ("Ukraine-Krieg")
_ROLE_BONUS = 1.4  # a person introduced by their role is a news actor
#: Kind priors: named entities are usually what an article is about.
_KIND_W: dict[str, float] = {
    "person": 1.3,
    "organization": 1.2,
    "event": 1.1,
    "location": 1.0,
    "keyphrase": 0.9,
}
_NOUN_SUFFIXES = (
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
_SPEECH_EN = frozenset(("said", "says", "told", "added", "wrote", "explained", "according"))
_ELLIPSIS_JOINERS = frozenset(("und", "oder", "bzw", "sowie", ","))


@dataclass(slots=True)
class _Acc:
    """Accumulated evidence for one topic."""

    kind: EntityKind
    label: str
    weight: float = 0.0
    count: int = 0
    paras: set[int] = field(default_factory=set)
    surfaces: dict[str, float] = field(default_factory=dict)
    first: int = 1 << 30
    fixed_label: bool = False


class _Doc:
    """Working state for one article."""

    def __init__(self, title: str | None, body: str, lang: str) -> None:
        self.lang = lang
        self.tokens = tokenize(title, body)
        self.used = [False] * len(self.tokens)
        self.compound_entity = [False] * len(self.tokens)
        self.acc: dict[str, _Acc] = {}
        self.gaz: Gazetteer = gazetteer()
        self.words: WordLists = word_lists()
        self.stop = self.words.stop(lang)

    def pos_weight(self, i: int) -> float:
        para = self.tokens[i].para
        return _TITLE_W if para < 0 else _LEAD_W if para == 0 else 1.0

    def add(
        self,
        key: str,
        kind: EntityKind,
        label: str,
        i: int,
        weight: float,
        *,
        fixed: bool = False,
    ) -> None:
        acc = self.acc.get(key)
        if acc is None:
            acc = self.acc[key] = _Acc(kind=kind, label=label, fixed_label=fixed)
        w = weight * self.pos_weight(i)
        acc.weight += w
        acc.count += 1
        acc.paras.add(self.tokens[i].para)
        acc.first = min(acc.first, i)
        if not acc.fixed_label:
            acc.surfaces[label] = acc.surfaces.get(label, 0.0) + w

    def role_before(self, i: int) -> bool:
        """Whether token ``i`` is introduced by a role word ("Machthaber Kim Jong-un")."""
        if i == 0 or self.tokens[i - 1].para != self.tokens[i].para:
            return False
        return _is_role(self.words, self.tokens[i - 1].lower)

    def add_entry(self, idx: int, i: int, weight: float) -> None:
        entry: Entry = self.gaz.entries[idx]
        if entry.kind == "person" and weight >= 1.0 and self.role_before(i):
            weight *= _ROLE_BONUS
        self.add(f"g{idx}", entry.kind, entry.label(self.lang), i, weight, fixed=True)


# --------------------------------------------------------------------------- gazetteer pass


def _genitive_variants(lower: str, lang: str) -> Iterable[str]:
    yield lower
    if lang == "en":
        for suffix in ("'s", "’s"):
            if lower.endswith(suffix):
                yield lower[: -len(suffix)]
    elif len(lower) > 3 and lower.endswith("s"):
        yield lower[:-1]


def _lookup(doc: _Doc, i: int, length: int) -> int | None:
    toks = doc.tokens[i : i + length]
    if len(toks) < length or not toks[0].cap or not toks[-1].cap:
        return None
    para = toks[0].para
    for tok in toks[1:]:
        if tok.para != para or tok.start or tok.sep:
            return None
    table = doc.gaz.aliases[doc.lang]
    head = tuple(t.lower for t in toks[:-1])
    for last in _genitive_variants(toks[-1].lower, doc.lang):
        idx = table.get((*head, last))
        if idx is None:
            continue
        if length == 1 and last.upper() in doc.gaz.exact_case and not toks[0].upper:
            continue
        return idx
    if doc.lang == "de" and length > 1:
        for last in _genitive_variants(toks[-1].lower, doc.lang):
            idx = doc.gaz.folded_de.get(fold_de((*head, last)))
            if idx is not None:
                return idx
    return None


def _gazetteer_pass(doc: _Doc) -> None:
    toks = doc.tokens
    words = doc.words
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        matched = 0
        if tok.cap:
            for length in range(min(doc.gaz.max_len, n - i), 0, -1):
                idx = _lookup(doc, i, length)
                if idx is None:
                    continue
                entry = doc.gaz.entries[idx]
                if length == 1 and entry.kind != "person":
                    prev = toks[i - 1] if i > 0 else None
                    nxt = toks[i + 1] if i + 1 < n else None
                    if (
                        prev is not None
                        and prev.para == tok.para
                        and not doc.used[i - 1]
                        and prev.cap
                        and prev.lower in words.first_names
                        and not tok.start
                    ):
                        continue  # "Michael Jordan": a surname, not the country
                    if (
                        nxt is not None
                        and nxt.para == tok.para
                        and nxt.cap
                        and not nxt.start
                        and nxt.lower in words.org_words
                    ):
                        continue  # "Korea Herald": part of an organisation name
                if doc.lang == "en" and entry.kind != "person" and _continues_name(doc, i + length):
                    continue  # "US Open", "New York Times": part of a longer name
                doc.add_entry(idx, i, 1.0)
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
        if adj is not None and (tok.lower not in doc.stop):
            doc.add_entry(adj, i, _ADJ_W)
            doc.used[i] = True
        elif "-" in tok.text.strip("-"):
            _compound_parts(doc, i)
        i += 1


def _continues_name(doc: _Doc, j: int) -> bool:
    if j >= len(doc.tokens):
        return False
    nxt = doc.tokens[j]
    if not nxt.cap or nxt.start or nxt.sep or nxt.lower in doc.stop or nxt.upper:
        return False
    if _is_role(doc.words, nxt.lower) or doc.gaz.aliases[doc.lang].get((nxt.lower,)) is not None:
        return False
    return nxt.lower not in doc.gaz.adjectives


def _compound_parts(doc: _Doc, i: int, only_kind: EntityKind | None = None) -> None:
    tok = doc.tokens[i]
    parts = tok.text.strip("-").split("-")
    table = doc.gaz.aliases[doc.lang]
    for part in parts:
        if only_kind is None and (not part or not part[0].isupper()):
            adj = doc.gaz.adjectives.get(part.lower())
            if adj is not None:
                doc.add_entry(adj, i, _ADJ_W)
            continue
        for variant in _genitive_variants(part.lower(), doc.lang):
            idx = table.get((variant,))
            if idx is None:
                continue
            if variant.upper() in doc.gaz.exact_case and not part.isupper():
                continue
            if only_kind is not None and doc.gaz.entries[idx].kind != only_kind:
                continue
            doc.add_entry(idx, i, _PART_W if only_kind is None else _EVENT_PART_W)
            if only_kind is None:
                doc.compound_entity[i] = True
            break


# --------------------------------------------------------------------------- unknown names


def _is_role(words: WordLists, lower: str) -> bool:
    if words.is_role(lower):
        return True
    return lower.endswith("s") and words.is_role(lower[:-1])


def _cue(doc: _Doc, start: int, end: int) -> str | None:
    """'person' / 'location' when a role or place word stands next to the run."""
    toks = doc.tokens
    para = toks[start].para
    for j in range(start - 1, max(start - 4, -1), -1):
        if toks[j].para != para:
            break
        low = toks[j].lower
        if low in doc.words.location_cues:
            return "location"
        if _is_role(doc.words, low):
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
        if _is_role(doc.words, low) and j == end:
            return "person"
    return None


def _single_cue(doc: _Doc, i: int) -> EntityKind | None:
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
        if low in doc.words.org_cues:
            return "organization"
        if _is_role(doc.words, low) or (doc.lang == "en" and low in _SPEECH_EN):
            return "person"
    if i + 1 < len(toks) and toks[i + 1].para == para and not toks[i + 1].start:
        low = toks[i + 1].lower
        if doc.lang == "en" and low in _SPEECH_EN:
            return "person"
    return None


def _name_shaped(doc: _Doc, tok: Token) -> bool:
    """Whether a single capitalised German word looks like a name rather than a noun."""
    if doc.lang == "en":
        return True
    if "-" in tok.text:
        return tok.text.split("-", 1)[1][:1].islower()
    if tok.lower.endswith(_NOUN_SUFFIXES) or tok.lower in doc.words.generic:
        return False
    lm = lemma(tok.text, "de")
    return lm == tok.text or (tok.text.endswith("s") and lm == tok.text[:-1])


def _classify(doc: _Doc, run: list[int]) -> EntityKind | None:
    toks = [doc.tokens[j] for j in run]
    lows = [t.lower for t in toks]
    words = doc.words
    if all(w in words.generic for w in lows):
        return None
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
            return "location" if prev in _LOC_PREPS else "organization"
        return None
    if doc.lang == "en" and lows[-1] in words.event_words:
        return "event"
    if lows[0] in words.first_names or cue == "person":
        return "person"
    if cue == "location":
        return "location"
    last = toks[-1].text
    if "-" in last and last.split("-", 1)[1][:1].islower():
        return "person"  # "Wi Sung-lac", "Kim Jong-un"
    if doc.lang == "en":
        return "organization"
    if len(toks) <= 4 and all(
        len(t.text) <= 12 and not t.lower.endswith(_NOUN_SUFFIXES) and t.lower not in words.generic
        for t in toks
    ):
        return "person"
    return None


def _name_key(lows: Iterable[str]) -> str:
    return "n:" + " ".join(w.replace("-", " ") for w in lows)


def _names_pass(doc: _Doc) -> None:
    toks = doc.tokens
    words = doc.words
    particles = _NAME_PARTICLES_EN if doc.lang == "en" else _NAME_PARTICLES_DE
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if (
            doc.used[i]
            or doc.compound_entity[i]
            or not tok.cap
            or tok.lower in doc.stop
            or _is_role(words, tok.lower)
            or tok.text.endswith("-")
        ):
            i += 1
            continue
        run = [i]
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            if (
                nxt.para != tok.para
                or nxt.start
                or nxt.sep
                or doc.used[j + 1]
                or doc.compound_entity[j + 1]
            ):
                break
            if (
                nxt.cap
                and nxt.lower not in doc.stop
                and not _is_role(words, nxt.lower)
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
        while run and toks[run[0]].lower in words.generic:
            run = run[1:]
        if not run:
            i += 1
            continue
        # "Landrat Ottmar Brümmerstedt": a name starts at its given name
        for k in range(1, len(run) - 1):
            if toks[run[k]].lower in words.first_names and toks[run[k - 1]].lower not in (
                words.first_names
            ):
                run = run[k:]
                break
        if tok.start and len(run) == 1 and doc.lang == "de":
            i = run[-1] + 1
            continue
        kind = _classify(doc, run)
        if kind is not None:
            lows = [toks[j].lower for j in run]
            label = " ".join(toks[j].text for j in run)
            for variant in _genitive_variants(lows[-1], doc.lang):
                if variant != lows[-1] and len(run) > 1:
                    label = label[: len(label) - (len(lows[-1]) - len(variant))]
                    lows[-1] = variant
                break
            weight = 1.0 if kind != "organization" else 0.9
            if kind == "person" and doc.role_before(run[0]):
                weight *= _ROLE_BONUS
            doc.add(_name_key(lows), kind, label, run[0], weight)
            for j in run:
                doc.used[j] = True
        i = run[-1] + 1


def _surname_pass(doc: _Doc) -> None:
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
        for variant in _genitive_variants(tok.lower, doc.lang):
            target = surnames.get(variant)
            if target is not None:
                acc = doc.acc[target]
                doc.add(target, acc.kind, acc.label, i, 1.0)
                doc.used[i] = True
                break
    # single-word persons found through a role cue ("Generalsekretär Rutte")
    for key in list(doc.acc):
        acc = doc.acc[key]
        if acc.kind == "person" and key.startswith("n:") and " " not in key[2:]:
            target = surnames.get(key[2:])
            if target is not None and target != key:
                tgt = doc.acc[target]
                tgt.weight += acc.weight
                tgt.count += acc.count
                tgt.paras |= acc.paras
                tgt.first = min(tgt.first, acc.first)
                del doc.acc[key]


# --------------------------------------------------------------------------- keyphrases


def _compound_head(word: str) -> str | None:
    """Head noun of a German compound ("Raketenprogramm" -> "Programm")."""
    for k in range(2, len(word) - 3):
        cand = word[k:].capitalize()
        if is_known(cand, lang="de"):
            return cand
    return None


def _fold_synonyms(doc: _Doc, label: str) -> str:
    low = label.lower()
    for variant, canonical in doc.words.compound_synonyms:
        if low.startswith(variant) and len(low) > len(variant) + 2:
            return (canonical + low[len(variant) :]).capitalize()
    return label


def _german_key(doc: _Doc, i: int) -> str | None:
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
        head = _compound_head(head_lemma)
        if head is None:
            return None
        return _fold_synonyms(doc, text[:-1] + head.lower())
    if "-" in text:
        parts = text.split("-")
        head_lemma = lemma(parts[-1], "de") if parts[-1] else ""
        if not head_lemma[:1].isupper() or len(head_lemma) < 3:
            return None
        if doc.compound_entity[i]:
            return head_lemma
        return "-".join([*parts[:-1], head_lemma])
    lm = lemma(text, "de")
    if not lm[:1].isupper():
        return None  # adjective / verb / adverb at a sentence start
    return _fold_synonyms(doc, lm)


def _keyphrase_pass(doc: _Doc) -> None:
    words = doc.words
    cands: dict[str, list[tuple[int, bool]]] = {}
    bigrams: dict[str, list[int]] = {}
    prev_en: tuple[int, str] | None = None
    for i, tok in enumerate(doc.tokens):
        if doc.used[i] and not doc.compound_entity[i]:
            prev_en = None
            continue
        if not tok.text[:1].isalpha() or tok.upper or tok.lower in doc.stop:
            prev_en = None
            continue
        label: str | None
        if doc.lang == "en":
            if tok.cap and not tok.start:
                prev_en = None
                continue
            low = tok.lower
            if len(low) < 4 or low.endswith(("ed", "ly", "ing")) or "'" in low or "’" in low:
                prev_en = None
                continue
            label = lemma(low, "en").lower()
            if label in doc.stop or label in words.generic or words.is_role(label):
                prev_en = None
                continue
            if prev_en is not None and prev_en[0] == i - 1 and not tok.sep:
                bigrams.setdefault(f"{prev_en[1]} {label}", []).append(i - 1)
            prev_en = (i, label)
        else:
            if not tok.cap or len(tok.text) < 2 or _is_role(words, tok.lower):
                continue
            label = _german_key(doc, i)
            if label is None or label.lower() in words.generic or label.lower() in doc.stop:
                continue
            if words.is_role(label.lower()):
                continue
        cands.setdefault(label, []).append((i, tok.start))
    for label, occ in cands.items():
        non_start = [i for i, s in occ if not s]
        in_body = [i for i, _ in occ if doc.tokens[i].para >= 0]
        if not non_start or not in_body:
            continue
        kind: EntityKind = "keyphrase"
        low = label.lower()
        if doc.lang == "de" and any(
            low.endswith(suf) and len(low) >= len(suf) + 3 for suf in words.event_suffixes
        ):
            kind = "event"
        for i, _ in occ:
            doc.add("k:" + low, kind, label, i, 0.85)
    for phrase, occ_i in bigrams.items():
        if sum(doc.tokens[i].para >= 0 for i in occ_i) >= 2:
            for i in occ_i:
                doc.add("k:" + phrase, "keyphrase", phrase, i, 1.1)


# --------------------------------------------------------------------------- ranking


def _fold(label: str) -> str:
    return "".join(c for c in label.lower() if c.isalnum())


def _rank(doc: _Doc, limit: int) -> tuple[Topic, ...]:
    scored: list[tuple[float, int, str, EntityKind]] = []
    for acc in doc.acc.values():
        raw = acc.weight * (1.0 + 0.08 * min(len(acc.paras) - 1, 5)) * _KIND_W[acc.kind]
        if acc.kind == "keyphrase":
            if acc.count < 2 and -1 not in acc.paras:
                raw *= 0.5
            if len(acc.label) >= 10 and " " not in acc.label:
                raw *= 1.2
        label = acc.label
        if not acc.fixed_label and acc.surfaces:
            label = max(acc.surfaces.items(), key=lambda kv: (kv[1], kv[0].isupper()))[0]
        if label.lower() in doc.stop or len(label) < 2:
            continue
        scored.append((raw, acc.first, label, acc.kind))
    scored.sort(key=lambda s: (-s[0], s[1]))
    out: list[Topic] = []
    seen: set[str] = set()
    top = scored[0][0] if scored else 1.0
    for raw, _, label, kind in scored:
        folded = _fold(label)
        if not folded or folded in seen:
            continue
        seen.add(folded)
        out.append(Topic(label=label, kind=kind, score=round(min(1.0, raw / top), 4)))
        if len(out) >= limit:
            break
    return tuple(out)


def extract_topics(
    title: str | None, body: str, language: str, *, limit: int = 15
) -> tuple[Topic, ...]:
    """Ranked topics of an article: entities and keyphrases with canonical labels.

    ``body`` is cleaned text with one paragraph per line; ``language`` an ISO 639-1 code
    ('de', 'en'; anything else is detected, falling back to capitalisation-based English rules).
    Scores are in [0, 1], the best topic scoring 1.0.
    """
    if limit <= 0 or not (body.strip() or (title or "").strip()):
        return ()
    lang = language if language in ("de", "en") else detect_language(f"{title or ''}\n{body}")
    if lang not in ("de", "en"):
        lang = "en"
    doc = _Doc(title, body, lang)
    _gazetteer_pass(doc)
    _names_pass(doc)
    _surname_pass(doc)
    _keyphrase_pass(doc)
    return _rank(doc, limit)
