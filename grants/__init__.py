"""grants: subsidies management for safe.brussels."""

__version__ = "0.1.0"
