"""The pipeline summary for management: a period's numbers, charts and lists as a PDF.

A cover with the headline numbers (landed against the 15–20 per year
benchmark), the funnel of the period's inquiries, charts (landed per year for
ten years, inquiries by sector and by source, planned and actual jobs and
investment), a table per breakdown, the active projects by stage and the
projects lost in the period. Code-named projects show only their code name
(and not their company) unless asked otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from leadtracker.domain.pipeline.benchmarks import Standing
from leadtracker.domain.pipeline.kpis import Dimension, Headline, KpiReport
from leadtracker.domain.pipeline.periods import Period, PeriodKind
from leadtracker.domain.prefectures import find_prefecture
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.charts import columns, ranking
from leadtracker.reports.document import InternalDocument
from leadtracker.reports.labels import Labels, vocabulary
from leadtracker.reports.layout import (
    FRAME_WIDTH,
    H2,
    LABEL,
    NUMBER,
    SHADE,
    SMALL,
    Writer,
    table_style,
)
from leadtracker.services.reporting.kpis import PipelineSummary, ProjectLine

_DIMENSIONS = (
    (Dimension.SECTOR, "By sector"),
    (Dimension.SOURCE, "By source and partner"),
    (Dimension.PREFECTURE, "By prefecture of the Japanese HQ"),
    (Dimension.OWNER, "By owner"),
)


def period_title(labels: Labels, period: Period) -> str:
    """The period in words: ``2025``, ``Japanisches Geschäftsjahr 2025``, ``2025年度`` ..."""
    if period.kind is PeriodKind.CALENDAR_YEAR:
        return labels("{year}", year=period.year)
    if period.kind is PeriodKind.FISCAL_YEAR:
        return labels("Fiscal year {year}", year=period.year)
    if period.kind is PeriodKind.QUARTER:
        return labels("Q{quarter} {year}", quarter=period.quarter_number, year=period.year)
    return f"{labels.date(period.start)} – {labels.date(period.end)}"


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f} %"


def _days(w: Writer, value: float | None) -> str:
    return "–" if value is None else w.labels.days(round(value))


def _tiles(w: Writer, report: KpiReport) -> Table:
    """The headline numbers as a row of tiles."""
    labels, h = w.labels, report.headline
    low, high = report.landed_expected
    standing = {
        Standing.BELOW: "below the benchmark",
        Standing.WITHIN: "within the benchmark",
        Standing.ABOVE: "above the benchmark",
    }
    landed_note = labels("Benchmark {low}–{high}", low=f"{low:.0f}", high=f"{high:.0f}")
    if report.landed_standing is not None:
        landed_note += f" · {labels(standing[report.landed_standing])}"
    tiles = [
        ("Inquiries", str(h.inquiries), ""),
        ("Active projects", str(h.active), labels("on {day}", day=labels.date(report.as_of))),
        ("Won", str(h.won), ""),
        ("Landed", str(h.landed), landed_note),
        ("Lost", str(h.lost), ""),
    ]
    cells = [
        [w.para(labels(name), LABEL), w.para(number, NUMBER), w.para(note, SMALL)]
        for name, number, note in tiles
    ]
    table = Table([cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells))
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return table


def _figures(w: Writer, h: Headline) -> Table:
    """Planned and actual jobs and investment, side by side, never added up."""
    labels = w.labels
    rows: list[list[Flowable | str]] = [
        [
            labels("Planned by the projects won"),
            labels.number(h.won_planned.jobs),
            labels.money(h.won_planned.investment),
        ],
        [
            labels("Planned by the projects landed"),
            labels.number(h.landed_planned.jobs),
            labels.money(h.landed_planned.investment),
        ],
        [
            labels("Actual at opening of the projects landed"),
            labels.number(h.landed_actual.jobs),
            labels.money(h.landed_actual.investment),
        ],
        [
            labels("Planned by the active projects"),
            labels.number(h.active_planned.jobs),
            labels.money(h.active_planned.investment),
        ],
    ]
    return w.table(["", "Jobs", "Investment"], rows, [0.5, 0.2, 0.3])


def _medians(w: Writer, report: KpiReport) -> Table | None:
    labels = w.labels
    return w.facts(
        [
            (
                "Median days from first contact to decision",
                _days(w, report.median_days_to_decision),
            ),
            ("Median days from first contact to opening", _days(w, report.median_days_to_opening)),
            (
                "Median days to the first response",
                _days(w, report.median_days_to_first_response),
            ),
            ("Inquiries without a response", labels.number(report.unanswered_inquiries)),
        ]
    )


def _funnel(w: Writer, report: KpiReport) -> list[Flowable]:
    """The period's inquiries along the main stages: how many got there, share of the step."""
    labels = w.labels
    names = [
        f"{labels(step.label)} ({_percent(step.conversion)})"
        if step.conversion is not None
        else labels(step.label)
        for step in report.funnel
    ]
    note = labels("In brackets: the share of the stage before that got this far.")
    return [ranking(names, [step.reached for step in report.funnel]), w.para(note, SMALL)]


