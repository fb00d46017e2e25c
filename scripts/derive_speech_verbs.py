"""Derive the speech-verb lexicon (pipeline/attribution/speech_verbs.py) from two public resources.

A verb is a speech verb when either resource says it reports what someone communicates:
- English WordNet (github:globalwordnet/english-wordnet, src/yaml): a verb sense in the
  verb.communication lexicographer file (sense key lexfile 32) whose subcategorisation frames
  include `via-that` ("Somebody ----s that CLAUSE");
- VerbNet 3.4 (github:cu-clear/verbnet, verbnet3.4/): a member of a verbs-of-communication
  class (37.*) with a frame whose primary description introduces a quotation (`S-Quote`) or a
  that-clause (`that S`), except 37.4 (instrument of communication: phone, fax, radio).
Single-word lemmas only (phrasal verbs need their particle and stay hand-listed in lexicon.py),
minus EXCLUDED (senses that are overwhelmingly non-speech in news, listed with the reason).

Usage (after the `fetch` tool or a git clone brought both repositories):
  python scripts/derive_speech_verbs.py WORDNET_GIT_DIR VERBNET_GIT_DIR \
      > pipeline/attribution/speech_verbs.py
Both arguments are git directories (bare or not); files are read from their HEAD commit.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import yaml

# Lemmas both resources list but that in news copy mostly mean something else.
EXCLUDED = {
    # Senses that exist, but in news copy the word mostly names an act, a thing or a thought.
    **dict.fromkeys(
        "account affect anticipate arrange bare bet blow break calculate certificate condition "
        "consider count cut designate discover disregard enter evidence exact file gag gas gather "
        "hold ignore inject insert kick lodge make mind move pipe plain point predestine provide "
        "qualify reason record repay resolve return show sham siss sizz specialise specialize "
        "supply swan swash trump uncover unwrap weigh will yield guess prove indicate order pray "
        "teach suppose grant debate hazard air continue go sing smile educate purpose stemmer "
        "smatter rage boom brief sign call cry snap keen leak pant hum moot swear plight "
        "predicate punctuate signify specify stipulate charge expose learn wire bulletin outcry "
        "triumph verify deliberate contest pretend feign dissemble echo append".split(),
        "mostly an act, a thing or a thought in news copy, not speech",
    ),
    **dict.fromkeys(
        "beef drone cable".split(),
        "a noun in news copy ('U.S. beef imports', 'a China drone flight', 'the East Timor "
        "cable'), rarely a verb of speech",
    ),
    "agree": "'agreed to' reports a deal or an act; the readout that says so is the speaker",
    "suspect": "'Taiwan suspects that a vessel damaged the cable' reports a suspicion, not words",
}


def _git_show(git_dir: str, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _git_ls(git_dir: str, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", f"HEAD:{folder}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [f"{folder}/{name}" for name in out.split()]


def _git_head(git_dir: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", "HEAD"], check=True, capture_output=True,
        text=True,
    ).stdout.strip()


def wordnet_verbs(git_dir: str) -> set[str]:
    found = set()
    for path in _git_ls(git_dir, "src/yaml"):
        if not re.search(r"/entries-.*\.yaml$", path):
            continue
        entries = yaml.safe_load(_git_show(git_dir, path))
        for lemma, by_pos in entries.items():
            for sense in (by_pos or {}).get("v", {}).get("sense", []):
                lexfile = sense["id"].split("%")[1].split(":")[1]
                if lexfile == "32" and "via-that" in sense.get("subcat", []):
                    found.add(str(lemma))
    return found


def _frames_report_speech(cls: ET.Element) -> bool:
    for frame in cls.iter("FRAME"):
        desc = frame.find("DESCRIPTION")
        primary = desc.get("primary", "") if desc is not None else ""
        if "S-Quote" in primary or "that S" in primary:
            return True
    return False


def verbnet_verbs(git_dir: str) -> set[str]:
    found = set()
    for path in _git_ls(git_dir, "verbnet3.4"):
        if not path.endswith(".xml"):
            continue
        number = re.search(r"-(\d+(?:\.\d+)*)\.xml$", path)
        if number is None or not number.group(1).startswith("37.") or number.group(1).startswith(
            "37.4"
        ):
            continue
        root = ET.fromstring(_git_show(git_dir, path))
        for cls in [root, *root.iter("VNSUBCLASS")]:
            # A subclass inherits its parent's frames.
            if _frames_report_speech(cls) or _frames_report_speech(root):
                members = cls.find("MEMBERS")
                for m in members if members is not None else []:
                    found.add(m.get("name"))
    return found


def main(wordnet_dir: str, verbnet_dir: str) -> None:
    wn, vn = wordnet_verbs(wordnet_dir), verbnet_verbs(verbnet_dir)
    lemmas = sorted(
        v for v in wn | vn if re.fullmatch(r"[a-z]+", v) and v not in EXCLUDED
    )
    print('"""Speech verbs derived from English WordNet and VerbNet 3.4 (generated; do not edit).')
    print()
    print("Regenerate: python scripts/derive_speech_verbs.py WORDNET_GIT VERBNET_GIT")
    print(f"English WordNet: github:globalwordnet/english-wordnet@{_git_head(wordnet_dir)}")
    print(f"VerbNet: github:cu-clear/verbnet@{_git_head(verbnet_dir)}")
    print(f"{len(wn)} WordNet + {len(vn)} VerbNet lemmas, {len(lemmas)} single-word after")
    print("exclusions (scripts/derive_speech_verbs.py lists them with reasons).")
    print('"""')
    print()
    print("DERIVED_SPEECH_LEMMAS = (")
    line = "   "
    for lemma in lemmas:
        if len(line) + len(lemma) + 2 > 96:
            print(f'    "{line.strip()} "')
            line = "   "
        line += f" {lemma}"
    print(f'    "{line.strip()}"')
    print(").split()")


if __name__ == "__main__":
    main(*sys.argv[1:3])
