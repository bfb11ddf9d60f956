"""Attachment detector and magic-byte sniffer: type by content and name, mismatch, size, count."""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

import pytest

from proxy.detectors import Context
from proxy.detectors import attachments as detector
from proxy.models import Attachment, Category, Document, ParsedMessage
from proxy.models import Kind as MessageKind
from proxy.pipeline import filetype
from proxy.pipeline.filetype import Kind
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message

# ----------------------------------------------------------------------------- tiny real files

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 32
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", 1, 1) + b"\x08\x06"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 16
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 16
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00" + b"\x00" * 14
OLE2_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Delivery\r\nEND:VEVENT\r\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
TEXT = "Firmware 2.1 notes: fixes the standby LED.\nCafé-Modus überarbeitet.\n".encode()
SCRIPT = b"#!/bin/sh\necho hello\n"


def gif(frames: int = 1, loop: bool = False) -> bytes:
    """A real 1×1 GIF with ``frames`` image descriptors (optionally the NETSCAPE loop block)."""
    out = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + b"\x00\x00\x00\xff\xff\xff"
    if loop:
        out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    for _ in range(frames):
        out += b"\x21\xf9\x04\x04\x0a\x00\x00\x00"  # graphic control extension (delay)
        out += b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00"
        out += b"\x02\x02\x44\x01\x00"  # LZW minimum code size, one data sub-block, terminator
    return out + b"\x3b"


def zipped(*names: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(name, "<x/>")
    return buf.getvalue()


DOCX = zipped("[Content_Types].xml", "_rels/.rels", "word/document.xml")
XLSX = zipped("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")
ZIP = zipped("photo-1.jpg", "photo-2.jpg")


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PDF, Kind.PDF),
        (JPEG, Kind.JPEG),
        (PNG, Kind.PNG),
        (gif(), Kind.GIF),
        (EXE, Kind.EXECUTABLE),
        (ELF, Kind.EXECUTABLE),
        (MP4, Kind.VIDEO),
        (HEIC, Kind.IMAGE),
        (WEBP, Kind.IMAGE),
        (OLE2_DOC, Kind.DOC),
        (DOCX, Kind.DOCX),
        (XLSX, Kind.OFFICE),
        (ZIP, Kind.ARCHIVE),
        (ICS, Kind.CALENDAR),
        (HTML, Kind.HTML),
        (TEXT, Kind.TEXT),
        (SCRIPT, Kind.SCRIPT),
        (b"MZ-200 stand mixer manual, page 3\n", Kind.TEXT),
        (b"\x00\x01\x02\x03" * 64, Kind.UNKNOWN),
    ],
)
def test_sniff(data: bytes, kind: Kind) -> None:
    assert filetype.sniff(data) is kind


@pytest.mark.parametrize(
    ("data", "animated"),
    [(gif(1), False), (gif(2), True), (gif(1, loop=True), True), (PNG, False)],
)
def test_animated_gif(data: bytes, animated: bool) -> None:
    assert filetype.is_animated_gif(data) is animated


def test_sniff_reads_only_the_start_of_a_large_file() -> None:
    # A 12 MB file whose bytes after the first KB are an executable signature: still a PDF.
    data = PDF + b"MZ" * 6_000_000
    assert filetype.sniff(data) is Kind.PDF


# ----------------------------------------------------------------------------- detector


def doc_with(*parts: Attachment) -> Document:
    parsed = ParsedMessage(
        raw=b"", headers=(), subject="", text_parts=("Hello",), html_parts=(), attachments=parts
    )
    return Document(parsed=parsed, kind=MessageKind.REPLY, segments=())


def att(name: str, ctype: str, data: bytes, inline: bool = False, cid: str = "") -> Attachment:
    return Attachment(filename=name, content_type=ctype, data=data, inline=inline, content_id=cid)


def rules(doc: Document) -> list[str]:
    return [f.rule for f in detector.detect(doc, Context())]


