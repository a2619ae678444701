"""Cleaning many pages: JSON Lines and WARC in, JSON Lines out, errors per record.

A failing page never stops a batch: its output row carries ``error`` instead.
"""

from cleanpress.batch.records import Page, clean_pages, result_row
from cleanpress.batch.sources import iter_jsonl, iter_pages, iter_warc

__all__ = ["Page", "clean_pages", "iter_jsonl", "iter_pages", "iter_warc", "result_row"]
