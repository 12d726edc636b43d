from __future__ import annotations

import pytest

from leadtracker.domain.normalize import fold, name_key, search_key, website_domain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＥＰＳＯＮ", "epson"),  # full-width Latin
        ("ｴﾌﾟｿﾝ", "えぷそん"),  # half-width katakana with a voicing mark
        ("エプソン", "えぷそん"),  # katakana
        ("えぷそん", "えぷそん"),  # hiragana stays
        ("Straße", "strasse"),  # case folding, not just lower()
        ("  Seiko\u3000 Epson \n", "seiko epson"),  # ideographic space and runs of spaces
        ("１２３", "123"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("セイコーエプソン株式会社", "せいこーえぷそん"),
        ("株式会社ワコム", "わこむ"),
        ("（株）ワコム", "わこむ"),  # full-width brackets
        ("㈱ワコム", "わこむ"),  # the one-character form
        ("Wacom Co., Ltd.", "wacom"),
        ("Wacom Co.,Ltd.", "wacom"),
        ("WACOM K.K.", "wacom"),
        ("Epson Deutschland GmbH", "epson deutschland"),
        ("Seiko Epson Corporation", "seiko epson"),
        ("Canon Inc.", "canon"),
        ("Mitsubishi Electric Europe B.V.", "mitsubishi electric europe"),
        ("Kokusai Kogyo", "kokusai kogyo"),  # 'ko' and 'kk' inside words survive
        ("Agfa AG", "agfa"),  # 'ag' inside a word survives, the form goes
        ("せいこーえぷそんかぶしきがいしゃ", "せいこーえぷそん"),
        ("山田 太郎", "山田太郎"),  # spaces between Japanese characters do not count
        ("ヤマダ　タロウ", "やまだたろう"),
        ("山田 Taro", "山田 taro"),  # ... between Japanese and Latin they do
        ("佐々 木", "佐々木"),  # 々 is a Japanese character too
    ],
)
def test_search_key_ignores_company_forms(text: str, expected: str) -> None:
    assert search_key(text) == expected


def test_name_key_ignores_spaces_and_punctuation() -> None:
    assert name_key("Seiko-Epson Co., Ltd.") == name_key("SEIKO EPSON") == "seikoepson"
    assert name_key("セイコー・エプソン株式会社") == name_key("ｾｲｺｰｴﾌﾟｿﾝ") == "せいこーえぷそん"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Epson.de/de/", "epson.de"),
        ("epson.de", "epson.de"),
        ("http://global.epson.com:8080/?x=1", "global.epson.com"),
        ("ＷＷＷ．ＥＰＳＯＮ．ＪＰ", "epson.jp"),
        ("https://user@www.epson.de:443/x", "epson.de"),
    ],
)
def test_website_domain(url: str, expected: str) -> None:
    assert website_domain(url) == expected
