"""The standalone build's entry point: the same `qorgau` as the installed command."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--qorgau-age-worker"]:
        # An export's age child (storage.age_worker): the standalone build has no
        # script file to run it from, so its own executable plays the child.
        from storage.age_worker import main as age_worker

        sys.exit(age_worker(sys.argv[2:]))
    from ui.launcher import main

    sys.exit(main())
