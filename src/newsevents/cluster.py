"""Cluster: give mentions of one real-world event one `cluster_id`, across sentences and outlets.

Two mentions belong together when their actors agree (either order for symmetric codes), their
codes share a family, their dates are compatible given precision and their places do not
conflict. A mention joins a cluster only when it is compatible with every member (complete link),
so a vague mention ("in March") cannot chain two calls a week apart into one event. Clusters that
are already stored keep their ids: `cluster_events` lets a new batch join them incrementally.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import pyarrow as pa

from newsevents.ids import content_hash
from newsevents.records import Actor, CodedArticle, Event, amend

# Consultations, cooperation and agreements are done with each other: A meets B is B meets A.
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
# Roots that outlets use for one happening: a strike reported as an assault (18) by one and as
# fighting (19) or mass violence (20) by another; a demand (10) reported as an appeal (02); aid
# (07) reported as cooperation (06). PLOVER merges these the same way (ASSAULT/ATTACK, REQUEST).
FAMILIES = {"18": "violence", "19": "violence", "20": "violence",
            "02": "request", "10": "request", "06": "material", "07": "material"}
# Reports of one day slip by a day across time zones and "yesterday"/"on Monday" readings.
DAY_SLACK = 1
# Two city-level places further apart than this are two events (one city's outskirts are not).
PLACE_KM = 100.0
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5}


@dataclass(frozen=True)
class Item:
    """What clustering needs to know of one event mention."""

    event_id: str
    article_id: str
    family: str
    symmetric: bool
    source: frozenset[str]
    target: frozenset[str]
    start: dt.date | None  # the date interval the mention allows, given its precision
    end: dt.date | None
    precision: str
    place_country: str | None = None
    place_point: tuple[float, float] | None = None  # only for city-level places
    cluster_id: str | None = None  # set for mentions already stored


def family(cameo_root: str) -> str:
    """Return the code family of a CAMEO root: mentions of one event share it."""
    return FAMILIES.get(cameo_root, cameo_root)


def date_interval(value: str | None, precision: str) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a date of this precision can mean, or None."""
    if not value:
        return None
    try:
        if precision == "day":
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if precision == "week" and (m := re.match(r"(\d{4})-W(\d{2})", value)):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if precision == "month":
            year, month = int(value[:4]), int(value[5:7])
            return dt.date(year, month, 1), _month_end(year, month)
        if precision == "quarter" and (m := re.match(r"(\d{4})-Q([1-4])", value)):
            year, first = int(m[1]), 3 * int(m[2]) - 2
            return dt.date(year, first, 1), _month_end(year, first + 2)
        if precision == "season" and (m := re.match(r"(\d{4})-([A-Z]{2})", value)):
            first, last = SEASON_MONTHS[m[2]]
            year = int(m[1])
            return dt.date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
        if precision == "year":
            return dt.date(int(value[:4]), 1, 1), dt.date(int(value[:4]), 12, 31)
        if precision == "decade":
            return dt.date(int(value[:3] + "0"), 1, 1), dt.date(int(value[:3] + "9"), 12, 31)
    except (ValueError, KeyError):
        return None
    return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def item_from_event(event: Event) -> Item:
    """Return the clustering view of a coded event."""
    place = event.place
    return _item(event.event_id, event.article_id, event.cameo_root,
                 _keys(event.source), _keys(event.target), event.date, event.date_precision,
                 place.country if place else None,
                 (place.lat, place.lon) if place and place.precision == "city"
                 and place.lat is not None else None, event.cluster_id)


def item_from_row(row: dict) -> Item:
    """Return the clustering view of a stored event row (JSON columns as text or parsed)."""
    def parsed(value):
        return json.loads(value) if isinstance(value, str) else value

    place = parsed(row.get("place"))
    point = None
    if place and place.get("precision") == "city" and place.get("lat") is not None:
        point = (place["lat"], place["lon"])
    return _item(row["event_id"], row["article_id"], row["cameo_root"],
                 _keys_of(parsed(row.get("source")) or []),
                 _keys_of(parsed(row.get("target")) or []),
                 row.get("date"), row.get("date_precision") or "none",
                 place.get("country") if place else None, point, row.get("cluster_id"))


