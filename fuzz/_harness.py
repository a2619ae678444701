"""What the fuzz targets share: atheris, the seed corpus, and the run.

Each target is a script: ``python fuzz/<target>.py [libFuzzer options]``, or
``make fuzz SECONDS=600`` for all three (``make -j3 fuzz`` runs them at once).
The seed corpus is every fixture input (``fixtures/`` and the plugins'), copied
into ``fuzz/corpus/<target>/`` on the first run; the corpus grows there as the
fuzzer finds new paths. A crash or a slow input is written to
``fuzz/findings/<target>/``; a finding, once fixed, is kept as a regression case
in ``tests/fuzz_findings/`` (``tests/test_fuzz_findings.py`` runs them all).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Packages whose code the fuzzer instruments for coverage: cleanpress and the plugins.
INSTRUMENTED = ["cleanpress", "cleanpress_wordpress", "cleanpress_readability_stats",
                "cleanpress_lang_it_pt_nl", "cleanpress_lang_ru_zh_ja"]
#: Seconds one input may take before libFuzzer reports it as a finding (the
#: largest inputs it makes are some 100 KB; linear rules clean that in well under 1 s).
INPUT_TIMEOUT = 10

try:
    import atheris
except ImportError:  # pragma: no cover - depends on the machine
    sys.exit(
        "fuzzing needs atheris: .venv/bin/pip install atheris\n"
        "(wheels exist for CPython 3.8-3.11 on Linux x86-64; elsewhere it builds from "
        "source and needs clang with libFuzzer, see https://pypi.org/project/atheris/)"
    )


def seed_corpus(target: str) -> Path:
    """``fuzz/corpus/<target>/``, seeded with the fixture inputs when it is new."""
    corpus = ROOT / "fuzz" / "corpus" / target
    if not corpus.is_dir():
        corpus.mkdir(parents=True)
        inputs = sorted(ROOT.glob("fixtures/**/input.*"))
        inputs += sorted(ROOT.glob("plugins/*/tests/fixtures/**/input.*"))
        for number, path in enumerate(inputs):
            shutil.copyfile(path, corpus / f"seed-{number:03d}-{path.parent.name}{path.suffix}")
    return corpus


def fuzz(target: str, test_one_input: Callable[[bytes], None]) -> None:
    """Run libFuzzer on ``test_one_input`` with the target's corpus and findings folder;
    options given on the command line (``-max_total_time=600``) are passed on."""
    findings = ROOT / "fuzz" / "findings" / target
    findings.mkdir(parents=True, exist_ok=True)
    options = [a for a in sys.argv[1:] if a.startswith("-")]
    folders = [a for a in sys.argv[1:] if not a.startswith("-")] or [str(seed_corpus(target))]
    argv = [sys.argv[0], f"-timeout={INPUT_TIMEOUT}", f"-artifact_prefix={findings}/",
            *options, *folders]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
