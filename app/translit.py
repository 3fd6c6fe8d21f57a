"""Transliteration of Russian and Kazakh Cyrillic, and spelling-neutral name keys.

The same detainee is written "Жанболат Қасымбеков" by one lawyer, "Zhanbolat Kassymbekov" by a
second (a passport spelling) and "Janbolat Kasymbekov" by a third.

- `to_latin(text)`: a readable transliteration (close to BGN/PCGN, with the Kazakh
  letters added as in Kazakh passports: Қ→K, Ғ→G, Ң→N, Ә→A, Ө→O, Ұ/Ү→U, І→I, Һ→H).
  Letters that are not Cyrillic pass through unchanged.
- `name_key(word)`: a skeleton of one name for matching, not for display. It starts from
  the transliteration and then removes the choices transliterators disagree on:
  Zh/J/Dzh, Kh/H, Q/K, Gh/G, Ts/Tz, Y/I (so Yu/Iu, Ya/Ia, -iy/-ii/-y agree), Ye/Ie/E and
  Yo/E (Ё), double letters (Kassymbekov/Kasymbekov), the -ev/-ov ending (Sergeyev/Sergeev,
  Abayev/Abaev), the letters of the Kazakh Latin alphabets (ş, ç, ğ, ı, ä, ö, ü, ū, ñ,
  and the 2017 apostrophe spellings s', c', a'…) and any other diacritics.
- `search_words(text)` / `search_keys(text)`: every word of a text with its key, the
  letters of a code («ЕС-164/1») read by shape first: what the search index holds beside
  the text and what a query is matched by (app/search.py). The duplicate finder and
  search share these keys, so a name that one finds the other finds too.

Both sides of a comparison go through the same key, so a rule only has to make two
spellings of one name meet; it never has to recover the "right" spelling.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Russian letters, then the nine Kazakh ones. Е is "ye" at the start of a word and after
# a vowel or a sign (handled in to_latin), "e" elsewhere.
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Look-alikes met in typed names: Ukrainian/Belarusian letters, Latin-keyboard slips.
    "ї": "yi", "є": "ye", "ў": "u", "ґ": "g",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяәөұүіїєў")
_SIGNS = set("ъь")


def to_latin(text: str) -> str:
    """`text` with Cyrillic letters transliterated; capitals kept ("ЖАН" → "ZHAN")."""
    out: list[str] = []
    prev = ""  # previous character, lower case
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = _CYRILLIC.get(low)
        if latin is None:
            out.append(ch)
            prev = low
            continue
        if low == "е" and (not prev.isalpha() or prev in _VOWELS or prev in _SIGNS):
            latin = "ye"
        if ch != low and latin:  # a capital
            following = text[i + 1] if i + 1 < len(text) else ""
            whole_word_upper = following.isupper() or (prev.isalpha() and text[i - 1].isupper())
            latin = latin.upper() if whole_word_upper else latin[0].upper() + latin[1:]
        out.append(latin)
        prev = low
    return "".join(out)


# Letters of the Kazakh Latin alphabets (1929, 2017, 2018, 2021) and others that NFKD
# would not turn into the spelling a Russian-style transliteration uses.
_LATIN_SPECIAL = str.maketrans({
    "ş": "sh", "ç": "ch", "ı": "i", "ə": "a", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d",
    "ł": "l", "ʼ": "'", "’": "'", "`": "'", "´": "'",
    # ISO 9 / scholarly Russian: Žumabaev, Čapaev, Šymkent, Ŝ for Щ.
    "ž": "zh", "č": "ch", "š": "sh", "ŝ": "shch",
})  # fmt: skip
# The 2017 apostrophe alphabet: s' = ш, c' = ч; on other letters the apostrophe only
# marks a Kazakh vowel or consonant, which the key folds anyway.
_APOSTROPHE = [(re.compile(r"s'"), "sh"), (re.compile(r"c'"), "ch"), (re.compile(r"'"), "")]

# Ordered rewrites on the lower-case a–z skeleton.
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r) for p, r in (
        (r"shch|sch", "sh"),            # Щ
        (r"dzh|dj|zh", "j"),            # Ж: Zhanbolat / Janbolat / Dzhanbolat
        (r"kh", "h"),                   # Х: Khasan / Hasan
        (r"x", "ks"),                   # Alexander / Aleksandr
        (r"tz|ts", "c"),                # Ц
        (r"q", "k"),                    # Қ in Kazakh Latin
        (r"gh", "g"),                   # Ғ
        (r"ph", "f"),
        (r"w", "v"),                    # Wladimir
        (r"ck", "k"),
        (r"ye|yo|jo", "e"),             # Yerlan / Erlan, Sergeyev / Sergeev, Fyodor / Fedor
        (r"y", "i"),                    # Yu/Iu, Ya/Ia, Aydos/Aidos, Dmitriy/Dmitrii, Kasym/Kasim
        (r"ie", "e"),                   # Abayeva / Abaieva, Niyetbayev / Nietbaev
        (r"(.)\1+", r"\1"),             # Kassymbekov / Kasymbekov, Dmitrii / Dmitri
        (r"[eo](v(?:a|na|ich)?)$", r"o\1"),  # -ev / -ov (-eva, -evna, -evich)
    )
]  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`´][^\W\d_]+)*", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """The matching skeleton of one word of a name (lower-case a–z; "" if none)."""
    s = to_latin(word.lower()).translate(_LATIN_SPECIAL)
    for pattern, replacement in _APOSTROPHE:
        s = pattern.sub(replacement, s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if "a" <= c <= "z")
    for pattern, replacement in _REWRITES:
        s = pattern.sub(replacement, s)
    return s


def name_keys(name: str) -> tuple[str, ...]:
    """The keys of every word of a full name, in order ("Қасымбеков Ж." → ("kasimbekov", "j"))."""
    keys = (name_key(w) for w in _WORD.findall(name))
    return tuple(k for k in keys if k)


# -- search keys -----------------------------------------------------------------------
# Search matches what a person types against what someone else wrote, in either script:
# every word of a record and of a query is reduced to its `name_key` (so "Zhumabaev",
# "Jumabayev" and «Жумабаев», "Qantar" and «Қаңтар» meet), and a code's letters are
# first read by their shape (Latin "EC-164/1" typed for Cyrillic «ЕС-164/1»).

# Latin letters drawn like Cyrillic ones, by the shape of the capital: search ignores case.
_LOOKALIKE = str.maketrans("ABCEHKMOPTXYabcehkmoptxy", "АВСЕНКМОРТХУавсенкмортху")
_LATIN_LOOKALIKES = set("ABCEHKMOPTXYabcehkmoptxy")
# A word as search sees it: letters and digits, an apostrophe inside (the 2017 alphabet).
SEARCH_WORD = re.compile(r"\w+(?:['’ʼ`´]\w+)*")
_CODE_LETTERS = 4  # «ЕС», «ЛА», «ЖД»: institution prefixes are short


def _is_latin(ch: str) -> bool:
    return "a" <= ch.lower() <= "z"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


@functools.lru_cache(maxsize=65536)
def word_key(word: str, code: bool = False) -> str:
    """The search key of one word. `code`: the word is the letters of a code such as
    «ЕС-164/1», read by shape (Latin look-alikes become Cyrillic) before transliteration.
    Words mixing the two scripts are look-alike slips and read by shape too."""
    letters = [c for c in word if c.isalpha()]
    mixed = any(map(_is_latin, letters)) and any(map(_is_cyrillic, letters))
    if (code or mixed) and all(_is_cyrillic(c) or c in _LATIN_LOOKALIKES for c in letters):
        word = word.translate(_LOOKALIKE)
    if any(c.isdigit() for c in word):
        key = word.translate(_LOOKALIKE).lower()  # "В12", "B12" and "в12" alike
    else:
        # A word with no Latin skeleton (another script) is indexed as it is.
        key = name_key(word) or word.lower()
    # Exactly one index token per word, whatever the word: the snippet marks the words
    # of the text by the positions of the keys that matched.
    return key if key.isalnum() else "".join(c for c in key if c.isalnum()) or "0"


_DIGITS = re.compile(r"\d+")
_CODE_BEFORE = re.compile(rf"([^\W\d_]{{1,{_CODE_LETTERS}}})[-‐‑–/. ]?$")


def _code_words(text: str) -> set[str]:
    """The short words written just before a number («ЕС» of «ЕС-164/1»). Found from the
    numbers backwards: texts have few numbers, and this runs for every record written."""
    found = set()
    for m in _DIGITS.finditer(text):
        c = _CODE_BEFORE.search(text, max(0, m.start() - _CODE_LETTERS - 1), m.start())
        if c is not None and not (c.start() > 0 and text[c.start() - 1].isalpha()):
            found.add(c.group(1))
    return found


def search_words(text: str) -> list[tuple[str, str]]:
    """(word, key) for every word of `text`, in order (the words of SEARCH_WORD)."""
    codes = _code_words(text)
    return [(word, word_key(word, word in codes)) for word in SEARCH_WORD.findall(text)]


def search_keys(text: str) -> str:
    """The keys of every word of `text`, space-separated: what the index holds beside
    the text so that any spelling of a word finds it."""
    return " ".join(key for _word, key in search_words(text))
