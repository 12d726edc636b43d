"""E-mail and web addresses print whole, on one line, in every document (issue 17, item 12).

reportlab broke an address too wide for the rest of its line between any two
characters -- ``taro.yamada@yamada-consulting.co`` / ``.jp`` -- in a narrow
column, and anywhere in Japanese text (its CJK wrapping). The documents are
read back as a reader gets them (pypdf), one line at a time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from reportlab.platypus import Paragraph
from sqlalchemy import update

from leadtracker.db.database import Database
from leadtracker.db.models import Company
from leadtracker.domain.vocabulary import Language, Rank
from leadtracker.reports.addresses import SMALLEST, address_spans
from leadtracker.reports.briefing import meeting_briefing_pdf
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.reports.labels import Labels
from leadtracker.reports.layout import CELL, Writer
from leadtracker.reports.privacy import subject_access_pdf
from leadtracker.services.contacts import ContactDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
EMAIL = "taro.yamada@europe.yamada-consulting.co.jp"
WEBSITE = "https://www.yamada-consulting.co.jp/ja/company/europe/duesseldorf-office.html"
#: Japanese notes with the address at different places in a line: wherever
#: the line ended, reportlab's CJK wrap cut the address there.
NOTES = "\n".join(
    f"{'面談の詳細は当社のウェブサイトをご覧ください。' * 1}{'追記' * n}{WEBSITE} "
    f"または {EMAIL} までご連絡ください。ご不明な点がございましたら担当者までお問い合わせください。"
    for n in range(0, 12, 3)
)


def on_one_line(text: str, address: str) -> bool:
    """Whether every occurrence of ``address`` in ``text`` stands whole on one line."""
    lines = text.splitlines()
    return any(address in line for line in lines) and "".join(text.split()).count(address) == sum(
        line.count(address) for line in lines
    )


@pytest.fixture
def company_id(db: Database, services: Services) -> int:
    record = services.company(
        name_en="Yamada Consulting K.K.", name_ja="山田コンサルティング株式会社"
    )
    services.contacts.create(
        ContactDraft(
            company_id=record.id,
            family_kanji="山田",
            given_kanji="太郎",
            family_romaji="Yamada",
            given_romaji="Taro",
            title="代表取締役社長",
            rank=Rank.PRESIDENT,
            email=EMAIL,
            notes=NOTES,
        )
    )
    services.project(record.id, title="Vertriebsbüro")
    with db.sessions.begin() as session:  # (the website as stored, notes with addresses)
        session.execute(
            update(Company).where(Company.id == record.id).values(website=WEBSITE, notes=NOTES)
        )
    return record.id


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.JAPANESE])
def test_addresses_print_whole_in_the_dossier_briefing_and_privacy_export(
    services: Services, company_id: int, language: Language
) -> None:
    dossiers = services.dossiers
    dossier = dossiers.company_dossier(company_id, now=NOW)
    project_id = dossier.projects[0].project.id
    briefing = dossiers.meeting_briefing(project_id, date(2026, 12, 3), time(10, 0), now=NOW)
    access = services.privacy.subject_access(dossier.contacts[0].id)
    documents = {
        "dossier": company_dossier_pdf(dossier, language),
        "briefing": meeting_briefing_pdf(briefing, language),
        "privacy": subject_access_pdf(access, language),
    }
    for name, pdf in documents.items():
        # (The audit trail's narrow columns print old and new values as stored: there
        # the notes' addresses must break, at the last resort, see below.)
        text = read_pdf(pdf).text.split(Labels(language)("Audit trail"))[0]
        assert on_one_line(text, EMAIL), name  # in the contacts' narrow column, and in notes
        if name != "briefing":  # (the briefing prints neither website nor notes)
            assert on_one_line(text, WEBSITE), name
            assert "ご連絡ください" in text  # the notes around the addresses print too


def laid_out(para: Paragraph, width: float) -> list[Any]:
    """The lines a paragraph is laid out in at ``width`` (none wider than that)."""
    para.wrap(width, 100_000)
    lines: list[Any] = para.__dict__["blPara"].lines
    assert all(line.currentWidth <= width for line in lines)
    return lines


def lines_of(para: Paragraph, width: float) -> list[str]:
    """The text of each line of ``para`` at ``width``."""
    return ["".join(w.text for w in line.words).strip() for line in laid_out(para, width)]


def test_a_paragraph_keeps_addresses_whole_and_sets_a_wide_one_smaller() -> None:
    para = Writer(Labels(Language.ENGLISH)).para(f"Mail to {EMAIL} or see {WEBSITE}.", CELL)
    lines = lines_of(para, 250)
    assert any(EMAIL in line for line in lines)
    assert any(WEBSITE in line for line in lines)  # 330 points wide at the text's size
    sizes = {w.fontSize for line in laid_out(para, 250) for w in line.words}
    assert min(sizes) >= CELL.fontSize * SMALLEST and len(sizes) > 1  # set smaller to fit


def test_an_address_wider_than_the_column_even_smaller_breaks_at_sensible_places() -> None:
    """The last resort: before @ and after a / of the path; never off the page."""
    local = "a-very-long-mailbox-name-for-the-european-headquarters-of-yamada"
    domain = WEBSITE.split("/")[2]
    url = WEBSITE.replace("/europe/", "/europe/" + "long-section-name/" * 6)
    para = Writer(Labels(Language.JAPANESE)).para(f"連絡先 {local}@{domain} 資料 {url}", CELL)
    lines = lines_of(para, 200)
    assert lines[:3] == ["連絡先", local, f"@{domain} 資料"]  # broken before the @ only
    assert all(line.endswith("/") for line in lines[3:-1]) and len(lines) > 5
    assert "".join(lines[3:]) == url


def test_addresses_are_found_in_text_but_not_their_sentence_s_punctuation() -> None:
    text = f"Siehe ({WEBSITE}), schreiben Sie an {EMAIL}. 詳細はwww.example.co.jp。 a@b"
    found = [text[start:end] for start, end in address_spans(text)]
    assert found == [WEBSITE, EMAIL, "www.example.co.jp"]


def test_brackets_and_stops_glued_to_an_address_stay_on_its_line() -> None:
    """A line neither starts with ")" or "。" nor ends with "(" beside an address."""
    para = Writer(Labels(Language.JAPANESE)).para(
        f"連絡は（{EMAIL}）まで。詳細は{WEBSITE}。以上です。", CELL
    )
    lines = lines_of(para, 200)
    assert f"（{EMAIL}）" in lines
    assert not any(line.startswith(("）", "。")) or line.endswith("（") for line in lines)
