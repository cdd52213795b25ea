"""The learned topic ranker: its features, its weights file and its training
(``pipeline.topic_rank``, ``pipeline.rank_training``, ``pipeline.topics.topic_candidates``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline import topics as topics_module
from pipeline.models import EntityKind
from pipeline.rank_training import Article, TrainOptions, train
from pipeline.topic_rank import (
    FEATURES,
    Candidate,
    feature_vector,
    linear_score,
    parse_weights,
    rank_weights,
)
from pipeline.topics import topic_candidates
from tests.unit.topic_matching import topic_labels

_BASE = Candidate(
    label="Hafen",
    kind="keyphrase",
    raw=1.0,
    count=2,
    paragraphs=2,
    in_title=False,
    in_lead=False,
    first=10,
    tokens=100,
    last_paragraph=4,
    known=False,
    demoted=1.0,
)


def _features(cand: Candidate, lang: str = "de") -> dict[str, float]:
    return dict(zip(FEATURES, feature_vector(cand, lang), strict=True))


def test_features_are_named_and_keyphrase_variants_only_for_keyphrases() -> None:
    person = _features(replace(_BASE, kind="person", label="Anna Berg", in_title=True))
    assert person["kind_person"] == 1.0
    assert person["kind_keyphrase"] == 0.0
    assert person["in_title"] == 1.0
    assert person["keyphrase:in_title"] == 0.0
    german = _features(replace(_BASE, in_title=True))
    assert german["keyphrase:in_title"] == 1.0
    assert german["keyphrase_de:in_title"] == 1.0
    english = _features(replace(_BASE, label="harbour", in_title=True), "en")
    assert english["keyphrase:in_title"] == 1.0
    assert english["keyphrase_de"] == 0.0


def test_features_measure_rarity_position_and_demotion() -> None:
    rare = _features(replace(_BASE, label="Schattenflotte"))
    common = _features(replace(_BASE, label="Haus"))
    assert rare["rarity"] > common["rarity"]
    early = _features(replace(_BASE, first=0))
    late = _features(replace(_BASE, first=90))
    assert early["first_position"] < late["first_position"]
    assert _features(replace(_BASE, demoted=0.3))["demoted"] < _features(_BASE)["demoted"] == 0.0
    assert _features(replace(_BASE, label="sexueller Missbrauch"))["phrase"] == 1.0
    first, third = _features(_BASE), _features(replace(_BASE, kind_rank=2))
    assert first["kind_top"] == 1.0
    assert third["kind_top"] == 0.0
    assert first["kind_rank"] < third["kind_rank"]


def test_weights_file_format() -> None:
    text = "# a comment\n\nbias 0.5\nin_title 2  # trailing comment\n"
    weights = parse_weights(text)
    assert weights == {"bias": 0.5, "in_title": 2.0}
    # names missing from the file weigh nothing
    vector = feature_vector(replace(_BASE, in_title=True), "de")
    assert linear_score(vector, weights) == pytest.approx(2.5)
    with pytest.raises(ValueError, match="line 1"):
        parse_weights("no_such_feature 1.0")
    with pytest.raises(ValueError, match="line 2"):
        parse_weights("bias 1\nin_title 1 2\n")


def test_shipped_weights_name_every_feature_and_follow_the_evidence() -> None:
    weights = rank_weights()
    assert set(weights) == set(FEATURES)
    every_kind: tuple[EntityKind, ...] = (
        "person",
        "organization",
        "location",
        "event",
        "keyphrase",
    )
    for kind in every_kind:
        weak = replace(_BASE, kind=kind, raw=1.0)
        strong = replace(_BASE, kind=kind, raw=4.0)
        # more hand-weighted evidence ranks higher, other things equal
        assert linear_score(feature_vector(strong, "de"), weights) > linear_score(
            feature_vector(weak, "de"), weights
        )


def test_ranker_weights_decide_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        "Die Stadt Kiel baut den Hafen aus. Der Hafen soll größer werden, sagte Anna Berg.\n"
        "Berg ist Sprecherin der Stadt. Der Hafen in Kiel wächst, die Fähren nach Oslo auch.\n"
        "Oslo begrüßt den Ausbau des Hafens."
    )
    # weights that only look at the first mention order the topics by it, either way round
    monkeypatch.setattr(topics_module, "rank_weights", lambda: {"first_position": -10.0})
    earliest_first = topic_labels(None, body, "de")
    assert earliest_first[0] == "Kiel"
    assert earliest_first.index("Anna Berg") < earliest_first.index("Oslo")
    monkeypatch.setattr(topics_module, "rank_weights", lambda: {"first_position": 10.0})
    latest_first = topic_labels(None, body, "de")
    assert latest_first.index("Oslo") < latest_first.index("Anna Berg")
    assert latest_first.index("Anna Berg") < latest_first.index("Kiel")


def test_strongest_hand_evidence_stays_in_the_top_ten(monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        "Die Stadt Kiel baut den Hafen aus. Der Hafen soll größer werden, sagte Anna Berg. "
        "Der Hafen ist alt.\nAuch Lübeck, Rostock, Wismar, Stralsund, Flensburg, Husum, Emden, "
        "Bremerhaven, Cuxhaven und Wilhelmshaven bauen, sagte Jens Olsen vom Verband der Häfen.\n"
        "Die Häfen in Gdańsk, Klaipėda und Riga wachsen auch, sagte Piotr Nowak."
    )
    title = "Hafen Kiel wird ausgebaut"
    hand_best = [c.label for c, _ in topic_candidates(title, body, "de")[:5]]
    assert "Hafen" in hand_best
    # weights that put the last-named first would push the article's subject out
    monkeypatch.setattr(topics_module, "rank_weights", lambda: {"first_position": 10.0})
    labels = topic_labels(title, body, "de")
    assert len(labels) == 15
    assert labels[0] != hand_best[0]  # the weights do reorder
    assert set(hand_best) <= set(labels[:10])


def test_candidates_come_with_their_evidence() -> None:
    body = (
        "In Berlin streiken die Lokführer. Der Streik der Lokführer trifft Pendler.\n"
        "Die Gewerkschaftschefin Henrike Voßkamp kündigte weitere Streiks an."
    )
    cands = {c.label: c for c, _ in topic_candidates("Streik in Berlin", body, "de")}
    assert cands["Berlin"].known
    assert cands["Berlin"].in_title
    assert not cands["Henrike Voßkamp"].known
    assert cands["Henrike Voßkamp"].kind == "person"
    assert cands["Streik"].count >= 3
    raws = [c.raw for c, _ in topic_candidates("Streik in Berlin", body, "de")]
    assert raws == sorted(raws, reverse=True)
    # each kind's candidates are numbered from 0, best hand score first
    for kind in ("keyphrase", "person", "location"):
        ranks = [c.kind_rank for c in cands.values() if c.kind == kind]
        assert sorted(ranks) == list(range(len(ranks)))
    assert cands["Streik"].kind_rank < cands["Pendler"].kind_rank
    assert topic_candidates(None, "  \n", "de") == ()


def _article(positives: list[bool], titled: list[bool]) -> Article:
    vectors = tuple(
        feature_vector(replace(_BASE, label=f"Wort{k}", in_title=t), "de")
        for k, t in enumerate(titled)
    )
    return Article(vectors=vectors, positive=tuple(positives))


def test_training_learns_what_the_labels_prefer() -> None:
    # the key topic is always the one named in the title; nothing else tells them apart
    articles = [_article([k == j for k in range(5)], [k == j for k in range(5)]) for j in range(5)]
    options = TrainOptions(steps=60)
    weights = train(articles, options)
    assert weights["in_title"] > 0.5
    for art in articles:
        scores = [linear_score(v, weights) for v in art.vectors]
        best = max(range(len(scores)), key=scores.__getitem__)
        assert art.positive[best]
    assert train(articles, options) == weights  # deterministic


def test_training_needs_a_key_topic_and_another_candidate() -> None:
    with pytest.raises(ValueError, match="no article"):
        train([_article([False, False], [True, False]), _article([True], [True])])
