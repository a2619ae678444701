#!/usr/bin/env python3
"""Batch throughput, peak memory, WARC readers, and a batch that loses no record.

    python bench/throughput.py speed DATASET_DIR [--sizes 5000 20000] [--jobs 1 2] [--no-dask]
    python bench/throughput.py warc DATASET_DIR [--records 5000]
    python bench/throughput.py robust DATASET_DIR [--records 5000]

``speed`` repeats the benchmark's HTML pages into JSON Lines corpora of each
size (files of 250 records, a partition each for Dask), runs ``cleanpress batch``
with each ``--jobs`` and the Dask path on a two-worker LocalCluster, and
prints records/s and the peak memory of the whole process tree (sampled from
/proc). ``warc`` times FastWARC and warcio reading the same WARC files.
``robust`` mixes bad lines and hostile pages into a JSON Lines corpus and
breaks records of a WARC file, runs the CLI on each and checks that every
record gave one row, every bad one an error row with its reason, and the
exit status. See bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dataset import load_pages

#: Records per corpus file: a corpus of N records is N / PER_FILE files, as a
#: crawl's export grows by files of one size (Dask reads one partition per file).
PER_FILE = 250
CLI = [sys.executable, "-m", "cleanpress"]


def _addresses(folder: Path) -> dict[str, str]:
    data = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: v.get("url", "") for k, v in data.items() if isinstance(v, dict)}


def corpus_rows(folder: Path, count: int) -> Iterator[dict[str, str]]:
    """``count`` rows repeating the benchmark's HTML pages, each with its own id."""
    pages = load_pages(folder, "html")
    urls = _addresses(folder)
    for i in range(count):
        page = pages[i % len(pages)]
        yield {"id": f"{i}", "url": urls.get(page.id) or f"https://example.org/{page.id}",
               "html": page.source}


def write_corpus(folder: Path, count: int, out: Path) -> list[Path]:
    """The corpus as JSON Lines files of :data:`PER_FILE` records under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    handle = None
    try:
        for i, row in enumerate(corpus_rows(folder, count)):
            if i % PER_FILE == 0:
                if handle is not None:
                    handle.close()
                paths.append(out / f"part-{len(paths):04d}.jsonl")
                handle = paths[-1].open("w", encoding="utf-8")
            assert handle is not None
            handle.write(json.dumps(row) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return paths


# --- running and measuring a process tree -----------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


def run_measured(command: list[str]) -> tuple[float, float, int, int]:
    """Run ``command``; return its wall seconds, CPU seconds (of it and the
    children it waited for), exit status and the peak resident memory of its
    process tree (sampled every 50 ms)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(process.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if process.returncode:
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return seconds, cpu, process.returncode, peak


DASK_SCRIPT = """
import json, sys
from dask.distributed import Client, LocalCluster
from cleanpress.dask import clean_bag, read_jsonl

if __name__ == "__main__":
    inputs, out = sys.argv[1:-1], sys.argv[-1]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        rows = clean_bag(read_jsonl(inputs))
        rows.map(lambda row: json.dumps(row, ensure_ascii=False)).to_textfiles(out)
"""


def cmd_speed(args: argparse.Namespace) -> int:
    print(f"{'records':>8} {'path':<12} {'seconds':>8} {'records/s':>10} {'CPU s':>8} "
          f"{'peak MB':>8}")
    results: dict[tuple[int, str], float] = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="cleanpress-bench-") as tmp:
            paths = [str(p) for p in write_corpus(args.dataset, size, Path(tmp) / "in")]
            runs: list[tuple[str, list[str]]] = [
                (f"--jobs {jobs}", [*CLI, "batch", *paths, "-o", os.devnull, "-q",
                                    "--jobs", str(jobs)])
                for jobs in args.jobs
            ]
            if not args.no_dask:
                script = Path(tmp) / "dask_run.py"
                script.write_text(DASK_SCRIPT, encoding="utf-8")
                out = str(Path(tmp) / "out" / "*.jsonl")
                runs.append(("dask 2x1", [sys.executable, str(script), *paths, out]))
            for _ in range(args.repeat):
                for name, command in runs:
                    seconds, cpu, status, peak = run_measured(command)
                    if status not in (0, 1):
                        print(f"{name}: exit status {status}")
                        return 1
                    rate = size / seconds
                    results.setdefault((size, name), 0.0)
                    results[(size, name)] = max(results[(size, name)], rate)
                    print(f"{size:>8} {name:<12} {seconds:>8.1f} {rate:>10.1f} {cpu:>8.1f} "
                          f"{peak / 2**20:>8.0f}", flush=True)
    for size in args.sizes:
        base = results.get((size, "--jobs 1"))
        for (rsize, name), rate in results.items():
            if rsize == size and base and name != "--jobs 1":
                print(f"{size} records: {name} is {rate / base:.2f}x --jobs 1 (best passes)")
    return 0


