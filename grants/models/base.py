"""Declarative base shared by every model: naming convention, money and time types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import DateTime, MetaData, Numeric, String
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Money: euro with two decimals, exact in the database and in Python.
Money = Numeric(14, 2, asdecimal=True)
#: Shares in percent (measure shares, advance share): 0.00 .. 100.00.
Percent = Numeric(5, 2, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: Money,
        dt.datetime: DateTime(timezone=False),
        str: String(255),
    }