def _item(event_id, article_id, root, source, target, date, precision, country, point,
          cluster_id) -> Item:
    interval = date_interval(date, precision)
    return Item(event_id, article_id, family(root), root in SYMMETRIC_ROOTS, source, target,
                interval[0] if interval else None, interval[1] if interval else None,
                precision if interval else "none", country, point, cluster_id)


def _keys(actors: tuple[Actor, ...]) -> frozenset[str]:
    # Country when known, so "Russia", "the Kremlin" and "Putin" agree; the name otherwise.
    return frozenset(actor.country or actor.name for actor in actors)


def _keys_of(actors: list[dict]) -> frozenset[str]:
    return frozenset(actor.get("country") or actor["name"] for actor in actors)


def compatible(a: Item, b: Item) -> bool:
    """Return whether two mentions can report the same real-world event."""
    return (a.family == b.family and _actors_agree(a, b) and _dates_agree(a, b)
            and not _places_conflict(a, b))


def _actors_agree(a: Item, b: Item) -> bool:
    if _sides_agree(a.source, b.source, a.target, b.target):
        return True
    return a.symmetric and b.symmetric and _sides_agree(a.source, b.target, a.target, b.source)


def _sides_agree(source_a, source_b, target_a, target_b) -> bool:
    # A side left empty by one outlet ("Russia struck overnight") is no evidence against, but at
    # least one side must be named by both and shared, or any two events of a family would merge.
    sides = ((source_a, source_b), (target_a, target_b))
    if any(x and y and not x & y for x, y in sides):
        return False
    return any(x & y for x, y in sides)


def _dates_agree(a: Item, b: Item) -> bool:
    if a.start is None or b.start is None:
        return True
    slack = dt.timedelta(days=DAY_SLACK)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _places_conflict(a: Item, b: Item) -> bool:
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return True
    return bool(a.place_point and b.place_point and _km(a.place_point, b.place_point) > PLACE_KM)


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*p, *q))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def assign(items: Iterable[Item], existing: Iterable[Item] = ()) -> dict[str, str]:
    """Return a cluster id for every new item; existing items keep theirs and can be joined.

    Precise mentions go first so that vague ones join the cluster they fit best (the largest
    compatible one) instead of founding clusters that precise ones would then split around.
    """
    sizes: dict[str, int] = {}
    # a cluster's members as `compatible` sees them: many mentions of one event look alike
    profiles: dict[str, dict[tuple, Item]] = {}
    founders = _Founders()

    def join(cid: str, item: Item) -> None:
        if cid not in sizes:
            founders.add(cid, item)
            sizes[cid], profiles[cid] = 0, {}
        sizes[cid] += 1
        profiles[cid].setdefault(_profile(item), item)

    for item in existing:
        join(item.cluster_id, item)
    assigned: dict[str, str] = {}
    order = sorted(items, key=lambda i: (PRECISION_ORDER.get(i.precision, 9),
                                         i.start or dt.date.max, i.article_id, i.event_id))
    for item in order:
        fitting = [cid for cid in founders.candidates(item)
                   if all(compatible(item, member) for member in profiles[cid].values())]
        cid = (max(fitting, key=sizes.__getitem__) if fitting
               else content_hash("cluster", item.event_id))
        join(cid, item)
        assigned[item.event_id] = cid
    return assigned


def _profile(item: Item) -> tuple:
    """What `compatible` reads of a mention: two with one profile fit the same mentions."""
    return (item.family, item.symmetric, item.source, item.target, item.start, item.end,
            item.place_country, item.place_point)


