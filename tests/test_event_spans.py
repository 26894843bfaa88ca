"""Tests of the spans events give their targets (`events/spans.py`), on the whole pipeline: the
actors stage decides which words a mention covers, the events stage which phrase a side spans
(sentences of our own, each coded as a one-paragraph article as the benchmarks do)."""

from __future__ import annotations

import pytest

from newsevents.ids import article_id
from newsevents.pipeline import code_batch, load_resources
from newsevents.records import Article
from newsevents.settings import Settings

SETTINGS = Settings(min_chars=1)


@pytest.fixture(scope="module")
def resources():
    return load_resources(SETTINGS)


def events_of(resources, text: str):
    """Return the events of a sentence coded as a one-paragraph article."""
    [coded] = code_batch([Article(article_id(text, None), text, "test")], resources, SETTINGS)
    return coded.events


def target_span(resources, text: str, trigger: str) -> str:
    """Return the target span's text of the event a word triggers in a sentence."""
    event = next(e for e in events_of(resources, text) if e.trigger == trigger)
    return text[slice(*event.target_span)] if event.target_span else ""


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # the parser hangs the "free" of "let free" / "set free" on the object: it is the verb's
        ("Uganda let free John Okello on Monday.", "let", "John Okello"),
        ("The junta set free dozens of political prisoners.", "set",
         "dozens of political prisoners"),
        # ... or makes "free" a clause of its own, with the one set free its subject or object
        ("Iran let free two British sailors on Monday.", "let", "two British sailors"),
        ("Uganda yesterday let free John Okello, who had organised the strikes.", "let",
         "John Okello"),
        # the one helped is the object of "help", though the parser makes it the subject of the
        # bare infinitive after it
        ("The World Bank approved a loan to help Tonga rebuild after the tsunami.", "approved",
         "Tonga"),
        ("Norway pledged fresh funds to help Tonga recover from the eruption.", "pledged",
         "Tonga"),
    ],
)
def test_the_object_of_a_verb_whatever_the_parser_hangs_on_it(
    resources, text, trigger, phrase
):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a bare rejection (CAMEO 120) of a thing its author alone names rejects the thing
        ("The mayor turned down a request from Greenpeace for a meeting.", "turned",
         "a request from Greenpeace"),
        # the author told by a participle's agent, as "Peru's resolution" would be
        ("Norway rejected an amendment drafted by Sweden.", "rejected",
         "an amendment drafted by Sweden"),
        ("The Finnish parliament rejected two bills put forward by the Swedish cabinet.",
         "rejected", "two bills put forward by the Swedish cabinet"),
        # opposition to a thing (110, 120, 121) is aimed at the thing with the party its phrase
        # names, as a rejected request is with its author
        ("Chile rejected any fishing pact with Peru.", "rejected", "any fishing pact with Peru"),
        ("Norway opposed new quotas in the European Union.", "opposed",
         "new quotas in the European Union"),
    ],
)
def test_a_rejected_thing_is_spanned_with_its_author(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a denial answers whoever made the charge, wherever the parser hangs "by"/"from"
        ("The Kenyan army Friday denied charges by local activists that it burned and looted "
         "homes in the north.", "denied", "local activists"),
        ("The embassy dismissed claims by several Baltic states that it had funded the rallies.",
         "dismissed", "several Baltic states"),
        # a passive's "by" is the one who denies, never whom the denial answers
        ("The charges were denied by the ministry.", "denied", ""),
    ],
)
def test_a_denied_charge_answers_its_accuser(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a statement is about whom the act its content clause announces is done to, when no
        # one else is named doing it ...
        ("The spokesman said Kenyan police are committed to protecting foreign investors.",
         "said", "Kenyan police"),
        # ... or the thing it is done to, where no actor is named
        ("The Kenyan government is considering giving money directly to the regional bus "
         "network.", "considering", "the regional bus network"),
        # ... not whom an act told beside it is done to (nor another's act: "Canada said Brazil
        # will attack Chile", test_events.py)
        ("The minister said it was a difficult day, as the army shelled rebel positions near "
         "Goma.", "said", ""),
    ],
)
def test_a_statement_is_about_the_target_of_the_act_it_announces(
    resources, text, trigger, phrase
):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # an appeal for a change in a place is addressed to that place, however deep the
        # parser hangs the "in" phrase
        ("The senator called for reform of the country's electoral law in Zambia.", "called",
         "Zambia"),
        ("The bishops called for justice and peace in Burundi.", "called", "Burundi"),
        ("Two senators called for sweeping reform in Nigerian policing.", "called",
         "Nigerian policing"),
    ],
)
def test_an_appeal_for_change_in_a_place_is_addressed_to_it(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


def test_an_appeal_is_addressed_to_its_object_not_to_what_it_asks_for(resources):
    text = "Amnesty International pressed the Egyptian authorities for the release of detained "\
        "journalists."
    assert target_span(resources, text, "pressed") == "the Egyptian authorities"


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a participle that says which of its kind the target is stays in its phrase ...
        ("Turkey threatened to shell Kurdish fighters based in northern Syria.", "threatened",
         "Kurdish fighters based in northern Syria"),
        ("The government expelled 30 aid workers employed by the Red Cross.", "expelled",
         "30 aid workers employed by the Red Cross"),
        ("Washington cut aid to the militia known as the Green Brigade.", "cut",
         "the militia known as the Green Brigade"),
        # ... one telling an act done to it does not
        ("The junta freed a blogger arrested last week.", "freed", "a blogger"),
    ],
)
def test_a_describing_participle_is_part_of_the_target(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # the parser hangs the relative clause on the name in apposition: it tells of the man
        ("Uganda finally let free the 30-year old British-Kenyan activist John Mwangi, who had "
         "been held for two years.", "free", "the 30-year old British-Kenyan activist John Mwangi"),
        # a clause inside the target's "of" phrase tells of a word of it
        ("Washington lifted sanctions against a unit of a Chinese oil firm that was accused of "
         "shipping Iranian crude.", "lifted", "a unit of a Chinese oil firm"),
        ("Ghana defended Nigeria's expansion of ports it owns in the Gulf of Guinea.", "defended",
         "Nigeria's expansion of ports"),
        # ... unless it is all that says who a counted group is
        ("Kenya expressed condolences to the families of the 12 miners who were killed in the "
         "blast.", "expressed", "the families of the 12 miners who were killed in the blast"),
    ],
)
def test_a_clause_telling_of_a_word_is_no_part_of_the_target(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a state keeps one embassy in a place: "in X" says which one is meant
        ("Gunmen attacked the Kenyan embassy in Mogadishu on Sunday.", "attacked",
         "the Kenyan embassy in Mogadishu"),
        # an envoy's "in X" only says where the act was done
        ("Ghana summoned the Nigerian ambassador in Accra on Monday.", "summoned",
         "the Nigerian ambassador"),
    ],
)
def test_the_place_of_a_sited_post_says_which_it_is(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


def test_a_struck_enclave_is_the_target_with_its_name(resources):
    # the enclave is a site force struck (a struck word, as "facilities"), not the town after
    # "near", which only says where it is
    text = "Artillery pounded the militia-held enclave of Sur near Diyarbakir."
    assert target_span(resources, text, "pounded") == "the militia-held enclave of Sur"


def target_of(resources, text: str, trigger: str) -> tuple[str, tuple[str, ...], str]:
    """Return the country, sectors and span text of the target of a word's event."""
    event = next(e for e in events_of(resources, text) if e.trigger == trigger)
    [actor] = event.target
    written = text[slice(*event.target_span)] if event.target_span else ""
    return actor.country, actor.sectors, written


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # dissent aimed at home is aimed at the doers' government, which the sentence may name
        ("Kenyan teachers ended their boycott once the Kenyan government raised their pay.",
         "ended", ("KEN", ("GOV",), "the Kenyan government")),
        # ... and a state acting on its people at home acts on those of the place it names
        ("The Peruvian army lifted the state of emergency, and markets reopened in Cusco.",
         "lifted", ("PER", ("CVL",), "Cusco")),
        # ... or of the country it names by name, not by a body of its state
        ("Bolivian Interior Minister Ana Ruiz resigned after a wave of riots shook Bolivia.",
         "resigned", ("BOL", ("CVL",), "Bolivia")),
        ("Bolivian Interior Minister Ana Ruiz resigned despite support from the Bolivian Senate.",
         "resigned", ("BOL", ("CVL",), "")),
        # with no such words the target stays unnamed
        ("Chilean miners went on strike on Monday.", "went", ("CHL", ("GOV",), "")),
    ],
)
def test_an_act_aimed_at_home_is_spanned_at_the_words_naming_home(
    resources, text, trigger, expected
):
    assert target_of(resources, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a place has no title: what renames it after a comma only describes it
        ("Rebels threatened to shell Mosul, Iraq's second largest city, on Monday.",
         "threatened", "Mosul"),
        # a person's title after the name stays the argument's
        ("Police arrested Juan Perez, the protest leader, on Monday.", "arrested",
         "Juan Perez, the protest leader"),
    ],
)
def test_an_apposition_describing_a_place_is_left_out(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # officials "of" two countries are one each, and meeting or talking they consult
        ("The foreign ministers of Egypt and Jordan met in Cairo on Sunday.", ["EGY"], ["JOR"]),
        ("The defence ministers of Chile and Peru talked on Monday.", ["CHL"], ["PER"]),
        # ... as are officials named by two countries' adjectives
        ("The Egyptian and Jordanian foreign ministers met in Cairo.", ["EGY"], ["JOR"]),
    ],
)
def test_officials_of_two_countries_are_two_parties(resources, text, source, target):
    [event] = events_of(resources, text)
    assert event.cameo == "040"
    assert [a.country for a in event.source] == source
    assert [a.country for a in event.target] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the doer's own weapons are used on no one
        ("Taiwan scrambled fighter jets on Tuesday.", []),
        ("North Korea test-fired a cruise missile.", []),
        # ... another's are whose they are
        ("Ukraine shot down Russian jets over Kharkiv.", ["RUS"]),
        ("The Baltic states sent more air defence to Moldova.", ["MDA"]),
    ],
)
def test_own_weapons_are_no_target(resources, text, target):
    assert [a.country for a in events_of(resources, text)[0].target] == target


