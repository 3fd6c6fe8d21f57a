"""`make dist`: the standalone Linux application, packaged and signed.

    dist/qorgau-VERSION-linux-ARCH.tar.gz  the one-folder application, with a .desktop
                                           entry, the icon and install.sh (per user)
    dist/qorgau_VERSION_DEBARCH.deb        the same under /opt/qorgau, with a menu entry
                                           and /usr/bin/qorgau; one double-click or
                                           `sudo apt install ./qorgau_….deb` installs it
    dist/SHA256SUMS                        `sha256sum` lines of both
    dist/SHA256SUMS.minisig                stock-minisign signature of SHA256SUMS

The release key: QORGAU_RELEASE_KEY names a minisign secret key file (minisign asks for
its password on the terminal; the key never enters the repository). Without it a
throwaway TEST key is made under build/ and its public key is written to
dist/TEST-release-key.pub, and the signature's trusted comment says it is a test build.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.version import VERSION  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP = BUILD / "pyinstaller" / "dist" / "qorgau"  # PyInstaller's one folder
KEY_ENV = "QORGAU_RELEASE_KEY"
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}


def step(message: str) -> None:
    print(f"dist: {message}", flush=True)


def build_app() -> None:
    step("building the standalone application (PyInstaller)")
    work = BUILD / "pyinstaller"
    shutil.rmtree(work, ignore_errors=True)
    # A clean environment for the build too: our sources first, nothing from the caller.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(ROOT)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
                    str(ROOT / "packaging" / "qorgau.spec")], check=True, env=env)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(arch: str) -> Path:
    name = f"qorgau-{VERSION}-linux-{arch}"
    target = DIST / f"{name}.tar.gz"
    step(f"packing {target.name}")
    stage = BUILD / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(APP, stage, symlinks=True)
    shutil.copy2(ROOT / "packaging" / "linux" / "qorgau.desktop", stage)
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", stage)
    shutil.copy2(ROOT / "resources" / "icons" / "qorgau.png", stage)
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name, filter=_tar_filter)
    return target


def app_depends() -> list[str]:
    """The .deb's dependencies: the `app` group of the one system-package list."""
    out = subprocess.run([str(ROOT / "scripts" / "system-deps.sh"), "--list", "app"],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def build_deb(arch: str) -> Path:
    deb_arch = DEB_ARCH.get(arch, arch)
    target = DIST / f"qorgau_{VERSION}_{deb_arch}.deb"
    step(f"packing {target.name}")
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(APP, root / "opt" / "qorgau", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    launcher = root / "usr" / "bin" / "qorgau"
    launcher.write_text('#!/bin/sh\nexec /opt/qorgau/qorgau "$@"\n')
    launcher.chmod(0o755)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "linux" / "qorgau.desktop", apps)
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size, src in (("256x256", "qorgau.png"), ("scalable", "qorgau.svg")):
        (icons / size / "apps").mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / src, icons / size / "apps" / src)
    size_kib = folder_size(root) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: qorgau\nVersion: {VERSION}\nArchitecture: {deb_arch}\n"
        "Maintainer: Qorgau project <release@qorgau.invalid>\n"
        "Section: utils\nPriority: optional\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(app_depends())}\n"
        "Description: encrypted, offline case records with sealed bundles\n"
        " Qorgau keeps case records in an encrypted vault that works without any\n"
        " network, and carries them, signed and encrypted, to a central archive.\n"
        " Python, Qt and SQLCipher are inside the package.\n")
    for path in root.rglob("*"):  # a package's files belong to root and are not writable
        path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    # gzip, not xz: as small within a few MiB here, and minutes faster to build on CI.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root),
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def folder_size(folder: Path) -> int:
    """Bytes of the files in `folder`, each once (PyInstaller links Qt's libraries)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sign(files: list[Path]) -> None:
    sums = DIST / "SHA256SUMS"
    sums.write_text("".join(f"{sha256(f)}  {f.name}\n" for f in files))
    key = os.environ.get(KEY_ENV)
    comment = f"qorgau {VERSION} release files"
    if not key:
        step(f"{KEY_ENV} is not set: signing with a throwaway TEST key, not a release key")
        keydir = BUILD / "test-release-key"
        shutil.rmtree(keydir, ignore_errors=True)
        keydir.mkdir(parents=True, mode=0o700)
        key = str(keydir / "test.key")
        subprocess.run(["minisign", "-G", "-W", "-p", str(DIST / "TEST-release-key.pub"),
                        "-s", key], check=True, stdout=subprocess.DEVNULL)
        comment = f"qorgau {VERSION} TEST BUILD, signed with a throwaway key: do not install"
    step(f"signing {sums.name}")
    subprocess.run(["minisign", "-S", "-s", key, "-m", str(sums), "-t", comment],
                   check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("dist: this script packages for Linux; on Windows and macOS follow "
              "docs/install.md", file=sys.stderr)
        return 2
    started = time.monotonic()
    arch = platform.machine()
    build_app()
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir()
    files = [build_tarball(arch), build_deb(arch)]
    sign(files)
    app_size = folder_size(APP)
    step(f"done in {time.monotonic() - started:.0f} s; the application folder is "
         f"{app_size / 2**20:.0f} MiB")
    for f in sorted(DIST.iterdir()):
        print(f"  {f.stat().st_size / 2**20:8.1f} MiB  dist/{f.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
