"""Prepare step: normalise and pseudonymise descriptions, set bad rows aside with a reason."""

from __future__ import annotations

import pandas as pd

from .settings import PrepareSettings
from .text import Pseudonymizer, normalize_text
from .validation import require_columns, text_problem

REJECT_COLUMNS = ("row_number", "reject_code", "reject_reason")
PII_COLUMN = "pseudonymised_items"
STATUS_COLUMN = "prepare_status"

PREPARE_COLUMN_DESCRIPTIONS = {
    PII_COLUMN: "Nombre d'identifiants personnels remplacés par un marqueur ([EMAIL], [TELEPHONE], [NOM]...)",
    STATUS_COLUMN: "OK, ou le code et le motif du rejet quand aucune sortie de rejets n'est configurée",
}
REJECT_COLUMN_DESCRIPTIONS = {
    "row_number": "Numéro de la ligne dans le jeu d'entrée (à partir de 0)",
    "reject_code": "Code du motif de rejet (EMPTY, NOT_TEXT, TOO_SHORT, TOO_LONG)",
    "reject_reason": "Motif du rejet, en clair",
}


class Preparer:
    """Turn raw rows into model-ready rows, chunk by chunk.

    Args:
        settings (PrepareSettings): the validated settings.
        separate_rejected (bool): send bad rows to a rejected output; otherwise keep them in
            the prepared output, text emptied, with their reason in ``prepare_status``.

    Attributes:
        n_rows (int), n_rejected (int): running counts, for the closing log line.
    """

    def __init__(self, settings: PrepareSettings, *, separate_rejected: bool = True) -> None:
        self.settings = settings
        self.separate_rejected = separate_rejected
        self.pseudonymizer = Pseudonymizer(kinds=settings.pseudonym_kinds)
        self.n_rows = 0
        self.n_rejected = 0

    def clean_text(self, text: str) -> tuple[str, int]:
        text = normalize_text(text)
        if not self.settings.pseudonymize:
            return text, 0
        text, found = self.pseudonymizer.pseudonymize(text)
        return text, sum(found.values())

    def prepare_df(self, frame: pd.DataFrame, first_row: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Prepared rows and rejected rows of one chunk; together they hold every input row.

        Rejected rows keep their columns, their text pseudonymised when it is text, plus
        ``row_number``, ``reject_code`` and ``reject_reason``. Without ``separate_rejected``
        the rejected frame is empty and bad rows stay in the prepared frame, in place.
        """
        s = self.settings
        require_columns(frame, [s.text_column], "input dataset")
        values = frame[s.text_column].tolist()
        cleaned, pii, ok, codes, reasons = [], [], [], [], []
        for value in values:
            problem = text_problem(value, 1, s.max_chars)
            text, n = ("", 0)
            if problem is None or problem[0] == "TOO_LONG":
                text, n = self.clean_text(value)
                if problem is None and len(text) < s.min_chars:
                    problem = text_problem(text, s.min_chars, s.max_chars)
            cleaned.append(text if isinstance(value, str) else value)
            pii.append(n)
            ok.append(problem is None)
            codes.append(problem[0] if problem else "")
            reasons.append(problem[1] if problem else "")
        out = frame.copy()
        out[s.text_column] = cleaned
        out[PII_COLUMN] = pii
        out[STATUS_COLUMN] = [f"{c}: {r}" if c else "OK" for c, r in zip(codes, reasons)]
        self.n_rows += len(frame)
        self.n_rejected += len(ok) - sum(ok)
        if not self.separate_rejected:
            out.loc[[not k for k in ok], s.text_column] = ""
            return out.reset_index(drop=True), out.iloc[0:0]
        mask = pd.Series(ok, index=frame.index)
        good = out[mask.to_numpy()].reset_index(drop=True)
        rejected = out[~mask.to_numpy()].copy()
        rejected.insert(0, "row_number", [first_row + i for i, k in enumerate(ok) if not k])
        rejected["reject_code"] = [c for c, k in zip(codes, ok) if not k]
        rejected["reject_reason"] = [r for r, k in zip(reasons, ok) if not k]
        rejected = rejected.drop(columns=[STATUS_COLUMN])
        return good, rejected.reset_index(drop=True)
