"""Every reference in the repository points at something a reader of the repository can open.

Comments, docstrings, docs, data notes and factor sources cite a file of the
repository (``docs/design.md`` and its sections, ``docs/workbook.md``,
``docs/reliability.md`` …), a published standard or report, or say what they
mean themselves.  They never cite a design text, style guide, notes file or
tracker issue kept somewhere else: a new maintainer could not follow them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
THIS_FILE = Path(__file__).resolve().relative_to(REPOSITORY).as_posix()

#: What an outside citation looks like: the old design text ("DESIGN §3.6",
#: "DESIGN.md"), notes files that live outside the repository, and tracker
#: issues by number ("issue 7", "issue #7").
OUTSIDE_CITATION = re.compile(
    r"\bDESIGN\b"
    r"|\b(?:STYLE|FACTORS|MEASURED|CASES|AUDIT|BRIEF)\.md\b"
    r"|\bshared/domain\b"
    r"|\b[Ii]ssue\s+#?\d+"
)


def _tracked_text_files() -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPOSITORY, capture_output=True, check=True
    ).stdout.decode()
    return [Path(name) for name in listing.split("\0") if name and name != THIS_FILE]


def _read_text(path: Path) -> str | None:
    """The file's text, or None for a binary file (scenario files, images, .qm)."""
    try:
        data = (REPOSITORY / path).read_bytes()
    except OSError:  # listed by git but deleted in the working tree
        return None
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def outside_citations(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every line of ``text`` that cites a document outside the repository."""
    return [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if OUTSIDE_CITATION.search(line)
    ]


@pytest.mark.parametrize(
    ("line", "cites_outside"),
    [
        ("Rules: DESIGN §3.6.", True),
        ('"""The park (DESIGN.md)."""', True),
        ("# measured (MEASURED.md: 2.6 s vs 13 s)", True),
        ("hydrogen.lhv,10.79,...,FACTORS.md (hydrogen LHV),", True),
        ("Fuzzing the reader (issue 7).", True),
        ("see issue #12", True),
        ("summarised in `shared/domain/CASES.md`", True),
        ('Rules: docs/design.md, "Units".', False),
        ("natural gas 2.162 kg/Nm³ (GB/T 32150-2015 annex A)", False),
        ("Blue book §2.2.1: exports steam to its neighbours", False),
        ("a design decision, a tissue 3 mm thick", False),
    ],
)
def test_the_pattern_tells_outside_citations_from_repository_ones(line: str, cites_outside: bool) -> None:
    assert bool(outside_citations(line)) is cites_outside


def test_no_tracked_file_cites_a_document_outside_the_repository() -> None:
    files = _tracked_text_files()
    assert any(path.as_posix() == "docs/design.md" for path in files), (
        "git ls-files listed no repository files"
    )
    found = []
    for path in files:
        text = _read_text(path)
        if text is None:
            continue
        found += [f"{path.as_posix()}:{number}: {line[:160]}" for number, line in outside_citations(text)]
    assert not found, (
        "cite a file of the repository (e.g. docs/design.md and a section title) or say it in a few words:\n"
        + "\n".join(found)
    )
