"""Dialogs of the workspace: edit forms, confirmations, the optimiser and settings."""
