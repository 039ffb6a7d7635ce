"""The command line obeys the post-publication rule: an import into a published month re-scores
the stored result, and the form printed next says so."""

from __future__ import annotations

import json

from openpyxl import Workbook
from pypdf import PdfReader

from salesperf_desktop.cli import main


def _e005(out) -> dict:
    payload = json.loads(out.read_text(encoding="utf-8"))
    return next(p for p in payload["people"] if p["employee_no"] == "E005")


def test_an_import_after_publication_rescores_the_stored_result(demo_db, tmp_path, capsys):
    base = ["--db", demo_db, "--lang", "zh_CN"]
    assert main([*base, "period", "publish", "2026-10", "--on", "2026-11-05"]) == 0
    wb = Workbook()
    wb.active.append(["工号", "姓名", "月份", "指标", "目标值", "实际值"])
    wb.active.append(["E005", "刘洋", "2026-10", "sales_achievement", 320000, 300000])
    wb.save(tmp_path / "erp.xlsx")
    assert main([*base, "import-metrics", str(tmp_path / "erp.xlsx"), "--reason", "ERP补录"]) == 0

    out = tmp_path / "score.json"
    assert main([*base, "score", "2026-10", "--format", "json", "-o", str(out)]) == 0
    e005 = _e005(out)
    assert e005["frozen"] is True  # the stored (published) result …
    assert f"{e005['result']['total']:.2f}" == "68.15"  # … re-scored with the imported value

    capsys.readouterr()
    assert main([*base, "print", "2026-10", "--person", "E005", "-o", str(tmp_path / "pdf")]) == 0
    (pdf,) = (tmp_path / "pdf").glob("*.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace(" ", "")
    assert "68.15" in text and "66.76" in text  # the amended form names both results
