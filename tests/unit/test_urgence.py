import pytest

from orientation.signals import load_extractor
from orientation.urgence import load_urgence


@pytest.fixture(scope="module")
def detect():
    ex = load_extractor()
    u = load_urgence(ex)
    return lambda text: u.detect(ex.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mon mari me frappe en ce moment, il est dans la cuisine, aidez-moi",
        "Quelqu'un est en train de forcer ma porte, j'entends du bruit",
        "Il est devant ma porte avec un couteau et dit qu'il va me tuer",
        "Mon fils dit qu'il va se suicider ce soir",
        "Quelqu'un a posté sur le groupe de la classe qu'il va tirer au lycée demain",
    ],
)
def test_emergencies_raise_the_flag(detect, text):
    assert detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Il y a trois mois il m'a menacé avec un couteau, il est en prison maintenant.",
        "On m'a volé mon vélo la semaine dernière devant la gare.",
        "Des achats en ligne que je n'ai pas faits, ma carte est dans mon portefeuille.",
    ],
)
def test_past_facts_do_not(detect, text):
    assert detect(text) is None
