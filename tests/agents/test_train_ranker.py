"""``newsflow train-ranker`` writes weights that the ranker can read."""

from __future__ import annotations

import io
import json
from pathlib import Path

from agents.trainrank import labelled_article, run_train
from pipeline.topic_rank import FEATURES, parse_weights
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
