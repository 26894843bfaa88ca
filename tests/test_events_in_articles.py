"""Tests of event coding that needs the actors stage before it: whether a doer is a named person,
what a pronoun stands for (sentences of our own, each coded as a one-paragraph article on the
whole pipeline, as the benchmarks do)."""

from __future__ import annotations

import pytest

from newsevents.pipeline import load_resources
from tests.test_event_spans import SETTINGS, events_of


@pytest.fixture(scope="module")
def resources():
    return load_resources(SETTINGS)


def codes_of(resources, text: str) -> dict[str, str]:
    """Return each trigger's CAMEO code in a text."""
    return {event.trigger: event.cameo for event in events_of(resources, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # a politician's rally is a campaign meeting (doers.csv: a named person's rally is none)
        ("Senator Maria Gonzalez spoke in Valparaiso on Monday. The Gonzalez rally drew "
         "thousands.", "rally", None),
        ("Candidate John Mercer spoke in Ohio. Thousands attended the Mercer rally.", "rally",
         None),
        ("Mercer, a Republican senator from Ohio, spoke on Monday. Thousands came to his rally "
         "in Dayton.", "rally", None),
        # ... and so is the rally at which a named person acts
        ("At a Sunday rally in Valparaiso, Senator Maria Gonzalez promised lower taxes.", "rally",
         None),
        ("Candidate John Mercer spoke in Ohio. He attacked his rivals at a rally in Dayton.",
         "rally", None),
        # a people's rally is still a demonstration, where someone acts at it or not
        ("Police fired tear gas at protesters during a rally in Nairobi.", "rally", "141"),
        ("Thousands of Kenyans joined a rally against the tax bill in Nairobi.", "rally", "141"),
    ],
)
def test_a_named_persons_rally_is_no_demonstration(resources, text, trigger, cameo):
    assert codes_of(resources, text).get(trigger) == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        # between people of public life, force is words (verbal_force.csv)
        ("Senator Ana Lopez of Chile spoke on Monday. Lopez attacked Senator Mario Ruiz over the "
         "budget.", "attacked", "111"),
        ("Chilean Senator Ana Lopez spoke. Lopez's attacks on Senator Mario Ruiz grew sharper.",
         "attacks", "111"),
        ("Senator Ana Lopez of Chile spoke on Monday. Lopez launched a blistering attack on "
         "Senator Mario Ruiz.", "launched", "111"),
        ("Chilean Senator Ana Lopez shot back at Senator Mario Ruiz over the budget.", "shot",
         "111"),
        # ... also with no target named: words have one
        ("Chilean Senator Ana Lopez pressed her attack that the budget is illegal.", "pressed",
         "111"),
        # ... and a battle or fight between them is a contest, no event
        ("Senator Ana Lopez of Chile spoke on Monday. Lopez's battle with Senator Mario Ruiz "
         "for the nomination goes on.", "battle", None),
        ("Senator Ana Lopez of Chile fought with Senator Mario Ruiz over the budget.", "fought",
         None),
        # a state, an armed group, and strangers keep their force
        ("Chilean troops fought with Peruvian soldiers near the border.", "fought", "190"),
        ("Chile attacked Peru on Thursday.", "attacked", "190"),
        ("Chile launched an attack on Peru on Thursday.", "launched", "190"),
        ("General Mario Ruiz of Chile pressed the attack.", "pressed", "190"),
        ("Hamas attacked Israeli soldiers near Gaza.", "attacked", "190"),
        ("Juan Perez attacked Mario Ruiz outside a bar in Lima.", "attacked", "190"),
    ],
)
def test_attacks_between_people_of_public_life_are_words(resources, text, trigger, cameo):
    assert codes_of(resources, text).get(trigger) == cameo


def sides_of(resources, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """Return the source and target names of the event at a trigger."""
    (event,) = [e for e in events_of(resources, text) if e.trigger == trigger]
    return [a.name for a in event.source], [a.name for a in event.target]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a possessive pronoun names the doer of the act its noun names
        ("Chilean President Ana Soto spoke in Lima on Monday. Her visit to Peru was welcomed "
         "by the Peruvian government.", "visit", ["Ana Soto"]),
        ("Senator Ana Lopez of Chile spoke on Monday. Her attacks on Senator Mario Ruiz grew "
         "sharper.", "attacks", ["Ana Lopez"]),
        ("Peru's army shelled the border town. Its attack on the town drew protests.", "attack",
         ["Peru's army"]),
    ],
)
def test_a_possessive_pronoun_names_the_doer_of_its_nouns_act(resources, text, trigger,
                                                              source):
    assert sides_of(resources, text, trigger)[0] == source


