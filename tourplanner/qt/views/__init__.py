"""The pages and panels of the workspace."""
