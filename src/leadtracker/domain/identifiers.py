"""Checks and canonical forms of identifiers: corporate and register numbers, email, web.

Each ``clean_*`` function returns the canonical form of a valid value or
raises :class:`~leadtracker.domain.errors.ValidationError` naming the field
and what is wrong. Empty input is returned as ``""``: whether a field is
required is the caller's business.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.jp import cn

from leadtracker.domain.errors import ValidationError as FieldValidationError
from leadtracker.domain.messages import text as message
from leadtracker.domain.normalize import URL_SCHEME, website_domain

_REGISTER = re.compile(
    r"^(?:(?P<court>.*?)[\s,]+)?(?P<kind>HRA|HRB|GnR|PR|VR)\s*(?P<number>\d{1,6})(?:\s*(?P<suffix>[A-Z]{1,2}))?$"
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s()/.-]+$")


#: How much of a refused value a message repeats: a 100,000-character paste is not echoed whole.
SHOWN_CHARS = 60


def _shown(value: str) -> str:
    """``value`` as a message quotes it: cut after :data:`SHOWN_CHARS` characters ("…")."""
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"


def clean_corporate_number(value: str, field: str = "corporate_number") -> str:
    """The 13-digit Japanese corporate number (法人番号) without separators.

    >>> clean_corporate_number("5-8356-7825-6246")
    '5835678256246'
    """
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    label = "Corporate number (法人番号)"
    try:
        return str(cn.validate(text))
    except InvalidLength:
        digits = len(re.sub(r"\D", "", text))
        problem = message(
            "must have 13 digits, “{value}” has {digits}", value=_shown(value), digits=digits
        )
    except InvalidChecksum:
        problem = message(
            "“{value}” is not a valid corporate number: the check digit does not match",
            value=_shown(value),
        )
    except (InvalidFormat, ValidationError):
        problem = message("“{value}” must contain only digits (13 of them)", value=_shown(value))
    raise FieldValidationError.single(field, label, problem)


def clean_register_number(value: str, field: str = "register_number") -> str:
    """A German commercial register number such as ``HRB 12345`` (court optional).

    >>> clean_register_number("Amtsgericht Düsseldorf HRB12345")
    'Amtsgericht Düsseldorf HRB 12345'
    """
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        return ""
    match = _REGISTER.match(text)
    if match is None:
        raise FieldValidationError.single(
            field,
            message("Commercial register number"),
            message(
                "“{value}” is not a register number like “HRB 12345” "
                "(HRA, HRB, GnR, PR or VR, then the number)",
                value=_shown(value),
            ),
        )
    parts = [match["court"] or "", match["kind"], match["number"], match["suffix"] or ""]
    return " ".join(part.strip() for part in parts if part.strip())


def clean_email(value: str, field: str = "email") -> str:
    """An email address, trimmed; must look like ``name@example.org``."""
    text = unicodedata.normalize("NFKC", value).strip()
    if text and not _EMAIL.match(text):
        raise FieldValidationError.single(
            field,
            message("Email"),
            message("“{value}” is not an email address like name@example.com", value=_shown(value)),
        )
    return text


def clean_phone(value: str, field: str = "phone", label: str = "Phone") -> str:
    """A phone number: digits with ``+``, spaces, brackets, dashes or slashes."""
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE.match(text) or len(digits) < 5 or len(digits) > 20:
        raise FieldValidationError.single(
            field,
            label,
            message("“{value}” is not a phone number like +49 211 123456", value=_shown(value)),
        )
    return text


def clean_website(value: str, field: str = "website") -> str:
    """A website address; ``https://`` is added when no scheme is given."""
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    domain = website_domain(text)
    host = URL_SCHEME.sub("", text).split("/", 1)[0]
    if "." not in domain or " " in domain or host.startswith(".") or ".." in host:
        raise FieldValidationError.single(
            field,
            message("Website"),
            message("“{value}” is not a web address like www.example.co.jp", value=_shown(value)),
        )
    if not URL_SCHEME.match(text):
        text = "https://" + text
    return text
