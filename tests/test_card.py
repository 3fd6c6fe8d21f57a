"""sync.card: the identity card file, its strict parser and its fingerprint."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import uuid
from dataclasses import replace
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.errors import IntegrityFailure, InvalidInput
from sync import card as cardmod
from sync import minisign
from sync.card import IdentityCard


def _make_card(name: str = "Полевой ноутбук — Қарағанды", role: str = "field") -> IdentityCard:
    return IdentityCard(
        device_id=str(uuid.uuid4()),
        name=name,
        role=role,
        sign_public=Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
        sign_key_id=os.urandom(8),
        age_recipient=str(pyrage.x25519.Identity.generate().to_public()),
    )


CARD = replace(_make_card(), device_id="3f2b8c1e-9d4a-4e7b-a6c5-0d1e2f3a4b5c")
_BAD_LAST = "p" if CARD.age_recipient.endswith("q") else "q"  # breaks the bech32 checksum


def _obj(card: IdentityCard = CARD) -> dict[str, Any]:
    return json.loads(cardmod.to_json(card))


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def test_round_trip_cyrillic():
    data = cardmod.to_json(CARD)
    assert "Полевой ноутбук — Қарағанды".encode() in data  # UTF-8, not \\u escapes
    assert data.startswith(b"{\n  ") and data.endswith(b"}\n")
    assert cardmod.from_json(data) == CARD
    obj = json.loads(data)
    assert list(obj) == [
        "format",
        "version",
        "device_id",
        "name",
        "role",
        "minisign_public_key",
        "age_recipient",
        "fingerprint",
    ]
    assert obj["format"] == "qorgau-identity-card" and obj["version"] == 1
    assert minisign.parse_public_key(obj["minisign_public_key"]) == (
        CARD.sign_key_id,
        CARD.sign_public,
    )
    assert obj["fingerprint"] == cardmod.fingerprint(CARD)


def test_archive_role_and_card_without_fingerprint():
    archive = _make_card("Архив", role="archive")
    obj = _obj(archive)
    del obj["fingerprint"]
    assert cardmod.from_json(_dump(obj)) == archive


def test_fingerprint_shape_and_stability():
    fp = cardmod.fingerprint(CARD)
    assert re.fullmatch(r"\d{4}(-\d{4}){5}", fp)
    assert cardmod.fingerprint(replace(CARD)) == fp
    # The name is a label only: renaming a device keeps its fingerprint.
    assert cardmod.fingerprint(replace(CARD, name="другое имя")) == fp


def test_fingerprint_known_answer():
    recipient = "age1c8t9xwaq2zzy92a6628xghk6qc9fguhdwen0e7039cgudhv8y57qcddqak"
    fixed = IdentityCard(
        device_id="00000000-0000-4000-8000-000000000000",
        name="x",
        role="field",
        sign_public=bytes(range(32)),
        sign_key_id=bytes(range(8)),
        age_recipient=recipient,
    )
    # The encoding spelt out, independently of the module: domain prefix, then canonical
    # JSON (sorted keys, no spaces) of the key fields; SHA-256; first 16 bytes mod 10**24.
    key_line = base64.b64encode(b"Ed" + bytes(range(8)) + bytes(range(32))).decode()
    payload = (
        b"qorgau identity card fingerprint v1\x00"
        + f'{{"age_recipient":"{recipient}",'
        f'"device_id":"00000000-0000-4000-8000-000000000000",'
        f'"minisign_public_key":"{key_line}","role":"field"}}'.encode()
    )
    number = int.from_bytes(hashlib.sha256(payload).digest()[:16], "big") % 10**24
    digits = f"{number:024d}"
    expected = "-".join(digits[i : i + 4] for i in range(0, 24, 4))
    assert cardmod.fingerprint(fixed) == expected
    # Pinned: a change here would break every card comparison already made.
    assert expected == "7642-6255-8573-0509-3174-8501"


@pytest.mark.parametrize(
    "change",
    [
        {"device_id": str(uuid.uuid4())},
        {"role": "archive"},
        {"sign_public": Ed25519PrivateKey.generate().public_key().public_bytes_raw()},
        {"sign_key_id": os.urandom(8)},
        {"age_recipient": str(pyrage.x25519.Identity.generate().to_public())},
    ],
)
def test_every_key_field_changes_fingerprint(change):
    assert cardmod.fingerprint(replace(CARD, **change)) != cardmod.fingerprint(CARD)


@pytest.mark.parametrize("field", ["minisign_public_key", "age_recipient", "device_id", "role"])
def test_tampered_card_rejected(field):
    other = _obj(_make_card(role="archive"))
    obj = _obj()
    obj[field] = other[field]
    with pytest.raises(IntegrityFailure, match="card was altered"):
        cardmod.from_json(_dump(obj))


def test_wrong_fingerprint_text_rejected():
    obj = _obj()
    obj["fingerprint"] = "0000-0000-0000-0000-0000-0000"
    with pytest.raises(IntegrityFailure, match="card was altered"):
        cardmod.from_json(_dump(obj))


def _mutated(**fields: Any) -> bytes:
    obj = _obj()
    for key, value in fields.items():
        if value is ...:
            del obj[key]
        else:
            obj[key] = value
    return _dump(obj)


_LINE = minisign.public_key_line(CARD.sign_key_id, CARD.sign_public)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"{", "not valid JSON"),
        (b"[]", "expected a JSON object"),
        (b'"card"', "expected a JSON object"),
        (b"[" * 10_000 + b"]" * 10_000, "not valid JSON"),
        (b"x" * (64 * 1024 + 1), "larger than 64 KiB"),
        (b'{"format": NaN}', "NaN is not valid JSON"),
        (b'{"format": 1, "format": 2}', "duplicate field"),
        ("\ufeff".encode() + cardmod.to_json(CARD), "not valid JSON"),
        (json.dumps(_obj(), ensure_ascii=False).encode("utf-16"), "not UTF-8"),
        (_mutated(format="qorgau-bundle"), "not a qorgau-identity-card"),
        (_mutated(version=2), "unsupported version"),
        (_mutated(version="1"), "unsupported version"),
        (_mutated(version=True), "unsupported version"),
        (_mutated(version=1.0), "unsupported version"),
        (_mutated(name=...), "missing field.*name"),
        (_mutated(age_recipient=..., role=...), "missing field.*age_recipient, role"),
        (_mutated(extra="x"), "unknown field.*'extra'"),
        (_mutated(name=None), "name must be a string"),
        (_mutated(device_id="laptop-1"), "device_id must be a lower-case UUID"),
        (_mutated(device_id=CARD.device_id.upper()), "device_id must be a lower-case UUID"),
        (_mutated(device_id="{" + CARD.device_id + "}"), "device_id must be a lower-case UUID"),
        (_mutated(role="admin"), "role must be one of"),
        (_mutated(name=""), "name must be non-empty"),
        (_mutated(name="   "), "name must be non-empty"),
        (_mutated(name="a" * 201), "name longer than 200"),
        (_mutated(name="evil\u202eexe.txt"), "control or invisible"),
        (_mutated(name="two\nlines"), "control or invisible"),
        (_mutated(minisign_public_key="RWQ="), "minisign public key"),
        (_mutated(minisign_public_key="untrusted comment: x\n" + _LINE), "bare base64 line"),
        (_mutated(minisign_public_key=_LINE + "\r"), "bare base64 line"),
        (_mutated(age_recipient="age1notarecipient"), "not a valid age X25519 recipient"),
        (_mutated(age_recipient=CARD.age_recipient.upper()), "must be an age1"),
        (_mutated(age_recipient="age1" + CARD.age_recipient[4:].upper()), "not a valid age"),
        (_mutated(age_recipient=CARD.age_recipient[:-1] + _BAD_LAST), "not a valid age"),
        (_mutated(age_recipient="ssh-ed25519 AAAA"), "must be an age1"),
    ],
)
def test_malformed_cards(data, message):
    with pytest.raises(InvalidInput, match=message):
        cardmod.from_json(data)


def test_constructor_validates():
    with pytest.raises(InvalidInput, match="signing key must be 32 bytes"):
        replace(CARD, sign_public=b"\x00" * 31)
    with pytest.raises(InvalidInput, match="key id must be 8 bytes"):
        replace(CARD, sign_key_id=b"")
    with pytest.raises(InvalidInput, match="role"):
        replace(CARD, role="Field")


# --- fuzzing -----------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner),
    max_leaves=20,
)
_FIELD_NAMES = list(_obj())
_OTHER_VALUES = list(_obj(_make_card(role="archive")).values())


@st.composite
def _card_like_data(draw: st.DrawFn) -> bytes:
    # Mostly-valid cards with a field or two replaced, dropped or added reach the field
    # checks and the fingerprint comparison, which random JSON almost never does.
    obj = _obj()
    for name in draw(st.lists(st.sampled_from(_FIELD_NAMES), max_size=2)):
        how = draw(st.sampled_from(["drop", "json", "text", "other card"]))
        if how == "drop":
            obj.pop(name, None)
        elif how == "json":
            obj[name] = draw(_json_values)
        elif how == "text":
            obj[name] = draw(st.text(max_size=80))
        else:  # a valid value from another card: only the fingerprint can tell
            obj[name] = draw(st.sampled_from(_OTHER_VALUES))
    if draw(st.integers(0, 9)) == 7:  # rarely: Hypothesis favours the bounds
        obj[draw(st.text(max_size=10))] = draw(_json_values)
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _accepts_only_our_errors(data: bytes) -> None:
    try:
        result = cardmod.from_json(data)
    except (InvalidInput, IntegrityFailure):
        return
    assert isinstance(result, IdentityCard)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(data):
    _accepts_only_our_errors(data)


@settings(max_examples=300, deadline=None)
@given(_json_values)
def test_fuzz_random_json(value):
    _accepts_only_our_errors(json.dumps(value).encode())


@settings(max_examples=500, deadline=None)
@given(_card_like_data())
def test_fuzz_card_like_objects(data):
    _accepts_only_our_errors(data)
