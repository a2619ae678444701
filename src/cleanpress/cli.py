"""Command line: ``cleanpress clean``, ``cleanpress rules``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from cleanpress import __version__
from cleanpress.cleaner import Cleaner
from cleanpress.errors import CleanpressError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanpress",
        description="Strip site chrome from scraped articles and say what was removed.",
    )
    parser.add_argument("--version", action="version", version=f"cleanpress {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = sub.add_parser("clean", help="clean pages and print the article")
    clean.add_argument("paths", nargs="+", metavar="PATH", help="page files; - reads standard input")
    clean.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: the article body; json: body, metadata and removals "
                            "(one JSON object a line for several pages)")
    _add_page_options(clean)
    clean.set_defaults(func=cmd_clean)

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


def _add_page_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto",
                        help="input kind (default: tell by content)")
    parser.add_argument("--url", help="the page's address (metadata)")
    _add_chain_options(parser)


def make_cleaner(args: argparse.Namespace) -> Cleaner:
    return Cleaner(disable=args.disable, strict=args.strict)


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
            print(f"cleanpress: {path}: {_describe(error)}", file=sys.stderr)
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
            print(result.text)
        for warning in result.warnings:
            print(f"cleanpress: {path}: warning: {warning}", file=sys.stderr)
    return 1 if failures else 0


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
    print(f"{'#':>3}  {'rule':<{width}}  {'stage':<8} {'order':>5}  {'plugin':<{pwidth}}  description")
    for e in entries:
        print(f"{e.position:>3}  {e.rule.name:<{width}}  {e.rule.stage:<8} {e.rule.order:>5}  "
              f"{e.plugin:<{pwidth}}  {e.rule.description}")
    return 0


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CleanpressError as error:
        print(f"cleanpress: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
