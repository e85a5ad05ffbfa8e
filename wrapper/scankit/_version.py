"""The one version number of all six distributions (scankit and the five scankit-<vendor> packages).

Read by hatch for `scankit` (`[tool.hatch.version]` and the extras' pins in `wrapper/hatch_build.py`)
and by `scripts/generate.py` for each generated `scankit-<vendor>` package. Change it here only.
"""

__version__ = "0.2.0"
