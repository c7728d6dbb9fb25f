"""Stand-ins for outside systems that the tests start on 127.0.0.1."""
