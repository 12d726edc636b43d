"""What the fields of the audited records are called, and how their stored values read.

The audit trail keeps a change as the database has it: the table, the column
and the old and new value as text (``project``, ``stage_key``, ``site_visit``
→ ``lost``). :data:`FIELDS` names each column for people -- a
:func:`~leadtracker.domain.messages.text` the interface translates -- and says
what kind of value it holds (:class:`ValueKind`): a stage, a word of a
vocabulary, a day, a moment, an amount of money, a number, yes or no, a
reference to another record, or plain text. :func:`shown` turns a stored value
into a :class:`FieldValue`: English words (what the command line prints; a
:class:`~leadtracker.domain.messages.Text` where the interface translates
them) and, for days, moments, amounts and numbers, the value itself, which
the interface writes in its language's format.

A column the catalogue does not know (added by a later migration) is named
by its column name made readable; a key a vocabulary no longer has shows as
it is stored. Long text is cut (:data:`SHOWN_LENGTH`) and shown on one line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum

from leadtracker.domain.messages import term, text
from leadtracker.domain.pipeline.stages import stage_name
from leadtracker.domain.prefectures import PREFECTURES
from leadtracker.domain.visible import visible_line
from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    LegalBasis,
    LostReason,
    PartnerKind,
    PermitStatus,
    ProjectSource,
    ProjectType,
    Rank,
    Salutation,
    Sector,
)

#: The value put in place of a person's data when it is erased.
REDACTED = "[redacted]"

#: Characters of a stored text shown at most (the rest is cut with an ellipsis).
SHOWN_LENGTH = 300


class ValueKind(StrEnum):
    """How a stored value is made readable."""

    TEXT = "text"
    STAGE = "stage"  # a stage's key -> its name
    VOCABULARY = "vocabulary"  # a vocabulary's key -> its word
    DAY = "day"
    MOMENT = "moment"
    MONEY = "money"
    NUMBER = "number"
    BOOLEAN = "boolean"
    REFERENCE = "reference"  # another record's id -> its name
    REFERENCES = "references"  # a list of ids -> their names
    PLACES = "places"  # a list of texts
    PREFECTURE = "prefecture"
    RANK = "rank"
    TRASH = "trash"  # the trash entry a record waits in


@dataclass(frozen=True)
class FieldEntry:
    """What a column is called and how its values read.

    Attributes:
        label: The field's name for people.
        kind: How its stored values are made readable.
        vocabulary: The vocabulary of a :attr:`ValueKind.VOCABULARY` field.
        refers_to: The kind of record (as the trail names it) a reference points to.
        unit: Written after a number (``m²``).
    """

    label: str
    kind: ValueKind = ValueKind.TEXT
    vocabulary: type[Enum] | None = None
    refers_to: str = ""
    unit: str = ""


@dataclass(frozen=True)
class FieldValue:
    """A stored value made readable.

    Attributes:
        words: The value in English words (a ``Text`` where the interface
            translates it); what the command line prints.
        value: The day, moment, amount or number itself, for the interface
            to write in its language's format; ``None`` for words.
        unit: Written after a number.
    """

    words: str = ""
    value: date | datetime | Decimal | int | None = None
    unit: str = ""

    def __str__(self) -> str:
        return self.words

    def __bool__(self) -> bool:
        """Whether there is a value (an empty field reads as nothing)."""
        return bool(self.words)


#: No value: an empty field.
NOTHING = FieldValue()

#: Looks up what the trail holds only by key or id: a stage's name by its key
#: (``("stage", "won")``), a record's name by its kind and id (``("company", 5)``).
Lookup = Callable[[str, str | int], str | None]


def _vocabulary(label: str, vocabulary: type[Enum]) -> FieldEntry:
    return FieldEntry(label, ValueKind.VOCABULARY, vocabulary=vocabulary)


def _reference(label: str, refers_to: str) -> FieldEntry:
    return FieldEntry(label, ValueKind.REFERENCE, refers_to=refers_to)


def _day(label: str) -> FieldEntry:
    return FieldEntry(label, ValueKind.DAY)


_NOTES = FieldEntry(text("Notes"))
_TRASH = FieldEntry(text("Deleted into the trash / restored"), ValueKind.TRASH)
_WEBSITE = FieldEntry(text("Website"))
_EMAIL = FieldEntry(text("Email"))
_NAME = FieldEntry(text("Name"))
_TITLE = FieldEntry(text("Title"))
_COMPANY = _reference(text("Company"), "company")
_PROJECT = _reference(text("Project"), "project")
_OWNER = _reference(text("Owner"), "staff")

#: Record kind (as the trail names it) -> column -> what it is called and holds.
FIELDS: Mapping[str, Mapping[str, FieldEntry]] = {
    "company": {
        "name_ja": FieldEntry(text("Name (Japanese)")),
        "name_kana": FieldEntry(text("Name (kana)")),
        "name_en": FieldEntry(text("Name (English)")),
        "name_de": FieldEntry(text("Name (German)")),
        "register_number": FieldEntry(text("Commercial register number")),
        "corporate_number": FieldEntry(text("Corporate number")),
        "sector": _vocabulary(text("Sector"), Sector),
        "hq_prefecture": FieldEntry(text("HQ prefecture"), ValueKind.PREFECTURE),
        "hq_city": FieldEntry(text("HQ city")),
        "website": _WEBSITE,
        "parent_id": _reference(text("Parent company"), "company"),
        "status": _vocabulary(text("Status"), CompanyStatus),
        "notes": _NOTES,
        "trashed_in": _TRASH,
    },
    "contact": {
        "company_id": _COMPANY,
        "family_kanji": FieldEntry(text("Family name (kanji)")),
        "given_kanji": FieldEntry(text("Given name (kanji)")),
        "family_kana": FieldEntry(text("Family name (kana)")),
        "given_kana": FieldEntry(text("Given name (kana)")),
        "family_romaji": FieldEntry(text("Family name (romaji)")),
        "given_romaji": FieldEntry(text("Given name (romaji)")),
        "salutation": _vocabulary(text("Salutation"), Salutation),
        "title": FieldEntry(text("Job title")),
        "rank": FieldEntry(text("Rank"), ValueKind.RANK),
        "email": _EMAIL,
        "phone": FieldEntry(text("Phone")),
        "mobile": FieldEntry(text("Mobile")),
        "preferred_language": _vocabulary(text("Preferred language"), Language),
        "legal_basis": _vocabulary(text("Legal basis"), LegalBasis),
        "consent_date": _day(text("Consent date")),
        "consent_scope": FieldEntry(text("Consent scope")),
        "notes": _NOTES,
        "trashed_in": _TRASH,
    },
    "project": {
        "company_id": _COMPANY,
        "title": _TITLE,
        "code_name": FieldEntry(text("Code name")),
        "project_type": _vocabulary(text("Type of project"), ProjectType),
        "source": _vocabulary(text("Source"), ProjectSource),
        "partner_id": _reference(text("Referring partner"), "partner"),
        "event_id": _reference(text("Event"), "event"),
        "owner_id": _OWNER,
        "stage_key": FieldEntry(text("Stage"), ValueKind.STAGE),
        "received_on": _day(text("Received on")),
        "planned_jobs": FieldEntry(text("Planned jobs"), ValueKind.NUMBER),
        "planned_investment": FieldEntry(text("Planned investment"), ValueKind.MONEY),
        "office_space_m2": FieldEntry(text("Office space"), ValueKind.NUMBER, unit="m²"),
        "target_date": _day(text("Target date")),
        "decision_date": _day(text("Decision date")),
        "competing_locations": FieldEntry(text("Competing locations"), ValueKind.PLACES),
        "lost_reason": _vocabulary(text("Lost reason"), LostReason),
        "lost_to_location": FieldEntry(text("Location chosen instead")),
        "trade_registered_on": _day(text("Trade registration (Gewerbeanmeldung)")),
        "register_entry_on": _day(text("Commercial register entry (Handelsregister)")),
        "permits_status": _vocabulary(text("Permits"), PermitStatus),
        "lease_signed_on": _day(text("Office lease signed")),
        "opened_on": _day(text("Opening date")),
        "jobs_at_opening": FieldEntry(text("Jobs at opening"), ValueKind.NUMBER),
        "actual_investment": FieldEntry(text("Actual investment"), ValueKind.MONEY),
        "notes": _NOTES,
        "trashed_in": _TRASH,
    },
    "activity": {
        "kind": _vocabulary(text("Kind"), ActivityKind),
        "occurred_at": FieldEntry(text("When"), ValueKind.MOMENT),
        "company_id": _COMPANY,
        "project_id": _PROJECT,
        "subject": FieldEntry(text("Subject")),
        "text": FieldEntry(text("Text")),
        "created_by_id": _reference(text("Logged by"), "staff"),
        "contacts": FieldEntry(text("Participants"), ValueKind.REFERENCES, refers_to="contact"),
        "staff": FieldEntry(text("Staff"), ValueKind.REFERENCES, refers_to="staff"),
        "trashed_in": _TRASH,
    },
    "task": {
        "title": _TITLE,
        "due_on": _day(text("Due on")),
        "done_at": FieldEntry(text("Done at"), ValueKind.MOMENT),
        "owner_id": _OWNER,
        "project_id": _PROJECT,
        "company_id": _COMPANY,
        "notes": _NOTES,
        "trashed_in": _TRASH,
    },
    "partner": {
        "name": _NAME,
        "kind": _vocabulary(text("Kind"), PartnerKind),
        "website": _WEBSITE,
        "notes": _NOTES,
    },
    "event": {
        "name": _NAME,
        "starts_on": _day(text("Starts on")),
        "location": FieldEntry(text("Location")),
        "organiser_id": _reference(text("Organiser"), "partner"),
        "notes": _NOTES,
    },
    "staff": {
        "name": _NAME,
        "initials": FieldEntry(text("Initials")),
        "email": _EMAIL,
        "active": FieldEntry(text("Active"), ValueKind.BOOLEAN),
    },
}


def humanised(column: str) -> str:
    """A column's name made readable: ``lost_to_location`` -> ``Lost to location``."""
    words = column.removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else column


