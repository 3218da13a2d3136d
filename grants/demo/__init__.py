"""The demonstration dataset (``grants demo``, File > Load demonstration data): facts in
:mod:`grants.demo.data`, the scenario that enters them through the real services in
:mod:`grants.demo.scenario`. Above the services, beside the reports: nothing below imports it."""

from __future__ import annotations

from .scenario import load_demo

__all__ = ["load_demo"]
