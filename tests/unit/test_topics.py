"""Topic extraction against the hand-labelled seed articles (``/work/shared/seeds/gold.json``).

Rules checked per article (as documented in gold.json and the project brief):

* ``topics_must``: every entry matches one of the top-10 labels - after folding case and
  inflection it equals an alternative, or the label is a name of <= 5 words containing the
  alternative as a whole word ("Mark Rutte" matches "Rutte"; "Nordkorea" does not match "Nord");
* ``topics_typed``: every entry matches a top-15 topic of that kind;
* ``topics_never``: no top-10 label contains these strings (case-insensitive);
* no top-10 label is a function word, and no two top-10 labels are variants of one name;
* one of the gold categories is among the top 2.

Lines gold.json labels boilerplate/date/byline are dropped first (production bodies are cleaned),
and the title line is passed as ``title``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.categories import categorize
from pipeline.language import detect_language
from pipeline.models import Topic
from pipeline.topic_select import Scored, select
from pipeline.topics import extract_topics
from tests.unit.topic_matching import FUNCTION_WORDS, kinds, matches, topic_labels, variants

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
GOLD_PATH = SEEDS / "gold.json"


def _gold() -> dict[str, Any]:
    if not GOLD_PATH.exists():  # pragma: no cover - CI always has the seeds
        pytest.skip("seed articles not available")
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def _article(name: str, spec: dict[str, Any]) -> tuple[str | None, str]:
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    title: str | None = None
    keep: list[str] = []
    for number, line in enumerate(lines, 1):
        label = spec["lines"].get(str(number))
        if isinstance(label, dict):
            label = label["label"]
        if label == "title":
            title = line.strip()
        elif label in ("boilerplate", "date", "byline"):
            continue
        elif line.strip():
            keep.append(line.strip())
    return title, "\n".join(keep)


def _cases() -> list[str]:
    if not GOLD_PATH.exists():  # pragma: no cover
        return []
    return sorted(json.loads(GOLD_PATH.read_text(encoding="utf-8"))["articles"])


@pytest.mark.parametrize("name", _cases())
def test_seed_topics_and_categories(name: str) -> None:
    gold = _gold()
    spec = gold["articles"][name]
    title, body = _article(name, spec)
    assert detect_language(body) == "de"
    topics = extract_topics(title, body, "de")
    top10, top15 = topics[:10], topics[:15]
    labels = [t.label for t in top10]
    shown = ", ".join(f"{t.label} ({t.kind})" for t in top15)

    for alternatives in spec["topics_must"]:
        assert any(matches(lab, alt) for lab in labels for alt in alternatives), (
            f"{name}: none of {alternatives} in top 10: {shown}"
        )
    for alternatives, kind in spec.get("topics_typed", []):
        assert any(
            t.kind == kind and any(matches(t.label, alt) for alt in alternatives) for t in top15
        ), f"{name}: no {kind} among {alternatives} in top 15: {shown}"
    for never in gold.get("topics_never", []):
        assert not any(never.lower() in lab.lower() for lab in labels), f"{name}: {never!r}"
    for lab in labels:
        assert lab.lower() not in FUNCTION_WORDS, f"{name}: function word {lab!r}"
    for i, a in enumerate(top10):
        for b in top10[i + 1 :]:
            assert not variants(a, b), f"{name}: variants {a.label!r} / {b.label!r}"

    categories = categorize(title, body, topics, "de")
    codes = [c.code for c in categories[:2]]
    assert set(codes) & set(spec["categories"]), f"{name}: categories {codes}"


@pytest.mark.parametrize("name", _cases())
def test_seed_topic_invariants(name: str) -> None:
    title, body = _article(name, _gold()["articles"][name])
    topics = extract_topics(title, body, "de")
    assert 0 < len(topics) <= 15
    assert all(0.0 <= t.score <= 1.0 for t in topics)
    assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)
    assert topics[0].score == 1.0
    assert len(extract_topics(title, body, "de", limit=3)) == 3


def test_matching_rules() -> None:
    assert matches("Mark Rutte", "Rutte")
    assert matches("Nordkoreas", "Nordkorea")
    assert matches("Kim Jong Un", "Kim Jong-un")
    assert not matches("Nordkorea", "Nord")
    # a German noun's inflection folds by its lemma as written (lower case the data lacks it)
    assert matches("Werksschließung", "Werksschließungen", "de")
    assert not matches("Werksschließung", "Werkstor", "de")
    assert variants(Topic("NATO", "organization", 1.0), Topic("Nato", "organization", 0.5))
    assert variants(Topic("Rutte", "person", 1.0), Topic("Mark Rutte", "person", 0.5))


def test_empty_and_trivial_inputs() -> None:
    assert extract_topics(None, "", "de") == ()
    assert extract_topics("", "   \n ", "en") == ()
    assert extract_topics("Hallo", "Die und der.", "de", limit=0) == ()
    for t in extract_topics(None, "Die Der Das. The More.", "de"):
        assert t.label.lower() not in FUNCTION_WORDS


def test_dateline_is_no_lead_topic() -> None:
    body = (
        "Essen. Drei uralte Städte tauchen im Dickicht des Regenwalds von Guatemala auf, "
        "berichten Archäologen.\n"
        "Die Archäologen fanden Pyramiden und Plätze der Maya in Guatemala."
    )
    with_dateline = {t.label: t.score for t in extract_topics(None, body, "de")}
    plain = {t.label: t.score for t in extract_topics(None, "Essen ist " + body[7:], "de")}
    assert with_dateline.get("Essen", 0.0) < plain["Essen"]
    assert next(iter(with_dateline)) == "Guatemala"
    wire = "WASHINGTON (AP) — Kansas farmers brace for a drought that could cut the wheat harvest."
    tokens = topic_labels(None, wire, "en")
    assert "Kansas" in tokens
    assert extract_topics(None, wire, "en")[0].label != "Washington"


def test_numbered_edition_and_org_names_keep_their_words() -> None:
    body = (
        "When the world's nations meet for COP30 in Belém, the United States will be absent.\n"
        "Mexico's National Statistics Institute said growth slowed, and delegates at COP30 "
        "discussed climate finance."
    )
    labels = kinds("Climate talks begin", body, "en")
    assert labels.get("COP30") == "event"
    assert labels.get("National Statistics Institute") == "organization"


def test_regional_demonym_counts_for_region() -> None:
    body = (
        "Tausende Osttiroler Eltern erhielten am Samstag eine Nachricht der Schule.\n"
        "In Lienz blieb die Schule wegen eines Brandes geschlossen, die Kinder kamen in Osttirol "
        "bei Verwandten unter."
    )
    labels = kinds("Schule geschlossen", body, "de")
    assert labels.get("Osttirol") == "location"
    assert labels.get("Lienz") == "location"


def test_english_demonyms_and_state_abbreviations_count_for_the_place() -> None:
    body = (
        "The plane was hit in Nepali airspace on Tuesday. The Scot was on board.\n"
        "An explosion at a plant in West Reading, Pa., killed five, officials in Albany, N.Y., "
        "said."
    )
    labels = kinds("Plane hit", body, "en")
    for place in ("Nepal", "Scotland", "Pennsylvania", "New York"):
        assert labels.get(place) == "location", place
    assert not {"Nepali", "Scot", "Pa", "N.Y"} & set(labels)


def test_club_and_court_named_after_their_city() -> None:
    body = (
        "Die Füchse Berlin haben das Pokalspiel gegen Eisenach klar gewonnen.\n"
        "Trainer Jaron Siewert lobte die Füchse Berlin für die Abwehr. Das Landgericht München "
        "hatte zuvor über einen Streit mit dem Verein entschieden."
    )
    topics = kinds("Füchse Berlin im Viertelfinale", body, "de")
    assert topics.get("Füchse Berlin") == "organization"
    assert topics.get("Landgericht München") == "organization"
    assert "München" not in topics


def test_domains_units_and_platforms() -> None:
    body = (
        "Der Anbieter Klarmobil.de bietet 10 GB Datenvolumen mit 50 MBit/s im Vodafone-Netz. Das "
        "GB-Datenvolumen reicht für WhatsApp, Mails und Browser.\n"
        "Bei Klarmobil kostet das 5,99 Euro im Monat, das Datenvolumen wächst jährlich."
    )
    topics = extract_topics("Klarmobil senkt Preis für Datenvolumen", body, "de")
    labels = {t.label: t.kind for t in topics}
    assert "Klarmobil.de" not in labels
    assert labels.get("Klarmobil") in ("organization", "keyphrase")
    assert "Datenvolumen" in labels
    assert "GB-Datenvolumen" not in labels
    assert not any("/" in label for label in labels)
    ranked = [t.label for t in topics]
    if "WhatsApp" in ranked:
        assert ranked.index("WhatsApp") > ranked.index("Datenvolumen")


def test_platform_named_in_passing_ranks_below_the_story() -> None:
    from pipeline.topic_demote import demotion

    assert demotion("WhatsApp", "organization") < 1.0
    assert demotion("Vodafone", "organization") == 1.0
    assert demotion("Deutschland", "location", "de") < demotion("Deutschland", "location", "en")
    # English-language news is written mostly in the US and the UK
    assert demotion("United States", "location", "en") < demotion("USA", "location", "de")
    assert demotion("UK", "location", "en") < 1.0
    assert demotion("Europa", "location", "de") < 1.0


def test_keyphrase_with_a_page_widget_word_ranks_lower() -> None:
    from pipeline.topic_demote import demotion

    assert demotion("premium subscriber", "keyphrase", "en") < 1.0
    assert demotion("Newsletter-Anmeldung", "keyphrase", "de") < 1.0
    assert demotion("family plan", "keyphrase", "en") == 1.0


def test_gazetteer_lines_for_one_entry_add_up() -> None:
    # a later line for "Olympische Spiele" and for "Prag" adds an alias and an adjective
    body = (
        "Die Olympischen Sommerspiele beginnen im Juli. Die Prager Regierung schickt ein Team.\n"
        "Für die Olympischen Sommerspiele plant die Prager Stadtverwaltung eine Feier."
    )
    topics = kinds(None, body, "de")
    assert topics.get("Olympische Spiele") == "event"
    assert topics.get("Prag") == "location"


def test_surname_alias_after_another_given_name_is_that_person() -> None:
    body = (
        "Donna Kelce spoke about her son. Travis Kelce caught two passes, and Donna Kelce "
        "cheered.\nThe Chiefs won again."
    )
    topics = kinds("Donna Kelce on Taylor Swift", body, "en")
    assert topics.get("Donna Kelce") == "person"
    assert "Donna" not in topics


def test_code_before_a_city_is_a_club_and_a_plant_is_no_village() -> None:
    body = (
        "Der THW Kiel verlor beim SC Magdeburg. Das AKW Gundremmingen wurde gesprengt; in "
        "Gundremmingen sahen Hunderte zu.\nDer THW Kiel trifft am Sonntag auf Flensburg, "
        "Gundremmingen feiert."
    )
    topics = extract_topics("Sprengung in Gundremmingen", body, "de")
    kinds = {t.label: t.kind for t in topics}
    assert kinds.get("THW Kiel") == "organization"
    assert "Technisches Hilfswerk" not in kinds
    # the plant (an organisation) and the village (a place) are two topics
    assert kinds.get("AKW Gundremmingen") == "organization"
    assert kinds.get("Gundremmingen") == "location"


def test_event_named_with_a_number_keeps_its_label() -> None:
    body = "Das Virus SARS-CoV-2 verbreitete sich schnell. SARS-CoV-2 mutierte mehrfach."
    labels = topic_labels("Pandemie", body, "de")
    assert "COVID-19" in labels
    assert "SARS-CoV-2" not in labels


def test_noun_compound_ending_in_ung_is_no_place() -> None:
    body = "Trump spricht nach Tanker-Stürmung über Bodeneinsätze. Die Tanker-Stürmung war heikel."
    topics = kinds(None, body, "de")
    assert topics.get("Tanker-Stürmung") in (None, "keyphrase")


def test_common_nouns_are_no_gazetteer_firms() -> None:
    body = (
        "Die NATO stärkt ihre Ostflanke. Die Allianz will mehr Truppen ins Baltikum schicken, "
        "die russische Luftwaffe fliegt Patrouillen.\nDie Allianz reagiert, sagte Mark Rutte."
    )
    topics = kinds("NATO verlegt Truppen", body, "de")
    assert topics.get("Allianz") != "organization"  # the alliance, not the insurer
    assert "German Air Force" not in topics
    assert topics.get("Luftwaffe") in (None, "keyphrase")


def test_select_defers_a_keyphrase_inside_or_around_a_chosen_one() -> None:
    scored: list[Scored] = [
        (9.0, 0, "severe storm", "keyphrase"),
        (8.0, 1, "storm", "keyphrase"),
        (7.0, 2, "Leitzins", "keyphrase"),
        (6.0, 3, "Zins", "keyphrase"),
        (5.0, 4, "Storm Prediction Center", "organization"),  # a name is no keyphrase
        (4.0, 5, "art", "keyphrase"),  # too short to stand inside "party"
        (3.0, 6, "party", "keyphrase"),
        (2.5, 7, "Kokain-Verherrlichung", "keyphrase"),
        (2.0, 8, "Kokain", "keyphrase"),  # a hyphenated compound's first part stands alone
    ]
    labels = [label for _, _, label, _ in select(scored, 10)]
    assert labels[:5] == ["severe storm", "Leitzins", "Storm Prediction Center", "art", "party"]
    assert labels[5:] == ["Kokain-Verherrlichung", "Kokain", "storm", "Zins"]
    assert [label for _, _, label, _ in select(scored, 3)] == labels[:3]


def test_select_keeps_a_name_reading_and_defers_longer_forms() -> None:
    scored: list[Scored] = [
        (9.0, 0, "Klarmobil", "keyphrase"),
        (8.0, 1, "Gundremmingen", "organization"),
        (7.0, 2, "klarmobil", "organization"),  # the same word read as a name
        (6.0, 3, "AKW Gundremmingen", "organization"),
        (5.0, 4, "union", "keyphrase"),
        (4.0, 5, "Union", "organization"),
        (3.0, 6, "Google Search", "organization"),
        (2.0, 7, "Google", "organization"),
    ]
    out = select(scored, 10)
    assert [(label, kind) for _, _, label, kind in out] == [
        ("Klarmobil", "organization"),
        ("Gundremmingen", "organization"),
        ("union", "keyphrase"),
        ("Google Search", "organization"),
        ("Google", "organization"),
        ("AKW Gundremmingen", "organization"),
    ]


def test_select_reads_a_capitalised_plural_of_a_chosen_keyphrase_as_that_keyphrase() -> None:
    scored: list[Scored] = [
        (9.0, 0, "sleeping bag", "keyphrase"),
        (8.0, 1, "Sleeping Bags", "organization"),  # a Title Case subhead, no firm
        (7.0, 2, "Mars", "location"),
        (6.0, 3, "Mar", "keyphrase"),  # only a chosen keyphrase absorbs a name
        (5.0, 4, "Bill", "person"),
        (4.0, 5, "Bills", "organization"),
    ]
    out = [(label, kind) for _, _, label, kind in select(scored, 10)]
    assert out == [
        ("sleeping bag", "keyphrase"),
        ("Mars", "location"),
        ("Mar", "keyphrase"),
        ("Bill", "person"),
        ("Bills", "organization"),
    ]


def test_party_adjectives_and_world_war_three_are_gazetteer_names() -> None:
    body = (
        "Democratic lawmakers objected, and a Democrat from Ohio spoke. Republican leaders "
        "disagreed.\nSweden told households how to survive WWIII."
    )
    topics = kinds("Budget fight", body, "en")
    assert topics.get("Democratic Party") == "organization"
    assert topics.get("Republican Party") == "organization"
    assert "Democrat" not in topics
    assert topics.get("World War III") == "event"


def test_column_name_before_an_english_headline_colon_is_no_topic() -> None:
    body = (
        "Nvidia reported record earnings, and its chief Jensen Huang pitched sovereign AI to "
        "governments.\nThe business of nation building is booming, Nvidia said."
    )
    labels = topic_labels("Business Brief: Nvidia into nation building", body, "en")
    assert "Business Brief" not in labels
    assert "Nvidia" in labels
    blair = {
        t.label
        for t in extract_topics("Tony Blair: Why compromise matters", "Blair said so.", "en")
    }
    assert "Tony Blair" in blair


def test_union_named_with_its_kind_shares_a_slot() -> None:
    out = select(
        [
            (5.0, 0, "Verdi", "organization"),
            (4.0, 1, "Gewerkschaft Verdi", "organization"),
            (3.0, 2, "Streik", "keyphrase"),
        ],
        2,
    )
    assert [label for _, _, label, _ in out] == ["Verdi", "Streik"]


def test_names_written_in_lower_case_or_ending_in_a_number() -> None:
    body = (
        "Die Gewerkschaft ver.di fordert mehr Geld. Die Gewerkschaft ver.di droht mit Streiks, "
        "u.a. in Essen. Der Konzern Siemens baut Stellen ab."
    )
    topics = kinds("Tarifstreit", body, "de")
    assert topics.get("Verdi") == "organization"  # after an organisation word, in lower case
    assert topics.get("Siemens") == "organization"
    body = "Rosenqvist won the closest Indianapolis 500 in history. The Indy 500 is a classic."
    assert kinds("Rosenqvist wins", body, "en").get("Indianapolis 500") == "event"
    # a numbered edition of a series is named as such
    assert "Euro 2024" in kinds("EM", "Die Euro 2024 beginnt. Die EM 2024 in Deutschland.", "de")


def test_multi_word_name_inside_a_hyphenated_compound() -> None:
    body = (
        "Niedersachsens IG-Metall-Bezirksleiter Thorsten Gröger sprach von einem Skandal.\n"
        "Der New-York-Marathon lief am Sonntag."
    )
    found = kinds("Streit bei VW", body, "de")
    assert found.get("IG Metall") == "organization"
    assert found.get("New York") == "location"
    assert not {"IG", "York"} & set(found)


def test_football_competitions_are_events() -> None:
    body = (
        "Der FC St. Pauli steigt in die Bundesliga auf. In der Bundesliga trifft der Klub auf "
        "Bayern, das in der Champions League spielt."
    )
    found = kinds("Aufstieg in die Bundesliga", body, "de")
    assert found.get("Bundesliga") == "event"
    assert found.get("Champions League") == "event"


def test_genitive_place_before_a_noun_is_the_place_even_when_the_pair_repeats() -> None:
    body = (
        "Irans Justiz widersprach dem Bericht. Iranische Sicherheitskräfte hatten sie verhaftet."
        "\nIrans Justiz warf den Medien Stimmungsmache vor."
    )
    found = kinds("Aktivistin getötet - Irans Justiz dementiert", body, "de")
    assert found.get("Iran") == "location"
    assert "Irans Justiz" not in found
    # a place that opens a firm's name the same way every time is the firm's
    firm = "Texas Instruments meldet Gewinne. Texas Instruments baut ein Werk in Dresden."
    assert "Texas" not in kinds("Chiphersteller wächst", firm, "de")


def test_german_place_adjective_the_gazetteer_lacks_credits_the_place() -> None:
    body = (
        "Die Brandenburger Gesundheitsministerin wurde entlassen. Das Urteil des Hongkonger "
        "Gerichts fiel am Montag, ein New Yorker Loft wurde verkauft."
    )
    found = kinds("Ministerin entlassen", body, "de")
    assert found.get("Brandenburg") == "location"
    assert "Brandenburger" not in found
    assert found.get("Hongkonger Gericht") == "organization"  # an institution's name
    assert "York" not in found


def test_a_german_genitive_in_es_finds_the_gazetteer_name() -> None:
    body = (
        "Das Weiße Haus schwieg zunächst. Das sagte später die Sprecherin des Weißen Hauses, "
        "Karoline Leavitt."
    )
    topics = {t.label: t.kind for t in extract_topics("Tanker gestoppt", body, "de")}
    assert topics.get("Weißes Haus") == "organization"
    assert "Weißen Haus" not in topics  # one topic, not a second inflected one
