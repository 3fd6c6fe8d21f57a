"""Record schemas: one declarative table per record kind.

The same tables serve three purposes, so a field is declared once:
1. `validate` checks and normalises every body before it is written or imported;
2. the GUI builds its forms from `Field` (type, label, help, vocabulary);
3. `index_fields`, `references` and `search_text` derive what the database indexes.

Bodies are JSON: strings, ints, bools, lists and objects; never floats (see
storage.canonical). Fields of type "ref"/"refs" hold record ids (UUID strings).
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from app import dates, vocab
from storage.errors import InvalidInput, ValidationError

FieldType = Literal[
    "str", "text", "date", "datetime", "int", "bool", "enum", "enums",
    "ref", "refs", "strs", "object", "objects",
]  # fmt: skip
FIELD_TYPES: frozenset[str] = frozenset(get_args(FieldType))
# List types and the type of each of their items.
LIST_ITEM = {"enums": "enum", "refs": "ref", "strs": "str", "objects": "object"}
DEFAULT_MAX_LEN = {"str": 500, "text": 200_000}
MAX_SAFE_INT = 2**53  # the bound storage.canonical enforces, so any body we accept can be signed
TITLE_MAX = 120
# Every flag index_fields can produce (the case list filters on them).
FLAGS = ("disability", "do_not_contact", "minor", "protected", "reprisal_risk", "woman")

Body = Mapping[str, Any]
Errors = dict[str, str]


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    label: str = ""  # English; the GUI translates. Default: derived from the name.
    required: bool = False
    vocab: str | None = None  # enum, enums
    ref_kind: str | None = None  # ref, refs; None = a record of any kind
    fields: Sequence[Field] = ()  # object, objects
    min: int | None = None  # int
    max: int | None = None  # int
    max_len: int | None = None  # str, strs items, text
    pattern: str | None = None  # str: a full-match regex...
    pattern_help: str = ""  # ...and what to tell the person when it fails
    identifying: bool = False  # reveals a protected person's identity: never indexed
    help: str = ""

    def __post_init__(self) -> None:
        # Schema mistakes are bugs: fail at import, not on some user's first save.
        if self.type not in FIELD_TYPES:
            raise ValueError(f"{self.name}: unknown field type {self.type!r}")
        if (self.type in ("enum", "enums")) != bool(self.vocab):
            raise ValueError(f"{self.name}: vocab is required for enum fields, and only them")
        if (self.type in ("object", "objects")) != bool(self.fields):
            raise ValueError(f"{self.name}: nested fields are required for object fields")
        object.__setattr__(self, "fields", tuple(self.fields))
        if not self.label:
            words = self.name.removesuffix("_id").removesuffix("_ids").replace("_", " ")
            object.__setattr__(self, "label", words.capitalize())
        if self.max_len is None and self.item_type in DEFAULT_MAX_LEN:
            object.__setattr__(self, "max_len", DEFAULT_MAX_LEN[self.item_type])

    @property
    def item_type(self) -> str:
        """The type of one value: "enum" for "enums", etc.; the type itself otherwise."""
        return LIST_ITEM.get(self.type, self.type)

    @property
    def is_list(self) -> bool:
        return self.type in LIST_ITEM


Title = Callable[[Body], str] | str
Check = Callable[[Body, Errors], None]


def standard_flags(body: Body) -> set[str]:
    """Flags read from the conventional field names, whatever the kind."""
    flags = set()
    for name in ("protected", "minor", "disability", "do_not_contact"):
        if body.get(name) is True:
            flags.add(name)
    if body.get("gender") == "female":
        flags.add("woman")
    # "low" is the normal state of this work; only elevated risk is flagged.
    if body.get("reprisal_risk") in ("medium", "high"):
        flags.add("reprisal_risk")
    return flags


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    fields: tuple[Field, ...]
    title: Title  # a callable, or the name of a field
    case_field: str | None = None
    city_field: str | None = None
    facility_field: str | None = None
    status_field: str | None = None
    date_field: str | None = None  # date or datetime; indexed as its date part
    flags: Callable[[Body], Iterable[str]] = standard_flags
    checks: tuple[Check, ...] = ()  # rules across fields, run after field validation

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")


def walk_fields(fields: Iterable[Field], prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field definition, nested ones included, with its path ("consent.publication")."""
    for f in fields:
        path = f"{prefix}.{f.name}" if prefix else f.name
        yield path, f
        if f.fields:
            yield from walk_fields(f.fields, path + ("[]" if f.is_list else ""))


# ---------------------------------------------------------------------------------------
# Titles, flags and cross-field checks used by the tables below


# The language titles are composed in: English for the index (index_fields), the
# reader's language for display (display_title).
_LANG: contextvars.ContextVar[str] = contextvars.ContextVar("title_lang", default="en")


def _en(vocab_name: str, code: Any) -> str:
    """A vocabulary label in the title language (English unless display_title says)."""
    if not (isinstance(code, str) and code):
        return ""
    return vocab.load(vocab_name).label(code, _LANG.get())


def _word(code: str) -> str:
    return _en("title_words", code)


def _parts(*parts: Any, sep: str = " · ") -> str:
    return sep.join(str(p) for p in parts if p)


def _day(value: Any) -> str:
    """A (possibly partial) date in a title, as the title's reader writes dates: the
    index keeps ISO (English), a Russian or Kazakh reader sees "15.02.2022"."""
    if not (isinstance(value, str) and value):
        return ""
    return dates.for_display(value[:10], _LANG.get())


def _span(start: Any, end: Any) -> str:
    start, end = _day(start), _day(end)
    until = end and _word("until").replace("…", str(end))
    return f"{start} – {end}" if start and end else _parts(start, until)


def _person_title(b: Body) -> str:
    # A protected person's real name must never reach the index.
    if b.get("protected") is True:
        return b.get("pseudonym") or _word("protected_person")
    description = (b.get("description") or "").split("\n")[0]
    return b.get("full_name") or b.get("pseudonym") or description or _word("unnamed_person")