class _Founders:
    """The clusters of each family by the actors of their first mention, in founding order.

    A mention fits a cluster only if it fits every member, the first among them; and it fits
    the first only if they share an actor on a side both name (`_sides_agree`). Looking up
    those actors, instead of trying every cluster of the family, keeps a day's run over one
    country's news from slowing down as the store fills.
    """

    def __init__(self) -> None:
        self.rank: dict[str, int] = {}
        self.named: dict[tuple[str, str, str], set[str]] = {}  # (family, side, actor) -> ids
        self.unnamed: dict[tuple[str, str], set[str]] = {}  # (family, side) -> ids

    def add(self, cid: str, founder: Item) -> None:
        self.rank[cid] = len(self.rank)
        for side, keys in (("source", founder.source), ("target", founder.target)):
            for key in keys:
                self.named.setdefault((founder.family, side, key), set()).add(cid)
            if not keys:
                self.unnamed.setdefault((founder.family, side), set()).add(cid)

    def candidates(self, item: Item) -> list[str]:
        """The clusters whose first mention the item may fit, in founding order."""
        found = self._sharing(item.family, item.source, item.target)
        if item.symmetric:
            found |= self._sharing(item.family, item.target, item.source)
        return sorted(found, key=self.rank.__getitem__)

    def _sharing(self, family: str, source: frozenset[str], target: frozenset[str]) -> set[str]:
        def naming(side: str, keys: frozenset[str]) -> set[str]:
            return set().union(*(self.named.get((family, side, key), ()) for key in keys))

        sources, targets = naming("source", source), naming("target", target)
        if source and target:
            return ((sources & targets) | (sources & self.unnamed.get((family, "target"), set()))
                    | (targets & self.unnamed.get((family, "source"), set())))
        return sources or targets


def cluster_batch(coded: list[CodedArticle]) -> list[CodedArticle]:
    """Set `cluster_id` on every event of the batch (mentions of one event within the batch)."""
    ids = assign(item_from_event(e) for item in coded for e in item.events)
    return [
        replace(item, events=tuple(amend(e, cluster_id=ids[e.event_id]) for e in item.events))
        for item in coded
    ]


ROW_COLUMNS = ("event_id", "article_id", "cameo_root", "source", "target", "date",
               "date_precision", "place", "cluster_id")


def cluster_events(connection, article_ids: Iterable[str]) -> int:
    """Let the stored events of these articles join clusters already in the store.

    Run after a batch is written: the batch's events are matched against older events of the
    same families and years (the only ones they can be compatible with), and their cluster ids
    updated in place. Returns how many events changed cluster.
    """
    ids = sorted(set(article_ids))
    columns = ", ".join(ROW_COLUMNS)
    new = _rows(connection, f"SELECT {columns} FROM events WHERE article_id IN "
                "(SELECT unnest(?::VARCHAR[]))", [ids])
    if not new:
        return 0
    items = [item_from_row(row) for row in new]
    roots = sorted({row["cameo_root"] for row in new} | {r for r, f in FAMILIES.items()
                                                          if f in {i.family for i in items}})
    years = sorted({str(y) for i in items if i.start for y in range(i.start.year - 1,
                                                                      i.end.year + 2)})
    old = _rows(connection, f"SELECT {columns} FROM events WHERE cluster_id IS NOT NULL AND "
                "article_id NOT IN (SELECT unnest(?::VARCHAR[])) AND cameo_root IN "
                "(SELECT unnest(?::VARCHAR[])) AND (date IS NULL OR substr(date, 1, 4) IN "
                f"(SELECT unnest(?::VARCHAR[]))) AND {_SHARES_AN_ACTOR} AND {_DAY_WITHIN}",
                [ids, roots, years, *_candidate_bounds(items)])
    assigned = assign(items, [item_from_row(row) for row in old])
    changed = {row["event_id"]: assigned[row["event_id"]] for row in new
               if assigned[row["event_id"]] != row["cluster_id"]}
    if changed:
        table = pa.table({"event_id": list(changed), "cluster_id": list(changed.values())})
        connection.register("reclustered", table)
        try:
            connection.execute("UPDATE events SET cluster_id = reclustered.cluster_id "
                               "FROM reclustered WHERE events.event_id = reclustered.event_id")
        finally:
            connection.unregister("reclustered")
    return len(changed)


