"""Fictional demo data: a vault that looks like a year of real work, for trying Qorgau out,
for screenshots and for training, without ever showing a real person's story.

Everything here is invented: names are combined at random from first names and from
surname roots and endings that cannot spell the surname of anyone named in the source
reports or of a public figure (tests/test_demo_names.py), facility codes are written in
Cyrillic in the style of the real ones and in the regions that use them, and the accounts
are composed from the kinds of events public reports describe, never copied from a real
testimony. The tables (names, places, stories, medicine) are data files under
resources/demo/; this module is the generator.

`populate(vault)` writes, in one transaction (cancelling leaves the vault unchanged):
a register of places of detention; cases in several cities, each with its people
(victims, relatives, witnesses, alleged perpetrators; some protected by a pseudonym,
some minors), detention episodes, interviews with per-purpose consent, incidents,
Istanbul Protocol examinations with lesions placed on the body diagram and photographed,
and complaints with their outcomes; and NPM visits with follow-up visits.

The same seed gives the same data (record ids and timestamps aside). Photos are small
synthetic JPEGs (skin-tone background, a blurred bruise-like shape, a ruler and a colour
scale), carrying EXIF capture time, GPS and camera like a phone photo would.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

import resources
from app import demo_consent, demo_legal, evidence, schema, vocab
from app.records import Records
from app.translit import to_latin
from storage.errors import Cancelled, InvalidInput
from storage.vault import Vault

Progress = Callable[[int, int], None]  # items done, items total
MAX_CASES = 5000


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def _data(name: str) -> dict[str, Any]:
    """One table file of resources/demo/ (names, places, stories, medicine)."""
    return json.loads((resources.ROOT / "demo" / f"{name}.json").read_text(encoding="utf-8"))


_PLACES = _data("places")
_NAMES = _data("names")
_STORIES = _data("stories")
_MEDICINE = _data("medicine")


# ---------------------------------------------------------------------------------------
# Places


@dataclass(frozen=True)
class City:
    code: str  # the city vocabulary code
    ru: str
    kk: str
    ru_loc: str  # "в Таразе"
    kk_loc: str  # "Таразда"
    region: str
    abbr: str  # case reference prefix
    lat: float
    lon: float
    utc_offset: str  # before Kazakhstan's single time zone of 1 March 2024
    gen: str  # "г. Тараза": police of ...
    region_gen: str  # "Жамбылской области"


CITIES: dict[str, City] = {c["code"]: City(**c) for c in _PLACES["cities"]}
# The first cases go round these, so even a small demo spans five cities and more.
FIRST_CITIES: tuple[str, ...] = tuple(_PLACES["first_cities"])
CITY_WEIGHTS: dict[str, int] = _PLACES["city_weights"]
JANUARY_2022_CITIES: tuple[str, ...] = tuple(_PLACES["january_2022_cities"])


@dataclass(frozen=True)
class Facility:
    key: str
    name: str
    name_kk: str
    code: str | None
    type: str
    city: str
    address: str
    authority: str
    capacity: int
    loc_ru: str  # "в ИВС ДП г. Тараз": where a relative saw the detainee
    loc_kk: str


_KUIS = _PLACES["penitentiary_authority"]
# Codes as the institutions write them, in Cyrillic, in the regions that use them;
# the institutions and their addresses are invented.
FACILITIES: tuple[Facility, ...] = tuple(Facility(**f) for f in _PLACES["facilities"])


def _facilities_in(city: str, *types: str) -> list[Facility]:
    return [f for f in FACILITIES if f.city == city and (not types or f.type in types)]


# ---------------------------------------------------------------------------------------
# Names (combined at random: any resemblance to a real person is a coincidence)

KZ_MALE: tuple[str, ...] = tuple(_NAMES["kz_male"])
KZ_FEMALE: tuple[str, ...] = tuple(_NAMES["kz_female"])
RU_MALE: tuple[str, ...] = tuple(_NAMES["ru_male"])
RU_FEMALE: tuple[str, ...] = tuple(_NAMES["ru_female"])
# Surnames are a root and an ending, and no root with any ending spells the surname of a
# person named in the source reports or of a public figure (tests/test_demo_names.py).
KZ_SURNAME_ROOTS: tuple[str, ...] = tuple(_NAMES["kz_surname_roots"])
KZ_SURNAME_ENDINGS: tuple[str, ...] = tuple(_NAMES["kz_surname_endings"])
KZ_SURNAMES: tuple[str, ...] = tuple(root + end for root in KZ_SURNAME_ROOTS
                                     for end in KZ_SURNAME_ENDINGS)
KZ_NEW_SURNAME_ROOTS: tuple[str, ...] = tuple(_NAMES["kz_new_surname_roots"])
RU_SURNAMES: tuple[str, ...] = tuple(_NAMES["ru_surnames"])
INVARIANT_SURNAMES: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _NAMES["invariant_surnames"].items()}
OTHER_SURNAMES: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _NAMES["other_surnames"].items()}
NATIONALITY: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _NAMES["nationality"].items()}
GROUP_WEIGHTS: dict[str, int] = _NAMES["group_weights"]
# Names as Kazakh passports mostly spell them (Жумабаев → Zhumabayev, Ерлан → Yerlan).
transliterate = to_latin


@dataclass(frozen=True)
class Name:
    surname: str
    first: str
    patronymic: str
    group: str
    gender: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.surname, self.first, self.patronymic) if p)

    @property
    def latin(self) -> str:
        return f"{transliterate(self.first)} {transliterate(self.surname)}"

    @property
    def short(self) -> str:
        return f"{self.surname} {self.first[0]}."

    @property
    def nationality(self) -> str:
        return NATIONALITY[self.group][self.gender == "female"]


def fake_name(rng: random.Random, gender: str, group: str | None = None) -> Name:
    """An invented name: random first name, surname and patronymic of one group."""
    if group is None:
        group = rng.choices(list(GROUP_WEIGHTS), weights=list(GROUP_WEIGHTS.values()))[0]
    female = gender == "female"
    kazakh_first = group in ("kazakh", "uyghur", "uzbek")
    if kazakh_first:
        first = rng.choice(KZ_FEMALE if female else KZ_MALE)
        father = rng.choice(KZ_MALE)
    else:
        first = rng.choice(RU_FEMALE if female else RU_MALE)
        father = rng.choice(RU_MALE if group == "russian" else RU_MALE + KZ_MALE)
    if group == "kazakh" and rng.random() < 0.12:
        # The newer Kazakh form: the father's name plus -ұлы / -қызы, no patronymic.
        root = rng.choice(KZ_NEW_SURNAME_ROOTS)
        return Name(root + ("қызы" if female else "ұлы"), first, "", group, gender)
    if group == "kazakh":
        surname = rng.choice(KZ_SURNAMES)
    elif group == "russian":
        surname = rng.choice(RU_SURNAMES)
    elif group in INVARIANT_SURNAMES:
        surname = rng.choice(INVARIANT_SURNAMES[group])
    else:
        surname = rng.choice(OTHER_SURNAMES[group])
    if female and surname.endswith(("ов", "ев", "ин")):
        surname += "а"
    stem = father[:-1] if father.endswith("й") else father
    if stem.endswith(("а", "я")):
        stem = stem[:-1]
    if female:
        patronymic = stem + ("евна" if father.endswith("й") else "овна")
    else:
        patronymic = stem + ("евич" if father.endswith("й") else "ович")
    return Name(surname, first, patronymic, group, gender)


STAFF: tuple[str, ...] = tuple(_NAMES["staff"])
LAWYERS: tuple[str, ...] = tuple(_NAMES["lawyers"])
DOCTORS: tuple[tuple[str, str, str], ...] = tuple((a, b, c) for a, b, c in _NAMES["doctors"])
PSYCHOLOGISTS: tuple[str, ...] = tuple(_NAMES["psychologists"])
DOCTORS_ORG: str = _NAMES["doctors_org"]
NPM_MONITORS: tuple[str, ...] = tuple(_NAMES["npm_monitors"])

CAMERAS = (("samsung", "SM-A525F"), ("Xiaomi", "Redmi Note 10 Pro"), ("Apple", "iPhone 11"),
           ("HUAWEI", "P30 lite"), ("Canon", "Canon EOS 250D"))


# ---------------------------------------------------------------------------------------
# Dates in words

RU_MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                        "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
KK_MONTHS_LOC = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
                 "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда")


def ru_date(d: dt.date) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} года"


def kk_date(d: dt.date) -> str:
    return f"{d.year} жылғы {d.day} {KK_MONTHS_LOC[d.month - 1]}"


# ---------------------------------------------------------------------------------------
# What happened: one sentence per method, in Russian (any person) and Kazakh (as told by
# a relative). Russian placeholders: {obj} его/её/меня, {he} он/она/я, {a} past-tense
# ending, {his} его/её/мои. Nothing graphic beyond what the public reports say.

METHODS_RU: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _STORIES["methods_ru"].items()}
METHODS_KK: dict[str, str] = _STORIES["methods_kk"]
SCENARIO_METHODS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _STORIES["scenario_methods"].items()}

# Weights within each pool: the most common methods first, the rarest last.
_POOL_WEIGHT_DECAY = 0.86

# Relatives who tell the story: (relation, speaker gender, what they call the victim:
# accusative with "my", "к ..." dative form), by victim gender.
RELATIVE_WORDS_RU: dict[tuple[str, str], tuple[str, str]] = {
    (rel, gender): (words[0], words[1]) for rel, gender, words in _STORIES["relative_words_ru"]}
RELATIVE_WORDS_KK: dict[tuple[str, str], str] = {
    (rel, gender): words for rel, gender, words in _STORIES["relative_words_kk"]}


def _pronouns(gender: str, person: int) -> dict[str, str]:
    if person == 1:
        p = {"obj": "меня", "he": "я", "his": "мои", "inst": "мной",
             "a": "а" if gender == "female" else ""}
    elif gender == "female":
        p = {"obj": "её", "he": "она", "his": "её", "inst": "ней", "a": "а"}
    else:
        p = {"obj": "его", "he": "он", "his": "его", "inst": "ним", "a": ""}
    p.update({k.capitalize(): v.capitalize() for k, v in list(p.items())})
    return p


def method_sentences_ru(rng: random.Random, methods: Sequence[str], gender: str,
                        person: int = 3) -> list[str]:
    p = _pronouns(gender, person)
    return [rng.choice(METHODS_RU[m]).format(**p) for m in methods if m in METHODS_RU]


def pick_methods(rng: random.Random, scenario: str, low: int = 2, high: int = 5) -> list[str]:
    pool = SCENARIO_METHODS[scenario]
    weights = [_POOL_WEIGHT_DECAY**i for i in range(len(pool))]
    chosen: list[str] = []
    n = rng.randint(low, min(high, len(pool)))
    while len(chosen) < n:
        m = rng.choices(pool, weights=weights)[0]
        if m not in chosen:
            chosen.append(m)
    return [m for m in pool if m in chosen]  # the pool's order reads as a sequence


INJURIES_SEEN_RU: tuple[str, ...] = tuple(_STORIES["injuries_seen_ru"])
INJURIES_SEEN_KK: tuple[str, ...] = tuple(_STORIES["injuries_seen_kk"])
WHERE_DETAINED_RU: tuple[str, ...] = tuple(_STORIES["where_detained_ru"])
WHERE_DETAINED_KK: tuple[str, ...] = tuple(_STORIES["where_detained_kk"])
ENDINGS_RU: tuple[str, ...] = tuple(_STORIES["endings_ru"])
ENDINGS_KK: tuple[str, ...] = tuple(_STORIES["endings_kk"])


@dataclass
class Story:
    """What a relative (or the victim) tells, as the pieces accounts are built from."""

    when: dt.date
    gender: str  # the victim's
    relation: str  # the teller's: mother, father, spouse, sibling or self
    teller_gender: str
    methods: list[str]
    facility: Facility
    hours: int  # before the detention was registered
    lawyer_days: int
    perpetrator_note: str  # Russian
    perpetrator_note_kk: str


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """'1 час', '2 часа', '5 часов'."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def account_ru(rng: random.Random, s: Story) -> str:
    """An account in Russian, in the teller's words."""
    self_told = s.relation == "self"
    p = _pronouns(s.gender, 1 if self_told else 3)
    p.update(s="а" if s.teller_gender == "female" else "",
             refused="отказалась" if s.gender == "female" else "отказался",
             hours=plural_ru(s.hours, "час", "часа", "часов"),
             days=plural_ru(s.lawyer_days, "день", "дня", "дней"),
             where=rng.choice(WHERE_DETAINED_RU), date=ru_date(s.when).capitalize(),
             facility=s.facility.loc_ru)
    if self_told:
        opening = "{date} меня задержали {where}."
        registered = ("Протокол задержания составили только через {hours}, до этого я "
                      "был{a} «никем».")
        lawyer = "Адвоката ко мне не пускали {days}, говорили, что я «сам{a} {refused}»."
        middle = "Что со мной делали:"
        seen = ""
        ending = "Я написал{a} жалобу, но боюсь за семью."
    else:
        p["my_rel"], p["to_rel"] = RELATIVE_WORDS_RU[(s.relation, s.gender)]
        opening = "{date} {my_rel} задержали {where}."
        registered = ("Задержание оформили только через {hours}, мы искали {obj} по всем "
                      "отделам, везде отвечали, что такого нет.")
        lawyer = "Адвоката {to_rel} не пускали {days}, говорили, что {he} «сам{a} {refused}»."
        middle = "Первый раз я увидел{s} {obj} {facility}. {He} рассказал{a}:"
        seen = rng.choice(INJURIES_SEEN_RU)
        ending = rng.choice(ENDINGS_RU)
    told = [m for m in s.methods if m != "incommunicado"]  # the family's side, told apart
    unknown = method_sentences_ru(rng, ["incommunicado"], s.gender, 1 if self_told else 3
                                  ) if len(told) < len(s.methods) and not self_told else []
    body = " ".join(method_sentences_ru(rng, told, s.gender, 1 if self_told else 3))
    parts = [opening, registered, *unknown, lawyer if s.lawyer_days else "",
             middle + " " + body, seen, s.perpetrator_note, ending]
    return "\n".join(part.format(**p) if "{" in part else part for part in parts if part)


