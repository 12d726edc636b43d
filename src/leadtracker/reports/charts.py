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

from leadtracker.reports.fonts import GOTHIC, SANS
from leadtracker.reports.layout import ACCENT, FRAME_WIDTH, INK, MUTED, RULE, one_line
from leadtracker.reports.markup import has_japanese

SECOND = colors.HexColor("#7A8794")  # the second series (e.g. actual next to planned)
LABEL_SIZE = 7.5


def _font(text: str) -> str:
    return GOTHIC if has_japanese(text) else SANS


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


#: Room for a category's name left of the bars of a ranking (points).
NAME_WIDTH = 175


def _shortened(name: str) -> str:
    """A category name that fits left of the bars (cut with "…"; the tables print it whole)."""
    return one_line(name, LABEL_SIZE, NAME_WIDTH)


def _whole(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u2009")  # a thin space groups the thousands


def _legend(drawing: Drawing, entries: Sequence[tuple[str, colors.Color]], y: float) -> None:
    x = 0.0
    for text, color in entries:
        drawing.add(Line(x, y + 3, x + 10, y + 3, strokeColor=color, strokeWidth=6))
        drawing.add(String(x + 14, y, text, fontName=_font(text), fontSize=LABEL_SIZE))
        x += 24 + 4.5 * len(text)


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
    """Horizontal bars, largest first as given (a breakdown or a funnel)."""
    height = bar_height * max(len(names), 1) + 24
    drawing = Drawing(FRAME_WIDTH, height, initialFontName=SANS)  # else Helvetica, unembedded
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 8  # room for the names on the left
    chart.width, chart.height = int(FRAME_WIDTH - 230), int(height - 16)
    chart.data = [list(reversed(values)) or [0]]
    _style_labels(chart, [_shortened(n) for n in reversed(names)] or [""])
    chart.barLabels.nudge = 8
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.visible = False
    drawing.add(chart)
    return drawing
