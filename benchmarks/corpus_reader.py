"""Reading a JSONL corpus: the pipeline's reader vs Hugging Face `datasets`' streaming loader.

    .venv/bin/python benchmarks/corpus_reader.py [--sizes 1000 10000 100000] [--repeat 3]

For each size, writes a synthetic corpus (benchmarks/synthetic_corpus.py) and reads every
article in a fresh process per reading (so the import counts, as it does in a run):
 native    pipeline.articles.iter_articles: json per line, dates parsed once, articles built;
 datasets  datasets.load_dataset("json", data_files=..., streaming=True, features=...) with every
           mapped column typed as a string (so dates stay text for our parser), in batches of 256
           (rows only: building articles would add the native reader's per-row work on top).
Prints the median wall time (import + read) and the largest peak RSS of the repeats, their
ratios, and whether both readers saw the same ids and texts, and the same date strings (digests).
The JSON loader infers timestamps even when the features say string: "2021-09-04" comes back as
"2021-09-04 00:00:00", and "2021-09-04T01:00:00+08:00" as "2021-09-03 17:00:00" (UTC: the
article moves to the previous day).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_corpus import write_corpus  # noqa: E402

# Each prints: seconds (import + read), peak RSS in MiB, rows, digests of id+text and of dates.
_TIMED = """
import hashlib, resource, sys, time
started = time.perf_counter()
rows, dates, n = hashlib.sha256(), hashlib.sha256(), 0
{body}
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      n, rows.hexdigest()[:16], dates.hexdigest()[:16])
"""
READERS = {
    "native": """
from pipeline.articles import ArticleDataParams, iter_articles
for a in iter_articles(ArticleDataParams(path=sys.argv[1])):
    n += 1
    rows.update(f"{a.article_id}|{a.text}".encode())
    dates.update(f"{a.date_raw}|".encode())
""",
    "datasets": """
import datasets
datasets.disable_progress_bars()
columns = ("id", "text", "title", "date", "source", "url")
features = datasets.Features({c: datasets.Value("string") for c in columns})
table = datasets.load_dataset("json", data_files=sys.argv[1], split="train", streaming=True,
                              features=features)
for batch in table.iter(batch_size=256):
    for i, d, t in zip(batch["id"], batch["date"], batch["text"]):
        n += 1
        rows.update(f"{i}|{t}".encode())
        dates.update(f"{d}|".encode())
""",
}


def read_once(reader: str, corpus: Path) -> tuple[float, float, int, str, str]:
    code = _TIMED.format(body=READERS[reader])
    done = subprocess.run([sys.executable, "-c", code, str(corpus)], cwd=ROOT,
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"{reader} failed:\n{done.stderr[-3000:]}")
    seconds, rss, n, rows, dates = done.stdout.split()
    return float(seconds), float(rss), int(n), rows, dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="corpus_reader_"))
    print("Machine: 2 shared CPU cores, loaded by other jobs: read ratios, not absolutes.")
    print()
    print("| articles | MB | native s | datasets s | time ratio | native MiB | datasets MiB "
          "| RSS ratio | same ids, texts | same date strings |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|:---:|")
    for size in args.sizes:
        corpus = write_corpus(size, work / f"corpus_{size}.jsonl")
        runs = {r: [read_once(r, corpus) for _ in range(args.repeat)] for r in READERS}
        wall = {r: statistics.median(x[0] for x in runs[r]) for r in READERS}
        rss = {r: max(x[1] for x in runs[r]) for r in READERS}
        rows = {(x[2], x[3]) for r in READERS for x in runs[r]}
        same_rows = "yes" if rows == {(size, runs["native"][0][3])} else "NO"
        same_dates = "yes" if len({x[4] for r in READERS for x in runs[r]}) == 1 else "NO"
        print(f"| {size} | {corpus.stat().st_size / 1e6:.1f} | {wall['native']:.2f} | "
              f"{wall['datasets']:.2f} | {wall['datasets'] / wall['native']:.1f}x | "
              f"{rss['native']:.0f} | {rss['datasets']:.0f} | "
              f"{rss['datasets'] / rss['native']:.1f}x | {same_rows} | {same_dates} |",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
