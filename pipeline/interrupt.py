"""Ctrl-C that is never lost to a finaliser.

Python's own SIGINT handler raises KeyboardInterrupt in whatever Python code the main thread is
running. When that code is a finaliser (a `__del__` run by garbage collection, as the regex
package's are at any allocation, or a `weakref.finalize` callback), Python prints "Exception
ignored in ..." with a traceback and carries on, so the run finishes as if Ctrl-C never came
(seen in CI: exit 0 after SIGINT). This handler raises only outside finalisers; inside one it
records the request, and the next checkpoint (`raise_if_requested`, called between batches and
at the end of a job) raises it where it can be handled.
"""

from __future__ import annotations

import signal
from types import FrameType

_requested = False


def install() -> None:
    """Take over SIGINT, unless it is ignored (a launcher's choice this process keeps)."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)


def raise_if_requested() -> None:
    """Raise the KeyboardInterrupt a finaliser could not take."""
    if _requested:
        raise KeyboardInterrupt


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    global _requested
    _requested = True
    if not _in_finaliser(frame):
        raise KeyboardInterrupt


def _in_finaliser(frame: FrameType | None) -> bool:
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or (
            code.co_name == "__call__" and code.co_filename.endswith("weakref.py")
        ):
            return True
        frame = frame.f_back
    return False
