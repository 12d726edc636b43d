"""Japanese and Western personal names: display forms, salutations, sort keys.

A contact's family and given name are stored separately, each in kanji, kana
and romaji (any may be empty). Japanese names are written family name first;
in Latin script the family name is in capitals (``YAMADA Taro``). A contact
with neither kanji nor kana is treated as a Western name (``Hans Müller``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from leadtracker.domain.normalize import fold, strip_company_forms
from leadtracker.domain.vocabulary import Language, Salutation

# Small kana and voiced kana sort with their plain form first (gojūon order);
# the full reading breaks ties.
_SMALL_TO_LARGE = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")


@dataclass(frozen=True)
class PersonName:
    """A person's name in the three scripts the desk uses."""

    family_kanji: str = ""
    given_kanji: str = ""
    family_kana: str = ""
    given_kana: str = ""
    family_romaji: str = ""
    given_romaji: str = ""

    @classmethod
    def of(cls, person: Any) -> PersonName:
        """The name of anything with the six name attributes (a contact record or row)."""
        return cls(
            person.family_kanji,
            person.given_kanji,
            person.family_kana,
            person.given_kana,
            person.family_romaji,
            person.given_romaji,
        )

    @property
    def is_japanese(self) -> bool:
        """True when the name has a kanji or kana form (family name first)."""
        return bool(self.family_kanji or self.given_kanji or self.family_kana or self.given_kana)

    @property
    def latin(self) -> str:
        """The name in Latin script: ``YAMADA Taro`` or ``Hans Müller``."""
        family, given = self.family_romaji.strip(), self.given_romaji.strip()
        if self.is_japanese:
            return _join(family.upper(), given)
        return _join(given, family)

    @property
    def native(self) -> str:
        """The name in kanji (else kana), family name first: ``山田 太郎``."""
        family = self.family_kanji or self.family_kana
        given = self.given_kanji or self.given_kana
        return _join(family, given)

    @property
    def reading(self) -> str:
        """The kana reading, family name first: ``やまだ たろう``."""
        return _join(self.family_kana, self.given_kana)

    @property
    def display(self) -> str:
        """The name as lists show it: ``山田 太郎 (YAMADA Taro)`` or the one form there is."""
        native, latin = self.native, self.latin
        if native and latin:
            return f"{native} ({latin})"
        return native or latin

    def salutation(self, language: Language, form: Salutation = Salutation.NONE) -> str:
        """How to address the person in a letter or on a name card.

        Japanese: ``山田様`` (kanji, else kana, else romaji family name).
        German: ``Herr Yamada`` / ``Frau Yamada``; English: ``Mr. Yamada`` /
        ``Ms. Yamada``. Without a known form the full Latin name is used.
        """
        if language is Language.JAPANESE:
            family = self.family_kanji or self.family_kana or self.family_romaji.strip().title()
            return f"{family}様" if family else ""
        family = self.family_romaji.strip()
        if self.is_japanese:
            family = family.title()
        if form is Salutation.NONE or not family:
            return self.latin
        titles = {
            Language.GERMAN: {Salutation.MR: "Herr", Salutation.MS: "Frau"},
            Language.ENGLISH: {Salutation.MR: "Mr.", Salutation.MS: "Ms."},
        }
        return f"{titles[language][form]} {family}"

    @property
    def reading_sort(self) -> str:
        """The stored sort key of the kana reading, family name first ('' without one)."""
        return sort_key(self.reading)

    @property
    def latin_sort(self) -> str:
        """The stored sort key of the romaji name, family name first."""
        return sort_key(_join(self.family_romaji, self.given_romaji))

    def sort_key(self) -> tuple[bool, str, str]:
        """Key that sorts by kana reading, names without one after them by their romaji.

        The same order as the contact list's (its stored keys, see :func:`sort_key`).
        """
        reading = self.reading_sort
        return (not reading, reading, self.latin_sort)


#: The vowel a long-vowel mark (ー) after each kana stands for, for sorting
#: (コーヒー sorts as こおひい); after ん or at the start it stays as it is.
_VOWEL_OF = {
    kana: vowel
    for vowel, row in (
        ("あ", "あかさたなはまやらわ"),
        ("い", "いきしちにひみりゐ"),
        ("う", "うくすつぬふむゆるゔ"),
        ("え", "えけせてねへめれゑ"),
        ("お", "おこそとのほもよろを"),
    )
    for kana in row
}
_LONG_VOWEL = re.compile("(?<=([\u3041-\u3096]))ー+")

#: Separates the primary from the secondary part of a :func:`sort_key`; below
#: every character a folded text holds, so the primary part decides first.
_TIE_BREAK = "\x01"


@lru_cache(maxsize=1 << 16)  # names repeat (imports, demo data): worked out once
def sort_key(text: str) -> str:
    """A text's key for sorting names and readings: gojūon order, kana and width folded.

    The key is stored beside the name and ordered by as a plain string, so
    that every database sorts alike and an index serves a page of a list
    (a change to this function needs a migration that works the keys out again).
    Primary part: :func:`~leadtracker.domain.normalize.fold` (NFKC, katakana
    as hiragana, case folded), without voicing or other combining marks and
    with small kana made large and a long-vowel mark as the vowel it
    lengthens -- ``が`` sorts with ``か``, ``ッ`` with ``つ``, ``コー`` with
    ``こお``, ``Ä`` with ``a``. The folded text follows as a tie-break (``か``
    before ``が``), unless it is the primary part itself.

    >>> sort_key("ｶﾞｯｺｳ") == sort_key("がっこう")
    True
    >>> sort_key("いとう") < sort_key("オオタ") < sort_key("かとう")
    True
    """
    folded = fold(text)
    plain = unicodedata.normalize("NFD", folded)
    if not plain.isascii():
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        plain = unicodedata.normalize("NFC", plain).translate(_SMALL_TO_LARGE)
        if "ー" in plain:
            plain = _LONG_VOWEL.sub(_vowel, plain)
    return plain if plain == folded else f"{plain}{_TIE_BREAK}{folded}"


def _vowel(match: re.Match[str]) -> str:
    vowel = _VOWEL_OF.get(match.group(1))
    return vowel * len(match.group()) if vowel else match.group()


def company_sort_name(name_en: str, name_de: str, name_ja: str) -> str:
    """The sort key of a company's display name, its legal form left out.

    ``株式会社山田`` sorts with ``山田株式会社``; a name that is only a form keeps it.
    """
    shown = company_display_name(name_en, name_de, name_ja)
    return sort_key(strip_company_forms(fold(shown)) or shown)


def _join(first: str, second: str) -> str:
    return " ".join(part for part in (first.strip(), second.strip()) if part)


def company_display_name(name_en: str, name_de: str, name_ja: str) -> str:
    """The name a company is listed by: English trade name, else German entity, else Japanese."""
    return name_en or name_de or name_ja