def _person_checks(b: Body, errors: Errors) -> None:
    if b.get("protected") is True and not b.get("pseudonym"):
        errors.setdefault("pseudonym", "required when the identity is protected")
    if not any(b.get(k) for k in ("full_name", "pseudonym", "description")):
        errors.setdefault("full_name", "give a name, a pseudonym or a description")


def _not_before(start: str, end: str) -> Check:
    """`end` must not precede `start` (dates possibly partial, or date-times)."""

    def check(b: Body, errors: Errors) -> None:
        a, z = b.get(start), b.get(end)
        if not (isinstance(a, str) and isinstance(z, str)):
            return
        if "T" in a and "T" in z:
            ta, tz = _parse_datetime(a), _parse_datetime(z)
            # Comparing a zoned time with a local one would guess; say nothing.
            if ta is None or tz is None or (ta.tzinfo is None) != (tz.tzinfo is None):
                return
            early = tz < ta
        else:
            n = min(len(a), len(z), 10)  # compare at the coarser precision: "2022-01" vs a day
            early = z[:n] < a[:n]
        if early:
            errors.setdefault(end, f"must not be before {start}")

    return check


def _both_or_neither(*names: str) -> Check:
    def check(b: Body, errors: Errors) -> None:
        given = [n for n in names if n in b]
        for n in names:
            if given and n not in b:
                errors.setdefault(n, f"required together with {', '.join(given)}")

    return check


def _unique(list_field: str, key: str) -> Check:
    def check(b: Body, errors: Errors) -> None:
        seen: set[Any] = set()
        for i, item in enumerate(b.get(list_field) or ()):
            value = item.get(key)
            if value in seen:
                errors.setdefault(f"{list_field}[{i}].{key}", f"duplicate {key} {value!r}")
            seen.add(value)

    return check


def _acts_victims_listed(b: Body, errors: Errors) -> None:
    # Acts are per victim of this incident: the victims list is what the figures count.
    victims = set(b.get("victim_ids") or ())
    for i, act in enumerate(b.get("acts") or ()):
        if act.get("victim_id") not in victims:
            errors.setdefault(f"acts[{i}].victim_id", "must be one of the incident's victims")


def _complaint_flags(b: Body) -> set[str]:
    flags = standard_flags(b)
    if b.get("reprisals"):  # reprisals that already followed the complaint
        flags.add("reprisal_risk")
    return flags


def _visit_flags(b: Body) -> set[str]:
    flags = standard_flags(b)
    if any(i.get("fear_of_reprisal") for i in b.get("private_interviews") or ()):
        flags.add("reprisal_risk")
    return flags


# ---------------------------------------------------------------------------------------
# The record kinds

HHMM = r"([01][0-9]|2[0-3]):[0-5][0-9]"


def _case_id(required: bool = True) -> Field:
    return Field("case_id", "ref", "Case", required=required, ref_kind="case")


REPRISAL_RISK = Field("reprisal_risk", "enum", "Risk of reprisal", vocab="reprisal_risk")
CITY = Field("city", "enum", "City", vocab="city")
NOTES = Field("notes", "text", "Notes")

PERSON = Kind(
    "person",
    "Person",
    fields=(
        Field("full_name", "str", "Full name", identifying=True, help="In any script."),
        Field("other_names", "strs", "Other names and spellings", identifying=True,
              help="Transliterations, former names, nicknames."),
        Field("pseudonym", "str", "Pseudonym or code",
              help="Shown instead of the name when the identity is protected, e.g. 'A-17'."),
        Field("protected", "bool", "Protected identity",
              help="Hide the real identity from lists, titles and search."),
        Field("date_of_birth", "date", "Date of birth", identifying=True,
              help="If only the month or the year is known, give just that."),
        Field("age", "int", "Age at the time of events", min=0, max=130,
              help="When the date of birth is not known."),
        Field("gender", "enum", "Gender", vocab="gender"),
        Field("nationality", "str", "Nationality or ethnicity"),
        Field("languages", "enums", "Languages", vocab="language"),
        Field("city", "enum", "City of residence", vocab="city"),
        Field("minor", "bool", "Minor at the time of events"),
        Field("disability", "bool", "Disability"),
        Field("disability_notes", "text", "Disability details"),
        Field("health_conditions", "text", "Health conditions"),
        Field("contact", "text", "Contact details", identifying=True,
              help="Phone, address, messenger. Anyone who seizes this laptop can read it."),
        Field("do_not_contact", "bool", "Do not contact",
              help="Contacting this person directly could endanger them."),
        REPRISAL_RISK,
        Field("reprisal_notes", "text", "Reprisals and pressure"),
        Field("roles", "enums", "Roles", vocab="role_in_case"),
        Field("role_notes", "text", "Role notes"),
        Field("case_ids", "refs", "Cases", ref_kind="case"),
        Field("same_as", "refs", "Same person as", ref_kind="person",
              help="Records of this person made on other devices, linked by a coordinator."),
        # Alleged perpetrators: often known only by rank, unit or face.
        Field("rank", "str", "Rank"),
        Field("position", "str", "Position"),
        Field("unit", "str", "Unit or service"),
        Field("agency", "enum", "Agency", vocab="agency",
              help="For an alleged perpetrator: the service they belong to."),
        Field("foreign_national", "bool", "Foreign national or stateless"),
        Field("activist", "bool", "Activist, journalist or human rights defender"),
        Field("recognise_by_sight", "bool", "Would be recognised by sight"),
        Field("description", "text", "Physical description",
              help="Appearance, clothing, distinguishing marks."),
        NOTES,
    ),
    title=_person_title,
    city_field="city",
    checks=(_person_checks,),
)

