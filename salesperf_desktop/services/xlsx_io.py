"""Opening workbooks for imports safely, reading their rows, and the one way exports save them.

Reading (every import goes through this; cells are then read with ``domain.cell_values``):
    open_workbook(path) -> openpyxl read-only workbook, or ``WorkbookUnreadable``
    choose_sheet(workbook, name=None, preferred=()) -> the sheet to read
    sheet_rows(sheet, min_row=1) -> (row number, values) for each row present in the file
    iter_rows(sheet, min_row=1) -> the same, without blank rows (stops after 1000 in a row)
    header_positions / duplicate_header: mapped headers that occur twice are an error

``open_workbook`` looks at the zip before openpyxl reads anything: a file that is not a zip, a
password-protected (OLE) file, a part that would unpack far beyond a real workbook (more than
100 times its packed size, or more than the limits below), a missing workbook or sheet part,
or XML that declares entities or a DOCTYPE is refused with a coded ``WorkbookUnreadable``
("workbook.<code>", in the officer's language; never a traceback). openpyxl parses through
defusedxml (a dependency: openpyxl uses it when it is installed), so entity expansion and
external entities are refused even past the first bytes. Sheets are streamed (read-only
mode) by ``_SheetReader``: expat straight from the stream, refusing entity declarations and
external references as defusedxml does, reading the values openpyxl reads; damage found while streaming (a sheet cut off) raises ``WorkbookUnreadable`` naming
the sheet, from ``sheet_rows``, and so does a row or a text far beyond Excel's limits (the
stream is watched before the parser holds them). Memory stays bounded by the parts loaded
whole (shared strings, styles: at most ``MAX_XML_PART`` each) and those limits.

``sheet_rows`` yields ``cell_values.FORMULA_WITHOUT_VALUE`` for a formula whose result was
never saved and ``cell_values.ExcelError`` for an error cell, so the rule book refuses them
instead of reading a blank.

Imports are all-or-nothing: readers collect ``ImportProblem``s for every bad cell and the
caller writes nothing unless the list is empty.

Every export saves through ``save_workbook``: a name typed as ``=HYPERLINK(...)`` is written as
the text it is, never as a live formula (OWASP "CSV injection"). Values for a CSV file go through
``csv_cell``.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salesperf_desktop.domain import cell_values
from salesperf_desktop.domain.cell_values import MAX_ABS_VALUE, column_letter
from salesperf_desktop.domain.messages import CodedError, render

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted xlsx and old .xls files

#: A part unpacking to more than this many times its packed size is a decompression bomb
#: (Apache POI's default; real sheets measure 10-20 times). Checked for parts above RATIO_FLOOR.
MAX_RATIO = 100
RATIO_FLOOR = 1 << 20
#: XML parts other than sheets are loaded whole (shared strings, styles): at most this each.
MAX_XML_PART = 32 << 20
#: A sheet is streamed; beyond this it is not a workbook an office keeps.
MAX_SHEET_PART = 2 << 30
MAX_MEMBERS = 10_000
#: A streamed sheet keeps one row and one piece of text in memory. Excel's own limits are 16,384
#: cells a row and 32,767 characters a cell; beyond these, a row or a text is an attack.
MAX_TEXT_BYTES = 1 << 20  # between two "<"
MAX_TAGS_PER_ROW = 200_000  # "<" between two row starts: 16,384 cells of a dozen tags
_PROLOG_BYTES = 4096  # where a DOCTYPE would stand

#: What a spreadsheet may read as the start of a formula (OWASP CSV-injection guidance).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

__all__ = [
    "MAX_ABS_VALUE",
    "ImportProblem",
    "WorkbookUnreadable",
    "choose_sheet",
    "column_letter",
    "csv_cell",
    "duplicate_header",
    "file_sha256",
    "header_positions",
    "iter_rows",
    "open_workbook",
    "save_workbook",
    "sheet_rows",
]


class WorkbookUnreadable(CodedError):
    """The file cannot be read as a workbook; nothing was imported.

    ``code`` is "workbook.<what>"; ``message(lang)`` is "<file>: <why>" in the reader's
    language, ``reason(lang)`` the why alone.
    """

    def __init__(self, code: str, file: str = "", **params: Any):
        super().__init__(f"workbook.{code}", **params)
        self.file = file

    def reason(self, lang: str = "zh_CN") -> str:
        return render(self.code, self.params, lang)

    def message(self, lang: str = "zh_CN") -> str:
        return f"{self.file}: {self.reason(lang)}" if self.file else self.reason(lang)

    def __str__(self) -> str:
        return self.message("en")


@dataclass(frozen=True, order=True)
class ImportProblem:
    sheet: str
    row: int  # 1-based, as Excel shows it; 0 = the whole sheet
    column: str  # Excel letter ("C"), or "" for a whole row/sheet
    message: str
    code: str = ""
    lang: str = "en"  # the language of the message, and of a whole row's location

    @property
    def location(self) -> str:
        """数据!C5 for a cell; 数据 第 5 行 (数據 第 5 列, 数据 row 5) for a whole row."""
        if not self.row:
            return self.sheet
        if self.column:
            return f"{self.sheet}!{self.column}{self.row}"
        return render("import.row_location", {"sheet": self.sheet, "row": self.row}, self.lang)

    def __str__(self) -> str:
        sep = ": " if self.lang == "en" else "："
        return f"{self.location}{sep}{self.message}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- opening


def open_workbook(path: Path | str):
    """The workbook (openpyxl read-only, cached values not formulas), after the checks of the
    module docstring; or ``WorkbookUnreadable``. Close it with ``.close()``."""
    from openpyxl import load_workbook

    path = Path(path)
    _check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path.name, archive)
            _check_structure(path.name, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise WorkbookUnreadable("not_xlsx", path.name) from exc
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise _damage(exc, path.name, part=None) from exc


def _check_file(path: Path) -> None:
    if not path.exists():
        raise WorkbookUnreadable("missing", path.name)
    if path.stat().st_size == 0:
        raise WorkbookUnreadable("empty", path.name)
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise WorkbookUnreadable("encrypted", path.name)
    if not zipfile.is_zipfile(path):
        raise WorkbookUnreadable("not_xlsx", path.name)


def _check_members(file: str, archive: zipfile.ZipFile) -> None:
    """Sizes as the zip declares them: zipfile never unpacks more than the declared size (a
    lying header fails its CRC), so refusing here bounds what is ever unpacked."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise WorkbookUnreadable("not_xlsx", file)
    for info in members:
        if info.flag_bits & 0x1:
            raise WorkbookUnreadable("encrypted", file)
        size, packed = info.file_size, max(info.compress_size, 1)
        mb = f"{size / (1 << 20):,.0f}"
        if size > RATIO_FLOOR and size > MAX_RATIO * packed:
            raise WorkbookUnreadable(
                "bomb", file, part=info.filename, size=mb, ratio=f"{size // packed:,}"
            )
        is_sheet = info.filename.startswith("xl/worksheets/")
        limit = MAX_SHEET_PART if is_sheet else MAX_XML_PART
        if info.filename.endswith((".xml", ".rels")) and size > limit:
            raise WorkbookUnreadable(
                "too_big", file, part=info.filename, size=mb, limit=f"{limit >> 20:,}"
            )


