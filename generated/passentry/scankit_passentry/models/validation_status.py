from enum import StrEnum
from typing import Any, ClassVar


class ValidationStatus(StrEnum):
    FAILED = "failed"
    SUCCESS = "success"
    SUCCESSFUL = "successful"

    _by_value: ClassVar[dict[str, "ValidationStatus"]]
    """Every listed member by value: the generated from_dict looks values up here first (fast)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the vendor added one): kept, not an error."""
        return self._name_ == "UNKNOWN"

    @classmethod
    def _missing_(cls, value: Any) -> "ValidationStatus | None":
        # Lenient in what we read: a value the spec does not list becomes a pseudo-member that
        # compares equal to the raw string and is re-emitted unchanged by to_dict().
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ValidationStatus._by_value = {member.value: member for member in ValidationStatus}
