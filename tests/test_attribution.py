"""Tests of the attribution stage: cue lexicon, reporting frames, chains and factuality."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsevents.attribution import (
    STANCES,
    UNNAMED,
    attribute_events,
    factuality,
    find_frames,
    find_quotes,
    load_cues,
)
from newsevents.attribution.chains import NOT_SOURCING_BASES, cue_basis
from newsevents.attribution.speakers import speaker_chars
from newsevents.attribution.verbs import object_content
from newsevents.records import Actor, Article, Attribution, Event, Frame, Mention

from .conftest import EXAMPLE

MEDIA = {"TASS", "Le Monde", "Reuters"}


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def mentions_of(doc, actors: dict[str, Actor] | None = None) -> tuple[Mention, ...]:
    """Build mentions from the model's entities, as the actors stage would, plus given ones."""
    sents = list(doc.sents)

    def sent_of(i: int) -> int:
        return next(n for n, s in enumerate(sents) if s.start <= i < s.end)

    found = [
        Mention(e.start, e.end, e.start_char, e.end_char, e.text, sent_of(e.start),
                Actor(name=e.text, text=e.text, kind="media" if e.text in MEDIA else ""))
        for e in doc.ents
    ]
    for token in doc:
        actor = (actors or {}).get(token.text)
        if actor is not None:
            found.append(Mention(token.i, token.i + 1, token.idx, token.idx + len(token),
                                 token.text, sent_of(token.i), actor))
    return tuple(found)


def frames_of(nlp, cues, text: str, actors: dict[str, Actor] | None = None):
    doc = nlp(text)
    return doc, find_frames(doc, mentions_of(doc, actors), cues)


def content(doc, frame: Frame) -> str:
    return doc.text[frame.content_span[0] : frame.content_span[1]]


def only(frames, cue: str) -> Frame:
    matching = [f for f in frames if f.cue == cue]
    assert len(matching) == 1, [(f.cue, f.speaker) for f in frames]
    return matching[0]


# --- the cue lexicon -------------------------------------------------------------------------


def test_frames_found_with_the_text_given_are_those_found_from_the_doc(nlp, cues):
    # the pipeline hands the article's text over rather than have spaCy join it again
    doc = nlp("The minister said the talks would resume, according to state media.")
    frames = find_frames(doc, (), cues, text=doc.text)
    assert frames and frames == find_frames(doc, (), cues)


def test_shipped_lexicon_has_every_stance_and_kind(cues):
    assert {c.stance for c in cues.cues} == set(STANCES)
    assert {"verb", "noun", "adverb", "prep-phrase", "phrase"} <= {c.kind for c in cues.cues}
    assert cues.word("verb", "Claim").stance == "distancing"
    assert cues.word("verb", "condemn") is None
    assert cues.verb("condemn").stance == "evaluative"
    assert cues.verb("urge").stance == "directive"
    assert cues.verb(cues.lemma("hop", "hoping")).cue == "hope"
    assert cues.lemma("say", "said") == "say"
    assert cues.verb("want").kind == "verb-object"
    assert cues.word("verb-prep", "point to").stance == "neutral"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("say,verb,sceptical,", "unknown stance 'sceptical'"),
        ("say,gesture,neutral,", "unknown kind 'gesture'"),
        ("according to,verb,neutral,", "a verb cue is one word"),
        (",verb,neutral,", "empty cue"),
        ("say,verb", "expected 4 columns"),
        ("call,verb-prep,neutral,", "a verb-prep cue is a word and a preposition"),
        ("support,noun-prep,neutral,", "a noun-prep cue is a word and a preposition"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "cues.csv"
    path.write_text(f"# provenance\ncue,kind,stance,note\ntell,verb,neutral,\n{row}\n", "utf-8")
    with pytest.raises(ValueError, match=f"cues.csv:4: {message}"):
        load_cues(path)


def test_wrong_header_is_rejected(tmp_path):
    path = tmp_path / "cues.csv"
    path.write_text("# provenance\nword,stance\nsay,neutral\n", "utf-8")
    with pytest.raises(ValueError, match="cues.csv:2: header"):
        load_cues(path)


def test_user_folder_extends_lexicon(tmp_path):
    (tmp_path / "extra.csv").write_text("cue,kind,stance,note\nmutter,verb,hedged,\n", "utf-8")
    assert load_cues(tmp_path).word("verb", "mutter").stance == "hedged"


# --- quotes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "no" and "yes".', ['"no"', '"yes"']),
        ("“One.\n\n“Two,” she said.", ["“One.\n\n“Two,”"]),
        ("“Unclosed paragraph.\n\nPlain text.", ["“Unclosed paragraph."]),
        ("''Yes,'' he said, ``no''.", ["''Yes,''", "``no''"]),
        # a paragraph opened with another kind of mark starts a quote of its own
        ('"Unclosed straight.\n\n“Curly,” she said.', ['"Unclosed straight.', "“Curly,”"]),
    ],
)
def test_find_quotes(text, quoted):
    assert [text[a:b] for a, b in find_quotes(text)] == quoted


# --- frames, one form at a time --------------------------------------------------------------

