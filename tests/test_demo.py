"""Demo data (app/demo.py): enough fictional cases to try every screen, all valid,
all intact, searchable, reproducible from a seed, written all or nothing."""

from __future__ import annotations

import json
import random
import re
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app import demo, schema
from app.check import check_vault
from app.search import Filters, count_records, search
from storage.errors import Cancelled, InvalidInput
from storage.vault import Vault
from tests.conftest import PASSPHRASE

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One default demo vault shared by the read-only tests (populating takes seconds)."""
    path = tmp_path_factory.mktemp("demo") / "vault"
    vault, _code = Vault.create(path, PASSPHRASE, name="Demo test device")
    calls: list[tuple[int, int]] = []
    counts = demo.populate(vault, progress=lambda done, total: calls.append((done, total)))
    try:
        yield vault, counts, calls
    finally:
        vault.close()


def _bodies(vault: Vault, kind: str) -> list[dict[str, Any]]:
    return [json.loads(b) for (b,) in vault.db.all(
        "SELECT body FROM records WHERE kind = ? AND deleted = 0 ORDER BY rowid", (kind,))]


def test_counts_meet_the_minimums(populated: Any) -> None:
    vault, counts, _ = populated
    assert counts["case"] >= 30
    for kind in ("person", "detention", "facility", "interview", "incident", "medical_exam",
                 "lesion", "complaint", "npm_visit", "evidence"):
        assert counts.get(kind, 0) > 0, kind
    # What populate reports is what the vault holds.
    for kind, n in counts.items():
        assert count_records(vault.db, Filters(kind=kind)) == n, kind
    cities = {c["city"] for c in _bodies(vault, "case")}
    assert len(cities) >= 5
    assert {"almaty", "astana", "taraz", "kyzylorda", "shymkent"} <= cities


def test_progress_reaches_the_total(populated: Any) -> None:
    _, counts, calls = populated
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] == sum(counts.values())


def test_every_record_validates_and_every_reference_resolves(populated: Any) -> None:
    vault, _, _ = populated
    kinds = dict(vault.db.all("SELECT record_id, kind FROM records WHERE deleted = 0"))
    for record_id, kind, body in vault.db.all(
            "SELECT record_id, kind, body FROM records WHERE deleted = 0"):
        body = json.loads(body)
        assert schema.validate(kind, body) == body, record_id
        for path, target in schema.references(kind, body):
            assert target in kinds, f"{kind}.{path} points to a missing record"
            field = schema.get_kind(kind).field(re.split(r"[\[.]", path)[0])
            if field.ref_kind:
                assert kinds[target] == field.ref_kind, f"{kind}.{path}"


def test_the_vault_checks_clean(populated: Any) -> None:
    vault, _, _ = populated
    report = check_vault(vault)
    assert report["problems"] == []
    entries = vault.db.all("SELECT detail FROM audit WHERE action = 'demo_data'")
    assert len(entries) == 1


def test_a_russian_word_from_a_narrative_is_found(populated: Any) -> None:
    vault, _, _ = populated
    hits = search(vault.db, "дубинкой")
    assert hits and {"incident", "interview"} & {h.kind for h in hits}
    # Any word of a Russian narrative finds its own incident.
    narrative = next(b["narrative"] for b in _bodies(vault, "incident")
                     if "задержали" in b["narrative"])
    word = max(re.findall(r"[а-яё]{7,}", narrative.lower()), key=len)
    assert search(vault.db, word, Filters(kind="incident"))
    # Kazakh, a vocabulary label, a facility code and a prefix as typed.
    assert search(vault.db, "ұрған")
    assert search(vault.db, "Избиение кулаками")
    assert search(vault.db, "ЕС-164/1") and search(vault.db, "EC-164")  # as written, in Latin
    assert search(vault.db, "прокурат")


def test_protected_persons_have_pseudonyms_and_stay_hidden(populated: Any) -> None:
    vault, _, _ = populated
    rows = vault.db.all(
        "SELECT r.title, r.body, s.text FROM records r JOIN search s ON s.rowid = r.rowid"
        " WHERE r.kind = 'person'")
    protected = [(t, json.loads(b), text) for t, b, text in rows if json.loads(b).get("protected")]
    assert len(protected) >= 5
    for title, body, text in protected:
        assert body["pseudonym"] and title == body["pseudonym"]
        if body.get("full_name"):
            assert body["full_name"] not in text  # never in the search index
    # A case about a protected victim is titled by the pseudonym, not the name.
    people = {rid: json.loads(b) for rid, b in vault.db.all(
        "SELECT record_id, body FROM records WHERE kind = 'person'")}
    for title, body in vault.db.all("SELECT title, body FROM records WHERE kind = 'case'"):
        victim = people[json.loads(body)["victim_ids"][0]]
        if victim.get("protected"):
            assert victim["pseudonym"] in title
            assert victim["full_name"].split()[0] not in title


def test_people_cover_the_field(populated: Any) -> None:
    vault, _, _ = populated
    persons = _bodies(vault, "person")
    assert any(p.get("minor") for p in persons)
    assert any(p.get("gender") == "female" and "victim" in p.get("roles", []) for p in persons)
    perpetrators = [p for p in persons if "alleged_perpetrator" in p.get("roles", [])]
    assert perpetrators and all(p.get("rank") and p.get("unit") for p in perpetrators)
    assert any(p.get("recognise_by_sight") for p in perpetrators)
    names = " ".join(p.get("full_name", "") + " " + " ".join(p.get("other_names", []))
                     for p in persons)
    assert re.search(r"[А-Яа-я]", names) and re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+", names)
    assert re.search(r"[әғқңөұүһі]", names)  # Kazakh letters


def test_detentions_interviews_and_complaints_look_real(populated: Any) -> None:
    vault, _, _ = populated
    detentions = _bodies(vault, "detention")
    assert any(d.get("hours_before_registration", 0) > 48 for d in detentions)
    assert any(d.get("lawyer_access") == "refused" for d in detentions)
    assert all(d.get("facility_id") for d in detentions)
    assert any(d.get("facility_code") for d in detentions)
    interviews = _bodies(vault, "interview")
    assert {"ru", "kk"} <= {i["language"] for i in interviews}
    refused = [i for i in interviews if i["consent"]["share_coordinator"] == "refused"]
    assert 1 <= len(refused) < len(interviews) // 2
    incidents = _bodies(vault, "incident")
    assert all(i["methods"] and i["narrative"] for i in incidents)
    assert any(re.search(r"[әғқңөұүі]", i["narrative"]) for i in incidents)
    statuses = Counter(c.get("status") for c in _bodies(vault, "complaint"))
    assert statuses.most_common(1)[0][0] == "closed_no_corpus_delicti"
    assert statuses["sent_to_court"] + statuses["conviction"] >= 1
    assert any(c.get("appeal_of") for c in _bodies(vault, "complaint"))


def test_examinations_have_lesions_on_the_diagram_and_photos(populated: Any) -> None:
    vault, _, _ = populated
    evidence = {rid: json.loads(b) for rid, b in vault.db.all(
        "SELECT record_id, body FROM records WHERE kind = 'evidence'")}
    lesions = _bodies(vault, "lesion")
    for lesion in lesions:
        for key in ("view", "x", "y", "body_region", "type", "length_mm", "consistency"):
            assert key in lesion, key
    photographed = [pid for lesion in lesions for pid in lesion.get("photo_ids", [])]
    assert photographed and set(photographed) <= set(evidence)
    for pid in photographed:
        ev = evidence[pid]
        assert ev["mime"] == "image/jpeg" and ev["type"] == "photo"
        assert ev["captured_at"] and ev["camera"]
    assert any("gps" in evidence[pid] for pid in photographed)
    exams = _bodies(vault, "medical_exam")
    assert any(e["consent_photos"] == "refused" for e in exams)
    assert all(e["overall_consistency"] and e["attestation"]["statement"] for e in exams)
    # Each photo has its metadata-stripped derivatives.
    thumbs = vault.db.one("SELECT count(*) FROM derivatives WHERE kind = 'thumb'")[0]
    assert thumbs == len(evidence)


def test_npm_follow_up_visits_reference_the_first(populated: Any) -> None:
    vault, _, _ = populated
    visits = {rid: json.loads(b) for rid, b in vault.db.all(
        "SELECT record_id, body FROM records WHERE kind = 'npm_visit'")}
    follow_ups = [v for v in visits.values() if v.get("previous_visit_id")]
    assert follow_ups
    for v in follow_ups:
        first = visits[v["previous_visit_id"]]
        assert first["facility_id"] == v["facility_id"]
        assert first["started_at"] < v["started_at"]
        assert {r["id"] for r in first["recommendations"]} == {
            r["id"] for r in v["recommendations"]}
        assert all(r["status"] != "open" and r["follow_up_note"] for r in v["recommendations"])
    for v in visits.values():
        assert len(v["checklist"]) == 15
        assert all(re.fullmatch(r"V\d+-\d\d", i["code"]) for i in v["private_interviews"])


def test_lesions_fall_in_their_region_of_the_diagram(populated: Any) -> None:
    """Every anchor, scattered, lands where the GUI's diagram says that region is."""
    diagram = pytest.importorskip("ui.field.diagram")
    rng = random.Random(5)
    for (view, region) in demo.ANCHORS:
        for _ in range(300):
            x, y = demo.place_on_diagram(rng, view, region)
            assert diagram.region_at(view, x, y) == region, (view, region, x, y)
    vault, _, _ = populated
    for lesion in _bodies(vault, "lesion"):
        assert (lesion["view"], lesion["body_region"]) in demo.ANCHORS
        assert diagram.region_at(lesion["view"], lesion["x"], lesion["y"]) == \
            lesion["body_region"]


