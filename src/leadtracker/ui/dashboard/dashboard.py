"""The Dashboard page: headline tiles and three charts for a calendar or fiscal year.

A period chooser (calendar year or Japanese fiscal year, the year, previous
and next) picks the period. The figures come from
:class:`~leadtracker.services.reporting.dashboard.DashboardService` on a pool thread
through :class:`~leadtracker.ui.background.BackgroundRunner`, so a large
database never freezes the window. The tiles show the period's inquiries,
the projects active today, the projects landed against the city's benchmark,
and the planned jobs and investment of the active projects; the charts are
in :mod:`leadtracker.ui.dashboard.dashboard_charts`.
"""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.pipeline.benchmarks import Standing
from leadtracker.domain.pipeline.periods import MAX_YEAR, MIN_YEAR, Period, PeriodKind
from leadtracker.services.reporting.dashboard import LANDED_YEARS, Dashboard, DashboardService
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.dashboard.dashboard_charts import (
    LandedChart,
    PipelineChart,
    SourceChart,
    card,
)
from leadtracker.ui.formats import Formats

#: Colour of a finished period's landed figure: amber below the benchmark, green otherwise.
STANDING_COLOURS = {
    Standing.BELOW: "#a15c00",
    Standing.WITHIN: "#2e7d32",
    Standing.ABOVE: "#2e7d32",
}
#: Below these widths (device-independent pixels) the tiles wrap, and the charts stack.
TILES_IN_ONE_ROW_WIDTH = 1040
CHARTS_SIDE_BY_SIDE_WIDTH = 860
#: Wait this long after the period changes before loading (spinning through years loads once).
RELOAD_DELAY_MS = 150

_STYLE = """
#pageTitle { font-size: 15pt; font-weight: 600; }
#muted { color: palette(placeholder-text); }
#tile, #card { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }
#tileCaption { color: palette(placeholder-text); font-weight: 600; }
#tileValue { font-size: 20pt; font-weight: 600; }
#tileDetail { color: palette(placeholder-text); }
"""


class PeriodChooser(QWidget):
    """Calendar year or Japanese fiscal year, the year, and buttons to step through years."""

    period_changed = Signal(object)  # Period

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Calendar year"), PeriodKind.CALENDAR_YEAR)
        self.kind.addItem(self.tr("Fiscal year (April–March)"), PeriodKind.FISCAL_YEAR)
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.kind.setToolTip(
            self.tr("The Japanese fiscal year runs from April to March, named after its start:")
            + "\n"
            + self.tr("FY2025 is 1 April 2025 – 31 March 2026.")
        )
        self.previous_button = _arrow(Qt.ArrowType.LeftArrow, self.tr("Previous year"), "Alt+Left")
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR + LANDED_YEARS, MAX_YEAR)  # ten years back must exist
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setMinimumWidth(self.year.fontMetrics().horizontalAdvance("FY20000") + 32)
        self.next_button = _arrow(Qt.ArrowType.RightArrow, self.tr("Next year"), "Alt+Right")
        self.current_button = QPushButton(self.tr("&This year"))
        self.current_button.setToolTip(self.tr("Go to the year that contains today"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.kind)
        layout.addSpacing(8)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.year)
        layout.addWidget(self.next_button)
        layout.addSpacing(8)
        layout.addWidget(self.current_button)

        self._show(Period.containing(PeriodKind.CALENDAR_YEAR, today))
        self.kind.currentIndexChanged.connect(self._on_changed)
        self.year.valueChanged.connect(self._on_changed)
        self.previous_button.clicked.connect(lambda: self.year.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.year.stepBy(1))
        self.current_button.clicked.connect(
            lambda: self.set_period(Period.containing(self._kind(), self._today))
        )

    def period(self) -> Period:
        """The period chosen: a calendar year or a fiscal year."""
        if self._kind() is PeriodKind.FISCAL_YEAR:
            return Period.fiscal_year(self.year.value())
        return Period.calendar_year(self.year.value())

    def set_period(self, period: Period) -> None:
        """Show ``period``'s kind of year and year; emits ``period_changed`` if that differs."""
        before = self.period()
        self._show(period)
        if self.period() != before:
            self.period_changed.emit(self.period())

    def _kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _show(self, period: Period) -> None:
        for widget in (self.kind, self.year):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.year_kind()))
        self.year.setValue(period.year)
        for widget in (self.kind, self.year):
            widget.blockSignals(False)
        self._update()

    def _update(self) -> None:
        fiscal = self._kind() is PeriodKind.FISCAL_YEAR
        self.year.setPrefix(self.tr("FY") if fiscal else "")
        self.year.setToolTip(
            self.tr("Fiscal year, named after the year it starts in") if fiscal else ""
        )
        self.current_button.setEnabled(
            self.period() != Period.containing(self._kind(), self._today)
        )

    def _on_changed(self) -> None:
        # Switching the kind keeps the year: 2025 becomes FY2025 and back.
        self._update()
        self.period_changed.emit(self.period())