# --- WARC readers ------------------------------------------------------------------------


def warc_record(uri: str, body: bytes, number: int) -> bytes:
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
             + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def write_warc(folder: Path, count: int, path: Path, *, gzipped: bool) -> list[int]:
    """A WARC of ``count`` HTML responses; returns the records' offsets."""
    offsets = []
    with path.open("wb") as handle:
        for row in corpus_rows(folder, count):
            record = warc_record(row["url"], row["html"].encode("utf-8"), int(row["id"]))
            offsets.append(handle.tell())
            handle.write(gzip.compress(record, 6) if gzipped else record)
    return offsets


def _read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator

    count = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle, parse_http=True, auto_decode="all"):
            if "html" in (record.http_content_type or ""):
                record.reader.read()
                count += 1
    return count


def _read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if record.rec_type == "response" and "html" in (ctype or ""):
                record.content_stream().read()
                count += 1
    return count


def cmd_warc(args: argparse.Namespace) -> int:
    readers: dict[str, Callable[[Path], int]] = {"fastwarc": _read_fastwarc,
                                                 "warcio": _read_warcio}
    with tempfile.TemporaryDirectory(prefix="cleanpress-warc-") as tmp:
        for gzipped in (True, False):
            path = Path(tmp) / ("pages.warc.gz" if gzipped else "pages.warc")
            write_warc(args.dataset, args.records, path, gzipped=gzipped)
            megabytes = path.stat().st_size / 1e6
            for name, read in readers.items():
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    count = read(path)
                    times.append(time.perf_counter() - start)
                best, middle = min(times), statistics.median(times)
                print(f"{path.name:<14} {megabytes:>6.0f} MB  {name:<9} {count} records  "
                      f"best {count / best:>7.0f} records/s  median {count / middle:>7.0f}",
                      flush=True)
    return 0


# --- a batch that loses nothing -----------------------------------------------------------


def _hostile_pages() -> list[tuple[str, str, str | None]]:
    """(name, JSON Lines row, the reason its row must carry, or None for any row)."""
    nested = "<div>" * 5000 + "deep" + "</div>" * 5000
    many = "<html><body>" + "<p>x</p>" * 120_000 + "</body></html>"
    return [
        ("binary", json.dumps({"text": "\x00\x01\x02\x03\xff" * 400}), "not-a-page"),
        ("too many elements", json.dumps({"html": many}), "not-a-page"),
        ("too large", json.dumps({"text": "word " * (7 << 20)}), "not-a-page"),
        ("deep nesting", json.dumps({"html": nested}), "not-a-page"),
        ("one long word", json.dumps({"text": "a" * 2_000_000}), None),
        ("only scripts", json.dumps({"html": "<script>x()</script>" * 1000}), None),
        ("broken markup", json.dumps({"html": "<<<p>>><</div><b><i>text</b></i" * 200}), None),
        ("control characters", json.dumps({"text": "line\x0b\x0c\x1b[31m\u2028" * 500}),
         "not-a-page"),
        ("empty page", json.dumps({"html": ""}), None),
    ]


BAD_LINES = [
    ("not JSON", "this is { not json", "not-json"),
    ("cut line", '{"id": "cut", "html": "<p>half a', "not-json"),
    ("no content", json.dumps({"id": "nothing", "title": "no page"}), "no-content"),
    ("number content", json.dumps({"html": 12345}), "wrong-type"),
    ("array row", json.dumps(["html", "<p>x</p>"]), "wrong-type"),
    ("blank line", "", "empty-line"),
]


