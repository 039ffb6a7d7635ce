"""What a long service is doing, told in the reader's language: the step, 第 x 份/共 y 份 (or
第 x 行/共 y 行), and the time left once a rate is known; never an English word from a service."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from salesperf_desktop.domain.messages import CATALOGUE
from salesperf_desktop.services.progress import Cancelled, Progress, TimeLeft, describe, duration

SERVICES = Path(__file__).parents[2] / "salesperf_desktop" / "services"


def test_a_row_count_with_the_file_in_each_language():
    step = Progress(300, 1200, step="progress.checking_rows", unit="row", item="台账.xlsx")
    assert describe(step, "zh_CN") == "正在检查各行：台账.xlsx，第 300 行/共 1200 行"
    assert describe(step, "zh_TW") == "正在檢查各列：台账.xlsx，第 300 列/共 1200 列"
    assert describe(step, "en") == "Checking the rows: 台账.xlsx, row 300 of 1200"


def test_forms_are_counted_in_copies_and_the_time_left_follows_the_rate():
    now = [100.0]
    left = TimeLeft(clock=lambda: now[0])
    first = Progress(0, 12, step="progress.writing_forms", unit="form")
    assert left.update(first) is None  # no rate yet
    now[0] += 0.5
    assert left.update(Progress(1, 12, step="progress.writing_forms", unit="form")) is None
    now[0] += 2.5  # 3 forms in 3 seconds: 9 more take 9 seconds
    third = Progress(3, 12, step="progress.writing_forms", unit="form")
    seconds = left.update(third)
    assert seconds == pytest.approx(9.0)
    assert describe(third, "zh_CN", seconds) == "正在生成考核表，第 3 份/共 12 份，估计剩余 9 秒"
    assert describe(third, "zh_TW", seconds) == "正在產生考核表，第 3 份/共 12 份，預估剩餘 9 秒"
    assert (
        describe(third, "en", seconds)
        == "Writing the appraisal forms, form 3 of 12, about 9 s left"
    )
    # another run (a new total) starts its own rate
    assert left.update(Progress(1, 40, step="progress.checking_rows", unit="row")) is None


def test_long_times_read_in_minutes_and_hours():
    assert duration(200, "zh_CN") == "3 分 20 秒"
    assert duration(3 * 3600 + 300, "zh_CN") == "3 小时 5 分"
    assert duration(0.2, "en") == "1 s"


def test_a_step_without_a_count_is_just_its_words():
    assert describe(Progress(0, 2, step="progress.backup"), "zh_CN") == "正在导入前备份数据库"
    assert describe(Progress(0, 0, message="正在读取2026年9月…"), "zh_CN") == "正在读取2026年9月…"


def test_services_yield_coded_steps_only():
    """Every ``Progress(...)`` in services/ names a catalogue step and no text of its own."""
    wrong = []
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Progress"):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            step = keywords.get("step")
            if (
                len(node.args) > 2
                or "message" in keywords
                or not isinstance(step, ast.Constant)
                or step.value not in CATALOGUE
            ):
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_the_one_before_import_backup(ctx):
    """The four imports back up through ``before_import``: one step, a file, then the cancel."""
    import threading

    from salesperf_desktop.services.backup import backups_of, before_import

    steps = []
    gen = before_import(ctx, total=5)
    steps.append(next(gen))
    with pytest.raises(StopIteration) as stop:
        next(gen)
    assert steps == [Progress(0, 5, step="progress.backup")]
    assert stop.value.value is not None and stop.value.value.exists()
    assert [b.reason for b in backups_of(ctx.db_path, ctx.backup_dir)] == ["before-import"]
    cancelled = threading.Event()
    cancelled.set()
    gen = before_import(ctx, cancel=cancelled)
    next(gen)
    with pytest.raises(Cancelled):
        next(gen)


@pytest.mark.parametrize("module", ["metrics_import", "staff_io", "events_import", "rater_sheets"])
def test_each_import_backs_up_through_the_one_service(module):
    source = (SERVICES / f"{module}.py").read_text(encoding="utf-8")
    assert "begin_import(" in source or "before_import(" in source
    assert "make_backup" not in source
