"""Named storms are events (``pipeline.storms``)."""

from __future__ import annotations

from tests.unit.topic_matching import kinds


def test_named_storm_is_one_event_with_its_bare_name() -> None:
    body = "Hurricane Milton made landfall in Florida. Milton brought heavy rain to Tampa."
    topics = kinds("Milton hits Florida", body, "en")
    assert topics["Hurricane Milton"] == "event"
    assert "Milton" not in topics


def test_german_storm_compounds_name_storms() -> None:
    body = "Das Orkantief Xynthia hat in Frankreich 50 Menschen getötet. Xynthia zog weiter."
    assert kinds("Orkantief Xynthia wütet", body, "de")["Orkantief Xynthia"] == "event"
    body = "Der Taifun Halong hat auf den Philippinen Schäden angerichtet."
    assert kinds("Taifun über den Philippinen", body, "de")["Taifun Halong"] == "event"


def test_plain_storm_word_needs_a_name_no_dictionary_knows() -> None:
    body = "Britain sent Storm Shadow missiles to Ukraine. Storm Shadow flies 250 km."
    assert kinds("Missiles for Ukraine", body, "en").get("Storm Shadow") != "event"
    body = "Sturm Graz hat das Derby gewonnen. Sturm Graz führt die Tabelle an."
    assert kinds("Derbysieg", body, "de").get("Sturm Graz") != "event"
    body = "Storm Babet brought floods to Scotland. Babet is the second named storm."
    assert kinds("Storm Babet", body, "en")["Storm Babet"] == "event"
