"""The ParkFlow desktop application (PySide6): docs/design.md, "The desktop application".

``document`` owns the park and its undo stack; ``commands`` are the undoable
edits; ``canvas`` draws the park; ``inspector``, ``tables`` and ``problems``
are the docks; ``mainwindow`` puts them together; ``app.run_app`` starts it.
"""
