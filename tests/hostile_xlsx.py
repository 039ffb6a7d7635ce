"""Hostile and damaged .xlsx files, made by hand from the parts of a good workbook.

The XML-level attacks are written into the zip parts directly (openpyxl would never write
them). ``zip_bomb`` builds a real deflate bomb (about 1.5 MB unpacking to about 1.5 GB) in
milliseconds: once the compressor's window is full of one letter, every further megabyte of
that letter compresses to the same bytes, so the stream is those bytes repeated.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n<!ENTITY a0 "ha">\n'
    + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">\n' for i in range(1, 10))
    + "]>\n"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n'
    '<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
)


def workbook_parts(rows: list[list], title: str = "Data") -> dict[str, bytes]:
    """The zip parts of a plain openpyxl workbook holding *rows* (inline strings)."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return read_parts(buffer)


def read_parts(source) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(source) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_parts(path: Path, parts: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def change_sheet(parts: dict[str, bytes], change: Callable[[str], str]) -> dict[str, bytes]:
    parts = dict(parts)
    parts[SHEET] = change(parts[SHEET].decode()).encode()
    return parts


def with_prolog(xml: str, prolog: str) -> str:
    """The sheet XML with *prolog* (a DOCTYPE) in place of its XML declaration."""
    body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
    return prolog + body


def set_cell(xml: str, ref: str, cell_xml: str) -> str:
    """Replace the cell *ref* (which must exist) with *cell_xml*."""
    start = xml.index(f'<c r="{ref}"')
    end = xml.index("</c>", start) + len("</c>")
    return xml[:start] + cell_xml + xml[end:]


# --------------------------------------------------------------------------- raw zips


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def write_raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip written field by field: (name, raw deflate data, crc32, declared size) per member,
    so a member may declare any size (the lying-header case)."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
    )
    path.write_bytes(bytes(out))
    return path


def _members(parts: dict[str, bytes]) -> list[tuple[str, bytes, int, int]]:
    return [(n, _raw_deflate(d), zlib.crc32(d), len(d)) for n, d in parts.items()]


def _bomb_stream(prefix: bytes, megabytes: int, suffix: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, crc32, size) of prefix + megabytes × 1 MiB of "A" + suffix."""
    chunk = b"A" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix + chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    second = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    third = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    assert second == third, "the compressor no longer repeats itself; make the bomb slowly"
    tail = c.compress(suffix) + c.flush()
    data = head + second * (megabytes - 1) + tail
    crc = zlib.crc32(prefix)
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return data, crc, len(prefix) + megabytes * len(chunk) + len(suffix)


def zip_bomb(path: Path, rows: list[list], *, megabytes: int = 1430, lie: bool = False) -> Path:
    """A workbook whose first sheet holds one cell of *megabytes* MiB of "A" (about 1.5 MB on
    disk for the default). With *lie*, the zip declares the sheet 1 MiB long."""
    parts = workbook_parts(rows)
    xml = parts.pop(SHEET).decode()
    cut = xml.index("</sheetData>")
    prefix = (xml[:cut] + '<row r="999"><c r="A999" t="inlineStr"><is><t>').encode()
    suffix = ("</t></is></c></row>" + xml[cut:]).encode()
    data, crc, size = _bomb_stream(prefix, megabytes, suffix)
    members = _members(parts)
    members.insert(1, (SHEET, data, crc, (1 << 20) if lie else size))
    return write_raw_zip(path, members)


def _replace_sheet_data(xml: str, data: str) -> str:
    start, end = xml.index("<sheetData>"), xml.index("</sheetData>") + len("</sheetData>")
    return xml[:start] + f"<sheetData>{data}</sheetData>" + xml[end:]


def huge_row(path: Path, rows: list[list], cells: int = 300_000) -> Path:
    """A row of *cells* cells holding random numbers (so it packs only a few times smaller and
    passes the ratio check): far beyond Excel's 16,384 columns."""
    import random

    rnd = random.Random(16)
    row = "".join(f"<c><v>{rnd.randrange(10**9)}</v></c>" for _ in range(cells))
    parts = change_sheet(
        workbook_parts(rows), lambda x: _replace_sheet_data(x, f'<row r="1">{row}</row>')
    )
    return write_parts(path, parts)


def huge_text(path: Path, rows: list[list], megabytes: int = 4) -> Path:
    """One inline-string cell of *megabytes* MiB of random letters (packs about 1.6 times)."""
    import random

    rnd = random.Random(16)
    text = "".join(rnd.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=megabytes << 20))
    cell = f'<c r="A1" t="inlineStr"><is><t>{text}</t></is></c>'
    parts = change_sheet(
        workbook_parts(rows), lambda x: _replace_sheet_data(x, f'<row r="1">{cell}</row>')
    )
    return write_parts(path, parts)
