"""How many first names and places the proper-noun mask catches, on names it was not built around.

The counterfactual test (``bench_bias.py``) inserts and swaps the names and towns of
``resource/counterfactual``; a 0 % there says those are masked. This bench asks the wider
question with a second list written for it, disjoint from the test lists: first names of
several origins and places of metropolitan France and Outre-mer. The mask is fitted on the
corpus train split, as training does, and each name is placed in a sentence in three
positions; the share masked is printed per kind and position, with the names that stay (so
that the list of kept words can be reviewed), and the mask's throughput on the corpus texts.

Usage: ``python bench/bench_mask.py``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.catalogue import load_catalogue  # noqa: E402
from orientation.corpus import load_corpus  # noqa: E402
from orientation.text.proper_nouns import PLACEHOLDER, ProperNounMask  # noqa: E402

# Written for this bench; none is in resource/counterfactual (checked below).
HELD_OUT = {
    "prénoms": [
        "Aurélie", "Céline", "Émilie", "Pauline", "Margaux", "Inès", "Jade", "Clément", "Baptiste",
        "Théo", "Maxime", "Quentin", "Romain", "Kévin", "Dylan", "Enzo", "Yanis", "Rayan", "Ilyes",
        "Hamza", "Walid", "Khadija", "Salma", "Meriem", "Souad", "Abdelkader", "Lamine", "Cheikh",
        "Adama", "Kadiatou", "Mariam", "Oumou", "Djibril", "Sékou", "Diogo", "Rafael", "Leonor",
        "Mateus", "Anastasia", "Ludmila", "Tatiana", "Grzegorz", "Wojciech", "Mihai", "Ionut",
        "Bogdana", "Anh", "Huong", "Quang", "Jun", "Haruto", "Seo-yeon", "Ji-ho", "Can", "Kerem",
        "Selin", "Tuğba", "Gökhan", "Ravi", "Priya", "Arjun", "Kevin", "Jordan", "Jessica", "Vanessa",
        "Océane", "Lucas", "Gabriel", "Raphaël", "Noah", "Léon", "Adèle", "Zoé", "Lina", "Mila",
    ],
    "lieux": [
        "Brest", "Lorient", "Angoulême", "Niort", "Tulle", "Rodez", "Albi", "Tarbes", "Pau", "Bayonne",
        "Agen", "Périgueux", "Châteauroux", "Bourges", "Nevers", "Mâcon", "Chambéry", "Annecy", "Gap",
        "Digne-les-Bains", "Draguignan", "Ajaccio", "Bastia", "Béziers", "Sète", "Alès", "Roanne",
        "Montluçon", "Épinal", "Charleville-Mézières", "Saint-Quentin", "Beauvais", "Évry-Courcouronnes",
        "Sarcelles", "Grigny", "Clichy-sous-Bois", "Vénissieux", "Villeurbanne", "Hénin-Beaumont",
        "Maubeuge", "Dunkerque", "Calais", "Cherbourg-en-Cotentin", "Saint-Nazaire", "Laval", "Vannes",
        "Basse-Terre", "Le Gosier", "Sainte-Anne", "Le Robert", "Schœlcher", "Saint-Paul", "Le Port",
        "Saint-Benoît", "Matoury", "Rémire-Montjoly", "Koungou", "Nouméa", "Papeete", "Mata-Utu",
    ],
}
SENTENCES = {
    "milieu de phrase": "Hier soir, {} m'a écrit plusieurs messages menaçants.",
    "après « à »": "Les faits se sont passés à {} la semaine dernière.",
    "début de phrase": "{} m'a écrit plusieurs messages menaçants hier soir.",
}


def main() -> None:
    lists = json.loads((ROOT / "resource" / "counterfactual" / "prenoms.json").read_text(encoding="utf-8"))
    places = json.loads((ROOT / "resource" / "counterfactual" / "lieux.json").read_text(encoding="utf-8"))
    in_tests = {n for by_gender in lists["origins"].values() for names in by_gender.values() for n in names}
    in_tests |= {p for group in places["groups"].values() for p in group}
    overlap = in_tests & {w for words in HELD_OUT.values() for w in words}
    if overlap:
        raise SystemExit(f"the held-out list must be disjoint from the test lists; shared: {sorted(overlap)}")
    train = load_corpus("train")
    texts = train["text"].tolist()
    mask = ProperNounMask().fit(texts, always_keep=load_catalogue().ids)
    print(f"Mask fitted on the corpus train split ({len(texts)} rows): {len(mask.keep_)} kept words, "
          f"{len(mask.lower_)} words seen in lower case.\n")
    print(f"{'kind':<10}{'position':<20}{'names':>6}{'masked':>8}   stay")
    for kind, words in HELD_OUT.items():
        for position, template in SENTENCES.items():
            out = mask.transform([template.format(w) for w in words])
            kept = [w for w, o in zip(words, out) if PLACEHOLDER not in o]
            print(f"{kind:<10}{position:<20}{len(words):>6}{1 - len(kept) / len(words):>8.0%}   {', '.join(kept) or '-'}")
    corpus = (texts * (20_000 // len(texts) + 1))[:20_000]
    start = time.perf_counter()
    mask.transform(corpus)
    print(f"\nThroughput: {len(corpus) / (time.perf_counter() - start):,.0f} corpus texts/s on one core")


if __name__ == "__main__":
    main()
