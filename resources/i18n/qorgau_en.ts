<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ArchiveDesk</name>
    <message>
        <location filename="../../ui/desk/common.py" line="122" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="159" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="452" />
        <source>hidden (protected identity)</source>
        <translation>hidden (protected identity)</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="47" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="48" />
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="49" />
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="50" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="51" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="52" />
        <source>Duplicate people</source>
        <translation>Duplicate people</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="53" />
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="54" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="55" />
        <source>PDF reports</source>
        <translation>PDF reports</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="85" />
        <source>Qorgau — coordinator's desk — %1</source>
        <translation>Qorgau — coordinator's desk — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="92" />
        <source>PDF report of this case…</source>
        <translation>PDF report of this case…</translation>
    </message>
</context>
<context>
    <name>BodyDiagram</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="129" />
        <source>Click where the lesion is</source>
        <translation>Click where the lesion is</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="199" />
        <source>Person's right</source>
        <translation>Person's right</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="200" />
        <source>Person's left</source>
        <translation>Person's left</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="26" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="27" />
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="28" />
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="29" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="30" />
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="31" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="32" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="33" />
        <source>State forensic</source>
        <translation>State forensic</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="34" />
        <source>Reprisals</source>
        <translation>Reprisals</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="35" />
        <source>Death in custody</source>
        <translation>Death in custody</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="36" />
        <source>NPM visits</source>
        <translation>NPM visits</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="42" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="43" />
        <source>Add a detention episode</source>
        <translation>Add a detention episode</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="44" />
        <source>Add an interview</source>
        <translation>Add an interview</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="45" />
        <source>Add an incident</source>
        <translation>Add an incident</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="46" />
        <source>Add a medical examination</source>
        <translation>Add a medical examination</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="47" />
        <source>Add a complaint or legal step</source>
        <translation>Add a complaint or legal step</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="48" />
        <source>Add a state forensic examination</source>
        <translation>Add a state forensic examination</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="49" />
        <source>Add a reprisal</source>
        <translation>Add a reprisal</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="50" />
        <source>Record a death in custody</source>
        <translation>Record a death in custody</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="51" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="85" />
        <source>hidden (protected identity)</source>
        <translation>hidden (protected identity)</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="278" />
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="280" />
        <location filename="../../ui/field/caseview.py" line="339" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="282" />
        <source>Custody log</source>
        <translation>Custody log</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="298" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="331" />
        <source>Visits by monitors to the places where this person was held or hurt.</source>
        <translation>Visits by monitors to the places where this person was held or hurt.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="337" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="386" />
        <source>Reprisal risk</source>
        <translation>Reprisal risk</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="389" />
        <source>Do not contact: %1</source>
        <translation>Do not contact: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="394" />
        <source>Protected identities: %1</source>
        <translation>Protected identities: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="397" />
        <source>Edited on two devices: check the history</source>
        <translation>Edited on two devices: check the history</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="414" />
        <source>%1 lesions marked</source>
        <translation>%1 lesions marked</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="419" />
        <source>Deadline passed: %1</source>
        <translation>Deadline passed: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="31" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="32" />
        <source>The same record was changed on two devices, each without the other's change. Nothing is lost: every version is kept. Choose, field by field, what the record should say; the result is saved as a new version of both, signed by this archive.</source>
        <translation>The same record was changed on two devices, each without the other's change. Nothing is lost: every version is kept. Choose, field by field, what the record should say; the result is saved as a new version of both, signed by this archive.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="52" />
        <source>Reveal identity…</source>
        <translation>Reveal identity…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="62" />
        <source>Show only the fields that differ</source>
        <translation>Show only the fields that differ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="67" />
        <source>Keep it &amp;deleted</source>
        <translation>Keep it &amp;deleted</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="69" />
        <source>&amp;Save the merged version</source>
        <translation>&amp;Save the merged version</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="82" />
        <source>No record is in conflict.</source>
        <translation>No record is in conflict.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="105" />
        <source>%1 versions · %2</source>
        <translation>%1 versions · %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="167" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="172" />
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="173" />
        <source>Merged result</source>
        <translation>Merged result</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="202" />
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="243" />
        <source>Version %1 — %2
%3</source>
        <translation>Version %1 — %2
