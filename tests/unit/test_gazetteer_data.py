"""The shipped lexical data files parse and stay consistent (``pipeline/data``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.categories import IPTC_MEDIA_TOPICS
from pipeline.gazetteer import Suffixes, gazetteer, word_lists
from pipeline.topic_demote import demotion
from pipeline.topics import extract_topics

DATA = Path(__file__).resolve().parents[2] / "pipeline" / "data"
KINDS = {"person", "organization", "location", "event"}


def _lines(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([f.strip() for f in line.split("|")])
    return rows


def test_every_gazetteer_line_has_six_fields_a_kind_and_known_hints() -> None:
    files = sorted(DATA.glob("gazetteer_*.txt"))
    assert len(files) >= 8  # the four hand-written files and the four "world" files
    for path in files:
        for fields in _lines(path):
            assert len(fields) == 6, (path.name, fields)
            assert fields[0] in KINDS, (path.name, fields)
            assert fields[1], (path.name, fields)
            for hint in filter(None, (h.strip() for h in fields[5].split(";"))):
                assert f"medtop:{hint.zfill(2)}000000" in IPTC_MEDIA_TOPICS, (path.name, hint)


def test_no_alias_is_a_function_word() -> None:
    """Except short all-caps aliases, which match case-sensitively ("US", "WHO", "IS")."""
    words = word_lists()
    stop = words.stop_de | words.stop_en
    gaz = gazetteer()
    for lang in ("de", "en"):
        singles = [key[0] for key in gaz.aliases[lang] if len(key) == 1]
        assert not [w for w in singles if w in stop and w.upper() not in gaz.exact_case], lang


def test_world_files_add_entries_and_labels_are_unique_per_kind() -> None:
    entries = gazetteer().entries
    assert len(entries) > 3000
    labels = [(e.kind, e.label_de) for e in entries]
    assert len(labels) == len(set(labels))


def test_outlets_rank_lower_but_less_than_news_agencies() -> None:
    outlet = demotion("Süddeutsche Zeitung", "organization", "de")
    wire = demotion("Reuters", "organization", "de")
    assert wire < outlet < 1.0
    assert demotion("Siemens", "organization", "de") == 1.0
    # an outlet's programme or service is the outlet cited as a source
    assert demotion("BBC News", "organization", "en") == demotion("BBC", "organization", "en") < 1
    assert demotion("Boris Johnson", "person", "en") == 1.0


def test_a_person_known_by_a_given_name_alone_ranks_lower_unless_titled() -> None:
    assert demotion("Andrij", "person", "de") < 1.0  # a witness who keeps the surname back
    assert demotion("Leo", "person", "de", titled=True) == 1.0  # "Papst Leo"
    assert demotion("Andrij Melnyk", "person", "de") == 1.0


def test_first_names_leave_out_common_words() -> None:
    names = word_lists().first_names
    assert len(names) > 3000
    assert {"detlev", "corinna", "maksym"} <= names
    assert not {"rose", "wolf", "said", "nur", "hope", "storm", "adler"} & names


def test_a_users_own_gazetteer_file_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extending newsflow is adding a line to a data file: a new ``gazetteer_*.txt`` is read."""
    import pipeline.gazetteer as gz
    import pipeline.topic_demote as td
    from tests.unit.topic_matching import kinds, topic_labels

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "gazetteer_zz_mine.txt").write_text(
        "organization | Quokkabank | Quokkabank | Quokka-Bank | | 04\n", encoding="utf-8"
    )
    body = "Die Quokka-Bank meldet Gewinne. Quokkabank-Chef lobt das Jahr."
    assert "Quokkabank" not in topic_labels(None, body, "de")
    monkeypatch.setattr(gz, "files", lambda _package: data)
    for cached in (gz.gazetteer, gz.word_lists, td._lists):
        cached.cache_clear()
    try:
        topics = kinds(None, body, "de")
        assert topics.get("Quokkabank") == "organization"
    finally:
        monkeypatch.undo()
        for cached in (gz.gazetteer, gz.word_lists, td._lists):
            cached.cache_clear()


def test_a_users_category_keyword_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.categories as cat
    import pipeline.gazetteer as gz

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    lexicon = data / "iptc_keywords.txt"
    text = lexicon.read_text(encoding="utf-8")
    marker = "[medtop:15000000] sport\n"
    lexicon.write_text(text.replace(marker, marker + "de: quokkaball*^3\n"), encoding="utf-8")
    body = "Beim Quokkaball siegte Lübeck. Das Quokkaballturnier dauerte zwei Tage."
    caches = (cat._lexicons, cat._word_hits)
    assert not cat.categorize("Quokkaball in Lübeck", body, (), "de")
    monkeypatch.setattr(gz, "files", lambda _package: data)
    for cached in caches:
        cached.cache_clear()
    try:
        found = cat.categorize("Quokkaball in Lübeck", body, (), "de")
        assert found
        assert found[0].code == "medtop:15000000"
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_an_acronym_labelling_an_entry_in_one_language_names_it_in_the_other() -> None:
    body = (
        "The Centers for Disease Control and Prevention issued a warning. The CDC said cases "
        "rose, and the FDA recalled the drops.\nThe sec said nothing."
    )
    labels = {t.label: t.kind for t in extract_topics("Outbreak", body, "en")}
    assert labels.get("Centers for Disease Control and Prevention") == "organization"
    assert "CDC" not in labels  # one topic with the full name, not two
    assert labels.get("Food and Drug Administration") == "organization"
    assert "Securities and Exchange Commission" not in labels  # only written in capitals


def test_a_provinces_abbreviation_names_it() -> None:
    body = "Doctors in B.C. are leaving. A clinic in Vancouver, B.C., closed its doors."
    labels = {t.label: t.kind for t in extract_topics("Clinics close", body, "en")}
    assert labels.get("British Columbia") == "location"
    assert "B.C." not in labels


def test_a_union_named_without_its_head_word_is_the_gazetteer_union() -> None:
    body = "Public and Commercial Services union members have voted to strike over job cuts."
    labels = {t.label: t.kind for t in extract_topics("Strike vote", body, "en")}
    assert labels.get("Public and Commercial Services Union") == "organization"
    assert "Commercial Services" not in labels


def test_farming_and_weather_regions_are_places() -> None:
    body = (
        "Storms will sweep the Corn Belt on Tuesday, and Tornado Alley braces for hail. "
        "In the Twin Cities, the river is rising.\nFarmers across the Corn Belt fear floods."
    )
    labels = {t.label: t.kind for t in extract_topics("Severe weather ahead", body, "en")}
    assert labels.get("Corn Belt") == "location"
    assert labels.get("Twin Cities") == "location"


def test_suffix_index_matches_what_trying_each_ending_matches() -> None:
    endings = ("chef", "chefin", "leiter", "ökonom", "minister")
    index = Suffixes.of((*endings, ""))
    words = ["polizeichef", "chefin", "leiter", "wirtschaftsökonom", "chefs", "ef", "", "register"]
    for word in words:
        assert index.match(word) == word.endswith(endings), word
    assert not Suffixes.of(()).match("chef")
    # every role suffix of the shipped list is found through the index
    roles = word_lists().role_suffixes
    assert all(roles.match("xx" + e) for tail in roles.by_tail.values() for e in tail)
