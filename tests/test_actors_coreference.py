"""Tests of coreference in the actors stage: a later "the ministry", "the rebels" or "the group"
stands for the actor named earlier and carries its country and sectors; unresolved stays as is."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.records import Article
from tests.test_actors import actors_of, dictionary, resolver, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    return resolver(ruled_nlp, dictionary, "2025-05-01")


@pytest.mark.parametrize(
    "text, written, name, country, sectors",
    [
        # an article about one country quoting another's ministry
        ("Malian soldiers patrolled Gao. Ghana's Health Ministry sent doctors to Bamako. "
         "The ministry said more would follow.", "The ministry", "Health Ministry", "GHA",
         ("HLH",)),
        ("Houthi rebels fired drones at a tanker. A Saudi spokesman said the rebels had broken "
         "the truce.", "the rebels", "Houthis", "YEM", ("REB",)),
        ("Police in Nairobi arrested three men. The police said they were armed.", "The police",
         "Police", "KEN", ("COP",)),
    ],
)  # fmt: skip
def test_a_bare_definite_noun_stands_for_the_earlier_actor_with_that_head(
    resolve, text, written, name, country, sectors
):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, sectors)
    assert actor.basis == "coreference"


def test_the_group_stands_for_a_body_the_dictionary_does_not_list(resolve):
    mentions = resolve(
        "The Kivu Defence Front attacked an army post in Rwanda. The group said it held two "
        "soldiers."
    )
    (actor,) = actors_of(mentions, "The group")
    assert (actor.name, actor.country, actor.basis) == ("The Kivu Defence Front", "RWA",
                                                        "coreference")  # fmt: skip


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("Rebels attacked a police station in Chad. The group also kidnapped two engineers.",
         ("REB",)),
        ("Gunmen stormed a school in Kaduna. The group later freed twelve pupils.", ("UAF",)),
    ],
)  # fmt: skip
def test_the_group_stands_for_an_unnamed_group_that_was_the_subject_before(
    resolve, text, sectors
):
    (actor,) = actors_of(resolve(text), "The group")
    assert (actor.sectors, actor.basis) == (sectors, "coreference")


def test_the_group_is_no_subject_that_names_no_group(resolve):
    mentions = resolve("Kenyan officials met the families. The group later criticised the police.")
    assert actors_of(mentions, "The group") == []


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("A Pakistani group attacked Indian troops in Kashmir.", "A Pakistani group", "PAK"),
        ("Pakistan-based groups launched attacks on India.", "Pakistan-based groups", "PAK"),
    ],
)  # fmt: skip
def test_a_group_introduced_with_its_country_is_an_actor_of_its_own(
    resolve, text, written, country
):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.kind, actor.basis) == (country, "agent", "modifier")


def test_a_group_of_people_is_those_people(resolve):
    mentions = resolve("A group of Kenyan officials met the Somali president.")
    (actor,) = actors_of(mentions, "Kenyan officials")
    assert (actor.country, actor.sectors) == ("KEN", ("GOV",))


@pytest.mark.parametrize(
    "text, written",
    [
        # nothing earlier with that head: the noun keeps its own reading
        ("Kenya raised taxes. The ministry said the rise was needed.", "The ministry"),
        # a modifier says which one: not a reference
        ("Russia's Defence Ministry spoke. The Ukrainian ministry denied it.",
         "The Ukrainian ministry"),
    ],
)  # fmt: skip
def test_a_noun_with_no_earlier_namesake_or_its_own_modifier_is_no_reference(
    resolve, text, written
):
    (actor,) = actors_of(resolve(text), written)
    assert actor.basis != "coreference"


@pytest.mark.parametrize(
    "text, written, name, country",
    [
        ("Peru raised fuel prices. The finance minister defended the decision. She said it was "
         "needed.", "She", "finance minister", "PER"),
        ("The Chilean president flew to Lima. He met students there.", "He",
         "Chilean president", "CHL"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_a_lone_office_holder(resolve, text, written, name, country):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, ("GOV",))
    assert (actor.kind, actor.basis) == ("agent", "coreference")


# An article of our own writing, through the real pipeline with the gazetteer: a foreign
# ministry, rebels, an unlisted armed group, a lone office holder and a surname, each named
# once and then referred back to.
ARTICLE = (
    "Malian soldiers patrolled the streets of Gao on Monday after a week of clashes. "
    "Senegal's Foreign Ministry urged both sides to talk. The ministry said an envoy would "
    "travel to Bamako.\n\n"
    "The Sahel Patriotic Defence Front said it had seized two villages. The group denied "
    "attacking civilians. Azawad rebels in the north said the rebels would not lay down arms.\n\n"
    "The defence minister rejected the claims. She said the army controlled the roads. "
    "Army spokesman Colonel Moussa Keita said Keita's men had found weapons."
)


@pytest.fixture(scope="module")
def article_mentions():
    from newsevents.pipeline import load_resources
    from newsevents.settings import Settings

    resources = load_resources(Settings())
    article = Article(article_id="c", text=ARTICLE, source="test", published="2025-05-01")
    doc = resources.nlp(ARTICLE)
    return resolve_actors(doc, article, resources.dictionary, resources.gazetteer)


@pytest.mark.parametrize(
    "written, name, country, sectors",
    [
        ("The ministry", "Foreign Ministry", "SEN", ("GOV",)),
        ("The group", "The Sahel Patriotic Defence Front", "MLI", ("REB",)),
        ("She", "defence minister", "MLI", ("GOV", "MIL")),
    ],
)  # fmt: skip
def test_an_article_of_references(article_mentions, written, name, country, sectors):
    (actor,) = actors_of(article_mentions, written)
    assert (actor.name, actor.country, actor.sectors, actor.basis) == (
        name, country, sectors, "coreference"
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, written, name, country, sectors",
    [
        # "they" as subject: the last subject noun in its sentence, a plural of people ...
        ("Nurses in Abuja walked out on Tuesday and said they would stay out.", "they",
         "Nurses", "NGA", ("HLH",)),
        # ... or a body of people, or the main subject of the sentence before
        ("Police in Quito broke up the march. They said nobody was hurt.", "They", "Police",
         "ECU", ("COP",)),
        ("Farmers say the ministry cut a subsidy in Ghana. They plan a march.", "They",
         "Farmers", "GHA", ("AGR",)),
        # "he"/"she" with nobody named or titled near: the last single person a noun stood for
        ("A witness in Harare said she heard shots.", "she", "witness", "ZWE", ("CVL",)),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_people_an_agent_noun_named(
    resolve, text, written, name, country, sectors
):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, sectors)
    assert actor.basis == "coreference"


@pytest.mark.parametrize(
    "text, written",
    [
        # the nearest subject is no actor: prices, a state, a thing
        ("Prices rose in Lima. They doubled in a week.", "They"),
        ("Soldiers guarded Juba. Sudan said they had crossed the border.", "they"),
        # another plural noun comes between: either may be meant
        ("Guards freed the prisoners in Kano because they were ill.", "they"),
        # "them" stands as often for things or part of a group: not read
        ("Rebels seized two trucks in Goma and burned them.", "them"),
        # a body of people is no "he"
        ("Police in Accra said he was armed.", "he"),
    ],
)  # fmt: skip
def test_a_pronoun_with_no_fitting_actor_stays_unresolved(resolve, text, written):
    assert actors_of(resolve(text), written) == []


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # "it" as subject: the state or body the main subject of its own sentence names ...
        ("Chile said on Monday it would expel two diplomats.", "it", "CHL", ("GOV",)),
        # ... or, with no subject before it, the main subject of the sentence before
        ("The Zambian army shelled the camp overnight. It later withdrew its tanks.", "It",
         "ZMB", ("MIL",)),
        # a state may be plural in form
        ("The Philippines denounced the rebels. It has sent troops north.", "It", "PHL",
         ("GOV",)),
    ],
)  # fmt: skip
def test_it_stands_for_a_state_or_body_that_was_subject(resolve, text, written, country, sectors):
    (actor,) = actors_of(resolve(text), written)
    assert (actor.country, actor.sectors, actor.basis) == (country, sectors, "coreference")


@pytest.mark.parametrize(
    "text, written",
    [
        # a dummy subject is nobody
        ("Chile protested. It is unclear whether talks will resume.", "It"),
        # a passive "it" is more often a thing
        ("Rebels seized the depot in Goma. It was burned days later.", "It"),
        # another subject comes between: the plan, maybe
        ("The ministry said the plan was ready and it would be delayed.", "it"),
        # a person is no "it"
        ("Jane Okello criticised the deal. It would raise prices, she said.", "It"),
        # several are no "it": conjoined subjects, or a plural group
        ("Chile and Peru denounced the rebels in the north. It has seized two towns.", "It"),
        ("Republicans denounced the rebels in the north. It has seized two towns.", "It"),
    ],
)  # fmt: skip
def test_it_with_no_state_or_body_subject_stays_unresolved(resolve, text, written):
    assert actors_of(resolve(text), written) == []


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a description is never the subject of its own clause: the country aid is cut to is
        # another, named before, or nobody
        ("Chad held elections. Belgium then cut its aid to the country.", "the country", "TCD"),
        ("Belgium cut its aid to the country.", "the country", None),
        # in a clause below its antecedent it may be the same
        ("Peru said the country would not pay.", "the country", "PER"),
    ],
)  # fmt: skip
def test_the_country_is_not_the_subject_of_its_own_clause(resolve, text, written, country):
    found = actors_of(resolve(text), written)
    assert [a.country for a in found] == ([country] if country else [])


@pytest.mark.parametrize(
    "text, published",
    [
        # a listed namesake in office (a British foreign secretary of that date) ...
        ("The singer Anna Johnson toured Peru. Johnson later met fans in Lima.", "2017-03-01"),
        # ... or out of office (read as a former official) is not the one the article named
        ("The actor Dan Cooper attended a rally in Denver. In 2008, Cooper donated $750 to the "
         "campaign.", "2016-10-01"),
    ],
)  # fmt: skip
def test_a_lone_surname_is_the_person_named_in_full_before(resolve, text, published):
    people = {(m.actor.name, m.actor.country) for m in resolve(text, published)
              if m.actor.kind == "person"}
    assert len(people) == 1 and next(iter(people))[0] in text


def test_a_lone_surname_the_ner_took_for_a_place_is_the_person_named_before(resolve):
    # Palin is also a town in Guatemala
    text = "The former governor Sarah Palin toured Iowa. After Palin's exit, the race narrowed."
    assert [a.name for a in actors_of(resolve(text), "Palin")] == ["Sarah Palin"]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        # "he" or "she" is a person whose given name does not tell otherwise
        ("Senator Juan Rivera met Senator Ana Souza on Monday. She said the talks were useful.",
         "She", "Ana Souza"),
        ("Senator Ana Souza met Senator Juan Rivera on Monday. He said the talks were useful.",
         "He", "Juan Rivera"),
        # the speaker of a quotation is not who is named inside it
        ('Senator Ana Souza criticized Rosa Vidal on Friday. "Rosa Vidal is a fraud," she said.',
         "she", "Ana Souza"),
    ],
)
def test_a_pronoun_points_only_at_a_person_it_can_mean(resolve, text, written, name):
    assert [a.name for a in actors_of(resolve(text), written)] == [name]


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        # a possessive pronoun is a mention of whom its pronoun would stand for
        ("Chilean President Ana Soto spoke in Lima. Her visit to Peru ended on Monday.", "Her",
         "Ana Soto"),
        ("Chilean unions marched in Santiago. Their strike closed the port.", "Their",
         "Chilean unions"),
        ("Peru said on Monday that its army had left the border.", "its", "Peru"),
    ],
)
def test_a_possessive_pronoun_stands_for_its_pronouns_actor(resolve, text, written, name):
    (actor,) = actors_of(resolve(text), written)
    assert actor.name == name
