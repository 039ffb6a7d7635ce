"""Chart drawing for the charts tab. Modules here import matplotlib: import them lazily."""