FORMS = [
    # (text, cue, speaker, stance, content)
    ("The army said that the bridge was destroyed.", "said", "army", "neutral",
     "that the bridge was destroyed"),
    ("The governor said the curfew would end on Friday.", "said", "governor", "neutral",
     "the curfew would end on Friday"),
    ("The envoy told reporters the talks had stalled.", "told", "envoy", "neutral",
     "the talks had stalled"),
    ("The rebels claimed that they shot down a helicopter.", "claimed", "rebels", "distancing",
     "that they shot down a helicopter"),
    ("The police denied that officers used tear gas.", "denied", "police", "denying",
     "that officers used tear gas"),
    ("The ministry confirmed that two sailors were detained.", "confirmed", "ministry",
     "confirming", "that two sailors were detained"),
    ("The president insisted that the troops would stay.", "insisted", "president", "emphatic",
     "that the troops would stay"),
    ("According to the coast guard, the ferry sank near the island.", "According to",
     "the coast guard", "neutral", "the ferry sank near the island"),
    ("The ferry sank near the island, according to officials.", "according to",
     "officials", "neutral", "The ferry sank near the island"),
    ("Troops shelled the port overnight, the newspaper reported on Sunday.", "reported",
     "newspaper", "neutral", "Troops shelled the port overnight"),
    ("“We will not leave,” the farmer said.", "said", "farmer", "neutral",
     "“We will not leave,”"),
    # A colon that opens the quote belongs to the cue, as in PolNeAR's span convention.
    ("The mayor said: “The water is safe.”", "said:", "mayor", "neutral",
     "“The water is safe.”"),
    ("The union said in a statement that the strike would go on.", "said in a statement",
     "union", "neutral", "that the strike would go on"),
    ("The pilot however said the runway was clear.", "said", "pilot", "neutral",
     "the runway was clear"),
    ("The farmers want the dam to stay.", "want", "farmers", "distancing",
     "the dam to stay"),
    ("The coach vowed to rebuild the team.", "vowed", "coach", "emphatic",
     "to rebuild the team"),
    ("The senator described the vote as a turning point.", "described", "senator", "neutral",
     "the vote as a turning point"),
    ("The critic called the bridge an eyesore.", "called", "critic", "distancing",
     "the bridge an eyesore"),
    ("The doctor pointed to the falling infection rate.", "pointed to", "doctor", "neutral",
     "the falling infection rate"),
    # What a text says: a sign, a letter or a statement "reads" its quote.
    ("One banner read “No more war,” and another called for talks.", "read", "One banner",
     "neutral", "“No more war,”"),
    ("The mayor pointed out that the budget was balanced.", "pointed out", "mayor", "neutral",
     "that the budget was balanced"),
    ("“The dam held,” the engineer said, “but the road is gone.”", "said", "engineer",
     "neutral", "“The dam held,” the engineer said, “but the road is gone.”"),
    ("The strikers, he said, had blocked the gates.", "said", "he", "neutral",
     "The strikers, he said, had blocked the gates"),
    ("The minister has also said that the port stays closed.", "has also said", "minister",
     "neutral", "that the port stays closed"),
    ("“The harvest failed,” said Anna Berg.", "said", "Anna Berg", "neutral",
     "“The harvest failed,”"),
    ("Novak: talks were useful", ":", "Novak", "neutral", "talks were useful"),
    # Colon forms: a title before the name, a transcript speaker, a quote over two sentences.
    ("Farm economist Dana Whitfield: “Grain prices will fall. Growers should hedge now.”", ":",
     "Dana Whitfield", "neutral",
     "“Grain prices will fall. Growers should hedge now.”"),
    ("MAYOR: The floods showed how much work remains.", ":", "MAYOR", "neutral",
     "The floods showed how much work remains"),
    # A cue that shares the subject of the verb it hangs on.
    ("The coach won applause by saying the club would stay in town.", "saying", "coach",
     "neutral", "the club would stay in town"),
    # "say" and "write" report an object too, not only a clause.
    ("The judge said something odd.", "said", "judge", "neutral", "something odd"),
    # A parenthetical "continued" after a quote, as a verb of saying.
    ("“The levee will hold,” the engineer continued.", "continued", "engineer", "neutral",
     "“The levee will hold,”"),
    # A light verb and adjective as one cue, with the speaker of the verb.
    ("The mayor made it clear that the bridge would stay closed.", "made it clear", "mayor",
     "emphatic", "that the bridge would stay closed"),
    # "when" opens the clause and stays out of the cue; the question frames no host clause.
    ("When asked about the flooding, the engineer said the dam was safe.", "said", "engineer",
     "neutral", "the dam was safe"),
    # An object-taking cue reports its object, not a quotation standing next to it.
    ("“We are ready,” she said. The mayor described the plan as sound.", "described",
     "mayor", "neutral", "the plan as sound"),
    ("The opposition made allegations that the count was rigged.", "allegations",
     "opposition", "distancing", "that the count was rigged"),
    # A date after an object content dates the report, not what is reported; a clause keeps
    # its own date.
    ("The mayor endorsed Maria Lopez for governor on Thursday.", "endorsed", "mayor",
     "evaluative", "Maria Lopez for governor"),
    ("Union leaders praised the agreement on Monday morning.", "praised", "Union leaders",
     "evaluative", "the agreement"),
    ("Officials said the bridge had reopened on Sunday.", "said", "Officials", "neutral",
     "the bridge had reopened on Sunday"),
    # So does the medium it was said through; a clause keeps its own.
    ("The senator praised the court's ruling on Twitter.", "praised", "senator",
     "evaluative", "the court's ruling"),
    ("The mayor criticized the new parking fees in a video.", "criticized", "mayor",
     "evaluative", "the new parking fees"),
    ("She said she would announce her decision in a video.", "said", "She", "neutral",
     "she would announce her decision in a video"),
    # A relative clause the writer adds after a comma says nothing the speaker reported.
    ("The coach praised Daniel Okafor, who joined the club last year.", "praised", "coach",
     "evaluative", "Daniel Okafor"),
    ("The senator backed the new budget, drafted by the finance committee last spring.",
     "backed", "senator", "evaluative", "the new budget"),
    # "then" sequences the saying and joins the cue, before or after the verb.
    ("The governor then said the roads would reopen.", "then said", "governor", "neutral",
     "the roads would reopen"),
    ("The governor said then that the roads would reopen.", "said then", "governor",
     "neutral", "that the roads would reopen"),
    # So does an adverb after the verb that tells how or how often it was said.
    ("“The fees are a bargain,” the landlord said dryly.", "said dryly", "landlord",
     "neutral", "“The fees are a bargain,”"),
    ("The coach noted repeatedly that the pitch was too wet.", "noted repeatedly", "coach",
     "neutral", "that the pitch was too wet"),
    ("“Nobody asked us,” the fishermen shot back.", "shot back", "fishermen", "neutral",
     "“Nobody asked us,”"),
    # but not one that stands for what was said
    ("The minister said so at the hearing.", "said", "minister", "neutral", "so"),
    # Whoever puts a statement out speaks through it; the cue runs from that verb.
    ("The ministry issued a statement saying the border would stay closed.",
     "issued a statement saying", "ministry", "neutral", "the border would stay closed"),
    ("The senator released a statement Friday saying he would vote no.",
     "released a statement Friday saying", "senator", "neutral", "he would vote no"),
    # "it" after a trailing cue stands for the clause the cue hangs on, and joins the cue.
    ("As the mayor put it, the city is broke.", "put it", "mayor", "neutral",
     "the city is broke"),
    # A cue infinitive after a copula's adjective shares the copula's subject and cue.
    ("Democrats were more likely to say the economy is improving.",
     "were more likely to say", "Democrats", "neutral", "the economy is improving"),
    ("Critics were quick to point out that the plan had failed.", "were quick to point out",
     "Critics", "neutral", "that the plan had failed"),
    # A verb and the preposition that takes what the speaker talks about or sides with: a
    # topic taken up is presupposed, so it is evaluative and sources nothing.
    ("He commented on the decision to close the plant.", "commented on", "He", "evaluative",
     "the decision to close the plant"),
    ("The mayor agreed with the council on the new tax.", "agreed with", "mayor",
     "evaluative", "the council on the new tax"),
    # a statement noun as the subject of a copula with a "that" clause: noun to copula is the cue
    ("Her main complaint is that the clinic closes too early.", "main complaint is", "Her",
     "neutral", "that the clinic closes too early"),
    # a quoted label the parser hangs inside the object is still the label a naming cue gives
    ('The senator calls the issue of housing "a priority" for young families.', "calls",
     "senator", "distancing", 'the issue of housing "a priority" for young families'),
    # "In response to X": X is what the host clause's subject responds to.
    ("In response to the charge that she was weak on crime, the senator said her record was "
     "strong.", "In response to", "senator", "evaluative",
     "the charge that she was weak on crime"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "stance", "expected"), FORMS)
def test_frame_forms(nlp, cues, text, cue, speaker, stance, expected):
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, cue)
    assert (frame.speaker, frame.stance, frame.depth) == (speaker, stance, 1)
    assert content(doc, frame) == expected
    assert doc.text[frame.cue_span[0] : frame.cue_span[1]] == cue


def test_a_percentage_speaker_keeps_its_number_and_sign(nlp, cues):
    # "%" is punctuation to the tokenizer but the noun that heads "61%"
    doc, frames = frames_of(nlp, cues, "Among the nurses asked, 61% say the shifts are too long.")
    frame = only(frames, "say")
    assert doc.text[frame.speaker_span[0] : frame.speaker_span[1]] == "61%"


def test_a_cue_whose_subject_the_parser_lost_keeps_its_clause(nlp, cues):
    # the parser hangs "about one-third, 34 percent" on "Among": "say" has no subject
    text = "Among registered farmers, about one-third, 34 percent, say they will plant less wheat."
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, "say")
    assert (frame.speaker_span, frame.depth) == (None, 1)
    assert content(doc, frame) == "they will plant less wheat"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The militia reportedly burned the granary.", "reportedly"),
        ("It was reported that the governor resigned.", "It was reported"),
        # PolNeAR leaves the infinitive marker to the content: the cue is "is said".
        ("The general is said to have fled abroad.", "is said"),
        ("The governor is expected to resign next week.", "is expected"),
    ],
)
def test_hedges_have_unnamed_speaker(nlp, cues, text, cue):
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, cue)
    assert (frame.speaker, frame.stance, frame.speaker_span) == (UNNAMED, "hedged", None)
    event_word = next(t for t in doc if t.text in ("burned", "resigned", "fled", "resign"))
    assert frame.content_span[0] <= event_word.idx < frame.content_span[1]


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        # words between the auxiliary and the participle, which the phrase rows do not match
        ("The new bridge is widely expected to open in the spring.", "is widely expected",
         "hedged"),
        ("The former mayor was long thought to be the favourite.", "was long thought", "hedged"),
        ("The minister is alleged to have taken bribes from a builder.", "is alleged",
         "distancing"),
    ],
)
def test_passive_hedges_report_their_whole_clause(nlp, cues, text, cue, stance):
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, cue)
    assert (frame.speaker, frame.stance, frame.speaker_span) == (UNNAMED, stance, None)
    assert content(doc, frame) == text.rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was supposed to leave at noon.",  # a duty, not a belief: no row
        "Analysts expected the vote to pass.",  # active: no passive hedge
    ],
)
def test_passive_hedge_needs_the_passive_of_a_belief(nlp, cues, text):
    _, frames = frames_of(nlp, cues, text)
    assert not [f for f in frames if f.stance == "hedged"]


