"""`logging` under the "scankit" logger: silent by default, `SCANKIT_LOG=debug` (or info) turns it on.

Messages never carry credentials: the request loop redacts every configured secret before logging.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("scankit")
logger.addHandler(logging.NullHandler())


def setup_logging() -> None:
    level = os.environ.get("SCANKIT_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
