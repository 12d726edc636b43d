"""Charts for documents, drawn with reportlab.graphics in the house style and fonts.

Bar charts only -- vertical for a series over time, horizontal for a ranking
or a funnel -- with the numbers written at the bars, so that a chart printed
in black and white still reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from leadtracker.reports.fonts import GOTHIC, SANS, runs
from leadtracker.reports.layout import ACCENT, FRAME_WIDTH, INK, MUTED, RULE, text_width, wrapped
from leadtracker.reports.markup import has_japanese

SECOND = colors.HexColor("#7A8794")  # the second series (e.g. actual next to planned)
LABEL_SIZE = 7.5


def _style_labels(chart: VerticalBarChart | HorizontalBarChart, names: Sequence[str]) -> None:
    axis = chart.categoryAxis
    axis.categoryNames = list(names)
    axis.labels.fontName = GOTHIC if any(has_japanese(n) for n in names) else SANS
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = INK
    axis.strokeColor = RULE
    value = chart.valueAxis
    value.labels.fontName = SANS
    value.labels.fontSize = LABEL_SIZE - 0.5
    value.labels.fillColor = MUTED
    value.strokeColor = RULE
    value.gridStrokeColor = RULE
    value.gridStrokeWidth = 0.3
    value.visibleGrid = True
    value.valueMin = 0
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabelFormat = _whole


#: The most of the width the names left of a ranking's bars take (points); a
#: longer name goes on two lines, cut with "…" only beyond them (the tables print it whole).
NAME_WIDTH = 0.45 * FRAME_WIDTH
#: Lines of a name left of the bars, and their leading (points).
NAME_LINES = 2
NAME_LEADING = LABEL_SIZE + 1.5
#: Between the names and the bars (points).
NAME_GAP = 6


def _name_lines(names: Sequence[str]) -> tuple[list[list[str]], float]:
    """Each name on its lines, and the width the widest of them takes (at most NAME_WIDTH)."""
    lines = [wrapped(name, LABEL_SIZE, NAME_WIDTH, NAME_LINES) for name in names]
    widest = max((text_width(line, LABEL_SIZE) for shown in lines for line in shown), default=0)
    return lines, min(widest, NAME_WIDTH)


def _draw_line(drawing: Drawing, right: float, y: float, line: str) -> None:
    """One line of a name, right-aligned at ``right``, each script in its font."""
    x = right - text_width(line, LABEL_SIZE)
    for run in runs(line):
        drawing.add(String(x, y, run.text, fontName=run.font, fontSize=LABEL_SIZE, fillColor=INK))
        x += stringWidth(run.text, run.font, LABEL_SIZE)


def _whole(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u2009")  # a thin space groups the thousands


def _legend(drawing: Drawing, entries: Sequence[tuple[str, colors.Color]], y: float) -> None:
    x = 0.0
    for text, color in entries:
        drawing.add(Line(x, y + 3, x + 10, y + 3, strokeColor=color, strokeWidth=6))
        _draw_line(drawing, x + 14 + text_width(text, LABEL_SIZE), y, text)
        x += 24 + text_width(text, LABEL_SIZE)


def columns(
    names: Sequence[str],
    series: Sequence[Sequence[float]],
    *,
    legend: Sequence[str] = (),
    band: tuple[float, float] | None = None,
    height: float = 150,
) -> Drawing:
    """Vertical bars per category (one colour per series); ``band`` marks a target range."""
    drawing = Drawing(FRAME_WIDTH, height, initialFontName=SANS)  # else Helvetica, unembedded
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = int(FRAME_WIDTH - 40), int(height - 50)
    chart.data = [list(s) for s in series]
    _style_labels(chart, names)
    chart.barLabels.nudge = 6
    chart.barSpacing = 1
    chart.groupSpacing = 8
    top = max([*(max(s, default=0) for s in series), band[1] if band else 0, 1])
    chart.valueAxis.valueMax = top * 1.2
    for index, color in enumerate((ACCENT, SECOND)[: len(series)]):
        chart.bars[index].fillColor = color
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if band is not None:
        for level in band:
            y = chart.y + chart.height * level / chart.valueAxis.valueMax
            drawing.add(
                Line(
                    chart.x, y, chart.x + chart.width, y, strokeColor=MUTED, strokeDashArray=[3, 2]
                )
            )
    if legend:
        _legend(drawing, list(zip(legend, (ACCENT, SECOND), strict=False)), 4)
    return drawing


def ranking(names: Sequence[str], values: Sequence[float], *, bar_height: float = 14) -> Drawing:
    """Horizontal bars, largest first as given (a breakdown or a funnel).

    The names stand left of the bars, whole: on two lines where one is too
    narrow (a bar a little taller then), cut with "…" only beyond that.
    """
    lines, name_width = _name_lines(names)
    if any(len(shown) > 1 for shown in lines):
        bar_height = max(bar_height, NAME_LINES * NAME_LEADING + 4)
    height = bar_height * max(len(names), 1) + 24
    drawing = Drawing(FRAME_WIDTH, height, initialFontName=SANS)  # else Helvetica, unembedded
    chart = HorizontalBarChart()
    chart.x, chart.y = int(name_width + NAME_GAP + 1), 8  # room for the names on the left
    chart.width, chart.height = int(FRAME_WIDTH - chart.x - 40), int(height - 16)
    chart.data = [list(reversed(values)) or [0]]
    _style_labels(chart, [""] * max(len(names), 1))  # the names are drawn below
    chart.barLabels.nudge = 8
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.visible = False
    drawing.add(chart)
    step = chart.height / max(len(names), 1)
    for row, shown in enumerate(reversed(lines)):  # the first name at the top
        middle = chart.y + (row + 0.5) * step
        top = middle + (len(shown) - 1) * NAME_LEADING / 2 - LABEL_SIZE * 0.35
        for number, line in enumerate(shown):
            _draw_line(drawing, chart.x - NAME_GAP, top - number * NAME_LEADING, line)
    return drawing
