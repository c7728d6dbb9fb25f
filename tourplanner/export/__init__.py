"""Pure output functions: a tour snapshot goes in, bytes come out."""
