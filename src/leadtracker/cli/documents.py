"""``leadtracker dossier|briefing|report``: the PDF documents (and the report as a workbook)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import Any

from leadtracker.cli.arguments import clock_time, meeting_date, text_argument
from leadtracker.cli.exits import EXIT_ERROR, EXIT_OK
from leadtracker.cli.opening import opened
from leadtracker.cli.output import fail, say, warn
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language
from leadtracker.services.files import write_whole
from leadtracker.services.lookup import AmbiguousRecordError, RecordLookup
from leadtracker.services.registry import Services


def add_document_commands(commands: Any) -> None:
    """Add ``dossier``, ``briefing`` and ``report`` to the command line's sub-commands."""
    dossier = commands.add_parser(
        "dossier", help="write a company's dossier as a PDF (names, contacts, projects, activities)"
    )
    dossier.add_argument(
        "company", type=text_argument, metavar="COMPANY", help="the company's id or name"
    )
    _document_options(dossier)
    dossier.set_defaults(handler=_run_dossier)

    briefing = commands.add_parser(
        "briefing", help="write a meeting briefing on a project as a PDF"
    )
    briefing.add_argument(
        "project",
        type=text_argument,
        metavar="PROJECT",
        help="the project's id, title or code name",
    )
    briefing.add_argument(
        "--date", type=meeting_date, required=True, metavar="YYYY-MM-DD", help="day of the meeting"
    )
    briefing.add_argument(
        "--time",
        type=clock_time,
        default=time(10, 0),
        metavar="HH:MM",
        help="time of the meeting in Düsseldorf (default: 10:00)",
    )
    briefing.add_argument(
        "--staff",
        type=text_argument,
        action="append",
        default=[],
        metavar="NAME",
        help="a staff member of the Japan Desk who attends, by name or initials "
        "(repeat for each; printed among the attendees)",
    )
    _document_options(briefing)
    briefing.set_defaults(handler=_run_briefing)

    report = commands.add_parser(
        "report", help="write a pipeline summary for management (PDF or Excel)"
    )
    report.add_argument("kind", choices=["pipeline"], help="the report (pipeline: the KPIs)")
    report.add_argument(
        "--period",
        required=True,
        type=text_argument,
        metavar="PERIOD",
        help="2025 (calendar year), FY2025 (April 2025 – March 2026), 2025Q3, "
        "or 2025-01-01..2025-06-30",
    )
    report.add_argument(
        "--format", choices=["pdf", "xlsx"], default="pdf", help="the file format (default: pdf)"
    )
    _document_options(report)
    report.set_defaults(handler=_run_report)


def _document_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="where to write the PDF",
    )
    command.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=Language.GERMAN.value,
        help="language of the document (default: de)",
    )
    command.add_argument(
        "--reveal-confidential",
        action="store_true",
        help="print the titles of code-named projects too (default: only their code names)",
    )


def _write_document(args: argparse.Namespace, make: Callable[[Services, Language], bytes]) -> int:
    """Open the database, make the PDF, write it to ``--output`` (whole, or not at all)."""
    try:
        with opened(args, writes=False) as services:
            pdf = make(services, Language(args.lang))
    except AmbiguousRecordError as error:  # the error, then the records it could mean
        fail(str(error))
        for hit in error.candidates:
            detail = f"  —  {hit.detail}" if hit.detail else ""
            warn(f"  #{hit.record_id:<7} {hit.title}{detail}")
        return EXIT_ERROR
    say(f"Written to {write_whole(args.output, pdf)}")
    return EXIT_OK


def _lookup(services: Services) -> RecordLookup:
    """Finds the record a command line names (by id or by name)."""
    database = services.database
    return RecordLookup(database.sessions, database.search)


def _run_dossier(args: argparse.Namespace) -> int:
    from leadtracker.reports.dossier import company_dossier_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    def make(services: Services, language: Language) -> bytes:
        company_id = _lookup(services).company(args.company)
        dossier = services.dossiers.company_dossier(company_id)
        return company_dossier_pdf(dossier, language, reveal_confidential=args.reveal_confidential)

    return _write_document(args, make)


def _run_briefing(args: argparse.Namespace) -> int:
    from leadtracker.reports.briefing import meeting_briefing_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    def make(services: Services, language: Language) -> bytes:
        project_id = _lookup(services).project(args.project)
        staff_ids = tuple(services.network.staff_member(name).id for name in args.staff)
        briefing = services.dossiers.meeting_briefing(
            project_id, args.date, args.time, staff_ids=staff_ids, language=language
        )
        return meeting_briefing_pdf(
            briefing, language, reveal_confidential=args.reveal_confidential
        )

    return _write_document(args, make)


def _run_report(args: argparse.Namespace) -> int:
    from leadtracker.reports.pipeline import pipeline_summary_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.reporting.kpis import summary_rows  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    period = Period.parse(args.period)
    if args.format == "xlsx":  # the KPIs on a Summary sheet, then every table
        with opened(args, writes=False) as services:
            summary = summary_rows(services.kpis.summary(period))
            exported = services.exports.to_xlsx(args.output, summary=summary)
        say(f"Written to {exported.paths[0]} ({exported.total_rows} rows)")
        return EXIT_OK

    def make(services: Services, language: Language) -> bytes:
        summary = services.kpis.summary(period)
        return pipeline_summary_pdf(summary, language, reveal_confidential=args.reveal_confidential)

    return _write_document(args, make)
