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
    # a common noun before the bare name opens no longer name
    body = "Ein Orkantief, das den Namen Xynthia erhielt, wütet über Frankreich."
    topics = kinds("Orkantief Xynthia wütet", body, "de")
    assert topics["Orkantief Xynthia"] == "event"
    assert "Xynthia" not in topics
    body = "Der Taifun Halong hat auf den Philippinen Schäden angerichtet."
    assert kinds("Taifun über den Philippinen", body, "de")["Taifun Halong"] == "event"


def test_plain_storm_word_needs_a_name_no_dictionary_knows() -> None:
    body = "Britain sent Storm Shadow missiles to Ukraine. Storm Shadow flies 250 km."
    assert kinds("Missiles for Ukraine", body, "en").get("Storm Shadow") != "event"
    body = "Sturm Graz hat das Derby gewonnen. Sturm Graz führt die Tabelle an."
    assert kinds("Derbysieg", body, "de").get("Sturm Graz") != "event"
    body = "Storm Babet brought floods to Scotland. Babet is the second named storm."
    assert kinds("Storm Babet", body, "en")["Storm Babet"] == "event"


def test_storm_named_after_a_place_or_in_quotes_or_with_possessive() -> None:
    body = "Hurricane Florence is expected to make landfall. Florence could bring heavy rain."
    topics = kinds("Florence nears the coast", body, "en")
    assert topics["Hurricane Florence"] == "event"
    assert "Florence" not in topics
    body = "Das Sturmtief „Zoltan“ zieht auf. Zoltan bringt Orkanböen an die Küste."
    assert kinds("Sturm zieht auf", body, "de")["Sturmtief Zoltan"] == "event"
    body = "Hurricane Helene's remnants flooded Asheville. Helene killed dozens."
    assert kinds("Helene's toll", body, "en")["Hurricane Helene"] == "event"


def test_storm_word_before_an_ordinary_noun_names_no_storm() -> None:
    body = (
        "Nachdem der Orkan Bäume entwurzelt hatte, brachte das Tief Regen. Der Ansturm "
        "Tausender Fans war groß.\nBäume blockierten die Straßen."
    )
    assert "event" not in set(kinds("Unwetter", body, "de").values())
    body = "The Hurricane Hunters flew into the eye. The Hurricane Center warned residents."
    assert "event" not in set(kinds("Into the eye", body, "en").values())


def test_bare_storm_name_inside_a_person_name_stays_the_person() -> None:
    body = (
        'Hurricane Ian hit Florida. "It was huge," said Ian Livingston, a meteorologist.\n'
        "Ian weakened over land."
    )
    topics = kinds("Ian weakens", body, "en")
    assert topics["Hurricane Ian"] == "event"
    assert topics["Ian Livingston"] == "person"


def test_storm_word_opening_a_longer_name_names_no_storm() -> None:
    body = (
        "The outlook was drawn up by the Storm Prediction Center. The agency warns of hail.\n"
        "Nonetheless, the Storm Prediction Center has outlined a Level 3 risk."
    )
    topics = kinds("Severe weather ahead", body, "en")
    assert topics.get("Storm Prediction Center") == "organization"
    assert "Storm Prediction" not in topics
    # a given name after the storm word is the storm's, whatever follows
    german = kinds("Sturm", "Sturmtief Zoltan wütet. Orkan Sabine Mittwoch erwartet.", "de")
    assert german.get("Orkan Sabine") == "event"
