"""Fill the French and Dutch catalogues from catalogue_ui.py and catalogue_rules.py, then check them.

    .venv/bin/python resources/translations/translate.py            # fill what is unfinished, check
    .venv/bin/python resources/translations/translate.py --force    # rewrite every message from the catalogues
    .venv/bin/python resources/translations/translate.py --check    # only check (exit 1 on a problem)

Only unfinished messages are filled, so a translation corrected in Qt Linguist is kept. A message
with no entry in the catalogues stays unfinished and is listed: add it to a catalogue and run again.
Checks: every message finished, every {placeholder}, %1..%9, %n, %s and line break of the source
present in the translation, at most one & accelerator.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

import catalogue_rules  # noqa: E402
import catalogue_ui  # noqa: E402
from bridge import write_ts  # noqa: E402

LANGS = {"fr": (0, "fr_BE"), "nl": (1, "nl_BE")}
NBSP = "\u00a0"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9n]|%s|\n")


def french_typography(text: str) -> str:
    """No-break space before : ; ? ! and inside « » (Belgian and French usage)."""
    text = re.sub(r" ([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


# Further catalogues (catalogue_<topic>.py, with T and optionally CTX) written beside the two main
# ones, so that work on separate topics never edits the same file.
EXTRA = [importlib.import_module(p.stem) for p in sorted(HERE.glob("catalogue_*.py"))
         if p.stem not in ("catalogue_ui", "catalogue_rules")]


def lookup(context: str, source: str) -> tuple[str, str] | None:
    for table in (catalogue_ui.CTX, catalogue_rules.CTX, *(getattr(m, "CTX", {}) for m in EXTRA)):
        if (context, source) in table:
            return table[(context, source)]
    order = (catalogue_rules.T, catalogue_ui.T) if context == "rules" else (catalogue_ui.T, catalogue_rules.T)
    for table in (*order, *(m.T for m in EXTRA)):
        if source in table:
            return table[source]
    return None


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def texts_of(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def fill(ts: Path, lang: str, force: bool) -> tuple[int, list[str]]:
    index, code = LANGS[lang]
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", code)
    filled, missing = 0, []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation", type="unfinished")
            done = tr.get("type") not in ("unfinished", "vanished", "obsolete") and any(texts_of(tr))
            if done and not force:
                continue
            if msg.get("numerus") == "yes":
                entry = catalogue_ui.NUM.get(source)
                forms = list(entry[index]) if entry else None
                if forms is None:
                    missing.append(f"{name}: {source!r} (numerus)")
                    continue
                if lang == "fr":
                    forms = [french_typography(f) for f in forms]
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                entry = lookup(name, source)
                if entry is None:
                    missing.append(f"{name}: {source!r}")
                    continue
                text = entry[index]
                tr.text = french_typography(text) if lang == "fr" else text
            tr.attrib.pop("type", None)
            filled += 1
    write_ts(tree, ts)
    return filled, missing


def check(ts: Path) -> list[str]:
    """Problems of a catalogue: unfinished messages, lost placeholders, several accelerators."""
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            texts = texts_of(tr) if tr is not None else [""]
            where = f"{ts.name} {name}: {source!r}"
            if tr is None or tr.get("type") == "unfinished" or not all(texts):
                problems.append(f"{where}: not translated")
                continue
            want = placeholders(source)
            for text in texts:
                got = placeholders(text)
                if msg.get("numerus") == "yes":
                    want_n, got_n = want - Counter({"%n": want["%n"]}), got - Counter({"%n": got["%n"]})
                    if want_n != got_n:
                        problems.append(f"{where}: placeholders {dict(want)} became {dict(got)} in {text!r}")
                elif got != want:
                    problems.append(f"{where}: placeholders {dict(want)} became {dict(got)} in {text!r}")
                if accelerators(text) > max(1, accelerators(source)):
                    problems.append(f"{where}: several & accelerators in {text!r}")
                if accelerators(source) and not accelerators(text):
                    problems.append(f"{where}: the & accelerator was lost in {text!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rewrite every message from the catalogues")
    ap.add_argument("--check", action="store_true", help="only check, change nothing")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for lang in LANGS:
        ts = HERE / f"grants_{lang}.ts"
        if not args.check:
            n, missing = fill(ts, lang, args.force)
            print(f"translate: {ts.name}: {n} message(s) filled, {len(missing)} with no translation in the catalogues")
            for m in missing:
                print(f"    {m}")
        found = check(ts)
        if not args.check:  # unfinished messages were listed above
            found = [p for p in found if not p.endswith(": not translated")]
        problems += found
    for p in problems:
        print(p)
    unfinished = [p for lang in LANGS for p in check(HERE / f"grants_{lang}.ts") if p.endswith(": not translated")]
    return 1 if problems or unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
