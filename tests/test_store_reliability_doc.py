"""docs/reliability.md names real tests for every scenario-file and generator row."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN_TESTS = ("tests/test_store_", "tests/test_generate_")


def test_every_cited_store_and_generator_test_exists() -> None:
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    cited: list[tuple[str, str]] = []
    for line in text.splitlines():
        files = re.findall(r"`(tests/[^`:]+\.py)::(\w+)`", line)
        if not files:
            continue
        cited.extend(files)
        cited.extend((files[0][0], name) for name in re.findall(r"`::(\w+)`", line))
    own = [(file, name) for file, name in cited if file.startswith(OWN_TESTS)]
    assert len(own) >= 30
    missing = [
        f"{file}::{name}"
        for file, name in own
        if f"def {name}(" not in (ROOT / file).read_text(encoding="utf-8")
    ]
    assert missing == []
