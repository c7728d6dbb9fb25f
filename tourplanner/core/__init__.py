"""Plain-Python domain layer: values, rules and algorithms. No Qt, no SQL, no I/O."""
