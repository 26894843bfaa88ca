"""Tests of implicit place targets: an act with no target named is done to the place its own
phrase names, and an act of a place-aimed root (protest, coercion) at the state of the place it
happens in, wherever the clause names it (sentences of our own)."""

from __future__ import annotations

import shutil

import pytest

from newsevents.events import code_events
from newsevents.events.matching import recoded
from newsevents.events.patterns import (
    DATA,
    DOER_READINGS,
    GOAL_READINGS,
    load_patterns,
    load_place_roots,
)
from newsevents.records import Actor, Article, Mention
from tests.test_events import make_mentions

# Towns the bare model tags, read as the actors stage reads a site: a place mention standing
# for the state it lies in.
STATES = {"Kharkiv": ("Ukraine", "UKR"), "Odesa": ("Ukraine", "UKR"),
          "Mandalay": ("Myanmar", "MMR"), "Beijing": ("China", "CHN")}
# Crowds the bare model does not tag, read as the actors stage reads an agent noun.
CROWDS = ("Students", "Protesters", "protesters", "police")


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
    ("text", "root", "place", "state"),
    [
        # the goal of a sending ("to" parsed as a dative)
        ("Norway sent medical teams to Kharkiv.", "07", "Kharkiv", "Ukraine"),
        # what a withdrawal leaves
        ("The UN withdrew its peacekeepers from Odesa.", "16", "Odesa", "Ukraine"),
        # a place phrase the parser hangs on the act's object, not on the verb
        ("The agency suspended aid deliveries in Mandalay.", "16", "Mandalay", "Myanmar"),
    ],
)
def test_a_place_phrase_on_the_act_is_its_target_when_no_actor_is(
    nlp, patterns, codebook, text, root, place, state
):
    events = coded(nlp, patterns, codebook, text)
    assert (root, ((state, place, "place"),)) in targets(events)


@pytest.mark.parametrize(
    "text",
    [
        # talks are not aimed at the place they are held in
        "Students held talks in Beijing on Monday.",
        # nor is a statement about the place it was made in
        "Students said in Beijing on Monday that the talks had failed.",
        # a place named apart from the act, with no phrase on it, is no target outside the
        # roots aimed at their place (a protest is)
        "Students apologized on Monday, a day after the fire in Beijing.",
    ],
)
def test_a_venue_or_a_place_apart_from_the_act_is_no_target(nlp, patterns, codebook, text):
    events = coded(nlp, patterns, codebook, text)
    assert all(not e.target for e in events)
    assert all(a.kind != "place" for e in events for a in e.source)


def test_place_roots_read_their_place_as_aimed_or_venue(tmp_path):
    roots = load_place_roots()
    assert roots["14"] == roots["17"] == "aimed"
    assert roots["04"] == "venue"
    assert load_place_roots(readings=GOAL_READINGS) == {"09": "sent"}
    bad = tmp_path / "roots.csv"
    bad.write_text("root,reading,note\n14,elsewhere,not a reading\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a reading is one of"):
        load_place_roots(bad)


def test_place_roots_are_cameo_roots_or_three_digit_codes(tmp_path):
    assert load_place_roots()["042"] == "aimed"
    bad = tmp_path / "roots.csv"
    bad.write_text("root,reading,note\n1411,aimed,a code too fine\n", encoding="utf-8")
    with pytest.raises(ValueError, match="two digits"):
        load_place_roots(bad)


def test_a_visit_is_to_the_place_it_is_made_in(nlp, patterns, codebook):
    # a visit (042) reads its place as its target, where talks held in a place (04) do not
    events = coded(nlp, patterns, codebook, "Students arrived in Mandalay on Monday.")
    assert targets(events) == [("04", (("Myanmar", "Mandalay", "place"),))]


def test_a_month_is_no_march(nlp, patterns, codebook):
    # "March" in a date once coded a rally, which the one place in the sentence then aimed
    text = "The envoy spoke about the bombing in Kharkiv on March 22."
    events = coded(nlp, patterns, codebook, text)
    assert "14" not in [e.cameo_root for e in events]


def test_the_place_roots_come_from_the_pattern_folder(nlp, patterns, codebook, tmp_path):
    # a user's pattern folder reading root 14 as a venue aims no protest at the state of its place
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    roots = folder / "place_roots.csv"
    roots.write_text(roots.read_text(encoding="utf-8").replace("14,aimed,", "14,venue,"),
                     encoding="utf-8")
    text = "Protests erupted in Kharkiv overnight."
    aimed = ("14", (("Ukraine", "Kharkiv", "place"),))
    assert aimed in targets(coded(nlp, patterns, codebook, text))
    assert aimed not in targets(coded(nlp, load_patterns(folder, codebook), codebook, text))


