"""salesperf-cli templates: list, export and import indicator templates."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import open_context, say
from salesperf_desktop.domain.i18n import pick
from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.staff import code_label


def register(sub) -> None:
    p = sub.add_parser("templates", help="list, export or import indicator templates")
    p.add_argument("--all", action="store_true", help="include archived templates")
    p.set_defaults(func=run_list)
    actions = p.add_subparsers(dest="templates_command", metavar="ACTION")
    exp = actions.add_parser("export", help="export a template to a .salesperf-template.json")
    exp.add_argument("code")
    exp.add_argument("file", type=Path)
    exp.set_defaults(func=run_export)
    imp = actions.add_parser("import", help="import a .salesperf-template.json file")
    imp.add_argument("file", type=Path)
    group = imp.add_mutually_exclusive_group()
    group.add_argument(
        "--as-new-version", action="store_true", help="replace a template of the same code"
    )
    group.add_argument("--code", help="import under this new code")
    imp.set_defaults(func=run_import)


def run_list(args) -> int:
    from salesperf_desktop.services.templates import list_templates, role_text

    with open_context(args) as ctx:
        lang = ctx.lang
        for t in list_templates(ctx, include_archived=args.all):
            items = t.definition.get("items", [])
            total = sum(float(i.get("weight", 0)) for i in items)
            flags = render("cli.archived", {}, lang) if t.archived else ""
            say(
                lang,
                "cli.template_line",
                code=t.code,
                version=t.version,
                role=role_text(t.role, lang),
                product_line=code_label("product_line", t.product_line, lang),
                items=len(items),
                weight=f"{total:g}",
                name=f"{pick(t.name, lang)}{flags}",
            )
    return 0


def run_export(args) -> int:
    from salesperf_desktop.services.template_io import export_template
    from salesperf_desktop.services.templates import template_by_code

    with open_context(args) as ctx:
        template = template_by_code(ctx, args.code)
        if template is None:
            raise CliError.coded("cli.no_template", code=args.code)
        path = export_template(ctx, template.id, args.file)
    print(path)
    return 0


def run_import(args) -> int:
    from salesperf_desktop.services.template_io import (
        TemplateFileError,
        import_template,
    )

    with open_context(args) as ctx:
        try:
            done = import_template(
                ctx, args.file, as_new_version=args.as_new_version, new_code=args.code
            )
        except TemplateFileError as exc:
            for line in exc.messages:
                print(line)
            raise CliError.coded("cli.nothing_imported", 1) from exc
        lang = ctx.lang
    for text in done.warnings:  # already in the officer's language
        say(lang, "cli.warning", text=text)
    say(
        lang,
        "cli.template_imported",
        code=done.code,
        version=done.version,
        added=done.indicators_added,
    )
    return 0
