"""Briefings: turn raw news articles into annotated briefing sites.

The pipeline is a plain library, one module per stage, data flowing one way::

    ingest -> chrome -> sections -> actors -> linking -> pages

Each stage is a pure function taking and returning frozen dataclasses. Only
``plugin.py`` and ``config.py`` import MkDocs.
"""

__version__ = "0.1.0"