def account_kk(rng: random.Random, s: Story) -> str:
    """An account in Kazakh, told by a relative."""
    who = RELATIVE_WORDS_KK[(s.relation, s.gender)]
    where = rng.choice(WHERE_DETAINED_KK)
    parts = [
        f"{kk_date(s.when)} {who} {where} ұстап әкетті. Бізге ешкім ештеңе хабарламады.",
        f"Ұстау хаттамасын тек {s.hours} сағаттан кейін толтырған.",
        (f"Адвокатты {s.lawyer_days} күн бойы жібермеді, «өзі бас тартты» деді."
         if s.lawyer_days else ""),
        METHODS_KK["incommunicado"] if "incommunicado" in s.methods else "",
        f"Мен оны алғаш рет {s.facility.loc_kk} көрдім. Ол былай айтты: "
        + " ".join(METHODS_KK[m] for m in s.methods if m != "incommunicado"),
        rng.choice(INJURIES_SEEN_KK),
        s.perpetrator_note_kk,
        rng.choice(ENDINGS_KK),
    ]
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------------------------------
# Alleged perpetrators

RANKS: tuple[str, ...] = tuple(_STORIES["ranks"])
UNITS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _STORIES["units"].items()}
DESCRIPTIONS: tuple[str, ...] = tuple(_STORIES["descriptions"])
DESCRIPTIONS_KK: tuple[str, ...] = tuple(_STORIES["descriptions_kk"])


# ---------------------------------------------------------------------------------------
# Lesions on the body diagram (resources/diagrams/*.svg, as ui/diagram.py reads them):
# (view, region) → centre (x, y) and how far to scatter (dx, dy), in per mille of the
# drawing, chosen so that every point falls inside that region of that view.

