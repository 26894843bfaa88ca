"""Tests of the CAMEO codebook data and its loader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsevents.codebook import CODE_COUNT, DATA, load_codebook

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_all_codes_and_roots(codebook):
    assert len(codebook) == CODE_COUNT == 311
    assert codebook.roots() == [f"{n:02d}" for n in range(1, 21)]


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad", "plover"),
    [
        ("010", "Make statement, not specified below", 0.0, 1, "STATEMENT"),
        ("0211", "Appeal for economic cooperation", 3.4, 1, "REQUEST"),
        ("041", "Discuss by telephone", 1.0, 1, "CONSULT"),
        ("057", "Sign formal agreement", 8.0, 1, "SUPPORT"),
        ("0841", "Return, release person(s)", 7.0, 2, "RETREAT"),
        ("112", "Accuse, not specified below", -2.0, 3, "ACCUSE"),
        ("145", "Protest violently, riot", -7.5, 4, "PROTEST"),
        # sanctions are SANCTION `discontinue` by the PLOVER manual's text, not COERCE
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION"),
        ("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT"),
        # root 17 is COERCE throughout, as the manual's root table reduces it
        ("1712", "Destroy property", -9.2, 4, "COERCE"),
        # occupying territory by force is violence, not coercion short of it
        ("192", "Occupy territory", -9.5, 4, "ASSAULT"),
    ],
)
def test_entries_keep_leading_zeros_and_facts(codebook, code, name, goldstein, quad, plover):
    entry = codebook.entry(code)
    assert (entry.code, entry.root, entry.name) == (code, code[:2], name)
    assert (entry.goldstein, entry.quad_class, entry.plover_type) == (goldstein, quad, plover)


def test_every_code_has_a_plover_type(codebook):
    for entry in codebook.entries.values():
        assert entry.plover_type in PLOVER_TYPES | {"STATEMENT"}, entry
        if entry.root != "01":
            assert entry.plover_type in PLOVER_TYPES, entry


def test_missing_plover_row_takes_parent(tmp_path):
    shutil.copy(DATA / "codebook.csv", tmp_path / "codebook.csv")
    rows = (DATA / "plover.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "plover.csv").write_text(
        "\n".join(r for r in rows if not r.startswith("0872,")) + "\n", encoding="utf-8"
    )
    assert load_codebook(tmp_path).entry("0872").plover_type == "RETREAT"


def test_unknown_code_raises_key_error(codebook):
    with pytest.raises(KeyError, match="999"):
        codebook.entry("999")


def test_sectors_are_written_as_plover_renamed_them(codebook):
    # PLOVER manual, sector code notes 3 and 4: media and health swap names, INS/SEP are REB
    assert codebook.plover_sectors(("MED",)) == ("JRN",)
    assert codebook.plover_sectors(["HLH", "NGO"]) == ("MED", "NGO")
    assert codebook.plover_sectors(("INS", "SEP", "GOV")) == ("REB", "GOV")
    assert codebook.plover_sectors(()) == ()


def test_codebook_without_a_sector_table_keeps_cameo_sectors(tmp_path):
    for file in ("codebook.csv", "plover.csv"):
        shutil.copy(DATA / file, tmp_path / file)
    assert load_codebook(tmp_path).plover_sectors(("MED",)) == ("MED",)


def test_a_word_reads_its_code_apart_in_plover(codebook):
    assert codebook.plover_of("173", "indict") == ("ACCUSE", "allege")
    assert codebook.plover_of("173", "arrest") == ("COERCE", "arrest")
    assert codebook.plover_of("073", "indict") == ("AID", codebook.entry("073").plover_mode)


def _break(tmp_path: Path, name: str, old: str, new: str) -> None:
    for file in ("codebook.csv", "plover.csv", "plover_sectors.csv", "plover_words.csv"):
        shutil.copy(DATA / file, tmp_path / file)
    path = tmp_path / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "codebook.csv",
            "018,Make empathetic comment,3.4,1",
            "018,Make empathetic comment,34,1",
            r"codebook\.csv:\d+: goldstein",
        ),
        ("codebook.csv", "0211,Appeal", "0291,Appeal", r"codebook\.csv:\d+: parent 029"),
        (
            "codebook.csv",
            "013,Make optimistic comment,0.4,1",
            "013,Make optimistic comment,0.4",
            r"codebook\.csv:\d+: expected 4 columns",
        ),
        ("plover.csv", "041,CONSULT", "049,CONSULT", r"plover\.csv:\d+: unknown CAMEO code"),
        ("plover_sectors.csv", "MED,JRN", "MED,jrn", r"plover_sectors\.csv:\d+: sector codes"),
        ("plover_words.csv", "173,indict,", "179,indict,", r"plover_words\.csv:\d+: unknown"),
        ("plover_words.csv", "indict,ACCUSE", "indict,accuse", r"plover_words\.csv:\d+: plover_"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path, name, old, new, message):
    _break(tmp_path, name, old, new)
    with pytest.raises(ValueError, match=message):
        load_codebook(tmp_path)
