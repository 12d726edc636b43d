from __future__ import annotations

from collections.abc import Callable

import pytest

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.identifiers import (
    clean_corporate_number,
    clean_email,
    clean_phone,
    clean_register_number,
    clean_website,
)
from leadtracker.domain.prefectures import PREFECTURES, find_prefecture


def test_corporate_number_accepts_separators_and_full_width() -> None:
    assert clean_corporate_number("5-8356-7825-6246") == "5835678256246"
    assert clean_corporate_number("５８３５６７８２５６２４６") == "5835678256246"
    assert clean_corporate_number("  ") == ""


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2-8356-7825-6246", "check digit does not match"),
        ("583567825624", "must have 13 digits, “583567825624” has 12"),
        ("58356782562A6", "must contain only digits"),
    ],
)
def test_corporate_number_problems_name_the_field(value: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        clean_corporate_number(value)
    assert error.value.fields == ("corporate_number",)
    assert message in str(error.value)
    assert str(error.value).startswith("Corporate number (法人番号): ")


def test_register_number() -> None:
    assert clean_register_number("HRB12345") == "HRB 12345"
    assert clean_register_number("Amtsgericht Düsseldorf, HRB 12345") == (
        "Amtsgericht Düsseldorf HRB 12345"
    )
    with pytest.raises(ValidationError, match="Commercial register number"):
        clean_register_number("12345")


def test_email_phone_website() -> None:
    assert clean_email(" taro@epson.jp ") == "taro@epson.jp"
    with pytest.raises(ValidationError, match="Email: “taro@epson” is not an email address"):
        clean_email("taro@epson")
    assert clean_phone("+49 (0)211 123-456") == "+49 (0)211 123-456"
    with pytest.raises(ValidationError, match="Phone"):
        clean_phone("call me")
    assert clean_website("www.epson.de") == "https://www.epson.de"
    assert clean_website("http://epson.de") == "http://epson.de"
    for bad in ("epson", "https://.epson.de", "www..epson.de"):
        with pytest.raises(ValidationError, match="Website"):
            clean_website(bad)


def test_prefectures() -> None:
    assert len(PREFECTURES) == 47
    assert find_prefecture("長野県") == find_prefecture("長野") == find_prefecture("Nagano")
    assert find_prefecture("東京") is not None and find_prefecture("東京").code == 13  # type: ignore[union-attr]
    assert find_prefecture("北海道").iso_code == "JP-01"  # type: ignore[union-attr]
    assert find_prefecture("JP-27").name_en == "Osaka"  # type: ignore[union-attr]
    assert find_prefecture("Atlantis") is None


@pytest.mark.parametrize(
    "clean",
    [clean_phone, clean_email, clean_website, clean_corporate_number],
)
def test_a_refused_long_paste_is_not_echoed_whole(clean: Callable[[str], str]) -> None:
    """A 100,000-character phone number gave a message of 100,051 characters."""
    with pytest.raises(ValidationError) as refused:
        clean("x" * 100_000)
    message = str(refused.value)
    assert len(message) < 200
    assert "x" * 60 + "…" in message
