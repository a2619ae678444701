"""Cleaning many pages: JSON Lines, WARC or folders in, JSON Lines out, one row per record.

A record that cannot be read and a page that fails to clean become error rows
(``error`` says why, ``position`` where), and the batch goes on.
"""

from cleanpress.batch.jsonl import page_from_line
from cleanpress.batch.page import Page, Problem
from cleanpress.batch.records import clean_page, clean_pages, error_row, result_row
from cleanpress.batch.sources import iter_jsonl, iter_pages, iter_warc, open_input

__all__ = [
    "Page",
    "Problem",
    "clean_page",
    "clean_pages",
    "error_row",
    "iter_jsonl",
    "iter_pages",
    "iter_warc",
    "open_input",
    "page_from_line",
    "result_row",
]
