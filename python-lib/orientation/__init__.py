"""Orientation of victims' descriptions to the French online complaint channels.

Pure Python: this package never imports ``dataiku``. The DSS glue lives in the
``dku_*`` modules beside it.
"""

__version__ = "0.1.0"
