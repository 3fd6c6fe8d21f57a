"""Installing Qorgau: the version report, the packaging inputs, one list of system
packages, and code that does not assume Linux. The standalone build itself is built and
run from a clean environment by `make dist && make dist-check` (scripts/check_dist.py),
which CI runs after the suite: minutes of PyInstaller do not belong in every test run."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storage import filelock

ROOT = Path(__file__).resolve().parent.parent
CORE = ("app", "storage", "sync", "ui")


def test_version_names_the_parts_inside_without_loading_qt() -> None:
    probe = (
        "import sys\n"
        "class NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt loaded by --version: ' + name)\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "from ui.launcher import main\n"
        "sys.argv = ['qorgau', '--version']\n"
        "sys.exit(main())\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    from app.version import VERSION

    lines = done.stdout.splitlines()
    assert lines[0] == f"qorgau {VERSION}"
    assert re.search(r"^  SQLCipher: 4\.\d+", done.stdout, re.M), done.stdout
    assert re.search(r"^  Qt: 6\.\d+", done.stdout, re.M), done.stdout
    assert re.search(r"^  age: .*pyrage \d", done.stdout, re.M), done.stdout
    assert "unknown" not in done.stdout


def test_pyproject_reads_the_version_from_the_one_place() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text
    assert 'version = { attr = "app.version.VERSION" }' in text
    assert not re.search(r'^version = "', text, re.M)


# -- nothing in the code assumes Linux ---------------------------------------------------

# Modules allowed to touch a POSIX-only interface, each behind a platform branch.
POSIX_ONLY = {
    r"^import fcntl|^from fcntl": {"storage/filelock.py"},
    r"^import resource$": set(),
    r"\bos\.statvfs\b": set(),
    r"\bos\.(getuid|geteuid|fork)\b": set(),
}


@pytest.mark.parametrize("pattern", sorted(POSIX_ONLY))
def test_no_posix_only_interface_outside_its_platform_branch(pattern: str) -> None:
    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            rel = path.relative_to(ROOT).as_posix()
            if rel in POSIX_ONLY[pattern]:
                continue
            if re.search(pattern, path.read_text(encoding="utf-8"), re.M):
                offenders.append(rel)
    assert offenders == [], f"{pattern} outside a platform branch: {offenders}"


def test_no_hard_coded_system_folder() -> None:
    # Temporary files go through tempfile; data folders through QStandardPaths.
    offenders = []
    for package in CORE:
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if re.search(r"[\"'](/tmp|/var/tmp|/dev/shm|~/\.local|/home/)", text):
                offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []


LOCK_HOLDER = """
import sys, time
from pathlib import Path
from storage import filelock
fd = filelock.acquire(Path(sys.argv[1]))
print("held" if fd is not None else "refused", flush=True)
sys.stdin.readline()
"""


def test_a_second_process_cannot_take_the_lock_until_the_first_lets_go(tmp_path: Path) -> None:
    lock = tmp_path / ".lock"
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(lock)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert filelock.acquire(lock) is None  # the attack: open the vault twice
    finally:
        holder.communicate("\n", timeout=30)
    fd = filelock.acquire(lock)  # the holder exited: the system dropped its lock
    assert fd is not None


# -- packaging inputs --------------------------------------------------------------------

def test_the_spec_ships_every_data_file() -> None:
    spec = (ROOT / "packaging" / "qorgau.spec").read_text(encoding="utf-8")
    rule = re.search(r"^def data_files\(top\):\n(?:    .*\n|\n)+?(?=\S)", spec, re.M)
    assert rule, "packaging/qorgau.spec lost its data_files rule"
    scope: dict[str, object] = {"ROOT": ROOT}
    exec(rule.group(0), scope)  # noqa: S102 (our own spec's rule, run on our own tree)
    shipped = {(Path(src).relative_to(ROOT).as_posix(), dest)
               for top in ("resources", "storage/migrations")
               for src, dest in scope["data_files"](top)}  # type: ignore[operator]
    for needed in ("resources/vocab/city.json", "resources/diagrams/front.svg",
                   "resources/i18n/qorgau_kk.qm", "resources/icons/qorgau.svg",
                   "storage/migrations/0001_initial.sql"):
        assert (needed, needed.rsplit("/", 1)[0]) in shipped, needed
    assert "datas = [*data_files(\"resources\"), *data_files(\"storage/migrations\")]" in spec
    # Sources stay out: code, translation sources compiled to .qm.
    assert not any(src.endswith((".py", ".ts")) or "/translations/" in src for src, _ in shipped)
    # Built on three systems: no path of one of them.
    assert not re.search(r"[\"'](/usr|/opt|/home|C:\\\\)", spec)


def test_menu_entry_is_valid_translated_and_discreet() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "qorgau.desktop", encoding="utf-8")
    de = entry["Desktop Entry"]
    assert de["Type"] == "Application" and de["Exec"] == "qorgau" and de["Icon"] == "qorgau"
    assert de["Terminal"] == "false"
    assert {"Comment[ru]", "Comment[kk]"} <= set(de)
    # Whoever holds the laptop at a checkpoint reads the menu: it must not say what the
    # application is for.
    words = " ".join(v for k, v in de.items() if k.startswith(("Name", "Comment", "Generic")))
    assert not re.search(r"tortur|пыт|азаптау|ill-treat|жесток|human rights|правозащ",
                         words, re.I)


# -- one list of system packages ---------------------------------------------------------

def _groups() -> dict[str, str]:
    out = {}
    for line in (ROOT / "scripts" / "system-packages.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            package, group, *why = line.split()
            assert why, f"{package}: say why it is needed"
            out[package] = group
    return out


def test_one_list_of_system_packages_serves_make_ci_and_the_deb() -> None:
    groups = _groups()
    assert set(groups.values()) == {"app", "dev", "test", "dist"}
    for needed in ("libxcb-cursor0", "libegl1", "age", "minisign", "poppler-utils", "xvfb"):
        assert needed in groups
    listed = subprocess.run([str(ROOT / "scripts" / "system-deps.sh"), "--list", "app"],
                            capture_output=True, text=True, check=True).stdout.split()
    assert listed == [p for p, g in groups.items() if g == "app"]
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "system-run:\n\t@$(DEPS) app dev\n" in make
    assert "run: system-run $(STAMP)" in make and "test: system-test $(STAMP)" in make
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get" not in ci, ".ci/run must use the shared list through make"
    for command in ("make test", "make dist", "make dist-check"):
        assert f"\n{command}\n" in ci


def test_system_deps_is_quiet_when_nothing_is_missing() -> None:
    # This runs before every `make run`: on a machine that has everything it must say
    # nothing and install nothing (CI's machine has the whole list).
    done = subprocess.run([str(ROOT / "scripts" / "system-deps.sh"), "app"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
