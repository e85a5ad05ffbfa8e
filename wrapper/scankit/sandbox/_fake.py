"""Deterministic fake values: ids, names, addresses and times, all drawn from a seeded Random.

Times are fixed offsets from :data:`DATA_NOW`, never the wall clock, so one seed always gives the
same bytes.
"""

from __future__ import annotations

import datetime
import random
import uuid
from typing import TypeVar

__all__ = [
    "ADDRESSES",
    "DATA_NOW",
    "PEOPLE",
    "b58",
    "hexid",
    "iso",
    "iso_ms",
    "pick",
    "uuid4",
    "uuid7",
]

T = TypeVar("T")

DATA_NOW = 1_748_736_000
"""2025-06-01T00:00:00Z: the sandbox's "now". Seeded records lie before it; created ones after it."""

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(rng: random.Random, length: int = 22) -> str:
    return "".join(rng.choice(_B58) for _ in range(length))


def hexid(rng: random.Random, length: int = 24) -> str:
    return f"{rng.getrandbits(4 * length):0{length}x}"


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def uuid7(rng: random.Random, epoch_ms: int) -> str:
    """A UUIDv7: the millisecond timestamp first, so ids sort by time (as PassEntry's examples look)."""
    value = (epoch_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rng.getrandbits(12) << 64
    value |= 0b10 << 62
    value |= rng.getrandbits(62)
    return str(uuid.UUID(int=value))


def iso(epoch: float) -> str:
    """``2025-01-13T13:05:00Z``."""
    return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(epoch: float) -> str:
    """``2023-02-14T09:12:45.000Z``, as HostedScan's examples write them."""
    moment = datetime.datetime.fromtimestamp(round(epoch, 3), datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def pick(rng: random.Random, items: list[T] | tuple[T, ...]) -> T:
    return items[rng.randrange(len(items))]


PEOPLE: tuple[tuple[str, str], ...] = (
    ("Odin Oliver", "odin.oliver"),
    ("Jamie Jones", "jamie.jones"),
    ("Priya Natarajan", "priya.n"),
    ("Mateo Alvarez", "mateo.alvarez"),
    ("Grace Whitfield", "grace.w"),
    ("Hiroshi Tanaka", "h.tanaka"),
    ("Amara Okafor", "amara.okafor"),
    ("Lukas Brandt", "lukas.brandt"),
    ("Sofia Rossi", "sofia.rossi"),
    ("Noah Fischer", "noah.fischer"),
    ("Chloe Martin", "chloe.martin"),
    ("Ethan Park", "ethan.park"),
    ("Fatima Haddad", "fatima.haddad"),
    ("Liam O'Connor", "liam.oconnor"),
    ("Zoe Dubois", "zoe.dubois"),
    ("Daniel Kim", "daniel.kim"),
)

# line1, line2, city, state, state code, postal code, timezone, latitude, longitude
ADDRESSES: tuple[tuple[str, str | None, str, str, str, str, str, float, float], ...] = (
    ("600 B Street", "Suite 300", "San Diego", "California", "CA", "92101", "America/Los_Angeles", 32.7174, -117.1628),
    ("500 7th Ave", "Floor 10", "New York", "New York", "NY", "10018", "America/New_York", 40.7536, -73.9893),
    ("1 Market St", None, "San Francisco", "California", "CA", "94105", "America/Los_Angeles", 37.7941, -122.3951),
    ("233 S Wacker Dr", "Suite 4700", "Chicago", "Illinois", "IL", "60606", "America/Chicago", 41.8789, -87.6359),
    (
        "1600 Pennsylvania Ave NW",
        None,
        "Washington",
        "District of Columbia",
        "DC",
        "20500",
        "America/New_York",
        38.8977,
        -77.0365,
    ),
    ("400 Broad St", None, "Seattle", "Washington", "WA", "98109", "America/Los_Angeles", 47.6205, -122.3493),
    ("2100 Ross Ave", "Suite 1200", "Dallas", "Texas", "TX", "75201", "America/Chicago", 32.7876, -96.7994),
    ("100 Peachtree St NW", None, "Atlanta", "Georgia", "GA", "30303", "America/New_York", 33.7573, -84.3876),
    ("1201 Elm St", "Unit 5", "Denver", "Colorado", "CO", "80202", "America/Denver", 39.7475, -104.9994),
    (
        "77 Massachusetts Ave",
        "Building 10",
        "Cambridge",
        "Massachusetts",
        "MA",
        "02139",
        "America/New_York",
        42.3601,
        -71.0942,
    ),
    ("3500 Deer Creek Rd", None, "Palo Alto", "California", "CA", "94304", "America/Los_Angeles", 37.3946, -122.1500),
    ("701 Brazos St", "Suite 720", "Austin", "Texas", "TX", "78701", "America/Chicago", 30.2695, -97.7422),
)
