"""Everything that imports PySide6: windows, models, dialogs, undo commands, workers."""
