"""The README documents every command, and its two main commands are the ones CI runs."""

from __future__ import annotations

import re

from conftest import ROOT

from kpugraph.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in sorted(cli.commands) if f"kpugraph {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_the_two_main_commands() -> None:
    blocks = _sh_blocks()
    install = next(b.strip() for b in blocks if "kpugraph build examples" in b and "pip install" in b)
    test = next(b.strip() for b in blocks if "pytest" in b)
    assert install.count("\n") == 0 and test.count("\n") == 0  # one line each, copy-paste ready
    assert "--html" in install
    assert test in CI, "the README's test command must appear verbatim in .ci/run"


def test_ci_scores_the_development_set() -> None:
    assert "kgeval.py" in CI and "../shared/corpus/dev" in CI


def test_exit_codes_are_documented() -> None:
    section = README.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in section


def test_every_saved_query_in_the_quick_tour_exists() -> None:
    from kpugraph.query import saved_queries

    names = {q.name for q in saved_queries()}
    used = set(re.findall(r"kpugraph query ([a-z_]+)\b", README))
    assert used and used <= names, used - names
