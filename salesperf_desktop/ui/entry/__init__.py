"""The monthly entry tab's pieces: grid model and view, undo commands, dialogs."""