CASE = Kind(
    "case",
    "Case",
    fields=(
        Field("reference", "str", "Reference", max_len=40, help="Short code, e.g. 'TRZ-2022-031'."),
        Field("title", "str", "Title", required=True),
        Field("summary", "text", "Summary"),
        CITY,
        Field("oblast", "enum", "Region (oblast)", vocab="region",
              help="Left empty, the region is that of the city."),
        Field("region", "str", "District or locality", help="As written, e.g. 'Talas district'."),
        Field("status", "enum", "Status", vocab="case_status"),
        Field("opened_on", "date", "Opened on"),
        Field("closed_on", "date", "Closed on"),
        Field("victim_ids", "refs", "Victims", ref_kind="person"),
        Field("case_worker", "str", "Case worker"),
        Field("tags", "strs", "Tags", max_len=80,
              help="Events and themes the case belongs to, e.g. 'January 2022': "
                   "statistics can be filtered by a tag."),
        REPRISAL_RISK,
        Field("reprisal_notes", "text", "Reprisals and pressure"),
        NOTES,
    ),
    title=lambda b: _parts(b.get("reference"), b.get("title"), sep=" — "),
    city_field="city",
    status_field="status",
    date_field="opened_on",
    checks=(_not_before("opened_on", "closed_on"),),
)

DETENTION = Kind(
    "detention",
    "Detention episode",
    fields=(
        _case_id(),
        Field("person_id", "ref", "Detained person", required=True, ref_kind="person"),
        Field("facility_id", "ref", "Facility", ref_kind="facility"),
        Field("facility_name", "str", "Facility name", help="If not in the facility register."),
        Field("facility_code", "str", "Facility code", max_len=40, help="e.g. 'ЕС-164/1'."),
        CITY,
        Field("detaining_authority", "str", "Detaining authority"),
        Field("from_date", "date", "From"),
        Field("to_date", "date", "To"),
        Field("hours_before_registration", "int", "Hours held before registration",
              min=0, max=100_000,
              help="The law allows 48 hours for adults, 24 for minors."),
        Field("lawyer_access", "enum", "Access to a lawyer", vocab="detention_access"),
        Field("family_access", "enum", "Access to family", vocab="detention_access"),
        Field("charges", "strs", "Charges", max_len=80,
              help="Criminal Code articles, e.g. '272-2' (part 2 of article 272)."),
        Field("conditions", "text", "Conditions"),
        NOTES,
    ),
    title=lambda b: _parts(
        _word("detention"),
        b.get("facility_name") or b.get("facility_code"),
        _span(b.get("from_date"), b.get("to_date")),
    ),
    case_field="case_id",
    city_field="city",
    facility_field="facility_id",
    date_field="from_date",
    checks=(_not_before("from_date", "to_date"),),
)

FACILITY = Kind(
    "facility",
    "Place of detention",
    fields=(
        Field("name", "str", "Name", required=True),
        Field("other_names", "strs", "Other names"),
        Field("code", "str", "Code", max_len=40, help="e.g. 'ЕС-164/1', '155/18'."),
        Field("type", "enum", "Type", vocab="facility_type"),
        CITY,
        Field("region", "str", "Region"),
        Field("address", "str", "Address"),
        Field("authority", "str", "Authority", help="The body in charge of the facility."),
        Field("capacity", "int", "Capacity", min=0, max=100_000),
        NOTES,
    ),
    title=lambda b: _parts(b.get("name"), b.get("code") and f"({b['code']})", sep=" "),
    city_field="city",
)

# One field per purpose in the consent_purpose vocabulary (a test keeps them in step).
CONSENT = Field(
    "consent",
    "object",
    "Informed consent",
    fields=[
        Field("documentation", "enum", "Documentation by the organisation", vocab="consent_value"),
        Field("share_coordinator", "enum", "Sharing with the coalition coordinator",
              vocab="consent_value"),
        Field("submit_authorities", "enum", "Submission to authorities and UN bodies",
              vocab="consent_value"),
        Field("publication", "enum", "Publication", vocab="consent_value"),
        Field("photographs", "enum", "Photographs", vocab="consent_value"),
        Field("medical_records", "enum", "Medical records", vocab="consent_value"),
        Field("statistics", "enum", "Anonymous statistics", vocab="consent_value"),
    ],
)

INTERVIEW = Kind(
    "interview",
    "Interview",
    fields=(
        _case_id(),
        Field("interviewee_id", "ref", "Interviewee", ref_kind="person"),
        Field("relation", "enum", "Relation to the victim", vocab="relation"),
        Field("interviewer", "str", "Interviewer"),
        Field("date", "date", "Date"),
        Field("place", "str", "Place"),
        CITY,
        Field("language", "enum", "Language", vocab="language"),
        Field("interpreter", "str", "Interpreter"),
        CONSENT,
        Field("consent_notes", "text", "Consent notes", help="Limits the interviewee set."),
        Field("account", "text", "Account", help="In the interviewee's own words."),
        REPRISAL_RISK,
        Field("follow_up", "text", "Follow-up"),
    ),
    title=lambda b: _parts(_word("interview"), _day(b.get("date")), b.get("place")),
    case_field="case_id",
    city_field="city",
    date_field="date",
)

