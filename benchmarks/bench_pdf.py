"""Benchmark: 300 appraisal forms against a bare reportlab one-page table with the same font.

    .venv/bin/python benchmarks/bench_pdf.py [--forms 300] [--workers N]

Baseline: one PDF per form, each a bare one-page table (same rows, same embedded CJK font),
rendered serially. Ours: the real forms (form data built once), one PDF per person through
``services.printing`` worker processes (font registered once per worker), and one combined PDF.
Goal: per form, at most 2x the baseline.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def _forms(n: int):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.pdf_forms import forms_for_period
    from salesperf_desktop.services.progress import run_to_end

    tmp = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    ctx = build_context(tmp / "bench.sqlite", lang="zh_CN")
    run_to_end(create_demo_company(ctx))
    with ctx.session() as session:
        base = forms_for_period(session, Period.parse("2026-09"), lang="zh_CN")
    ctx.close()
    forms = []
    for i in range(n):
        f = base[i % len(base)]
        forms.append(type(f)(**{**f.__dict__, "employee_no": f"B{i:04d}", "name": f"{f.name}{i}"}))
    return forms


def bare_table(form, path: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from salesperf_desktop.services.pdf.render import FONT, register_font

    register_font()
    style = ParagraphStyle("c", fontName=FONT, fontSize=8, leading=10.5, wordWrap="CJK")
    rows = [
        [
            Paragraph(x, style)
            for x in (i.dimension, i.indicator, str(i.weight), i.rule_text, f"{i.points:.2f}")
        ]
        for i in form.items
    ]
    table = Table(rows)
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.4, "grey")])
    )
    SimpleDocTemplate(path, pagesize=A4).build([Paragraph(form.name, style), table])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", type=int, default=300)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    forms = _forms(args.forms)
    out = Path(tempfile.mkdtemp(prefix="bench-pdf-out-"))

    import threading

    from salesperf_desktop.services.pdf.render import register_font
    from salesperf_desktop.services.printing import (
        _render_combined,
        _render_parallel,
        _render_serial,
        file_name,
    )
    from salesperf_desktop.services.progress import run_to_end

    register_font()
    bare_table(forms[0], str(out / "warm.pdf"))
    t = time.perf_counter()
    for i, f in enumerate(forms):
        bare_table(f, str(out / f"bare{i}.pdf"))
    bare = (time.perf_counter() - t) / len(forms)

    paths = [out / "serial" / file_name(f) for f in forms]
    paths[0].parent.mkdir()
    t = time.perf_counter()
    run_to_end(_render_serial(forms, paths, threading.Event()))
    serial = (time.perf_counter() - t) / len(forms)

    paths = [out / "parallel" / file_name(f) for f in forms]
    paths[0].parent.mkdir()
    t = time.perf_counter()
    run_to_end(_render_parallel(forms, paths, threading.Event(), args.workers))
    parallel = (time.perf_counter() - t) / len(forms)

    t = time.perf_counter()
    run_to_end(_render_combined(forms, out / "combined.pdf", threading.Event()))
    combined = (time.perf_counter() - t) / len(forms)

    print(f"{len(forms)} forms, {args.workers} workers, cpu_count={os.cpu_count()}")
    print(f"bare one-page table      {bare * 1000:7.1f} ms/form")
    print(f"forms, serial            {serial * 1000:7.1f} ms/form  ratio {serial / bare:.2f}")
    print(f"forms, parallel (files)  {parallel * 1000:7.1f} ms/form  ratio {parallel / bare:.2f}")
    print(f"forms, one combined PDF  {combined * 1000:7.1f} ms/form  ratio {combined / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
