"""Tests of the learned cue detector: shipped model, loading, and the frames it adds."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from newsevents.attribution import attribute_events, find_frames, find_quotes, load_cues
from newsevents.attribution.detector import (
    CONTENT_DEPS,
    MODEL,
    POSITIVE,
    content_heads,
    cue_features,
    is_candidate,
    load_classes,
    load_detector,
)
from newsevents.records import Actor, Frame

from .test_attribution import ARTICLE, make_event


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def frames(nlp, cues, text: str):
    doc = nlp(text)
    return doc, find_frames(doc, (), cues)


def test_shipped_model_is_small_and_has_a_threshold():
    detector = load_detector()
    assert detector is not None
    assert MODEL.stat().st_size < 20_000_000
    assert 0.0 < detector.threshold < 1.0
    assert POSITIVE in detector.model.labels


def test_only_the_shipped_lexicon_brings_the_model(tmp_path):
    (tmp_path / "cues.csv").write_text("cue,kind,stance,note\nsay,verb,neutral,\n")
    assert load_cues().detector is not None
    assert load_cues(tmp_path).detector is None
    assert load_cues(tmp_path, learned=True).detector is not None


def test_fast_score_agrees_with_the_model(nlp, cues):
    doc = nlp("Residents grumbled that the buses were late, and the council promised to act.")
    detector, text = cues.detector, doc.text
    cut = math.log(detector.threshold / (1 - detector.threshold))
    for token in (t for t in doc if is_candidate(t, text)):
        features = cue_features(token, text, detector.classes)
        probability = detector.model.probabilities(features)[POSITIVE]
        if abs(math.log(probability / (1 - probability)) - cut) > 1e-3:  # float16 rounding
            assert detector.is_cue(token, text) == (probability >= detector.threshold)


def test_content_heads_read_from_the_arrays_are_the_words_with_content_children(nlp):
    # left and right children, a root with none of its own: the signed head offsets matter
    doc = nlp("After the vote, the mayor told reporters that the plan, which critics opposed, "
              "would go ahead.")
    text, with_content = doc.text, content_heads(doc)
    walked = {t.i for t in doc if any(c.dep_ in CONTENT_DEPS for c in t.children)}
    assert with_content == walked and walked
    assert [is_candidate(t, text, with_content) for t in doc] == [
        is_candidate(t, text) for t in doc
    ]


def test_word_classes_load_and_fail_clearly(tmp_path):
    classes = load_classes()
    assert classes["verb", "say"][0] == "verb.communication"
    bad = tmp_path / "classes.csv"
    bad.write_text("# test\nword,pos,first,classes\nsay,adverb,x,x\n")
    with pytest.raises(ValueError, match="classes.csv:3"):
        load_classes(bad)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "said"),
    [
        ("Residents grumbled that the buses were always late.", "grumbled", "Residents",
         "that the buses were always late"),
        ("The coach scoffed that the rumours were nonsense.", "scoffed", "coach",
         "that the rumours were nonsense"),
    ],
)
def test_model_finds_a_cue_the_lexicon_lacks(nlp, cues, text, cue, speaker, said):
    assert cues.verb(cue.rstrip("ed")) is None and cues.verb(cue[:-1]) is None
    doc, found = frames(nlp, cues, text)
    frame = next(f for f in found if f.cue == cue)
    assert frame.basis == "model"
    assert frame.stance == "neutral"
    assert frame.speaker == speaker
    assert doc.text[frame.content_span[0] : frame.content_span[1]] == said
    _, rules_only = frames(nlp, replace(cues, detector=None), text)
    assert not any(f.cue == cue for f in rules_only)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers planted wheat in the northern fields.",
        "The bridge over the river collapsed after the storm.",
    ],
)
def test_model_leaves_acts_alone(nlp, cues, text):
    _, found = frames(nlp, cues, text)
    assert not found


def test_lexicon_frames_say_so(nlp, cues):
    _, found = frames(nlp, cues, "The minister said that talks would resume.")
    assert [f.basis for f in found] == ["lexicon"]


def test_an_unknown_verbs_object_sources_no_event():
    text = "Reuters unleashed an attack on the port. The mayor grumbled that troops shelled it."
    attack = make_event(text, "attack", source=(Actor(name="Reuters", kind="media"),))
    shelled = make_event(text, "shelled")
    unleashed = make_event(text, "unleashed", source=(Actor(name="Reuters", kind="media"),))
    grumbled = text.index("grumbled")
    frames = (
        Frame(cue="unleashed", cue_lemma="unleash", stance="neutral", cue_span=(8, 17),
              speaker="Reuters", speaker_span=(0, 7), content_span=(18, 39), sentence_index=0,
              basis="model-object"),
        Frame(cue="grumbled", cue_lemma="grumble", stance="neutral",
              cue_span=(grumbled, grumbled + 8), speaker="mayor", speaker_span=None,
              content_span=(grumbled + 9, len(text) - 1), sentence_index=1, basis="model"),
    )
    coded = attribute_events([attack, shelled, unleashed], frames, ARTICLE)
    assert [(e.trigger, e.factuality) for e in coded] == [
        ("attack", "asserted"), ("shelled", "reported"), ("unleashed", "asserted")
    ]
    assert [link.basis for link in coded[1].attribution] == ["", "model"]


def test_cue_features_read_speaker_object_and_quotation(nlp, cues):
    text = 'A Microsoft spokesman grumbled at the remark. "We bristle at delays," the clerk added.'
    doc = nlp(text)
    quotes = tuple(find_quotes(text))
    classes = cues.detector.classes
    grumbled = next(t for t in doc if t.lower_ == "grumbled")
    bristle = next(t for t in doc if t.lower_ == "bristle")
    outside = cue_features(grumbled, text, classes, quotes)
    assert "inside-quote=False" in outside
    assert "subject-names=True" in outside
    assert "prep-object-class=noun.communication" in outside
    inner = cue_features(bristle, text, classes, quotes)
    assert "inside-quote=True" in inner
    assert "subject-names=False" in inner


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The bishop opined on the future of the church.", "opined on",
         "the future of the church"),
        ("Local farmers grumbled about the price of diesel.", "grumbled about",
         "the price of diesel"),
    ],
)
def test_model_cue_reports_what_its_preposition_takes(nlp, cues, text, cue, said):
    doc, found = frames(nlp, cues, text)
    frame = next(f for f in found if f.cue == cue)
    assert doc.text[frame.content_span[0] : frame.content_span[1]] == said
    assert frame.basis == "model-object"  # a topic, maybe an act: it sources no event


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke at a rally on Tuesday about the price of diesel.",  # a place first
        "The senator spoke on Tuesday.",  # a date is when, not what
        "The mayor grumbled on Twitter.",  # a medium is where
        "Local farmers grumbled on Facebook about the price of diesel.",
    ],
)
def test_model_cue_takes_no_scene_for_its_topic(nlp, cues, text):
    _, found = frames(nlp, cues, text)
    assert not found


def judged_frame(nlp, cues, text: str, cue: str):
    """Return the content text and the frame the detector gave a cue that no rule frames (the
    rules alone find nothing in the text)."""
    doc, found = frames(nlp, cues, text)
    frame = next(f for f in found if f.cue == cue)
    _, rules_only = frames(nlp, replace(cues, detector=None), text)
    assert not rules_only
    return doc.text[frame.content_span[0] : frame.content_span[1]], frame


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("Critics have called the minister's response to the floods a disgrace.", "have called",
         "the minister's response to the floods a disgrace"),
        ("The union leader called the company's offer an insult to every worker.", "called",
         "the company's offer an insult to every worker"),
    ],
)
def test_model_judges_a_naming_cue_whose_label_the_parser_hid(nlp, cues, text, cue, said):
    # the parser gives no second object or "as" phrase, so the naming rule sees no label
    content, frame = judged_frame(nlp, cues, text, cue)
    assert content == said
    assert (frame.basis, frame.stance) == ("model-object", "distancing")  # the lexicon's stance


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The board decided not to renew the contract of the coach.", "decided",
         "not to renew the contract of the coach"),
        ("The regulators didn't know what to make of the new rules.", "didn't know",
         "what to make of the new rules"),
    ],
)
def test_model_judges_a_cue_verbs_infinitive(nlp, cues, text, cue, said):
    # "decide" and "know" take a clause in the lexicon; their infinitive is what they report
    content, frame = judged_frame(nlp, cues, text, cue)
    assert content == said
    assert frame.basis == "model-object"  # maybe an act, not a claim: it sources no event


def test_model_takes_no_unknown_verbs_infinitive(nlp, cues):
    _, found = frames(nlp, cues, "The villagers voted to close the market.")
    assert not found


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The general warned against a hasty withdrawal from the region.", "warned against",
         "a hasty withdrawal from the region"),
        ("The two parties agreed on a plan to fund the schools.", "agreed on",
         "a plan to fund the schools"),
    ],
)
def test_model_judges_a_cue_verb_on_its_topic(nlp, cues, text, cue, said):
    # "warn" and "agree" are cue verbs of the lexicon, which has no row for these prepositions
    content, frame = judged_frame(nlp, cues, text, cue)
    assert content == said
    assert frame.basis == "model-object"
