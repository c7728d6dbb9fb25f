"""Use cases. Each takes plain arguments, opens a short session and returns plain values.

The GUI and the CLI call these; neither touches the ORM.
"""
