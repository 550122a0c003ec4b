"""tests/scoring tests the product's scorer itself, so it never runs with the fixed one."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _product_scorer(product_scorer: None) -> None:
    """Every test here scores with the product's scorer."""
