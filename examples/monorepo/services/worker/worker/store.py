"""A minimal Redis client (RESP over a socket): just enough to add to a counter."""
import socket


def incrby(host: str, port: int, key: str, amount: int, timeout: float = 2.0) -> int:
    """Adds amount to the integer at key and returns the new total."""
    parts = [b"INCRBY", key.encode(), str(amount).encode()]
    payload = b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts)
    with socket.create_connection((host, port), timeout=timeout) as conn:
        conn.sendall(payload)
        reply = conn.makefile("rb").readline()
    if not reply.startswith(b":"):
        raise RuntimeError(f"unexpected reply from the store: {reply!r}")
    return int(reply[1:].strip())
