"""Exports: write stored events as PLOVER JSON Lines, GDELT 2.0 event TSV, CSV or Parquet.

Reads the store only; every format streams (DuckDB COPY, or batches of rows for PLOVER), so an
export never holds the whole result in memory. CSV and Parquet write the event mentions and,
beside them, one row per cluster (`<out stem>.clusters.<ext>`).
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from newsevents.analytics import Filters, where
from newsevents.cluster import SUMMARY_SQL, date_interval
from newsevents.codebook import Codebook, load_codebook
from newsevents.records import CODER_VERSION
from newsevents.store import EVENT_FIELDS, EVENT_JSON

FORMATS = ("plover", "gdelt", "csv", "parquet")
BATCH_ROWS = 5000

# GDELT 2.0 event table, in file order (GDELT event codebook, Sep 2016: 61 tab-separated columns).
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
# PLOVER v2 manual, "Data Fields": the named event fields, then the fields we add (the manual
# invites providers to add named fields). `attribution` is the chain of who said so (outlet
# first: speaker, cue, stance, speaker_country); `factuality` what that chain implies.
PLOVER_FIELDS = ("id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
                 "event", "event_loc", "event_text", "quad_code", "event_scale", "mode",
                 "context", "link", "text", "text_info", "cite_info", "coder", "coded_date",
                 "coded_time", "comment")
PLOVER_EXTENSIONS = ("attribution", "factuality", "modality", "date_precision", "cameo",
                     "size", "article_id")
# A county (admin2) has no level of its own in either format: it goes out at the first-level
# division's, its own name kept in the place name.
PLACE_RESOLUTION = {"city": 4, "admin2": 2, "admin1": 2, "country": 1}


def export(store_path: str | Path, format: str, out: str | Path,
           filters: Filters | None = None) -> int:
    """Write the store's events (filtered) to `out` in a format; return the rows written."""
    filters = filters or Filters()
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    connection = duckdb.connect(str(store_path), read_only=True)
    try:
        if format == "plover":
            return _plover(connection, Path(out), filters)
        if format == "gdelt":
            return _copy(connection, _gdelt_query(filters), Path(out),
                         "FORMAT csv, DELIMITER '\t', HEADER false")
        options = "FORMAT parquet" if format == "parquet" else "FORMAT csv, HEADER true"
        clause, params = where(filters)
        written = _copy(connection, (f"SELECT * FROM events {clause} "
                                     "ORDER BY date, article_id, sentence_index", params),
                        Path(out), options)
        clusters = (f"SELECT * FROM ({SUMMARY_SQL}) WHERE cluster_id IN "
                    f"(SELECT cluster_id FROM events {clause}) ORDER BY date_min, cluster_id")
        _copy(connection, (clusters, params), clusters_path(Path(out)), options)
        return written
    finally:
        connection.close()


def clusters_path(out: Path) -> Path:
    """Return where the cluster table of a CSV or Parquet export goes, beside `out`."""
    return out.with_name(f"{out.stem}.clusters{out.suffix}")


def _copy(connection, query: tuple[str, list], out: Path, options: str) -> int:
    sql, params = query
    # COPY streams from the query to the file; it also returns how many rows it wrote.
    return connection.execute(f"COPY ({sql}) TO '{_quoted(out)}' ({options})",
                              params).fetchone()[0]


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _gdelt_query(filters: Filters) -> tuple[str, list]:
    """One row per cluster: its representative mention, with the cluster's counts."""
    clause, params = where(filters)
    keep = (f"WHERE e.cluster_id IN (SELECT cluster_id FROM events {clause})"
            if clause else "")
    date = ("CASE WHEN length(e.date) >= 10 THEN e.date[:10] WHEN length(e.date) = 7 "
            "THEN e.date || '-01' WHEN length(e.date) = 4 THEN e.date || '-01-01' END")
    columns = [
        "('0x' || e.cluster_id[:15])::BIGINT",  # 60 bits of the cluster hash: stable id
        f"replace({date}, '-', '')::INTEGER",
        f"replace({date}[:7], '-', '')::INTEGER",
        f"{date}[:4]::INTEGER",
        f"round({date}[:4]::INTEGER + ({date}[6:7]::INTEGER * 30 + {date}[9:10]::INTEGER)"
        " / 365, 4)",
        *_gdelt_actor("e.source"), *_gdelt_actor("e.target"),
        "CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END",
        "e.cameo", "e.cameo[:3]", "e.cameo_root", "e.quad_class", "e.goldstein",
        "s.mentions", "s.outlets", "s.articles", "NULL",
        *(["NULL"] * 16),  # actor geography is not coded; only where the event took place
        *_gdelt_place("e.place"),
        "strftime(s.first_stored, '%Y%m%d%H%M%S')",
        "(SELECT coalesce(a.url, a.source) FROM articles a JOIN events m USING (article_id) "
        "WHERE m.cluster_id = e.cluster_id ORDER BY a.published NULLS LAST, a.article_id "
        "LIMIT 1)",
    ]
    body = ", ".join(f"{sql} AS {name}" for sql, name in zip(columns, GDELT_COLUMNS, strict=True))
    return (f"SELECT {body} FROM ({SUMMARY_SQL}) s JOIN events e "
            f"ON e.event_id = s.representative_id {keep} ORDER BY 2, 1", params)


def _clean(sql: str) -> str:
    # Tabs, newlines and quotes would break the unquoted TSV that GDELT readers expect.
    return f"nullif(regexp_replace({sql}, '[\\t\\n\\r\"]+', ' ', 'g'), '')"


