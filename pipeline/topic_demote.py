"""Demotion of topics that are seldom what a story is about (``pipeline/data/demoted.txt``).

* news agencies cited as the source ("Reuters reported", "dpa"): they name the messenger;
* units and everyday codes ("GB", "SMS", "VAT") read as names by the capitalisation rules;
* messengers and social platforms ("WhatsApp", "TikTok"): named in passing ("auf TikTok") far
  more often than reported on, and the words of share bars;
* keyphrases with a page widget's word ("premium subscriber", "Newsletter-Anmeldung"): paywall,
  sign-up and cookie notes say them on every page, a story seldom;
* very common nouns as one-word keyphrases ("message", "zone", "Haus"): frequent in any story,
  so a rarer word or a phrase says more about this one;
* the home country of a language's press ("Deutschland" in German-language news);
* a person named by a given name alone ("Andrij", "Bella"): a witness or an interviewee
  who keeps the surname back, seldom the story's subject.

They are ranked lower by a factor, never dropped: a story about a news agency still shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.gazetteer import data_lines, word_lists
from pipeline.models import EntityKind

__all__ = ["demotion", "is_code", "is_common", "is_credit"]

_WIRE_W = 0.3
_CODE_W = 0.3
_COMMON_W = 0.4
_WIDGET_W = 0.4
_PLATFORM_W = 0.3
_OUTLET_W = 0.6  # a newspaper or broadcaster: often a source, sometimes the story ("BBC report")
_HOME_W = 0.5
_GIVEN_NAME_W = 0.5


@dataclass(frozen=True, slots=True)
class _Lists:
    wires: frozenset[str]
    codes: frozenset[str]
    common: frozenset[str]
    widgets: frozenset[str]
    homes: frozenset[tuple[str, str]]  # (language, label) of a language's home country
    platforms: frozenset[str]
    outlets: frozenset[str]
    #: what a photo credit writes after its slash: an agency or outlet of one word, or the
    #: first word of an agency's name ("Lee/Getty Images"; the slash joins only one word)
    credit_heads: frozenset[str]


@cache
def _lists() -> _Lists:
    names: dict[str, set[str]] = {"wire": set(), "platform": set(), "outlet": set()}  # one a line
    # many words per line
    words: dict[str, set[str]] = {"code": set(), "common": set(), "widget": set()}
    homes: set[tuple[str, str]] = set()
    for line in data_lines("demoted.txt"):
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in names:
            names[key].add(value.strip().lower())
        elif key in words:
            words[key].update(w.lower() for w in value.split())
        elif key == "home":
            lang, _, name = value.strip().partition(" ")
            homes.add((lang.lower(), name.strip().lower()))
    return _Lists(
        frozenset(names["wire"]),
        frozenset(words["code"]),
        frozenset(words["common"]),
        frozenset(words["widget"]),
        frozenset(homes),
        frozenset(names["platform"]),
        frozenset(names["outlet"]),
        frozenset({*names["wire"], *names["outlet"], *(name.split()[0] for name in names["wire"])}),
    )


def demotion(label: str, kind: EntityKind, language: str = "", *, titled: bool = False) -> float:
    """Factor (at most 1) on the score of a topic with this label and kind; ``titled``: a
    role word introduced the name ("Papst Leo" is no witness known by a given name)."""
    low = label.lower()
    lists = _lists()
    if (language, low) in lists.homes:
        return _HOME_W
    if kind == "keyphrase":
        if any(w in lists.widgets for w in low.replace("-", " ").split()):
            return _WIDGET_W
        return _COMMON_W if low in lists.common else 1.0
    if kind == "person" and not titled and " " not in low and low in word_lists().first_names:
        return _GIVEN_NAME_W
    if low in lists.wires:
        return _WIRE_W
    if low in lists.platforms:
        return _PLATFORM_W
    words = low.split()
    if low in lists.outlets or (1 < len(words) <= 3 and words[0] in lists.outlets):
        return _OUTLET_W  # "BBC", "BBC News", "BBC World Service"
    if low in lists.codes and len(low) <= 5:
        return _CODE_W
    return 1.0


def is_common(lower: str) -> bool:
    """Whether a lower-cased keyphrase is a very common noun ("message", "Pressekonferenz")."""
    return lower in _lists().common


def is_code(lower: str) -> bool:
    """Whether a lower-cased word is a unit or everyday code ("gb", "kwh", "sms")."""
    return lower in _lists().codes


def is_credit(text: str) -> bool:
    """Whether a word joins a name to a news or picture agency with a slash: a photo credit
    ("Johnson/AP", "Mustermann/dpa"), whose photographer is no topic of the story."""
    _, slash, source = text.rpartition("/")
    return bool(slash) and source.lower() in _lists().credit_heads