def _check(rows: list[dict], expected: list[str | bool | None], label: str) -> bool:
    """Rows against what each must be: a reason, None (any row), or False (clean)."""
    problems = []
    if len(rows) != len(expected):
        problems.append(f"{len(rows)} rows for {len(expected)} records")
    for i, (row, want) in enumerate(zip(rows, expected, strict=False), 1):
        error = row.get("error")
        if want is False and error is not None:
            problems.append(f"record {i}: error row {error}")
        elif isinstance(want, str) and (error is None or error["reason"] != want):
            problems.append(f"record {i}: expected reason {want}, got {error}")
    print(f"{label}: {len(rows)} rows for {len(expected)} records, "
          f"{sum(r.get('error') is not None for r in rows)} error rows, "
          f"{len(problems)} problems")
    for problem in problems[:10]:
        print("   ", problem)
    return not problems


def _run_cli(paths: list[str], out: Path) -> tuple[int, str, list[dict]]:
    done = subprocess.run([*CLI, "batch", *paths, "-o", str(out), "--jobs", "2"],
                          capture_output=True, check=False)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done.returncode, done.stderr.decode(errors="replace"), rows


def cmd_robust(args: argparse.Namespace) -> int:
    ok = True
    specials = [(n, line, r) for n, line, r in BAD_LINES] + _hostile_pages()
    with tempfile.TemporaryDirectory(prefix="cleanpress-robust-") as tmp:
        lines: list[str] = []
        expected: list[str | bool | None] = []
        for i, row in enumerate(corpus_rows(args.dataset, args.records)):
            lines.append(json.dumps(row))
            expected.append(None)
            if i % 50 == 25:
                _name, line, reason = specials[(i // 50) % len(specials)]
                lines.append(line)
                expected.append(reason)
        path = Path(tmp) / "mixed.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        status, err, rows = _run_cli([str(path)], Path(tmp) / "out.jsonl")
        print(f"JSON Lines: {len(lines)} lines, {len(lines) - args.records} of them bad lines "
              f"or hostile pages; exit status {status}")
        print("   " + "\n   ".join(err.strip().splitlines()[:3]))
        ok &= _check(rows, expected, "JSON Lines") and status == 1

        warc = Path(tmp) / "broken.warc.gz"
        count = max(args.records // 10, 50)
        offsets = write_warc(args.dataset, count, warc, gzipped=True)
        data = bytearray(warc.read_bytes())
        broken = [count // 3, 2 * count // 3]
        for index in broken:
            middle = (offsets[index] + offsets[index + 1]) // 2
            data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
        warc.write_bytes(bytes(data))
        status, err, rows = _run_cli([str(warc)], Path(tmp) / "warc-out.jsonl")
        print(f"WARC: {count} records, {len(broken)} broken; exit status {status}")
        print("   " + "\n   ".join(err.strip().splitlines()[:3]))
        want: list[str | bool | None] = [
            "bad-record" if i in broken else False for i in range(count)]
        ok &= _check(rows, want, "WARC") and status == 1
        ok &= all(rows[i]["position"] == f"{warc}@{offsets[i]}" for i in broken)
    print("all checks passed" if ok else "CHECKS FAILED")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    speed = sub.add_parser("speed", help="records/s and peak memory of the batch paths")
    speed.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    speed.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    speed.add_argument("--no-dask", action="store_true", help="leave the Dask path out")
    speed.add_argument("--repeat", type=int, default=1, help="passes of each (best is compared)")
    speed.set_defaults(func=cmd_speed)
    warc = sub.add_parser("warc", help="FastWARC against warcio on the same files")
    warc.add_argument("--records", type=int, default=5000)
    warc.add_argument("--repeat", type=int, default=3)
    warc.set_defaults(func=cmd_warc)
    robust = sub.add_parser("robust", help="bad lines, hostile pages and broken WARC records")
    robust.add_argument("--records", type=int, default=5000)
    robust.set_defaults(func=cmd_robust)
    for parser in (speed, warc, robust):
        parser.add_argument("dataset", type=Path, help="benchmark folder with html/")
    args = ap.parse_args()
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
