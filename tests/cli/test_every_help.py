"""Every command's --help prints and exits 0, in Dutch and English: `coopdesk agreement
--help` used to crash with a traceback, because a help text held a bare "%" (argparse
expands help texts with %-formatting)."""

from __future__ import annotations

import pytest

from coopdesk.cli import COMMANDS, main


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_explains_itself(command: str, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--lang", lang, command, "--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert command in out and "--help" in out
