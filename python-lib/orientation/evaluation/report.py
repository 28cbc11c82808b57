"""Self-contained HTML report in French (no network at view time): figures, charts, errors, limits."""

from __future__ import annotations

import datetime as _dt
import html
import json
from functools import lru_cache

import numpy as np
import pandas as pd

from ..catalogue import RESOURCE_DIR, Catalogue
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
td.sig{background:#fdecea}.note{font-size:.85rem;color:#444}.chips span{display:inline-block;border:1px solid #ccd;
border-radius:10px;padding:1px 8px;margin:2px;font-size:.8rem;background:#f5f5fe}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:12px}
.grid .card h3{margin:0 0 6px;font-size:1rem}.grid .card ul{font-size:.85rem;margin:2px 0;padding-left:18px}.grid .card p{margin:6px 0 2px;font-size:.8rem;color:#555}
table.bias td,table.cf td{white-space:nowrap}table.bias td.l,table.cf td.l{white-space:normal}
table.cf{width:100%}table.cf th.l{width:150px}table.bias td.l{white-space:normal}
.rid{color:#777;font-size:.75rem}.ok{color:#18753c;font-weight:600}.ko{color:#b34000;font-weight:600}
svg{max-width:100%;height:auto}
@media (max-width:700px){main{padding:12px}table,table.cf{display:block;overflow-x:auto;max-width:100%;width:auto}
.grid{grid-template-columns:1fr}}
"""
FACET_NAMES = {"longueur": "Longueur du texte", "orthographe": "Mots hors lexique", "accents": "Accents",
               "registre": "Registre", "victime_mineure": "Victime mineure", "genre_grammatical":
               "Genre grammatical de la personne", "champs_formulaire": "Champs du formulaire"}
FAMILY_NAMES = {"prenoms": "Prénoms remplacés", "prenoms_inseres": "Prénom ajouté (« Je m'appelle … »)",
                "genre": "Marques de genre inversées", "lieux": "Villes et quartiers remplacés",
                "lieux_inseres": "Lieu ajouté (« Les faits se sont passés à … »)"}


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


@lru_cache(maxsize=1)
def _labels() -> tuple[dict, dict]:
    """French text of each fact and each rule, for the data-set level explanations."""
    signals = json.loads((RESOURCE_DIR / "signals_fr.json").read_text(encoding="utf-8"))
    rules = json.loads((RESOURCE_DIR / "rules" / "rules_fr.json").read_text(encoding="utf-8"))
    return ({s["id"]: s.get("fact") or s["id"] for s in signals["signals"]},
            {r["id"]: r.get("why") or r["id"] for r in rules["rules"]})


def _gap_bar(gap: float, low: float, high: float, width: int = 120, span: float = 0.5) -> str:
    """A tiny forest plot: the gap and its interval against zero, on [-span, span]."""
    def x(v: float) -> float:
        return width / 2 + max(-span, min(span, v)) / span * (width / 2 - 4)

    if gap != gap:
        return ""
    parts = [f'<svg width="{width}" height="14" role="img" aria-label="écart {gap:+.3f}">',
             f'<line x1="{width / 2}" y1="0" x2="{width / 2}" y2="14" stroke="#999"/>']
    if low == low and high == high:
        parts.append(f'<line x1="{x(low):.1f}" y1="7" x2="{x(high):.1f}" y2="7" stroke="#000091" stroke-width="2"/>')
    parts.append(f'<circle cx="{x(gap):.1f}" cy="7" r="3.5" fill="#000091"/></svg>')
    return "".join(parts)


def _bias_section(bias: pd.DataFrame) -> str:
    out = ["<h2>Audit des biais par facettes</h2>",
           '<p class="note">Pour chaque facette, l\'exactitude et le macro-F1 du sous-ensemble, leur écart au jeu '
           "entier et l'intervalle de confiance à 95 % de cet écart (bootstrap). En rouge : l'intervalle exclut zéro. "
           "Les petits effectifs donnent des intervalles larges : un écart non significatif n'est pas une absence "
           "de biais.</p>"]
    if bias is None or len(bias) == 0:
        return "".join(out) + "<p>Aucune ligne à auditer.</p>"
    out.append('<table class="bias"><tr><th class="l">Facette</th><th class="l">Valeur</th><th>Descriptions</th>'
               '<th>Exactitude (écart)</th><th>Macro-F1</th><th>Écart au jeu entier [IC 95 %]</th>'
               '<th>−0,5 · 0 · +0,5</th></tr>')
    for facet, group in bias.groupby("facet", sort=False):
        for i, (_, r) in enumerate(group.iterrows()):
            head = (f'<th class="l" rowspan="{len(group)}">{html.escape(FACET_NAMES.get(facet, facet))}</th>'
                    if i == 0 else "")
            whole = r["share"] >= 1
            acc_sig = ' class="sig"' if not whole and (r["accuracy_gap_low"] > 0 or r["accuracy_gap_high"] < 0) else ""
            lo, hi, gap = r["macro_f1_gap_low"], r["macro_f1_gap_high"], r["macro_f1_gap"]
            f1_sig = ' class="sig"' if not whole and (lo > 0 or hi < 0) else ""
            out.append(f'<tr>{head}<td class="l">{html.escape(str(r["value"]))}</td><td>{int(r["rows"])}</td>'
                       f'<td{acc_sig}>{r["accuracy"]:.3f} ({r["accuracy_gap"]:+.3f})</td><td>{r["macro_f1"]:.3f}</td>'
                       f'<td{f1_sig}>{gap:+.3f} [{lo:+.3f} ; {hi:+.3f}]</td><td>{_gap_bar(gap, lo, hi)}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _counterfactual_section(cf: pd.DataFrame) -> str:
    out = ["<h2>Invariance contrefactuelle</h2>",
           '<p class="note">Les mêmes descriptions, avec des prénoms d\'autres origines, des marques de genre '
           "inversées ou d'autres villes et quartiers : part des orientations qui changent. Objectif : moins de 1 % "
           "d'orientations changées pour les prénoms et les lieux. Les noms qui suivent une civilité sont déjà remplacés par [NOM] à la "
           "préparation ; les prénoms et les lieux ne sont remplacés que là où le texte en contient, et la variante "
           "« ajouté » mesure l'effet d'une même phrase avec des prénoms ou des lieux différents sur toutes les "
           "descriptions.</p>"]
    if cf is None or len(cf) == 0:
        return "".join(out) + "<p>Aucune description ne se prêtait à une substitution.</p>"
    out.append('<table class="cf"><tr><th class="l">Substitution</th><th class="l" style="width:42%">Variante</th><th>Descriptions</th>'
               "<th>Paires</th><th>Orientations changées</th><th>Écart de confiance</th>"
               "<th>Objectif</th></tr>")
    for family, group in cf.groupby("family", sort=False):
        for i, (_, r) in enumerate(group.iterrows()):
            head = (f'<th class="l" rowspan="{len(group)}">{html.escape(FAMILY_NAMES.get(family, family))}</th>'
                    if i == 0 else "")
            target = r.get("target", float("nan"))
            status = ""
            if target == target and r["pairs"] > 0:
                status = ('<span class="ok">atteint</span>' if r["share_changed"] < target
                          else '<span class="ko">non atteint</span>')
            style = ' style="font-weight:600"' if r["variant"] == "toutes" else ""
            if r["pairs"] == 0:
                status = "aucune description concernée"
            out.append(f'<tr{style}>{head}<td class="l">{html.escape(str(r["variant"]))}</td>'
                       f'<td>{int(r["rows_altered"])}</td><td>{int(r["pairs"])}</td>'
                       f'<td>{_pct(r["share_changed"])} ({int(r["changed"])})</td>'
                       f'<td>{r["mean_abs_confidence_change"]:.3f}</td>'
                       f'<td>{(status or "–") if target == target else "–"}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _insights_section(insights: pd.DataFrame, ids: tuple[str, ...], names: dict) -> str:
    out = ["<h2>Ce qui pèse pour chaque canal</h2>",
           '<p class="note">Sur l\'ensemble du jeu : les mots de plus fort poids du modèle linéaire ; les mots que '
           "les explications de chaque ligne citent le plus souvent (la méthode propre à la famille : poids, faits "
           "relevés ou gradients intégrés ; mots cités au moins trois fois) ; les faits les plus fréquents ; les "
           "règles du guide qui ont décidé, avec leur exactitude.</p>"]
    if insights is None or len(insights) == 0:
        return "".join(out) + "<p>Rien à montrer pour ce modèle et ce jeu.</p>"
    facts, rules = _labels()
    out.append('<div class="grid">')
    for ch in ids:
        part = insights[insights["channel"] == ch]
        if part.empty:
            continue
        card = [f'<div class="card"><h3>{html.escape(names.get(ch, ch))}</h3>']
        terms = part[part["kind"] == "terme"].head(10)
        if len(terms):
            card.append("<p>Mots et expressions</p><div class='chips'>"
                        + "".join(f"<span>{html.escape(t)}</span>" for t in terms["item"]) + "</div>")
        quoted = part[part["kind"] == "mot_explique"].head(8)
        if len(quoted):
            card.append("<p>Mots cités par les explications</p><div class='chips'>" + "".join(
                f"<span>{html.escape(r['item'])} · {_pct(r['value'])}</span>" for _, r in quoted.iterrows()) + "</div>")
        weights = part[part["kind"] == "fait_poids"].head(4)
        if len(weights):
            card.append("<p>Faits de plus fort poids</p><ul>" + "".join(
                f"<li>{html.escape(facts.get(i.replace(' (nié)', ''), i))}{' (nié)' if i.endswith('(nié)') else ''}</li>"
                for i in weights["item"]) + "</ul>")
        freq = part[part["kind"] == "fait_frequence"].head(5)
        if len(freq):
            card.append("<p>Faits les plus fréquents</p><ul>" + "".join(
                f"<li>{html.escape(facts.get(r['item'], r['item']))} : {_pct(r['value'])}</li>"
                for _, r in freq.iterrows()) + "</ul>")
        used = part[part["kind"] == "regle"].head(4)
        if len(used):
            card.append("<p>Règles qui ont décidé</p><ul>" + "".join(
                f"<li>{html.escape(rules.get(r['item'], r['item']))} <span class='rid'>{html.escape(r['item'])}</span>"
                f" — {int(r['rows'])} fois"
                + (f", juste à {_pct(r['accuracy'])}" if r["accuracy"] == r["accuracy"] else "") + "</li>"
                for _, r in used.iterrows()) + "</ul>")
        out.append("".join(card) + "</div>")
    out.append("</div>")
    return "".join(out)


def render_report(result: EvaluationResult, catalogue: Catalogue, *, title: str = "", text_column: str | None = None,
                  examples_per_pair: int = 3, top_pairs: int = 5, bias: pd.DataFrame | None = None,
                  insights: pd.DataFrame | None = None, counterfactual: pd.DataFrame | None = None) -> str:
    """The report as one HTML string; the bias, explanation and counterfactual sections appear when given."""
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
    if insights is not None:
        out.append(_insights_section(insights, result.channels, names))
    if bias is not None:
        out.append(_bias_section(bias))
    if counterfactual is not None:
        out.append(_counterfactual_section(counterfactual))
    out.append("<h2>Limites</h2><ul>"
               "<li>Les chiffres valent pour le jeu évalué : un corpus synthétique ne dit rien du trafic réel tant que "
               "le modèle n'a pas été mesuré sur des descriptions réelles étiquetées.</li>"
               "<li>Les exemples sont repris du jeu évalué ; ils doivent avoir été pseudonymisés par la recette de "
               "préparation.</li>"
               "<li>La couverture à précision fixée suppose que la confiance est calibrée sur des données semblables.</li>"
               "<li>Les facettes (orthographe, registre, genre grammatical) sont calculées par des indices simples "
               "du texte : elles se trompent parfois, et une facette rare donne un intervalle de confiance large.</li>"
               "</ul></main></body></html>")
    return "".join(out)
