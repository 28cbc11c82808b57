"""Authoring script for the French word list of the bias audit: writes resource/lexicon/mots_fr.txt.

The list joins two sources, both the project's own:

- the words of the corpus **train split** written in careful registers (``story``, ``form``,
  ``press``, ``blog``, ``elderly``), kept when they occur in at least two descriptions, so that
  one writer's typo does not become a word;
- a generated list: function words, frequent nouns and adjectives of the domain written by
  hand with their accents, and the regular forms of common ``-er`` verbs (infinitive, present,
  imperfect, past participle in its four agreements).

The audit uses it to measure spelling noise (share of words whose folded form is not in the
list) and missing accents (words that the list only knows with accents, written without).
Run ``python tools/lexicon/build_wordlist.py`` from the repository root and commit the file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.corpus import load_corpus  # noqa: E402

OUT = ROOT / "resource" / "lexicon" / "mots_fr.txt"
CAREFUL = {"story", "form", "press", "blog", "elderly"}
WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:-[a-zàâäçéèêëîïôöùûüÿœæ]+)*")

BASE = """
à a ai as avons avez ont au aux avec après avant alors aussi autre autres aujourd'hui auprès
bien beaucoup bon bonne car ce cela celle celui ces cet cette chez ci comme comment contre
dans de des depuis déjà dès deux donc dont du elle elles en encore entre est et été étais était
étaient être eu eux fait faire fois hier il ils ici je jamais jusqu'à la là le les leur leurs lui
ma mais me même mes moi mon moins ne ni non nos notre nous on ou où par parce pas pendant peu
peut peux plus pour pourquoi puis quand que quel quelle quelque qui quoi rien sa sans se ses si
sien son sont sous sur ta te tes toi ton tous tout toute toutes très tu un une vers via voici
vos votre vous y ça déjà où là-bas peut-être c'est n'est qu'il qu'elle d'un d'une l'on j'ai
aujourd'hui demain matin soir nuit semaine mois année an ans jour jours heure heures minutes
été à côté désormais également ensuite enfin lorsque tandis puisque malgré selon chaque
police gendarmerie commissariat plainte plaintes victime victimes agent agents policier enquêteur
procureur justice avocat tribunal préfecture mairie école collège lycée université hôpital
médecin urgences pompiers banque conseiller conseillère carte cartes bancaire bancaires compte
comptes argent euros euro virement virements paiement paiements achat achats commande commandes
colis livraison site sites internet réseau réseaux sociaux message messages téléphone portable
mail mails courriel adresse vol vols voleur voleurs cambriolage cambriolé cambriolée voiture
véhicule vélo scooter moto appartement maison logement immeuble garage cave rue quartier ville
voisin voisine voisins mari femme époux épouse conjoint conjointe compagnon compagne copain copine
ex frère sœur père mère fils fille enfant enfants bébé famille parents ami amie amis amies
collègue collègues patron patronne employeur travail entreprise société association magasin
arnaque arnaques arnaqueur escroquerie escroc fraude faux fausse photos photo vidéo vidéos
menace menaces harcèlement insultes insulte coups blessure blessé blessée blessés peur danger
aide besoin problème problèmes question réponse chose choses gens personne personnes homme hommes
femmes garçon jeune jeunes mineur mineure majeur majeure âge âgé âgée seul seule seuls seules
inquiet inquiète content contente sûr sûre certain certaine prêt prête enceinte malade désolé
désolée fatigué fatiguée perdu perdue venu venue parti partie sorti sortie mort morte pris prise
mis mise surpris surprise assis assise battu battue vu vue reçu reçue connu connue inconnu inconnue
""".split()

ER_STEMS = """
aller tomber agresser harceler menacer frapper voler arnaquer pirater insulter bloquer appeler
contacter porter déposer signaler demander payer envoyer acheter commander livrer recevoir
cambrioler escroquer escroquer usurper débiter prélever retirer utiliser cliquer donner laisser
garder trouver chercher parler raconter expliquer montrer publier partager filmer photographier
toucher embrasser forcer violer suivre humilier terroriser blesser pousser tirer casser abîmer
dégrader rayer taguer brûler emprunter prêter rembourser réclamer exiger obliger menacer
inquiéter effrayer choquer traumatiser hospitaliser soigner examiner interroger arrêter relâcher
rentrer rester passer arriver monter descendre entrer retourner marcher travailler habiter
séparer quitter divorcer marier fiancer installer enfermer isoler priver surveiller espionner
localiser géolocaliser tracer pister photographier enregistrer diffuser poster commenter liker
signaler bannir supprimer fermer ouvrir récupérer changer modifier valider confirmer annuler
""".split()


def er_forms(infinitive: str) -> list[str]:
    stem = infinitive[:-2]
    if not infinitive.endswith("er"):
        return [infinitive]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft_c = stem[:-1] + "ç" if stem.endswith("c") else soft
    return [infinitive, stem + "e", stem + "es", soft_c + "ons", stem + "ez", stem + "ent",
            soft_c + "ais", soft_c + "ait", soft_c + "aient", stem + "é", stem + "ée", stem + "és", stem + "ées",
            stem + "erai", stem + "erait", soft_c + "a", stem + "èrent"]


def main() -> None:
    train = load_corpus("train")
    careful = train[train["register"].isin(CAREFUL)]
    df: Counter = Counter()
    for text in careful["text"]:
        df.update(set(WORD.findall(text.lower())))
    words = {w for w, n in df.items() if n >= 2}
    words.update(BASE)
    for verb in ER_STEMS:
        words.update(er_forms(verb))
    lines = ["# French word list of the bias audit, built by tools/lexicon/build_wordlist.py",
             f"# {len(words)} words: corpus train split (careful registers, >= 2 descriptions) + generated forms"]
    OUT.write_text("\n".join(lines + sorted(words)) + "\n", encoding="utf-8")
    print(f"Wrote {len(words)} words to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
