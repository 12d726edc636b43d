"""Japanese and Western personal names: display forms, salutations, sort keys.

A contact's family and given name are stored separately, each in kanji, kana
and romaji (any may be empty). Japanese names are written family name first;
in Latin script the family name is in capitals (``YAMADA Taro``). A contact
with neither kanji nor kana is treated as a Western name (``Hans Müller``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from leadtracker.domain.normalize import to_hiragana
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

    def sort_key(self) -> tuple[str, str]:
        """Key that sorts by kana reading, Latin names by family name.

        Readings sort in gojūon order with katakana and hiragana equal; names
        without a reading sort after the Japanese ones by their Latin form.
        """
        reading = reading_sort_key(self.reading)
        if reading[0]:
            return ("0" + reading[0], reading[1])
        latin = unicodedata.normalize("NFKC", f"{self.family_romaji} {self.given_romaji}")
        return ("1" + latin.casefold().strip(), "")


def reading_sort_key(reading: str) -> tuple[str, str]:
    """Primary and secondary sort keys of a kana reading.

    Primary: hiragana with small kana made large and voicing marks removed
    (``が`` sorts with ``か``); secondary: the full hiragana reading.
    """
    full = to_hiragana(unicodedata.normalize("NFKC", reading)).replace(" ", "")
    plain = unicodedata.normalize("NFD", full)
    plain = "".join(ch for ch in plain if ch not in "\u3099\u309a")
    return plain.translate(_SMALL_TO_LARGE), full


def _join(first: str, second: str) -> str:
    return " ".join(part for part in (first.strip(), second.strip()) if part)


def company_display_name(name_en: str, name_de: str, name_ja: str) -> str:
    """The name a company is listed by: English trade name, else German entity, else Japanese."""
    return name_en or name_de or name_ja
