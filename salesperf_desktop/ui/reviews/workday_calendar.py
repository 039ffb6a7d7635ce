"""The working-day calendar on screen: which calendar each year's deadlines were counted on, and
the officer's entry of the State Council's holiday notice (by hand or from a workbook)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.services import calendar_workbook, workdays
from salesperf_desktop.services.workdays import CalendarDayRecord, YearCalendar, YearSource
from salesperf_desktop.ui.file_dialogs import get_open_file_name, get_save_file_name
from salesperf_desktop.ui.reviews.common import date_edit, get_date, save_cancel_box
from salesperf_desktop.ui.tasks import one_step

_MAX_PROBLEMS_SHOWN = 20


def year_sentence(year: YearCalendar) -> str:
    """One year's calendar in a sentence: official (package or hers) or estimated."""
    if year.source is YearSource.OFFICIAL:
        text = QCoreApplication.translate(
            "WorkdayCalendar",
            "%1: official Chinese calendar (the State Council's notice: holidays and make-up "
            "working days).",
        )
    elif year.source is YearSource.ENTERED:
        text = QCoreApplication.translate(
            "WorkdayCalendar",
            "%1: official Chinese calendar, the State Council's notice as you entered it.",
        )
    else:
        text = QCoreApplication.translate(
            "WorkdayCalendar",
            "%1: estimated. Statutory holidays by rule; the make-up working days are not "
            "published yet. Enter the notice under Working-day calendar… once it is out.",
        )
    return text.replace("%1", str(year.year))


def calendar_notice(years: Sequence[YearCalendar]) -> str:
    """The sentence(s) under every deadline saying which calendar counted each year."""
    return "\n".join(year_sentence(y) for y in years)


def shown_years(days: Iterable[dt.date | None], today: dt.date) -> list[int]:
    """The years of the dates on screen, and this year (a new appeal is counted in it)."""
    return sorted({d.year for d in days if d is not None} | {today.year})


