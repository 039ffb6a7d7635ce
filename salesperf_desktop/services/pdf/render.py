"""reportlab rendering of the appraisal form and the task sheet (A4, embedded CJK font).

Imports neither Qt nor SQLAlchemy: batch printing runs this in worker processes.
Several forms can go into one PDF; each keeps its own "page x of y" (see ``_FormCanvas``).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from salesperf_desktop.domain.i18n import fmt_number
from salesperf_desktop.services.pdf.forms import (
    AppraisalForm,
    TaskSheetForm,
    fmt_amount,
    fmt_points,
    fmt_value,
)
from salesperf_desktop.services.pdf.labels import colon, label, page_template

FONT = "SalesPerfCJK"
PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
BODY_W = PAGE_W - 2 * MARGIN
GRID = colors.HexColor("#777777")
HEAD_BG = colors.HexColor("#E4EAF2")
SUB_BG = colors.HexColor("#F3F5F8")

_font_lock = threading.Lock()


def font_path() -> Path:
    from salesperf_desktop.paths import cjk_font_path

    return cjk_font_path()


def register_font(path: Path | str | None = None) -> str:
    """Register the shipped TrueType CJK font once per process; reportlab embeds a subset."""
    with _font_lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(path or font_path()), subfontIndex=0))
            # Same face for bold/italic so <b> in a paragraph never falls back to Helvetica.
            from reportlab.lib.fonts import addMapping

            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _remember_numbers()
    return FONT


# The reportlab modules that write numbers into a page or a PDF object with ``fp_str``.
_NUMBER_WRITERS = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfgen.pathobject",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.platypus.tables",
    "reportlab.platypus.flowables",
    "reportlab.lib.colors",
)


def _remember_numbers() -> None:
    """Every coordinate, size and colour reportlab writes goes through ``fp_str`` (pure Python
    without reportlab's C accelerator, which is not installed): about 2,000 numbers a form, a
    fifth of a form's time, nearly all of them the same on every form (the table grid, the
    text positions, the font's widths). The same numbers give the same text, worked out once
    per process; what is written does not change."""
    import importlib

    from reportlab.lib import rl_accel

    plain = rl_accel.fp_str
    if getattr(plain, "__module__", "") != rl_accel.__name__:
        return  # reportlab's C accelerator
    known: dict[tuple, str] = {}

    def fp_str(*numbers) -> str:
        try:
            return known[numbers]
        except KeyError:
            if len(known) > _CACHE_LIMIT:
                known.clear()
            text = known[numbers] = plain(*numbers)
            return text
        except TypeError:  # a list of numbers (unhashable)
            return plain(*numbers)

    fp_str.__module__ = __name__
    for name in _NUMBER_WRITERS:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is plain:
            module.fp_str = fp_str


class _Styles:
    def __init__(self, cjk: bool) -> None:
        # CJK wrapping breaks anywhere (right for Chinese, wrong for English words).
        base = {"fontName": FONT, "wordWrap": "CJK" if cjk else None}
        self.title = ParagraphStyle(
            "title", fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=2, **base
        )
        self.company = ParagraphStyle(
            "company", fontSize=11, leading=15, alignment=TA_CENTER, **base
        )
        # A heading never stays alone at the foot of a page.
        self.h2 = ParagraphStyle(
            "h2", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, keepWithNext=1, **base
        )
        self.body = ParagraphStyle("body", fontSize=9, leading=12.5, **base)
        self.cell = ParagraphStyle("cell", fontSize=8, leading=10.5, **base)
        self.cell_r = ParagraphStyle("cell_r", alignment=TA_RIGHT, parent=self.cell)
        self.small = ParagraphStyle("small", fontSize=7.5, leading=9.5, **base)
        self.result = ParagraphStyle("result", fontSize=11, leading=15, alignment=TA_CENTER, **base)


_STYLES: dict[bool, _Styles] = {}


def styles(lang: str = "zh_CN") -> _Styles:
    register_font()
    cjk = lang != "en"
    if cjk not in _STYLES:
        _STYLES[cjk] = _Styles(cjk)
    return _STYLES[cjk]


def paren(text: str, lang: str) -> str:
    return f" ({text})" if lang == "en" else f"（{text}）"


def bracketed(text: str, lang: str) -> str:
    """A task's type under its title: [type] / 〔type〕."""
    return f"[{text}]" if lang == "en" else f"〔{text}〕"


class _Para(Paragraph):
    """A Paragraph whose markup is parsed, and whose lines are broken, once per process for each
    text, style (and width): a batch prints the same labels and rule texts on every form, and
    reportlab lays out each table cell about three times (measuring the rows, splitting the
    table at a page end, drawing it). What is drawn is what a plain Paragraph draws: the
    cache keeps exactly what parsing and ``wrap`` set on the paragraph, and hands it on.
    """

    def __init__(self, text, style, bulletText=None, frags=None, **kwargs):
        if frags is not None or bulletText is not None or kwargs:
            # The parts of a split paragraph (reportlab makes them so): laid out as usual.
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        key = (text, style)
        parsed = _PARSED.get(key)
        if parsed is None:
            parsed = _parsed_like_its_kind(text, style)
        if parsed is None:
            super().__init__(text, style)
            parsed = dict(self.__dict__)
        else:
            self.__dict__.update(parsed)
        _PARSED[key] = parsed
        self._layout_key = key

    def wrap(self, availWidth, availHeight):
        if "_layout_key" not in self.__dict__:
            return super().wrap(availWidth, availHeight)
        key = (self._layout_key, availWidth)
        laid = _WRAPPED.get(key)
        if laid is None:
            before = dict(self.__dict__)
            size = super().wrap(availWidth, availHeight)
            laid = {k: v for k, v in self.__dict__.items() if before.get(k, _NONE) is not v}
            if len(_WRAPPED) > _CACHE_LIMIT:
                _WRAPPED.clear()
            _WRAPPED[key] = laid
            return size
        self.__dict__.update(laid)
        if "_wrapWidths" in laid:
            self._wrapWidths = list(laid["_wrapWidths"])
        return self.width, self.height


_NONE = object()
_CACHE_LIMIT = 50_000
_PARSED: dict = {}
_WRAPPED: dict = {}
_SENTINEL = "0"


def _parsed_like_its_kind(text: str, style: ParagraphStyle) -> dict | None:
    """What parsing *text* sets on a paragraph, without parsing it, when its end is plain
    text after any markup: the figures of each form (a name, an amount, a rate; a target under
    the grey name of what it is) differ from form to form behind the same markup. The markup
    is parsed once with a placeholder figure, and the figure put in the placeholder's place:
    reportlab's parser makes one fragment of plain text, with the style of the markup before it.
    None when the text is not of that kind (then it is parsed as usual)."""
    cut = text.rfind(">") + 1
    head, tail = text[:cut], text[cut:]
    if (
        not tail
        or "<" in tail
        or "&" in tail
        or tail != " ".join(tail.split())
        or getattr(style, "textTransform", None)
    ):
        return None
    key = (head + _SENTINEL, style)
    kind = _PARSED.get(key)
    if kind is None:
        kind = _PARSED[key] = dict(Paragraph(head + _SENTINEL, style).__dict__)
    frags = kind["frags"]
    if not frags or frags[-1].text != _SENTINEL:
        return None
    return {
        **kind,
        "text": cleanBlockQuotedText(text),
        "frags": [*frags[:-1], frags[-1].clone(text=tail)],
    }


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    if len(_PARSED) > _CACHE_LIMIT:
        _PARSED.clear()
        _WRAPPED.clear()
    return _Para(text, style)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return _para(escape(text or "").replace("\n", "<br/>"), style)


# ---------------------------------------------------------------------------- page furniture


class _FormStart(Flowable):
    """Zero-size marker at the top of each form: tells the canvas which form a page belongs to."""

    def __init__(
        self,
        key: int,
        footer: str,
        page_of: str,
        on_form: Callable[[], None] | None,
        header: str = "",
    ):
        super().__init__()
        self.key, self.footer, self.page_of, self.on_form = key, footer, page_of, on_form
        self.header = header

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self) -> None:
        self.canv.form_key = self.key
        self.canv.form_footer = self.footer
        self.canv.form_page_of = self.page_of
        self.canv.form_header = self.header
        if self.on_form is not None:
            self.on_form()


