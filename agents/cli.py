"""The ``newsflow`` command: demo, broker, worker, produce, consume, enrich."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from agents.broker import EmbeddedBroker, wait_for_signal
from agents.errors import NewsflowError
from agents.inputs import Input, iter_inputs
from agents.kafka import consume, ensure_topics, publish_inputs
from agents.logs import logging_config
from agents.pool import DocumentPool
from agents.settings import Settings
from pipeline import PIPELINE_VERSION
from pipeline.contracts import (
    dead_letter,
    decode_raw,
    dump,
    enriched_to_dict,
    now_rfc3339,
)
from pipeline.core import Options
from pipeline.ids import source_of
from pipeline.models import EnrichedArticle, Outcome, RawArticle, Rejected
from pipeline.recurring import MemoryStore

__all__ = ["main"]

logger = logging.getLogger("newsflow")


def _settings(args: argparse.Namespace) -> Settings:
    """Settings from the environment, with command-line flags on top."""
    overrides: dict[str, Any] = {}
    if getattr(args, "broker", None):
        url = args.broker if "://" in args.broker else f"kafka://{args.broker}"
        overrides["broker_url"] = url
    if getattr(args, "web_port", None):
        overrides["web_port"] = args.web_port
    if getattr(args, "timeout", None):
        overrides["doc_timeout"] = args.timeout
    if getattr(args, "processes", None):
        overrides["processes"] = args.processes
    return Settings.from_env(**overrides)


# --- broker -----------------------------------------------------------------------------


def cmd_broker(args: argparse.Namespace) -> int:
    """Run the embedded broker until Ctrl-C or SIGTERM."""
    with EmbeddedBroker(args.port) as broker:
        print(f"embedded broker at {broker.url} (memory storage); Ctrl-C stops it", flush=True)
        wait_for_signal()
    return 0


# --- worker -----------------------------------------------------------------------------


def cmd_worker(args: argparse.Namespace) -> int:
    """Run a Faust worker: consume raw articles, publish enriched ones."""
    import faust  # local: the other commands should not pay for importing Faust

    from agents.app import build

    settings = _settings(args)
    asyncio.run(ensure_topics(settings))
    flow = build(settings)
    worker = faust.Worker(
        flow.app,
        loglevel=settings.log_level,
        redirect_stdouts=False,
        logging_config=logging_config(settings.log_format, settings.log_level),
    )
    try:
        worker.execute_from_commandline()
    finally:
        flow.pool.close()
    return 0


# --- produce ----------------------------------------------------------------------------


def cmd_produce(args: argparse.Namespace) -> int:
    """Publish files, folders or stdin lines as raw articles."""
    settings = _settings(args)
    inputs = list(iter_inputs([Path(p) for p in args.paths], source=args.source, stdin=_stdin()))
    topic = args.topic or settings.topic_raw
    skipped = asyncio.run(publish_inputs(settings, inputs, topic, sys.stderr))
    return 1 if skipped else 0


# --- consume ----------------------------------------------------------------------------


def cmd_consume(args: argparse.Namespace) -> int:
    """Print events from output topics as JSON lines."""
    settings = _settings(args)
    topics = args.topic or [settings.topic_enriched]
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_consume(settings, topics, args.max, args.latest))
    return 0


async def _consume(settings: Settings, topics: list[str], limit: int | None, latest: bool) -> None:
    seen = 0
    async for _topic, _key, value, _headers in consume(settings, topics, from_beginning=not latest):
        sys.stdout.write((value or b"").decode("utf-8", "replace") + "\n")
        sys.stdout.flush()
        seen += 1
        if limit is not None and seen >= limit:
            return


# --- enrich -----------------------------------------------------------------------------


def cmd_enrich(args: argparse.Namespace) -> int:
    """Run the core over files or stdin without Kafka."""
    settings = _settings(args)
    inputs = iter_inputs([Path(p) for p in args.paths], source=args.source, stdin=_stdin())
    letters: TextIO = (
        open(args.dead_letter, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        if args.dead_letter
        else sys.stderr
    )
    try:
        options = Options(recurring=settings.recurring_policy)
        with DocumentPool(settings.pool_size, settings.doc_timeout, options) as pool:
            counts = asyncio.run(
                _enrich(pool, inputs, sys.stdout, letters, settings, args.max_bytes)
            )
    finally:
        if letters is not sys.stderr:
            letters.close()
    logger.info("enriched %d, dead-lettered %d", counts[0], counts[1])
    return 0


async def _enrich(
    pool: DocumentPool,
    inputs: Any,
    out: TextIO,
    letters: TextIO,
    settings: Settings,
    max_bytes: int,
) -> tuple[int, int]:
    """Enrich in chunks across the pool; writes results in input order."""
    enriched = rejected = 0
    chunk: list[Input] = []
    # Per-source recurring-line counts for this run, as the worker keeps them.
    lines = MemoryStore(settings.recurring_policy)

    async def flush() -> None:
        nonlocal enriched, rejected
        decoded = [decode_raw(i.payload, max_bytes=max_bytes) for i in chunk]
        raws = [d for d in decoded if isinstance(d, RawArticle)]
        runs = iter(await pool.run_many(raws, [lines.recurring(source_of(r)) for r in raws]))
        for item, dec in zip(chunk, decoded, strict=True):
            outcome = next(runs) if isinstance(dec, RawArticle) else Outcome(dec)
            if isinstance(outcome.result, EnrichedArticle):
                assert isinstance(dec, RawArticle)  # only raw articles can come out enriched
                lines.record(source_of(dec), outcome.result.id, outcome.line_keys)
                out.write(dump(enriched_to_dict(outcome.result)).decode() + "\n")
                enriched += 1
            else:
                letters.write(_letter(item, outcome.result).decode() + "\n")
                rejected += 1
        out.flush()
        letters.flush()
        chunk.clear()

    for item in inputs:
        chunk.append(item)
        if len(chunk) >= pool.size * 4:
            await flush()
    if chunk:
        await flush()
    return enriched, rejected


def _letter(item: Input, rejected: Rejected) -> bytes:
    """A dead letter v1 for an input read from a file or stdin."""
    return dump(
        dead_letter(
            item.payload,
            rejected,
            topic=item.origin,
            partition=None,
            offset=None,
            pipeline_version=PIPELINE_VERSION,
            failed_at=now_rfc3339(),
        )
    )


def _stdin() -> BinaryIO | None:
    """Standard input when something is piped into it."""
    return None if sys.stdin is None or sys.stdin.isatty() else sys.stdin.buffer


# --- demo -------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Broker + worker + seeds, end to end, on this machine."""
    from agents.demo import run_demo

    return run_demo(
        Path(args.seeds),
        out=Path(args.out) if args.out else None,
        keep_running=args.keep_running,
        web_port=args.web_port,
        wait=args.wait,
    )


