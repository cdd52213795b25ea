"""``make bench``: speed of the core, measured on this machine (never asserted in tests).

Reports median milliseconds per article on one core for
- the text path (clean_text) on the seeds,
- language + topics + categories on the cleaned seeds,
- the HTML path (extract_html) against trafilatura alone on the shared corpus,
- the whole core (enrich) on the seeds.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.categories import categorize
from pipeline.core import enrich
from pipeline.evaluation import corpus_pages, trafilatura_alone
from pipeline.gazetteer import clear_token_cache
from pipeline.htmlclean import extract_html
from pipeline.language import detect_language
from pipeline.models import RawArticle
from pipeline.textclean import clean_text
from pipeline.topics import extract_topics

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    print(f"seeds: {len(seeds)} articles, {statistics.mean(map(len, seeds)) / 1024:.1f} KB mean")
    text_ms = [_median_ms(lambda s=s: clean_text(s), 50) for s in seeds]
    print(f"text path (clean_text):            median {statistics.median(text_ms):7.2f} ms/art.")

    cleaned_bodies = [clean_text(s) for s in seeds]
    topic_ms = []
    for c in cleaned_bodies:
        body = "\n".join(c.paragraphs)

        def run(c: Any = c, body: str = body) -> None:
            clear_token_cache()  # each article is tokenized once in production, not from cache
            lang = detect_language(body)
            categorize(c.title, body, extract_topics(c.title, body, lang), lang)

        topic_ms.append(_median_ms(run, 30))
    print(f"language + topics + categories:    median {statistics.median(topic_ms):7.2f} ms/art.")
    core_ms = [
        _median_ms(lambda s=s: (clear_token_cache(), enrich(RawArticle(text=s))), 20) for s in seeds
    ]
    print(f"whole core, text (enrich):         median {statistics.median(core_ms):7.2f} ms/art.")

    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    rows = list(islice(corpus_pages(CORPUS), limit or None))
    if not rows:
        print("no ../shared/corpus: HTML timings skipped")
        return 0
    topic4k = []
    for row in rows:
        title, body = row["gold"]["title"], row["gold"]["body"][:4096]

        def run4k(title: str = title, body: str = body) -> None:
            clear_token_cache()
            lang = detect_language(f"{title}\n{body}")
            categorize(title, body, extract_topics(title, body, lang), lang)

        topic4k.append(_median_ms(run4k, 10))
    print(
        "topics, corpus articles cut to 4 KB: "
        f"median {statistics.median(topic4k):7.2f} ms/art. ({len(rows)} articles)"
    )
    traf, ours = [], []
    for row in rows:
        html, url = row["html"], row["url"]
        traf.append(_median_ms(lambda h=html, u=url: trafilatura_alone(h, u), 3))
        ours.append(_median_ms(lambda h=html, u=url: extract_html(h, url=u), 3))
    t, o = statistics.median(traf), statistics.median(ours)
    print(f"HTML, trafilatura alone:           median {t:7.2f} ms/page ({len(rows)} pages)")
    print(f"HTML, extract_html (ours):         median {o:7.2f} ms/page ({(o / t - 1) * 100:+.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
