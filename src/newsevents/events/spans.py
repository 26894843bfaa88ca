"""The text an event argument covers: the span of an actor's phrase as the event names it, and
the whole noun phrase of each argument as annotators of arguments mark it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from newsevents.annotate import is_result_state, span_of
from newsevents.attribution.spans import is_medium_phrase
from newsevents.records import Mention

PHRASE_DEPS = ("poss", "compound", "amod", "nmod")  # an actor modifying a noun: "Iran's position"
HEAD_DEPS = (*PHRASE_DEPS, "appos")  # ... or renaming it: "the Sudanese leader, Omar Bashir"
# What a noun phrase keeps to its right when it stands as an argument: "the government of Iraq",
# "four dozen banks", "the new government in Greece", "the Kenyan president, William Ruto" - not
# its conjuncts, clauses or other prepositional phrases ("tankers near the coast").
PHRASE_RIGHT_DEPS = ("compound", "amod", "nummod", "poss", "case", "nmod", "appos")
PHRASE_RIGHT_PREPS = ("of", "in")
AUTHOR_PREPS = ("from", "by")  # who made a request or an offer: "a request from X"
# A thing an event is about is told by its phrases of place and kind, as annotators mark it ("a
# zone along the border", "organisations across the industry", "the bridge near X").
THING_PREPS = ("of", "in", "across", "along", "near", "at", "on", "from", "by", "between")
# Left dependents of an actor's head that belong to the clause, not to the actor's phrase.
EDGE_DEPS = ("npadvmod", "advmod", "punct", "cc", "conj", "prep", "mark", "aux")
PRECONJUNCTIONS = ("both", "either", "neither")
ACRONYM_WORDS = 8  # how far a short name in brackets may run ("(CPN-Maoist-Chand)")
# Heads of a partitive: "some of", "four of", "each of", "many of", "most of".
PARTITIVE_POS = ("NUM", "DET", "PRON")
PARTITIVE_TAGS = ("JJ", "JJS")
PLACING_PREP = "in"  # the phrase that may tell which of its kind an argument is: "troops in X"
NAMED_LABELS = ("NORP", "GPE")  # a people or a state: "Afghan", "U.S."
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Clauses inside a kept dependent that tell of one of its words: "who ...", "suspected of ...",
# "of doubling ..."
CLAUSE_DEPS = ("relcl", "acl", "pcomp")
WHO = ("who", "whom")  # relative pronouns of a clause that says which people a noun means


@dataclass(frozen=True)
class PhraseWords:
    """The word lists that say what an argument's phrase keeps: `describing`, past participles
    whose clause says which of its kind the head is ("the group known as X", "forces based in
    Y"; describing_participles.csv), `sited`, nouns whose "in" phrase says which one it is
    though its state is named ("the Iraqi embassy in Kabul"; sited_nouns.csv), and `mediums`,
    the channels words go out through, whose "in" phrase tells how the clause's act was made
    known ("claimed the attacks in messages to the media"; the attribution stage's cues), and
    `violent`, the event nouns of violence, whose "in" phrase tells how harm was done ("killed
    52 people in coordinated attacks"), not which people."""

    describing: frozenset[str] = frozenset()
    sited: frozenset[str] = frozenset()
    mediums: frozenset[str] = frozenset()
    violent: frozenset[str] = frozenset()

    @cached_property
    def channels(self) -> frozenset[str]:
        """Return the nouns whose "in" phrase is the clause's, not an argument's."""
        return self.mediums | self.violent


NO_WORDS = PhraseWords()


def span(
    mentions: list[Mention], trigger: Token, placed: bool = False, own: tuple[int, ...] = ()
) -> tuple[int, int] | None:
    """Return the character span of the phrase that names some mentions, first to last.

    An actor named only as a modifier of a noun ("Iran's position", "US sanctions") stands for
    the whole noun phrase, so the span reaches from the phrase's left edge (with modifiers the
    actor's name leaves out: "Tamil rebels") to its head; the event noun itself ("Russia's
    attack") is not part of its actor's phrase.

    The actor's words with their determiner and left modifiers ("the Kenyan army"), the noun an
    actor modifies ("Iran's position"), and a short name in brackets after it ("the Lebanese
    Armed Forces (LAF)"); never its "of"/"in" phrases, appositions or clauses ("Chad", not "the
    government of Chad") - those are the argument phrase annotators mark, given by
    `argument_phrases`, which `phrase_span` adds for the spans events store. `placed`: the
    caller decides the argument's "in" phrase itself, so an actor named with one says only
    whose it is (`placing_start`). `own`: words of the event's pattern, never the actor's
    ("let free X": the parser hangs "free" on X).
    """
    doc = trigger.doc
    if not mentions:
        return None
    starts, ends = [], []
    for mention in mentions:
        root = span_of(doc, mention.start, mention.end).root
        head = root
        while (
            head.dep_ in PHRASE_DEPS
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head != trigger
        ):
            head = head.head
        first = doc[mention.start]
        # a mention may start at the "both" of "both X and Y", which is the coordination's, at
        # a word of the event's pattern the actors stage read as the name's modifier, or at the
        # state the verb left it in ("shot dead X")
        opening = mention.end - mention.start > 1 and (
            is_preconjunction(first) or first.i in own or is_result_state(first))
        starts.append(min(doc[mention.start + 1].idx if opening else mention.start_char,
                          left_edge(head, own=own).idx))
        end = placing_start(doc, mention) if placed else mention.end
        last = acronym_after(doc[max(end, head.i + 1) - 1])
        ends.append(max(doc[end - 1].idx + len(doc[end - 1].text), last.idx + len(last.text)))
    return (min(starts), max(ends))


def placing_start(doc: Doc, mention: Mention) -> int:
    """Return where an actor's words end before an "in" phrase that only says where an
    identified actor was ("the Chinese ambassador in Berlin", `is_identified`), else the
    mention's end: the actors stage reads the whole as one actor."""
    for word in doc[mention.start + 1 : mention.end]:
        if word.lower_ != PLACING_PREP or word.dep_ != "prep":
            continue
        head = doc[mention.start : word.i].root
        # the phrase's own "in", or one the parser hung above it; not a clause's ("a worker
        # imprisoned in X")
        if (word.head == head or word.head in head.ancestors) and is_identified(head):
            return word.i
        return mention.end
    return mention.end


def phrase_span(
    mentions: list[Mention], trigger: Token, preps: tuple[str, ...] = PHRASE_RIGHT_PREPS,
    own: tuple[int, ...] = (), words: PhraseWords = NO_WORDS,
) -> tuple[int, int] | None:
    """Return the character span of the whole argument phrase some mentions stand in, first
    phrase to last: "sent doctors to the government of Chad" -> "the government of Chad".

    Events store their sides this way, as annotators of arguments mark them (ConfliBERT train
    target exact-span F1 .536 against .517 for the actor's own words; source .851 against .842,
    "A group of Saudi hackers", "Political opponents of the X government"); the actors keep
    their own words in `text`. `preps` are the prepositional phrases a phrase keeps; `own` are
    the words the event's pattern used besides its trigger ("lifted its blockade of X": the
    blockade is what is lifted, not the argument "X"); `words` the participles and nouns whose
    clause or "in" phrase a phrase keeps (`PhraseWords`).
    """
    found = span(mentions, trigger, placed=PLACING_PREP in preps, own=own)
    trigger_span = (trigger.idx, trigger.idx + len(trigger.text))
    phrases = argument_phrases(trigger.doc, found, trigger_span, preps, own, words)
    if found is None or not phrases:
        return found
    return min(start for start, _ in [found, *phrases]), max(end for _, end in [found, *phrases])


def authored_span(
    mentions: list[Mention], thing: Token, trigger: Token, preps: tuple[str, ...] = AUTHOR_PREPS
) -> tuple[int, int] | None:
    """Return the phrase of a thing whose author alone the mentions name, else None: "rejected a
    request from X", "turned down an offer by X" reject the request with its author, as
    "rejected X's offer" does (ConfliBERT train gold marks "a request from X", not "X").
    `preps`: the prepositions that name the thing's author or party."""
    phrases = [prep for prep in thing.children
               if prep.dep_ == "prep" and prep.lower_ in preps]
    # ... or the agent of a participle that says who made it ("a resolution drafted by X")
    phrases += [agent for clause in thing.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                for agent in clause.children if agent.dep_ == "agent"]
    inside = {t.i for phrase in phrases for t in phrase.subtree}
    if not mentions or not all(m.start in inside and m.end - 1 in inside for m in mentions):
        return None
    start, end = phrase_extent(thing, {trigger.i}, (*PHRASE_RIGHT_PREPS, *preps))
    last = max(phrase.right_edge for phrase in phrases)
    return start, max(end, last.idx + len(last.text))


def acronym_after(last: Token) -> Token:
    """Return the closing bracket of a short name in brackets right after a phrase, else the
    phrase's last word: "the Lebanese Armed Forces (LAF)" names the actor twice, and a bracket
    left open ("(LAF") is no phrase at all."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != "(":
        return _closing(last)
    for token in doc[last.i + 2 : last.i + 2 + ACRONYM_WORDS]:
        if token.text == ")":
            return token
        if not (token.pos_ == "PROPN" or token.is_upper or token.text in ".-&"):
            break
    return last


def _closing(last: Token) -> Token:
    """Return the ")" right after a phrase that opened a bracket it did not close, else the
    phrase's last word ("the Forces (LAF" -> "the Forces (LAF)")."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.text != ")":
        return last
    for token in reversed(doc[max(last.i - ACRONYM_WORDS, 0) : last.i + 1]):
        if token.text in ("(", ")"):
            return after if token.text == "(" else last
    return last


def left_edge(head: Token, top: bool = True, own: tuple[int, ...] = ()) -> Token:
    """Return the first word of a phrase, leaving out what only sits before it in the clause:
    a time ("4 May Iraq's army", however deep the parser hangs it), an adverb ("Hours earlier
    Maduro"), punctuation before the head itself ("Iranian-backed" keeps its hyphen) or a word
    of the event's own pattern (`own`)."""
    lefts = [
        child
        for child in head.lefts
        if not (top and (child.dep_ in EDGE_DEPS or is_preconjunction(child)
                         or is_result_state(child)))
        and child.ent_type_ not in ("DATE", "TIME") and child.i not in own
    ]
    return left_edge(lefts[0], top=False, own=own) if lefts else head


def is_preconjunction(word: Token) -> bool:
    """Tell whether a word opens a coordination ("both X and Y", whether parsed as preconj or as
    X's determiner): it belongs to the whole, not to its first conjunct."""
    return word.lower_ in PRECONJUNCTIONS and (
        word.dep_ == "preconj" or any(c.dep_ == "conj" for c in word.head.children))


def argument_phrases(
    doc: Doc, span: tuple[int, int] | None, trigger_span: tuple[int, int],
    preps: tuple[str, ...] = PHRASE_RIGHT_PREPS, own: tuple[int, ...] = (),
    words: PhraseWords = NO_WORDS,
) -> list[tuple[int, int]]:
    """Return the whole noun phrase of each argument an actor span stands in, as characters.

    An event's `target_span` names the actors alone ("Iraq"); annotators of arguments mark the
    phrase the verb takes ("the government of Iraq", "Belgian people", "Belgian Government"),
    one phrase per conjunct, with its determiner, its apposition ("the Sudanese leader, Omar
    Bashir") and an "in" phrase placing it ("the new government in Greece"), but not its other
    prepositional phrases or clauses. The event's own trigger is never part of its argument.
    On ConfliBERT train targets this convention scores exact-span F1 .510 against .486 for the
    actor's own words (sources: .819 and .820, a tie).
    """
    if span is None:
        return []
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return []
    trigger = {t.i for t in doc.char_span(*trigger_span, alignment_mode="expand") or ()}
    trigger |= set(own)
    head = _phrase_head(tokens.root, trigger)
    heads = [head] + [c for c in head.conjuncts if span[0] <= c.idx < span[1] and c.i > head.i]
    return [phrase_extent(h, trigger, preps, placed=PLACING_PREP in preps, words=words)
            for h in heads]


def _phrase_head(token: Token, trigger: set[int]) -> Token:
    """Climb from an actor to the noun whose phrase it modifies, renames or completes with "of"
    ("the Sudanese leader, Omar Bashir"), and to the quantity a partitive takes of it ("some of
    the UN peacekeepers", as ConfliBERT train marks every partitive target). Not over "in": "the
    base in X" is rarely X's."""
    for _ in range(6):
        governor = token.head
        partitive = False
        if token.dep_ == "pobj" and governor.lower_ == "of" and governor.dep_ == "prep":
            governor = governor.head
            partitive = governor.pos_ in PARTITIVE_POS or governor.tag_ in PARTITIVE_TAGS
        elif token.dep_ not in HEAD_DEPS:
            break
        nominal = governor.pos_ in ("NOUN", "PROPN") or partitive
        if governor.i in trigger or not nominal or governor == token:
            break
        token = governor
    return token


def phrase_extent(
    head: Token, trigger: set[int], preps: tuple[str, ...], placed: bool = False,
    words: PhraseWords = NO_WORDS,
) -> tuple[int, int]:
    """Return the characters from a phrase's left edge to its last kept right dependent.

    A comma is kept only inside the phrase, before an apposition it introduces. `placed`: an
    "in" phrase is the argument's only when it says which of its kind the argument is: not
    after a side already named (`is_identified`), and also where the parser hung it on a word
    above (`placing_after`). `words`: the participles whose clause a phrase keeps (ConfliBERT
    train marks them in all 5 targets this changes) and the nouns whose "in" phrase it keeps
    (`PhraseWords`, `is_identified`).
    """
    lefts = [t for t in head.lefts if t.dep_ not in ("conj", "cc", "punct")
             and not is_preconjunction(t) and not is_result_state(t) and t.i not in trigger]
    # a date the parser hung inside the phrase ("17 May Iraq's army") is the clause's
    start = min([head.idx] + [left_edge(t, top=False).idx for t in lefts
                              if t.ent_type_ not in ("DATE", "TIME")])
    end = head
    channels = words.channels
    rights = list(head.rights)
    for n, child in enumerate(rights):
        after = rights[n + 1] if n + 1 < len(rights) else None
        kept = child.dep_ in PHRASE_RIGHT_DEPS and not is_report_subject(child)
        kept = kept and not is_description(child)
        kept = kept or is_describing(child, words.describing)
        kept = kept or (child.dep_ == "prep" and child.lower_ in preps
                        and not is_time_phrase(child) and not is_manner_phrase(child)
                        and not is_channel(child, channels)
                        and not (placed and child.lower_ == PLACING_PREP
                                 and is_identified(head, words.sited)))
        if kept and not any(t.i in trigger for t in child.subtree):
            end = kept_end(child, words.describing) or end
        elif not (child.dep_ == "punct" and after is not None and after.dep_ == "appos"):
            break
    if placed and (placing := placing_after(head, end, trigger, words.sited,
                                            channels)) is not None:
        end = placing_end(placing)
    end = _closing(without_time(end, head))
    return start, end.idx + len(end.text)


def kept_end(child: Token, describing: frozenset[str] = frozenset()) -> Token | None:
    """Return the last word a kept dependent brings into its phrase: the whole of it up to a
    clause inside it, which tells of a word of the phrase and does not say which it is ("the
    activist John Mwangi, who had been held for years", "a unit of X's shipping company that
    was accused of ...", "X's decision of doubling the wage"); a describing participle
    (`is_describing`) and a clause that alone says who a counted group is (`is_defining`) are
    no such clause. None: the dependent keeps no word of its own."""
    inner = [t for t in child.subtree if t.i > child.i and t.dep_ in CLAUSE_DEPS]
    kept = [t for t in inner if is_describing(t, describing) or is_defining(t)]
    clauses = [t for t in inner if t not in kept
               and not any(c in t.ancestors for c in kept)]
    if not clauses:
        return child.right_edge
    word = child.doc[min(c.left_edge.i for c in clauses) - 1]
    while word.i > child.i and (word.is_punct or word.dep_ in ("prep", "cc")):
        word = word.doc[word.i - 1]
    return word if word.i > child.i or child.dep_ != "prep" else None


def is_defining(clause: Token) -> bool:
    """Tell whether a clause says which ones its noun means, as a restrictive "who" clause or a
    bare passive participle right after it does ("the relatives of the sailors who drowned in
    X", "of the twelve fishermen rescued off the coast"), or is all a counted or pronoun-named
    group is named by ("six farmers killed", "those who perished"). A clause after a comma adds
    to a noun already named ("X, who had been held"); "that"/"which" clauses and gerunds tell of
    a thing ("a firm that was accused of ...", "protesters seeking justice")."""
    noun = clause.head
    if noun.tag_ == "DT" or noun.pos_ == "PRON" or any(c.dep_ == "nummod" for c in noun.children):
        return True
    doc = clause.doc
    if clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].is_punct:
        return False
    relative = clause.dep_ == "relcl" and clause.left_edge.lower_ in WHO
    return relative or (clause.dep_ == "acl" and clause.tag_ == "VBN")


def is_describing(child: Token, describing: frozenset[str]) -> bool:
    """Tell whether a noun's dependent is a past participle's clause that says which of its kind
    the noun is ("workers employed by X"), not an act done to it ("a man arrested last week")."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in describing


def is_identified(head: Token, sited: frozenset[str] = frozenset()) -> bool:
    """Tell whether a phrase says whose or who it is without an "in" phrase: a person or a state
    by name, or a head its people or state modifies ("the Chinese ambassador", "Russia's
    forces", "an Afghan army base"). Their "in X" tells where the act was done ("summoned the
    Chinese ambassador in Berlin"): ConfliBERT train leaves it out of the argument 11 times in
    the 14 where this changes a target the gold marks. A `sited` noun is kept one to a place,
    so its "in X" says which one it is ("the Iraqi embassy in Kabul"; sited_nouns.csv)."""
    if head.ent_type_ in ("PERSON", *NAMED_LABELS):
        return True
    if head.lemma_.lower() in sited:
        return False
    return any(t.ent_type_ in NAMED_LABELS
               for child in head.lefts if child.dep_ in PHRASE_DEPS for t in child.subtree)


def placing_after(
    head: Token, end: Token, trigger: set[int], sited: frozenset[str] = frozenset(),
    channels: frozenset[str] = frozenset(),
) -> Token | None:
    """Return an "in" phrase naming a place right after a phrase that does not say whose it is,
    where the parser hung it on a word above ("stormed a police post in eastern X", "detained
    dozens of protesters in Y"): it tells which of its kind the argument is, as ConfliBERT
    train marks it in all 10 targets this changes that the gold marks (a time, "in May", or a
    manner, "in response", never; nor a phrase of `channels`, `is_channel`: "killed five
    militants in a clash on X")."""
    doc = head.doc
    after = end.i + 1
    if after >= len(doc) or is_identified(head, sited):
        return None
    prep = doc[after]
    if prep.lower_ != PLACING_PREP or prep.dep_ != "prep" or prep.head not in head.ancestors:
        return None
    words = list(prep.subtree)
    if any(t.i in trigger for t in words) or is_time_phrase(prep) or is_channel(prep, channels):
        return None
    return prep if any(t.ent_type_ in PLACE_LABELS for t in words) else None


def placing_end(prep: Token) -> Token:
    """Return the last word of an "in" phrase without what the parser conjoined to its place
    ("war victims in X and refugees in Y": "refugees" is another argument)."""
    doc = prep.doc
    joined = [t.i for t in prep.subtree if t.dep_ in ("cc", "conj") and t.head.head == prep]
    return doc[min(joined) - 1] if joined else prep.right_edge


def without_time(end: Token, head: Token) -> Token:
    """Return a phrase's last word before a date closing it, with its preposition, however deep
    the parser hung it ("the families of the migrants found near X last month", "people who
    were killed in X on Tuesday"): it tells when, not who."""
    doc = end.doc
    word = end
    while word.i > head.i and word.ent_type_ in ("DATE", "TIME"):
        word = doc[word.i - 1]
    if word is end:
        return end
    while word.i > head.i and (word.dep_ == "prep" or word.is_punct):
        word = doc[word.i - 1]
    return word


def is_report_subject(child: Token) -> bool:
    """Tell whether a phrase the parser hung on a noun as its apposition is the speaker of a
    report that follows it: "withdrew from Chad, Defence Minister Ali Musa said". An apposition
    is closed by a comma or the sentence's end; one a verb follows is that verb's subject, unless
    the verb is the one the renamed phrase is the subject of ("Ali Musa, the minister said")."""
    doc = child.doc
    after = child.right_edge.i + 1
    if child.dep_ != "appos" or after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return False
    verb, governor = doc[after], child.head.head
    return not (verb == governor or (verb.dep_ in ("aux", "auxpass") and verb.head == governor))


def is_time_phrase(prep: Token) -> bool:
    """Tell whether a prepositional phrase tells when ("refugees in May"), not where: it says
    when the act was done, not which of its kind the argument is."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def is_description(child: Token) -> bool:
    """Tell whether an apposition describes a name rather than giving its title: "Gul Rahman, a
    suspected militant" is Gul Rahman, where "Tantan, the Minister of Interior" is renamed."""
    if child.dep_ != "appos" or child.head.pos_ != "PROPN":
        return False
    # a place has no title: whatever renames it describes it ("Mosul, Iraq's second city")
    return child.left_edge.lower_ in ("a", "an") or child.head.ent_type_ in PLACE_LABELS


def is_channel(prep: Token, channels: frozenset[str]) -> bool:
    """Tell whether a phrase tells through what words went out ("in a statement", "in messages
    to the media") or, given the nouns of violence, by what act harm was done ("in an air
    strike"): the clause's, however the parser hangs it, not the argument's."""
    return is_medium_phrase(prep, channels, ("in",))


def is_manner_phrase(prep: Token) -> bool:
    """Tell whether a phrase on an argument is not its own but the clause's, as its bare singular
    noun shows: "in" telling how ("gunmen in reaction", "in protest"), where a place has a name
    or a determiner; "of" on a name telling a charge ("accused X of genocide"), where a name's
    own "of" names a place or a body ("the Bank of England")."""
    if prep.lower_ == "of" and prep.head.pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "pobj" and c.tag_ == "NN"
        and not any(d.dep_ in ("det", "poss", "compound", "amod") for d in c.children)
        for c in prep.children
    )


def phrase_with_trailing_pps(trigger: Token) -> list[Token]:
    """Return the trigger's phrase and the prepositional phrases right after it.

    The parser often hangs those on the verb before ("remembered the victims of the bombing
    at a market on Friday"), where they belong to the noun just as often: take them as its own.
    """
    tokens = list(trigger.subtree)
    ancestors = {t.i for t in trigger.ancestors}
    after = trigger.right_edge.i + 1
    while after < len(trigger.doc):
        prep = trigger.doc[after]
        if prep.dep_ != "prep" or prep.head.i not in ancestors:
            break
        tokens.extend(prep.subtree)
        after = prep.right_edge.i + 1
    return tokens
