"""What the samples and the factor library cite is public: the reports themselves, never working files.

A published figure's `source` (printed in the report's comparison table) and a factor's `source` and
`note` (printed in the report's factor table) name the report, standard or dataset a reader can find:
title, publisher, year and section, not a file name of the team's working notes.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from samples_helpers import PUBLISHED_CSV, REPOSITORY, SAMPLES_DIR

#: File names a reader outside the team cannot open: source texts and working notes (written so
#: that tests/test_no_outside_citations.py does not take the pattern itself for a citation).
INTERNAL = re.compile(
    r"seeds/|\b[0-9]{3}_[0-9a-f]{16}\.txt|\b(?:FACTORS|CASES|DESIG[N]|AUDIT)\.md", re.IGNORECASE
)

CITING_FILES = [
    PUBLISHED_CSV,
    REPOSITORY / "resources" / "factors.csv",
    SAMPLES_DIR / "README.md",
    *sorted(SAMPLES_DIR.glob("*/*.csv")),
]


@pytest.mark.parametrize("path", CITING_FILES, ids=lambda path: str(path.relative_to(REPOSITORY)))
def test_no_internal_file_is_cited(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = sorted({match.group(0) for match in INTERNAL.finditer(text)})
    assert not found, f"{path.name} cites {found}"


def test_every_published_figure_cites_the_blue_book_by_title_publisher_year_and_section() -> None:
    with PUBLISHED_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        source = row["source"]
        assert "浙江省减污降碳协同创新区建设蓝皮书" in source, row["item"]
        assert "生态环境部环境规划院" in source and "2023" in source, row["item"]
        assert re.search(r"§\d\.\d\.\d", source), row["item"]
