"""Self-contained HTML report in French (no network at view time): figures, charts, errors, limits."""

from __future__ import annotations

import datetime as _dt
import html

import numpy as np

from ..catalogue import Catalogue
from ..text import Pseudonymizer, normalize_text
from .evaluate import EvaluationResult

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1b1b;background:#f6f6f6}
main{max-width:980px;margin:0 auto;padding:24px;background:#fff}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin-top:32px;border-bottom:2px solid #000091;padding-bottom:4px}
.sub{color:#555;margin:0 0 16px}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 150px;border:1px solid #ddd;border-radius:6px;padding:12px}
.card b{display:block;font-size:1.5rem;color:#000091}.card span{font-size:.85rem;color:#444}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ddd;padding:4px 6px;text-align:right}
th{background:#f0f0f5}td.l,th.l{text-align:left}.ex{font-size:.85rem;color:#333;margin:4px 0 10px 12px}
figure{margin:12px 0}figcaption{font-size:.85rem;color:#444}
"""


def _pct(x: float) -> str:
    return "–" if x != x else f"{100 * x:.1f} %"


def _bars(labels: list[str], values: list[float], width: int = 760) -> str:
    bar_h, gap, left = 22, 6, 380
    h = len(values) * (bar_h + gap) + 24
    parts = [f'<svg role="img" aria-label="F1 par canal" width="{width}" height="{h}" xmlns="http://www.w3.org/2000/svg">']
    for i, (lab, v) in enumerate(zip(labels, values)):
        y = i * (bar_h + gap)
        w = max(0.0, v) * (width - left - 60)
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="12">{html.escape(lab)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#000091"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 15}" font-size="12">{v:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _line_chart(xs, ys, xlabel: str, ylabel: str, diagonal: bool = False, size: int = 300) -> str:
    pad = 40
    inner = size - 2 * pad

    def px(x, y):
        return pad + x * inner, size - pad - y * inner

    parts = [f'<svg role="img" aria-label="{html.escape(ylabel)} selon {html.escape(xlabel)}" width="{size}" '
             f'height="{size}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect x="{pad}" y="{pad}" width="{inner}" height="{inner}" fill="none" stroke="#999"/>']
    if diagonal:
        (x0, y0), (x1, y1) = px(0, 0), px(1, 1)
        parts.append(f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" stroke="#bbb" stroke-dasharray="4"/>')
    pts = " ".join(f"{px(x, y)[0]:.1f},{px(x, y)[1]:.1f}" for x, y in zip(xs, ys))
    if pts:
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#000091" stroke-width="2"/>')
        for x, y in zip(xs, ys):
            cx, cy = px(x, y)
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="#000091"/>')
    parts.append(f'<text x="{size / 2}" y="{size - 8}" text-anchor="middle" font-size="12">{html.escape(xlabel)}</text>')
    parts.append(f'<text x="12" y="{size / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 12 {size / 2})">'
                 f'{html.escape(ylabel)}</text>')
    for t in (0, 0.5, 1):
        x, y = px(t, 0)
        parts.append(f'<text x="{x}" y="{y + 14}" text-anchor="middle" font-size="10">{t:g}</text>')
        x, y = px(0, t)
        parts.append(f'<text x="{x - 6}" y="{y + 3}" text-anchor="end" font-size="10">{t:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _heatmap(cm: np.ndarray, ids: tuple[str, ...]) -> str:
    rows = ['<table><caption class="sub">Lignes : canal attendu ; colonnes : canal proposé</caption><tr><th></th>']
    rows += [f"<th>{html.escape(c)}</th>" for c in ids] + ["</tr>"]
    totals = cm.sum(axis=1, keepdims=True).clip(min=1)
    for i, a in enumerate(ids):
        rows.append(f'<tr><th class="l">{html.escape(a)}</th>')
        for j in range(len(ids)):
            share = cm[i, j] / totals[i, 0]
            light = 100 - 55 * share
            color = "#fff" if share > 0.5 else "#1b1b1b"
            rows.append(f'<td style="background:hsl(240,100%,{light:.0f}%);color:{color}">{cm[i, j]}</td>')
        rows.append("</tr>")
    return "".join(rows) + "</table>"


def render_report(result: EvaluationResult, catalogue: Catalogue, *, title: str = "", text_column: str | None = None,
                  examples_per_pair: int = 3, top_pairs: int = 5) -> str:
    """The report as one HTML string."""
    s = result.summary
    names = {c.id: c.name for c in catalogue.channels}
    f1 = result.metrics[(result.metrics["kind"] == "channel") & (result.metrics["metric"] == "f1")]
    cards = [("Macro-F1", f"{s['macro_f1']:.3f}"), ("Exactitude", _pct(s["accuracy"])),
             ("Orientables seuls à 95 % de précision", _pct(s.get("coverage_at_95", float("nan")))),
             ("Erreur de calibration (ECE)", f"{s['ece']:.3f}")]
    if "urgence_recall" in s:
        cards.append(("Urgences détectées (rappel)", _pct(s["urgence_recall"])))
        cards.append(("Précision des alertes d'urgence", _pct(s["urgence_precision"])))
    out = [f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" '
           f'content="width=device-width,initial-scale=1"><title>Rapport d\'évaluation</title><style>{_CSS}</style>'
           f'</head><body><main>',
           f"<h1>Rapport d'évaluation de l'orientation{(' — ' + html.escape(title)) if title else ''}</h1>",
           f'<p class="sub">{s["rows_evaluated"]} descriptions évaluées ({s["rows_excluded"]} exclues : hors champ '
           f'ou non orientées) · généré le {_dt.date.today().isoformat()}</p>',
           '<div class="cards">' + "".join(f'<div class="card"><b>{v}</b><span>{html.escape(k)}</span></div>'
                                           for k, v in cards) + "</div>",
           "<h2>F1 par canal</h2>",
           _bars([names.get(c, c) for c in f1["channel"]], f1["value"].tolist()),
           "<h2>Matrice de confusion</h2>", _heatmap(result.confusion, result.channels),
           "<h2>Calibration et couverture</h2><div style='display:flex;flex-wrap:wrap;gap:24px'>"]
    rel = result.reliability
    out.append("<figure>" + _line_chart(rel.get("mean_confidence", []), rel.get("accuracy", []), "confiance annoncée",
                                        "exactitude observée", diagonal=True)
               + "<figcaption>Diagramme de fiabilité : sur la diagonale, la confiance annoncée est juste.</figcaption></figure>")
    cov = result.coverage
    step = max(1, len(cov) // 60)
    out.append("<figure>" + _line_chart(cov["coverage"].to_numpy()[::step], cov["precision"].to_numpy()[::step],
                                        "part orientée automatiquement", "précision")
               + "<figcaption>En ne gardant que les décisions les plus sûres, la précision monte et la part orientée "
                 "sans intervention baisse.</figcaption></figure></div>")
    out.append(f"<p>À 95 % de précision, {_pct(s.get('coverage_at_95', float('nan')))} des descriptions peuvent être "
               f"orientées automatiquement ; à 98 %, {_pct(s.get('coverage_at_98', float('nan')))}. Brier : "
               f"{s['brier']:.3f}.</p>")
    out.append("<h2>Confusions les plus fréquentes</h2>")
    errors = result.errors
    pseudonymizer = Pseudonymizer()
    if len(errors) == 0:
        out.append("<p>Aucune erreur.</p>")
    for pair, group in list(errors.groupby("pair", sort=False))[:top_pairs]:
        t, pch = group["true"].iloc[0], group["prediction"].iloc[0]
        out.append(f"<h3>{html.escape(names.get(t, t))} → {html.escape(names.get(pch, pch))} ({len(group)})</h3>")
        for _, row in group.head(examples_per_pair).iterrows():
            text = str(row[text_column]) if text_column and text_column in row else ""
            # Examples are pseudonymised again here, in case the scored data skipped the prepare step.
            text = pseudonymizer.pseudonymize(normalize_text(text))[0][:300]
            expl = str(row.get("explanation", ""))
            out.append(f'<p class="ex">« {html.escape(text)} »<br><i>{html.escape(expl)}</i> '
                       f'(confiance {float(row["confidence"]):.2f})</p>')
    out.append("<h2>Limites</h2><ul>"
               "<li>Les chiffres valent pour le jeu évalué : un corpus synthétique ne dit rien du trafic réel tant que "
               "le modèle n'a pas été mesuré sur des descriptions réelles étiquetées.</li>"
               "<li>Les exemples sont repris du jeu évalué ; ils doivent avoir été pseudonymisés par la recette de "
               "préparation.</li>"
               "<li>La couverture à précision fixée suppose que la confiance est calibrée sur des données semblables.</li>"
               "</ul></main></body></html>")
    return "".join(out)
