"""Sport context: a city named amid match vocabulary usually stands for its club.

"Liverpool verliert bei Everton", "Chelsea beat Arsenal": in a sport article the gazetteer's
places are clubs when match words ("Trainer", "Tor", "Spiel", "coach", "goal", "match") stand
close by. :func:`sport_club_mention` tells the gazetteer pass to vote "organisation" for such a
mention; the kind most mentions vouch for wins (:meth:`pipeline.topic_doc.Acc.best_kind`).
"""

from __future__ import annotations

from functools import cache

from pipeline.gazetteer import gazetteer, is_known
from pipeline.topic_doc import Doc, sole_keys

__all__ = ["club_named_after", "is_sport_story", "sport_club_mention"]

_SPORT_HINT = "medtop:15000000"

#: Match vocabulary (lower-case word forms, German and English).
SPORT_CUES = frozenset(
    """
    trainer trainers tor tore torwart spiel spiele spiels spieler partie derby heimspiel
    auswärtsspiel saison liga bundesliga tabelle tabellenführer tabellenzweiter punkte sieg
    siege niederlage unentschieden remis anpfiff abpfiff elfmeter halbzeit meister meisterschaft
    pokal finale halbfinale viertelfinale titelkampf spitzenreiter verein klub mannschaft
    stürmer verteidiger mittelfeld kapitän fans stadion
    coach coaches manager goal goals goalkeeper match matches game games season league table
    points win wins won beat beats defeat draw derby fixture striker midfielder defender squad
    club stadium fans penalty half-time kick-off cup final semifinal semi-final premiership
    """.split()  # noqa: SIM905 - a readable word list
)
#: Words before a name that make it a place whatever the context ("in Liverpool").
_PLACE_CUES = frozenset("in nach aus im nahe near from to at".split())  # noqa: SIM905 - a readable word list
_WINDOW = 5  # tokens either side of the mention
_MIN_DOC_CUES = 5  # match words an article needs to count as a sport article


def is_sport_story(doc: Doc) -> bool:
    """Whether the article is full of match words (a match report, a player profile)."""
    if doc.sport_cues is None:
        doc.sport_cues = sum(1 for t in doc.tokens if t.lower in SPORT_CUES)
    return doc.sport_cues >= _MIN_DOC_CUES


def sport_club_mention(doc: Doc, i: int, length: int) -> bool:
    """Whether the place named at tokens ``i``..``i+length`` stands for a sports club."""
    if not is_sport_story(doc):
        return False
    toks = doc.tokens
    para = toks[i].para
    if i > 0 and toks[i - 1].para == para and toks[i - 1].lower in _PLACE_CUES:
        return False
    lo, hi = max(0, i - _WINDOW), min(len(toks), i + length + _WINDOW)
    return any(
        toks[k].lower in SPORT_CUES and toks[k].para == para
        for k in range(lo, hi)
        if not i <= k < i + length
    )


@cache
def _clubs_by_place(lang: str) -> dict[str, int | None]:
    """Lower-cased place word -> the one sports club whose label has it ("liverpool" ->
    "FC Liverpool"); None when several do ("manchester")."""
    return sole_keys(
        (word.lower(), idx)
        for idx, entry in enumerate(gazetteer().entries)
        if entry.kind == "organization" and _SPORT_HINT in entry.hints
        for word in entry.label(lang).split()
    )


def club_named_after(doc: Doc, place: str, *, known_place: bool) -> int | None:
    """The gazetteer's one sports club named after a place ("Everton" -> "FC Everton"), if any.

    ``known_place``: the word is a gazetteer place ("Liverpool"). Other words name a club only
    when no dictionary knows them: "the Saints", "the Blues", "Union" are nicknames.
    """
    low = place.lower()
    if not known_place and (is_known(low, lang="en") or is_known(low, lang="de")):
        return None
    return _clubs_by_place(doc.lang).get(low)
