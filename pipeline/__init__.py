"""newsflow's pure core: from a raw article to an enriched article or a rejection.

No broker, metrics or environment access here; everything is testable in-process.
"""

from __future__ import annotations

__all__ = ["PIPELINE_VERSION"]

#: Stamped on every enriched event; bump with any change that alters outputs.
PIPELINE_VERSION = "0.1.0"
