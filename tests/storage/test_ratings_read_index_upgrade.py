"""Migration 0017 (an index holding each rating's kind and score in the order a period's read
takes them) on a 0004-era file: a period's ratings are read from the index alone, in the order
they were given, with no sort, and the ratings and a quarter's scores are what they were."""

from __future__ import annotations

import sqlite3

from salesperf_desktop.services.appraisals import _RATINGS_SQL
from tests.storage.upgrade_support import quarter_scores, stored, upgraded_old_file

RATINGS = "SELECT * FROM ratings ORDER BY id"


def test_a_0004_file_reads_a_periods_ratings_from_the_index(tmp_path):
    path, scores = upgraded_old_file(tmp_path, RATINGS)

    people = ",".join(str(sid) for (sid,) in stored(path, "SELECT id FROM staff"))
    months = ",".join(str(pid) for (pid,) in stored(path, "SELECT id FROM periods"))
    query = _RATINGS_SQL.format(staff=people, periods=months)
    plan = " ".join(str(row) for row in stored(path, "EXPLAIN QUERY PLAN " + query))
    assert "COVERING INDEX ix_ratings_read" in plan
    assert "TEMP B-TREE" not in plan  # already in the order given: no sort

    con = sqlite3.connect(path)
    try:
        con.execute("DROP INDEX ix_ratings_read")  # the file read as it was before
        con.commit()
    finally:
        con.close()
    assert quarter_scores(path) == scores
