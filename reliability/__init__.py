"""The reliability harness: crash trials, fuzzing, concurrency, privacy and fault checks.

``python -m reliability.run`` (``make reliability``) runs everything with full counts and
writes docs/RELIABILITY.md; tests/reliability/ runs a small version of each suite inside
``make test``. Every suite returns a ``reliability.common.SuiteResult``: figures for the
report and a list of failures, which must be empty.
"""
