"""The fixed vocabularies of the Japan Desk: kinds, statuses, sources, ranks.

Each vocabulary is an enum whose values are what the database stores (text
for :class:`enum.StrEnum`, numbers for the ordered :class:`Rank` and
:class:`RecordKind`), so renaming a label never touches stored data.
``label`` gives the English wording; the GUI translates through its own tables.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class _Labelled(StrEnum):
    """A string enum whose English label is its value made readable."""

    @property
    def label(self) -> str:
        """English wording of the value for people."""
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())


class CompanyStatus(_Labelled):
    """Where a company stands with respect to Düsseldorf."""

    PROSPECT = "prospect"
    SETTLED = "settled"
    FORMER = "former"


class ProjectType(_Labelled):
    """What kind of settlement a project is about."""

    SALES_OFFICE = "sales_office"
    EUROPEAN_HQ = "european_hq"
    RND = "rnd"
    PRODUCTION = "production"
    LOGISTICS = "logistics"
    OTHER = "other"


class ProjectSource(_Labelled):
    """How an inquiry reached the desk."""

    EVENT = "event"
    PARTNER_REFERRAL = "partner_referral"
    DIRECT = "direct"
    EXISTING_COMPANY = "existing_company"


class ActivityKind(_Labelled):
    """What happened in an activity."""

    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    SITE_VISIT = "site_visit"
    EVENT = "event"
    NOTE = "note"


class Language(_Labelled):
    """Languages a contact prefers and documents are printed in."""

    GERMAN = "de"
    ENGLISH = "en"
    JAPANESE = "ja"


class LegalBasis(_Labelled):
    """GDPR legal basis for processing a contact's data (Art. 6(1))."""

    PUBLIC_TASK = "public_task"
    CONSENT = "consent"


class Salutation(_Labelled):
    """How a contact is addressed in German and English letters."""

    MR = "mr"
    MS = "ms"
    NONE = "none"


class PermitStatus(_Labelled):
    """State of the work and residence permits on the landing checklist."""

    OPEN = "open"
    DONE = "done"
    NOT_REQUIRED = "not_required"


class LostReason(_Labelled):
    """Why a company chose another location."""

    COSTS = "costs"
    TALENT = "talent"
    CUSTOMERS_MARKET = "customers_market"
    TAX_SUBSIDIES = "tax_subsidies"
    HQ_DECISION = "hq_decision"
    INFRASTRUCTURE = "infrastructure"
    OTHER = "other"


class PartnerKind(_Labelled):
    """The kind of organisation a partner is."""

    AGENCY = "agency"
    CHAMBER = "chamber"
    CONSULATE = "consulate"
    INNOVATION_HUB = "innovation_hub"
    LAW_TAX = "law_tax"
    BANK = "bank"
    OTHER = "other"


class Sector(_Labelled):
    """Industry sectors the KPIs break down by."""

    AUTOMOTIVE = "automotive"
    ELECTRONICS = "electronics"
    MACHINERY = "machinery"
    CHEMICALS = "chemicals"
    PHARMA_HEALTH = "pharma_health"
    ICT = "ict"
    TELECOM = "telecom"
    TRADE = "trade"
    LOGISTICS = "logistics"
    FINANCE = "finance"
    CONSUMER_GOODS = "consumer_goods"
    FOOD = "food"
    SERVICES = "services"
    OTHER = "other"


class Rank(IntEnum):
    """Protocol rank of a Japanese business title; lower sorts first (more senior)."""

    CHAIRMAN = 10  # 会長
    PRESIDENT = 20  # 社長
    VICE_PRESIDENT = 30  # 副社長
    SENIOR_MANAGING_DIRECTOR = 40  # 専務
    MANAGING_DIRECTOR = 50  # 常務
    DIRECTOR = 60  # 取締役
    GENERAL_MANAGER = 70  # 部長
    DEPUTY_GENERAL_MANAGER = 80  # 次長
    MANAGER = 90  # 課長
    SECTION_CHIEF = 100  # 係長
    STAFF = 110  # 社員
    UNKNOWN = 999

    @property
    def label(self) -> str:
        """English and Japanese wording, e.g. ``"President (社長)"``."""
        english, japanese = _RANK_LABELS[self]
        return f"{english} ({japanese})" if japanese else english

    @property
    def english_title(self) -> str:
        """The rank in English, e.g. ``"President"``."""
        return _RANK_LABELS[self][0]

    @property
    def japanese_title(self) -> str:
        """The title as a Japanese business card has it, e.g. ``"社長"`` (empty: unknown)."""
        return _RANK_LABELS[self][1]


_RANK_LABELS: dict[Rank, tuple[str, str]] = {
    Rank.CHAIRMAN: ("Chairman", "会長"),
    Rank.PRESIDENT: ("President", "社長"),
    Rank.VICE_PRESIDENT: ("Vice President", "副社長"),
    Rank.SENIOR_MANAGING_DIRECTOR: ("Senior Managing Director", "専務"),
    Rank.MANAGING_DIRECTOR: ("Managing Director", "常務"),
    Rank.DIRECTOR: ("Director", "取締役"),
    Rank.GENERAL_MANAGER: ("General Manager", "部長"),
    Rank.DEPUTY_GENERAL_MANAGER: ("Deputy General Manager", "次長"),
    Rank.MANAGER: ("Manager", "課長"),
    Rank.SECTION_CHIEF: ("Section Chief", "係長"),
    Rank.STAFF: ("Staff", "社員"),
    Rank.UNKNOWN: ("Unknown", ""),
}

_LABELS: dict[str, str] = {
    "settled": "Settled in Düsseldorf",
    "european_hq": "European HQ",
    "rnd": "R&D",
    "partner_referral": "Partner referral",
    "de": "German",
    "en": "English",
    "ja": "Japanese",
    "public_task": "Public task (Art. 6(1)(e) GDPR)",
    "consent": "Consent (Art. 6(1)(a) GDPR)",
    "mr": "Mr / Herr",
    "ms": "Ms / Frau",
    "none": "Name only",
    "not_required": "Not required",
    "customers_market": "Customers / market",
    "tax_subsidies": "Tax / subsidies",
    "hq_decision": "HQ decision",
    "innovation_hub": "Innovation hub",
    "law_tax": "Lawyers / tax advisers",
    "ict": "ICT / software",
    "pharma_health": "Pharma / health",
    "consumer_goods": "Consumer goods",
}


class RecordKind(IntEnum):
    """The kinds of record search finds, in the order results are shown."""

    COMPANY = 1
    CONTACT = 2
    PROJECT = 3
    ACTIVITY = 4
