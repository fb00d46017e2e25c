"""Derive the demonym table (pipeline/demonym_table.py) from the mledoze/countries data set.

Each country's English demonyms (`demonyms.eng`, masculine and feminine) under every English
name a study may give it: the common and official names and the Latin-script alternative
spellings of four or more letters (not the two-letter codes or native-script names), plus
ALSO_CALLED (English exonyms the data set lacks). A name two countries share is dropped.

Usage (after the `fetch` tool or a git clone brought the repository):
  python scripts/derive_demonyms.py COUNTRIES_GIT_DIR > pipeline/demonym_table.py
The argument is a git directory (bare or not); countries.json is read from its HEAD commit.
"""

from __future__ import annotations

import json
import subprocess
import sys

# English names in wire copy that the data set lists under another form.
ALSO_CALLED = {
    "Turkey": "Türkiye",  # its common name there; "Republic of Turkey" is only an alt spelling
}


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def _english(name: str) -> bool:
    return len(name) >= 4 and name.isascii() and not name.isupper()


def derive(countries: list[dict]) -> dict[str, list[str]]:
    by_name: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    for country in countries:
        demonyms = country.get("demonyms", {}).get("eng", {})
        # "Bosnian, Herzegovinian": one field may hold two demonyms
        forms = {form for field in demonyms.values() if field for form in field.split(", ")}
        if not forms:
            continue
        common = country["name"]["common"]
        names = {common, country["name"]["official"], *country.get("altSpellings", [])}
        names |= {alias for alias, listed in ALSO_CALLED.items() if listed == common}
        for name in filter(_english, names):
            by_name.setdefault(name, set()).update(forms)
            owners.setdefault(name, set()).add(common)
    return {n: sorted(f) for n, f in sorted(by_name.items()) if len(owners[n]) == 1}


def main(git_dir: str) -> None:
    commit = _git(git_dir, "rev-parse", "HEAD").strip()
    table = derive(json.loads(_git(git_dir, "show", "HEAD:countries.json")))
    print('"""Demonyms of states, derived from mledoze/countries (generated; do not edit).')
    print()
    print("Regenerate: python scripts/derive_demonyms.py COUNTRIES_GIT > pipeline/demonym_table.py")
    print(f"Source: github:mledoze/countries@{commit} (countries.json, ODbL 1.0)")
    print(f"{len(table)} names.")
    print('"""')
    print()
    print("DEMONYMS: dict[str, tuple[str, ...]] = {")
    for name, forms in table.items():
        quoted = ", ".join(json.dumps(f, ensure_ascii=False) for f in forms)
        one = "," if len(forms) == 1 else ""  # a one-element tuple needs its comma
        print(f"    {json.dumps(name, ensure_ascii=False)}: ({quoted}{one}),")
    print("}")


if __name__ == "__main__":
    main(sys.argv[1])