def test_passive_hedge_with_its_agent_names_the_agent(nlp, cues):
    _, frames = frames_of(nlp, cues, "The bridge was expected by engineers to open in May.")
    assert [(f.speaker, f.stance) for f in frames] == [("engineers", "distancing")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels announced a ceasefire on Monday.",
        "The court rejected the appeal.",
        "The firm called the plumber.",
    ],
)
def test_events_are_not_frames(nlp, cues, text):
    # The cue model may read a clause-only verb's object as what was said, as PolNeAR does
    # ("rejected the plan"), but such a frame sources no event: the object is an act.
    found = frames_of(nlp, cues, text)[1]
    assert all(cue_basis(f) in NOT_SOURCING_BASES for f in found)


def test_clause_only_verb_with_an_object_is_judged_by_the_model(nlp, cues):
    doc, frames = frames_of(nlp, cues, "The senator rejected the criticism of her budget plan.")
    frame = only(frames, "rejected")
    assert (frame.stance, cue_basis(frame)) == ("denying", "model-object")
    assert content(doc, frame).startswith("the criticism")


@pytest.mark.parametrize(
    "text",
    [
        # Verbs of saying report finite clauses; "continue" with an infinitive is an action.
        "As the strike continues to spread, the factories will close.",
        "The agency will continue screening applicants in the region.",
        # A line that labels a section is no speaker, nor is an editor's note.
        "12:25 p.m.:\n\nThe council voted to close the market.",
        "Editor’s note: This story was updated on Monday.",
        # A participle between a numeral and its noun is an adjective.
        "She won 40 pledged delegates in the state.",
    ],
)
def test_actions_and_labels_are_not_frames(nlp, cues, text):
    assert frames_of(nlp, cues, text)[1] == ()


def test_quote_resumed_in_the_next_sentence_joins_the_frame(nlp, cues):
    # The parser hangs the second opening mark on the sentence before; "I think" inside the
    # quote is nested in it and does not stop the join.
    text = "“We lost the vote,” the chair said. “I think we will win the next one.”"
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, "said")
    assert content(doc, frame) == text
    assert frame.depth == 1


def test_a_resumed_quote_goes_on_from_the_frame_that_quotes_not_a_quoted_word(nlp, cues):
    text = ("“Nothing is off the table,” Berg told reporters after hinting that “big changes” "
            "could come. “Every option is open.”")
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "told")) == text
    assert content(doc, only(frames, "hinting")) == "that “big changes” could come"


def test_a_report_added_to_a_resumed_quote_stands_beside_it(nlp, cues):
    # the quotes around "said" are one statement, but what the writer adds after the cue
    # ("adding that ...") is not said inside it
    text = ("“The ferry will run again by June,” the harbour master said, adding that the "
            "new pier was nearly built. “We only need the railings.”")
    doc, frames = frames_of(nlp, cues, text)
    said, adding = only(frames, "said"), only(frames, "adding")
    assert content(doc, said) == text
    assert (said.depth, adding.depth) == (1, 1)
    assert content(doc, adding) == "that the new pier was nearly built"


def test_a_participle_report_after_an_object_is_a_frame_of_the_same_speaker(nlp, cues):
    # the parser hangs "saying" on the clause inside the object; it is the senator's next
    # report, not part of what was rejected
    text = ("The senator rejected the idea that the tax would hurt farmers, saying the crowds "
            "at his rallies were growing.")
    doc, frames = frames_of(nlp, cues, text)
    rejected, saying = only(frames, "rejected"), only(frames, "saying")
    assert content(doc, rejected) == "the idea that the tax would hurt farmers"
    assert (saying.speaker, saying.depth) == ("senator", 1)
    assert content(doc, saying) == "the crowds at his rallies were growing"


def test_verb_inside_reported_content_is_no_inverted_cue(nlp, cues):
    text = "“It feels like a defeat,” the coach said."
    doc, frames = frames_of(nlp, cues, text)
    assert only(frames, "said").depth == 1
    assert all(f.cue == "said" or f.depth > 1 for f in frames)


def test_nesting_to_depth_three(nlp, cues):
    text = ("The agency claimed that the minister said that his aide reported "
            "that the army had left the town.")
    doc, frames = frames_of(nlp, cues, text)
    by_cue = {f.cue: f for f in frames}
    outer, middle, inner = by_cue["claimed"], by_cue["said"], by_cue["reported"]
    assert [outer.depth, middle.depth, inner.depth] == [1, 2, 3]
    assert [outer.speaker, middle.speaker, inner.speaker] == ["agency", "minister", "his aide"]
    assert outer.content_span[0] < middle.content_span[0] < inner.content_span[0]
    assert inner.content_span[1] <= middle.content_span[1] <= outer.content_span[1]
    assert content(doc, inner) == "that the army had left the town"


def test_quote_paragraph_without_cue_takes_previous_speaker(nlp, cues):
    text = "The farmer said the harvest was lost.\n\n“Nobody came to help us.”"
    doc, frames = frames_of(nlp, cues, text)
    assert [content(doc, f) for f in frames] == ["the harvest was lost",
                                                  "“Nobody came to help us.”"]
    assert {f.speaker for f in frames} == {"farmer"}
    assert frames[1].sentence_index == 1


def test_quote_paragraph_after_a_quote_continues_it(nlp, cues):
    text = "“We lost the harvest,” the farmer said.\n\n“Nobody came to help us.”"
    doc, frames = frames_of(nlp, cues, text)
    assert [content(doc, f) for f in frames] == [text]


def test_quote_over_two_paragraphs(nlp, cues):
    text = "“The first stage is over.\n\n“The second starts tomorrow,” the general said."
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "said")) == (
        "“The first stage is over.\n\n“The second starts tomorrow,”"
    )


def test_a_quote_after_the_cues_sentence_has_ended_is_not_its_content(nlp, cues):
    text = ("The union announced a small ad buy this week in Ohio.\n\n"
            "“Ohio is behaving like a swing state,” said its spokesman.")
    doc, frames = frames_of(nlp, cues, text)
    assert all(not content(doc, f).startswith("“") for f in frames if f.cue == "announced")


def test_a_quoted_phrase_opening_the_writers_sentence_is_no_continued_quote(nlp, cues):
    text = ("A farmer told the station that he had been watching the parade.\n\n"
            "“A big truck” drove through the barriers.")
    doc, frames = frames_of(nlp, cues, text)
    assert [content(doc, f) for f in frames] == ["that he had been watching the parade"]


def test_speaker_takes_actor_of_mention(nlp, cues):
    voter = Actor(name="Mette Frederiksen", country="DNK", kind="person")
    doc, frames = frames_of(nlp, cues, "She said that the border would stay open.",
                            {"She": voter})
    frame = only(frames, "said")
    assert (frame.speaker, frame.speaker_country) == ("Mette Frederiksen", "DNK")
    assert doc.text[frame.speaker_span[0] : frame.speaker_span[1]] == "She"


# --- chains and factuality -------------------------------------------------------------------


def make_event(text: str, trigger: str, **fields) -> Event:
    start = text.index(trigger)
    base = dict(
        event_id="e", article_id="a", sentence_index=0, sentence=text, trigger=trigger,
        trigger_span=(start, start + len(trigger)), cameo="190", cameo_root="19",
        cameo_name="use conventional military force", quad_class=4, goldstein=-10.0,
        plover_type="ASSAULT", plover_mode="",
    )
    return Event(**(base | fields))


def frame(cue: str, speaker: str, stance: str, content: tuple[int, int], depth: int = 1):
    return Frame(cue=cue, cue_lemma=cue, stance=stance, cue_span=(0, 1), speaker=speaker,
                 speaker_span=None, content_span=content, sentence_index=0, depth=depth)


ARTICLE = Article(article_id="a", text="", source="test", outlet="Daily Planet")


@pytest.mark.parametrize(
    ("stances", "flags", "expected"),
    [
        ((), {}, "asserted"),
        (("neutral",), {}, "reported"),
        (("emphatic",), {}, "reported"),
        (("confirming",), {}, "reported"),
        (("distancing",), {}, "claimed"),
        (("hedged",), {}, "claimed"),
        (("neutral", "distancing"), {}, "claimed"),
        (("distancing", "denying"), {}, "denied"),
        (("neutral",), {"negated": True}, "negated"),
        (("denying",), {"negated": True}, "negated"),
        (("neutral",), {"modality": "conditional"}, "hypothetical"),
        ((), {"modality": "hypothetical"}, "hypothetical"),
        (("distancing",), {"modality": "future"}, "claimed"),
    ],
)
def test_factuality(stances, flags, expected):
    event = make_event("Troops shelled the port.", "shelled", **flags)
    chain = (Attribution("Daily Planet", "published", "publisher"),) + tuple(
        Attribution("someone", "cue", stance) for stance in stances
    )
    assert factuality(event, chain) == expected