def _fingerprint(vault: Vault) -> list[str]:
    """Every record's body with ids replaced by what they point to (ids differ per run)."""
    titles = {rid: f"<{kind}:{title}>" for rid, kind, title in vault.db.all(
        "SELECT record_id, kind, title FROM records")}
    return sorted(kind + " " + UUID.sub(lambda m: titles.get(m.group(), "?"), body)
                  for kind, body in vault.db.all("SELECT kind, body FROM records"))


def test_same_seed_same_data(tmp_path: Path) -> None:
    prints = []
    for n, seed in enumerate((7, 7, 8)):
        vault, _ = Vault.create(tmp_path / f"v{n}", PASSPHRASE)
        with vault:
            demo.populate(vault, seed=seed, cases=4)
            prints.append(_fingerprint(vault))
    assert prints[0] == prints[1]  # photos included: same bytes, same sha256
    assert prints[0] != prints[2]


def test_cancel_leaves_the_vault_as_it_was(vault: Vault, tmp_path: Path) -> None:
    before = vault.db.one("SELECT count(*) FROM records")[0]
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # after photos have started to be sealed
            stop.set()

    with pytest.raises(Cancelled):
        demo.populate(vault, cases=6, progress=progress, cancel=stop)
    assert vault.db.one("SELECT count(*) FROM records")[0] == before
    assert vault.db.one("SELECT count(*) FROM blobs")[0] == 0
    blobs = vault.path / "blobs"
    assert not blobs.exists() or not any(p.is_file() for p in blobs.rglob("*"))
    assert check_vault(vault)["problems"] == []