ANCHORS: dict[tuple[str, str], tuple[int, int, int, int]] = {
    ("front", "head"): (500, 22, 20, 5), ("front", "face"): (500, 85, 30, 25),
    ("front", "neck"): (500, 143, 15, 5), ("front", "shoulders"): (400, 185, 25, 10),
    ("front", "chest"): (440, 265, 40, 40), ("front", "abdomen"): (500, 400, 50, 45),
    ("front", "arms"): (270, 330, 20, 50), ("front", "genitals"): (500, 510, 20, 20),
    ("front", "legs"): (440, 790, 25, 60), ("front", "knees"): (410, 670, 20, 25),
    ("front", "ankles"): (410, 905, 15, 15), ("front", "feet"): (420, 950, 15, 10),
    ("back", "head"): (500, 70, 30, 40), ("back", "shoulders"): (400, 185, 25, 10),
    ("back", "back"): (460, 270, 40, 45), ("back", "lower_back"): (500, 400, 50, 45),
    ("back", "buttocks"): (450, 515, 30, 25), ("back", "arms"): (270, 330, 20, 50),
    ("back", "legs"): (440, 790, 25, 60),
    ("left", "flanks"): (615, 400, 12, 40), ("left", "arms"): (470, 300, 20, 60),
    ("right", "flanks"): (385, 400, 12, 40), ("right", "legs"): (500, 790, 20, 60),
    ("head", "face"): (250, 450, 60, 60), ("head", "head"): (250, 180, 60, 50),
    ("head", "ears"): (80, 450, 15, 30), ("head", "mouth_teeth"): (250, 645, 40, 20),
    ("head", "neck"): (250, 840, 40, 30),
    ("hands", "fingers_nails"): (300, 250, 40, 60), ("hands", "hands"): (300, 650, 40, 60),
    ("hands", "wrists"): (300, 920, 40, 20),
    ("feet", "feet"): (300, 110, 30, 30), ("feet", "soles"): (300, 550, 40, 80),
}
# Views drawn symmetrically: a point may be mirrored to the other side.
_MIRRORED_VIEWS = ("front", "back", "hands", "feet")

# Method → lesions it leaves: (lesion type, view, region).
METHOD_LESIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    m: tuple((t, v, r) for t, v, r in found) for m, found in _MEDICINE["method_lesions"].items()}

HANDCUFFS = ("ligature_mark", "hands", "wrists")

# Lesion type → (name, shape, length range mm, width range mm), in Russian.
LESION_TEXT: dict[str, tuple[str, str, tuple[int, int], tuple[int, int]]] = {
    k: (a, b, (c[0], c[1]), (e[0], e[1])) for k, (a, b, c, e) in _MEDICINE["lesion_text"].items()}
# A bruise's colour by its age. Only bruises are aged by colour: burns, wounds and
# abrasions change in other ways, and reading their age from colour is not forensic.
AGE_COLOUR: dict[str, str] = _MEDICINE["age_colour"]

BRUISES = ("bruise", "ligature_mark")  # a ligature mark is a strip-shaped bruise
# What an examination concludes, by overall consistency, and when nothing is found.
FINDINGS: dict[str, dict[str, str]] = _MEDICINE["findings"]
# Photo colours (RGB) of a bruise by age, and of other lesion types.
AGE_RGB = {"fresh_24h": (125, 35, 70), "days_1_3": (85, 50, 115), "days_3_7": (105, 115, 75),
           "weeks_1_2": (170, 140, 75), "older": (160, 120, 90), "healed": (190, 150, 130),
           "unknown": (120, 80, 90)}
TYPE_RGB = {"burn": (165, 55, 45), "abrasion": (150, 65, 45), "laceration": (120, 25, 30),
            "electrical_mark": (80, 35, 35), "puncture": (90, 30, 30),
            "swelling": (200, 120, 110), "tooth_injury": (150, 60, 60), "other": (205, 90, 95)}
SKIN = ((224, 182, 150), (198, 150, 116), (236, 200, 172), (170, 122, 90))


def lesion_age(days: int) -> str:
    if days < 1:
        return "fresh_24h"
    if days <= 3:
        return "days_1_3"
    if days <= 7:
        return "days_3_7"
    if days <= 14:
        return "weeks_1_2"
    return "older" if days <= 60 else "healed"


def place_on_diagram(rng: random.Random, view: str, region: str) -> tuple[int, int]:
    x, y, dx, dy = ANCHORS.get((view, region), (500, 500, 0, 0))
    x += rng.randint(-dx, dx)
    y += rng.randint(-dy, dy)
    if view in _MIRRORED_VIEWS and rng.random() < 0.5:
        x = 1000 - x
    return max(0, min(1000, x)), max(0, min(1000, y))


# ---------------------------------------------------------------------------------------
# Synthetic photos


