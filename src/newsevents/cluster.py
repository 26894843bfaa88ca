"""Cluster: give mentions of the same real-world event one `cluster_id`.

First version: a cluster key made of the actors (either order for symmetric codes), the CAMEO
root, the date and its precision. The key is a content hash, so the same event coded in
different batches, runs or machines lands in the same cluster without a shared index.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.ids import content_hash
from newsevents.records import Actor, CodedArticle, Event

# Consultations and agreements are done with each other: A meets B is B meets A.
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})


def cluster_key(event: Event) -> str:
    """Return the key that mentions of one real-world event share."""
    source = _side(event.source)
    target = _side(event.target)
    if event.cameo_root in SYMMETRIC_ROOTS:
        source, target = sorted((source, target))
    return content_hash("cluster", source, target, event.cameo_root, event.date or "")


def cluster_batch(coded: list[CodedArticle]) -> list[CodedArticle]:
    """Set `cluster_id` on every event of the batch."""
    return [
        replace(item, events=tuple(replace(e, cluster_id=cluster_key(e)) for e in item.events))
        for item in coded
    ]


def _side(actors: tuple[Actor, ...]) -> str:
    return "+".join(sorted({actor.country or actor.name for actor in actors}))
