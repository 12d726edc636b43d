"""The Dashboard's charts, and the locale formats its numbers and money are shown in.

Three charts with QtCharts, each fed with the service's dataclasses:
:class:`PipelineChart` (active projects per stage, horizontal bars),
:class:`LandedChart` (projects landed per year for ten years, with the
benchmark band behind the bars) and :class:`SourceChart` (the period's
inquiries by source as a donut with a legend of counts and shares).
Each chart gives screen readers an accessible name and a description that
reads out its numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.pipeline.periods import Period, PeriodKind
from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.domain.vocabulary import ProjectSource
from leadtracker.services.reporting.dashboard import (
    Dashboard,
    PartnerCount,
    SourceCount,
    StageCount,
    YearCount,
)
from leadtracker.ui.formats import Formats
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.forms.vocabulary import stage_name

CONTEXT = "Dashboard"

#: Calm colours: one blue for the pipeline, grey for what waits, green for the benchmark.
BLUE = QColor("#2f6690")
LIGHT_BLUE = QColor("#9dbfd9")
GREY = QColor("#9aa5b1")
TEXT = QColor("#1f2933")
GRID = QColor("#e3e7ec")
BAND = QColor(58, 125, 68, 45)
BAND_EDGE = QColor(58, 125, 68, 140)
SOURCE_COLOURS: dict[ProjectSource, QColor] = {
    ProjectSource.EVENT: QColor("#2f6690"),
    ProjectSource.PARTNER_REFERRAL: QColor("#3a9d8f"),
    ProjectSource.DIRECT: QColor("#9dbfd9"),
    ProjectSource.EXISTING_COMPANY: QColor("#c9a227"),
}


class _ChartView(QChartView):
    """A chart in the page's style: no animation, no background, antialiased, bold title."""

    def __init__(self, formats: Formats, minimum_height: int) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)
        chart.setLocale(formats.locale)
        font = QFont(chart.titleFont())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        font.setBold(True)
        chart.setTitleFont(font)
        super().__init__(chart)
        self._formats = formats
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")
        self.setMinimumSize(QSize(300, minimum_height))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _set_title(self, title: str) -> None:
        self.chart().setTitle(title)
        self.setAccessibleName(title)

    def _clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)


def _value_axis(maximum: float) -> QValueAxis:
    """A count axis from 0 with round ticks, at least up to ``maximum``."""
    axis = QValueAxis()
    axis.setRange(0, max(maximum, 1.0))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
    axis.setMinorTickCount(0)
    axis.setGridLineColor(GRID)
    return axis


def _labelled(bars: QBarSet, series: QAbstractBarSeries) -> None:
    """Values at the end of the bars."""
    bars.setLabelColor(TEXT)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")


class PipelineChart(_ChartView):
    """Active projects per stage as horizontal bars, first stage at the top.

    A click on a bar emits ``stage_chosen`` with the stage's key.
    """

    stage_chosen = Signal(str)

    def __init__(self, formats: Formats) -> None:
        super().__init__(formats, 320)
        self._stages: tuple[StageCount, ...] = ()
        self._set_title(self.tr("Active pipeline by stage (today)"))
        self.chart().legend().setVisible(False)

    def show_stages(self, stages: Sequence[StageCount]) -> None:
        """One bar per active stage in pipeline order; on-hold stages in grey."""
        self._stages = tuple(stages)
        self._clear()
        bottom_up = list(reversed(self._stages))  # horizontal bars are drawn from the bottom
        bars = QBarSet(self.tr("Projects"))
        bars.setColor(BLUE)
        bars.setBorderColor(BLUE)
        bars.append([float(s.projects) for s in bottom_up])
        # A bar set has one colour and a "selected" one: on hold is drawn as selected.
        bars.setSelectedColor(GREY)
        bars.selectBars([i for i, s in enumerate(bottom_up) if s.category is StageCategory.ON_HOLD])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.62)
        _labelled(bars, series)
        categories = QBarCategoryAxis()
        categories.append([stage_name(s.label) for s in bottom_up])
        categories.setGridLineVisible(False)
        values = _value_axis(max((s.projects for s in bottom_up), default=0) * 1.3)
        chart = self.chart()
        chart.addSeries(series)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        series.hovered.connect(self._on_hovered)
        series.clicked.connect(self._on_clicked)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{stage}: {count}").format(
                    stage=stage_name(s.label), count=self._formats.number(s.projects)
                )
                for s in self._stages
            )
        )

    def categories(self) -> list[str]:
        """The stage names on the axis, top to bottom."""
        return [stage_name(s.label) for s in self._stages]

    def _stage_at(self, index: int) -> StageCount | None:
        bottom_up = list(reversed(self._stages))
        return bottom_up[index] if 0 <= index < len(bottom_up) else None

    def _on_hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        stage = self._stage_at(index)
        if not status or stage is None:
            QToolTip.hideText()
            return
        f = self._formats
        text = self.tr(
            "{stage}: {count} projects\nPlanned: {jobs} jobs, {investment}\nClick to list them"
        ).format(
            stage=stage_name(stage.label),
            count=f.number(stage.projects),
            jobs=f.number(stage.planned_jobs),
            investment=f.money(stage.planned_investment),
        )
        QToolTip.showText(QCursor.pos(), text, self)

    def _on_clicked(self, index: int, _bars: QBarSet) -> None:
        stage = self._stage_at(index)
        if stage is not None:
            self.stage_chosen.emit(stage.key)


