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

    # x-scankit-case-insensitive in the spec: "Done" is the listed "done", not a new value. It reads
    # as that member (its name, `==`, hash, `is_unknown`) and keeps the string that arrived: str()
    # and the model's to_dict() give "Done" back, while `.value` (what a request sends) is "done".
    def __str__(self) -> str:
        return str.__str__(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return str.casefold(self) == str.casefold(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(str.casefold(self))

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
        folded = value.casefold()
        for known in cls:
            if known.value.casefold() == folded:
                spelled = str.__new__(cls, value)
                spelled._name_ = known._name_
                spelled._value_ = known._value_
                return spelled
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ScanStatus._by_value = {member.value: member for member in ScanStatus}
