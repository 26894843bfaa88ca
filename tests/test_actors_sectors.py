"""Tests of the actors stage's sectors: agent nouns, sites, "of" titles and possessive offices."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.records import Article
from tests.test_actors import actor_of, dictionary, resolver, ruled_nlp  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def resolve(ruled_nlp, dictionary):  # noqa: F811 (the imported fixtures)
    return resolver(ruled_nlp, dictionary, "2025-05-01")


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a site stands for the force holding it; a body before it gives its sector
        ("Rebels shelled a Malian army base overnight.", "army base", "MLI", ("MIL",)),
        ("Gunmen fired on a Kenyan police checkpoint.", "police checkpoint", "KEN", ("COP",)),
        ("Insurgents ambushed a Nigerien military convoy.", "convoy", "NER", ("MIL",)),
        # a rebel camp or stronghold is an armed group's; a camp of the displaced is civilians'
        ("Malian jets struck rebel camps near Gao.", "rebel camps", "MLI", ("REB",)),
        ("Shells hit a Somali displacement camp.", "displacement camp", "SOM", ("CVL",)),
        # gunmen of no stated side are CAMEO's unidentified armed forces, in the article's country
        ("Unidentified gunmen killed three Peruvian farmers.", "gunmen", "PER", ("UAF",)),
        # security forces may be police or army
        ("Bolivian security forces cleared the square.", "security forces", "BOL", ("COP", "MIL")),
        # an indefinite "group" is who its agent noun says
        ("A Chilean opposition group called for a strike.", "opposition group", "CHL", ("OPP",)),
        ("A Somali militant group claimed the blast.", "militant group", "SOM", ("REB",)),
        # a junta is soldiers governing; a jury sits in a court; intelligence officials are spies
        ("The Malian junta expelled the envoy.", "junta", "MLI", ("GOV", "MIL")),
        ("A Kenyan jury acquitted the officer.", "jury", "KEN", ("JUD",)),
        ("Colombian intelligence officials foiled the plot.", "intelligence officials", "COL",
         ("SPY",)),
        # armed civilians of no stated side are unidentified armed forces, as gunmen are
        ("Armed youths blocked the road.", "Armed youths", None, ("UAF",)),
        # members of a listed group are the group's, a relative clause on its name or not
        ("Twelve villagers were killed in raids by suspected members of Boko Haram who set fire "
         "to the market.", "members of Boko Haram", "NGA", ("REB",)),
        # police forces are police, not an army; schoolchildren are students
        ("Fijian police forces patrolled the capital.", "police forces", "FJI", ("COP",)),
        ("Malian schoolchildren marched in Bamako.", "Malian schoolchildren", "MLI", ("EDU",)),
        # people going about their lives are civilians; a news camera crew are media
        ("Gunmen shot a Peruvian motorist near Tacna.", "Peruvian motorist", "PER", ("CVL",)),
        ("The Malian widow of a soldier spoke.", "Malian widow", "MLI", ("CVL",)),
        ("Police held a Kenyan cameraman for hours.", "Kenyan cameraman", "KEN", ("MED",)),
        # forces a rebel word qualifies are an armed group; gunners are soldiers
        ("Rebel forces seized the airport.", "Rebel forces", None, ("REB",)),
        ("Serb gunners shelled the road.", "Serb gunners", "SRB", ("MIL",)),
        # secessionists are an armed group as separatists are; lecturers teach; a candidate
        # for president is a politician; a ship's crew are civilians
        ("Georgian secessionists blocked the pass.", "Georgian secessionists", "GEO", ("REB",)),
        ("Ghanaian lecturers went on strike.", "Ghanaian lecturers", "GHA", ("EDU",)),
        ("A Peruvian presidential candidate was freed.", "Peruvian presidential candidate", "PER",
         ("ELI",)),
        ("Pirates seized twelve Filipino seafarers.", "twelve Filipino seafarers", "PHL",
         ("CVL",)),
        # a company's officers run it; an officer alone is a policeman
        ("The Chilean chief executive officer resigned.", "Chilean chief executive officer",
         "CHL", ("BUS",)),
        ("The Chilean chief revenue officer quit.", "Chilean chief revenue officer", "CHL",
         ("BUS",)),
        ("A Chilean officer was shot.", "Chilean officer", "CHL", ("COP",)),
        # kin and veterans are civilians
        ("A Peruvian cousin of the mayor was shot.", "Peruvian cousin", "PER", ("CVL",)),
        ("Chilean veterans marched on Monday.", "Chilean veterans", "CHL", ("CVL",)),
        # armed groups under the names news uses for them
        ("Russian jets struck Jabhat al-Nusra near Idlib.", "Jabhat al-Nusra", "SYR", ("REB",)),
        ("Jaish al-Fatah fighters attacked the checkpoint.", "Jaish al-Fatah", "SYR", ("REB",)),
    ],
)  # fmt: skip
def test_agent_nouns_and_sites_carry_their_sectors(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("The Ecuadorian minister of defence toured the border.", "minister of defence",
         ("GOV", "MIL")),
        ("The Thai head of state opened the session.", "head of state", ("GOV",)),
    ],
)  # fmt: skip
def test_a_title_runs_on_over_its_of_phrase(resolve, text, written, sectors):
    mentions = resolve(text)
    actor = actor_of(mentions, written)
    assert actor.sectors == sectors
    assert not [m for m in mentions if m.text in ("defence", "state")]


def test_a_persons_office_is_one_mention_of_that_officials_state(resolve):
    mentions = resolve("Chilean President Rosa Vidal's government resigned on Friday.")
    actor = actor_of(mentions, "government")
    assert (actor.country, actor.sectors) == ("CHL", ("GOV",))
    assert [m.text for m in mentions] == ["Chilean President Rosa Vidal's government"]


def test_an_adverb_before_a_name_is_no_title(resolve):
    mentions = resolve("Minutes later Vidal told reporters the talks had failed.")
    assert actor_of(mentions, "Vidal").role is None
    assert [m.text for m in mentions if "Vidal" in m.text] == ["Vidal"]


def test_a_definite_group_with_nobody_earlier_stays_unresolved(resolve):
    assert actor_of(resolve("The militant group declined to comment."), "group") is None


def test_a_states_people_are_civilians(resolve):
    actor = actor_of(resolve("Thousands of Haitians fled across the border."), "Haitians")
    assert (actor.country, actor.sectors) == ("HTI", ("CVL",))


def test_an_international_officials_office_adds_to_the_bodys_sectors(resolve):
    actor = actor_of(resolve("A spokesman for the UN, Jane Roe, denied it."), "Jane Roe")
    assert actor.sectors == ("IGO", "GOV")


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("The talks were led by President Ana Ruiz of Peru.", "Ana Ruiz of Peru", "PER",
         ("GOV",)),
        ("Jane Roe of Amnesty International called the trial unfair.",
         "Jane Roe of Amnesty International", None, ("NGO", "HRI")),
    ],
)  # fmt: skip
def test_an_of_phrase_after_a_name_places_its_bearer(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("Rebels shelled Moroccan territory overnight.", "Moroccan", "MAR"),
        ("The deal will lift the Tunisian economy.", "Tunisian", "TUN"),
    ],
)
def test_a_demonym_on_a_thing_stands_for_its_state(resolve, text, written, country):
    mentions = resolve(text)
    assert [(m.text, m.actor.country, m.actor.kind) for m in mentions if m.text == written] == [
        (written, country, "state")
    ]


def test_a_demonym_on_an_actor_noun_is_no_mention_of_its_own(resolve):
    assert [m.text for m in resolve("Moroccan troops crossed the line.")] == ["Moroccan troops"]


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("Ghanaian airstrikes hit the camp.", "Ghanaian airstrikes", "GHA", ("MIL",)),
        ("Rebel rockets hit the market in Goma.", "Rebel rockets", None, ("REB",)),
        # an ambush or a planted bomb of no stated side is unidentified armed force's
        ("A rebel ambush killed six soldiers.", "rebel ambush", None, ("REB",)),
        ("A roadside bomb wounded three soldiers.", "roadside bomb", None, ("UAF",)),
    ],
)
def test_a_strike_stands_for_the_force_firing_it(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert actor.sectors == sectors
    assert country is None or actor.country == country


def test_peacekeepers_serve_an_international_body(resolve):
    actor = actor_of(resolve("Peacekeepers fired on the crowd."), "Peacekeepers")
    assert (actor.country, actor.sectors) == (None, ("IGO", "MIL"))
    actor = actor_of(resolve("The international community condemned the vote."), "community")
    assert (actor.country, actor.sectors, actor.basis) == (None, ("IGO",), "")


@pytest.mark.parametrize(
    "text, published, role, country",
    [
        ("Kofi Annan urged both sides to talk.", "2003-05-01", "Secretary-General", None),
        ("Hillary Clinton arrived in Cairo.", "2011-02-01", "Secretary of State", "USA"),
        # named outside every row of hers: the country stays, the office does not
        ("Hillary Clinton arrived in Cairo.", "2016-02-01", None, "USA"),
    ],
)
def test_officeholders_are_known_by_the_articles_date(ruled_nlp, dictionary, text, published,  # noqa: F811
                                                     role, country):  # fmt: skip
    article = Article(article_id="t", text=text, source="test", published=published)
    mentions = resolve_actors(ruled_nlp(text), article, dictionary)
    actor = mentions[0].actor
    assert (actor.role, actor.country) == (role, country)


@pytest.mark.parametrize(
    "text, published, role, country, sectors",
    [
        # a leader named by surname alone gets the office the article's date falls in
        ("Kagame said the attack was cowardly.", "2022-05-01", "President", "RWA", ("GOV",)),
        ("Kagame said the attack was cowardly.", "1998-05-01", "Vice President", "RWA",
         ("GOV", "MIL")),
        ("Tebboune said the border would stay closed.", "2017-06-01", "Prime Minister", "DZA",
         ("GOV",)),
        ("Tebboune said the border would stay closed.", "2022-01-01", "President", "DZA",
         ("GOV",)),
        # out of every office of theirs: the country stays, as an elite
        ("Tebboune said the border would stay closed.", "2018-06-01", None, "DZA", ("ELI",)),
        # an Arabic surname without its article
        ("Assad rejected the proposal.", "2012-05-01", "President", "SYR", ("GOV",)),
        # two listed al-Bashirs, years apart: out of office, the one nearest the date
        ("Bashir rejected the proposal.", "2021-05-01", None, "SDN", ("ELI",)),
        # Ethiopian names: the first is the one used alone, the second is the father's
        ("Abiy said the dam would be filled this year.", "2020-05-01", "Prime Minister", "ETH",
         ("GOV",)),
        ("President Lula met the delegation.", "2024-05-01", "President", "BRA", ("GOV",)),
        # a name shared by too many (common_names.txt) names no listed leader alone
        ("Ahmed said the shop had been looted twice.", "2020-05-01", None, None, ()),
        ("Khan said the shop had been looted twice.", "2020-05-01", None, None, ()),
        # ... and so does a broadcaster's name, or a family name many in the news bear
        ("Fox said the debate would go ahead.", "2016-01-25", None, None, ()),
        ("Johnson said the shop had been looted twice.", "2020-05-01", None, None, ()),
    ],
)  # fmt: skip
def test_a_leader_named_alone_is_known_by_the_articles_date(
    ruled_nlp, dictionary, text, published, role, country, sectors  # noqa: F811
):
    article = Article(article_id="t", text=text, source="test", published=published)
    actor = resolve_actors(ruled_nlp(text), article, dictionary)[0].actor
    assert (actor.role, actor.country, actor.sectors) == (role, country, sectors)


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("Former Defence Minister Jane Doe of Chile denied it.", "Jane Doe", ("ELI",)),
        ("Jane Doe, a former interior minister, denied it.", "Jane Doe", ("ELI",)),
        ("Two former officials resigned.", "former officials", ("ELI",)),
        ("A former rebel commander surrendered.", "rebel commander", ("REB",)),
        # ousted and retired officials are out of office too, even named after the participle
        ("Ousted president Ana Ruiz urged her supporters to march.", "Ana Ruiz", ("ELI",)),
        ("A retired general criticised the army.", "retired general", ("ELI",)),
    ],
)
def test_former_officials_are_elites(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("Muslim villagers fled the fighting.", "Muslim villagers", ("CVL", "MOS")),
        ("Shiite militias attacked the town.", "Shiite militias", ("REB", "MOS", "SHI")),
        ("A Catholic bishop condemned the killings.", "Catholic bishop", ("REL", "CHR", "CTH")),
    ],
)
def test_a_faith_before_an_agent_noun_adds_its_codes(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # an intergovernmental body of its members' governments is governmental (PLOVER's GOV)
        ("The African Union suspended the junta.", "African Union", ("IGO", "GOV")),
        # an agency keeps its own field
        ("The UNHCR appealed for funds.", "UNHCR", ("IGO", "REF")),
    ],
)
def test_international_bodies_carry_their_role(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # an international body's soldiers or police act in the role the noun names
        ("Gunmen ambushed African Union soldiers near the border.", "African Union soldiers",
         ("IGO", "MIL")),
        ("Protesters stoned UN police in the capital.", "UN police", ("IGO", "COP")),
        # monitors it sends are its own, not independent ones
        ("UN monitors toured the region.", "UN monitors", ("IGO", "GOV")),
    ],
)
def test_an_international_bodys_members_take_the_nouns_role(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written",
    [
        # the EU's predecessor, under its older names, is an intergovernmental body, not a
        # people of the article's country
        ("European Community foreign ministers met in Luxembourg.", "European Community"),
        ("The EEC lifted its ban on Argentine beef.", "EEC"),
    ],
)
def test_the_european_community_is_an_igo(resolve, text, written):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (None, ("IGO", "GOV"))


def test_numbered_officials_without_the_are_new_actors_not_references(resolve):
    actor = actor_of(resolve("Two Chilean ministers resigned."), "ministers")
    assert (actor.country, actor.sectors, actor.kind) == ("CHL", ("GOV",), "agent")


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("Troops shelled Bosnian villages overnight.", "villages", ("CVL",)),
        ("Militia fighters overran the town of Brelo at dawn.", "town", ("CVL",)),
        ("Mortar rounds struck two Malian towns.", "towns", ("CVL",)),
        ("The Zamunda Liberation Army ambushed a patrol.", "Zamunda Liberation Army", ("REB",)),
    ],
)
def test_villages_are_civilians_and_liberation_armies_rebels(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


def test_a_bracket_the_ner_left_open_is_closed(resolve):
    mentions = resolve("The Foreign Office (FO) rejected the offer.")
    assert [(m.text, m.actor.name) for m in mentions] == [
        ("The Foreign Office (FO)", "The Foreign Office")
    ]


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("The Chilean Department of Justice charged two men.", "Chilean Department of Justice",
         ("GOV", "JUD")),
        ("The Ministry of Information denied the report.", "Ministry of Information", ("GOV",)),
    ],
)  # fmt: skip
def test_a_bodys_name_runs_on_after_of(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, country",
    [
        ("The Scottish National Party won two more seats.", "Scottish National Party", "GBR"),
        ("Voters deserted the Awami League in the north.", "Awami League", "BGD"),
        ("The AfD demanded a recount.", "AfD", "DEU"),
    ],
)
def test_a_listed_party_carries_its_country_and_party_sector(resolve, text, written, country):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, ("PTY",))


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # members of a group are coded as the group, not as civilians
        ("Members of the Awami League marched in the capital.", "Members of the Awami League",
         ("PTY",)),
        ("Police detained supporters of al-Shabaab.", "supporters of al-Shabaab", ("REB",)),
        # a party's people in office keep their office
        ("The Fidesz government raised pensions.", "Fidesz government", ("GOV", "PTY")),
        ("Likud lawmakers walked out of the session.", "Likud lawmakers", ("LEG", "PTY")),
    ],
)  # fmt: skip
def test_a_groups_members_and_a_partys_officials(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("The Quarry Valley Wildlife Service closed the park.", "Quarry Valley Wildlife Service",
         ("GOV",)),
        ("Bramblewood Holdings Inc. sued the city.", "Bramblewood Holdings Inc.", ("BUS",)),
        ("The Harrowgate Institute published a report.", "Harrowgate Institute", ("EDU",)),
    ],
)  # fmt: skip
def test_the_last_word_of_an_unlisted_name_says_what_the_body_is(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


def test_a_name_word_as_a_common_noun_is_no_actor(resolve):
    texts = [m.text for m in resolve("The service was held after the news broke on television.")]
    assert not {"service", "news", "television"} & set(texts)


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("The Polisario Front rejected the plan.", "Polisario Front", "ESH", ("REB",)),
        ("Police raided a house used by Los Zetas.", "Los Zetas", "MEX", ("CRM",)),
    ],
)
def test_listed_armed_groups_and_gangs(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


def test_a_counterpart_with_no_official_before_is_still_an_official(resolve):
    text = "The talks were attended by his Norwegian counterpart Jonas Fredriksen."
    actor = actor_of(resolve(text), "Norwegian counterpart Jonas Fredriksen")
    assert (actor.country, actor.sectors) == ("NOR", ("GOV",))


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        ("Pope Leo called for a ceasefire.", "Pope Leo", ("REL",)),
        ("King Harald opened the session of parliament.", "King Harald", ("GOV",)),
        ("Martin Luther King led the march.", "Martin Luther King", ()),
    ],
)
def test_a_title_the_ner_took_into_the_name_is_the_office(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a capitalised name the NER missed, ending in a name word, with a body word inside
        ("The Kenyan Police Service arrested four men.", "Kenyan Police Service", "KEN",
         ("COP",)),
        ("The Kenya Revenue Authority froze the accounts.", "Kenya Revenue Authority", "KEN",
         ("GOV",)),
        # a human rights body by its name's last words; a state inside the name gives its country
        ("The Malawian Human Rights Commission accused the army.",
         "Malawian Human Rights Commission", "MWI", ("HRI",)),
        ("The Sri Lanka Human Rights Commission opened an inquiry.",
         "Sri Lanka Human Rights Commission", "LKA", ("HRI",)),
        ("The Kachin Independence Organization rejected the talks.",
         "Kachin Independence Organization", None, ("REB",)),
        ("Officials at the Tanzanian Ministry of Home Affairs met.",
         "Tanzanian Ministry of Home Affairs", "TZA", ("GOV", "COP")),
    ],
)  # fmt: skip
def test_institution_words_and_states_inside_a_bodys_name(
    resolve, text, written, country, sectors
):
    mentions = resolve(text)
    actor = actor_of(mentions, written)
    assert (actor.country, actor.sectors) == (country, sectors)
    assert [m.text for m in mentions if m.actor.kind == "state"] == []  # the state is inside


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a possessor is an actor of its own: "rejected the government's offer" targets it
        ("The rebels rejected the Afghan government's offer of talks.", "Afghan government",
         "AFG", ("GOV",)),
        ("Villagers condemned the Chadian army's offensive.", "Chadian army", "TCD", ("MIL",)),
        ("Bolivia's police's response angered students.", "Bolivia's police", "BOL", ("COP",)),
    ],
)  # fmt: skip
def test_a_possessor_agent_noun_is_a_mention(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


def test_a_possessor_inside_an_actor_phrase_stays_part_of_it(resolve):
    mentions = resolve("The Malian government's forces advanced on Gao.")
    assert [m.text for m in mentions if "forces" in m.text] == ["The Malian government's forces"]
    assert actor_of(mentions, "forces").sectors == ("MIL",)


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        # a demonym before a thing, with a body word between: the thing is that body's
        ("Hackers attacked Iranian government websites.", "Iranian", "IRN", ("GOV",)),
        ("Rebels hit a Sri Lankan navy vessel.", "Sri Lankan", "LKA", ("MIL",)),
        ("Pirates seized a Turkish oil tanker.", "Turkish", "TUR", ()),
    ],
)  # fmt: skip
def test_a_body_word_between_a_demonym_and_a_thing_gives_the_sector(
    resolve, text, written, country, sectors
):
    actor = actor_of(resolve(text), written)
    assert (actor.kind, actor.country, actor.sectors) == ("state", country, sectors)


def test_a_listed_person_the_ner_took_for_an_organisation_is_that_person(resolve):
    actor = actor_of(resolve("The opposition criticised Maduro."), "Maduro")
    assert (actor.kind, actor.name, actor.country, actor.sectors) == (
        "person", "Nicolas Maduro", "VEN", ("GOV",)
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, written, name, sectors",
    [
        ("The OPCW inspected the site.", "OPCW",
         "Organisation for the Prohibition of Chemical Weapons", ("IGO",)),
        ("The Tamil Tigers attacked a navy vessel.", "Tamil Tigers",
         "Liberation Tigers of Tamil Eelam", ("REB",)),
    ],
)  # fmt: skip
def test_more_listed_bodies(resolve, text, written, name, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.name, actor.sectors) == (name, sectors)


@pytest.mark.parametrize(
    "text, written, country, sectors",
    [
        ("The Qatari ruler pardoned the men.", "Qatari ruler", "QAT", ("GOV",)),
        ("A Latvian MEP condemned the vote.", "Latvian MEP", "LVA", ("LEG",)),
        ("A Kenyan police commissioner resigned.", "Kenyan police commissioner", "KEN",
         ("COP",)),
        ("Agents of the DEA arrested two men.", "DEA", "USA", ("COP",)),
    ],
)  # fmt: skip
def test_more_titles_and_agencies(resolve, text, written, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.country, actor.sectors) == (country, sectors)


def test_a_capitalised_name_ending_in_an_anaphor_word_is_a_body_not_a_reference(resolve):
    mentions = resolve("Nepali officials met the Bhutanese Glacier Research Organization.")
    actor = actor_of(mentions, "Glacier Research Organization")
    assert (actor.kind, actor.country, actor.basis) == ("agent", "BTN", "modifier")


@pytest.mark.parametrize(
    "text, written, name, country, sectors",
    [
        ("Democrats accused Republicans of stalling.", "Republicans", "Republican Party", "USA",
         ("PTY",)),
        ("Sweden Democrats gained seats.", "Sweden Democrats", "Sweden Democrats", "SWE",
         ("PTY",)),
        ("Peshmerga fighters held the ridge.", "Peshmerga", "Peshmerga", "IRQ", ("MIL",)),
        ("Police detained a Cuban blogger.", "Cuban blogger", "Cuban blogger", "CUB", ("MED",)),
    ],
)  # fmt: skip
def test_party_members_forces_and_professions(resolve, text, written, name, country, sectors):
    actor = actor_of(resolve(text), written)
    assert (actor.name, actor.country, actor.sectors) == (name, country, sectors)


def test_the_person_column_is_optional_and_checked(tmp_path):
    from newsevents.dictionaries import read_actor_file

    with_column = tmp_path / "sectors.csv"
    with_column.write_text("terms,sectors,class,refers,person\nbakers,BUS,group,,individual\n",
                           encoding="utf-8")  # fmt: skip
    (term,) = read_actor_file(with_column)[1]
    assert term.person == "individual"
    without = tmp_path / "mine.csv"
    without.write_text("terms,sectors,class,refers\nmaster baker,BUS,title,\n", encoding="utf-8")
    (term,) = read_actor_file(without)[1]
    assert term.person == "individual"  # a title is one person
    with_column.write_text("terms,sectors,class,refers,person\nbakers,BUS,group,,many\n",
                           encoding="utf-8")  # fmt: skip
    with pytest.raises(ValueError, match="person 'many'"):
        read_actor_file(with_column)


@pytest.mark.parametrize(
    "text, written, sectors",
    [
        # one of a group is as much an actor as the group: the rows hold both numbers
        ("Kenyan police arrested a miner outside the pit.", "a miner", ("LAB",)),
        ("Gunmen shot a tourist near the ruins.", "a tourist", ("CVL",)),
        ("Police detained a kidnapper in the port.", "a kidnapper", ("CRM",)),
        ("Guards beat an inmate at the prison.", "an inmate", ("CVL",)),
        ("Army spokesmen denied the report.", "Army spokesmen", ("MIL",)),
    ],
)  # fmt: skip
def test_agent_nouns_are_known_in_the_singular_and_the_plural(resolve, text, written, sectors):
    assert actor_of(resolve(text), written).sectors == sectors


@pytest.mark.parametrize(
    "text, written, country",
    [
        # a strike of no stated side that does the act is not the article country's: whoever
        # fired it is unsaid (the towns it hits are that country's)
        ("Missiles hit a Ukrainian town overnight, killing two people.", "Missiles", None),
        ("Airstrikes killed ten civilians in Syria.", "Airstrikes", None),
        ("Russian airstrikes killed ten civilians in Syria.", "Russian airstrikes", "RUS"),
        # a site struck is the article country's force, as before
        ("Rebels shelled an army base in Mali.", "army base", "MLI"),
    ],
)  # fmt: skip
def test_a_strike_of_no_stated_side_takes_no_article_country(resolve, text, written, country):
    assert actor_of(resolve(text), written).country == country


def test_a_verbs_particle_is_no_part_of_its_object(resolve):
    # the parser hangs "back" on the noun in "pull back troops"
    mentions = resolve("Chile agreed to pull back troops from the border.")
    assert "back troops" not in [m.text for m in mentions]
    assert "troops" in [m.text for m in mentions]


def test_a_name_after_a_rank_the_ner_missed_is_a_person(resolve):
    # the small NER model leaves "Sergeant Pablo Ramirez" untagged: the rank says who he is
    mentions = resolve("The rebels said they will release Sergeant Pablo Ramirez.")
    person = actor_of(mentions, "Sergeant Pablo Ramirez")
    assert (person.kind, person.sectors, person.role) == ("person", ("MIL",), "Sergeant")
