"""The minisign signature file format over `cryptography`'s Ed25519.

Only the container format lives here; every primitive is `cryptography` (Ed25519) or
`hashlib` (BLAKE2b-512). Files are byte-compatible with the stock `minisign` tool
(jedisct1/minisign), so a coordinator can check a bundle without Qorgau installed:

    public key:  "untrusted comment: ...\\n" base64("Ed" key_id(8) public(32)) "\\n"
    signature:   "untrusted comment: ...\\n" base64(alg(2) key_id(8) sig(64)) "\\n"
                 "trusted comment: ...\\n"   base64(global_sig(64)) "\\n"

with alg "ED": sig = Ed25519(BLAKE2b-512(message)) (prehashed), and global_sig =
Ed25519(sig || trusted comment), which is what makes the trusted comment trusted. Only
the prehashed form is written or accepted, as docs/bundle-format.md requires: a legacy
"Ed" signature (over the whole message) is refused on verify.

The key id is kept as the 8 bytes stored in the files; minisign displays them as a
little-endian 64-bit hex number (see `key_id_hex`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from storage.errors import IntegrityFailure, InvalidInput

KEY_ID_BYTES = 8
PUBLIC_BYTES = 32
SIGNATURE_BYTES = 64
DIGEST_BYTES = 64  # BLAKE2b-512, as minisign's crypto_generichash_BYTES_MAX

_ALG_PURE = b"Ed"  # public keys, and legacy signatures over the whole message
_ALG_HASHED = b"ED"  # signatures over BLAKE2b-512(message)
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "

# Limits of the stock tool, which reads lines with fgets() into fixed buffers: a longer
# comment spills into the next "line" and its verification fails. Enforcing them on both
# sides keeps what we write verifiable by `minisign -V` and rejects what it would reject.
MAX_UNTRUSTED_COMMENT_BYTES = 1024 - 1 - len(_UNTRUSTED) - 1  # 1003
MAX_TRUSTED_COMMENT_BYTES = 8192 - 1 - len(_TRUSTED) - 1  # 8173
_MAX_SIGNATURE_FILE_CHARS = 16 * 1024
_MAX_PUBLIC_KEY_FILE_CHARS = 2 * 1024


def new_prehash() -> hashlib.blake2b:
    """The hash to stream a large file through before `sign_prehashed`/`verify_prehashed`."""
    return hashlib.blake2b(digest_size=DIGEST_BYTES)


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: a little-endian uint64 in upper-case hex, with no
    zero padding (printf "%" PRIX64), so it matches the stock tool's messages and files."""
    _check_len(key_id, KEY_ID_BYTES, "key id")
    return f"{int.from_bytes(key_id, 'little'):X}"


# --- public keys -------------------------------------------------------------------------


def public_key_line(key_id: bytes, public: bytes) -> str:
    _check_len(key_id, KEY_ID_BYTES, "key id")
    _check_len(public, PUBLIC_BYTES, "Ed25519 public key")
    return _b64(_ALG_PURE + key_id + public)


def public_key_file(key_id: bytes, public: bytes, comment: str | None = None) -> str:
    if comment is None:
        comment = f"minisign public key {key_id_hex(key_id)}"
    _check_comment(comment, MAX_UNTRUSTED_COMMENT_BYTES, "untrusted comment", InvalidInput)
    return f"{_UNTRUSTED}{comment}\n{public_key_line(key_id, public)}\n"


def parse_public_key(text: str) -> tuple[bytes, bytes]:
    """(key_id, public) from the bare base64 line or from a two-line minisign.pub file."""
    if not isinstance(text, str):
        raise InvalidInput("minisign public key: expected text")
    if len(text) > _MAX_PUBLIC_KEY_FILE_CHARS:
        raise InvalidInput("minisign public key: too long")
    lines = _lines(text)
    if len(lines) == 2:
        if not lines[0].startswith(_UNTRUSTED):
            raise InvalidInput(f"minisign public key: first line should start with {_UNTRUSTED!r}")
        line = lines[1]
    elif len(lines) == 1:
        line = lines[0]
    else:
        raise InvalidInput("minisign public key: expected one base64 line or a two-line file")
    raw = _unb64(line)
    if raw is None or len(raw) != 2 + KEY_ID_BYTES + PUBLIC_BYTES:
        raise InvalidInput("minisign public key: not a base64-encoded minisign key")
    if raw[:2] != _ALG_PURE:
        raise InvalidInput("minisign public key: unsupported signature algorithm")
    return raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :]


# --- signing -----------------------------------------------------------------------------


def sign(
    private: Ed25519PrivateKey,
    key_id: bytes,
    message: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from qorgau",
) -> str:
    """The .minisig text for `message` (prehashed "ED" form, as minisign 0.11 writes)."""
    return sign_prehashed(
        private,
        key_id,
        hashlib.blake2b(message, digest_size=DIGEST_BYTES).digest(),
        trusted_comment,
        untrusted_comment,
    )


def sign_prehashed(
    private: Ed25519PrivateKey,
    key_id: bytes,
    blake2b512_digest: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from qorgau",
) -> str:
    _check_len(key_id, KEY_ID_BYTES, "key id")
    _check_len(blake2b512_digest, DIGEST_BYTES, "BLAKE2b-512 digest")
    trusted = _check_comment(
        trusted_comment, MAX_TRUSTED_COMMENT_BYTES, "trusted comment", InvalidInput
    )
    _check_comment(
        untrusted_comment, MAX_UNTRUSTED_COMMENT_BYTES, "untrusted comment", InvalidInput
    )
    sig = private.sign(blake2b512_digest)
    global_sig = private.sign(sig + trusted)
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n{_b64(_ALG_HASHED + key_id + sig)}\n"
        f"{_TRUSTED}{trusted_comment}\n{_b64(global_sig)}\n"
    )


