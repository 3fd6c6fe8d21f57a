"""A short fuzz campaign of the importer in the suite (tests/fuzz_importer.py runs long
ones by hand): zero crashes, every rejection with a known reason, archive unchanged."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_importer import Target, one_case


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    t = Target.build(Path(tmp_path_factory.mktemp("fuzz")))
    yield t
    t.close()


@pytest.mark.slow
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**64 - 1), dry_run=st.booleans())
def test_importer_never_crashes(target: Target, seed: int, dry_run: bool) -> None:
    one_case(target, random.Random(seed), dry_run=dry_run)


@pytest.mark.slow
def test_campaign_reached_deep_checks(target: Target) -> None:
    """The mutations are not all stopped at the first gate."""
    rng = random.Random(1234)
    for i in range(120):
        one_case(target, rng, dry_run=i % 2 == 0)
    codes = {k for k in target.stats if k.startswith("rejected:")}
    assert {"rejected:manifest", "rejected:tar"} <= codes, target.stats
    assert len(codes) >= 5, target.stats
