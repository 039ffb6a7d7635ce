"""Write the next Alembic migration from the difference between models and migrations.

Usage: python -m salesperf_desktop.storage.new_migration "what changed" [REVISION_ID]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from salesperf_desktop.storage.database import _alembic_config, make_engine, upgrade


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    next_id = f"{int(head[:4]) + 1:04d}" if head and head[:4].isdigit() else None
    if len(argv) > 1:
        next_id = argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "scratch.sqlite")
        upgrade(engine)
        command.revision(
            _alembic_config(engine), message=argv[0], autogenerate=True, rev_id=next_id
        )
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
