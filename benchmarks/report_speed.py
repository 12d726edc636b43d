"""Benchmark of the pipeline summary: KPIs and PDF over some 10,000 projects.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/report_speed.py                  # 8,000 companies ≈ 10,000 projects
    .venv/bin/python benchmarks/report_speed.py --db big.sqlite  # reuse a database

Times, after one warm-up, reading the facts and counting the KPIs of the last
full fiscal year (``KpiService.summary``) and laying out its PDF.
Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from leadtracker.db.database import open_database
from leadtracker.db.models import Project
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language
from leadtracker.reports.pipeline import pipeline_summary_pdf
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.reporting.kpis import KpiService


def main() -> None:
    """Build or open the database, time the summary, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=8000)
    parser.add_argument("--db", type=Path, help="use (or create) this database file")
    parser.add_argument("--period", default="FY2025")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "report.sqlite"
        if not path.exists():
            database = open_database(path)
            DemoService(database.sessions, database.search).generate(args.companies)
            database.close()
        database = open_database(path, create=False)
        with database.sessions() as session:
            projects = session.scalar(select(func.count(Project.id)))
        service = KpiService(database.sessions)
        period = Period.parse(args.period)
        kpis: list[float] = []
        pdfs: list[float] = []
        pages = 0
        for run in range(args.runs + 1):
            started = time.perf_counter()
            summary = service.summary(period)
            counted = time.perf_counter()
            pdf = pipeline_summary_pdf(summary, Language.GERMAN)
            done = time.perf_counter()
            if run:
                kpis.append(counted - started)
                pdfs.append(done - counted)
            pages = pdf.count(b"/Type /Page\n")
        database.close()
    print(
        f"{projects} projects; {period.code}: {summary.report.headline.inquiries} inquiries, "
        f"{len(summary.active)} active listed, {pages} pages"
    )
    print(f"KPIs  median {statistics.median(kpis):.2f} s  max {max(kpis):.2f} s")
    print(f"PDF   median {statistics.median(pdfs):.2f} s  max {max(pdfs):.2f} s")
    total = [k + p for k, p in zip(kpis, pdfs, strict=True)]
    print(f"total median {statistics.median(total):.2f} s  max {max(total):.2f} s")


if __name__ == "__main__":
    main()
