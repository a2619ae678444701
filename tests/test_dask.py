"""The Dask path gives the rows the CLI gives, on a two-worker LocalCluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batch_inputs import ARTICLE, HTML, MIXED_LINES, write_jsonl

from cleanpress.cli import main

pytest.importorskip("dask.dataframe", reason="dask extra not installed")
distributed = pytest.importorskip("distributed", reason="dask extra not installed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def cli_rows(tmp_path: Path, *args: str) -> list[dict]:
    out = tmp_path / "cli.jsonl"
    main(["batch", *args, "-o", str(out), "-q"])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_bag_of_jsonl_gives_the_cli_rows(client: object, tmp_path: Path) -> None:
    from cleanpress.dask import clean_bag, read_jsonl

    first = write_jsonl(tmp_path / "a.jsonl", [line for line, _ in MIXED_LINES])
    second = write_jsonl(tmp_path / "b.jsonl.gz", [{"id": "gz", "html": HTML}, "{bad"])
    third = tmp_path / "c.jsonl"
    third.write_bytes(b'{"id": "latin", "text": "Caf\xe9 on the quay opens at nine."}\n')
    paths = [str(first), str(second), str(third)]
    rows = clean_bag(read_jsonl(paths), removals=True).compute()
    assert rows == cli_rows(tmp_path, *paths, "--removals")
    assert [r["error"]["reason"] for r in rows if r["error"]] == [
        reason for _, reason in MIXED_LINES if reason] + ["not-json"]
    assert rows[-1]["text"] == "Caf\ufffd on the quay opens at nine."


def test_dataframe_column_gives_the_cli_rows(client: object, tmp_path: Path) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from cleanpress.dask import clean_frame, frame_rows

    records = [{"id": f"p{i}", "html": HTML.replace("Monday", f"day {i}"),
                "url": f"https://news.example/{i}"} for i in range(6)]
    records[3] = {"id": "p3", "html": ARTICLE, "url": None}
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    rows = frame_rows(clean_frame(frame, "html", id_column="id", url_column="url").compute())
    expected = cli_rows(tmp_path, str(write_jsonl(tmp_path / "in.jsonl", records)),
                        "--kind", "auto")
    for row in expected:
        row["position"] = None  # a frame's rows come from no file
    assert rows == expected


def test_a_profile_on_the_cluster_gives_the_cli_rows(client: object, tmp_path: Path) -> None:
    import dask.bag as db

    from cleanpress.batch import iter_pages
    from cleanpress.dask import clean_bag, learn_bag

    sites = Path(__file__).resolve().parents[1] / "fixtures" / "sites"
    bag = db.from_sequence(list(iter_pages(sites)), npartitions=4)
    profile = learn_bag(bag).compute()
    assert set(profile.sites) == {"harborlight.example", "millbrook-courier.example"}
    path = tmp_path / "sites.json"
    profile.save(path)
    rows = clean_bag(bag, profile=path).compute()
    assert rows == cli_rows(tmp_path, str(sites), "--profile", str(path))


def test_dask_paths_default_to_the_batch_time_budget() -> None:
    import inspect

    from cleanpress.cli import build_parser
    from cleanpress.dask import clean_bag, clean_frame

    batch_default = build_parser().parse_args(["batch", "in.jsonl"]).time_budget
    assert batch_default > 0
    for function in (clean_bag, clean_frame):
        assert inspect.signature(function).parameters["time_budget"].default == batch_default
