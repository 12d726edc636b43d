from __future__ import annotations

from leadtracker.domain.names import PersonName, reading_sort_key
from leadtracker.domain.vocabulary import Language, Salutation

YAMADA = PersonName("山田", "太郎", "やまだ", "たろう", "Yamada", "Taro")
MUELLER = PersonName(family_romaji="Müller", given_romaji="Hans")


def test_japanese_display_forms() -> None:
    assert YAMADA.latin == "YAMADA Taro"
    assert YAMADA.native == "山田 太郎"
    assert YAMADA.reading == "やまだ たろう"
    assert YAMADA.display == "山田 太郎 (YAMADA Taro)"


def test_western_names_keep_their_order() -> None:
    assert not MUELLER.is_japanese
    assert MUELLER.latin == "Hans Müller"
    assert MUELLER.display == "Hans Müller"


def test_salutations() -> None:
    assert YAMADA.salutation(Language.JAPANESE) == "山田様"
    assert YAMADA.salutation(Language.GERMAN, Salutation.MR) == "Herr Yamada"
    assert YAMADA.salutation(Language.ENGLISH, Salutation.MR) == "Mr. Yamada"
    assert YAMADA.salutation(Language.GERMAN, Salutation.MS) == "Frau Yamada"
    assert YAMADA.salutation(Language.ENGLISH, Salutation.NONE) == "YAMADA Taro"
    assert MUELLER.salutation(Language.GERMAN, Salutation.MR) == "Herr Müller"
    # Only a romaji name on file: the Japanese salutation still works.
    assert (
        PersonName(family_romaji="SUZUKI", given_kana="はなこ").salutation(Language.JAPANESE)
        == "Suzuki様"
    )


def test_kana_only_names_display_in_kana() -> None:
    name = PersonName(family_kana="すずき", given_kana="はなこ", family_romaji="Suzuki")
    assert name.native == "すずき はなこ"
    assert name.latin == "SUZUKI"


def test_sort_by_reading_in_gojuon_order_with_katakana_equal_to_hiragana() -> None:
    people = [
        PersonName("渡辺", "", "わたなべ", "", "Watanabe", ""),
        PersonName("伊藤", "", "イトウ", "", "Ito", ""),  # katakana reading
        PersonName("後藤", "", "ごとう", "", "Goto", ""),  # voiced: sorts with こ
        PersonName("小林", "", "こばやし", "", "Kobayashi", ""),
        PersonName("阿部", "", "あべ", "", "Abe", ""),
        MUELLER,  # no reading: after the Japanese names
    ]
    ordered = [p.family_romaji for p in sorted(people, key=PersonName.sort_key)]
    assert ordered == ["Abe", "Ito", "Goto", "Kobayashi", "Watanabe", "Müller"]


def test_reading_sort_key_folds_small_and_voiced_kana() -> None:
    assert reading_sort_key("ジョウ")[0] == reading_sort_key("しよう")[0]
    assert reading_sort_key("ジョウ")[1] != reading_sort_key("しよう")[1]
