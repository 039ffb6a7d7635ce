"""Names vulture cannot see being used: frameworks call or read them. Checked in CI by
`.venv/bin/vulture salesperf_desktop vulture_whitelist.py --min-confidence 60`.

Each entry says who uses it or why it stays. This file is never imported.
"""

# ---- Qt calls these (overrides of virtual methods, and their parameters) -------------------------
_.eventFilter  # QObject.eventFilter override (ui/first_paint.py)
watched  # parameter of eventFilter, part of Qt's signature
_.filterAcceptsRow  # QSortFilterProxyModel override (ui/staff_tab.py)
source_parent  # parameter of filterAcceptsRow, part of Qt's signature
_.lessThan  # QSortFilterProxyModel override (ui/staff_tab.py)
_.isEmpty  # QTranslator.isEmpty override (i18n_qt.py)
_.redo  # QUndoCommand override (ui/entry/grid_model.py)
_.undo  # QUndoCommand override (ui/entry/grid_model.py)
_.focusInEvent  # QWidget override (ui/entry/grid_view.py)
_.focusOutEvent  # QWidget override (ui/entry/grid_view.py)
_.paintEvent  # QWidget override (ui/charts/canvas.py)
_.minimumSizeHint  # QWidget override (ui/charts/canvas.py)
_.rect  # QStyleOptionViewItem.rect: the style reads it to wrap (ui/due_panel.py)

# ---- reportlab calls these (Flowable protocol) -----------------------------------------------
_.draw  # Flowable.draw override (services/pdf/render.py)
avail_w  # parameter of Flowable.wrap, part of reportlab's signature
avail_h  # parameter of Flowable.wrap, part of reportlab's signature
_._wrapWidths  # Paragraph state set by wrap, read by its split and draw (services/pdf/render.py)
_.useA85  # rl_config switch reportlab reads when it writes a stream (services/pdf/render.py)

# ---- openpyxl reads these attributes when it writes the workbook -------------------------------
_.font
_.alignment
_.number_format
_.freeze_panes
_.showErrorMessage  # DataValidation: show the error box on invalid input
# rater sheets (services/rater_sheets.py): hidden key column and sheet, protection, page setup
_.hidden
_.sheet_state
_.lockStructure
_.autoFilter
_.formatColumns
_.formatRows
_.gridLines
_.fitToWidth
_.fitToHeight
_.fitToPage

# ---- SQLAlchemy and Alembic ------------------------------------------------------------------
_.type_annotation_map  # DeclarativeBase configuration (storage/models.py)
DatabaseIdentityRow  # the table's declaration for the models-vs-migrations check; written with sqlite3 (storage/wal_guard.py)
_.wal_token  # column of database_identity, written and read with sqlite3 (storage/wal_guard.py)
read_database_id  # storage/identity.py: the backups' identity filter (issue #15, branch backups) builds on it
# Mapped columns: part of the schema (migrations and the drift test), written by the database.
_.updated_at
_.import_batch_id
_.recorded_by
_.sheet_id
_.position
_.imported_at
_.created_on
_.added_at
# Alembic reads these module attributes of every revision file.
down_revision
branch_labels
depends_on
downgrade

# ---- Python and packaging --------------------------------------------------------------------
__getattr__  # module __getattr__ (PEP 562) in salesperf_desktop/__init__.py: lazy __version__
build_into  # called by setup.py (wheel and installer builds compile the translations)

# ---- domain ----------------------------------------------------------------------------------
TRANSFERRED  # StaffStatus member: a stored value the database may hold
_.increasing  # Rule direction; tests/domain check every shipped rule's direction with it
_.met_target  # CohortResult field: the managers' "reps on target" shares, part of the answer
_.anchor_text  # a rating's behaviour anchor in the reader's language; tests pin it (rater sheets)
_.same_period_last_year  # the base period of a growth rate; tests pin it (the form's 基期)

