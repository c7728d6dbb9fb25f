"""Tests of the benchmark tour generator and the benchmark runner."""
