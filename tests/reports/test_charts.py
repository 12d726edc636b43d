"""The pipeline summary's charts name every partner in full (issue 17, item 12).

Its ranking charts cut a name to 175 points (``NRW.Global Business (f…``);
now a name takes the room it needs, on two lines where one is too narrow,
and only a name longer than two lines is cut -- without pushing the bars off
the page.
"""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language, ProjectSource
from leadtracker.reports.charts import NAME_WIDTH, ranking
from leadtracker.reports.labels import Labels
from leadtracker.reports.layout import FRAME_WIDTH
from leadtracker.reports.pipeline import pipeline_summary_pdf
from leadtracker.services.reporting.kpis import KpiService
from tests.conftest import Services
from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.both_engines

PARTNERS = (
    "NRW.Global Business (formerly NRW.INVEST)",
    "Japanische Industrie- und Handelskammer zu Düsseldorf (JIHK)",
    "JETRO (Japan External Trade Organization)",
    "日本貿易振興機構（ジェトロ）デュッセルドルフ事務所",
)


def _strings(node: Drawing | Group) -> list[String]:
    found: list[String] = []
    for item in node.getContents():
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, Group):
            found.extend(_strings(item))
    return found


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.GERMAN, Language.JAPANESE])
def test_the_source_chart_names_every_partner_whole(
    db: Database, services: Services, language: Language
) -> None:
    for number, name in enumerate(PARTNERS):
        partner = services.network.add_partner(name)
        for _ in range(number + 1):
            services.project(
                source=ProjectSource.PARTNER_REFERRAL,
                partner_id=partner.id,
                received_on=date(2026, 3, 1),
            )
    # Built here for a fixed today; the registry's runs on the office clock.
    summary = KpiService(db.sessions, today=lambda: date(2026, 11, 22)).summary(
        Period.parse("2026")
    )
    text = read_pdf(pipeline_summary_pdf(summary, language)).text
    labels = Labels(language)
    start = text.index(labels("Inquiries by source and partner"))
    chart = text[start : text.index(labels("Jobs and investment of the projects landed"), start)]
    lines = chart.split("\n")
    for name in PARTNERS:
        # On one line, or its two halves on lines one after the other (a reader
        # also starts a new line where the font changes: Japanese after Latin).
        whole = [line for line in lines if name in line]
        halves = [
            pair
            for pair in zip(lines, lines[1:], lines[2:], strict=False)
            if "".join(name.split()) in "".join("".join(pair).split())
        ]
        assert whole or halves, name
    assert "…" not in chart  # no name cut


def test_a_name_of_a_hundred_characters_is_cut_after_two_lines_within_the_page() -> None:
    long_name = "Partner referral: " + "Wirtschaftsförderungsgesellschaft " * 3 + "X" * 100
    drawing = ranking([long_name, "JETRO", "株式会社" * 40], [3, 2, 1])
    strings = _strings(drawing)
    for text in strings:
        width = stringWidth(text.text, text.fontName, text.fontSize)
        assert text.x >= 0 and text.x + width <= FRAME_WIDTH + 0.01, text.text
    shown = [s.text for s in strings]
    assert "JETRO" in shown
    assert sum(s.endswith("…") for s in shown) == 2  # the long ones, each on its second line
    names = [
        s for s in strings if s.x + stringWidth(s.text, s.fontName, s.fontSize) < NAME_WIDTH + 8
    ]
    assert all(stringWidth(s.text, s.fontName, s.fontSize) <= NAME_WIDTH + 0.01 for s in names)
    assert drawing.height > 3 * 14 + 24  # rows tall enough for two lines