def test_chain_is_outlet_then_outermost_first():
    text = "The agency claimed that the minister said that troops shelled the port."
    event = make_event(text, "shelled")
    frames = (
        frame("said", "minister", "neutral", (text.index("that the minister") + 22, len(text)), 2),
        frame("claimed", "agency", "distancing", (text.index("that the minister"), len(text))),
        frame("said", "elsewhere", "neutral", (0, 10)),
    )
    (coded,) = attribute_events([event], frames, ARTICLE)
    assert [(a.speaker, a.stance) for a in coded.attribution] == [
        ("Daily Planet", "publisher"), ("agency", "distancing"), ("minister", "neutral")
    ]
    assert coded.factuality == "claimed"


def test_outlet_defaults_when_unknown():
    (coded,) = attribute_events([make_event("Troops shelled the port.", "shelled")], (),
                                replace(ARTICLE, outlet=None))
    assert coded.attribution == (Attribution("the outlet", "published", "publisher"),)
    assert coded.factuality == "asserted"


def test_media_reporting_verb_is_dropped_but_statements_are_kept():
    text = "Troops shelled the port, Reuters reported. The mayor said the port was empty."
    reported = make_event(text, "reported", cameo="010",
                          source=(Actor(name="Reuters", kind="media", sectors=("MED",)),))
    said = make_event(text, "said", cameo="010", source=(Actor(name="mayor"),))
    span = (text.index("reported"), text.index("reported") + 8)
    frames = (replace(frame("reported", "Reuters", "neutral", (0, 23)), cue_span=span),
              replace(frame("said", "mayor", "neutral", (text.index("the port was"), len(text))),
                      cue_span=(text.index("said"), text.index("said") + 4)))
    coded = attribute_events([reported, said], frames, ARTICLE)
    assert [e.trigger for e in coded] == ["said"]
    assert [a.speaker for a in coded[0].attribution] == ["Daily Planet"]  # not in its own frame


# --- the example article ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def example(nlp, cues):
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.split("\n", 1)[1]  # the scraped ` date ... Skip to content` line
    media = {name: Actor(name=name, kind="media", sectors=("MED",)) for name in MEDIA}
    doc = nlp(text)
    return doc, find_frames(doc, mentions_of(doc, media), cues)


def frame_around(doc, frames, phrase: str, cue: str) -> Frame:
    at = doc.text.index(phrase)
    holding = [f for f in frames if f.cue == cue and f.content_span[0] <= at < f.content_span[1]]
    assert holding, [(f.cue, f.speaker, content(doc, f)[:40]) for f in frames]
    return holding[0]


@pytest.mark.parametrize(
    ("phrase", "cue", "speaker", "stance", "depth"),
    [
        ("held a call", "reported", "Le Monde", "neutral", 1),
        ("the call was made", "claimed", "TASS", "distancing", 1),
        ("tried to convince", "claimed", "TASS", "distancing", 1),
        ("Islamic State (ISIS) was responsible", "claimed", "TASS", "distancing", 1),
        ("Shoigu stressed", "said", "TASS", "neutral", 1),
        ("the investigation launched", "stressed", "Shoigu", "emphatic", 2),
        ("Ukrainian forces were planning", "allegations", "Shoigu", "distancing", 1),
    ],
)
def test_example_article(example, phrase, cue, speaker, stance, depth):
    doc, frames = example
    found = frame_around(doc, frames, phrase, cue)
    assert (found.speaker, found.stance, found.depth) == (speaker, stance, depth)


def test_example_condemnation_is_an_evaluation_of_its_object(example):
    doc, frames = example
    at = doc.text.index("condemned Shoigu")
    (condemned,) = [f for f in frames if f.cue_span[0] >= at]
    assert (condemned.cue, condemned.stance) == ("condemned", "evaluative")
    assert doc.text[slice(*condemned.content_span)] == "Shoigu’s claims as \"absurd.\""


def test_example_reported_event_chain(example):
    doc, frames = example
    article = Article(article_id="a", text=doc.text, source="test", outlet="The Kyiv Independent")
    trigger = doc.text.index("held a call")
    event = make_event(doc.text, "held a call")
    event = replace(event, trigger_span=(trigger, trigger + 4))
    (coded,) = attribute_events([event], frames, article)
    assert [(a.speaker, a.stance) for a in coded.attribution] == [
        ("The Kyiv Independent", "publisher"), ("Le Monde", "neutral")
    ]
    assert coded.factuality == "reported"


@pytest.mark.parametrize("text", ["According to officials", "The talks failed, according to"])
def test_according_to_with_nothing_reported_is_no_frame(nlp, cues, text):
    assert all(f.cue_lemma != "according to" for f in frames_of(nlp, cues, text)[1])


# --- stance and evaluation predicates, hedges of the writer ------------------------------------

STANCE_FORMS = [
    # (text, cue, speaker, stance, content)
    ("The mayor criticized the council for its vote on the budget.", "criticized", "mayor",
     "evaluative", "the council for its vote on the budget"),
    ("Farmers praised the new irrigation scheme.", "praised", "Farmers", "evaluative",
     "the new irrigation scheme"),
    # Whoever is urged stays in the content, as PolNeAR train mostly has it.
    ("The union urged workers to return to the factories.", "urged", "union", "directive",
     "workers to return to the factories"),
    ("The senator accused the agency of hiding the report.", "accused", "senator", "distancing",
     "the agency of hiding the report"),
    ("The minister declined to comment on the talks.", "declined", "minister", "denying",
     "to comment on the talks"),
    ("The coach is hoping to sign two new players.", "is hoping", "coach", "distancing",
     "to sign two new players"),
    ("The senator called for the minister to resign.", "called for", "senator", "directive",
     "the minister to resign"),
    ("The union has called on members to strike.", "has called on", "union", "directive",
     "members to strike"),
    ("The opposition renewed its calls for a recount of the vote.", "calls for", "its",
     "directive", "a recount of the vote"),
    ("The mayor expressed concern that the river would flood.", "expressed concern", "mayor",
     "neutral", "that the river would flood"),
    ("The envoy voiced doubts about the truce.", "voiced doubts about", "envoy", "neutral",
     "the truce"),
    ("The minister expressed her sympathy.", "expressed", "minister", "neutral",
     "her sympathy"),
    # A quotation after the light verb is content: the cue never runs into it.
    ("The mayor expressed \"deep concern about the flooding\".", "expressed",
     "mayor", "neutral", "\"deep concern about the flooding\""),
    ("The mayor has been critical of the police.", "has been critical of", "mayor",
     "evaluative", "the police"),
    ("She is confident that the bridge will open.", "is confident", "She", "distancing",
     "that the bridge will open"),
    # Copular attitudes of readiness, resolve, feeling and manner of speaking.
    ("The governor has been vague about the cost of the bridge.", "has been vague about",
     "governor", "hedged", "the cost of the bridge"),
    ("The union is determined to keep the plant open.", "is determined", "union", "emphatic",
     "to keep the plant open"),
    ("Farmers were frustrated with the new rules.", "were frustrated with", "Farmers",
     "evaluative", "the new rules"),
    # A copula and a preposition of stance.
    ("The mayor is against the new tax.", "is against", "mayor", "evaluative", "the new tax"),
    ("Most voters are in favor of the plan.", "are in favor of", "Most voters", "evaluative",
     "the plan"),
    ("The mayor has come out against the new stadium.", "has come out against", "mayor",
     "evaluative", "the new stadium"),
    ("The senator took issue with the plan.", "took issue with", "senator", "evaluative",
     "the plan"),
    ("The governor sees the new dam as a threat to the valley.", "sees", "governor",
     "distancing", "the new dam as a threat to the valley"),
    # The label of a naming cue where the parser hangs it on the object or takes it for one.
    ("Several unions see imports as a danger.", "see", "Several unions", "distancing",
     "imports as a danger"),
    ("The president has deemed the release a reasonable trade.", "has deemed", "president",
     "distancing", "the release a reasonable trade"),
    ("Doctors raised concerns about the water supply.", "raised concerns about", "Doctors",
     "distancing", "the water supply"),
    ("The senator gave assurances that the base would stay open.", "gave assurances",
     "senator", "emphatic", "that the base would stay open"),
    # A light verb and its noun say it together; the noun's preposition takes the content.
    ("The mayor made no mention of the budget gap.", "made no mention of", "mayor", "neutral",
     "the budget gap"),
    ("The union took aim at the new pension rules.", "took aim at", "union", "evaluative",
     "the new pension rules"),
    # A claim of one's own part in a deed: the claim is the cue, the deed its content.
    ("A local militia claimed responsibility for the bombing.", "claimed responsibility for",
     "local militia", "distancing", "the bombing"),
    ("Both parties had opposing views on the tax.", "had opposing views on", "parties",
     "distancing", "the tax"),
    ("Two senators voted against the budget.", "voted against", "Two senators", "evaluative",
     "the budget"),
    ("Her calls for a ceasefire went unanswered.", "calls for", "Her", "directive",
     "a ceasefire"),
    ("A new survey shows the mayor with a narrow lead.", "shows", "new survey", "neutral",
     "the mayor with a narrow lead"),
    # Apologies and promotion presuppose what they are about; encouraging asks for it.
    ("The senator apologized for the remarks.", "apologized for", "senator", "evaluative",
     "the remarks"),
    ("The coach encouraged fans to stay home.", "encouraged", "coach", "directive",
     "fans to stay home"),
    ("The governor talked up the new bridge.", "talked up", "governor", "evaluative",
     "the new bridge"),
    # A cue infinitive after the writer's hedge joins it, and the hedge sets the stance.
    ("The minister seemed to confirm that the talks had failed.", "seemed to confirm",
     "minister", "hedged", "that the talks had failed"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "stance", "said"), STANCE_FORMS)
