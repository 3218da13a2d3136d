"""Complete the catalogues with the texts pyside6-lupdate cannot see (run after lupdate).

pyside6-lupdate only recognises ``self.tr("...")``, ``translate("ctx", "...")`` and
``QT_TRANSLATE_NOOP("ctx", "...")`` written literally. The code base also marks texts through
helpers and aliases that look the text up in a fixed context at run time, for example::

    def tr(text, context="Forms"): return QCoreApplication.translate(context, text)   # forms/base.py
    _N = QT_TRANSLATE_NOOP                                                              # ui/labels.py
    t = QCoreApplication.translate; t("labels", "Draft")                                # forms/labels.py

lupdate skips those texts, or files them under the wrong context (a bare ``tr("Save")`` lands in
the empty context, while the form asks for context "Forms"), so they would never be translated.

This script reads the package with ``ast``, resolves such helpers to the context they use at run
time, adds each missing (context, source) message to the .ts files, and removes the misfiled
copies lupdate made in the empty context. Translations are carried over from the catalogues as
they were before lupdate ran (``--previous DIR``), since ``-no-obsolete`` drops these messages.
``--report`` lists the marked texts and where they are.

When the code marks every text in a way lupdate understands, this script adds nothing.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "grants"

# Names whose (context, text) call lupdate may or may not see; treated as "context, text" markers.
CTX_TEXT = {"QT_TRANSLATE_NOOP", "translate"}
# Functions returning a ``translate(context, text)`` function (grants.i18n.translator_for).
TRANSLATOR_FACTORIES = {"translator_for"}


@dataclass(frozen=True)
class Helper:
    """A function that looks ``text`` up in ``context``: ``kind`` "ctx_text" (context, text) or
    "fixed" (text at ``text_index``, context fixed or given at ``ctx_index``)."""

    kind: str
    context: str = ""
    text_index: int = 0
    ctx_index: int | None = None


@dataclass
class Module:
    path: Path
    tree: ast.Module
    name: str
    functions: dict[str, Helper] = field(default_factory=dict)  # module-level helpers
    methods: dict[tuple[str, str], Helper] = field(default_factory=dict)  # (class, method)
    aliases: dict[str, Helper] = field(default_factory=dict)  # X = QT_TRANSLATE_NOOP, imports
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (module, name)


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "translate"
    return isinstance(func, ast.Name) and func.id in CTX_TEXT


def _helper_of(fn: ast.FunctionDef, cls: str | None) -> Helper | None:
    params = [a.arg for a in fn.args.args]
    offset = 1 if cls and params and params[0] in ("self", "cls") else 0
    defaults = dict(zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults))
    for ret in (n for n in ast.walk(fn) if isinstance(n, ast.Return) and n.value is not None):
        for call in (n for n in ast.walk(ret.value) if isinstance(n, ast.Call)):
            args = call.args
            if _is_translate(call.func) and len(args) == 2 and isinstance(args[1], ast.Name) \
                    and args[1].id in params:
                text_index = params.index(args[1].id) - offset
                ctx = args[0]
                if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                    return Helper("fixed", ctx.value, text_index)
                if isinstance(ctx, ast.Name) and ctx.id in params:
                    default = defaults.get(ctx.id)
                    if isinstance(default, ast.Constant) and isinstance(default.value, str):
                        return Helper("fixed", default.value, text_index, params.index(ctx.id) - offset)
            # a method returning self.tr(text): the class is the context
            if cls and isinstance(call.func, ast.Attribute) and call.func.attr == "tr" and len(args) == 1 \
                    and isinstance(args[0], ast.Name) and args[0].id in params:
                return Helper("fixed", cls, params.index(args[0].id) - offset)
    return None


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _load(paths: list[Path]) -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in paths:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError) as exc:  # a screen being written: skip it
            print(f"bridge: skipped {path}: {exc}", file=sys.stderr)
            continue
        m = Module(path, tree, _module_name(path))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (h := _helper_of(node, None)):
                m.functions[node.name] = h
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and (h := _helper_of(item, node.name)):
                        m.methods[(node.name, item.name)] = h
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                v, name = node.value, node.targets[0].id
                if (isinstance(v, ast.Name) and v.id in CTX_TEXT) or \
                        (isinstance(v, ast.Attribute) and v.attr == "translate"):
                    m.aliases[name] = Helper("ctx_text")
                elif isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id in TRANSLATOR_FACTORIES:
                    m.aliases[name] = Helper("ctx_text")
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = m.name.split(".")[: -node.level]
                    base = ".".join(pkg + ([base] if base else []))
                for a in node.names:
                    if a.name in CTX_TEXT:
                        m.aliases[a.asname or a.name] = Helper("ctx_text")
                    else:
                        m.imports[a.asname or a.name] = (base, a.name)
        modules[m.name] = m
    return modules


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(paths: list[Path]) -> tuple[dict[tuple[str, str], list[tuple[Path, int]]], set[tuple[Path, int]]]:
    """(context, source) -> [(file, line)] of every text marked through a known helper, and the
    (file, line) of every call to such a helper (literal text or not)."""
    modules = _load(paths)
    found: dict[tuple[str, str], list[tuple[Path, int]]] = {}
    calls: set[tuple[Path, int]] = set()

    def helper(m: Module, name: str) -> Helper | None:
        if name in m.aliases:
            return m.aliases[name]
        if name in m.functions:
            return m.functions[name]
        if name in CTX_TEXT:
            return Helper("ctx_text")
        if name in m.imports:
            mod, orig = m.imports[name]
            other = modules.get(mod)
            return other.functions.get(orig) if other else None
        return None

    for m in modules.values():
        classes = {id(n): c.name for c in ast.walk(m.tree) if isinstance(c, ast.ClassDef) for n in ast.walk(c)}
        for node in ast.walk(m.tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            h = None
            if isinstance(f, ast.Name):
                h = helper(m, f.id)
            elif isinstance(f, ast.Attribute):
                if isinstance(f.value, ast.Name) and f.value.id in ("self", "cls") and id(node) in classes:
                    h = m.methods.get((classes[id(node)], f.attr))
                elif f.attr == "translate":
                    h = Helper("ctx_text")
            if h is None:
                continue
            calls.add((m.path.resolve(), node.lineno))
            args = node.args
            if h.kind == "ctx_text":
                if len(args) >= 2 and (ctx := _literal(args[0])) is not None and (text := _literal(args[1])):
                    found.setdefault((ctx, text), []).append((m.path, node.lineno))
            else:
                if len(args) > h.text_index and (text := _literal(args[h.text_index])):
                    ctx = h.context
                    if h.ctx_index is not None:
                        if len(args) > h.ctx_index:
                            ctx = _literal(args[h.ctx_index])
                        for kw in node.keywords:
                            if kw.arg and kw.arg != "text" and _literal(kw.value) is not None:
                                ctx = _literal(kw.value)
                    if ctx is not None:
                        found.setdefault((ctx, text), []).append((m.path, node.lineno))
    return found, calls


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    if ts.exists():
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                if msg.find("comment") is None:
                    out[(name, msg.findtext("source") or "")] = msg.find("translation")
    return out


def bridge(ts: Path, found: dict[tuple[str, str], list[tuple[Path, int]]], calls: set[tuple[Path, int]],
           previous: Path | None) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    before = _translations(previous / ts.name) if previous else {}
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    # 1. misfiled copies: empty-context messages produced by a call the bridge resolves elsewhere
    empty = contexts.get("")
    if empty is not None:
        for msg in list(empty.findall("message")):
            locs = {((ts.parent / loc.get("filename", "")).resolve(), int(loc.get("line", "0")))
                    for loc in msg.findall("location")}
            if locs and locs <= calls:
                empty.remove(msg)
        if not empty.findall("message"):
            root.remove(empty)
            del contexts[""]
    # 2. texts looked up at run time in a context lupdate did not fill
    added = 0
    for (ctx, text), locs in sorted(found.items()):
        context = contexts.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
            contexts[ctx] = context
        if any(m.findtext("source") == text and m.find("comment") is None for m in context.findall("message")):
            continue
        msg = ET.SubElement(context, "message")
        for path, line in sorted(set(locs)):
            ET.SubElement(msg, "location", filename=Path("../..", path.resolve().relative_to(ROOT)).as_posix(),
                          line=str(line))
        ET.SubElement(msg, "source").text = text
        old = before.get((ctx, text))
        if old is not None:
            msg.append(old)
        else:
            ET.SubElement(msg, "translation", type="unfinished")
        added += 1
    # keep contexts in name order, like lupdate
    for c in sorted(root.findall("context"), key=lambda c: c.findtext("name") or ""):
        root.remove(c)
        root.append(c)
    write_ts(tree, ts)
    return added


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ts", nargs="*", type=Path, help="catalogues to complete (default: grants_*.ts here)")
    ap.add_argument("--previous", type=Path, help="directory holding the catalogues as they were before lupdate")
    ap.add_argument("--report", action="store_true", help="list the texts marked through helpers")
    args = ap.parse_args(argv)
    found, calls = extract(sorted(PACKAGE.rglob("*.py")))
    if args.report:
        for (ctx, text), locs in sorted(found.items()):
            where = ", ".join(f"{p.relative_to(ROOT)}:{n}" for p, n in locs)
            print(f"{ctx!r:18} {text!r}  [{where}]")
        return 0
    for ts in args.ts or sorted(HERE.glob("grants_*.ts")):
        n = bridge(ts, found, calls, args.previous)
        print(f"bridge: {ts.name}: {n} message(s) added in their run-time context")
    return 0


if __name__ == "__main__":
    sys.exit(main())
