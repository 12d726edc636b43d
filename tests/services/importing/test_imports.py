"""Importing companies: German/English headers, German formats, all or nothing, duplicates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import xlsxwriter

from leadtracker.cli import EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import Database, open_database
from leadtracker.domain.vocabulary import CompanyStatus, Sector
from leadtracker.resources import COMPANY_IMPORT_TEMPLATE, resource
from leadtracker.services.companies import CompanyDraft, CompanyService
from leadtracker.services.contacts import ContactService
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.columns import recognise
from leadtracker.services.importing.companies import COMPANY_COLUMNS, import_companies
from leadtracker.services.importing.contacts import import_contacts
from leadtracker.services.importing.projects import import_projects
from leadtracker.services.importing.report import ImportRefusedError
from leadtracker.services.importing.spreadsheet_files import read_sheet
from leadtracker.services.importing.vcards import import_vcards
from leadtracker.services.search import SearchService
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

GERMAN = (
    "Firma;Japanischer Name;Lesung;Präfektur;Stadt;Branche;Webseite;Bemerkungen;Intern\r\n"
    "Seiko Epson Corporation;セイコーエプソン株式会社;セイコーエプソン;Nagano;諏訪市;Electronics;"
    'https://epson.com;=HYPERLINK("x");egal\r\n'
    "Wacom Co., Ltd.;株式会社ワコム;ワコム;埼玉県;加須市;electronics;wacom.com;;\r\n"
)


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "firmen.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_german_list_imports_with_its_values_read(db: Database, tmp_path: Path) -> None:
    report = import_companies(db.sessions, db.search, csv_file(tmp_path, GERMAN))
    assert (report.rows, report.created, report.skipped) == (2, 2, 0)
    assert report.encoding == "utf-8-sig" and report.ignored_columns == ("Intern",)
    epson = CompanyService(db.sessions).get(1)
    assert (epson.name_en, epson.name_ja, epson.hq_prefecture) == (
        "Seiko Epson Corporation",
        "セイコーエプソン株式会社",
        20,
    )
    assert epson.sector is Sector.ELECTRONICS and epson.status is CompanyStatus.PROSPECT
    assert epson.notes == '=HYPERLINK("x")'  # text stays text
    wacom = CompanyService(db.sessions).get(2)
    assert wacom.hq_prefecture == 11 and wacom.website == "https://wacom.com"
    # Found by the search at once: the index is kept in the same transaction.
    hits = SearchService(db.sessions, db.search).search("ﾜｺﾑ")
    assert [h.title for h in hits] == ["Wacom Co., Ltd."]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ('会社名,英語名,都道府県\r\n株式会社ワコム,"Wacom Co., Ltd.",埼玉県\r\n', "shift_jis"),
        ("Firma;Stadt;Notizen\r\nMüller Präzision K.K.;Düsseldorf;Größe: 40 m²\r\n", "cp1252"),
    ],
)
def test_files_saved_by_japanese_and_german_excel(
    db: Database, tmp_path: Path, text: str, encoding: str
) -> None:
    report = import_companies(db.sessions, db.search, csv_file(tmp_path, text, encoding))
    assert report.created == 1 and report.encoding in {"cp932", "cp1252"}
    company = CompanyService(db.sessions).get(1)
    assert company.display_name in {"Wacom Co., Ltd.", "Müller Präzision K.K."}
    assert company.hq_prefecture in {11, None}


def test_one_bad_row_means_nothing_is_written_and_says_where(db: Database, tmp_path: Path) -> None:
    text = GERMAN + ";;;Atlantis;;Robotics;;;\r\n" + "Nikon Corporation;;;;;;kein web!;;\r\n"
    with pytest.raises(ImportRefusedError) as refused:
        import_companies(db.sessions, db.search, csv_file(tmp_path, text))
    problems = [str(p) for p in refused.value.report.problems]
    assert problems[0] == (
        "row 4, Präfektur: “Atlantis” is not a Japanese prefecture (write 東京都, Tokyo or 13)"
    )
    assert problems[1].startswith("row 4, Branche: “Robotics” is not one of: Automotive,")
    assert any(p.startswith("row 5, Webseite: “kein web!” is not a web address") for p in problems)
    assert CompanyService(db.sessions).count() == 0  # the good rows were not written either
    assert str(refused.value) == f"Nothing was imported: {len(problems)} problems in the file"


def test_a_value_is_shown_once_even_when_the_reason_quotes_it(db: Database, tmp_path: Path) -> None:
    """The readers of dates and numbers quote the value; the location does not repeat it."""
    path = tmp_path / "projekte.csv"
    path.write_text(
        "Firma;Titel;Geplante Arbeitsplätze;Geplante Investition\n"
        "Nowhere K.K.;Büro;abc; -5 € \n"
        "Nowhere K.K.;Lager; 1,5 ;１０００\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_projects(db.sessions, path)
    shown = [str(p) for p in refused.value.report.problems]
    assert (
        "row 2, Geplante Arbeitsplätze: “abc” is not a number; write 1.500.000,50 or 1500000.50"
        in shown
    )
    assert "row 2, Geplante Investition: “-5 €” is negative; an amount cannot be" in shown
    assert "row 3, Geplante Arbeitsplätze: “1,5” is not a whole number" in shown
    assert "row 2, Firma: “Nowhere K.K.” is no company in the database" in shown


def test_a_row_without_any_name_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportRefusedError) as refused:
        import_companies(db.sessions, db.search, csv_file(tmp_path, "Firma,Stadt\n,Tokyo\n"))
    [problem] = refused.value.report.problems
    assert (problem.row, problem.column) == (2, "Firma")
    assert "enter the Japanese, English or German name" in problem.reason


def test_duplicates_are_skipped_updated_or_created(
    db: Database, services: Services, tmp_path: Path
) -> None:
    services.company(name_en="Seiko Epson Corp.", hq_city="Suwa", name_de="Epson Deutschland GmbH")
    path = csv_file(tmp_path, GERMAN)
    dry = import_companies(db.sessions, db.search, path, dry_run=True)
    assert (dry.created, dry.skipped, dry.written) == (1, 1, False)
    assert services.companies.count() == 1  # a dry run writes nothing
    skipped = import_companies(db.sessions, db.search, path)
    assert (skipped.created, skipped.skipped) == (1, 1)
    updated = import_companies(db.sessions, db.search, path, on_duplicate=OnDuplicate.UPDATE)
    assert updated.updated == 2  # Epson and, now, Wacom
    epson = services.companies.get(1)
    assert epson.hq_city == "諏訪市"  # from the file
    assert epson.name_de == "Epson Deutschland GmbH"  # the file has no such column: kept
    created = import_companies(db.sessions, db.search, path, on_duplicate=OnDuplicate.CREATE)
    assert created.created == 2 and services.companies.count() == 4


def test_an_xlsx_sheet_of_two_thousand_rows(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    with xlsxwriter.Workbook(str(path)) as book:
        sheet = book.add_worksheet("Companies")
        sheet.write_row(0, 0, ["Name (English)", "Corporate number", "HQ prefecture", "Status"])
        for row in range(1, 2_001):
            sheet.write_row(row, 0, [f"Company {row:05d} K.K.", "", row % 47 + 1, "Prospect"])
    report = import_companies(db.sessions, db.search, path, sheet="Companies")
    assert report.created == 2_000 and report.encoding == ""
    assert CompanyService(db.sessions).count() == 2_000


def test_ten_thousand_rows_with_one_bad_one_at_the_end_write_nothing(
    db: Database, tmp_path: Path
) -> None:
    lines = ["Firma;Eingetragen;Präfektur"]
    lines += [f"Firma {n:05d} GmbH;;{n % 47 + 1}" for n in range(1, 10_000)]
    lines.append("Firma 10000 GmbH;;48")  # there are 47 prefectures
    path = csv_file(tmp_path, "\r\n".join(lines) + "\r\n")
    with pytest.raises(ImportRefusedError) as refused:
        import_companies(db.sessions, db.search, path)
    assert [str(p) for p in refused.value.report.problems] == [
        "row 10001, Präfektur: “48” is not a Japanese prefecture (write 東京都, Tokyo or 13)"
    ]
    assert refused.value.report.rows == 10_000
    assert CompanyService(db.sessions).count() == 0
    lines[-1] = "Firma 10000 GmbH;;47"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    report = import_companies(db.sessions, db.search, path)
    assert report.created == 10_000 and report.ignored_columns == ("Eingetragen",)
    assert CompanyService(db.sessions).count() == 10_000


def test_import_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lt.sqlite")
    main(["--db", db, "demo", "--companies", "5"])
    capsys.readouterr()
    good = csv_file(tmp_path, GERMAN)
    assert main(["--db", db, "import", str(good), "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out  # the demo data has Epson and Wacom already
    assert "2 rows: 0 companies would be created, 0 updated, 2 skipped as duplicates" in out
    assert "dry run: nothing written" in out
    assert "Read as UTF-8 with byte order mark (Excel's “CSV UTF-8”)." in out
    bad = csv_file(tmp_path, "Firma;Präfektur\r\nX;Atlantis\r\n")
    assert main(["--db", db, "import", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "leadtracker: error: Nothing was imported: 1 problem in the file"
    assert "row 2, Präfektur: “Atlantis”" in err


def test_the_template_imports_and_every_column_is_known(db: Database) -> None:
    template = resource(*COMPANY_IMPORT_TEMPLATE)
    headers = read_sheet(template).headers
    assert len(recognise(headers, COMPANY_COLUMNS)) == len(headers)
    report = import_companies(db.sessions, db.search, template)
    assert report.created == 1 and not report.ignored_columns
    assert CompanyService(db.sessions).get(1).status is CompanyStatus.SETTLED


def test_companies_survive_an_export_and_an_import_into_an_empty_database(
    db: Database, services: Services, tmp_path: Path
) -> None:
    parent = services.company(
        name_en="Seiko Epson Corporation",
        name_ja="セイコーエプソン株式会社",
        name_kana="セイコーエプソン",
        corporate_number="1100001012231",  # a valid 法人番号
        sector=Sector.ELECTRONICS,
        hq_prefecture=20,
        hq_city="諏訪市",
        website="https://corporate.epson",
        status=CompanyStatus.SETTLED,
        notes="=1+1 stays text\nsecond line",
    )
    services.company(
        name_en="Epson Europe B.V.", name_de="Epson Deutschland GmbH", parent_id=parent.id
    )
    workbook = tmp_path / "all.xlsx"
    services.exports.to_xlsx(workbook)
    target = open_database(tmp_path / "empty.sqlite")
    try:
        report = import_companies(target.sessions, target.search, workbook, sheet="Companies")
        assert report.created == 2 and not report.ignored_columns
        before, after = services.companies, CompanyService(target.sessions)
        for company_id in (1, 2):  # the records' bookkeeping (times, saves) is not data
            expected = replace(before.get(company_id), created_at=None, updated_at=None, version=0)
            got = replace(after.get(company_id), created_at=None, updated_at=None, version=0)
            assert got == expected
    finally:
        target.close()


def test_a_parent_that_is_nowhere_is_a_problem(db: Database, tmp_path: Path) -> None:
    text = "Company,Parent company\r\nChild GmbH,Mother K.K.\r\nOther GmbH,Child GmbH\r\n"
    with pytest.raises(ImportRefusedError) as refused:
        import_companies(db.sessions, db.search, csv_file(tmp_path, text))
    [problem] = refused.value.report.problems
    assert str(problem) == (
        "row 2, Parent company: “Mother K.K.” is no company in the database or the file"
    )
    assert CompanyService(db.sessions).count() == 0


def test_companies_and_contacts_round_trip_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    main(["--db", source, "demo", "--companies", "30"])
    workbook = tmp_path / "all.xlsx"
    assert main(["--db", source, "export", "all", "-o", str(workbook)]) == EXIT_OK
    open_database(Path(target)).close()  # a new, empty database
    capsys.readouterr()
    for sheet in ("Companies", "Contacts"):
        code = main(["--db", target, "import", str(workbook), "--sheet", sheet])
        assert code == EXIT_OK, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "contacts were created" in out
    before, after = open_database(Path(source)), open_database(Path(target))
    try:
        old, new = ContactService(before.sessions), ContactService(after.sessions)
        for company_id in range(1, 31):
            expected = [replace(c, id=0) for c in old.for_company(company_id)]
            assert [replace(c, id=0) for c in new.for_company(company_id)] == expected
    finally:
        before.close()
        after.close()


def test_a_contact_of_an_unknown_company_or_rank_is_refused(db: Database, tmp_path: Path) -> None:
    text = "Company,Family name (romaji),Rank,Email\r\nNowhere K.K.,Yamada,Kaiser,yamada@\r\n"
    with pytest.raises(ImportRefusedError) as refused:
        import_contacts(db.sessions, csv_file(tmp_path, text))
    problems = sorted(str(p) for p in refused.value.report.problems)
    assert problems[0].startswith("row 2, Company: “Nowhere K.K.” is no company in the database")
    assert problems[1].startswith("row 2, Email: “yamada@”")
    assert problems[2].startswith("row 2, Rank: “Kaiser” is not a rank")


def test_contacts_already_there_are_skipped_or_updated(db: Database, tmp_path: Path) -> None:
    CompanyService(db.sessions).create(CompanyDraft(name_en="Wacom Co., Ltd."))
    first = (
        "Firma;Nachname;Vorname;姓;名;E-Mail;Funktion\r\n"
        "Wacom Co., Ltd.;Ito;Hana;伊藤;花;h.ito@example.jp;Sales\r\n"
        "Wacom Co., Ltd.;Sato;Ken;佐藤;健;;Legal\r\n"
    )
    assert import_contacts(db.sessions, csv_file(tmp_path, first)).created == 2
    again = (
        "Firma;Nachname;Vorname;E-Mail;Funktion\r\n"
        "Wacom Co., Ltd.;ITO;Hana;H.Ito@example.jp;Head of Sales\r\n"  # by email
        "Wacom Co., Ltd.;Sato;Ken;;General Counsel\r\n"  # by name in romaji
        "Wacom Co., Ltd.;Sato;Aiko;;Marketing\r\n"  # someone new
    )
    report = import_contacts(db.sessions, csv_file(tmp_path, again))
    assert (report.created, report.updated, report.skipped) == (1, 0, 2)
    report = import_contacts(
        db.sessions, csv_file(tmp_path, again), on_duplicate=OnDuplicate.UPDATE
    )
    assert (report.created, report.updated, report.skipped) == (0, 3, 0)
    people = ContactService(db.sessions).for_company(1)
    assert sorted((c.family_romaji, c.family_kanji, c.title) for c in people) == [
        ("ITO", "伊藤", "Head of Sales"),  # the kanji the second list lacks are kept
        ("Sato", "", "Marketing"),
        ("Sato", "佐藤", "General Counsel"),
    ]


def test_contacts_come_back_from_their_vcards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    main(["--db", source, "demo", "--companies", "20"])
    workbook, cards = tmp_path / "all.xlsx", tmp_path / "contacts.vcf"
    main(["--db", source, "export", "companies", "-o", str(workbook)])
    main(["--db", source, "export", "contacts", "--format", "vcf", "-o", str(cards)])
    open_database(Path(target)).close()
    main(["--db", target, "import", str(workbook), "--sheet", "Companies"])
    capsys.readouterr()
    assert main(["--db", target, "import", str(cards)]) == EXIT_OK, capsys.readouterr().err
    before, after = open_database(Path(source)), open_database(Path(target))
    try:
        kept = (
            "company_id", "family_kanji", "given_kanji", "family_kana", "given_kana",
            "family_romaji", "given_romaji", "title", "email", "phone", "mobile",
            "preferred_language", "notes",
        )  # fmt: skip
        for company_id in range(1, 21):
            old = ContactService(before.sessions).for_company(company_id)
            new = ContactService(after.sessions).for_company(company_id)
            # vCards carry no rank, so the order (protocol order) may differ: compare as sets.
            assert sorted([str(getattr(c, f)) for f in kept] for c in new) == sorted(
                [str(getattr(c, f)) for f in kept] for c in old
            )
    finally:
        before.close()
        after.close()


def test_a_vcard_of_an_unknown_company_is_refused(db: Database, tmp_path: Path) -> None:
    card = tmp_path / "outlook.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Hans;;;\r\nFN:Hans Müller\r\n"
        "ORG:Nowhere GmbH\r\nEMAIL;TYPE=INTERNET:hans@example.de\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_vcards(db.sessions, card)
    [problem] = refused.value.report.problems
    assert str(problem) == "row 1, ORG: “Nowhere GmbH” is no company in the database"


def test_a_vcard_of_a_name_two_companies_share_says_so_as_a_sheet_does(
    db: Database, services: Services, tmp_path: Path
) -> None:
    services.company(name_en="Midori Europe")
    services.company(name_en="Midori Europe", notes="a different one, same name")
    card = tmp_path / "outlook.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Hans;;;\r\nFN:Hans Müller\r\n"
        "ORG:Midori Europe\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_vcards(db.sessions, card)
    [problem] = refused.value.report.problems
    assert str(problem) == (
        "row 1, ORG: “Midori Europe” names 2 companies; rename one to tell them apart"
    )
