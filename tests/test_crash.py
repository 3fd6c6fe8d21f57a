"""Short variant of the crash-consistency harness (200 runs by hand: see the module)."""

from tests import crash_harness


def test_sigkill_at_random_points_loses_nothing() -> None:
    outcome = crash_harness.run(runs=12, seed=7)
    assert outcome.failures == []
    assert outcome.runs == 12 and outcome.killed >= 2  # the kills really interrupted work
