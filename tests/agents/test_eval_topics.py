"""``newsflow eval-topics`` prints the gate figures over real pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

from agents.evaltopics import run_eval
from tests.conftest import SHARED

LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "topics"


def test_report_gives_figures_per_label_file_and_kind() -> None:
    out = io.StringIO()
    files = [LABELS / "corpus_labels_fresh4.json", LABELS / "corpus_labels_third.json"]
    assert run_eval(SHARED / "corpus", files, out=out) == 0
    lines = out.getvalue().splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:3]}
    assert rows["corpus_labels_fresh4.json"][0] == "21"  # pages
    assert rows["corpus_labels_third.json"][0] == "33"
    assert 0.0 < float(rows["corpus_labels_third.json"][2]) <= 1.0  # recall
    assert any(line.strip().startswith("de concept") for line in lines)
    by_place = lines[lines.index("recall by place in the hand list, all files together:") + 1 :]
    assert by_place[0].split()[0] == "1."
    assert by_place[0].split()[2] == "(54)"  # 21 + 33 articles, each with a first key topic
    assert 0.0 < float(by_place[0].split()[1]) <= 1.0


def test_missing_corpus_or_labels_is_an_error(tmp_path: Path) -> None:
    assert run_eval(tmp_path, [LABELS / "corpus_labels.json"], out=io.StringIO()) == 2
    assert run_eval(SHARED / "corpus", [tmp_path / "nope.json"], out=io.StringIO()) == 2


def test_malformed_label_file_is_an_error_and_unknown_pages_are_counted(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": {"x": {"language": "de"}}}', encoding="utf-8")
    out = io.StringIO()
    assert run_eval(SHARED / "corpus", [bad], out=out) == 2
    assert "not a label file" in out.getvalue()
    elsewhere = tmp_path / "elsewhere.json"
    spec = {"language": "de", "categories": ["medtop:11000000"], "topics": [[["Berlin"], None]]}
    elsewhere.write_text(json.dumps({"articles": {"no/such/page": spec}}), encoding="utf-8")
    out = io.StringIO()
    assert run_eval(SHARED / "corpus", [elsewhere], out=out) == 0
    assert "1 labelled pages not in the corpus" in out.getvalue()


def test_articles_carrying_their_own_text_need_no_corpus(tmp_path: Path) -> None:
    spec = {
        "language": "de",
        "categories": ["medtop:11000000"],
        "title": "NATO warnt Russland",
        "body": "Die NATO warnt Russland vor weiteren Angriffen. Mark Rutte sagte in Brüssel, "
        "die NATO stehe zusammen.\nRussland wies die Vorwürfe zurück.",
        "topics": [[["NATO"], "organization"], [["Russland"], "location"], [["Pjöngjang"], None]],
    }
    own = tmp_path / "own.json"
    own.write_text(json.dumps({"articles": {"a1": spec}}), encoding="utf-8")
    out = io.StringIO()
    assert run_eval(tmp_path / "no-corpus", [own], out=out) == 0  # no corpus folder at all
    row = out.getvalue().splitlines()[1].split()
    assert row[:2] == ["own.json", "1"]
    assert row[3] == "0.667"  # NATO and Russland found; Pjöngjang is not in the text
