"""Hours: activities and hour entries (issue 3 fills this module)."""
