"""What a file really is: magic-byte sniffing of the first (and for ZIP the last) bytes only."""

from __future__ import annotations

import re
from enum import StrEnum

_HEAD = 4096  # bytes of the start that any check reads
_ZIP_TAIL = 65536 + 22  # the ZIP central directory (entry names) sits in the last bytes


class Kind(StrEnum):
    """A file type, as far as the attachment rule cares."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    GIF = "gif"
    TEXT = "text"
    DOC = "doc"  # OLE2 Word document
    DOCX = "docx"
    OLE2 = "ole2"  # OLE2 container of another or unknown application (xls, ppt, msg, msi)
    OFFICE = "office"  # an OOXML/ODF file other than a Word document (xlsx, pptx, odt …)
    ARCHIVE = "archive"
    EXECUTABLE = "executable"
    SCRIPT = "script"
    HTML = "html"
    CALENDAR = "calendar"
    CONTACT = "contact"
    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"  # an image type that is not allowed (WebP, HEIF, BMP, TIFF, SVG …)
    UNKNOWN = "unknown"  # binary with no known signature


ALLOWED = frozenset((Kind.PDF, Kind.JPEG, Kind.PNG, Kind.GIF, Kind.TEXT, Kind.DOC, Kind.DOCX))

# (offset, signature, kind); checked in order, the first hit wins.
_MAGIC: tuple[tuple[int, bytes, Kind], ...] = (
    (0, b"%PDF-", Kind.PDF),
    (0, b"\xff\xd8\xff", Kind.JPEG),
    (0, b"\x89PNG\r\n\x1a\n", Kind.PNG),
    (0, b"GIF87a", Kind.GIF),
    (0, b"GIF89a", Kind.GIF),
    (0, b"\x7fELF", Kind.EXECUTABLE),
    (0, b"\xfe\xed\xfa\xce", Kind.EXECUTABLE),
    (0, b"\xfe\xed\xfa\xcf", Kind.EXECUTABLE),
    (0, b"\xce\xfa\xed\xfe", Kind.EXECUTABLE),
    (0, b"\xcf\xfa\xed\xfe", Kind.EXECUTABLE),
    (0, b"\xca\xfe\xba\xbe", Kind.EXECUTABLE),  # Mach-O universal binary or Java class
    (0, b"dex\n", Kind.EXECUTABLE),
    (0, b"Rar!\x1a\x07", Kind.ARCHIVE),
    (0, b"7z\xbc\xaf\x27\x1c", Kind.ARCHIVE),
    (0, b"\x1f\x8b", Kind.ARCHIVE),
    (0, b"\xfd7zXZ\x00", Kind.ARCHIVE),
    (0, b"\x28\xb5\x2f\xfd", Kind.ARCHIVE),  # zstd
    (0, b"MSCF", Kind.ARCHIVE),
    (0, b"xar!", Kind.ARCHIVE),
    (257, b"ustar", Kind.ARCHIVE),
    (0x8001, b"CD001", Kind.ARCHIVE),  # ISO 9660 image
    (0, b"\x1a\x45\xdf\xa3", Kind.VIDEO),  # Matroska / WebM
    (0, b"FLV\x01", Kind.VIDEO),
    (0, b"\x00\x00\x01\xba", Kind.VIDEO),
    (0, b"\x00\x00\x01\xb3", Kind.VIDEO),
    (0, b"0&\xb2u\x8ef\xcf\x11", Kind.VIDEO),  # ASF / WMV
    (0, b"OggS", Kind.AUDIO),
    (0, b"fLaC", Kind.AUDIO),
    (0, b"II*\x00", Kind.IMAGE),
    (0, b"MM\x00*", Kind.IMAGE),
    (0, b"\x00\x00\x01\x00", Kind.IMAGE),  # ICO
    (0, b"8BPS", Kind.IMAGE),
    (0, b"{\\rtf", Kind.OFFICE),
)
# Short printable signatures: they only count on binary content ("MZ-200 manual.txt" is text).
_WEAK_MAGIC: tuple[tuple[bytes, Kind], ...] = (
    (b"MZ", Kind.EXECUTABLE),
    (b"BZh", Kind.ARCHIVE),
    (b"ID3", Kind.AUDIO),
    (b"BM", Kind.IMAGE),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_FTYP_IMAGE = frozenset(
    (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")
)
_FTYP_AUDIO = frozenset((b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "))
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_TEXT_HINTS: tuple[tuple[re.Pattern[bytes], Kind], ...] = (
    (re.compile(rb"BEGIN:VCALENDAR", re.I), Kind.CALENDAR),
    (re.compile(rb"BEGIN:VCARD", re.I), Kind.CONTACT),
    (re.compile(rb"<!doctype\s+html|<(?:html|head|body|script)[\s>]", re.I), Kind.HTML),
    (re.compile(rb"<svg[\s>]", re.I), Kind.IMAGE),
    (re.compile(rb"#!\s*/"), Kind.SCRIPT),
    (re.compile(rb"%!PS"), Kind.OFFICE),
)
_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> Kind:
    """The kind of ``data`` judged by content only; reads at most the first few KB and,
    for a ZIP container, the central directory at the end."""
    head = data[:_HEAD]
    for offset, magic, kind in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return kind
    if not _is_text(head):
        for magic, kind in _WEAK_MAGIC:
            if head.startswith(magic):
                return kind
    if head.startswith(_OLE2):
        return Kind.DOC if _WORD_STREAM in data[:65536] else Kind.OLE2
    if head.startswith(_ZIP):
        return _zip_kind(head, data[-_ZIP_TAIL:])
    container = _riff_or_ftyp(head)
    if container is not None:
        return container
    return _text_kind(head)


def _zip_kind(head: bytes, tail: bytes) -> Kind:
    names = head + tail
    if b"word/" in names and b"[Content_Types].xml" in names:
        return Kind.DOCX
    if b"xl/" in names or b"ppt/" in names or b"mimetype" in head[:64]:
        return Kind.OFFICE
    if b"META-INF/MANIFEST.MF" in names or b"AndroidManifest.xml" in names:
        return Kind.EXECUTABLE
    return Kind.ARCHIVE


def _riff_or_ftyp(head: bytes) -> Kind | None:
    if head.startswith(b"RIFF") and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return Kind.IMAGE
        return Kind.AUDIO if form == b"WAVE" else Kind.VIDEO
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _FTYP_IMAGE:
            return Kind.IMAGE
        return Kind.AUDIO if brand in _FTYP_AUDIO else Kind.VIDEO
    return None


def _text_kind(head: bytes) -> Kind:
    if not head:
        return Kind.TEXT
    if not _is_text(head):
        return Kind.UNKNOWN
    probe = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for pattern, kind in _TEXT_HINTS:
        # A script marker only counts at the start; markup anywhere near the start.
        if kind is Kind.SCRIPT and not probe.startswith(b"#!"):
            continue
        if pattern.search(probe):
            return kind
    return Kind.TEXT


def _is_text(head: bytes) -> bool:
    if head.startswith(_BOMS[1:]):
        return True  # UTF-16 text with a byte-order mark
    if b"\x00" in head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls * 100 <= len(head)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# File-name extensions → the kind a file of that name should contain.
_EXTENSIONS: dict[str, Kind] = {
    "pdf": Kind.PDF,
    "jpg": Kind.JPEG,
    "jpeg": Kind.JPEG,
    "jpe": Kind.JPEG,
    "jfif": Kind.JPEG,
    "png": Kind.PNG,
    "gif": Kind.GIF,
    "txt": Kind.TEXT,
    "doc": Kind.DOC,
    "docx": Kind.DOCX,
}
_BAD_EXTENSIONS: dict[Kind, frozenset[str]] = {
    Kind.EXECUTABLE: _words(
        "exe dll com scr msi msp pif cpl sys drv ocx elf bin app apk jar dmg deb rpm so "
        "dylib run appimage xpi crx gadget hta msix appx"
    ),
    Kind.SCRIPT: _words(
        "js jse vbs vbe vb wsf wsh ws ps1 psm1 psd1 bat cmd sh bash zsh py pyw pl rb php "
        "lnk reg scf inf url iqy slk sct"
    ),
    Kind.ARCHIVE: _words("zip rar 7z gz tgz bz2 tbz xz txz zst tar cab iso img lzh lha arj ace z"),
    Kind.VIDEO: _words("mp4 m4v mov avi mkv webm wmv flv mpg mpeg 3gp 3g2 ts mts ogv"),
    Kind.AUDIO: _words("mp3 m4a aac wav flac ogg oga opus wma aiff amr"),
    Kind.IMAGE: _words("webp heic heif avif bmp tif tiff svg svgz ico psd raw cr2 nef dng"),
    Kind.HTML: _words("html htm xhtml shtml mht mhtml"),
    Kind.CALENDAR: _words("ics ical ifb vcs"),
    Kind.CONTACT: _words("vcf vcard"),
    Kind.OFFICE: _words(
        "xls xlsx xlsm xlsb xlt xltx ppt pptx pptm pps ppsx docm dotm dot dotx rtf odt ods odp "
        "pages numbers key csv xml eml msg ps eps"
    ),
}
_BY_EXTENSION = {ext: kind for kind, exts in _BAD_EXTENSIONS.items() for ext in exts}


def extension(filename: str) -> str:
    """The last extension of ``filename``, lower case, without the dot ("" when none)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].strip().rstrip(".")
    return base.rsplit(".", 1)[1].lower().strip() if "." in base else ""