def test_stance_predicates(nlp, cues, text, cue, speaker, stance, said):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert (found.speaker, found.stance, content(doc, found)) == (speaker, stance, said)


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The new bridge appears to be closed to traffic.", "appears",
         "The new bridge appears to be closed to traffic"),
        ("By Monday, the talks seemed likely to collapse.", "seemed",
         "the talks seemed likely to collapse"),
        ("It appears that the convoy turned back.", "appears", "that the convoy turned back"),
    ],
)
def test_writer_hedges_frame_their_clause(nlp, cues, text, cue, said):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert (found.speaker, found.speaker_span, found.stance) == (UNNAMED, None, "hedged")
    assert content(doc, found) == said


@pytest.mark.parametrize(
    "text",
    [
        "The governor appeared on television on Sunday.",
        # Nobody holds an impersonal judgement; a bare adjective reports nothing.
        "It is certain that the road will reopen.",
        "The farmers were angry.",
        "That is against the law.",
        "We will see whether the truce holds.",
        "The charity raised money for the flood victims.",
    ],
)
def test_acts_and_bare_states_are_not_frames(nlp, cues, text):
    assert frames_of(nlp, cues, text)[1] == ()


def test_evaluation_sources_nothing_and_a_request_is_not_done():
    text = "The mayor criticized the strike. The union urged workers to strike again."
    struck = make_event(text, "strike.")
    asked = make_event(text, "strike again")
    frames = (
        frame("criticized", "mayor", "evaluative", (text.index("the strike"), 31)),
        frame("urged", "union", "directive", (text.index("to strike"), len(text) - 1)),
    )
    coded = attribute_events([struck, asked], frames, ARTICLE)
    assert [[(a.speaker, a.stance) for a in e.attribution[1:]] for e in coded] == [
        [], [("union", "directive")]
    ]
    assert [e.factuality for e in coded] == ["asserted", "hypothetical"]


def test_outlet_criticizing_is_an_event_not_its_reporting():
    text = "Reuters criticized the ban."
    event = make_event(text, "criticized", cameo="111",
                       source=(Actor(name="Reuters", kind="media", sectors=("MED",)),))
    evaluation = replace(frame("criticized", "Reuters", "evaluative", (19, 26)), cue_span=(8, 18))
    assert [e.trigger for e in attribute_events([event], (evaluation,), ARTICLE)] == ["criticized"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause set off by commas describes the speaker and stays, with its comma.
        ("The farmer, who lost his herd in the flood, said the dam had failed.",
         "The farmer, who lost his herd in the flood,"),
        # So does a restrictive one, which says which of a group speak.
        ("Officials who visited the camp said the water was unsafe.",
         "Officials who visited the camp"),
        # Any phrase set off by commas inside the speaker keeps its closing comma too.
        ("Paul Green, of Dayton, Ohio, said he would vote for her.",
         "Paul Green, of Dayton, Ohio,"),
        ("Farm groups, including the dairy council, said the state should act.",
         "Farm groups, including the dairy council,"),
        # A possessive's apostrophe is no quotation mark.
        ("The mayors’ closest advisers said the budget would pass.",
         "The mayors’ closest advisers"),
        # "even" focuses on the speaker from outside the phrase; "only" counts who speak.
        ("Even the farmers who backed the plan said it had failed.",
         "the farmers who backed the plan"),
        ("Only two of the judges said the law was fair.", "Only two of the judges"),
        # An aside set off by dashes keeps its closing dash, as an apposition its comma.
        ("Rita Moss -- a nurse at the county clinic -- said the beds had run out.",
         "Rita Moss -- a nurse at the county clinic --"),
        ("The council — which met twice in March — said the fees would rise.",
         "The council — which met twice in March —"),
        # The day a speaker spoke on dates the statement, not the speaker; other dates stay.
        ("Governor Reyes on Monday said the port would reopen.", "Governor Reyes"),
        ("The company's chief executive on Wednesday said profits had doubled.",
         "The company's chief executive"),
        ("A survey in April said most tenants wanted repairs.", "A survey in April"),
        # A title or scare quote inside the phrase is part of it, unlike a quotation before it.
        ("The “Fair Rent” coalition said the law had failed.", "The “Fair Rent” coalition"),
        ("This ''grassroots'' group said the law had failed.", "This ''grassroots'' group"),
        ("“We will appeal,” the landlord said.", "the landlord"),
    ],
)
def test_speaker_phrase_and_relative_clauses(nlp, cues, text, speaker):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, "said")
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == speaker


def test_a_quoted_title_after_the_speakers_name_does_not_cut_it(nlp, cues):
    # only a quotation before the speaker's head ("“...,” he said") stays out of the speaker
    doc, frames = frames_of(nlp, cues, "Ann Reyes, host of “Morning Table,” said it would end.")
    found = only(frames, "said")
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]].startswith("Ann Reyes, host")


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        # A participle adjunct reports its own content, not the clause it hangs on.
        ("Asked about the flooding, the engineer said the dam was safe.", "said",
         "the dam was safe"),
        # A trailing participle that is a cue is a second report, not more of the first.
        ("The mayor stressed that the road would reopen, suggesting that the work was done.",
         "stressed", "that the road would reopen"),
    ],
)
def test_participle_cues_are_reports_of_their_own(nlp, cues, text, cue, said):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert (content(doc, found), found.depth) == (said, 1)


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        # The one asked is the subject of the passive or of the bare participle; whoever put
        # the question is not named.
        ("The governor was asked whether the tunnel would open on time.", "was asked",
         "whether the tunnel would open on time"),
        ("Asked whether the fleet was ready, the admiral said it was.", "Asked",
         "whether the fleet was ready"),
        ("When asked about the new levy, the farmer only shrugged.", "asked about",
         "the new levy"),
        ("The residents were told that the water was unsafe.", "were told",
         "that the water was unsafe"),
    ],
)
def test_the_addressee_of_a_question_is_not_its_speaker(nlp, cues, text, cue, said):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert (found.speaker, found.speaker_span, content(doc, found)) == (UNNAMED, None, said)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The senator has asked whether the fund is legal.", "has asked", "The senator"),
        ("The pilot was asked by the inspector whether the wing was damaged.", "was asked",
         "the inspector"),
    ],
)
def test_who_asks_is_named_when_the_sentence_names_them(nlp, cues, text, cue, speaker):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "said"),
    [
        ("A coalition backing the new dam plan held a rally.", "backing", "A coalition",
         "the new dam plan"),
        ("The council received a petition from residents demanding a new bridge.",
         "demanding", "residents", "a new bridge"),
        ("She read a letter from a farmer saying that the river had flooded his fields.",
         "saying", "a letter from a farmer", "that the river had flooded his fields"),
    ],
)
def test_a_participle_on_a_noun_has_the_noun_as_speaker(nlp, cues, text, cue, speaker, said):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == speaker
    assert content(doc, found) == said


