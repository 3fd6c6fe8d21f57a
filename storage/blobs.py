"""Encrypted, content-addressed store for evidence originals.

Each original is one age v1 file (X25519 recipient, STREAM of ChaCha20-Poly1305
chunks: streaming, authenticated, readable with the stock `age` tool given the
vault's blob identity) under `blobs/<aa>/<name>`, where name = HMAC(name key,
SHA-256 of the original). Files are immutable and written once, which suits
incremental backup of a large archive. The content hash is checked on every read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyrage

from storage import age_worker
from storage.atomic import DISK_FULL, fsync_dir, io_fault, nearly_full
from storage.errors import (
    Cancelled,
    EnvironmentFault,
    IntegrityFailure,
    NotFound,
    QorgauError,
)
from storage.identity import Identity

Progress = Callable[[int], None]  # bytes done so far


class _HashingReader:
    """Feeds pyrage while hashing, counting, reporting progress and honouring cancel."""

    def __init__(self, src: BinaryIO, progress: Progress | None, cancel: threading.Event | None):
        self.src = src
        self.sha = hashlib.sha256()
        self.size = 0
        self.progress = progress
        self.cancel = cancel

    def read(self, n: int = -1) -> bytes:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        chunk = self.src.read(n if n and n > 0 else 1 << 20)
        self.sha.update(chunk)
        self.size += len(chunk)
        if self.progress is not None and chunk:
            self.progress(self.size)
        return chunk


class _VerifyingWriter:
    def __init__(self, dst: BinaryIO | None):
        self.dst = dst
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        if self.dst is not None:
            self.dst.write(data)
        return len(data)

    def flush(self) -> None:
        if self.dst is not None:
            self.dst.flush()


class BlobStore:
    def __init__(self, folder: Path, identity: Identity,
                 next_identity: pyrage.x25519.Identity | None = None) -> None:
        self.folder = Path(folder)
        self._identity = identity
        self._recipient = identity.blob_identity.to_public()
        # While the files are being re-encrypted under a new key, either key reads.
        self._readers = [identity.blob_identity, *([next_identity] if next_identity else [])]

    def path_for(self, sha256_hex: str) -> Path:
        name = self._identity.blob_name(sha256_hex)
        return self.folder / name[:2] / name

    def has(self, sha256_hex: str) -> bool:
        return self.path_for(sha256_hex).exists()

    def put(
        self,
        src: BinaryIO,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[str, int]:
        """Encrypt a stream into the store; returns (sha256 hex, size). Bounded memory."""
        self.folder.mkdir(mode=0o700, exist_ok=True)
        tmp = self.folder / f".incoming-{os.getpid()}-{threading.get_ident()}.partial"
        reader = _HashingReader(src, progress, cancel)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                try:
                    pyrage.encrypt_io(reader, out, [self._recipient])
                except Cancelled:
                    raise
                except OSError as exc:
                    raise _io_fault(exc) from exc
                except Exception as exc:
                    # pyrage wraps errors raised while reading or writing as EncryptError.
                    if self.cancel_requested(cancel):
                        raise Cancelled() from exc
                    if "Errno 28" in str(exc) or nearly_full(self.folder):
                        raise EnvironmentFault(DISK_FULL) from exc
                    if "OSError" in str(exc):
                        raise EnvironmentFault(f"could not write the evidence file: {exc}"
                                               ) from exc
                    raise
                try:
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise _io_fault(exc) from exc
            digest = reader.sha.hexdigest()
            final = self.path_for(digest)
            if final.exists():
                tmp.unlink()
            else:
                final.parent.mkdir(mode=0o700, exist_ok=True)
                os.replace(tmp, final)
                fsync_dir(final.parent)
            return digest, reader.size
        except OSError as exc:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise _io_fault(exc) from exc
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    @staticmethod
    def cancel_requested(cancel: threading.Event | None) -> bool:
        return cancel is not None and cancel.is_set()

    def copy_to(self, sha256_hex: str, dst: BinaryIO | None) -> int:
        """Decrypt a blob into `dst` (None: verify only). Raises IntegrityFailure if the
        decrypted bytes do not hash to the name they are stored under."""
        path = self.path_for(sha256_hex)
        if not path.exists():
            raise NotFound(f"evidence file {sha256_hex[:12]}… is not on this device")
        writer = _VerifyingWriter(dst)
        with path.open("rb") as src:
            try:
                pyrage.decrypt_io(src, writer, self._readers)
            except (pyrage.DecryptError, OSError) as exc:
                # pyrage reports a failed chunk mid-stream as an OSError without errno.
                if isinstance(exc, OSError) and exc.errno is not None:
                    raise _io_fault(exc) from exc
                raise IntegrityFailure(
                    f"evidence file {sha256_hex[:12]}… is damaged or was altered"
                ) from exc
        if writer.sha.hexdigest() != sha256_hex:
            raise IntegrityFailure(f"evidence file {sha256_hex[:12]}… does not match its hash")
        return writer.size

    @contextlib.contextmanager
    def reading(self, items: list[tuple[str, int]]
                ) -> Iterator[Callable[[str, BinaryIO], int]]:
        """copy_to for many originals, (sha256, size) in `items`, asked for in that
        order: the exporter's way to read every file it sends once. From
        age_worker.WORTH_A_PROCESS bytes up they are decrypted ahead in a child process,
        on the other core, while this one hashes and forwards them."""
        if sum(size for _, size in items) < age_worker.WORTH_A_PROCESS:
            yield self.copy_to
            return
        child = _DecryptingChild(self, items)
        try:
            yield child.copy_to
        except BaseException:
            child.kill()
            raise
        child.finish()

    def storing(self, total: int) -> Storer:
        """`put` for many originals read from one stream (an import): from
        age_worker.WORTH_A_PROCESS bytes in all, a child process on the other core
        encrypts them while this one goes on reading. Files reach their names only at
        `Storer.finish`; `Storer.abandon` removes what was written."""
        if total < age_worker.WORTH_A_PROCESS:
            return Storer(self, None)
        return Storer(self, _EncryptingChild(self))

    def read_bytes(self, sha256_hex: str) -> bytes:
        import io

        buf = io.BytesIO()
        self.copy_to(sha256_hex, buf)
        return buf.getvalue()

    def reencrypt(self, sha256_hex: str, recipient: pyrage.x25519.Recipient,
                  cancel: threading.Event | None = None) -> None:
        """Replace a file by the same original encrypted to `recipient`. The plaintext
        flows through a pipe between a decrypting thread and the encryption, never to
        disk; the hash is checked before the new file replaces the old one."""
        path = self.path_for(sha256_hex)
        if not path.exists():
            raise NotFound(f"evidence file {sha256_hex[:12]}… is not on this device")
        tmp = path.with_name(f".incoming-{os.getpid()}-rekey.partial")
        read_fd, write_fd = os.pipe()
        failure: list[BaseException] = []
        written = _VerifyingWriter(None)

        def decrypt() -> None:
            with os.fdopen(write_fd, "wb") as pipe_out:
                written.dst = pipe_out
                try:
                    self.copy_to(sha256_hex, written)  # type: ignore[arg-type]
                except BaseException as exc:  # handed to the caller's thread
                    failure.append(exc)

        worker = threading.Thread(target=decrypt, daemon=True)
        worker.start()
        try:
            with os.fdopen(read_fd, "rb") as pipe_in:
                reader = _HashingReader(pipe_in, None, cancel)
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "wb") as out:
                    try:
                        pyrage.encrypt_io(reader, out, [recipient])
                    except Cancelled:
                        raise
                    except Exception as exc:
                        if self.cancel_requested(cancel):
                            raise Cancelled() from exc
                        raise
                    out.flush()
                    os.fsync(out.fileno())
            worker.join()
            if failure:
                raise failure[0]
            if reader.sha.hexdigest() != sha256_hex:
                raise IntegrityFailure(f"evidence file {sha256_hex[:12]}… does not match its hash")
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise _io_fault(exc) from exc
        finally:
            worker.join(timeout=5)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def remove(self, sha256_hex: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256_hex).unlink()

    def cleanup_partials(self) -> int:
        removed = 0
        if self.folder.is_dir():
            for leftover in self.folder.glob(".incoming-*.partial"):
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed


def _io_fault(exc: OSError) -> Exception:
    return io_fault(exc, "read or write an evidence file")


class _DecryptingChild:
    """Reads, in order, the originals a child process (storage.age_worker) decrypts
    into a pipe; checks each one's size and hash as copy_to does."""

    def __init__(self, store: BlobStore, items: list[tuple[str, int]]) -> None:
        self.items = iter(items)
        self.proc = subprocess.Popen(age_worker.command("decrypt"), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     bufsize=age_worker.CHUNK)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if sys.platform.startswith("linux"):  # a deeper pipe: fewer wake-ups of each side
            import fcntl

            with contextlib.suppress(OSError):
                fcntl.fcntl(self.proc.stdout.fileno(), 1031, age_worker.CHUNK)  # F_SETPIPE_SZ
        # The identities go through the pipe, never the command line. The child reads
        # all of its input before it writes, so writing it all here cannot deadlock.
        fields = [str(i) for i in store._readers] + [""] + [
            os.fsdecode(store.path_for(sha)) for sha, _ in items]
        try:
            self.proc.stdin.write(os.fsencode("\0".join(fields) + "\0"))
            self.proc.stdin.close()
        except OSError:
            pass  # the child died at once: its message is read at the first copy_to

    def copy_to(self, sha256_hex: str, dst: BinaryIO | None) -> int:
        want, size = next(self.items)
        if want != sha256_hex:
            raise ValueError("originals must be read in the order they were named")
        assert self.proc.stdout is not None
        sha, left = hashlib.sha256(), size
        while left:
            chunk = self.proc.stdout.read(min(left, age_worker.CHUNK))
            if not chunk:
                raise self._failure(sha256_hex)
            sha.update(chunk)
            if dst is not None:
                dst.write(chunk)
            left -= len(chunk)
        if sha.hexdigest() != sha256_hex:
            raise IntegrityFailure(f"evidence file {sha256_hex[:12]}… does not match its hash")
        return size

    def _failure(self, sha256_hex: str) -> QorgauError:
        code = self.proc.wait()
        said = self._said()
        if code == age_worker.EXIT_FAILED:  # pyrage refused the file: damaged or altered
            return IntegrityFailure(f"evidence file {sha256_hex[:12]}… is damaged or was altered")
        detail = said or f"exit status {code}"
        return EnvironmentFault(f"could not read evidence file {sha256_hex[:12]}…: {detail}")

    def _said(self) -> str:
        if self.proc.stderr is None or self.proc.stderr.closed:  # already told
            return ""
        said = self.proc.stderr.read().decode("utf-8", "replace").strip()
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return said

    def finish(self) -> None:
        assert self.proc.stdout is not None
        extra = self.proc.stdout.read(1)
        code = self.proc.wait()
        said = self._said()
        if extra:  # an original longer than its recorded size
            raise IntegrityFailure("an evidence file is longer than the vault records: run "
                                   "`qorgau check`")
        if code != 0:
            detail = said or f"exit status {code}"
            raise EnvironmentFault(f"could not read the evidence files: {detail}")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self._said()


