"""Settings: defaults, then a TOML file, then options; bad values are clear errors."""

from __future__ import annotations

import pytest

from newsevents.settings import Settings, load_settings


def test_a_file_overrides_defaults_and_options_override_the_file(tmp_path):
    config = tmp_path / "newsevents.toml"
    config.write_text("[newsevents]\nworkers = 2\nbatch_size = 8\n", encoding="utf-8")
    settings = load_settings(config, batch_size=16)
    assert (settings.workers, settings.batch_size, settings.db) == (2, 16, Settings().db)


def test_an_unknown_setting_is_named(tmp_path):
    config = tmp_path / "newsevents.toml"
    config.write_text("wokers = 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown setting.*wokers"):
        load_settings(config)


@pytest.mark.parametrize("value", ["0", "-3", '"two"', "true", "1.5"])
def test_counts_must_be_whole_numbers_of_one_or_more(tmp_path, value):
    config = tmp_path / "newsevents.toml"
    config.write_text(f"worker_batches = {value}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="worker_batches .* must be a whole number"):
        load_settings(config)
