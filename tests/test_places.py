"""Tests of the places stage: gazetteer lookups, data files, and which place an event gets."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents import places
from newsevents.places import _toponyms
from newsevents.places.coherence import article_focus
from newsevents.places.context import listed_division, qualifier_after
from newsevents.records import Actor, Event, Place


@pytest.fixture(scope="module")
def gazetteer():
    return places.load_gazetteer()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon", "precision"),
    [
        ("Paris", "FRA", 48.857, 2.352, "city"),
        ("Nairobi", "KEN", -1.286, 36.817, "city"),
        ("São Paulo", "BRA", -23.55, -46.63, "city"),
        ("Sao Paulo", "BRA", -23.55, -46.63, "city"),
        ("Kiev", "UKR", 50.45, 30.52, "city"),
        ("D.C.", "USA", 38.90, -77.04, "city"),
        ("Washington", "USA", 38.90, -77.04, "city"),
        ("New York", "USA", 40.71, -74.01, "city"),
        ("France", "FRA", 46.5, 2.5, "country"),
        ("U.S.", "USA", 39.0, -98.0, "country"),
        ("UK", "GBR", 54.0, -2.0, "country"),
        ("UAE", "ARE", 24.0, 54.0, "country"),
        ("the Netherlands", "NLD", 52.2, 5.5, "country"),
        ("Texas", "USA", 31.0, -99.0, "admin1"),
        ("Calif.", "USA", 37.0, -119.5, "admin1"),
        ("Ontario", "CAN", 50.0, -85.0, "admin1"),  # the province, not the Californian city
    ],
)
def test_resolve_names(gazetteer, name, country, lat, lon, precision):
    place = gazetteer.resolve(name)
    assert (place.country, place.precision) == (country, precision)
    limit = 50 if precision == "city" else 400  # a country's point is wherever its middle is
    assert distance_km(place.lat, place.lon, lat, lon) < limit


def test_paris_is_within_50_km_of_the_real_one(gazetteer):
    place = gazetteer.resolve("Paris")
    assert distance_km(place.lat, place.lon, 48.8566, 2.3522) < 50
    assert place.geonames_id == 2988507


def test_context_country_picks_the_us_state_georgia(gazetteer):
    assert gazetteer.resolve("Georgia").country == "GEO"
    state = gazetteer.resolve("Georgia", ("USA",))
    assert (state.country, state.precision) == ("USA", "admin1")


def test_a_qualifier_picks_the_small_namesake(gazetteer):
    assert gazetteer.resolve("Paris", ("USA",)).country == "FRA"  # context alone is not enough
    place = gazetteer.resolve("Paris", within="Texas")
    assert (place.country, place.admin1) == ("USA", "Texas")


@pytest.mark.parametrize("name", ["Zzyzxville Heights", "Africa", "the Middle East"])
def test_unknown_names_and_world_regions_do_not_resolve(gazetteer, name):
    assert gazetteer.resolve(name) is None


@pytest.mark.parametrize(
    ("file_name", "text", "message"),
    [
        ("country_centroids.csv", "iso2,lat,lon\nFR,146,2\n", "csv:2: 146 is out of range"),
        ("country_centroids.csv", "# x\niso2,lat,lon\nFR,north,2\n", "csv:3: 'north' is not"),
        ("aliases.csv", "alias,iso2,kind,target,lat,lon\nUSA,US,nation,,,\n", "csv:2: need an"),
        ("words.csv", "# x\n# y\nword,kind\nnear,preposition\n", "csv:4: need a word"),
        ("divisions.csv", "iso2,level,code,name,parent,lat,lon,population\nUS,3,,X,,1,1,5\n",
         "csv:2: need level 1 or 2"),
        ("regions.csv", "name,adjective,lat,lon\nSahelia,,12,\n", "csv:2: need a name and both"),
        ("admin1.csv", "iso2,name,lat,lon,population\nUS,Ohio,40,-82,many\n", "csv:2: population"),
        ("features.csv", "name,aliases,kind,lat,lon\nBig Lake,,pond,1,2\n", "csv:2: need a name"),
    ],
)
def test_loaders_name_the_bad_line(tmp_path, file_name, text, message):
    (tmp_path / file_name).write_text(text)
    loader = {
        "country_centroids.csv": places.load_centroids,
        "aliases.csv": places.load_aliases,
        "words.csv": places.load_place_words,
        "admin1.csv": places.load_admin1,
        "divisions.csv": places.load_divisions,
        "regions.csv": places.load_regions,
        "features.csv": places.load_features,
    }[file_name]
    with pytest.raises(ValueError, match=message):
        loader(tmp_path)


def test_shipped_place_files_load():
    assert places.load_centroids()["UA"] == (49.0, 32.0)
    built = places.load_centroids(file_name="country_points_countryinfo.csv")
    assert len(built) > 200 and "GL" in built
    assert any(row["alias"] == "U.S." for row in places.load_aliases())
    words = places.load_place_words()
    assert "outside" in words.locative and "region" in words.place_head
    assert "from" in words.origin and {"troops", "officials", "resident"} <= words.people
    assert {"to", "with"} <= words.party_or_goal
    assert "Middle East" in words.region
    assert {row["name"] for row in places.load_admin1()} >= {"Texas", "Quebec", "Scotland"}
    divisions = places.load_divisions()
    assert {row["level"] for row in divisions} == {1, 2} and len(divisions) > 5000
    assert any(row["name"] == "Europe" and row["adjective"] for row in places.load_regions())
    features = {name: row for row in places.load_features() for name in row["names"]}
    assert features["Pacific"]["kind"] == "ocean" and features["Urals"]["kind"] == "mountains"


@pytest.mark.parametrize(
    ("name", "capital_lat", "capital_lon"),
    [("Greenland", 64.18, -51.72), ("French Polynesia", -17.53, -149.57)],
)
def test_territories_the_curated_table_lacks_get_an_interior_point(gazetteer, name,
                                                                   capital_lat, capital_lon):
    # a whole territory named in a report is placed at its middle, not at its capital
    place = gazetteer.resolve(name)
    assert place is not None and place.precision == "country"
    assert distance_km(place.lat, place.lon, capital_lat, capital_lon) > 500


def make_event(doc, word: str, **fields) -> Event:
    token = [t for t in doc if t.text == word][0]
    return Event(
        event_id=f"e{token.i}", article_id="a1", sentence_index=0, sentence=doc.text,
        trigger=token.text, trigger_span=(token.idx, token.idx + len(token)), cameo="190",
        cameo_root="19", cameo_name="use conventional military force", quad_class=4,
        goldstein=-10.0, plover_type="ASSAULT", plover_mode="", **fields,
    )


def placed(nlp, gazetteer, sentence: str, word: str, **fields):
    doc = nlp(sentence)
    (event,) = places.place_events((make_event(doc, word, **fields),), doc, gazetteer)
    return event.place


def test_place_of_a_nominal_event_outside_a_city(nlp, gazetteer):
    sentence = "Mourners remembered the bombing at the Blue Lantern theatre outside Lyon."
    place = placed(nlp, gazetteer, sentence, "bombing")
    assert (place.name, place.country, place.basis, place.precision) == (
        "Lyon", "FRA", "text", "city"
    )


@pytest.mark.parametrize(
    ("sentence", "word", "name", "basis"),
    [
        ("Rebels shelled a checkpoint near Aleppo on Sunday.", "shelled", "Aleppo", "text"),
        ("Militias clashed in southern Hasaka overnight.", "clashed", "Al Ḩasakah", "text"),
        ("The minister condemned the raid, officials in Cairo said.", "condemned", "Cairo",
         "sentence"),
        ("Protesters marched in Paris, Texas, on Saturday.", "marched", "Paris", "text"),
        ("Drones struck a depot in the Kharkiv region.", "struck", "Kharkiv", "text"),
        ("Jets bombed a market in the city of Aleppo.", "bombed", "Aleppo", "text"),
    ],
)
def test_place_attachment(nlp, gazetteer, sentence, word, name, basis):
    place = placed(nlp, gazetteer, sentence, word)
    assert (place.name, place.basis) == (name, basis)


def test_qualified_place_is_the_namesake(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Protesters marched in Paris, Texas, on Saturday.", "marched")
    assert (place.country, place.admin1) == ("USA", "Texas")


def test_the_article_text_passed_in_reads_as_the_docs_own(nlp, gazetteer):
    # the pipeline passes the article's text: Doc.text joins every token again on each read
    sentence = "Drones struck a depot in the Kharkiv region, officials in Kyiv said."
    doc = nlp(sentence)
    events = (make_event(doc, "struck"),)
    given = places.place_events(events, doc, gazetteer, text=sentence)
    assert given == places.place_events(events, doc, gazetteer)
    assert given[0].place.name == "Kharkiv"


def test_a_country_as_object_is_the_target_not_the_place(nlp, gazetteer):
    assert placed(nlp, gazetteer, "The army invaded Ukraine overnight.", "invaded") is None


@pytest.mark.parametrize(
    ("sentence", "word", "target_text"),
    [
        # the town the act struck is its place, though the town (its people) is its target too
        ("Gunmen raided the town of Kaduna in northern Nigeria.", "raided", "the town of Kaduna"),
        ("Artillery shelled Mariupol before dawn.", "shelled", "Mariupol"),
    ],
)
def test_the_town_a_violent_act_struck_is_its_place(nlp, gazetteer, sentence, word,
                                                    target_text):
    start = sentence.index(target_text)
    span = (start, start + len(target_text))
    place = placed(nlp, gazetteer, sentence, word, target=(Actor(name="town"),),
                   target_span=span)
    assert (place.precision, place.basis) == ("city", "text")
    assert place.name in sentence


def test_a_place_standing_for_its_state_as_target_is_still_the_place(nlp, gazetteer):
    # "declared a ceasefire in Tripoli": with no actor named, Tripoli stands for Libya as the
    # target (basis "place") and is where the ceasefire was declared
    sentence = "The general declared a ceasefire in Tripoli on Sunday."
    start = sentence.index("Tripoli")
    place = placed(nlp, gazetteer, sentence, "declared",
                   target=(Actor(name="Libya", country="LBY", kind="place", basis="place"),),
                   target_span=(start, start + len("Tripoli")))
    assert (place.name, place.country) == ("Tripoli", "LBY")


def test_a_capital_as_the_object_of_words_is_its_government(nlp, gazetteer):
    doc = nlp("The senator criticised Washington over the deal.")
    event = replace(make_event(doc, "criticised", target=(Actor(name="United States"),),
                               target_span=(23, 33)), cameo="111", cameo_root="11")
    (coded,) = places.place_events((event,), doc, gazetteer)
    assert coded.place is None


def test_actor_countries_are_not_places(nlp, gazetteer):
    doc = nlp("Russia accused Ukraine of sabotage.")
    event = make_event(
        doc, "accused", source=(Actor(name="Russia", country="RUS"),),
        source_span=(0, 6), target=(Actor(name="Ukraine", country="UKR"),),
        target_span=(15, 22),
    )
    (coded,) = places.place_events((event,), doc, gazetteer)
    assert coded.place is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kyiv Independent reported that the reserves grew.",
        "The Bank of England reported that the reserves grew.",
    ],
)
def test_organisation_names_are_not_places(nlp, gazetteer, sentence):
    assert placed(nlp, gazetteer, sentence, "grew") is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Two Kenya police officers were wounded overnight.", "wounded"),
        ("Gunmen shot a Lagos businessman on Friday.", "shot"),
        ("Russia-backed fighters shelled the outskirts on Monday.", "shelled"),
        ("Refugees from Sudan demonstrated outside the embassy on Thursday.", "demonstrated"),
        ("The tanker was seized by Iran on Monday.", "seized"),
    ],
)
def test_a_place_that_says_who_acts_or_where_from_is_no_place(nlp, gazetteer, sentence, word):
    assert placed(nlp, gazetteer, sentence, word) is None


def test_the_named_place_comes_before_the_wider_region_its_phrase_names(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Police arrested two men in the Georgia city of Macon.",
                   "arrested")
    assert (place.name, place.admin1) == ("Macon", "Georgia")


def test_of_the_places_tied_alike_the_finest_wins(nlp, gazetteer):
    sentence = "In Ontario on Friday, police arrested two men in the town of Kenora."
    place = placed(nlp, gazetteer, sentence, "arrested")
    assert (place.name, place.precision, place.basis) == ("Kenora", "city", "text")


def test_a_fallback_place_is_the_nearest_after_the_event(nlp, gazetteer):
    sentence = ("Officials from Ottawa said a soldier was killed while guarding a base near "
                "Kandahar.")
    place = placed(nlp, gazetteer, sentence, "killed")
    assert (place.name, place.basis) == ("Kandahār", "sentence")


def test_a_place_the_gazetteer_lacks_is_put_near_the_place_its_sentence_names(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Soldiers shot two men in Kafr Dabbura near Hama on Monday.",
                   "shot")
    assert (place.text, place.precision, place.country, place.basis) == (
        "Kafr Dabbura", "near", "SYR", "text")


def test_a_place_nothing_locates_is_kept_as_written_without_coordinates(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Soldiers shot two men in Kafr Dabbura on Monday.", "shot")
    assert (place.text, place.precision, place.lat, place.country) == (
        "Kafr Dabbura", "unresolved", None, None)


def test_a_name_the_text_calls_a_village_places_the_event_though_untagged(nlp, gazetteer):
    sentence = "Gunmen killed three farmers in the village of Qarzubiya near Aleppo."
    place = placed(nlp, gazetteer, sentence, "killed")
    assert (place.text, place.precision, place.country) == ("Qarzubiya", "near", "SYR")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The talks collapsed before the army sent troops to Kharkiv.", "collapsed"),
        ("Rebels said talks with Kenya collapsed overnight.", "collapsed"),
        ("The talks collapsed before the army sent troops to Kharkiv and Sumy.", "collapsed"),
        ("Russia and Iran condemned the strike.", "condemned"),
        # a clause under the event's word tells of another happening, at its own place
        ("The minister said that rebels had seized a depot in Kandahar.", "said"),
        ("Police arrested a man who had lived in Nairobi.", "arrested"),
    ],
)
def test_a_party_a_goal_or_a_clause_apart_gives_no_fallback_place(nlp, gazetteer, sentence,
                                                                  word):
    assert placed(nlp, gazetteer, sentence, word) is None


def test_a_goal_tied_to_the_event_is_its_place(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Thousands marched to Kharkiv on Sunday.", "marched")
    assert (place.name, place.basis) == ("Kharkiv", "text")


def test_a_name_in_apposition_to_a_place_word_is_where_that_place_is(nlp, gazetteer):
    sentence = "A soldier was killed in the capital Kigali when a grenade exploded."
    place = placed(nlp, gazetteer, sentence, "killed")
    assert (place.name, place.basis) == ("Kigali", "text")


def test_a_name_before_its_division_kind_is_a_place(nlp, gazetteer):
    place = placed(nlp, gazetteer, "Two soldiers were killed inside the Kandahar Governorate.",
                   "killed")
    assert place.country == "AFG"


def test_a_name_the_parser_hangs_on_a_weekday_is_no_firms_name(nlp, gazetteer):
    # "patrolled Lusaka Saturday" parsed with the town as a compound of the weekday, as the
    # small model does after a verb: a weekday dates the place, it names no firm
    words = ["Troops", "patrolled", "Lusaka", "Saturday", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False],
              heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "compound", "npadvmod", "punct"],
              pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
              ents=["O", "O", "B-GPE", "B-DATE", "O"], sent_starts=[True, False, False, False,
                                                                   False])
    assert [span.text for span in _toponyms(doc[:], gazetteer)] == ["Lusaka"]


def test_the_dateline_is_no_place_of_the_event(nlp, gazetteer):
    sentence = "LIMA, Peru -- Hours after the polls closed, police detained four men."
    assert placed(nlp, gazetteer, sentence, "detained") is None
    sentence = "NAIROBI, Kenya — Gunmen killed four people in Mombasa on Monday."
    assert placed(nlp, gazetteer, sentence, "killed").name == "Mombasa"


def test_no_place_in_the_sentence(nlp, gazetteer):
    assert placed(nlp, gazetteer, "The talks collapsed after midnight.", "collapsed") is None


def test_a_place_tied_to_another_event_is_not_a_fallback(nlp, gazetteer):
    doc = nlp("The minister phoned his counterpart about the bombing at a market in Kandahar.")
    events = (make_event(doc, "phoned"), make_event(doc, "bombing"))
    phoned, bombing = places.place_events(events, doc, gazetteer)
    assert bombing.place is not None and bombing.place.country == "AFG"
    assert phoned.place is None


def test_a_place_naming_a_site_of_another_event_is_not_a_fallback(nlp, gazetteer):
    doc = nlp("The minister phoned his counterpart about the bombing at the Kandahar airport.")
    events = (make_event(doc, "phoned"), make_event(doc, "bombing"))
    phoned, bombing = places.place_events(events, doc, gazetteer)
    assert bombing.place is not None and bombing.place.country == "AFG"
    assert phoned.place is None


@pytest.mark.parametrize(
    ("sentence", "word", "country"),
    [
        ("The ministry pinned the blame on Lyon for the bombing.", "bombing", None),
        ("Officials blamed rebels in Aleppo for the shelling.", "shelling", None),
        ("Four guards were killed in the bombing in Kandahar.", "bombing", "AFG"),
        ("They laid the blame on Lyon for the bombing.", "bombing", None),
        ("Officials blamed rebels for the bombing of a market in Kandahar.", "bombing", "AFG"),
    ],
)
def test_a_place_of_the_clause_is_not_the_place_of_an_event_it_only_mentions(
    nlp, gazetteer, sentence, word, country
):
    place = placed(nlp, gazetteer, sentence, word)
    assert (place.country if place else None) == country


@pytest.mark.parametrize("sentence", ["Officials said the West was not involved in the raid."])
def test_the_west_is_not_a_place(nlp, gazetteer, sentence):
    assert placed(nlp, gazetteer, sentence, "raid") is None


@pytest.mark.parametrize(("name", "country"), [("Russian", "RUS"), ("Israelis", "ISR"),
                                               ("British", "GBR")])
def test_demonyms_resolve_only_when_asked(gazetteer, name, country):
    assert gazetteer.resolve(name) is None  # an event's place is never an adjective
    place = gazetteer.resolve(name, demonyms=True)
    assert (place.country, place.precision) == (country, "country")


def test_small_towns_are_in_the_gazetteer(gazetteer):
    # a town of a few thousand people, below the old 15000 floor
    place = gazetteer.resolve("Chiefland")
    assert (place.country, place.admin1) == ("USA", "Florida")


def test_a_state_named_in_the_article_picks_its_town(gazetteer):
    alone, in_state = gazetteer.resolve_article(["Paris"]), gazetteer.resolve_article(
        ["Paris", "Texas", "Dallas"])
    assert alone[0].country == "FRA"
    assert (in_state[0].country, in_state[0].admin1) == ("USA", "Texas")


def test_demonym_loader_adds_plurals_and_names_the_bad_line(tmp_path):
    (tmp_path / "demonyms.csv").write_text("# x\ndemonym,iso2\nKenyan,KE\nSwiss,CHE\n")
    with pytest.raises(ValueError, match="demonyms.csv:4: need a demonym"):
        places.load_demonyms(tmp_path)
    assert {("Kenyan", "KE"), ("Kenyans", "KE")} <= set(places.load_demonyms())


def test_us_counties_resolve_in_their_state(gazetteer):
    county, _, _ = gazetteer.resolve_article(["Franklin County", "Columbus", "Ohio"])
    assert (county.precision, county.country, county.admin1) == ("admin2", "USA", "Ohio")
    assert distance_km(county.lat, county.lon, 39.96, -83.0) < 60


def test_divisions_beyond_the_hand_list_have_points(gazetteer):
    place = gazetteer.resolve("Gauteng")
    assert (place.country, place.precision) == ("ZAF", "admin1")
    assert distance_km(place.lat, place.lon, -26.1, 28.1) < 100


def test_towns_outside_the_us_know_their_division(gazetteer):
    assert gazetteer.resolve("Durban").admin1 == gazetteer.resolve("KwaZulu-Natal").name


@pytest.mark.parametrize(("name", "continent_lat", "continent_lon"),
                         [("Africa", 7.2, 21.1), ("Europeans", 48.7, 9.1), ("Asian", 29.8, 89.3)])
def test_world_regions_resolve_only_for_a_geoparser(gazetteer, name, continent_lat,
                                                    continent_lon):
    assert gazetteer.resolve(name, demonyms=True) is None  # never an event's place
    place = gazetteer.resolve(name, demonyms=True, world_regions=True)
    assert place.precision == "region"
    assert distance_km(place.lat, place.lon, continent_lat, continent_lon) < 50


@pytest.mark.parametrize(("name", "country", "precision"), [
    ("University of Ghana", "GHA", "country"),
    ("Lagos State University", "NGA", "city"),  # the state is named after its city
    ("Nebraska Farm Bureau", "USA", "admin1"),
])
def test_an_unknown_name_falls_back_to_the_place_it_opens_with(gazetteer, name, country,
                                                               precision):
    place = gazetteer.resolve(name)
    assert (place.country, place.precision) == (country, precision)


@pytest.mark.parametrize("name", ["Eastern Regional Hospital", "Union Pacific Railroad",
                                  "Toronto Avenue", "Denver Street"])
def test_a_generic_word_or_a_street_inside_a_name_is_no_place(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_a_place_of_that_very_name_beats_a_bigger_place_known_by_it_otherwise(gazetteer):
    # Bombay is only another name of Mumbai, yet nothing else is called so
    assert gazetteer.resolve("Bombay").name == "Mumbai"
    # Salisbury is an old name of Harare and the own name of several towns
    assert gazetteer.resolve("Salisbury").country != "ZWE"


@pytest.mark.parametrize(("code", "state"), [("NJ", "New Jersey"), ("TX", "Texas")])
def test_us_postal_codes_name_their_state(gazetteer, code, state):
    assert gazetteer.resolve(code).name == state


def test_a_postal_code_that_is_an_english_word_is_not_a_state(gazetteer):
    place = gazetteer.resolve("OR")
    assert place is None or place.name != "Oregon"


def test_a_name_does_not_vote_for_itself(gazetteer):
    alone = gazetteer.resolve_article(["Georgia", "Tbilisi"])[0]
    american = gazetteer.resolve_article(["Georgia", "Atlanta", "Savannah"])[0]
    assert (alone.country, alone.precision) == ("GEO", "country")
    assert (american.country, american.precision) == ("USA", "admin1")


def test_names_that_read_the_same_when_steered_are_steered_once(gazetteer, monkeypatch):
    passes = []
    steered = type(gazetteer)._steered

    def counted(self, *args):
        passes.append(1)
        return steered(self, *args)

    monkeypatch.setattr(type(gazetteer), "_steered", counted)
    paris, france = gazetteer.resolve_article(["Paris", "France"])
    assert (paris.country, france.country) == ("FRA", "FRA")
    assert len(passes) == 1  # the second pass would read what the first did


def test_geoparsing_counts_nationalities_and_places_inside_names(nlp, gazetteer):
    doc = nlp("The Ohio Department of Health said Kenyan doctors arrived in Nairobi.")
    plain = [s.text for sent in doc.sents for s in places._toponyms(sent, gazetteer)]
    geoparsed = [s.text for sent in doc.sents
                 for s in places._toponyms(sent, gazetteer, geoparse=True)]
    assert plain == ["Nairobi"]
    assert set(geoparsed) >= {"Ohio", "Kenyan", "Nairobi"}


def test_a_name_tagged_as_a_place_once_is_a_place_throughout(gazetteer):
    # the small model's label for a name changes with its neighbours; the article's place use
    # of it decides for every mention
    words = ["Floods", "hit", "Brindlewick", ".", "Brindlewick", "residents", "left", "."]
    doc = Doc(Vocab(), words=words, pos=["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "NOUN",
                                         "VERB", "PUNCT"],
              sent_starts=[True, False, False, False, True, False, False, False],
              ents=["O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O"])
    found = [s.start for sent in doc.sents for s in places._toponyms(sent, gazetteer)]
    assert found == [2, 4]


def test_a_town_near_the_article_s_other_towns_wins_across_a_state_line(gazetteer):
    alone = gazetteer.resolve_article(["Vancouver"])[0]
    beside_portland = gazetteer.resolve_article(["Vancouver", "Portland"])[0]
    assert alone.country == "CAN"
    assert (beside_portland.country, beside_portland.admin1) == ("USA", "Washington")


def test_an_organisation_name_ending_in_of_has_no_place_inside(gazetteer):
    doc = Doc(Vocab(), words=["Friends", "of", "said", "so", "."],
              pos=["PROPN", "ADP", "VERB", "ADV", "PUNCT"], ents=["B-ORG", "I-ORG", "O", "O", "O"])
    assert places._toponyms(doc[:], gazetteer, geoparse=True) == []


@pytest.mark.parametrize(("town", "county", "state"), [
    ("Florence", "Lauderdale County", "Alabama"),
    ("Carthage", "Jasper County", "Missouri"),
    ("Sparta", "White County", "Tennessee"),
])
def test_a_town_and_its_county_back_each_other(gazetteer, town, county, state):
    # neither name's likeliest reading is in that state; only those two readings lie together
    place, division = gazetteer.resolve_article([town, county])
    assert (place.country, place.admin1) == ("USA", state)
    assert (division.precision, division.admin1) == ("admin2", state)


@pytest.mark.parametrize(("country", "town"), [("Lebanon", "Dayton")])
def test_backing_never_turns_a_country_into_its_namesake_town(gazetteer, country, town):
    # each country has a namesake town near the other name, which only chooses among towns
    place, _ = gazetteer.resolve_article([country, town])
    assert (place.name, place.precision) == (country, "country")


def test_a_name_read_in_many_divisions_backs_each_weakly():
    from newsevents.places.coherence import Backing
    from newsevents.places.index import Entry

    def town(division, lat, lon):
        return Entry("Milltown", "city", "USA", division, lat, lon, None, 1000)

    single = Entry("Oakfield", "city", "USA", "Ohio", 40.0, -83.0, None, 1000)
    spread = [town("Ohio", 40.0, -83.0), town("Iowa", 42.0, -93.0), town("Utah", 39.0, -111.0),
              town("Maine", 45.0, -69.0)]
    backing = Backing({"oakfield": [single], "milltown": spread})
    assert backing.backing(spread[1], "milltown") == 0.0  # nothing of Oakfield's in Iowa
    assert backing.backing(single, "oakfield") == 1.0  # the Ohio Milltown lies close by
    far = Entry("Oakfield", "city", "USA", "Ohio", 40.8, -83.0, None, 1000)  # ~90 km away
    assert backing.backing(far, "oakfield") == 0.5  # same state, one of Milltown's four


@pytest.mark.parametrize(("code", "name"), [("BC", "British Columbia"), ("NSW", "New South Wales"),
                                            ("QLD", "Queensland"), ("NJ", "New Jersey")])
def test_states_and_provinces_resolve_under_their_abbreviations(gazetteer, code, name):
    place = gazetteer.resolve(code)
    assert (place.name, place.precision) == (name, "admin1")


def test_a_code_that_is_a_word_stays_the_word(gazetteer):
    place = gazetteer.resolve("ON")
    assert place is None or place.name != "Ontario"


@pytest.mark.parametrize(("name", "country"), [("Holy See", "VAT"), ("Republic of Korea", "KOR"),
                                               ("Malvinas", "FLK")])
def test_countries_resolve_under_the_parts_of_their_iso_names(gazetteer, name, country):
    place = gazetteer.resolve(name)
    assert (place.country, place.precision) == (country, "country")


def test_a_name_found_in_one_country_only_names_that_country(gazetteer):
    # every Lauderdale County is American: beside one, "Florence" is not the Italian city even
    # with no state named
    alone, beside = gazetteer.resolve_article(["Florence"])[0], gazetteer.resolve_article(
        ["Florence", "Lauderdale County"])[0]
    assert alone.country == "ITA"
    assert beside.country == "USA"


@pytest.mark.parametrize(("name", "bare"), [
    ("Province of Batangas", "Batangas"), ("Provincia di Cuneo", "Cuneo"),
    ("Kharkiv Oblast", "Kharkiv"), ("Departamento de Santa Cruz", "Santa Cruz"),
    ("Isle of Wight", None), ("Santa Cruz", None),
])
def test_a_division_is_also_found_without_its_kind_word(name, bare):
    from newsevents.places.index import _without_kind

    words = places.load_place_words()
    assert _without_kind(name, words.place_head | words.division) == bare


def test_geonames_divisions_named_kind_first_are_indexed_by_their_name(gazetteer):
    kinds = {(e.name, e.kind) for e in gazetteer.candidates("Batangas")}
    assert ("Province of Batangas", "admin2") in kinds


@pytest.mark.parametrize(("text", "dateline"), [
    ("Man charged after crash. HEXHAM — The council met on Monday.", "HEXHAM"),
    ("WINNEMUCCA (AP) — The council met on Monday.", "WINNEMUCCA"),
    ("NEWS -- The council met on Monday.", None),
])
def test_geoparsing_reads_a_dateline(nlp, gazetteer, text, dateline):
    doc = nlp(text)
    found = [s.text for sent in doc.sents for s in places._toponyms(sent, gazetteer, True)]
    assert (dateline in found) if dateline else found == []


def test_geoparsing_counts_a_nationality_but_not_a_party_or_faith(gazetteer):
    words = ["Kenyan", "and", "Democrat", "voters", "met", "."]
    doc = Doc(Vocab(), words=words, pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"],
              ents=["B-NORP", "O", "B-NORP", "O", "O", "O"])
    assert [s.text for s in places._toponyms(doc[:], gazetteer, geoparse=True)] == ["Kenyan"]


def test_a_small_town_inside_a_name_counts_when_the_article_names_it(gazetteer):
    # a town of a few thousand is no stand-in for any name that holds it, unless the article
    # also names it on its own
    alone = gazetteer.resolve_article(["Chiefland Fire Station"])[0]
    beside = gazetteer.resolve_article(["Chiefland Fire Station", "Chiefland"])[0]
    assert alone is None
    assert (beside.country, beside.admin1) == ("USA", "Florida")


def test_geoparsing_finds_a_small_town_opening_a_name_the_article_tags_elsewhere(gazetteer):
    words = ["Chiefland", "Fire", "Station", "opened", "in", "Chiefland", "."]
    doc = Doc(Vocab(), words=words, pos=["PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN",
                                         "PUNCT"],
              ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "O"])
    found = [(s.start, s.end) for s in places._toponyms(doc[:], gazetteer, geoparse=True)]
    assert found == [(0, 1), (5, 6)]


def test_unknown_place_goes_to_the_articles_town(gazetteer):
    names = ["Gainesville", "Alachua County", "Gainesville", "Quillmoor Memorial Hospital"]
    marked = gazetteer.resolve_article(names, all_places=True)
    found = gazetteer.resolve_article(names)
    assert found[3] is None  # a tagger's unknown name may be a firm or a person
    assert marked[3].precision == "near" and marked[3].text == "Quillmoor Memorial Hospital"
    assert (marked[3].lat, marked[3].lon) == (marked[0].lat, marked[0].lon)
    assert marked[0].admin1 == "Florida"


def _town(name: str, admin1: str | None, lat: float) -> Place:
    return Place(name, "USA", admin1, lat, -80.0, None, "city", "none")


def test_the_articles_town_lies_in_the_state_it_names_most():
    # a small town read twice in another state does not outvote the story's own state
    elsewhere = _town("Smallville", "Kansas", 38.0)
    home = _town("Lakeford", "Virginia", 38.8)
    state = Place("Virginia", "USA", "Virginia", 37.5, -78.8, None, "admin1", "none")
    resolved = [elsewhere, elsewhere, state, state, home, None]
    assert article_focus(resolved) == home
    assert article_focus([elsewhere, elsewhere, home]) == elsewhere  # no state named outright


def test_unknown_place_without_a_town_stays_unplaced(gazetteer):
    assert gazetteer.resolve_article(["France", "Quillmoor Hospital"], all_places=True)[1] is None


def test_a_foreign_town_inside_an_unknown_name_gives_way_to_the_articles_town(gazetteer):
    # a restaurant named after a far city is in the story's town, not in that city
    names = ["Gainesville", "Alachua County", "Gainesville", "Lyon Quillmoor Bistro"]
    marked = gazetteer.resolve_article(names, all_places=True)
    assert marked[3].precision == "near" and marked[3].admin1 == "Florida"
    assert gazetteer.resolve_article(names)[3].country == "FRA"  # a tagger's name is kept


@pytest.mark.parametrize(
    ("name", "lat", "lon"), [("the Pacific", 0.0, -160.0), ("Mediterranean", 35.0, 18.0),
                             ("Lake Baikal", 53.5, 108.0), ("Bosporus", 41.1, 29.05)])
def test_physical_features_resolve_before_namesake_towns(gazetteer, name, lat, lon):
    place = gazetteer.resolve(name, ("USA",))
    assert (place.precision, place.country, place.lat, place.lon) == ("feature", None, lat, lon)


def test_a_big_town_in_the_articles_country_beats_a_feature_of_its_name(gazetteer):
    assert gazetteer.resolve("Rio Grande", ("BRA",)).precision == "city"
    assert gazetteer.resolve("Rio Grande").precision == "feature"


@pytest.mark.parametrize(("name", "division"), [
    ("Ill.", "Illinois"), ("Calif", "California"), ("Sask.", "Saskatchewan"),
    ("N.B.", "New Brunswick"), ("W. Va.", "West Virginia"), ("N. Y.", "New York")])
def test_news_abbreviations_of_states_and_provinces(gazetteer, name, division):
    assert gazetteer.resolve(name).name == division


@pytest.mark.parametrize(("name", "country"), [
    ("Korea", "KOR"), ("Democratic Republic of Congo", "COD"), ("SA", "ZAF")])
def test_country_names_news_writes_short(gazetteer, name, country):
    place = gazetteer.resolve(name)
    assert (place.country, place.precision) == (country, "country")


def test_sa_in_an_australian_story_is_south_australia(gazetteer):
    assert gazetteer.resolve("SA", ("AUS",)).name == "South Australia"


def test_one_nearby_name_is_counted_once_for_a_small_namesake(gazetteer):
    # the Ontario town of Paris lies by Brantford, but a French story that names Brantford once
    # still means the capital: nearness and backing are the same evidence
    assert gazetteer.resolve_article(["France", "Paris", "Brantford"])[1].country == "FRA"


def test_an_event_place_is_read_in_the_light_of_the_articles_other_places(nlp, gazetteer):
    text = ("Fire crews fought a blaze in Athens on Monday. "
            "The Clarke County sheriff said that nobody was hurt.")
    alone = placed(nlp, gazetteer, "Fire crews fought a blaze in Athens on Monday.", "fought")
    beside = placed(nlp, gazetteer, text, "fought")
    assert alone.country == "GRC"
    assert (beside.text, beside.country, beside.admin1) == ("Athens", "USA", "Georgia")


@pytest.mark.parametrize(("state", "found"), [("Georgia", ["Georgia", "Dalton"]),
                                              ("Ghana", ["Ghana"])])
def test_geoparsing_takes_a_person_named_like_a_town_of_the_articles_state(
        gazetteer, state, found):
    words = ["Police", "in", state, "said", "Dalton", "was", "calm", "."]
    doc = Doc(Vocab(), words=words, pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN", "AUX", "ADJ",
                                         "PUNCT"],
              ents=["O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O"])
    assert [s.text for s in places._toponyms(doc[:], gazetteer, geoparse=True)] == found
    assert [s.text for s in places._toponyms(doc[:], gazetteer)] == [state]


@pytest.mark.parametrize(("preposition", "found"), [("in", [4, 6]), ("near", [4, 6]),
                                                    ("at", [4])])
def test_a_name_in_a_place_slot_once_is_a_place_throughout(gazetteer, preposition, found):
    # "in X" shows a place even where the model calls X a person; "at X" may be a firm
    words = ["Storms", "hit", "homes", preposition, "Dalton", ".", "Dalton", "residents", "left",
             "."]
    doc = Doc(spacy.blank("en").vocab, words=words,  # a bare Vocab has no lower-case forms
              pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "NOUN", "VERB",
                   "PUNCT"],
              heads=[1, 1, 1, 2, 3, 1, 7, 8, 8, 8],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "compound", "nsubj",
                    "ROOT", "punct"],
              ents=["O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O"])
    assert "dalton" in places.article_place_names(doc, gazetteer) or preposition == "at"
    assert [s.start for sent in doc.sents for s in places._toponyms(sent, gazetteer)] == found


def test_each_name_of_a_list_before_a_plural_division_kind_is_a_place(gazetteer):
    # "Brown, Pope and Stevens counties": the model calls such counties people
    words = ["Roads", "closed", "in", "Brown", ",", "Pope", "and", "Stevens", "counties", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN",
                   "PUNCT"],
              heads=[1, 1, 1, 8, 3, 3, 5, 5, 2, 1],
              deps=["nsubj", "ROOT", "prep", "nmod", "punct", "conj", "cc", "conj", "pobj",
                    "punct"],
              ents=["O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O"])
    found = [s.text for s in places._toponyms(doc[:], gazetteer, known=frozenset())]
    assert found == ["Brown", "Pope", "Stevens"]


@pytest.mark.parametrize(("words", "looked_up"), [
    (["Barrow", "County"], "Barrow County"),  # held whole: bare, it is an Alaskan town
    (["Quillmoor", "region"], "Quillmoor"),  # not held whole: the kind word goes
])
def test_a_division_the_gazetteer_holds_whole_keeps_its_kind_word(gazetteer, words, looked_up):
    doc = Doc(spacy.blank("en").vocab, words=words)  # a vocabulary that knows lower case
    assert places._lookup_name(doc[:], gazetteer) == looked_up
    (county,) = gazetteer.resolve_article(["Barrow County"])
    assert (county.precision, county.admin1) == ("admin2", "Georgia")


@pytest.mark.parametrize(("first", "found"), [("Deputy", ["Georgia", "Dalton"]),
                                              ("Ann", ["Georgia"])])
def test_a_persons_surname_is_not_a_town_of_the_articles_state(gazetteer, first, found):
    # once "Ann Dalton" is named in full, a later "Dalton" is her, not the Georgia town
    words = ["Police", "in", "Georgia", "thanked", first, "Dalton", ".", "Dalton", "was",
             "calm", "."]
    label = "B-PERSON" if first == "Ann" else "O"
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "AUX",
                   "ADJ", "PUNCT"],
              ents=["O", "O", "B-GPE", "O", label, "I-PERSON" if first == "Ann" else "O",
                    "O", "B-PERSON", "O", "O", "O"])
    assert places.person_names(doc) == (frozenset({"dalton"}) if first == "Ann" else frozenset())
    sentences = (doc[:7], doc[7:])
    assert [s.text for sentence in sentences
            for s in places._toponyms(sentence, gazetteer, geoparse=True)
            if s.start != 5] == found


@pytest.mark.parametrize(("state", "known"), [("Ga.", True), ("Georgia", True),
                                              ("Alaska", False)])
def test_a_name_followed_by_a_state_that_holds_such_a_town_is_a_place(gazetteer, state, known):
    # "Dalton, Ga." qualifies a small town the model calls a firm; Alaska has no Dalton
    words = ["Officials", "from", "Dalton", ",", state, "spoke", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
              heads=[5, 0, 1, 2, 2, 5, 5],
              deps=["nsubj", "prep", "pobj", "punct", "appos", "ROOT", "punct"],
              ents=["O", "O", "B-ORG", "O", "B-GPE", "O", "O"])
    assert ("dalton" in places.article_place_names(doc, gazetteer)) == known


def test_a_state_named_bare_is_not_a_namesake_town_near_the_articles_city(gazetteer):
    # a village called Florida lies an hour from New York City; beside it, "Florida" is
    # still the state, while a country's namesake town near the story's towns may win
    florida = gazetteer.resolve_article(["New York", "Florida"])[1]
    assert (florida.name, florida.precision) == ("Florida", "admin1")


@pytest.mark.parametrize(("name", "town"), [
    ("Cardiff-Quillmoor International Airport", "Cardiff"),  # a place named after its town
    ("Winston-Salem State University", "Winston-Salem"),  # a hyphenated town stays whole
])
def test_a_hyphenated_name_is_searched_for_its_town(gazetteer, name, town):
    assert gazetteer.resolve(name).name == town


def test_the_articles_names_are_read_again_in_the_light_of_the_others_readings(gazetteer):
    # alone, "Georgia" is the country; once Athens, Macon and Rome are read as Georgia's
    # towns, it is the state
    names = ["Athens", "Georgia", "Macon", "Rome"]
    assert [(p.admin1, p.precision) for p in gazetteer.resolve_article(names)] == [
        ("Georgia", "city"), ("Georgia", "admin1"), ("Georgia", "city"), ("Georgia", "city")]


@pytest.mark.parametrize(("population", "known"), [(2_000, False), (200_000, True)])
def test_a_name_only_another_of_a_villages_names_is_not_known_by_name(population, known):
    # an untagged "in Quillbury" counts only when some place goes by that name, or a sizeable
    # town is spelled so (transliterations: "Hasaka"); a village's old name is no evidence
    gazetteer = places.Gazetteer()
    village = places.Entry("Old Quill", "city", "GBR", "England", 51.0, -1.0, None, population)
    own = places.Entry("Quillhaven", "city", "GBR", "England", 52.0, -1.0, None, 3_000)
    gazetteer.__dict__["index"] = {"quillbury": [village], "quillhaven": [own]}
    assert gazetteer.knows_by_name("Quillbury") == known
    assert gazetteer.knows_by_name("Quillhaven")


@pytest.mark.parametrize(("text", "name", "region"), [
    ("Crews came from Paris, Texas, on Friday.", "Paris", "Texas"),
    ("She lives in Greenwood, W. Va., with her sister.", "Greenwood", "W. Va."),
    ("The mayor of Albany, New York.", "Albany", "New York"),
    ("A firm of Toronto, Ontario, Canada won.", "Toronto", "Ontario"),
    ("Police in Alexandria, and later the FBI, came.", "Alexandria", None),
    ("In Washington, Smith said so.", "Washington", None),
])
def test_the_region_named_after_a_comma_qualifies_a_place(gazetteer, text, name, region):
    assert qualifier_after(text, text.index(name) + len(name), gazetteer) == region


@pytest.mark.parametrize(("text", "name", "division"), [
    ("Storms hit Jackson and Barrow counties.", "Jackson", "Jackson County"),
    ("Schools in Barrow, Jackson and Madison counties closed.", "Barrow", "Barrow County"),
    ("Jackson and Smith said so.", "Jackson", None),
])
def test_a_name_of_a_list_of_counties_is_a_county(gazetteer, text, name, division):
    end = text.index(name) + len(name)
    assert listed_division(text, end, name, gazetteer) == division


def test_a_qualified_mention_steers_the_articles_other_mentions(gazetteer):
    # "Paris, Texas" once, then "Paris": the same town
    assert gazetteer.resolve_article(["Paris", "Paris"])[1].country == "FRA"
    found = gazetteer.resolve_article(["Paris", "Paris"], within=["Texas", None])
    assert [(p.country, p.admin1) for p in found] == [("USA", "Texas")] * 2


@pytest.mark.parametrize(("words", "pos", "found"), [
    (["Air", "Zimbabwe", "flew", "."], ["PROPN", "PROPN", "VERB", "PUNCT"], "Zimbabwe"),
    (["British", "Airways", "flew", "."], ["ADJ", "PROPN", "VERB", "PUNCT"], "British"),
])
def test_geoparsing_finds_a_place_anywhere_in_an_organisations_name(gazetteer, words, pos,
                                                                     found):
    doc = Doc(Vocab(), words=words, pos=pos, ents=["B-ORG", "I-ORG", "O", "O"])
    names = [s.text for s in places._toponyms(doc[:], gazetteer, geoparse=True)]
    assert names == [found]
    assert places._toponyms(doc[:], gazetteer) == []  # an event's place is no firm's name


@pytest.mark.parametrize(("name", "found"), [
    ("MS", "Mississippi"), ("Ms", None), ("La", None), ("UN", None), ("NJ", "New Jersey")])
def test_a_short_word_is_a_code_only_in_capitals(gazetteer, name, found):
    place = gazetteer.resolve(name)
    assert (place.name if place else None) == found


def test_proper_nouns_are_read_by_sentence_from_the_doc_arrays():
    words = ["Kenya", "voted", ".", "Uganda", "and", "Chad", "abstained", "."]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    starts = [True, False, False, True, False, False, False, False]
    doc = Doc(Vocab(), words=words, pos=pos, sent_starts=starts)
    grouped = places.proper_nouns(doc, list(doc.sents))
    assert {start: [t.text for t in names] for start, names in grouped.items()} == {
        0: ["Kenya"], 3: ["Uganda", "Chad"]}
