"""Command line: ``cleanpress clean``, ``batch``, ``learn``, ``explain``, ``rules``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleanpress import __version__
from cleanpress.batch.learn import LearnSettings
from cleanpress.budget import BATCH_TIME_BUDGET
from cleanpress.cleaner import Cleaner
from cleanpress.errors import CleanpressError, ConfigError

if TYPE_CHECKING:
    from cleanpress.batch.run import BatchOptions


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

    batch = sub.add_parser(
        "batch", help="clean JSON Lines, WARC or a folder of pages into JSON Lines",
        description="Clean many pages into JSON Lines, one row per record in. A record that "
                    "cannot be read or cleaned becomes an error row and the run goes on. "
                    "Exit status: 0 when every record was cleaned, 1 when some became "
                    "error rows, 2 when an input cannot be opened.")
    _add_input_options(batch)
    batch.add_argument("-o", "--output", default="-",
                       help="output JSON Lines file (default: stdout)")
    batch.add_argument("--removals", action="store_true", help="include the removals in each row")
    batch.add_argument("--format", choices=("text", "markdown", "html"), default="text",
                       help="markdown or html: each row also carries the body in that form")
    _add_output_options(batch)
    profile = batch.add_mutually_exclusive_group()
    profile.add_argument("--profile", metavar="SITES.json",
                         help="a site profile (from `cleanpress learn`): remove the blocks "
                              "it names for each page's site")
    profile.add_argument("--learn", action="store_true",
                         help="learn a site profile from the inputs first, then clean with it "
                              "(two passes; on stdin, from the first --warmup pages)")
    batch.add_argument("--warmup", type=int, default=1000, metavar="N",
                       help="with --learn on stdin: pages learned from (default: 1000)")
    batch.add_argument("--save-profile", metavar="SITES.json",
                       help="with --learn: write the learned profile here")
    batch.add_argument("--summary", metavar="FILE.json", help="write the run's summary here")
    _add_learn_options(batch)
    _add_chain_options(batch, time_budget=BATCH_TIME_BUDGET)
    batch.set_defaults(func=cmd_batch)

    learn = sub.add_parser(
        "learn", help="learn each site's repeated blocks (a site profile) from many pages",
        description="Count the blocks that recur across pages of each site and write those "
                    "that stand on many of its pages as a site profile, for "
                    "`cleanpress batch --profile` and Cleaner(profile=...).")
    _add_input_options(learn)
    learn.add_argument("-o", "--output", required=True, metavar="SITES.json",
                       help="where to write the profile")
    _add_learn_options(learn)
    learn.set_defaults(func=cmd_learn)

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


def _add_chain_options(parser: argparse.ArgumentParser, *, time_budget: float = 0) -> None:
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="leave a rule out of the chain (repeatable)")
    parser.add_argument("--strict", action="store_true",
                        help="fail when a rule raises instead of skipping it")
    default = f"{time_budget:g} s" if time_budget else "none"
    parser.add_argument("--time-budget", type=float, default=time_budget, metavar="SECONDS",
                        help="stop a page that runs longer, keeping the text found so far "
                             f"(0: no limit; default: {default})")


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines (.jsonl, .gz, .zst), WARC (.warc, .warc.gz), a folder "
                             "of .html/.htm/.txt files, or - for JSON Lines on stdin")
    parser.add_argument("--field",
                        help="JSON Lines field holding the page (default: html, text, ...)")
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary (only a count of error rows)")


def _add_learn_options(parser: argparse.ArgumentParser) -> None:
    defaults = LearnSettings()
    parser.add_argument("--min-pages", type=int, default=defaults.min_pages, metavar="N",
                        help="learning: a block must stand on this many pages of its site "
                             f"(default: {defaults.min_pages})")
    parser.add_argument("--min-share", type=float, default=defaults.min_share, metavar="F",
                        help="learning: ... and on this share of them "
                             f"(default: {defaults.min_share})")


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--links", action="store_true",
                        help="markdown/html: keep links (addresses resolved against --url or "
                             "the page's own)")
    parser.add_argument("--images", action="store_true",
                        help="markdown/html: keep images, with their captions")
    parser.add_argument("--no-tables", dest="tables", action="store_false",
                        help="markdown/html: write table rows as paragraphs")


def _output_options(args: argparse.Namespace) -> dict[str, Any]:
    """The structured output's options that the command line sets, where it has them."""
    if not hasattr(args, "links"):
        return {}
    return {"links": args.links, "images": args.images, "tables": args.tables}


def _add_page_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=("auto", "text", "html"), default="auto",
                        help="input kind (default: tell by content)")
    parser.add_argument("--url", help="the page's address (metadata)")
    _add_chain_options(parser)


def cleaner_options(args: argparse.Namespace) -> dict[str, Any]:
    """The Cleaner's keyword arguments that the command line sets."""
    return {"disable": args.disable, "strict": args.strict,
            "time_budget": args.time_budget or None, **_output_options(args)}


def make_cleaner(args: argparse.Namespace) -> Cleaner:
    return Cleaner(**cleaner_options(args))


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


def _batch_options(args: argparse.Namespace, **extra: Any) -> BatchOptions:
    from dataclasses import replace

    from cleanpress.batch.run import BatchOptions

    if args.jobs < 1:
        raise ConfigError("--jobs must be 1 or more")
    settings = replace(LearnSettings(), min_pages=args.min_pages, min_share=args.min_share)
    return BatchOptions(args.inputs, field=args.field, kind=args.kind, jobs=args.jobs,
                        learn_settings=settings,
                        progress=not args.quiet and sys.stderr.isatty(), **extra)


def cmd_batch(args: argparse.Namespace) -> int:
    from cleanpress.batch.run import open_inputs, run_batch
    from cleanpress.profiles import SiteProfile

    options = _batch_options(
        args, removals=args.removals, cleaner=cleaner_options(args),
        profile=SiteProfile.load(args.profile) if args.profile else None,
        learn=args.learn, warmup=args.warmup,
        formats=() if args.format == "text" else (args.format,), **_output_options(args))
    if args.save_profile and not args.learn:
        raise ConfigError("--save-profile needs --learn")
    inputs = open_inputs(options)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        summary, profile = run_batch(options, inputs, out, sys.stderr)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.save_profile and profile is not None:
        profile.save(args.save_profile)
    if args.summary:
        summary.write(args.summary)
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    elif summary.errors:
        print(f"cleanpress: {summary.errors:,} of {summary.records:,} records were error rows",
              file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_learn(args: argparse.Namespace) -> int:
    from cleanpress.batch.run import learn, open_inputs

    options = _batch_options(args)
    profile = learn(options, open_inputs(options), sys.stderr)
    profile.save(args.output)
    if not args.quiet:
        blocks = sum(len(b) for b in profile.sites.values())
        print(f"cleanpress: {blocks:,} repeated blocks for {len(profile.sites):,} sites "
              f"written to {args.output}", file=sys.stderr)
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
    except BrokenPipeError:
        return 0
    except (CleanpressError, OSError) as error:
        print(f"cleanpress: {_describe(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