class _FormCanvas(rl_canvas.Canvas):
    """Defers pages until the end so each form's pages can say "page x of y" for that form.

    Every page carries a running head (whose form, which period, page x of y) and a footer, so a
    page that comes loose from the others still says whose it is.
    """

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = FONT  # no stray, unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.form_key = 0
        self.form_footer = ""
        self.form_page_of = "{page} / {pages}"
        self.form_header = ""

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        totals = Counter(page["form_key"] for page in self._pages)
        self.form_pages = [totals[key] for key in sorted(totals)]
        seen: Counter = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            seen[self.form_key] += 1
            self._draw_header(seen[self.form_key], totals[self.form_key])
            self._draw_footer()
            super().showPage()
        super().save()

    def _draw_header(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 8)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        y = PAGE_H - MARGIN + 3 * mm
        self.drawString(MARGIN, y, self.form_header)
        self.drawRightString(PAGE_W - MARGIN, y, self.form_page_of.format(page=number, pages=total))
        self.line(MARGIN, y - 1.6 * mm, PAGE_W - MARGIN, y - 1.6 * mm)
        self.restoreState()

    def _draw_footer(self) -> None:
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        y = MARGIN - 6 * mm
        self.line(MARGIN, y + 3.6 * mm, PAGE_W - MARGIN, y + 3.6 * mm)
        self.drawString(MARGIN, y, self.form_footer)
        self.restoreState()


