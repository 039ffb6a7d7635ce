"""The printed forms: form data from stored data (Qt-free), reportlab rendering, batch jobs.

``services.pdf_forms`` is the public entry point; this package holds the parts.
"""
