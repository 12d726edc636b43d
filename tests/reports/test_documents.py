"""The dossier and the briefing read back as a reader gets them (pypdf)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES
from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    LostReason,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)
from leadtracker.reports.briefing import meeting_briefing_pdf
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.reports.labels import UNTRANSLATED, WORDS, Labels, vocabulary
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.reporting.dossiers import CompanyDossier
from leadtracker.services.timeline import EntryKind, TimelineEntry
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def dossier_of(db: Database, services: Services, **company: object) -> tuple[CompanyDossier, int]:
    """A company with a Japanese contact and a project, as the service reads it."""
    record = services.company(**company)
    services.contacts.create(
        ContactDraft(
            company_id=record.id,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            title="代表取締役社長",
            rank=Rank.PRESIDENT,
            email="taro.yamada@example.jp",
            salutation=Salutation.MR,
        )
    )
    project = services.project(
        record.id, title="Vertriebsbüro", planned_investment=Decimal("1250000"), planned_jobs=12
    )
    return services.dossiers.company_dossier(record.id, now=NOW), project.id


def in_order(text: str, *parts: str) -> bool:
    """Whether ``parts`` occur in ``text`` in this order."""
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def test_a_japanese_dossier_reads_back_in_order_with_every_font_embedded(
    db: Database, services: Services
) -> None:
    dossier, _ = dossier_of(
        db,
        services,
        name_en="Seiko Epson Corporation",
        name_ja="セイコーエプソン株式会社",
        name_kana="セイコーエプソン",
        name_de="Epson Deutschland GmbH",
        hq_prefecture=20,
        hq_city="諏訪市",
    )
    pdf = read_pdf(company_dossier_pdf(dossier, Language.JAPANESE))
    assert in_order(
        pdf.text,
        "企業ドシエ",
        "Seiko Epson Corporation",
        "セイコーエプソン株式会社",
        "ドイツ法人",
        "Epson Deutschland GmbH",
        "長野県 諏訪市",
        "担当者",
        "山田 太郎",
        "やまだ たろう",
        "YAMADA Taro",
        "山田様",
        "Mr. Yamada",
        "プロジェクト",
        "Vertriebsbüro",
        "€1,250,000",
    )
    assert pdf.fonts and all(pdf.fonts.values()), pdf.fonts
    assert {re.sub(r"^/[A-Z]{6}\+", "", f) for f in pdf.fonts} == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "IPAexGothic",
    }
    assert pdf.metadata["/Title"] == "企業ドシエ: Seiko Epson Corporation"
    assert pdf.metadata["/Subject"] == "社外秘 — 内部資料"
    assert pdf.metadata["/Author"] == "ジャパンデスク"
    assert pdf.language == "ja"
    footer = "".join(pdf.pages[0].split())  # a change of font breaks the extracted line
    assert "1/1ページ" in footer and "社外秘—内部資料" in footer


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            Language.GERMAN,
            ("Unternehmensdossier", "Ansprechpartner", "Herr", "1.250.000 €", "Seite 1 von 1"),
        ),
        (
            Language.ENGLISH,
            ("Company dossier", "Contacts", "Mr. Yamada", "€1,250,000", "Page 1 of 1"),
        ),
    ],
)
def test_labels_dates_and_money_follow_the_language(
    db: Database, services: Services, language: Language, words: tuple[str, ...]
) -> None:
    dossier, _ = dossier_of(db, services, name_en="Wacom Co., Ltd.")
    text = read_pdf(company_dossier_pdf(dossier, language)).text
    for word in words:
        assert word in text
    printed = {Language.GERMAN: "Gedruckt am 22.11.2026", Language.ENGLISH: "Printed 22 Nov 2026"}
    assert printed[language] in text


def test_empty_fields_are_left_out(db: Database, services: Services) -> None:
    dossier, _ = dossier_of(db, services, name_en="Wacom Co., Ltd.", website="https://wacom.com")
    with_site = read_pdf(company_dossier_pdf(dossier, Language.ENGLISH)).text
    without = read_pdf(
        company_dossier_pdf(
            replace(dossier, company=replace(dossier.company, website="")), Language.ENGLISH
        )
    ).text
    assert "Website" in with_site and "Website" not in without
    for label in ("Corporate number", "Commercial register", "Subsidiaries", "Open tasks"):
        assert label not in without


def test_user_text_with_markup_and_control_characters_prints_literally(
    db: Database, services: Services
) -> None:
    hostile = "<b>Bold & Co</b> <font name='Nope'>x</font> &amp; <br/>\x07 end"
    dossier, _ = dossier_of(db, services, name_en=hostile, notes="A < B & C > D\ttab")
    text = read_pdf(company_dossier_pdf(dossier, Language.ENGLISH)).text
    assert "<b>Bold & Co</b> <font name='Nope'>x</font> &amp; <br/>[U+0007] end" in text
    assert "A < B & C > D tab" in " ".join(text.split())  # the tab as spaces


def test_a_character_no_font_has_prints_as_geta_and_is_listed(
    db: Database, services: Services
) -> None:
    dossier, _ = dossier_of(db, services, name_en="Yoshida Kogyo", name_ja="𠮷田工業株式会社")
    text = read_pdf(company_dossier_pdf(dossier, Language.GERMAN)).text
    assert "〓田工業株式会社" in text
    assert "U+20BB7" in text  # the note at the end names it


def test_a_code_named_project_prints_only_its_code_name_unless_revealed(
    db: Database, services: Services
) -> None:
    record = services.company(name_en="Secretive K.K.")
    services.project(record.id, title="Europazentrale in Düsseldorf", code_name="Projekt Sakura")
    dossier = services.dossiers.company_dossier(record.id, now=NOW)
    hidden = read_pdf(company_dossier_pdf(dossier, Language.GERMAN)).text
    assert "Projekt Sakura" in hidden and "Europazentrale" not in hidden
    shown = read_pdf(company_dossier_pdf(dossier, Language.GERMAN, reveal_confidential=True)).text
    assert "Europazentrale in Düsseldorf (Projekt Sakura)" in shown


def test_fifty_contacts_and_five_hundred_activities_span_pages_cleanly(
    db: Database, services: Services
) -> None:
    dossier, _ = dossier_of(db, services, name_en="Big Company K.K.")
    contact = dossier.contacts[0]
    contacts = tuple(
        replace(
            contact,
            id=n,
            family_romaji=f"Person{n:02d}",
            family_kanji="",
            given_kanji="",
            family_kana="",
            given_kana="",
            rank=Rank.STAFF,
        )
        for n in range(50)
    )
    long_note = " ".join(
        f"Satz {n} einer sehr langen Notiz über Standortfragen." for n in range(700)
    )
    activities = tuple(
        TimelineEntry(
            EntryKind.MEETING,
            NOW - timedelta(days=n),
            f"Activity {n:03d}",
            long_note if n == 7 else "Kurze Notiz, alles besprochen.",
            (),
            ("Anna Schmidt",),
        )
        for n in range(500)
    )
    big = replace(dossier, contacts=contacts, activities=activities)
    pdf = read_pdf(company_dossier_pdf(big, Language.GERMAN))
    pages = len(pdf.pages)
    assert pages > 10
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Seite {number} von {pages}" in page
    assert all(f"Person{n:02d}" in pdf.text for n in range(50))
    assert in_order(pdf.text, *(f"Activity {n:03d}" for n in range(500)))
    assert "Satz 699 einer sehr langen Notiz" in pdf.text  # the long note ran on, whole


def test_a_briefing_shows_both_times_holidays_and_room_for_talking_points(
    db: Database, services: Services
) -> None:
    _, project_id = dossier_of(db, services, name_en="Wacom Co., Ltd.")
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.CALL, NOW - timedelta(days=2), project_id=project_id, subject="Anruf"
        )
    )
    briefing = services.dossiers.meeting_briefing(
        project_id, date(2026, 5, 4), time(10, 0), language=Language.GERMAN, now=NOW
    )
    pdf = read_pdf(meeting_briefing_pdf(briefing, Language.GERMAN))
    assert in_order(
        pdf.text,
        "Gesprächsvorbereitung",
        "Wacom Co., Ltd.",
        "Düsseldorf",
        "Montag, 4. Mai 2026, 10:00",
        "Tokio",
        "Montag, 4. Mai 2026, 17:00",
        "Teilnehmende",
        "YAMADA Taro",
        "Letzte Aktivitäten",
        "Anruf",
        "Feiertage im Umkreis von zwei Wochen",
        "Gesprächspunkte",
    )
    assert "Erster Mai" in pdf.text and "Constitution Day" in pdf.text
    assert all(pdf.fonts.values())
    japanese = read_pdf(meeting_briefing_pdf(briefing, Language.JAPANESE)).text
    assert "面談ブリーフィング" in japanese and "出席者" in japanese


@pytest.mark.parametrize(
    ("language", "heading", "desk"),
    [
        (Language.ENGLISH, "Attendees", "Japan Desk"),
        (Language.JAPANESE, "出席者", "ジャパンデスク"),
    ],
)
def test_a_briefing_lists_the_staff_who_attend(
    db: Database, services: Services, language: Language, heading: str, desk: str
) -> None:
    _, project_id = dossier_of(db, services, name_en="Wacom Co., Ltd.")
    sato = services.network.add_user("佐藤 健二", "KS", "kenji.sato@duesseldorf.example")
    schmidt = services.network.add_user("Anna Schmidt", "AS")
    services.network.add_user("Bernd Lange", "BL", "bernd.lange@duesseldorf.example")
    briefing = services.dossiers.meeting_briefing(
        project_id, date(2026, 5, 4), staff_ids=(schmidt.id, sato.id), now=NOW
    )
    text = read_pdf(meeting_briefing_pdf(briefing, language)).text
    assert in_order(
        text, heading, "Wacom Co., Ltd.", "YAMADA Taro", desk, "Anna Schmidt", "佐藤 健二"
    )
    assert "kenji.sato@duesseldorf.example" in text
    assert "Bernd Lange" not in text and "bernd.lange" not in text
    with pytest.raises(NotFoundError, match="There is no staff member with id 999"):
        services.dossiers.meeting_briefing(
            project_id, date(2026, 5, 4), staff_ids=(schmidt.id, 999), now=NOW
        )


def test_a_staff_member_is_found_by_initials_or_name(services: Services) -> None:
    anna = services.network.add_user("Anna Schmidt", "AS")
    services.network.add_user("Anna Schmidt", "AS2")
    kenji = services.network.add_user("佐藤 健二", "KS")
    assert services.network.staff_member("as") == anna
    assert services.network.staff_member(" 佐藤　健二 ") == kenji  # width and spaces aside
    with pytest.raises(NotFoundError, match=r"give their initials \(AS, AS2\)"):
        services.network.staff_member("anna schmidt")
    with pytest.raises(NotFoundError, match="the staff: Anna Schmidt \\(AS\\), Anna"):
        services.network.staff_member("Anna")


VOCABULARIES = (
    ActivityKind,
    CompanyStatus,
    Language,
    LostReason,
    ProjectSource,
    ProjectType,
    Sector,
)


@pytest.mark.parametrize("vocabulary_type", VOCABULARIES)
def test_every_vocabulary_word_has_german_and_japanese(vocabulary_type: type[Enum]) -> None:
    for member in vocabulary_type:
        english = member.label  # type: ignore[attr-defined]
        assert english in WORDS, english
        german, japanese = WORDS[english]
        assert german and japanese and japanese != english


def test_every_rank_and_default_stage_has_german_and_japanese() -> None:
    UNTRANSLATED.clear()
    for language in (Language.GERMAN, Language.JAPANESE):
        labels = Labels(language)
        for rank in Rank:
            assert vocabulary(labels, rank)
        for stage in DEFAULT_STAGES:
            assert labels(stage.label) != stage.label or language is Language.GERMAN
    assert not UNTRANSLATED


def test_documents_ask_for_no_untranslated_word(db: Database, services: Services) -> None:
    UNTRANSLATED.clear()
    dossier, project_id = dossier_of(
        db, services, name_en="Wacom Co., Ltd.", website="https://wacom.com", notes="Notiz"
    )
    services.work.add_task(TaskDraft("Angebot schicken", date(2026, 12, 1), project_id=project_id))
    dossier = services.dossiers.company_dossier(dossier.company.id, now=NOW)
    briefing = services.dossiers.meeting_briefing(project_id, date(2026, 5, 4), now=NOW)
    for language in (Language.GERMAN, Language.JAPANESE):
        company_dossier_pdf(dossier, language)
        meeting_briefing_pdf(briefing, language)
    assert not UNTRANSLATED
