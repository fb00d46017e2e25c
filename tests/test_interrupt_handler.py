"""The SIGINT handler: Ctrl-C inside a finaliser is deferred to the next checkpoint, not lost."""

import signal
import sys

import pytest

from pipeline import interrupt


@pytest.fixture
def handler(monkeypatch):
    monkeypatch.setattr(interrupt, "_requested", False)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    interrupt.install()
    yield
    signal.signal(signal.SIGINT, previous)


class SignalledWhileCollected:
    def __del__(self):
        signal.raise_signal(signal.SIGINT)  # Ctrl-C while garbage collection runs this


def test_ctrl_c_outside_a_finaliser_raises_at_once(handler):
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)


def test_ctrl_c_inside_a_finaliser_is_kept_for_the_next_checkpoint(handler, monkeypatch):
    swallowed = []
    monkeypatch.setattr(sys, "unraisablehook", swallowed.append)
    obj = SignalledWhileCollected()
    del obj  # Python's own handler would raise here, and Python would print and drop it
    assert swallowed == []
    with pytest.raises(KeyboardInterrupt):
        interrupt.raise_if_requested()


def test_no_checkpoint_raises_without_a_ctrl_c(handler):
    interrupt.raise_if_requested()


def test_an_ignored_sigint_stays_ignored(monkeypatch):
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        interrupt.install()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
