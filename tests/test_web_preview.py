"""The sanitised HTML preview and the in-place highlighting of findings."""

from __future__ import annotations

import re
from typing import Any

import pytest

from proxy.models import Attachment
from proxy.web.preview import (
    PREVIEW_CSP,
    highlight_html,
    highlight_text,
    inline_images,
    sanitise,
)

HOSTILE = [
    ("<p>hi<script>document.title='pwned'</script></p>", "<script"),
    ('<img src="x" onerror="document.title=1">', "onerror"),
    ('<a href="javascript:alert(1)">click</a>', "javascript:"),
    ('<a href="https://shop.example/">shop</a>', "href"),
    ('<img src="http://127.0.0.1:9/pixel.gif?u=42">', "127.0.0.1"),
    ('<img src="//tracker.example/p.gif">', "tracker.example"),
    ('<img srcset="https://t.example/a.png 1x">', "srcset"),
    ('<p style="background:url(https://t.example/bg.png)">x</p>', "url("),
    ("<style>@import url(https://t.example/a.css);</style><p>x</p>", "@import"),
    ('<svg><image href="https://t.example/i.png"/></svg>', "t.example"),
    ('<iframe src="https://t.example/"></iframe>', "iframe"),
    ('<form action="https://t.example/"><input name=a></form>', "form"),
    ('<meta http-equiv="refresh" content="0;url=https://t.example/">', "refresh"),
    ('<link rel="stylesheet" href="https://t.example/a.css">', "link"),
    ('<table background="https://t.example/bg.png"><tr><td>x</td></tr></table>', "background"),
    ('<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', "YWxlcnQoMSk"),
    ('<object data="https://t.example/x.swf"></object>', "object"),
    ('<base href="https://t.example/">', "base"),
]


@pytest.mark.parametrize(("html", "forbidden"), HOSTILE)
def test_sanitise_removes_what_could_run_or_load(html: str, forbidden: str) -> None:
    out = sanitise(html)
    assert forbidden.lower() not in out.lower()
    assert not re.search(r"\son\w+=", out)


def test_remote_images_become_a_local_placeholder() -> None:
    out = sanitise('<img src="https://t.example/p.gif" alt="logo">')
    assert 'src="data:image/svg+xml;base64,' in out and 'alt="logo"' in out


def test_cid_images_are_inlined_from_the_message() -> None:
    png = Attachment("logo.png", "image/png", b"\x89PNG\r\n\x1a\nxx", True, "logo@1")
    out = sanitise('<img src="cid:logo@1">', inline_images([png]))
    assert 'src="data:image/png;base64,iVBORw0KGgp4eA=="' in out


def test_safe_styles_and_raster_data_images_stay() -> None:
    out = sanitise('<p style="color:red;position:fixed">x</p><img src="data:image/png;base64,iVBORw0KGgo=">')
    assert 'style="color:red"' in out and "data:image/png;base64,iVBORw0KGgo=" in out


@pytest.mark.parametrize(
    ("text", "excerpts", "expected"),
    [
        ("call 0800 123 456 now", ["0800 123 456"], "call <mark>0800 123 456</mark> now"),
        ("a <b> & WWW.SHOP.EXAMPLE", ["www.shop.example"], "a &lt;b&gt; &amp; <mark>WWW.SHOP.EXAMPLE</mark>"),
        ("nothing here", ["absent"], "nothing here"),
        ("x", [""], "x"),
    ],
)
def test_highlight_text(text: str, excerpts: list[str], expected: str) -> None:
    assert highlight_text(text, excerpts) == expected


def test_highlight_html_marks_text_not_attributes() -> None:
    out = highlight_html('<p title="shop.example">visit shop.example &amp; more</p>', ["shop.example"])
    assert out == '<p title="shop.example">visit <mark>shop.example</mark> &amp; more</p>'


async def test_preview_route_headers(web_client: Any, login: Any, hold: Any) -> None:
    held_id = await hold("Re: x", "plain", html="<p onclick='x()'>Hello <b>idiot</b></p>")
    client = web_client()
    await login(client, "viewer")
    response = await client.get(f"/held/{held_id}/preview")
    assert response.headers["content-security-policy"] == PREVIEW_CSP
    assert "default-src 'none'" in PREVIEW_CSP and "script" not in PREVIEW_CSP
    assert "<mark>idiot</mark>" in response.text and "onclick" not in response.text
    page = await client.get(f"/held/{held_id}")
    assert f'<iframe class="preview" sandbox="" src="/held/{held_id}/preview"' in page.text
    assert "script-src" not in page.headers["content-security-policy"]
