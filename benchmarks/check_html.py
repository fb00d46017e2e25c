"""Render HTML reports in headless Chromium and check the screenshots are not blank.

    python benchmarks/check_html.py outputs/runs/.../report.html cmp/comparison.html \
        [--shots DIR] [--width 1280 --height 2000]

For each page: a screenshot PNG (kept under --shots, default a temp dir), the share of
non-background pixels and the number of distinct colours, and a verdict. A page fails when
Chromium cannot render it, the shot is (nearly) one colour, or the page would need the network
(external src/href). Exit status 1 when any page fails. Needs Debian's `chromium`
(`apt-get install -y chromium`).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
# A non-blank page: at least this share of pixels differ from the background colour...
MIN_INK = 0.01
# ...and the page uses more than a handful of colours (text antialiasing alone gives dozens).
MIN_COLOURS = 16
# What a page would fetch to render (src=, <link href=); links a reader may follow (<a href=,
# e.g. evidence pointing to its article) are fine.
EXTERNAL = re.compile(
    r"""(?:\bsrc|<link\b[^>]*\bhref)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE
)


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chromium not found: apt-get install -y chromium")


def screenshot(browser: str, page: Path, png: Path, width: int, height: int) -> float:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            page.resolve().as_uri(),
        ]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        elapsed = time.perf_counter() - start
    if proc.returncode != 0 or not png.is_file():
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return elapsed


def ink_stats(png: Path) -> tuple[float, int]:
    """Share of pixels unlike the most common (background) colour, and distinct colours."""
    pixels = np.asarray(Image.open(png).convert("RGB")).reshape(-1, 3)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    ink = float(np.any(np.abs(pixels.astype(int) - background) > 16, axis=1).mean())
    return ink, len(colours)


def check(browser: str, page: Path, shots: Path, width: int, height: int) -> bool:
    png = shots / f"{page.parent.name}_{page.stem}.png"
    problems = []
    external = EXTERNAL.findall(page.read_text(encoding="utf-8"))
    if external:
        problems.append(f"{len(external)} external references (not self-contained)")
    seconds = screenshot(browser, page, png, width, height)
    ink, n_colours = ink_stats(png)
    if ink < MIN_INK or n_colours < MIN_COLOURS:
        problems.append("blank screenshot")
    size_kb = page.stat().st_size / 1024
    verdict = "OK" if not problems else "FAIL: " + "; ".join(problems)
    print(
        f"{page}: {size_kb:.0f} KiB, rendered in {seconds:.1f}s, ink {ink:.1%}, "
        f"{n_colours} colours -> {png} [{verdict}]"
    )
    return not problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--shots", type=Path, help="where to keep the screenshots")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args(argv)
    browser = find_chromium()
    shots = args.shots or Path(tempfile.mkdtemp(prefix="html-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    ok = True
    for page in args.pages:
        if not page.is_file():
            print(f"{page}: no such file [FAIL]")
            ok = False
            continue
        ok &= check(browser, page, shots, args.width, args.height)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