@pytest.mark.parametrize(
    ("name", "ctype", "data", "expected"),
    [
        ("invoice.pdf", "application/pdf", PDF, []),
        ("warranty card.pdf", "application/octet-stream", PDF, []),
        ("IMG_0042.JPG", "image/jpeg", JPEG, []),
        ("diagram.png", "image/png", PNG, []),
        ("diagram.gif", "image/gif", gif(), []),
        ("notes.txt", "text/plain", TEXT, []),
        ("instructions.docx", "application/octet-stream", DOCX, []),
        ("instructions.doc", "application/msword", OLE2_DOC, []),
        ("Rechnung_März.pdf", "application/pdf", PDF, []),
        ("取扱説明書.pdf", "application/pdf", PDF, []),
        ("setup.exe", "application/x-msdownload", EXE, ["attachment.type"]),
        ("driver-manual.pdf", "application/pdf", EXE, ["attachment.mismatch"]),
        ("photo.jpg", "image/jpeg", PNG, ["attachment.mismatch"]),
        ("report.docx", "application/octet-stream", XLSX, ["attachment.mismatch"]),
        ("photos.zip", "application/zip", ZIP, ["attachment.type"]),
        ("sizes.xlsx", "application/vnd.ms-excel", XLSX, ["attachment.type"]),
        ("clip.mp4", "video/mp4", MP4, ["attachment.type"]),
        ("IMG_1.HEIC", "image/heic", HEIC, ["attachment.type"]),
        ("shade.webp", "image/webp", WEBP, ["attachment.type"]),
        ("delivery.ics", "text/calendar", ICS, ["attachment.type"]),
        ("form.html", "text/html", HTML, ["attachment.type"]),
        ("install.sh", "text/plain", SCRIPT, ["attachment.type"]),
        ("run.vbs", "text/plain", b'MsgBox "hi"\n', ["attachment.type"]),
        ("invoice.pdf.exe", "application/octet-stream", EXE, ["attachment.type"]),
        ("data.bin", "application/octet-stream", b"\x00\x01\x02" * 50, ["attachment.type"]),
        ("", "image/jpeg", PNG, ["attachment.mismatch"]),
        ("", "image/png", PNG, []),
    ],
)
def test_single_attachment(name: str, ctype: str, data: bytes, expected: list[str]) -> None:
    assert rules(doc_with(att(name, ctype, data))) == expected


def test_inline_cid_images_count_but_are_fine() -> None:
    logo = att("logo.png", "image/png", PNG, inline=True, cid="logo@shop")
    five = [logo] + [att(f"step-{i}.jpg", "image/jpeg", JPEG) for i in range(4)]
    assert rules(doc_with(*five)) == []
    assert rules(doc_with(*five, att("extra.pdf", "application/pdf", PDF))) == ["attachment.count"]


def test_total_size_over_ten_megabytes() -> None:
    big = att("scan.pdf", "application/pdf", PDF + b"0" * 10_000_000)
    small = att("scan.pdf", "application/pdf", PDF + b"0" * 9_000_000)
    assert rules(doc_with(big)) == ["attachment.size"]
    assert rules(doc_with(small)) == []


def test_finding_shape() -> None:
    [finding] = detector.detect(doc_with(att("tool.exe", "application/octet-stream", EXE)), Context())
    assert finding.category is Category.ATTACHMENT
    assert finding.where == "attachment"
    assert finding.excerpt == "tool.exe"
    assert "executable" in finding.reason


def test_encoded_names_through_the_parser() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Re: manual"
    msg.set_content("Please find the manual attached.")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="Größentabelle.pdf")
    msg.add_attachment(EXE, maintype="application", subtype="pdf", filename="説明書.pdf")
    doc = normalise(parse_message(msg.as_bytes()))
    findings = detector.detect(doc, Context())
    assert [(f.rule, f.excerpt) for f in findings] == [("attachment.mismatch", "説明書.pdf")]
