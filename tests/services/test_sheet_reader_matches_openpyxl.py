"""The imports' sheet reader (``xlsx_io.sheet_rows``, an expat reader since import19) gives,
row by row, what openpyxl's own read-only parser gives in data-only mode, with the marks the
imports rely on (a formula without a saved result, an error cell, "NaN" as text).

The reference below is openpyxl's ``WorkSheetParser`` with those marks: the reader the imports
used before import19. It is run over every workbook the tests keep (LibreOffice- and
ERP-saved files), over workbooks openpyxl writes from random cells, and over hand-written
sheet XML with the features Excel, WPS and LibreOffice write that openpyxl never does (inline
rich text with phonetic runs, cells and rows without a reference, empty text results).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesperf_desktop.domain import cell_values
from salesperf_desktop.services import xlsx_io

ROOT = Path(__file__).resolve().parents[2]
KEPT_WORKBOOKS = sorted(
    p for folder in ("tests/fixtures", "docs/samples") for p in (ROOT / folder).rglob("*.xlsx")
)


def _openpyxl_rows(sheet):
    """(row number, values) as openpyxl's parser reads them, with the imports' marks."""
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class MarkingParser(WorkSheetParser):
        def parse_cell(self, element):
            try:
                cell = super().parse_cell(element)
            except (ValueError, OverflowError):
                text = element.findtext(VALUE_TAG) or ""
                return {"row": self.row_counter, "column": self.col_counter, "value": text}
            value = cell["value"]
            if value is None:
                no_result = element.find(VALUE_TAG) is None or element.get("t") != "str"
                if no_result and element.find(FORMULA_TAG) is not None:
                    cell["value"] = cell_values.FORMULA_WITHOUT_VALUE
            elif cell["data_type"] == "e":
                cell["value"] = cell_values.ExcelError(value)
            return cell

    with sheet._get_source() as source:
        parser = MarkingParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=sheet.parent.epoch,
            date_formats=sheet.parent._date_formats,
            timedelta_formats=sheet.parent._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = [None] * (cells[-1]["column"] if cells else 0)
            for cell in cells:
                values[cell["column"] - 1] = cell["value"]
            yield number, tuple(values)


def _comparable(rows):
    """Rows with the marks made comparable (ExcelError by its text)."""
    out = []
    for number, values in rows:
        out.append(
            (
                number,
                tuple(
                    ("error", str(v)) if isinstance(v, cell_values.ExcelError) else v
                    for v in values
                ),
            )
        )
    return out


def _assert_same_rows(path: Path) -> int:
    book = xlsx_io.open_workbook(path)
    try:
        sheets = 0
        for sheet in book.worksheets:
            ours = _comparable(xlsx_io.sheet_rows(sheet))
            theirs = _comparable(_openpyxl_rows(sheet))
            assert ours == theirs, f"{path.name}!{sheet.title}"
            sheets += 1
        return sheets
    finally:
        book.close()


@pytest.mark.parametrize("path", KEPT_WORKBOOKS, ids=lambda p: p.name)
def test_every_kept_workbook_reads_as_openpyxl_reads_it(path):
    assert _assert_same_rows(path) >= 1


CELL = st.one_of(
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"' "),
        max_size=12,
    ),
    st.booleans(),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["=1+1", "=SUM(A1:A2)", "#N/A", "#DIV/0!"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(CELL, max_size=6), min_size=1, max_size=8))
def test_a_workbook_of_random_cells_reads_as_openpyxl_reads_it(tmp_path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "数据"
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str) and value in ("#N/A", "#DIV/0!"):
                cell.value, cell.data_type = value, "e"
            else:
                cell.value = value
            if isinstance(value, float) and c % 2:
                cell.number_format = "0.00%"
    path = tmp_path / "random.xlsx"
    book.save(path)
    _assert_same_rows(path)


# What Excel, WPS and LibreOffice write and openpyxl never does.
HAND_WRITTEN_ROWS = """
<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="C1" t="inlineStr"><is>
<r><rPr><b/></rPr><t>销售</t></r><r><t xml:space="preserve"> 额</t></r>
<rPh sb="0" eb="1"><t>xiao</t></rPh></is></c></row>
<row><c t="n"><v>12.5</v></c><c><v>3</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c></row>
<row r="5"><c r="B5" t="str"><f>A1&amp;""</f><v></v></c><c r="C5"><f>1/0</f></c>
<c r="D5" t="n"><v>NaN</v></c><c r="E5" s="1"><v>45600</v></c><c r="F5" t="inlineStr"/></row>
<row r="7" spans="1:3"/>
<row r="8"><c r="A8"><v>1E3</v></c><c r="AB8" t="inlineStr"><is><t>末列</t></is></c></row>
"""


def _with_sheet_xml(template: Path, out: Path, rows: str) -> None:
    """*template* with its first sheet's rows replaced by *rows*."""
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index("<sheetData")
                end = text.index("</sheetData>") + len("</sheetData>")
                text = text[:start] + f"<sheetData>{rows}</sheetData>" + text[end:]
                data = text.encode()
            target.writestr(item, data)


def test_hand_written_sheet_xml_reads_as_openpyxl_reads_it(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = dt.date(2026, 9, 1)  # a date style, id 1 (shared strings: the kept files)
    template = tmp_path / "template.xlsx"
    book.save(template)
    path = tmp_path / "hand.xlsx"
    _with_sheet_xml(template, path, HAND_WRITTEN_ROWS)

    assert _assert_same_rows(path) == 1
    book = xlsx_io.open_workbook(path)
    try:
        rows = dict(xlsx_io.sheet_rows(book.worksheets[0]))
    finally:
        book.close()
    assert rows[1][2] == "销售 额"  # rich text runs joined, the phonetic guide left out
    # a text result saved empty is blank; a formula never calculated is marked
    assert rows[5][1] is None and rows[5][2] is cell_values.FORMULA_WITHOUT_VALUE
    assert rows[5][3] == "NaN"  # as text: the rule book refuses it at its cell
    assert rows[8][27] == "末列" and rows[8][0] == 1000.0
