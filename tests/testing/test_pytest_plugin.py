"""The test kit's pytest plugin, run on throwaway projects with pytester."""

from __future__ import annotations

import json

import pytest

pytest_plugins = ["pytester"]

SHOUT_PLUGIN = '''
import cleanpress

@cleanpress.rule("kit-shouting", stage="chrome", order=500, description="Remove capitals")
def shouting(doc, ctx):
    for block in doc.kept():
        if block.text.isupper():
            ctx.remove(block, "written in capitals")

@cleanpress.hookimpl
def cleanpress_rules():
    return [shouting]
'''
PAGE = "A first paragraph of the story.\n\nBUY NOW\n\nA second paragraph of it.\n"
BODY = "A first paragraph of the story.\n\nA second paragraph of it."


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with a plugin module and a fixtures folder configured in its ini."""
    pytester.syspathinsert()
    pytester.makepyfile(kit_shout=SHOUT_PLUGIN)
    pytester.makeini(
        "[pytest]\n"
        "cleanpress_fixtures = cases\n"
        "cleanpress_plugins = kit_shout\n"
        "cleanpress_defaults = false\n"
    )
    return pytester


def add_case(pytester: pytest.Pytester, name: str, expected: dict, page: str = PAGE) -> None:
    folder = pytester.path / "cases" / name
    folder.mkdir(parents=True)
    (folder / "input.txt").write_text(page, encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_passing_case(project: pytest.Pytester) -> None:
    add_case(project, "shout", {
        "kind": "text", "body": BODY,
        "must_remove": [{"text": "BUY NOW", "rule": "kit-shouting"}],
    })
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*cases/shout/expected.json::shout PASSED*"])


def test_failing_case_shows_a_readable_diff(project: pytest.Pytester) -> None:
    add_case(project, "wrong", {
        "kind": "text", "body": "A first paragraph of the story.\n\nBUY NOW",
        "must_keep": ["BUY NOW"],
    })
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*fixture case wrong (*input.txt):",
        "*- body differs:",
        "*-BUY NOW",
        "*+A second paragraph of it.",
        "*- lost from the body: 'BUY NOW'",
    ])
    assert "Traceback" not in result.stdout.str()


def test_pending_case_xfails_and_fails_once_it_passes(project: pytest.Pytester) -> None:
    add_case(project, "known-bad", {"kind": "text", "must_keep": ["BUY NOW"],
                                    "pending": "shouting is removed"})
    add_case(project, "fixed", {"kind": "text", "body": BODY, "pending": "was broken"})
    result = project.runpytest("-rxX")
    result.assert_outcomes(xfailed=1, failed=1)
    result.stdout.fnmatch_lines(["*XFAIL*known-bad*pending: shouting is removed*"])
    result.stdout.fnmatch_lines(["*marked pending (was broken) but passes now*"])


def test_command_line_folder_and_plugin(pytester: pytest.Pytester) -> None:
    pytester.syspathinsert()
    pytester.makepyfile(kit_shout=SHOUT_PLUGIN)
    add_case(pytester, "shout", {"kind": "text", "must_remove": ["BUY NOW"]})
    result = pytester.runpytest("--cleanpress-fixtures", "cases",
                                "--cleanpress-plugin", "kit_shout")
    result.assert_outcomes(passed=1)


def test_conftest_hook_sets_up_the_cases_below_it(pytester: pytest.Pytester) -> None:
    pytester.syspathinsert()
    pytester.makepyfile(kit_shout=SHOUT_PLUGIN)
    pytester.makeini("[pytest]\ncleanpress_fixtures = cases\ncleanpress_defaults = false\n")
    add_case(pytester, "with-plugin", {"kind": "text", "body": BODY})
    add_case(pytester, "without", {"kind": "text", "must_keep": ["BUY NOW"]})
    (pytester.path / "cases" / "with-plugin" / "conftest.py").write_text(
        "def pytest_cleanpress_settings(config, path):\n"
        "    return {'plugins': ['kit_shout']}\n"
    )
    pytester.runpytest().assert_outcomes(passed=2)


def test_disable_option_leaves_a_rule_out(project: pytest.Pytester) -> None:
    project.makeini(
        "[pytest]\ncleanpress_fixtures = cases\ncleanpress_plugins = kit_shout\n"
        "cleanpress_defaults = false\ncleanpress_disable = kit-shouting\n"
    )
    add_case(project, "kept", {"kind": "text", "must_keep": ["BUY NOW"]})
    project.runpytest().assert_outcomes(passed=1)


def test_missing_folder_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncleanpress_fixtures = nowhere\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*cleanpress fixtures folder not found*nowhere*"])


def test_malformed_case_is_a_collection_error(project: pytest.Pytester) -> None:
    folder = project.path / "cases" / "broken"
    folder.mkdir(parents=True)
    (folder / "expected.json").write_text("{}", encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*bad fixture case*expected exactly one of input.txt*"])


def test_other_expected_json_files_are_not_collected(project: pytest.Pytester) -> None:
    add_case(project, "shout", {"kind": "text", "must_remove": ["BUY NOW"]})
    other = project.path / "elsewhere"
    other.mkdir()
    (other / "expected.json").write_text("{}", encoding="utf-8")
    project.runpytest().assert_outcomes(passed=1)
