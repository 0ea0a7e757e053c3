"""Test harness for whole-site tests: project copies and builds (:mod:`.project`), a local
static server (:mod:`.server`), a crawler (:mod:`.crawler`), headless Chromium (:mod:`.browser`)
and XSS vectors (:mod:`.xss`). Imported as ``support`` (pytest puts ``tests/`` on ``sys.path``
through ``tests/conftest.py``)."""
