"""Tests of implicit place targets: an act of a place-aimed root (protest, coercion) with no
target named is aimed at the state of the place it happens in (sentences of our own)."""

from __future__ import annotations

import shutil

import pytest

from newsevents.events import code_events
from newsevents.events.patterns import DATA, load_patterns, load_place_roots
from newsevents.records import Actor, Article, Mention
from tests.test_events import make_mentions

# Towns the bare model tags, read as the actors stage reads a site: a place mention standing
# for the state it lies in.
STATES = {"Kharkiv": ("Ukraine", "UKR"), "Odesa": ("Ukraine", "UKR"),
          "Mandalay": ("Myanmar", "MMR"), "Beijing": ("China", "CHN")}
# Crowds the bare model does not tag, read as the actors stage reads an agent noun.
CROWDS = ("Students", "Protesters", "protesters")


def placed(doc) -> tuple[Mention, ...]:
    """Return the mentions of a doc with its towns as place mentions and its crowds as agents."""
    words = [t for t in doc if t.text in STATES or t.text in CROWDS]
    taken = {t.i for t in words}
    mentions = [m for m in make_mentions(doc) if not taken & set(range(m.start, m.end))]
    for token in words:
        name, country = STATES.get(token.text, (token.text, None))
        actor = Actor(name=name, text=token.text, country=country,
                      kind="place" if country else "agent", basis="gazetteer" if country else "")
        mentions.append(Mention(token.i, token.i + 1, token.idx, token.idx + len(token),
                                token.text, 0, actor))
    return tuple(sorted(mentions, key=lambda m: m.start))


def coded(nlp, patterns, codebook, text: str):
    doc = nlp(text)
    return code_events(doc, Article("test", text, "test"), placed(doc), patterns, codebook)


def targets(events) -> list[tuple[str, tuple[tuple[str, str, str], ...]]]:
    return [(e.cameo_root, tuple((a.name, a.text, a.basis) for a in e.target)) for e in events]


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        # the place phrase hangs on the event noun's verb
        ("Protests erupted in Kharkiv overnight.", "Kharkiv", "Ukraine"),
        # ... on the light verb that carries the event noun
        ("Students staged a rally in Mandalay on Sunday.", "Mandalay", "Myanmar"),
    ],
)
def test_a_protest_with_no_target_is_aimed_at_the_state_of_its_place(
    nlp, patterns, codebook, text, place, state
):
    events = coded(nlp, patterns, codebook, text)
    assert ("14", ((state, place, "place"),)) in targets(events)
    event = next(e for e in events if e.cameo_root == "14")
    assert text[slice(*event.target_span)] == place


def test_a_place_in_the_source_phrase_is_not_the_target(nlp, patterns, codebook):
    # the doers come from Odesa; where they protest, and against whom, is not said
    events = coded(nlp, patterns, codebook, "Protesters from Odesa staged a rally on Sunday.")
    assert [t for root, t in targets(events) if root == "14"] == [()]


def test_a_named_target_is_kept_over_the_place(nlp, patterns, codebook):
    events = coded(nlp, patterns, codebook, "Police arrested two protesters in Odesa.")
    assert all("place" not in [a.basis for a in e.target] for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # a place is never an ordinary target, even where a country would be one
        "Norway sent medical teams to Kharkiv.",
        # talks are not aimed at the place they are held in
        "Students held talks in Beijing on Monday.",
    ],
)
def test_a_place_is_no_target_outside_the_place_roots(nlp, patterns, codebook, text):
    events = coded(nlp, patterns, codebook, text)
    assert all(not e.target for e in events)
    assert all(a.kind != "place" for e in events for a in e.source)


def test_place_roots_are_two_digit_cameo_roots(tmp_path):
    assert {"14", "17"} <= load_place_roots()
    bad = tmp_path / "roots.csv"
    bad.write_text("root,note\n141,a code not a root\n", encoding="utf-8")
    with pytest.raises(ValueError, match="two digits"):
        load_place_roots(bad)


def test_a_month_is_no_march(nlp, patterns, codebook):
    # "March" in a date once coded a rally, which the one place in the sentence then aimed
    text = "The envoy spoke about the bombing in Kharkiv on March 22."
    events = coded(nlp, patterns, codebook, text)
    assert "14" not in [e.cameo_root for e in events]


def test_the_place_roots_come_from_the_pattern_folder(nlp, patterns, codebook, tmp_path):
    # a user's pattern folder without root 14 aims no protest at the state of its place
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    lines = (folder / "place_roots.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "place_roots.csv").write_text(
        "".join(line for line in lines if not line.startswith("14,")), encoding="utf-8"
    )
    text = "Protests erupted in Kharkiv overnight."
    aimed = ("14", (("Ukraine", "Kharkiv", "place"),))
    assert aimed in targets(coded(nlp, patterns, codebook, text))
    assert aimed not in targets(coded(nlp, load_patterns(folder, codebook), codebook, text))