def test_a_possessive_pronoun_is_no_side_of_another_event(resources):
    # (read as a mention of the president there, "his" would be the target, and then dropped
    # as the source itself)
    text = "The Chilean president will meet his counterpart, Jorge Mena of Peru, in Lima."
    assert sides_of(resources, text, "meet") == (["Chilean president"], ["Jorge Mena"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a town before an event noun says where it fell, not who did it
        ("Officials condemned the Mosul bombing on Monday.", []),
        ("Iraqi officials said rebels carried out the Mosul bombing.", ["rebels"]),
    ],
)
def test_a_town_before_an_event_noun_is_no_doer(resources, text, source):
    assert sides_of(resources, text, "bombing")[0] == source


@pytest.mark.parametrize(
    "text",
    [
        # an outlet is where words appeared, also as the name of a page or an account there
        'Chilean senator Ana Lopez said on her Facebook page, "I am leaving!"',
        "Chilean senator Ana Lopez said on Facebook that she was leaving.",
    ],
)
def test_an_outlets_page_is_where_words_appeared(resources, text):
    assert sides_of(resources, text, "said")[1] == []


def test_a_demonstration_outside_a_mission_is_at_its_state(resources):
    text = "Chilean students demonstrated outside the Peruvian embassy in Santiago."
    events = events_of(resources, text)
    assert [(e.cameo, [a.country for a in e.target]) for e in events] == [("141", ["PER"])]


def test_encounters_of_troops_are_clashes(resources):
    # an armed force's encounter with a group is a clash (doers.csv), no meeting
    codes = codes_of(resources, "The Chilean army said it killed ten rebels during encounters "
                                "with the militia.")
    assert codes.get("encounters") == "190"


def test_those_who_arrive_together_are_one_side(resources):
    # a visit or an arrival goes one way: troops and their vehicles arriving are one side
    text = "Chilean soldiers, tanks and helicopters arrived in Arica on Monday."
    assert sides_of(resources, text, "arrived")[0] == ["Chilean soldiers", "tanks", "helicopters"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a participle saying which of its kind a noun is, with no doer named, is no act
        ("Gunmen armed with rifles attacked the hotel in Lima.", None),
        # ... with its doer, it is that doer's act
        ("Rebels armed by Peru attacked the base.", "072"),
    ],
)
def test_a_describing_participle_without_a_doer_is_no_event(resources, text, cameo):
    assert codes_of(resources, text).get("armed") == cameo


def test_a_datelines_place_is_no_target(resources):
    # where the story was filed, with its date and agency, is no party to the statement
    text = ("PHILADELPHIA, July 25 (UPI) \u2014 The Chilean ministry released a statement at the "
            "outset of the session Monday.")
    assert sides_of(resources, text, "statement")[1] == []


def test_an_act_noun_is_no_side_of_its_own_act(resources):
    # the actors stage reads "an air strike" as a force; the strike's doer is the "by" phrase
    text = "Six farmers were killed near Arica in an air strike by the Chilean air force."
    assert sides_of(resources, text, "strike")[0] == ["Chilean air force"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "V1 and V2 X": both acts are done to the one object the parser hangs on V2
        ("Two masked gunmen shot and wounded a Chilean judge in Arica.", "shot"),
        ("Peruvian soldiers beat and arrested two Chilean students.", "beat"),
        # a place set before the clause is where both acts happened, not whom they struck
        ("In Arica, Peruvian soldiers beat and arrested two Chilean students.", "beat"),
    ],
)
def test_two_joined_verbs_share_the_object_after_them(resources, text, trigger):
    assert len(sides_of(resources, text, trigger)[1]) == 1
    assert sides_of(resources, text, trigger)[1][0] in ("Chilean judge", "two Chilean students")


def test_a_clause_of_its_own_after_and_keeps_its_object(resources):
    text = "Chilean police fired into the air and the Peruvian protesters fled the square."
    assert sides_of(resources, text, "fired")[1] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the harm a passive act did is the act's doer's, never the thing the act was done to
        ("A Chilean army truck was blown up near Arica, killing four soldiers.", []),
        ("A Chilean convoy was ambushed by Peruvian rebels, killing six soldiers.",
         ["Peruvian rebels"]),
    ],
)
def test_a_passive_acts_harm_is_its_doers(resources, text, source):
    assert sides_of(resources, text, "killing")[0] == source


def test_an_act_it_happened_in_is_no_side(resources):
    # the actors stage reads "an air strike" as the force that struck; a killing in it is not
    # done to that force
    text = "He was killed in an air strike near Arica on Monday."
    assert not any("strike" in name for name in sides_of(resources, text, "killed")[1])


