"""Tests of the actor dictionaries: shipped files, validation, user overrides and lookups."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from newsevents.dictionaries import (
    DATA_DIR,
    ActorDictionary,
    Entry,
    load_actor_dictionary,
    read_actor_file,
    same_person,
)
from newsevents.dictionaries.files import (
    read_common_names,
    read_given_names,
    read_homonyms,
    read_party_tags,
)

# Entries of ISO 3166 that are not UN member states (territories, dependencies, observers).
NON_MEMBERS = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS "
    "SHN SJM SPM SXM TCA TKL TWN UMI VAT VGB VIR WLF".split()
)


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_every_shipped_file_loads_with_a_provenance_header(path: Path):
    entries, terms = read_actor_file(path)
    assert entries or terms
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert all(line.startswith("# ") for line in head)
    assert "Licence" in path.read_text(encoding="utf-8")


def test_all_193_un_members_are_present(dictionary):
    members = {c.alpha_3 for c in pycountry.countries} - NON_MEMBERS
    assert len(members) == 193
    assert {code for code in members if dictionary.state(code) is None} == set()


@pytest.mark.parametrize("code", ["PSE", "XKX", "TWN", "VAT", "ESH"])
def test_common_non_members_are_present(dictionary, code):
    assert dictionary.state(code) is not None


@pytest.mark.parametrize(
    "text, name, country, kind",
    [
        ("Kyiv", "Ukraine", "UKR", "state"),
        ("Kiev", "Ukraine", "UKR", "state"),
        ("the Kremlin", "Russia", "RUS", "state"),
        ("Downing Street", "United Kingdom", "GBR", "state"),
        ("the Elysee", "France", "FRA", "state"),
        ("Britain", "United Kingdom", "GBR", "state"),
        ("US", "United States", "USA", "state"),
        ("U.S.", "United States", "USA", "state"),
        ("the united states", "United States", "USA", "state"),
        ("DPRK", "North Korea", "PRK", "state"),
        ("Cote d'Ivoire", "Côte d'Ivoire", "CIV", "state"),
        ("TASS", "TASS", "RUS", "media"),
        ("Le Monde", "Le Monde", "FRA", "media"),
        ("Associated Press", "Associated Press", "USA", "media"),
        # a platform is where words appear ("said on Twitter"), listed with the outlets
        ("Twitter", "Twitter", "USA", "media"),
        ("Telegram", "Telegram", None, "media"),
        ("ISIL", "Islamic State", None, "group"),
        ("Ansar Allah", "Houthis", "YEM", "group"),
        ("UN Security Council", "UN Security Council", None, "igo"),
        ("Pentagon", "Pentagon", "USA", "state"),
        # a union that broke up stands for the state that continued its UN seat
        ("the Soviet Union", "Russia", "RUS", "state"),
        ("Yugoslavia", "Serbia", "SRB", "state"),
    ],
)
def test_lookup_finds_names_aliases_capitals_and_seats(dictionary, text, name, country, kind):
    entry = dictionary.lookup(text)
    assert (entry.name, entry.country, entry.kind) == (name, country, kind)


@pytest.mark.parametrize("text", ["us", "Us", "is", "Is", "ap", "Nobody Inc"])
def test_short_all_caps_aliases_match_only_as_written(dictionary, text):
    assert dictionary.lookup(text) is None


def test_capitals_and_seats_stand_for_the_government(dictionary):
    assert dictionary.lookup("Moscow").sectors == ("GOV",)
    assert dictionary.lookup("Moscow").actor_id == dictionary.lookup("Russia").actor_id


@pytest.mark.parametrize(
    "word, iso3",
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Britons", "GBR"),
        ("Frenchman", "FRA"),
        ("Palestinians", "PSE"),
        ("North Korean", "PRK"),
        ("Yugoslav", "SRB"),
        ("Martian", None),
    ],
)
def test_demonyms_give_the_country(dictionary, word, iso3):
    assert dictionary.demonym(word) == iso3


@pytest.mark.parametrize(
    "words, sectors",
    [
        (["Defence", "Minister"], ("GOV", "MIL")),
        (["Foreign", "Minister"], ("GOV",)),
        (["minister"], ("GOV",)),
        (["riot", "police"], ("COP",)),
        (["protesters"], ("CVL",)),
        (["militants"], ("REB",)),
        (["news", "agency"], ("MED",)),
        (["French", "Defense", "Minister"], ("GOV", "MIL")),
        (["weather"], ()),
    ],
)
def test_sectors_for_takes_the_longest_title(dictionary, words, sectors):
    assert dictionary.sectors_for(words) == sectors


@pytest.mark.parametrize(
    "words, sectors",
    [
        (["army", "spokesman"], ("MIL",)),
        (["police", "commander"], ("COP",)),
        (["rebel", "commanders"], ("REB",)),
        (["court", "official"], ("JUD",)),
        (["foreign", "ministry", "spokesperson"], ("GOV",)),
        (["Interior", "Ministry", "official"], ("GOV", "COP")),
        (["senior", "official"], ("GOV",)),
    ],
)
def test_a_body_named_before_a_title_gives_the_sectors(dictionary, words, sectors):
    assert dictionary.sectors_for(words) == sectors


@pytest.mark.parametrize(
    "words, sectors",
    [
        (["warplanes"], ("MIL",)),
        (["helicopter", "gunships"], ("MIL",)),
        (["aid", "workers"], ("NGO",)),
        (["rights", "group"], ("NGO", "HRI")),
        (["chief", "minister"], ("GOV",)),
        (["negotiator"], ("GOV",)),
    ],
)
def test_platforms_aid_and_rights_groups_have_sectors(dictionary, words, sectors):
    assert dictionary.sectors_for(words) == sectors


@pytest.mark.parametrize(
    "on_date, role",
    [("2020-01-01", "Defence Minister"), ("2024-05-11", "Defence Minister"),
     ("2024-05-12", "Secretary of the Security Council"), ("2011-01-01", None)],
)  # fmt: skip
def test_person_role_is_chosen_by_date(dictionary, on_date, role):
    found = dictionary.person("Sergei Shoigu", on_date)
    assert (found.role if found else None) == role


def test_person_matches_an_unlisted_transliteration(dictionary):
    assert dictionary.person("Sergey Shoygu", "2023-01-01").name == "Sergei Shoigu"


@pytest.mark.parametrize(
    "name, other, same",
    [
        ("Sergei Shoigu", "Sergey Shoigu", True),
        ("Volodymyr Zelensky", "Vladimir Zelenskiy", True),
        ("Aleksandr Petrov", "Alexander Petrov", True),
        ("Petrov", "Alexander Petrov", True),
        ("Sergei Lavrov", "Sergei Shoigu", False),
        ("Anna Petrova", "Ivan Petrova", False),
        # an Arabic surname with its article or without
        ("Nour", "Karim el-Nour", True),
        ("Karim al-Nour", "Karim Nour", True),
        ("Samir al-Nour", "Karim al-Nour", False),
    ],
)
def test_same_person_allows_transliteration_only(name, other, same):
    assert same_person(name, other) is same


def test_a_common_last_word_alone_names_no_listed_person():
    # "Ahmed" alone is anyone's name; "Petrov" alone is the one Petrov listed
    people = [
        Entry("Karim Ahmed", "person", "EGY", ("GOV",), role="President", table="people"),
        Entry("Ivan Petrov", "person", "BGR", ("GOV",), role="President", table="people"),
    ]
    dictionary = ActorDictionary.build(people, (), common_names=("Ahmed",))
    assert dictionary.person("Ahmed") is None
    assert dictionary.person("Karim Ahmed").country == "EGY"
    assert dictionary.person("Petrov").country == "BGR"


def test_a_former_namesake_is_the_one_nearest_the_date():
    # two Nours in office years apart: out of office, "Nour" is the one who held it last before
    people = [
        Entry("Karim el-Nour", "person", "SDN", ("GOV",), role="President", valid_from="1990-01-01",
              valid_to="2010-01-01", table="people"),
        Entry("Samir al-Nour", "person", "SYR", ("GOV",), role="Premier", valid_from="2020-01-01",
              valid_to="2021-01-01", table="people"),
    ]  # fmt: skip
    dictionary = ActorDictionary.build(people, ())
    assert dictionary.person("Nour", "2015-01-01") is None
    assert dictionary.person("Nour", "2015-01-01", nearest=True).country == "SDN"
    assert dictionary.person("Nour", "2022-01-01", nearest=True).country == "SYR"
    assert dictionary.person("Nour", "1980-01-01", nearest=True).country == "SDN"


def test_the_shipped_common_names_hold_the_widest_spread_names():
    common = read_common_names()
    assert {"Ahmed", "Ali", "Mohamed", "Hassan", "Ibrahim", "Khan"} <= set(common)
    assert "Putin" not in common


def test_entity_patterns_label_states_seats_demonyms_and_organisations(dictionary):
    patterns = {p["pattern"]: p for p in dictionary.entity_patterns()}
    assert patterns["Kyiv"]["label"] == "GPE"
    assert patterns["Kremlin"]["label"] == "ORG"
    assert patterns["Russians"]["label"] == "NORP"
    assert patterns["TASS"]["label"] == "ORG"
    assert patterns["Sergey Shoigu"]["label"] == "PERSON"
    assert patterns["Kyiv"]["id"] == dictionary.lookup("Ukraine").actor_id


HEADERS = {
    "countries": "iso3,name,aliases,demonyms,capitals,seats",
    "media": "name,aliases,sectors,country",
    "people": "name,aliases,role,country,sectors,valid_from,valid_to",
    "sectors": "terms,sectors,class,refers",
}


@pytest.mark.parametrize(
    "kind, row, problem",
    [
        ("countries", "ZZZ,Nowhere,,,,", "not an ISO 3166 alpha-3 code"),
        ("countries", "FRA,,,,,", "missing name"),
        ("media", "Daily Planet,,MED|XYZ,USA", "unknown sector code"),
        ("media", "Daily Planet,,MED", "expected 4 cells"),
        ("people", "Ann Lee,,Mayor,USA,GOV,2020-13-01,", "not a valid date"),
        ("people", "Ann Lee,,Mayor,USA,GOV,2021-01-01,2020-01-01", "before valid_from"),
        ("sectors", "bakers,BUS,trade,", "class"),
    ],
)
def test_validation_errors_name_file_and_line(tmp_path, kind, row, problem):
    path = tmp_path / f"{kind}.csv"
    path.write_text(f"# a test file\n{HEADERS[kind]}\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as error:
        load_actor_dictionary((str(path),))
    assert str(error.value).startswith(f"{path}:3:")


def test_a_user_row_overrides_the_shipped_entry(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "# my outlets\nkind,name,aliases,sectors,country\nmedia,Reuters,,MED,USA\n"
        "groups,Northern Front,NF|the Front,REB,MLI\n",
        encoding="utf-8",
    )
    dictionary = load_actor_dictionary((str(path),))
    assert dictionary.lookup("Reuters").country == "USA"
    assert dictionary.lookup("Thomson Reuters") is None  # the shipped entry is gone
    assert dictionary.lookup("NF").country == "MLI"
    assert dictionary.lookup("Le Monde").country == "FRA"  # others stay


def test_user_people_replace_all_shipped_periods(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        f"# people\n{HEADERS['people']}\nSergei Shoigu,Shoigu,Adviser,RUS,GOV,2000-01-01,\n",
        encoding="utf-8",
    )
    dictionary = load_actor_dictionary((str(path),))
    assert dictionary.person("Shoigu", "2020-01-01").role == "Adviser"


def test_a_user_file_with_an_ambiguous_header_needs_a_kind(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text(f"# x\n{HEADERS['media']}\nDaily Planet,,MED,USA\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind"):
        load_actor_dictionary((str(path),))


@pytest.mark.parametrize(
    ("reader", "name", "line", "message"),
    [
        (read_party_tags, "party_tags.txt", "r USA Republican Party", "a capital initial"),
        (read_party_tags, "party_tags.txt", "R", "a capital initial"),
        (read_party_tags, "party_tags.txt", "R XYZ Republican Party",
         "not an ISO 3166 alpha-3 code"),
        (read_homonyms, "homonyms.txt", "GEO USA", "one word"),
        (read_homonyms, "homonyms.txt", "GEO USA New Georgia", "one word"),
        (read_homonyms, "homonyms.txt", "GEO XYZ Georgia", "not an ISO 3166 alpha-3 code"),
        (read_given_names, "given_names.txt", "Hillary x", "one given name and f or m"),
        (read_given_names, "given_names.txt", "Mary Ann f", "one given name and f or m"),
    ],
)
def test_a_bad_text_data_file_names_file_and_line(tmp_path, reader, name, line, message):
    path = tmp_path / name
    path.write_text(f"# a data file\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{name}:2: .*{message}"):
        reader(path)


def test_a_full_name_tells_a_gender_by_its_listed_given_name():
    dictionary = ActorDictionary.build([], [], given_names={"ana": "f", "juan": "m"})
    genders = [dictionary.gender(name) for name in ("Ana Souza", "Juan Rivera", "Souza",
                                                    "Robin Ortiz")]
    assert genders == ["f", "m", None, None]
    assert read_given_names()["hillary"] == "f"


def test_the_shipped_homonyms_name_listed_states():
    dictionary = load_actor_dictionary()
    for word, (state, _) in read_homonyms().items():
        assert dictionary.state(state) is not None and dictionary.homonym(word) == (state, _)


def test_a_party_tag_must_name_a_listed_party():
    with pytest.raises(ValueError, match="no party named 'Whig Party'"):
        ActorDictionary.build([], [], party_tags={"W": ("USA", "Whig Party")})