# --- eval-clean -------------------------------------------------------------------------


def cmd_eval_clean(args: argparse.Namespace) -> int:
    """Cleaning quality next to trafilatura alone."""
    from agents.evalclean import run_eval

    return run_eval(Path(args.corpus), Path(args.seeds), limit=args.limit)


#: Where the hand labels live, relative to the repository root (the commands' defaults).
_LABELS = Path("tests/fixtures/topics")


def _label_files(given: Sequence[str]) -> list[Path]:
    """The label files given, else the corpus label files of the repository."""
    # imported here: the topic modules load word lists the other commands never need
    from pipeline.topic_eval import label_files

    return [Path(p) for p in given] or label_files(_LABELS)


def cmd_eval_topics(args: argparse.Namespace) -> int:
    """Topic and category quality against hand labels."""
    from agents.evaltopics import run_eval as run_topics

    return run_topics(Path(args.corpus), _label_files(args.labels))


def cmd_train_ranker(args: argparse.Namespace) -> int:
    """Retrain the topic re-ranker's weights from hand labels."""
    from agents.trainrank import run_train
    from pipeline.topic_eval import labelled_articles

    # the self-contained labelled articles join the default set only
    fixtures = [] if args.labels else labelled_articles(_LABELS)
    return run_train(Path(args.corpus), _label_files(args.labels), fixtures, Path(args.out))