def _gdelt_actor(side: str) -> list[str]:
    first = f"{side} -> 0"
    country = f"{first} ->> 'country'"
    sector = [f"{first} -> 'sectors' ->> {i}" for i in range(3)]
    return [
        _clean(f"coalesce({country}, '') || coalesce({sector[0]}, '')"),
        _clean(f"upper({first} ->> 'name')"), country,
        "NULL", "NULL", "NULL", "NULL",  # group, ethnic and religion codes are not coded
        *sector,
    ]


def _gdelt_place(place: str) -> list[str]:
    # GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    kind = (f"CASE {place} ->> 'precision' WHEN 'country' THEN 1 "
            f"WHEN 'admin1' THEN CASE WHEN {place} ->> 'country' = 'USA' THEN 2 ELSE 5 END "
            f"WHEN 'admin2' THEN CASE WHEN {place} ->> 'country' = 'USA' THEN 2 ELSE 5 END "
            f"WHEN 'city' THEN CASE WHEN {place} ->> 'country' = 'USA' THEN 3 ELSE 4 END END")
    name = _clean(f"concat_ws(', ', {place} ->> 'name', {place} ->> 'admin1', "
                  f"{place} ->> 'country')")
    # GDELT wants FIPS 10-4 country and ADM1 codes; the gazetteer holds ISO codes and names,
    # so those columns stay empty rather than hold codes of the wrong standard.
    return [kind, name, "NULL", "NULL", "NULL", f"({place} ->> 'lat')::DOUBLE",
            f"({place} ->> 'lon')::DOUBLE", f"{place} ->> 'geonames_id'"]


def _plover(connection, out: Path, filters: Filters) -> int:
    clause, params = where(filters)
    query = (f"SELECT e.{', e.'.join(EVENT_FIELDS)}, a.outlet, a.url, a.title, a.published, "
             f"a.source AS article_source FROM events e LEFT JOIN articles a USING (article_id) "
             f"{clause} ORDER BY e.date, e.article_id, e.sentence_index")
    written = 0
    # A record batch reader streams the result; only one batch of rows is in Python at a time.
    reader = connection.sql(query, params=params).to_arrow_reader(BATCH_ROWS)
    codebook = load_codebook()
    with out.open("w", encoding="utf-8") as handle:
        for batch in reader:
            for row in batch.to_pylist():
                handle.write(json.dumps(plover_record(row, codebook), ensure_ascii=False) + "\n")
            written += batch.num_rows
    return written


def plover_record(row: dict, codebook: Codebook) -> dict:
    """Return the PLOVER record of one stored event row (with its article's columns).

    Sectors are written in PLOVER's codes, which renamed some of CAMEO's: media are "JRN" and
    health "MED" (`data/cameo/plover_sectors.csv`).
    """
    loaded = {name: json.loads(row[name]) if isinstance(row.get(name), str) else row.get(name)
              for name in EVENT_JSON}
    interval = date_interval(row["date"], row["date_precision"] or "none")
    record = {
        "id": row["event_id"],
        "has_event": True,
        # The manual wants a full date; a month or a week becomes its first and last day.
        "date": interval[0].isoformat() if interval else None,
        "actor": [_plover_entity(a, codebook) for a in loaded["source"] or []],
        "recipient": [_plover_entity(a, codebook) for a in loaded["target"] or []],
        "event": [row["plover_type"]] if row["plover_type"] else [],
        "event_text": [row["trigger"]],
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],  # the CAMEO Goldstein score of the code
        "mode": [row["plover_mode"]] if row["plover_mode"] else [],
        "link": row["cluster_id"],  # mentions of one real-world event share it
        "text_info": {"sequence": row["sentence_index"],
                      "start": (loaded["trigger_span"] or [None])[0],
                      "end": (loaded["trigger_span"] or [None, None])[1]},
        "cite_info": {"url": row.get("url"), "title": row.get("title"),
                      "publication": row.get("outlet"), "citation": row.get("article_source"),
                      "language": "en", "coder": f"newsevents {row['coder_version']}",
                      "codebook": "CAMEO 1.1b3 mapped to PLOVER", "version": CODER_VERSION},
        "coder": "newsevents",
        "attribution": loaded["attribution"] or [],
        "factuality": row["factuality"],
        "modality": row["modality"],
        "date_precision": row["date_precision"],
        "cameo": row["cameo"],
        "article_id": row["article_id"],
    }
    if interval and interval[1] != interval[0]:
        record["enddate"] = interval[1].isoformat()
    if loaded["place"]:
        record["event_loc"] = _plover_place(loaded["place"])
    if row["fatalities"] is not None or row["injured"] is not None:
        record["size"] = {"dead": row["fatalities"], "injured": row["injured"]}
    return record


def _plover_entity(actor: dict, codebook: Codebook) -> dict:
    code = codebook.plover_country(actor.get("country"), actor["name"], actor.get("kind", ""),
                                   actor.get("sectors") or [])
    entity = {"code": code, "entity_text": actor.get("text") or actor["name"],
              "identifier_text": actor["name"]}
    sectors = codebook.plover_sectors(actor.get("sectors") or [])
    if sectors:
        entity["sector"] = sectors[0]
    if actor.get("role"):
        entity["office"] = actor["role"]
    return entity


def _plover_place(place: dict) -> dict:
    return {"extracted_place": place.get("text") or place["name"],
            "resolved_place": place["name"], "geonameid": place.get("geonames_id"),
            "lat": place.get("lat"), "lon": place.get("lon"), "province": place.get("admin1"),
            "country_code": place.get("country"),
            "resolution": PLACE_RESOLUTION.get(place.get("precision"))}