# ---- findings in areas restructured by other #13 helpers (undecided) --------------------------
_.column_of  # ui/entry/grid_model.py: finds an indicator's column (benchmarks/bench_grid_edit.py, tests)
_.total_column  # ui/entry/grid_model.py: the total's column (benchmarks/bench_grid_edit.py, tests)
person_trend  # services/charts_data.py: the trend from whole periods' results, as the Charts tab
#   drew it before issue #19 (benchmarks/bench_scoring.py and tests compare trend_for with it)

# ---- toolbar actions of the Monthly entry tab the window tests trigger like a click ----------
_.rater_sheets_button
_.events_import_button
_.team_goals_button  # the entry toolbar's 团队目标 action (tests click it)
_.mentoring_button  # the entry toolbar's 带教成果 action (tests click it)

# ---- kept on purpose ---------------------------------------------------------------------------
_.weakest_dimension  # Advice field: the dimension that lost most points, read by tests and forms
set_supervisor_comment  # the 上级评语 service; the window and CLI way to write it is issue 14

# ---- read by the logging module or documented as a table ---------------------------------
raiseExceptions  # logging.raiseExceptions: a log that cannot be written prints no traceback
OK  # ExitCode.OK (services/faults.py): the exit-code table, listed in --help and the guide
DATA_PROBLEMS  # ExitCode.DATA_PROBLEMS: the same table

# ---- the explanation's own checks (tests/domain/test_explain.py states them with these) ---
team_cents  # Explanation.team_cents: indicator points + team share + adjustments = total
terms  # Explanation.terms(): the lines that add up to the total

# ---- the results cache and its change counter (issue #19) ----------------------------------
_.hits  # ResultsCache counters: tests and bench_scoring read them to show what was scored
_.misses  # ResultsCache counters: tests and bench_scoring read them to show what was scored
COUNTED_TABLES  # storage/change_counter.py: the tables migration 0004 puts triggers on (tests)
DataChangeRow  # storage/models.py: the counter's table, for the models-vs-migrations test
counter  # DataChangeRow.counter: written by triggers, read with plain SQL (data_version)
trend_months  # charts_data: the months a trend covers; tests and bench_scoring draw it as before
people_in  # charts_data: the person charts' subjects without scoring (for the charts tab; tests)
person_results  # charts_data: the person's team only, for radar/breakdown (charts tab; tests)
trend_for  # charts_data: a trend scoring each month once, team only (charts tab; tests)

# ---- a password change's record (services.security.PasswordChange; tests check them) ---
backups_converted  # PasswordChange.backups_converted: backups now under the new password
backups_left  # PasswordChange.backups_left: backups under a password this run does not know
snapshots_removed  # PasswordChange.snapshots_removed: unclean-stop snapshots of the old state

# ---- SQLAlchemy calls these (event listeners) ---------------------------------------------------
_write_shared  # Session "before_flush" listener: stores shared snapshots (storage/models.py)
# ---- blocking forms of a background use case ------------------------------------------------
# The window runs services.security.change_password in its task runner; these run it to the end
# in one call, for scripts and the tests that set or remove a password as a step.
set_password
remove_password

# ---- grid17's entry grid: called only by tests so far (to review: keep as API or remove) -------
_first_computed  # EntryGridModel: set when rows are first worked out
has_errors  # EntryGridModel.has_errors (tests)
view_showing  # grid_view (tests)
show_info  # MessageBar.show_info (tests)
show_place  # EntryTab.show_place: the way in from outside (本月待办 uses show_period for now)
print_title_rows  # openpyxl Worksheet.print_title_rows (bonus_export: the header on every printed page)

# ---- expat calls these (xlsx_io._SheetReader: a sheet read straight from its stream) -----------
buffer_text  # xml.parsers.expat parser attribute: one text callback per run of characters
StartElementHandler
EndElementHandler
CharacterDataHandler
EntityDeclHandler  # refused as defusedxml refuses it
UnparsedEntityDeclHandler
ExternalEntityRefHandler

# ---- worker21: the reader process (services/reader_process.py) ---------------------------------
worker_pid  # ReaderProcess.worker_pid: the tests kill or stop the process; the benchmarks read its memory

# ---- matplotlib reads these (services/chart_style.py) ------------------------------------------
kwdoc  # matplotlib.artist.kwdoc, replaced before its Artist classes load (no help() tables)
