"""What this build is: Qorgau's version and the versions of the parts inside it that keep
its promises (SQLCipher, Qt, age). `qorgau --version` prints them, so a person reporting a
problem, or checking a copy handed over on a stick, can say exactly what runs."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

# The one place the version is written: pyproject.toml reads it from here.
VERSION = "0.1.0"


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def components() -> dict[str, str]:
    """Name → version of each part inside this build (no vault is opened)."""
    import sqlcipher3

    con = sqlcipher3.connect(":memory:")
    try:
        row = con.execute("PRAGMA cipher_version").fetchone()
    finally:
        con.close()
    parts = {
        "Qorgau": VERSION,
        "SQLCipher": f"{row[0] if row else 'missing'} (SQLite {sqlcipher3.sqlite_version})",
    }
    # PySide6 wheels carry the Qt of their own version number: read it from the package
    # metadata, so that the core (and the command line) never loads Qt.
    qt = next((v for v in map(_dist_version, ("PySide6-Essentials", "PySide6"))
               if v != "unknown"), "not installed")
    parts["Qt"] = f"{qt} (PySide6)"
    parts["age"] = f"rage through pyrage {_dist_version('pyrage')}"
    parts["cryptography"] = _dist_version("cryptography")
    parts["Python"] = f"{platform.python_version()} on {platform.system()} {platform.machine()}"
    if getattr(sys, "frozen", False):
        parts["build"] = "standalone"
    return parts


def text() -> str:
    parts = components()
    head = f"qorgau {parts.pop('Qorgau')}"
    return "\n".join([head, *(f"  {name}: {value}" for name, value in parts.items())])
