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


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium package is not installed (.ci/run installs it)")
def test_report_with_bias_insights_and_counterfactual_renders(tmp_path, catalogue, trained_linear, small_test):
    from orientation.evaluation.audit import AuditSettings, audit
    from orientation.scoring import Scorer
    from orientation.settings import ScoreSettings

    model = trained_linear[0]
    scored = Scorer(model, ScoreSettings(text_column="text"), catalogue).score_df(small_test.head(60))
    out = audit(scored, AuditSettings(label_column="label", urgence_column="input_urgence", n_boot=200,
                                      counterfactual_rows=30), catalogue, model)
    page = tmp_path / "report.html"
    page.write_text(out.report, encoding="utf-8")
    common = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(common + ["--dump-dom", page.as_uri()], check=True, capture_output=True, timeout=90,
                         text=True).stdout
    for heading in ("Ce qui pèse pour chaque canal", "Audit des biais par facettes", "Invariance contrefactuelle"):
        assert f"<h2>{heading}</h2>" in dom
    assert dom.count('<div class="card"><h3>') >= 6  # one card per channel
    assert dom.count("<svg") > 10  # the gap bars of the bias table
    shot = tmp_path / "report.png"
    subprocess.run(common + ["--window-size=1000,6000", f"--screenshot={shot}", page.as_uri()], check=True,
                   capture_output=True, timeout=90)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 100_000
