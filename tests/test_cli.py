"""The command line, run as a real subprocess: commands, exit codes, secrets handling."""

from __future__ import annotations

import json
import re
from pathlib import Path

from storage import errors
from tests.conftest import CLI


def _records_file(path: Path) -> Path:
    path.write_text(json.dumps({
        "format": "qorgau-records", "version": 1,
        "records": [
            {"kind": "person", "ref": "v", "body": {"full_name": "Нұрлан Тестов",
                                                   "gender": "male"}},
            {"kind": "case", "ref": "c", "body": {"title": "Пытки в ИВС", "city": "almaty",
                                                 "victim_ids": ["@v"]}},
            {"kind": "incident", "body": {"case_id": "@c", "narrative":
                                          "Надели противогаз и перекрыли воздух."}},
        ]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_init_add_list_show_search_check(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    result = cli("init", vault, "--name", "Алматы ноутбук")
    assert result.returncode == 0, result.stderr
    assert "RECOVERY CODE" in result.stdout
    added = cli("add", vault, str(_records_file(tmp_path / "r.json")), "--json")
    assert added.returncode == 0, added.stderr
    ids = {r["kind"]: r["record_id"] for r in json.loads(added.stdout)}
    listed = json.loads(cli("list", vault, "--kind", "case", "--json").stdout)
    assert listed["total"] == 1 and listed["records"][0]["title"] == "Пытки в ИВС"
    shown = json.loads(cli("show", vault, ids["case"], "--history", "--json").stdout)
    assert shown["body"]["victim_ids"] == [ids["person"]]
    assert [link["kind"] for link in shown["linked"]] == ["incident"]
    assert len(shown["history"]) == 1
    hits = json.loads(cli("search", vault, "противогаз", "--json").stdout)
    assert [h["record_id"] for h in hits] == [ids["incident"]]
    check = cli("check", vault)
    assert check.returncode == 0 and "vault is intact" in check.stdout, check.stdout


def test_wrong_passphrase_exit_code(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    result = cli("list", vault, env={"QORGAU_PASSPHRASE": "wrong wrong wrong"})
    assert result.returncode == errors.EXIT_AUTH
    assert "wrong passphrase" in result.stderr and "Traceback" not in result.stderr


def test_passphrase_never_from_arguments_and_needs_a_terminal(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    env = {k: v for k, v in cli.env.items() if k != "QORGAU_PASSPHRASE"}
    cli.env = env
    result = cli("list", vault)
    assert result.returncode == errors.EXIT_USAGE
    assert "QORGAU_PASSPHRASE" in result.stderr
    assert cli("list", vault, "--passphrase", "x").returncode == errors.EXIT_USAGE


def test_passwd_and_recover(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    init = cli("init", vault)
    code = re.search(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", init.stdout).group(0)
    assert cli("passwd", vault, env={"QORGAU_NEW_PASSPHRASE": "second passphrase"}
               ).returncode == 0
    assert cli("list", vault).returncode == errors.EXIT_AUTH
    assert cli("list", vault, env={"QORGAU_PASSPHRASE": "second passphrase"}).returncode == 0
    bad = cli("recover", vault, env={"QORGAU_RECOVERY_CODE": "AAAA-" * 7 + "AAAA",
                                     "QORGAU_NEW_PASSPHRASE": "third passphrase"})
    assert bad.returncode == errors.EXIT_AUTH
    good = cli("recover", vault, env={"QORGAU_RECOVERY_CODE": code,
                                      "QORGAU_NEW_PASSPHRASE": "third passphrase"})
    assert good.returncode == 0, good.stderr
    assert cli("list", vault, env={"QORGAU_PASSPHRASE": "third passphrase"}).returncode == 0


def test_invalid_records_file_exit_code_and_nothing_written(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"kind": "case", "body": {"title": "ok"}},
                               {"kind": "case", "body": {"title": "x", "city": "gotham"}}]))
    result = cli("add", vault, str(bad))
    assert result.returncode == errors.EXIT_INVALID
    assert "records[1].city" in result.stderr
    assert json.loads(cli("list", vault, "--json").stdout)["total"] == 0
    bad.write_text("{not json")
    assert cli("add", vault, str(bad)).returncode == errors.EXIT_INVALID
    bad.write_text('[{"kind": "case", "body": {"title": "x", "size": 1.5}}]')
    assert cli("add", vault, str(bad)).returncode == errors.EXIT_INVALID


def test_usage_and_not_found(cli: CLI, tmp_path: Path) -> None:
    assert cli("frobnicate").returncode == errors.EXIT_USAGE
    assert cli("list", str(tmp_path / "nothing")).returncode == errors.EXIT_NOT_FOUND
    assert cli("--help").returncode == 0


def test_attach_and_protected_person_masked(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    people = tmp_path / "p.json"
    people.write_text(json.dumps([{"kind": "person", "body": {
        "full_name": "Скрытая Личность", "pseudonym": "W-9", "protected": True}}]))
    pid = json.loads(cli("add", vault, str(people), "--json").stdout)[0]["record_id"]
    shown = json.loads(cli("show", vault, pid, "--json").stdout)
    assert shown["body"]["full_name"] == "[protected]" and shown["title"] == "W-9"
    revealed = json.loads(cli("show", vault, pid, "--json", "--reveal").stdout)
    assert revealed["body"]["full_name"] == "Скрытая Личность"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"x" * 1000)
    attached = cli("attach", vault, pid, str(scan), "--json")
    assert attached.returncode == 0, attached.stderr
    assert json.loads(attached.stdout)[0]["size"] == scan.stat().st_size


def test_attach_batch_goes_on_past_a_bad_file(cli: CLI, tmp_path: Path) -> None:
    """One policy for both interfaces (app.usecases.evidence.attach): a missing file is
    reported with its exit code, the good files around it are still sealed."""
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    cases = tmp_path / "c.json"
    cases.write_text(json.dumps([{"kind": "case", "body": {"title": "Дело"}}]))
    case_id = json.loads(cli("add", vault, str(cases), "--json").stdout)[0]["record_id"]
    first, last = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"%PDF-1.4\n" + b"a" * 500)
    last.write_bytes(b"%PDF-1.4\n" + b"b" * 700)
    result = cli("attach", vault, case_id, str(first), str(tmp_path / "gone.jpg"), str(last),
                 "--json")
    assert result.returncode == errors.EXIT_NOT_FOUND, result.stderr
    assert "gone.jpg" in result.stderr and "Traceback" not in result.stderr
    assert sorted(r["size"] for r in json.loads(result.stdout)) == [509, 709]
    listed = json.loads(cli("list", vault, "--kind", "evidence", "--json").stdout)
    assert listed["total"] == 2
    unknown = cli("attach", vault, "0190f5a0-0000-7000-8000-000000000000", str(first))
    assert unknown.returncode == errors.EXIT_NOT_FOUND  # checked before any file is read
    assert json.loads(cli("list", vault, "--kind", "evidence", "--json").stdout)["total"] == 2


def test_delete_needs_reason(cli: CLI, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault).returncode == 0
    f = tmp_path / "c.json"
    f.write_text(json.dumps([{"kind": "case", "body": {"title": "x"}}]))
    rid = json.loads(cli("add", vault, str(f), "--json").stdout)[0]["record_id"]
    assert cli("delete", vault, rid).returncode == errors.EXIT_USAGE
    assert cli("delete", vault, rid, "--reason", "duplicate").returncode == 0
    assert json.loads(cli("list", vault, "--json").stdout)["total"] == 0


def test_untrust_needs_a_trusted_coordinator_and_a_reason(cli: CLI, tmp_path: Path) -> None:
    vault, archive = str(tmp_path / "v"), str(tmp_path / "a")
    assert cli("init", vault).returncode == 0
    assert cli("init", archive, "--archive").returncode == 0
    card = tmp_path / "card.json"
    assert cli("identity", archive, "--out", str(card)).returncode == 0
    assert cli("trust", vault, str(card)).returncode == 0
    device_id = json.loads(card.read_bytes())["device_id"]
    blank = cli("untrust", vault, device_id, "--reason", "  ")
    assert blank.returncode == errors.EXIT_INVALID and "reason" in blank.stderr
    unknown = cli("untrust", vault, "0190f5a0-0000-7000-8000-000000000000", "--reason", "x")
    assert unknown.returncode == errors.EXIT_NOT_FOUND
    devices = json.loads(cli("devices", vault, "--json").stdout)
    assert len(devices["trusted_coordinators"]) == 1  # nothing changed so far
    done = cli("untrust", vault, device_id, "--reason", "archive laptop seized")
    assert done.returncode == 0, done.stderr
    assert json.loads(cli("devices", vault, "--json").stdout)["trusted_coordinators"] == []
    (tmp_path / "usb").mkdir()
    refused = cli("export", vault, "--out", str(tmp_path / "usb" / "b"))
    assert refused.returncode == errors.EXIT_INVALID and "trusts no coordinator" in refused.stderr