# --- entry point ------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="Clean, enrich and route news articles on Kafka.",
    )
    parser.add_argument("--version", action="version", version=f"newsflow {PIPELINE_VERSION}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_broker(p: argparse.ArgumentParser) -> None:
        p.add_argument("--broker", help="broker URL (default: NEWSFLOW_BROKER_URL)")

    p = sub.add_parser("demo", help="run the whole pipeline over seeds/ on an embedded broker")
    p.add_argument("--seeds", default="seeds", help="folder of articles (default: seeds)")
    p.add_argument("--out", help="write the enriched events here as JSON lines")
    p.add_argument("--keep-running", action="store_true", help="leave broker and worker up")
    p.add_argument("--web-port", type=int, default=0, help="worker web port (default: free)")
    p.add_argument("--wait", type=float, default=180.0, help="seconds to wait for results")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("broker", help="run the embedded Kafka-compatible broker")
    p.add_argument("--port", type=int, default=9092, help="port on 127.0.0.1 (default 9092)")
    p.set_defaults(func=cmd_broker)

    p = sub.add_parser("worker", help="run a Faust worker")
    with_broker(p)
    p.add_argument("--web-port", type=int, help="port for /metrics (default 6066)")
    p.add_argument("--processes", type=int, help="worker processes (default: one per core)")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("produce", help="publish .txt/.html/.jsonl files or folders as raw articles")
    with_broker(p)
    p.add_argument("paths", nargs="*", help="files or folders (default: JSON lines on stdin)")
    p.add_argument("--source", help="publisher name for .txt/.html files (default: folder name)")
    p.add_argument("--topic", help="topic (default: NEWSFLOW_TOPIC_RAW)")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("consume", help="print events from output topics as JSON lines")
    with_broker(p)
    p.add_argument("--topic", action="append", help="topic to read (repeatable)")
    p.add_argument("--max", type=int, help="stop after this many events")
    p.add_argument("--latest", action="store_true", help="only events that arrive from now on")
    p.set_defaults(func=cmd_consume)

    p = sub.add_parser("enrich", help="run the pipeline over files or stdin, without Kafka")
    p.add_argument("paths", nargs="*", help="files or folders (default: JSON lines on stdin)")
    p.add_argument("--source", help="publisher name for .txt/.html files (default: folder name)")
    p.add_argument("--dead-letter", help="file for dead letters (default: stderr)")
    p.add_argument("--timeout", type=float, help="per-document time limit in seconds")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=256 * 1024 * 1024,
        help="largest input in bytes; no Kafka message limit applies here (default 256 MiB)",
    )
    p.add_argument("--processes", type=int, help="worker processes (default: one per core)")
    p.set_defaults(func=cmd_enrich)

    p = sub.add_parser("eval-topics", help="topic and category quality against hand labels")
    p.add_argument(
        "labels",
        nargs="*",
        help="label files (default: tests/fixtures/topics/corpus_labels*.json)",
    )
    p.add_argument("--corpus", default="../shared/corpus", help="folder of fundus-*.jsonl.gz")
    p.set_defaults(func=cmd_eval_topics)

    p = sub.add_parser("train-ranker", help="retrain the topic ranker's weights from hand labels")
    p.add_argument(
        "labels",
        nargs="*",
        help="label files (default: tests/fixtures/topics/corpus_labels*.json and the "
        "labelled articles next to them)",
    )
    p.add_argument("--corpus", default="../shared/corpus", help="folder of fundus-*.jsonl.gz")
    p.add_argument("--out", default="pipeline/data/rank_weights.txt", help="weights file to write")
    p.set_defaults(func=cmd_train_ranker)

    p = sub.add_parser("eval-clean", help="cleaning quality next to trafilatura alone")
    p.add_argument("--corpus", default="../shared/corpus", help="folder of fundus-*.jsonl.gz")
    p.add_argument("--seeds", default="../shared/seeds", help="folder with gold.json")
    p.add_argument("--limit", type=int, default=0, help="pages per language (0: all)")
    p.set_defaults(func=cmd_eval_clean)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsflow`` console script."""
    args = _parser().parse_args(argv)
    if args.command != "worker":  # Faust's worker configures logging itself
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
        # aiokafka logs every group and metadata step at INFO; keep the CLI readable.
        logging.getLogger("aiokafka").setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except FileNotFoundError as exc:
        logger.error("%s", exc)
        return 2
    except NewsflowError as exc:
        logger.error("%s", exc)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
