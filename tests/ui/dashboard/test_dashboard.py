"""The Dashboard page on a real demo database: tiles, charts, the period chooser, reloading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.periods import Period, PeriodKind
from leadtracker.domain.vocabulary import ProjectSource
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.projects import ProjectDraft
from leadtracker.services.reporting.dashboard import Dashboard, DashboardService
from leadtracker.ui.dashboard.dashboard import DashboardView, PeriodChooser
from leadtracker.ui.dashboard.dashboard_charts import Formats
from tests.conftest import Services

LOAD_MS = 5000


@pytest.fixture
def service(demo_services: Services) -> DashboardService:
    return demo_services.dashboard


def _shown(qtbot: QtBot, service: DashboardService) -> tuple[DashboardView, Dashboard]:
    view = DashboardView(service)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS) as loaded:
        view.show()
    return view, loaded.args[0]


def test_tiles_show_the_services_numbers(qtbot: QtBot, service: DashboardService) -> None:
    view, board = _shown(qtbot, service)
    expected = service.dashboard(Period.containing(PeriodKind.CALENDAR_YEAR, service.today()))
    assert board == expected
    f = Formats()
    tiles = expected.tiles
    assert view.inquiries.value.text() == f.number(tiles.inquiries)
    assert view.active.value.text() == f.number(tiles.active_projects)
    assert view.landed.value.text() == f.number(tiles.landed)
    assert view.jobs.value.text() == f.number(tiles.planned_jobs)
    assert view.investment.value.text() == f.money_short(tiles.planned_investment)
    assert tiles.active_projects > 0 and tiles.planned_jobs > 0  # the demo has a pipeline
    assert "Benchmark 15–20 per year" in view.landed.detail.text()
    previous = str(expected.previous.year)
    assert view.inquiries.detail.text() == f"{f.number(tiles.inquiries_before)} in {previous}"
    # Screen readers hear caption and number; the comparison is the description.
    assert view.active.accessibleName() == f"Active projects: {f.number(tiles.active_projects)}"
    assert view.landed.accessibleDescription().startswith("Benchmark 15–20 per year")


def test_charts_have_a_bar_or_slice_per_category(qtbot: QtBot, service: DashboardService) -> None:
    view, board = _shown(qtbot, service)
    assert view.pipeline_chart.categories() == [
        "Inquiry",
        "Qualified",
        "Active project",
        "Site visit",
        "Decision pending",
        "Won",
        "On hold / delayed",
    ]
    [bars] = view.pipeline_chart.chart().series()[0].barSets()
    # Drawn bottom-up: the last bar is the first stage.
    assert [bars.at(i) for i in range(bars.count())][::-1] == [s.projects for s in board.pipeline]
    year = board.period.year
    assert view.landed_chart.categories() == [str(y) for y in range(year - 9, year + 1)]
    landed_series = [s for s in view.landed_chart.chart().series() if hasattr(s, "barSets")]
    [landed_bars] = landed_series[0].barSets()
    assert [landed_bars.at(i) for i in range(10)] == [y.landed for y in board.landed_per_year]
    with_inquiries = [s for s in board.inquiries_by_source if s.inquiries]
    assert view.source_chart.slice_count() == len(with_inquiries)
    legend = view.source_chart.legend_texts()
    assert len(legend) == len(ProjectSource) + 1  # every source, then the total
    assert legend[-1] == f"Total {Formats().number(board.tiles.inquiries)}"
    assert view.pipeline_chart.accessibleName() == "Active pipeline by stage (today)"
    assert view.pipeline_chart.accessibleDescription().startswith("Inquiry: ")


def test_choosing_a_fiscal_year_reloads(qtbot: QtBot, service: DashboardService) -> None:
    view, _ = _shown(qtbot, service)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS) as loaded:
        view.chooser.kind.setCurrentIndex(view.chooser.kind.findData(PeriodKind.FISCAL_YEAR))
    board: Dashboard = loaded.args[0]
    year = service.today().year
    assert board.period == Period.fiscal_year(year)
    assert view.period() == Period.fiscal_year(year)
    assert view.chooser.year.text() == f"FY{year}"
    assert view.span.text().startswith(Formats().span(Period.fiscal_year(year)))
    assert view.landed_chart.categories()[-1] == f"FY{year % 100:02d}"
    assert view.landed_chart.chart().title() == "Landed per fiscal year (April–March)"
    assert view.inquiries.value.text() == Formats().number(board.tiles.inquiries)
    assert view.inquiries.detail.text().endswith(f"in FY{year - 1}")

    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS) as loaded:
        view.chooser.previous_button.click()
    assert loaded.args[0].period == Period.fiscal_year(year - 1)
    assert view.board is loaded.args[0]


def test_spinning_through_years_loads_only_the_last(
    qtbot: QtBot, service: DashboardService
) -> None:
    view, _ = _shown(qtbot, service)
    periods: list[Period] = []
    view.loaded.connect(lambda board: periods.append(board.period))
    year = view.period().year
    for _ in range(5):
        view.chooser.year.stepBy(-1)
    qtbot.waitUntil(lambda: bool(periods), timeout=LOAD_MS)
    qtbot.wait(300)
    assert periods == [Period.calendar_year(year - 5)]


def test_refresh_shows_new_data(
    qtbot: QtBot, service: DashboardService, demo_db: Database, demo_services: Services
) -> None:
    view, board = _shown(qtbot, service)
    company = demo_services.companies.create(
        CompanyDraft(name_en="Dashboard Test K.K."), allow_duplicate=True
    )
    demo_services.projects.create(
        ProjectDraft(company_id=company.id, title="Sales office", received_on=service.today())
    )
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS) as loaded:
        view.refresh()
    assert loaded.args[0].tiles.inquiries == board.tiles.inquiries + 1
    assert view.inquiries.value.text() == Formats().number(board.tiles.inquiries + 1)
    assert view.active.value.text() == Formats().number(board.tiles.active_projects + 1)


def test_a_hidden_page_loads_when_shown(qtbot: QtBot, service: DashboardService) -> None:
    view = DashboardView(service)
    qtbot.addWidget(view)
    view.refresh()  # hidden: nothing loads yet
    qtbot.wait(50)
    assert view.board is None
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()
    assert view.board is not None


def test_clicking_a_stage_bar_chooses_the_stage(qtbot: QtBot, service: DashboardService) -> None:
    view, _ = _shown(qtbot, service)
    series = view.pipeline_chart.chart().series()[0]
    [bars] = series.barSets()
    with qtbot.waitSignal(view.stage_chosen) as chosen:
        series.clicked.emit(bars.count() - 1, bars)  # the top bar
    assert chosen.args == ["inquiry"]


def test_period_chooser_steps_and_switches_kind(qtbot: QtBot) -> None:
    chooser = PeriodChooser(date(2026, 2, 10))
    qtbot.addWidget(chooser)
    assert chooser.period() == Period.calendar_year(2026)
    assert not chooser.current_button.isEnabled()
    with qtbot.waitSignal(chooser.period_changed) as changed:
        chooser.next_button.click()
    assert changed.args == [Period.calendar_year(2027)]
    assert chooser.current_button.isEnabled()
    chooser.kind.setCurrentIndex(chooser.kind.findData(PeriodKind.FISCAL_YEAR))
    assert chooser.period() == Period.fiscal_year(2027)
    # 10 February 2026 lies in FY2025 (April 2025 – March 2026).
    chooser.current_button.click()
    assert chooser.period() == Period.fiscal_year(2025)
    assert chooser.year.text() == "FY2025"
    assert chooser.previous_button.accessibleName() == "Previous year"


def test_numbers_and_money_follow_the_locale() -> None:
    german = Formats(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert german.number(41846) == "41.846"
    assert german.money_short(Decimal("421428250000.00")) == "€421,4 billion"
    assert german.money(Decimal("250000.50")) == "250.000,50\xa0€"
    assert german.day(date(2026, 3, 31)) == "31. März 2026"
    british = Formats(QLocale("en_GB"))
    assert british.number(41846) == "41,846"
    assert british.day(date(2026, 3, 31)) == "31 March 2026"
    assert british.period(Period.fiscal_year(2025)) == "FY2025"
    assert british.year_short(Period.fiscal_year(2025)) == "FY25"
