from enum import StrEnum
from typing import Any, ClassVar


class ScanSortBy(StrEnum):
    CREATION_TIME_ASC = "creation_time_asc"
    CREATION_TIME_DESC = "creation_time_desc"
    END_TIME_ASC = "end_time_asc"
    END_TIME_DESC = "end_time_desc"
    MODIFICATION_TIME_ASC = "modification_time_asc"
    MODIFICATION_TIME_DESC = "modification_time_desc"
    NAME_ASC = "name_asc"
    NAME_DESC = "name_desc"
    RUN_STATUS_ASC = "run_status_asc"
    RUN_STATUS_DESC = "run_status_desc"
    SCHEDULE_NEXT_TIME_ASC = "schedule_next_time_asc"
    SCHEDULE_NEXT_TIME_DESC = "schedule_next_time_desc"

    _by_value: ClassVar[dict[str, "ScanSortBy"]]
    """Every listed member by value: the generated from_dict looks values up here first (fast)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the vendor added one): kept, not an error."""
        return self._name_ == "UNKNOWN"

    @classmethod
    def _missing_(cls, value: Any) -> "ScanSortBy | None":
        # Lenient in what we read: a value the spec does not list becomes a pseudo-member that
        # compares equal to the raw string and is re-emitted unchanged by to_dict().
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ScanSortBy._by_value = {member.value: member for member in ScanSortBy}
