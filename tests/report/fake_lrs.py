"""A tiny Learning Record Store on 127.0.0.1 for tests: checks what a real LRS would check."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .xapi_checks import statement_problems


class FakeLRS:
    def __init__(self, user: str = "trainer", password: str = "s3cret") -> None:
        self.user = user
        self.password = password
        self.received: list[dict[str, Any]] = []
        self.requests: list[dict[str, str]] = []
        self.rejections: list[str] = []
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def _answer(self, code: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Experience-API-Version", "1.0.3")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                lrs.requests.append({k.lower(): v for k, v in self.headers.items()})
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/xapi/statements":
                    return self._answer(404, {"error": f"no resource {self.path}"})
                expected = base64.b64encode(f"{lrs.user}:{lrs.password}".encode()).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    return self._answer(401, {"error": "bad credentials"})
                if self.headers.get("X-Experience-API-Version") != "1.0.3":
                    return self._answer(400, {"error": "missing X-Experience-API-Version"})
                if not self.headers.get("Content-Type", "").startswith("application/json"):
                    return self._answer(400, {"error": "content type"})
                batch = json.loads(raw)
                if isinstance(batch, dict):
                    batch = [batch]
                problems = [p for s in batch for p in statement_problems(s)]
                if problems:
                    lrs.rejections.extend(problems)
                    return self._answer(400, {"error": "; ".join(problems)})
                ids = {s["id"] for s in lrs.received}
                lrs.received.extend(s for s in batch if s["id"] not in ids)
                return self._answer(200, [s["id"] for s in batch])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/xapi/"

    def __enter__(self) -> FakeLRS:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
