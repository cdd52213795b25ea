"""Odd and hostile article text never makes topic extraction or categorisation raise.

Scraped text arrives with stray hyphens, lone punctuation, mixed scripts, invisible
characters and titles without a body. An exception here sends the article to the dead-letter
topic, so these tests feed such text through the topic stage and check what comes out.
"""

from __future__ import annotations

import random

import pytest

from pipeline.categories import IPTC_MEDIA_TOPICS, categorize
from pipeline.models import Topic
from pipeline.textclean import clean_text
from pipeline.topics import extract_topics

_KINDS = {"person", "organization", "location", "event", "keyphrase"}

# pieces scraped text is made of, the awkward ones included: elliptic compounds ("Gas-"),
# initials, possessives, dashes, quotes, other scripts, ligatures, zero-width and combining marks
_PIECES = (
    "Der", "die", "und", "of", "the", "von", "NATO", "Nato-Gipfel", "in", "Berlin", "sagte",
    "said", "Mark", "Rutte", "Prime", "Minister", "Minister's", "'s", "’s", "-", "–", "—", ".",
    ",", "„", "“", '"', "'", "(", ")", "&", "/", "Dr.", "St.", "U.S.", "al-", "Gas-", "-Y",
    "Ärzte", "ß", "İ", "ǅ", "ﬁ", "\u200b", "\u0301", "\ufeff", "Москва", "北京", "مصر",
    "A", "B.", "C.D.", "1.", "2024", "3,5", "Hurricane", "Orkan", "O'Brien", "McDonald's",
    "Jr.", "III", "StudentInnen", "Lehrer/innen", "http://x.y/z", "9/11", "COVID-19", "-19",
    "🙂", "Ⅻ", "１２", "ＡＢＣ", "X" * 300, "a-" * 40, "—LONDON (AP) —",
)  # fmt: skip


def _check(title: str | None, body: str, language: str) -> tuple[Topic, ...]:
    topics = extract_topics(title, body, language)
    assert len(topics) <= 15
    for topic in topics:
        assert topic.label.strip() == topic.label != ""
        assert topic.kind in _KINDS
        assert 0.0 <= topic.score <= 1.0
    for category in categorize(title, body, topics, language):
        assert category.code in IPTC_MEDIA_TOPICS
        assert 0.0 <= category.score <= 1.0
    return topics


def test_a_name_before_an_elliptic_compound() -> None:
    # "Gas- und Stromkunden": the word after the name ends in a hyphen
    body = "Die Stadtwerke München Gas- und Stromkunden zahlen mehr. Die Stadtwerke München sparen."
    labels = [t.label for t in _check("Energie", body, "de")]
    assert "Stromkunde" in labels


def test_a_title_with_no_words_in_the_body() -> None:
    topics = _check("Nato-Gipfel in Den Haag", "— — —\n…", "de")
    assert [t.label for t in topics][:1] == ["NATO-Gipfel"]


@pytest.mark.parametrize("seed", range(4))
def test_random_scraped_text_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 60))]
        body = "".join(w + rng.choice((" ", " ", "", "\n", ". ", ", ")) for w in words)
        title = rng.choice((None, "", " ".join(rng.choice(_PIECES) for _ in range(5))))
        language = rng.choice(("de", "en", "und", "fr"))
        _check(title, body, language)
        cleaned = clean_text(body, title_hint=title)
        _check(title, "\n".join(cleaned.paragraphs), language)
