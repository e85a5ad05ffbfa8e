"""Reading an extension block of a spec key by key, every problem recorded with its JSON pointer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

# -- errors and the checked reader --------------------------------------------------------------


class SpecError(Exception):
    """A spec's extensions are malformed; `problems` lists each one, located by its JSON pointer."""

    def __init__(self, vendor: str, problems: list[str]) -> None:
        self.vendor = vendor
        self.problems = problems
        super().__init__(f"{vendor}: " + "\n  ".join(problems))


_MISSING = object()


@attrs.frozen
class Block:
    """A mapping of the spec and its JSON pointer, read key by key; each bad value is a problem.

    The reader never raises: it records the problem (`where/key: what is wrong`) and returns None, so
    one pass over a document reports everything wrong in it.
    """

    data: Mapping[str, Any]
    where: str
    problems: list[str]

    @classmethod
    def of(cls, value: Any, where: str, problems: list[str]) -> Block | None:
        if not isinstance(value, Mapping):
            problems.append(f"{where}: must be a mapping, not {type(value).__name__}")
            return None
        return cls(value, where, problems)

    def at(self, key: str) -> str:
        return f"{self.where}/{key.replace('~', '~0').replace('/', '~1')}"

    def problem(self, key: str | None, message: str) -> None:
        self.problems.append(f"{self.at(key) if key else self.where}: {message}")

    def only(self, known: tuple[str, ...] | frozenset[str]) -> None:
        """Refuse every key this block does not define."""
        for key in self.data:
            if key not in known:
                self.problem(str(key), f"unknown key (known: {', '.join(sorted(known))})")

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(key, "is required")
            return _MISSING
        return value

    def text(self, key: str, *, required: bool = False, choices: tuple[str, ...] = ()) -> str | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(key, f"must be a non-empty string, not {value!r}")
            return None
        if choices and value not in choices:
            self.problem(key, f"must be one of {', '.join(choices)}, not {value!r}")
            return None
        return value

    def integer(self, key: str, *, required: bool = False, minimum: int = 0) -> int | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.problem(key, f"must be an integer >= {minimum}, not {value!r}")
            return None
        return value

    def number(self, key: str, *, required: bool = False, positive: bool = False) -> float | None:
        """A number as written (an int stays one, so what is rendered from it reads as the spec does)."""
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or (positive and value == 0):
            self.problem(key, f"must be a number of seconds {'> 0' if positive else '>= 0'}, not {value!r}")
            return None
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.problem(key, f"must be true or false, not {value!r}")
            return default
        return value

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problem(key, f"must be a list of non-empty strings, not {value!r}")
            return ()
        return tuple(value)

    def block(self, key: str, *, required: bool = False) -> Block | None:
        value = self._get(key, required)
        return None if value is _MISSING else Block.of(value, self.at(key), self.problems)

    def inferred(self, key: str = "inferred") -> tuple[str, ...]:
        """The block's `inferred: [key, ...]`: which of its keys are guesses; each must be one it has."""
        names = self.texts(key)
        for name in names:
            head, _, tail = name.partition(".")
            inner = self.data.get(head)
            if head not in self.data or (tail and not (isinstance(inner, Mapping) and tail in inner)):
                self.problem(key, f"names {name!r}, which the block does not have")
        return names
