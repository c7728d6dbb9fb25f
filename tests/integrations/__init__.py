"""Tests of the clients for outside systems, against fakes started on 127.0.0.1."""