INCIDENT = Kind(
    "incident",
    "Incident",
    fields=(
        _case_id(),
        Field("victim_ids", "refs", "Victims", ref_kind="person"),
        Field("date", "date", "Date", help="The first day, when the incident lasted several."),
        Field("end_date", "date", "Last day", help="For an incident over several days."),
        Field("time", "str", "Time", max_len=40, help="As remembered, e.g. '23:00' or 'night'."),
        Field("place", "str", "Place"),
        CITY,
        Field("facility_id", "ref", "Facility", ref_kind="facility"),
        Field("narrative", "text", "Sequence of events"),
        Field("methods", "enums", "Methods", vocab="methods"),
        Field("methods_other", "str", "Other methods"),
        Field("perpetrator_ids", "refs", "Alleged perpetrators", ref_kind="person"),
        Field("perpetrators_unidentified", "text", "Unidentified perpetrators"),
        Field("perpetrators", "objects", "Perpetrators' agency and involvement", fields=[
            Field("person_id", "ref", "Person", ref_kind="person",
                  help="Empty for someone not identified."),
            Field("agency", "enum", "Agency", vocab="agency"),
            Field("involvement", "enum", "Involvement", vocab="involvement"),
            Field("description", "str", "Description", help="Rank, unit, how recognised."),
        ]),
        Field("acts", "objects", "Acts against each victim",
              help="When victims suffered different acts: the methods used on each.", fields=[
            Field("victim_id", "ref", "Victim", required=True, ref_kind="person"),
            Field("methods", "enums", "Methods", vocab="methods"),
            Field("description", "text", "What was done"),
        ]),
        Field("witness_ids", "refs", "Witnesses", ref_kind="person"),
        Field("consequences", "text", "Consequences"),
    ),
    title=lambda b: _parts(_word("incident"), _span(b.get("date"), b.get("end_date"))
                           if b.get("end_date") else _day(b.get("date")), b.get("place")),
    case_field="case_id",
    city_field="city",
    facility_field="facility_id",
    date_field="date",
    checks=(_not_before("date", "end_date"), _acts_victims_listed),
)

MEDICAL_EXAM = Kind(
    "medical_exam",
    "Medical examination (Istanbul Protocol)",
    fields=(
        _case_id(),
        Field("person_id", "ref", "Examined person", required=True, ref_kind="person"),
        Field("examiner", "object", "Examiner", fields=[
            Field("name", "str", "Name"),
            Field("qualifications", "str", "Qualifications"),
            Field("organisation", "str", "Organisation"),
        ]),
        Field("date", "date", "Date"),
        Field("start_time", "str", "Start time", pattern=HHMM, pattern_help="HH:MM"),
        Field("end_time", "str", "End time", pattern=HHMM, pattern_help="HH:MM"),
        Field("place", "str", "Place"),
        Field("institution_type", "enum", "Type of institution", vocab="exam_setting"),
        Field("present", "strs", "Everyone present",
              help="Name and role of each person present, interpreter included."),
        Field("police_present", "bool", "Police or officials present"),
        Field("time_limits", "text", "Time limits and constraints"),
        Field("consent_evaluation", "enum", "Consent to the evaluation", vocab="consent_value"),
        Field("consent_photos", "enum", "Consent to photographs", vocab="consent_value"),
        Field("consent_notes", "text", "Consent notes",
              help="Limits the person set; whether they were told they may stop at any time."),
        Field("clinician_gender", "enum", "Gender of clinician", vocab="gender"),
        Field("interpreter_gender", "enum", "Gender of interpreter", vocab="gender"),
        Field("allegations", "text", "Allegations", help="Methods and sequence, as told."),
        Field("methods", "enums", "Alleged methods", vocab="methods"),
        Field("symptoms", "text", "Symptoms", help="Acute and chronic, and how they healed."),
        Field("history_before", "text", "History before the events"),
        Field("history_after", "text", "History after the events"),
        Field("physical_findings", "text", "Physical findings",
              help="Region by region; lesions are recorded separately."),
        Field("diagnostic_tests", "text", "Diagnostic tests"),
        Field("psychological_evaluation", "text", "Psychological evaluation"),
        Field("interpretation", "text", "Interpretation of findings"),
        Field("overall_consistency", "enum", "Overall consistency", vocab="consistency"),
        Field("conclusions", "text", "Conclusions"),
        Field("recommendations", "text", "Recommendations"),
        Field("referral", "text", "Referral"),
        REPRISAL_RISK,
        Field("attestation", "object", "Attestation", fields=[
            Field("clinician_name", "str", "Clinician's name"),
            Field("qualifications", "str", "Qualifications"),
            Field("statement", "text", "Statement of truthfulness"),
            Field("signed_on", "date", "Signed on"),
        ]),
    ),
    title=lambda b: _parts(
        _word("medical_exam"), _day(b.get("date")), (b.get("examiner") or {}).get("name")
    ),
    case_field="case_id",
    date_field="date",
)

LESION = Kind(
    "lesion",
    "Lesion",
    fields=(
        Field("exam_id", "ref", "Medical examination", required=True, ref_kind="medical_exam"),
        Field("marker", "str", "Marker", max_len=20, help="Label on the body diagram, e.g. 'L3'."),
        Field("body_region", "enum", "Body region", vocab="body_region"),
        Field("view", "enum", "Diagram view", vocab="body_view"),
        # Position on the body diagram in per mille of its width and height: no floats.
        Field("x", "int", "Position across (‰ of width)", min=0, max=1000),
        Field("y", "int", "Position down (‰ of height)", min=0, max=1000),
        Field("type", "enum", "Type", vocab="lesion_type"),
        Field("length_mm", "int", "Length (mm)", min=0, max=2000),
        Field("width_mm", "int", "Width (mm)", min=0, max=2000),
        Field("shape", "str", "Shape"),
        Field("colour", "str", "Colour"),
        Field("estimated_age", "enum", "Estimated age", vocab="lesion_age"),
        Field("consistency", "enum", "Consistency with the allegations", vocab="consistency"),
        Field("methods", "enums", "Attributed to methods", vocab="methods"),
        Field("description", "text", "Description"),
        Field("photo_ids", "refs", "Photographs", ref_kind="evidence"),
    ),
    title=lambda b: _parts(
        b.get("marker"), _en("lesion_type", b.get("type")), _en("body_region", b.get("body_region"))
    ),
    checks=(_both_or_neither("x", "y"),),
)

STATUS_HISTORY = Field("history", "objects", "Status history", fields=[
    Field("on", "date", "Date", required=True),
    Field("status", "enum", "Status", required=True, vocab="complaint_status"),
    Field("note", "str", "Note"),
])

