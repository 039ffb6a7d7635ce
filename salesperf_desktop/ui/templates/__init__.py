"""Widgets of the indicator templates tab: library, template editor, rule editor, 012 dialog."""