class LandedChart(_ChartView):
    """Projects landed per year for ten years, with the benchmark band behind the bars.

    A year still running is drawn lighter: its figure is not final.
    """

    def __init__(self, formats: Formats) -> None:
        super().__init__(formats, 260)
        self._years: tuple[YearCount, ...] = ()
        self._set_title(self.tr("Landed per year"))

    def show_years(self, board: Dashboard) -> None:
        """Show ``board``'s landed-per-year series against its benchmark."""
        self._years = board.landed_per_year
        f = self._formats
        if board.period.kind is PeriodKind.FISCAL_YEAR:
            self._set_title(self.tr("Landed per fiscal year (April–March)"))
        else:
            self._set_title(self.tr("Landed per year"))
        self._clear()
        low, high = board.benchmark.low, board.benchmark.high
        bars = QBarSet(self.tr("Landed (branch opened)"))
        bars.setColor(BLUE)
        bars.setBorderColor(BLUE)
        bars.append([float(y.landed) for y in self._years])
        bars.setSelectedColor(LIGHT_BLUE)
        bars.selectBars([i for i, y in enumerate(self._years) if board.today in y.year])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        _labelled(bars, series)
        band = _band(len(self._years), low, high)
        band.setName(
            self.tr("Benchmark {low}–{high} per year").format(
                low=f.number(low), high=f.number(high)
            )
        )
        categories = QBarCategoryAxis()
        categories.append([f.year_short(y.year) for y in self._years])
        categories.setGridLineVisible(False)
        values = _value_axis(max([high, *(y.landed for y in self._years)]) * 1.18)
        band_x = QValueAxis()  # the band spans the bar slots: -0.5 to n - 0.5
        band_x.setRange(-0.5, len(self._years) - 0.5)
        band_x.setVisible(False)
        chart = self.chart()
        chart.addSeries(band)
        chart.addSeries(series)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(band_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        band.attachAxis(band_x)
        band.attachAxis(values)
        series.hovered.connect(self._on_hovered)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{year}: {count}").format(year=f.period(y.year), count=f.number(y.landed))
                for y in self._years
            )
        )

    def categories(self) -> list[str]:
        """The year labels under the bars, oldest first."""
        return [self._formats.year_short(y.year) for y in self._years]

    def _on_hovered(self, status: bool, index: int, _bars: QBarSet) -> None:
        if not status or not 0 <= index < len(self._years):
            QToolTip.hideText()
            return
        year, f = self._years[index], self._formats
        text = self.tr("{year}: {count} landed\n{span}").format(
            year=f.period(year.year), count=f.number(year.landed), span=f.span(year.year)
        )
        QToolTip.showText(QCursor.pos(), text, self)


def _band(count: int, low: float, high: float) -> QAreaSeries:
    """A horizontal band from ``low`` to ``high`` across ``count`` bar slots."""
    upper, lower = QLineSeries(), QLineSeries()
    for x in (-0.5, count - 0.5):
        upper.append(QPointF(x, high))
        lower.append(QPointF(x, low))
    band = QAreaSeries(upper, lower)
    upper.setParent(band)  # the area series keeps its lines alive
    lower.setParent(band)
    band.setColor(BAND)
    pen = QPen(BAND_EDGE)
    pen.setWidthF(1.0)
    band.setPen(pen)
    return band