def _parse_part(file: str, archive: zipfile.ZipFile, part: str):
    """A small package part parsed with defusedxml, DOCTYPEs forbidden."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        data = archive.read(part)
    except KeyError:
        raise WorkbookUnreadable("missing_part", file, part=part) from None
    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise WorkbookUnreadable("hostile_xml", file, part=part) from exc
    except ParseError as exc:
        raise WorkbookUnreadable("damaged_part", file, part=part) from exc


_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _check_structure(file: str, archive: zipfile.ZipFile) -> None:
    """The parts openpyxl needs are there, every sheet's part exists, no part declares a
    DOCTYPE in its prolog."""
    names = set(archive.namelist())
    types = _parse_part(file, archive, "[Content_Types].xml")
    workbook = "xl/workbook.xml"
    for override in types.iter(f"{_CT_NS}Override"):
        kind = override.get("ContentType", "")
        if kind.endswith((".sheet.main+xml", ".template.main+xml")):
            workbook = override.get("PartName", workbook).lstrip("/")
    book = _parse_part(file, archive, workbook)
    folder, base = posixpath.split(workbook)
    rels = _parse_part(file, archive, posixpath.join(folder, "_rels", base + ".rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_REL_NS}Relationship")}
    for sheet in book.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"):
        target = targets.get(sheet.get(_R_ID), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        part = posixpath.normpath(part)
        if not target or part not in names:
            raise WorkbookUnreadable(
                "missing_sheet_part", file, sheet=sheet.get("name", "?"), part=part or "?"
            )
    for name in names:
        if name.endswith((".xml", ".rels")):
            with archive.open(name) as fh:
                prolog = fh.read(_PROLOG_BYTES)
            if re.search(rb"<!(?:DOCTYPE|ENTITY)", prolog):
                raise WorkbookUnreadable("hostile_xml", file, part=name)


def _damage(exc: BaseException, file: str, part: str | None, sheet: str | None = None):
    """The coded refusal for an error openpyxl or the XML parser raised."""
    from defusedxml import DefusedXmlException

    if isinstance(exc, WorkbookUnreadable):
        return exc
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps what the parser raised in a ValueError
        if isinstance(cause, DefusedXmlException):
            if part is None and sheet is None:
                return WorkbookUnreadable("hostile", file)
            return WorkbookUnreadable("hostile_xml", file, part=part or sheet)
        cause = cause.__cause__ or cause.__context__
    if sheet is not None:
        return WorkbookUnreadable("damaged_sheet", file, sheet=sheet)
    if part is not None:
        return WorkbookUnreadable("damaged_part", file, part=part)
    return WorkbookUnreadable("damaged", file)


# --------------------------------------------------------------------------- sheets and rows


def choose_sheet(workbook, name: str | None = None, *, preferred: Iterable[str] = ()):
    """The sheet to read: the one named *name* (hidden or not: the officer chose it), else the
    first visible sheet whose title is one of *preferred* (any case), else the first visible
    sheet. A hidden sheet is never read unless named. ``WorkbookUnreadable`` when the named
    sheet is absent or no sheet is visible."""
    file = _file_name(workbook)
    if name:
        if name in workbook.sheetnames:
            return workbook[name]
        raise WorkbookUnreadable("no_sheet", file, sheet=name)
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    if not visible:
        raise WorkbookUnreadable("no_visible_sheet", file)
    wanted = {p.casefold() for p in preferred}
    for ws in visible:
        if ws.title.casefold() in wanted:
            return ws
    return visible[0]


def _file_name(workbook) -> str:
    archive = getattr(workbook, "_archive", None)
    return Path(getattr(archive, "filename", None) or "").name


def sheet_rows(sheet, *, min_row: int = 1) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values from column A) for each row the file holds from *min_row* on;
    rows absent from the file are skipped. Values are as ``cell_values`` reads them (a formula
    without a saved result and an error cell are marked). Damage met while streaming raises
    ``WorkbookUnreadable`` naming the sheet."""
    file = _file_name(sheet.parent)
    try:
        with sheet._get_source() as source:
            reader = _SheetReader(sheet)
            for number, cells in reader.rows(_GuardedSource(source, file, sheet.title)):
                if number < min_row or not cells:
                    if number >= min_row:
                        yield number, ()
                    continue
                values: list[Any] = [None] * cells[-1][0]
                for column, value in cells:
                    values[column - 1] = value
                yield number, tuple(values)
    except GeneratorExit:
        raise
    except Exception as exc:  # the XML parser and zipfile raise many kinds for damage
        raise _damage(exc, file, part=None, sheet=sheet.title) from exc


