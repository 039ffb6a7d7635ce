"""The translation build step: lupdate, fill from the glossaries, report, lrelease.

    python -m salesperf_desktop.build_translations --update   # after changing UI strings
    python -m salesperf_desktop.build_translations --report   # what is still untranslated
    python -m salesperf_desktop.build_translations            # only compile .ts -> .qm
    python -m salesperf_desktop.build_translations --if-stale # compile where a .ts is newer

The reviewable source of the translations is ``translations/glossary_<lang>.tsv`` (one line per
string: context, source, translation; see translations/README.md). ``--update`` extracts every
string from the package's .py files into ``salesperf_<lang>.ts`` with pyside6-lupdate, fills each
unfinished message from the glossary, appends the strings the glossary lacks to it with an empty
translation (for a person to fill in), and compiles the .qm files with pyside6-lrelease.

English is the source language: ``salesperf_en.ts`` holds only the plural (%n) messages, as Qt
recommends, so English singular/plural forms can be given.

Only the standard library is imported here (setup.py and the installer build use it too).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = PACKAGE_DIR.parent / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "en")
SOURCE_LANGUAGE = "en"
# Languages whose .ts holds every message; the source language's .ts holds plurals only.
FULL_LANGUAGES = ("zh_CN", "zh_TW")
ANY_CONTEXT = "*"
_PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
_ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


# ----------------------------------------------------------------------------- tools


def _qt_binary(name: str) -> str | None:
    """Qt's own lrelease/lupdate inside the PySide6 package, found without importing it.

    Preferred over the ``pyside6-*`` wrapper scripts: in pip's isolated build the wrapper on PATH
    runs with a Python that cannot import the build environment's PySide6.
    """
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    return None


def _tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease: beside this Python first, then on PATH."""
    for candidate in (
        Path(sys.executable).parent / name,
        Path(sys.executable).parent / f"{name}.exe",
    ):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def ts_path(lang: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"salesperf_{lang}.ts"


def glossary_path(lang: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"glossary_{lang}.tsv"


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every Python file of the package that can hold UI strings."""
    skip = {"migrations", "__pycache__"}
    return sorted(
        p
        for p in package_dir.rglob("*.py")
        if not skip.intersection(p.relative_to(package_dir).parts)
    )


# ----------------------------------------------------------------------------- glossary


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""  # lupdate's disambiguation


@dataclass
class Glossary:
    """context ⟶ source ⟶ translation forms, read from a TSV file."""

    entries: dict[Key, list[str]] = field(default_factory=dict)
    blank: set[Key] = field(default_factory=set)  # listed, waiting for a translation

    @classmethod
    def read(cls, path: Path) -> Glossary:
        glossary = cls()
        if not path.exists():
            return glossary
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise ValueError(
                    f"{path.name}:{number}: expected context<TAB>source<TAB>translation"
                )
            context, _, comment = cols[0].partition("#")
            key = Key(context, _unescape(cols[1]), _unescape(comment))
            forms = [_unescape(c) for c in cols[2:]]
            if any(forms):
                glossary.entries[key] = forms
            else:
                glossary.blank.add(key)
        return glossary

    def lookup(self, key: Key) -> list[str] | None:
        return self.entries.get(key) or self.entries.get(Key(ANY_CONTEXT, key.source, key.comment))

    def knows(self, key: Key) -> bool:
        return (
            self.lookup(key) is not None
            or key in self.blank
            or Key(ANY_CONTEXT, key.source, key.comment) in self.blank
        )


def append_to_glossary(path: Path, keys: list[Key], forms: int = 1) -> None:
    if not keys:
        return
    new_file = not path.exists()
    with path.open("a", encoding="utf-8") as fh:
        if new_file:
            fh.write(
                "# context<TAB>source<TAB>translation[<TAB>more plural forms]; "
                "context '*' = any; \\n = new line\n"
            )
        fh.write("# --- added by build_translations --update: please translate\n")
        for key in keys:
            context = key.context + (f"#{_escape(key.comment)}" if key.comment else "")
            fh.write("\t".join([context, _escape(key.source), *([""] * forms)]) + "\n")


# ----------------------------------------------------------------------------- .ts files


@dataclass
class Message:
    key: Key
    numerus: bool
    forms: list[str]
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (lupdate runs with -no-obsolete: every message is live)."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms = []
            elif numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            key = Key(name, msg.findtext("source") or "", msg.findtext("comment") or "")
            finished = kind == "" and all(forms) and bool(forms)
            messages.append(Message(key, numerus, forms, finished))
    return messages


def fill_ts(path: Path, glossary: Glossary) -> tuple[int, list[Key]]:
    """Puts glossary translations into the .ts; returns (filled, still unfinished)."""
    tree = ET.parse(path)
    root = tree.getroot()
    filled, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            key = Key(name, msg.findtext("source") or "", msg.findtext("comment") or "")
            forms = glossary.lookup(key)
            numerus = msg.get("numerus") == "yes"
            if forms:
                if numerus:
                    slots = list(tr.iter("numerusform")) or [ET.SubElement(tr, "numerusform")]
                    for i, slot in enumerate(slots):
                        slot.text = forms[min(i, len(forms) - 1)]
                    current = forms
                else:
                    current = [tr.text or ""]
                    tr.text = forms[0]
                if tr.get("type") == "unfinished" or current != forms:
                    filled += 1
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished":
                missing.append(key)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, missing


def run_lupdate(lang: str, directory: Path = TRANSLATIONS_DIR) -> None:
    exe = _tool("pyside6-lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials (scripts/setup.sh)")
    cmd = [
        exe,
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en_US",
        "-target-language",
        lang,
    ]
    if lang not in FULL_LANGUAGES:
        cmd.append("-pluralonly")
    cmd += [str(p) for p in source_files()]
    cmd += ["-ts", str(ts_path(lang, directory))]
    subprocess.run(cmd, check=True)


# ----------------------------------------------------------------------------- checks


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(messages: list[Message]) -> list[str]:
    """Finished translations whose placeholders or accelerators differ from the source."""
    found = []
    for m in messages:
        if not m.finished:
            continue
        want = placeholders(m.key.source)
        for form in m.forms:
            got = placeholders(form)
            if m.numerus:  # a plural form may spell the number out ("one staff")
                want_n = [p for p in want if p != "%n"]
                got_n = [p for p in got if p != "%n"]
                ok = want_n == got_n
            else:
                ok = want == got
            if not ok:
                found.append(f"{m.key.context}: {m.key.source!r} -> {form!r}: placeholders differ")
            if bool(_ACCELERATOR.search(m.key.source)) != bool(_ACCELERATOR.search(form)):
                found.append(f"{m.key.context}: {m.key.source!r} -> {form!r}: accelerator (&)")
    return found


# ----------------------------------------------------------------------------- build


def build(directory: Path = TRANSLATIONS_DIR, *, only_stale: bool = False) -> list[Path]:
    """Compile every .ts into a .qm beside it (lrelease)."""
    built = []
    exe = _tool("pyside6-lrelease")
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if only_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if exe is None:
            raise FileNotFoundError("pyside6-lrelease not found")
        subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def build_into(target: Path, directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile into another folder (wheel and installer builds); [] without lrelease."""
    exe = _qt_binary("lrelease") or _tool("pyside6-lrelease")
    if exe is None:
        return []
    target.mkdir(parents=True, exist_ok=True)
    # pip's isolated build points PYTHONPATH at its own environment; the tool needs PySide6's.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONNOUSERSITE")}
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        try:
            subprocess.run(
                [exe, "-silent", str(ts), "-qm", str(qm)], check=True, env=env, capture_output=True
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"build_translations: lrelease failed ({exc}); the .ts files will be read")
            return built
        built.append(qm)
    return built


def update(directory: Path = TRANSLATIONS_DIR, *, append: bool = True) -> dict[str, list[Key]]:
    """lupdate + fill + (append what is missing to the glossary) + lrelease."""
    missing_by_lang = {}
    for lang in LANGUAGES:
        run_lupdate(lang, directory)
        glossary = Glossary.read(glossary_path(lang, directory))
        filled, missing = fill_ts(ts_path(lang, directory), glossary)
        run_lupdate(lang, directory)  # back to lupdate's own layout: small, stable diffs
        new_keys = [k for k in missing if not glossary.knows(k)]
        if append:
            forms = 2 if lang == SOURCE_LANGUAGE else 1
            append_to_glossary(glossary_path(lang, directory), new_keys, forms)
        messages = read_ts(ts_path(lang, directory))
        print(
            f"{lang}: {len(messages)} messages, {filled} filled from the glossary, "
            f"{len(missing)} untranslated"
            + (f" ({len(new_keys)} new, added to {glossary_path(lang).name})" if new_keys else "")
        )
        for problem in problems(messages):
            print(f"  check: {problem}")
        missing_by_lang[lang] = missing
    build(directory)
    return missing_by_lang


def report(directory: Path = TRANSLATIONS_DIR) -> int:
    total = 0
    for lang in LANGUAGES:
        path = ts_path(lang, directory)
        if not path.exists():
            print(f"{lang}: {path.name} missing; run --update")
            total += 1
            continue
        messages = read_ts(path)
        todo = [m for m in messages if not m.finished]
        issues = problems(messages)
        print(f"{lang}: {len(messages)} messages, {len(todo)} untranslated, {len(issues)} problems")
        for m in todo:
            print(f"  {m.key.context}\t{_escape(m.key.source)}")
        for problem in issues:
            print(f"  check: {problem}")
        total += len(todo) + len(issues)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Translations: lupdate, fill from glossaries, report, lrelease."
    )
    parser.add_argument("--update", action="store_true", help="extract strings, fill, compile")
    parser.add_argument(
        "--no-append",
        action="store_true",
        help="with --update: do not add untranslated strings to the glossaries",
    )
    parser.add_argument("--report", action="store_true", help="list untranslated strings")
    parser.add_argument("--check", action="store_true", help="like --report; exit 1 if any")
    parser.add_argument("--if-stale", action="store_true", help="only rebuild outdated .qm files")
    args = parser.parse_args(argv)
    if not TRANSLATIONS_DIR.is_dir():
        return 0
    if args.update:
        update(append=not args.no_append)
        return 0
    if args.report or args.check:
        count = report()
        return 1 if (args.check and count) else 0
    try:
        built = build(only_stale=args.if_stale)
    except FileNotFoundError as exc:
        print(
            f"build_translations: {exc}; the program falls back to the .ts files", file=sys.stderr
        )
        return 0
    for qm in built:
        print(f"built {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