def synthetic_photo(rng: random.Random, *, lesion_type: str, age: str, label: str,
                    taken: dt.datetime, utc_offset: str, camera: tuple[str, str],
                    gps: tuple[float, float] | None, size: tuple[int, int] = (800, 600),
                    noise: int = 0, quality: int = 85) -> bytes:
    """A JPEG of an abstract 'lesion': skin-tone background, a blurred shape in the
    lesion's colour, a ruler and a colour scale, with phone-like EXIF. Nothing graphic."""
    w, h = size
    skin = rng.choice(SKIN)
    im = Image.new("RGB", size, skin)
    shade = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270)))
    shade = shade.resize(size, Image.Resampling.BILINEAR)
    im = Image.composite(Image.new("RGB", size, tuple(int(c * 0.82) for c in skin)), im,
                         shade.point(lambda v: v // 3))
    if noise:
        grain = Image.effect_noise(size, noise).convert("RGB")
        im = Image.blend(im, grain, 0.12)
    colour = TYPE_RGB.get(lesion_type, AGE_RGB.get(age, AGE_RGB["unknown"]))
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    cx, cy = w // 2 + rng.randint(-w // 10, w // 10), h // 2 - h // 12 + rng.randint(-20, 20)
    if lesion_type == "electrical_mark":
        for dx in (-w // 16, w // 16):
            r = w // 90
            draw.ellipse((cx + dx - r, cy - r, cx + dx + r, cy + r), fill=230)
        radius = max(2, w // 400)
    elif lesion_type == "ligature_mark":
        draw.rectangle((w // 8, cy - h // 30, w - w // 8, cy + h // 30), fill=200)
        radius = max(3, w // 120)
    elif lesion_type in ("burn", "puncture"):
        r = w // 45
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=235)
        radius = max(2, w // 300)
    else:
        rx, ry = rng.randint(w // 10, w // 6), rng.randint(h // 12, h // 7)
        draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=210)
        if lesion_type == "bruise" and rng.random() < 0.5:  # "tram-line" from a truncheon
            draw.rectangle((cx - rx // 3, cy - ry, cx + rx // 3, cy + ry), fill=90)
        radius = max(4, w // 45)
    mask = mask.filter(ImageFilter.GaussianBlur(radius))
    im = Image.composite(Image.new("RGB", size, colour), im, mask)

    # Ruler (1 mm = `mm` px) and a colour scale along the bottom, as the Istanbul
    # Protocol asks for: colour photographs with a ruler and a colour reference.
    draw = ImageDraw.Draw(im)
    strip = max(40, h // 10)
    top = h - strip
    draw.rectangle((0, top, w, h), fill=(246, 246, 240))
    mm = max(3, w // 200)
    ruler_end = int(w * 0.62)
    for i, x in enumerate(range(10, ruler_end, mm)):
        tick = strip // 2 if i % 10 == 0 else strip // 3 if i % 5 == 0 else strip // 6
        draw.line((x, top, x, top + tick), fill=(20, 20, 20), width=1)
        if i % 10 == 0 and i:
            draw.text((x + 2, top + strip // 2), str(i // 10), fill=(20, 20, 20))
    patches = ((255, 255, 255), (128, 128, 128), (20, 20, 20), (200, 30, 30), (30, 160, 60),
               (30, 60, 190), (230, 200, 40))
    pw = (w - ruler_end - 20) // len(patches)
    for i, rgb in enumerate(patches):
        x0 = ruler_end + 10 + i * pw
        draw.rectangle((x0, top + 6, x0 + pw - 4, h - 6), fill=rgb, outline=(0, 0, 0))
    draw.rectangle((8, 8, 8 + 8 * len(label) + 12, 30), fill=(255, 255, 255))
    draw.text((14, 12), label, fill=(0, 0, 0))

    exif = Image.Exif()
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x010F], exif[0x0110], exif[0x0132] = camera[0], camera[1], stamp  # make, model, time
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = stamp  # DateTimeOriginal
    sub[0x9011] = utc_offset  # OffsetTimeOriginal
    if gps is not None:
        g = exif.get_ifd(0x8825)
        for ref_tag, value_tag, value, hemispheres in ((1, 2, gps[0], "NS"),
                                                       (3, 4, gps[1], "EW")):
            # In 1/10000 arc-seconds, so rounding never yields "60 seconds".
            units = round(abs(value) * 3600 * 10000)
            deg, rest = divmod(units, 3600 * 10000)
            minutes, seconds = divmod(rest, 60 * 10000)
            g[ref_tag] = hemispheres[0] if value >= 0 else hemispheres[1]
            g[value_tag] = (IFDRational(deg), IFDRational(minutes), IFDRational(seconds, 10000))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


# ---------------------------------------------------------------------------------------
# The plan: records with symbolic references, resolved to ids stage by stage.


@dataclass(frozen=True)
class Ref:
    key: str


@dataclass
class _Item:
    key: str
    kind: str
    body: dict[str, Any]


@dataclass
class _Photo:
    key: str
    parent: Ref  # the medical examination it documents
    filename: str
    description: str
    data: Callable[[], bytes]  # made only when written


@dataclass
class _Plan:
    items: list[_Item | _Photo] = field(default_factory=list)
    _n: int = 0

    def add(self, kind: str, body: dict[str, Any]) -> Ref:
        self._n += 1
        key = f"{kind}:{self._n}"
        self.items.append(_Item(key, kind, body))
        return Ref(key)

    def photo(self, parent: Ref, filename: str, description: str,
              data: Callable[[], bytes]) -> Ref:
        self._n += 1
        key = f"photo:{self._n}"
        self.items.append(_Photo(key, parent, filename, description, data))
        return Ref(key)


def _refs_in(value: Any) -> Iterator[Ref]:
    if isinstance(value, Ref):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _refs_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from _refs_in(v)


def _resolve(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, Ref):
        return ids[value.key]
    if isinstance(value, dict):
        return {k: _resolve(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    return value


# ---------------------------------------------------------------------------------------
# Building the plan


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _offset_on(city: City, d: dt.date) -> str:
    return "+05:00" if d >= dt.date(2024, 3, 1) else city.utc_offset


SCENARIO_TITLES: dict[str, str] = _STORIES["scenario_titles"]
CHARGES: dict[str, tuple[list[str], ...]] = {
    k: tuple(v) for k, v in _STORIES["charges"].items()}
HEALTH: tuple[str, ...] = tuple(_STORIES["health"])
INTERVIEW_PLACES_RU: tuple[str, ...] = tuple(_STORIES["interview_places_ru"])
INTERVIEW_PLACES_KK: tuple[str, ...] = tuple(_STORIES["interview_places_kk"])
COMPLAINT_STATUS_WEIGHTS: dict[str, int] = _STORIES["complaint_status_weights"]
REPRISALS: tuple[str, ...] = tuple(_STORIES["reprisals"])


def complaint_article(scenario: str, methods: Sequence[str], *, minor: bool, female: bool,
                      perpetrators: int) -> str:
    """The Criminal Code article a lawyer would file under: torture (146) in its
    aggravated part 2 when done by a group or to a minor or a woman; a guard's beating
    in a colony or a beating at a rally is often filed as excess of authority with
    violence (362 part 4), which is what prosecutors then keep it as."""
    aggravated = perpetrators > 1 or minor or female
    if scenario == "protest" or (scenario == "colony" and not aggravated
                                 and not set(methods) & TORTURE_MARKERS):
        return "362-4"
    return "146-2" if aggravated else "146-1"


# Methods that make a lawyer file under torture whatever else the case looks like.
TORTURE_MARKERS = frozenset({"electric_shocks", "suffocation_plastic_bag", "hanging_by_hands",
                             "rape_with_object", "needles_under_nails", "burning_iron",
                             "boiling_water"})


def article_words(article: str) -> str:
    """'146-2' → 'ч. 2 ст. 146', as a Russian procedural document cites it."""
    number, _, part = article.partition("-")
    return f"ч. {part} ст. {number}" if part else f"ст. {number}"


class _Builder:
    def __init__(self, seed: int, cases: int, photos: bool) -> None:
        self.rng = random.Random(seed)  # noqa: S311 (reproducible fiction, not secrets)
        self.n_cases = cases
        self.photos = photos
        self.plan = _Plan()
        self.facility_refs: dict[str, Ref] = {}
        self.city_seq: dict[str, int] = {}
        self.pseudonyms: set[str] = set()
        self.titles: set[str] = set()

    def build(self) -> _Plan:
        for f in FACILITIES:
            self.facility_refs[f.key] = self.plan.add("facility", {
                "name": f.name, "other_names": [f.name_kk], "code": f.code, "type": f.type,
                "city": f.city, "region": CITIES[f.city].region, "address": f.address,
                "authority": f.authority, "capacity": f.capacity,
                "notes": "Вымышленное учреждение (демонстрационные данные).",
            })
        for i in range(self.n_cases):
            self.case(i)
        self.npm_visits()
        # Demo content kept in other modules (app/demo_*.py) is added here, one call each,
        # given this builder (its rng, plan and facility_refs), after everything above:
        # so `qorgau demo` stays one deterministic plan, written in one transaction, and
        # the records above do not change when a module is added.
        if self.n_cases:  # deaths, reprisals, state examinations, legal paths
            demo_legal.add_legal_cases(self.plan.add, self.facility_refs["col_krg"])
        return self.plan

    # -- helpers ---------------------------------------------------------------

    def pseudonym(self) -> str:
        # "A-17" while there is room; longer numbers for very large demos.
        high = 99 if len(self.pseudonyms) < 400 else 9999
        while True:
            code = f"{self.rng.choice('ABCDEKMPT')}-{self.rng.randint(10, high)}"
            if code not in self.pseudonyms:
                self.pseudonyms.add(code)
                return code

    def phone(self) -> str:
        r = self.rng
        prefix = f"7{r.choice('0157')}{r.randint(0, 9)}"
        return f"+7 {prefix} 555 {r.randint(10, 99)} {r.randint(10, 99)}"

    # -- one case --------------------------------------------------------------

    def case(self, i: int) -> None:
        r = self.rng
        city_code = (FIRST_CITIES[i] if i < len(FIRST_CITIES)
                     else r.choices(list(CITY_WEIGHTS), weights=list(CITY_WEIGHTS.values()))[0])
        city = CITIES[city_code]
        has_colony = bool(_facilities_in(city_code, "colony"))
        if city_code in ("petropavlovsk", "karaganda"):
            scenario = "colony" if r.random() < 0.7 else "police"
        elif city_code == "astana":
            scenario = "protest" if r.random() < 0.4 else "police"
        elif city_code in JANUARY_2022_CITIES and r.random() < 0.55:
            scenario = "jan2022"
        else:
            scenario = "colony" if has_colony and r.random() < 0.3 else "police"
        if scenario == "jan2022":
            when = dt.date(2022, 1, r.randint(5, 12))
        else:
            when = _between(r, dt.date(2019, 3, 1), dt.date(2024, 11, 30))

        # The victim.
        gender = "female" if r.random() < 0.18 else "male"
        minor = scenario in ("police", "jan2022") and r.random() < 0.12
        age = r.randint(15, 17) if minor else r.randint(19, 58)
        name = fake_name(r, gender)
        protected = r.random() < 0.28 or (i % 7 == 2)
        pseudonym = self.pseudonym() if protected else None
        lang = "kk" if name.group == "kazakh" and r.random() < 0.45 else "ru"
        dob = dt.date(when.year - age, r.randint(1, 12), r.randint(1, 28))
        victim = {
            "full_name": name.full,
            "other_names": [name.latin] + ([f"{name.first} {name.surname}"]
                                           if r.random() < 0.3 else []),
            "pseudonym": pseudonym, "protected": protected,
            "date_of_birth": _iso(dob) if r.random() < 0.8 else str(dob.year),
            "gender": gender, "nationality": name.nationality,
            "languages": ["kk", "ru"] if name.group == "kazakh" else ["ru"],
            "city": city_code, "minor": minor,
            "disability": r.random() < 0.06,
            "health_conditions": r.choice(HEALTH) if r.random() < 0.2 else None,
            "contact": (f"тел. {self.phone()}" if not protected
                        else "только через адвоката, напрямую не звонить"),
            "do_not_contact": protected and r.random() < 0.6,
            "reprisal_risk": r.choice(("medium", "high")) if protected else r.choice(
                ("low", "low", "medium")),
            "reprisal_notes": ("После жалобы вызывали на «беседы» в полицию."
                               if r.random() < 0.3 else None),
            "roles": ["victim"],
        }
        if victim["disability"]:
            victim["disability_notes"] = "Инвалидность II группы (нарушение слуха)."
        if r.random() < 0.15 and not protected:
            victim["full_name"] = name.latin  # typed from an ID card in Latin letters
            victim["other_names"] = [name.full]
        victim_ref = self.plan.add("person", victim)
        label = pseudonym or name.short

        # The case.
        seq = self.city_seq[city_code] = self.city_seq.get(city_code, 0) + 1
        colony = next(iter(_facilities_in(city_code, "colony")), None)
        opened = when + dt.timedelta(days=r.randint(2, 30))
        reference = f"{city.abbr}-{opened.year}-{seq:03d}"
        title = SCENARIO_TITLES[scenario].format(city_loc=city.ru_loc,
                                                 code=colony.code if colony else "")
        title = f"{label} — {title}, {RU_MONTHS_NOMINATIVE[when.month - 1]} {when.year}"
        if title in self.titles:  # two cases must never read alike in a list
            title += f" ({reference})"
        self.titles.add(title)
        case_body: dict[str, Any] = {
            "reference": reference,
            "title": title,
            "city": city_code, "region": city.region, "opened_on": _iso(opened),
            "victim_ids": [victim_ref], "case_worker": r.choice(STAFF),
            "tags": ["демо"] + (["январь-2022", "Қаңтар"] if scenario == "jan2022" else [])
            + (["несовершеннолетний"] if minor else []) + (["женщина"] if gender == "female"
                                                          else []),
            "reprisal_risk": victim["reprisal_risk"],
        }
        case_ref = self.plan.add("case", case_body)

        # Relatives: the one who tells the story first.
        relation = r.choice(("mother", "mother", "spouse", "sibling", "father"))
        if minor:
            relation = "mother"
        teller_gender = ("female" if relation == "mother" else "male" if relation == "father"
                         else ("female" if gender == "male" else "male") if relation == "spouse"
                         else r.choice(("female", "male")))
        rel_group = name.group
        relative_name = fake_name(r, teller_gender, rel_group)
        if relation in ("mother", "father", "sibling") or (relation == "spouse"
                                                           and teller_gender == "female"):
            relative_name = Name(name.surname if teller_gender == gender else
                                 _regender(name.surname, teller_gender),
                                 relative_name.first, relative_name.patronymic, rel_group,
                                 teller_gender)
        relative = {
            "full_name": relative_name.full, "gender": teller_gender,
            "nationality": relative_name.nationality, "city": city_code,
            "languages": victim["languages"], "roles": ["relative"],
            "role_notes": {"mother": "мать", "father": "отец", "spouse": "супруг(а)",
                           "sibling": "брат/сестра"}[relation] + " пострадавшего",
            "case_ids": [case_ref], "contact": f"тел. {self.phone()}",
        }
        if protected:  # a relative's name would give the protected victim away
            relative.update(protected=True, pseudonym=f"{pseudonym}-{relation[:1].upper()}",
                            contact="через адвоката")
        relative_ref = self.plan.add("person", relative)

        # A cellmate who saw it, sometimes.
        witness_ref = None
        if r.random() < 0.4:
            wname = fake_name(r, "male" if gender == "male" else "female")
            witness_ref = self.plan.add("person", {
                "full_name": wname.full, "protected": True, "pseudonym": self.pseudonym(),
                "gender": wname.gender, "roles": ["witness"], "case_ids": [case_ref],
                "role_notes": "сокамерник, видел следы побоев после допроса",
                "reprisal_risk": "high", "do_not_contact": True,
            })

        # Alleged perpetrators.
        facility = self.facility_for(city_code, scenario)
        perp_refs = []
        perp_desc = []
        for _ in range(r.randint(1, 3)):
            unit = r.choice(UNITS[scenario]).format(region=city.region_gen, city=city.gen,
                                                    code=facility.code or facility.name)
            desc = r.choice(DESCRIPTIONS)
            masked = "маск" in desc
            soldier = unit.startswith("военнослужащие")
            perp: dict[str, Any] = {
                "rank": "без знаков различия" if soldier else r.choice(RANKS), "unit": unit,
                "recognise_by_sight": not masked and r.random() < 0.8, "description": desc,
                "roles": ["alleged_perpetrator"], "case_ids": [case_ref], "gender": "male"}
            if not masked and r.random() < 0.35:
                pn = fake_name(r, "male", "kazakh")
                perp["full_name"] = f"{pn.surname} {pn.first[0]}. (со слов потерпевшего)"
            perp_refs.append(self.plan.add("person", perp))
            perp_desc.append(desc)

        # Detention episodes.
        hours = r.randint(30, 60) if minor else r.choice((6, 12, 20, 36, 48, 72, 96))
        if scenario == "jan2022":
            hours = r.randint(40, 120)
        lawyer = r.choices(("refused", "delayed", "given"), weights=(5, 3, 2))[0]
        lawyer_days = r.randint(2, 6) if lawyer != "given" else 0
        charges = list(r.choice(CHARGES[scenario]))
        # In a colony case `when` is the incident; the arrest was long before.
        colony_from = when - dt.timedelta(days=r.randint(10, 150))
        first_from = (when if scenario != "colony"
                      else colony_from - dt.timedelta(days=r.randint(60, 400)))
        first_facility = facility
        if scenario == "colony":
            first_facility = next(iter(_facilities_in(city_code, "sizo", "ivs")), facility)
        episodes = [(first_facility, first_from, r.randint(2, 10))]
        if scenario == "colony":
            episodes.append((facility, colony_from, None))
        elif scenario != "protest" and r.random() < 0.6:
            sizo = next(iter(_facilities_in(city_code, "sizo")), None)
            if sizo is not None:
                episodes.append((sizo, first_from + dt.timedelta(days=episodes[0][2]),
                                 r.randint(20, 90)))
        start = None
        for n, (fac, start, days) in enumerate(episodes):
            end = start + dt.timedelta(days=days) if days else None
            self.plan.add("detention", {
                "case_id": case_ref, "person_id": victim_ref,
                "facility_id": self.facility_refs[fac.key], "facility_name": fac.name,
                "facility_code": fac.code, "city": fac.city,
                "detaining_authority": "ДП " + city.region_gen if n == 0 else _KUIS,
                "from_date": _iso(start), "to_date": _iso(end) if end else None,
                "hours_before_registration": hours if n == 0 else None,
                "lawyer_access": lawyer if n == 0 else r.choice(("given", "delayed")),
                "family_access": r.choice(("refused", "delayed")) if n == 0 else "given",
                "charges": charges,
                "conditions": ("Камера переполнена, свет круглосуточно, прогулок нет."
                               if r.random() < 0.5 else None),
            })

        # The incident, told by the relative.
        methods = pick_methods(r, scenario)
        incident_date = when
        k = r.randrange(len(DESCRIPTIONS_KK))
        story = Story(
            when=first_from, gender=gender, relation=relation, teller_gender=teller_gender,
            methods=methods, facility=facility, hours=hours, lawyer_days=lawyer_days,
            perpetrator_note=("Били сотрудники полиции, одного запомнили: "
                              f"{perp_desc[0][0].lower()}{perp_desc[0][1:]}"),
            perpetrator_note_kk=f"Ұрғандардың бірін жүзінен таниды: {DESCRIPTIONS_KK[k]}",
        )
        narrative = account_kk(r, story) if lang == "kk" else account_ru(r, story)
        consequences = r.choice(_STORIES["consequences"])
        self.plan.add("incident", {
            "case_id": case_ref, "victim_ids": [victim_ref], "date": _iso(incident_date),
            "time": r.choice(("ночью", "около 23:00", "днём, после допроса", "утром", "02:30")),
            "place": facility.name, "city": facility.city,
            "facility_id": self.facility_refs[facility.key], "narrative": narrative,
            "methods": methods, "perpetrator_ids": perp_refs,
            "perpetrators_unidentified": ("Ещё двое в масках, лиц не видно."
                                          if r.random() < 0.4 else None),
            "witness_ids": [witness_ref] if witness_ref else [],
            "consequences": consequences,
        })

        # Interviews: the relative; the victim after release; the cellmate.
        interview_date = incident_date + dt.timedelta(days=r.randint(3, 25))
        refused_share = i % 8 == 3
        self.interview(case_ref, relative_ref, relation, lang, interview_date, city,
                       narrative, refused_share)
        if r.random() < 0.4 and not minor:
            self_story = Story(**{**story.__dict__, "relation": "self",
                                  "teller_gender": gender})
            self.interview(case_ref, victim_ref, "self", "ru",
                           interview_date + dt.timedelta(days=r.randint(10, 60)), city,
                           account_ru(r, self_story), False)
        if witness_ref is not None and r.random() < 0.5:
            self.interview(case_ref, witness_ref, "cellmate", "ru",
                           interview_date + dt.timedelta(days=r.randint(5, 40)), city,
                           "После допроса {0} привели в камеру под руки, сам{1} идти не мог{2}. "
                           "Спина была в синяках, ночью не спал{1}, стонал{1}.".format(
                               "его" if gender == "male" else "её",
                               "" if gender == "male" else "а",
                               "" if gender == "male" else "ла"), False)

        # Istanbul Protocol examination, lesions, photos.
        if r.random() < 0.72 or i < 3:
            self.exam(case_ref, victim_ref, city, gender, methods, incident_date,
                      scenario, label=case_body["reference"])

        # Complaints and their outcome.
        article = complaint_article(scenario, methods, minor=minor, female=gender == "female",
                                    perpetrators=len(perp_refs))
        self.complaints(case_ref, city, incident_date, protected, relative_name, gender,
                        case_body, article)

    def facility_for(self, city: str, scenario: str) -> Facility:
        types = {"jan2022": ("makeshift", "military_unit", "ivs"), "police": ("ivs",),
                 "colony": ("colony",), "protest": ("special_reception", "ivs")}[scenario]
        options = _facilities_in(city, *types) or _facilities_in(city, "ivs") or \
            _facilities_in(city)
        return self.rng.choice(options)

    def interview(self, case_ref: Ref, who: Ref, relation: str, lang: str, date: dt.date,
                  city: City, account: str, refused_share: bool) -> None:
        r = self.rng
        interpreter = None
        if lang == "ru" and relation != "self" and r.random() < 0.06:
            lang, interpreter = "ug", "переводчик с уйгурского (волонтёр НКО)"
        consent = {
            "documentation": "given",
            "share_coordinator": "refused" if refused_share else "given",
            "submit_authorities": r.choices(("given", "refused", "not_asked"),
                                            weights=(6, 2, 1))[0],
            "publication": r.choices(("refused", "given", "not_asked"), weights=(6, 2, 2))[0],
        }
        notes = None
        if refused_share:
            notes = ("Не согласна передавать материалы в коалицию: боится, что узнают в полиции. "
                     "Хранить только на этом устройстве.")
        elif consent["publication"] == "given":
            notes = "Публикация только без имени и без фотографий лица."
        places = INTERVIEW_PLACES_KK if lang == "kk" else INTERVIEW_PLACES_RU
        self.plan.add("interview", {
            "case_id": case_ref, "interviewee_id": who, "relation": relation,
            "interviewer": r.choice(STAFF), "date": _iso(date), "place": r.choice(places),
            "city": city.code, "language": lang, "interpreter": interpreter,
            "consent": consent, "consent_notes": notes, "account": account,
            "reprisal_risk": r.choice(("low", "medium", "high")),
            "follow_up": r.choice(_STORIES["interview_follow_ups"]),
        })

    def exam(self, case_ref: Ref, person: Ref, city: City, gender: str, methods: list[str],
             incident: dt.date, scenario: str, label: str) -> None:
        r = self.rng
        days = r.choice((1, 2, 4, 6, 9, 12)) if scenario != "colony" else r.choice((5, 30, 120))
        date = incident + dt.timedelta(days=days)
        doctor, qualification, doctor_gender = r.choice(DOCTORS)
        photos_ok = r.random() < 0.85
        start_h = r.randint(10, 16)
        setting = r.choice(("ngo_office", "private_clinic", "home", "place_of_detention"))
        # What the body still shows: many methods leave no mark, and soft-tissue injuries
        # heal within days or weeks. The 2022 Istanbul Protocol warns that the absence
        # of physical findings is common and proves nothing.
        leaves_marks = any(m in METHOD_LESIONS for m in methods)
        no_findings = (not leaves_marks or (days >= 30 and r.random() < 0.6)
                       or r.random() < 0.12)
        if no_findings:
            consistency = r.choice(("consistent", "consistent", "highly_consistent"))
        else:
            consistency = r.choices(("not_consistent", "consistent", "highly_consistent",
                                     "typical", "diagnostic"), weights=(1, 5, 5, 3, 1))[0]
        findings = FINDINGS[consistency if not no_findings else "none"]
        exam_ref = self.plan.add("medical_exam", {
            "case_id": case_ref, "person_id": person,
            "examiner": {"name": doctor, "qualifications": qualification,
                         "organisation": DOCTORS_ORG},
            "date": _iso(date), "start_time": f"{start_h:02d}:{r.choice((0, 15, 30, 45)):02d}",
            "end_time": f"{start_h + 2:02d}:{r.choice((0, 10, 40)):02d}",
            "place": {"ngo_office": "офис НКО", "private_clinic": "частная клиника",
                      "home": "дома у пострадавшего",
                      "place_of_detention": "комната для свиданий СИЗО"}[setting]
            + ", " + city.ru,
            "institution_type": setting,
            "present": [f"{doctor} (врач)", r.choice(STAFF)]
            + (["сотрудник СИЗО (в дверях)"] if setting == "place_of_detention" else []),
            "police_present": setting == "place_of_detention",
            "time_limits": ("Администрация дала 40 минут." if setting == "place_of_detention"
                            else None),
            "consent_evaluation": "given",
            "consent_photos": "given" if photos_ok else "refused",
            "consent_notes": ("Предупреждён(а), что может остановить осмотр в любой момент. "
                              + ("" if photos_ok else "От фотографирования отказался(ась).")),
            "clinician_gender": doctor_gender,
            "allegations": "Со слов: " + "; ".join(
                schema_label("methods", m, "ru").lower() for m in methods) + ".",
            "methods": methods,
            "symptoms": r.choice(_MEDICINE["symptoms"]),
            "history_before": "Хронических заболеваний не указывает, травм до задержания не было.",
            "history_after": ("После освобождения обращался(ась) в травмпункт, справку "
                              "не выдали."),
            "physical_findings": findings["physical_findings"].format(days=days),
            # A test never contradicts the findings: no fracture where nothing was found.
            "diagnostic_tests": r.choice(
                _MEDICINE["diagnostic_tests"]["none" if no_findings else "findings"]),
            "psychological_evaluation": ("Жалобы на кошмары, избегание, повышенную "
                                         "настороженность. Впечатление: признаки ПТСР."),
            "interpretation": findings["interpretation"],
            "overall_consistency": consistency,
            "conclusions": findings["conclusions"],
            "recommendations": "Консультация невролога; психологическая помощь.",
            "referral": "Направлен(а) к психологу партнёрской организации.",
            "reprisal_risk": r.choice(("medium", "high")),
            "attestation": {"clinician_name": doctor, "qualifications": qualification,
                            "statement": "Подтверждаю, что изложенное соответствует "
                                         "действительности и моему профессиональному мнению.",
                            "signed_on": _iso(date)},
        })

        # Lesions from what the methods leave, handcuff marks when none apply.
        found: list[tuple[str, str, str]] = []
        for m in methods:
            found.extend(METHOD_LESIONS.get(m, ()))
        if not found:
            found.append(HANDCUFFS)
        if no_findings:
            found = []
        seen: list[tuple[str, str, str]] = []
        for f in found:
            if f not in seen:
                seen.append(f)
        chosen = seen[: r.randint(2, 5)] if len(seen) > 2 else seen
        age = lesion_age(days)
        camera = r.choice(CAMERAS)
        with_gps = r.random() < 0.75
        for n, (ltype, view, region) in enumerate(chosen, start=1):
            name, shape, (l0, l1), (w0, w1) = LESION_TEXT[ltype]
            x, y = place_on_diagram(r, view, region)
            length, width = r.randint(l0, l1), r.randint(w0, w1)
            # Colour tells a bruise's age; it says nothing reliable of a burn's or a wound's.
            colour = AGE_COLOUR[age] if ltype in BRUISES else None
            marker = f"L{n}"
            attributed = [m for m in methods if (ltype, view, region) in METHOD_LESIONS.get(m, ())]
            photo_ids: list[Ref] = []
            if self.photos and photos_ok and n <= 2:
                taken = dt.datetime.combine(date, dt.time(start_h, 20 + n * 7, r.randint(0, 59)))
                gps = ((city.lat + r.uniform(-0.03, 0.03), city.lon + r.uniform(-0.03, 0.03))
                       if with_gps else None)
                seed = r.getrandbits(32)
                stamp = taken.strftime("%Y%m%d_%H%M%S")
                filename = (f"IMG_{stamp}.jpg" if camera[0] != "Canon"
                            else f"IMG_{r.randint(1000, 9999)}.JPG")
                photo_ids.append(self.plan.photo(
                    exam_ref, filename,
                    f"Фото {marker} ({label}): {name}, с линейкой и цветовой шкалой. "
                    "Снято врачом с согласия обследуемого.",
                    _photo_maker(seed, ltype, age, f"{label} {marker}", taken,
                                 _offset_on(city, date), camera, gps)))
            self.plan.add("lesion", {
                "exam_id": exam_ref, "marker": marker, "body_region": region, "view": view,
                "x": x, "y": y, "type": ltype, "length_mm": length, "width_mm": width,
                "shape": shape, "colour": colour,
                "estimated_age": age if ltype in BRUISES else "unknown",
                "consistency": "typical" if ltype == "electrical_mark" else consistency,
                "methods": attributed,
                "description": f"{name.capitalize()}, {shape}, {length}×{width} мм"
                + (f", {colour}." if colour else "."),
                "photo_ids": photo_ids,
            })
        if r.random() < 0.15:  # an old scar that has nothing to do with it
            x, y = place_on_diagram(r, "front", "abdomen")
            self.plan.add("lesion", {
                "exam_id": exam_ref, "marker": f"L{len(chosen) + 1}", "body_region": "abdomen",
                "view": "front", "x": x, "y": y, "type": "scar", "length_mm": 70,
                "width_mm": 4, "shape": "линейный", "colour": "белесоватый",
                "estimated_age": "healed", "consistency": "not_consistent",
                "description": "Послеоперационный рубец (аппендэктомия в детстве), к событиям "
                               "отношения не имеет.",
            })

    def complaints(self, case_ref: Ref, city: City, incident: dt.date, protected: bool,
                   relative: Name, gender: str, case_body: dict[str, Any],
                   article: str) -> None:
        r = self.rng
        cited = article_words(article)
        requalified_to = "362-4" if article.startswith("146") else "361-1"
        filed = incident + dt.timedelta(days=r.randint(4, 40))
        status = r.choices(list(COMPLAINT_STATUS_WEIGHTS),
                           weights=list(COMPLAINT_STATUS_WEIGHTS.values()))[0]
        body = "special_prosecutor" if incident.year >= 2022 and r.random() < 0.5 else "prosecutor"
        erdr = f"{filed.year % 100:02d}{r.randint(1000, 9999)}031{r.randint(0, 999999):06d}"
        outcome = filed + dt.timedelta(days=r.randint(20, 200))
        responses = {
            "closed_no_corpus_delicti": (
                f"Постановлением от {ru_date(outcome)} досудебное расследование по {cited} "
                "УК РК прекращено на основании п. 2 ч. 1 ст. 35 УПК РК — за "
                "отсутствием состава уголовного правонарушения. Телесные повреждения "
                "объяснены «оказанием сопротивления при задержании»."),
            "closed_no_evidence": ("Расследование прекращено: участие сотрудников полиции "
                                   "не доказано, видеозаписи ИВС «не сохранились»."),
            "registration_refused": ("Заявление не зарегистрировано в ЕРДР и направлено для "
                                     "рассмотрения как обращение в ДП " + city.region_gen + "."),
            "investigation_opened": (f"Зарегистрировано в ЕРДР № {erdr} по {cited} "
                                     "УК РК, назначена судебно-медицинская экспертиза."),
            "sent_to_court": (f"Уголовное дело в отношении двух сотрудников направлено в суд "
                              f"г. {city.ru}."),
            "conviction": (f"Суд признал двух сотрудников виновными по {cited} УК РК; "
                           "назначено 5 лет лишения свободы."),
            "plea_bargain": ("Заключено процессуальное соглашение; сотруднику назначен "
                             "штраф, освобождён от наказания."),
            "no_response": "Ответ по существу не получен, срок рассмотрения истёк.",
            "withdrawn": "Заявитель отозвал жалобу после визита сотрудников полиции домой.",
            "registered": "Зарегистрировано, проводится проверка.",
            "requalified": (f"Дело переквалифицировано с {cited} на "
                            f"{article_words(requalified_to)} УК РК"
                            + (" (превышение должностных полномочий)." if requalified_to == "362-4"
                               else " (злоупотребление должностными полномочиями).")),
        }
        filer = r.choice(LAWYERS) if protected or r.random() < 0.5 else relative.full
        first = self.plan.add("complaint", {
            "case_id": case_ref, "body": body,
            "addressee": ("Прокуратура " + city.region_gen if body == "prosecutor"
                          else "Специальный прокурор " + city.region_gen),
            "city": city.code, "filed_on": _iso(filed), "filed_by": filer,
            "reference_number": f"вх. № {r.randint(1, 9)}-{r.randint(100, 9999)}",
            "registration_number": erdr if status not in ("registration_refused",
                                                          "no_response", "withdrawn") else None,
            "article": requalified_to if status == "requalified" else article,
            "status": status, "outcome_on": _iso(outcome),
            "response": responses[status],
            "reprisals": r.choice(REPRISALS) if r.random() < 0.22 else None,
        })
        case_status = "active"
        closed_on = None
        if status.startswith("closed") or status == "registration_refused":
            if r.random() < 0.6:
                appeal_on = outcome + dt.timedelta(days=r.randint(5, 30))
                decided = appeal_on + dt.timedelta(days=r.randint(10, 60))
                reopened = r.random() < 0.25
                self.plan.add("complaint", {
                    "case_id": case_ref, "body": "court",
                    "addressee": f"Следственный судья районного суда г. {city.ru}",
                    "city": city.code, "filed_on": _iso(appeal_on),
                    "filed_by": r.choice(LAWYERS), "appeal_of": first,
                    "reference_number": f"№ {r.randint(1000, 7999)}-{appeal_on.year % 100}",
                    "status": "investigation_opened" if reopened else "other",
                    "outcome_on": _iso(decided),
                    "response": ("Постановление о прекращении отменено, расследование "
                                 "возобновлено." if reopened else
                                 "Жалоба в порядке ст. 106 УПК РК оставлена без "
                                 "удовлетворения."),
                })
                if not reopened and r.random() < 0.3:
                    un_on = decided + dt.timedelta(days=r.randint(60, 300))
                    body = r.choice(("un_cat", "un_special_rapporteur"))
                    self.plan.add("complaint", {
                        "case_id": case_ref, "body": body,
                        "addressee": ("Комитет ООН против пыток, Женева" if body == "un_cat"
                                      else "Специальный докладчик ООН по вопросу о пытках"),
                        "filed_on": _iso(un_on), "filed_by": "коалиция НПО против пыток",
                        "status": "registered" if body == "un_cat" else "filed",
                        "response": ("Сообщение зарегистрировано, государству направлен "
                                     "запрос." if body == "un_cat" else None),
                    })
                    case_status = "follow_up"
            elif r.random() < 0.5:
                case_status, closed_on = "closed", outcome + dt.timedelta(days=r.randint(5, 90))
        elif status in ("conviction", "plea_bargain"):
            case_status, closed_on = "closed", outcome + dt.timedelta(days=30)
        elif status == "withdrawn":
            case_status = "on_hold"
        case_body["status"] = case_status
        case_body["closed_on"] = _iso(closed_on) if closed_on else None
        case_body["summary"] = (
            f"Задержание {ru_date(incident)} {city.ru_loc}; "
            f"жалоба подана {ru_date(filed)}, статус: "
            + schema_label("complaint_status", status, "ru") + ".")

    # -- NPM visits ------------------------------------------------------------

    def npm_visits(self) -> None:
        r = self.rng
        visited = ("ivs_trz", "sizo_ala", "col_ppl", "sr_ast", "juv_shm", "col_kzo", "psy_ala",
                   "ivs_kzo", "nark_krg", "col_krg")
        followed = ("ivs_trz", "col_ppl", "sizo_ala")
        for n, key in enumerate(visited, start=1):
            fac = next(f for f in FACILITIES if f.key == key)
            start = dt.datetime.combine(_between(r, dt.date(2022, 3, 1), dt.date(2023, 6, 30)),
                                        dt.time(r.randint(9, 11), r.choice((0, 20, 40))))
            recs = r.sample(NPM_RECOMMENDATIONS, r.randint(3, 5))
            interviews = [self.npm_interview(f"V{n}-{j:02d}") for j in
                          range(1, r.randint(3, 6) + 1)]
            body = self.npm_body(fac, start, CITIES[fac.city], interviews, [
                {"id": f"R{i}", "text": text, "status": "open"} for i, text in
                enumerate(recs, start=1)])
            first = self.plan.add("npm_visit", body)
            if key in followed:
                later = start + dt.timedelta(days=r.randint(150, 330))
                rechecks = [{**pi, "account": "Повторная беседа: "
                             + r.choice(("давления после прошлого посещения не было.",
                                         "после прошлого посещения перевели в другую камеру, "
                                         "угрожали.", "переведён в другое учреждение, "
                                         "не найден.")),
                             "recheck_next_visit": False}
                            for pi in interviews if pi.get("recheck_next_visit")]
                follow_recs = []
                for rec in body["recommendations"]:
                    status = r.choice(("implemented", "partly_implemented", "not_implemented",
                                       "in_progress"))
                    follow_recs.append({**rec, "status": status, "follow_up_note": {
                        "implemented": "Выполнено, проверено на месте.",
                        "partly_implemented": "Выполнено частично: только в одном корпусе.",
                        "not_implemented": "Не выполнено; администрация ссылается на "
                                           "отсутствие финансирования.",
                        "in_progress": "Работы начаты, срок — до конца года.",
                    }[status]})
                follow = self.npm_body(fac, later, CITIES[fac.city], rechecks, follow_recs)
                follow["previous_visit_id"] = first
                follow["findings"] = ("Повторное посещение. " + follow["findings"])
                self.plan.add("npm_visit", follow)

    def npm_interview(self, code: str) -> dict[str, Any]:
        r = self.rng
        fear = r.random() < 0.45
        return {"code": code, "consent": True, "fear_of_reprisal": fear,
                "account": r.choice(NPM_ACCOUNTS), "recheck_next_visit": fear or r.random() < 0.3}

    def npm_body(self, fac: Facility, start: dt.datetime, city: City,
                 interviews: list[dict[str, Any]], recs: list[dict[str, Any]]) -> dict[str, Any]:
        r = self.rng
        offset = _offset_on(city, start.date())
        end = start + dt.timedelta(hours=r.randint(3, 7), minutes=r.choice((0, 15, 30)))
        checklist = []
        for item in CHECKLIST:
            rating = r.choices(("adequate", "partly", "inadequate", "not_checked"),
                               weights=(4, 3, 3, 1))[0]
            checklist.append({"item": item, "rating": rating,
                              "note": CHECKLIST_NOTES.get(item) if rating == "inadequate"
                              else None})
        obstructed = r.random() < 0.35
        return {
            "facility_id": self.facility_refs[fac.key],
            "started_at": start.strftime("%Y-%m-%dT%H:%M:00") + offset,
            "ended_at": end.strftime("%Y-%m-%dT%H:%M:00") + offset,
            "team": r.sample(NPM_MONITORS, 3), "announced": r.random() < 0.2,
            "obstruction": ("Группу продержали на КПП 50 минут, ссылаясь на отсутствие "
                            "начальника; к моменту входа двое задержанных были переведены."
                            if obstructed else None),
            "areas_visited": r.sample(_STORIES["npm_areas"], 5),
            "headcount": r.randint(fac.capacity // 5, fac.capacity),
            "registers_checked": ["журнал учёта задержанных",
                                  "журнал медицинских осмотров при поступлении",
                                  "журнал регистрации жалоб"],
            "checklist": checklist,
            "allegations": ("Двое задержанных сообщили об избиении при «приёмке»; "
                            "один показал следы на спине." if r.random() < 0.6 else None),
            "private_interviews": interviews,
            "findings": ("Время фактического задержания в журнале не фиксируется; "
                         "медосмотр при поступлении формальный, повреждения не описываются."),
            "recommendations": recs,
        }


CHECKLIST: tuple[str, ...] = tuple(_STORIES["checklist"])
CHECKLIST_NOTES: dict[str, str] = _STORIES["checklist_notes"]
NPM_ACCOUNTS: tuple[str, ...] = tuple(_STORIES["npm_accounts"])
NPM_RECOMMENDATIONS: tuple[str, ...] = tuple(_STORIES["npm_recommendations"])


def schema_label(vocab_name: str, code: str, lang: str) -> str:
    return vocab.load(vocab_name).label(code, lang)


def _regender(surname: str, gender: str) -> str:
    if gender == "female" and surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    if gender == "male" and surname.endswith(("ова", "ева", "ина")):
        return surname[:-1]
    if surname.endswith("ұлы") and gender == "female":
        return surname[:-3] + "қызы"
    if surname.endswith("қызы") and gender == "male":
        return surname[:-4] + "ұлы"
    return surname


def _photo_maker(seed: int, lesion_type: str, age: str, label: str, taken: dt.datetime,
                 offset: str, camera: tuple[str, str],
                 gps: tuple[float, float] | None) -> Callable[[], bytes]:
    def make() -> bytes:
        rng = random.Random(seed)  # noqa: S311 (reproducible fiction, not secrets)
        return synthetic_photo(rng, lesion_type=lesion_type, age=age,
                               label=label, taken=taken, utc_offset=offset, camera=camera,
                               gps=gps)
    return make


# ---------------------------------------------------------------------------------------
# Writing


def populate(vault: Vault, *, seed: int = 2026, cases: int = 36, photos: bool = True,
             progress: Progress | None = None, cancel: CancelFlag | None = None
             ) -> dict[str, int]:
    """Add fictional demo data to `vault`; returns how many records of each kind.

    All or nothing: one transaction, rolled back (and the evidence files it sealed
    removed) if anything fails or `cancel` is set. `progress(done, total)` counts items
    (records and photos) written.
    """
    if isinstance(cases, bool) or not isinstance(cases, int) or not 0 <= cases <= MAX_CASES:
        raise InvalidInput(f"cases must be a whole number from 0 to {MAX_CASES}")
    plan = _Builder(seed, cases, photos).build()
    records = Records(vault)
    total = len(plan.items)
    done = 0
    counts: dict[str, int] = {}
    ids: dict[str, str] = {}
    sealed: list[str] = []  # evidence originals first stored by this run

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("demo data cancelled: nothing was added")

    try:
        with vault.db.transaction(), tempfile.TemporaryDirectory(prefix="qorgau-demo-") as tmp:
            pending = list(plan.items)
            while pending:
                check_cancel()
                ready = [it for it in pending if all(
                    ref.key in ids for ref in _refs_in(
                        it.body if isinstance(it, _Item) else [it.parent]))]
                if not ready:
                    raise RuntimeError("demo plan has a reference cycle")  # a bug here
                ready_keys = {it.key for it in ready}
                pending = [it for it in pending if it.key not in ready_keys]
                batch = [it for it in ready if isinstance(it, _Item)]
                if batch:
                    versions = records.create_many(
                        [(it.kind, _resolve(it.body, ids)) for it in batch])
                    for it, v in zip(batch, versions, strict=True):
                        ids[it.key] = v.record_id
                        counts[it.kind] = counts.get(it.kind, 0) + 1
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
                for it in ready:
                    if not isinstance(it, _Photo):
                        continue
                    check_cancel()
                    # Fictional demo pixels, not case data; still gone right after ingest.
                    path = Path(tmp) / it.filename
                    path.write_bytes(it.data())
                    try:
                        got = evidence.ingest(records, path, record_id=ids[it.parent.key],
                                              description=it.description)
                    finally:
                        path.unlink(missing_ok=True)
                    if got.new_blob:
                        sealed.append(got.sha256)
                    ids[it.key] = got.version.record_id
                    counts["evidence"] = counts.get("evidence", 0) + 1
                    done += 1
                    if progress is not None:
                        progress(done, total)
            if cases:  # cases exercising each consent answer (app.demo_consent)
                for kind, n in demo_consent.add(records).items():
                    counts[kind] = counts.get(kind, 0) + n
                    done, total = done + n, total + n
                if progress is not None:
                    progress(done, total)
            ordered = {k: counts[k] for k in schema.KINDS if k in counts}
            vault.audit("demo_data", {"seed": seed, "counts": ordered})
    except BaseException:
        for sha in sealed:
            vault.blobs.remove(sha)
        raise
    return ordered