_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")


class _GuardedSource:
    """A sheet's XML stream that refuses a text or a row far beyond Excel's limits before the
    parser holds it in memory (a small file at a modest ratio could still hold one huge cell)."""

    def __init__(self, raw, file: str, sheet: str):
        self.raw, self.file, self.sheet = raw, file, sheet
        self.text_run = 0  # bytes since the last "<"
        self.row_tags = 0  # "<" since the last row start

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(min(size, 1 << 16) if size and size > 0 else 1 << 16)
        first = data.find(b"<")
        if first < 0:
            self.text_run += len(data)
        else:  # a gap inside one read is shorter than the read
            self.text_run = len(data) - data.rfind(b"<") - 1
        starts = list(_ROW_START.finditer(data))
        if starts:
            self.row_tags = data.count(b"<", starts[-1].start())
        else:
            self.row_tags += data.count(b"<")
        if self.text_run > MAX_TEXT_BYTES or self.row_tags > MAX_TAGS_PER_ROW:
            raise WorkbookUnreadable("oversized_sheet", self.file, sheet=self.sheet)
        return data


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _FORMULA = _MAIN + "row", _MAIN + "c", _MAIN + "v", _MAIN + "f"
_INLINE, _TEXT, _RUN, _PHONETIC = _MAIN + "is", _MAIN + "t", _MAIN + "r", _MAIN + "rPh"


