"""The coordinator's desk: the archive window and its pages."""
