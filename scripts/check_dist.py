"""`make dist-check`: prove that what `make dist` wrote runs on its own, and measure it.

Runs the shipped files, not the build folder: the tarball is unpacked and the .deb
extracted into a fresh folder, and each program starts with a clean environment (a fresh
HOME, PATH=/usr/bin:/bin, no virtualenv, no PYTHONPATH), on a private virtual X screen.

  1. the stock minisign verifies SHA256SUMS.minisig, and `sha256sum -c` every file;
  2. `qorgau --version` names the SQLCipher, Qt and age inside, and no library is loaded
     from the build machine's Python or virtualenv;
  3. first run: the desktop opens the create-vault screen for the default location, and
     in Russian and Kazakh loads Qt's own translations and Qorgau's;
  4. `qorgau demo` makes a demo vault there and `qorgau check` finds it intact; an
     export's age child and a bulk add's worker processes run from the executable;
  5. the desktop then opens the unlock screen for it;
  6. the .deb: its fields, its files, apt's simulated install, its own `qorgau --version`;
  7. install.sh from the tarball installs for one user and the menu entry points at it;
  8. launch-to-unlock-screen time, standalone against `make run`, alternating, ROUNDS each.

Exit status 0 when every check passed; the last line counts them.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
ROUNDS = int(os.environ.get("QORGAU_DIST_ROUNDS", "5"))
PASSPHRASE = secrets.token_urlsafe(18)  # of the throwaway vault this check makes
WINDOW_TIMEOUT = 60.0
results: list[tuple[str, bool, str]] = []


def check(name: str) -> Callable[[Callable[[], str | None]], None]:
    """Run the decorated function now as one named check; an exception is a failure."""
    def run(fn: Callable[[], str | None]) -> None:
        try:
            detail = fn() or ""
            results.append((name, True, detail))
            print(f"PASS  {name}" + (f": {detail}" if detail else ""), flush=True)
        except Exception as exc:
            results.append((name, False, str(exc)))
            print(f"FAIL  {name}: {exc}", flush=True)
    return run


def clean_env(home: Path, display: str, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "DISPLAY": display, "QORGAU_PASSPHRASE": PASSPHRASE}
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], **kw: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300,
                          check=False, **kw)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-800:]}")
    return done


def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process whose parent is `pid` (Linux /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == pid:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                    errors="replace")
                out.append((int(entry.name), cmd))
        except (OSError, ValueError, IndexError):
            continue
    return out


# -- a private X screen, and watching its windows from outside --------------------------

def start_x() -> tuple[subprocess.Popen[bytes], str]:
    r, w = os.pipe()
    # -noreset: by default the server resets each time its last client leaves (between
    # two launches, or two polls of shown_role), and a client connecting during the reset
    # is refused ("could not connect to display"): seen once, failing a launch.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp", "-noreset"], pass_fds=(w,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as fh:
        number = fh.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def shown_role(display: str) -> str | None:
    """The X11 window role of a viewable Qorgau window, if one is on the screen."""
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, check=False).stdout
    for wid in re.findall(r"^\s+(0x[0-9a-f]+) \"Qorgau\"", tree, re.M):
        info = subprocess.run(["xwininfo", "-id", wid], env=env, capture_output=True,
                              text=True, check=False).stdout
        if "IsViewable" not in info:
            continue
        prop = subprocess.run(["xprop", "-id", wid, "WM_WINDOW_ROLE"], env=env,
                              capture_output=True, text=True, check=False).stdout
        m = re.search(r'= "([^"]*)"', prop)
        if m:
            return m.group(1)
    return None


def launch_until(cmd: list[str], env: dict[str, str], role: str, *,
                 cwd: Path | None = None, inspect: Callable[[int], None] | None = None
                 ) -> float:
    """Start the desktop, wait for the window with `role`, close it: seconds to show."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            seen = shown_role(env["DISPLAY"])
            if seen == role:
                elapsed = time.monotonic() - started
                if inspect is not None:
                    inspect(proc.pid)
                return elapsed
            if seen is not None:
                raise RuntimeError(f"the {seen!r} screen showed instead of {role!r}")
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"the desktop exited {proc.returncode}: {err[-800:]}")
            if time.monotonic() - started > WINDOW_TIMEOUT:
                raise RuntimeError(f"no {role!r} screen after {WINDOW_TIMEOUT:.0f} s")
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # Nothing of the run may keep the screen: the next launch must start from bare.
        for _ in range(250):
            if shown_role(env["DISPLAY"]) is None:
                break
            time.sleep(0.02)


