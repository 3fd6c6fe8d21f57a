"""Qorgau sync: sealed bundles, identity cards, receipts. No Qt."""