def kind_of_name(filename: str) -> Kind | None:
    """The kind a file name promises, ``None`` without an extension."""
    ext = extension(filename)
    if not ext:
        return None
    return _EXTENSIONS.get(ext) or _BY_EXTENSION.get(ext, Kind.UNKNOWN)


# Declared MIME types of the allowed kinds (aliases included); anything else is "other".
_DECLARED: dict[str, Kind] = {
    "application/pdf": Kind.PDF,
    "application/x-pdf": Kind.PDF,
    "image/jpeg": Kind.JPEG,
    "image/jpg": Kind.JPEG,
    "image/pjpeg": Kind.JPEG,
    "image/png": Kind.PNG,
    "image/x-png": Kind.PNG,
    "image/gif": Kind.GIF,
    "text/plain": Kind.TEXT,
    "application/msword": Kind.DOC,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Kind.DOCX,
}


def kind_of_declared(content_type: str) -> Kind | None:
    """The allowed kind a declared MIME type names, ``None`` when it names none of them."""
    return _DECLARED.get(content_type.strip().lower())


_LOOP_WINDOW = 65536  # the looping extension sits right after the global colour table
_WALK_LIMIT = 8192  # sub-blocks walked (about 2 MB of frame data) before giving up
_FRAME_START = re.compile(rb"\x21\xf9\x04[\s\S]{4}\x00\x2c")


