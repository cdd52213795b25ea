"""Tests for the plain-text boilerplate filter (:mod:`pipeline.textclean`).

Two label sources: the shared hand-labelled seeds (``/work/shared/seeds/gold.json``,
always present in CI) and our own invented fixtures in ``tests/fixtures/text/``
(``LABEL | text`` per line, see the README there).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluation import corpus_pages, flatten_html, mean_score, shingle_score
from pipeline.models import BOILERPLATE_KINDS, Cleaned
from pipeline.textclean import clean_text, filter_paragraphs, parse_byline, parse_date

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "text"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
# Body F1 of clean_text on flattened corpus pages: measured 0.916 (de), 0.910 (en),
# floors are the measurement minus 0.003, rounded down.
F1_FLOORS = {"de": 0.913, "en": 0.906}
GOLD: dict[str, Any] = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
ARTICLES: dict[str, Any] = GOLD["articles"]


def _seed(name: str) -> tuple[list[str], Cleaned]:
    """Read one seed article and clean it."""
    raw = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    return raw, clean_text("\n".join(raw))


def _seed_failures(name: str, *, hard: bool) -> list[str]:
    """Check one seed's labels (only hard ones, or only the others); return failures."""
    raw, cleaned = _seed(name)
    body = set(cleaned.paragraphs)
    failures: list[str] = []
    for number, label in ARTICLES[name]["lines"].items():
        is_hard = isinstance(label, dict) and bool(label.get("hard"))
        if is_hard != hard:
            continue
        line = raw[int(number) - 1].strip()
        where = f"{name}:{number} {line[:50]!r}"
        if label == "content" and line not in body:
            failures.append(f"content dropped: {where}")
        elif isinstance(label, dict) and line in body:
            failures.append(f"{label['kind']} kept: {where}")
        elif label == "title" and cleaned.title != line:
            failures.append(f"title {cleaned.title!r} != {where}")
        elif label in ("date", "byline") and (line in body or not line):
            failures.append(f"{label} left in body: {where}")
        elif label == "date" and cleaned.published is None:
            failures.append(f"date not parsed: {where}")
        elif label == "byline" and not cleaned.authors:
            failures.append(f"byline not parsed: {where}")
        removed_texts = {r.text for r in cleaned.removed}
        if label in ("title", "date", "byline") and line in removed_texts:
            failures.append(f"{label} reported as removed: {where}")
    return failures


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_seed_labels(name: str) -> None:
    """Every content line survives, every non-hard boilerplate line goes, metadata lands."""
    assert _seed_failures(name, hard=False) == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_seed_metadata_values(name: str) -> None:
    """Title and publication date equal the gold values."""
    _, cleaned = _seed(name)
    art = ARTICLES[name]
    if art.get("title"):
        assert cleaned.title == art["title"]
    if "published" in art:
        assert cleaned.published == art["published"]


def test_seed_hard_cases() -> None:
    """The stretch labels (a credit-less caption, an unrelated closing teaser) are met too."""
    missed = [f for name in sorted(ARTICLES) for f in _seed_failures(name, hard=True)]
    assert missed == []


def test_seed_byline_is_agency_stripped() -> None:
    """The agency byline "A. Williams--BTZ" yields the name only."""
    _, cleaned = _seed("003_1a96f7a8f7710a39.txt")
    assert cleaned.authors == ("A. Williams",)


