"""The progress strip reads a service's coded step in the window's language, with the count."""

from __future__ import annotations

import threading

from salesperf_desktop.services.progress import Progress


def test_the_strip_shows_the_step_and_the_count_in_chinese(qtbot, chinese):
    from salesperf_desktop.ui.progress_strip import ProgressStrip
    from salesperf_desktop.ui.tasks import TaskRunner

    strip = ProgressStrip()
    qtbot.addWidget(strip)
    runner = TaskRunner()
    release = threading.Event()
    finished = []

    def job(cancel):
        yield Progress(3, 12, step="progress.writing_forms", unit="form", item="张伟")
        release.wait(10)
        return "done"

    runner.run("打印考核表", job, finished.append, view=strip)
    qtbot.waitUntil(lambda: "第 3 份/共 12 份" in strip.label.text())
    assert strip.label.text() == "正在生成考核表：张伟，第 3 份/共 12 份"
    assert strip.bar.value() == 3 and strip.bar.maximum() == 12
    release.set()
    qtbot.waitUntil(lambda: bool(finished))
    assert finished[0].result == "done" and strip.isHidden()
