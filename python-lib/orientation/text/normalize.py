"""Unicode and whitespace normalisation of descriptions."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\ufeff]")
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC form, with straight apostrophes, no control characters
    and single spaces (line breaks included), stripped at both ends."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()
