"""Audit and administration commands (snapshot, verify, audit, roles): see the auditors issue."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pass