# ---------------------------------------------------------------------------- appraisal form


def _info_table(rows: Sequence[Sequence[str]], st: _Styles) -> Table:
    """Label/value pairs, four to a row."""
    data = [[_p(c, st.cell) for c in row] for row in rows]
    w = BODY_W / 4
    table = Table(data, colWidths=[w * 0.55, w * 1.45, w * 0.55, w * 1.45])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (0, -1), SUB_BG),
                ("BACKGROUND", (2, 0), (2, -1), SUB_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


_ITEM_COLS = (0.13, 0.165, 0.065, 0.12, 0.1, 0.09, 0.26, 0.07)
LABEL_GREY = "#555555"


def _target_cell(item, st: _Styles) -> Paragraph:
    """The target column's figure under the name of what it is (应收货款金额, 满分 …)."""
    figure = escape(fmt_amount(item.target))
    if not item.target_label:
        return _para(figure, st.cell_r)
    name = escape(item.target_label)
    return _para(f'<font size="6.5" color="{LABEL_GREY}">{name}</font><br/>{figure}', st.cell_r)


def _items_table(form: AppraisalForm, st: _Styles) -> Table:
    lang = form.lang
    head = [
        _p(label(k, lang), st.cell)
        for k in (
            "dimension",
            "indicator",
            "weight",
            "target_col",
            "actual",
            "rate",
            "rule",
            "points",
        )
    ]
    data: list[list] = [head]
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    # Group items by dimension in the order they first appear; a subtotal row closes each group.
    groups: dict[str, list] = {}
    for item in form.items:
        groups.setdefault(item.dimension, []).append(item)
    subtotals = {d.label: d for d in form.dimensions}
    for dim_label, items in groups.items():
        for i, item in enumerate(items):
            rule = item.rule_text + (paren(item.note, lang) if item.note else "")
            points = fmt_points(item.points) if item.scored else label("not_scored", lang)
            data.append(
                [
                    _p(dim_label, st.cell) if i == 0 else [],  # [] draws nothing
                    _p(item.indicator, st.cell),
                    _p(fmt_number(item.weight), st.cell_r),
                    _target_cell(item, st),
                    _p(fmt_amount(item.actual), st.cell_r),
                    _p(fmt_value(item.measure, item.value, item.target, lang), st.cell_r),
                    _p(rule, st.small),
                    _p(points, st.cell_r),
                ]
            )
        sub = subtotals.get(dim_label)
        if sub is not None:
            row = len(data)
            data.append(
                [
                    _p(f"{label('subtotal', lang)}{colon(lang)}{dim_label}", st.cell),
                    "",
                    _p(fmt_number(sub.weight), st.cell_r),
                    "",
                    "",
                    "",
                    "",
                    _p(fmt_points(sub.points), st.cell_r),
                ]
            )
            style += [("SPAN", (0, row), (1, row)), ("BACKGROUND", (0, row), (-1, row), SUB_BG)]
    row = len(data)
    data.append(
        [
            _p(label("items_points", lang), st.cell),
            "",
            _p(fmt_number(sum(i.weight for i in form.items)), st.cell_r),
            "",
            "",
            "",
            "",
            _p(fmt_points(form.items_points), st.cell_r),
        ]
    )
    style += [("SPAN", (0, row), (1, row)), ("BACKGROUND", (0, row), (-1, row), HEAD_BG)]
    table = Table(data, colWidths=[BODY_W * f for f in _ITEM_COLS], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _simple_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths, st) -> Table:
    data = [[_p(h, st.cell) for h in head]]
    data += [[_p(c, st.cell) for c in row] for row in rows]
    table = Table(data, colWidths=[BODY_W * w for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _signature_block(lang: str, st: _Styles, roles=("sign_employee", "sign_supervisor", "sign_hr")):
    sig, date = label("signature", lang), label("date", lang)
    cells = [
        _para(
            f"{escape(label(r, lang))} {escape(sig)}{colon(lang)}<br/><br/><br/>"
            f"__________________<br/><br/>{escape(date)}{colon(lang)}__________",
            st.body,
        )
        for r in roles
    ]
    table = Table([cells], colWidths=[BODY_W / 3] * 3)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _running_head(name: str, employee_no: str, period_label: str, title: str, lang: str) -> str:
    """Whose form and which period, at the top of every page."""
    return " · ".join((name + paren(employee_no, lang), period_label, title))


def appraisal_story(form: AppraisalForm, key: int, on_form=None) -> list:
    """The flowables of one appraisal form, section by section: the scored items, then the
    result, the supervisor's comment and the signatures on one page, then the records they
    rest on (GROW interviews, action items, improvement plan, appeals)."""
    st = styles(form.lang)
    return [
        *_form_heading(form, key, on_form, st),
        *_items_section(form, st),
        *_composition_section(form, st),
        *_notes_section(form, st),
        _bottom_block(form, st),
        *_review_section(form, st),
        *_appeals_section(form, st),
    ]


def _bottom_block(form: AppraisalForm, st: _Styles) -> KeepTogether:
    """The total, the supervisor's comment and the signatures never part: a page that shows
    the result also shows what the signers confirm and where they sign."""
    return KeepTogether(
        [
            *_result_section(form, st),
            *_comment_section(form, st),
            *_signing_section(form, st),
        ]
    )


def _comment_section(form: AppraisalForm, st: _Styles) -> list:
    """The person's self-summary (written first, seed 003), then the supervisor's comment."""
    return [
        _p(label("self_summary", form.lang), st.h2),
        _boxed(form.self_summary or "", st, min_height=14 * mm),
        _p(label("supervisor_comment", form.lang), st.h2),
        _boxed(form.supervisor_comment or "", st, min_height=18 * mm),
    ]


def _form_heading(form: AppraisalForm, key: int, on_form, st: _Styles) -> list:
    """Company, title (amended or not), the person and the sheet, the draft note."""
    lang = form.lang
    L = lambda k: label(k, lang)  # noqa: E731
    amended = form.amendment is not None
    title = L("form_title") + (paren(L("amended_footer"), lang) if amended else "")
    footer = " · ".join(
        (
            form.company,
            title,
            form.name + paren(form.employee_no, lang),
            form.period_label,
            *((form.policy_note,) if form.policy_note else ()),
            L("confidential"),
        )
    )
    header = _running_head(form.name, form.employee_no, form.period_label, title, lang)
    template = form.template_label + paren(f"{L('version')} {form.template_version}", lang)
    story: list = [
        _FormStart(key, footer, page_template(lang), on_form, header),
        _p(form.company, st.company),
        _p(title, st.title),
        Spacer(1, 2 * mm),
        _info_table(
            [
                [L("employee_no"), form.employee_no, L("name"), form.name],
                [L("team"), form.team or "—", L("role"), form.role],
                [L("supervisor"), form.supervisor or "—", L("period"), form.period_label],
                [L("template"), template, L("status"), form.status or "—"],
            ],
            st,
        ),
    ]
    if not form.frozen:
        story += [Spacer(1, 1.5 * mm), _p(L("draft_note"), st.small)]
    return story


def _items_section(form: AppraisalForm, st: _Styles) -> list:
    """The amendment banner (when the result was changed after publication), then the items."""
    story: list = []
    if form.amendment is not None:
        banner = (
            label("amended_banner_appeal", form.lang, appeal=form.amendment.appeal_number)
            if form.amendment.appeal_number
            else label("amended_banner_correction", form.lang)
        )
        story += [Spacer(1, 1.5 * mm), _p(banner, st.body)]
    return [*story, Spacer(1, 3 * mm), _items_table(form, st)]


def _composition_section(form: AppraisalForm, st: _Styles) -> list:
    """From the indicator points to the total, line by line (team share, each bonus/penalty,
    caps, veto)."""
    if not form.explanation:
        return []
    heading = _p(label("composition", form.lang), st.h2)  # never alone at the foot of a page
    return [KeepTogether([heading, _explanation_table(form, st)])]


def _result_section(form: AppraisalForm, st: _Styles) -> list:
    """The boxed total, grade and coefficient; the amendment (the head of the bottom block)."""
    lang = form.lang
    L = lambda k: label(k, lang)  # noqa: E731
    c, gap = colon(lang), ("&nbsp;" * 6 if lang == "en" else "　　")
    result = (
        f"{L('total')}{c}<b>{fmt_points(form.total)}</b>{gap}"
        f"{L('grade')}{c}<b>{escape(form.grade)}</b>{gap}"
        f"{L('coefficient')}{c}<b>{form.coefficient:.2f}</b>"
    )
    box = Table([[_para(result, st.result)]], colWidths=[BODY_W])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list = [Spacer(1, 2 * mm), box]
    if form.amendment is not None:
        story += _amendment_table(form, st)
    return story


def _explanation_table(form: AppraisalForm, st: _Styles) -> Table:
    """Each line with its points; the amounts add up to the total as printed."""
    data = [[_p(line.text, st.cell), _p(line.amount, st.cell_r)] for line in form.explanation]
    table = Table(data, colWidths=[BODY_W * 0.86, BODY_W * 0.14])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row, line in enumerate(form.explanation):
        if line.kind in ("items_points", "total"):
            style.append(("BACKGROUND", (0, row), (-1, row), SUB_BG))
    table.setStyle(TableStyle(style))
    return table


def _notes_section(form: AppraisalForm, st: _Styles) -> list:
    if form.complete and not form.notes:
        return []
    story = [_p(label("notes", form.lang), st.h2)]
    if not form.complete:
        story.append(_p(label("incomplete", form.lang), st.small))
    return story + [_p("• " + note, st.small) for note in form.notes]


def _review_section(form: AppraisalForm, st: _Styles) -> list:
    """The GROW interviews, their action items, the improvement plan."""
    L = lambda k: label(k, form.lang)  # noqa: E731
    story: list = []
    if form.interviews:
        story.append(_p(L("grow"), st.h2))
        for iv in form.interviews:
            rows = [
                [L("held_on"), f"{iv.held_on}　{iv.interviewer}".strip()],
                [L("grow_goal"), iv.goal],
                [L("grow_reality"), iv.reality],
                [L("grow_options"), iv.options],
                [L("grow_will"), iv.will],
            ]
            if iv.resources:
                rows.append([L("grow_resources"), iv.resources])
            story += [_kv_table(rows, st), Spacer(1, 1.5 * mm)]
    if form.actions:
        story.append(_p(L("actions"), st.h2))
        story.append(
            _simple_table(
                [L("action_what"), L("action_owner"), L("action_due"), L("action_status")],
                [[a.what, a.owner, a.due, a.status] for a in form.actions],
                (0.55, 0.15, 0.15, 0.15),
                st,
            )
        )
    if form.plan is not None:
        plan = form.plan
        rows = [
            [L("plan_goals"), plan.goals],
            [L("plan_actions"), plan.actions],
            [L("plan_support"), plan.support],
            [L("plan_reviews"), "、".join(plan.review_dates) or "—"],
        ]
        if plan.outcome:
            rows.append([L("plan_outcome"), plan.outcome])
        story += [_p(L("improvement_plan"), st.h2), _kv_table(rows, st)]
    return story


def _appeals_section(form: AppraisalForm, st: _Styles) -> list:
    lang = form.lang
    L = lambda k: label(k, lang)  # noqa: E731
    story: list = []
    for appeal in form.appeals:
        rows = [
            [L("appeal_number"), f"{appeal.number}　{L('appeal_filed')} {appeal.filed_on}"],
            [L("appeal_reason"), appeal.reason],
            [
                L("appeal_outcome"),
                appeal.outcome + (paren(appeal.decided_on, lang) if appeal.decided_on else ""),
            ],
        ]
        if appeal.decision:
            rows.append([L("appeal_decision"), appeal.decision])
        story += [_p(L("appeal"), st.h2), _kv_table(rows, st)]
    return story


def _signing_section(form: AppraisalForm, st: _Styles) -> list:
    """What the signers confirm, and the three signature boxes."""
    return [
        Spacer(1, 2 * mm),
        _p(label("signatures", form.lang), st.h2),
        _p(confirm_text(form), st.small),
        Spacer(1, 1.5 * mm),
        _signature_block(form.lang, st),
    ]


def _sep(lang: str) -> str:
    return " · " if lang == "en" else "　"


def _result_text(total: float | None, grade: str, coefficient: float | None, lang: str) -> str:
    c, gap = colon(lang), _sep(lang)
    parts = [f"{label('total', lang)}{c}{'—' if total is None else fmt_points(total)}"]
    parts.append(f"{label('grade', lang)}{c}{grade or '—'}")
    if coefficient is not None:
        parts.append(f"{label('coefficient', lang)}{c}{coefficient:.2f}")
    return gap.join(parts)


def _amendment_table(form: AppraisalForm, st: _Styles) -> list:
    """Old and new result side by side, with the appeal that changed it (seed 002). Kept with
    the total by the bottom block (a KeepTogether inside it would push the block a page on)."""
    lang, a = form.lang, form.amendment
    L = lambda k: label(k, lang)  # noqa: E731
    if a.appeal_number:
        basis = f"{L('appeal_number')} {a.appeal_number}"
        if a.outcome:
            basis += _sep(lang) + a.outcome + (paren(a.decided_on, lang) if a.decided_on else "")
    else:
        basis = L("amend_correction")
    rows = [
        [L("amend_basis"), basis],
        [
            L("amend_previous"),
            _result_text(a.previous_total, a.previous_grade, a.previous_coefficient, lang),
        ],
        [L("amend_new"), _result_text(form.total, form.grade, form.coefficient, lang)],
    ]
    if a.decision:
        rows.append([L("amend_reason"), a.decision])
    if a.amended_on:
        rows.append([L("amended_on"), a.amended_on])
    return [_p(L("amendment"), st.h2), _kv_table(rows, st)]


def confirm_text(form: AppraisalForm) -> str:
    """The sentence above the signatures: the appeal right in working days (a setting), on the
    official calendar, with the last day when the result is published."""
    lang = form.lang
    if form.amendment is not None:
        return label("confirm_amended", lang)
    calendar = label(f"workdays_{form.calendar_source}", lang, years=form.estimated_years)
    deadline = (
        label("appeal_deadline", lang, deadline=form.appeal_deadline)
        if form.appeal_deadline
        else ""
    )
    return label("confirm_text", lang, days=form.appeal_days, calendar=calendar, deadline=deadline)


def _kv_table(rows: Sequence[Sequence[str]], st: _Styles) -> Table:
    data = [[_p(k, st.cell), _p(v, st.cell)] for k, v in rows]
    table = Table(data, colWidths=[BODY_W * 0.18, BODY_W * 0.82])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (0, -1), SUB_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _boxed(text: str, st: _Styles, min_height: float) -> Table:
    table = Table([[_p(text, st.body)]], colWidths=[BODY_W], rowHeights=None)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), max(3, min_height - 12)),
            ]
        )
    )
    return table


