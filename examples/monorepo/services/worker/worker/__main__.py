"""Runs the worker: a job loop in one thread, /health and /stats over HTTP in the main thread.

/health answers 200 while the job loop has made progress in the last ten seconds, so the
container's HEALTHCHECK notices a stuck worker, not only a dead process. With REDIS_HOST set
(the Compose stack's db), the worker adds its progress to the `jobs:processed` counter there.
"""
import json
import os
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from worker.jobs import collatz_steps
from worker.store import incrby

state = {"processed": 0, "stored": None, "store_errors": 0, "last_progress": time.monotonic()}
BATCH = 50
stopping = threading.Event()


def work() -> None:
    host = os.environ.get("REDIS_HOST")
    port = int(os.environ.get("REDIS_PORT", "6379"))
    n = 1
    while not stopping.is_set():
        collatz_steps(n)
        n += 1
        state["processed"] += 1
        state["last_progress"] = time.monotonic()
        if host and state["processed"] % BATCH == 0:
            try:
                state["stored"] = incrby(host, port, "jobs:processed", BATCH)
            except (OSError, RuntimeError):
                state["store_errors"] += 1
        stopping.wait(0.01)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        if self.path == "/health":
            fresh = time.monotonic() - state["last_progress"] < 10
            self.reply(200 if fresh else 503, {"status": "ok" if fresh else "stuck"})
        elif self.path == "/stats":
            self.reply(200, {"service": "worker", "processed": state["processed"], "stored": state["stored"], "store_errors": state["store_errors"]})
        else:
            self.reply(404, {"error": "not found"})

    def reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def main() -> None:
    port = int(os.environ.get("PORT", "8000"))
    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    threading.Thread(target=work, daemon=True).start()

    def stop(*_args) -> None:
        stopping.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"worker listening on :{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
