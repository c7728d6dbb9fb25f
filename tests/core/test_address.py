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
