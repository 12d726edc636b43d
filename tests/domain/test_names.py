from __future__ import annotations

from leadtracker.domain.names import PersonName, company_sort_name, sort_key
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


def test_sort_key_folds_small_and_voiced_kana_and_breaks_the_tie() -> None:
    assert sort_key("ジョウ").split("\x01")[0] == sort_key("しよう")
    assert sort_key("しよう") < sort_key("ジョウ") < sort_key("しようい")


def test_sort_key_puts_hiragana_katakana_and_half_width_in_one_gojuon_order() -> None:
    readings = [
        "ワタナベ",
        "いとう",
        "ｵｵﾀ",
        "あべ",
        "カトウ",
        "ごとう",
        "こばやし",
        "ｻｻｷ",
        "うえだ",
    ]
    ordered = sorted(readings, key=sort_key)
    assert ordered == [
        "あべ",
        "いとう",
        "うえだ",
        "ｵｵﾀ",
        "カトウ",
        "ごとう",
        "こばやし",
        "ｻｻｷ",
        "ワタナベ",
    ]
    assert sort_key("ｶﾞｯｺｳ") == sort_key("ガッコウ") == sort_key("がっこう")


def test_sort_key_of_latin_names_folds_case_width_and_accents() -> None:
    assert sort_key("ＥＰＳＯＮ") == sort_key("epson")
    assert sorted(["Zeiss", "Ärzte", "apple", "Bosch"], key=sort_key) == [
        "apple",
        "Ärzte",
        "Bosch",
        "Zeiss",
    ]


def test_company_sort_name_leaves_the_legal_form_out() -> None:
    assert company_sort_name("", "", "株式会社やまだ") == company_sort_name(
        "", "", "ヤマダ株式会社"
    )
    assert company_sort_name("", "", "株式会社") == sort_key("株式会社")


def test_a_long_vowel_mark_sorts_as_the_vowel_it_lengthens() -> None:
    readings = ["せいこく", "セイコーエプソン", "せいこう", "ｺｰﾋｰ", "こうひい", "カード", "かいと"]
    assert sorted(readings, key=sort_key) == [
        "カード",  # かあど
        "かいと",
        "こうひい",
        "ｺｰﾋｰ",  # こおひい
        "せいこう",
        "セイコーエプソン",  # せいこおえぷそん
        "せいこく",
    ]
