"""Translated labels of the domain's vocabularies (status, sector, source, rank …).

The domain gives English labels; the GUI shows every value through Qt's
translation, so the source texts are listed here with ``QT_TRANSLATE_NOOP``
for ``lupdate`` and translated when shown. Stored values never change with
the wording.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from leadtracker.domain.duplicates import KeyKind
from leadtracker.domain.pipeline.stages import stage_name as domain_stage_name
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
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, localized

CONTEXT = "Vocabulary"

_LABELS: dict[Enum, str] = {
    CompanyStatus.PROSPECT: QT_TRANSLATE_NOOP("Vocabulary", "Prospect"),
    CompanyStatus.SETTLED: QT_TRANSLATE_NOOP("Vocabulary", "Settled in Düsseldorf"),
    CompanyStatus.FORMER: QT_TRANSLATE_NOOP("Vocabulary", "Former"),
    ProjectType.SALES_OFFICE: QT_TRANSLATE_NOOP("Vocabulary", "Sales office"),
    ProjectType.EUROPEAN_HQ: QT_TRANSLATE_NOOP("Vocabulary", "European HQ"),
    ProjectType.RND: QT_TRANSLATE_NOOP("Vocabulary", "R&D"),
    ProjectType.PRODUCTION: QT_TRANSLATE_NOOP("Vocabulary", "Production"),
    ProjectType.LOGISTICS: QT_TRANSLATE_NOOP("Vocabulary", "Logistics"),
    ProjectType.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    ProjectSource.EVENT: QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    ProjectSource.PARTNER_REFERRAL: QT_TRANSLATE_NOOP("Vocabulary", "Partner referral"),
    ProjectSource.DIRECT: QT_TRANSLATE_NOOP("Vocabulary", "Direct"),
    ProjectSource.EXISTING_COMPANY: QT_TRANSLATE_NOOP("Vocabulary", "Existing company"),
    Language.GERMAN: QT_TRANSLATE_NOOP("Vocabulary", "German"),
    Language.ENGLISH: QT_TRANSLATE_NOOP("Vocabulary", "English"),
    Language.JAPANESE: QT_TRANSLATE_NOOP("Vocabulary", "Japanese"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Vocabulary", "Public task (Art. 6(1)(e) GDPR)"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Vocabulary", "Consent (Art. 6(1)(a) GDPR)"),
    Salutation.MR: QT_TRANSLATE_NOOP("Vocabulary", "Mr / Herr"),
    Salutation.MS: QT_TRANSLATE_NOOP("Vocabulary", "Ms / Frau"),
    Salutation.NONE: QT_TRANSLATE_NOOP("Vocabulary", "Name only"),
    Sector.AUTOMOTIVE: QT_TRANSLATE_NOOP("Vocabulary", "Automotive"),
    Sector.ELECTRONICS: QT_TRANSLATE_NOOP("Vocabulary", "Electronics"),
    Sector.MACHINERY: QT_TRANSLATE_NOOP("Vocabulary", "Machinery"),
    Sector.CHEMICALS: QT_TRANSLATE_NOOP("Vocabulary", "Chemicals"),
    Sector.PHARMA_HEALTH: QT_TRANSLATE_NOOP("Vocabulary", "Pharma / health"),
    Sector.ICT: QT_TRANSLATE_NOOP("Vocabulary", "ICT / software"),
    Sector.TELECOM: QT_TRANSLATE_NOOP("Vocabulary", "Telecom"),
    Sector.TRADE: QT_TRANSLATE_NOOP("Vocabulary", "Trade"),
    Sector.LOGISTICS: QT_TRANSLATE_NOOP("Vocabulary", "Logistics"),
    Sector.FINANCE: QT_TRANSLATE_NOOP("Vocabulary", "Finance"),
    Sector.CONSUMER_GOODS: QT_TRANSLATE_NOOP("Vocabulary", "Consumer goods"),
    Sector.FOOD: QT_TRANSLATE_NOOP("Vocabulary", "Food"),
    Sector.SERVICES: QT_TRANSLATE_NOOP("Vocabulary", "Services"),
    Sector.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    Rank.CHAIRMAN: QT_TRANSLATE_NOOP("Vocabulary", "Chairman"),
    Rank.PRESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "President"),
    Rank.VICE_PRESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "Vice President"),
    Rank.SENIOR_MANAGING_DIRECTOR: QT_TRANSLATE_NOOP("Vocabulary", "Senior Managing Director"),
    Rank.MANAGING_DIRECTOR: QT_TRANSLATE_NOOP("Vocabulary", "Managing Director"),
    Rank.DIRECTOR: QT_TRANSLATE_NOOP("Vocabulary", "Director"),
    Rank.GENERAL_MANAGER: QT_TRANSLATE_NOOP("Vocabulary", "General Manager"),
    Rank.DEPUTY_GENERAL_MANAGER: QT_TRANSLATE_NOOP("Vocabulary", "Deputy General Manager"),
    Rank.MANAGER: QT_TRANSLATE_NOOP("Vocabulary", "Manager"),
    Rank.SECTION_CHIEF: QT_TRANSLATE_NOOP("Vocabulary", "Section Chief"),
    Rank.STAFF: QT_TRANSLATE_NOOP("Vocabulary", "Staff"),
    Rank.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
    KeyKind.NAME: QT_TRANSLATE_NOOP("Vocabulary", "same name"),
    KeyKind.CORPORATE_NUMBER: QT_TRANSLATE_NOOP("Vocabulary", "same corporate number"),
    KeyKind.DOMAIN: QT_TRANSLATE_NOOP("Vocabulary", "same website"),
    ActivityKind.CALL: QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    ActivityKind.SITE_VISIT: QT_TRANSLATE_NOOP("Vocabulary", "Site visit"),
    ActivityKind.EVENT: QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("Vocabulary", "Note"),
    LostReason.COSTS: QT_TRANSLATE_NOOP("Vocabulary", "Costs"),
    LostReason.TALENT: QT_TRANSLATE_NOOP("Vocabulary", "Talent"),
    LostReason.CUSTOMERS_MARKET: QT_TRANSLATE_NOOP("Vocabulary", "Customers / market"),
    LostReason.TAX_SUBSIDIES: QT_TRANSLATE_NOOP("Vocabulary", "Tax / subsidies"),
    LostReason.HQ_DECISION: QT_TRANSLATE_NOOP("Vocabulary", "HQ decision"),
    LostReason.INFRASTRUCTURE: QT_TRANSLATE_NOOP("Vocabulary", "Infrastructure"),
    LostReason.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    PermitStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Still open"),
    PermitStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    PermitStatus.NOT_REQUIRED: QT_TRANSLATE_NOOP("Vocabulary", "Not required"),
    PartnerKind.AGENCY: QT_TRANSLATE_NOOP("Vocabulary", "Agency"),
    PartnerKind.CHAMBER: QT_TRANSLATE_NOOP("Vocabulary", "Chamber"),
    PartnerKind.CONSULATE: QT_TRANSLATE_NOOP("Vocabulary", "Consulate"),
    PartnerKind.INNOVATION_HUB: QT_TRANSLATE_NOOP("Vocabulary", "Innovation hub"),
    PartnerKind.LAW_TAX: QT_TRANSLATE_NOOP("Vocabulary", "Law and tax"),
    PartnerKind.BANK: QT_TRANSLATE_NOOP("Vocabulary", "Bank"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

#: Domain labels worded differently from the interface's above: messages of the
#: services list them (an import's "is not one of: …"), in the same context.
_DOMAIN_WORDINGS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lawyers / tax advisers"),
)


def has_label(member: Enum) -> bool:
    """Whether ``member`` has a translatable label here."""
    return member in _LABELS


def label(member: Enum) -> str:
    """The translated label of a vocabulary value; ranks carry their Japanese title.

    >>> label(Rank.PRESIDENT)  # doctest: +SKIP
    'President (社長)'
    """
    text = _LABELS.get(member)
    if text is None:
        return str(getattr(member, "label", member))
    translated = QCoreApplication.translate(CONTEXT, text)
    # The Japanese title beside a rank is what the desk reads on business cards:
    # it stays Japanese in every language of the program.
    japanese = member.japanese_title if isinstance(member, Rank) else ""
    return f"{translated} ({japanese})" if japanese else translated


#: The default pipeline's stage names, for lupdate; a desk's own stages show as named.
_STAGE_NAMES = (
    QT_TRANSLATE_NOOP("Stages", "Inquiry"),
    QT_TRANSLATE_NOOP("Stages", "Qualified"),
    QT_TRANSLATE_NOOP("Stages", "Active project"),
    QT_TRANSLATE_NOOP("Stages", "Site visit"),
    QT_TRANSLATE_NOOP("Stages", "Decision pending"),
    QT_TRANSLATE_NOOP("Stages", "Won"),
    QT_TRANSLATE_NOOP("Stages", "Landed"),
    QT_TRANSLATE_NOOP("Stages", "Aftercare"),
    QT_TRANSLATE_NOOP("Stages", "On hold / delayed"),
    QT_TRANSLATE_NOOP("Stages", "Lost"),
    QT_TRANSLATE_NOOP("Stages", "Withdrawn"),
)


def stage_name(label: str) -> str:
    """A stage's label in the interface language (unknown stage names stay as they are).

    The domain's :func:`~leadtracker.domain.pipeline.stages.stage_name` shown here.
    """
    return localized(domain_stage_name(label))
