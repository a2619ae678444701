"""Benchmark harness: run cleanpress over a dataset folder, score it, time it."""