# Only stored events that could be compatible are read back: one naming an actor of the batch
# and, when dated to the day, within the batch's dates. Without these bounds every batch would
# read all events of its families and years, and a run would slow down as its store grows.
_ACTOR_KEYS = ("list_transform(json_transform({side}, '[{{\"country\":\"VARCHAR\","
               "\"name\":\"VARCHAR\"}}]'), lambda actor: coalesce(actor.country, actor.name))")
_SHARES_AN_ACTOR = ("(list_has_any(" + _ACTOR_KEYS.format(side="source") + ", ?::VARCHAR[]) OR "
                    "list_has_any(" + _ACTOR_KEYS.format(side="target") + ", ?::VARCHAR[]))")
_DAY_WITHIN = "(? OR date_precision <> 'day' OR date BETWEEN ? AND ?)"


def _candidate_bounds(items: list[Item]) -> list:
    """Parameters of the two bounds: the batch's actor keys, and its span of days."""
    keys = sorted({key for item in items for key in item.source | item.target})
    if any(item.start is None for item in items):  # an undated event fits any date
        return [keys, keys, True, "", ""]
    first, last = min(item.start for item in items), max(item.end for item in items)
    lo = dt.date.fromordinal(max(1, first.toordinal() - DAY_SLACK))  # no overflow at year 1
    hi = dt.date.fromordinal(min(dt.date.max.toordinal(), last.toordinal() + DAY_SLACK))
    return [keys, keys, False, lo.isoformat(), hi.isoformat()]


def _rows(connection, query: str, params: list) -> list[dict]:
    cursor = connection.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# One row per cluster. The representative is the mention a reader should see first: asserted
# rather than attributed, the most precise date, the earliest report, the lead sentence.
SUMMARY_SQL = """
WITH mention AS (
    SELECT e.*, coalesce(a.outlet, a.source) AS outlet, a.published, a.url,
           a.source AS article_source, a.stored_at,
           row_number() OVER (
               PARTITION BY e.cluster_id
               ORDER BY (e.factuality = 'asserted') DESC,
                        CASE e.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1
                             WHEN 'month' THEN 2 WHEN 'season' THEN 3 WHEN 'year' THEN 4
                             ELSE 5 END,
                        a.published NULLS LAST, e.sentence_index, e.event_id) AS rank
    FROM events e LEFT JOIN articles a USING (article_id)
    WHERE e.cluster_id IS NOT NULL
)
SELECT cluster_id,
       any_value(event_id) FILTER (WHERE rank = 1) AS representative_id,
       count(*) AS mentions,
       count(DISTINCT outlet) AS outlets,
       count(DISTINCT article_id) AS articles,
       min(published) AS earliest_report,
       min(stored_at) AS first_stored,
       min(date) AS date_min,
       max(date) AS date_max,
       list_sort(list_distinct(list(cameo))) AS codes,
       list_sort(list_distinct(list(factuality))) AS factualities,
       bool_or(factuality = 'asserted') AND bool_or(factuality <> 'asserted')
           AS sources_disagree
FROM mention GROUP BY cluster_id
"""


def cluster_summaries(connection, cluster_ids: Iterable[str] | None = None) -> list[dict]:
    """Return one summary per cluster (all, or the given ones), most mentioned first."""
    query, params = f"SELECT * FROM ({SUMMARY_SQL}) s", []
    if cluster_ids is not None:
        query += " WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(sorted(set(cluster_ids)))
    return _rows(connection, query + " ORDER BY mentions DESC, cluster_id", params)
