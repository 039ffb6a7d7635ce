"""Opening workbooks safely (services/xlsx_io.py): every hostile or damaged file is refused with
a coded message in the officer's language, in bounded memory, and cells are marked so the rule
book can refuse what data-only openpyxl would read as blank."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from salesperf_desktop.domain import cell_values
from salesperf_desktop.services import xlsx_io
from salesperf_desktop.services.xlsx_io import WorkbookUnreadable
from tests import hostile_xlsx as hx

ROWS = [["Employee ID", "Actual"], ["E001", 95000], ["E002", "1,234.5"]]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rows(path: Path, sheet: str | None = None) -> list[tuple[int, tuple]]:
    wb = xlsx_io.open_workbook(path)
    try:
        return list(xlsx_io.sheet_rows(xlsx_io.choose_sheet(wb, sheet)))
    finally:
        wb.close()


def _refusal(path: Path) -> WorkbookUnreadable:
    with pytest.raises(WorkbookUnreadable) as refused:
        _rows(path)
    for lang in ("zh_CN", "zh_TW", "en"):  # worded in every language, naming the file
        text = refused.value.message(lang)
        assert text.startswith(path.name) and "{" not in text and "Traceback" not in text
    return refused.value


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_a_good_workbook_reads_row_by_row(tmp_path):
    path = hx.write_parts(tmp_path / "good.xlsx", hx.workbook_parts(ROWS))
    assert _rows(path) == [
        (1, ("Employee ID", "Actual")),
        (2, ("E001", 95000)),
        (3, tuple(ROWS[2])),
    ]


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("entity_expansion", "workbook.hostile_xml"),
        ("entity_expansion_after_a_long_comment", "workbook.hostile"),
        ("external_entity", "workbook.hostile_xml"),
        ("entities_in_shared_strings", "workbook.hostile_xml"),
        ("sheet_cut_off", "workbook.damaged_sheet"),
        ("sheet_part_missing", "workbook.missing_sheet_part"),
        ("workbook_part_missing", "workbook.missing_part"),
        ("content_types_cut_off", "workbook.damaged_part"),
        ("shared_string_out_of_range", "workbook.damaged_sheet"),
        ("row_of_300000_cells", "workbook.oversized_sheet"),
        ("cell_of_4_mb", "workbook.oversized_sheet"),
        ("encrypted_ole", "workbook.encrypted"),
        ("encrypted_zip_entry", "workbook.encrypted"),
        ("not_a_zip", "workbook.not_xlsx"),
        ("empty", "workbook.empty"),
    ],
)
def test_hostile_and_damaged_files_are_refused_with_a_code(tmp_path, case, code):
    path = HOSTILE[case](tmp_path / f"{case}.xlsx")
    assert _refusal(path).code == code


def _entity_expansion(path: Path) -> Path:
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS),
        lambda x: hx.set_cell(
            hx.with_prolog(x, hx.BILLION_LAUGHS), "B2", '<c r="B2" t="str"><v>&a9;</v></c>'
        ),
    )
    return hx.write_parts(path, parts)


def _entity_expansion_late(path: Path) -> Path:
    """The DOCTYPE after 8 KB of comment: past the prolog check, defusedxml still refuses."""
    prolog = (
        '<?xml version="1.0"?>\n<!--' + "x" * 8192 + "-->\n" + hx.BILLION_LAUGHS.split("\n", 1)[1]
    )
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS),
        lambda x: hx.set_cell(hx.with_prolog(x, prolog), "B2", '<c r="B2" t="str"><v>&a9;</v></c>'),
    )
    return hx.write_parts(path, parts)


def _external_entity(path: Path) -> Path:
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS),
        lambda x: hx.set_cell(
            hx.with_prolog(x, hx.EXTERNAL_ENTITY), "A2", '<c r="A2" t="str"><v>&secret;</v></c>'
        ),
    )
    return hx.write_parts(path, parts)


def _entities_in_shared_strings(path: Path) -> Path:
    parts = hx.workbook_parts(ROWS)
    parts["xl/sharedStrings.xml"] = (
        hx.BILLION_LAUGHS
        + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">'
        "<si><t>&a9;</t></si></sst>"
    ).encode()
    return hx.write_parts(path, parts)


def _sheet_cut_off(path: Path) -> Path:
    rows = ROWS + [[f"E{i:03d}", i] for i in range(3, 400)]
    return hx.write_parts(
        path, hx.change_sheet(hx.workbook_parts(rows), lambda x: x[: len(x) // 2])
    )


def _sheet_part_missing(path: Path) -> Path:
    parts = hx.workbook_parts(ROWS)
    del parts[hx.SHEET]
    return hx.write_parts(path, parts)


def _workbook_part_missing(path: Path) -> Path:
    parts = hx.workbook_parts(ROWS)
    del parts["xl/workbook.xml"]
    return hx.write_parts(path, parts)


def _content_types_cut_off(path: Path) -> Path:
    parts = hx.workbook_parts(ROWS)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"][:100]
    return hx.write_parts(path, parts)


def _shared_string_out_of_range(path: Path) -> Path:
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS), lambda x: hx.set_cell(x, "A2", '<c r="A2" t="s"><v>99</v></c>')
    )
    return hx.write_parts(path, parts)


def _encrypted_ole(path: Path) -> Path:
    path.write_bytes(xlsx_io.OLE_MAGIC + b"\0" * 4096)
    return path


def _encrypted_zip_entry(path: Path) -> Path:
    hx.write_parts(path, hx.workbook_parts(ROWS))
    data = bytearray(path.read_bytes())
    # set the "encrypted" flag of every entry, in the local and the central headers
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= 0x1
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def _not_a_zip(path: Path) -> Path:
    path.write_text("工号,实际值\nE001,1\n", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


HOSTILE = {
    "entity_expansion": _entity_expansion,
    "entity_expansion_after_a_long_comment": _entity_expansion_late,
    "external_entity": _external_entity,
    "entities_in_shared_strings": _entities_in_shared_strings,
    "sheet_cut_off": _sheet_cut_off,
    "sheet_part_missing": _sheet_part_missing,
    "workbook_part_missing": _workbook_part_missing,
    "content_types_cut_off": _content_types_cut_off,
    "shared_string_out_of_range": _shared_string_out_of_range,
    "row_of_300000_cells": lambda p: hx.huge_row(p, ROWS),
    "cell_of_4_mb": lambda p: hx.huge_text(p, ROWS),
    "encrypted_ole": _encrypted_ole,
    "encrypted_zip_entry": _encrypted_zip_entry,
    "not_a_zip": _not_a_zip,
    "empty": _empty,
}


def test_the_missing_sheet_part_is_named(tmp_path):
    refusal = _refusal(_sheet_part_missing(tmp_path / "m.xlsx"))
    assert refusal.params == {"sheet": "Data", "part": hx.SHEET}
    assert "“Data”" in refusal.message("en")


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    path = hx.zip_bomb(tmp_path / "bomb.xlsx", ROWS)
    assert path.stat().st_size < 1_600_000
    refusal = _refusal(path)
    assert refusal.code == "workbook.bomb" and refusal.params["part"] == hx.SHEET
    assert "解压炸弹" in refusal.message("zh_CN")


def test_a_zip_that_lies_about_its_sizes_fails_its_check_sum(tmp_path):
    path = hx.zip_bomb(tmp_path / "lie.xlsx", ROWS, lie=True)
    assert _refusal(path).code == "workbook.damaged_sheet"


_MEASURE = textwrap.dedent(
    """
    import json, sys
    from salesperf_desktop.services import xlsx_io
    codes = []
    for name in sys.argv[1:]:
        try:
            wb = xlsx_io.open_workbook(name)
            for _ in xlsx_io.sheet_rows(xlsx_io.choose_sheet(wb)):
                pass
        except xlsx_io.WorkbookUnreadable as exc:
            codes.append(exc.code)
    # VmHWM: this process's own peak (ru_maxrss would include the parent's, copied by fork)
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    peak = int(hwm.split()[1]) * 1024
    print(json.dumps({"codes": codes, "peak": peak}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
def test_bombs_stay_in_bounded_memory(tmp_path):
    """A fresh interpreter opens and reads both bombs and the files that pass the ratio check
    with a row or a cell far beyond Excel's limits; its peak memory (all of it, imports
    included) stays under 200 MB where unpacking would take 1.5 GB."""
    bomb = hx.zip_bomb(tmp_path / "bomb.xlsx", ROWS)
    liar = hx.zip_bomb(tmp_path / "liar.xlsx", ROWS, lie=True)
    row = hx.huge_row(tmp_path / "row.xlsx", ROWS, cells=1_000_000)
    text = hx.huge_text(tmp_path / "text.xlsx", ROWS, megabytes=16)
    assert all(p.stat().st_size < 16 << 20 for p in (row, text))
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(bomb), str(liar), str(row), str(text)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    result = json.loads(done.stdout)
    assert result["codes"] == [
        "workbook.bomb",
        "workbook.damaged_sheet",
        "workbook.oversized_sheet",
        "workbook.oversized_sheet",
    ]
    assert result["peak"] < 200 * 1024 * 1024, result


def test_ratio_check_leaves_real_workbooks_alone(tmp_path):
    """30,000 rows of one repeated value (the most compressible real sheet, about 20:1, as
    Excel and openpyxl write it) still opens."""
    cells = "".join(f'<c r="{c}{{n}}" t="n"><v>1</v></c>' for c in "ABCDEFGHIJ")
    rows = "".join(f'<row r="{n}">' + cells.format(n=n) + "</row>" for n in range(1, 30_001))
    parts = hx.change_sheet(
        hx.workbook_parts([[1]]),
        lambda x: (
            x[: x.index("<sheetData>")]
            + f"<sheetData>{rows}</sheetData>"
            + x[x.index("</sheetData>") + len("</sheetData>") :]
        ),
    )
    path = hx.write_parts(tmp_path / "same.xlsx", parts)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(hx.SHEET)
    assert info.file_size > xlsx_io.RATIO_FLOOR and info.file_size > 10 * info.compress_size
    assert sum(1 for _ in _rows(path)) == 30_000


# --------------------------------------------------------------------------- cell markers


def test_a_formula_without_a_saved_value_is_marked_not_blank(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Target", "Actual", "Share"])
    ws.append([100, "=A2*0.9", "=B2/A2"])  # openpyxl saves formulas without results
    wb.save(tmp_path / "f.xlsx")
    _, (_, row) = _rows(tmp_path / "f.xlsx")
    assert row == (100, cell_values.FORMULA_WITHOUT_VALUE, cell_values.FORMULA_WITHOUT_VALUE)
    with pytest.raises(cell_values.CellRefused) as refused:
        cell_values.number(row[1])
    assert "WPS" in refused.value.message("zh_CN") and "Excel" in refused.value.message("en")


def test_a_formula_with_a_saved_value_reads_the_value_and_an_empty_result_is_blank(tmp_path):
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS),
        lambda x: hx.set_cell(
            hx.set_cell(x, "B2", '<c r="B2"><f>1+1</f><v>2</v></c>'),
            "B3",
            '<c r="B3" t="str"><f>""</f><v></v></c>',
        ),
    )
    rows = _rows(hx.write_parts(tmp_path / "v.xlsx", parts))
    assert rows[1][1] == ("E001", 2) and rows[2][1] == ("E002", None)


def test_error_cells_and_nan_cells_are_refused_at_their_cell(tmp_path):
    parts = hx.change_sheet(
        hx.workbook_parts(ROWS),
        lambda x: hx.set_cell(
            hx.set_cell(x, "B2", '<c r="B2" t="e"><v>#DIV/0!</v></c>'),
            "B3",
            '<c r="B3"><v>NaN</v></c>',
        ),
    )
    rows = _rows(hx.write_parts(tmp_path / "e.xlsx", parts))
    error, nan = rows[1][1][1], rows[2][1][1]
    assert isinstance(error, cell_values.ExcelError)
    for value, code in ((error, "cell.excel_error"), (nan, "cell.not_finite")):
        with pytest.raises(cell_values.CellRefused) as refused:
            cell_values.number(value)
        assert refused.value.code == code


# --------------------------------------------------------------------------- sheets


def _hidden_first(path: Path) -> Path:
    wb = Workbook()
    hidden = wb.active
    hidden.title = "lookup"
    hidden.append(["not", "this"])
    hidden.sheet_state = "hidden"
    visible = wb.create_sheet("Data")
    visible.append(["Employee ID", "Actual"])
    wb.save(path)
    return path


def test_a_hidden_sheet_is_read_only_when_chosen_by_name(tmp_path):
    path = _hidden_first(tmp_path / "h.xlsx")
    assert _rows(path) == [(1, ("Employee ID", "Actual"))]
    assert _rows(path, "lookup") == [(1, ("not", "this"))]


def test_no_visible_sheet_and_an_unknown_sheet_are_refused(tmp_path):
    wb = xlsx_io.open_workbook(_hidden_first(tmp_path / "h.xlsx"))
    try:
        with pytest.raises(WorkbookUnreadable) as unknown:
            xlsx_io.choose_sheet(wb, "Sheet9")
        assert unknown.value.code == "workbook.no_sheet"
        for ws in wb.worksheets:
            ws.sheet_state = "hidden"
        with pytest.raises(WorkbookUnreadable) as none:
            xlsx_io.choose_sheet(wb)
        assert none.value.code == "workbook.no_visible_sheet"
    finally:
        wb.close()


def test_duplicate_header_names_both_cells():
    positions = xlsx_io.header_positions(["工号", "Actual", "Name", " actual "], str.casefold)
    assert positions["actual"] == [1]  # the normaliser decides; strip is the caller's
    positions = xlsx_io.header_positions(["工号", "Actual", "Name", "actual"], str.casefold)
    refusal = xlsx_io.duplicate_header(positions["actual"], 3, "Actual")
    assert refusal.code == "cell.duplicate_header"
    assert refusal.message("en") == "B3 and D3 are both “Actual”: delete or rename one of them"


# --------------------------------------------------------------------------- LibreOffice


def test_a_ledger_saved_by_libreoffice_reads_with_its_cached_formula_results():
    """tests/fixtures/libreoffice/ledger.xlsx was written by LibreOffice Calc (see make.sh
    there): shared strings, real dates, a formula column with cached results, a hidden
    first sheet, a totals row."""
    path = FIXTURES / "libreoffice" / "ledger.xlsx"
    rows = dict(_rows(path))
    header_no = min(n for n, values in rows.items() if "销售额(元)" in values)
    header = rows[header_no]
    assert header_no == 3  # two title rows above
    amount = header.index("销售额(元)")
    total_row = next(v for v in rows.values() if v and v[0] == "合计")
    people = [v for n, v in rows.items() if n > header_no and v and v[0] != "合计"]
    amounts = [cell_values.number(v[amount]) for v in people]
    assert all(isinstance(a, float) for a in amounts)
    assert sum(amounts) == pytest.approx(cell_values.number(total_row[amount]))
    assert cell_values.month(people[0][1], allow_day=True) is not None
