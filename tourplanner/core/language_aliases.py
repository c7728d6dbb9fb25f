"""Language names that CLDR (through langcodes) does not resolve, or resolves to a tag an
organiser does not mean: data, not code. Keys are matched case-folded and NFKC-folded.

Mandarin and its Chinese names mean Chinese (zh) on a tour programme, not the narrower
ISO 639-3 'cmn'; Cantonese names CLDR lacks in either script mean yue.
"""

from __future__ import annotations

ALIASES: dict[str, str] = {
    # Chinese (Mandarin)
    "mandarin": "zh", "mandarin chinese": "zh", "putonghua": "zh", "guoyu": "zh",
    "中文": "zh", "汉语": "zh", "漢語": "zh", "华语": "zh", "華語": "zh",
    "普通话": "zh", "普通話": "zh", "国语": "zh", "國語": "zh",
    # Cantonese
    "粤语": "yue", "粵語": "yue", "广东话": "yue", "廣東話": "yue", "白话": "yue",
    "白話": "yue",
    # Other Chinese varieties and names in Chinese that CLDR's tables lack
    "上海话": "wuu", "上海話": "wuu", "台语": "nan", "台語": "nan",
    "印尼语": "id", "韓語": "ko",
}  # fmt: skip
