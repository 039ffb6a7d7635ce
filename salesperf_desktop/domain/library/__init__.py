"""Seed data: the indicator library, the seed templates and the E Company demo data.

Pure data (stdlib only) in the format of docs/design/template-format.md. Lookups return deep
copies so callers can edit what they get without changing the seeds.
"""

from __future__ import annotations

from salesperf_desktop.domain.library._text import LANGUAGES
from salesperf_desktop.domain.library.dimensions import DIMENSION_CODES, DIMENSIONS, dimension
from salesperf_desktop.domain.library.indicators import INDICATORS, indicator
from salesperf_desktop.domain.library.templates import SEED_TEMPLATES, TEMPLATE_NOTES, template

__all__ = [
    "DIMENSIONS",
    "DIMENSION_CODES",
    "INDICATORS",
    "LANGUAGES",
    "SEED_TEMPLATES",
    "TEMPLATE_NOTES",
    "dimension",
    "indicator",
    "template",
]
