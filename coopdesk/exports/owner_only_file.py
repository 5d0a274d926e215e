"""Writing an export file whole and readable by its owner only.

Exports carry members' names, IBANs and income, like the book itself: they are
created 0600. The content is written to a temporary file beside the target, flushed
to disk and renamed over it, so a crash or a full disk never leaves a half-written
file in place of a good one, and an existing 0644 file does not keep its mode.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_owner_only(target: Path, content: bytes) -> None:
    """`content` into `target` (0600), atomically: beside it first, then renamed over it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
