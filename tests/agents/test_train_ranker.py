"""``newsflow train-ranker`` writes weights that the ranker can read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from agents.trainrank import labelled_article, run_train
from pipeline.topic_eval import label_files, labelled_articles
from pipeline.topic_rank import FEATURES, parse_weights, rank_weights
from tests.conftest import SHARED

LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "topics"


def test_training_writes_a_weight_for_every_feature(tmp_path: Path) -> None:
    out_path = tmp_path / "weights.txt"
    out = io.StringIO()
    fixtures = sorted(LABELS.glob("de_*.json"))[:3]
    labels = [LABELS / "corpus_labels_fresh4.json"]
    assert run_train(SHARED / "corpus", labels, fixtures, out_path, out=out) == 0
    assert f"{21 + len(fixtures)} articles" in out.getvalue()
    text = out_path.read_text(encoding="utf-8")
    assert text.startswith("# Weights of the topic re-ranker")
    assert set(parse_weights(text)) == set(FEATURES)


def test_key_topics_found_with_the_wrong_kind_are_no_examples() -> None:
    body = "Die Stadt Kiel baut den Hafen aus. In Kiel wächst der Hafen."
    spec = {"language": "de", "topics": [[["Kiel"], "location"], [["Hafen"], None]]}
    art = labelled_article("Hafen Kiel", body, spec)
    assert sum(art.positive) == 2
    wrong = {"language": "de", "topics": [[["Kiel"], "organization"], [["Hafen"], None]]}
    assert sum(labelled_article("Hafen Kiel", body, wrong).positive) == 1


def test_missing_or_unusable_inputs_are_errors(tmp_path: Path) -> None:
    out = io.StringIO()
    missing = [tmp_path / "nope.json"]
    assert run_train(SHARED / "corpus", missing, [], tmp_path / "w.txt", out=out) == 2
    assert "train-ranker:" in out.getvalue()
    nothing = tmp_path / "nothing.json"
    spec = {"language": "de", "categories": ["medtop:11000000"], "topics": []}
    nothing.write_text(json.dumps({"articles": {"no/such/page": spec}}), encoding="utf-8")
    out = io.StringIO()
    assert run_train(SHARED / "corpus", [nothing], [], tmp_path / "w.txt", out=out) == 2
    assert "no article" in out.getvalue()
    assert not (tmp_path / "w.txt").exists()


def test_shipped_weights_are_what_training_on_the_labels_gives(tmp_path: Path) -> None:
    """The weights file is reproducible: after a change to how candidates are found or to the
    labels, run ``newsflow train-ranker`` and commit the file it writes."""
    out_path = tmp_path / "weights.txt"
    labels = label_files(LABELS)
    fixtures = labelled_articles(LABELS)
    assert run_train(SHARED / "corpus", labels, fixtures, out_path, out=io.StringIO()) == 0
    trained = parse_weights(out_path.read_text(encoding="utf-8"))
    shipped = rank_weights()
    stale = [
        name
        for name in FEATURES
        if trained[name] != pytest.approx(shipped.get(name, 0.0), rel=1e-3, abs=1e-4)
    ]
    assert not stale, f"pipeline/data/rank_weights.txt is stale ({stale}): retrain it"
