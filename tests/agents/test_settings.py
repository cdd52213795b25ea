from __future__ import annotations

import logging

import pytest

from agents.errors import SettingsError
from agents.settings import Settings


def test_defaults_and_env_prefix() -> None:
    s = Settings.from_env({"NEWSFLOW_BROKER_URL": "kafka://k1:9092", "NEWSFLOW_WEB_PORT": "7000"})
    assert s.broker_url == "kafka://k1:9092"
    assert s.web_port == 7000
    assert s.topic_raw == "articles.raw"
    assert s.bootstrap_servers == "k1:9092"


def test_faust_variables_do_not_override(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        s = Settings.from_env({"BROKER_URL": "kafka://elsewhere:1", "WEB_PORT": "1"})
    assert s.broker_url == Settings().broker_url
    assert s.web_port == Settings().web_port
    assert "BROKER_URL" in caplog.text
    assert "WEB_PORT" in caplog.text


def test_faust_app_ignores_its_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.app import build

    monkeypatch.setenv("BROKER_URL", "kafka://elsewhere:1")
    monkeypatch.setenv("WEB_PORT", "1")
    flow = build(Settings.from_env({}, broker_url="kafka://127.0.0.1:1234", web_port=7777))
    assert str(flow.app.conf.broker[0]) == "kafka://127.0.0.1:1234"
    assert flow.app.conf.web_port == 7777


@pytest.mark.parametrize(
    "env",
    [
        {"NEWSFLOW_WEB_PORT": "eighty"},
        {"NEWSFLOW_WEB_PORT": "0"},
        {"NEWSFLOW_PARTITIONS": "0"},
        {"NEWSFLOW_DOC_TIMEOUT": "-1"},
        {"NEWSFLOW_BROKER_URL": "localhost:9092"},
    ],
)
def test_bad_values_raise_settings_error(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError):
        Settings.from_env(env)


def test_every_setting_is_documented() -> None:
    rows = Settings.describe()
    assert rows
    assert all(meaning for _, _, meaning in rows)


def test_round_trip_through_environment() -> None:
    s = Settings.from_env({}, web_port=7001, doc_timeout=2.5, topic_raw="in")
    assert Settings.from_env(s.to_env()) == s


def test_readme_documents_every_setting() -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    missing = [name for name, _, _ in Settings.describe() if f"`{name}`" not in readme]
    assert not missing