def group_named_as_the_entity_ruler_does(nlp, text: str, name: str):
    """Parse a text and mark a group's name as the actor dictionaries' entity ruler would."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, start, start + 1, label="ORG")]
    return doc


@pytest.mark.parametrize(
    "text",
    [
        # the parser takes the group's name for the gerund's auxiliary ("IS insisting")
        "Despite IS insisting that its fighters carried out the bombing, the ministry is "
        "trying to blame the opposition.",
        "Despite IS posting a video and insisting that its fighters carried out the bombing, "
        "the ministry blames the opposition.",
    ],
)
def test_a_name_misread_as_a_gerunds_auxiliary_is_its_speaker(nlp, cues, text):
    doc = group_named_as_the_entity_ruler_does(nlp, text, "IS")
    found = only(find_frames(doc, mentions_of(doc), cues), "insisting")
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == "IS"
    assert content(doc, found) == "that its fighters carried out the bombing"


def test_a_gerund_with_a_subject_of_its_own_never_borrows_the_main_clauses(nlp, cues):
    # Unread, "IS" names no one: better no frame than the ministry insisting.
    text = ("Despite IS insisting that its fighters carried out the bombing, the ministry is "
            "trying to blame the opposition.")
    _, frames = frames_of(nlp, cues, text)
    assert [f for f in frames if "insisting" in f.cue] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # "despite" parsed with two complements: the name and the gerund after it
        ("Despite HAMAS insisting it had no part in the raid, the army is preparing to "
         "strike Gaza.", "insisting", "HAMAS"),
        # a gerund with no subject of its own is the main clause's subject's
        ("After insisting that it had no part in the raid, the militia withdrew from the "
         "town.", "insisting", "the militia"),
    ],
)
def test_an_adverbial_gerunds_speaker(nlp, cues, text, cue, speaker):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser hangs the name on the fronted phrase; the subject of the clause after the
        # cue is what is reported, not who reports it.
        ("In a call with reporters on Monday, Col. Ann Lee, a spokeswoman for the army, said "
         "the convoy was safe.", "Col. Ann Lee, a spokeswoman for the army,"),
        ("After the vote in Geneva, Ann Lee and Tom Hart said the talks had failed.",
         "Ann Lee and Tom Hart"),
    ],
)
def test_a_name_after_a_fronted_phrase_is_the_speaker(nlp, cues, text, speaker):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, "said")
    assert doc.text[found.speaker_span[0] : found.speaker_span[1]] == speaker


def test_trailing_participle_cue_shares_the_reporters_speaker(nlp, cues):
    text = "The mayor stressed that the road would reopen, suggesting that the work was done."
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, "suggesting")
    assert (found.speaker, content(doc, found), found.depth) == (
        "mayor", "that the work was done", 1
    )


@pytest.mark.parametrize(
    "text",
    [
        "The program, called Fresh Start, lets farmers borrow at low rates.",
        "The mine sits near a river called Bear Creek.",
    ],
)
def test_a_name_given_by_a_naming_participle_is_no_speaker(nlp, cues, text):
    _, frames = frames_of(nlp, cues, text)
    assert [f.cue for f in frames] == []


def test_a_headline_ending_in_its_speaker_and_cue_reports_what_comes_before(nlp, cues):
    text = "City Hid Budget Losses From Voters, Former Mayor Says."
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, "Says")
    assert (content(doc, found), found.depth) == ("City Hid Budget Losses From Voters", 1)


@pytest.mark.parametrize(
    "text",
    [
        "However, the plan will cost more, according to the report.",
        "And the plan will cost more, according to the report.",
    ],
)
def test_a_word_linking_the_sentence_to_the_story_is_not_reported(nlp, cues, text):
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "according to")) == "the plan will cost more"


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("Turnout fell. That’s according to early results of a survey by the networks.",
         "’s according to", "That"),
        ("Turnout fell. This is according to figures from the election commission.",
         "is according to", "This"),
    ],
)
def test_the_copula_before_according_to_joins_the_cue(nlp, cues, text, cue, said):
    doc, frames = frames_of(nlp, cues, text)
    (frame,) = [f for f in frames if f.cue_lemma == "according to"]
    assert (frame.cue, content(doc, frame)) == (cue, said)


def test_a_conceded_report_ends_the_content_and_is_its_own_frame(nlp, cues):
    text = ("The minister said the talks had failed, though she noted that both sides "
            "are still willing to meet.")
    doc, frames = frames_of(nlp, cues, text)
    noted = only(frames, "noted")
    assert content(doc, only(frames, "said")) == "the talks had failed"
    assert (content(doc, noted), noted.depth) == ("that both sides are still willing to meet", 1)


def test_a_reason_clause_report_stays_inside_the_content(nlp, cues):
    text = "The minister said the talks had failed because the envoy noted a flaw."
    doc, frames = frames_of(nlp, cues, text)
    reported = "the talks had failed because the envoy noted a flaw"
    assert content(doc, only(frames, "said")) == reported


def test_relative_clause_cue_ends_the_content(nlp, cues):
    text = "The envoy said the talks would resume in May, which he called a relief."
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "said")) == "the talks would resume in May"


@pytest.mark.parametrize(
    ("text", "first", "second", "second_content"),
    [
        ("The minister said the talks would resume next week and urged both sides to stay calm.",
         "the talks would resume next week", "urged", "both sides to stay calm"),
        ("She said she had fought three elections and called it a hard job.",
         "she had fought three elections", "called", "it a hard job"),
    ],
)
def test_conjoined_cue_ends_the_first_content(nlp, cues, text, first, second, second_content):
    doc, frames = frames_of(nlp, cues, text)
    said = only(frames, "said")
    assert content(doc, said) == first
    other = only(frames, second)
    assert (other.speaker_span, other.depth) == (said.speaker_span, 1)
    assert content(doc, other) == second_content


def test_conjoined_clause_with_its_own_subject_ends_the_content(nlp, cues):
    # the parser hangs "praised" on the reported clause, not on "said"
    text = ("The coach said his players had trained hard all week under difficult conditions, "
            "and the captain praised the fans for their support.")
    doc, frames = frames_of(nlp, cues, text)
    said, praised = only(frames, "said"), only(frames, "praised")
    assert content(doc, said) == "his players had trained hard all week under difficult conditions"
    assert (praised.depth, content(doc, praised)) == (1, "the fans for their support")


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the phrase on the reported clause
        "The governor said he would have fired the aide if such a scuffle had happened in his "
        "office, according to local reports.",
        "On Monday, the mayor said she was glad that the bridge was reopened, according to the "
        "city newspaper.",
    ],
)
def test_closing_according_to_sources_the_whole_sentence(nlp, cues, text):
    doc, frames = frames_of(nlp, cues, text)
    source, said = only(frames, "according to"), only(frames, "said")
    assert source.depth == 1 and said.depth == 2
    assert content(doc, source) == text[: text.index(", according")]
    assert not content(doc, said).endswith(("reports", "newspaper"))


def test_conjoined_cue_shares_the_first_auxiliary(nlp, cues):
    # "has said A and urged B": the tagger reads "urged" as a past tense, "said" as a participle
    text = "The minister has said the talks would resume and urged both sides to return."
    doc, frames = frames_of(nlp, cues, text)
    said, urged = only(frames, "has said"), only(frames, "urged")
    assert content(doc, said) == "the talks would resume"
    assert (urged.speaker_span, urged.depth) == (said.speaker_span, 1)


@pytest.mark.parametrize(
    ("text", "first", "first_content", "second", "second_content"),
    [
        # The parser conjoins the second verb to the relative clause; its own object shows it
        # continues the main clause, so the main subject speaks and the first object ends.
        ("She criticized the plan that Congress passed in May and urged lawmakers to reconsider.",
         "criticized", "the plan that Congress passed in May", "urged",
         "lawmakers to reconsider"),
        ("The senator condemned the law that the governor signed last year and praised the "
         "judges who blocked it.", "condemned", "the law that the governor signed last year",
         "praised", "the judges who blocked it"),
    ],
)
def test_verb_conjoined_to_a_relative_clause_keeps_the_main_speaker(
    nlp, cues, text, first, first_content, second, second_content
):
    doc, frames = frames_of(nlp, cues, text)
    main, other = only(frames, first), only(frames, second)
    assert content(doc, main) == first_content
    assert (other.speaker_span, content(doc, other)) == (main.speaker_span, second_content)


def test_verb_sharing_a_relative_clause_gap_stays_in_it(nlp):
    from newsevents.attribution.speakers import verb_speaker

    doc = nlp("He read the report that the agency wrote and published last week.")
    assert verb_speaker(doc[9]).text == "agency"  # "published" shares the gap "that"


def test_conjoined_act_stays_in_the_content(nlp, cues):
    text = "Officials said troops attacked the village and killed five people."
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "said")) == text[len("Officials said ") : -1]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        # A phrasal verb's particle belongs to the cue, so do adverbs of time that PolNeAR
        # takes in ("still says"); a preposition that links a cue to its content does too.
        ("The spokesman pointed out that the vote was close.", "pointed out",
         "that the vote was close"),
        ("The senator still says that the law is unfair.", "still says",
         "that the law is unfair"),
        ("The families asked for an independent inquiry.", "asked for",
         "an independent inquiry"),
        # An infinitive's "to" stays with what is wanted.
        ("The leader wants to win the vote.", "wants", "to win the vote"),
        # "went on to": the parser reads a purpose clause, but the verb of aspect joins the cue.
        ("The minister went on to explain that the plan had failed.", "went on to explain",
         "that the plan had failed"),
        # So do a verb of attempt or habit and an adjective judging the act.
        ("The minister struggled to explain why the bridge was closed.",
         "struggled to explain", "why the bridge was closed"),
        ("The mayor was right to point out that the budget had failed.",
         "was right to point out", "that the budget had failed"),
    ],
)
def test_cue_takes_particles_and_links(nlp, cues, text, cue, said):
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, cue)) == said


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Officials: talks were useful and will continue.", "Officials",
         "talks were useful and will continue"),
        ("Senior officials: the talks were useful.", "Senior officials", "the talks were useful"),
        # A heading set off by a dash is not part of the speaker's name.
        ("Poll results are in - Ann Lee: the race is tight.", "Ann Lee", "the race is tight"),
        # A transcript turn quoted whole, joined by the parser to the line that announces it.
        ('The full exchange went as follows:\n\n"JONES: Let us begin with the budget vote.',
         "JONES", "Let us begin with the budget vote"),
    ],
)
def test_colon_form_with_common_noun_or_after_a_dash(nlp, cues, text, speaker, said):
    doc, frames = frames_of(nlp, cues, text)
    frame = only(frames, ":")
    assert (doc.text[slice(*frame.speaker_span)], content(doc, frame)) == (speaker, said)


def test_a_turn_opening_its_paragraph_runs_to_the_paragraphs_end(nlp, cues):
    text = ("Q: What did you do next?\n\nA: I went home. My family was gone. Nobody knew why."
            "\n\nQ: Did you look for them?")
    doc, frames = frames_of(nlp, cues, text)
    turns = [content(doc, f) for f in frames if f.cue == ":"]
    assert turns == ["What did you do next?", "I went home. My family was gone. Nobody knew why",
                     "Did you look for them?"]


def test_a_quoted_turn_opening_its_paragraph_runs_to_the_paragraphs_end(nlp, cues):
    # A transcript quoted whole opens each turn with a quote mark and closes none.
    text = ('The exchange went as follows:\n\n"SMITH: Will the bridge open? When?\n\n'
            '"BROWN: It opens in May. The money is there. The crews are ready.\n\n'
            '"SMITH: Thank you.')
    doc, frames = frames_of(nlp, cues, text)
    turns = [content(doc, f) for f in frames if f.cue == ":"]
    assert turns == ["Will the bridge open? When?",
                     "It opens in May. The money is there. The crews are ready", "Thank you"]


def test_reading_a_text_aloud_reports_nothing(nlp, cues):
    doc, frames = frames_of(nlp, cues, "The minister read a statement to reporters.")
    assert not [f for f in frames if f.cue_lemma == "read"]


@pytest.mark.parametrize(
    "text",
    [
        "Update: The road has reopened.",
        "Photo: The mayor opens the new bridge.",
        # The writer's own lead-in to a point names nobody either.
        "The goal: a budget that the council can pass by June.",
        "One conclusion: the old rules no longer work for small farms.",
        "Two questions: Will the mayor run again? And who will pay for it?",
    ],
)
def test_section_labels_before_a_colon_name_nobody(nlp, cues, text):
    assert not [f for f in frames_of(nlp, cues, text)[1] if f.cue == ":"]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("In the latest survey, the senator led his rival by four points.", "the latest survey",
         "the senator led his rival by four points"),
        ("The mayor has a wide lead in the polls ahead of the vote.", "the polls",
         "The mayor has a wide lead"),
    ],
)
def test_a_poll_is_the_source_of_the_clause_its_in_hangs_on(nlp, cues, text, speaker, said):
    doc, frames = frames_of(nlp, cues, text)
    frame = next(f for f in frames if doc.text[slice(*f.cue_span)].lower() == "in")
    assert (doc.text[slice(*frame.speaker_span)], content(doc, frame)) == (speaker, said)


def test_a_poll_in_a_noun_phrase_reports_nothing(nlp, cues):
    _, frames = frames_of(nlp, cues, "Her gains in the polls may prove short-lived.")
    assert frames == ()


def test_a_cue_in_a_quoted_speakers_own_voice_is_nested(nlp, cues):
    # The report of the quotation is missing ("spoke" is no cue), yet "We believe" is nested.
    text = "The senator spoke for an hour. “We believe the vote will pass. It is a good bill.”"
    _, frames = frames_of(nlp, cues, text)
    assert only(frames, "believe").depth == 2


def test_a_horizontal_bar_ends_what_comes_before_the_speaker(nlp, cues):
    text = ("When the rival noted that the firm had paid no tax in the years its accounts were "
            "made public ― Lee boasted, “That makes me clever.”")
    doc, frames = frames_of(nlp, cues, text)
    assert doc.text[slice(*only(frames, "boasted").speaker_span)] == "Lee"


def test_a_heading_before_a_colon_is_not_part_of_the_speaker():
    # The parser's reading of a live-blog heading: "The Latest" as a second subject.
    words = ["The", "Latest", ":", "Lee", "urges", "calm", "."]
    heads = [1, 4, 4, 4, 4, 4, 4]
    deps = ["det", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    start, end = speaker_chars(doc, doc[3])
    assert doc.text[start:end] == "Lee"


def test_a_relative_pronoun_read_as_a_second_subject_is_not_part_of_the_speaker():
    # The parser's reading of "the reasons that Lee refuses to ...": "that" as a second subject.
    words = ["the", "reasons", "that", "Lee", "refuses", "to", "talk"]
    heads = [1, 1, 4, 4, 1, 6, 4]
    deps = ["det", "ROOT", "nsubj", "nsubj", "relcl", "aux", "xcomp"]
    tags = ["DT", "NNS", "WDT", "NNP", "VBZ", "TO", "VB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    start, end = speaker_chars(doc, doc[3])
    assert doc.text[start:end] == "Lee"


# --- the parser's misreadings, built by hand: the model parses these sentences well today ----

def hand_parsed(nlp, rows: str) -> Doc:
    """Build a parsed doc from lines of "word head dep pos tag lemma" (head: a word index; a
    word ending in "_" is followed by no space; "<p>" is a paragraph break), with the model's
    vocabulary for the words' lexical attributes (lower case, quote marks)."""
    fields = [line.split() for line in rows.strip().splitlines()]
    words = [f[0].rstrip("_") if len(f[0]) > 1 else f[0] for f in fields]
    words = ["\n\n" if word == "<p>" else word for word in words]
    spaces = [not (f[0].endswith("_") and len(f[0]) > 1) for f in fields]
    return Doc(
        nlp.vocab, words=words, spaces=spaces, heads=[int(f[1]) for f in fields],
        deps=[f[2] for f in fields], pos=[f[3] for f in fields], tags=[f[4] for f in fields],
        lemmas=[f[5] for f in fields],
    )


