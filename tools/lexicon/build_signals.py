"""Authoring script for the signal lexicon: writes resource/signals_fr.json.

Patterns are easier to write and review as Python raw strings than as JSON; the JSON file
is what the plugin reads and what model manifests record. Edit here, then run
``python tools/lexicon/build_signals.py`` from the repository root and commit both files.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resource" / "signals_fr.json"
import json
NEG = ["pas", "pa", "jamais", "jamai", "aucun", "aucune", "sans", "rien", "ni", "nullement", "non"]
S = []
def sig(id, fact, patterns, keys=(), negatable=True, group=""):
    S.append({"id": id, "group": group, "fact": fact, "keys": list(keys), "negatable": negatable, "patterns": patterns})

CARD = r"(?:carte(?: bancaire| bleue| de credit| visa| mastercard| cb| de paiement)?|\bcb\b|\bcarte\b)"
POSS = r"(?:en ma possession|en sa possession|sur moi|sur lui|sur elle|avec moi|dans (?:mon|ma|son|sa) (?:portefeuille|porte-?feuille|porte-?monnaie|porte-?cartes?|sac|poche|tiroir|telephone|coque|veste|pochette|bureau|sacoche|etui)|chez moi|a la maison|en main|dans les mains|dans la main)"
# --- card and payments
sig("card_held", "votre carte est toujours en votre possession", [
    CARD + r"[^.;!?]{0,60}?(?:toujours|encore|bien|tjrs|tjs)\s?(?:la\s)?" + POSS,
    r"(?:j'ai|jai|j ai|g) (?:toujours|encore|bien|tjrs|tjs) (?:ma|la|mes) (?:carte|cb|cartes)",
    r"(?:n'ai|ai|jai|j'ai|j ai|g) (?:pas|pa|jamais|jamai) (?:perdu|egare|prete|donne|paume) (?:ma|la|mes) (?:carte|cb|cartes)",
    r"(?:je l'ai|je l ai|jl'ai|jlai|je lai|elle est|elle etait|je les ai) (?:toujours|encore|bien|tjrs|tjs) " + POSS,
    CARD + r" (?:est|etait|etait bien|est bien|se trouve|dort) (?:toujours |encore |bien )?(?:dans|sur) (?:mon|ma) (?:portefeuille|porte-?feuille|porte-?monnaie|sac|poche|tiroir|table|bureau)",
    r"(?:carte|cb)s? (?:physique )?(?:jamais|pas) (?:quitte|sortie?|perdue?|volee?|prete|donnee)",
    r"sans (?:avoir )?(?:perdu|egare|prete|donne|sorti) (?:ma|la) (?:carte|cb)",
    r"(?:ma|la) (?:carte|cb) ne m'a (?:jamais|pas) quitte",
    r"(?:carte|cb)\b[^.;!?]{0,30}?(?:ne )?(?:quitte|quittait|sort|sortie) (?:jamais|pas|pa|jamai) (?:de )?(?:mon|ma|son|sa|la)",
    r"(?:carte|cb)s? (?:est |etait |reste |restee )?(?:toujours |encore |bien |tjrs |tjs )?(?:dans|sur|chez) (?:mon|ma|moi|son|sa|lui|la maison)\b",
    r"(?:je l'ai|je l ai|jl'ai|jlai|je lai|il l'a|elle l'a|il la|je les ai|je la) (?:toujours|encore|bien|tjrs|tjs)\b",
    r"(?:j'ai|jai|j ai|g|il a|elle a) (?:ma|sa|la|mes|ses) (?:carte|cb|cartes)\b(?! (?:bloquee|volee|perdue))",
    r"(?:n'ai|ai|jai|j'ai) (?:pas|jamais) (?:perdu|egare|prete|donne) (?:ma|la) (?:carte|cb)",
    r"(?:carte|cb) (?:n'a|n a|a) (?:pas|jamais) (?:ete )?(?:perdue|volee)",
], keys=("carte", "cb"), negatable=False, group="card")
sig("card_stolen", "votre carte ou votre portefeuille a été volé", [
    r"(?:vol|vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|chourave|tire)\b[^.;!?]{0,40}?(?:ma |mon |la |le |mes )?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|sac a main|sac)",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|sac a main|sac)s?\b[^.;!?]{0,30}?(?:vole|volee|voles|volees|derobe|derobee|arrache|arrachee|pique|piquee|subtilise|subtilisee|disparu dans le metro)",
    r"vol (?:de|du|d'un|de mon|de ma) (?:carte|cb|portefeuille|sac|porte-monnaie)",
], keys=("vol", "derob", "arrach", "piqu", "subtilis", "chour", "tire"), group="card")
LOSS = r"(?:perdu|perdue|perdus|egare|egaree|paume|paumee|oublie|oubliee|laisse tomber|fait tomber|tombe de ma poche|plus retrouve|plus retrouvee|impossible de (?:la |le )?retrouver|introuvable|disparu je ne sais (?:ou|comment))"
sig("card_lost", "votre carte (ou votre téléphone) a été perdue, pas volée", [
    LOSS + r"[^.;!?]{0,40}?(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone|tel\b)",
    r"(?:carte|cb|portefeuille|porte-?feuille|porte-?monnaie|chequier|telephone|portable|iphone|smartphone)s?\b[^.;!?]{0,30}?" + LOSS,
    r"(?:perte|pertes) (?:de|du|d'un|de mon|de ma) (?:carte|cb|portefeuille|chequier|telephone|portable)",
], keys=("perd", "egar", "paum", "oubli", "tomb", "retrouv", "introuv", "perte"), group="card")
MERCH = r"(?:amazon|aliexpress|cdiscount|shein|temu|paypal|uber ?eats|uber|deliveroo|apple|itunes|google play|netflix|spotify|steam|zalando|booking|airbnb|ebay|wish|playstation|psn|xbox|fnac|asos|vinted|leboncoin|fortnite|roblox|microsoft|disney|canal|deezer|wizz|ryanair|sncf|binance|coinbase|just eat|prime video|boulanger|darty|sephora|nike|adidas|la redoute|veepee|vente-privee)"
PAY = r"(?:achat|achats|paiement|paiements|payement|debit|debits|prelevement|prelevements|transaction|transactions|commande|commandes|operation|operations|depense|depenses|abonnement|abonnements|montant|montants)"
sig("payment_online", "les paiements ont été faits en ligne", [
    PAY + r"[^.;!?]{0,60}?(?:en ligne|sur internet|sur (?:des |un |le |les )?sites?|sur le net|online|a distance|e-commerce|" + MERCH + r")",
    r"(?:sur|chez|de|par|via) " + MERCH + r"\b",
    r"(?:achete|commande|paye|payes|regle)[^.;!?]{0,30}?(?:en ligne|sur internet|sur le net)",
    r"(?:en ligne|sur internet|online)[^.;!?]{0,30}?" + PAY,
], group="payment")
sig("payment_shop", "les paiements ont été faits en magasin", [
    r"(?:en magasin|dans (?:un|des|une|plusieurs) (?:magasins?|boutiques?|commerces?|supermarches?|stations?(?:-service)?|bureaux de tabac|tabacs?)|sans contact|au supermarche|chez (?:un|des) commercants?|terminal de paiement|\btpe\b|dans une station)",
], group="payment")
sig("payment_atm", "des retraits ont été faits au distributeur", [
    r"(?:retrait|retraits|retire|retiree|retires)[^.;!?]{0,40}?(?:distributeur|dab|guichet|especes|liquide|cash)",
    r"(?:distributeur|distributeurs|\bdab\b|guichet automatique|gab\b)",
], group="payment")
sig("unauthorised_payments", "des paiements ont été faits sans votre accord", [
    PAY + r"[^.;!?]{0,50}?(?:inconnus?|inconnues?|frauduleux|frauduleuses?|suspects?|suspectes?|bizar\w*|non autorises?|que je (?:n'ai|ne reconnais|n ai|ai) (?:pas|jamais|aucunement)|pas (?:de moi|faits? par moi|a moi)|jamais (?:faits?|effectues?|autorises?)|que je (?:n'ai )?pas (?:faits?|effectues?|autorises?)|sans (?:mon|mon accord|mon autorisation))",
    r"(?:je n'ai|j'ai|jai|j ai|g|je n ai) (?:pas|jamais|jamai|pa) (?:fait|effectue|autorise|commande|valide)[^.;!?]{0,40}?" + PAY,
    r"(?:que|qu') ?(?:je|j'|il|elle|on)? ?(?:n'|n )?(?:ai|a|avons|jai) (?:pas|jamais|jamai|pa|rien) (?:faits?|faites?|effectues?|autorises?|commandes?|achetes?|valides?)",
    r"(?:j'ai|jai|j ai|g|je n'ai|je n ai) (?:rien|jamais rien) (?:commande|achete|fait|autorise|valide)|pas moi\b|(?:abonne|abonnee|inscrit|inscrite) a rien|(?:operations?|paiements?|achats?|debits?|prelevements?) contest\w*|je (?:ne )?(?:reconnais|connais) pas (?:ces|ce|les)",
    r"(?:fraude|fraudes|piratage|piratee|pirate|hacke|hackee|clonee|copiee|utilisee|utilise) [^.;!?]{0,30}?(?:ma |la |mes )?(?:carte|cb)|(?:carte|cb)s? (?:a ete |ont ete |est )?(?:piratee|hackee|clonee|copiee|utilisee|fraudee)",
    r"(?:on|quelqu'un|qqn|quelquun) (?:a|ont) (?:utilise|pris|debite|vide|fait des achats)[^.;!?]{0,30}?(?:ma|mon|mes) (?:carte|cb|compte)",
    r"(?:compte|solde)[^.;!?]{0,30}?(?:vide|a decouvert|debite)",
], negatable=False, group="payment")
# --- where: online or in person
NET = r"(?:internet|le net|facebook|fb\b|insta\b|instagram|snap\b|snapchat|tiktok|whatsapp|whats app|telegram|messenger|discord|twitter|\bx\b|leboncoin|le bon coin|lbc\b|vinted|marketplace|un site|le site|ce site|un forum|mail|e-mail|email|courriel|tinder|meetic|bumble|grindr|site de rencontre|appli|application|youtube|twitch|reseaux? sociaux?|linkedin|reddit|signal\b|viber|skype|zoom|teams|en ligne|online|web)"
sig("facts_online", "les faits se sont passés sur internet", [
    r"(?:sur|via|par|dans|avec) (?:le |la |l'|un |une |des |les |mon |ma |son |sa )?" + NET,
    r"\ben ligne\b|\bsur le net\b|site (?:internet|web|de vente|frauduleux)|annonce (?:en ligne|sur)|\bdm\b|message prive|messages prives|\bmp\b",
], group="channel")
sig("met_in_person", "vous avez rencontré la personne", [
    r"(?:en main propre|remis en mains? propres?|rendez-vous|\brdv\b|on s'est (?:vus|vues|rencontres|rejoints|donne rendez-vous)|je l'ai rencontre|je l ai rencontre|je les ai rencontres|(?:il|elle|ils|le gars|l'acheteur|le vendeur|l'acheteuse|la vendeuse) (?:est|sont) (?:venu|venue|venus|passe|passee|passes)\b|venu(?:e|s)? (?:chez moi|a la maison|recuperer|chercher|voir)|en vrai|en personne|sur place|face a face|physiquement|devant chez moi)",
    r"(?:je lui ai|je leur ai) (?:remis|donne|tendu|laisse) (?:le|la|les|mon|ma|mes)",
], group="channel")
sig("never_met", "vous n'avez jamais rencontré la personne", [
    r"(?:jamais|pas|jamai|pa) (?:rencontre|rencontree|rencontres|vu|vue|croise|croisee)(?: en vrai| en personne| physiquement|)",
    r"(?:connu|connue|rencontre|rencontree) (?:sur|via|par) (?:internet|un site|facebook|insta|instagram|tinder|meetic|snap|whatsapp|telegram|une appli|un jeu|un forum|discord)",
    r"(?:uniquement|seulement|que) (?:par|en|sur) (?:messages?|ligne|internet|mail|whatsapp|telephone|snap|telegram|messenger|sms|ecrit)",
    r"(?:ne|n') (?:l'ai|l ai|les ai|l'avais|les avais) (?:jamais|pas) (?:vu|vue|vus|rencontre|rencontree|rencontres)",
], negatable=False, group="channel")
# --- author
sig("author_named", "vous connaissez le nom de l'auteur", [
    r"\b(?:m\.|mme|mr|mlle|monsieur|madame|mademoiselle|maitre|docteur|dr) \[nom\]",
    r"(?:je connais|je sais|on connait|j'ai) (?:son nom|le nom|son identite|son adresse)",
    r"(?:il|elle) s'appelle|(?:il|elle) s appelle|du nom de|nomme [a-z]|prenomme|se nomme",
    r"je sais (?:exactement )?qui (?:c'est|a fait|l'a fait|est l'auteur)",
], negatable=False, group="author")
REL_PARTNER = r"(?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|concubin|concubine|partenaire|mec|meuf|petit ami|petite amie|chéri|cheri|cherie|pere de mes enfants|mere de mes enfants)"
REL_EX = r"(?:\bex\b|ex-(?:mari|femme|compagnon|compagne|copain|copine|conjoint|conjointe|epoux|epouse|petit ami|petite amie)|ancien (?:compagnon|conjoint|mari|copain|partenaire)|ancienne (?:compagne|conjointe|copine|partenaire))"
REL_FAMILY = r"(?:pere|mere|papa|maman|frere|soeur|fils|fille|oncle|tante|cousin|cousine|beau-pere|belle-mere|beau pere|belle mere|beau-frere|belle-soeur|beau frere|belle soeur|grand-pere|grand-mere|grand pere|grand mere|parents|neveu|niece|petit-fils|petite-fille|daron|daronne|belle-famille|famille|gendre|belle-fille|demi-frere|demi-soeur)"
VIOL = r"(?:frapp\w*|tape\w*|tabass\w*|cogn\w*|gifl\w*|bat\b|battu\w*|battai\w*|bats\b|violent\w*|violente\w*|pouss\w*|bouscul\w*|etrangl\w*|stranguL\w*|mordu\w*|griff\w*|secou\w*|jete\w* (?:par terre|au sol|contre)|menac\w*|insult\w*|humili\w*|rabaiss\w*|controle\w*|surveill\w*|enferm\w*|sequestr\w*|viol\b|viole\b|violee\b|touch\w*|attouch\w*|harcel\w*|empech\w*|prive\w*|crache\w*|coups?\b(?! de fil)(?! de telephone)(?! de main)|degomm\w*|defonc\w*|cass\w* la gueule|tir\w* les cheveux|brul\w*)"
sig("author_partner", "l'auteur est votre conjoint ou partenaire", [r"(?:mon|ma|notre) " + REL_PARTNER + r"\b"], negatable=False, group="author")
sig("author_ex", "l'auteur est votre ex-conjoint", [r"(?:mon|ma|notre) " + REL_EX, r"\bmon ex\b|\bma ex\b|\bmon ex-"], negatable=False, group="author")
sig("partner_violence", "des violences ou menaces de votre conjoint ou ex-conjoint", [
    r"(?:mon|ma|notre) (?:" + REL_PARTNER[3:-1] + r"|" + REL_EX[3:-1] + r")\b[^.;!?]{0,60}?" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma) (?:" + REL_PARTNER[3:-1] + r"|" + REL_EX[3:-1] + r")\b",
    r"violences? conjugales?|violences? (?:de|par) (?:mon|ma) (?:conjoint|compagnon|mari|ex)|emprise",
], group="author")
sig("family_violence", "des violences ou menaces au sein de la famille", [
    r"(?:mon|ma|mes|notre|nos) " + REL_FAMILY + r"\b[^.;!?]{0,60}?" + VIOL,
    VIOL + r"[^.;!?]{0,30}?par (?:mon|ma|mes) " + REL_FAMILY + r"\b",
    r"violences? (?:intra-?familiales?|familiales?)|inceste|mariage force",
], group="author")
sig("author_neighbour", "l'auteur est un voisin", [r"\b(?:mon|ma|mes|le|la|les|notre|nos|un|une) (?:voisin|voisine|voisins|voisines)\b"], negatable=False, group="author")
sig("author_colleague", "l'auteur est un collègue ou un supérieur", [r"\b(?:mon|ma|mes|un|une) (?:collegue|collegues|patron|patronne|chef|cheffe|manager|superieur|superieure|employeur|directeur|directrice|responsable)\b"], negatable=False, group="author")
sig("author_unknown", "l'auteur vous est inconnu", [
    r"\b(?:inconnu|inconnue|inconnus|inconnues|un individu|des individus|un homme|une femme|deux hommes|trois hommes|un mec|un gars|un type|des jeunes|deux jeunes|une bande|des voleurs|le voleur|les voleurs|quelqu'un|qqn|personne n'a rien vu)\b",
    r"(?:je ne sais|je sais|j'ai|jai|aucune idee de) (?:pas |aucune idee de |)?qui (?:a fait|c'est|l'a fait|a pu)",
    r"(?:sans|pas de|aucun) (?:temoins?|idee)",
    r"(?:pas vu|rien vu|jamais vu) (?:qui|l'auteur|le voleur|les voleurs|personne)",
], negatable=False, group="author")
# --- offences
sig("theft", "un vol", [
    r"\b(?:vol|vols|vole|volee|voles|volees|voler|volait|volent|volé|derobe\w*|cambriol\w*|arrache\w*|pickpocket\w*|pique\w*|subtilis\w*|chourav\w*|disparu\w*|embarque\w*|on m'a pris|on ma pris|on m a pris|se sont servis|a pris mon|a pris ma|a pris mes|ont pris mon|ont pris ma|ont pris mes|siphonn\w*|detourne\w*|force|forcee|forces|fracture\w*|plus une goutte|vide mon|vide ma|vide le|parti avec|partis avec|repartie? avec)\b",
], group="offence")
sig("burglary", "un cambriolage", [
    r"cambriol\w*|effraction|porte (?:forcee|fracturee|enfoncee|defoncee)|fenetre (?:cassee|forcee|brisee)|serrure (?:forcee|cassee|fracturee)|(?:entre|entres|entree|rentre|rentres|introduit|introduits) (?:chez moi|chez nous|dans (?:ma|mon|notre) (?:maison|appartement|appart|garage|cave|local|cabanon))",
], group="offence")
sig("damage", "une dégradation", [
    r"\b(?:degrad\w*|raye|rayee|rayes|rayure\w*|tag|tags|tague\w*|casse|cassee|casses|cassees|brise\w*|creve\w*|vandalis\w*|incendi\w*|brule\w*|defonce\w*|abime\w*|endommag\w*|saccag\w*|crame\w*|peinture sur|pneus? (?:creves?|lacere\w*))\b",
], group="offence")
sig("vehicle", "un véhicule est concerné", [r"\b(?:voiture|vehicule|auto|moto|scooter|velo|trottinette|camion|camionnette|utilitaire|caisse|bagnole|caravane|camping-car|quad|vtt|vae|bicyclette)\b"], negatable=False, group="offence")
sig("hit_and_run", "un délit de fuite", [
    r"delit de fuite|(?:percute|embouti|accroche|heurte|tamponne|renverse|touche|rentre dedans|rentre dans)\w*[^.;!?]{0,60}?(?:parti|partie|enfui|enfuie|pris la fuite|sans s'arreter|sans laisser|sans (?:un|aucun) mot|file|filé|disparu|redemarre)",
], group="offence")
sig("scam", "une escroquerie", [
    r"(?:s'est fait|se sont fait|me suis fait|je me suis fait|s est fait|mest fait|m'est fait) (?:avoir|arnaquer|escroquer|pieger|berner|rouler|plumer)|se (?:disait|disant|presentait|presentant|faisait passer|faisant passer)|\b(?:arnaqu\w*|escro\w*|fraud\w*|faux (?:site|vendeur|acheteur|conseiller|profil|policier|policiers|agent|agents|technicien|plombier|petit-fils|fils|neveu|livreur|banquier|gendarme|gendarmes|inspecteur|employe|support|service)|fausse (?:annonce|location|banque|conseillere|facture|agence|boutique|cagnotte|loterie|societe|plateforme)|pige\w*|piege\w*|fake|scam\w*|bidon|hameconn\w*|phishing|filou\w*|arnaque|abuse de ma confiance|abus de (?:confiance|faiblesse)|soi-disant|soit-disant|pretendu\w*)\b",
], group="offence")
sig("not_received", "les biens payés n'ont jamais été reçus", [
    r"(?:jamais|pas|rien|toujours pas|jamai|pa) (?:recu|reçu|recue|livre|livree|arrive|arrivee|eu de colis)",
    r"(?:colis|commande|article|produit|marchandise|achat|objet)s?[^.;!?]{0,40}?(?:jamais|pas|toujours pas) (?:recu|recue|arrive|arrivee|livre|livree)",
    r"site (?:ferme|disparu|fantome|n'existe plus|introuvable|supprime|inaccessible)|(?:vendeur|vendeuse|site|boutique|proprietaire|loueur)s? (?:injoignable|ne repond plus|a disparu|m'a bloque|ma bloque|bloque|introuvable|ne donne plus de nouvelles|a supprime)",
], negatable=False, group="offence")
sig("fake_adviser", "un faux conseiller bancaire", [
    r"faux (?:conseiller|conseillers|banquier|agent (?:de la|de ma) banque|service (?:fraude|anti-fraude|securite))|fausse conseillere|se (?:faisant|faisait|fait) passer pour (?:ma|la|une) (?:banque|conseillere?|conseiller)|soi-disant (?:de la banque|de ma banque|conseiller|de la securite)",
], group="offence")
sig("handed_over", "vous avez remis de l'argent, la carte ou des biens vous-même", [
    r"(?:fait|effectue|envoye|realise|fais|valide|passe) (?:un|des|plusieurs|deux|trois|\d+) virements?|virement (?:de|d') ?\d+|j'ai (?:vire|transfere)",
    r"(?:remis|donne|confie|tendu) (?:ma|la|mes|les) (?:carte|cb|cartes|bijoux|especes|argent|cles)|coursier|livreur (?:est venu|a recupere)",
    r"(?:donne|communique|dicte|tape|saisi|rentre) (?:mon|le|mes|les) (?:code|codes|numero de carte|numeros|identifiants)",
], group="offence")
sig("money_demanded", "de l'argent a été demandé", [
    r"(?:demand|reclam|exig|veut|voulai|voulaient|veulent|propos)\w*[^.;!?]{0,40}?(?:argent|euros|€|\beur\b|virement|paiement|bitcoin|btc|crypto|rancon|payer|paysafe\w*|cartes? (?:cadeau|pcs|transcash|neosurf|google play|itunes|steam)|des sous|de la thune|\d+ ?e\b|mandat|western union)",
    r"sinon (?:il|elle|ils|elles|on) (?:va |vont )?(?:publi|diffus|envoi|balanc|montr|partag|poste)\w*|rancon|chantage|extorsion|extorqu\w*|racket\w*",
    r"(?:payer|verser|envoyer|donner)[^.;!?]{0,25}?\d+ ?(?:euros|€|e\b|eur\b|dollars|\$)",
], group="offence")
sig("account_hacked", "un compte en ligne a été piraté", [
    r"(?:compte|comptes|profil|messagerie|boite mail|adresse mail|mail|whatsapp|insta|instagram|facebook|snap|snapchat|gmail|hotmail|outlook|tiktok|twitter|discord|steam|ameli|caf|impots|netflix|paypal|vinted|leboncoin|amazon|icloud|apple id)[^.;!?]{0,40}?(?:pirat\w*|hack\w*|usurpe\w*|pris le controle|plus acces|n'ai plus acces|ne peux plus (?:me connecter|y acceder)|bloque par|vole|volee|compromis|recupere par)",
    r"(?:pirat\w*|hack\w*)[^.;!?]{0,30}?(?:compte|profil|insta|instagram|facebook|snap|mail|whatsapp|messagerie|tiktok)",
    r"(?:quelqu'un|qqn|on|un inconnu) (?:s'est connecte|a pris le controle|a change mon mot de passe|a change le mot de passe)|mot de passe (?:a ete )?(?:change|modifie) sans",
], group="offence")
sig("contacts_asked_money", "vos contacts ont reçu des demandes d'argent", [
    r"(?:mes|a mes|aux|a tous mes|tous mes|plusieurs de mes|ses|mes propres) (?:amis|amies|contacts|proches|abonnes|potes|copains|collegues|parents|connaissances|famille)[^.;!?]{0,70}?(?:argent|virement|payer|euros|€|preter|paiement|sous|depanner|mandat|code|carte|pcs)",
], group="offence")
sig("sexual", "des faits à caractère sexuel ou sexiste", [
    r"\b(?:viol|viols|violee|violees|violer|violait|viole par|agression sexuelle|agresse sexuellement|agressee sexuellement|attouchement\w*|tripot\w*|main aux fesses|mains aux fesses|exhib\w*|frotteur|sexuel\w*|sexiste\w*|sexe|pornograph\w*|porno|pedo\w*|masturb\w*|nude|nudes|sextape|sextorsion|sextortion|revenge porn|deepfake|pute|salope|chienne|catin|sa queue|son sexe|ses parties|mes seins|ma poitrine|mes fesses|me toucher|m'a touchee|m a touchee|touchee|caresse\w*|embrasse\w* de force|bise forcee)\b",
], group="offence")
sig("intimate_images", "des images intimes", [
    r"(?:photos?|videos?|images?|snaps?|selfies?|vid)\b[^.;!?]{0,25}?(?:intimes?|nue|nues|nu\b|denude\w*|sexy|osee|osees|de moi nue|en sous-vetements|en maillot|sexuelles?|explicites?|coquines?)|\bnudes?\b|sextape|revenge porn|deepfake|montage porno|photomontage",
], group="offence")
sig("harassment", "un harcèlement", [
    r"harcel\w*|harcèl\w*|stalk\w*|traque\w*",
    r"(?:me suit|me suivent|me suivait|m'attend|m attend|m'attendent) (?:partout|jusqu|devant|a la sortie|tous les)",
], group="offence")
sig("repeated", "des faits répétés", [
    r"(?:tous les jours|chaque jour|toutes les nuits|chaque nuit|sans arret|sans cesse|depuis des (?:mois|semaines|annees)|depuis (?:plusieurs|des|deux|trois|quatre|\d+) (?:mois|semaines|ans|annees)|a repetition|en boucle|plusieurs fois par (?:jour|semaine)|des dizaines de (?:messages|appels)|des centaines de|recommence|continue de|continuent de|n'arrete pas|arrete pas|encore et encore|a chaque fois|tout le temps|h24)",
    r"(?:me suit|me suivent|me suivait|m'attend|m attend|m'attendent) (?:partout|jusqu|devant|a la sortie|tous les)",
], group="offence")
sig("hate", "des propos ou actes racistes, discriminatoires ou haineux", [
    r"\b(?:racis\w*|antisemit\w*|homophob\w*|transphob\w*|islamophob\w*|xenophob\w*|negrophob\w*|grossophob\w*|lesbophob\w*|biphob\w*|discrimin\w*|haine raciale|sale (?:arabe|noir|noire|negre|juif|juive|pd|pede|gouine|bougnoule|bicot|chinois|chinoise|musulman|musulmane|blanc|renoi|rebeu|bamboula|singe|macaque|tarlouze|travelo|handicape|mongol|gitan|rom|roumain|portugais|turc)|retourne (?:dans ton pays|chez toi|en afrique)|singe|macaque|bamboula|youpin|bougnoul\w*|negro|n[e3]gr[e3]|pd\b|pede\b|tapette|tarlouze|travelo|gouine)\b",
    r"(?:a cause de|parce que|en raison de) (?:ma|mon|mes|je suis|je porte) (?:couleur|origine|origines|religion|handicap|orientation|voile|peau|nom|accent|noir|noire|arabe|juif|juive|musulman|musulmane|voilee|homo|homosexuel\w*|gay|lesbienne|trans|handicape\w*|enceinte)",
], group="offence")
sig("public_content", "un contenu public vu en ligne", [
    r"(?:video|videos|publication|publications|post|posts|page|groupe|compte|live|story|stories|commentaire|commentaires|tweet|tweets|message public|chaine|hashtag|reel|reels|contenu|contenus|site|sites|annonce|photo|photos|montage|meme)s?\b[^.;!?]{0,60}?(?:facebook|instagram|insta|tiktok|twitter|\bx\b|youtube|telegram|snapchat|reseaux sociaux|reseau social|en ligne|internet|le web|forum|discord|twitch|reddit|public|publique|publiquement|partage\w*|circul\w*|vue?s? par|milliers|viral\w*|abonnes)",
    r"(?:vu|vue|tombe|tombee|trouve|trouvee|decouvert|decouverte|circule|circulent|publie|poste|partage|diffuse|relaye)\w*[^.;!?]{0,40}?(?:sur|dans) (?:facebook|instagram|insta|tiktok|twitter|\bx\b|youtube|telegram|snapchat|les reseaux|un groupe|une page|un forum|internet|le web|discord|twitch|reddit)",
], group="content")
sig("illegal_content", "un contenu illicite (haine, terrorisme, pédocriminalité, appel à la violence)", [
    r"\b(?:apologie|terroris\w*|djihad\w*|jihad\w*|daech|daesh|propagande|pedopornograph\w*|pedocrimin\w*|pedophil\w*|enfants? (?:nus?|abuses?)|appels? (?:au meurtre|a la violence|a tuer|au lynchage|a la haine|au viol|a l'emeute|a bruler|a attaquer|a tabasser)|incitation (?:a la haine|a la violence|au meurtre|au suicide)|contenus? (?:illicites?|illegaux|choquants?|haineux|pedo\w*|violents?)|decapit\w*|tortur\w*|maltraitance animale|maltraite un (?:chien|chat|animal)|attentat|fusillade|tuerie|massacre|tirer (?:au|sur le|dans le) (?:lycee|college|ecole)|menaces? de mort publiques?|ratonnade|chasse aux|negationn\w*|revisionn\w*|chambres a gaz|expedition punitive|bombe artisanale|fabriquer une bombe|aller (?:la|le|les) (?:corriger|chercher|buter|tuer|cramer)|(?:les|des) (?:noirs|juifs|arabes|musulmans|migrants|homos|gays|trans|femmes voilees|roms|asiatiques|chinois|blancs)\b[^.;!?]{0,40}?(?:singes|chasser|frapper|tuer|virer|deporter|exterminer|cramer|vermine|parasites))\b",
    r"(?:site|sites|page|faux site|lien)s? (?:frauduleux|d'arnaque|arnaque|pirate|de phishing|malveillant)",
], group="content")
sig("targeted_me", "le contenu ou les faits vous visent personnellement", [
    r"(?:m'|me |m )(?:insult\w*|menac\w*|harcel\w*|trait\w*|humili\w*|vis\w*|cibl\w*|tag\w*|identifi\w*|nomm\w*|expos\w*)",
    r"(?:sur moi|contre moi|de moi|mes photos|ma photo|mon nom|mon adresse|mon numero|mon visage|mon compte|ma famille)",
], negatable=False, group="content")
sig("threat", "des menaces", [
    r"\bmenac\w*|(?:va|vais|vont|veut|voulait|allait) (?:me|te|nous|la|le|les|vous) (?:tuer|buter|frapper|egorger|planter|defoncer|massacrer|cramer|bruler|retrouver|faire la peau|faire du mal|casser)|t'es mort|tu es mort|tu vas (?:mourir|crever|le payer|voir|regretter)|regler (?:ton|son|leur) compte|faire la peau|je sais ou tu (?:habites|vis)|on sait ou tu",
], group="offence")
sig("insult", "des insultes ou une diffamation", [r"\b(?:insult\w*|injuri\w*|traite de|traitee de|m'a traite\w*|m a traite\w*|diffam\w*|calomn\w*|rumeurs?|ragots?|denigr\w*|moque\w*)\b"], group="offence")
sig("violence", "des violences physiques", [
    r"\b(?:frapp\w*|tape\b|tapee|tapes|tapé|tabass\w*|cogn\w*|gifl\w*|baffe\w*|coups? de (?:poing|pied|couteau|tete|boule|coude|genou|casque|crosse|batte)|coups\b|agress\w*|bagarre|battu|battue|battus|rouee? de coups|violence\w*|violente\w*|pousse\w* (?:violemment|par terre|au sol|contre)|bouscul\w*|etrangl\w*|mordu\w*|griff\w*|lynch\w*|passage a tabac|blesse\w*|fait tomber|jete\w* (?:par terre|au sol)|plaque\w* au sol|assomm\w*|mis a terre)\b",
], group="offence")
sig("injury", "une personne est blessée", [
    r"\b(?:blesse\w*|blessure\w*|saign\w*|sang|hopital|urgences|points de suture|suture\w*|fractur\w*|casse (?:le nez|le bras|la jambe|une dent|les dents|le poignet|la machoire)|hematome\w*|bleus|ecchymose\w*|\bitt\b|interruption temporaire de travail|certificat medical|entorse|plaie\w*|arcade|commotion|evanoui\w*|inconscient\w*|ambulance|samu|pompiers|platre|ko\b|cocard)\b",
], group="offence")
sig("weapon", "une arme", [
    r"\b(?:couteau\w*|arme|armes|arme blanche|armé|arme a feu|pistolet|revolver|fusil|flingue|batte|barre de fer|cutter|machette|sabre|hache|bombe lacrymo\w*|gazeuse|tesson|matraque|poing americain|taser|calibre|kalach\w*|kalash\w*|tournevis|marteau|ciseaux|lame|baionnette|surin|schlass|opinel)\b",
], group="offence")
sig("identity_theft", "une usurpation d'identité", [
    r"usurp\w* (?:d'|de mon |mon )?identite|usurpation|(?:a|en|sous) mon nom|avec mes papiers|(?:carte d'identite|piece d'identite|passeport|permis)[^.;!?]{0,40}?(?:utilise\w*|servi|fraude\w*)|credit\w* (?:a|en) mon nom|ouvert (?:un|des) comptes? (?:a|en) mon nom|se fait passer pour moi|se faisant passer pour moi|faux profil (?:a|avec) (?:mon nom|mes photos)|(?:mes|avec mes) (?:photos|coordonnees|donnees)[^.;!?]{0,30}?(?:faux profil|se faire passer)",
], group="offence")
sig("ransomware", "un rançongiciel", [
    r"rancongiciel|ransomware|ransomeware|(?:fichiers?|donnees|documents|photos)[^.;!?]{0,30}?(?:chiffres|cryptes|bloques|verrouilles|inaccessibles)[^.;!?]{0,60}?(?:rancon|payer|bitcoin|btc|crypto)",
], group="offence")
# --- victim and place
sig("victim_minor", "la victime est mineure", [
    r"(?:j'ai|jai|j ai|g|agee? de|age de|ai|a) (?:1[0-7]|[89]) ans",
    r"(?:10|11|12|13|14|15|16|17|8|9) ans\b[^.;!?]{0,15}?(?:je |j'|et je|,)",
    r"(?:mineur|mineure|mineurs|mineures|college|collegien|collegienne|collegiens|lycee|lyceen|lyceenne|lyceens|ado|ados|adolescent|adolescente|adolescents|eleve|eleves|prof|profs|recre|recreation|bahut)\b",
    r"en (?:3e|4e|5e|6e|3eme|4eme|5eme|6eme|seconde|premiere|terminale|cm1|cm2|troisieme|quatrieme|cinquieme|sixieme)\b",
    r"(?:mon|ma|notre) (?:fils|fille|enfant|ado|petit|petite|garcon) (?:de|d'|qui a) (?:1[0-7]|[0-9]) ?ans",
    r"(?:la|ma|en|sa) classe\b",
], negatable=False, group="victim")
ABROAD = r"(?:espagne|italie|portugal|maroc|tunisie|algerie|thailande|grece|allemagne|belgique|suisse|angleterre|royaume-uni|londres|barcelone|madrid|rome|lisbonne|porto|new york|etats-unis|\busa\b|turquie|egypte|senegal|mexique|bali|croatie|pays-bas|amsterdam|berlin|bruxelles|dubai|japon|chine|canada|quebec|bresil|dominique|sainte-lucie|madagascar|ile maurice|vietnam|inde|cote d'ivoire|cameroun|pologne|roumanie|ukraine|irlande|ecosse|prague|budapest|vienne|istanbul|marrakech|ibiza|majorque|tenerife|crete|naples|milan|venise|florence|seville|malaga|valence|munich|vietnam|cambodge|indonesie|australie|new york|miami|los angeles|cuba|republique dominicaine|haiti|saint-martin partie hollandaise|sint maarten|andorre|monaco|luxembourg|geneve|lausanne)"
sig("abroad", "les faits se sont passés à l'étranger", [
    r"(?:en|au|aux|a|dans le|pres de|a cote de) " + ABROAD + r"\b|a l'etranger|hors de france|(?:en|pendant (?:mes|nos|les)) vacances (?:en|au|aux|a) " + ABROAD,
], negatable=False, group="victim")
sig("victim_company", "la victime est une entreprise ou une association", [
    r"(?:ma|notre|mon|de notre|de ma|de mon) (?:societe|entreprise|boite|boutique|magasin|commerce|restaurant|resto|cabinet|agence|association|asso|pharmacie|boulangerie|garage|salon|exploitation|sarl|sas|eurl|pme|startup|start-up|club|epicerie|bar|tabac|hotel|camping|ferme|atelier|chantier|entrepot|cabinet medical|ecole privee|fondation|cooperative|franchise)\b",
    r"(?:en tant que|je suis|nous sommes) (?:le |la )?(?:gerant\w*|commercant\w*|artisan\w*|auto-entrepreneur\w*|autoentrepreneur\w*|micro-entrepreneur\w*|tresorier\w*|president\w* (?:de l'association|du club)|dirigeant\w*|patron\w* d'un|chef d'entreprise|liberal\w*|agriculteur\w*|exploitant\w*)",
    r"\bnos (?:clients|fournisseurs|salaries|employes|adherents|membres)\b|compte (?:professionnel|pro)\b|carte (?:professionnelle|pro|affaires)\b|\bsiret\b|\bkbis\b|\bfournisseur\b|\bcomptable\b",
], negatable=False, group="victim")
sig("victim_paid", "vous avez payé ou envoyé de l'argent vous-même", [
    r"(?:j'ai|jai|j ai|g|on a|nous avons|elle a|il a|ma mere a|mon pere a)\s(?:paye|payee|verse|envoye|vire|transfere|regle|donne|avance|depose|mis)\b",
    r"(?:acompte|avance|caution|arrhes|frais de (?:dossier|douane|livraison|transport|deblocage))\b",
    r"(?:coupons?|recharges?|cartes?|tickets?) (?:pcs|transcash|neosurf|paysafe\w*|cadeau|toneo)|mandat cash|western union|moneygram|paypal (?:entre amis|amis et famille)|en dehors de (?:l'appli|la plateforme|vinted|leboncoin)|(?:envoye|verse|vire|paye) \d+",
], group="offence")
sig("vanished", "la personne a disparu ou ne répond plus", [
    r"(?:m'a|ma|m a|nous a|l'a|la|les a) (?:bloque|bloquee|bloques|ghoste|ghostee)|plus (?:de|aucune) (?:nouvelles?|reponse)|(?:jamais|pas|plus) (?:revenu|revenue|revu|revue|reapparu)|(?:jamais|pas|rien) (?:eu|recu) (?:la|le|les|mon|ma|mes|l')|(?:injoignable|introuvable|disparu|disparue|evapore|evaporee)|(?:numero|telephone|portable) (?:ne repond plus|n'existe plus|coupe|sur messagerie|sonne dans le vide)|supprime (?:son|le|leur) (?:compte|profil|annonce|site)|(?:adresse|annonce|logement|appartement|villa|maison) (?:n'existe pas|existe pas|n'existait pas|fictive|bidon)",
], negatable=False, group="offence")
sig("witness", "vous êtes témoin, pas la cible", [
    r"(?:ne|pas|pa) (?:me vise|me visent|me visait|me concerne|me concernent|m'est adresse)|(?:je ne suis pas|je suis pas|jsuis pas) (?:visee?|concernee?|la cible|la personne)|je ne connais pas (?:la personne|la victime|cette personne|cette femme|cet homme|ce jeune)|ce n'est pas moi|c'est pas moi|je (?:signale|veux signaler|voudrais signaler|souhaite signaler)|a signaler|signalez|je vois passer|(?:suis|est) tombee? (?:sur|dessus)|tombe sur|en (?:scrollant|naviguant|surfant)|j'ai vu (?:passer|circuler)|qui circule|qui tourne|vues?\b|partages?\b|milliers de|des centaines de (?:likes|commentaires|partages)",
], negatable=False, group="content")
# --- out of scope
sig("police_misconduct", "le comportement d'un policier ou d'un gendarme", [
    r"(?<!faux )(?<!faux )(?<!soi-disant )\b(?:policier|policiere|policiers|gendarme|gendarmes|flic|flics|agent de police|agents de police|crs|la bac|la police|la gendarmerie|les forces de l'ordre|un agent)\b[^.;!?]{0,70}?(?:frapp\w*|insult\w*|tutoy\w*|brutal\w*|violent\w*|menott\w*|plaque\w* au sol|refus\w* (?:ma plainte|de prendre|de m'ecouter|d'enregistrer)|mal (?:parle|traite|recu)|humili\w*|controle au facies|abus\w*|bavure|gaze\w*|tabass\w*|mepris\w*|rigole\w*|moque\w*|irrespect\w*|impoli\w*|raciste\w*)|\bigpn\b|\biggn\b",
], negatable=False, group="scope")
sig("consumer_dispute", "un litige avec un vendeur qui vous répond", [
    r"(?:vendeur|vendeuse|commercant|magasin|site|boutique|societe|entreprise|garage|artisan|operateur|sav|service client|agence|proprietaire|bailleur|plateforme|salle de sport|banque)[^.;!?]{0,60}?(?:refus\w* (?:de )?(?:me )?rembours\w*|ne veut pas (?:me )?rembours\w*|refus\w* (?:l'echange|le retour|la garantie)|garantie|litige|sav\b|retard de livraison|conditions generales|resili\w*|mauvaise qualite|malfacon|pas conforme|non conforme|defectueu\w*)",
    r"litige (?:commercial|avec)|service client|signal ?conso|conciliateur|mediateur|associations? de consommateurs|ufc|60 millions",
], negatable=False, group="scope")
sig("phishing_no_loss", "un message frauduleux reçu, sans perte", [
    r"(?:sms|mail|e-mail|courriel|message|appel|lien)\w*[^.;!?]{0,80}?(?:je n'ai (?:rien|pas) (?:clique|donne|paye|repondu|rempli|perdu|tape|saisi)|sans (?:cliquer|repondre|rien donner)|j'ai (?:supprime|ignore|bloque|raccroche)|je n'ai rien perdu)",
    r"(?:rien|pas) (?:perdu|clique|donne|paye)[^.;!?]{0,40}?(?:sms|mail|lien|message)",
    r"(?:n'ai|ai|jai) (?:pas|rien|jamais|pa) (?:clique|cliquer)",
], negatable=False, group="scope")
sig("tech_help", "une demande d'aide technique", [
    r"(?:ordinateur|ordi|pc|telephone|portable|imprimante|box|wifi|tablette|mac|windows)[^.;!?]{0,40}?(?:lent|rame|bug\w*|ne marche|ne fonctionne|plante|virus|pubs?|publicites|bloque|mis a jour|mise a jour)|mot de passe oublie|oublie (?:mon|le) mot de passe|comment (?:recuperer|changer|installer|supprimer|reinitialiser|proteger|securiser)",
], negatable=False, group="scope")
sig("question_only", "une question, sans faits décrits", [
    r"^(?:bonjour,? |salut,? )?(?:comment|combien|est-ce que|est ce que|peut-on|peut on|puis-je|puis je|ou |quand|quel|quelle|quels|quelles|faut-il|dois-je|a qui|que faire|qu'est-ce|c'est quoi|delai|quels sont)[^.!]{0,160}\?\s*$",
], negatable=False, group="scope")
# --- emergency cues
sig("in_progress", "les faits sont en cours", [
    r"\b(?:en train de|en ce moment|actuellement|la maintenant|maintenant|a l'instant|a linstant|tout de suite|au secours|a l'aide|aidez[- ]moi|vite|urgent|urgence|en cours|j'entends|jentends|j entends|il y a quelqu'un|y a quelqu'un|ils sont (?:la|dedans|en bas|chez moi)|il est (?:la|dedans|chez moi)|ils essaient|il essaie|ils essayent|tente d'entrer|tentent d'entrer|forcer (?:la|ma) porte|forcent|force la porte|defonce la porte|tape a la porte|cogne a la porte|sont en train|est en train)\b",
], negatable=False, group="emergency")
sig("author_present", "l'auteur est présent ou va revenir", [
    r"(?:il|elle|ils|elles|l'agresseur|l'homme|le type|le mec|le gars|mon (?:mari|ex|conjoint|compagnon|copain|pere|voisin|frere|beau-pere)) (?:est|sont) (?:encore |toujours |de nouveau |)(?:la|ici|devant|dans (?:l'appartement|l'appart|la maison|le jardin|l'immeuble|la cage|le hall|la cuisine|la chambre|le salon)|en bas|dehors|derriere la porte|chez moi|a cote|dans la piece)\b",
    r"devant (?:ma|la|notre) porte|(?:il|elle|ils) (?:va|vont|doit|doivent|devrait) (?:revenir|rentrer|repasser)|(?:revient|rentre|revenir|rentrer) (?:ce soir|cette nuit|tout a l'heure|dans|bientot|demain)|il arrive|ils arrivent|m'attend (?:en bas|devant|dehors|a la sortie)|je suis (?:enferme\w*|cache\w*|barricade\w*)|(?:enferme\w*|cache\w*|barricade\w*) (?:dans|sous|chez)|il rode|ils rodent|il me suit (?:la|en ce moment)",
], negatable=False, group="emergency")
sig("imminent", "un danger imminent", [
    r"\b(?:ce soir|cette nuit|demain|tout a l'heure|dans (?:une|deux|quelques|\d+) (?:heures?|minutes?)|aujourd'hui|ce week-end|ce weekend|ce samedi|ce dimanche|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine|bientot|imminent\w*)\b",
], negatable=False, group="emergency")
sig("child_danger", "un enfant est en danger", [
    r"(?:mon|ma|mes|un|une|le|la|les|notre|nos) (?:enfant|enfants|bebe|fils|fille|filles|gamin|gamine|petit|petite|petits)\b[^.;!?]{0,60}?(?:en danger|frapp\w*|disparu\w*|enleve\w*|avec lui|avec elle|seul\w* avec|menac\w*|battu\w*|secoue\w*|enferme\w*|ne repond plus|introuvable)",
    r"enlevement|rapt|(?:il|elle) a (?:pris|emmene|enleve) (?:mon|ma|mes|les|notre|nos) (?:enfant|enfants|fils|fille|bebe)",
], negatable=False, group="emergency")
sig("suicide", "une personne annonce vouloir mettre fin à ses jours", [
    r"suicid\w*|me (?:tuer|foutre en l'air|jeter|pendre|supprimer)|(?:se|me|te) (?:tuer|foutre en l'air|supprimer|pendre)|en finir|mettre fin a (?:mes|ses|tes) jours|plus envie de vivre|envie de mourir|veut mourir|veux mourir|(?:sauter|me jeter|se jeter) (?:du|d'un|par la|de la|du haut)|scarif\w*",
], negatable=False, group="emergency")
sig("past_facts", "les faits sont passés", [
    r"\b(?:il y a (?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:jours?|semaines?|mois|ans|annees)|hier|avant-hier|la semaine derniere|le mois dernier|l'annee derniere|l'an dernier|l'ete dernier|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le \d{1,2}/\d{1,2}|en 20\d\d|depuis (?:il|qu'il|qu'elle) est (?:parti|en prison|incarcere))\b",
], negatable=False, group="emergency")

doc = {"version": "2026.12.1", "language": "fr",
       "description": "Signal lexicon: regular expressions over folded text (lower case, no accents, straight apostrophes). Each signal has an id used by the rules, a French 'fact' used in explanations, optional 'keys' (plain substrings: the patterns run only if one occurs), and 'negatable' (whether negation cues before or inside a match negate it).",
       "negation_cues": NEG, "window": 40, "signals": S}
json.dump(doc, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(S), 'signals')
