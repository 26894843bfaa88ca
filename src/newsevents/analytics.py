"""Analytics: parameterised DuckDB queries over the store — dyad history, last contact, top lists.

Every query counts events, not mentions: the reports of one clustered event count once (the
first by event id stands for the cluster), and negated, denied and hypothetical events are left
out, since they did not happen as far as the text says.
"""

from __future__ import annotations

from dataclasses import dataclass

# Factualities that describe something that did not (or not yet) happen.
NOT_HAPPENED = ("negated", "denied", "hypothetical")
# Consultations (04x) by default: meetings, calls, visits — what "last contact" means in diplomacy.
CONTACT_CODES = ("04",)


@dataclass(frozen=True)
class Filters:
    """Which events a query or export reads: actor, CAMEO code prefix and date range."""

    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None


def actor_clause(side: str, actor: str) -> tuple[str, list]:
    """Return SQL (and parameters) matching one side (source/target) against an actor.

    Three capital letters are a country: `contains` on the ';'-joined ISO3 codes is exact (a
    separator can never sit inside a match) and several times faster than splitting every row
    or lower-casing names. Anything else matches part of an actor's name, ignoring case.
    """
    if len(actor) == 3 and actor.isalpha() and actor.isupper():
        return f"contains({side}_country, ?)", [actor]
    return f"contains(lower({side}_name), lower(?))", [actor]


def where(filters: Filters) -> tuple[str, list]:
    """Return a WHERE clause (or '') and its parameters for the filters."""
    clauses, params = [], []
    if filters.actor:
        source, source_params = actor_clause("source", filters.actor)
        target, target_params = actor_clause("target", filters.actor)
        clauses.append(f"({source} OR {target})")
        params += source_params + target_params
    if filters.code:
        clauses.append("starts_with(cameo, ?)")
        params.append(filters.code)
    if filters.since:
        # A partial date ("2022-10") is kept when its period reaches the bound.
        clauses.append("date >= substr(?, 1, length(date))")
        params.append(filters.since)
    if filters.until:
        clauses.append("date <= ?")
        params.append(filters.until)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _dyad(a: str, b: str) -> tuple[str, list]:
    (source_a, pa), (target_b, pb) = actor_clause("source", a), actor_clause("target", b)
    (source_b, qb), (target_a, qa) = actor_clause("source", b), actor_clause("target", a)
    sql = f"(({source_a} AND {target_b}) OR ({source_b} AND {target_a}))"
    return sql, [*pa, *pb, *qb, *qa]


def _happened() -> str:
    return f"coalesce(factuality, 'asserted') NOT IN {NOT_HAPPENED!r}"


def _one_per_cluster(condition: str) -> str:
    return (f"SELECT * FROM events WHERE {condition} AND {_happened()} QUALIFY row_number() "
            "OVER (PARTITION BY coalesce(cluster_id, event_id) ORDER BY event_id) = 1")


def dyad_history(connection, a: str, b: str, since: str | None = None,
                 until: str | None = None) -> list[dict]:
    """Return events between two actors by month, both directions, with Goldstein and quad sums."""
    dyad, params = _dyad(a, b)
    (from_a, pa), (from_b, pb) = actor_clause("source", a), actor_clause("source", b)
    bounds, extra = where(Filters(since=since, until=until))
    condition = dyad + (" AND " + bounds.removeprefix("WHERE ") if bounds else "")
    query = f"""
        SELECT substr(date, 1, 7) AS month,
               count(*) AS events,
               count(*) FILTER (WHERE {from_a}) AS from_a,
               count(*) FILTER (WHERE {from_b}) AS from_b,
               round(sum(goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM ({_one_per_cluster(condition)})
        WHERE date IS NOT NULL AND length(date) >= 7
        GROUP BY month ORDER BY month"""
    return _dicts(connection, query, [*pa, *pb, *params, *extra])


def last_contact(connection, a: str, b: str, before: str,
                 codes: tuple[str, ...] = CONTACT_CODES) -> dict | None:
    """Return the latest event between two actors before a date among the code prefixes."""
    dyad, params = _dyad(a, b)
    prefixes = " OR ".join("starts_with(cameo, ?)" for _ in codes)
    query = f"""
        SELECT date, cameo, cameo_name, source_name, target_name, factuality, cluster_id,
               event_id, article_id, sentence
        FROM events
        WHERE {dyad} AND ({prefixes}) AND date < ? AND {_happened()}
        ORDER BY date DESC, event_id LIMIT 1"""
    found = _dicts(connection, query, [*params, *codes, before])
    return found[0] if found else None


def top_actors(connection, filters: Filters | None = None, limit: int = 10) -> list[dict]:
    """Return the actors (country code, else name) in the most events, as source or target."""
    clause, params = where(filters or Filters())
    condition = clause.removeprefix("WHERE ") or "true"
    query = f"""
        WITH picked AS ({_one_per_cluster(condition)}),
        sides AS (
            SELECT event_id, unnest(string_split(coalesce(source_country, source_name), ';'))
                   AS actor, 'source' AS side FROM picked
            UNION ALL
            SELECT event_id, unnest(string_split(coalesce(target_country, target_name), ';')),
                   'target' FROM picked)
        SELECT trim(actor) AS actor, count(DISTINCT event_id) AS events,
               count(*) FILTER (WHERE side = 'source') AS as_source,
               count(*) FILTER (WHERE side = 'target') AS as_target
        FROM sides WHERE actor IS NOT NULL AND trim(actor) <> ''
        GROUP BY 1 ORDER BY events DESC, actor LIMIT ?"""
    return _dicts(connection, query, [*params, int(limit)])


def top_codes(connection, filters: Filters | None = None, limit: int = 10) -> list[dict]:
    """Return the CAMEO codes of the most events, with their names and Goldstein sums."""
    clause, params = where(filters or Filters())
    condition = clause.removeprefix("WHERE ") or "true"
    query = f"""
        SELECT cameo, any_value(cameo_name) AS name, count(*) AS events,
               round(sum(goldstein), 2) AS goldstein
        FROM ({_one_per_cluster(condition)})
        GROUP BY cameo ORDER BY events DESC, cameo LIMIT ?"""
    return _dicts(connection, query, [*params, int(limit)])


def _dicts(connection, query: str, params: list) -> list[dict]:
    cursor = connection.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
