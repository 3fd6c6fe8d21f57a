"""The standalone build's entry point: the same `qorgau` as the installed command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A worker process of the vault's pool (storage.signatures) is this executable run
    # again by `multiprocessing` (spawn): it must become the worker, not open Qorgau.
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--qorgau-age-worker"]:
        # An export's or an import's age child (storage.age_worker): the standalone
        # build has no script file to run it from, so its own executable plays the child.
        from storage.age_worker import main as age_worker

        sys.exit(age_worker(sys.argv[2:]))
    from ui.launcher import main

    sys.exit(main())
