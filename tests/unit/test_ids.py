from __future__ import annotations

from pipeline.ids import article_id, canonical_url, source_of
from pipeline.models import RawArticle


def test_given_id_is_kept() -> None:
    assert article_id(RawArticle(text="x", id="mine", url="https://a.org/b")) == "mine"


def test_url_variants_share_one_id() -> None:
    a = RawArticle(text="x", url="https://www.Example.com/news/story/?utm_source=tw&b=2&a=1#top")
    b = RawArticle(text="y", url="http://example.com:80/news/story?a=1&b=2")
    assert article_id(a) == article_id(b)
    assert article_id(a).startswith("url-")


def test_different_pages_differ() -> None:
    assert article_id(RawArticle(text="x", url="https://a.org/1")) != article_id(
        RawArticle(text="x", url="https://a.org/2")
    )


def test_content_id_is_deterministic() -> None:
    assert article_id(RawArticle(text="same")) == article_id(RawArticle(text="same"))
    assert article_id(RawArticle(text="same")) != article_id(RawArticle(text="other"))


def test_canonical_url_rejects_non_http() -> None:
    assert canonical_url("ftp://a.org/x") is None
    assert canonical_url("not a url") is None
    assert canonical_url("https://a.org:99999/x") is None


def test_source_defaults() -> None:
    assert source_of(RawArticle(text="x", source=" Zeit ")) == "Zeit"
    assert source_of(RawArticle(text="x", url="https://www.zeit.de/a")) == "zeit.de"
    assert source_of(RawArticle(text="x")) == "unknown"
