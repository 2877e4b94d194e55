"""The work itself: a small, deterministic job the worker repeats."""


def collatz_steps(n: int) -> int:
    """How many Collatz steps take n to 1."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
