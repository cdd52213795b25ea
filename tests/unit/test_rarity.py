"""General-language rarity of keyphrases (``pipeline.rarity``) and its effect on the ranking."""

from __future__ import annotations

from pipeline.rarity import rarity_boost, zipf
from tests.unit.topic_matching import topic_labels


def test_common_words_have_higher_zipf_than_rare_ones() -> None:
    assert zipf("Regierung", "de") > zipf("Schattenflotte", "de")
    assert zipf("time", "en") > zipf("subpoena", "en")


def test_boost_grows_with_rarity_and_never_penalises() -> None:
    assert rarity_boost("Jahr", "de") == 1.0
    assert rarity_boost("Schattenflotte", "de") > rarity_boost("Regierung", "de") >= 1.0
    # a phrase is as rare as its rarest word
    assert rarity_boost("tumble dryer", "en") > rarity_boost("new dryer", "en") - 1e-9
    assert rarity_boost("tumble dryer", "en") > rarity_boost("house", "en")


def test_no_boost_without_words_or_for_other_languages() -> None:
    assert rarity_boost("EU", "de") == 1.0  # parts shorter than three letters say nothing
    assert rarity_boost("", "en") == 1.0
    assert rarity_boost("Schattenflotte", "fr") == 1.0


def test_rarer_keyphrase_outranks_equally_frequent_common_one() -> None:
    body = (
        "The surface of the glacier is darker than it was. The team measured the albedo again.\n"
        "A brighter surface reflects more sunlight, and the albedo decides how fast ice melts."
    )
    labels = topic_labels(None, body, "en")
    assert labels.index("albedo") < labels.index("surface")


def test_noun_in_german_headline_outranks_noun_repeated_in_body() -> None:
    body = (
        "Im Hafen von Rostock lag am Dienstag ein Tanker, den die Küstenwache festhielt.\n"
        "Der Hafen war stundenlang gesperrt. Die Arbeit im Hafen ruhte.\n"
        "Erst am Abend öffnete der Hafen wieder."
    )
    labels = topic_labels("Küstenwache stoppt Tanker", body, "de")
    assert labels.index("Tanker") < labels.index("Hafen")
