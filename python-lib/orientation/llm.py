"""Orientation by prompting an LLM with the guide as context (prompt building, parsing, backends).

The prompt is built from the plugin's own data: the channel catalogue, the decision
procedure and the project decisions from ``resource/``, and the k labelled examples most
similar to the description (character n-gram similarity over the training rows). The
answer must be strict JSON (``channel``, ``urgence``, ``reason``); it is validated against
the catalogue, retried once when malformed, and otherwise the row falls back to a trained
model. Descriptions are pseudonymised before they leave the process, and never logged.

Backends: an OpenAI-compatible chat-completions endpoint over HTTP (a model served inside
the data lab; the key comes from an environment variable, never from the model folder), and
in DSS the LLM Mesh (``dku_llm.py``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from .catalogue import RESOURCE_DIR, Catalogue
from .errors import SettingsError
from .text import Pseudonymizer, normalize_text

logger = logging.getLogger(__name__)

PROMPT_VERSION = "orientation.prompt.v1"
MAX_EXAMPLE_CHARS = 600
MAX_PROMPT_CHARS = 24_000


class CompletionBackend(Protocol):
    def complete(self, messages: list[dict], *, temperature: float = 0.0) -> str: ...


@dataclass
class HttpChatBackend:
    """OpenAI-compatible ``/chat/completions`` over HTTP, temperature 0.

    Args:
        endpoint (str): base URL, e.g. ``http://host:port/v1``.
        model (str): model name the server expects.
        api_key_env (str): environment variable holding the key, if the server needs one.
        timeout (float): seconds per request.
    """

    endpoint: str
    model: str
    api_key_env: str = "ORIENTATION_LLM_API_KEY"
    timeout: float = 60.0

    def complete(self, messages: list[dict], *, temperature: float = 0.0) -> str:
        url = self.endpoint.rstrip("/") + "/chat/completions"
        body = json.dumps({"model": self.model, "messages": messages, "temperature": temperature}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, TimeoutError, json.JSONDecodeError) as exc:
            raise ConnectionError(f"LLM endpoint {url} failed: {type(exc).__name__}") from None
        return payload["choices"][0]["message"]["content"]


def guide_context(catalogue: Catalogue) -> str:
    """The catalogue and the decision procedure, in French, for the system prompt."""
    lines = ["Tu orientes la description d'une victime vers l'un des canaux en ligne du ministère de l'Intérieur.",
             "Canaux (identifiant : nom — ce qu'il prend) :"]
    lines += [f"- {c.id} : {c.name} — {c.scope}" for c in catalogue.channels]
    lines += [
        "Procédure (la première étape qui s'applique donne le canal) :",
        "1. PNAV : violences sexuelles ou sexistes, violences conjugales ou intrafamiliales, harcèlement, "
        "discrimination ou haine qui visent la victime, chantage sexuel d'un mineur, images intimes diffusées.",
        "2. PERCEVAL : paiements en ligne sans le titulaire alors que la carte est toujours en sa possession.",
        "3. THESEE : escroquerie, chantage ou extorsion sur internet par une personne jamais rencontrée ; "
        "pour un piratage ou un chantage, de l'argent a été demandé.",
        "4. PEL : vol, dégradation ou escroquerie hors internet, auteur que la victime ne peut pas nommer, en France.",
        "5. PHAROS : contenu public illicite vu en ligne, sans en être personnellement la cible.",
        "6. COMMISSARIAT : tous les autres cas (violences, auteur connu, faits à l'étranger, entreprise victime...).",
        "URGENCE (indépendante du canal) : faits en cours, auteur présent ou sur le point de revenir, menace "
        "imminente, arme, blessé, enfant en danger immédiat, suicide annoncé.",
    ]
    decisions = RESOURCE_DIR / "rules" / "decisions.md"
    if decisions.exists():
        bullets = [ln.strip() for ln in decisions.read_text(encoding="utf-8").splitlines() if ln.startswith("- **")]
        lines.append("Décisions du projet pour les cas limites :")
        lines += [re.sub(r"\*\*", "", b)[:300] for b in bullets[:60]]
    lines.append('Réponds uniquement par un objet JSON : {"channel": "<identifiant>", "urgence": 0 ou 1, '
                 '"reason": "<une phrase en français>"}.')
    return "\n".join(lines)


def build_messages(text: str, examples: list[tuple[str, str]], catalogue: Catalogue) -> list[dict]:
    """System prompt with the guide, few-shot examples, then the pseudonymised description."""
    messages = [{"role": "system", "content": guide_context(catalogue)}]
    budget = MAX_PROMPT_CHARS - len(messages[0]["content"]) - len(text)
    for ex_text, ex_label in examples:
        shot = ex_text[:MAX_EXAMPLE_CHARS]
        budget -= len(shot) + 80
        if budget < 0:
            break
        messages.append({"role": "user", "content": shot})
        messages.append({"role": "assistant", "content": json.dumps({"channel": ex_label, "urgence": 0, "reason": ""},
                                                                     ensure_ascii=False)})
    messages.append({"role": "user", "content": text[:MAX_PROMPT_CHARS // 2]})
    return messages


_JSON_OBJECT = re.compile(r"\{.*?\}", re.DOTALL)


def parse_answer(raw: str, channels: tuple[str, ...]) -> tuple[str, int, str] | None:
    """(channel, urgence, reason) from the model's answer, or None when unusable.

    Accepts extra text around one JSON object; refuses unknown channels and refusals.
    """
    if not isinstance(raw, str):
        return None
    for match in _JSON_OBJECT.finditer(raw):
        try:
            obj = json.loads(match.group())
        except json.JSONDecodeError:
            continue
        channel = str(obj.get("channel", "")).strip().upper()
        if channel not in channels:
            continue
        urgence = 1 if str(obj.get("urgence", 0)).strip() in ("1", "true", "True") else 0
        return channel, urgence, str(obj.get("reason", ""))[:300]
    return None


@dataclass
class LLMResult:
    channel: str | None
    urgence: int
    reason: str
    status: str  # "llm", "llm_retry" or "fallback"


class LLMOrienter:
    """Ask the LLM for each description, with retry, fallback and a call cap.

    Args:
        backend (CompletionBackend): where completions come from.
        catalogue (Catalogue): valid channels and their descriptions.
        examples (list[tuple[str, str]]): labelled training rows (pseudonymised text, channel).
        k (int): examples per prompt, the most similar first.
        max_calls (int): cap on calls per run; past it, rows fall back.
    """

    def __init__(self, backend: CompletionBackend, catalogue: Catalogue, examples: list[tuple[str, str]], *,
                 k: int = 4, max_calls: int = 10_000) -> None:
        if k < 0 or max_calls < 0:
            raise SettingsError("E210 LLM: k and max_calls must be zero or more.")
        self.backend = backend
        self.catalogue = catalogue
        self.examples = examples
        self.k = k
        self.max_calls = max_calls
        self.calls = 0
        self.pseudonymizer = Pseudonymizer()
        self._index = None
        if examples and k:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
            self._index = self._vectorizer.fit_transform([t for t, _ in examples])

    def nearest(self, text: str) -> list[tuple[str, str]]:
        if self._index is None:
            return []
        sims = (self._index @ self._vectorizer.transform([text]).T).toarray().ravel()
        return [self.examples[i] for i in sims.argsort()[::-1][: self.k]]

    def orient(self, text: str) -> LLMResult:
        clean = self.pseudonymizer.pseudonymize(normalize_text(text))[0]
        messages = build_messages(clean, self.nearest(clean), self.catalogue)
        for attempt in (0, 1):
            if self.calls >= self.max_calls:
                break
            self.calls += 1
            started = time.perf_counter()
            try:
                raw = self.backend.complete(messages, temperature=0.0)
            except ConnectionError as exc:
                logger.warning("LLM call failed (%s)", exc)
                raw = None
            logger.debug("LLM call in %.2f s, prompt %d characters", time.perf_counter() - started,
                         sum(len(m["content"]) for m in messages))
            parsed = parse_answer(raw, self.catalogue.ids) if raw is not None else None
            if parsed:
                return LLMResult(parsed[0], parsed[1], parsed[2], "llm" if attempt == 0 else "llm_retry")
        return LLMResult(None, 0, "", "fallback")
