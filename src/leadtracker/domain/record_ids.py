"""The range of record ids: what a number typed or passed as an id can be.

Ids are SQLite's 64-bit signed integers, counted from 1; a larger number
cannot even be asked for (the driver refuses to bind it), so lookups treat
any number outside the range as "no such record".
"""

from __future__ import annotations

#: The largest id a record can have (SQLite's INTEGER PRIMARY KEY).
MAX_RECORD_ID = 2**63 - 1


def is_record_id(value: int) -> bool:
    """Whether ``value`` can be the id of a record at all."""
    return 1 <= value <= MAX_RECORD_ID
