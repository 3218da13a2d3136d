"""Fold catalogue files into the French and Dutch .ts files (fills unfinished messages only).

    .venv/bin/python resources/translations/fold.py CATALOGUE.py...    then: sh resources/translations/update.sh

A catalogue is a Python file defining

    T = {"English source": ("French", "Dutch")}                      # whatever the context
    CTX = {("context", "English source"): ("French", "Dutch")}      # optional, wins over T

and, for a numerus message (source with %n), forms instead of one text:
    T = {"%n row(s)": (("%n ligne", "%n lignes"), ("%n rij", "%n rijen"))}

Only messages of grants_fr.ts / grants_nl.ts that are unfinished (new ones written by lupdate)
are filled, so a translation corrected in Qt Linguist is kept; French gets a no-break space
before : ; ? ! and inside « ». Run lupdate first (update.sh does) so that the new texts are in
the .ts files, fold, then update.sh again to compile the .qm files. The catalogue files are not
needed afterwards: the .ts files are the only source of truth.
"""

from __future__ import annotations

import argparse
import re
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"fr": 0, "nl": 1}
NBSP = "\u00a0"


def french_typography(text: str) -> str:
    """No-break space before : ; ? ! and inside « » (Belgian and French usage)."""
    text = re.sub(r" ([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def load(paths: list[Path]) -> tuple[dict[str, tuple], dict[tuple[str, str], tuple]]:
    texts: dict[str, tuple] = {}
    contexts: dict[tuple[str, str], tuple] = {}
    for path in paths:
        ns = runpy.run_path(str(path))
        texts.update(ns.get("T", {}))
        contexts.update(ns.get("CTX", {}))
    return texts, contexts


def unfinished(tr: ET.Element | None) -> bool:
    if tr is None:
        return True
    forms = tr.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
    return tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts)


def fold(ts: Path, index: int, french: bool, texts: dict, contexts: dict) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    filled, left = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if not unfinished(tr):
                continue
            entry = contexts.get((name, source)) or texts.get(source)
            if entry is None:
                left.append(f"{name}: {source!r}")
                continue
            value = entry[index]
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = [value] if isinstance(value, str) else list(value)
                tr.text = None
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = french_typography(f) if french else f
            else:
                if not isinstance(value, str):
                    left.append(f"{name}: {source!r} (forms given for a message that is not numerus)")
                    continue
                tr.text = french_typography(value) if french else value
            tr.attrib.pop("type", None)
            filled += 1
    write_ts(tree, ts)
    return filled, left


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("catalogues", nargs="+", type=Path, help="catalogue_<topic>.py files (T, optional CTX)")
    ap.add_argument("--keep-spaces", action="store_true",
                    help="French as written in the catalogue (no no-break spaces added)")
    ap.add_argument("--ts-dir", type=Path, default=HERE, help="folder of grants_fr.ts and grants_nl.ts")
    args = ap.parse_args(argv)
    texts, contexts = load(args.catalogues)
    left_any = False
    for lang, index in LANGS.items():
        ts = args.ts_dir / f"grants_{lang}.ts"
        n, left = fold(ts, index, lang == "fr" and not args.keep_spaces, texts, contexts)
        print(f"fold: {ts.name}: {n} message(s) filled, {len(left)} still unfinished")
        for line in left:
            print(f"    {line}")
        left_any = left_any or bool(left)
    return 1 if left_any else 0


if __name__ == "__main__":
    sys.exit(main())
