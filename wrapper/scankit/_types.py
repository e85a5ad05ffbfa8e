"""The one sentinel every vendor's client shares: `OMIT`, "leave this out of the request".

`None` and `OMIT` differ where a vendor distinguishes "send null" from "do not send": a plain `None`
for an optional query parameter still means "omit" (there is no null in a query string), while in a
request body `None` is sent as `null`. `OMIT` is an enum member so that `x is not OMIT` narrows the
type in pyright and mypy alike, and so that it pickles and copies as itself.
"""

from __future__ import annotations

import enum
from typing import Final, Literal


class Omit(enum.Enum):
    """The type of `OMIT`. Annotate a parameter `int | Omit = OMIT`."""

    OMIT = "OMIT"

    def __repr__(self) -> str:
        return "scankit.OMIT"

    def __bool__(self) -> Literal[False]:
        return False


OMIT: Final = Omit.OMIT