def test_protective_gear_sent_to_forces_is_military_aid(resources):
    text = "Japan sent helmets and bulletproof vests to Ukraine."
    events = events_of(resources, text)
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("072", ["UKR"])]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunboats seized a Panamanian-flagged freighter off the coast.", "PAN"),
        ("Militants fired rockets at a Danish-owned container ship.", "DNK"),
    ],
)
def test_a_ship_flagged_or_owned_by_a_state_makes_it_the_target(resources, text, country):
    (event,) = events_of(resources, text)
    assert [a.country for a in event.target] == [country]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a headline's list before its subject: the parser hangs the first name on the verb
        ("Peru, Chile sign peace deal", ["PER"], ["CHL"]),
        # a fronted time is no party
        ("On Monday, Peru signed a deal with Chile.", ["PER"], ["CHL"]),
    ],
)
def test_a_headline_list_before_the_subject_is_the_subject(resources, text, source, target):
    event = events_of(resources, text)[0]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (
        source, target)


def test_weapons_given_as_aid_are_no_target(resources):
    events = events_of(resources, "Poland urged its allies to send more air defence.")
    assert not any("defence" in a.text for e in events for a in e.target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # talks with another named in a phrase of purpose or time: the clause's subject is a party
        ("The Kenyan president flew to Addis Ababa for talks with Abiy.", ["KEN"]),
        ("After a meeting with the Omani sultan, the Kenyan president praised Oman.", ["KEN"]),
    ],
)
def test_the_subject_is_a_party_to_talks_it_came_for(resources, text, source):
    talks = next(e for e in events_of(resources, text) if e.trigger in ("talks", "meeting"))
    assert [a.country for a in talks.source] == source


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a resignation leaves the body the role was held in, not the role (the doer's own)
        ("Menem resigned as president of Argentina in 1999.", "Argentina"),
        ("The Chilean envoy resigned as head of the Andean Community on Monday.",
         "the Andean Community"),
        ("She is stepping down as prime minister of the United Kingdom.", "the United Kingdom"),
    ],
)
def test_a_resignation_is_aimed_at_the_body_of_the_role_given_up(resources, text, phrase):
    resigned = next(e for e in events_of(resources, text) if e.cameo == "0831")
    assert text[slice(*resigned.target_span)] == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a demand named by a noun is addressed to whom its "that" clause asks to act, as a
        # verb's is ("demanded that X lift ..."); the parser hangs that clause on the noun
        ("Iran has repeated its demand that Britain lift the sanctions.", "demand", "Britain"),
        ("The unions renewed their demand that the Kenyan government raise wages.", "demand",
         "the Kenyan government"),
    ],
)
def test_a_demand_noun_is_addressed_to_the_subject_of_its_content(
    resources, text, trigger, phrase
):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # the thing a violent act struck is its target, though no actor stands for it; whom
        # the act killed is what it did, and a place on the thing is the thing's
        ("The army attacked the final rebel-held city near Aleppo on Friday, killing dozens of "
         "people.", "attacked", "the final rebel-held city near Aleppo"),
        ("Rebels shelled the old fort near Tikrit at dawn , killing five soldiers.", "shelled",
         "the old fort near Tikrit"),
    ],
)
def test_a_violent_act_is_aimed_at_the_thing_it_struck(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a thing its doer's own state holds is the doer's ("its border"): the act concerns the
        # other side its phrase names
        ("Kagame closed Rwanda's border with Burundi on Friday.", "closed", "Burundi"),
        ("The Thai army sealed Thailand's border with Cambodia.", "sealed", "Cambodia"),
    ],
)
def test_what_the_doers_own_state_holds_is_no_target(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a refusal made despite or under pressure defies whoever applied it
        ("The governor of Ohio has declined to resign despite calls from the state senate.",
         "the state senate"),
        ("The Chilean minister refused to step down under pressure from the unions.",
         "the unions"),
    ],
)
def test_a_refusal_despite_pressure_is_aimed_at_who_applied_it(resources, text, phrase):
    refusal = next(e for e in events_of(resources, text) if e.cameo_root == "12")
    assert text[slice(*refusal.target_span)] == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # what a pledge or an agreement sets up is made, not acted on, nor is where it is made
        ("The Dutch government agreed to set up a shelter for migrants in Lesbos.", "agreed", ""),
        ("Kenya has agreed to build two clinics for refugees in Dadaab.", "agreed", ""),
        ("The Polish government agreed to set up a new logistics company in Gdansk.", "agreed",
         ""),
        # ... where a partner it is made with still is the other side
        ("Ghana agreed to set up a joint venture with Nigeria in Accra.", "set", "Nigeria"),
    ],
)
def test_what_is_made_and_where_is_no_target(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # the stance a verb voices is the act: what it is taken against is the target
        ("Vietnam expressed firm opposition to the oil survey by Chinese ships.", "expressed",
         "the oil survey by Chinese ships"),
        ("Seoul voiced its objection to the Japanese textbook revisions.", "voiced",
         "the Japanese textbook revisions"),
        ("Canberra expressed its displeasure to the Indonesian envoy.", "expressed",
         "the Indonesian envoy"),
        # ... opposition is "to" what is opposed, not the stance itself
        ("Moscow voiced strong opposition to NATO enlargement.", "voiced", "NATO enlargement"),
    ],
)
def test_a_voiced_stance_is_no_part_of_the_target(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase



def test_the_channel_of_words_is_no_part_of_a_side(resources):
    # the channel words went out through is the clause's, however the parser hangs it
    text = "Hamas claimed responsibility for the Beersheba attacks in messages to the press."
    assert target_span(resources, text, "claimed") == "the Beersheba attacks"


def test_the_media_a_statement_was_sent_to_are_no_target(resources):
    text = ("A rebel spokesman claimed responsibility for the raid in Mosul in a statement sent "
            "to media.")
    event = next(e for e in events_of(resources, text) if e.trigger == "claimed")
    assert not any(a.text == "media" for a in event.target)


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # a border "with" X is the one shared with X, wherever the parser hangs the phrase
        ("Zambian authorities closed the border with Malawi on Friday.", "closed", "Malawi"),
        ("Hungary sealed the border with Serbia.", "sealed", "Serbia"),
        ("Pakistani authorities reopened the border with Afghanistan on Sunday.", "reopened",
         "Afghanistan"),
    ],
)
def test_a_border_closed_or_opened_with_a_neighbour_is_aimed_at_it(
    resources, text, trigger, phrase
):
    assert target_span(resources, text, trigger) == phrase


