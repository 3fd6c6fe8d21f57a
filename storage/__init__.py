"""Qorgau storage: the encrypted vault, its database, migrations and blob store. No Qt."""
