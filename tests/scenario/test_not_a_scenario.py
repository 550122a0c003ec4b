"""RP209: a file that is no scenario at all is said in one line, without echoing its contents.

probe16 found that a scenario folder holding a link to a system file (``shadow.yaml ->
/etc/shadow``) printed every line of it back as "RP202 unknown field '<the line>'", hashes
included: a leak wherever validate's output is shared (a CI log of a downloaded pack).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.errors import ScenarioError
from roleplay.scenario.loader import load_text

SECRET = "root:$6$saltsalt$HASHHASHHASH:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"


def test_a_mapping_with_no_field_of_the_format_is_not_a_scenario() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_text(SECRET, "shadow.yaml")
    (only,) = caught.value.diagnostics
    assert only.code == "RP209"
    assert "HASH" not in str(only) and "root" not in str(only)


def test_a_linked_system_file_is_not_echoed_by_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "shadow.yaml").symlink_to(secret)
    # named by its path, so it is read (in a folder a link out of it is not: RP011, probe17)
    assert main(["validate", str(folder / "shadow.yaml")]) == 2
    out = capsys.readouterr()
    said = out.out + out.err
    assert "RP209" in said and "shadow.yaml:1:1" in said
    assert "HASH" not in said and "daemon" not in said


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("titel: Budget talk\n", "RP202"),  # a misspelt field keeps its did-you-mean
        ("title: Budget talk\nfoo: 1\n", "RP202"),  # one real field: a scenario with a typo
        ("id: budget\n", "RP201"),
    ],
)
def test_a_file_with_a_field_of_the_format_is_still_read_as_a_scenario(
    text: str, code: str
) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_text(text, "draft.yaml")
    codes = {d.code for d in caught.value.diagnostics}
    assert code in codes and "RP209" not in codes