@pytest.mark.parametrize(("verb", "lemma", "said"), [
    ("fears", "fear", "the party split will hurt her"),
    # whom a cue of telling addresses stays out of what was told
    ("told", "tell", "will hurt her"),
])
def test_a_subject_the_parser_took_for_the_cues_object_opens_the_content(
    nlp, cues, verb, lemma, said
):
    # "Lee fears the party split will hurt her." with "split" read as the object of "fears"
    doc = hand_parsed(nlp, f"""
        Lee 1 nsubj PROPN NNP Lee
        {verb} 1 ROOT VERB VBZ {lemma}
        the 4 det DET DT the
        party 4 compound NOUN NN party
        split 1 dobj NOUN NN split
        will 6 aux AUX MD will
        hurt 1 ccomp VERB VB hurt
        her_ 6 dobj PRON PRP she
        . 1 punct PUNCT . .
    """)
    assert content(doc, only(find_frames(doc, (), cues), verb)) == said


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # who makes a claim a noun names is after "by" or "from", not the verb's subject
        ("The council rejected claims by the developer that the site was safe.",
         "claims", "the developer"),
        ("The mayor faced criticism from tenants that the rents were too high.",
         "criticism", "tenants"),
    ],
)
def test_a_cue_nouns_by_or_from_phrase_names_its_speaker(nlp, cues, text, cue, speaker):
    doc, frames = frames_of(nlp, cues, text)
    found = only(frames, cue)
    assert doc.text[slice(*found.speaker_span)] == speaker


