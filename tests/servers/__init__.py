"""Real servers that the tests start on 127.0.0.1 (as opposed to the stand-ins in fakes/)."""
