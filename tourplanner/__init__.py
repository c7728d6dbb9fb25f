"""Tourplanner: plan delegation tours, catch conflicts, produce itineraries and briefings."""

__version__ = "0.1.0"
