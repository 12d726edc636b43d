"""Importing contacts from vCard files (vCard 3.0 or 4.0): all cards, or none.

Outlook and phones export them. Each card's ORG names the contact's company;
a contact the database already has is skipped, updated or created anyway, as
chosen (see :class:`~.contacts.ContactSaver`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.spreadsheet_values import CellValueError
from leadtracker.domain.vocabulary import Language
from leadtracker.services.companies import ids_by_name
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.importing.choices import OnDuplicate
from leadtracker.services.importing.contacts import ContactCounts, ContactSaver
from leadtracker.services.importing.limits import read_bytes
from leadtracker.services.importing.report import (
    ImportProblem,
    ImportRefusedError,
    ImportReport,
    all_or_nothing,
)
from leadtracker.services.importing.rows import company_by_name

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _card_draft(card: Any) -> tuple[dict[str, Any], str]:
    """A vCard's fields for a contact draft, and the company (ORG) it names."""
    values: dict[str, Any] = {}
    name = card.contents.get("n", [None])[0]
    family = getattr(name.value, "family", "") if name is not None else ""
    given = getattr(name.value, "given", "") if name is not None else ""
    script = "kanji" if _JAPANESE.search(f"{family}{given}") else "romaji"
    values[f"family_{script}"], values[f"given_{script}"] = str(family), str(given)
    for field, key in (
        ("x-phonetic-last-name", "family_kana"),
        ("x-phonetic-first-name", "given_kana"),
        ("x-leadtracker-family-romaji", "family_romaji"),
        ("x-leadtracker-given-romaji", "given_romaji"),
    ):
        if field in card.contents:
            values[key] = str(card.contents[field][0].value)
    for field, key in (("title", "title"), ("note", "notes")):
        if field in card.contents:
            values[key] = str(card.contents[field][0].value)
    if "email" in card.contents:
        values["email"] = str(card.contents["email"][0].value)
    for phone in card.contents.get("tel", []):
        kinds = {str(t).upper() for t in phone.params.get("TYPE", [])}
        values["mobile" if "CELL" in kinds else "phone"] = str(phone.value)
    if "x-leadtracker-language" in card.contents:
        language = str(card.contents["x-leadtracker-language"][0].value)
        values["preferred_language"] = (
            Language(language) if language in {"de", "en", "ja"} else None
        )
    org = card.contents.get("org", [None])[0]
    company = ""
    if org is not None:
        parts = org.value if isinstance(org.value, list) else [org.value]
        first = parts[0] if parts else ""
        # An unescaped comma (Outlook: "Wacom Co., Ltd.") arrives cut into a list.
        company = ",".join(str(p) for p in first) if isinstance(first, list) else str(first)
    return {k: v for k, v in values.items() if v not in (None, "")}, company


#: The characters of a parser's reason a problem shows (vobject quotes whole lines).
_REASON_CHARS = 200


def import_vcards(
    sessions: sessionmaker[Session],
    path: Path,
    *,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    dry_run: bool = False,
) -> ImportReport:
    """Import the contacts of a ``.vcf`` file (vCard 3.0 or 4.0): all cards, or none.

    Each card's ORG must name a company in the database; the kana readings
    come from ``X-PHONETIC-LAST-NAME`` / ``X-PHONETIC-FIRST-NAME``. A card of
    a contact the database has is skipped, updated or created, as chosen.

    Raises:
        SpreadsheetError: the file cannot be read (a folder, missing, empty, too large).
        ImportRefusedError: a card has a problem (nothing was written).
    """
    started = time.perf_counter()
    data = read_bytes(path)  # refuses a folder, a missing, empty or too large file
    try:
        cards = list(vobject.readComponents(data.decode("utf-8-sig")))
    except Exception as error:  # vobject raises many kinds for a damaged card
        reason = str(error) or type(error).__name__
        if len(reason) > _REASON_CHARS:
            reason = reason[:_REASON_CHARS] + "…"
        problem = ImportProblem(
            1, "", "", text("the file is not a vCard file ({error})", error=reason)
        )
        report = _vcard_report(0, ContactCounts(), [problem], dry_run, started)
        raise ImportRefusedError(report) from None

    def work(session: Session) -> tuple[tuple[ContactCounts, list[ImportProblem]], bool]:
        counts, problems = _import_cards(session, cards, on_duplicate)
        return (counts, problems), not problems and not dry_run

    counts, problems = all_or_nothing(sessions, work)
    report = _vcard_report(len(cards), counts, problems, dry_run, started)
    if problems:
        raise ImportRefusedError(report)
    return report


def _import_cards(
    session: Session, cards: Sequence[Any], on_duplicate: OnDuplicate
) -> tuple[ContactCounts, list[ImportProblem]]:
    """Save a contact per card; the counts, and the problems (then nothing is kept)."""
    problems: list[ImportProblem] = []
    companies = ids_by_name(session, (_card_draft(card)[1] for card in cards))
    company_of = company_by_name(companies, text("is no company in the database"))
    drafts: list[tuple[int, ContactDraft, frozenset[str]]] = []
    for number, card in enumerate(cards, start=1):
        values, company = _card_draft(card)
        try:
            values["company_id"] = company_of(company)
        except CellValueError as error:
            problems.append(ImportProblem(number, "ORG", company, error.reason))
            continue
        drafts.append((number, replace(ContactDraft(), **values), frozenset(values)))
    saver = ContactSaver(session, {draft.company_id for _, draft, _ in drafts}, on_duplicate)
    for number, draft, given in drafts:
        try:
            saver.save(draft, given)
        except ValidationError as error:
            problems.extend(ImportProblem(number, p.label, "", p.problem) for p in error.problems)
    return saver.counts, problems


def _vcard_report(
    cards: int, counts: ContactCounts, problems: list[ImportProblem], dry_run: bool, started: float
) -> ImportReport:
    return ImportReport(
        rows=cards,
        created=0 if problems else counts.created,
        updated=0 if problems else counts.updated,
        skipped=0 if problems else counts.skipped,
        problems=tuple(problems),
        ignored_columns=(),
        encoding="utf-8",
        dry_run=dry_run,
        seconds=time.perf_counter() - started,
    )
