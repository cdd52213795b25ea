"""Language identification from function-word profiles."""

from __future__ import annotations

from pipeline.language import detect_language


def test_german() -> None:
    text = "Die NATO hat Russland Unterstützung für das Atomprogramm vorgeworfen, sagte er."
    assert detect_language(text) == "de"


def test_english() -> None:
    text = "The government said on Monday that it would raise taxes to fund the health service."
    assert detect_language(text) == "en"


def test_too_short_is_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("NATO") == "und"
    assert detect_language("Berlin, London") == "und"


def test_mixed_is_undetermined() -> None:
    text = "Die Regierung und der Kanzler. The government and the chancellor were there."
    assert detect_language(text) == "und"


def test_other_languages_optional() -> None:
    assert (
        detect_language(
            "Le gouvernement a annoncé que les impôts seront plus élevés pour les entreprises."
        )
        == "fr"
    )
    assert (
        detect_language("El gobierno ha dicho que los impuestos serán más altos para las empresas.")
        == "es"
    )
