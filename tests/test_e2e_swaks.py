"""End to end with programs nobody here wrote: swaks as the helpdesk, Postfix smtp-sink upstream."""

from __future__ import annotations

import asyncio
import shutil
import socket
import tempfile
from pathlib import Path

import pytest
from helpers import compliant_message

from proxy.app import App
from proxy.pipeline.checker import build_checker
from proxy.settings import Settings

pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks is not installed"),
    pytest.mark.skipif(
        shutil.which("smtp-sink") is None,
        reason="Postfix smtp-sink is not installed (apt-get install postfix)",
    ),
]
RULES = str(Path(__file__).parents[1] / "rules")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def sink():  # type: ignore[no-untyped-def]
    # smtp-sink writes as "nobody" next to the dump file; pytest's tmp dirs are private.
    port, box = _free_port(), Path(tempfile.mkdtemp(prefix="bsm-sink-"))
    box.chmod(0o777)
    dump = box / "dump"
    proc = await asyncio.create_subprocess_exec(
        "smtp-sink", "-u", "nobody", "-D", str(dump), "-c", f"127.0.0.1:{port}", "100"
    )
    for _ in range(50):
        try:
            _, w = await asyncio.open_connection("127.0.0.1", port)
            w.close()
            break
        except OSError:
            await asyncio.sleep(0.05)
    yield port, dump
    proc.terminate()
    await proc.wait()
    shutil.rmtree(box, ignore_errors=True)


@pytest.fixture
async def guard(sink, smtp_store):  # type: ignore[no-untyped-def]
    settings = Settings.model_validate(
        {
            "smtp": {"listen": "127.0.0.1:0", "allow_networks": ["127.0.0.1/32"]},
            "upstream": {"address": f"127.0.0.1:{sink[0]}", "timeout_seconds": 10},
            "detect": {"rule_dirs": [RULES]},
        }
    )
    app = await App.start(
        settings, store=smtp_store, checker=build_checker(settings.detect), http=False, background=False
    )
    yield app
    await app.stop(grace=1.0)


async def swaks(port: int, data: Path, to: str = "buyer-7@marketplace.amazon.co.uk") -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        "swaks",
        "--server",
        f"127.0.0.1:{port}",
        "--from",
        "support@shop.example",
        "--to",
        to,
        "--data",
        f"@{data}",
        "--hide-informational",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return proc.returncode or 0, out.decode(errors="replace")


async def test_compliant_reply_reaches_smtp_sink_unchanged(guard, sink, tmp_path) -> None:
    raw = compliant_message("Your replacement left our warehouse this morning.")
    (tmp_path / "m.eml").write_bytes(raw)
    code, out = await swaks(guard.smtp_port, tmp_path / "m.eml")
    assert code == 0, out
    assert "250 2.0.0 Relayed" in out
    await asyncio.sleep(0.2)
    assert raw.replace(b"\r\n", b"\n") in sink[1].read_bytes()


async def test_external_link_is_refused_with_its_rule(guard, sink, tmp_path) -> None:
    raw = compliant_message("Order again at www.myshop-example.com next time.")
    (tmp_path / "m.eml").write_bytes(raw)
    code, out = await swaks(guard.smtp_port, tmp_path / "m.eml")
    assert code != 0
    assert "550 5.7.1 external_link" in out
    assert not sink[1].exists() or b"myshop-example" not in sink[1].read_bytes()


async def test_non_amazon_recipient_is_refused(guard, tmp_path) -> None:
    (tmp_path / "m.eml").write_bytes(compliant_message())
    code, out = await swaks(guard.smtp_port, tmp_path / "m.eml", to="someone@example.org")
    assert code != 0 and "550 5.7.1 Relaying denied" in out
