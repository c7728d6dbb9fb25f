"""Benchmarks: synthetic tours (generate) and the runner behind `make bench` (run)."""
