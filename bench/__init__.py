"""Benchmarks: not tests. `python -m bench` (or `make bench`) runs the storage benchmark
(bench/storage.py, described in bench/README.md); the others run as
`python -m bench.<name>`."""
