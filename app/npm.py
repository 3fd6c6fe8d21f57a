"""Rules of the NPM monitoring cycle that are not a record's schema."""

from __future__ import annotations

from typing import Any


def carry_over(preset: dict[str, Any], previous: dict[str, Any]) -> dict[str, Any]:
    """A new NPM visit starts from the previous visit's open recommendations (with their
    follow-up status) and the detainees marked for a re-check: monitoring is a cycle, and
    a recommendation not yet implemented stays on the table until it is."""
    body = previous["body"]
    out = dict(preset)
    out["previous_visit_id"] = previous["record_id"]
    recs = []
    for r in body.get("recommendations") or []:
        if r.get("status") == "implemented":
            continue
        recs.append({"id": r.get("id"), "text": r.get("text"), "status": r.get("status"),
                     "follow_up_note": r.get("follow_up_note")})
    if recs:
        out["recommendations"] = recs
    recheck = [{"code": p.get("code"), "recheck_next_visit": True}
               for p in body.get("private_interviews") or [] if p.get("recheck_next_visit")]
    if recheck:
        out["private_interviews"] = recheck
    return out