class CalendarDialog(QDialog):
    """One year's State Council notice as the officer enters it: days off, make-up working days.

    Her list wins over the package and makes the year official (her source); an empty list hands
    the year back to the package.
    """

    def __init__(self, ui, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.ui = ui
        self.year = QSpinBox(self)
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or ui.today().year + 1)
        self.state = QLabel(self)
        self.state.setObjectName("calendarState")
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("calendarTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        box = save_cancel_box(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._year_bar())
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._workbook_bar())
        layout.addWidget(box)
        self.year.valueChanged.connect(self.load)
        self.load()
        self.resize(640, 520)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _year_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self._button(self.tr("Add day"), "calendarAdd", self.add_day))
        bar.addWidget(
            self._button(
                self.tr("Remove day"),
                "calendarRemove",
                lambda: self.table.removeRow(self.table.currentRow()),
            )
        )
        return bar

    def _workbook_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(
            self._button(
                self.tr("Start from the built-in dates"), "calendarFromPackage", self.fill_in
            )
        )
        bar.addStretch(1)
        bar.addWidget(
            self._button(self.tr("Import workbook…"), "calendarImport", self.import_workbook)
        )
        bar.addWidget(
            self._button(self.tr("Blank workbook…"), "calendarTemplate", self.write_template)
        )
        return bar

    # ------------------------------------------------------------------ showing

    def load(self) -> None:
        notice = workdays.year_notice(self.ui.ctx, self.year.value())
        self.state.setText(self._state_text(notice))
        self.table.setRowCount(0)
        for row in notice.entered:
            self.add_day(row.day, row.is_workday, row.note)

    def _state_text(self, notice: workdays.YearNotice) -> str:
        year = str(notice.year)
        if notice.source is YearSource.ENTERED:
            head = self.tr(
                "%1 is counted on the notice you entered below; it wins over the built-in dates."
            )
        elif notice.source is YearSource.OFFICIAL:
            head = self.tr(
                "%1 is official: the built-in calendar has the State Council's notice. Enter "
                "days here only to correct it."
            )
        else:
            head = self.tr(
                "%1 is estimated: the built-in calendar knows the statutory holidays but not "
                "the make-up working days. Enter the State Council's notice when it is published."
            )
        rule = self.tr(
            "List every day off and every weekend working day of the notice. Days not listed "
            "are Monday to Friday working, weekends off; statutory holidays stay off."
        )
        return head.replace("%1", year) + " " + rule

    def add_day(self, day: dt.date | None = None, is_workday: bool = False, note: str = "") -> int:
        year = self.year.value()
        day = day or dt.date(year, 1, 1)
        row = self.table.rowCount()
        self.table.insertRow(row)
        edit = date_edit(self.table, day)
        edit.setMinimumDate(QDate(year, 1, 1))
        edit.setMaximumDate(QDate(year, 12, 31))
        self.table.setCellWidget(row, 0, edit)
        kind = QComboBox(self.table)
        kind.addItem(self.tr("Day off"), False)
        kind.addItem(self.tr("Working day"), True)
        kind.setCurrentIndex(kind.findData(is_workday))
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(note))
        return row

    def fill_in(self) -> None:
        """Put the built-in dates of the year in the list, as a start for typing the notice."""
        self.table.setRowCount(0)
        for day in workdays.package_days(self.year.value(), self.ui.lang):
            self.add_day(day.day, day.is_workday, day.name)

    def rows(self) -> list[CalendarDayRecord]:
        out: dict[dt.date, CalendarDayRecord] = {}
        for row in range(self.table.rowCount()):
            day = get_date(self.table.cellWidget(row, 0))
            note = self.table.item(row, 2).text().strip() if self.table.item(row, 2) else ""
            is_workday = bool(self.table.cellWidget(row, 1).currentData())
            out[day] = CalendarDayRecord(day, is_workday, note[: calendar_workbook.NOTE_LIMIT])
        return sorted(out.values(), key=lambda r: r.day)

    # ------------------------------------------------------------------ actions

    def save(self) -> bool:
        """Store the year's list (the list as stored writes nothing) and close."""
        workdays.save_year_notice(self.ui.ctx, self.year.value(), self.rows())
        self.accept()
        return True

    def import_workbook(self) -> None:
        """Read and store the chosen workbook in the background, then show what it did."""
        path, _ = get_open_file_name(
            self, self.tr("Import the holiday notice"), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        job = one_step(calendar_workbook.import_notice_workbook, self.ui.ctx, Path(path))
        self.ui.tasks.run(self.tr("Import the holiday notice"), job, self._imported, self)

    def _imported(self, outcome) -> None:
        refused = outcome.error
        if isinstance(refused, calendar_workbook.CalendarImportError):
            lines = refused.messages(self.ui.lang)
            more = len(lines) - _MAX_PROBLEMS_SHOWN
            text = "\n".join(lines[:_MAX_PROBLEMS_SHOWN])
            if more > 0:
                text += "\n" + self.tr("… and %1 more.").replace("%1", str(more))
            QMessageBox.warning(
                self, self.tr("Nothing was imported"), text, QMessageBox.StandardButton.Ok
            )
            return
        if refused is not None:
            if not outcome.reported:
                QMessageBox.warning(self, self.tr("Nothing was imported"), outcome.message)
            return
        if outcome.cancelled:
            return
        result = outcome.result
        if self.year.value() in result.years:
            self.load()
        else:
            self.year.setValue(result.years[0])  # loads
        QMessageBox.information(self, self.windowTitle(), result.message(self.ui.lang))

    def write_template(self) -> None:
        name = self.tr("holiday-notice.xlsx")
        path, _ = get_save_file_name(
            self, self.tr("Save a blank workbook"), name, self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return

        def written(outcome) -> None:
            if outcome.error is not None and not outcome.reported:
                QMessageBox.warning(self, self.tr("Save a blank workbook"), outcome.message)

        job = one_step(calendar_workbook.write_notice_template, Path(path), self.ui.lang)
        self.ui.tasks.run(self.tr("Save a blank workbook"), job, written, self)