def test_photo_files_do_not_outlive_ingest(vault: Vault, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    counts = demo.populate(vault, cases=3)
    assert counts["evidence"] > 0
    assert list(scratch.iterdir()) == []


def test_without_photos(vault: Vault) -> None:
    counts = demo.populate(vault, cases=2, photos=False)
    assert "evidence" not in counts and counts["lesion"] > 0


@pytest.mark.parametrize("cases", [-1, demo.MAX_CASES + 1, True, 2.0])
def test_bad_case_count(vault: Vault, cases: Any) -> None:
    with pytest.raises(InvalidInput):
        demo.populate(vault, cases=cases)


def test_transliteration() -> None:
    assert demo.transliterate("Жумабаев Ерлан") == "Zhumabayev Yerlan"
    assert demo.transliterate("Нұрлыбекқызы Әсел") == "Nurlybekkyzy Asel"


def test_photo_carries_exif(tmp_path: Path) -> None:
    import datetime as dt

    from app import imaging

    data = demo.synthetic_photo(random.Random(1), lesion_type="bruise", age="days_1_3",
                                label="TRZ-2022-001 L1", taken=dt.datetime(2022, 1, 14, 15, 32),
                                utc_offset="+06:00", camera=("samsung", "SM-A525F"),
                                gps=(42.9, 71.3667))
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    meta = imaging.make_derivatives(path).meta
    assert meta.captured_at == "2022-01-14T15:32:00+06:00"
    assert meta.camera == "samsung SM-A525F"
    assert meta.gps == {"lat_e7": 429000000, "lon_e7": 713667000}


def test_cli_demo(cli: Any, tmp_path: Path) -> None:
    result = cli("demo", str(tmp_path / "cli-vault"))
    assert result.returncode == 0, result.stderr
    assert "46 case" in result.stdout  # 36, the 4 of app/demo_legal.py, the 6 consent families


def test_demo_shows_the_legal_path_deaths_reprisals_and_state_examinations(
        populated: Any) -> None:
    from app import stats

    vault, counts, _ = populated
    assert counts["death_in_custody"] >= 1 and counts["state_exam"] >= 1
    assert counts["reprisal"] >= 4
    kinds = {r["kind"] for r in _bodies(vault, "reprisal")}
    assert {"honour_dignity_suit", "counter_charge_false_report"} <= kinds
    assert any(len(c.get("steps", [])) >= 2 for c in _bodies(vault, "complaint"))
    assert any(i.get("end_date") and i.get("acts") for i in _bodies(vault, "incident"))
    # Appeals and UN submissions are steps: the first complaints are the complaints
    # without appeal_of addressed to a body at home, and no more are counted.
    # A consent family that refused statistical use is not counted (app.disclosure).
    from app import disclosure

    refused = disclosure.decide(vault.db, "statistics").withheld
    complaints = [json.loads(b) for rid, b in vault.db.all(
        "SELECT record_id, body FROM records WHERE kind = 'complaint' AND deleted = 0")
        if rid not in refused]
    first = [c for c in complaints if not c.get("appeal_of") and c.get("status") != "draft"
             and not c["body"].startswith("un_") and c.get("case_id") not in refused]
    assert len(first) < len(complaints)
    figures = stats.Stats(vault.db)
    assert figures.tables(["by_month"])[0].row(stats.TOTAL)["complaints"] == len(first)
    deaths = figures.tables(["deaths_in_custody"])[0]
    assert deaths.row("pavlodar_region")["deaths"] == 1  # Ekibastuz is in Pavlodar Region
    hours = figures.tables(["detention_hours"])[0].row(stats.TOTAL)
    assert hours["over_limit"] >= 1

