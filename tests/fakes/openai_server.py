"""A scriptable OpenAI-compatible chat-completions server on 127.0.0.1, for tests (it also answers
Ollama's /api/chat, so the Ollama provider runs its real client code too).

The test gives a `script`: a function from the received request body to a `Reply` (text, HTTP status,
delays). The server speaks both plain JSON and streaming SSE (`"stream": true`), like the real API,
and records every request so tests can look at the prompt the model was actually sent.
"""
from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    text: str = ""
    status: int = 200
    delay: float = 0.0        # seconds before the response starts (past the client's time-out = "slow model")
    chunk_delay: float = 0.0  # seconds between streamed pieces
    chunks: list[str] | None = None  # how the text is streamed; default: word by word


Script = Callable[[dict], Reply]


def _pieces(text: str) -> list[str]:
    return re.findall(r"\S+\s*|\s+", text) or [""]


class FakeOpenAI:
    """Start with `with FakeOpenAI(script) as server:`; `server.base_url` goes into TROLY_LLM_BASE_URL."""

    def __init__(self, script: Script | Reply | str) -> None:
        if isinstance(script, str):
            script = Reply(script)
        self.script: Script = script if callable(script) else (lambda _req, r=script: r)
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append({"path": self.path, "body": body})
                if self.path.rstrip("/") == "/api/chat":  # Ollama's native API
                    reply = fake.script(body)
                    if reply.delay:
                        time.sleep(reply.delay)
                    if reply.status != 200:
                        return self._json(reply.status, {"error": "scripted failure"})
                    return self._ollama(body, reply)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                reply = fake.script(body)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    return self._json(reply.status, {"error": {"message": "scripted failure", "type": "server_error"}})
                if body.get("stream"):
                    return self._stream(body, reply)
                return self._json(200, {
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "fake"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply.text}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

            def _json(self, status: int, obj: dict) -> None:
                data = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _ollama(self, body: dict, reply: Reply) -> None:
                """Newline-delimited JSON, as Ollama streams (it always does unless told not to)."""
                def line(content: str, done: bool) -> bytes:
                    obj = {"model": body.get("model", "fake"), "created_at": "2026-01-01T00:00:00Z",
                           "message": {"role": "assistant", "content": content}, "done": done}
                    if done:
                        obj.update(done_reason="stop", total_duration=1, load_duration=1, prompt_eval_count=1,
                                   prompt_eval_duration=1, eval_count=1, eval_duration=1)
                    return (json.dumps(obj) + "\n").encode()

                if body.get("stream") is False:
                    data = line(reply.text, True)
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                try:
                    for piece in reply.chunks if reply.chunks is not None else _pieces(reply.text):
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                        self.wfile.write(line(piece, False))
                        self.wfile.flush()
                    self.wfile.write(line("", True))
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, body: dict, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def event(delta: dict, finish: str | None = None) -> None:
                    chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": body.get("model", "fake"),
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()

                try:
                    event({"role": "assistant", "content": ""})
                    for piece in reply.chunks if reply.chunks is not None else _pieces(reply.text):
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                        event({"content": piece})
                    event({}, "stop")
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (time-out)
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def root_url(self) -> str:
        """For Ollama (ChatOllama talks to /api/chat under this)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- helpers for scripts and assertions ---------------------------------------------
    @staticmethod
    def messages(body: dict) -> list[tuple[str, str]]:
        return [(m["role"], m["content"] if isinstance(m["content"], str) else json.dumps(m["content"]))
                for m in body.get("messages", [])]

    def answer_requests(self) -> list[dict]:
        return [r["body"] for r in self.requests if r["body"].get("stream")]
