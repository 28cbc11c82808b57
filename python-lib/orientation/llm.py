"""Orientation by prompting an LLM with the guide as context (prompt building, parsing, backends).

The prompt is built from the plugin's own data: the channel catalogue, the decision
procedure and the project decisions from ``resource/``, and the k labelled examples most
similar to the description (character n-gram similarity over the training rows). The
answer must be strict JSON (``channel``, ``urgence``, ``reason``); it is validated against
the catalogue, retried once when malformed, and otherwise the row falls back to a trained
model. Descriptions and examples are pseudonymised before they leave the process, and never
logged: log lines carry counts, token counts and latencies only.

Backends share one interface, ``complete(messages, *, temperature) -> Completion | str``,
and raise :class:`LLMCallError` when the call itself fails: an OpenAI-compatible
chat-completions endpoint over HTTP (a model served inside the data lab; the key comes from
an environment variable, never from the model folder), and in DSS the LLM Mesh
(``python-lib/dku_llm.py``).

Each row ends with one status: ``llm`` (first answer valid), ``llm_retry`` (second answer
valid), ``cache`` (answer reused), ``fallback_malformed`` (two unusable answers),
``fallback_error`` (the call failed), ``fallback_cap`` (the run's call cap was reached).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from .catalogue import RESOURCE_DIR, Catalogue
from .errors import SettingsError
from .text import Pseudonymizer, normalize_text

logger = logging.getLogger(__name__)

PROMPT_VERSION = "orientation.prompt.v1"
MAX_EXAMPLE_CHARS = 600
MAX_PROMPT_CHARS = 24_000
MIN_TEXT_CHARS = 2_000
STATUSES = ("llm", "llm_retry", "cache", "fallback_malformed", "fallback_error", "fallback_cap")
CACHE_PREFIX = "llm-cache/"


class LLMCallError(ConnectionError):
    """The LLM call itself failed (network, service error, unreadable response)."""


@dataclass
class Completion:
    """One answer of a backend, with its token usage when the service reports it."""

    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class CompletionBackend(Protocol):
    def complete(self, messages: list[dict], *, temperature: float = 0.0) -> Completion | str: ...


def safe_error_text(message: object, messages: list[dict], limit: int = 160) -> str:
    """An error message of the LLM service, fit for a log line.

    Some services echo part of the prompt in their errors; any message sharing a run of 24
    characters with what was sent is withheld, so no description reaches the logs.
    """
    text = " ".join(str(message or "unknown error").split())[:limit]
    sent = "\n".join(str(m.get("content", "")) for m in messages)
    for i in range(0, max(len(text) - 24, 0) + 1, 4):
        if text[i:i + 24] and text[i:i + 24] in sent:
            return f"[error message of {len(text)} characters withheld: it quotes the prompt]"
    return text


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

    def complete(self, messages: list[dict], *, temperature: float = 0.0) -> Completion:
        url = self.endpoint.rstrip("/") + "/chat/completions"
        body = json.dumps({"model": self.model, "messages": messages, "temperature": temperature}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        try:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
            text = payload["choices"][0]["message"]["content"]
        except (urllib.error.URLError, TimeoutError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMCallError(f"LLM endpoint {url} failed: {type(exc).__name__}") from None
        usage = payload.get("usage") or {}
        return Completion(str(text), int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0))


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
    # The description keeps what the guide leaves of the budget (at least MIN_TEXT_CHARS), then examples fill the rest.
    text = text[:max(MIN_TEXT_CHARS, MAX_PROMPT_CHARS - len(messages[0]["content"]))]
    budget = MAX_PROMPT_CHARS - len(messages[0]["content"]) - len(text)
    for ex_text, ex_label in examples:
        shot = ex_text[:MAX_EXAMPLE_CHARS]
        budget -= len(shot) + 80
        if budget < 0:
            break
        messages.append({"role": "user", "content": shot})
        messages.append({"role": "assistant", "content": json.dumps({"channel": ex_label, "urgence": 0, "reason": ""},
                                                                     ensure_ascii=False)})
    messages.append({"role": "user", "content": text})
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
        if not isinstance(obj, dict):
            continue
        channel = str(obj.get("channel", "")).strip().upper()
        if channel not in channels:
            continue
        urgence = 1 if str(obj.get("urgence", 0)).strip() in ("1", "true", "True") else 0
        return channel, urgence, str(obj.get("reason", ""))[:300]
    return None


def cache_key(pseudonymised_text: str, prompt_version: str, model_id: str) -> str:
    """SHA-256 of the pseudonymised text, the prompt version and the model id."""
    return hashlib.sha256("\x1f".join((prompt_version, model_id, pseudonymised_text)).encode("utf-8")).hexdigest()


class AnswerCache:
    """Valid answers keyed by :func:`cache_key`, in memory and optionally in a folder.

    With a storage (a managed folder in DSS, a directory on the command line), the entries
    already there are read at start, and each :meth:`flush` writes the new ones as one more
    JSON shard under ``llm-cache/``, by streams. Entries hold the key, channel, urgence and
    reason: never a description.

    Args:
        storage: optional :class:`orientation.artefacts.Storage`.
    """

    def __init__(self, storage=None) -> None:
        self.storage = storage
        self.entries: dict[str, list] = {}
        self._new: dict[str, list] = {}
        self._shard = 0
        self._run = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
        if storage is not None:
            for name in storage.list():
                if name.startswith(CACHE_PREFIX) and name.endswith(".json"):
                    try:
                        self.entries.update(json.loads(storage.get(name).decode("utf-8")))
                    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
                        logger.warning("LLM cache: shard %s is unreadable and is ignored", name)
            logger.info("LLM cache: %d answers read from the cache folder", len(self.entries))

    def get(self, key: str) -> tuple[str, int, str] | None:
        entry = self.entries.get(key)
        return (entry[0], int(entry[1]), entry[2]) if entry else None

    def put(self, key: str, answer: tuple[str, int, str]) -> None:
        self.entries[key] = self._new[key] = list(answer)

    def flush(self) -> int:
        """Write the entries added since the last flush; returns how many."""
        n = len(self._new)
        if self.storage is not None and n:
            self._shard += 1
            name = f"{CACHE_PREFIX}{self._run}-{self._shard:05d}.json"
            self.storage.put(name, json.dumps(self._new, ensure_ascii=False).encode("utf-8"))
        self._new = {}
        return n


@dataclass
class LLMResult:
    channel: str | None
    urgence: int
    reason: str
    status: str  # one of STATUSES


class LLMOrienter:
    """Ask the LLM for each description, with cache, retry, fallback and a call cap.

    Args:
        backend (CompletionBackend): where completions come from.
        catalogue (Catalogue): valid channels and their descriptions.
        examples (list[tuple[str, str]]): labelled training rows (text, channel); pseudonymised
            again here, so nothing unmasked can reach a prompt.
        k (int): examples per prompt, the most similar first.
        max_calls (int): cap on calls per run; past it, rows fall back (``fallback_cap``).
        cache (AnswerCache | None): reuse of valid answers; None for no cache.
        model_id (str): the LLM's id, part of the cache key.
        prompt_version (str): part of the cache key.
        mask (ProperNounMask | None): when given, first names and towns become ``[NOM]`` in the
            descriptions and examples sent (the ``llm`` family passes its fallback's mask).

    Attributes:
        calls (int): calls made in this run. ``stats`` (Counter): statuses, tokens, latency.
    """

    def __init__(self, backend: CompletionBackend, catalogue: Catalogue, examples: list[tuple[str, str]], *,
                 k: int = 4, max_calls: int = 10_000, cache: AnswerCache | None = None, model_id: str = "",
                 prompt_version: str = PROMPT_VERSION, mask=None) -> None:
        if k < 0 or max_calls < 0:
            raise SettingsError("E210 LLM: k and max_calls must be zero or more.")
        self.backend = backend
        self.catalogue = catalogue
        self.pseudonymizer = Pseudonymizer()
        self.mask = mask
        self.examples = [(self._clean(t), y) for t, y in examples]
        self.k = k
        self.max_calls = max_calls
        self.cache = cache
        self.model_id = model_id
        self.prompt_version = prompt_version
        self.calls = 0
        self.stats: Counter = Counter()
        self._index = None
        if self.examples and k:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
            self._index = self._vectorizer.fit_transform([t for t, _ in self.examples])

    def nearest(self, text: str) -> list[tuple[str, str]]:
        if self._index is None:
            return []
        sims = (self._index @ self._vectorizer.transform([text]).T).toarray().ravel()
        return [self.examples[i] for i in sims.argsort()[::-1][: self.k]]

    def _call(self, messages: list[dict]) -> str | None:
        """One call; None when it failed. Counts tokens and latency, never logs content."""
        self.calls += 1
        self.stats["calls"] += 1
        started = time.perf_counter()
        try:
            answer = self.backend.complete(messages, temperature=0.0)
        except ConnectionError as exc:
            self.stats["errors"] += 1
            logger.warning("LLM call failed: %s", safe_error_text(exc, messages))
            return None
        finally:
            seconds = time.perf_counter() - started
            self.stats["latency_ms"] += int(seconds * 1000)
            self.stats["latency_max_ms"] = max(self.stats["latency_max_ms"], int(seconds * 1000))
        if isinstance(answer, Completion):
            self.stats["prompt_tokens"] += answer.prompt_tokens
            self.stats["completion_tokens"] += answer.completion_tokens
            return answer.text
        return answer

    def _clean(self, text: str) -> str:
        """Normalised and pseudonymised; first names and towns masked too when a mask is given."""
        clean = self.pseudonymizer.pseudonymize(normalize_text(text))[0]
        return self.mask.transform([clean])[0] if self.mask is not None else clean

    def orient(self, text: str) -> LLMResult:
        """Orient one description (pseudonymised here before anything else)."""
        clean = self._clean(text)
        key = cache_key(clean, self.prompt_version, self.model_id)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return self._done(LLMResult(*hit, "cache"))
        messages = build_messages(clean, self.nearest(clean), self.catalogue)
        failure = "fallback_malformed"
        for attempt in (0, 1):
            if self.calls >= self.max_calls:
                failure = "fallback_cap"
                break
            raw = self._call(messages)
            if raw is None:
                failure = "fallback_error"
                continue
            parsed = parse_answer(raw, self.catalogue.ids)
            if parsed:
                if self.cache is not None:
                    self.cache.put(key, parsed)
                return self._done(LLMResult(*parsed, "llm" if attempt == 0 else "llm_retry"))
            failure = "fallback_malformed"
        return self._done(LLMResult(None, 0, "", failure))

    def _done(self, result: LLMResult) -> LLMResult:
        self.stats[result.status] += 1
        return result

    def orient_batch(self, texts: list[str]) -> list[LLMResult]:
        """Orient a chunk, then log one line of counts, tokens and latency (no text)."""
        before = Counter(self.stats)
        results = [self.orient(t) for t in texts]
        d = {k: self.stats[k] - before[k] for k in (*STATUSES, "calls", "errors", "prompt_tokens",
                                                     "completion_tokens", "latency_ms")}
        written = self.cache.flush() if self.cache is not None else 0
        logger.info(
            "LLM chunk: %d rows, %d calls (run total %d of at most %d), %d from cache (%d new entries); "
            "llm %d, llm_retry %d, fallback_malformed %d, fallback_error %d, fallback_cap %d; "
            "tokens prompt %d, completion %d; latency mean %.2f s, max %.2f s (run)",
            len(texts), d["calls"], self.calls, self.max_calls, d["cache"], written, d["llm"], d["llm_retry"],
            d["fallback_malformed"], d["fallback_error"], d["fallback_cap"], d["prompt_tokens"],
            d["completion_tokens"], d["latency_ms"] / 1000 / max(d["calls"], 1), self.stats["latency_max_ms"] / 1000,
        )
        return results