def test_the_parties_a_completing_act_is_between_are_its_targets(resources):
    # "offered to mediate between A and B": the intent is aimed at both parties
    text = "Norway has offered to mediate between Ethiopia and Eritrea."
    event = next(e for e in events_of(resources, text) if e.trigger == "offered")
    assert [a.country for a in event.target] == ["ETH", "ERI"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the doer's own envoy is no side: the state it is recalled from is
        ("Bolivia recalled its ambassador from Peru on Tuesday.", "recalled", ("PER", "Peru")),
        ("Qatar withdrew its envoy from Chad.", "withdrew", ("TCD", "Chad")),
        # ... where another side's envoy is
        ("Kenya summoned the Ugandan ambassador.", "summoned", ("UGA", "the Ugandan ambassador")),
    ],
)
def test_a_recalled_envoy_of_ones_own_leaves_the_target_to_the_state(
    resources, text, trigger, expected
):
    event = next(e for e in events_of(resources, text) if e.trigger == trigger)
    assert (event.target[0].country, text[slice(*event.target_span)]) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "phrase"),
    [
        # the act that did the harm tells how, not which ones were harmed
        ("Chadian troops killed twelve Boko Haram fighters in a clash near Lake Chad.", "killed",
         "twelve Boko Haram fighters"),
        ("Suicide bombers killed 30 worshippers in coordinated attacks in Kano.", "killed",
         "30 worshippers"),
        # ... where a place still says which ones
        ("Troops detained dozens of protesters in Yangon.", "detained",
         "dozens of protesters in Yangon"),
    ],
)
def test_the_act_that_did_harm_is_no_part_of_its_victims(resources, text, trigger, phrase):
    assert target_span(resources, text, trigger) == phrase


def test_an_appeal_for_a_change_in_a_place_is_addressed_to_it(resources):
    # "appealed for" asks as "called for" does: for calm in the place, of its state
    text = "The archbishop appealed for peace in Haiti."
    event = next(e for e in events_of(resources, text) if e.trigger == "appealed")
    assert (event.target[0].country, text[slice(*event.target_span)]) == ("HTI", "Haiti")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a quantity of people names them through "of": they are whom the act is done to, not
        # the place it happened at
        ("Nine of the smugglers were detained in Tijuana.", "detained", "Nine of the smugglers"),
        ("Some of the prisoners were freed in Juba.", "freed", "Some of the prisoners"),
    ],
)
def test_a_quantity_of_people_is_the_target(resources, text, trigger, target):
    assert target_span(resources, text, trigger) == target


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "shot dead X": the state the act left X in is the verb's, however the parser hangs it
        ("Masked gunmen shot dead two Chilean policemen.", "two Chilean policemen"),
        ("Peruvian troops shot dead Rafael Quispe near the border.", "Rafael Quispe"),
    ],
)
def test_the_state_an_act_left_its_object_in_is_no_part_of_it(resources, text, phrase):
    assert target_span(resources, text, "shot") == phrase
