"""``newsflow eval-clean`` prints the report over real data."""

from __future__ import annotations

import io

from agents.evalclean import run_eval
from tests.conftest import SHARED


def test_report_names_every_section() -> None:
    out = io.StringIO()
    assert run_eval(SHARED / "corpus", SHARED / "seeds", limit=3, out=out) == 0
    text = out.getvalue()
    for needle in ("HTML, trafilatura alone", "HTML, newsflow", "flattened text, newsflow"):
        assert text.count(needle) == 2, needle  # once per language
    assert "content lines kept" in text


def test_missing_data_is_an_error(tmp_path: object) -> None:
    from pathlib import Path

    base = Path(str(tmp_path))
    assert run_eval(base / "nope", base / "nope2", out=io.StringIO()) == 2