# One step of a complaint's legal path. An appeal is a step of the complaint it
# continues, never a new complaint: the figures count first complaints only.
LEGAL_STEP_FIELDS = (
    Field("step", "enum", "Step", required=True, vocab="legal_step"),
    Field("body", "enum", "Body", vocab="complaint_body"),
    Field("addressee", "str", "Office or official"),
    Field("filed_on", "date", "Filed on"),
    Field("reference_number", "str", "Reference number"),
    Field("decided_on", "date", "Decided on"),
    Field("outcome", "enum", "Outcome", vocab="complaint_status"),
    STATUS_HISTORY,
    Field("notes", "text", "Notes"),
)

COMPLAINT = Kind(
    "complaint",
    "Complaint or legal step",
    fields=(
        _case_id(),
        Field("body", "enum", "Addressed to", required=True, vocab="complaint_body"),
        Field("addressee", "str", "Office or official",
              help="e.g. 'Prosecutor's office of Taraz'."),
        CITY,
        Field("filed_on", "date", "Filed on"),
        Field("filed_by", "str", "Filed by"),
        Field("reference_number", "str", "Reference number"),
        Field("registration_number", "str", "Registration number (ERDR)"),
        Field("article", "str", "Registered under article", max_len=80, help="e.g. '146-2'."),
        Field("status", "enum", "Status", vocab="complaint_status"),
        Field("outcome_on", "date", "Status as of"),
        STATUS_HISTORY,
        Field("response", "text", "Response"),
        Field("suspect_identified", "bool", "A suspect was identified"),
        Field("victim_status", "bool", "Recognised as a victim in the proceedings"),
        Field("steps", "objects", "Legal path",
              help="Every step that followed this complaint: registration or refusal, "
                   "decisions, appeals, court, UN communications, compensation.",
              fields=LEGAL_STEP_FIELDS),
        Field("appeal_of", "ref", "Appeal against (older records)", ref_kind="complaint",
              help="Older records kept appeals as separate complaints; new appeals are "
                   "steps of the legal path."),
        Field("reprisals", "text", "Reprisals that followed"),
        NOTES,
    ),
    title=lambda b: _parts(_en("complaint_body", b.get("body")), b.get("reference_number"),
                           _day(b.get("filed_on"))),
    case_field="case_id",
    city_field="city",
    status_field="status",
    date_field="filed_on",
    flags=_complaint_flags,
    checks=(_not_before("filed_on", "outcome_on"),),
)

NPM_VISIT = Kind(
    "npm_visit",
    "NPM visit",
    fields=(
        Field("facility_id", "ref", "Facility", required=True, ref_kind="facility"),
        Field("started_at", "datetime", "Started at", required=True),
        Field("ended_at", "datetime", "Ended at"),
        Field("team", "strs", "Team"),
        Field("announced", "bool", "Announced in advance"),
        Field("obstruction", "text", "Obstruction",
              help="Access refused or delayed, detainees moved before the visit, ..."),
        Field("areas_visited", "strs", "Areas visited"),
        Field("headcount", "int", "Detainees present", min=0, max=100_000),
        Field("registers_checked", "strs", "Registers checked"),
        Field("checklist", "objects", "Conditions and safeguards", fields=[
            Field("item", "enum", "Item", required=True, vocab="npm_checklist"),
            Field("rating", "enum", "Rating", vocab="checklist_rating"),
            Field("note", "text", "Note"),
        ]),
        Field("allegations", "text", "Incidents and allegations heard"),
        Field("private_interviews", "objects", "Private interviews", fields=[
            Field("code", "str", "Detainee code", required=True, max_len=32,
                  pattern=r"[\w./-]+", pattern_help="a code without spaces, never a name"),
            Field("consent", "bool", "Consent"),
            Field("fear_of_reprisal", "bool", "Fear of reprisal"),
            Field("account", "text", "Account"),
            Field("recheck_next_visit", "bool", "Re-check at the next visit"),
        ]),
        Field("findings", "text", "Findings"),
        Field("recommendations", "objects", "Recommendations", fields=[
            Field("id", "str", "Number", required=True, max_len=40),
            Field("text", "text", "Recommendation", required=True),
            Field("status", "enum", "Status", vocab="recommendation_status"),
            Field("follow_up_note", "text", "Follow-up"),
        ]),
        Field("previous_visit_id", "ref", "Previous visit", ref_kind="npm_visit"),
    ),
    title=lambda b: _parts(_word("npm_visit"), _day(b.get("started_at"))),
    facility_field="facility_id",
    date_field="started_at",
    flags=_visit_flags,
    checks=(_not_before("started_at", "ended_at"), _unique("recommendations", "id")),
)

EVIDENCE = Kind(
    "evidence",
    "Evidence file",
    fields=(
        Field("record_id", "ref", "Documents record", help="The record this file documents."),
        _case_id(required=False),
        Field("type", "enum", "Type", vocab="evidence_type"),
        Field("sha256", "str", "SHA-256", required=True, pattern="[0-9a-f]{64}",
              pattern_help="64 lowercase hexadecimal characters"),
        Field("size", "int", "Size (bytes)", required=True, min=0),
        Field("filename", "str", "File name"),
        Field("mime", "str", "Media type", max_len=100,
              pattern=r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*",
              pattern_help="a media type such as image/jpeg"),
        Field("captured_at", "datetime", "Captured at"),
        Field("gps", "object", "GPS position", fields=[
            # Degrees × 10^7 (about 1 cm): exact integers instead of floats.
            Field("lat_e7", "int", "Latitude × 10⁷", required=True,
                  min=-900_000_000, max=900_000_000),
            Field("lon_e7", "int", "Longitude × 10⁷", required=True,
                  min=-1_800_000_000, max=1_800_000_000),
        ]),
        Field("camera", "str", "Camera or device"),
        Field("obtained_from", "str", "Obtained from"),
        Field("custody_notes", "text", "Chain of custody"),
        Field("description", "text", "Description"),
    ),
    title=lambda b: _parts(_en("evidence_type", b.get("type")), b.get("filename"))
    or f"{_word('evidence')} {b.get('sha256', '')[:12]}",
    case_field="case_id",
    date_field="captured_at",
)

