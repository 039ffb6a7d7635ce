"""A large, realistic database for the benchmarks: N staff, M months of entries and ratings.

Rows are written with bulk inserts (not the demo's per-row ORM path), so 300 staff × 2 years
(~100,000 entries) take a few seconds. Usage: .venv/bin/python benchmarks/bigdb.py OUT.sqlite
[--staff 300] [--months 24]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from sqlalchemy import insert, select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import RaterRole, StaffStatus
from salesperf_desktop.services.appraisals import stored_period
from salesperf_desktop.storage.models import (
    MetricEntryRow,
    RatingRow,
    StaffRow,
    TeamRow,
    TemplateRow,
)

PRODUCT_LINES = ("mature", "innovative", "distributor")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def build_big_db(path: Path, staff: int = 300, months: int = 24, *, seed: int = 3) -> Path:
    """Create *path* (must not exist) with *staff* people and *months* months of data."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rnd = random.Random(seed)
    ctx = build_context(path, lang="zh_CN")
    first_year = 2026 - (months - 1) // 12 - 1
    month_list = [Period.month(first_year + (i // 12), i % 12 + 1) for i in range(months)]
    with ctx.transaction() as session:
        templates = {
            t.code: t.current.definition
            for t in session.scalars(select(TemplateRow))
            if t.current is not None
        }
        teams = []
        for i in range(max(3, staff // 12)):
            line = PRODUCT_LINES[i % 3]
            team = TeamRow(code=f"T{i:03d}", name=f"销售{i + 1}组", product_line=line)
            session.add(team)
            teams.append(team)
        session.flush()
        people: list[StaffRow] = []
        for n in range(staff):
            team = teams[n % len(teams)]
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
            person = StaffRow(
                employee_no=f"B{n + 1:04d}",
                name=name,
                role="sales_manager" if n < len(teams) else "sales_rep",
                team_id=team.id,
                region="华东",
                product_line=team.product_line,
                hire_date=dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randint(0, 1500)),
                status=StaffStatus.REGULAR,
            )
            session.add(person)
            people.append(person)
        session.flush()
        for n, person in enumerate(people[len(teams) :]):
            person.supervisor_id = people[n % len(teams)].id
        periods = [stored_period(session, m, create=True) for m in month_list]
        session.flush()
        entries, ratings = [], []
        for person in people:
            code = (
                "sales_manager" if person.role == "sales_manager" else f"rep_{person.product_line}"
            )
            items = templates.get(code, templates.get("rep_mature"))["items"]
            for period in periods:
                for item in items:
                    ind = item["indicator"]
                    if item["measure"] == "rating":
                        for role in (RaterRole.SUPERVISOR, RaterRole.SELF):
                            ratings.append(
                                {
                                    "staff_id": person.id,
                                    "period_id": period.id,
                                    "indicator_code": ind,
                                    "rater_role": role,
                                    "value": float(rnd.randint(2, 5)),
                                }
                            )
                        continue
                    target = round(rnd.uniform(50, 500), 1)
                    entries.append(
                        {
                            "staff_id": person.id,
                            "period_id": period.id,
                            "indicator_code": ind,
                            "target": target,
                            "actual": round(target * rnd.uniform(0.5, 1.4), 1),
                            "base": round(target * rnd.uniform(0.7, 1.1), 1),
                            "passed": True if item["measure"] == "pass_fail" else None,
                        }
                    )
        session.execute(insert(MetricEntryRow), entries)
        session.execute(insert(RatingRow), ratings)
    with ctx.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--staff", type=int, default=300)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args(argv)
    build_big_db(args.out, args.staff, args.months)
    print(args.out, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