def test_whose_act_a_passive_is_comes_from_the_root_readings(nlp, patterns, codebook, tmp_path):
    # place_roots.csv reads a passive coercion with no doer as the state of its place, and a
    # passive easing as the act of the side whose measure it was
    roots = load_place_roots(readings=DOER_READINGS)
    assert roots == {"08": "own measure", "16": "own measure", "17": "state", "14": "people"}
    assert patterns.doer_roots == roots and patterns.place_roots["17"] == "aimed"
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    path = folder / "place_roots.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("17,state,", "18,state,"),
                    encoding="utf-8")
    text = "Five journalists were arrested in Kharkiv on Monday."
    arrests = [e for e in coded(nlp, patterns, codebook, text) if e.cameo_root == "17"]
    assert [[a.country for a in e.source] for e in arrests] == [["UKR"]]
    arrests = [e for e in coded(nlp, load_patterns(folder, codebook), codebook, text)
               if e.cameo_root == "17"]
    assert [e.source for e in arrests] == [()]


def test_where_a_sending_aims_its_purpose_comes_from_the_root_readings(
    nlp, patterns, codebook, tmp_path
):
    # place_roots.csv reads an investigation a sending is made for as aimed at the sending's goal
    assert patterns.goal_roots == {"09": "sent"}
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    path = folder / "place_roots.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n09,sent,", "\n#09,sent,"),
                    encoding="utf-8")
    without = load_patterns(folder, codebook)
    assert without.goal_roots == {}
    text = "Canada sent experts to Kenya to investigate the Somali rebels."

    def investigated(patterns):
        return [[a.text for a in e.target] for e in coded(nlp, patterns, codebook, text)
                if e.cameo_root == "09"]

    assert investigated(patterns) == [["Kenya"]]
    assert investigated(without) != [["Kenya"]]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the place phrase hangs on the verb the event noun is the subject of
        ("Protests erupted in Kharkiv overnight.", "Kharkiv"),
        # the noun's own modifier names the crowd, and its phrase the place
        ("A student march in Mandalay turned violent.", "student"),
        # a passive light verb with its noun as subject
        ("A rally was held in Odesa on Sunday.", "Odesa"),
        # a stance names what the crowd is against, not who it is
        ("Anti-war protests erupted in Kharkiv overnight.", "Kharkiv"),
    ],
)
def test_a_protest_with_no_doer_is_held_by_the_civilians_of_its_place(
    nlp, patterns, codebook, text, written
):
    (event,) = [e for e in coded(nlp, patterns, codebook, text) if e.cameo_root == "14"]
    (source,) = event.source
    state = STATES[text.split(" in ")[1].split()[0].rstrip(".")]
    assert (source.text, source.country, source.sectors, source.basis) == (
        written, state[1], ("CVL",), "place")
    # the place still tells whom the protest is aimed at
    assert [a.country for a in event.target] == [state[1]]


def test_a_protest_with_a_doer_named_keeps_it(nlp, patterns, codebook):
    events = coded(nlp, patterns, codebook, "Protesters marched in Kharkiv on Sunday.")
    (event,) = [e for e in events if e.cameo_root == "14"]
    assert [(a.text, a.basis) for a in event.source] == [("Protesters", "")]


def test_an_event_noun_naming_an_actors_kind_is_no_event(nlp, patterns, codebook):
    # "riot police" are police, not a riot aimed at the state of the place
    events = coded(nlp, patterns, codebook, "Riot police were deployed in Mandalay.")
    assert "Riot" not in [e.trigger for e in events]



def test_a_toponym_the_gazetteer_does_not_know_is_the_act_s_place_target(
    nlp, patterns, codebook
):
    text = "The Nigerian army declared a state of siege in Zarvota."
    doc = nlp(text)
    # the actors stage reads no place in "Zarvota": only the tagger's entity names it
    mentions = tuple(m for m in placed(doc) if m.text != "Zarvota")
    events = code_events(doc, Article("test", text, "test"), mentions, patterns, codebook)
    siege = next(e for e in events if e.cameo == "1724")
    assert [(a.name, a.country, a.kind, a.basis) for a in siege.target] == [
        ("Zarvota", None, "place", "place")
    ]
    assert text[siege.target_span[0] : siege.target_span[1]] == "Zarvota"


def with_doers(doc, words: str, country: str, sectors: tuple[str, ...]) -> tuple[Mention, ...]:
    """Return the doc's mentions with the doers' words as an agent of a country, as the actors
    stage reads "Chilean miners"."""
    first = next(t.i for t in doc if t.text == words.split()[0])
    span = doc[first : first + len(words.split())]
    actor = Actor(name=words, text=words, country=country, sectors=sectors, kind="agent",
                  basis="modifier")
    doers = Mention(span.start, span.end, span.start_char, span.end_char, words, 0, actor)
    others = [m for m in make_mentions(doc) if m.end <= span.start or m.start >= span.end]
    return tuple(sorted([*others, doers], key=lambda m: m.start))