def _fixture(path: Path) -> list[tuple[str, str]]:
    """Parse a ``LABEL | text`` fixture into (label, text) rows."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition(" | ")
        rows.append((label.strip(), text.strip()))
    return rows


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_labels(path: Path) -> None:
    """Own fixtures: content kept, boilerplate removed with the labelled kind, metadata found."""
    rows = _fixture(path)
    cleaned = clean_text("\n".join(text for _, text in rows))
    removed = {r.text: r.kind for r in cleaned.removed}
    expected_body = [text for label, text in rows if label == "C"]
    assert list(cleaned.paragraphs) == expected_body
    for label, text in rows:
        if label.startswith("B:"):
            assert label[2:] in BOILERPLATE_KINDS
            assert removed.get(text) == label[2:], text
        elif label == "T":
            assert cleaned.title == text
        elif label in ("D", "A"):
            assert text not in removed
    assert (cleaned.published is not None) == any(label == "D" for label, _ in rows)
    assert bool(cleaned.authors) == any(label == "A" for label, _ in rows)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("4.12.2024", "2024-12-04"),
        ("Stand: 04.12.2024, 14:33 Uhr", "2024-12-04"),
        ("December 4, 2024", "2024-12-04"),
        ("Published on Dec. 4, 2024 at 9:15 am", "2024-12-04"),
        ("4 December 2024", "2024-12-04"),
        ("Mittwoch, 4. Dezember 2024", "2024-12-04"),
        ("2024-12-04T10:00:00Z", "2024-12-04"),
        ("Am 4. Dezember 2024 berichtete die Zeitung über den Fall.", None),
        ("31.02.99", None),
    ],
)
def test_parse_date(line: str, iso: str | None) -> None:
    """Date-only lines parse; sentences that merely contain a date do not."""
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("A. Williams--BTZ", ("A. Williams",)),
        ("Von Katrin Adler und Jonas Berger", ("Katrin Adler", "Jonas Berger")),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("Von Berlin aus fuhr der Zug weiter nach Hamburg.", ()),
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...]) -> None:
    """Bylines give names without the agency; prose starting with "Von" is no byline."""
    assert parse_byline(line) == names


def test_filter_paragraphs_has_no_title_detection() -> None:
    """Paragraphs from HTML: a headline-like first line stays, widgets go."""
    paras = [
        "Neue Regeln für E-Scooter in der Innenstadt",
        "Die Stadt will das Abstellen von E-Scootern auf Gehwegen künftig nur noch an festen "
        "Stationen erlauben. Verstöße sollen mit Bußgeldern geahndet werden.",
        "Anzeige",
        "Die Anbieter kündigten an, die neuen Regeln in ihren Apps umzusetzen.",
        "Artikel teilen",
    ]
    kept, removed = filter_paragraphs(paras)
    assert kept == (paras[0], paras[1], paras[3])
    assert [(r.text, r.kind) for r in removed] == [
        ("Anzeige", "ad_label"),
        ("Artikel teilen", "share_bar"),
    ]


def test_messenger_news_is_not_a_promo() -> None:
    """A report about a messenger keeps its lines; only the real promo block goes."""
    text = "\n".join(
        [
            "Der Messengerdienst WhatsApp hat am Dienstag neue Funktionen für Gruppen vorgestellt.",
            "Nutzer sollen künftig Umfragen anlegen und Nachrichten anheften können, teilte "
            "das Unternehmen mit.",
            "Kritiker bemängeln, dass Telegram ähnliche Werkzeuge schon länger anbietet.",
            "Unser Kanal auf Telegram",
            "Jetzt auf Telegram folgen und nichts mehr verpassen – kein Spam, versprochen!",
            "Die Funktionen sollen in den kommenden Wochen für alle verfügbar sein.",
        ]
    )
    cleaned = clean_text(text)
    assert len(cleaned.paragraphs) == 4
    assert {r.kind for r in cleaned.removed} == {"newsletter_promo"}


def test_subheading_between_paragraphs_is_content() -> None:
    """Short headline-like lines inside the body are subheadings, not boilerplate."""
    text = (
        "Die Regierung hat am Montag ein neues Gesetz zur Wohnungsförderung vorgelegt.\n"
        "Was sich für Mieter ändert\n"
        "Mieter sollen künftig schneller Wohngeld erhalten, wenn sich ihr Einkommen ändert."
    )
    assert clean_text(text).paragraphs == tuple(text.splitlines())


def test_courtesy_credit_is_a_caption_and_a_sentence_with_courtesy_is_not() -> None:
    text = (
        "The gallery opened a show of First Nations artists on Monday, drawing large crowds.\n"
        "Artist Daniel Walbidi Courtesy of the Artist/Short St Gallery\n"
        "The paintings were lent courtesy of the museum.\n"
        "More visitors came later in the week to see the work of the painters."
    )
    kept = clean_text(text, title_hint="Art show opens").paragraphs
    assert not any("Walbidi" in p for p in kept)
    assert "The paintings were lent courtesy of the museum." in kept


def test_title_hint_used_when_text_has_no_headline() -> None:
    """Without a headline line the hint becomes the title; empty input is harmless."""
    cleaned = clean_text(
        "Die Sitzung dauerte bis in die Nacht, wie ein Sprecher sagte.", title_hint="X"
    )
    assert cleaned.title == "X"
    assert clean_text("").paragraphs == ()


def test_channel_subheading_is_not_a_promo() -> None:
    """A subheading about a canal ("Kanal") is content, not a messenger promo."""
    text = (
        "Die Stadt baut den Kanal aus, teilte die Verwaltung am Montag mit.\n"
        "Der Kanal wird verbreitert\n"
        "Die Arbeiten sollen im Mai beginnen und zwei Jahre dauern."
    )
    assert clean_text(text).paragraphs == tuple(text.splitlines())


def test_fixtures_cover_every_kind() -> None:
    """Our fixtures exercise every boilerplate kind a text can show (not the recurring one)."""
    labels = {
        label[2:]
        for path in FIXTURES.glob("*.txt")
        for label, _ in _fixture(path)
        if label[:2] == "B:"
    }
    assert set(BOILERPLATE_KINDS) - {"recurring_line"} <= labels
    assert {p.name[:3] for p in FIXTURES.glob("*.txt")} == {"de_", "en_"}


@pytest.mark.parametrize("language", sorted(F1_FLOORS))
def test_flattened_corpus_f1_floor(language: str) -> None:
    """Real pages flattened to text: body F1 (4-word shingles) stays above the floor."""
    scores = [
        shingle_score(
            "\n".join(clean_text(flatten_html(page["html"])).paragraphs), page["gold"]["body"]
        )
        for page in corpus_pages(CORPUS, language)
    ]
    assert scores
    assert mean_score(scores).f1 >= F1_FLOORS[language]


def _page(article: list[str], tail: list[str]) -> str:
    """A flattened page: a menu, the article, then whatever follows it."""
    menu = [f"Ressort {i}" for i in range(12)]
    return "\n".join([*menu, "Neue Regeln für die Innenstadt", *article, *tail])


_ARTICLE = [
    f"Der Stadtrat hat am Montag über den Absatz {i} der neuen Verkehrsordnung beraten, "
    "wie ein Sprecher der Verwaltung nach der Sitzung mitteilte und dabei betonte, "
    "dass die Bürger rechtzeitig informiert werden sollen."
    for i in range(4)
]


def test_long_comment_section_does_not_replace_the_article() -> None:
    """Reader comments after a comment header stay out, however long they are."""
    comments = [
        f"Ich finde, dass die Stadt bei Punkt {i} viel zu spät reagiert hat, und ich frage "
        "mich, warum niemand die Anwohner vorher gefragt hat, denn das wäre das Mindeste "
        "gewesen, was man von einer Verwaltung erwarten kann."
        for i in range(8)
    ]
    cleaned = clean_text(_page(_ARTICLE, ["3 Kommentare", "Neueste", *comments]))
    assert list(cleaned.paragraphs) == _ARTICLE


def test_teaser_headline_run_is_not_article() -> None:
    """Long headlines in a row without sentence ends, after the article, are teasers."""
    teasers = [
        f"Rekord bei den Mieten in {city} – und was Mieter jetzt dagegen tun können"
        for city in ("Berlin", "Hamburg", "München", "Köln", "Leipzig")
    ]
    cleaned = clean_text(_page(_ARTICLE, teasers))
    assert list(cleaned.paragraphs) == _ARTICLE


def test_page_of_menu_lines_ends_with_nothing_kept() -> None:
    """No line carries article evidence: the span search must stop (it once looped forever)."""
    import signal

    def _hang(_signum: int, _frame: object) -> None:
        raise TimeoutError("clean_text did not return")

    menu = "\n".join(
        ["Menu", "Home", "Login", "Sport", "Kontakt", "Impressum", "Suche", "Abo", "Newsletter"]
    )
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(10)
    try:
        cleaned = clean_text(menu)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert cleaned.paragraphs == ()
    assert len(cleaned.removed) == 9


def test_more_on_a_topic_before_a_colon_is_a_related_link() -> None:
    text = (
        "Nanoplastics harm chicken embryos, a study in Leiden finds. The team tested embryos.\n"
        "More on plastics: Pollution Is Shrinking Human Penises, Warns Famous Environmentalist\n"
        "More on plastics - the study shows the harm of nanoplastics in developing embryos."
    )
    cleaned = clean_text(text)
    assert not any(p.startswith("More on plastics:") for p in cleaned.paragraphs)
    assert any(p.startswith("More on plastics -") for p in cleaned.paragraphs)  # prose stays
