"""Command line: ``cleanpress clean``, ``batch``, ``explain``, ``rules``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cleanpress import __version__
from cleanpress.cleaner import Cleaner
from cleanpress.errors import CleanpressError

if TYPE_CHECKING:
    from cleanpress.batch import Page


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanpress",
        description="Strip site chrome from scraped articles and say what was removed.",
    )
    parser.add_argument("--version", action="version", version=f"cleanpress {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = sub.add_parser("clean", help="clean pages and print the article")
    clean.add_argument("paths", nargs="+", metavar="PATH",
                       help="page files; - reads standard input")
    clean.add_argument("--format", choices=("text", "json", "markdown", "html"), default="text",
                       help="text: the article body; json: body, metadata and removals "
                            "(one JSON object a line for several pages); markdown: the body "
                            "with its headings, lists, tables and code as Markdown; html: the "
                            "body as clean HTML")
    _add_output_options(clean)
    _add_page_options(clean)
    clean.set_defaults(func=cmd_clean)

    batch = sub.add_parser("batch", help="clean JSON Lines or WARC files into JSON Lines")
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="JSON Lines (.jsonl, .jsonl.gz) or WARC (.warc, .warc.gz) files")
    batch.add_argument("-o", "--output", default="-",
                       help="output JSON Lines file (default: stdout)")
    batch.add_argument("--field",
                       help="JSON Lines field holding the page (default: html, text, ...)")
    batch.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    batch.add_argument("--removals", action="store_true", help="include the removals in each row")
    batch.add_argument("--kind", choices=("auto", "text", "html"), default="auto")
    batch.add_argument("--format", choices=("text", "markdown", "html"), default="text",
                       help="markdown or html: each row also carries the body in that form")
    _add_output_options(batch)
    _add_chain_options(batch)
    batch.set_defaults(func=cmd_batch)

    explain = sub.add_parser("explain", help="show every block of a page and which rule "
                                             "removed it (HTML report or terminal view)")
    explain.add_argument("path", metavar="PATH", help="page file; - reads standard input")
    explain.add_argument("-o", "--output", default="-",
                         help="write the report here (default: stdout)")
    explain.add_argument("--format", choices=("html", "terminal"), default="html",
                         help="html: a self-contained page; terminal: a coloured listing")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                         help="terminal colours (auto: on a terminal unless NO_COLOR is set)")
    _add_page_options(explain)
    explain.set_defaults(func=cmd_explain)

    rules = sub.add_parser("rules", help="print the rule chain in running order")
    rules.add_argument("--json", action="store_true", help="print the chain as JSON")
    _add_chain_options(rules)
    rules.set_defaults(func=cmd_rules)
    return parser


def _add_chain_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="leave a rule out of the chain (repeatable)")
    parser.add_argument("--strict", action="store_true",
                        help="fail when a rule raises instead of skipping it")


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--links", action="store_true",
                        help="markdown/html: keep links (addresses resolved against --url or "
                             "the page's own)")
    parser.add_argument("--images", action="store_true",
                        help="markdown/html: keep images, with their captions")
    parser.add_argument("--no-tables", dest="tables", action="store_false",
                        help="markdown/html: write table rows as paragraphs")


def _output_kwargs(args: argparse.Namespace) -> dict[str, bool]:
    return {"links": args.links, "images": args.images, "tables": args.tables}


def _add_page_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto",
                        help="input kind (default: tell by content)")
    parser.add_argument("--url", help="the page's address (metadata)")
    _add_chain_options(parser)


def make_cleaner(args: argparse.Namespace) -> Cleaner:
    if not hasattr(args, "links"):
        return Cleaner(disable=args.disable, strict=args.strict)
    return Cleaner(disable=args.disable, strict=args.strict, links=args.links,
                   images=args.images, tables=args.tables)


def read_source(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def cmd_clean(args: argparse.Namespace) -> int:
    cleaner = make_cleaner(args)
    failures = 0
    several = len(args.paths) > 1
    for path in args.paths:
        try:
            result = cleaner.clean(read_source(path), url=args.url, kind=args.kind)
        except (OSError, CleanpressError) as error:
            print(f"cleanpress: {path}: {_describe(error, name_file=False)}", file=sys.stderr)
            failures += 1
            continue
        if args.format == "json":
            data = result.to_dict()
            if several:
                data = {"path": path, **data}
            print(json.dumps(data, ensure_ascii=False, indent=None if several else 2))
        else:
            if several:
                print(f"==> {path} <==")
            print(result.text if args.format == "text" else getattr(result, args.format))
        for warning in result.warnings:
            print(f"cleanpress: {path}: warning: {warning}", file=sys.stderr)
    return 1 if failures else 0


def cmd_batch(args: argparse.Namespace) -> int:
    from cleanpress.batch import clean_pages, iter_pages
    from cleanpress.batch.parallel import clean_pages_parallel

    def pages() -> Iterator[Page]:
        for path in args.inputs:
            yield from iter_pages(path, field=args.field, kind=args.kind)

    cleaner_kwargs = {"disable": args.disable, "strict": args.strict, **_output_kwargs(args)}
    formats = () if args.format == "text" else (args.format,)
    if args.jobs > 1:
        rows = clean_pages_parallel(pages(), jobs=args.jobs, cleaner_kwargs=cleaner_kwargs,
                                    removals=args.removals, formats=formats)
    else:
        rows = clean_pages(pages(), cleaner=Cleaner(**cleaner_kwargs), removals=args.removals,
                           formats=formats)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    done = failed = 0
    try:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += 1
            failed += row["error"] is not None
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"cleanpress: {done} pages, {failed} failed", file=sys.stderr)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from cleanpress.explain import explain_page, render_html, render_terminal, use_colour

    name = "stdin" if args.path == "-" else Path(args.path).name
    report = explain_page(make_cleaner(args), read_source(args.path), name=name, url=args.url,
                          kind=args.kind)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        if args.format == "html":
            out.write(render_html(report))
        else:
            colour = args.color == "always" or (args.color == "auto" and use_colour(out))
            out.write(render_terminal(report, colour=colour))
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    cleaner = make_cleaner(args)
    entries = cleaner.entries
    if args.json:
        rows = [
            {"position": e.position, "name": e.rule.name, "stage": e.rule.stage,
             "order": e.rule.order, "plugin": e.plugin, "kinds": sorted(e.rule.kinds),
             "description": e.rule.description}
            for e in entries
        ]
        print(json.dumps(rows, indent=2))
        return 0
    width = max((len(e.rule.name) for e in entries), default=4)
    pwidth = max((len(e.plugin) for e in entries), default=6)
    header = f"{'#':>3}  {'rule':<{width}}  {'stage':<8} {'order':>5}  {'plugin':<{pwidth}}"
    print(f"{header}  description")
    for e in entries:
        print(f"{e.position:>3}  {e.rule.name:<{width}}  {e.rule.stage:<8} {e.rule.order:>5}  "
              f"{e.plugin:<{pwidth}}  {e.rule.description}")
    return 0


def _describe(error: BaseException, *, name_file: bool = True) -> str:
    if isinstance(error, OSError) and error.strerror:
        if name_file and error.filename:
            return f"{error.filename}: {error.strerror}"
        return error.strerror
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (CleanpressError, OSError) as error:
        print(f"cleanpress: {_describe(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