@pytest.mark.parametrize(
    ("text", "doers", "sectors", "expected", "span"),
    [
        # dissent with no target or place named is aimed at the doers' own government, which no
        # words name: the target span stays empty ...
        ("Chilean miners went on strike on Monday.", "Chilean miners", ("LAB",),
         [("CHL", ("GOV",), "home")], None),
        # ... or the thing protested against, which the pattern names
        ("Chilean teachers marched against the new pension law.", "Chilean teachers", ("EDU",),
         [("CHL", ("GOV",), "home")], "the new pension law"),
        # calling off a strike yields to the same government
        ("Chilean miners called off their strike on Friday.", "Chilean miners", ("LAB",),
         [("CHL", ("GOV",), "home")], None),
        # a government's protest is aimed abroad: its target is not itself
        ("The Chilean government staged a boycott of the summit.", "Chilean government",
         ("GOV",), [], None),
        # a state restricting political life at home acts on its own people
        ("The Chilean government imposed a state of emergency on Sunday.", "Chilean government",
         ("GOV",), [("CHL", ("CVL",), "home")], None),
        ("The Chilean army lifted the curfew on Sunday.", "Chilean army", ("MIL",),
         [("CHL", ("CVL",), "home")], None),
        # ... which people of no state's body do not
        ("Chilean miners imposed a curfew on Sunday.", "Chilean miners", ("LAB",), [], None),
    ],
)  # fmt: skip
def test_an_act_with_no_target_is_aimed_within_the_doers_own_country(
    nlp, patterns, codebook, text, doers, sectors, expected, span
):
    doc = nlp(text)
    mentions = with_doers(doc, doers, "CHL", sectors)
    (event,) = code_events(doc, Article("test", text, "test"), mentions, patterns, codebook)
    assert [(a.country, a.sectors, a.basis) for a in event.target] == expected
    assert (text[slice(*event.target_span)] if event.target_span else None) == span


def test_the_codes_aimed_at_home_come_from_their_file(nlp, patterns, codebook, tmp_path):
    assert patterns.home_codes["14"] == "people" and patterns.home_codes["1724"] == "state"
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    path = folder / "home_codes.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n14,people,", "\n#14,people,"),
                    encoding="utf-8")
    text = "Chilean miners went on strike on Monday."
    doc = nlp(text)
    mentions = with_doers(doc, "Chilean miners", "CHL", ("LAB",))
    events = code_events(doc, Article("test", text, "test"), mentions,
                         load_patterns(folder, codebook), codebook)
    assert [e.target for e in events if e.cameo_root == "14"] == [()]
    path.write_text("# provenance\ncode,doers,note\n14,crowd,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="doers is one of"):
        load_patterns(folder, codebook)


@pytest.mark.parametrize(
    ("text", "patient", "sectors", "expected"),
    [
        # a violent act told in the passive with no doer named was done by unidentified armed
        # forces of the country where it happened: its place's state ...
        ("A journalist was shot dead in Kharkiv on Tuesday.", "journalist", ("MED",),
         [("UKR", ("UAF",), "unnamed")]),
        # ... else the country of those it was done to
        ("Two Chilean journalists were killed on Monday.", "Chilean journalists", ("MED",),
         [("CHL", ("UAF",), "unnamed")]),
        # ... but not of soldiers, as often killed by the other side
        ("Two Chilean soldiers were killed on Monday.", "Chilean soldiers", ("MIL",), []),
        # "the attack" often tells again an act whose doer the article named elsewhere
        ("The attack killed two Chilean journalists.", "Chilean journalists", ("MED",), []),
    ],
)  # fmt: skip
def test_a_violent_act_with_no_doer_named_is_done_by_unidentified_forces(
    nlp, patterns, codebook, text, patient, sectors, expected
):
    doc = nlp(text)
    words = patient.split()
    first = next(t.i for t in doc if t.text == words[0])
    span = doc[first : first + len(words)]
    country = "CHL" if "Chilean" in patient else None
    actor = Actor(name=patient, text=patient, country=country, sectors=sectors, kind="agent")
    mentions = [m for m in placed(doc) if m.end <= span.start or m.start >= span.end]
    mentions.append(Mention(span.start, span.end, span.start_char, span.end_char, patient, 0,
                            actor))
    events = code_events(doc, Article("test", text, "test"),
                         tuple(sorted(mentions, key=lambda m: m.start)), patterns, codebook)
    (event,) = [e for e in events if e.cameo_root in ("18", "19", "20")]
    assert [(a.country, a.sectors, a.basis) for a in event.source] == expected
    assert event.source_span is None  # no words name them


def test_the_codes_with_unidentified_doers_come_from_their_file(codebook, tmp_path):
    assert recoded("1832", load_patterns(DATA, codebook).unnamed_doers) == ("UAF",)
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    (folder / "unnamed_doers.csv").write_text("# provenance\ncode,sectors,note\n19,uaf,\n",
                                              encoding="utf-8")
    with pytest.raises(ValueError, match="three-letter codes"):
        load_patterns(folder, codebook)