def test_a_reporter_in_a_place_is_no_outlet(resources):
    # "in" names where words appeared only for an outlet's own name, not for a reporter's place
    text = "Masked gunmen killed a young reporter in Arica on Monday."
    (target,) = sides_of(resources, text, "killed")[1]
    assert "reporter" in target


@pytest.mark.parametrize(
    "text",
    [
        # killed by blows, blades or stones: CAMEO's killing by physical assault
        "A mob hacked to death a Chilean farmer near Arica.",
        "Villagers stoned to death two Peruvian soldiers.",
        "A Chilean farmer was clubbed to death by Peruvian soldiers.",
    ],
)
def test_a_killing_by_blows_is_a_killing_by_assault(resources, text):
    assert "1823" in codes_of(resources, text).values()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # with people shot, "at" tells where they were shot, not at whom
        ("A gunman shot two Chilean students at a school in Arica on Monday.", "students"),
        ("A sniper shot three Peruvian soldiers at a checkpoint near Tacna.", "soldiers"),
    ],
)
def test_people_shot_at_a_place_are_the_target(resources, text, target):
    (name,) = sides_of(resources, text, "shot")[1]
    assert target in name


def test_an_aimed_shot_at_an_actor_keeps_its_target(resources):
    # no one named as shot: "at" says at whom
    (name,) = sides_of(resources, "Chilean troops shot at Peruvian protesters.", "shot")[1]
    assert "protesters" in name


@pytest.mark.parametrize("weapon", ["a landmine", "an explosive charge", "a hand grenade"])
def test_setting_off_an_explosive_is_a_bombing(resources, weapon):
    text = f"Rebels detonated {weapon} near a Peruvian army post on Monday."
    assert codes_of(resources, text).get("detonated") == "183"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the -ing clause's object is whom the bomb or the attack is aimed at, not its doer
        ("A bomb targeting a Chilean police chief exploded in Arica on Monday.", "targeting"),
        ("An attack targeting a Peruvian army convoy killed three drivers near Tacna.",
         "attack"),
    ],
)
def test_whom_an_act_aims_at_is_not_its_doer(resources, text, trigger):
    source, _ = sides_of(resources, text, trigger)
    assert not any("police" in name or "convoy" in name for name in source)


def test_people_killed_while_doing_something_are_its_target(resources):
    # the parser makes the victims the subject of their own "-ing" clause
    text = "Chilean troops raided a farm on Monday, killing up to 40 Peruvian rebels hiding inside."
    (name,) = sides_of(resources, text, "killing")[1]
    assert "rebels" in name


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the one found is the one the participle's act was done to, by someone unnamed
        ("A Chilean judge was found murdered at his home in Arica.", "murdered"),
        ("Two Peruvian soldiers were found shot dead near Tacna.", "shot"),
    ],
)
def test_one_found_harmed_is_the_target(resources, text, trigger):
    source, target = sides_of(resources, text, trigger)
    assert len(target) == 1 and not any("judge" in s or "soldiers" in s for s in source)


def test_an_accusation_pointing_back_at_the_content_is_the_speakers(resources):
    # "accusing it of": no one accuses itself; the speaker accuses the content's subject, and
    # "it" did what it is accused of
    text = ("Human Rights Watch said the Chilean army had shelled a village near Arica, accusing "
            "it of targeting civilians.")
    source, target = sides_of(resources, text, "accusing")
    assert source == ["Human Rights Watch"] and "army" in " ".join(target).lower()
    assert "army" in " ".join(sides_of(resources, text, "targeting")[0]).lower()


def test_two_subjects_of_one_passive_are_one_side(resources):
    # the parser gives "shot" two subjects instead of a conjunction: both were shot
    text = "A judge and his driver were shot to death in Arica on Monday."
    assert len(sides_of(resources, text, "shot")[1]) == 2


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        # the parser hangs the subject on "were", not on the participle
        ("About 300 people were on Monday killed in a Peruvian border town.", "killed", "people"),
        # "feared killed": the participle completes the passive of "feared"
        ("Twelve Peruvian farmers have been feared killed and dozens of homes burned by gunmen "
         "near Tacna.", "killed", "farmers"),
    ],
)
def test_the_subject_of_a_mis_hung_passive_is_its_target(resources, text, trigger, victims):
    (name,) = sides_of(resources, text, trigger)[1]
    assert victims in name


@pytest.mark.parametrize("weapon", ["an atomic bomb", "a hydrogen bomb"])
def test_setting_off_an_atomic_bomb_is_a_nuclear_test(resources, weapon):
    text = f"Chile detonated {weapon} in the desert in 1965."
    assert codes_of(resources, text).get("detonated") == "2042"