class _SheetReader:
    """A sheet's rows read with expat straight from the stream: the values openpyxl's
    read-only parser gives in data-only mode (numbers, shared and inline strings, booleans,
    dates by their number format, ISO dates), with a formula whose result was never saved
    marked ``cell_values.FORMULA_WITHOUT_VALUE``, an error cell ``cell_values.ExcelError``, and
    a number cell holding "NaN" or "inf" read as its text (the rule book refuses it at its
    cell). Only rows and their cells are looked at: openpyxl builds an element tree for every
    tag and a rich-text object for every inline string, several times the work for the plain
    values an import reads. Entity declarations and external references are refused as
    defusedxml refuses them (``_damage`` names the sheet hostile)."""

    def __init__(self, sheet):
        from openpyxl.utils.cell import coordinate_to_tuple
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        # bound once: an import inside a function costs a hook call per cell under PySide6
        self.coordinate_to_tuple = coordinate_to_tuple
        self.from_excel, self.from_iso = from_excel, from_ISO8601
        book = sheet.parent
        self.shared = sheet._shared_strings
        self.epoch = book.epoch
        self.date_formats = book._date_formats
        self.timedelta_formats = book._timedelta_formats
        self.plain_style = 0 not in self.date_formats  # the default style is no date's
        self.done: list[tuple[int, list[tuple[int, Any]]]] = []
        self.row = 0
        self.column = 0
        self.cells: list[tuple[int, Any]] = []
        self.cell: dict[str, str] | None = None
        self.text: list[str] | None = None  # the text being read (of a <v> or a <t>)
        self.value: str | None = None  # the cell's <v>, None without one
        self.has_value = self.has_formula = self.inline = False
        self.plain: str | None = None  # an inline string's own <t>
        self.runs: list[str] = []  # the <t> of its rich-text runs
        self.in_run = self.in_phonetic = False

    def rows(self, source) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """(row number, [(column, value)]) of each row, as the stream is read."""
        from xml.parsers import expat

        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        parser.EntityDeclHandler = _entity_declared
        parser.UnparsedEntityDeclHandler = _unparsed_entity_declared
        parser.ExternalEntityRefHandler = _external_reference
        while True:
            data = source.read(1 << 16)
            parser.Parse(data, not data)
            if self.done:
                done, self.done = self.done, []
                yield from done
            if not data:
                return

    def _characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        if name == _CELL:
            self.cell = attrs
            self.value = None
            self.has_value = self.has_formula = self.inline = False
        elif self.cell is None:
            if name == _ROW:
                self._row_start(attrs)
        elif name == _VALUE:
            if not self.has_value:  # the first <v>, as openpyxl's findtext reads
                self.has_value = True
                self.text = []
        elif name == _FORMULA:
            self.has_formula = True
        elif name == _INLINE:
            self.inline = True
            self.plain, self.runs = None, []
        elif name == _TEXT and self.inline and not self.in_phonetic:
            self.text = []
        elif name == _RUN:
            self.in_run = True
        elif name == _PHONETIC:
            self.in_phonetic = True

    def _end(self, name: str) -> None:
        if name == _CELL:
            self.cells.append(self._cell_value())
            self.cell = None
        elif name == _ROW:
            self.done.append((self.row, self.cells))
            self.cells = []
        elif self.text is not None and name in (_VALUE, _TEXT):
            text = "".join(self.text) if self.text else None
            self.text = None
            if name == _VALUE:
                self.value = text
            elif self.in_run:
                if text is not None:
                    self.runs.append(text)
            else:
                self.plain = text
        elif name == _RUN:
            self.in_run = False
        elif name == _PHONETIC:
            self.in_phonetic = False

    def _row_start(self, attrs: dict[str, str]) -> None:
        number = attrs.get("r")
        if number is None:
            self.row += 1
        else:
            try:
                self.row = int(number)
            except ValueError:
                as_float = float(number)
                if not as_float.is_integer():
                    raise ValueError(f"{number} is not a valid row number") from None
                self.row = int(as_float)
        self.column = 0
        self.cells = []

    def _cell_value(self) -> tuple[int, Any]:
        """(column, value) of the cell just read, as openpyxl's ``parse_cell`` with the marks
        of the module docstring."""
        attrs = self.cell
        kind = attrs.get("t", "n")
        try:
            coordinate = attrs.get("r")
            if coordinate:
                letters = coordinate.rstrip("0123456789")
                column = _COLUMNS.get(letters) if letters != coordinate else None
                if column is None:  # openpyxl's reading (and refusal) of a coordinate
                    column = self.coordinate_to_tuple(coordinate)[1]
                    _COLUMNS[letters] = column
                self.column = column
            else:
                self.column += 1
            if kind == "n" and self.value and self.plain_style and attrs.get("s", "0") == "0":
                return self.column, _cast_number(self.value)  # the common case
            value = self._value(kind, attrs)
        except (ValueError, OverflowError):  # a number cell holding "NaN" or "inf"
            return self.column, self.value or ""
        if value is None:
            # no <v>, or an empty one on a cell not typed as a text result (t="str" with
            # an empty <v/> is a formula whose result is "")
            if (not self.has_value or kind != "str") and self.has_formula:
                return self.column, cell_values.FORMULA_WITHOUT_VALUE
        elif kind == "e" or value is _DATE_OUT_OF_RANGE:
            return self.column, cell_values.ExcelError(
                "#VALUE!" if value is _DATE_OUT_OF_RANGE else value
            )
        return self.column, value

    def _value(self, kind: str, attrs: dict[str, str]) -> Any:
        if kind == "inlineStr":
            if not self.inline:
                return None
            plain = [] if self.plain is None else [self.plain]
            return "".join(plain + self.runs)
        value = self.value or None
        if value is None:
            return None
        if kind == "n":
            number = _cast_number(value)
            style = attrs.get("s", 0)
            if style:
                style = int(style)
            if style in self.date_formats:
                try:
                    return self.from_excel(
                        number, self.epoch, timedelta=style in self.timedelta_formats
                    )
                except (OverflowError, ValueError):
                    return _DATE_OUT_OF_RANGE  # openpyxl reads it as the error #VALUE!
            return number
        if kind == "s":
            return self.shared[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return self.from_iso(value)
        return value  # "str", "e" and any other kind: the text


_DATE_OUT_OF_RANGE = object()
#: Column letters → number, as openpyxl read them ("AB" → 28)
_COLUMNS: dict[str, int] = {}


def _cast_number(value: str) -> int | float:
    """A number cell's text as openpyxl reads it."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


def _entity_declared(name, _is_parameter, value, base, sysid, pubid, notation):
    from defusedxml import EntitiesForbidden

    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _unparsed_entity_declared(name, base, sysid, pubid, notation):
    from defusedxml import EntitiesForbidden

    raise EntitiesForbidden(name, None, base, sysid, pubid, notation)


def _external_reference(context, base, sysid, pubid):
    from defusedxml import ExternalReferenceForbidden

    raise ExternalReferenceForbidden(context, base, sysid, pubid)


def is_blank_row(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def iter_rows(
    sheet, *, min_row: int = 1, max_blank_run: int = 1000
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for non-blank rows; stops after a long run of blank rows, so a sheet
    formatted down to row 1,048,576 is not read cell by cell."""
    blank_run = 0
    for number, values in sheet_rows(sheet, min_row=min_row):
        if is_blank_row(values):
            blank_run += 1
            if blank_run >= max_blank_run:
                return
            continue
        blank_run = 0
        yield number, values


# --------------------------------------------------------------------------- headers


def header_positions(
    values: Sequence[Any], normalise: Callable[[Any], str]
) -> dict[str, list[int]]:
    """Normalised header text → every column (0-based) holding it, in order."""
    positions: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        if isinstance(value, str) or value is not None:
            key = normalise(value)
            if key:
                positions.setdefault(key, []).append(i)
    return positions


def duplicate_header(columns: Sequence[int], row: int, value: Any) -> cell_values.CellRefused:
    """The refusal for a mapped header found in several columns, naming the first two cells."""
    first, second = (f"{column_letter(c + 1)}{row}" for c in columns[:2])
    return cell_values.CellRefused(
        "duplicate_header", first=first, second=second, value=cell_values.shown(value)
    )


# --------------------------------------------------------------------------- writing


def keep_text_as_text(wb) -> None:
    """Make every text cell of *wb* a plain text cell.

    openpyxl turns a string starting with "=" into a formula and "#N/A" into an error value when
    it is assigned. Text cells starting with "+", "-" or "@" are already written as text (type
    "s"), which Excel shows as typed and never evaluates; numbers stay numbers.
    """
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type in ("f", "e") and isinstance(cell.value, str):
                    cell.data_type = "s"


def save_workbook(wb, path: Path | str) -> None:
    """Save an export: texts stay texts (see ``keep_text_as_text``). Every writer uses this."""
    keep_text_as_text(wb)
    wb.save(path)


def csv_cell(value: Any) -> Any:
    """A value for a CSV export: text that a spreadsheet could run as a formula gets a leading
    single quote (OWASP); numbers, dates and other text are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
