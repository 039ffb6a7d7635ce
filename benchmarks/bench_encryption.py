"""What encrypting the database costs (a password set: storage/cipher.py, SQLCipher 4).

On the large database (300 staff × 24 months, benchmarks/bigdb.py), plain and encrypted copies
of the same data, each figure the median of N runs, each open as a new run would do it (no key
known, the file closed): the key derivation (once per run: argon2id); the window's open
(constant-time checks: the whole-file check runs in the background once the window is up,
``services.integrity``), judged; the open with the whole-file check, as ``salesperf-cli`` opens
(information: the check decrypts every page, which a plain file does not need); the first
paint's read (storage/quick_read.py); and a year's scores (``period_results``) cold, the results
cache emptied and the connections closed before each run (a cached answer is not a result),
the plain and the encrypted file's runs alternated (``_year_scores``);
plus setting the password (the verified conversion of the whole file). The goal: an encrypted
open is still quick to use — opening costs at most the key derivation more, reading at most a
third more.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _common import report
from bigdb import cached_db, copy_of

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import security
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.opening import unlock
from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.quick_read import first_look

PASSWORD = "bench-s3cret"
YEAR = Period.of_year(2025)
RUNS = 5


def _median(fn, n: int = RUNS) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _measure(path: Path, encrypted: bool) -> dict[str, float]:
    def fresh_run() -> None:
        cipher.forget_keys()
        if encrypted:
            assert unlock(path, PASSWORD)

    def window_open() -> None:  # unlock (encrypted) + the window's open + close, a new run
        fresh_run()
        build_context(path, lang="zh_CN", seed=False, deep_check=False).close()

    def checked_open() -> None:  # as salesperf-cli opens: the whole file checked first
        fresh_run()
        build_context(path, lang="zh_CN", seed=False).close()

    def first_paint() -> None:
        fresh_run()
        assert first_look(path) is not None

    result = {
        "open": _median(window_open),
        "open with the whole-file check": _median(checked_open),
        "first paint read": _median(first_paint),
    }
    if encrypted:
        result["key derivation"] = _median(lambda: cipher.derive_key(PASSWORD, b"0" * 16))
    return result


def _year_scores(plain: Path, encrypted: Path) -> tuple[float, float]:
    """The year scored cold (no cached results, new connections) in each file, the two runs
    alternated round by round: measured one after the other, a change of the machine's speed
    between them (this one's varies by half) would pass for the cost of the encryption."""
    cipher.forget_keys()
    assert unlock(encrypted, PASSWORD)
    contexts = [build_context(path, lang="zh_CN", seed=False) for path in (plain, encrypted)]
    times: list[list[float]] = [[], []]
    try:
        for ctx in contexts:
            assert period_results(ctx, YEAR).people  # a whole year in the file
        for _ in range(RUNS):
            for ctx, taken in zip(contexts, times, strict=True):
                ctx.results.clear()
                ctx.engine.dispose()
                start = time.perf_counter()
                period_results(ctx, YEAR)
                taken.append(time.perf_counter() - start)
    finally:
        for ctx in contexts:
            ctx.close()
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="salesperf-bench-crypt-"))
    plain = copy_of(cached_db(300, 24), tmp / "plain")
    encrypted = tmp / "encrypted" / "big.sqlite"
    encrypted.parent.mkdir()
    shutil.copy(plain, encrypted)
    ctx = build_context(encrypted, lang="zh_CN", seed=False)
    start = time.perf_counter()
    security.set_password(ctx, PASSWORD)
    convert_s = time.perf_counter() - start
    ctx.close()
    size_mb = plain.stat().st_size / 1e6
    p = _measure(plain, False)
    e = _measure(encrypted, True)
    p["year score"], e["year score"] = _year_scores(plain, encrypted)
    kdf = e["key derivation"]
    report("key derivation, once per run (argon2id)", kdf, "s", "≤ 1 s", kdf / 1.0)
    measure = f"set the password ({size_mb:.1f} MB: export, verify, replace)"
    report(measure, convert_s, "s", "≤ 10 s", convert_s / 10)
    for name in ("open", "first paint read"):
        allowed = p[name] + kdf + 0.1
        report(f"{name}, plain (information)", p[name], "s", "—", 0.0)
        report(
            f"{name}, encrypted (key derivation included)",
            e[name],
            "s",
            "≤ plain + key + 0.1 s",
            e[name] / allowed,
        )
    name = "open with the whole-file check (salesperf-cli)"
    for which, got in (("plain", p), ("encrypted", e)):
        report(
            f"{name}, {which} (information)", got["open with the whole-file check"], "s", "—", 0.0
        )
    allowed = p["year score"] * 1.33
    report("year score, plain (information)", p["year score"], "s", "—", 0.0)
    report(
        "year score, encrypted", e["year score"], "s", "≤ plain × 1.33", e["year score"] / allowed
    )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
