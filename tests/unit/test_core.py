"""The core's entry point: outcomes, rejections as values, determinism."""

from __future__ import annotations

from pipeline.contracts import enriched_to_dict, schema_errors
from pipeline.core import enrich
from pipeline.models import EnrichedArticle, RawArticle, Rejected
from tests.conftest import SEEDS

NOW = "2024-12-04T10:00:00Z"
PARAS = (
    "Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen.",
    "Die Mehrheit stimmte nach einer langen Debatte für den Entwurf der Verwaltung.",
    "Die Opposition kritisierte die geplanten Kürzungen bei den Schwimmbädern scharf.",
)
HTML = (
    "<html><head><title>Haushalt beschlossen</title></head><body>"
    "<nav><a href='/'>Startseite</a></nav><article><h1>Haushalt beschlossen</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "</article><footer>Impressum</footer></body></html>"
)


def test_seeds_enrich_to_valid_documents() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        result = enrich(RawArticle(text=path.read_text("utf-8"), id=path.name), now=NOW).result
        assert isinstance(result, EnrichedArticle), path.name
        assert schema_errors("enriched-article.v1", enriched_to_dict(result)) == []
        assert result.fetched_at == NOW
        assert result.processed_at == NOW


def test_same_input_same_output() -> None:
    raw = RawArticle(text=(SEEDS / "002_5434ca7d493f8315.txt").read_text("utf-8"))
    assert enrich(raw, now=NOW).result == enrich(raw, now=NOW).result


def test_html_wins_over_text() -> None:
    result = enrich(RawArticle(html=HTML, text="Ganz anderer Text hier."), now=NOW).result
    assert isinstance(result, EnrichedArticle)
    assert "Stadtrat" in result.body
    assert "anderer" not in result.body
    assert "Startseite" not in result.body


def test_text_is_the_fallback_when_html_has_no_body() -> None:
    raw = RawArticle(html="<html><body><nav>Menu</nav></body></html>", text="\n".join(PARAS))
    result = enrich(raw, now=NOW).result
    assert isinstance(result, EnrichedArticle)
    assert result.body.splitlines() == list(PARAS)


def test_boilerplate_only_is_rejected_as_empty() -> None:
    result = enrich(RawArticle(text="Kommentare\nTeilen\nStartseite"), now=NOW).result
    assert isinstance(result, Rejected)
    assert (result.reason, result.stage) == ("empty_body", "clean")


def test_binary_text_is_rejected() -> None:
    result = enrich(RawArticle(text=bytes(range(256)).decode("latin-1") * 20), now=NOW).result
    assert isinstance(result, Rejected)
    assert result.reason == "undecodable"


def test_deeply_nested_html_does_not_raise() -> None:
    html = "<div>" * 100_000 + "<p>" + PARAS[0] + "</p>" + "</div>" * 100_000
    result = enrich(RawArticle(html=html), now=NOW).result
    assert isinstance(result, EnrichedArticle | Rejected)


def test_language_hint_used_only_when_undetermined() -> None:
    result = enrich(RawArticle(text="\n".join(PARAS), language="en"), now=NOW).result
    assert isinstance(result, EnrichedArticle)
    assert result.language == "de"


def test_an_elliptic_compound_after_a_name_is_enriched_not_rejected() -> None:
    text = (
        "Strompreise steigen\n"
        "Die Stadtwerke München Gas- und Stromkunden zahlen im neuen Jahr mehr für Energie.\n"
        "Die Stadtwerke begründen das mit höheren Netzentgelten und teurerem Einkauf."
    )
    result = enrich(RawArticle(text=text), now=NOW).result
    assert isinstance(result, EnrichedArticle), result
    assert result.topics
