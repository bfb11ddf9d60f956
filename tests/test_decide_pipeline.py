"""Decide (overrides, monitor mode), the pipeline's fail-closed path, the ledger, settings and `check`."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from proxy.cli import main
from proxy.detectors import Context
from proxy.errors import ConfigError
from proxy.ledger import MemoryLedger
from proxy.models import Action, Category, Document, Finding, Judgement, ReviewRequest, Verdict
from proxy.pipeline.checker import Checker
from proxy.pipeline.decide import decide
from proxy.settings import DetectSettings, RuleOverride, load_settings


def finding(category: Category, action: Action, rule: str = "") -> Finding:
    return Finding(
        rule=rule or f"{category.value}.x", category=category, action=action, excerpt="e", where="text"
    )


LINK = finding(Category.EXTERNAL_LINK, Action.REJECT)
PIXEL = finding(Category.TRACKING_PIXEL, Action.REWRITE)
HOLD = finding(Category.OFFENSIVE, Action.QUARANTINE)


@pytest.mark.parametrize(
    ("findings", "verdict"),
    [
        ([], Verdict.DELIVER),
        ([PIXEL], Verdict.REWRITE),
        ([PIXEL, HOLD], Verdict.QUARANTINE),
        ([PIXEL, HOLD, LINK], Verdict.REJECT),
    ],
)
def test_strongest_action_wins(findings: list[Finding], verdict: Verdict) -> None:
    assert decide(findings, DetectSettings())[0] is verdict


def test_rule_override_beats_category_override() -> None:
    policy = DetectSettings(
        categories={Category.EXTERNAL_LINK: RuleOverride(action=Action.QUARANTINE)},
        rules={"external_link.x": RuleOverride(action="off")},
    )
    assert decide([LINK], policy)[0] is Verdict.DELIVER
    policy = DetectSettings(categories={Category.EXTERNAL_LINK: RuleOverride(action=Action.QUARANTINE)})
    verdict, acted, _ = decide([LINK], policy)
    assert verdict is Verdict.QUARANTINE and acted[0].action is Action.QUARANTINE


def test_monitor_mode_records_but_delivers() -> None:
    verdict, acted, monitored = decide([LINK, HOLD], DetectSettings(monitor=True))
    assert (verdict, acted, monitored) == (Verdict.DELIVER, (), (LINK, HOLD))
    per_rule = DetectSettings(rules={"external_link.x": RuleOverride(monitor=True)})
    verdict, acted, monitored = decide([LINK, HOLD], per_rule)
    assert (verdict, acted, monitored) == (Verdict.QUARANTINE, (HOLD,), (LINK,))


def test_internal_errors_are_never_monitored_away() -> None:
    internal = finding(Category.INTERNAL, Action.QUARANTINE, "internal.error")
    assert decide([internal], DetectSettings(monitor=True))[0] is Verdict.QUARANTINE


def _boom(doc: Document, ctx: Context) -> list[Finding]:
    raise RuntimeError("detector bug")


def test_a_failing_detector_holds_the_message() -> None:
    judgement = Checker(detectors=(_boom,)).judge(b"Subject: hi\n\nbody\n")
    assert judgement.verdict is Verdict.QUARANTINE
    assert [f.rule for f in judgement.findings] == ["internal.error"]


async def test_ledger_second_request_is_a_repeat_and_released_requests_free_the_order() -> None:
    checker = Checker(detectors=())
    ledger = MemoryLedger()
    request = Judgement(
        verdict=Verdict.DELIVER, findings=(), review_request=ReviewRequest(("111-1111111-1111111",))
    )
    first = await checker.apply_ledger(request, ledger, "m1")
    assert first.verdict is Verdict.DELIVER
    await ledger.release("m1")  # relay failed: the order is free again
    again = await checker.apply_ledger(request, ledger, "m2")
    assert again.verdict is Verdict.DELIVER
    await ledger.confirm("m2")
    repeat = await checker.apply_ledger(request, ledger, "m3")
    assert repeat.verdict is Verdict.REJECT
    assert repeat.categories == ["repeat_request"]


def test_settings_reject_unknown_keys_with_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("smtp:\n  listen: 127.0.0.1:2525\n  max_sesions: 3\n")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert err.value.source == str(cfg) and err.value.key == "smtp.max_sesions"


def test_settings_environment_and_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "ok.yaml"
    cfg.write_text("smtp:\n  max_sessions: 7\n")
    env = {"BSM_GUARD_SMTP__MAX_SESSIONS": "9", "BSM_GUARD_LOG_LEVEL": "debug"}
    settings = load_settings(cfg, environ=env)
    assert (settings.smtp.max_sessions, settings.log_level) == (9, "debug")
    assert load_settings(cfg, {"smtp.max_sessions": 11}, environ={}).smtp.max_sessions == 11
    with pytest.raises(ConfigError):
        load_settings(cfg, environ={"BSM_GUARD_SMTP__MAX_SESSIONS": "-1"})


def _eml(path: Path, subject: str, body: str) -> Path:
    msg = EmailMessage()
    msg["From"] = "support@shop.example"
    msg["To"] = "abc@marketplace.amazon.com"
    msg["Subject"] = subject
    msg["In-Reply-To"] = "<x@email.amazonses.com>"
    msg.set_content(body)
    path.write_bytes(msg.as_bytes())
    return path


def test_check_json_output_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _eml(tmp_path / "a-good.eml", "Re: your order 111-2222222-3333333", "Your parcel left today.\n")
    assert main(["check", "--format", "json", str(good)]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line == {"path": str(good), "verdict": "deliver", "categories": [], "findings": []}
    assert main(["check", str(tmp_path / "missing.eml")]) == 2
    bad_cfg = tmp_path / "c.yaml"
    bad_cfg.write_text("nonsense: 1\n")
    assert main(["check", "--config", str(bad_cfg), str(good)]) == 2
    assert "nonsense" in capsys.readouterr().err