def group_name(labels: Labels, dimension: Dimension, name: str) -> str:
    """A breakdown group in the document's language (sector, source, prefecture …)."""
    if not name:
        return labels("not recorded")
    if dimension is Dimension.SOURCE:
        source, _, partner = name.partition(": ")
        return f"{labels(source)}: {partner}" if partner else labels(source)
    if dimension is Dimension.PREFECTURE and labels.language is Language.JAPANESE:
        found = find_prefecture(name)
        return found.name_ja if found else name
    if dimension is Dimension.SECTOR:
        return labels(name)
    return name


def _breakdown(
    w: Writer, dimension: Dimension, rows: Sequence[tuple[str, Headline]]
) -> list[Flowable]:
    """Two tables per breakdown: the counts, then jobs and investment (planned, actual)."""
    labels = w.labels
    names = [group_name(labels, dimension, name) for name, _ in rows]
    counts: list[list[Flowable | str]] = [
        [name, *(labels.number(n) for n in (h.inquiries, h.active, h.won, h.landed, h.lost))]
        for name, (_, h) in zip(names, rows, strict=True)
    ]
    header = ["", "Inquiries", "Active", "Won", "Landed", "Lost"]
    parts: list[Flowable] = [w.table(header, counts, [0.4, 0.12, 0.12, 0.12, 0.12, 0.12])]
    money: list[list[Flowable | str]] = [
        [
            name,
            labels.number(h.won_planned.jobs),
            labels.money(h.won_planned.investment),
            labels.number(h.landed_actual.jobs),
            labels.money(h.landed_actual.investment),
        ]
        for name, (_, h) in zip(names, rows, strict=True)
        if h.won or h.landed
    ]
    if money:
        header = [
            "",
            "Jobs planned (won)",
            "Investment planned (won)",
            "Jobs at opening",
            "Investment at opening",
        ]
        parts.extend([Spacer(1, 3 * mm), w.table(header, money, [0.3, 0.15, 0.2, 0.15, 0.2])])
    return parts


def _project_name(line: ProjectLine, reveal: bool) -> tuple[str, str]:
    """Project and company as listed: a code-named project by its code name alone."""
    if line.code_name and not reveal:
        return line.code_name, "—"
    return line.title, line.company


def _active_by_stage(w: Writer, lines: Sequence[ProjectLine], reveal: bool) -> list[Flowable]:
    """The active projects, one table per stage (in pipeline order) under its name and count."""
    labels = w.labels
    stages: dict[str, list[ProjectLine]] = {}
    for line in lines:
        stages.setdefault(line.stage_key, []).append(line)
    parts: list[Flowable] = []
    header = ["Project", "Company", "Owner", "Jobs", "Investment", "Target date"]
    for members in stages.values():
        rows: list[list[Flowable | str]] = []
        for line in members:
            name, company = _project_name(line, reveal)
            rows.append(
                [
                    name,
                    company,
                    line.owner,
                    labels.number(line.planned_jobs),
                    labels.money(line.planned_investment),
                    labels.date(line.target_date),
                ]
            )
        caption = f"{labels(members[0].stage_label)} ({labels.number(len(members))})"
        parts.append(w.para(caption, H2))
        parts.append(w.table(header, rows, [0.25, 0.24, 0.15, 0.08, 0.15, 0.13]))
    return parts


def _lost_table(w: Writer, lines: Sequence[ProjectLine], reveal: bool) -> Table:
    labels = w.labels
    rows: list[list[Flowable | str]] = []
    for line in lines:
        name, company = _project_name(line, reveal)
        rows.append(
            [
                name,
                company,
                labels.date(line.decision_date),
                vocabulary(labels, line.lost_reason),
                line.lost_to,
            ]
        )
    header = ["Project", "Company", "Decision date", "Reason", "Lost to"]
    return w.table(header, rows, [0.24, 0.24, 0.14, 0.2, 0.18])


