"""A frozen copy of the scoring engine as it was before the performance work (engine2).

Only for tests/domain/test_perf_equivalence.py: the optimised engine must give the same
`to_dict()` as this one. Do not edit these modules (other than to keep them importable);
the shared vocabulary (messages, i18n, vocab, periods) is imported from the real package.
"""