# ---------------------------------------------------------------------------------------
# Deaths in custody, reprisals, state forensic examinations (the legal path's companions)

DEATH_IN_CUSTODY = Kind(
    "death_in_custody",
    "Death in custody",
    fields=(
        _case_id(),
        Field("person_id", "ref", "Person who died", required=True, ref_kind="person"),
        Field("died_on", "date", "Date of death"),
        Field("facility_id", "ref", "Facility", ref_kind="facility"),
        Field("facility_name", "str", "Place", help="If not in the facility register."),
        CITY,
        Field("custody_authority", "enum", "In the custody of", vocab="agency"),
        Field("official_cause", "str", "Official cause of death",
              help="As the authorities gave it, e.g. 'cardiac failure'."),
        Field("official_account", "text", "Official account"),
        Field("family_account", "text", "The family's account"),
        Field("family_disputes_cause", "bool", "The family disputes the official cause"),
        Field("body_marks", "text", "Marks seen on the body"),
        Field("autopsy_done", "bool", "Autopsy performed"),
        Field("autopsy_by", "str", "Autopsy performed by"),
        Field("autopsy_findings", "text", "Autopsy findings"),
        Field("independent_autopsy", "bool", "Independent autopsy"),
        Field("investigation", "enum", "Investigation", vocab="investigation_state"),
        Field("complaint_id", "ref", "Complaint", ref_kind="complaint"),
        NOTES,
    ),
    title=lambda b: _parts(_word("death_in_custody"), _day(b.get("died_on")),
                           b.get("facility_name")),
    case_field="case_id",
    city_field="city",
    facility_field="facility_id",
    status_field="investigation",
    date_field="died_on",
)

REPRISAL = Kind(
    "reprisal",
    "Reprisal",
    fields=(
        _case_id(),
        Field("kind", "enum", "Kind of reprisal", required=True, vocab="reprisal_kind"),
        Field("target_id", "ref", "Against", ref_kind="person"),
        Field("target_role", "enum", "Role of the person targeted", vocab="reprisal_target"),
        Field("date", "date", "Date"),
        CITY,
        Field("by_whom", "str", "By whom"),
        Field("agency", "enum", "Agency", vocab="agency"),
        Field("description", "text", "What happened"),
        Field("court_reference", "str", "Case or lawsuit number"),
        Field("claimant", "str", "Claimant or accuser",
              help="For a lawsuit or a charge: who brought it."),
        Field("outcome", "enum", "Outcome", vocab="reprisal_outcome"),
        Field("outcome_on", "date", "Outcome as of"),
        Field("complaint_id", "ref", "Complaint it answers", ref_kind="complaint"),
        NOTES,
    ),
    title=lambda b: _parts(_en("reprisal_kind", b.get("kind")), _day(b.get("date"))),
    case_field="case_id",
    city_field="city",
    status_field="outcome",
    date_field="date",
    flags=lambda b: {"reprisal_risk"},
    checks=(_not_before("date", "outcome_on"),),
)

STATE_EXAM = Kind(
    "state_exam",
    "State forensic examination",
    fields=(
        _case_id(),
        Field("person_id", "ref", "Examined person", required=True, ref_kind="person"),
        Field("ordered_by", "str", "Ordered by", help="Investigator, body and date of the order."),
        Field("ordered_on", "date", "Ordered on"),
        Field("number", "str", "Conclusion number", max_len=80),
        Field("performed_by", "str", "Performed by", help="Forensic centre and expert."),
        Field("performed_on", "date", "Performed on"),
        Field("days_after_injury", "int", "Days between the injuries and the examination",
              min=0, max=100_000),
        Field("findings", "text", "Injuries found"),
        Field("conclusion", "text", "Conclusion"),
        Field("harm_grade", "enum", "Harm to health", vocab="harm_grade"),
        Field("family_saw_it", "bool", "The person or family saw the conclusion"),
        Field("compared_with_id", "ref", "Independent examination", ref_kind="medical_exam",
              help="The Istanbul Protocol examination to set beside it."),
        Field("discrepancies", "text", "Discrepancies with the independent examination"),
        NOTES,
    ),
    title=lambda b: _parts(_word("state_exam"), b.get("number"), _day(b.get("performed_on"))),
    case_field="case_id",
    date_field="performed_on",
    checks=(_not_before("ordered_on", "performed_on"),),
)

# --- consent and whose account a record carries (app.disclosure reads these) ------------
# A person's consent, by purpose, is a record of its own: a change or a withdrawal is a
# new version, signed with when and by whom. It names the person only by record id, so
# it may travel to the archive even when everything else about that person stays.
CONSENT_RECORD = Kind(
    "consent",
    "Consent",
    fields=(
        Field("person_id", "ref", "Person", required=True, ref_kind="person"),
        Field("given_on", "date", "Given or changed on"),
        Field("recorded_by", "str", "Recorded by"),
        CONSENT,
    ),
    title=lambda b: _parts(_word("consent"), _day(b.get("given_on"))),
    date_field="given_on",
)
# Records that carry someone's account or act for them name that person, so the one
# disclosure rule can select them (appended here to keep the kinds above readable).
INCIDENT = dataclasses.replace(INCIDENT, fields=(*INCIDENT.fields,
    Field("account_of", "refs", "Account given by", ref_kind="person",
          help="Whose account the narrative is taken from: their consent governs it.")))
COMPLAINT = dataclasses.replace(COMPLAINT, fields=(*COMPLAINT.fields,
    Field("on_behalf_of", "refs", "Filed on behalf of", ref_kind="person")))
EVIDENCE = dataclasses.replace(EVIDENCE, fields=(*EVIDENCE.fields,
    Field("provided_by", "ref", "Provided by", ref_kind="person",
          help="The person who gave this file: their consent governs it.")))