@pytest.mark.parametrize(("name_dep", "name_head"), [("nsubj", 2), ("compound", 2)])
def test_a_cue_verb_tagged_as_a_plural_noun_keeps_its_speaker(nlp, cues, name_dep, name_head):
    # "But Ortega claims that the fund is empty." with "claims" read as a noun, its name as
    # the noun's subject or as a modifier of it
    doc = hand_parsed(nlp, f"""
        But 2 cc CCONJ CC but
        Ortega {name_head} {name_dep} PROPN NNP Ortega
        claims 2 ROOT NOUN NNS claim
        that 6 mark SCONJ IN that
        the 5 det DET DT the
        fund 6 nsubj NOUN NN fund
        is 2 ccomp AUX VBZ be
        empty_ 6 acomp ADJ JJ empty
        . 2 punct PUNCT . .
    """)
    frame = only(find_frames(doc, (), cues), "claims")
    assert doc.text[slice(*frame.speaker_span)] == "Ortega"
    assert content(doc, frame) == "that the fund is empty"


def test_a_cue_with_an_object_of_its_own_is_no_trailing_cue(nlp, cues):
    # "The rules are new — many fear the old tax." with "fear" hung on "are"
    doc = hand_parsed(nlp, """
        The 1 det DET DT the
        rules 2 nsubj NOUN NNS rule
        are 2 ROOT AUX VBP be
        new 2 acomp ADJ JJ new
        — 2 punct PUNCT : —
        many 6 nsubj ADJ JJ many
        fear 2 parataxis VERB VBP fear
        the 9 det DET DT the
        old 9 amod ADJ JJ old
        tax_ 6 dobj NOUN NN tax
        . 2 punct PUNCT . .
    """)
    frames = find_frames(doc, (), cues)
    assert all(content(doc, f) != "The rules are new" for f in frames if f.cue == "fear")


def test_a_clause_a_colon_sets_apart_before_the_cue_is_not_its_content(nlp, cues):
    text = "The race is close: He says the polls undercount his voters."
    doc, frames = frames_of(nlp, cues, text)
    assert content(doc, only(frames, "says")) == "the polls undercount his voters"


def test_a_quote_the_parser_hung_on_the_cue_without_a_clause_label_is_its_content(nlp, cues):
    # "Lee said, “When people lose jobs, they get angry.”" with "get" read as punctuation
    doc = hand_parsed(nlp, """
        Lee 1 nsubj PROPN NNP Lee
        said_ 1 ROOT VERB VBD say
        , 1 punct PUNCT , ,
        “_ 1 punct PUNCT `` “
        When 6 advmod SCONJ WRB when
        people 6 nsubj NOUN NNS people
        lose 10 advcl VERB VBP lose
        jobs_ 6 dobj NOUN NNS job
        , 10 punct PUNCT , ,
        they 10 nsubj PRON PRP they
        get 1 punct VERB VBP get
        angry_ 10 acomp ADJ JJ angry
        ._ 10 punct PUNCT . .
        ” 10 punct PUNCT '' ”
    """)
    frame = only(find_frames(doc, (), cues), "said")
    assert content(doc, frame) == "“When people lose jobs, they get angry.”"


def test_a_that_clause_the_parser_took_for_an_adverbial_is_the_content(nlp, cues):
    # "Lee wrote on Monday that the dam was safe." with "was" read as an adverbial clause
    doc = hand_parsed(nlp, """
        Lee 1 nsubj PROPN NNP Lee
        wrote 1 ROOT VERB VBD write
        on 1 prep ADP IN on
        Monday 2 pobj PROPN NNP Monday
        that 7 advmod PRON WDT that
        the 6 det DET DT the
        dam 7 nsubj NOUN NN dam
        was 1 advcl AUX VBD be
        safe_ 7 acomp ADJ JJ safe
        . 1 punct PUNCT . .
    """)
    frame = only(find_frames(doc, (), cues), "wrote")
    assert content(doc, frame) == "that the dam was safe"


def test_a_semicolon_ends_a_reported_clause_outside_quotes(nlp, cues):
    doc, frames = frames_of(nlp, cues, "Officials said the delay was not deliberate; they only "
                            "learned of the fault on Friday.")
    assert content(doc, only(frames, "said")) == "the delay was not deliberate"
    doc, frames = frames_of(nlp, cues, "Lee said that “the plan failed; the talks are over.”")
    assert content(doc, only(frames, "said")) == "that “the plan failed; the talks are over.”"


def test_a_share_of_a_poll_the_parser_read_as_a_number_is_the_speaker(nlp, cues):
    doc, frames = frames_of(nlp, cues, "About 4 in 10 say they want the next president to cut "
                            "taxes.")
    frame = only(frames, "say")
    assert doc.text[slice(*frame.speaker_span)] == "About 4 in 10"
    assert content(doc, frame) == "they want the next president to cut taxes"


def test_a_clause_the_parser_hung_on_a_cue_across_a_paragraph_break_is_not_its_content(
    nlp, cues
):
    # "“The plan failed.”\n\nLee explained why he left." read as one sentence, with "failed"
    # as a second clause of "explained"
    doc = hand_parsed(nlp, """
        “_ 3 punct PUNCT `` “
        The 2 det DET DT the
        plan 3 nsubj NOUN NN plan
        failed_ 8 ccomp VERB VBD fail
        ._ 3 punct PUNCT . .
        ”_ 3 punct PUNCT '' ”
        <p>_ 5 dep SPACE _SP <p>
        Lee 8 nsubj PROPN NNP Lee
        explained 8 ROOT VERB VBD explain
        why 11 advmod SCONJ WRB why
        he 11 nsubj PRON PRP he
        left_ 8 ccomp VERB VBD leave
        . 8 punct PUNCT . .
    """)
    frame = only(find_frames(doc, (), cues), "explained")
    assert content(doc, frame) == "why he left"


def test_a_quote_a_colon_opens_after_the_content_joins_it(nlp, cues):
    doc, frames = frames_of(nlp, cues, 'The mayor said the city has what it needs most: '
                            '"Patience, and a lot of money."')
    assert content(doc, only(frames, "said")) == (
        'the city has what it needs most: "Patience, and a lot of money."')


def parsed_by_hand(nlp, words, heads, deps, pos) -> Doc:
    """A doc with the parse given, for a parser error the model makes only now and then (the
    pipeline's vocabulary knows which words are quotation marks), written as in print: an
    opening mark joined to the word after it, a closing one or an apostrophe to the word
    before."""
    nexts = [*words[1:], ""]
    spaces = [w != "“" and n not in ("’", "”") for w, n in zip(words, nexts, strict=True)]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "label"),
    [
        # "Lee called Okafor “The Pride of Lagos”" with the name parsed as a modifier of the
        # quoted label, which became the object: the object still holds the label
        (["Lee", "called", "Okafor", "“", "The", "Pride", "of", "Lagos", "”"],
         [1, 1, 5, 5, 5, 1, 5, 6, 1],
         ["nsubj", "ROOT", "nmod", "punct", "det", "dobj", "prep", "pobj", "punct"],
         ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "PROPN", "ADP", "PROPN", "PUNCT"], True),
        # a quote after a determiner is the phrase's own: "called the “emergency” session"
        (["Lee", "called", "the", "“", "emergency", "”", "session"],
         [1, 1, 6, 4, 6, 4, 1],
         ["nsubj", "ROOT", "det", "punct", "amod", "punct", "dobj"],
         ["PROPN", "VERB", "DET", "PUNCT", "NOUN", "PUNCT", "NOUN"], False),
        # a possessive's apostrophe opens no quote: "called Reyes’ bluff"
        (["Lee", "called", "Reyes", "’", "bluff"],
         [1, 1, 4, 2, 1],
         ["nsubj", "ROOT", "poss", "case", "dobj"],
         ["PROPN", "VERB", "PROPN", "PART", "NOUN"], False),
    ],
)
def test_a_naming_cue_finds_its_label_in_an_object_the_parser_merged(
    nlp, cues, words, heads, deps, pos, label
):
    doc = parsed_by_hand(nlp, words, heads, deps, pos)
    bounds = object_content(doc[1], cues.word("verb-naming", "call"))
    assert (bounds is not None) == label
