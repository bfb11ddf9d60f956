"""The review UI in a real browser (Debian's Chromium through Playwright), served by uvicorn."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from helpers import build_mail

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Recorder(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def _hit(self) -> None:
        _Recorder.hits.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a")

    do_GET = do_POST = _hit

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def tracker() -> Iterator[str]:
    """A local HTTP server standing in for every remote host a hostile message points at."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
async def served(web_app: Any, web_users: Any) -> AsyncIterator[str]:
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(web_app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


@pytest.fixture
async def page(served: str) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        tab = await context.new_page()
        await tab.goto(f"{served}/held")  # redirected to the login form
        await tab.fill("input[name=name]", "supervisor")
        await tab.fill("input[name=password]", "correct horse battery")
        await tab.click("button[type=submit]")
        await tab.wait_for_url(f"{served}/held")
        yield tab
        await browser.close()


def _shot(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


async def test_review_flow(page: Any, served: str, hold: Any, upstream: Any, web_store: Any) -> None:
    release_id = await hold(
        "Re: Order 114-3941689-8837061 lamp arrived broken",
        "Sorry the lamp arrived broken, you idiot. A replacement ships today.",
        html="<p>Sorry the lamp arrived broken, <b>you idiot</b>.</p><p>A replacement ships today.</p>",
    )
    await web_store.audit(
        "system",
        "held",
        release_id,
        {  # as the recorder writes it
            "verdict": "quarantine",
            "rules": ["offensive.test"],
            "categories": ["offensive"],
            "reply": f"250 2.6.0 Held for supervisor review as {release_id} (offensive.test)",
            "rcpt_tos": ["buyer-1@marketplace.amazon.com"],
            "durations_ms": {"parse": 0.7},
        },
    )
    await web_store.audit(
        "agent", "release_requested", release_id, {"note": "the buyer called it that first; please release"}
    )
    reject_id = await hold(
        "Re: Order 302-5550199-1234567 your review",
        "Please remove your review, we beg you.",
        category="feedback_removal",
        excerpt="remove your review",
        order="302-5550199-1234567",
    )
    quoted = {
        "rule": "contact_email.address",
        "category": "contact_email",
        "action": "quarantine",
        "excerpt": "sales@shop.example",
        "where": "text",
        "reason": "an e-mail address outside Amazon",
        "quoted": True,
    }
    await web_store.hold(
        build_mail(
            "Re: Order 205-0000001-0000001 colours", "Thanks for your order.\n> write to sales@shop.example"
        ),
        "bob@shop.test",
        ("buyer-1@marketplace.amazon.com",),
        "bob",
        "Re: Order 205-0000001-0000001 colours",
        ("205-0000001-0000001",),
        (quoted,),
    )

    await page.goto(f"{served}/held")
    await page.select_option("select[name=category]", "feedback_removal")
    await page.click("form.filters button[type=submit]")
    rows = page.locator("table.list tbody tr")
    assert await rows.count() == 1
    assert "your review" in await rows.first.inner_text()
    await page.goto(f"{served}/held")
    assert await page.locator("table.list tbody tr").count() == 3
    assert "in the quoted history: sales@shop.example" in await page.inner_text("table.list")
    assert (await page.inner_text("nav.pages")).startswith("showing 1–3 of 3 · page 1 of 1")
    await page.screenshot(path=str(_shot("list.png")), full_page=True)

    await page.click(f"a[href='/held/{release_id}']")
    assert await page.locator("pre.body mark").first.inner_text() == "idiot"
    assert await page.locator("p.consequence").is_visible()
    assert not await page.locator("ol.history details dl").first.is_visible()  # folded
    await page.screenshot(path=str(_shot("detail.png")), full_page=True)
    await page.fill("form[action$='/release'] input[name=reason]", "insult removed by phone")
    await page.click("#release")
    await page.wait_for_selector(".flash")
    assert (await page.inner_text(".flash")).startswith("OK: 250")
    to_amazon = [d for _, r, d in upstream.messages if "buyer-1@marketplace.amazon.com" in r]
    assert len(to_amazon) == 1 and b"replacement ships today" in to_amazon[0]
    assert "supervisor released it: insult removed by phone. Upstream answered 250" in (
        await page.inner_text("ol.history")
    )

    await page.goto(f"{served}/held/{reject_id}")
    await page.fill("form[action$='/reject'] input[name=reason]", "asks to remove a review")
    await page.click("#reject")
    await page.wait_for_selector(".flash")
    assert "rejected" in await page.inner_text("p:has(.status)")
    notes = [d for _, r, d in upstream.messages if r == ["agent@shop.test"]]
    assert any(b"asks to remove a review" in d and b"rejected" in d for d in notes)
    assert "supervisor rejected it: asks to remove a review." in (await page.inner_text("ol.history"))


def _hostile(base: str) -> str:
    return f"""<html><head>
<meta http-equiv="refresh" content="0;url={base}/refresh">
<link rel="stylesheet" href="{base}/link.css">
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style>
<script>document.title = 'pwned'; fetch('{base}/script');</script>
</head><body onload="document.title='onload'">
<p>Hello, <a href="javascript:document.title='js-link'">claim your gift</a>.</p>
<p><a href="{base}/link">our shop</a></p>
<img src="{base}/pixel.gif?u=42" width="1" height="1">
<img src="x" onerror="document.title='onerror'; new Image().src='{base}/onerror'">
<div style="background-image:url({base}/div-bg.png); position:fixed; top:0">overlay</div>
<svg onload="document.title='svg'"><image href="{base}/svg.png"/></svg>
<iframe src="{base}/iframe"></iframe>
<object data="{base}/object"></object>
<form action="{base}/form"><button>go</button></form>
</body></html>"""


async def test_hostile_message_runs_nothing_and_loads_nothing(
    page: Any, served: str, hold: Any, tracker: str
) -> None:
    held_id = await hold(
        "<script>document.title='subject'</script>Re: gift",
        f"<script>document.title='text'</script> see {tracker}/text",
        html=_hostile(tracker),
        excerpt="claim your gift",
    )
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    await page.goto(f"{served}/held/{held_id}")
    frame_el = await page.wait_for_selector("iframe.preview")
    assert await frame_el.get_attribute("sandbox") == ""
    frame = await frame_el.content_frame()
    await frame.wait_for_load_state("load")
    assert "claim your gift" in await frame.inner_text("body")
    await frame.click("text=claim your gift")  # links are inert: no href survives
    await frame.click("text=our shop")
    await page.wait_for_timeout(800)
    title = await page.title()
    assert "pwned" not in title and title.endswith("· bsm-guard")
    assert await frame.evaluate("document.title") == ""
    assert await frame.evaluate("document.querySelectorAll('script,iframe,object,form').length") == 0
    assert _Recorder.hits == []
    assert not [u for u in seen if u.startswith(tracker)]
    assert "&lt;script&gt;" in await page.content()  # the subject is shown, escaped
    await page.screenshot(path=str(_shot("hostile.png")), full_page=True)