def field_entry(record_type: str, column: str) -> FieldEntry:
    """What ``column`` of a ``record_type`` is called and holds (a plain text when unknown)."""
    found = FIELDS.get(record_type, {}).get(column)
    return found if found is not None else FieldEntry(humanised(column))


def cut(value: str, length: int = SHOWN_LENGTH) -> str:
    """``value`` on one line, control characters spelt out, cut to ``length`` with an ellipsis."""
    line = visible_line(value[: length + 1])
    return line if len(line) <= length else line[: length - 1] + "…"


def references(entry: FieldEntry, stored: str | None) -> tuple[int, ...]:
    """The ids a stored reference (or list of references) names; none for other fields."""
    if not stored or entry.kind not in (ValueKind.REFERENCE, ValueKind.REFERENCES):
        return ()
    if entry.kind is ValueKind.REFERENCE:
        return (int(stored),) if stored.isdigit() else ()
    items = _list(stored)
    return tuple(i for i in items if isinstance(i, int) and not isinstance(i, bool))


def record_fields(record_type: str, stored: str | None) -> tuple[tuple[str, str], ...]:
    """A created or deleted record's fields as the trail keeps them (one JSON object)."""
    try:
        values = json.loads(stored or "{}")
    except ValueError:
        return (("", stored or ""),)
    if not isinstance(values, dict):
        return (("", str(values)),)
    known = list(FIELDS.get(record_type, {}))
    ordered = sorted(values, key=lambda f: known.index(f) if f in known else len(known))
    return tuple((f, "" if values[f] is None else str(values[f])) for f in ordered)


