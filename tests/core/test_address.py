"""Forms of address: defaults from name, culture and honorific, and the overrides."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.builders import TourBuilder
from tourplanner.core.address import check_overrides, forms_of_address
from tourplanner.core.model import Participant


def _person(name: str, local: str, honorific: str, languages: tuple[str, ...]) -> Participant:
    b = TourBuilder()
    b.person(name, languages=languages)
    return replace(b.people[0], local_name=local, honorific=honorific)


def test_a_chinese_name_is_family_first_in_both_languages() -> None:
    f = forms_of_address(_person("Chen Wancai", "陈万才", "Mr.", ("zh", "th", "en")))
    assert (f.family_name, f.name_order) == ("Chen", "family-first")
    assert f.salutation_en == "Dear Mr Chen"
    assert f.salutation_zh == "尊敬的陈万才先生"
    assert (f.card_en, f.card_zh) == ("Mr CHEN Wancai", "陈万才")


def test_a_japanese_name_written_given_first_prints_family_first() -> None:
    f = forms_of_address(_person("Yuki Sato", "佐藤由紀", "Ms.", ("ja", "zh", "en")))
    assert f.salutation_en == "Dear Ms Sato"
    assert f.card_en == "Ms SATO Yuki"
    assert f.salutation_zh == "尊敬的佐藤由紀女士"


def test_a_western_name_is_given_first_and_no_honorific_uses_the_full_name() -> None:
    f = forms_of_address(_person("Vivian Yan", "", "", ("en",)))
    assert (f.family_name, f.name_order) == ("Yan", "given-first")
    assert f.salutation_en == "Dear Vivian Yan"
    assert f.salutation_zh == "尊敬的Vivian Yan"
    assert f.card_en == "Vivian Yan"
    hungarian = forms_of_address(_person("Anna Kovács", "", "Dr", ("hu",)))
    assert hungarian.card_en == "Dr KOVÁCS Anna" and hungarian.honorific_zh == "博士"


def test_overrides_win_and_bad_ones_are_named() -> None:
    p = _person("Yuki Sato", "佐藤由紀", "Ms.", ("ja",))
    p = replace(
        p, address=tuple(check_overrides({"family_name": "Yuki", "card_zh": "佐藤"}).items())
    )
    f = forms_of_address(p)
    assert f.salutation_en == "Dear Ms Yuki" and f.card_zh == "佐藤"
    assert check_overrides({"card_en": "  ", "title_zh": "馆长"}) == {"title_zh": "馆长"}
    with pytest.raises(ValueError, match="unknown form of address 'nickname'"):
        check_overrides({"nickname": "Yu"})
    with pytest.raises(ValueError, match="name_order: 'backwards' is not one of"):
        check_overrides({"name_order": "backwards"})
    with pytest.raises(ValueError, match="salutation_en: "):
        check_overrides({"salutation_en": "Dear\nMs Sato"})


def test_a_chinese_name_written_given_first_in_latin_letters_prints_as_written() -> None:
    # Issue 19's defect: "Vivian Yan" (zh, no name in Chinese characters) printed "VIVIAN Yan".
    f = forms_of_address(_person("Vivian Yan", "", "", ("zh", "en")))
    assert (f.family_name, f.name_order) == ("Yan", "given-first")
    assert f.card_en == "Vivian Yan"
    assert f.salutation_en == "Dear Vivian Yan"
    assert f.salutation_zh == "尊敬的Vivian Yan"
    ms = forms_of_address(_person("Vivian Yan", "", "Ms", ("zh", "en")))
    assert (ms.salutation_en, ms.card_en) == ("Dear Ms Yan", "Ms Vivian Yan")
    assert ms.salutation_zh == "尊敬的Vivian Yan女士"
    # With a name in characters too, and a Korean name written the same way.
    assert forms_of_address(_person("Vivian Yan", "严薇薇", "Ms", ("zh",))).card_en == (
        "Ms Vivian Yan"
    )
    assert forms_of_address(_person("Grace Kim", "", "Dr", ("ko",))).card_en == "Dr Grace Kim"


def test_pinyin_names_written_family_first_keep_the_family_first_form() -> None:
    for name, card in (
        ("Chen Wancai", "Mr CHEN Wancai"),
        ("Yan Vivian", "Mr YAN Vivian"),  # written family first: the first word is the family
        ("Dai Jiuyue", "Mr DAI Jiuyue"),
        ("Shang Yong", "Mr SHANG Yong"),  # both words could be family names: the first is
        ("Wei Zhang", "Mr WEI Zhang"),
        ("Ouyang Xiu", "Mr OUYANG Xiu"),  # neither word in the table: as before
    ):
        f = forms_of_address(_person(name, "", "Mr", ("zh",)))
        assert (f.card_en, f.name_order) == (card, "family-first"), name
    # The organiser's family name wins over the guess, and so does the name order.
    p = _person("Vivian Yan", "", "Ms", ("zh",))
    first = replace(p, address=tuple(check_overrides({"family_name": "Vivian"}).items()))
    assert forms_of_address(first).card_en == "Ms VIVIAN Yan"
    ordered = replace(p, address=tuple(check_overrides({"name_order": "family-first"}).items()))
    assert forms_of_address(ordered).card_en == "Ms YAN Vivian"
    # Characters are not romanised names: a name in Chinese only is printed as is.
    assert forms_of_address(_person("严薇薇", "严薇薇", "", ("zh",))).card_en == "严薇薇"
