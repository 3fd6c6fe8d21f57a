"""Fictional demo data: a vault that looks like a year of real work, for trying Qorgau out,
for screenshots and for training, without ever showing a real person's story.

Everything here is invented: names are combined at random from common Kazakh and Russian
first names and surnames, facility codes are made up in the style of real ones, and the
accounts are composed from the kinds of events public reports describe (see
/work/shared/domain.md), never copied from a real testimony.

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
import random
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

from app import demo_consent, evidence, schema, vocab
from app.records import Records
from storage.errors import Cancelled, InvalidInput
from storage.vault import Vault

Progress = Callable[[int, int], None]  # items done, items total
MAX_CASES = 5000


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


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


CITIES: dict[str, City] = {c.code: c for c in (
    City("almaty", "Алматы", "Алматы", "в Алматы", "Алматыда", "г. Алматы", "ALA",
         43.2389, 76.8897, "+06:00",
         "г. Алматы", "г. Алматы"),
    City("taraz", "Тараз", "Тараз", "в Таразе", "Таразда", "Жамбылская область", "TRZ",
         42.9000, 71.3667, "+06:00",
         "г. Тараза", "Жамбылской области"),
    City("kyzylorda", "Кызылорда", "Қызылорда", "в Кызылорде", "Қызылордада",
         "Кызылординская область", "KZO", 44.8488, 65.4823, "+05:00",
         "г. Кызылорды", "Кызылординской области"),
    City("astana", "Астана", "Астана", "в Астане", "Астанада", "г. Астана", "AST",
         51.1694, 71.4491, "+06:00",
         "г. Астаны", "г. Астаны"),
    City("shymkent", "Шымкент", "Шымкент", "в Шымкенте", "Шымкентте", "г. Шымкент", "SHM",
         42.3417, 69.5901, "+06:00",
         "г. Шымкента", "г. Шымкента"),
    City("petropavlovsk", "Петропавловск", "Петропавл", "в Петропавловске", "Петропавлда",
         "Северо-Казахстанская область", "PPL", 54.8753, 69.1628, "+06:00",
         "г. Петропавловска", "Северо-Казахстанской области"),
    City("karaganda", "Караганда", "Қарағанды", "в Караганде", "Қарағандыда",
         "Карагандинская область", "KRG", 49.8047, 73.1094, "+06:00",
         "г. Караганды", "Карагандинской области"),
    City("zhanaozen", "Жанаозен", "Жаңаөзен", "в Жанаозене", "Жаңаөзенде",
         "Мангистауская область", "ZHN", 43.3412, 52.8619, "+05:00",
         "г. Жанаозена", "Мангистауской области"),
    City("aktobe", "Актобе", "Ақтөбе", "в Актобе", "Ақтөбеде", "Актюбинская область", "AKT",
         50.2839, 57.1670, "+05:00",
         "г. Актобе", "Актюбинской области"),
    City("taldykorgan", "Талдыкорган", "Талдықорған", "в Талдыкоргане", "Талдықорғанда",
         "область Жетісу", "TLD", 45.0156, 78.3739, "+06:00",
         "г. Талдыкоргана", "области Жетісу"),
)}
# The first cases go round these, so even a small demo spans five cities and more.
FIRST_CITIES = ("almaty", "taraz", "kyzylorda", "astana", "shymkent", "petropavlovsk")
CITY_WEIGHTS = {"almaty": 8, "taraz": 6, "kyzylorda": 4, "astana": 4, "shymkent": 4,
                "petropavlovsk": 3, "karaganda": 2, "zhanaozen": 2, "aktobe": 2,
                "taldykorgan": 3}
JANUARY_2022_CITIES = ("almaty", "taraz", "kyzylorda", "shymkent", "taldykorgan",
                       "zhanaozen", "aktobe")


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


_MVD = "МВД РК"
_KUIS = "Комитет уголовно-исполнительной системы МВД РК"

# Invented codes in the style of the real ones; addresses are invented too.
FACILITIES: tuple[Facility, ...] = (
    Facility("ivs_ala", "ИВС Департамента полиции г. Алматы", "Алматы қаласы ПД УҰИ", None,
             "ivs", "almaty", "ул. Заводская, 14", _MVD, 120, "в ИВС ДП г. Алматы",
             "Алматыдағы уақытша ұстау изоляторында"),
    Facility("sizo_ala", "Следственный изолятор 155/22", "155/22 тергеу изоляторы", "155/22",
             "sizo", "almaty", "ул. Тюремная промзона, 2", _KUIS, 1500, "в СИЗО 155/22",
             "155/22 тергеу изоляторында"),
    Facility("col_ala", "Учреждение LA-155/12 (Алматинская область)", "LA-155/12 мекемесі",
             "LA-155/12", "colony", "almaty", "Алматинская обл., пос. Степной", _KUIS, 1200,
             "в колонии LA-155/12", "LA-155/12 колониясында"),
    Facility("sr_ala", "Специальный приёмник ДП г. Алматы", "Алматы ПД арнаулы қабылдау орны",
             None, "special_reception", "almaty", "ул. Складская, 7", _MVD, 80,
             "в спецприёмнике", "арнаулы қабылдау орнында"),
    Facility("gym_ala", "Спорткомплекс «Жігер» (временное место содержания, январь 2022)",
             "«Жігер» спорт кешені", None, "makeshift", "almaty", "мкр. Таугуль-4, 1а",
             _MVD, 300, "в спортзале, где держали задержанных", "спорт залында"),
    Facility("psy_ala", "Центр психического здоровья № 2 г. Алматы",
             "Алматы қаласының № 2 психикалық денсаулық орталығы", None, "psychiatric",
             "almaty", "ул. Садовая, 40", "Управление здравоохранения г. Алматы", 400,
             "в психиатрической больнице", "психиатриялық ауруханада"),
    Facility("ivs_trz", "ИВС ДП Жамбылской области", "Жамбыл облысы ПД УҰИ", None, "ivs",
             "taraz", "ул. Промышленная, 9", _MVD, 90, "в ИВС ДП Жамбылской области",
             "Тараздағы уақытша ұстау изоляторында"),
    Facility("sizo_trz", "Следственный изолятор ZhD-158/3", "ZhD-158/3 тергеу изоляторы",
             "ZhD-158/3", "sizo", "taraz", "ул. Северная, 21", _KUIS, 900,
             "в СИЗО ZhD-158/3", "ZhD-158/3 тергеу изоляторында"),
    Facility("col_trz", "Учреждение ZhD-158/7", "ZhD-158/7 мекемесі", "ZhD-158/7", "colony",
             "taraz", "Жамбылская обл., пос. Енбек", _KUIS, 1100, "в колонии ZhD-158/7",
             "ZhD-158/7 колониясында"),
    Facility("ivs_kzo", "ИВС ДП Кызылординской области", "Қызылорда облысы ПД УҰИ", None,
             "ivs", "kyzylorda", "ул. Железнодорожная, 3", _MVD, 70,
             "в ИВС ДП Кызылординской области", "Қызылордадағы уақытша ұстау изоляторында"),
    Facility("sizo_kzo", "Следственный изолятор KO-162/2", "KO-162/2 тергеу изоляторы",
             "KO-162/2", "sizo", "kyzylorda", "ул. Окраинная, 15", _KUIS, 700,
             "в СИЗО KO-162/2", "KO-162/2 тергеу изоляторында"),
    Facility("col_kzo", "Учреждение KO-162/5", "KO-162/5 мекемесі", "KO-162/5", "colony",
             "kyzylorda", "Кызылординская обл., пос. Тасбогет", _KUIS, 950,
             "в колонии KO-162/5", "KO-162/5 колониясында"),
    Facility("ivs_ast", "ИВС ДП г. Астаны", "Астана қаласы ПД УҰИ", None, "ivs", "astana",
             "ул. Индустриальная, 5", _MVD, 110, "в ИВС ДП г. Астаны",
             "Астанадағы уақытша ұстау изоляторында"),
    Facility("sizo_ast", "Следственный изолятор EC-167/3", "EC-167/3 тергеу изоляторы",
             "EC-167/3", "sizo", "astana", "ул. Пригородная, 12", _KUIS, 1300,
             "в СИЗО EC-167/3", "EC-167/3 тергеу изоляторында"),
    Facility("sr_ast", "Специальный приёмник ДП г. Астаны", "Астана ПД арнаулы қабылдау орны",
             None, "special_reception", "astana", "ул. Монтажная, 8", _MVD, 60,
             "в спецприёмнике", "арнаулы қабылдау орнында"),
    Facility("ivs_shm", "ИВС ДП г. Шымкента", "Шымкент қаласы ПД УҰИ", None, "ivs",
             "shymkent", "ул. Тупиковая, 1", _MVD, 100, "в ИВС ДП г. Шымкента",
             "Шымкенттегі уақытша ұстау изоляторында"),
    Facility("sizo_shm", "Следственный изолятор UK-161/4", "UK-161/4 тергеу изоляторы",
             "UK-161/4", "sizo", "shymkent", "ул. Загородная, 30", _KUIS, 1000,
             "в СИЗО UK-161/4", "UK-161/4 тергеу изоляторында"),
    Facility("juv_shm", "Центр адаптации несовершеннолетних г. Шымкента",
             "Шымкент қаласының кәмелетке толмағандарды бейімдеу орталығы", None,
             "juvenile_centre", "shymkent", "ул. Школьная, 19", _MVD, 40,
             "в центре адаптации несовершеннолетних", "бейімдеу орталығында"),
    Facility("ivs_ppl", "ИВС ДП Северо-Казахстанской области", "СҚО ПД УҰИ", None, "ivs",
             "petropavlovsk", "ул. Вокзальная, 6", _MVD, 60,
             "в ИВС ДП Северо-Казахстанской области", "Петропавлдағы уақытша ұстау изоляторында"),
    Facility("col_ppl", "Учреждение EC-164/7 (максимальной безопасности)", "EC-164/7 мекемесі",
             "EC-164/7", "colony", "petropavlovsk", "ул. Лагерная, 1", _KUIS, 1400,
             "в колонии EC-164/7", "EC-164/7 колониясында"),
    Facility("ivs_krg", "ИВС ДП Карагандинской области", "Қарағанды облысы ПД УҰИ", None, "ivs",
             "karaganda", "ул. Рудная, 17", _MVD, 90, "в ИВС ДП Карагандинской области",
             "Қарағандыдағы уақытша ұстау изоляторында"),
    Facility("col_krg", "Учреждение AK-159/16", "AK-159/16 мекемесі", "AK-159/16", "colony",
             "karaganda", "Карагандинская обл., пос. Шахтинский", _KUIS, 1250,
             "в колонии AK-159/16", "AK-159/16 колониясында"),
    Facility("nark_krg", "Областной центр психического здоровья (наркологическое отделение)",
             "Облыстық психикалық денсаулық орталығы", None, "addiction_centre", "karaganda",
             "ул. Больничная, 22", "Управление здравоохранения Карагандинской области", 150,
             "в наркологическом отделении", "наркологиялық бөлімшеде"),
    Facility("ivs_zhn", "ИВС ОП г. Жанаозена", "Жаңаөзен ПБ УҰИ", None, "ivs", "zhanaozen",
             "мкр. Шанырак, 3", _MVD, 40, "в ИВС г. Жанаозена",
             "Жаңаөзендегі уақытша ұстау изоляторында"),
    Facility("mil_zhn", "Воинская часть 5513 (временное содержание, январь 2022)",
             "5513 әскери бөлімі", None, "military_unit", "zhanaozen", "промзона, объект 4",
             "Министерство обороны РК", 200, "в воинской части", "әскери бөлімде"),
    Facility("ivs_akt", "ИВС ДП Актюбинской области", "Ақтөбе облысы ПД УҰИ", None, "ivs",
             "aktobe", "ул. Депо, 11", _MVD, 80, "в ИВС ДП Актюбинской области",
             "Ақтөбедегі уақытша ұстау изоляторында"),
    Facility("sizo_akt", "Следственный изолятор GM-172/3", "GM-172/3 тергеу изоляторы",
             "GM-172/3", "sizo", "aktobe", "ул. Окружная, 44", _KUIS, 800, "в СИЗО GM-172/3",
             "GM-172/3 тергеу изоляторында"),
    Facility("ivs_tld", "ИВС ДП области Жетісу", "Жетісу облысы ПД УҰИ", None, "ivs",
             "taldykorgan", "ул. Береговая, 2", _MVD, 60, "в ИВС г. Талдыкоргана",
             "Талдықорғандағы уақытша ұстау изоляторында"),
    Facility("gym_tld", "Спортзал колледжа (временное место содержания, январь 2022)",
             "Колледждің спорт залы", None, "makeshift", "taldykorgan", "ул. Студенческая, 5",
             _MVD, 150, "в спортзале колледжа", "колледждің спорт залында"),
)


def _facilities_in(city: str, *types: str) -> list[Facility]:
    return [f for f in FACILITIES if f.city == city and (not types or f.type in types)]


# ---------------------------------------------------------------------------------------
# Names (combined at random: any resemblance to a real person is a coincidence)

KZ_MALE = ("Ерлан", "Нурлан", "Асхат", "Данияр", "Бауыржан", "Ержан", "Арман", "Талгат",
           "Медет", "Айдос", "Диас", "Ерболат", "Нуржан", "Санжар", "Марат", "Руслан",
           "Азамат", "Ернар", "Жандос", "Алибек", "Серик", "Канат", "Болат", "Мурат")
KZ_FEMALE = ("Айгуль", "Гульнара", "Динара", "Жанар", "Сауле", "Айжан", "Мадина", "Асель",
             "Гаухар", "Мейрамгуль", "Дана", "Жулдыз", "Айнур", "Камила", "Зауре", "Алия")
RU_MALE = ("Алексей", "Дмитрий", "Сергей", "Виктор", "Андрей", "Павел", "Игорь", "Денис",
           "Максим", "Евгений", "Николай", "Владимир")
RU_FEMALE = ("Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Людмила", "Анна")
KZ_SURNAMES = ("Жумабаев", "Абдрахманов", "Тулегенов", "Есенов", "Касымов", "Бекмуханов",
               "Омаров", "Ахметжанов", "Сарсенбаев", "Кенжебаев", "Мукашев", "Байжанов",
               "Уразбаев", "Искаков", "Сагинтаев", "Жаксылыков", "Темирханов", "Оспанов",
               "Дуйсенбаев", "Калиев", "Нургалиев", "Бейсенов", "Алимжанов", "Тажибаев")
KZ_NEW_SURNAME_ROOTS = ("Нұрлыбек", "Ерғали", "Серік", "Қайрат", "Бақыт", "Дәулет")
RU_SURNAMES = ("Иванов", "Кузнецов", "Морозов", "Васильев", "Соколов", "Попов", "Лебедев",
               "Новиков", "Козлов", "Степанов")
INVARIANT_SURNAMES = {"korean": ("Ким", "Пак", "Ли", "Цой"),
                      "ukrainian": ("Шевченко", "Бондаренко", "Ткаченко")}
OTHER_SURNAMES = {"uyghur": ("Турсунов", "Розахунов", "Масимов"),
                  "uzbek": ("Юлдашев", "Рахимов", "Каримов")}
NATIONALITY = {
    "kazakh": ("казах", "казашка"), "russian": ("русский", "русская"),
    "korean": ("кореец", "кореянка"), "ukrainian": ("украинец", "украинка"),
    "uyghur": ("уйгур", "уйгурка"), "uzbek": ("узбек", "узбечка"),
}
GROUP_WEIGHTS = {"kazakh": 70, "russian": 14, "korean": 4, "ukrainian": 3, "uyghur": 5,
                 "uzbek": 4}

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
_VOWELS = set("аеёиоуыэюяәөұүі")


def transliterate(text: str) -> str:
    """Cyrillic to Latin the way Kazakh passports mostly spell names (Жумабаев →
    Zhumabayev, Ерлан → Yerlan)."""
    out = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low == "е" and (not prev or prev in _VOWELS or not prev.isalpha()):
            lat = "ye"
        else:
            lat = _LATIN.get(low, ch)
        out.append(lat.capitalize() if ch.isupper() else lat)
        prev = low
    return "".join(out)


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


STAFF = ("Сагинтаева Н. (юрист)", "Омаров Б. (юрист)", "Ким Е. (правозащитник)",
         "Жаксылыкова А. (юрист)", "Петренко И. (адвокат)", "Абдрахманова Г. (координатор)")
LAWYERS = ("адвокат Н. Сагинтаева", "адвокат Б. Омаров", "адвокат И. Петренко",
           "адвокат С. Тажибаева")
DOCTORS = (("Искакова Ж. М.", "врач — судебно-медицинский эксперт, стаж 17 лет", "female"),
           ("Лебедев А. В.", "врач-травматолог, стаж 12 лет", "male"),
           ("Нургалиева Д. С.", "врач — судебно-медицинский эксперт, стаж 9 лет", "female"))
PSYCHOLOGISTS = ("Бейсенова А. К. (психолог)", "Морозова Т. И. (психиатр)")
DOCTORS_ORG = "Медицинская группа ОФ «Денсаулық пен құқық» (вымышленная организация)"
NPM_MONITORS = ("Искакова Г. (член НПМ, юрист)", "Тулегенов Р. (член НПМ)",
                "Васильева О. (член НПМ, врач)", "Ахметжанов Д. (член НПМ)",
                "Калиева С. (член НПМ, психолог)", "Пак В. (член НПМ)")
CAMERAS = (("samsung", "SM-A525F"), ("Xiaomi", "Redmi Note 10 Pro"), ("Apple", "iPhone 11"),
           ("HUAWEI", "P30 lite"), ("Canon", "Canon EOS 250D"))


# ---------------------------------------------------------------------------------------
# Dates in words

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
    "beating_fists_feet": ("{Obj} били кулаками и ногами — по голове, по почкам, по бокам.",
                           "Повалили на пол и пинали ногами, пока {he} не перестал{a} "
                           "закрываться."),
    "beating_truncheon": ("Били дубинкой по спине и по ногам, пока {he} не упал{a}.",
                          "Били резиновой дубинкой по ягодицам и по рукам, считали удары."),
    "beating_soles_palms": ("Били дубинкой по пяткам и ладоням — «чтобы не было следов».",),
    "hanging_by_hands": ("Подвешивали за руки, скованные наручниками за спиной, {he} почти "
                         "терял{a} сознание.",),
    "stress_positions": ("Часами держали в «растяжке» лицом к стене, ноги шире плеч.",
                         "Заставляли стоять на корточках с руками за головой по несколько "
                         "часов."),
    "forced_squats_pushups": ("Заставляли приседать и отжиматься сотни раз, кто падал — тех "
                              "били.",),
    "forced_crawling": ("Заставляли ползать на коленях по коридору под смех охраны.",),
    "forced_nudity": ("Раздели догола и так держали в коридоре на холодном полу.",),
    "strip_search_filmed": ("Обыск с полным раздеванием снимали на телефон и грозили "
                            "выложить видео.",),
    "electric_shocks": ("Подключали провода к пальцам и пускали ток.",),
    "stun_gun": ("Били электрошокером в шею и в бок, остались парные точки-ожоги.",),
    "suffocation_plastic_bag": ("Надевали на голову целлофановый пакет и душили, пока {he} не "
                                "терял{a} сознание.",),
    "suffocation_hood": ("На голову надели мешок, было трудно дышать, {he} не видел{a}, кто "
                         "бьёт.",),
    "burning_iron": ("Прикладывали к спине горячий утюг.",),
    "burning_cigarettes": ("Тушили сигареты о {his} руки.",),
    "burning_lighter": ("Жгли зажигалкой пальцы.",),
    "boiling_water": ("Облили ноги кипятком из чайника.",),
    "cold_water_outdoors": ("Ночью выводили во двор и обливали ледяной водой, на улице было "
                            "минус двадцать.",),
    "needles_under_nails": ("Загоняли иголки под ногти.",),
    "needles_into_wound": ("Тыкали иглой в открытую рану на ноге.",),
    "pulling_teeth": ("Выбили два передних зуба.",),
    "rape_with_object": ("{He} сказал{a}, что было сексуальное насилие с дубинкой; больше об "
                         "этом говорить не может.",),
    "sexual_violence_other": ("Про сексуальное насилие {he} сказал{a} только, что оно было, "
                              "подробно говорить не может.",),
    "threat_rape": ("Угрожали изнасиловать дубинкой.",),
    "threat_kill": ("Говорили, что убьют и закопают в степи, никто не найдёт.",),
    "threat_relatives": ("Угрожали, что посадят и брата, а детей заберут в детдом.",),
    "mock_execution": ("Приставляли пистолет к голове и щёлкали курком.",),
    "cold_cell": ("Держали в холодной камере без света, воды, туалета и матраса.",),
    "solitary_confinement": ("Потом месяц продержали в одиночке, в ШИЗО.",),
    "denial_medical_care": ("Врача не вызывали, хотя {he} просил{a} несколько раз.",),
    "removal_from_hospital": ("{Obj} забрали прямо из больницы, с капельницей в руке.",),
    "incommunicado": ("Три дня нам не говорили, где {he} и что с {inst}.",),
}

METHODS_KK: dict[str, str] = {
    "beating_fists_feet": "Басынан, бүйрегінен, бүйірінен жұдырықпен, аяқпен ұрған.",
    "beating_truncheon": "Арқасынан, аяғынан таяқпен (дубинкамен) ұрған.",
    "beating_soles_palms": "Із қалмасын деп табанынан, алақанынан таяқпен ұрған.",
    "hanging_by_hands": "Артқа кісенделген қолынан іліп қойған.",
    "stress_positions": "Сағаттап қабырғаға қаратып, аяғын алшақ қойғызып тұрғызған.",
    "forced_squats_pushups": "Әлі құрығанша отырып-тұруға, жерден итерілуге мәжбүрлеген, "
                             "құлағанды ұрған.",
    "forced_crawling": "Дәлізде тізесімен еңбектеткен.",
    "forced_nudity": "Шешіндіріп, жалаңаш күйде суық дәлізде ұстаған.",
    "strip_search_filmed": "Толық шешіндіріп тінткенде телефонға видеоға түсірген.",
    "electric_shocks": "Саусақтарына сым жалғап, ток жіберген.",
    "stun_gun": "Мойнына, бүйіріне электрошокер басқан.",
    "suffocation_plastic_bag": "Басына пакет кигізіп, есінен танғанша тұншықтырған.",
    "suffocation_hood": "Басына қап кигізген, дем алу қиын болған.",
    "burning_iron": "Арқасына ыстық үтік басқан.",
    "burning_cigarettes": "Қолына темекі басып сөндірген.",
    "burning_lighter": "Саусақтарын оттықпен күйдірген.",
    "boiling_water": "Аяғына қайнаған су құйған.",
    "cold_water_outdoors": "Түнде аулаға шығарып, аязда үстіне мұздай су құйған.",
    "needles_under_nails": "Тырнағының астына ине сұққан.",
    "needles_into_wound": "Аяғындағы ашық жарасына ине сұққан.",
    "pulling_teeth": "Алдыңғы екі тісін сындырған.",
    "rape_with_object": "Таяқпен жыныстық зорлық жасалғанын айтты, бұдан артық айта алмайды.",
    "sexual_violence_other": "Жыныстық зорлық-зомбылық болғанын айтты, толық айта алмайды.",
    "threat_rape": "Таяқпен зорлаймыз деп қорқытқан.",
    "threat_kill": "Өлтіріп, далаға көміп тастаймыз, ешкім таппайды деп қорқытқан.",
    "threat_relatives": "Ағаңды да отырғызамыз, балаларыңды балалар үйіне береміз деген.",
    "mock_execution": "Басына тапанша тақап, шүріппесін басқан.",
    "cold_cell": "Жарығы, суы, дәретханасы, матрасы жоқ суық камерада ұстаған.",
    "solitary_confinement": "Кейін бір ай бойы жалғыз камерада (ШИЗО) ұстаған.",
    "denial_medical_care": "Бірнеше рет дәрігер сұраса да, шақырмаған.",
    "removal_from_hospital": "Ауруханадан, қолында тамшы дәрісімен алып кеткен.",
    "incommunicado": "Үш күн бойы оның қайда екенін ешкім айтпады.",
}

SCENARIO_METHODS = {
    "jan2022": ("beating_fists_feet", "beating_truncheon", "stress_positions", "forced_nudity",
                "cold_water_outdoors", "burning_iron", "stun_gun", "suffocation_plastic_bag",
                "threat_kill", "threat_relatives", "incommunicado", "denial_medical_care",
                "removal_from_hospital", "needles_into_wound", "threat_rape",
                "burning_cigarettes", "mock_execution"),
    "police": ("beating_fists_feet", "suffocation_plastic_bag", "suffocation_hood",
               "beating_soles_palms", "electric_shocks", "stun_gun", "threat_relatives",
               "threat_rape", "stress_positions", "hanging_by_hands", "needles_under_nails",
               "pulling_teeth", "burning_cigarettes"),
    "colony": ("beating_truncheon", "beating_fists_feet", "forced_squats_pushups",
               "forced_crawling", "strip_search_filmed", "forced_nudity", "stress_positions",
               "solitary_confinement", "cold_cell", "denial_medical_care",
               "sexual_violence_other", "threat_rape", "burning_lighter", "rape_with_object",
               "boiling_water"),
    "protest": ("beating_fists_feet", "beating_truncheon", "strip_search_filmed", "cold_cell",
                "threat_relatives", "stress_positions", "incommunicado"),
}
# Weights within each pool: the most common methods first, the rarest last.
_POOL_WEIGHT_DECAY = 0.86

# Relatives who tell the story: (relation, speaker gender, what they call the victim:
# accusative with "my", "к ..." dative form), by victim gender.
RELATIVE_WORDS_RU = {
    ("mother", "male"): ("моего сына", "к сыну"), ("mother", "female"): ("мою дочь", "к дочери"),
    ("father", "male"): ("моего сына", "к сыну"), ("father", "female"): ("мою дочь", "к дочери"),
    ("spouse", "male"): ("моего мужа", "к мужу"), ("spouse", "female"): ("мою жену", "к жене"),
    ("sibling", "male"): ("моего брата", "к брату"),
    ("sibling", "female"): ("мою сестру", "к сестре"),
}
RELATIVE_WORDS_KK = {
    ("mother", "male"): "ұлымды", ("mother", "female"): "қызымды",
    ("father", "male"): "ұлымды", ("father", "female"): "қызымды",
    ("spouse", "male"): "күйеуімді", ("spouse", "female"): "әйелімді",
    ("sibling", "male"): "інімді", ("sibling", "female"): "сіңлімді",
}


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


INJURIES_SEEN_RU = (
    "На свидании я видел{s} следы ударов на руках, на животе, на боках и на спине.",
    "На руках и на спине были синяки, лицо опухшее, {he} с трудом сидел{a}.",
    "На запястьях были следы от наручников, на голове открытая рана.",
    "{He} хромал{a}, на ногах и на спине были тёмные синяки.",
)
INJURIES_SEEN_KK = (
    "Кездесуде қолында, ішінде, бүйірінде, арқасында соққының іздері бар екенін өз көзіммен "
    "көрдім.",
    "Қолы мен арқасы көгеріп кеткен, беті ісіп кеткен, әрең отырды.",
    "Білегінде кісеннің ізі, басында ашық жара бар еді.",
)
WHERE_DETAINED_RU = ("прямо на улице, возле дома", "на площади", "на работе, при коллегах",
                     "на блокпосту на выезде из города", "возле рынка")
WHERE_DETAINED_KK = ("үйдің жанында", "алаңда", "жұмыс орнында", "қала шетіндегі блокпостта",
                     "базардың жанында")
ENDINGS_RU = (
    "Мы подали жалобу в прокуратуру, но {he} боится, что будет только хуже.",
    "После жалобы к нам домой приходил участковый и советовал «не раздувать».",
    "{He} просит пока никуда не писать, пока не закончится суд.",
    "Нас уговаривают забрать заявление, обещают, что тогда {obj} отпустят.",
)
ENDINGS_KK = (
    "Прокуратураға шағым бердік, бірақ ол бұдан да жаман болады деп қорқады.",
    "Шағымнан кейін учаскелік үйге келіп, «шуламаңдар» деп ескертті.",
    "Арызды кері алсаңдар, босатамыз деп үгіттеп жүр.",
)


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

RANKS = ("капитан полиции", "старший лейтенант полиции", "майор полиции",
         "лейтенант полиции", "сержант полиции", "младший инспектор", "подполковник полиции")
UNITS = {
    "jan2022": ("Управление криминальной полиции ДП {region}", "подразделение специального "
                "назначения ДП {region}", "военнослужащие без знаков различия"),
    "police": ("Отдел криминальной полиции УП {city}", "ИВС ДП {region}",
               "Управление по противодействию наркопреступности ДП {region}"),
    "colony": ("дежурная часть учреждения {code}", "оперативная часть учреждения {code}",
               "отряд охраны учреждения {code}"),
    "protest": ("Управление полиции {city}", "конвойная служба ДП {region}"),
}
DESCRIPTIONS = (
    "Высокий, около 35 лет, короткая стрижка, шрам над левой бровью.",
    "Полный, лет 45, в гражданской одежде, остальные называли его «Шеф».",
    "В маске, по голосу молодой, говорил по-казахски с южным акцентом.",
    "Лет 50, седой, золотой зуб слева, от него пахло табаком.",
    "Среднего роста, спортивный, в чёрной форме без нашивок, на руке татуировка.",
    "Худой, в очках, записывал всё в тетрадь, сам не бил, но командовал.",
)
DESCRIPTIONS_KK = (
    "Бойы ұзын, шамамен 35 жаста, сол қасының үстінде тыртығы бар.",
    "Толық денелі, 45 жас шамасында, азаматша киінген, басқалары «Шеф» дейтін.",
    "Бетпердеде болды, дауысы жас, оңтүстік акцентімен қазақша сөйледі.",
)


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
    "beating_fists_feet": (("bruise", "back", "back"), ("bruise", "left", "flanks"),
                           ("bruise", "front", "abdomen"), ("swelling", "head", "face"),
                           ("abrasion", "front", "knees")),
    "beating_truncheon": (("bruise", "back", "back"), ("bruise", "back", "buttocks"),
                          ("bruise", "back", "legs"), ("bruise", "front", "arms")),
    "beating_soles_palms": (("swelling", "feet", "soles"), ("bruise", "feet", "soles"),
                            ("bruise", "hands", "hands")),
    "hanging_by_hands": (("ligature_mark", "hands", "wrists"),
                         ("bruise", "front", "shoulders")),
    "stun_gun": (("electrical_mark", "head", "neck"), ("electrical_mark", "left", "flanks")),
    "electric_shocks": (("electrical_mark", "hands", "fingers_nails"),),
    "burning_iron": (("burn", "back", "back"),),
    "burning_cigarettes": (("burn", "front", "arms"), ("burn", "hands", "hands")),
    "burning_lighter": (("burn", "hands", "fingers_nails"),),
    "boiling_water": (("burn", "front", "legs"),),
    "needles_under_nails": (("puncture", "hands", "fingers_nails"),),
    "needles_into_wound": (("laceration", "front", "legs"),),
    "pulling_teeth": (("tooth_injury", "head", "mouth_teeth"),),
    "suffocation_plastic_bag": (("bruise", "head", "face"),),
    "cold_water_outdoors": (("other", "hands", "fingers_nails"),),
    "forced_squats_pushups": (("abrasion", "front", "knees"), ("abrasion", "hands", "hands")),
    "forced_crawling": (("abrasion", "front", "knees"),),
}
HANDCUFFS = ("ligature_mark", "hands", "wrists")

LESION_TEXT = {
    "bruise": ("кровоподтёк", "овальный", (30, 90), (20, 50)),
    "abrasion": ("ссадина", "неправильной формы", (10, 40), (5, 20)),
    "laceration": ("ушибленная рана", "линейная, с неровными краями", (15, 40), (2, 6)),
    "burn": ("ожог", "округлый", (8, 12), (8, 12)),
    "electrical_mark": ("парные точечные поражения", "две точки на расстоянии 3–4 см",
                        (35, 40), (3, 5)),
    "ligature_mark": ("полосовидный кровоподтёк", "циркулярная полоса вокруг запястья",
                      (60, 90), (5, 10)),
    "puncture": ("колотые точечные раны", "точечные, под ногтевыми пластинами", (1, 3), (1, 3)),
    "swelling": ("отёк мягких тканей", "разлитой", (40, 80), (30, 60)),
    "tooth_injury": ("отсутствие коронок 11 и 21 зубов", "края лунок неровные", (10, 12),
                     (8, 10)),
    "other": ("отморожение I степени", "неравномерная гиперемия кончиков пальцев", (10, 20),
              (8, 15)),
}
AGE_COLOUR = {
    "fresh_24h": "красно-багровый", "days_1_3": "сине-фиолетовый",
    "days_3_7": "синюшный в центре, зеленовато-жёлтый по краям",
    "weeks_1_2": "жёлто-коричневый", "older": "бледно-коричневый",
    "healed": "пигментированный рубец", "unknown": "неравномерный",
}
# Photo colours (RGB) of a bruise by age, and of other lesion types.
AGE_RGB = {"fresh_24h": (125, 35, 70), "days_1_3": (85, 50, 115), "days_3_7": (105, 115, 75),
           "weeks_1_2": (170, 140, 75), "older": (160, 120, 90), "healed": (190, 150, 130),
           "unknown": (120, 80, 90)}
TYPE_RGB = {"burn": (165, 55, 45), "abrasion": (150, 65, 45), "laceration": (120, 25, 30),
            "electrical_mark": (80, 35, 35), "puncture": (90, 30, 30)}
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


SCENARIO_TITLES = {
    "jan2022": "пытки после январских событий {city_loc}",
    "police": "пытки в полиции с целью получить признание",
    "colony": "избиения и унижения в учреждении {code}",
    "protest": "жестокое обращение после задержания на мирном митинге",
}
CHARGES = {
    "jan2022": (["272-2"], ["269-2", "272-2"], ["380-1"], ["272-2", "293-2"]),
    "police": (["188-2"], ["191-2"], ["297-1"], ["99-1"], ["293-1"]),
    "colony": (["188-3"], ["99-1"], ["297-2"], ["190-2"]),
    "protest": (["КоАП 488-6"], ["КоАП 488-6", "КоАП 667"]),
}
HEALTH = ("сахарный диабет 2 типа", "гипертония", "эпилепсия", "астма",
          "после черепно-мозговой травмы жалуется на головные боли")
INTERVIEW_PLACES_RU = ("на кухне у родственников", "в машине у здания суда",
                       "в коридоре районного суда", "в офисе НКО", "у подъезда, на скамейке",
                       "по видеосвязи (Signal)")
INTERVIEW_PLACES_KK = ("туыстарының үйінде, асүйде", "сот ғимаратының жанындағы көлікте",
                       "ҮЕҰ кеңсесінде")
COMPLAINT_STATUS_WEIGHTS = {
    "closed_no_corpus_delicti": 44, "closed_no_evidence": 8, "registration_refused": 8,
    "investigation_opened": 9, "sent_to_court": 8, "conviction": 2, "plea_bargain": 2,
    "no_response": 5, "withdrawn": 5, "registered": 5, "requalified": 4,
}
REPRISALS = (
    "Через неделю после жалобы против заявителя возбудили дело по ст. 419 УК РК "
    "(заведомо ложный донос).",
    "Домашний арест заменили на содержание под стражей на следующий день после допроса.",
    "Брата вызвали в полицию и предложили «решить вопрос», если жалоба будет отозвана.",
    "Работодателю позвонили из полиции, заявителя уволили.",
)


class _Builder:
    def __init__(self, seed: int, cases: int, photos: bool) -> None:
        self.rng = random.Random(seed)  # noqa: S311 (reproducible fiction, not secrets)
        self.n_cases = cases
        self.photos = photos
        self.plan = _Plan()
        self.facility_refs: dict[str, Ref] = {}
        self.city_seq: dict[str, int] = {}
        self.pseudonyms: set[str] = set()

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
        title = SCENARIO_TITLES[scenario].format(city_loc=city.ru_loc,
                                                 code=colony.code if colony else "")
        case_body: dict[str, Any] = {
            "reference": f"{city.abbr}-{opened.year}-{seq:03d}",
            "title": f"{label} — {title}",
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
        consequences = r.choice((
            "Перелом двух рёбер слева, снижение слуха на левое ухо.",
            "Головные боли, бессонница, боится выходить из дома.",
            "Сотрясение головного мозга, ушибы мягких тканей.",
            "Хромота после ударов по ступням, кошмары по ночам.",
        ))
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
        self.complaints(case_ref, city, incident_date, protected, relative_name, gender,
                        case_body)

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
            "follow_up": r.choice((
                "Повторно связаться после ответа прокуратуры.",
                "Предложить консультацию психолога.",
                "Запросить копию медкарты из ИВС.",
                "Проверить, не было ли давления после визита участкового.",
            )),
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
        consistency = r.choice(("consistent", "highly_consistent", "highly_consistent",
                                "typical"))
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
            "symptoms": r.choice((
                "Головные боли, боль в пояснице при движении, нарушение сна.",
                "Боль в рёбрах слева при дыхании, онемение пальцев рук.",
                "Боль в стопах при ходьбе, тревога, вздрагивает от шума.",
            )),
            "history_before": "Хронических заболеваний не указывает, травм до задержания не было.",
            "history_after": ("После освобождения обращался(ась) в травмпункт, справку "
                              "не выдали."),
            "physical_findings": "Осмотрены голова, шея, туловище, конечности, стопы. "
                                 "Повреждения описаны по отдельности и отмечены на схеме тела.",
            "diagnostic_tests": r.choice(("Рентгенография грудной клетки: перелом 9-го ребра "
                                          "слева.", "Не проводились (нет доступа).",
                                          "Аудиометрия: снижение слуха слева.")),
            "psychological_evaluation": ("Жалобы на кошмары, избегание, повышенную "
                                         "настороженность. Впечатление: признаки ПТСР."),
            "interpretation": "Характер, локализация и давность повреждений соответствуют "
                              "описанным событиям.",
            "overall_consistency": consistency,
            "conclusions": "Физические и психологические данные в совокупности "
                           "согласуются с утверждениями о жестоком обращении.",
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
            colour = AGE_COLOUR[age]
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
                "shape": shape, "colour": colour if ltype not in ("tooth_injury",) else None,
                "estimated_age": age,
                "consistency": "typical" if ltype == "electrical_mark" else consistency,
                "methods": attributed,
                "description": f"{name.capitalize()}, {shape}, {length}×{width} мм"
                + (f", {colour}." if ltype != "tooth_injury" else "."),
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
                   relative: Name, gender: str, case_body: dict[str, Any]) -> None:
        r = self.rng
        filed = incident + dt.timedelta(days=r.randint(4, 40))
        status = r.choices(list(COMPLAINT_STATUS_WEIGHTS),
                           weights=list(COMPLAINT_STATUS_WEIGHTS.values()))[0]
        body = "special_prosecutor" if incident.year >= 2022 and r.random() < 0.5 else "prosecutor"
        erdr = f"{filed.year % 100:02d}{r.randint(1000, 9999)}031{r.randint(0, 999999):06d}"
        outcome = filed + dt.timedelta(days=r.randint(20, 200))
        responses = {
            "closed_no_corpus_delicti": (
                f"Постановлением от {ru_date(outcome)} досудебное расследование по ч. 2 "
                "ст. 146 УК РК прекращено на основании п. 2 ч. 1 ст. 35 УПК РК — за "
                "отсутствием состава уголовного правонарушения. Телесные повреждения "
                "объяснены «оказанием сопротивления при задержании»."),
            "closed_no_evidence": ("Расследование прекращено: участие сотрудников полиции "
                                   "не доказано, видеозаписи ИВС «не сохранились»."),
            "registration_refused": ("Заявление не зарегистрировано в ЕРДР и направлено для "
                                     "рассмотрения как обращение в ДП " + city.region_gen + "."),
            "investigation_opened": (f"Зарегистрировано в ЕРДР № {erdr} по ч. 2 ст. 146 "
                                     "УК РК, назначена судебно-медицинская экспертиза."),
            "sent_to_court": (f"Уголовное дело в отношении двух сотрудников направлено в суд "
                              f"г. {city.ru}."),
            "conviction": ("Суд признал двух сотрудников виновными по ч. 2 ст. 146 УК РК; "
                           "назначено 5 лет лишения свободы."),
            "plea_bargain": ("Заключено процессуальное соглашение; сотруднику назначен "
                             "штраф, освобождён от наказания."),
            "no_response": "Ответ по существу не получен, срок рассмотрения истёк.",
            "withdrawn": "Заявитель отозвал жалобу после визита сотрудников полиции домой.",
            "registered": "Зарегистрировано, проводится проверка.",
            "requalified": ("Дело переквалифицировано с ч. 2 ст. 146 на ч. 4 ст. 362 УК РК "
                            "(превышение власти)."),
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
            "article": "362-4" if status == "requalified" else "146-2",
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
                             + r.choice(("давления после прошлого визита не было.",
                                         "после прошлого визита перевели в другую камеру, "
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
                follow["findings"] = ("Повторный визит. " + follow["findings"])
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
            "areas_visited": r.sample(("камеры", "дежурная часть", "медпункт",
                                       "прогулочный двор", "комната для свиданий", "ШИЗО",
                                       "столовая", "душевая"), 5),
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


CHECKLIST = ("space", "light", "ventilation", "temperature", "water", "toilet", "bedding",
             "food", "hygiene", "outdoor_time", "registration_of_detention", "access_to_lawyer",
             "family_notification", "medical_exam_on_admission", "complaints_mechanism")
CHECKLIST_NOTES = {
    "space": "В камере на 4 места — 7 человек.",
    "light": "В камере № 4 нет окна, естественного света нет.",
    "ventilation": "Вентиляция не работает, душно, сыро.",
    "temperature": "Температура в камерах +14 °C.",
    "water": "Питьевая вода только по просьбе, у дежурного.",
    "toilet": "Туалет не отгорожен, виден из глазка.",
    "bedding": "Матрасы выдают только на ночь, постельного белья нет.",
    "food": "Горячее питание один раз в день.",
    "hygiene": "Душ раз в 10 дней, мыло не выдают.",
    "outdoor_time": "Прогулка не предоставлялась 3 дня.",
    "registration_of_detention": "В журнале нет времени фактического задержания.",
    "access_to_lawyer": "Адвокатов пускают только с разрешения следователя.",
    "family_notification": "Уведомление родственников не документируется.",
    "medical_exam_on_admission": "Осмотр формальный, телесные повреждения не фиксируются.",
    "complaints_mechanism": "Ящик для жалоб под камерой видеонаблюдения, вскрывает администрация.",
}
NPM_ACCOUNTS = (
    "При задержании били в машине, в ИВС — нет. Жалоб на условия нет.",
    "При «приёмке» заставили раздеться и приседать, снимали на видео.",
    "Просит не указывать, что жаловался: боится перевода в ШИЗО.",
    "Медосмотр при поступлении не проводился, синяки на руках никто не записал.",
    "Қабылдау кезінде таяқпен ұрды, шағымданудан қорқады.",
    "Вода только холодная, прогулок нет неделю.",
)
NPM_RECOMMENDATIONS = (
    "Фиксировать в журнале время фактического задержания.",
    "Проводить медосмотр при поступлении с описанием всех телесных повреждений и "
    "уведомлять прокурора о каждом случае.",
    "Обеспечить естественное освещение и вентиляцию в камерах подвального этажа.",
    "Перенести ящик для жалоб из зоны видеонаблюдения администрации.",
    "Обеспечить ежедневную прогулку не менее одного часа.",
    "Прекратить видеосъёмку при обысках с полным раздеванием.",
    "Обеспечить конфиденциальные встречи с адвокатом без присутствия сотрудников.",
    "Уведомлять родственников о задержании в течение трёх часов.",
)


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
