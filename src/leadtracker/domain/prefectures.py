"""The 47 prefectures of Japan (JIS X 0401 / ISO 3166-2:JP codes).

A company's Japanese headquarters is stored by prefecture code, so KPIs can be
broken down by prefecture whatever script the user typed the name in.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadtracker.domain.normalize import fold


@dataclass(frozen=True)
class Prefecture:
    """One prefecture: code 1–47, Japanese name, romanised name."""

    code: int
    name_ja: str
    name_en: str

    @property
    def iso_code(self) -> str:
        """ISO 3166-2 code, e.g. ``JP-13`` for Tokyo."""
        return f"JP-{self.code:02d}"


PREFECTURES: tuple[Prefecture, ...] = (
    Prefecture(1, "北海道", "Hokkaido"),
    Prefecture(2, "青森県", "Aomori"),
    Prefecture(3, "岩手県", "Iwate"),
    Prefecture(4, "宮城県", "Miyagi"),
    Prefecture(5, "秋田県", "Akita"),
    Prefecture(6, "山形県", "Yamagata"),
    Prefecture(7, "福島県", "Fukushima"),
    Prefecture(8, "茨城県", "Ibaraki"),
    Prefecture(9, "栃木県", "Tochigi"),
    Prefecture(10, "群馬県", "Gunma"),
    Prefecture(11, "埼玉県", "Saitama"),
    Prefecture(12, "千葉県", "Chiba"),
    Prefecture(13, "東京都", "Tokyo"),
    Prefecture(14, "神奈川県", "Kanagawa"),
    Prefecture(15, "新潟県", "Niigata"),
    Prefecture(16, "富山県", "Toyama"),
    Prefecture(17, "石川県", "Ishikawa"),
    Prefecture(18, "福井県", "Fukui"),
    Prefecture(19, "山梨県", "Yamanashi"),
    Prefecture(20, "長野県", "Nagano"),
    Prefecture(21, "岐阜県", "Gifu"),
    Prefecture(22, "静岡県", "Shizuoka"),
    Prefecture(23, "愛知県", "Aichi"),
    Prefecture(24, "三重県", "Mie"),
    Prefecture(25, "滋賀県", "Shiga"),
    Prefecture(26, "京都府", "Kyoto"),
    Prefecture(27, "大阪府", "Osaka"),
    Prefecture(28, "兵庫県", "Hyogo"),
    Prefecture(29, "奈良県", "Nara"),
    Prefecture(30, "和歌山県", "Wakayama"),
    Prefecture(31, "鳥取県", "Tottori"),
    Prefecture(32, "島根県", "Shimane"),
    Prefecture(33, "岡山県", "Okayama"),
    Prefecture(34, "広島県", "Hiroshima"),
    Prefecture(35, "山口県", "Yamaguchi"),
    Prefecture(36, "徳島県", "Tokushima"),
    Prefecture(37, "香川県", "Kagawa"),
    Prefecture(38, "愛媛県", "Ehime"),
    Prefecture(39, "高知県", "Kochi"),
    Prefecture(40, "福岡県", "Fukuoka"),
    Prefecture(41, "佐賀県", "Saga"),
    Prefecture(42, "長崎県", "Nagasaki"),
    Prefecture(43, "熊本県", "Kumamoto"),
    Prefecture(44, "大分県", "Oita"),
    Prefecture(45, "宮崎県", "Miyazaki"),
    Prefecture(46, "鹿児島県", "Kagoshima"),
    Prefecture(47, "沖縄県", "Okinawa"),
)

_BY_CODE = {p.code: p for p in PREFECTURES}


def prefecture(code: int) -> Prefecture:
    """The prefecture with this code; ``KeyError`` for an unknown code."""
    return _BY_CODE[code]


def find_prefecture(text: str) -> Prefecture | None:
    """The prefecture named by ``text``: Japanese (with or without 都/道/府/県), English or code.

    >>> find_prefecture("長野").name_en
    'Nagano'
    """
    key = fold(text).removeprefix("jp-")
    if key.isdigit():
        return _BY_CODE.get(int(key))
    for pref in PREFECTURES:
        short_ja = pref.name_ja if pref.code == 1 else pref.name_ja[:-1]
        if key in {fold(pref.name_ja), fold(short_ja), pref.name_en.casefold()}:
            return pref
    return None