def _stub_of(b: Body, errors: Errors) -> None:
    if b.get("of_kind") not in ("incident", "complaint"):
        errors.setdefault("of_kind", "must be incident or complaint")


# What travels, so that a case still counts, of an incident or a complaint whose person
# refused sharing but not statistics (app.disclosure, docs/statistics.md): no name, no
# text, no date of birth, no reference to any other record; a month, not a day. Its id
# is a keyed hash of the record it stands for, kept on the laptop: stable across
# exports (counted once), meaningless to the archive.
STATISTICS_STUB = Kind(
    "statistics_stub",
    "Anonymised for statistics",
    fields=(
        Field("of_kind", "str", "Counts as", required=True, max_len=20),
        CITY,
        Field("oblast", "enum", "Region (oblast)", vocab="region"),
        Field("month", "date", "Month"),
        Field("methods", "enums", "Methods", vocab="methods"),
        Field("body", "enum", "Addressed to", vocab="complaint_body"),
        Field("status", "enum", "Status", vocab="complaint_status"),
    ),
    title=lambda b: _word("statistics_stub"),
    city_field="city",
    date_field="month",
    flags=lambda b: (),
    checks=(_stub_of,),
)
# --- end of consent block ------------------------------------------------------------------

_ALL = (PERSON, CASE, DETENTION, FACILITY, INTERVIEW, INCIDENT, MEDICAL_EXAM, LESION,
        COMPLAINT, NPM_VISIT, EVIDENCE, DEATH_IN_CUSTODY, REPRISAL, STATE_EXAM, CONSENT_RECORD,
        STATISTICS_STUB)
KINDS: dict[str, Kind] = {k.name: k for k in _ALL}


def kind_names() -> list[str]:
    return list(KINDS)


def get_kind(kind: str) -> Kind:
    try:
        return KINDS[kind]
    except (KeyError, TypeError):
        raise InvalidInput(f"unknown record kind: {kind!r}") from None


# ---------------------------------------------------------------------------------------
# Validation

# Sentinels: a value that normalises to nothing, and one that failed (error recorded).
_BLANK: Any = object()
_INVALID: Any = object()

_DATE_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CONTROL_STR = re.compile(r"[\x00-\x1f\x7f]")  # single line: no line breaks either
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # after line ends became "\n"


def validate(kind: str, body: Any) -> dict[str, Any]:
    """A normalised copy of `body`, or ValidationError listing every bad field.

    Normalising: strings NFC and stripped, text line ends as "\\n", ids lower case,
    repeated codes and ids dropped from lists; None, "", [], {} and blank list rows
    are dropped, so "absent" has one spelling.
    """
    k = get_kind(kind)
    if not isinstance(body, Mapping):
        raise ValidationError(kind, {"$": "must be a JSON object"})
    errors: Errors = {}
    out = _object(k.fields, body, "", errors)
    for check in k.checks:  # run even after field errors: report everything at once
        check(out, errors)
    if errors:
        raise ValidationError(kind, errors)
    return out


def _path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _object(fields: Sequence[Field], obj: Mapping[Any, Any], prefix: str, errors: Errors
            ) -> dict[str, Any]:
    """The valid, non-blank fields of `obj`; errors for the rest."""
    known = {f.name for f in fields}
    for key in obj:
        if key not in known:
            errors[_path(prefix, str(key))] = "unknown field"
    out: dict[str, Any] = {}
    for f in fields:  # schema order, so a normalised body reads like its form
        path = _path(prefix, f.name)
        value = _value(f, f.type, obj.get(f.name), path, errors)
        if value is _BLANK:
            if f.required:
                errors[path] = "required"
        elif value is not _INVALID:
            out[f.name] = value
    return out


def _fail(errors: Errors, path: str, message: str) -> Any:
    errors[path] = message
    return _INVALID


def _value(f: Field, type_: str, v: Any, path: str, errors: Errors) -> Any:
    """Normalise one value of type `type_` (the field's type, or its item type)."""
    if v is None or (isinstance(v, str | list | Mapping) and not v):
        return _BLANK  # None, "", [] and {} all mean "not given", whatever the type
    if isinstance(v, float):
        return _fail(errors, path, "floats are not allowed; use an integer")
    if type_ in LIST_ITEM:
        return _list(f, v, path, errors)
    if type_ == "object":
        if not isinstance(v, Mapping):
            return _fail(errors, path, "must be an object")
        inner: Errors = {}
        out = _object(f.fields, v, path, inner)
        if not out and all(m == "required" for m in inner.values()):
            return _BLANK  # a blank row left in a form is not an error
        errors.update(inner)
        return _INVALID if inner else out
    if type_ == "bool":
        return v if isinstance(v, bool) else _fail(errors, path, "must be true or false")
    if type_ == "int":
        return _int(f, v, path, errors)
    if not isinstance(v, str):
        return _fail(errors, path, "must be a string")
    # Same text typed on different systems must compare equal (search, duplicates, hashes).
    s = unicodedata.normalize("NFC", v).strip()
    if type_ == "text":
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s:
        return _BLANK
    message = _STRING_CHECKS[type_](f, s)
    if message:
        return _fail(errors, path, message)
    return s.lower() if type_ == "ref" else s


def _list(f: Field, v: Any, path: str, errors: Errors) -> Any:
    if not isinstance(v, list):
        return _fail(errors, path, "must be a list")
    out: list[Any] = []
    failed = False
    for i, item in enumerate(v):
        value = _value(f, f.item_type, item, f"{path}[{i}]", errors)
        if value is _INVALID:
            failed = True
        elif value is not _BLANK and not (f.type in ("enums", "refs") and value in out):
            out.append(value)  # a code or id listed twice means the same thing once
    if failed:
        return _INVALID
    return out or _BLANK