class Storer:
    """Originals put one after another; with a child, each is encrypted there into a
    temp file, and all are moved to their names once the child has written them."""

    def __init__(self, store: BlobStore, child: _EncryptingChild | None) -> None:
        self.store = store
        self.child = child

    def put(self, src: BinaryIO, size: int, *, cancel: threading.Event | None = None
            ) -> tuple[str, int]:
        """(sha256 hex, size) of the original read from `src` (`size` bytes)."""
        if self.child is None:
            return self.store.put(src, cancel=cancel)
        return self.child.put(src, size, cancel)

    def finish(self) -> list[str]:
        """Wait for the child; move its files to their names. The originals newly placed."""
        if self.child is None:
            return []
        child, self.child = self.child, None
        return child.finish()

    def abandon(self) -> None:
        if self.child is not None:
            child, self.child = self.child, None
            child.kill()


class _EncryptingChild:
    """Feeds originals to a "store" child (storage.age_worker), hashing each as it
    passes; the child encrypts them into temp files of the blob store."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        store.folder.mkdir(mode=0o700, exist_ok=True)
        self.written: list[tuple[Path, str]] = []  # (temp file, sha256 of the original)
        self.proc = subprocess.Popen(
            age_worker.command("store", str(store._recipient)), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=age_worker.CHUNK)
        assert self.proc.stdin is not None
        if sys.platform.startswith("linux"):  # a deeper pipe: fewer wake-ups of each side
            import fcntl

            with contextlib.suppress(OSError):
                fcntl.fcntl(self.proc.stdin.fileno(), 1031, age_worker.CHUNK)  # F_SETPIPE_SZ

    def put(self, src: BinaryIO, size: int, cancel: threading.Event | None
            ) -> tuple[str, int]:
        assert self.proc.stdin is not None
        tmp = self.store.folder / (f".incoming-{os.getpid()}-{threading.get_ident()}-"
                                   f"{len(self.written)}.partial")
        sha, left = hashlib.sha256(), size
        try:
            self.proc.stdin.write(os.fsencode(tmp) + b"\0" + struct.pack(">Q", size))
            self.written.append((tmp, ""))
            while left:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                chunk = src.read(min(left, age_worker.CHUNK))
                if not chunk:  # the source raised or ended: its own error is the fault
                    raise EOFError("the original ended early")
                sha.update(chunk)
                self.proc.stdin.write(chunk)
                left -= len(chunk)
        except (BrokenPipeError, ValueError):
            raise self._failure() from None
        digest = sha.hexdigest()
        self.written[-1] = (tmp, digest)
        return digest, size

    def finish(self) -> list[str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.close()
        said = self.proc.stdout.read().strip()
        code = self.proc.wait()
        if code != 0 or said != str(len(self.written)).encode():
            raise self._failure()
        self._close_pipes()
        placed = []
        try:
            for tmp, digest in self.written:
                final = self.store.path_for(digest)
                if final.exists():
                    tmp.unlink()
                    continue
                final.parent.mkdir(mode=0o700, exist_ok=True)
                os.replace(tmp, final)
                fsync_dir(final.parent)
                placed.append(digest)
        except OSError as exc:
            self._remove_temps()
            raise _io_fault(exc) from exc
        self.written.clear()
        return placed

    def _failure(self) -> QorgauError:
        self.kill()
        said = self._said
        if said.startswith("errno 28 ") or nearly_full(self.store.folder):
            return EnvironmentFault(DISK_FULL)
        detail = said or f"exit status {self.proc.returncode}"
        return EnvironmentFault(f"could not write the evidence files: {detail}")

    def kill(self) -> None:
        """Stop the child and remove every temp file it wrote."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._said = ""
        if self.proc.stderr is not None and not self.proc.stderr.closed:
            self._said = self.proc.stderr.read().decode("utf-8", "replace").strip()
        self._close_pipes()
        self._remove_temps()

    def _close_pipes(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    def _remove_temps(self) -> None:
        for tmp, _ in self.written:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        self.written.clear()
