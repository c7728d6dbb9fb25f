"""Clients for outside systems: geocoder, CalDAV, SMTP."""
