"""The Programme timeline: days side by side, time running down."""
