"""Benchmark of PDF documents: a dossier of a large company, and a meeting briefing.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/dossier_speed.py [--runs 20]

Builds a database with one company of 50 contacts, 3 projects and 500
activities (notes of a few sentences each), then times, after one warm-up
(fonts are registered once per process, as in the app):

* **data**: reading the dossier's data (one transaction);
* **pdf**: laying out and writing the PDF;
* **total**: both, the time from "Save dossier as PDF" to the bytes.

Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from leadtracker.db.database import open_database
from leadtracker.domain.vocabulary import ActivityKind, Language, Rank
from leadtracker.reports.briefing import meeting_briefing_pdf
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.reports.fonts import register_fonts
from leadtracker.services.companies import CompanyDraft, CompanyService
from leadtracker.services.contacts import ContactDraft, ContactService
from leadtracker.services.projects import ProjectDraft, ProjectService
from leadtracker.services.reporting.dossiers import DossierService
from leadtracker.services.work import ActivityDraft, WorkService

NOTE = (
    "Gespräch über Büroflächen im Medienhafen und die Anmeldung beim Handelsregister. "
    "日本本社の承認待ち。Nächster Schritt: Angebot der Vermieter bis Monatsende."
)


def build(path: Path) -> tuple[int, int]:
    """A company with 50 contacts, 3 projects and 500 activities; its id and a project id."""
    database = open_database(path)
    sessions = database.sessions
    company = CompanyService(sessions).create(
        CompanyDraft(
            name_en="Large Example Corporation",
            name_ja="大型サンプル株式会社",
            name_kana="オオガタサンプル",
            name_de="Large Example Europe GmbH",
        ),
        allow_duplicate=True,
    )
    contacts = ContactService(sessions)
    ranks = list(Rank)
    for n in range(50):
        contacts.create(
            ContactDraft(
                company_id=company.id,
                family_kanji="山田",
                given_kanji="太郎",
                family_kana="やまだ",
                given_kana="たろう",
                family_romaji=f"Yamada{n}",
                given_romaji="Taro",
                rank=ranks[n % len(ranks)],
                title="部長",
                email=f"yamada{n}@example.jp",
            )
        )
    projects = ProjectService(sessions)
    ids = [
        projects.create(
            ProjectDraft(
                company_id=company.id,
                title=f"Project {n}",
                planned_jobs=20 * n,
                planned_investment=Decimal(1_000_000 * n),
                received_on=date(2024, 1, 1) + timedelta(days=90 * n),
            )
        ).id
        for n in range(1, 4)
    ]
    work = WorkService(sessions)
    now = datetime.now(UTC)
    for n in range(500):
        work.log_activity(
            ActivityDraft(
                ActivityKind.MEETING,
                now - timedelta(hours=12 * n),
                project_id=ids[n % 3],
                subject=f"Besprechung {n}",
                text=NOTE,
            )
        )
    database.close()
    return company.id, ids[0]


def main() -> None:
    """Build the data set, time the documents, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "dossier.sqlite"
        company_id, project_id = build(path)
        database = open_database(path, create=False)
        service = DossierService(database.sessions)
        started = time.perf_counter()
        register_fonts()
        fonts_ms = (time.perf_counter() - started) * 1000
        timings: dict[str, list[float]] = {"data": [], "pdf": [], "total": [], "briefing": []}
        pages = 0
        for run in range(args.runs + 1):  # run 0 warms up
            started = time.perf_counter()
            dossier = service.company_dossier(company_id)
            read = time.perf_counter()
            pdf = company_dossier_pdf(dossier, Language.GERMAN)
            done = time.perf_counter()
            briefing = service.meeting_briefing(project_id, date.today())
            meeting_briefing_pdf(briefing, Language.GERMAN)
            briefed = time.perf_counter()
            if run:
                timings["data"].append((read - started) * 1000)
                timings["pdf"].append((done - read) * 1000)
                timings["total"].append((done - started) * 1000)
                timings["briefing"].append((briefed - done) * 1000)
            pages = pdf.count(b"/Type /Page\n")
        database.close()
    print(f"font registration (once per process): {fonts_ms:.0f} ms")
    print(
        f"dossier: {len(dossier.contacts)} contacts, {len(dossier.activities)} activities, "
        f"{pages} pages, {len(pdf) // 1024} KiB"
    )
    for name, values in timings.items():
        ordered = sorted(values)
        p95 = ordered[max(1, round(0.95 * len(ordered))) - 1]
        print(f"{name:<9} median {statistics.median(values):6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
