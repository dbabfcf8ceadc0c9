"""The park's site plan: an image under the canvas, calibrated so its pixels are km.

A pixel (u, v) of the image (u right, v down) lies at
x = x0_km + u × km_per_px, y = y0_km − v × km_per_px (y north, as the
enterprises' positions).  Calibrating by two points with a known distance
sets ``km_per_px`` and keeps the first point where it was, so enterprises
placed on the plan get positions in km, and computed pipe lengths follow.
A PDF page is stored as the PNG it was rendered to.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

#: Image formats a site plan may hold (a PDF page is rendered to PNG first).
IMAGE_FORMATS: tuple[str, ...] = ("png", "jpg")


@dataclass(frozen=True, slots=True)
class SitePlan:
    """An image of the site and where its pixels are."""

    image: bytes
    image_format: str = "png"
    name: str = ""
    km_per_px: float = 0.001
    x0_km: float = 0.0
    y0_km: float = 0.0

    def to_km(self, u_px: float, v_px: float) -> tuple[float, float]:
        """Image pixel → park position in km."""
        return self.x0_km + u_px * self.km_per_px, self.y0_km - v_px * self.km_per_px

    def to_px(self, x_km: float, y_km: float) -> tuple[float, float]:
        """Park position in km → image pixel."""
        return (x_km - self.x0_km) / self.km_per_px, (self.y0_km - y_km) / self.km_per_px

    def calibrated(
        self, first_px: tuple[float, float], second_px: tuple[float, float], distance_km: float
    ) -> SitePlan:
        """The plan scaled so the two pixels are ``distance_km`` apart, the first staying in place."""
        pixels = math.dist(first_px, second_px)
        if not (pixels > 0 and distance_km > 0 and math.isfinite(distance_km)):
            raise ValueError("two different points and a distance above 0 are needed")
        scale = distance_km / pixels
        x_km, y_km = self.to_km(*first_px)
        return replace(
            self,
            km_per_px=scale,
            x0_km=x_km - first_px[0] * scale,
            y0_km=y_km + first_px[1] * scale,
        )
