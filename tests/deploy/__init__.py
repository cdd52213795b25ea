"""Tests of the deployment files (deploy/, docker-compose.yml) with the real tools.

Shared helpers: where the files are, how to require an external tool (promtool,
prometheus, docker-compose; installed by ``deploy/tools/ensure-tools.sh``), how to
read YAML without a YAML library in the project's environment, and the PromQL
queries of the Grafana dashboard with Grafana's macros filled in.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
PROMETHEUS_YML = DEPLOY / "prometheus" / "prometheus.yml"
ALERTS_YML = DEPLOY / "prometheus" / "alerts.yml"
DASHBOARD_JSON = DEPLOY / "grafana" / "dashboards" / "newsflow.json"
DATASOURCE_YML = DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
DASHBOARD_PROVIDER_YML = DEPLOY / "grafana" / "provisioning" / "dashboards" / "newsflow.yml"
COMPOSE_YML = ROOT / "docker-compose.yml"

#: What Grafana substitutes for its interval macros when we run a query ourselves.
GRAFANA_MACROS = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "1h",
}


def missing_tool(message: str) -> None:
    """A required tool is absent: fail in CI (CI=true), skip visibly elsewhere."""
    hint = f"{message}; run deploy/tools/ensure-tools.sh (installs prometheus, docker-compose)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{hint} [CI=true: failing instead of skipping]")
    pytest.skip(hint)


def require_tool(name: str) -> str:
    """The path of an executable, or fail/skip (see :func:`missing_tool`)."""
    path = shutil.which(name)
    if path is None:
        missing_tool(f"{name} is not installed")
        raise AssertionError("unreachable")  # pytest.skip/fail raise
    return path


def _yaml_python() -> str | None:
    """A Python interpreter that has PyYAML: docker-compose v1's own, else the system's."""
    candidates: list[str] = []
    compose = shutil.which("docker-compose")
    if compose is not None:
        with open(compose, "rb") as fh:
            first = fh.readline().decode("utf-8", "replace").strip()
        if first.startswith("#!"):
            candidates.append(first[2:].split()[0])
    candidates += ["/usr/bin/python3"]
    for python in candidates:
        if Path(python).is_file():
            probe = subprocess.run([python, "-c", "import yaml"], capture_output=True, check=False)
            if probe.returncode == 0:
                return python
    return None


def load_yaml(path: Path) -> Any:
    """Parse a YAML file (PyYAML in-process if present, else through a Python that has it)."""
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        python = _yaml_python()
        if python is None:
            missing_tool("no Python with PyYAML found (docker-compose v1 brings one)")
            raise AssertionError("unreachable") from None
        code = "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"
        out = subprocess.run(
            [python, "-c", code, str(path)], capture_output=True, text=True, check=True
        ).stdout
        return json.loads(out)
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def dashboard() -> dict[str, Any]:
    """The provisioned Grafana dashboard."""
    doc: dict[str, Any] = json.loads(DASHBOARD_JSON.read_text("utf-8"))
    return doc


def dashboard_panels(doc: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every panel that is not a row, including panels nested in collapsed rows."""
    out: list[dict[str, Any]] = []
    for panel in (doc or dashboard())["panels"]:
        if panel.get("type") == "row":
            out.extend(panel.get("panels", []))
        else:
            out.append(panel)
    return out


def to_promql(expr: str) -> str:
    """A dashboard expression as Prometheus can run it (Grafana macros substituted)."""
    for macro in sorted(GRAFANA_MACROS, key=len, reverse=True):
        expr = expr.replace(macro, GRAFANA_MACROS[macro])
    return expr


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL) for every target of every panel, macros substituted."""
    return [
        (panel["title"], to_promql(target["expr"]))
        for panel in dashboard_panels()
        for target in panel.get("targets", [])
    ]
