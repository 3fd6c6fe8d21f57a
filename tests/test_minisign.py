"""sync.minisign: round trips, tampering, malformed input, and interop with stock minisign."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.errors import IntegrityFailure, InvalidInput
from sync import minisign

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed")

MESSAGE = b"sealed bundle bytes \x00\xff" * 100
COMMENT = "bundle 7f3a; timestamp:1700000000\tfile:бумаги.tar.age"


def _keypair() -> tuple[Ed25519PrivateKey, bytes, bytes]:
    private = Ed25519PrivateKey.generate()
    return private, os.urandom(8), private.public_key().public_bytes_raw()


@pytest.fixture
def keys() -> tuple[Ed25519PrivateKey, bytes, bytes]:
    return _keypair()


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert MINISIGN is not None
    return subprocess.run(
        [MINISIGN, *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _replace_line(sig: str, index: int, line: str) -> str:
    lines = sig.split("\n")
    lines[index] = line
    return "\n".join(lines)


def _flip_b64(line: str, byte_index: int) -> str:
    raw = bytearray(base64.b64decode(line))
    raw[byte_index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


# --- round trips -------------------------------------------------------------------------


def test_round_trip(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    assert sig.startswith("untrusted comment: signature from qorgau\n")
    assert sig.split("\n")[2] == f"trusted comment: {COMMENT}"
    assert minisign.verify(public, key_id, MESSAGE, sig) == COMMENT


def test_streamed_prehash_matches_whole_message(keys):
    private, key_id, public = keys
    hasher = minisign.new_prehash()
    for i in range(0, len(MESSAGE), 333):
        hasher.update(MESSAGE[i : i + 333])
    sig = minisign.sign_prehashed(private, key_id, hasher.digest(), COMMENT)
    assert sig == minisign.sign(private, key_id, MESSAGE, COMMENT)  # Ed25519 is deterministic
    assert minisign.verify(public, key_id, MESSAGE, sig) == COMMENT
    assert minisign.verify_prehashed(public, key_id, hasher.digest(), sig) == COMMENT


def test_empty_message_and_empty_comment(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, b"", "")
    assert minisign.verify(public, key_id, b"", sig) == ""


def test_crlf_signature_file_accepted(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT).replace("\n", "\r\n")
    assert minisign.verify(public, key_id, MESSAGE, sig) == COMMENT


def test_public_key_round_trip(keys):
    _, key_id, public = keys
    line = minisign.public_key_line(key_id, public)
    text = minisign.public_key_file(key_id, public, "qorgau device key")
    assert text == f"untrusted comment: qorgau device key\n{line}\n"
    assert minisign.parse_public_key(line) == (key_id, public)
    assert minisign.parse_public_key(text) == (key_id, public)
    assert minisign.parse_public_key(line + "\n") == (key_id, public)
    default = minisign.public_key_file(key_id, public)
    assert default.startswith(
        f"untrusted comment: minisign public key {minisign.key_id_hex(key_id)}\n"
    )


def test_key_id_hex_matches_minisign_display():
    # minisign prints le64_load(keynum) with "%" PRIX64, so without leading zeros
    # (both examples from `minisign -G` public key files).
    assert minisign.key_id_hex(bytes.fromhex("b1425582ab940667")) == "670694AB825542B1"
    assert minisign.key_id_hex(bytes.fromhex("17147147ef10340a")) == "A3410EF47711417"


# --- rejection ---------------------------------------------------------------------------


def test_flipped_message_byte(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    tampered = bytearray(MESSAGE)
    tampered[1234] ^= 0x80
    with pytest.raises(IntegrityFailure, match="signature verification failed"):
        minisign.verify(public, key_id, bytes(tampered), sig)


def test_flipped_signature_byte(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    line = sig.split("\n")[1]
    for index in (10, 40, 73):  # inside the Ed25519 signature (after alg + key id)
        bad = _replace_line(sig, 1, _flip_b64(line, index))
        with pytest.raises(IntegrityFailure, match="signature verification failed"):
            minisign.verify(public, key_id, MESSAGE, bad)


def test_flipped_global_signature_byte(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    bad = _replace_line(sig, 3, _flip_b64(sig.split("\n")[3], 5))
    with pytest.raises(IntegrityFailure, match="trusted comment"):
        minisign.verify(public, key_id, MESSAGE, bad)


def test_altered_trusted_comment(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    for changed in ("bundle 7f3b" + COMMENT[11:], COMMENT + " ", COMMENT[:-1]):
        bad = _replace_line(sig, 2, f"trusted comment: {changed}")
        with pytest.raises(IntegrityFailure, match="comment was altered"):
            minisign.verify(public, key_id, MESSAGE, bad)


def test_untrusted_comment_is_not_signed(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    edited = _replace_line(sig, 0, "untrusted comment: anything")
    assert minisign.verify(public, key_id, MESSAGE, edited) == COMMENT


def test_wrong_key_id(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    other_id = bytes([key_id[0] ^ 1]) + key_id[1:]
    with pytest.raises(IntegrityFailure, match="not with the expected key"):
        minisign.verify(public, other_id, MESSAGE, sig)
    # Rewriting the key id inside the signature does not help either.
    bad = _replace_line(sig, 1, _flip_b64(sig.split("\n")[1], 2))
    with pytest.raises(IntegrityFailure, match="not with the expected key"):
        minisign.verify(public, key_id, MESSAGE, bad)


def test_wrong_public_key(keys):
    private, key_id, _ = keys
    _, _, other_public = _keypair()
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    with pytest.raises(IntegrityFailure, match="signature verification failed"):
        minisign.verify(other_public, key_id, MESSAGE, sig)


@pytest.mark.parametrize(
    "comment", ["two\nlines", "carriage\rreturn", "nul\x00byte", "x" * 8174, "\ud800"]
)
def test_sign_rejects_bad_trusted_comment(keys, comment):
    private, key_id, _ = keys
    with pytest.raises(InvalidInput, match="trusted comment"):
        minisign.sign(private, key_id, MESSAGE, comment)


def test_sign_rejects_bad_untrusted_comment_and_sizes(keys):
    private, key_id, _ = keys
    with pytest.raises(InvalidInput, match="untrusted comment"):
        minisign.sign(private, key_id, MESSAGE, COMMENT, untrusted_comment="a\nb")
    with pytest.raises(InvalidInput, match="key id"):
        minisign.sign(private, key_id[:7], MESSAGE, COMMENT)
    with pytest.raises(InvalidInput, match="digest"):
        minisign.sign_prehashed(private, key_id, b"\x00" * 32, COMMENT)


def test_malformed_signature_files(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    lines = sig.split("\n")
    sig_raw = base64.b64decode(lines[1])
    cases = [
        "",
        "garbage",
        "\n".join(lines[:3]),
        sig + "extra line\n",
        _replace_line(sig, 0, "comment: x"),
        _replace_line(sig, 2, COMMENT),
        _replace_line(sig, 1, lines[1][:-4]),  # truncated
        _replace_line(sig, 1, lines[1] + "AAAA"),  # too long
        _replace_line(sig, 1, " " + lines[1]),  # stray character
        _replace_line(sig, 1, base64.b64encode(b"XX" + sig_raw[2:]).decode()),  # algorithm
        _replace_line(sig, 3, "not base64!"),
        _replace_line(sig, 2, "trusted comment: a\x00b"),
        "x" * 20000,
    ]
    for bad in cases:
        with pytest.raises(IntegrityFailure):
            minisign.verify(public, key_id, MESSAGE, bad)


def test_non_canonical_base64_rejected(keys):
    private, key_id, public = keys
    sig = minisign.sign(private, key_id, MESSAGE, COMMENT)
    line = sig.split("\n")[3]  # 64 bytes: "==" padding, the last char carries 4 unused bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = line[-3]
    sloppy = line[:-3] + alphabet[alphabet.index(last) ^ 1] + "=="
    assert base64.b64decode(sloppy) == base64.b64decode(line)
    with pytest.raises(IntegrityFailure, match="malformed"):
        minisign.verify(public, key_id, MESSAGE, _replace_line(sig, 3, sloppy))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "RWQ=",
        "untrusted comment: x\n",
        "a\nb\nc\n",
        "no comment prefix\nRWSxQlWCq5QGZ7VWietUPlgQvFbLd3tkqaqlDaxO+RJTf646QD8b7yxE\n",
        # The stock tool's example key with its algorithm changed to "ED" (a signature alg).
        "RUSxQlWCq5QGZ7VWietUPlgQvFbLd3tkqaqlDaxO+RJTf646QD8b7yxE",
        "RWSxQlWCq5QGZ7VWietUPlgQvFbLd3tkqaqlDaxO+RJTf646QD8b7yx",
        "x" * 5000,
    ],
)
def test_parse_public_key_rejects(text):
    with pytest.raises(InvalidInput, match="minisign public key"):
        minisign.parse_public_key(text)


def test_legacy_signature_is_refused(keys):
    """Issue 15: a genuine legacy "Ed" signature by the right key is still refused; the
    format allows only prehashed ones."""
    private, key_id, public = keys
    # Build a legacy "Ed" signature by hand, as `minisign -S -l` writes it.
    sig = private.sign(MESSAGE)
    global_sig = private.sign(sig + COMMENT.encode())
    text = (
        "untrusted comment: legacy\n"
        f"{base64.b64encode(b'Ed' + key_id + sig).decode()}\n"
        f"trusted comment: {COMMENT}\n{base64.b64encode(global_sig).decode()}\n"
    )
    with pytest.raises(IntegrityFailure, match="legacy"):
        minisign.verify(public, key_id, MESSAGE, text)
    digest = minisign.new_prehash()
    digest.update(MESSAGE)
    with pytest.raises(IntegrityFailure, match="legacy"):
        minisign.verify_prehashed(public, key_id, digest.digest(), text)


# --- fuzzing -----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_parse_public_key(text):
    try:
        key_id, public = minisign.parse_public_key(text)
    except InvalidInput:
        return
    assert len(key_id) == 8 and len(public) == 32


_FUZZ_PRIVATE, _FUZZ_KEY_ID, _FUZZ_PUBLIC = _keypair()
_FUZZ_SIG = minisign.sign(_FUZZ_PRIVATE, _FUZZ_KEY_ID, b"m", "c")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_verify_random_text(text):
    with pytest.raises(IntegrityFailure):
        minisign.verify(_FUZZ_PUBLIC, _FUZZ_KEY_ID, b"m", text)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(_FUZZ_SIG) - 1), st.characters(), st.booleans())
def test_fuzz_verify_mutated_signature(position, char, insert):
    # Near-valid input reaches deeper than random text; only the untrusted comment and
    # line endings may change without failing.
    cut = position + (0 if insert else 1)
    text = _FUZZ_SIG[:position] + char + _FUZZ_SIG[cut:]
    try:
        assert minisign.verify(_FUZZ_PUBLIC, _FUZZ_KEY_ID, b"m", text) == "c"
    except (InvalidInput, IntegrityFailure):
        return
    assert minisign._lines(text)[1:] == minisign._lines(_FUZZ_SIG)[1:]


# --- interoperability with the stock minisign tool ---------------------------------------


@needs_minisign
def test_stock_minisign_verifies_our_signature(tmp_path, keys):
    private, key_id, public = keys
    message = tmp_path / "bundle.tar.age"
    message.write_bytes(MESSAGE)
    pub = tmp_path / "qorgau.pub"
    pub.write_text(minisign.public_key_file(key_id, public, "qorgau device key"))
    (tmp_path / "bundle.tar.age.minisig").write_text(
        minisign.sign(private, key_id, MESSAGE, COMMENT)
    )
    other = tmp_path / "other.sig"
    other.write_text(minisign.sign(private, key_id, MESSAGE, "x" * 8173))  # longest allowed

    res = _run("-V", "-p", pub, "-m", message)
    assert res.returncode == 0, res.stderr
    assert f"Trusted comment: {COMMENT}" in res.stdout
    res = _run("-V", "-H", "-P", minisign.public_key_line(key_id, public), "-m", message)
    assert res.returncode == 0, res.stderr
    res = _run("-V", "-p", pub, "-m", message, "-x", other)
    assert res.returncode == 0, res.stderr
    assert "x" * 8173 in res.stdout

    message.write_bytes(MESSAGE + b"!")  # and the tool agrees a change is detected
    res = _run("-V", "-p", pub, "-m", message)
    assert res.returncode != 0


@needs_minisign
def test_we_verify_stock_minisign_signatures(tmp_path):
    pub, sec = tmp_path / "stock.pub", tmp_path / "stock.key"
    res = _run("-G", "-W", "-p", pub, "-s", sec)
    assert res.returncode == 0, res.stderr
    key_id, public = minisign.parse_public_key(pub.read_text())
    assert pub.read_text().split("\n")[0].split()[-1] == minisign.key_id_hex(key_id)

    message = tmp_path / "file.bin"
    message.write_bytes(MESSAGE)
    res = _run("-S", "-s", sec, "-m", message, "-t", COMMENT, "-c", "from the stock tool")
    assert res.returncode == 0, res.stderr
    sig_text = (tmp_path / "file.bin.minisig").read_text()
    assert minisign.verify(public, key_id, MESSAGE, sig_text) == COMMENT
    digest = minisign.new_prehash()
    digest.update(MESSAGE)
    assert minisign.verify_prehashed(public, key_id, digest.digest(), sig_text) == COMMENT
    with pytest.raises(IntegrityFailure):
        minisign.verify(public, key_id, MESSAGE[:-1], sig_text)

    legacy = tmp_path / "legacy.minisig"
    res = _run("-S", "-l", "-s", sec, "-m", message, "-x", legacy, "-t", "legacy")
    assert res.returncode == 0, res.stderr
    legacy_text = legacy.read_text()
    assert base64.b64decode(legacy_text.split("\n")[1])[:2] == b"Ed"
    with pytest.raises(IntegrityFailure, match="legacy"):  # only prehashed is accepted
        minisign.verify(public, key_id, MESSAGE, legacy_text)

    # Default trusted comment ("timestamp:...\tfile:...") round-trips too.
    res = _run("-S", "-s", sec, "-m", message, "-x", tmp_path / "default.minisig")
    assert res.returncode == 0, res.stderr
    comment = minisign.verify(public, key_id, MESSAGE, (tmp_path / "default.minisig").read_text())
    assert comment.startswith("timestamp:") and "\tfile:file.bin" in comment
