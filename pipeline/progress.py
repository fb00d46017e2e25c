"""Progress of long stages: a tqdm bar (counts, rate, ETA) on a terminal, else a log line per
batch."""

from __future__ import annotations

import logging
import sys
import time

log = logging.getLogger("pipeline.progress")


class Progress:
    """Counts batches and items of one stage. `total` is in batches when known."""

    def __init__(self, desc: str, total: int | None = None, unit: str = "batch") -> None:
        self.desc, self.total, self.unit = desc, total, unit
        self.batches = self.items = 0
        self.started = time.perf_counter()
        self._bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit=unit, dynamic_ncols=True)

    def update(self, items: int, note: str = "") -> None:
        self.batches += 1
        self.items += items
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.items} items {note}".strip(), refresh=False)
            self._bar.update(1)
            return
        elapsed = time.perf_counter() - self.started
        of = f"/{self.total}" if self.total else ""
        eta = ""
        if self.total:
            eta = f", ETA {elapsed / self.batches * (self.total - self.batches):.0f}s"
        log.info(
            "%s: %s %d%s, %d items, %.1fs%s %s",
            self.desc, self.unit, self.batches, of, self.items, elapsed, eta, note,
        )  # fmt: skip

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
