"""Table models of the workspace (no widgets)."""
