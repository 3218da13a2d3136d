"""A reader of Qt's compiled translations (.qm), giving what ``QTranslator.translate`` gives.

The command line translates a few messages per run: loading QtCore (PySide6, shiboken) for them
cost more CPU than many an export's own work. This reads the same .qm files the same way
QTranslator does (Qt 6, ``qtranslator.cpp``): the ELF hash of the source text and comment looked
up in the file's sorted hash table, every message of that hash tried in order (context, source
text and comment compared when the file stored them: lrelease leaves out what the hash alone
tells apart), the plural form chosen by the file's numerus rules, the translation read as UTF-16.
Nothing is parsed beyond the section table until a message is looked up.

tests/test_i18n_qm.py compares every message of every catalogue (and plural counts) with
QTranslator. The GUI keeps QTranslator (grants.ui.translation).
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))

# sections of the file
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7
# tags inside a message
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)
# numerus rule opcodes
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


def elf_hash(*parts: bytes) -> int:
    """Qt's ``elfHash`` over the concatenated bytes (0 becomes 1)."""
    h = 0
    for part in parts:
        for byte in part:
            if byte == 0:  # a C string ends there
                break
            h = ((h << 4) + byte) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


def numerus_form(n: int, rules: bytes) -> int:
    """The index of the plural form for ``n`` under the file's numerus rules (Qt's bytecode)."""
    size = len(rules)
    if size == 0:
        return 0
    result = 0
    i = 0
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if i >= size:
                    return 0
                right = rules[i]
                i += 1
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                elif op == _BETWEEN:
                    if i >= size:
                        return 0
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                else:
                    truth = True
                if opcode & _NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEWRULE


def _match(data: bytes, at: int, length: int, target: bytes) -> bool:
    if length > 0 and data[at + length - 1] == 0:  # a stored terminating zero is not compared
        length -= 1
    return length == len(target) and data[at:at + length] == target


class QmCatalogue:
    """One .qm file, looked up as QTranslator does."""

    def __init__(self, data: bytes) -> None:
        if data[:16] != MAGIC:
            raise ValueError("not a Qt translation file")
        self.data = data
        self.sections: dict[int, tuple[int, int]] = {}  # tag -> (offset, length)
        at = 16
        while at + 5 <= len(data):
            tag, length = data[at], int.from_bytes(data[at + 1:at + 5], "big")
            at += 5
            self.sections[tag] = (at, length)
            at += length
        start, length = self.sections.get(_HASHES, (0, 0))
        self._hash_start = start
        self._hashes = [int.from_bytes(data[p:p + 4], "big") for p in range(start, start + length - 7, 8)]
        rs, rl = self.sections.get(_NUMERUS_RULES, (0, 0))
        self.numerus_rules = data[rs:rs + rl]

    @classmethod
    def load(cls, path: str | Path) -> QmCatalogue:
        return cls(Path(path).read_bytes())

    def _has_context(self, context: bytes) -> bool:
        if _CONTEXTS not in self.sections:
            return True
        data = self.data
        start, length = self.sections[_CONTEXTS]
        if length == 0:
            return True
        table_size = int.from_bytes(data[start:start + 2], "big")
        g = elf_hash(context) % table_size
        off = int.from_bytes(data[start + 2 + 2 * g:start + 4 + 2 * g], "big")
        if off == 0:
            return False
        c = start + 2 + 2 * table_size + 2 * off
        while True:
            n = data[c]
            c += 1
            if n == 0:
                return False
            if _match(data, c, n, context):
                return True
            c += n

    def _message(self, at: int, context: bytes, source: bytes, comment: bytes, numerus: int) -> str | None:
        data = self.data
        m_start, m_length = self.sections[_MESSAGES]
        end = m_start + m_length
        m = m_start + at
        found: tuple[int, int] | None = None
        while True:
            tag = data[m] if m < end else 0
            m += 1
            if tag == _END:
                break
            if tag == _TRANSLATION:
                length = int.from_bytes(data[m:m + 4], "big")
                if length & 1:  # 0xFFFFFFFF: no translation
                    return None
                m += 4
                if numerus == 0:
                    found = (m, length)
                numerus -= 1
                m += length
            elif tag == _OBSOLETE1:
                m += 4
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                length = int.from_bytes(data[m:m + 4], "big")
                m += 4
                target = source if tag == _SOURCE else context if tag == _CONTEXT else comment
                check = tag != _COMMENT or (m < len(data) and data[m] != 0)
                if check and not _match(data, m, length, target):
                    return None
                m += length
            else:
                return None
        if found is None:
            return None
        p, length = found
        return data[p:p + length].decode("utf-16-be", errors="surrogatepass")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation, or "" when there is none (as PySide6's QTranslator.translate)."""
        ctx, src, com = (context or "").encode(), (source or "").encode(), (disambiguation or "").encode()
        ctx, src, com = (x.split(b"\0", 1)[0] for x in (ctx, src, com))
        if not self._hashes or _MESSAGES not in self.sections:
            return ""
        if not self._has_context(ctx):
            return ""
        numerus = numerus_form(n, self.numerus_rules) if n >= 0 else 0
        data = self.data
        while True:
            h = elf_hash(src, com)
            i = bisect_left(self._hashes, h)
            while i < len(self._hashes) and self._hashes[i] == h:
                p = self._hash_start + 8 * i + 4
                at = int.from_bytes(data[p:p + 4], "big")
                text = self._message(at, ctx, src, com, numerus)
                if text is not None:
                    return text
                i += 1
            if not com:
                return ""
            com = b""
