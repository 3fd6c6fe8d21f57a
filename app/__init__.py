"""Qorgau core: domain model and use cases. Never imports Qt."""
