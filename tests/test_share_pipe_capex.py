"""A candidate pipe with a blank capital cost is appraised at the cost priced from the site.

The Jiaxing sample leaves its candidate pipes' capex blank (parkflow/model/pipes.py prices them
from length × cost per km for the medium and size); the optimizer and the KPIs charge that
annuity, so the appraisal must carry the same capex, not 0 with a payback of 0 years.
"""

from __future__ import annotations

import pytest
from samples_helpers import sample_park

from parkflow.report.kpis import Accounting
from parkflow.report.share import share_benefits


def test_blank_capex_is_appraised_at_the_site_price() -> None:
    park = sample_park("jiaxing_port")
    link = park.links["L_JXSH_STEAM_HHX"]
    assert link.capex_cny is None  # priced from the site, not typed
    priced = Accounting(park).link_capex(link.id)
    assert priced > 1e6
    result = share_benefits(park, method="prices", workers=1)
    appraisal = next(item.appraisal for item in result.links if item.id == link.id)
    assert appraisal.capex_cny == pytest.approx(priced)
    assert appraisal.payback_yr == pytest.approx(priced / appraisal.annual_saving_cny_per_yr)
