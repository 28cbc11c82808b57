"""The HTML report renders in headless Chromium (Debian's chromium package)."""

import shutil
import subprocess

import pandas as pd
import pytest

from orientation.evaluation import evaluate_scored
from orientation.evaluation.report import render_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium package is not installed (.ci/run installs it)")
def test_report_renders_in_headless_chromium(tmp_path, catalogue):
    frame = pd.DataFrame({"text": ["vol de vélo", "mon ex me harcèle", "colis jamais reçu", "carte volée"],
                          "label": ["PEL", "PNAV", "THESEE", "PEL"], "prediction": ["PEL", "PNAV", "PEL", "PEL"],
                          "confidence": [0.9, 0.8, 0.6, 0.7], "explanation": ["…"] * 4})
    page = tmp_path / "report.html"
    page.write_text(render_report(evaluate_scored(frame, "label", catalogue, text_column="text"), catalogue,
                                  text_column="text"), encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,1800", f"--screenshot={shot}",
                    page.as_uri()], check=True, capture_output=True, timeout=90)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
