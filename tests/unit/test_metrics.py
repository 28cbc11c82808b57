import numpy as np
import pytest

from orientation.metrics import macro_f1, metrics_frame


def test_metrics_match_hand_computation():
    y = np.array([0, 0, 1, 1, 2])
    p = np.array([0, 1, 1, 1, 0])
    m = metrics_frame(y, p, ("A", "B", "C"), "validation")
    get = lambda ch, metric: m[(m.channel == ch) & (m.metric == metric) & (m.kind == "channel")].value.item()
    assert get("A", "precision") == pytest.approx(0.5)
    assert get("B", "recall") == pytest.approx(1.0)
    assert get("B", "precision") == pytest.approx(2 / 3)
    assert get("C", "f1") == 0.0
    overall = m[m.kind == "overall"].set_index("metric").value
    assert overall["macro_f1"] == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert overall["accuracy"] == pytest.approx(0.6)
    conf = m[m.kind == "confusion"]
    assert len(conf) == 9 and conf.value.sum() == 5
    assert conf[(conf.channel == "A") & (conf.predicted == "B")].value.item() == 1


def test_macro_f1_ignores_absent_classes():
    assert macro_f1(np.array([0, 0]), np.array([0, 0]), 3) == 1.0
