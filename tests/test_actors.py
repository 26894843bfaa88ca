"""Tests of the actors stage: named mentions, titles, name variants and references."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsevents import places
from newsevents.actors import (
    actor_mentions,
    mention_at,
    mentions_at,
    mentions_in,
    resolve_actors,
)
from newsevents.actors.candidates import Context
from newsevents.actors.names import mend_names
from newsevents.annotate import load_pipeline
from newsevents.dictionaries import load_actor_dictionary
from newsevents.records import Actor, Article, Mention
from newsevents.settings import Settings
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


@pytest.fixture(scope="module")
def ruled_nlp(dictionary):
    """The pipeline the project runs: the statistical model with datelines and the dictionary's
    entity ruler in front of the NER."""
    return load_pipeline(Settings().model, dictionary)


def resolver(ruled_nlp, dictionary, published: str = "2024-04-03", gazetteer=None):
    """Return a function that resolves the actors of a text as one article of that date."""

    def run(text: str, published: str = published) -> tuple[Mention, ...]:
        article = Article(article_id="t", text=text, source="test", published=published)
        return resolve_actors(ruled_nlp(text), article, dictionary, gazetteer)

    return run


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):
    return resolver(ruled_nlp, dictionary)


def actor_of(mentions, text: str) -> Actor | None:
    """Return the actor of the first mention whose text contains `text`."""
    found = [m.actor for m in mentions if text in m.text]
    return found[0] if found else None


def actors_of(mentions, text: str) -> list[Actor]:
    return [m.actor for m in mentions if m.text == text]


@pytest.mark.parametrize(
    "text, written, name, country",
    [
        ("Washington and Beijing traded barbs over tariffs.", "Washington", "United States", "USA"),
        ("Washington and Beijing traded barbs over tariffs.", "Beijing", "China", "CHN"),
        ("The Kremlin rejected the offer on Friday.", "Kremlin", "Russia", "RUS"),
        ("Downing Street welcomed the ceasefire.", "Downing Street", "United Kingdom", "GBR"),
        ("Tehran summoned the envoy.", "Tehran", "Iran", "IRN"),
    ],
)
def test_capitals_and_seats_stand_for_the_government(resolve, text, written, name, country):
    actor = actor_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors, actor.kind) == (
        name, country, ("GOV",), "state",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, written",
    [
        ("Gunmen opened fire at a market outside Nairobi on Sunday.", "Nairobi"),
        ("The two leaders held talks in Beijing.", "Beijing"),
        ("Protesters gathered near Tehran after the vote.", "Tehran"),
    ],
)
def test_a_capital_after_a_site_preposition_is_a_place_not_a_government(resolve, text, written):
    # listed as a place mention (it may stand for its state), never as the government acting
    assert actor_of(resolve(text), written).kind == "place"


@pytest.mark.parametrize(
    "text, written",
    [
        ("The Nairobi bombing killed nine people.", "Nairobi"),
        ("Mourners remembered the victims of the Tehran attacks.", "Tehran"),
    ],
)
def test_a_capital_before_a_word_of_force_is_where_it_fell(resolve, text, written):
    # where the bombing struck, its people hit (as a town's), never the government that bombed
    actor = actor_of(resolve(text), written)
    assert actor.kind != "state" and "GOV" not in actor.sectors


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("The European Union imposed new sanctions on Moscow.", "Moscow", "RUS"),
        ("The envoy delivered an appeal to Kyiv.", "Kyiv", "UKR"),
        ("Australia lodged a protest with Beijing over the incident.", "Beijing", "CHN"),
    ],
)
def test_a_capital_after_other_prepositions_stays_the_government(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert actor is not None and (actor.country, actor.kind) == (country, "state")


def test_demonym_plurals_are_the_people_of_the_country(resolve):
    mentions = resolve("Palestinians marched in Ramallah while Israelis voted in a new election.")
    assert actor_of(mentions, "Palestinians").country == "PSE"
    assert actor_of(mentions, "Israelis").country == "ISR"


@pytest.mark.parametrize(
    "written, country, sectors, role",
    [
        ("Anna Keller", "DEU", ("GOV",), "Foreign Minister"),
        ("Ravi Mehta", "IND", ("GOV", "MIL"), "Defence Minister"),
    ],
)
def test_titles_give_role_country_and_sectors(resolve, written, country, sectors, role):
    text = "German Foreign Minister Anna Keller met Indian Defence Minister Ravi Mehta."
    mentions = resolve(text)
    actor = actor_of(mentions, written)
    assert (actor.name, actor.country, actor.sectors, actor.role) == (
        written, country, sectors, role,
    )  # fmt: skip
    assert actor.basis == "title"


def test_a_counterpart_holds_the_same_office_in_the_modifier_country(resolve):
    mentions = resolve(
        "Japanese Defense Minister Kenji Sato spoke with his Australian counterpart Liam Grant."
    )
    actor = actor_of(mentions, "Liam Grant")
    assert (actor.country, actor.role, actor.sectors) == ("AUS", "Defense Minister", ("GOV", "MIL"))


def test_apposition_gives_role_and_country(resolve):
    text = "Tomas Varga, a spokesman for Hungary's interior ministry, denied the report."
    mentions = resolve(text)
    actor = actor_of(mentions, "Tomas Varga")
    assert (actor.country, actor.basis) == ("HUN", "apposition")
    assert "GOV" in actor.sectors
    assert actor.role.startswith("spokesman for Hungary")


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("Ukrainian forces shelled the bridge overnight.", "Ukrainian forces", "UKR", ("MIL",)),
        ("Pakistani police detained the suspects.", "Pakistani police", "PAK", ("COP",)),
        ("Lebanon's army sealed the border.", "Lebanon's army", "LBN", ("MIL",)),
        ("Hamas fighters crossed the fence.", "Hamas fighters", "PSE", ("REB",)),
    ],
)
def test_modifiers_give_the_country_of_agent_nouns(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


def test_conjoined_demonyms_give_one_actor_per_country(resolve):
    mentions = resolve("Senior Egyptian and Sudanese officials met on Sunday to discuss the dam.")
    officials = [m.actor for m in mentions if m.text.endswith("officials")]
    assert [(a.country, a.sectors) for a in officials] == [("EGY", ("GOV",)), ("SDN", ("GOV",))]


def test_a_prepositional_object_gives_the_country(resolve):
    mentions = resolve("A spokesperson for the Indian foreign ministry rejected the claim.")
    actor = actor_of(mentions, "spokesperson")
    assert (actor.country, actor.sectors, actor.basis) == ("IND", ("GOV",), "modifier")


def test_a_named_body_in_a_title_gives_its_sectors(resolve):
    # an international body's official holds an office too: IGO and MIL of NATO, GOV of the title
    mentions = resolve("NATO Secretary General Helga Lund warned of new threats.")
    actor = actor_of(mentions, "Helga Lund")
    assert (actor.sectors, actor.role) == (("IGO", "MIL", "GOV"), "Secretary General")
    armed = actor_of(resolve("Hamas commander Omar Saleh was killed."), "Omar Saleh")
    assert armed.sectors == ("REB",)  # a group's official is the group's, nothing more


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's Democratic Party called for new elections.",
        # a title word between the owner and the name does not cut the owner off
        "Armenia's opposition Democratic Party called for new elections.",
    ],
)
def test_a_party_named_as_another_states_is_that_states(resolve, text):
    # a party's name is no proof of the one listed under it: the state owning it decides
    actor = actor_of(resolve(text), "Democratic Party")
    assert (actor.country, actor.sectors) == ("ARM", ("PTY",))


@pytest.mark.parametrize(
    ("text", "country", "sectors"),
    [
        # as "a spokesman for the Taliban, X" is: the body's sectors, and an international
        # body's official is a diplomat of it
        ("A spokesman for UNICEF said the road was closed.", None, ("IGO", "GOV")),
        ("A spokesman for Hamas denied the report.", "PSE", ("REB",)),
    ],
)
def test_a_spokesman_for_a_listed_body_speaks_for_it(resolve, text, country, sectors):
    (actor,) = actors_of(resolve(text), "A spokesman")
    assert (actor.country, actor.sectors) == (country, sectors)


def test_supporters_of_another_states_party_are_that_states(resolve):
    mentions = resolve("Supporters of Armenia's Democratic Party marched in the capital.")
    assert [a.country for a in actors_of(mentions, "Supporters")] == ["ARM"]


def test_name_variants_and_surnames_share_one_actor(resolve):
    mentions = resolve(
        "Moldovan Interior Minister Aleksandr Petrov arrived in Chisinau. "
        "Alexander Petrov then met reporters. Petrov declined to answer questions."
    )
    people = [m.actor for m in mentions if "Petrov" in m.text]
    assert len(people) == 3
    assert len({actor.actor_id for actor in people}) == 1
    assert all(actor.country == "MDA" and actor.role == "Interior Minister" for actor in people)
    assert people[-1].basis == "coreference"


def test_different_given_names_stay_different_people(resolve):
    mentions = resolve("Anna Petrova met Ivan Petrova in Riga.")
    assert actor_of(mentions, "Anna").actor_id != actor_of(mentions, "Ivan").actor_id


def test_a_possessive_mentions_the_person(resolve):
    mentions = resolve("Brazilian President Ana Souza spoke. Critics mocked Souza's plan.")
    later = [m for m in mentions if m.text == "Souza"]
    assert later and later[0].actor.name == "Ana Souza"
    assert later[0].actor.country == "BRA"


def test_a_pronoun_takes_the_last_person_subject(resolve):
    mentions = resolve("Kenyan President Daniel Otieno visited Kampala. He signed a trade deal.")
    assert [a.name for a in actors_of(mentions, "He")] == ["Daniel Otieno"]


def test_the_minister_takes_the_last_person_with_that_title(resolve):
    mentions = resolve(
        "Chilean Finance Minister Rosa Vidal met bankers. The minister later left for Lima."
    )
    assert [a.name for a in actors_of(mentions, "The minister")] == ["Rosa Vidal"]


def test_the_two_ministers_stand_for_the_last_two_people_of_that_title(resolve):
    mentions = resolve(
        "Polish Foreign Minister Jan Nowak called Lithuanian Foreign Minister Rasa Kairys. "
        "The two ministers agreed to meet in Vilnius."
    )
    pair = actors_of(mentions, "The two ministers")
    assert [a.name for a in pair] == ["Jan Nowak", "Rasa Kairys"]
    assert [a.country for a in pair] == ["POL", "LTU"]


def test_the_group_takes_the_last_armed_group(resolve):
    mentions = resolve(
        "Boko Haram fighters raided a village, and the group later released a video."
    )
    assert actor_of(mentions, "group").name == "Boko Haram"


@pytest.mark.parametrize(
    "text, written",
    [
        ("He declined to comment on the report.", "He"),
        ("The group declined to comment on the report.", "The group"),
    ],
)
def test_unresolved_references_stay_unresolved(resolve, text, written):
    assert actors_of(resolve(text), written) == []


def test_a_title_nobody_holds_is_an_unnamed_official(resolve):
    # no one earlier holds it and no country is named: an official of that office, whose
    # person and country the text does not tell
    (actor,) = actors_of(resolve("The minister declined to comment on the report."),
                         "The minister")
    assert (actor.kind, actor.country, actor.sectors) == ("agent", None, ("GOV",))


def test_bare_agent_nouns_take_the_article_country(resolve):
    mentions = resolve(
        "Kenya's parliament passed a new tax bill. President William Ruto defended it in Nairobi. "
        "Police fired tear gas at protesters."
    )
    police = actor_of(mentions, "Police")
    assert (police.country, police.sectors, police.basis) == ("KEN", ("COP",), "article")
    assert actor_of(mentions, "protesters").sectors == ("CVL",)


@pytest.mark.parametrize(
    "text, written, country, kind",
    [
        # a titled person with no country of their own
        ("Opposition leader Amara Sesay called for a strike across Sierra Leone.",
         "Amara Sesay", "SLE", "person"),
        # the article's country told by a demonym only, then a capital absorbed into a mention
        ("Haitian nurses walked out on Tuesday. The union said the pay offer was an insult.",
         "union", "HTI", "agent"),
        ("Riot police beat students in Harare. Security forces later withdrew.",
         "Security forces", "ZWE", "agent"),
        # an organisation the dictionary does not know
        ("The Coastal Fishermen Cooperative sued the Senegalese government.",
         "Coastal Fishermen Cooperative", "SEN", "agent"),
    ],
)  # fmt: skip
def test_actors_without_a_country_take_the_article_country(resolve, text, written, country, kind):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.kind, actor.basis) == (country, kind, "article")


def test_a_title_nobody_holds_is_the_article_countrys_official(resolve):
    mentions = resolve("Peru raised fuel prices. The finance minister defended the decision.")
    (actor,) = actors_of(mentions, "The finance minister")
    assert (actor.country, actor.sectors, actor.basis) == ("PER", ("GOV",), "article")


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("Peru's Minister for Foreign Affairs, Lucia Salas, flew to Quito.",
         "Peru's Minister for Foreign Affairs, Lucia Salas", "PER", ("GOV",)),
        ("A spokesman for Hezbollah, Ali Haddad, denied the report.",
         "A spokesman for Hezbollah, Ali Haddad", "LBN", ("REB",)),
    ],
)  # fmt: skip
def test_a_title_with_its_complement_before_a_name_is_one_mention(
    resolve, text, written, country, sectors
):
    mentions = resolve(text)
    (actor,) = actors_of(mentions, written)
    assert (actor.country, actor.sectors, actor.basis) == (country, sectors, "title")
    assert not any(m.text in ("Hezbollah", "Peru") for m in mentions)


def test_an_honorific_is_not_a_title(resolve):
    (actor,) = actors_of(resolve("Mr. Karim Adel, an army spokesman, spoke."),
                         "Mr. Karim Adel, an army spokesman")  # fmt: skip
    assert (actor.role, actor.sectors, actor.basis) == ("army spokesman", ("MIL",), "apposition")


def test_pronouns_carry_the_article_country_of_their_person(resolve):
    mentions = resolve("Teachers in Accra marched on Monday. John Smith said he would not give in.")
    (pronoun,) = actors_of(mentions, "he")
    assert (pronoun.name, pronoun.country, pronoun.basis) == ("John Smith", "GHA", "coreference")


def test_igo_officials_do_not_take_the_article_country(resolve):
    mentions = resolve("UN envoy Maria Lund met Kenyan officials in Nairobi.")
    assert actor_of(mentions, "Maria Lund").country is None


def test_a_hyphenated_title_is_one_title(resolve):
    actor = actor_of(resolve("Chile's Vice-President Ana Rojas met donors."), "Ana Rojas")
    assert (actor.role, actor.sectors, actor.country) == ("Vice-President", ("GOV",), "CHL")


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Serbian police detained an ethnic Hungarian farmer.", "ethnic Hungarian farmer", "SRB"),
        ("Ethnic Russians rallied in Latvia.", "Ethnic Russians", "LVA"),
    ],
)
def test_an_ethnic_demonym_is_not_the_state(resolve, text, written, country):
    assert actor_of(resolve(text), written).country == country


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Militias clashed in eastern Congo.", "Congo", "COD"),
        ("Welsh farmers blocked the road.", "Welsh farmers", "GBR"),
        ("Dominican police raided the port.", "Dominican police", "DOM"),
        ("Police in East Jerusalem detained a man.", "Police in East Jerusalem", "ISR"),
    ],
)
def test_country_names_in_common_use(resolve, text, written, country):
    assert actor_of(resolve(text), written).country == country


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("Union leader Grace Mensah called a strike in Ghana.", "Grace Mensah", ("LAB",)),
        ("Gen. Paul Okoro spoke in Abuja.", "Paul Okoro", ("MIL",)),
        ("Ukrainian truck drivers blocked the border.", "truck drivers", ("LAB",)),
        ("Indian peacekeepers left the town.", "Indian peacekeepers", ("IGO", "MIL")),
        ("Two opposition parties in Peru boycotted the vote.", "opposition parties", ("OPP",)),
        ("Party members in Lima walked out.", "Party members", ("PTY",)),
        ("Russian hackers breached the network.", "Russian hackers", ("CRM",)),
        ("Prison guards in Bolivia went on strike.", "Prison guards", ("COP",)),
    ],
)
def test_role_nouns_give_sectors(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("The Government of Malawi denied the claim.", "The Government of Malawi", "MWI"),
        ("The Coastal Liberation Front attacked a ferry.", "The Coastal Liberation Front", None),
        ("Smugglers from Latin America were arrested.", "Smugglers from Latin America", None),
    ],
)
def test_a_name_cut_short_is_read_whole(resolve, text, written, country):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.kind) == (country, "agent")


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        # a state's name that is a region of the country the story is about is that region
        # (homonyms.txt): counted as the state, Georgia made this story Georgia's
        ("Georgia farmer Ed Pruitt backs the senator. Pruitt drove back to Georgia after the "
         "Georgia primary, and Atlanta voters said the White House had failed them.",
         "Georgia farmer Ed Pruitt", "USA"),
        ("Georgia sued the White House over the rule. Georgia and Texas said Washington had "
         "overreached.", "Georgia", "USA"),
        # in a story about the state, or one that says no other country, it stays the state
        ("Georgia accused Russia of occupying its land. Georgian police detained two men in "
         "Tbilisi.", "Georgia", "GEO"),
        ("Georgia said on Monday that talks had failed.", "Georgia", "GEO"),
    ],
)
def test_a_state_named_like_a_region_of_the_story_country_is_that_region(resolve, text,
                                                                        written, country):
    assert actors_of(resolve(text), written)[0].country == country


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # a party tag after a name marks a legislator of that party and country, whatever
        # state the story is about (party_tags.txt)
        ("Sen. Ann Loy (R-Tenn.) said Iran broke the deal. Iran denied it, and Iran warned "
         "Tehran's neighbours.", "Sen. Ann Loy", ("LEG", "PTY")),
        ("Rep. Juan Ortiz (D-N.J.) said Iran broke the deal. Iran denied it.", "Rep. Juan Ortiz",
         ("LEG", "PTY")),
        ("Sen. Ann Loy (I-Vt.) said Iran broke the deal. Iran denied it.", "Sen. Ann Loy",
         ("LEG",)),
    ],
)
def test_a_party_tag_marks_a_legislator(resolve, text, written, sectors):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.sectors) == ("USA", sectors)


def test_a_surname_the_tagger_took_for_an_organisation_is_the_person_named_before(resolve):
    text = ("Sen. Tom Marbury (R-Ohio) introduced a bill on Chile. Chile rejected it. "
            "Marbury said Chile lied.")
    (actor,) = actors_of(resolve(text), "Marbury")
    assert (actor.kind, actor.name, actor.country) == ("person", "Tom Marbury", "USA")


def test_a_letter_in_a_tag_names_no_one(resolve):
    mentions = resolve("Rep. Juan Ortiz (I-Vt.) backed the bill.")
    assert [m.text for m in mentions if m.actor.kind == "person"] == ["Rep. Juan Ortiz"]


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a region word before a demonym makes a region's adjective, of no state
        ("South American ministers criticized the plan.", "South American ministers", None),
        ("Latin American diplomats criticized the plan.", "Latin American diplomats", None),
        # ... unless the pair names a state's people
        ("South African police arrested two men.", "South African police", "ZAF"),
        ("North Korean troops crossed the border.", "North Korean troops", "PRK"),
    ],
)
def test_a_region_word_before_a_demonym_names_no_state(resolve, text, written, country):
    (actor,) = actors_of(resolve(text), written)
    assert actor.country == country


@pytest.mark.parametrize(
    ("words", "spaces", "name"),
    [
        # a quote's '"Weak - Mendoza - weak"' that the NER took for one name: the dash parts it
        (["Weak", "-", "Mendoza"], [True, True, False], "Mendoza"),
        (["Weak", "\u2014", "Mendoza"], [True, True, False], "Mendoza"),
        # a bare hyphen joins a name
        (["Jean", "-", "Luc", "Mendoza"], [False, False, True, False], "Jean-Luc Mendoza"),
    ],
)
def test_a_spaced_dash_parts_a_persons_name(dictionary, words, spaces, name):
    doc = Doc(Vocab(), words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, len(doc), label="PERSON")]
    (ent,), _ = mend_names(doc, dictionary)
    assert (ent.text, ent.label_) == (name, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("OSLO - Daniel Ortiz met the visiting envoy on Monday.", "Daniel Ortiz"),
        ("ST. LOUIS — Tom Whitfield said on Friday that he would run.", "Tom Whitfield"),
        ("Lead.\n\nCAIRO - Omar Haddad rejected the offer.", "Omar Haddad"),
    ],
)
def test_a_dateline_is_no_part_of_the_name_after_it(resolve, text, name):
    assert [m.actor.name for m in resolve(text) if m.actor.kind != "place"][0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a demonym written as a surname is a person's name, also alone after the full name
        ("The investor Ryan Cuban met the mayor. Cuban said he would fund the park.",
         ["Ryan Cuban", "Ryan Cuban"]),
        ("Columnist Amy French said she would not run.", ["Amy French"]),
        # ... where a demonym before a noun stays a country's people
        ("On Tuesday Cuban officials met the mayor.", ["Cuban officials"]),
    ],
)
def test_a_demonym_after_a_given_name_is_a_surname(resolve, text, names):
    mentions = [m for m in resolve(text) if m.actor.kind == "person" or "Cuban" in m.text]
    assert [m.actor.name for m in mentions if m.text not in ("he", "she")][:len(names)] == names


def test_a_body_word_before_an_act_with_a_named_doer_is_no_doer(resolve):
    # "a public pledge from China": the public pledges nothing; "police raids" are the police's
    text = "An early public pledge from Chile would help Peru."
    assert not [m for m in resolve(text) if "public" in m.text]


def test_a_dateline_is_where_the_story_was_filed_not_a_scene(ruled_nlp, dictionary):
    resolve = resolver(ruled_nlp, dictionary, gazetteer=places.load_gazetteer())
    text = "MIAMI — The rising violence at the rallies worries the police."
    assert [m.text for m in actor_mentions(resolve(text))] == ["the police"]


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Police in Chad arrested Libyan-backed gunmen.", "Libyan-backed gunmen", "TCD"),
        ("The Nigerian-led force entered the town.", "The Nigerian-led force", "NGA"),
        # a group is of the state it is based in, not of the state it acts against
        ("Ghana-based smugglers attacked a Togolese patrol.", "Ghana-based smugglers", "GHA"),
    ],
)
def test_a_hyphenated_backer_is_a_sponsor_and_a_leader_an_owner(resolve, text, written, country):
    mentions = resolve(text)
    (actor,) = actors_of(mentions, written)
    assert actor.country == country
    assert not any(m.text in ("Libyan", "Nigerian", "Ghana") for m in mentions)


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("The navy boarded a Panamanian-flagged freighter.", "Panamanian", "PAN"),
        ("Pirates seized a Danish-owned trawler off Somalia.", "Danish", "DNK"),
        ("Divers inspected a Maltese-registered ferry.", "Maltese", "MLT"),
        # the parser may hang the demonym on a compound: a patrol boat is no patrol
        ("A Ukrainian drone sank a Russian patrol boat.", "Russian", "RUS"),
    ],
)
def test_the_owner_of_a_thing_is_a_state(resolve, text, written, country):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.kind) == (country, "state")


def test_a_backer_named_by_a_by_phrase_is_not_the_article_country(resolve):
    # a state that backs an actor is not that actor's, as "Chad-backed" is not; one that
    # leads it is ("a force led by Chad", as "the Chad-led force")
    (backed,) = actors_of(resolve("Rebels backed by Chad attacked the town."), "Rebels")
    assert backed.country is None
    (led,) = actors_of(resolve("A force led by Chad entered the town."), "A force")
    assert led.country == "TCD"


def test_a_listed_officeholder_named_by_surname_alone_is_known(resolve):
    # the small NER model misses many lone surnames; a listed officeholder's is still read
    (modi,) = actors_of(resolve("Modi praised the new budget on Friday."), "Modi")
    assert (modi.kind, modi.country, modi.name) == ("person", "IND", "Narendra Modi")


@pytest.mark.parametrize(
    ("text", "written", "country", "sectors"),
    [
        # a title under an international body's name is the body's official, of no state
        ("The NATO chief warned Serbia.", "The NATO chief", None, ("IGO", "GOV")),
        ("The UN envoy met officials in Chad.", "The UN envoy", None, ("IGO", "GOV")),
    ],
)
def test_a_title_under_a_bodys_name_is_the_bodys(resolve, text, written, country, sectors):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.sectors[:2]) == (country, sectors)


def test_mentions_are_in_text_order_with_sentence_indices(resolve):
    mentions = resolve("Oslo protested. Later, Helsinki and Stockholm replied.")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert [m.sentence_index for m in mentions] == [0, 1, 1]


def _mention(start: int, end: int, name: str) -> Mention:
    return Mention(start, end, start * 5, end * 5, name, 0, Actor(name=name))


INDEXED = (
    _mention(0, 2, "A"),
    _mention(4, 5, "B"),
    _mention(7, 9, "C1"),
    _mention(7, 9, "C2"),
    _mention(12, 13, "D"),
)


@pytest.mark.parametrize(
    "token, names",
    [(0, ["A"]), (1, ["A"]), (2, []), (4, ["B"]), (8, ["C1", "C2"]), (9, []), (12, ["D"]),
     (40, [])],
)  # fmt: skip
def test_mentions_at_finds_every_mention_covering_a_token(token, names):
    assert [m.text for m in mentions_at(INDEXED, token)] == names
    first = mention_at(INDEXED, token)
    assert (first.text if first else None) == (names[0] if names else None)


@pytest.mark.parametrize(
    "start, end, names",
    [(0, 13, ["A", "B", "C1", "C2", "D"]), (1, 5, ["A", "B"]), (2, 4, []), (8, 12, ["C1", "C2"])],
)
def test_mentions_in_finds_mentions_overlapping_a_range(start, end, names):
    assert [m.text for m in mentions_in(INDEXED, start, end)] == names


@pytest.fixture(scope="module")
def example(resolve):
    text = EXAMPLE.read_text(encoding="utf-8")
    return resolve(text)


def test_example_shoigu_spellings_share_one_actor(example):
    shoigu = [m.actor for m in example if "Shoigu" in m.text]
    assert len(shoigu) >= 5
    assert len({a.actor_id for a in shoigu}) == 1
    assert {a.country for a in shoigu} == {"RUS"}


@pytest.mark.parametrize(
    "written, country, sector",
    [("Kyiv", "UKR", "GOV"), ("Kremlin", "RUS", "GOV"), ("Le Monde", "FRA", "MED"),
     ("TASS", "RUS", "MED"), ("Podolyak", "UKR", "GOV"), ("Ukrainian forces", "UKR", "MIL"),
     ("Lecornu", "FRA", "MIL")],
)  # fmt: skip
def test_example_actors(example, written, country, sector):
    # A name comes first when an apposition follows it: "Mykhailo Podolyak, an advisor to ...".
    actors = [m.actor for m in example if m.text.split(",")[0].endswith(written)]
    assert actors
    assert all(a.country == country and sector in a.sectors for a in actors)


def test_example_the_two_ministers_are_lecornu_and_shoigu(example):
    pair = {m.actor.name for m in example if m.text.endswith("ministers") and "two" in m.text}
    assert pair == {"Sebastien Lecornu", "Sergei Shoigu"}


# Span convention (newsevents.actors.spans): one mention covers the whole phrase naming the actor.
@pytest.mark.parametrize(
    "text, written, country, sector",
    [
        ("The Chilean government rejected the offer.", "The Chilean government", "CHL", "GOV"),
        ("Police detained dozens of protesters.", "dozens of protesters", None, "CVL"),
        ("Soldiers shot at least 12 villagers.", "at least 12 villagers", None, "CVL"),
        ("Montenegro's prime minister resigned.", "Montenegro's prime minister", "MNE", "GOV"),
        ("The government of Peru protested.", "The government of Peru", "PER", "GOV"),
        ("A court in Lima jailed him.", "A court in Lima", "PER", "JUD"),
        ("The Ghana Armed Forces (GAF) deployed.", "The Ghana Armed Forces (GAF)", "GHA", "MIL"),
        (
            "Kenyan Foreign Minister, Amina Odhiambo, flew to Accra.",
            "Kenyan Foreign Minister, Amina Odhiambo", "KEN", "GOV",
        ),
        (
            "Chile's Foreign Minister Rosa Vidal flew to Accra.",
            "Chile's Foreign Minister Rosa Vidal", "CHL", "GOV",
        ),
        (
            "Ravi Kumar, an Indian army spokesman, denied the report.",
            "Ravi Kumar, an Indian army spokesman", "IND", "MIL",
        ),
    ],
)  # fmt: skip
def test_a_mention_covers_the_whole_actor_phrase(resolve, text, written, country, sector):
    mentions = resolve(text)
    actors = actors_of(mentions, written)
    assert actors, [m.text for m in mentions]
    assert actors[0].country == country and sector in actors[0].sectors


@pytest.mark.parametrize(
    "text",
    [
        "Chad, Defence Minister Ali Musa said, will withdraw its troops from Niger.",
        "In Chad, Defence Minister Ali Musa said the army would withdraw.",
    ],
)
def test_a_state_before_a_comma_is_not_part_of_the_next_persons_title(resolve, text):
    # a place or body before the comma opens the clause; it is not a title of the name after it
    mentions = resolve(text)
    assert "Chad" in [m.text for m in mentions]
    assert "Defence Minister Ali Musa" in [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Both India and Pakistan accused each other of violating the truce.", "India",
         "Pakistan"),
        ("Both the army and the police opened fire.", "the army", "the police"),
    ],
)  # fmt: skip
def test_both_opens_the_coordination_not_its_first_conjunct(resolve, text, first, second):
    assert [m.text for m in resolve(text)][:2] == [first, second]


def test_the_parts_of_a_widened_mention_are_not_mentions_of_their_own(resolve):
    mentions = resolve("Montenegro's prime minister met the government of Peru.")
    assert [m.text for m in mentions] == ["Montenegro's prime minister", "the government of Peru"]


def test_coordinated_agents_share_the_country_adjective(resolve):
    mentions = resolve("Serbian army and special police troops attacked the villages.")
    assert actor_of(mentions, "Serbian army").country == "SRB"
    assert actor_of(mentions, "special police troops").country == "SRB"


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("Sudanese army warplanes bombed the market.", "Sudanese army warplanes", "SDN",
         ("MIL",)),
        ("The Peruvian president criticised the tariffs.", "The Peruvian president", "PER",
         ("GOV",)),
        ("The envoy of the United Nations left Juba.", "The envoy of the United Nations", None,
         ("IGO", "GOV")),
    ],
)  # fmt: skip
def test_descriptions_with_their_own_country_or_body_stand_alone(
    resolve, text, written, country, sectors
):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.sectors, actor.kind) == (country, sectors, "agent")


def test_a_national_institution_word_with_another_country_is_not_that_institution(resolve):
    (actor,) = actors_of(resolve("The Zambia Workers Congress called a strike."),
                         "The Zambia Workers Congress")  # fmt: skip
    assert (actor.country, actor.name) == ("ZMB", "Zambia Workers Congress")


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Kumar, an Indian army spokesman for the Ministry of Defence in New Delhi, spoke.",
        "The envoy of the United Nations in Geneva (UNOG) met dozens of the Chilean delegates.",
        "Chile's Foreign Minister, Rosa Vidal, and the government of Peru's leader met in Lima.",
    ],
)
def test_widened_mentions_never_overlap(resolve, text):
    spans = sorted({(m.start, m.end) for m in resolve(text)})
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    "text, written, name",
    [
        ("The North Atlantic Alliance (NATO) sent more troops.", "North Atlantic Alliance",
         "NATO"),
        ("The Association of South East Asian Nation States (ASEAN) condemned the coup.",
         "South East Asian", "Association of Southeast Asian Nations"),
    ],
)  # fmt: skip
def test_a_listed_abbreviation_in_brackets_names_the_body_before_it(resolve, text, written, name):
    actor = actor_of(resolve(text), written)
    assert (actor.name, actor.kind, "IGO" in actor.sectors) == (name, "igo", True)


def test_context_words_are_those_of_the_parts_of_speech_asked_in_text_order():
    words = ["Police", "arrested", "him", "in", "Lagos"]
    doc = Doc(Vocab(), words=words, pos=["NOUN", "VERB", "PRON", "ADP", "PROPN"])
    context = Context(doc, load_actor_dictionary(), None, [], {}, {})
    assert [t.text for t in context.words("PROPN", "NOUN")] == ["Police", "Lagos"]
    assert [t.i for t in context.words("PRON")] == [2]
    assert context.words("NUM") == []


def test_context_words_of_a_lower_case_set_are_found_whatever_their_case():
    # a language's vocabulary reads each word's lower case, as the pipeline's does
    words = ["Thousands", "marched", "and", "THOUSANDS", "left", "thousand"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    context = Context(doc, load_actor_dictionary(), None, [], {}, {})
    assert [t.i for t in context.words_of(frozenset({"thousands"}))] == [0, 3]
    assert context.words_of(frozenset()) == []


def test_context_looks_each_entity_up_once_and_tells_entities_by_their_bounds():
    dictionary = load_actor_dictionary()
    doc = Doc(Vocab(), words=["Kenya", "and", "Chad", "signed", "a", "pact"])
    context = Context(doc, dictionary, None, [], {}, {})
    kenya, chad = Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE")
    assert context.entry_for(kenya) == dictionary.lookup("Kenya")
    assert context.entry_for(Span(doc, 0, 1, label="GPE")) is context.entry_for(kenya)
    assert context.entry_for(chad) == dictionary.lookup("Chad") != context.entry_for(kenya)
    assert len(context.entries) == 2


def test_every_quantity_word_is_a_quantity():
    dictionary = load_actor_dictionary()
    assert "thousands" in dictionary.quantity_words()
    assert all(dictionary.quantity(word) for word in dictionary.quantity_words())


def test_noun_phrases_read_from_arrays_are_spacys_noun_chunks_with_the_possessors():
    from newsevents.actors.nouns import _noun_phrases

    words = "The minister and his deputy rejected the union 's offer of talks .".split()
    doc = Doc(
        spacy.blank("en").vocab, words=words,
        heads=[1, 5, 1, 4, 1, 5, 7, 9, 7, 5, 9, 10, 5],
        deps=["det", "nsubj", "cc", "poss", "conj", "ROOT", "det", "poss", "case", "dobj",
              "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "CCONJ", "PRON", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN",
             "ADP", "NOUN", "PUNCT"],
    )  # fmt: skip
    phrases = _noun_phrases(doc)
    chunks = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert [(p.start, p.end, p.label_) for p in phrases if p.label_] == chunks
    assert [(p.start, p.end) for p in phrases] == [(0, 2), (3, 5), (6, 10), (6, 8), (11, 12)]


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a body before the noun of its act does the act; the act's place places the body
        ("Police raids in Nairobi netted forty suspects.", "Police", "KEN"),
        ("Rebel attacks on the villages continued.", "Rebel", None),
    ],
)
def test_a_body_before_the_noun_of_its_act_is_an_actor(resolve, text, written, country):
    (actor,) = actors_of(resolve(text), written)
    assert actor.country == country


def test_a_body_before_an_object_is_no_actor_of_its_own(resolve):
    # "a government building" is what was attacked, not the government
    assert not actors_of(resolve("Gunmen attacked a government building."), "government")


@pytest.mark.parametrize(
    "text, written",
    [
        # a body's name before a noun of place kind names a town of that name
        ("Three people died in a blast in Duma city on Friday.", "Duma"),
        ("Rockets fell on the Knesset district overnight.", "Knesset"),
    ],
)
def test_a_bodys_name_before_a_place_kind_is_no_body(ruled_nlp, dictionary, text, written):
    resolve = resolver(ruled_nlp, dictionary, gazetteer=places.load_gazetteer())
    assert all(m.actor.sectors != ("LEG",) for m in resolve(text) if written in m.text)


@pytest.mark.parametrize(
    "text, written, name, sectors",
    [
        # the group's long names and a common spelling of an armed rank
        ("The Islamic State of Iraq and al-Sham seized the town.",
         "The Islamic State of Iraq and al-Sham", "Islamic State", ("REB",)),
        ("The Islamic State of Iraq and Al-Sham (ISIS) shelled the town.",
         "The Islamic State of Iraq and Al-Sham (ISIS)", "Islamic State", ("REB",)),
        ("Maoist guerillas attacked the police post.", "Maoist guerillas", "Maoist guerillas",
         ("REB",)),
    ],
)  # fmt: skip
def test_long_group_names_and_spellings_of_armed_ranks(resolve, text, written, name, sectors):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.sectors) == (name, sectors)


def test_a_counterpart_is_of_another_country(resolve):
    mentions = resolve("The Chilean president invited his counterpart to Santiago.")
    (actor,) = actors_of(mentions, "counterpart")
    assert actor.country != "CHL"


def test_a_plural_agent_noun_opening_a_sentence_is_no_name(resolve):
    # the small model may tag it as a place; the dictionary knows it as an armed group's kind
    for text in ("Guerrillas near Mosul shot down an army helicopter.",
                 "Guerrillas ambushed a convoy near Kabul."):
        (actor,) = actors_of(resolve(text), "Guerrillas")
        assert actor.sectors == ("REB",)


@pytest.mark.parametrize(
    "text",
    [
        # the tagger calls the demonym an adjective; as the object it is one of the people
        "Police in Lima arrested an Iranian on Tuesday.",
        "Peru deported an Iranian last week.",
    ],
)
def test_a_demonym_tagged_as_an_adjective_as_an_argument_is_a_person(resolve, text):
    found = actor_of(resolve(text), "Iranian")
    assert found is not None and found.country == "IRN"


def test_a_demonym_sharing_its_noun_with_a_conjunct_is_no_person(resolve):
    # "Japanese and the Australian armies": the Japanese army, not Japan's people
    mentions = resolve("Japanese and the Australian armies agreed to hold joint exercises.")
    assert not any(m.text == "Japanese" for m in mentions)