def foreign_libraries(pid: int, allowed: Path) -> list[str]:
    """Files mapped by the process that come from this build machine's Python setup."""
    forbidden = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(), ROOT}
    found = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) < 6 or not parts[5].startswith("/"):
            continue
        path = Path(parts[5].removesuffix(" (deleted)"))
        if allowed in path.parents:
            continue
        if any(f == path or f in path.parents for f in forbidden):
            found.add(str(path))
    return sorted(found)


def child_pids(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        if int(fields[1]) == pid:  # field 4 of stat, the parent's pid
            children.append(int(stat.parent.name))
    return children


def summary(values: list[float]) -> str:
    return (f"min {min(values):.2f} s, median {statistics.median(values):.2f} s, "
            f"max {max(values):.2f} s")


def main() -> int:
    sums = DIST / "SHA256SUMS"
    if not sums.exists():
        print("dist-check: run `make dist` first (there is no dist/SHA256SUMS)", file=sys.stderr)
        return 2
    names = [line.split(maxsplit=1)[1].strip() for line in sums.read_text().splitlines()]
    tarball = DIST / next(n for n in names if n.endswith(".tar.gz"))
    deb = DIST / next(n for n in names if n.endswith(".deb"))
    pub = Path(os.environ.get("QORGAU_RELEASE_PUB", DIST / "TEST-release-key.pub"))
    work = Path(tempfile.mkdtemp(prefix="qorgau-dist-check-"))
    server, display = start_x()
    try:
        return _checks(work, display, sums, tarball, deb, pub)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


def _checks(work: Path, display: str, sums: Path, tarball: Path, deb: Path, pub: Path) -> int:
    base = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    @check("the stock minisign verifies SHA256SUMS.minisig")
    def _sig() -> str:
        out = run(["minisign", "-V", "-p", str(pub), "-m", str(sums)], base)
        comment = re.search(r"Trusted comment: (.*)", out.stdout + out.stderr)
        return comment.group(1) if comment else ""

    @check("a changed SHA256SUMS fails minisign")
    def _tamper() -> None:
        forged = work / "SHA256SUMS"
        forged.write_text(sums.read_text().replace("0", "1", 1))
        shutil.copy(sums.with_name("SHA256SUMS.minisig"), work / "SHA256SUMS.minisig")
        done = subprocess.run(["minisign", "-V", "-p", str(pub), "-m", str(forged)],
                              env=base, capture_output=True, check=False)
        if done.returncode == 0:
            raise RuntimeError("minisign accepted a forged SHA256SUMS")

    @check("sha256sum -c SHA256SUMS")
    def _sums() -> None:
        run(["sha256sum", "-c", "SHA256SUMS"], base, cwd=DIST)

    unpacked = work / "unpacked"
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    (top,) = list(unpacked.iterdir())
    exe = top / "qorgau"
    home = work / "home"
    home.mkdir()
    env = clean_env(home, display)
    vault = home / ".local" / "share" / "Qorgau" / "vault"

    @check("qorgau --version, standalone, clean environment")
    def _version() -> str:
        out = run([str(exe), "--version"], env).stdout
        for part in ("SQLCipher: 4.", "Qt: 6.", "age: ", "build: standalone"):
            if part not in out:
                raise RuntimeError(f"{part!r} missing from:\n{out}")
        if "unknown" in out or "not installed" in out:
            raise RuntimeError(f"a version is missing:\n{out}")
        return " | ".join(line.strip() for line in out.splitlines())

    def no_build_python(pid: int) -> None:
        for p in [pid, *child_pids(pid)]:
            bad = foreign_libraries(p, top)
            if bad:
                raise RuntimeError(f"loaded from the build machine: {bad[:5]}")

    @check("first run opens the create-vault screen on the default location")
    def _first() -> str:
        seconds = launch_until([str(exe)], env, "create", inspect=no_build_python)
        if vault.exists():
            raise RuntimeError("the first run wrote a vault before the person chose to")
        return f"{seconds:.2f} s; no file of the build machine's Python loaded"

    @check("in Russian and Kazakh the desktop loads Qt's translations and ours")
    def _langs() -> str:
        seen = []
        for lang in ("ru", "kk"):
            def mapped(pid: int, lang: str = lang) -> None:
                # QTranslator maps .qm files into memory: the maps show which were found.
                maps = Path(f"/proc/{pid}/maps").read_text()
                for qm in (f"qtbase_{lang}.qm", f"qorgau_{lang}.qm"):
                    if f"/{qm}" not in maps:
                        raise RuntimeError(f"{qm} was not loaded")
                seen.append(lang)
            launch_until([str(exe)], clean_env(home, display, LANG=f"{lang}_KZ.UTF-8"),
                         "create", inspect=mapped)
        return ", ".join(seen)

    @check("qorgau demo makes a vault at the default location; qorgau check passes")
    def _demo() -> str:
        vault.parent.mkdir(parents=True, exist_ok=True)
        out = run([str(exe), "demo", str(vault)], env).stdout
        run([str(exe), "check", str(vault)], env)
        listed = run([str(exe), "list", str(vault), "--kind", "case"], env).stdout
        return f"{out.splitlines()[0][:70]}…; {listed.strip().splitlines()[-1]}"

    @check("an export's age child runs from the standalone executable; stock age opens it")
    def _age_child() -> str:
        # Large exports seal in a child process (storage.age_worker): in the standalone
        # build the executable itself plays the child, through its worker flag.
        key = work / "age-child.key"
        subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
        recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True,
                                   capture_output=True, text=True).stdout.strip()
        plain = os.urandom(1 << 20)
        sealed = subprocess.run([str(exe), "--qorgau-age-worker", "encrypt", recipient],
                                input=plain, env=env, capture_output=True, timeout=120)
        if sealed.returncode:
            raise RuntimeError(sealed.stderr.decode(errors="replace"))
        opened = subprocess.run(["age", "-d", "-i", str(key)], input=sealed.stdout,
                                capture_output=True, check=True).stdout
        if opened != plain:
            raise RuntimeError("stock age did not give back what the child sealed")
        return f"{len(sealed.stdout)} bytes sealed, opened by stock age"

    @check("a bulk add's worker processes run from the standalone executable")
    def _workers() -> str:
        # The vault's worker processes (storage.signatures) are the executable run again
        # by multiprocessing (spawn, through freeze_support in packaging/qorgau_entry.py):
        # seen here as its children while a bulk add big enough for them runs.
        people = [{"kind": "person", "body": {"full_name": f"Тестовый Работник {n}"}}
                  for n in range(3000)]
        file = work / "people.json"
        file.write_text(json.dumps({"format": "qorgau-records", "version": 1,
                                    "records": people}, ensure_ascii=False))
        said = work / "add.out"
        with said.open("wb") as sink:  # a file, not a pipe nobody reads while it runs
            adding = subprocess.Popen([str(exe), "add", str(vault), str(file)], env=env,
                                      stdin=subprocess.DEVNULL, stdout=sink, stderr=sink)
            workers: set[int] = set()
            deadline = time.monotonic() + 300
            while adding.poll() is None and time.monotonic() < deadline:
                workers |= {pid for pid, cmd in _children(adding.pid)
                            if "--multiprocessing-fork" in cmd}
                time.sleep(0.01)
            if adding.poll() is None:
                adding.kill()
                adding.wait()
        out = said.read_text(errors="replace")
        if adding.returncode:
            raise RuntimeError(f"qorgau add exited {adding.returncode}: {out[-800:]}")
        if not workers:
            raise RuntimeError("no worker process was started")
        left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
        if left:
            raise RuntimeError(f"worker processes outlived the command: {left}")
        found = run([str(exe), "search", str(vault), "Тестовый Работник 2999"], env).stdout
        if "Тестовый Работник 2999" not in found:
            raise RuntimeError(f"the last record added is not found: {found[-400:]}")
        return f"{len(workers)} worker processes; {len(people)} records added"

    @check("the desktop opens the unlock screen for it")
    def _unlock() -> str:
        return f"{launch_until([str(exe)], env, 'unlock', inspect=no_build_python):.2f} s"

    @check("the .deb: fields, files, apt install (simulated), its own qorgau --version")
    def _deb() -> str:
        fields = run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"], base).stdout
        if "Package: qorgau" not in fields or "libxcb-cursor0" not in fields:
            raise RuntimeError(fields)
        listing = run(["dpkg-deb", "-c", str(deb)], base).stdout
        for path in ("./opt/qorgau/qorgau", "./usr/bin/qorgau",
                     "./usr/share/applications/qorgau.desktop",
                     "./usr/share/icons/hicolor/256x256/apps/qorgau.png"):
            if f" {path}" not in listing:
                raise RuntimeError(f"{path} is not in the package")
        # apt resolves its dependencies against this machine's packages (simulated).
        sim = run(["apt-get", "install", "--simulate", "--no-install-recommends", str(deb)],
                  base).stdout
        if "Inst qorgau" not in sim:
            raise RuntimeError(f"apt would not install it:\n{sim[-800:]}")
        root = work / "deb"
        run(["dpkg-deb", "-x", str(deb), str(root)], base)
        out = run([str(root / "opt" / "qorgau" / "qorgau"), "--version"], env).stdout
        return out.splitlines()[0]

    @check("install.sh installs for one user; the menu entry starts it")
    def _install() -> str:
        home2 = work / "home2"
        home2.mkdir()
        env2 = clean_env(home2, display)
        run(["sh", str(top / "install.sh")], env2)
        entry = (home2 / ".local/share/applications/qorgau.desktop").read_text()
        m = re.search(r'^Exec="([^"]+)"', entry, re.M)
        if not m or not Path(m.group(1)).is_file():
            raise RuntimeError(f"the menu entry's Exec does not exist:\n{entry}")
        return run([str(home2 / ".local/bin/qorgau"), "--version"], env2).stdout.splitlines()[0]

    timings: dict[str, list[float]] = {"standalone": [], "make run": []}

    @check(f"launch to unlock screen, {ROUNDS} rounds each, alternating")
    def _measure() -> str:
        make_env = clean_env(home, display)
        # A checkout whose .venv belongs to another one passes PYTHONPATH and, to leave
        # that venv alone, QORGAU_MAKE_ARGS="-o .venv/.installed".
        if os.environ.get("PYTHONPATH"):
            make_env["PYTHONPATH"] = os.environ["PYTHONPATH"]
        make_run = ["make", "--no-print-directory",
                    *shlex.split(os.environ.get("QORGAU_MAKE_ARGS", "")), "run"]
        for _ in range(ROUNDS):
            timings["standalone"].append(launch_until([str(exe)], env, "unlock"))
            timings["make run"].append(launch_until(
                make_run, make_env, "unlock", cwd=ROOT))
        return "; ".join(f"{k}: {summary(v)}" for k, v in timings.items())

    size = sum(f.lstat().st_size for f in top.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nsize: application folder {size / 2**20:.0f} MiB; "
          f"{tarball.name} {tarball.stat().st_size / 2**20:.0f} MiB; "
          f"{deb.name} {deb.stat().st_size / 2**20:.0f} MiB")
    for name, values in timings.items():
        if values:
            print(f"launch to unlock screen, {name:<10}: {summary(values)} "
                  f"({len(values)} rounds)")
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"dist-check: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
