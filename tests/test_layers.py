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


def test_every_use_case_takes_the_session_first() -> None:
    """One convention for the use-case layer (docs/architecture.md): an action or read
    model that works on a vault takes the `Session` as its first argument, never a
    storage Vault, so both interfaces hold one kind of thing and call every action the
    same way. A function taking a Vault (or a database) would let its callers skip the
    session and reach below the layer."""
    import importlib
    import inspect
    import pkgutil

    import app.usecases

    wrong = []
    for info in pkgutil.iter_modules(app.usecases.__path__):
        module = importlib.import_module(f"app.usecases.{info.name}")
        for name, fn in vars(module).items():
            if (name.startswith("_") or not inspect.isfunction(fn)
                    or fn.__module__ != module.__name__):
                continue
            params = list(inspect.signature(fn).parameters.values())
            if not params:
                continue
            first = params[0]
            annotation = str(first.annotation)
            if first.name in ("vault", "db") or (first.name in ("session", "s")
                                                 and annotation != "Session"):
                wrong.append(f"{module.__name__}.{name}({first.name}: {annotation})")
    # lookups.py and masking.py hold helpers the read models share over a database
    # connection (names, titles, the relatives to mask); they are not actions, and the
    # interfaces call none of them with a database.
    wrong = [w for w in wrong if not w.startswith(("app.usecases.lookups.",
                                                   "app.usecases.masking."))]
    assert wrong == []


def test_the_interfaces_do_not_reach_behind_the_session() -> None:
    """The desktop and the command line hand the session to use cases; its vault,
    database and record store are the use cases' business (the import contracts cannot
    see an attribute: this reads the source)."""
    import re

    behind = re.compile(r"\b(?:s|session|app\.session|gui\.session)\.(vault|db|records)\b")
    found = []
    for path in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "app" / "cli").rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if behind.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
