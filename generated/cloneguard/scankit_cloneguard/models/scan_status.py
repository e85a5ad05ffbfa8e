from enum import StrEnum
from typing import Any, ClassVar


class ScanStatus(StrEnum):
    DELETE_REQUESTED = "delete_requested"
    DELETE_ULTIMATE_REQUESTED = "delete_ultimate_requested"
    DELETE_ULTIMATE_WAITING = "delete_ultimate_waiting"
    DELETE_WAITING = "delete_waiting"
    DONE = "done"
    INTERNAL_ERROR = "internal_error"
    INTERRUPTED = "interrupted"
    NEW = "new"
    QUEUED = "queued"
    REQUESTED = "requested"
    RUNNING = "running"
    STOPPED = "stopped"
    STOP_REQUESTED = "stop_requested"
    STOP_REQUESTED_GIVEUP = "stop_requested_giveup"
    STOP_WAITING = "stop_waiting"

    _by_value: ClassVar[dict[str, "ScanStatus"]]
    """Every listed member by value: the generated from_dict looks values up here first (fast)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the vendor added one): kept, not an error."""
        return self._name_ == "UNKNOWN"

    @classmethod
    def _missing_(cls, value: Any) -> "ScanStatus | None":
        # Lenient in what we read: a value the spec does not list becomes a pseudo-member that
        # compares equal to the raw string and is re-emitted unchanged by to_dict().
        if not isinstance(value, str):
            return None
        # x-scankit-case-insensitive in the spec: "Done" is the listed "done", not a new value.
        for known in cls:
            if known.value.casefold() == value.casefold():
                return known
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ScanStatus._by_value = {member.value: member for member in ScanStatus}
