"""Serve the assistant web app outside DSS: the same HTML, CSS and JS, the same ``POST /turn``.

Standard library only. The page is ``webapps/complaint-orientation-assistant/body.html``
wrapped in a full document with its ``style.css`` and ``app.js`` inlined, as DSS does.
Listens on 127.0.0.1 only. Nothing of the descriptions is stored or logged.

Usage: ``python tools/assistant_server.py --model-dir out/assistant-model [--port 8765]``
(``--port 0`` picks a free port; the first line printed is the address).
"""

from __future__ import annotations

import argparse
import logging
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python-lib"))
from orientation.artefacts import LocalStorage  # noqa: E402
from orientation.assistant import MAX_BODY_BYTES, Assistant, handle_turn_request  # noqa: E402
from orientation.models import load_model  # noqa: E402

WEBAPP = ROOT / "webapps" / "complaint-orientation-assistant"
logger = logging.getLogger("assistant_server")


def render_page(webapp_dir: Path = WEBAPP) -> bytes:
    """body.html in a full French document, with style.css and app.js inlined (no external file)."""
    body = (webapp_dir / "body.html").read_text(encoding="utf-8")
    css = (webapp_dir / "style.css").read_text(encoding="utf-8")
    js = (webapp_dir / "app.js").read_text(encoding="utf-8")
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Assistant d'orientation des plaintes</title>\n"
        f"<style>\n{css}</style>\n</head>\n<body>\n{body}\n<script>\n{js}</script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def make_handler(assistant: Assistant, page: bytes):
    class Handler(BaseHTTPRequestHandler):
        server_version = "orientation-assistant"

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Security-Policy",
                             "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, body: dict) -> None:
            import json

            self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path in ("/", "/index.html"):
                self._send(200, page, "text/html; charset=utf-8")
            elif self.path == "/health":
                self._json(200, {"status": "ok", "algorithm": assistant.model.algorithm})
            else:
                self._json(404, {"error": {"code": "E715", "field": "path", "message": "Page introuvable."}})

        def do_POST(self) -> None:  # noqa: N802
            if self.path != "/turn":
                self._json(404, {"error": {"code": "E715", "field": "path", "message": "Page introuvable."}})
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY_BYTES:
                status, body = handle_turn_request(assistant, b"x" * (MAX_BODY_BYTES + 1))
                self.close_connection = True
                self._json(status, body)
                return
            status, body = handle_turn_request(assistant, self.rfile.read(length))
            self._json(status, body)

        def log_message(self, fmt: str, *args) -> None:  # method, path and status only; never a body
            logger.info("%s %s", self.address_string(), fmt % args)

    return Handler


def serve(model_dir: str, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """A server ready to ``serve_forever()``; ``server.server_address`` holds the port chosen."""
    assistant = Assistant(load_model(LocalStorage(model_dir)))
    return ThreadingHTTPServer((host, port), make_handler(assistant, render_page()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", required=True, help="Model folder written by 'python -m orientation train'.")
    parser.add_argument("--port", type=int, default=8765, help="Port on 127.0.0.1 (default 8765; 0: a free one).")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    server = serve(args.model_dir, port=args.port)
    host, port = server.server_address[:2]
    print(f"http://{host}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
