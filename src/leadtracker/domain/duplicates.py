"""Keys under which two company records count as possibly the same company.

Two companies are possible duplicates when they share a normalised name (any
of their Japanese, kana, English or German names, see
:func:`~leadtracker.domain.normalize.name_key`), the Japanese corporate number
or the domain of their website.
"""

from __future__ import annotations

from enum import StrEnum

from leadtracker.domain.normalize import name_key, website_domain


class KeyKind(StrEnum):
    """Why two companies are thought to be the same."""

    NAME = "name"
    CORPORATE_NUMBER = "corporate_number"
    DOMAIN = "domain"

    @property
    def label(self) -> str:
        """English wording of the reason."""
        return {
            KeyKind.NAME: "same name",
            KeyKind.CORPORATE_NUMBER: "same corporate number",
            KeyKind.DOMAIN: "same website",
        }[self]


# Web hosts many unrelated companies share: never a sign of the same company.
_SHARED_HOSTS = frozenset({"linkedin.com", "facebook.com", "xing.com", "google.com"})


def company_keys(
    names: tuple[str, ...], corporate_number: str, website: str
) -> set[tuple[KeyKind, str]]:
    """All duplicate-detection keys of a company."""
    keys = {(KeyKind.NAME, key) for key in map(name_key, names) if len(key) >= 2}
    if corporate_number:
        keys.add((KeyKind.CORPORATE_NUMBER, corporate_number))
    domain = website_domain(website) if website else ""
    if domain and domain not in _SHARED_HOSTS:
        keys.add((KeyKind.DOMAIN, domain))
    return keys
