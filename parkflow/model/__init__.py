"""Qt-free domain model of ParkFlow (DESIGN §1, §2)."""

from parkflow.model.entities import (
    CANONICAL_UNIT,
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.problems import ParkError, Problem, ScenarioFileError

# Importing the factor library registers its names with the validator (DESIGN §5 `factor`).
from parkflow.model import factors as _factors  # noqa: E402,F401  isort: skip

__all__ = [
    "CANONICAL_UNIT",
    "Converter",
    "Direction",
    "Disposal",
    "Enterprise",
    "Link",
    "LinkStatus",
    "Medium",
    "Park",
    "ParkError",
    "Problem",
    "ScenarioFileError",
    "Stream",
    "Utility",
]
