"""The core (app/, storage/, sync/) must run without Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt imported by the core: {name}")
        return None

sys.meta_path.insert(0, NoQt())
count = 0
for package in ("app", "storage", "sync"):
    pkg = importlib.import_module(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
        count += 1
print(count)
"""


def test_core_imports_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really imported the modules


def test_cli_without_qt() -> None:
    # `qorgau list …` and friends must not load Qt either.
    probe = PROBE.replace('for package in ("app", "storage", "sync"):',
                          'import app.cli.main; app.cli.main.build_parser()\nfor package in ():')
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_core_dumps_are_disabled_for_the_process() -> None:
    # A core dump would hold decrypted records and keys.
    probe = ("import resource; from ui.launcher import _harden_process; _harden_process(); "
             "print(resource.getrlimit(resource.RLIMIT_CORE))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(0, 0)"


def test_every_domain_module_is_in_the_app_layers_contract() -> None:
    """The "inside app" contract names the domain modules one by one; a new module left
    out would escape it (it could import the use cases or the command line unnoticed)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["name"].startswith("Inside app"))
    listed = {m.strip() for m in contract["layers"][-1].split(":")}
    modules = {f"app.{p.stem}" for p in (ROOT / "app").glob("*.py") if p.stem != "__init__"}
    assert modules == listed, (sorted(modules - listed), sorted(listed - modules))