def shown(entry: FieldEntry, stored: str | None, lookup: Lookup) -> FieldValue:
    """A stored value of the field ``entry`` made readable (empty for none)."""
    if stored is None or stored == "":
        return NOTHING
    if stored == REDACTED:
        return FieldValue(text("[erased]"))
    try:
        return _READERS[entry.kind](entry, stored, lookup)
    except (ValueError, KeyError, InvalidOperation):  # not what the kind holds: as stored
        return FieldValue(cut(stored))


def _text(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    return FieldValue(cut(stored))


def _stage(_entry: FieldEntry, stored: str, lookup: Lookup) -> FieldValue:
    label = lookup("stage", stored)
    return FieldValue(stage_name(label) if label else cut(stored))


def _word(entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    vocabulary = entry.vocabulary
    member = next((m for m in vocabulary or () if m.value == stored), None)
    if member is None:  # a key the vocabulary no longer has
        return FieldValue(cut(stored))
    return FieldValue(term(str(getattr(member, "label", stored)), "Vocabulary"))


def _day_value(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    day = date.fromisoformat(stored)
    return FieldValue(day.isoformat(), day)


def _moment(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    moment = datetime.fromisoformat(stored)
    local = moment.astimezone() if moment.tzinfo else moment
    return FieldValue(f"{local:%Y-%m-%d %H:%M}", moment)


def _money(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    amount = Decimal(stored)
    cents = 0 if amount == amount.to_integral_value() else 2
    return FieldValue(f"€{amount:,.{cents}f}", amount)


def _number(entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    number = int(stored)
    words = f"{number:,}" + (f" {entry.unit}" if entry.unit else "")
    return FieldValue(words, number, entry.unit)


def _boolean(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    if stored not in ("true", "false"):
        raise ValueError(stored)
    return FieldValue(text("Yes") if stored == "true" else text("No"))


def _reference_value(entry: FieldEntry, stored: str, lookup: Lookup) -> FieldValue:
    return FieldValue(_name(entry, int(stored), lookup))


def _name(entry: FieldEntry, record_id: int, lookup: Lookup) -> str:
    """The name of the record ``record_id`` points to; its number when it is gone."""
    found = lookup(entry.refers_to, record_id)
    return cut(found) if found else f"#{record_id}"


def _names(entry: FieldEntry, stored: str, lookup: Lookup) -> FieldValue:
    return FieldValue(cut(", ".join(_name(entry, i, lookup) for i in references(entry, stored))))


def _places(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    return FieldValue(cut(", ".join(str(place) for place in _list(stored))))


def _prefecture(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    found = _PREFECTURES[int(stored)]
    return FieldValue(f"{found.name_en} ({found.name_ja})")


def _rank(_entry: FieldEntry, stored: str, _lookup: Lookup) -> FieldValue:
    rank = Rank(int(stored))
    english, _, japanese = rank.label.partition(" (")
    word = term(english, "Vocabulary")
    if not japanese:
        return FieldValue(word)
    return FieldValue(text("{rank} ({title})", rank=word, title=japanese.removesuffix(")")))


def _trash(_entry: FieldEntry, _stored: str, _lookup: Lookup) -> FieldValue:
    return FieldValue(text("in the trash"))


def _list(stored: str) -> list[object]:
    items = json.loads(stored)
    if not isinstance(items, list):
        raise ValueError(stored)
    return items


_PREFECTURES = {p.code: p for p in PREFECTURES}

_READERS: dict[ValueKind, Callable[[FieldEntry, str, Lookup], FieldValue]] = {
    ValueKind.TEXT: _text,
    ValueKind.STAGE: _stage,
    ValueKind.VOCABULARY: _word,
    ValueKind.DAY: _day_value,
    ValueKind.MOMENT: _moment,
    ValueKind.MONEY: _money,
    ValueKind.NUMBER: _number,
    ValueKind.BOOLEAN: _boolean,
    ValueKind.REFERENCE: _reference_value,
    ValueKind.REFERENCES: _names,
    ValueKind.PLACES: _places,
    ValueKind.PREFECTURE: _prefecture,
    ValueKind.RANK: _rank,
    ValueKind.TRASH: _trash,
}
