"""The cost of one passphrase guess with the parameters a new vault would get here.

    .venv/bin/python -m bench.kdf

Prints the calibrated Argon2id parameters, the median time of one derivation (what an
attacker pays per guess on this CPU), and a bandwidth-bound estimate for a GPU.
"""

from __future__ import annotations

import os
import statistics
import time

from storage import keys

# A high-end GPU (2025): ~1 TB/s of memory bandwidth, 24 GiB of memory. Argon2id with
# one pass moves about three times its memory through the bus per guess.
GPU_BANDWIDTH = 1.0e12
GPU_MEMORY = 24 * 2**30


def main() -> None:
    params = keys.calibrate()
    times = []
    for _ in range(7):
        start = time.perf_counter()
        keys.derive_passphrase_key("a guess", os.urandom(16), params)
        times.append(time.perf_counter() - start)
    per_guess = statistics.median(times)
    mem = params.memory_kib * 1024
    gpu_rate = min(GPU_BANDWIDTH / (3 * mem * params.iterations), 1e9)
    parallel = GPU_MEMORY // mem
    print(f"Argon2id: {params.memory_kib // 1024} MiB, {params.iterations} pass(es), "
          f"{params.lanes} lane(s)")
    print(f"one guess on this machine (1 core): {per_guess:.3f} s (median of 7; goal >= 0.3 s)"
          f"  -> {1 / per_guess:.1f} guesses/s")
    print(f"one GPU, bandwidth-bound upper estimate: ~{gpu_rate:.0f} guesses/s "
          f"({parallel} derivations fit in its memory at once)")
    for label, bits in (("8 random lowercase letters", 37.6),
                        ("4 random words (7776-word list)", 51.7),
                        ("5 random words", 64.6), ("6 random words", 77.5)):
        seconds = 2**bits / 2 / gpu_rate
        print(f"  {label:<32} ~{bits:.0f} bits: half the space in "
              f"{seconds / 86400 / 365:.1e} GPU-years")


if __name__ == "__main__":
    main()
