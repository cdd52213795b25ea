"""Log formats for the worker: readable text, or one JSON object per line.

Library code only calls ``logging.getLogger(__name__)``; the ``newsflow`` command
chooses the format (``NEWSFLOW_LOG_FORMAT``). Context passed with ``extra=`` under
the names in :data:`CONTEXT_FIELDS` becomes top-level JSON keys.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import orjson

__all__ = ["CONTEXT_FIELDS", "JsonFormatter", "logging_config"]

#: ``extra=`` keys copied into JSON log lines.
CONTEXT_FIELDS = ("article_id", "topic", "partition", "offset", "reason", "stage", "count")


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, context, exception."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                doc[name] = value
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(doc, default=str).decode()


def logging_config(fmt: str, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for the worker in format ``text`` or ``json``."""
    formatter: dict[str, Any] = (
        {"()": JsonFormatter}
        if fmt == "json"
        else {"format": "[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "default": {"class": "logging.StreamHandler", "formatter": "default"},
        },
        "root": {"handlers": ["default"], "level": level.upper()},
        # aiokafka narrates every group step at INFO; warnings are what operators need.
        "loggers": {"aiokafka": {"level": "WARNING"}},
    }
