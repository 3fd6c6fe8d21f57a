"""Statistics and duplicate suggestion on a large archive (not a test).

    .venv/bin/python -m bench.stats [--records 100000] [--vault DIR] [--seed 1] [--rounds 5]
                                    [--skip-duplicates]

Builds an archive vault of fictional records (a realistic mix of kinds, legal paths in both
shapes, deaths in custody, reprisals, consent answers, written with `Records.create_many`),
closes and reopens it, then times every statistics table over --rounds rounds (goal: all
of them ≤ 1 s together, the statistics view's budget): the first draw after opening (the
archive read once), the same again, other filters and languages (the reading shared),
each against a reference measured in the same rounds (reading and parsing every current
record), min/median/max; then duplicate suggestion over
all person records (goal set here: ≤ 15 s, a review that runs in the background). About
3% of the named people are recorded twice, by a second "lawyer" who spells the name in Latin
with their own habits; the run reports how many of those pairs are suggested.

With --vault DIR an existing benchmark vault is reused (or a new one is kept there).
Uses the cheap test key derivation: this vault holds nothing real.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from app import disclosure, duplicates, stats, vocab
from app import filters as filters_mod
from app.records import Records
from storage.vault import Vault

PASSPHRASE = "benchmark passphrase, nothing secret here"  # noqa: S105 - a throwaway vault
STATS_GOAL = 1.0
DUPLICATES_GOAL = 15.0
TWIN_SHARE = 0.03  # named people recorded a second time, in Latin, by another lawyer

# Share of each kind in the archive (facilities: a fixed register of 300).
MIX = {"person": 0.26, "case": 0.08, "incident": 0.12, "detention": 0.10, "complaint": 0.15,
       "interview": 0.10, "medical_exam": 0.05, "lesion": 0.08, "evidence": 0.06,
       "death_in_custody": 0.004, "reprisal": 0.01, "consent": 0.01}
# The legal path: a share of first complaints carry steps; some older-shaped appeals and UN
# submissions are separate complaint records (the statistics fold both shapes).
STEPS_SHARE, LEGACY_SHARE, TAG_SHARE = 0.3, 0.05, 0.1
STEP_OUTCOMES = ("closure_overturned", "appeal_dismissed", "registered", "sent_to_court",
                 "closed_no_evidence", "other")
FACILITIES = 300



def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Invented names: Kazakh and Russian roots, combined into many surnames.
MALE = _words("Жанболат Ерлан Нұрлан Серік Дәурен Асқар Бауыржан Ғалымжан Қайрат Мұрат Ержан "
              "Дархан Самат Талғат Азамат Әділет Шыңғыс Арман Бекзат Ілияс Жандос Мақсат Нұржан "
              "Олжас Рүстем Тимур Ұлан Еркебұлан Дмитрий Сергей Алексей Юрий Евгений Андрей "
              "Максим Фёдор Илья Артём Виктор Хасан Айдос Бақытжан Жасұлан Қуаныш Әлихан Ернар "
              "Мирас Медет Нұрбек Санжар Темірлан Елдос Абылай Ақжол Данияр")
FEMALE = _words("Айгүл Гүлнар Әсел Жанар Мәдина Дана Айгерім Салтанат Ғалия Меруерт Жұлдыз "
                "Динара Әйгерім Ақмарал Индира Камила Юлия Мария Елена Ольга Наталья Татьяна "
                "Светлана Анастасия Гаухар Шынар Назерке Аружан Томирис Ләззат Баян Құралай "
                "Раушан Сәуле Үміт Еңлік Жібек Мөлдір Нұргүл")
ROOTS = _words("Қасым Нұрлан Ерлан Серік Бекболат Сейтқали Жұмабай Тұрсын Құдайберген Әбдірахман "
               "Ахмет Оспан Сапар Қыдырбай Мұхамед Есен Жақып Байжан Төлеген Рахым Смағұл Ибрагим "
               "Исмаил Қали Дәулет Омар Әлі Жанұзақ Шәкір Тоқтар Сүлеймен Бейсен Ермек Көшер "
               "Мамыр Нұрмағамбет Әуез Құнанбай Абай Мақаш Сұлтан Қайыр Жамбыл Алтынбек Дүйсен "
               "Сәрсен Мейрам Бақыт Хамит Кенже Базар Құрман Шалқар Ордабай Ырысбай Тілеу "
               "Ізбасар Мәлік Тайыр Жолдас Кәрім Сағын Иманғали Өмірзақ Боранбай Ғабит Зейнолла "
               "Қожа Мусин Петр Сергей Иван Михайл Кузнец Смирн Соколь Попов Лебед Козл Новик "
               "Мороз Волк Зайц Павл Семён Голуб Виноград Богдан Ворон Федот")
SUFFIXES = ("ов", "ев", "баев", "ұлы")
CITY_WEIGHTS = {"almaty": 30, "astana": 15, "shymkent": 10, "taraz": 6, "kyzylorda": 4,
                "karaganda": 6, "petropavlovsk": 3, "aktobe": 3, "oral": 2, "pavlodar": 3,
                "semey": 2, "oskemen": 3, "atyrau": 3, "kostanay": 2, "zhanaozen": 3,
                "aktau": 2, "turkistan": 2, "taldykorgan": 1, "kokshetau": 1}
STATUS_WEIGHTS = {"filed": 8, "registered": 10, "registration_refused": 14,
                  "investigation_opened": 8, "closed_no_corpus_delicti": 30,
                  "closed_no_evidence": 10, "requalified": 3, "plea_bargain": 1,
                  "sent_to_court": 4, "conviction": 2, "acquittal": 1, "amnesty": 2,
                  "withdrawn": 2, "no_response": 4, "other": 1}


def surname(root: str, suffix: str, female: bool) -> str:
    if suffix == "баев" and root.endswith("бай"):
        suffix = "ев"
    if suffix == "ұлы":
        return root + ("қызы" if female else "ұлы")
    return root + suffix + ("а" if female else "")


# A second lawyer's Latin spelling: the transliteration choices people really make.
_CHOICES = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "д": ["d"], "е": ["e"],
    "ё": ["e", "yo"], "ж": ["zh", "j", "dzh"], "з": ["z"], "и": ["i"], "й": ["y", "i"],
    "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"], "п": ["p"], "р": ["r"],
    "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"], "х": ["kh", "h"], "ц": ["ts"],
    "ч": ["ch"], "ш": ["sh"], "щ": ["shch", "sch"], "ъ": [""], "ы": ["y", "i"], "ь": [""],
    "э": ["e"], "ю": ["yu", "iu"], "я": ["ya", "ia"], "ә": ["a", "ä"], "ғ": ["g", "gh"],
    "қ": ["k", "q"], "ң": ["n", "ng"], "ө": ["o", "ö"], "ұ": ["u"], "ү": ["u", "ü"],
    "һ": ["h"], "і": ["i"],
}  # fmt: skip


def lawyer_spelling(name: str, rng: random.Random) -> str:
    words = []
    for word in name.split():
        out = []
        low = word.lower()
        for i, ch in enumerate(low):
            latin = rng.choice(_CHOICES.get(ch, [ch]))
            if ch == "е" and (i == 0 or low[i - 1] in "аеиоуыэюяәөұүі"):
                latin = rng.choice(["ye", "e"])
            if ch == "с" and 0 < i < len(low) - 1 and low[i + 1] in "аыоу" and rng.random() < .5:
                latin = "ss"
            out.append(latin)
        spelled = "".join(out)
        if rng.random() < 0.05 and len(spelled) > 5:  # a typing slip
            k = rng.randrange(1, len(spelled) - 1)
            spelled = spelled[:k] + spelled[k + 1:]
        words.append(spelled.capitalize())
    if len(words) > 2 and rng.random() < 0.5:
        words = words[:2]  # patronymic left out
    if rng.random() < 0.4:
        words.reverse()
    return " ".join(words)


class Generator:
    def __init__(self, records: Records, total: int, seed: int) -> None:
        self.records = records
        self.total = total
        self.rng = random.Random(seed)
        self.planted: set[frozenset[str]] = set()

    def pick(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def date(self, start: int = 2019, end: int = 2024) -> str:
        year = self.rng.randint(start, end)
        return f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def create(self, items: list[tuple[str, dict[str, Any]]]) -> list[str]:
        ids: list[str] = []
        for i in range(0, len(items), 5000):
            ids += [v.record_id for v in self.records.create_many(items[i:i + 5000])]
        return ids

    def person(self) -> dict[str, Any]:
        rng = self.rng
        female = rng.random() < 0.3
        first = rng.choice(FEMALE if female else MALE)
        last = surname(rng.choice(ROOTS), rng.choice(SUFFIXES), female)
        name = f"{last} {first}" if rng.random() < 0.5 else f"{first} {last}"
        if rng.random() < 0.3:
            name += " " + rng.choice(MALE) + ("овна" if female else "ович")
        body: dict[str, Any] = {"full_name": name, "gender": "female" if female else "male"}
        r = rng.random()
        if r < 0.7:
            body["date_of_birth"] = self.date(1950, 2008)
        elif r < 0.8:
            body["date_of_birth"] = str(rng.randint(1950, 2008))
        if rng.random() < 0.08:
            body["minor"] = True
        if rng.random() < 0.05:
            body.update(protected=True, pseudonym=f"P-{rng.randrange(10**6)}")
        return body

    def run(self) -> dict[str, int]:
        rng = self.rng
        counts = {kind: int(self.total * share) for kind, share in MIX.items()}
        counts["person"] += self.total - FACILITIES - sum(counts.values())
        types = vocab.load("facility_type").codes
        facilities = self.create([("facility", {
            "name": f"Учреждение № {i}", "code": f"F-{i}", "type": rng.choice(types),
            "city": self.pick(CITY_WEIGHTS)}) for i in range(FACILITIES)])
        # People: 45% victims (3% of them recorded twice), the rest relatives, witnesses
        # and alleged perpetrators (often known only by rank and unit).
        bodies: list[dict[str, Any]] = []
        twins: list[tuple[int, int]] = []
        n_people = counts["person"]
        while len(bodies) < n_people:
            if rng.random() < 0.2:
                bodies.append({"description": "Сотрудник в форме, высокий",
                               "rank": "капитан", "unit": "ДП", "gender": "male"})
                continue
            body = self.person()
            bodies.append(body)
            if len(bodies) < n_people and rng.random() < TWIN_SHARE:
                twin = dict(body, full_name=lawyer_spelling(body["full_name"], rng))
                twin.pop("minor", None)
                dob = body.get("date_of_birth", "")
                if dob and rng.random() < 0.2:
                    twin["date_of_birth"] = dob[:4]  # only the year known to the second
                elif dob and rng.random() < 0.1:
                    twin.pop("date_of_birth")
                twins.append((len(bodies) - 1, len(bodies)))
                bodies.append(twin)
        people = self.create([("person", b) for b in bodies])
        self.planted = {frozenset((people[i], people[j])) for i, j in twins}
        victims = people[: int(n_people * 0.45)]
        cases = self.create([("case", {
            "title": f"Дело {i}", "city": self.pick(CITY_WEIGHTS), "status": "active",
            "opened_on": self.date(),
            "victim_ids": rng.sample(victims, rng.choice((1, 1, 1, 2, 3))),
            **({"tags": ["January 2022"]} if rng.random() < TAG_SHARE else {})})
            for i in range(counts["case"])])
        methods = vocab.load("methods").codes
        method_weights = [30 if m.startswith("beating") else 3 for m in methods]

        def incident() -> dict[str, Any]:
            body: dict[str, Any] = {
                "case_id": rng.choice(cases), "date": self.date(),
                "methods": list(set(rng.choices(methods, method_weights, k=rng.randint(1, 4)))),
                "narrative": "Избивали ногами, надели пакет на голову."}
            if rng.random() < 0.5:
                body["city"] = self.pick(CITY_WEIGHTS)
            if rng.random() < 0.6:
                body["facility_id"] = rng.choice(facilities)
            if rng.random() < 0.5:
                body["victim_ids"] = [rng.choice(victims)]
            if rng.random() < 0.3:
                body["perpetrators"] = [{"agency": rng.choice(("police", "knb", "penitentiary")),
                                         "involvement": rng.choice(("ordered", "carried_out"))}]
            return body

        self.create([("incident", incident()) for _ in range(counts["incident"])])
        self.create([("detention", {
            "case_id": rng.choice(cases), "person_id": rng.choice(victims),
            "facility_id": rng.choice(facilities), "from_date": self.date(),
            "hours_before_registration": rng.randint(0, 96)})
            for _ in range(counts["detention"])])
        bodies_vocab = vocab.load("complaint_body").codes

        def complaint() -> dict[str, Any]:
            body = {"case_id": rng.choice(cases), "body": rng.choice(bodies_vocab),
                    "filed_on": self.date(), "status": self.pick(STATUS_WEIGHTS),
                    "reference_number": f"{rng.randrange(10**6)}"}
            if rng.random() < 0.7:
                body["city"] = self.pick(CITY_WEIGHTS)
            if rng.random() < STEPS_SHARE:
                body["steps"] = [{"step": rng.choice(("appeal_prosecutor", "appeal_judge",
                                                      "court", "un_communication")),
                                  "body": rng.choice(bodies_vocab), "filed_on": self.date(),
                                  "outcome": rng.choice(STEP_OUTCOMES),
                                  "decided_on": "2025-01-01"}
                                 for _ in range(rng.randint(1, 2))]
            return body

        firsts = self.create([("complaint", complaint()) for _ in range(counts["complaint"])])
        self.create([("complaint", {"case_id": rng.choice(cases), "body": "court",
                                    "appeal_of": rng.choice(firsts), "filed_on": "2024-06-01",
                                    "status": rng.choice(STEP_OUTCOMES)})
                     for _ in range(int(len(firsts) * LEGACY_SHARE))])
        self.create([("death_in_custody", {
            "case_id": rng.choice(cases), "person_id": rng.choice(victims),
            "died_on": self.date(), "facility_id": rng.choice(facilities),
            "family_disputes_cause": rng.random() < 0.6, "autopsy_done": rng.random() < 0.7,
            "investigation": rng.choice(("none", "ongoing", "closed", "conviction"))})
            for _ in range(counts["death_in_custody"])])
        self.create([("reprisal", {
            "case_id": rng.choice(cases), "kind": rng.choice(("threat", "honour_dignity_suit",
                                                              "pressure_to_withdraw")),
            "date": self.date(), "outcome": rng.choice(("ongoing", "dropped", "claim_upheld"))})
            for _ in range(counts["reprisal"])])
        # A few people answered on consent; some refused statistical use.
        self.create([("consent", {
            "person_id": rng.choice(victims), "given_on": self.date(),
            "consent": {"statistics": rng.choice(("given", "given", "refused")),
                        "share_coordinator": "given"}})
            for _ in range(counts["consent"])])
        self.create([("interview", {
            "case_id": rng.choice(cases), "interviewee_id": rng.choice(people),
            "date": self.date(), "relation": "mother", "language": "ru",
            "account": "Сын рассказал, что его били в ИВС. " * 5})
            for _ in range(counts["interview"])])
        exams = self.create([("medical_exam", {
            "case_id": rng.choice(cases), "person_id": rng.choice(victims),
            "date": self.date(), "methods": rng.sample(methods, 2),
            "physical_findings": "Кровоподтёки на спине и боках."})
            for _ in range(counts["medical_exam"])])
        self.create([("lesion", {
            "exam_id": rng.choice(exams), "type": "bruise", "body_region": "back",
            "length_mm": rng.randint(5, 200)}) for _ in range(counts["lesion"])])
        self.create([("evidence", {
            "case_id": rng.choice(cases), "type": "photo",
            "sha256": f"{rng.getrandbits(256):064x}", "size": rng.randint(10**4, 10**7),
            "filename": f"IMG_{i}.jpg"}) for i in range(counts["evidence"])])
        counts["facility"] = FACILITIES
        return counts


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="reuse or keep the vault here")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-duplicates", action="store_true")
    args = parser.parse_args()
    from tests.fastkdf import install

    install()  # the KDF is not what is measured

    with tempfile.TemporaryDirectory(prefix="qorgau-bench-") as tmp:
        path = args.vault or Path(tmp) / "archive"
        planted: set[frozenset[str]] = set()
        if not (path.exists() and any(path.iterdir())):
            vault, _ = Vault.create(path, PASSPHRASE, name="Benchmark archive", role="archive")
            with vault:
                gen = Generator(Records(vault), args.records, args.seed)
                seconds, counts = timed(gen.run)
                planted = gen.planted
            total = sum(counts.values())
            print(f"generated {total} records in {seconds:.0f} s ({total / seconds:.0f}/s): "
                  + ", ".join(f"{n} {k}" for k, n in counts.items()))
        with Vault.open(path, PASSPHRASE) as vault:
            db = vault.db
            # An archive from before schema 5 gets the consent rule's rows once, as every
            # session's first Records() does at opening.
            seconds, read = timed(lambda: disclosure.ensure_facts(db))
            if read:
                print(f"consent rule's rows filled from {read} versions in {seconds:.1f} s "
                      "(once, at the first opening after the upgrade)")
            n = db.one("SELECT count(*) FROM records WHERE deleted = 0")[0]
            n_people = db.one("SELECT count(*) FROM records WHERE kind = 'person'")[0]
            print(f"archive: {n} current records, {n_people} people")
            rounds = args.rounds

            def read_everything() -> int:
                # The reference: every current record read and its body parsed, the least
                # any counting that looks at the records' content must do.
                return sum(len(json.loads(b)) for (b,) in db.iterate(
                    "SELECT body FROM records WHERE deleted = 0", batch=5000))

            def first_draw() -> list[stats.Table]:
                stats._MODELS.clear()  # as after opening the vault: nothing read yet
                return stats.Stats(db).tables()

            regions = ("almaty_city", "astana_city", "zhambyl", "shymkent_city", "karaganda_region")
            runs: dict[str, list[float]] = {k: [] for k in (
                "reference", "consent", "decide", "first", "again", "period_ru", "tag_region_kk",
                "one_table")}
            tables: list[stats.Table] = []
            for r in range(rounds):  # interleaved: a busy machine slows each alike
                # Filters new to each round: a view already counted is not counted again.
                period = filters_mod.Filters(date_from=f"2022-{r % 11 + 1:02d}-01",
                                             date_to="2022-12-31")
                january = filters_mod.Filters(tag="January 2022",
                                              region=regions[r % len(regions)])
                one = filters_mod.Filters(date_from=f"2021-{r % 11 + 1:02d}")
                runs["reference"].append(timed(read_everything)[0])
                runs["consent"].append(timed(lambda: disclosure.withheld_of_kinds(
                    db, "statistics", stats._JUDGED_KINDS))[0])
                runs["decide"].append(timed(lambda: disclosure.decide(db, "statistics"))[0])
                seconds, tables = timed(first_draw)
                runs["first"].append(seconds)
                runs["again"].append(timed(lambda: stats.Stats(db).tables())[0])
                runs["period_ru"].append(timed(
                    lambda f=period: stats.Stats(db, f, "ru").tables())[0])
                runs["tag_region_kk"].append(timed(
                    lambda f=january: stats.Stats(db, f, "kk").tables())[0])
                runs["one_table"].append(timed(
                    lambda f=one: stats.Stats(db, f).tables(["closed_by_city"]))[0])
            ref = statistics.median(runs["reference"])

            def line(key: str, what: str, goal: float | None = None) -> str:
                xs = runs[key]
                lo, mid, hi = min(xs), statistics.median(xs), max(xs)
                verdict = "" if goal is None else (
                    f"  goal <= {goal:.1f} s: {'OK' if hi <= goal else 'OVER'}")
                return (f"  {what:<52} {lo:7.3f} {mid:7.3f} {hi:7.3f} s  "
                        f"x{mid / ref:5.2f}{verdict}")

            print(f"statistics, all {len(tables)} tables, {rounds} rounds "
                  "(min median max; ratio of the median to the reference's):")
            print(line("reference", "reference: read every current record, parse body"))
            print(line("first", "first draw after opening (reads the archive)", STATS_GOAL))
            print(line("consent", "  of which the consent answer (rows kept by writes)"))
            print(line("decide", "(the consent rule's full read, as an export does)"))
            print(line("again", "the same view again (counted once, kept)", STATS_GOAL))
            print(line("period_ru", "new filters: a period, Russian labels", STATS_GOAL))
            print(line("tag_region_kk", "new filters: tag + region, Kazakh", STATS_GOAL))
            print(line("one_table", "one table (closed_by_city), new filters", STATS_GOAL))
            closed = next(t for t in tables if t.name == "closed_by_city").row(stats.TOTAL)
            print(f"  e.g. {closed['closed']} of {closed['complaints']} complaints closed "
                  f"({closed['closed_pct']}%)")

            if args.skip_duplicates:
                return
            pairs = duplicates.candidate_pairs(duplicates._load(db))
            seconds_pairs, n_pairs = timed(lambda: sum(1 for _ in pairs))
            seconds_dup, found = timed(lambda: duplicates.suggest(db, limit=0, min_score=0.6))
            verdict = "OK" if seconds_dup <= DUPLICATES_GOAL else "OVER GOAL"
            print(f"duplicates: {n_pairs} candidate pairs compared (of "
                  f"{n_people * (n_people - 1) // 2} possible; blocking {seconds_pairs:.2f} s), "
                  f"suggest() {seconds_dup:.2f} s (goal <= {DUPLICATES_GOAL:.0f} s: {verdict})")
            if planted:
                for threshold in (0.6, 0.75, 0.85, 0.9):
                    got = {frozenset((s.a_id, s.b_id)) for s in found if s.score >= threshold}
                    hits = len(got & planted)
                    print(f"  at score >= {threshold}: {len(got)} suggestions, "
                          f"{hits} of {len(planted)} planted duplicates found "
                          f"({100 * hits / len(planted):.1f}%), "
                          f"{len(got) - hits} other pairs")


if __name__ == "__main__":
    main()
