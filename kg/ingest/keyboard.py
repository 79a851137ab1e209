"""Repair words typed with the wrong keyboard layout (``Ghjtrn`` typed for ``Проект``).

Someone typing a Russian name who forgets to switch from the Latin (QWERTY) to the Cyrillic
(ЙЦУКЕН) layout produces Latin gibberish made of the keys of the intended letters. The rule:

* the entry is mostly in one script (Cyrillic, or Latin);
* a word in the *other* script, made only of letters and of the punctuation keys that carry
  letters on the other layout (``[ ] ; ' , . `` ...), maps key by key to a word in the entry's
  script;
* the mapped word is a real word of that script's main languages (Russian and Ukrainian
  for Cyrillic; English for Latin) by the ``wordfreq`` word lists (Zipf frequency of
  at least 3, i.e. more than about once per million words) and is more frequent there than
  the word as typed is in its own script's languages.

Real foreign words (``T*Revers``, ``LGBT``) fail the test and are left alone.
"""

from __future__ import annotations

import re

from kg.ingest.wordlists import zipf

__all__ = ["repair_keyboard_layout", "swap_layout"]

_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_TO_CYRILLIC = str.maketrans(_LATIN_KEYS, _CYRILLIC_KEYS)
_TO_LATIN = str.maketrans(_CYRILLIC_KEYS, _LATIN_KEYS)
_LANGUAGES = {"cyrillic": ("ru", "uk"), "latin": ("en",)}
_MIN_ZIPF = 3.0
_LATIN_WORD = re.compile(r"[A-Za-z\[\];',.`{}:\"<>~]*[A-Za-z][A-Za-z\[\];',.`{}:\"<>~]*")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")


def swap_layout(word: str, *, to: str) -> str:
    """Map ``word`` key by key to the other layout (``to`` is ``"cyrillic"`` or ``"latin"``).

    >>> swap_layout("Ghjtrn", to="cyrillic"), swap_layout("Руддщ", to="latin")
    ('Проект', 'Hello')
    """
    if to not in _LANGUAGES:
        raise ValueError(f"to must be 'cyrillic' or 'latin', not {to!r}")
    return word.translate(_TO_CYRILLIC if to == "cyrillic" else _TO_LATIN)


def _zipf(word: str, languages: tuple[str, ...]) -> float:
    return max(zipf(word, lang) for lang in languages)


def _is_mistyped(word: str, *, to: str) -> bool:
    mapped = swap_layout(word, to=to)
    typed_in = "latin" if to == "cyrillic" else "cyrillic"
    wanted = _zipf(mapped.lower(), _LANGUAGES[to])
    return wanted >= _MIN_ZIPF and wanted > _zipf(word.lower(), _LANGUAGES[typed_in])


_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _counts(text: str) -> tuple[int, int]:
    return len(_CYRILLIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def repair_keyboard_layout(text: str) -> str:
    """Retype words of ``text`` that were typed on the wrong keyboard layout.

    Returns ``text`` unchanged when nothing needs repair.

    Examples
    --------
    >>> repair_keyboard_layout("Ghjtrn для трансгендерных людей и их близких T*Revers")
    'Проект для трансгендерных людей и их близких T*Revers'
    >>> repair_keyboard_layout("Московская Хельсинкская группа LGBT")
    'Московская Хельсинкская группа LGBT'
    """
    if text.isascii():
        return text
    cyrillic, latin = _counts(text)
    if cyrillic > latin:
        to, pattern = "cyrillic", _LATIN_WORD
    elif latin > cyrillic and cyrillic:
        to, pattern = "latin", _CYRILLIC_WORD
    else:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        core = word.strip("\"'«»()")
        if core and pattern.fullmatch(core) and _is_mistyped(core, to=to):
            words[i] = word.replace(core, swap_layout(core, to=to))
    return " ".join(words)