def _charts(w: Writer, summary: PipelineSummary) -> list[Flowable]:
    labels, report = w.labels, summary.report
    years = columns(
        [year.code for year, _ in summary.landed_per_year],
        [[count for _, count in summary.landed_per_year]],
        band=(report.landed_expected[0], report.landed_expected[1])
        if report.period.is_year
        else None,
    )
    sectors = report.breakdowns[Dimension.SECTOR]
    sources = report.breakdowns[Dimension.SOURCE]
    h = report.headline
    money = columns(
        [labels("Jobs"), labels("Investment (million €)")],
        [
            [h.landed_planned.jobs, float(h.landed_planned.investment / Decimal(1_000_000))],
            [h.landed_actual.jobs, float(h.landed_actual.investment / Decimal(1_000_000))],
        ],
        legend=[labels("planned"), labels("actual at opening")],
        height=130,
    )
    return [
        w.heading("Landed per year"),
        w.para(labels("Dashed lines: the benchmark of 15–20 landings a year."), SMALL)
        if report.period.is_year
        else Spacer(1, 1),
        years,
        w.heading("Inquiries by sector"),
        ranking(
            [group_name(labels, Dimension.SECTOR, n) for n, _ in sectors],
            [r.inquiries for _, r in sectors],
        ),
        w.heading("Inquiries by source and partner"),
        ranking(
            [group_name(labels, Dimension.SOURCE, n) for n, _ in sources],
            [r.inquiries for _, r in sources],
        ),
        w.heading("Jobs and investment of the projects landed"),
        money,
    ]


def _counts(
    w: Writer, header: str, rows: Sequence[tuple[str, int]], unit: str = "Projects"
) -> Table | None:
    """A two-column table of names and counts of ``unit`` (None: no rows)."""
    if not rows:
        return None
    body: list[list[Flowable | str]] = [
        [name or w.labels("not recorded"), w.labels.number(count)] for name, count in rows
    ]
    return w.table([header, unit], body, [0.6, 0.4])


def _lists(w: Writer, summary: PipelineSummary, reveal: bool) -> list[Flowable]:
    """Losses, overdue tasks, and the active and lost projects themselves."""
    report, labels = summary.report, w.labels
    reasons = [(vocabulary(labels, r), count) for r, count in report.lost_by_reason]
    overdue = _counts(w, "Owner", report.overdue_by_owner, "Tasks")
    active = _active_by_stage(w, summary.active, reveal)
    lost = _lost_table(w, summary.lost, reveal) if summary.lost else None
    return [
        *w.section("Lost projects by reason", [_counts(w, "Reason", reasons)]),
        *w.section(
            "Lost projects by competing location",
            [_counts(w, "Location", report.lost_by_location)],
        ),
        *w.section("Overdue tasks per owner", [overdue]),
        *w.section("Active projects by stage", active),
        *w.section("Projects lost in the period", [lost]),
    ]


def pipeline_summary_pdf(
    summary: PipelineSummary,
    language: Language = Language.GERMAN,
    *,
    author: str = "",
    reveal_confidential: bool = False,
) -> bytes:
    """The PDF of a pipeline summary in ``language``."""
    document = InternalDocument("Pipeline summary", language)
    labels, w = document.labels, document.writer
    report = summary.report
    days = f"{labels.date(report.period.start)} – {labels.date(report.period.end)}"
    title = period_title(labels, report.period)
    period = title if title == days else f"{title} · {days}"
    story: list[Flowable] = [
        *document.opening(labels("Pipeline summary"), [period], 6 * mm),
        _tiles(w, report),
        *w.section("Jobs and investment", [_figures(w, report.headline)]),
        *w.section("Time to decision, opening and response", [_medians(w, report)]),
        *w.section("Funnel of the period's inquiries", _funnel(w, report)),
        PageBreak(),
        *_charts(w, summary),
    ]
    for dimension, title in _DIMENSIONS:
        rows = report.breakdowns[dimension]
        story.extend(w.section(title, _breakdown(w, dimension, rows) if rows else []))
    story.extend(_lists(w, summary, reveal_confidential))
    about = period_title(labels, report.period)
    return document.pdf(story, about=about, printed_at=summary.printed_at, author=author)