class SourceChart(QWidget):
    """The period's inquiries by source: a donut and, beside it, a legend with the numbers.

    Hovering over the partner referrals (slice or legend line) lists the partners.
    """

    def __init__(self, formats: Formats) -> None:
        super().__init__()
        self._formats = formats
        self._partners: tuple[PartnerCount, ...] = ()
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = QFont(self.title.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        font.setBold(True)
        self.title.setFont(font)
        self.donut = _ChartView(formats, 200)
        self.donut.setMinimumSize(QSize(200, 200))
        self.donut.chart().legend().setVisible(False)
        self.donut.chart().setMargins(QMargins(0, 0, 0, 0))
        self.legend = QGridLayout()
        self.legend.setHorizontalSpacing(10)
        self.legend.setVerticalSpacing(6)
        self.legend.setColumnStretch(4, 1)  # the columns keep together, spare room to the right
        legend_box = QVBoxLayout()
        legend_box.addStretch(1)
        legend_box.addLayout(self.legend)
        legend_box.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.donut, 3)
        row.addSpacing(8)
        row.addLayout(legend_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 12, 4)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)

    def show_sources(
        self, period: Period, sources: Sequence[SourceCount], partners: Sequence[PartnerCount]
    ) -> None:
        """One slice and one legend line per source (no slice for a source without any)."""
        f = self._formats
        self._partners = tuple(partners)
        total = sum(s.inquiries for s in sources)
        title = self.tr("Inquiries by source, {period}").format(period=f.period(period))
        self.title.setText(title)
        self.setAccessibleName(title)
        self.donut.setAccessibleName(title)
        chart = self.donut.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.55)
        series.setPieSize(0.9)
        self._clear_legend()
        descriptions = []
        for row, source in enumerate(sources):
            name = vocabulary_label(source.source)
            share = f.decimal(source.inquiries / total * 100 if total else 0.0, 0)
            descriptions.append(
                self.tr("{source}: {count} ({share} %)").format(
                    source=name, count=f.number(source.inquiries), share=share
                )
            )
            colour = SOURCE_COLOURS.get(source.source, GREY)
            self._legend_line(
                row,
                colour=colour,
                name=name,
                count=f.number(source.inquiries),
                share=share,
                source=source.source,
            )
            if source.inquiries:
                piece = QPieSlice(name, float(source.inquiries))
                piece.setColor(colour)
                piece.setBorderColor(QColor("white"))
                if source.source is ProjectSource.PARTNER_REFERRAL:
                    piece.hovered.connect(self._on_referrals_hovered)
                series.append(piece)
        total_row = len(sources)
        self._legend_line(
            total_row,
            colour=None,
            name=self.tr("Total"),
            count=f.number(total),
            share="",
            source=None,
        )
        chart.addSeries(series)
        self.setAccessibleDescription("; ".join(descriptions))
        self.donut.setAccessibleDescription("; ".join(descriptions))

    def slice_count(self) -> int:
        """How many slices the donut has."""
        series = self.donut.chart().series()
        return series[0].count() if series and isinstance(series[0], QPieSeries) else 0

    def legend_texts(self) -> list[str]:
        """The legend's lines as text (name, count, share), top to bottom."""
        lines = []
        for row in range(self.legend.rowCount()):
            cells = [self.legend.itemAtPosition(row, column) for column in (1, 2, 3)]
            labels = [c.widget() for c in cells if c is not None]
            texts = [label.text() for label in labels if isinstance(label, QLabel)]
            if texts:
                lines.append(" ".join(t for t in texts if t))
        return lines

    def _clear_legend(self) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _legend_line(
        self,
        row: int,
        *,
        colour: QColor | None,
        name: str,
        count: str,
        share: str,
        source: ProjectSource | None,
    ) -> None:
        swatch = QLabel()
        swatch.setFixedSize(QSize(12, 12))
        if colour is not None:
            swatch.setStyleSheet(f"background: {colour.name()}; border-radius: 2px;")
        name_label = QLabel(name)
        count_label = QLabel(count)
        count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        share_label = QLabel(self.tr("{share} %").format(share=share) if share else "")
        share_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        share_label.setStyleSheet("color: palette(placeholder-text);")
        if colour is None:  # the total line
            for label in (name_label, count_label):
                label.setStyleSheet("font-weight: 600;")
        if source is ProjectSource.PARTNER_REFERRAL and self._partners:
            tip = self._partners_text()
            for label in (name_label, count_label, share_label):
                label.setToolTip(tip)
        self.legend.addWidget(swatch, row, 0)
        self.legend.addWidget(name_label, row, 1)
        self.legend.addWidget(count_label, row, 2)
        self.legend.addWidget(share_label, row, 3)

    def _partners_text(self) -> str:
        lines = [
            self.tr("{partner}: {count}").format(
                partner=p.name or self.tr("(no partner recorded)"),
                count=self._formats.number(p.inquiries),
            )
            for p in self._partners
        ]
        return "\n".join([self.tr("Referred by:"), *lines])

    def _on_referrals_hovered(self, inside: bool) -> None:
        if inside and self._partners:
            QToolTip.showText(QCursor.pos(), self._partners_text(), self)
        else:
            QToolTip.hideText()


def card(content: QWidget) -> QFrame:
    """``content`` on a card like the tiles' (object name ``card`` for the style sheet)."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(content)
    return frame
