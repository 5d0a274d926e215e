"""Writing an export file whole and readable by its owner only.

Exports carry members' names, IBANs and income, like the book itself: they are
created 0600. The content is written to a temporary file beside the target, flushed
to disk and renamed over it, so a crash or a full disk never leaves a half-written
file in place of a good one, and an existing 0644 file does not keep its mode.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def owner_only(target: Path) -> Iterator[BinaryIO]:
    """A stream into a temporary file beside `target`; when the block ends well the file is
    synced, made 0600 and renamed over `target`, and when it fails it is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_owner_only(target: Path, content: bytes) -> None:
    """`content` into `target` (0600), atomically: beside it first, then renamed over it."""
    with owner_only(target) as stream:
        stream.write(content)