def is_animated_gif(data: bytes) -> bool:
    """True when a GIF has more than one frame or a looping extension.

    Bounded: reads the first 64 KB, walks the block structure for at most ~2 MB of frame data
    and then only looks for a frame start in the last 64 KB.
    """
    if not data.startswith((b"GIF87a", b"GIF89a")):
        return False
    head = data[:_LOOP_WINDOW]
    if b"NETSCAPE2.0" in head or b"ANIMEXTS1.0" in head:
        return True
    frames, finished = _gif_frames(data, stop_at=2)
    if frames > 1:
        return True
    if finished or len(data) <= _LOOP_WINDOW:
        return False
    return _FRAME_START.search(data, len(data) - _LOOP_WINDOW) is not None


def _gif_frames(data: bytes, stop_at: int) -> tuple[int, bool]:
    """(image descriptors counted, whether the walk ended within its budget)."""
    pos = 13
    flags = data[10] if len(data) > 10 else 0
    if flags & 0x80:
        pos += 3 * (2 << (flags & 0x07))
    frames = 0
    budget = _WALK_LIMIT
    while pos < len(data) and frames < stop_at:
        if budget <= 0:
            return frames, False
        block = data[pos]
        if block == 0x2C:  # image descriptor: 9 bytes, optional local colour table, LZW data
            frames += 1
            lflags = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 * (2 << (lflags & 0x07)) if lflags & 0x80 else 0) + 1
            pos, budget = _skip_sub_blocks(data, pos, budget)
        elif block == 0x21:  # extension: label, then sub-blocks
            pos, budget = _skip_sub_blocks(data, pos + 2, budget)
        else:  # 0x3B trailer or garbage
            break
    return frames, True


def _skip_sub_blocks(data: bytes, pos: int, budget: int) -> tuple[int, int]:
    """Skip data sub-blocks up to the terminator; returns (position, budget left)."""
    while pos < len(data) and budget > 0:
        budget -= 1
        size = data[pos]
        pos += 1 + size
        if size == 0:
            break
    return pos, budget
