"""Short variant of the crash-consistency harness (200 runs by hand: see the module)."""

from tests import crash_harness


def test_sigkill_at_random_points_loses_nothing() -> None:
    outcome = crash_harness.run(runs=12, seed=7)
    assert outcome.failures == []
    assert outcome.runs == 12 and outcome.killed >= 2  # the kills really interrupted work


def test_a_killed_export_leaves_no_partial_bundle_after_the_next_opening(tmp_path) -> None:
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE

    stick = tmp_path / "usb"
    stick.mkdir()
    partial = stick / ".bundle.age.4242.partial"
    keep = stick / "photo.partial"  # not one of ours: never touched
    with Vault.create(tmp_path / "v", PASSPHRASE)[0] as vault:
        vault.start_output(partial)
        partial.write_bytes(b"age-encryption.org/v1 ...")  # then SIGKILL: no end_output
    keep.write_bytes(b"x")
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert not partial.exists() and keep.exists()
        assert vault.remove_stale_outputs() == 0  # and it is forgotten
