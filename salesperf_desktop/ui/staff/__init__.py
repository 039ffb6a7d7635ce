"""Widgets of the staff tab: the edit dialog, the teams dialog, the import preview."""
