"""Batch printing: per person (files in a folder), combined, cancel."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from salesperf_desktop.services.printing import PrintJob, print_forms
from salesperf_desktop.services.progress import Cancelled, run_to_end
from salesperf_desktop.storage.models import TeamRow


def _team_id(ctx, code_like: str = "") -> int:
    with ctx.session() as session:
        return session.scalars(select(TeamRow.id).order_by(TeamRow.id)).first()


def test_one_pdf_per_person_of_a_team(demo_ctx, tmp_path):
    team = _team_id(demo_ctx)
    job = PrintJob("2026-09", lang="zh_CN", team_id=team)
    outcome = run_to_end(print_forms(demo_ctx, job, tmp_path / "forms"))
    assert outcome.forms == len(outcome.files) >= 3
    for path in outcome.files:  # named in the forms' language, as the window names files
        assert path.name.startswith("考核表_2026年9月_E0"), path.name
        assert path.exists() and path.suffix == ".pdf"
        assert PdfReader(path).pages
    assert not list((tmp_path / "forms").glob("*.part"))


def test_parallel_rendering_over_worker_processes(demo_ctx, tmp_path, monkeypatch):
    import salesperf_desktop.services.printing as printing

    monkeypatch.setattr(printing, "PARALLEL_THRESHOLD", 2)
    job = PrintJob("2026-09", lang="en")
    outcome = run_to_end(print_forms(demo_ctx, job, tmp_path, workers=2))
    assert len(outcome.files) == 12
    assert all(p.exists() for p in outcome.files)


def test_combined_pdf_and_task_sheets(demo_ctx, tmp_path):
    job = PrintJob("2026-09", combined=True)
    outcome = run_to_end(print_forms(demo_ctx, job, tmp_path / "all.pdf"))
    assert outcome.files == [tmp_path / "all.pdf"]
    assert len(PdfReader(outcome.files[0]).pages) >= 12

    sheets = PrintJob("2026-Q3", combined=True, task_sheets=True)
    outcome = run_to_end(print_forms(demo_ctx, sheets, tmp_path))
    assert outcome.files[0].name == "工作任务书_2026年第3季度.pdf"
    assert outcome.forms == 12 * 3


@pytest.mark.parametrize("combined", [False, True])
def test_cancel_leaves_no_partial_files(demo_ctx, tmp_path, combined):
    cancel = threading.Event()
    gen = print_forms(demo_ctx, PrintJob("2026-09", combined=combined), tmp_path, cancel=cancel)
    next(gen)
    cancel.set()
    with pytest.raises(Cancelled):
        run_to_end(gen)
    assert not list(tmp_path.glob("*.part"))
    assert not list(tmp_path.glob("*.pdf"))