def _int(f: Field, v: Any, path: str, errors: Errors) -> Any:
    if isinstance(v, bool) or not isinstance(v, int):  # bool is an int subclass in Python
        return _fail(errors, path, "must be an integer")
    low = f.min if f.min is not None else -MAX_SAFE_INT
    high = f.max if f.max is not None else MAX_SAFE_INT
    if v < low:
        return _fail(errors, path, f"must be at least {low}")
    if v > high:
        return _fail(errors, path, f"must be at most {high}")
    return v


def _check_str(f: Field, s: str) -> str | None:
    if _CONTROL_STR.search(s):
        return "must be a single line, without control characters"
    if f.max_len is not None and len(s) > f.max_len:
        return f"must be at most {f.max_len} characters"
    if f.pattern and not re.fullmatch(f.pattern, s):
        return f"must be {f.pattern_help or 'in the expected format'}"
    return None


def _check_text(f: Field, s: str) -> str | None:
    if _CONTROL_TEXT.search(s):
        return "must not contain control characters"
    if f.max_len is not None and len(s) > f.max_len:
        return f"must be at most {f.max_len} characters"
    return None


def _check_date(f: Field, s: str) -> str | None:
    m = _DATE_RE.fullmatch(s)
    try:
        if m:
            dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
            return None
    except ValueError:
        pass
    return "not a valid date (YYYY-MM-DD, YYYY-MM or YYYY)"


def _parse_datetime(s: str) -> dt.datetime | None:
    if not _DATETIME_RE.fullmatch(s):
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def _check_datetime(f: Field, s: str) -> str | None:
    if _parse_datetime(s) is None:
        return "not a valid date and time (YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z])"
    return None


def _check_enum(f: Field, s: str) -> str | None:
    assert f.vocab is not None  # guaranteed by Field.__post_init__
    if s not in vocab.load(f.vocab):
        return f"{s!r} is not in vocabulary {f.vocab!r}"
    return None


def _check_ref(f: Field, s: str) -> str | None:
    if not _UUID_RE.fullmatch(s.lower()):
        return "not a valid record id (UUID)"
    return None


_STRING_CHECKS: dict[str, Callable[[Field, str], str | None]] = {
    "str": _check_str,
    "text": _check_text,
    "date": _check_date,
    "datetime": _check_datetime,
    "enum": _check_enum,
    "ref": _check_ref,
}


# ---------------------------------------------------------------------------------------
# What the database derives from a (validated) body


def _values(fields: Sequence[Field], body: Body, prefix: str = ""
            ) -> Iterator[tuple[str, Field, str, Any]]:
    """Every scalar value in `body`: (path, field, item type, value)."""
    for f in fields:
        value = body.get(f.name)
        if value is None:
            continue
        path = _path(prefix, f.name)
        items = enumerate(value) if f.is_list and isinstance(value, list) else [(None, value)]
        for i, item in items:
            item_path = path if i is None else f"{path}[{i}]"
            if f.item_type == "object":
                if isinstance(item, Mapping):
                    yield from _values(f.fields, item, item_path)
            else:
                yield item_path, f, f.item_type, item


def index_fields(kind: str, body: Body) -> dict[str, Any]:
    """The index columns of a validated body: title, case_id, city, facility_id, status,
    date (the date part of a date-time) and flags (sorted, drawn from FLAGS)."""
    k = get_kind(kind)

    def pick(name: str | None) -> str | None:
        value = body.get(name) if name else None
        return value if isinstance(value, str) and value else None

    title = k.title(body) if callable(k.title) else pick(k.title) or ""
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rstrip() + "…"
    date = pick(k.date_field)
    return {
        "title": title or k.label,
        "case_id": pick(k.case_field),
        "city": pick(k.city_field),
        "facility_id": pick(k.facility_field),
        "status": pick(k.status_field),
        "date": date[:10] if date else None,
        "flags": sorted(set(k.flags(body))),
    }


def display_title(kind: str, body: Body, lang: str) -> str:
    """The title of a validated body in the reader's language (the index keeps the
    English one): vocabulary labels and the few words titles use, translated."""
    token = _LANG.set(lang)
    try:
        return index_fields(kind, body)["title"]
    finally:
        _LANG.reset(token)


def references(kind: str, body: Body) -> list[tuple[str, str]]:
    """Every (field path, record id) the body points to, e.g. ("victim_ids[1]", id)."""
    k = get_kind(kind)
    return [(path, v) for path, _f, t, v in _values(k.fields, body) if t == "ref"]


def search_text(kind: str, body: Body) -> str:
    """Text for the full-text index: free text, plus vocabulary labels in every language
    and their slang synonyms (so "избиение" finds a record coded "beating_fists_feet",
    and «слоник» one coded "suffocation_gas_mask").

    A protected person's identifying fields are left out: a search must not reveal them.
    """
    return "\n".join(line for lines, _labels in search_pieces(kind, body) for line in lines)


def search_pieces(kind: str, body: Body) -> list[tuple[list[str], dict[str, str] | None]]:
    """The index text of a record, value by value: (the lines indexed for it, and, for a
    vocabulary value, its label in each language). A search snippet shows a vocabulary
    value in the reader's language only, however it was found (app.search)."""
    k = get_kind(kind)
    hidden = body.get("protected") is True
    pieces: list[tuple[list[str], dict[str, str] | None]] = []
    for _, f, t, v in _values(k.fields, body):
        if hidden and f.identifying:
            continue
        if t in ("str", "text") and isinstance(v, str):
            pieces.append(([v], None))
        elif t == "enum" and f.vocab and isinstance(v, str):
            lines, labels = _vocab_lines(f.vocab, v)
            pieces.append((list(lines), labels))
    return pieces


@functools.lru_cache(maxsize=4096)
def _vocab_lines(name: str, code: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """A vocabulary value's indexed lines: its label in every language (unique, in LANGS
    order) and its synonyms («слоник» finds the gas mask). Cached: search builds the
    snippets of a page of hits from them."""
    words = vocab.load(name)
    labels = words.labels(code)
    return (*dict.fromkeys(labels.values()), *words.synonyms(code)), labels