def _arrow(direction: Qt.ArrowType, name: str, shortcut: str) -> QToolButton:
    button = QToolButton()
    button.setArrowType(direction)
    button.setAccessibleName(name)
    button.setToolTip(
        QCoreApplication.translate("PeriodChooser", "{name} ({shortcut})").format(
            name=name, shortcut=shortcut
        )
    )
    button.setShortcut(shortcut)
    return button


class Tile(QFrame):
    """A headline number: caption, the big value and a small comparison line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def show_value(
        self, value: str, detail: str, *, tooltip: str = "", colour: str | None = None
    ) -> None:
        """Show ``value`` with its comparison line; ``colour`` tints the value."""
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)
        self.setToolTip(tooltip)
        self.setAccessibleName(
            self.tr("{caption}: {value}").format(caption=self.caption.text(), value=value)
        )
        self.setAccessibleDescription(
            self.tr("{detail}. {explanation}").format(detail=detail, explanation=tooltip)
            if tooltip
            else detail
        )


class DashboardView(QWidget):
    """The Dashboard page.

    Args:
        dashboard: The service the figures come from.
        runner: Runs the loading off the UI thread (the window's shared one;
            the page makes its own when ``None``).
        parent: The parent widget.

    Signals:
        loaded(Dashboard): the figures of a period are shown.
        stage_chosen(str): the user clicked a stage's bar (the stage's key),
            e.g. to list the projects in it.
        summary_requested(Period): the user asked for the pipeline summary
            of the period shown.
    """

    loaded = Signal(object)  # Dashboard
    stage_chosen = Signal(str)
    summary_requested = Signal(object)  # Period

    def __init__(
        self,
        dashboard: DashboardService,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = dashboard
        self._runner = runner or BackgroundRunner(self)
        self._formats = Formats()
        self._loading = False
        self._stale = True
        #: The figures shown (``None`` until the first load).
        self.board: Dashboard | None = None

        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.chooser = PeriodChooser(dashboard.today())
        self.span = QLabel()
        self.span.setObjectName("muted")
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.summary_button = QToolButton()
        self.summary_button.setText(self.tr("Pipeline summary…"))
        self.summary_button.setToolTip(
            self.tr("The figures of this period as a PDF or Excel file for management")
        )

        self.inquiries = Tile(self.tr("Inquiries received"))
        self.active = Tile(self.tr("Active projects"))
        self.landed = Tile(self.tr("Landed"))
        self.jobs = Tile(self.tr("Planned jobs"))
        self.investment = Tile(self.tr("Planned investment"))
        self.tiles = (self.inquiries, self.active, self.landed, self.jobs, self.investment)

        self.pipeline_chart = PipelineChart(self._formats)
        self.landed_chart = LandedChart(self._formats)
        self.source_chart = SourceChart(self._formats)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._load)

        self._lay_out()
        self.setStyleSheet(_STYLE)
        self.chooser.period_changed.connect(self._on_period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.summary_button.clicked.connect(lambda: self.summary_requested.emit(self.period()))
        self.pipeline_chart.stage_chosen.connect(self.stage_chosen)
        self.span.setText(self._formats.span(self.chooser.period()))

    def period(self) -> Period:
        """The period chosen (shown, or being loaded)."""
        return self.chooser.period()

    def set_period(self, period: Period) -> None:
        """Choose ``period`` (a calendar or fiscal year); its figures load."""
        self.chooser.set_period(period)

    def refresh(self) -> None:
        """Load the figures again, e.g. after data changed (when hidden: once shown)."""
        self._stale = True
        if self.isVisible():
            self._reload_timer.stop()
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        """Load the figures when the page is first shown, or shown after they went stale."""
        super().showEvent(event)
        if self._stale:
            self._load()

    def _lay_out(self) -> None:
        header = QGridLayout()
        header.setHorizontalSpacing(12)
        # Two rows, so that longer words (German) still fit a 1280-pixel window:
        # the period on the first, refreshing and the summary under it.
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.chooser, 0, 2, 1, 3, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.span, 1, 0, 1, 2)
        header.addWidget(self.status, 1, 2, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.refresh_button, 1, 3)
        header.addWidget(self.summary_button, 1, 4)
        header.setColumnStretch(1, 1)

        self._tile_grid = QGridLayout()
        self._tile_grid.setSpacing(12)
        self._chart_grid = QGridLayout()
        self._chart_grid.setSpacing(12)
        self._cards = tuple(
            card(chart) for chart in (self.pipeline_chart, self.landed_chart, self.source_chart)
        )
        self._layout_key: tuple[bool, bool] | None = None
        self._arrange(wrap_tiles=False, stack_charts=False)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)
        column.addLayout(header)
        column.addLayout(self._tile_grid)
        column.addLayout(self._chart_grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty stop: Tab goes to its content
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _arrange(self, *, wrap_tiles: bool, stack_charts: bool) -> None:
        """Wide: five tiles in a row, the pipeline beside the other two charts.

        Narrow (a small window, or large text at 150 %): tiles in rows of
        three, and the charts one below the other, so that nothing is cut short.
        """
        if self._layout_key == (wrap_tiles, stack_charts):
            return
        self._layout_key = (wrap_tiles, stack_charts)
        for tile in self.tiles:
            self._tile_grid.removeWidget(tile)
        for frame in self._cards:
            self._chart_grid.removeWidget(frame)
        per_row = 3 if wrap_tiles else len(self.tiles)
        for number, tile in enumerate(self.tiles):
            self._tile_grid.addWidget(tile, number // per_row, number % per_row)
        pipeline, landed, sources = self._cards
        if stack_charts:
            for row, frame in enumerate(self._cards):
                self._chart_grid.addWidget(frame, row, 0)
            self._chart_grid.setColumnStretch(0, 1)
            self._chart_grid.setColumnStretch(1, 0)
        else:
            self._chart_grid.addWidget(pipeline, 0, 0, 2, 1)
            self._chart_grid.addWidget(landed, 0, 1)
            self._chart_grid.addWidget(sources, 1, 1)
            self._chart_grid.setColumnStretch(0, 2)
            self._chart_grid.setColumnStretch(1, 3)  # the year axis needs the room

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Switch between the wide and the narrow arrangements."""
        super().resizeEvent(event)
        width = self.width()
        self._arrange(
            wrap_tiles=width < TILES_IN_ONE_ROW_WIDTH,
            stack_charts=width < CHARTS_SIDE_BY_SIDE_WIDTH,
        )

    # --- loading ----------------------------------------------------------

    def _on_period_changed(self, period: Period) -> None:
        self.span.setText(self._formats.span(period))
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _load(self) -> None:
        if self._loading:
            return  # when the running load ends, _show sees it is stale and loads again
        self._loading = True
        self._stale = False
        period = self.chooser.period()
        self.status.setText(self.tr("Loading …"))
        self._runner.run(
            lambda _progress: self._service.dashboard(period),
            self._show,
            error_title=self.tr("The dashboard could not be loaded"),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        self.status.setText(self.tr("Not loaded"))
        show_error(self, self.tr("The dashboard could not be loaded"), error)

    def _show(self, board: Dashboard) -> None:
        if not shiboken6.isValid(self):
            return  # the page was closed while its figures loaded
        self._loading = False
        if self._stale or board.period != self.chooser.period():
            self._load()  # the period or the data changed while this one loaded
            return
        self.board = board
        span = self._formats.span(board.period)
        if board.in_progress:
            span = self.tr("{span} · in progress: figures so far").format(span=span)
        self.span.setText(span)
        self._show_tiles(board)
        self.pipeline_chart.show_stages(board.pipeline)
        self.landed_chart.show_years(board)
        self.source_chart.show_sources(
            board.period, board.inquiries_by_source, board.referrals_by_partner
        )
        self.status.setText(self.tr("Updated {time}").format(time=datetime.now().strftime("%H:%M")))
        self.loaded.emit(board)

    # --- tiles ------------------------------------------------------------

    def _show_tiles(self, board: Dashboard) -> None:
        f, t = self._formats, board.tiles
        period, previous = f.period(board.period), f.period(board.previous)
        self.inquiries.show_value(
            f.number(t.inquiries),
            self.tr("{count} in {period}").format(
                count=f.number(t.inquiries_before), period=previous
            ),
            tooltip=self.tr("Inquiries (new projects) received in {period}").format(period=period),
        )
        self.active.show_value(
            f.number(t.active_projects),
            self.tr("today; {count} of them on hold").format(count=f.number(t.on_hold)),
            tooltip=self.tr("Projects today that have not landed, been lost or withdrawn"),
        )
        self._show_landed(board)
        self.jobs.show_value(
            f.number(t.planned_jobs),
            self.tr("planned in {count} active projects").format(count=f.number(t.jobs_known)),
            tooltip=self.tr("Jobs planned by the active projects (not jobs at opening)"),
        )
        self.investment.show_value(
            f.money_short(t.planned_investment),
            self.tr("planned in {count} active projects").format(
                count=f.number(t.investment_known)
            ),
            tooltip=self.tr(
                "{amount} planned by the active projects (not actual investment)"
            ).format(amount=f.money(t.planned_investment)),
        )

    def _show_landed(self, board: Dashboard) -> None:
        f, t = self._formats, board.tiles
        detail = self.tr("Benchmark {low}–{high} per year").format(
            low=f.number(board.benchmark.low), high=f.number(board.benchmark.high)
        )
        if not board.period.is_year:
            low, high = t.landed_expected
            detail = self.tr("{benchmark} (about {low}–{high} in this period)").format(
                benchmark=detail, low=f.decimal(low), high=f.decimal(high)
            )
        detail = self.tr("{benchmark}; {count} in {period}").format(
            benchmark=detail, count=f.number(t.landed_before), period=f.period(board.previous)
        )
        standings = {
            Standing.BELOW: self.tr("below the benchmark"),
            Standing.WITHIN: self.tr("within the benchmark"),
            Standing.ABOVE: self.tr("above the benchmark"),
        }
        if t.landed_standing is None:
            tooltip = self.tr("Branches opened so far; the period is still running.")
            colour = None
        else:
            tooltip = self.tr("Branches opened in {period}: {standing}.").format(
                period=f.period(board.period), standing=standings[t.landed_standing]
            )
            colour = STANDING_COLOURS[t.landed_standing]
        self.landed.show_value(f.number(t.landed), detail, tooltip=tooltip, colour=colour)
