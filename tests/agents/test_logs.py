from __future__ import annotations

import logging

import orjson

from agents.logs import JsonFormatter, logging_config


def test_json_line_carries_context() -> None:
    record = logging.LogRecord("agents.app", logging.INFO, __file__, 1, "sent %s", ("x",), None)
    record.__dict__.update({"article_id": "a1", "topic": "articles.raw", "partition": 2})
    doc = orjson.loads(JsonFormatter().format(record))
    assert doc["message"] == "sent x"
    assert doc["level"] == "info"
    assert (doc["article_id"], doc["topic"], doc["partition"]) == ("a1", "articles.raw", 2)
    assert "offset" not in doc


def test_config_selects_the_formatter() -> None:
    assert logging_config("json", "info")["formatters"]["default"]["()"] is JsonFormatter
    assert "format" in logging_config("text", "debug")["formatters"]["default"]