# --- verification ------------------------------------------------------------------------


def verify(public: bytes, key_id: bytes, message: bytes, signature_text: str) -> str:
    """Check a .minisig over `message`; return its trusted comment or raise IntegrityFailure."""
    return _verify(public, key_id, signature_text, message=message, digest=None)


def verify_prehashed(
    public: bytes, key_id: bytes, blake2b512_digest: bytes, signature_text: str
) -> str:
    """As `verify`, for a message already streamed through `new_prehash()`.

    Legacy "Ed" signatures are refused here as everywhere.
    """
    _check_len(blake2b512_digest, DIGEST_BYTES, "BLAKE2b-512 digest")
    return _verify(public, key_id, signature_text, message=None, digest=blake2b512_digest)


def _verify(
    public: bytes,
    key_id: bytes,
    signature_text: str,
    *,
    message: bytes | None,
    digest: bytes | None,
) -> str:
    _check_len(public, PUBLIC_BYTES, "Ed25519 public key")
    _check_len(key_id, KEY_ID_BYTES, "key id")
    alg, sig_key_id, sig, trusted_comment, global_sig = _parse_signature(signature_text)
    if sig_key_id != key_id:
        raise IntegrityFailure(
            f"signature was made with key {key_id_hex(sig_key_id)}, "
            f"not with the expected key {key_id_hex(key_id)}"
        )
    if alg != _ALG_HASHED:
        # The format allows only prehashed signatures; a second accepted form would be a
        # second way in for a forgery to be tried.
        raise IntegrityFailure(
            "legacy (non-prehashed) minisign signature: only prehashed (ED) signatures are "
            "accepted")
    if digest is None:
        assert message is not None
        digest = hashlib.blake2b(message, digest_size=DIGEST_BYTES).digest()
    signed = digest
    try:
        key = Ed25519PublicKey.from_public_bytes(public)
    except ValueError as exc:
        raise InvalidInput("not a valid Ed25519 public key") from exc
    try:
        key.verify(sig, signed)
    except InvalidSignature:
        raise IntegrityFailure(
            "signature verification failed: the file was altered or signed by another key"
        ) from None
    try:
        key.verify(global_sig, sig + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise IntegrityFailure(
            "trusted comment signature verification failed: the comment was altered"
        ) from None
    return trusted_comment


def _parse_signature(text: str) -> tuple[bytes, bytes, bytes, str, bytes]:
    def bad(reason: str) -> IntegrityFailure:
        return IntegrityFailure(f"malformed minisign signature: {reason}")

    if not isinstance(text, str):
        raise bad("expected text")
    if len(text) > _MAX_SIGNATURE_FILE_CHARS:
        raise bad("file too large")
    lines = _lines(text)
    if len(lines) != 4:
        raise bad("expected 4 lines")
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(_UNTRUSTED):
        raise bad(f"first line should start with {_UNTRUSTED!r}")
    if not trusted.startswith(_TRUSTED):
        raise bad(f"third line should start with {_TRUSTED!r}")
    # Same limits and character rules as on signing, so a comment that the stock tool
    # would read differently (cut at a NUL, split by a long line) is refused, not trusted.
    _check_comment(
        untrusted[len(_UNTRUSTED) :],
        MAX_UNTRUSTED_COMMENT_BYTES,
        "untrusted comment",
        IntegrityFailure,
    )
    trusted_comment = trusted[len(_TRUSTED) :]
    _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_BYTES, "trusted comment", IntegrityFailure)
    raw = _unb64(sig_line)
    if raw is None or len(raw) != 2 + KEY_ID_BYTES + SIGNATURE_BYTES:
        raise bad("signature line is not base64 of a minisign signature")
    alg = raw[:2]
    if alg not in (_ALG_HASHED, _ALG_PURE):
        raise bad("unsupported signature algorithm")
    global_sig = _unb64(global_line)
    if global_sig is None or len(global_sig) != SIGNATURE_BYTES:
        raise bad("trusted comment signature line is not base64 of a signature")
    return alg, raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :], trusted_comment, global_sig


# --- helpers -----------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    # Split on "\n" only, as fgets() does (str.splitlines would also split on U+2028 etc.);
    # tolerate CRLF files and the final newline, nothing else.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(line: str) -> bytes | None:
    """Strict base64: padded, no stray characters, canonical (like libsodium's decoder)."""
    if not line.isascii():
        return None
    try:
        raw = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if _b64(raw) == line else None


def _check_len(value: bytes, size: int, what: str) -> None:
    if not isinstance(value, bytes) or len(value) != size:
        raise InvalidInput(f"{what} must be {size} bytes")


def _check_comment(
    comment: str, max_bytes: int, what: str, error: type[InvalidInput | IntegrityFailure]
) -> bytes:
    if not isinstance(comment, str):
        raise error(f"{what} must be text")
    # minisign treats CR, LF (line breaks) and NUL (C string end) specially; a comment
    # containing one would be signed or shown differently from what we mean.
    if any(ch in comment for ch in "\r\n\x00"):
        raise error(f"{what} must be a single line (no CR, LF or NUL)")
    try:
        encoded = comment.encode("utf-8")
    except UnicodeEncodeError:
        raise error(f"{what} is not valid Unicode text") from None
    if len(encoded) > max_bytes:
        raise error(f"{what} is longer than {max_bytes} bytes")
    return encoded
