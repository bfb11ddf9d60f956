"""Helpers shared by the test modules (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

import re
from email.message import EmailMessage

import aiosmtplib

from proxy.models import Action, Category, Finding
from proxy.pipeline.checker import Checker


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def build_mail(
    subject: str,
    text: str,
    html: str = "",
    mail_from: str = "agent@shop.test",
    to: str = "buyer-1@marketplace.amazon.com",
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = mail_from, to, subject
    msg["In-Reply-To"] = "<question-1@marketplace.amazon.com>"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def marker_checker():  # type: ignore[no-untyped-def]
    """A checker whose only detector reacts to marker words (independent of the rule packs):
    ``LINKMARK`` → external_link (reject), ``HOLDMARK`` → offensive (quarantine),
    ``CRASHMARK`` → the detector raises (the pipeline holds it as internal.error)."""

    def detect(doc, ctx):  # type: ignore[no-untyped-def]
        text = " ".join(s.text for s in doc.segments)
        out = []
        if "CRASHMARK" in text:
            raise RuntimeError("detector bug")
        if "LINKMARK" in text:
            out.append(
                Finding(
                    "external_link.url",
                    Category.EXTERNAL_LINK,
                    Action.REJECT,
                    "LINKMARK",
                    "text",
                    "remove the link to shop.example.com",
                )
            )
        if "HOLDMARK" in text:
            out.append(
                Finding(
                    "offensive.insult",
                    Category.OFFENSIVE,
                    Action.QUARANTINE,
                    "HOLDMARK",
                    "text",
                    "rude wording",
                )
            )
        return out

    return Checker(detectors=(detect,))


def compliant_message(body: str = "Your parcel was shipped today.", extra: str = "") -> bytes:
    return (
        "From: Support <support@shop.example>\r\n"
        "To: buyer-1@marketplace.amazon.com\r\n"
        "Subject: Re: your order 111-2223334-5556667\r\n"
        "In-Reply-To: <q1@marketplace.amazon.com>\r\n"
        "Message-ID: <reply-1@shop.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        f"{extra}"
        "\r\n"
        f"Hello,\r\n\r\n{body}\r\n\r\nKind regards\r\nSupport\r\n"
    ).encode()


async def smtp_send(
    port: int,
    raw: bytes,
    rcpts: tuple[str, ...] = ("buyer-1@marketplace.amazon.com",),
    mail_from: str = "support@shop.example",
    **client_kw,
):  # type: ignore[no-untyped-def]
    """One transaction; (code, text) of the first refused step, else of the end of DATA."""
    client = aiosmtplib.SMTP(
        hostname="127.0.0.1",
        port=port,
        start_tls=False,
        timeout=20,
        local_hostname="helpdesk.test",
        **client_kw,
    )
    await client.connect()
    try:
        try:
            await client.mail(mail_from)
            for rcpt in rcpts:
                await client.rcpt(rcpt)
            response = await client.data(raw)
        except aiosmtplib.SMTPResponseException as exc:
            return exc.code, exc.message
        return response.code, response.message
    finally:
        client.close()