%3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="251" />
        <source>in its bundle #%1</source>
        <translation>in its bundle #%1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="255" />
        <source>bundle #%1 of “%2”</source>
        <translation>bundle #%1 of “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="259" />
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="306" />
        <source>Reveal identity</source>
        <translation>Reveal identity</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="307" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="313" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="314" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="342" />
        <location filename="../../ui/desk/conflicts.py" line="361" />
        <source>Signing the merged version…</source>
        <translation>Signing the merged version…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="352" />
        <source>Conflict resolved by the coordinator: deleted (%1)</source>
        <translation>Conflict resolved by the coordinator: deleted (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="367" />
        <source>Resolved: version %1 is signed by this archive and has the %2 conflicting versions as its parents.</source>
        <translation>Resolved: version %1 is signed by this archive and has the %2 conflicting versions as its parents.</translation>
    </message>
</context>
<context>
    <name>Coordinators</name>
    <message>
        <location filename="../../ui/field/coordinators.py" line="63" />
        <source>This file is not a Qorgau identity card, or it was damaged on the way. Ask the coordinator to send the card again.</source>
        <translation>This file is not a Qorgau identity card, or it was damaged on the way. Ask the coordinator to send the card again.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="80" />
        <source>Trust a coordinator</source>
        <translation>Trust a coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="92" />
        <source>Your coordinator gives you their identity card: a small file, on a USB stick or by any messenger. Once you trust it, the bundles you seal can be opened by their archive and by nobody else. A card can be replaced on the way, so next you will compare its number with the coordinator.</source>
        <translation>Your coordinator gives you their identity card: a small file, on a USB stick or by any messenger. Once you trust it, the bundles you seal can be opened by their archive and by nobody else. A card can be replaced on the way, so next you will compare its number with the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="99" />
        <source>Choose the card file…</source>
        <translation>Choose the card file…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="120" />
        <source>Call the coordinator on a number you already know (not one sent with the card) and read these digits to each other, group by group:</source>
        <translation>Call the coordinator on a number you already know (not one sent with the card) and read these digits to each other, group by group:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="127" />
        <source>I &amp;compared it with the coordinator: every group is the same</source>
        <translation>I &amp;compared it with the coordinator: every group is the same</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="131" />
        <source>If a single digit differs, do not trust this card: it may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>If a single digit differs, do not trust this card: it may have been replaced on the way. Ask for the card again by another route.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="154" />
        <location filename="../../ui/field/coordinators.py" line="462" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="156" />
        <source>&amp;Trust this coordinator</source>
        <translation>&amp;Trust this coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="171" />
        <source>Choose the coordinator's card</source>
        <translation>Choose the coordinator's card</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="190" />
        <source>This is this laptop's own card.</source>
        <translation>This is this laptop's own card.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="193" />
        <source>“%1” is the card of a field laptop, not of a coordinator's archive. Bundles are sealed only to a coordinator: ask them for their card.</source>
        <translation>“%1” is the card of a field laptop, not of a coordinator's archive. Bundles are sealed only to a coordinator: ask them for their card.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="199" />
        <source>Coordinator: %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="202" />
        <source>This coordinator is already trusted on this laptop, with this same card.</source>
        <translation>This coordinator is already trusted on this laptop, with this same card.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="206" />
        <source>This laptop already trusts a coordinator with this identity but other keys: this card is not the one trusted before. Do not use it; call the coordinator.</source>
        <translation>This laptop already trusts a coordinator with this identity but other keys: this card is not the one trusted before. Do not use it; call the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="232" />
        <source>%1 is now trusted. Bundles you seal can be opened by their archive; receipts signed by it are accepted.</source>
        <translation>%1 is now trusted. Bundles you seal can be opened by their archive; receipts signed by it are accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="236" />
        <location filename="../../ui/field/coordinators.py" line="273" />
        <location filename="../../ui/field/coordinators.py" line="392" />
        <location filename="../../ui/field/coordinators.py" line="463" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="251" />
        <source>This laptop's identity card</source>
        <translation>This laptop's identity card</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="259" />
        <source>Give the card file to your coordinator (it holds no secret). When they enrol this laptop, read them these digits aloud, group by group:</source>
        <translation>Give the card file to your coordinator (it holds no secret). When they enrol this laptop, read them these digits aloud, group by group:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="269" />
        <source>Save the card file…</source>
        <translation>Save the card file…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="282" />
        <source>This laptop: %1</source>
        <translation>This laptop: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="290" />
        <source>Save the card file</source>
        <translation>Save the card file</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="296" />
        <source>The card was written to %1.</source>
        <translation>The card was written to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="306" />
        <source>This receipt was signed by an archive this laptop does not trust. Nothing was changed.</source>
        <translation>This receipt was signed by an archive this laptop does not trust. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="309" />
        <source>This receipt is for another laptop: this one cannot open it. Nothing was changed.</source>
        <translation>This receipt is for another laptop: this one cannot open it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="312" />
        <source>This file is not a valid receipt: it is damaged, changed, or not a receipt at all. Nothing was changed. Ask the coordinator to send it again.</source>
        <translation>This file is not a valid receipt: it is damaged, changed, or not a receipt at all. Nothing was changed. Ask the coordinator to send it again.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="324" />
        <source>Original evidence files that leave with them: %1, %2 in all.</source>
        <translation>Original evidence files that leave with them: %1, %2 in all.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="340" />
        <source>Receipts from the coordinator</source>
        <translation>Receipts from the coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="351" />
        <source>When your coordinator has imported your bundles, their archive gives you a receipt: a sealed file listing what it now holds. Import it here. Then you may remove those records from this laptop, so that a lost or seized laptop holds as little as possible.</source>
        <translation>When your coordinator has imported your bundles, their archive gives you a receipt: a sealed file listing what it now holds. Import it here. Then you may remove those records from this laptop, so that a lost or seized laptop holds as little as possible.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="359" />
        <source>&amp;Import receipt…</source>
        <translation>&amp;Import receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="367" />
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="369" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="373" />
        <source>&amp;Remove acknowledged records from this laptop…</source>
        <translation>&amp;Remove acknowledged records from this laptop…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="407" />
        <source>Nothing on this laptop has been acknowledged by a coordinator yet: everything stays here.</source>
        <translation>Nothing on this laptop has been acknowledged by a coordinator yet: everything stays here.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="411" />
        <source>Records the coordinator's archive holds, which can be removed from this laptop: %1</source>
        <translation>Records the coordinator's archive holds, which can be removed from this laptop: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="445" />
        <source>Receipt from %1 checked. Their archive holds, from this laptop: record versions %2, evidence files %3. Nothing has been removed yet.</source>
        <translation>Receipt from %1 checked. Their archive holds, from this laptop: record versions %2, evidence files %3. Nothing has been removed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="487" />
        <source>Remove them (%1)</source>
        <translation>Remove them (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="523" />
        <source>Records removed from this laptop: %1. The coordinator's archive keeps them.</source>
        <translation>Records removed from this laptop: %1. The coordinator's archive keeps them.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="526" />
        <source>Stopped. Records removed: %1; the others stay on this laptop.</source>
        <translation>Stopped. Records removed: %1; the others stay on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="426" />
        <source>Choose the receipt file</source>
        <translation>Choose the receipt file</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="431" />
        <source>Checking the receipt…</source>
        <translation>Checking the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="442" />
        <source>This receipt from %1 was imported before. Nothing changed.</source>
        <translation>This receipt from %1 was imported before. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="468" />
        <source>These records will leave this laptop for good, with their whole history:</source>
        <translation>These records will leave this laptop for good, with their whole history:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="472" />
        <source>the coordinator</source>
        <translation>the coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="473" />
        <source>%1 holds every one of them: its signed receipt lists each version and file. To see them again, ask the coordinator. Records changed since their last bundle, and records kept back for lack of consent, stay here.</source>
        <translation>%1 holds every one of them: its signed receipt lists each version and file. To see them again, ask the coordinator. Records changed since their last bundle, and records kept back for lack of consent, stay here.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="485" />
        <source>Remove from this laptop?</source>
        <translation>Remove from this laptop?</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="489" />
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
</context>
<context>
    <name>CreateWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="292" />
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="293" />
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297" />
        <source>Everything you record is kept encrypted in this vault, on this computer only. Choose a passphrase you can remember and type quickly. Nobody, including the coalition, can open the vault without it or the recovery code.</source>
        <translation>Everything you record is kept encrypted in this vault, on this computer only. Choose a passphrase you can remember and type quickly. Nobody, including the coalition, can open the vault without it or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="302" />
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="309" />
        <source>e.g. Almaty laptop 2</source>
        <translation>e.g. Almaty laptop 2</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="312" />
        <source>&amp;Device name</source>
        <translation>&amp;Device name</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="313" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="314" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="338" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="355" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="359" />
        <source>Write this code on paper now. It is shown only this once. If you forget the passphrase, it is the only way back into the vault; anyone who has it can open the vault too. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Write this code on paper now. It is shown only this once. If you forget the passphrase, it is the only way back into the vault; anyone who has it can open the vault too. Keep the paper away from this laptop, and do not photograph it.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="371" />
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="382" />
        <source>Check the code you wrote</source>
        <translation>Check the code you wrote</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="386" />
        <source>From your paper, type group %1 and group %2 of the recovery code (groups are counted from the left).</source>
        <translation>From your paper, type group %1 and group %2 of the recovery code (groups are counted from the left).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="398" />
        <location filename="../../ui/unlock.py" line="399" />
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407" />
        <source>Show the code again</source>
        <translation>Show the code again</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="411" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="430" />
        <source>Tip: four or five unrelated words, in any language, make a strong passphrase.</source>
        <translation>Tip: four or five unrelated words, in any language, make a strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="439" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="445" />
        <source>Creating the vault… this takes a few seconds.</source>
        <translation>Creating the vault… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="482" />
        <source>These groups do not match the code. Look at the paper again, or show the code again and correct what you wrote.</source>
        <translation>These groups do not match the code. Look at the paper again, or show the code again and correct what you wrote.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/desk/custody.py" line="39" />
        <source>This record is deleted; its history stays.</source>
        <translation>This record is deleted; its history stays.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="43" />
        <source>held in this archive's encrypted store since %1</source>
        <translation>held in this archive's encrypted store since %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="47" />
        <source>NOT held in this archive (the original never arrived)</source>
        <translation>NOT held in this archive (the original never arrived)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="51" />
        <source>Original file: %1, %2</source>
        <translation>Original file: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="60" />
        <source>Obtained from: %1</source>
        <translation>Obtained from: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="63" />
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="66" />
        <source>Times are local to this computer.</source>
        <translation>Times are local to this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="78" />
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="79" />
        <source>For a record or an evidence file: where it was captured, which bundle carried it, when it was imported, what was decided here and where it was sent. Every step comes from signed versions and the hash-chained custody log.</source>
        <translation>For a record or an evidence file: where it was captured, which bundle carried it, when it was imported, what was decided here and where it was sent. Every step comes from signed versions and the hash-chained custody log.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="88" />
        <source>Search records (title, names, text)…</source>
        <translation>Search records (title, names, text)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="92" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="95" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="108" />
        <source>Evidence files of this case</source>
        <translation>Evidence files of this case</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="119" />
        <source>&amp;Check the original now</source>
        <translation>&amp;Check the original now</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="121" />
        <source>Read the original back from the encrypted store and compare its SHA-256.</source>
        <translation>Read the original back from the encrypted store and compare its SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="223" />
        <source>Reading the original back…</source>
        <translation>Reading the original back…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="228" />
        <source>The original is intact: its SHA-256 matches the one recorded when it was captured.</source>
        <translation>The original is intact: its SHA-256 matches the one recorded when it was captured.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="562" />
        <source>Custody log</source>
        <translation>Custody log</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="565" />
        <source>Every change on this device, in a hash chain: removing or editing an entry breaks every hash after it.</source>
        <translation>Every change on this device, in a hash chain: removing or editing an entry breaks every hash after it.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Chain hash</source>
        <translation>Chain hash</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="576" />
        <source>Saved a version</source>
        <translation>Saved a version</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="577" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="578" />
        <source>Evidence file sealed</source>
        <translation>Evidence file sealed</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="579" />
        <source>Original exported</source>
        <translation>Original exported</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="580" />
        <source>Identity revealed</source>
        <translation>Identity revealed</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../ui/field/reasons.py" line="37" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="41" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="80" />
        <source>Delete this record</source>
        <translation>Delete this record</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="81" />
        <source>The record leaves lists, search and the case, and a signed note of its deletion, with your reason, goes to the coordinator with the next bundle. Its history is kept.</source>
        <translation>The record leaves lists, search and the case, and a signed note of its deletion, with your reason, goes to the coordinator with the next bundle. Its history is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="84" />
        <source>Why is it deleted? (e.g. entered twice by mistake)</source>
        <translation>Why is it deleted? (e.g. entered twice by mistake)</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="85" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../ui/desk/devices.py" line="39" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="40" />
        <source>Field laptops whose bundles this archive accepts. A missing bundle number means a bundle was made but never arrived: ask for it. Revoke a laptop that was seized or lost: its later bundles are quarantined, never merged.</source>
        <translation>Field laptops whose bundles this archive accepts. A missing bundle number means a bundle was made but never arrived: ask for it. Revoke a laptop that was seized or lost: its later bundles are quarantined, never merged.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="49" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="50" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="51" />
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="52" />
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="53" />
        <source>Never received</source>
        <translation>Never received</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="54" />
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="55" />
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="65" />
        <source>&amp;Enrol a device…</source>
        <translation>&amp;Enrol a device…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="66" />
        <source>Write a re&amp;ceipt…</source>
        <translation>Write a re&amp;ceipt…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="67" />
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="96" />
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="140" />
        <source>No device is enrolled yet.</source>
        <translation>No device is enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="145" />
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="147" />
        <source>Enrolled %1 · bundles merged: %2 · record versions written on it: %3</source>
        <translation>Enrolled %1 · bundles merged: %2 · record versions written on it: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="160" />
        <source>Last bundle #%1: sealed %2, imported %3</source>
        <translation>Last bundle #%1: sealed %2, imported %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="183" />
        <source>Choose the device's identity card</source>
        <translation>Choose the device's identity card</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="208" />
        <source>Enrolled “%1”. Its bundles can be imported now.</source>
        <translation>Enrolled “%1”. Its bundles can be imported now.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="170" />
        <source>Revoked %1: nothing new from it is merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>Revoked %1: nothing new from it is merged without review; what it sent after bundle %2 is flagged for review.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="94" />
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="224" />
        <source>Revoked “%1”: nothing new from it will be merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>Revoked “%1”: nothing new from it will be merged without review; what it sent after bundle %2 is flagged for review.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="241" />
        <source>Where to write the receipt (e.g. the USB stick)</source>
        <translation>Where to write the receipt (e.g. the USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="257" />
        <source>Writing the receipt…</source>
        <translation>Writing the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="262" />
        <source>Receipt for “%1” written (%2 versions, %3 evidence files): %4. Give it to the field worker; their Qorgau may then remove what the archive holds.</source>
        <translation>Receipt for “%1” written (%2 versions, %3 evidence files): %4. Give it to the field worker; their Qorgau may then remove what the archive holds.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="286" />
        <source>Enrol a device</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="292" />
        <source>“%1” — a %2 device</source>
        <translation>“%1” — a %2 device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="296" />
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="298" />
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="304" />
        <source>1. Ask the person who holds this laptop to open its identity card in Qorgau and read the fingerprint aloud to you, group by group. Compare each group with this one:</source>
        <translation>1. Ask the person who holds this laptop to open its identity card in Qorgau and read the fingerprint aloud to you, group by group. Compare each group with this one:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="323" />
        <source>2. Optionally type the digits as they are read to you: Qorgau compares them too.</source>
        <translation>2. Optionally type the digits as they are read to you: Qorgau compares them too.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="340" />
        <source>3. Every group matched what was read to me</source>
        <translation>3. Every group matched what was read to me</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="345" />
        <source>If a single digit differs, do not enrol: the card may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>If a single digit differs, do not enrol: the card may have been replaced on the way. Ask for the card again by another route.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="356" />
        <location filename="../../ui/desk/devices.py" line="486" />
        <location filename="../../ui/desk/devices.py" line="529" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="358" />
        <source>&amp;Enrol this device</source>
        <translation>&amp;Enrol this device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="372" />
        <source>The digits match.</source>
        <translation>The digits match.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="376" />
        <source>So far the same…</source>
        <translation>So far the same…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="379" />
        <source>The digits differ: do not enrol this card.</source>
        <translation>The digits differ: do not enrol this card.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="402" />
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="425" />
        <location filename="../../ui/desk/devices.py" line="523" />
        <source>Revoke a device</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="430" />
        <source>Revoke “%1”</source>
        <translation>Revoke “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="434" />
        <source>Do this when the laptop was seized, lost or stolen. From now on nothing it signs or wrote that the archive does not hold yet is merged without your review, whatever its number. What it sent after the bundle you choose is flagged for review. A revoked device is never enrolled again: give the field worker a new vault.</source>
        <translation>Do this when the laptop was seized, lost or stolen. From now on nothing it signs or wrote that the archive does not hold yet is merged without your review, whatever its number. What it sent after the bundle you choose is flagged for review. A revoked device is never enrolled again: give the field worker a new vault.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="447" />
        <source>From the last bundle received (#%1)</source>
        <translation>From the last bundle received (#%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="451" />
        <source>Keep bundles up to number:</source>
        <translation>Keep bundles up to number:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="452" />
        <source>Seized on (YYYY-MM-DD):</source>
        <translation>Seized on (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="467" />
        <source>By date: bundles already imported that were sealed before that day stay valid. The date a bundle claims is not trusted after that: the device's clock is in other hands.</source>
        <translation>By date: bundles already imported that were sealed before that day stay valid. The date a bundle claims is not trusted after that: the device's clock is in other hands.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="481" />
        <source>What happened (kept in the custody log)</source>
        <translation>What happened (kept in the custody log)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="488" />
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="524" />
        <source>Revoke “%1”? This cannot be undone.</source>
        <translation>Revoke “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="528" />
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="551" />
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="254" />
        <source>Click on the drawing where a lesion is: a marker is placed and its lesion record opens. Click a marker to open its record.</source>
        <translation>Click on the drawing where a lesion is: a marker is placed and its lesion record opens. Click a marker to open its record.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="260" />
        <source>Save the examination once before marking lesions.</source>
        <translation>Save the examination once before marking lesions.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="265" />
        <source>Save the examination now</source>
        <translation>Save the examination now</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="269" />
        <source>Lesions</source>
        <translation>Lesions</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="275" />
        <source>Add a lesion without a marker</source>
        <translation>Add a lesion without a marker</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="19" />
        <source>names match once transliterated</source>
        <translation>names match once transliterated</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="22" />
        <source>names similar</source>
        <translation>names similar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="23" />
        <source>a protected person: compare after revealing identities</source>
        <translation>a protected person: compare after revealing identities</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="26" />
        <source>same date of birth</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="27" />
        <source>dates of birth agree to the month</source>
        <translation>dates of birth agree to the month</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="30" />
        <source>dates of birth agree to the year</source>
        <translation>dates of birth agree to the year</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="33" />
        <source>dates of birth differ by a swapped day and month</source>
        <translation>dates of birth differ by a swapped day and month</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="36" />
        <source>date of birth missing on one or both</source>
        <translation>date of birth missing on one or both</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="39" />
        <source>dates of birth differ</source>
        <translation>dates of birth differ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="40" />
        <source>gender differs</source>
        <translation>gender differs</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="41" />
        <source>same gender</source>
        <translation>same gender</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="55" />
        <source>Duplicate people</source>
        <translation>Duplicate people</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="56" />
        <source>People who may have been recorded twice, by two lawyers or monitors. Compare them; if they are the same person, link them. Linking keeps both records and where each came from, so a link made in error can be undone.</source>
        <translation>People who may have been recorded twice, by two lawyers or monitors. Compare them; if they are the same person, link them. Linking keeps both records and where each came from, so a link made in error can be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="64" />
        <source>&amp;Lowest score shown</source>
        <translation>&amp;Lowest score shown</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="70" />
        <source>&amp;Find again</source>
        <translation>&amp;Find again</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="80" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="81" />
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="82" />
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="83" />
        <source>Why suggested</source>
        <translation>Why suggested</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="105" />
        <source>Note for both records (optional), e.g. “same passport number, checked with both lawyers”</source>
        <translation>Note for both records (optional), e.g. “same passport number, checked with both lawyers”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="112" />
        <source>&amp;Not the same</source>
        <translation>&amp;Not the same</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="114" />
        <source>Hide this suggestion until the desk is opened again.</source>
        <translation>Hide this suggestion until the desk is opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="117" />
        <source>Lin&amp;k: the same person</source>
        <translation>Lin&amp;k: the same person</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="137" />
        <source>Comparing every person record…</source>
        <translation>Comparing every person record…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="168" />
        <source>No suggestions at this score.</source>
        <translation>No suggestions at this score.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="179" />
        <location filename="../../ui/desk/duplicates.py" line="195" />
        <source>hidden (protected identity)</source>
        <translation>hidden (protected identity)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="204" />
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="207" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="209" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="213" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="217" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="220" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="222" />
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="270" />
        <source>Linking…</source>
        <translation>Linking…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="277" />
        <source>Linked: %1 new signed versions; both records stay, with their history.</source>
        <translation>Linked: %1 new signed versions; both records stay, with their history.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="317" />
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="319" />
        <source>Body diagram and lesions</source>
        <translation>Body diagram and lesions</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/field/exporting.py" line="88" />
        <source>Send to coordinator</source>
        <translation>Send to coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="99" />
        <source>Records leave this laptop only inside a sealed bundle: encrypted to the coordinators you choose and signed by this device. Carry the bundle file on a USB stick or send it by any messenger; only the chosen coordinators can open it. Records whose people did not consent to sharing stay here.</source>
        <translation>Records leave this laptop only inside a sealed bundle: encrypted to the coordinators you choose and signed by this device. Carry the bundle file on a USB stick or send it by any messenger; only the chosen coordinators can open it. Records whose people did not consent to sharing stay here.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="109" />
        <source>Seal to these coordinators</source>
        <translation>Seal to these coordinators</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="112" />
        <source>Trust a coordinator…</source>
        <translation>Trust a coordinator…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="117" />
        <source>Only what is new since the last bundle</source>
        <translation>Only what is new since the last bundle</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="119" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="143" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="145" />
        <source>Seal the bundle…</source>
        <translation>Seal the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="152" />
        <source>Sealed bundles are not available in this version of Qorgau yet. Your records stay safe in the vault.</source>
        <translation>Sealed bundles are not available in this version of Qorgau yet. Your records stay safe in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="173" />
        <source>No coordinator is known to this vault yet. Import your coordinator's identity card first (ask them for it, and compare its fingerprint by phone).</source>
        <translation>No coordinator is known to this vault yet. Import your coordinator's identity card first (ask them for it, and compare its fingerprint by phone).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="192" />
        <source>Will go: %1 record versions and %2 evidence files.</source>
        <translation>Will go: %1 record versions and %2 evidence files.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="196" />
        <source>Stays on this laptop (consent):</source>
        <translation>Stays on this laptop (consent):</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="201" />
        <source>Anonymised for statistics: %1 (counted with no name, text or date of birth).</source>
        <translation>Anonymised for statistics: %1 (counted with no name, text or date of birth).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="233" />
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="144" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="252" />
        <source>Nothing new to send: every record was already in an earlier bundle.</source>
        <translation>Nothing new to send: every record was already in an earlier bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="256" />
        <source>Sealed %1 record versions and %2 evidence files (%3) into:
%4</source>
        <translation>Sealed %1 record versions and %2 evidence files (%3) into:
%4</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="260" />
        <source>Only %1 can open it.</source>
        <translation>Only %1 can open it.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="263" />
        <source>Kept on this laptop for lack of consent to sharing:</source>
        <translation>Kept on this laptop for lack of consent to sharing:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/field/forms.py" line="754" />
        <source>Relative of a protected minor: their name, other names, date of birth and contact details would identify the child, and are hidden.</source>
        <translation>Relative of a protected minor: their name, other names, date of birth and contact details would identify the child, and are hidden.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="757" />
        <source>Protected identity: the real name, other names, date of birth and contact details are hidden.</source>
        <translation>Protected identity: the real name, other names, date of birth and contact details are hidden.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="762" />
        <source>Reveal identity…</source>
        <translation>Reveal identity…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="790" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="795" />
        <source>C&amp;onsent…</source>
        <translation>C&amp;onsent…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="798" />
        <location filename="../../ui/field/forms.py" line="883" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="800" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="802" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="812" />
        <source>Restored from the draft saved %1.</source>
        <translation>Restored from the draft saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="841" />
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Reveal identity</source>
        <translation>Reveal identity</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="882" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="911" />
        <location filename="../../ui/field/opening.py" line="49" />
        <source>Recommendations and their follow-up status were carried over from the previous visit (%1). Update each one's status.</source>
        <translation>Recommendations and their follow-up status were carried over from the previous visit (%1). Update each one's status.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="929" />
        <source>Held longer than the law allows before registration: the limit for a minor is %1 hours.</source>
        <translation>Held longer than the law allows before registration: the limit for a minor is %1 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="931" />
        <source>Held longer than the law allows before registration: the limit for an adult is %1 hours.</source>
        <translation>Held longer than the law allows before registration: the limit for an adult is %1 hours.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="964" />
        <source>Draft kept (encrypted) at %1.</source>
        <translation>Draft kept (encrypted) at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1005" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1031" />
        <source>Some fields need attention: they are marked below.</source>
        <translation>Some fields need attention: they are marked below.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>What you typed in this form has not been saved as a record. Discard it?</source>
        <translation>What you typed in this form has not been saved as a record. Discard it?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1045" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1046" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="166" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="170" />
        <source>Or drop photos, scans, audio and video here. Originals are sealed in the vault; the pictures shown have their location and camera data removed.</source>
        <translation>Or drop photos, scans, audio and video here. Originals are sealed in the vault; the pictures shown have their location and camera data removed.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="191" />
        <source>No evidence files yet.</source>
        <translation>No evidence files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="212" />
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="522" />
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="530" />
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/desk/common.py" line="240" />
        <source>It was made by a newer Qorgau: it holds records of a kind this archive does not know yet. Upgrade Qorgau on this computer to the field laptops' version, then receive the same bundle again.</source>
        <translation>It was made by a newer Qorgau: it holds records of a kind this archive does not know yet. Upgrade Qorgau on this computer to the field laptops' version, then receive the same bundle again.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="246" />
        <source>The file is damaged or is not a Qorgau bundle: it could not be decrypted to the end. It may have been altered or cut short on the way.</source>
        <translation>The file is damaged or is not a Qorgau bundle: it could not be decrypted to the end. It may have been altered or cut short on the way.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="251" />
        <source>The file ends early: it was cut short, perhaps by an interrupted copy. Ask for the bundle again.</source>
        <translation>The file ends early: it was cut short, perhaps by an interrupted copy. Ask for the bundle again.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="256" />
        <source>The bundle is not addressed to this archive: it was sealed for other coordinators.</source>
        <translation>The bundle is not addressed to this archive: it was sealed for other coordinators.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="260" />
        <source>Its signatures do not match the keys enrolled for the device: the bundle was forged or altered after it was signed.</source>
        <translation>Its signatures do not match the keys enrolled for the device: the bundle was forged or altered after it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="265" />
        <source>It comes from a device this archive has not enrolled. If you expect bundles from it, enrol its identity card under Devices (compare the fingerprint by phone first).</source>
        <translation>It comes from a device this archive has not enrolled. If you expect bundles from it, enrol its identity card under Devices (compare the fingerprint by phone first).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="271" />
        <source>It carries records by devices this archive does not know, or names a known device with other keys.</source>
        <translation>It carries records by devices this archive does not know, or names a known device with other keys.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="276" />
        <source>It is larger than this archive accepts.</source>
        <translation>It is larger than this archive accepts.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="277" />
        <source>It could not be read.</source>
        <translation>It could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="279" />
        <source>Its contents do not match what the device signed: the file was altered or damaged after it was sealed.</source>
        <translation>Its contents do not match what the device signed: the file was altered or damaged after it was sealed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="286" />
        <source>The device was revoked (seized), and this bundle was not imported before: whoever holds the device's key may have made it, whatever its number.</source>
        <translation>The device was revoked (seized), and this bundle was not imported before: whoever holds the device's key may have made it, whatever its number.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="291" />
        <source>The bundle carries versions written by a revoked (seized) device, passed on by another device: whoever holds the seized key may have written them.</source>
        <translation>The bundle carries versions written by a revoked (seized) device, passed on by another device: whoever holds the seized key may have written them.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="296" />
        <source>The bundle changes a record that its author did not create: a field device may change only its own records, unless you granted it another device's.</source>
        <translation>The bundle changes a record that its author did not create: a field device may change only its own records, unless you granted it another device's.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="301" />
        <source>The device sent a different bundle with the same number: its vault was copied or restored from a backup, or its key is in someone else's hands.</source>
        <translation>The device sent a different bundle with the same number: its vault was copied or restored from a backup, or its key is in someone else's hands.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="306" />
        <source>The bundle does not follow on from the bundles already imported from this device: a rollback or a fork.</source>
        <translation>The bundle does not follow on from the bundles already imported from this device: a rollback or a fork.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="322" />
        <source>It failed a sequence or revocation check.</source>
        <translation>It failed a sequence or revocation check.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="333" />
        <source>Not imported — %1</source>
        <translation>Not imported — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="338" />
        <source>Would merge — bundle %1 from “%2”</source>
        <translation>Would merge — bundle %1 from “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="340" />
        <source>Merged — bundle %1 from “%2”</source>
        <translation>Merged — bundle %1 from “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="343" />
        <source>New in the archive: records %1, record versions %2, evidence files %3.</source>
        <translation>New in the archive: records %1, record versions %2, evidence files %3.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="353" />
        <source>Already held, sent again: record versions %1, evidence files %2 (a laptop sends them until it accepts a receipt).</source>
        <translation>Already held, sent again: record versions %1, evidence files %2 (a laptop sends them until it accepts a receipt).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="363" />
        <source>Records now in conflict (edited on two devices): %1. Resolve them under Conflicts.</source>
        <translation>Records now in conflict (edited on two devices): %1. Resolve them under Conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="371" />
        <source>Bundles never received from this device: %1. Ask the field worker for them.</source>
        <translation>Bundles never received from this device: %1. Ask the field worker for them.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="379" />
        <source>This bundle was imported before; nothing changed.</source>
        <translation>This bundle was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="381" />
        <source>This bundle is already in quarantine; nothing changed.</source>
        <translation>This bundle is already in quarantine; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="385" />
        <source>Already here — bundle %1 from “%2”</source>
        <translation>Already here — bundle %1 from “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="393" />
        <source>Quarantined — bundle %1 from “%2”</source>
        <translation>Quarantined — bundle %1 from “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="398" />
        <source>Nothing from it was merged. Check with the field worker, then release or discard it under Quarantine.</source>
        <translation>Nothing from it was merged. Check with the field worker, then release or discard it under Quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="407" />
        <source>Nothing from this file was merged.</source>
        <translation>Nothing from this file was merged.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="412" />
        <source>It says it is bundle %1 from “%2”.</source>
        <translation>It says it is bundle %1 from “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="416" />
        <source>Rejected — %1</source>
        <translation>Rejected — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="428" />
        <source>Technical detail:</source>
        <translation>Technical detail:</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="25" />
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="30" />
        <source>If the recovery code may be in someone else's hands (a seizure, a search, coercion), replace it: the old code then opens nothing, not even an old copy of this vault's key file. Type the passphrase to confirm.</source>
        <translation>If the recovery code may be in someone else's hands (a seizure, a search, coercion), replace it: the old code then opens nothing, not even an old copy of this vault's key file. Type the passphrase to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="39" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="54" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="56" />
        <source>Issue a new code</source>
        <translation>Issue a new code</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="70" />
        <source>Replacing the keys… this takes a few seconds.</source>
        <translation>Replacing the keys… this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="85" />
        <source>Write this new recovery code on paper now. It is shown only this once. The old code opens nothing any more. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Write this new recovery code on paper now. It is shown only this once. The old code opens nothing any more. Keep the paper away from this laptop, and do not photograph it.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <location filename="../../ui/keys.py" line="106" />
        <location filename="../../ui/keys.py" line="120" />
        <location filename="../../ui/keys.py" line="128" />
        <source>Re-encrypt evidence files</source>
        <translation>Re-encrypt evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <source>Every evidence file on this laptop is encrypted again under a new key, so that an old copy of the vault (taken at a seizure) no longer opens the files kept since. It can take a long time for many videos; you can stop and carry on later.</source>
        <translation>Every evidence file on this laptop is encrypted again under a new key, so that an old copy of the vault (taken at a seizure) no longer opens the files kept since. It can take a long time for many videos; you can stop and carry on later.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="101" />
        <source>Re-encrypt</source>
        <translation>Re-encrypt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="102" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107" />
        <source>Re-encrypting the evidence files…</source>
        <translation>Re-encrypting the evidence files…</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="120" />
        <source>%1 evidence files were re-encrypted under a new key.</source>
        <translation>%1 evidence files were re-encrypted under a new key.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="129" />
        <source>Stopped. The files done so far keep their new key; run it again to carry on where it stopped.</source>
        <translation>Stopped. The files done so far keep their new key; run it again to carry on where it stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="137" />
        <source>Re-encrypting file %1 of %2…</source>
        <translation>Re-encrypting file %1 of %2…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/field/window.py" line="33" />
        <source>Search all records (Ctrl+F)…</source>
        <translation>Search all records (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="38" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="47" />
        <source>from DD.MM.YYYY</source>
        <translation>from DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="49" />
        <source>to DD.MM.YYYY</source>
        <translation>to DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="51" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="52" />
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="53" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="54" />
        <source>F&amp;lag</source>
        <translation>F&amp;lag</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="55" />
        <source>Faci&amp;lity</source>
        <translation>Faci&amp;lity</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="64" />
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="114" />
        <location filename="../../ui/field/window.py" line="125" />
        <location filename="../../ui/field/window.py" line="150" />
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="165" />
        <source>Qorgau — %1</source>
        <translation>Qorgau — %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="171" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="174" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="182" />
        <source>From a spreadsheet…</source>
        <translation>From a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="185" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="192" />
        <source>Record tables…</source>
        <translation>Record tables…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="153" />
        <location filename="../../ui/field/window.py" line="193" />
        <source>Import receipt…</source>
        <translation>Import receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="152" />
        <location filename="../../ui/field/window.py" line="190" />
        <source>Send to coordinator…</source>
        <translation>Send to coordinator…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="195" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="201" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="240" />
        <source>Choose a case on the left, or start a new one (Ctrl+N).</source>
        <translation>Choose a case on the left, or start a new one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="254" />
        <source>Locks after %1 minutes without activity · Ctrl+L locks now · Ctrl+Shift+L or F12 locks at once</source>
        <translation>Locks after %1 minutes without activity · Ctrl+L locks now · Ctrl+Shift+L or F12 locks at once</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="272" />
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="275" />
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../ui/desk/report.py" line="136" />
        <source>Qorgau — confidential</source>
        <translation>Qorgau — confidential</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="139" />
        <location filename="../../ui/desk/report.py" line="619" />
        <location filename="../../ui/desk/report.py" line="802" />
        <source>Istanbul Protocol medical annex</source>
        <translation>Istanbul Protocol medical annex</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="141" />
        <location filename="../../ui/desk/report.py" line="800" />
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="161" />
        <source>Prepared from the archive “%1” on %2.</source>
        <translation>Prepared from the archive “%1” on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="167" />
        <source>Prepared for: %1</source>
        <translation>Prepared for: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="171" />
        <source>This report SHOWS the real identities of protected people. Keep it accordingly.</source>
        <translation>This report SHOWS the real identities of protected people. Keep it accordingly.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="179" />
        <source>Protected people are shown by their pseudonym; their names, dates of birth and contact details are left out.</source>
        <translation>Protected people are shown by their pseudonym; their names, dates of birth and contact details are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="187" />
        <source>Note: this case has versions from two devices that were not yet reconciled; the report shows the most recent one.</source>
        <translation>Note: this case has versions from two devices that were not yet reconciled; the report shows the most recent one.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="202" />
        <source>Withheld for lack of consent</source>
        <translation>Withheld for lack of consent</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="208" />
        <source>Person %1: %2 — %3: %4.</source>
        <translation>Person %1: %2 — %3: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="216" />
        <location filename="../../ui/desk/report.py" line="1111" />
        <source>The names of %1 relative(s) are left out: they would identify a protected minor.</source>
        <translation>The names of %1 relative(s) are left out: they would identify a protected minor.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="227" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="230" />
        <location filename="../../ui/desk/report.py" line="241" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="231" />
        <location filename="../../ui/desk/report.py" line="269" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="232" />
        <source>Medical examinations</source>
        <translation>Medical examinations</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="233" />
        <source>Complaints and legal steps</source>
        <translation>Complaints and legal steps</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="234" />
        <location filename="../../ui/desk/report.py" line="314" />
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="239" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="244" />
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="247" />
        <source>Detention of %1</source>
        <translation>Detention of %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="271" />
        <source>No incident is recorded.</source>
        <translation>No incident is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="276" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="294" />
        <source>Medical findings</source>
        <translation>Medical findings</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="296" />
        <location filename="../../ui/desk/report.py" line="631" />
        <source>No medical examination is recorded.</source>
        <translation>No medical examination is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="300" />
        <source>Examination of %1, %2</source>
        <translation>Examination of %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="311" />
        <source>Complaints and outcomes</source>
        <translation>Complaints and outcomes</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="328" />
        <location filename="../../ui/desk/report.py" line="568" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="329" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="330" />
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="336" />
        <source>Each file's full SHA-256 and chain of custody are in the archive.</source>
        <translation>Each file's full SHA-256 and chain of custody are in the archive.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="347" />
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="360" />
        <source>%1 detained (%2)</source>
        <translation>%1 detained (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="369" />
        <source>%1 released or moved</source>
        <translation>%1 released or moved</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="379" />
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="393" />
        <source>Interview: %1</source>
        <translation>Interview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="398" />
        <source>Medical examination</source>
        <translation>Medical examination</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="404" />
        <source>Complaint to %1</source>
        <translation>Complaint to %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="414" />
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="417" />
        <source>No dated event is recorded.</source>
        <translation>No dated event is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="450" />
        <source>No person is recorded.</source>
        <translation>No person is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="454" />
        <source>Name or pseudonym</source>
        <translation>Name or pseudonym</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="455" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="456" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="457" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="458" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="479" />
        <source>No complaint is recorded.</source>
        <translation>No complaint is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="483" />
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="484" />
        <location filename="../../ui/desk/report.py" line="520" />
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="485" />
        <location filename="../../ui/desk/report.py" line="521" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="486" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="487" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="488" />
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="501" />
        <source>Legal path of the complaint of %1</source>
        <translation>Legal path of the complaint of %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="519" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="522" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="523" />
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="532" />
        <source>State forensic examinations</source>
        <translation>State forensic examinations</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="533" />
        <source>Death in custody</source>
        <translation>Death in custody</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="534" />
        <source>Reprisals</source>
        <translation>Reprisals</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="558" />
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="566" />
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="567" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="569" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="570" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="571" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="572" />
        <source>Consistency</source>
        <translation>Consistency</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="610" />
        <source>Photographs</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="621" />
        <source>Set out in the order of the Istanbul Protocol's guidelines for medico-legal evaluations (Annex IV). The degree of consistency uses the Protocol's scale: not consistent, consistent, highly consistent, typical of, diagnostic of.</source>
        <translation>Set out in the order of the Istanbul Protocol's guidelines for medico-legal evaluations (Annex IV). The degree of consistency uses the Protocol's scale: not consistent, consistent, highly consistent, typical of, diagnostic of.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="637" />
        <source>Examination %1 of %2: %3, %4</source>
        <translation>Examination %1 of %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="645" />
        <source>I. Case information</source>
        <translation>I. Case information</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="663" />
        <source>II. Clinician's qualifications</source>
        <translation>II. Clinician's qualifications</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="665" />
        <source>III. Background and history</source>
        <translation>III. Background and history</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="669" />
        <source>IV. Allegations of torture and ill-treatment</source>
        <translation>IV. Allegations of torture and ill-treatment</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="672" />
        <source>V. Physical and psychological symptoms</source>
        <translation>V. Physical and psychological symptoms</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="673" />
        <source>VI. Physical examination</source>
        <translation>VI. Physical examination</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="678" />
        <location filename="../../ui/desk/report.py" line="712" />
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="683" />
        <source>VII. Psychological evaluation</source>
        <translation>VII. Psychological evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="686" />
        <source>VIII. Photographs</source>
        <translation>VIII. Photographs</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="687" />
        <source>IX. Diagnostic tests</source>
        <translation>IX. Diagnostic tests</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="689" />
        <source>X. Interpretation of findings</source>
        <translation>X. Interpretation of findings</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="693" />
        <source>XI. Conclusions and recommendations</source>
        <translation>XI. Conclusions and recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="697" />
        <source>XII. Clinician's statement and signature</source>
        <translation>XII. Clinician's statement and signature</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="707" />
        <source>No photograph is attached to the lesions.</source>
        <translation>No photograph is attached to the lesions.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="816" />
        <source>Qorgau — confidential — page %1 of %2</source>
        <translation>Qorgau — confidential — page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="938" />
        <source>PDF reports</source>
        <translation>PDF reports</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="939" />
        <source>A case report for a prosecutor, a court or a UN body, and the Istanbul Protocol medical annex, in the language of this window.</source>
        <translation>A case report for a prosecutor, a court or a UN body, and the Istanbul Protocol medical annex, in the language of this window.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="949" />
        <source>Find a case…</source>
        <translation>Find a case…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="963" />
        <location filename="../../ui/desk/report.py" line="1086" />
        <source>Choose a case on the left.</source>
        <translation>Choose a case on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="967" />
        <source>What the PDF holds</source>
        <translation>What the PDF holds</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="969" />
        <source>&amp;Case report</source>
        <translation>&amp;Case report</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="971" />
        <source>Istanbul Protocol medical &amp;annex</source>
        <translation>Istanbul Protocol medical &amp;annex</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="973" />
        <source>&amp;Photographs of the lesions</source>
        <translation>&amp;Photographs of the lesions</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="975" />
        <source>Show the real &amp;identities of protected people</source>
        <translation>Show the real &amp;identities of protected people</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="978" />
        <source>Summary, timeline, people, detention, incidents, medical findings with the body diagrams, complaints and outcomes, evidence files.</source>
        <translation>Summary, timeline, people, detention, incidents, medical findings with the body diagrams, complaints and outcomes, evidence files.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="983" />
        <source>One section per examination, in the Protocol's order.</source>
        <translation>One section per examination, in the Protocol's order.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="984" />
        <source>Copies without GPS position or camera data.</source>
        <translation>Copies without GPS position or camera data.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="985" />
        <source>Off: protected people appear by their pseudonym, without name, date of birth or contact details.</source>
        <translation>Off: protected people appear by their pseudonym, without name, date of birth or contact details.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1006" />
        <source>e.g. Prosecutor's office of Taraz; UN Committee against Torture</source>
        <translation>e.g. Prosecutor's office of Taraz; UN Committee against Torture</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1010" />
        <source>Prepared &amp;for</source>
        <translation>Prepared &amp;for</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1012" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1015" />
        <source>A PDF file is not encrypted: anyone who gets the file, the USB stick or the e-mail can read it. Qorgau writes it only where you choose, records in the custody log who it was for, and keeps no other copy.</source>
        <translation>A PDF file is not encrypted: anyone who gets the file, the USB stick or the e-mail can read it. Qorgau writes it only where you choose, records in the custody log who it was for, and keeps no other copy.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1033" />
        <source>&amp;Make the PDF…</source>
        <translation>&amp;Make the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1106" />
        <source>Left out for lack of consent (person: what — why):</source>
        <translation>Left out for lack of consent (person: what — why):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1129" />
        <source>Nothing to put in the PDF</source>
        <translation>Nothing to put in the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1130" />
        <source>Tick the case report, the medical annex, or both.</source>
        <translation>Tick the case report, the medical annex, or both.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1139" />
        <source>Show protected identities?</source>
        <translation>Show protected identities?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1140" />
        <source>The PDF will name the protected people and give their dates of birth and contact details. Anyone who reads the file can put them at risk. Do this only for a recipient who must know, and who can keep it safe.</source>
        <translation>The PDF will name the protected people and give their dates of birth and contact details. Anyone who reads the file can put them at risk. Do this only for a recipient who must know, and who can keep it safe.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1147" />
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1148" />
        <source>Keep them masked</source>
        <translation>Keep them masked</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1159" />
        <source>A PDF is not encrypted</source>
        <translation>A PDF is not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1160" />
        <source>The PDF will be written in plaintext where you choose. Anyone who gets the file can read it. Put it only on the medium it must travel on, and delete it once it has been delivered.</source>
        <translation>The PDF will be written in plaintext where you choose. Anyone who gets the file can read it. Put it only on the medium it must travel on, and delete it once it has been delivered.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1167" />
        <source>Choose where…</source>
        <translation>Choose where…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1168" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1178" />
        <source>case-report</source>
        <translation>case-report</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1179" />
        <source>istanbul-protocol-annex</source>
        <translation>istanbul-protocol-annex</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1180" />
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1201" />
        <source>Laying out the PDF…</source>
        <translation>Laying out the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1212" />
        <source>Written (plaintext, %1): %2
The export is recorded in the custody log of every record in it.</source>
        <translation>Written (plaintext, %1): %2
The export is recorded in the custody log of every record in it.</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Previous Month</source>
        <translation>Previous Month</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Next Month</source>
        <translation>Next Month</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="9" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="10" />
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="23" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QorgauApp</name>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>Open a vault folder</source>
        <translation>Open a vault folder</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>Not a vault</source>
        <translation>Not a vault</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>There is no Qorgau vault in that folder.</source>
        <translation>There is no Qorgau vault in that folder.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Choose an empty folder for the new vault</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="31" />
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="32" />
        <source>These bundles are intact and signed by an enrolled device, but were not merged: the device was revoked, or the bundle does not follow on from the ones before it. Check with the field worker (by phone, not by the same laptop), then release or discard each one.</source>
        <translation>These bundles are intact and signed by an enrolled device, but were not merged: the device was revoked, or the bundle does not follow on from the ones before it. Check with the field worker (by phone, not by the same laptop), then release or discard each one.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="42" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="43" />
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="44" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="45" />
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="46" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="57" />
        <source>Why (kept in the custody log), e.g. “confirmed by phone with A. Nurlanova on 3 March”</source>
        <translation>Why (kept in the custody log), e.g. “confirmed by phone with A. Nurlanova on 3 March”</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="63" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="69" />
        <source>&amp;Inspect</source>
        <translation>&amp;Inspect</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="71" />
        <source>Check the bundle again and count what releasing it would merge. Nothing is written.</source>
        <translation>Check the bundle again and count what releasing it would merge. Nothing is written.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="77" />
        <source>Re&amp;lease and merge</source>
        <translation>Re&amp;lease and merge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="78" />
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="136" />
        <source>Nothing is waiting in quarantine.</source>
        <translation>Nothing is waiting in quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="143" />
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="145" />
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="155" />
        <source>Decided earlier</source>
        <translation>Decided earlier</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="166" />
        <source>Device revoked</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="167" />
        <source>Same number twice</source>
        <translation>Same number twice</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="168" />
        <source>Out of sequence</source>
        <translation>Out of sequence</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="169" />
        <source>Written by a revoked device</source>
        <translation>Written by a revoked device</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="170" />
        <source>Not its author's record</source>
        <translation>Not its author's record</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="182" />
        <source>bundle %1</source>
        <translation>bundle %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="207" />
        <source>Checking the quarantined bundle again…</source>
        <translation>Checking the quarantined bundle again…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="215" />
        <source>If released, it would merge:</source>
        <translation>If released, it would merge:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="512" />
        <location filename="../../ui/desk/quarantine.py" line="227" />
        <source>Say why</source>
        <translation>Say why</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="513" />
        <location filename="../../ui/desk/quarantine.py" line="228" />
        <source>Write the reason first: it is kept in the custody log with your decision.</source>
        <translation>Write the reason first: it is kept in the custody log with your decision.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="258" />
        <source>Release the bundle</source>
        <translation>Release the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="259" />
        <source>Merge bundle %1 from “%2” into the archive? Do this only after the field worker confirmed, by another channel, that they made it.</source>
        <translation>Merge bundle %1 from “%2” into the archive? Do this only after the field worker confirmed, by another channel, that they made it.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="264" />
        <source>Release and merge</source>
        <translation>Release and merge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="251" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="282" />
        <source>Checking and merging the bundle…</source>
        <translation>Checking and merging the bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="299" />
        <source>Discard the bundle</source>
        <translation>Discard the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="300" />
        <source>Delete the quarantined copy of bundle %1 from “%2”? Nothing from it is merged; the same file imported again is recognised and not merged either.</source>
        <translation>Delete the quarantined copy of bundle %1 from “%2”? Nothing from it is merged; the same file imported again is recognised and not merged either.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="305" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="322" />
        <source>Discarding…</source>
        <translation>Discarding…</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../../ui/desk/receive.py" line="116" />
        <source>Receive bundles</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="117" />
        <source>Bundles from the field laptops are checked before anything is merged: who signed them, that nothing was altered, that they follow on from the last bundle of their device. Choose the files, drop them here, or watch the folder of a USB stick.</source>
        <translation>Bundles from the field laptops are checked before anything is merged: who signed them, that nothing was altered, that they follow on from the last bundle of their device. Choose the files, drop them here, or watch the folder of a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="125" />
        <source>&amp;Import bundles…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="127" />
        <location filename="../../ui/desk/receive.py" line="271" />
        <source>&amp;Watch a folder (USB stick)…</source>
        <translation>&amp;Watch a folder (USB stick)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="130" />
        <source>Write a &amp;receipt for each device next to its bundles</source>
        <translation>Write a &amp;receipt for each device next to its bundles</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="134" />
        <source>A receipt tells the field laptop what the archive now holds, so it may remove those records. It is encrypted to that laptop and signed by this archive.</source>
        <translation>A receipt tells the field laptop what the archive now holds, so it may remove those records. It is encrypted to that laptop and signed by this archive.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="158" />
        <source>Drop bundle files here</source>
        <translation>Drop bundle files here</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="174" />
        <source>The report of each bundle appears here.</source>
        <translation>The report of each bundle appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="186" />
        <source>Reason for the custody log, e.g. her request of 1 March</source>
        <translation>Reason for the custody log, e.g. her request of 1 March</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="188" />
        <source>&amp;Remove their records…</source>
        <translation>&amp;Remove their records…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="245" />
        <source>Choose bundle files</source>
        <translation>Choose bundle files</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="273" />
        <source>Folder to watch for bundles</source>
        <translation>Folder to watch for bundles</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="280" />
        <source>Watching %1: bundle files (.bundle) that appear there are imported at once. The folder is not remembered after Qorgau locks.</source>
        <translation>Watching %1: bundle files (.bundle) that appear there are imported at once. The folder is not remembered after Qorgau locks.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="288" />
        <source>Stop &amp;watching</source>
        <translation>Stop &amp;watching</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="326" />
        <source>Checking and merging bundle %1 of %2: %3</source>
        <translation>Checking and merging bundle %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="346" />
        <source>Received at %1</source>
        <translation>Received at %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="365" />
        <source>%1 merged</source>
        <translation>%1 merged</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="368" />
        <source>%1 already here</source>
        <translation>%1 already here</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="372" />
        <source>%1 quarantined</source>
        <translation>%1 quarantined</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="375" />
        <source>%1 rejected</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="380" />
        <source>Stopped. The bundle being read was not merged; those after it were not read.</source>
        <translation>Stopped. The bundle being read was not merged; those after it were not read.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="391" />
        <source>Receipt for “%1” written: %2</source>
        <translation>Receipt for “%1” written: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="397" />
        <source>No receipt for device %1: %2</source>
        <translation>No receipt for device %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="425" />
        <source>%1 person(s) withdrew their consent to sharing. Their records are already left out of every report, list and table; you may also remove them from the archive.</source>
        <translation>%1 person(s) withdrew their consent to sharing. Their records are already left out of every report, list and table; you may also remove them from the archive.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="447" />
        <source>A reason is needed</source>
        <translation>A reason is needed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="448" />
        <source>Say why the records are removed: it goes to the custody log.</source>
        <translation>Say why the records are removed: it goes to the custody log.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="458" />
        <source>Remove their records?</source>
        <translation>Remove their records?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="459" />
        <source>The records of %1 person(s) who withdrew consent (%2 record(s) in all) will be removed from this archive for good, in one step: all of them, or none if you stop it. Their consent records stay, as proof of the withdrawal.</source>
        <translation>The records of %1 person(s) who withdrew consent (%2 record(s) in all) will be removed from this archive for good, in one step: all of them, or none if you stop it. Their consent records stay, as proof of the withdrawal.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="468" />
        <source>Reason for the custody log: %1</source>
        <translation>Reason for the custody log: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="485" />
        <source>%1 record(s) of %2 person(s) removed.</source>
        <translation>%1 record(s) of %2 person(s) removed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="497" />
        <source>Stopped: nobody's records were removed.</source>
        <translation>Stopped: nobody's records were removed.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="515" />
        <source>Removing the records of %1 person(s)…</source>
        <translation>Removing the records of %1 person(s)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="470" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="471" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="151" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="153" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="156" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="157" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="158" />
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <location filename="../../ui/record_tables.py" line="25" />
        <source>Spreadsheet workbook (XLSX), a sheet per kind</source>
        <translation>Spreadsheet workbook (XLSX), a sheet per kind</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="26" />
        <source>CSV files in a new folder, a file per kind</source>
        <translation>CSV files in a new folder, a file per kind</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="27" />
        <source>Uwazi import pack (CSV files in a new folder)</source>
        <translation>Uwazi import pack (CSV files in a new folder)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="46" />
        <source>Record tables</source>
        <translation>Record tables</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="51" />
        <source>Records as tables for spreadsheets and for an Uwazi database: one table per kind, codes beside their labels. What people did not consent to share is left out and protected identities are masked.</source>
        <translation>Records as tables for spreadsheets and for an Uwazi database: one table per kind, codes beside their labels. What people did not consent to share is left out and protected identities are masked.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="61" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="76" />
        <source>&amp;Language of the labels</source>
        <translation>&amp;Language of the labels</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="80" />
        <source>&amp;Kinds of record</source>
        <translation>&amp;Kinds of record</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="93" />
        <source>Which records (as on the statistics page)</source>
        <translation>Which records (as on the statistics page)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="104" />
        <source>What the files will hold</source>
        <translation>What the files will hold</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="108" />
        <source>Counting what would be written…</source>
        <translation>Counting what would be written…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="122" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Keep them only where needed and delete them after use.</source>
        <translation>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Keep them only where needed and delete them after use.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="138" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="140" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="208" />
        <source>Tick at least one kind of record.</source>
        <translation>Tick at least one kind of record.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="240" />
        <source>Will be written: %1.</source>
        <translation>Will be written: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="243" />
        <source>No record matches these choices: the file would be empty.</source>
        <translation>No record matches these choices: the file would be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="246" />
        <source>Left out by consent (%1 records):</source>
        <translation>Left out by consent (%1 records):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="250" />
        <location filename="../../ui/record_tables.py" line="256" />
        <source>…and %1 more people.</source>
        <translation>…and %1 more people.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="253" />
        <source>Shown without their name (consent):</source>
        <translation>Shown without their name (consent):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="275" />
        <source>These files are not encrypted</source>
        <translation>These files are not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="276" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Save them only where they are needed, and delete them after use.</source>
        <translation>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Save them only where they are needed, and delete them after use.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="280" />
        <source>Choose where…</source>
        <translation>Choose where…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="139" />
        <location filename="../../ui/record_tables.py" line="281" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="287" />
        <location filename="../../ui/record_tables.py" line="307" />
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="289" />
        <source>Save the workbook</source>
        <translation>Save the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="294" />
        <source>Where to make the new folder</source>
        <translation>Where to make the new folder</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="339" />
        <source>Written (plaintext): %1</source>
        <translation>Written (plaintext): %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="341" />
        <source>Left out by consent: %1 records.</source>
        <translation>Left out by consent: %1 records.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="353" />
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/field/settings.py" line="24" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="40" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="43" />
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="48" />
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="51" />
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="57" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="58" />
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="59" />
        <source>Ctrl+L locks now. Ctrl+Shift+L or F12 hides everything and locks at once. Text copied from Qorgau is cleared from the clipboard after %1 seconds.</source>
        <translation>Ctrl+L locks now. Ctrl+Shift+L or F12 hides everything and locks at once. Text copied from Qorgau is cleared from the clipboard after %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="68" />
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="70" />
        <source>Bundles from this laptop can be sealed to these coordinators, and their receipts are accepted:</source>
        <translation>Bundles from this laptop can be sealed to these coordinators, and their receipts are accepted:</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="81" />
        <source>Trust a coordinator…</source>
        <translation>Trust a coordinator…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="83" />
        <source>This laptop's identity card…</source>
        <translation>This laptop's identity card…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="85" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="86" />
        <source>Stop sealing bundles to the chosen coordinator (for instance, their archive was lost or seized).</source>
        <translation>Stop sealing bundles to the chosen coordinator (for instance, their archive was lost or seized).</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="99" />
        <source>Count refusals to share in the statistics, anonymised</source>
        <translation>Count refusals to share in the statistics, anonymised</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="103" />
        <source>When a person refused sharing but not statistics, only the kind, city, month and methods of their incidents and complaints go to the coordinator: no name, text or date of birth. Turn this on only if your organisation's consent covers it.</source>
        <translation>When a person refused sharing but not statistics, only the kind, city, month and methods of their incidents and complaints go to the coordinator: no name, text or date of birth. Turn this on only if your organisation's consent covers it.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="117" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="124" />
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="125" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="130" />
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="132" />
        <source>New recovery code…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="134" />
        <source>Re-encrypt evidence files…</source>
        <translation>Re-encrypt evidence files…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="152" />
        <source>Make them steps…</source>
        <translation>Make them steps…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="159" />
        <source>Device: %1 · vault: %2</source>
        <translation>Device: %1 · vault: %2</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="167" />
        <location filename="../../ui/field/settings.py" line="266" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="169" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="204" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="207" />
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="219" />
        <source>The passphrase was changed and the vault's key replaced. The recovery code still works.</source>
        <translation>The passphrase was changed and the vault's key replaced. The recovery code still works.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="250" />
        <source>Appeals kept as separate complaints: %1.</source>
        <translation>Appeals kept as separate complaints: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="259" />
        <source>Older appeal records</source>
        <translation>Older appeal records</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="260" />
        <source>Each appeal becomes a step of the complaint it continues and shows in its legal path: a new version of the complaint, signed by this laptop, and the appeal record is closed with a note saying where it went. The figures stay the same and the old versions stay in the history.</source>
        <translation>Each appeal becomes a step of the complaint it continues and shows in its legal path: a new version of the complaint, signed by this laptop, and the appeal record is closed with a note saying where it went. The figures stay the same and the old versions stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="265" />
        <source>Make them steps</source>
        <translation>Make them steps</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="273" />
        <source>Done: %1 appeals are now steps of their complaints.</source>
        <translation>Done: %1 appeals are now steps of their complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="293" />
        <source>None yet: import your coordinator's identity card.</source>
        <translation>None yet: import your coordinator's identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="318" />
        <source>Remove a coordinator</source>
        <translation>Remove a coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="319" />
        <source>Bundles from this laptop will no longer be sealed to this coordinator. Bundles already sent stay readable to them.</source>
        <translation>Bundles from this laptop will no longer be sealed to this coordinator. Bundles already sent stay readable to them.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="321" />
        <source>Why? (e.g. their archive laptop was seized)</source>
        <translation>Why? (e.g. their archive laptop was seized)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="322" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="29" />
        <source>not yes or no: «%1»</source>
        <translation>not yes or no: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="30" />
        <source>not a whole number: «%1»</source>
        <translation>not a whole number: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31" />
        <source>not a date (write 16.03.2024): «%1»</source>
        <translation>not a date (write 16.03.2024): «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="32" />
        <source>no such date: «%1»</source>
        <translation>no such date: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="33" />
        <source>not one of the choices: «%1»</source>
        <translation>not one of the choices: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="34" />
        <source>no such column in the row of names</source>
        <translation>no such column in the row of names</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="50" />
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="65" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="69" />
        <location filename="../../ui/spreadsheets.py" line="170" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="71" />
        <location filename="../../ui/spreadsheets.py" line="147" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="85" />
        <source>Records kept in Excel, in a CSV file or in a KoBo/ODK export come in here without retyping. Each row becomes one record, signed by this vault. Nothing is written until you have seen every problem and every guess.</source>
        <translation>Records kept in Excel, in a CSV file or in a KoBo/ODK export come in here without retyping. Each row becomes one record, signed by this vault. Nothing is written until you have seen every problem and every guess.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="93" />
        <source>A .xlsx or .csv file</source>
        <translation>A .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="94" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="98" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="102" />
        <source>Each row is a</source>
        <translation>Each row is a</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="105" />
        <source>find it</source>
        <translation>find it</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="106" />
        <source>Row with the column names</source>
        <translation>Row with the column names</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="117" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="118" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="146" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="163" />
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="198" />
        <source>Choose the file first.</source>
        <translation>Choose the file first.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="213" />
        <source>Row %1 holds the column names. Say which field each column fills; columns named like a field are matched already. Leave the others out.</source>
        <translation>Row %1 holds the column names. Say which field each column fills; columns named like a field are matched already. Leave the others out.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="228" />
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="261" />
        <source>%1 rows can be read; %2 cells cannot. Nothing will be imported until every cell below is corrected in the file (or its column left out).</source>
        <translation>%1 rows can be read; %2 cells cannot. Nothing will be imported until every cell below is corrected in the file (or its column left out).</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="266" />
        <source>All %1 rows can be imported. Check the guesses and the people who may already be recorded, then import.</source>
        <translation>All %1 rows can be imported. Check the guesses and the people who may already be recorded, then import.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="270" />
        <source>Row %1, column «%2»: %3</source>
        <translation>Row %1, column «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="274" />
        <source>Row %1, column «%2»: «%3» read as «%4» — check it</source>
        <translation>Row %1, column «%2»: «%3» read as «%4» — check it</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="279" />
        <source>Row %1 may be a person this vault already holds (score %2)</source>
        <translation>Row %1 may be a person this vault already holds (score %2)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="284" />
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="306" />
        <source>Imported %1 records from %2. Each is signed by this vault; the audit log names the file and its fingerprint.</source>
        <translation>Imported %1 records from %2. Each is signed by this vault; the audit log names the file and its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="313" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../ui/desk/figures.py" line="59" />
        <source>Complaints by status and city</source>
        <translation>Complaints by status and city</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="60" />
        <source>Complaints by month filed</source>
        <translation>Complaints by month filed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="61" />
        <source>Complaints by facility</source>
        <translation>Complaints by facility</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="62" />
        <source>Closed complaints by city</source>
        <translation>Closed complaints by city</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="63" />
        <source>Complaints closed for lack of evidence, by city</source>
        <translation>Complaints closed for lack of evidence, by city</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="66" />
        <source>Victims who are women or minors, by city</source>
        <translation>Victims who are women or minors, by city</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="67" />
        <source>Methods of torture and ill-treatment</source>
        <translation>Methods of torture and ill-treatment</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="68" />
        <source>Methods by city</source>
        <translation>Methods by city</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="80" />
        <source>A complaint counts under every facility its case names (in a detention or an incident): rows may add up to more than the total.</source>
        <translation>A complaint counts under every facility its case names (in a detention or an incident): rows may add up to more than the total.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="71" />
        <source>First complaints (appeals, later steps and drafts left out), by the status their legal path gives them; city: the complaint's, else its case's. The chart groups the statuses by outcome.</source>
        <translation>First complaints (appeals, later steps and drafts left out), by the status their legal path gives them; city: the complaint's, else its case's. The chart groups the statuses by outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="77" />
        <source>First complaints by the month they were filed, with their outcome.</source>
        <translation>First complaints by the month they were filed, with their outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="85" />
        <source>Closed: registration refused, closed (no crime, no evidence) or amnesty. Percentages of first complaints.</source>
        <translation>Closed: registration refused, closed (no crime, no evidence) or amnesty. Percentages of first complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="90" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence. The chart shows the share of first complaints.</source>
        <translation>Closed for lack of evidence: closed for absence of a crime or of evidence. The chart shows the share of first complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="95" />
        <source>Victims: people named as victims of a case or of one of its incidents, each counted once per city; city and date: the case's.</source>
        <translation>Victims: people named as victims of a case or of one of its incidents, each counted once per city; city and date: the case's.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="100" />
        <source>Incidents naming each method; percentages of the incidents with at least one method recorded.</source>
        <translation>Incidents naming each method; percentages of the incidents with at least one method recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="105" />
        <source>Incidents naming each method, by the incident's city (else its case's).</source>
        <translation>Incidents naming each method, by the incident's city (else its case's).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="108" />
        <source>First complaints by the year filed and the region of their city.</source>
        <translation>First complaints by the year filed and the region of their city.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="111" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence, by region. The chart shows the share of first complaints.</source>
        <translation>Closed for lack of evidence: closed for absence of a crime or of evidence, by region. The chart shows the share of first complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="116" />
        <source>How many first complaints reached each stage, as shown by any status on their legal path: registration, a suspect, victim status, court, conviction.</source>
        <translation>How many first complaints reached each stage, as shown by any status on their legal path: registration, a suspect, victim status, court, conviction.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="121" />
        <source>Every submission once: first complaints, and appeals and UN communications as steps of the complaint they continue.</source>
        <translation>Every submission once: first complaints, and appeals and UN communications as steps of the complaint they continue.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="126" />
        <source>Deaths in custody by region, with the autopsy and the investigation.</source>
        <translation>Deaths in custody by region, with the autopsy and the investigation.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="129" />
        <source>Reprisals against victims, relatives and defenders, by kind and outcome.</source>
        <translation>Reprisals against victims, relatives and defenders, by kind and outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="132" />
        <source>Detention episodes by the hours held before registration, against the legal limit of 48 hours (24 for a minor).</source>
        <translation>Detention episodes by the hours held before registration, against the legal limit of 48 hours (24 for a minor).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="137" />
        <source>Each perpetrator named in an incident, by agency and involvement.</source>
        <translation>Each perpetrator named in an incident, by agency and involvement.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="140" />
        <source>Each victim once: women, minors, foreign nationals, activists and age at the time of their first case.</source>
        <translation>Each victim once: women, minors, foreign nationals, activists and age at the time of their first case.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="145" />
        <source>Incidents naming at least one method of each group, e.g. every form of sexual violence together.</source>
        <translation>Incidents naming at least one method of each group, e.g. every form of sexual violence together.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="152" />
        <source>City code</source>
        <translation>City code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="153" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="154" />
        <source>Month code</source>
        <translation>Month code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="155" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="156" />
        <source>Facility id</source>
        <translation>Facility id</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="157" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="158" />
        <source>Method code</source>
        <translation>Method code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="159" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="160" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="161" />
        <source>Not filed</source>
        <translation>Not filed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="162" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="163" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="164" />
        <source>Sent to court</source>
        <translation>Sent to court</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="165" />
        <source>Other outcome</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="166" />
        <source>Status not recorded</source>
        <translation>Status not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="167" />
        <source>Closed (%)</source>
        <translation>Closed (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="168" />
        <source>Closed for lack of evidence</source>
        <translation>Closed for lack of evidence</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="169" />
        <source>Lack of evidence (% of complaints)</source>
        <translation>Lack of evidence (% of complaints)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="172" />
        <source>Lack of evidence (% of closed)</source>
        <translation>Lack of evidence (% of closed)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="175" />
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="176" />
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="177" />
        <source>Women (%)</source>
        <translation>Women (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="178" />
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="179" />
        <source>Minors (%)</source>
        <translation>Minors (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="180" />
        <source>Women who were minors</source>
        <translation>Women who were minors</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="181" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="182" />
        <source>Incidents (%)</source>
        <translation>Incidents (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="183" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="184" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="185" />
        <source>Month not recorded</source>
        <translation>Month not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="186" />
        <source>No facility recorded</source>
        <translation>No facility recorded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="187" />
        <source>Unknown facility</source>
        <translation>Unknown facility</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="188" />
        <source>Incidents with methods recorded</source>
        <translation>Incidents with methods recorded</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="315" />
        <source>Nothing to count with these filters.</source>
        <translation>Nothing to count with these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="423" />
        <source>The %1 largest are drawn; the table below has all %2.</source>
        <translation>The %1 largest are drawn; the table below has all %2.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="523" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="524" />
        <source>Figures over every record in the archive: first complaints and their legal path by region, city, month and facility, deaths in custody, reprisals, who the victims are, methods. The table under each chart holds its numbers; export it as CSV for a submission.</source>
        <translation>Figures over every record in the archive: first complaints and their legal path by region, city, month and facility, deaths in custody, reprisals, who the victims are, methods. The table under each chart holds its numbers; export it as CSV for a submission.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="35" />
        <source>from DD.MM.YYYY</source>
        <translation>from DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="37" />
        <source>to DD.MM.YYYY</source>
        <translation>to DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="41" />
        <source>Every city</source>
        <translation>Every city</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="40" />
        <source>Every region</source>
        <translation>Every region</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="48" />
        <source>e.g. January 2022</source>
        <translation>e.g. January 2022</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="43" />
        <source>Every facility</source>
        <translation>Every facility</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="49" />
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="51" />
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="539" />
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="573" />
        <source>Export this table as &amp;CSV…</source>
        <translation>Export this table as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="574" />
        <source>Export &amp;all tables as CSV…</source>
        <translation>Export &amp;all tables as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="617" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="682" />
        <source>The figures include %1 entries anonymised for statistics: cases of people who did not consent to sharing, counted with no name, text or date of birth.</source>
        <translation>The figures include %1 entries anonymised for statistics: cases of people who did not consent to sharing, counted with no name, text or date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="142" />
        <source>dates %1 to %2</source>
        <translation>dates %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="151" />
        <source>Filters: %1.</source>
        <translation>Filters: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="704" />
        <source>CSV files are not encrypted</source>
        <translation>CSV files are not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="705" />
        <source>A CSV file is plaintext: anyone who gets the file or the disk can read it. The figures name no person, but facility names and small numbers can still point to someone. Save it only where it is needed, and delete it after use.</source>
        <translation>A CSV file is plaintext: anyone who gets the file or the disk can read it. The figures name no person, but facility names and small numbers can still point to someone. Save it only where it is needed, and delete it after use.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="712" />
        <source>Choose where…</source>
        <translation>Choose where…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="713" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="721" />
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="728" />
        <source>Save the table as CSV</source>
        <translation>Save the table as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="745" />
        <source>Writing CSV…</source>
        <translation>Writing CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="749" />
        <source>Written (plaintext): %1</source>
        <translation>Written (plaintext): %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="92" />
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="112" />
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="132" />
        <source>Forgot it? Use the recovery code</source>
        <translation>Forgot it? Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139" />
        <source>Open another vault…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142" />
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156" />
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The recovery code keeps working afterwards.</source>
        <translation>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The recovery code keeps working afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="165" />
        <source>Recovery &amp;code</source>
        <translation>Recovery &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="166" />
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="176" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="178" />
        <source>Open with the recovery code</source>
        <translation>Open with the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221" />
        <source>The two new passphrases are not the same.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="226" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238" />
        <source>Still opening. The first opening after an update prepares a large archive once and can take several minutes; please wait and do not close Qorgau.</source>
        <translation>Still opening. The first opening after an update prepares a large archive once and can take several minutes; please wait and do not close Qorgau.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258" />
        <source>That passphrase does not open this vault. Nothing has changed. Check the keyboard layout (Russian, Kazakh or English) and Caps Lock, then try again.</source>
        <translation>That passphrase does not open this vault. Nothing has changed. Check the keyboard layout (Russian, Kazakh or English) and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264" />
        <source>That recovery code does not open this vault. Check each group of four and try again.</source>
        <translation>That recovery code does not open this vault. Check each group of four and try again.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="290" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="291" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="292" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="298" />
        <source>Export original…</source>
        <translation>Export original…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="302" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="312" />
        <source>taken %1</source>
        <translation>taken %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="314" />
        <source>the original holds a GPS position; this copy does not</source>
        <translation>the original holds a GPS position; this copy does not</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="316" />
        <source>shown: a copy without metadata</source>
        <translation>shown: a copy without metadata</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="328" />
        <source>No preview for this kind of file. Export the original to open it elsewhere.</source>
        <translation>No preview for this kind of file. Export the original to open it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>Export the original?</source>
        <translation>Export the original?</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>This writes the original file, NOT encrypted and with all its metadata (GPS position, time, camera), to the place you choose. Anyone who can read that disk or stick can read it. The export is recorded in the custody log. To send evidence to the coordinator, use a sealed bundle instead.</source>
        <translation>This writes the original file, NOT encrypted and with all its metadata (GPS position, time, camera), to the place you choose. Anyone who can read that disk or stick can read it. The export is recorded in the custody log. To send evidence to the coordinator, use a sealed bundle instead.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="339" />
        <source>Export unencrypted</source>
        <translation>Export unencrypted</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="340" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="344" />
        <source>Export original</source>
        <translation>Export original</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="352" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="353" />
        <source>The original was written to %1 (%2), unencrypted.</source>
        <translation>The original was written to %1 (%2), unencrypted.</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../ui/unlock.py" line="46" />
        <location filename="../../ui/unlock.py" line="51" />
        <source>Qorgau</source>
        <translation>Qorgau</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="56" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65" />
        <source>This vault (%1) is already open in another Qorgau window or command. Close it there, or wait for it to finish, then try again.</source>
        <translation>This vault (%1) is already open in another Qorgau window or command. Close it there, or wait for it to finish, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85" />
        <source>The passphrase or recovery code is not right. Nothing was changed.</source>
        <translation>The passphrase or recovery code is not right. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>The computer could not complete this:</source>
        <translation>The computer could not complete this:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>A check of the vault failed:</source>
        <translation>A check of the vault failed:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88" />
        <location filename="../../ui/dialogs.py" line="97" />
        <source>This cannot be saved as it is:</source>
        <translation>This cannot be saved as it is:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>Not found:</source>
        <translation>Not found:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="105" />
        <source>The computer could not read or write a file:</source>
        <translation>The computer could not read or write a file:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107" />
        <source>Something went wrong inside Qorgau. Your records already saved are safe. If this keeps happening, lock the vault, restart Qorgau and tell your coordinator what you were doing.</source>
        <translation>Something went wrong inside Qorgau. Your records already saved are safe. If this keeps happening, lock the vault, restart Qorgau and tell your coordinator what you were doing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="126" />
        <source>Qorgau</source>
        <translation>Qorgau</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="49" />
        <source>Adding evidence</source>
        <translation>Adding evidence</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="50" />
        <source>Sealing %1 files into the vault…</source>
        <translation>Sealing %1 files into the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="52" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="69" />
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="70" />
        <source>These files could not be added:</source>
        <translation>These files could not be added:</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="78" />
        <source>Sealing file %1 of %2 into the vault…</source>
        <translation>Sealing file %1 of %2 into the vault…</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Protected identity</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Reprisal risk</source>
        <translation>Reprisal risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <location filename="../../ui/labels.py" line="71" />
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <location filename="../../ui/labels.py" line="72" />
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/field/forms.py" line="86" />
        <source>DD.MM.YYYY (or MM.YYYY, YYYY)</source>
        <translation>DD.MM.YYYY (or MM.YYYY, YYYY)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="90" />
        <source>Choose on a calendar</source>
        <translation>Choose on a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="142" />
        <source>DD.MM.YYYY HH:MM</source>
        <translation>DD.MM.YYYY HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="223" />
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="293" />
        <source>(nothing to choose from yet)</source>
        <translation>(nothing to choose from yet)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="356" />
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="537" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="538" />
        <source>Create it here: %1</source>
        <translation>Create it here: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="367" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="428" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="429" />
        <source>Safeguards</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="442" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../ui/schema_strings.py" line="9" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="10" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="11" />
        <source>In any script.</source>
        <translation>In any script.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="12" />
        <source>Other names and spellings</source>
        <translation>Other names and spellings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="13" />
        <source>Transliterations, former names, nicknames.</source>
        <translation>Transliterations, former names, nicknames.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="14" />
        <source>Pseudonym or code</source>
        <translation>Pseudonym or code</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="15" />
        <source>Shown instead of the name when the identity is protected, e.g. 'A-17'.</source>
        <translation>Shown instead of the name when the identity is protected, e.g. 'A-17'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="16" />
        <source>Protected identity</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="17" />
        <source>Hide the real identity from lists, titles and search.</source>
        <translation>Hide the real identity from lists, titles and search.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="18" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="19" />
        <source>If only the month or the year is known, give just that.</source>
        <translation>If only the month or the year is known, give just that.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="20" />
        <source>Age at the time of events</source>
        <translation>Age at the time of events</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="21" />
        <source>When the date of birth is not known.</source>
        <translation>When the date of birth is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="22" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="23" />
        <source>Nationality or ethnicity</source>
        <translation>Nationality or ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="24" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="25" />
        <source>City of residence</source>
        <translation>City of residence</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="26" />
        <source>Minor at the time of events</source>
        <translation>Minor at the time of events</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="27" />
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="28" />
        <source>Disability details</source>
        <translation>Disability details</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="29" />
        <source>Health conditions</source>
        <translation>Health conditions</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="30" />
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="31" />
        <source>Phone, address, messenger. Anyone who seizes this laptop can read it.</source>
        <translation>Phone, address, messenger. Anyone who seizes this laptop can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="32" />
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="33" />
        <source>Contacting this person directly could endanger them.</source>
        <translation>Contacting this person directly could endanger them.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="34" />
        <source>Risk of reprisal</source>
        <translation>Risk of reprisal</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="35" />
        <source>Reprisals and pressure</source>
        <translation>Reprisals and pressure</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="36" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="37" />
        <source>Role notes</source>
        <translation>Role notes</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="38" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="39" />
        <source>Same person as</source>
        <translation>Same person as</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="40" />
        <source>Records of this person made on other devices, linked by a coordinator.</source>
        <translation>Records of this person made on other devices, linked by a coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="41" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="42" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="43" />
        <source>Unit or service</source>
        <translation>Unit or service</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="44" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="45" />
        <source>For an alleged perpetrator: the service they belong to.</source>
        <translation>For an alleged perpetrator: the service they belong to.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="46" />
        <source>Foreign national or stateless</source>
        <translation>Foreign national or stateless</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="47" />
        <source>Activist, journalist or human rights defender</source>
        <translation>Activist, journalist or human rights defender</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="48" />
        <source>Would be recognised by sight</source>
        <translation>Would be recognised by sight</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="49" />
        <source>Physical description</source>
        <translation>Physical description</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="50" />
        <source>Appearance, clothing, distinguishing marks.</source>
        <translation>Appearance, clothing, distinguishing marks.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="51" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="52" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="53" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="54" />
        <source>Short code, e.g. 'TRZ-2022-031'.</source>
        <translation>Short code, e.g. 'TRZ-2022-031'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="55" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="56" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="57" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="58" />
        <source>Region (oblast)</source>
        <translation>Region (oblast)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="59" />
        <source>Left empty, the region is that of the city.</source>
        <translation>Left empty, the region is that of the city.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="60" />
        <source>District or locality</source>
        <translation>District or locality</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="61" />
        <source>As written, e.g. 'Talas district'.</source>
        <translation>As written, e.g. 'Talas district'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="68" />
        <source>Events and themes the case belongs to, e.g. 'January 2022': statistics can be filtered by a tag.</source>
        <translation>Events and themes the case belongs to, e.g. 'January 2022': statistics can be filtered by a tag.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="75" />
        <source>e.g. 'ЕС-164/1'.</source>
        <translation>e.g. 'ЕС-164/1'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="90" />
        <source>e.g. 'ЕС-164/1', '155/18'.</source>
        <translation>e.g. 'ЕС-164/1', '155/18'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="92" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="63" />
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="64" />
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="65" />
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="66" />
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="67" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="69" />
        <source>Detention episode</source>
        <translation>Detention episode</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="70" />
        <source>Detained person</source>
        <translation>Detained person</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="71" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="72" />
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="73" />
        <source>If not in the facility register.</source>
        <translation>If not in the facility register.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="74" />
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="76" />
        <source>Detaining authority</source>
        <translation>Detaining authority</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="77" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="78" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="79" />
        <source>Hours held before registration</source>
        <translation>Hours held before registration</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="80" />
        <source>The law allows 48 hours for adults, 24 for minors.</source>
        <translation>The law allows 48 hours for adults, 24 for minors.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="81" />
        <source>Access to a lawyer</source>
        <translation>Access to a lawyer</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="82" />
        <source>Access to family</source>
        <translation>Access to family</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="83" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="84" />
        <source>Criminal Code articles, e.g. '272-2' (part 2 of article 272).</source>
        <translation>Criminal Code articles, e.g. '272-2' (part 2 of article 272).</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="85" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="86" />
        <source>Place of detention</source>
        <translation>Place of detention</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="87" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="88" />
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="89" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="91" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="93" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="94" />
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="95" />
        <source>The body in charge of the facility.</source>
        <translation>The body in charge of the facility.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="96" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="97" />
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="98" />
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="99" />
        <source>Relation to the victim</source>
        <translation>Relation to the victim</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="100" />
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="101" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="102" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="103" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="104" />
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="105" />
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="106" />
        <source>Documentation by the organisation</source>
        <translation>Documentation by the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="107" />
        <source>Sharing with the coalition coordinator</source>
        <translation>Sharing with the coalition coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="108" />
        <source>Submission to authorities and UN bodies</source>
        <translation>Submission to authorities and UN bodies</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="109" />
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="111" />
        <source>Medical records</source>
        <translation>Medical records</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="112" />
        <source>Anonymous statistics</source>
        <translation>Anonymous statistics</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="113" />
        <source>Consent notes</source>
        <translation>Consent notes</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="114" />
        <source>Limits the interviewee set.</source>
        <translation>Limits the interviewee set.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="115" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="116" />
        <source>In the interviewee's own words.</source>
        <translation>In the interviewee's own words.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="117" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="118" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="119" />
        <source>The first day, when the incident lasted several.</source>
        <translation>The first day, when the incident lasted several.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="120" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="121" />
        <source>For an incident over several days.</source>
        <translation>For an incident over several days.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="122" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="123" />
        <source>As remembered, e.g. '23:00' or 'night'.</source>
        <translation>As remembered, e.g. '23:00' or 'night'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="124" />
        <source>Sequence of events</source>
        <translation>Sequence of events</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="125" />
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="126" />
        <source>Other methods</source>
        <translation>Other methods</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="127" />
        <source>Alleged perpetrators</source>
        <translation>Alleged perpetrators</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="128" />
        <source>Unidentified perpetrators</source>
        <translation>Unidentified perpetrators</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="129" />
        <source>Perpetrators' agency and involvement</source>
        <translation>Perpetrators' agency and involvement</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="130" />
        <source>Empty for someone not identified.</source>
        <translation>Empty for someone not identified.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="131" />
        <source>Involvement</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="133" />
        <source>Rank, unit, how recognised.</source>
        <translation>Rank, unit, how recognised.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="134" />
        <source>Acts against each victim</source>
        <translation>Acts against each victim</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="135" />
        <source>When victims suffered different acts: the methods used on each.</source>
        <translation>When victims suffered different acts: the methods used on each.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="136" />
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="137" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="138" />
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="139" />
        <source>Consequences</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="140" />
        <source>Account given by</source>
        <translation>Account given by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="141" />
        <source>Whose account the narrative is taken from: their consent governs it.</source>
        <translation>Whose account the narrative is taken from: their consent governs it.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="142" />
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Medical examination (Istanbul Protocol)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="143" />
        <source>Examined person</source>
        <translation>Examined person</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="144" />
        <source>Examiner</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="145" />
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="146" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="147" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="148" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="149" />
        <source>Type of institution</source>
        <translation>Type of institution</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="150" />
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="151" />
        <source>Name and role of each person present, interpreter included.</source>
        <translation>Name and role of each person present, interpreter included.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="152" />
        <source>Police or officials present</source>
        <translation>Police or officials present</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="153" />
        <source>Time limits and constraints</source>
        <translation>Time limits and constraints</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="154" />
        <source>Consent to the evaluation</source>
        <translation>Consent to the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="155" />
        <source>Consent to photographs</source>
        <translation>Consent to photographs</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="156" />
        <source>Limits the person set; whether they were told they may stop at any time.</source>
        <translation>Limits the person set; whether they were told they may stop at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="157" />
        <source>Gender of clinician</source>
        <translation>Gender of clinician</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="158" />
        <source>Gender of interpreter</source>
        <translation>Gender of interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="159" />
        <source>Allegations</source>
        <translation>Allegations</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="160" />
        <source>Methods and sequence, as told.</source>
        <translation>Methods and sequence, as told.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="161" />
        <source>Alleged methods</source>
        <translation>Alleged methods</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="162" />
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="163" />
        <source>Acute and chronic, and how they healed.</source>
        <translation>Acute and chronic, and how they healed.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="164" />
        <source>History before the events</source>
        <translation>History before the events</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="165" />
        <source>History after the events</source>
        <translation>History after the events</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="166" />
        <source>Physical findings</source>
        <translation>Physical findings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="167" />
        <source>Region by region; lesions are recorded separately.</source>
        <translation>Region by region; lesions are recorded separately.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="168" />
        <source>Diagnostic tests</source>
        <translation>Diagnostic tests</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="169" />
        <source>Psychological evaluation</source>
        <translation>Psychological evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="170" />
        <source>Interpretation of findings</source>
        <translation>Interpretation of findings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="171" />
        <source>Overall consistency</source>
        <translation>Overall consistency</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="172" />
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="173" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="174" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="175" />
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="176" />
        <source>Clinician's name</source>
        <translation>Clinician's name</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="177" />
        <source>Statement of truthfulness</source>
        <translation>Statement of truthfulness</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="178" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="179" />
        <source>Lesion</source>
        <translation>Lesion</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="180" />
        <source>Medical examination</source>
        <translation>Medical examination</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="181" />
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="182" />
        <source>Label on the body diagram, e.g. 'L3'.</source>
        <translation>Label on the body diagram, e.g. 'L3'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="183" />
        <source>Body region</source>
        <translation>Body region</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="184" />
        <source>Diagram view</source>
        <translation>Diagram view</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="185" />
        <source>Position across (‰ of width)</source>
        <translation>Position across (‰ of width)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="186" />
        <source>Position down (‰ of height)</source>
        <translation>Position down (‰ of height)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="187" />
        <source>Length (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="188" />
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="189" />
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="190" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="191" />
        <source>Estimated age</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="192" />
        <source>Consistency with the allegations</source>
        <translation>Consistency with the allegations</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="193" />
        <source>Attributed to methods</source>
        <translation>Attributed to methods</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="257" />
        <source>Provided by</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="258" />
        <source>The person who gave this file: their consent governs it.</source>
        <translation>The person who gave this file: their consent governs it.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="259" />
        <source>Death in custody</source>
        <translation>Death in custody</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="260" />
        <source>Person who died</source>
        <translation>Person who died</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="261" />
        <source>Date of death</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="262" />
        <source>In the custody of</source>
        <translation>In the custody of</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="263" />
        <source>Official cause of death</source>
        <translation>Official cause of death</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="264" />
        <source>As the authorities gave it, e.g. 'cardiac failure'.</source>
        <translation>As the authorities gave it, e.g. 'cardiac failure'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="265" />
        <source>Official account</source>
        <translation>Official account</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="266" />
        <source>The family's account</source>
        <translation>The family's account</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="267" />
        <source>The family disputes the official cause</source>
        <translation>The family disputes the official cause</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="268" />
        <source>Marks seen on the body</source>
        <translation>Marks seen on the body</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="269" />
        <source>Autopsy performed</source>
        <translation>Autopsy performed</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="270" />
        <source>Autopsy performed by</source>
        <translation>Autopsy performed by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="271" />
        <source>Autopsy findings</source>
        <translation>Autopsy findings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="272" />
        <source>Independent autopsy</source>
        <translation>Independent autopsy</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="273" />
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="274" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="275" />
        <source>Reprisal</source>
        <translation>Reprisal</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="276" />
        <source>Kind of reprisal</source>
        <translation>Kind of reprisal</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="277" />
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="278" />
        <source>Role of the person targeted</source>
        <translation>Role of the person targeted</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="279" />
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="280" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="281" />
        <source>Case or lawsuit number</source>
        <translation>Case or lawsuit number</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="282" />
        <source>Claimant or accuser</source>
        <translation>Claimant or accuser</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="283" />
        <source>For a lawsuit or a charge: who brought it.</source>
        <translation>For a lawsuit or a charge: who brought it.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="284" />
        <source>Outcome as of</source>
        <translation>Outcome as of</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="285" />
        <source>Complaint it answers</source>
        <translation>Complaint it answers</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="286" />
        <source>State forensic examination</source>
        <translation>State forensic examination</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="287" />
        <source>Ordered by</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="288" />
        <source>Investigator, body and date of the order.</source>
        <translation>Investigator, body and date of the order.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="289" />
        <source>Ordered on</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="290" />
        <source>Conclusion number</source>
        <translation>Conclusion number</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="291" />
        <source>Performed by</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="292" />
        <source>Forensic centre and expert.</source>
        <translation>Forensic centre and expert.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="293" />
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="294" />
        <source>Days between the injuries and the examination</source>
        <translation>Days between the injuries and the examination</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="295" />
        <source>Injuries found</source>
        <translation>Injuries found</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="296" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="297" />
        <source>Harm to health</source>
        <translation>Harm to health</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="298" />
        <source>The person or family saw the conclusion</source>
        <translation>The person or family saw the conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="299" />
        <source>Independent examination</source>
        <translation>Independent examination</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="300" />
        <source>The Istanbul Protocol examination to set beside it.</source>
        <translation>The Istanbul Protocol examination to set beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="301" />
        <source>Discrepancies with the independent examination</source>
        <translation>Discrepancies with the independent examination</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="302" />
        <source>Given or changed on</source>
        <translation>Given or changed on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="303" />
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="304" />
        <source>Anonymised for statistics</source>
        <translation>Anonymised for statistics</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="305" />
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="306" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="132" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="110" />
        <source>Photographs</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="194" />
        <source>Complaint or legal step</source>
        <translation>Complaint or legal step</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="195" />
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="196" />
        <source>Office or official</source>
        <translation>Office or official</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="197" />
        <source>e.g. 'Prosecutor's office of Taraz'.</source>
        <translation>e.g. 'Prosecutor's office of Taraz'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="198" />
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="199" />
        <source>Filed by</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="200" />
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="201" />
        <source>Registration number (ERDR)</source>
        <translation>Registration number (ERDR)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="202" />
        <source>Registered under article</source>
        <translation>Registered under article</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="203" />
        <source>e.g. '146-2'.</source>
        <translation>e.g. '146-2'.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="204" />
        <source>Status as of</source>
        <translation>Status as of</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="207" />
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="218" />
        <source>Reprisals that followed</source>
        <translation>Reprisals that followed</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="220" />
        <source>NPM visit</source>
        <translation>NPM visit</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="221" />
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="222" />
        <source>Ended at</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="223" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="224" />
        <source>Announced in advance</source>
        <translation>Announced in advance</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="225" />
        <source>Obstruction</source>
        <translation>Obstruction</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="226" />
        <source>Access refused or delayed, detainees moved before the visit, ...</source>
        <translation>Access refused or delayed, detainees moved before the visit, ...</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="227" />
        <source>Areas visited</source>
        <translation>Areas visited</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="228" />
        <source>Detainees present</source>
        <translation>Detainees present</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="229" />
        <source>Registers checked</source>
        <translation>Registers checked</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="230" />
        <source>Conditions and safeguards</source>
        <translation>Conditions and safeguards</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="231" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="232" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="206" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="205" />
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="208" />
        <source>A suspect was identified</source>
        <translation>A suspect was identified</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="209" />
        <source>Recognised as a victim in the proceedings</source>
        <translation>Recognised as a victim in the proceedings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="210" />
        <source>Legal path</source>
        <translation>Legal path</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="211" />
        <source>Every step that followed this complaint: registration or refusal, decisions, appeals, court, UN communications, compensation.</source>
        <translation>Every step that followed this complaint: registration or refusal, decisions, appeals, court, UN communications, compensation.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="212" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="213" />
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="214" />
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="215" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="216" />
        <source>Appeal against (older records)</source>
        <translation>Appeal against (older records)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="217" />
        <source>Older records kept appeals as separate complaints; new appeals are steps of the legal path.</source>
        <translation>Older records kept appeals as separate complaints; new appeals are steps of the legal path.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="219" />
        <source>Filed on behalf of</source>
        <translation>Filed on behalf of</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="233" />
        <source>Incidents and allegations heard</source>
        <translation>Incidents and allegations heard</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="234" />
        <source>Private interviews</source>
        <translation>Private interviews</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="235" />
        <source>Detainee code</source>
        <translation>Detainee code</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="236" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="237" />
        <source>Fear of reprisal</source>
        <translation>Fear of reprisal</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="238" />
        <source>Re-check at the next visit</source>
        <translation>Re-check at the next visit</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="239" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="240" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="241" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="242" />
        <source>Previous visit</source>
        <translation>Previous visit</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="243" />
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="244" />
        <source>Documents record</source>
        <translation>Documents record</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="245" />
        <source>The record this file documents.</source>
        <translation>The record this file documents.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="246" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="247" />
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="248" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="249" />
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="250" />
        <source>Captured at</source>
        <translation>Captured at</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="251" />
        <source>GPS position</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="252" />
        <source>Latitude × 10⁷</source>
        <translation>Latitude × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="253" />
        <source>Longitude × 10⁷</source>
        <translation>Longitude × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="254" />
        <source>Camera or device</source>
        <translation>Camera or device</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="255" />
        <source>Obtained from</source>
        <translation>Obtained from</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="256" />
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/unlock.py" line="25" />
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="31" />
        <source>Weak: easy to guess. Four or five unrelated words are easier to type and much harder to guess.</source>
        <translation>Weak: easy to guess. Four or five unrelated words are easier to type and much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="29" />
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Fair. Adding another word or two makes it much stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="34" />
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>TB</source>
        <translation>TB</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Required when the identity is protected.</source>
        <translation>Required when the identity is protected.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Required together with %1.</source>
        <translation>Required together with %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Give a name, a pseudonym or a description.</source>
        <translation>Give a name, a pseudonym or a description.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Must be at most %1.</source>
        <translation>Must be at most %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Not a valid date and time: write it as DD.MM.YYYY HH:MM.</source>
        <translation>Not a valid date and time: write it as DD.MM.YYYY HH:MM.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Not a valid date: write it as DD.MM.YYYY (or MM.YYYY, YYYY).</source>
        <translation>Not a valid date: write it as DD.MM.YYYY (or MM.YYYY, YYYY).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Must not be before %1.</source>
        <translation>Must not be before %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>Must be a single line.</source>
        <translation>Must be a single line.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Must not contain control characters.</source>
        <translation>Must not contain control characters.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>A code without spaces, never a name.</source>
        <translation>A code without spaces, never a name.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Use HH:MM, e.g. 14:30.</source>
        <translation>Use HH:MM, e.g. 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Repeated: %1.</source>
        <translation>Repeated: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Not a valid record.</source>
        <translation>Not a valid record.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Not one of the choices.</source>
        <translation>Not one of the choices.</translation>
    </message>
</context>
</TS>