# ---------------------------------------------------------------------------- task sheet


def task_sheet_story(form: TaskSheetForm, key: int, on_form=None) -> list:
    lang = form.lang
    st = styles(lang)
    L = lambda k: label(k, lang)  # noqa: E731
    footer = " · ".join(
        (
            form.company,
            L("task_title"),
            form.name + paren(form.employee_no, lang),
            form.period_label,
        )
    )
    header = _running_head(form.name, form.employee_no, form.period_label, L("task_title"), lang)
    story: list = [
        _FormStart(key, footer, page_template(lang), on_form, header),
        _p(form.company, st.company),
        _p(L("task_title"), st.title),
        Spacer(1, 2 * mm),
        _info_table(
            [
                [L("employee_no"), form.employee_no, L("name"), form.name],
                [L("team"), form.team or "—", L("role"), form.role],
                [L("supervisor"), form.supervisor or "—", L("period"), form.period_label],
                [
                    L("issued_on"),
                    form.issued_on or "—",
                    L("approved_on"),
                    form.approved_on or "—",
                ],
            ],
            st,
        ),
        Spacer(1, 3 * mm),
    ]
    head = [
        L("task_no"),
        L("task_title_col"),
        L("task_steps"),
        L("task_due"),
        L("task_points"),
        L("task_score"),
    ]
    rows = [
        [
            str(t.no),
            t.title
            + ("\n" + paren(t.measure, lang).strip() if t.measure else "")
            + ("\n" + bracketed(t.task_type, lang) if t.task_type else ""),
            t.steps,
            t.due,
            fmt_number(t.points),
            "" if t.score is None else fmt_number(t.score),
        ]
        for t in form.tasks
    ]
    if not rows:
        rows = [[str(i), "", "", "", "", ""] for i in range(1, 8)]  # blank sheet to fill by hand
    total_score = form.total_score
    rows.append(
        [
            "",
            L("task_total"),
            "",
            "",
            fmt_number(form.total_points) if form.tasks else "100",
            "" if total_score is None else fmt_number(total_score),
        ]
    )
    table = _simple_table(head, rows, (0.06, 0.32, 0.36, 0.1, 0.08, 0.08), st)
    story.append(table)
    if not form.tasks:
        story.append(Spacer(1, 1.5 * mm))
        story.append(_p(L("no_task_sheet"), st.small))
    if form.quality:
        story.append(Spacer(1, 1.5 * mm))
        story.append(_p(form.quality, st.small))
    story.append(_p(L("guidance"), st.h2))
    story.append(_boxed("\n".join(form.guidance) or form.note, st, min_height=30 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(
        KeepTogether(
            [
                _p(L("signatures"), st.h2),
                _signature_block(lang, st, roles=("sign_employee", "sign_supervisor")),
            ]
        )
    )
    return story


# ---------------------------------------------------------------------------- documents


def render_forms(
    forms: Sequence[AppraisalForm | TaskSheetForm],
    out: Path | str | IO[bytes],
    *,
    on_form: Callable[[int], None] | None = None,
) -> list[int]:
    """Write the forms into one PDF (each on new pages, each with its own page numbering);
    returns each form's number of pages, in order (two-sided printing starts each form on a
    new sheet).

    ``on_form(index)`` is called as each form starts being laid out (progress, cancel).
    """
    register_font()
    # Binary streams (zlib), not zlib wrapped in ASCII85 text: a quarter smaller, and no
    # text-encoding of every page and font subset (about 6 % of a form's time). Our forms are
    # the only PDFs this process writes.
    rl_config.useA85 = 0
    target = str(out) if isinstance(out, Path | str) else out
    title = forms[0].period_label if forms else ""
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 2 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=title,
        author=forms[0].company if forms else "",
        creator="SalesPerf Desktop",
    )
    story: list = []
    for index, form in enumerate(forms):
        if index:
            story.append(PageBreak())
        callback = (lambda i=index: on_form(i)) if on_form is not None else None
        if isinstance(form, TaskSheetForm):
            story += task_sheet_story(form, index, callback)
        else:
            story += appraisal_story(form, index, callback)
    canvases: list[_FormCanvas] = []

    def canvas(*args, **kwargs) -> _FormCanvas:
        canvases.append(_FormCanvas(*args, **kwargs))
        return canvases[-1]

    doc.build(story, canvasmaker=canvas)
    return canvases[-1].form_pages


def render_form(form: AppraisalForm | TaskSheetForm, out: Path | str | IO[bytes]) -> None:
    render_forms([form], out)
