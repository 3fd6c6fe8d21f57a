<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ArchiveDesk</name>
    <message>
        <location filename="../../ui/desk/common.py" line="122" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="159" />
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="452" />
        <source>hidden (protected identity)</source>
        <translation>жасырылған (қорғалған тұлға)</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="47" />
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="48" />
        <source>Receive bundles</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="49" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="50" />
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="51" />
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="52" />
        <source>Duplicate people</source>
        <translation>Қайталанған адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="53" />
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="54" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="55" />
        <source>PDF reports</source>
        <translation>PDF есептері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="85" />
        <source>Qorgau — coordinator's desk — %1</source>
        <translation>Qorgau — үйлестірушінің жұмыс орны — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="92" />
        <source>PDF report of this case…</source>
        <translation>Осы іс бойынша PDF есебі…</translation>
    </message>
</context>
<context>
    <name>BodyDiagram</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="129" />
        <source>Click where the lesion is</source>
        <translation>Жарақат орнын басыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="199" />
        <source>Person's right</source>
        <translation>Адамның оң жағы</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="200" />
        <source>Person's left</source>
        <translation>Адамның сол жағы</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="26" />
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="27" />
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="28" />
        <source>Interviews</source>
        <translation>Сұхбаттар</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="29" />
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="30" />
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="31" />
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="32" />
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="33" />
        <source>State forensic</source>
        <translation>Сот-медициналық сараптама</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="34" />
        <source>Reprisals</source>
        <translation>Кек алу және қысым</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="35" />
        <source>Death in custody</source>
        <translation>Қамауда қайтыс болу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="36" />
        <source>NPM visits</source>
        <translation>ҰАТ барулары</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="42" />
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="43" />
        <source>Add a detention episode</source>
        <translation>Ұстау эпизодын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="44" />
        <source>Add an interview</source>
        <translation>Сұхбат қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="45" />
        <source>Add an incident</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="46" />
        <source>Add a medical examination</source>
        <translation>Медициналық куәландыру қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="47" />
        <source>Add a complaint or legal step</source>
        <translation>Шағым немесе құқықтық әрекет қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="48" />
        <source>Add a state forensic examination</source>
        <translation>Сот-медициналық сараптама қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="49" />
        <source>Add a reprisal</source>
        <translation>Кек алу не қысым фактісін қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="50" />
        <source>Record a death in custody</source>
        <translation>Қамауда қайтыс болуды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="51" />
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="85" />
        <source>hidden (protected identity)</source>
        <translation>жасырылған (қорғалған тұлға)</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="278" />
        <source>Edit case</source>
        <translation>Істі өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="280" />
        <location filename="../../ui/field/caseview.py" line="339" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="282" />
        <source>Custody log</source>
        <translation>Сақтау журналы</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="298" />
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="331" />
        <source>Visits by monitors to the places where this person was held or hurt.</source>
        <translation>Мониторлардың адам ұсталған немесе зардап шеккен орындарға барулары.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="337" />
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="386" />
        <source>Reprisal risk</source>
        <translation>Кек алу қаупі</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="389" />
        <source>Do not contact: %1</source>
        <translation>Байланыспаңыз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="394" />
        <source>Protected identities: %1</source>
        <translation>Қорғалған тұлғалар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="397" />
        <source>Edited on two devices: check the history</source>
        <translation>Екі құрылғыда өзгертілген: тарихын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="414" />
        <source>%1 lesions marked</source>
        <translation>белгіленген жарақаттар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="419" />
        <source>Deadline passed: %1</source>
        <translation>Мерзімі өтті: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="31" />
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="32" />
        <source>The same record was changed on two devices, each without the other's change. Nothing is lost: every version is kept. Choose, field by field, what the record should say; the result is saved as a new version of both, signed by this archive.</source>
        <translation>Бір жазбаны екі құрылғыда өзгерткен, әрқайсысы екіншісінің өзгерісін білмеген. Ештеңе жоғалмайды: барлық нұсқа сақталады. Әр өріс бойынша жазбада не болуы керектігін таңдаңыз; нәтиже осы мұрағат қол қойған, екеуінің де жаңа нұсқасы ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="52" />
        <source>Reveal identity…</source>
        <translation>Тұлғаны ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="62" />
        <source>Show only the fields that differ</source>
        <translation>Тек айырмашылығы бар өрістерді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="67" />
        <source>Keep it &amp;deleted</source>
        <translation>&amp;Жойылған күйінде қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="69" />
        <source>&amp;Save the merged version</source>
        <translation>Біріктірілген нұсқаны &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="82" />
        <source>No record is in conflict.</source>
        <translation>Қайшылықтағы жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="105" />
        <source>%1 versions · %2</source>
        <translation>нұсқалар: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="167" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="172" />
        <source>Keep both</source>
        <translation>Екеуін де қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="173" />
        <source>Merged result</source>
        <translation>Біріктіру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="202" />
        <source>both</source>
        <translation>екеуі де</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="243" />
        <source>Version %1 — %2
%3</source>
        <translation>%1 нұсқасы — %2
%3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="251" />
        <source>in its bundle #%1</source>
        <translation>оның № %1 пакетінде</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="255" />
        <source>bundle #%1 of “%2”</source>
        <translation>«%2» құрылғысының № %1 пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="259" />
        <source>Deleted: %1</source>
        <translation>Жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="306" />
        <source>Reveal identity</source>
        <translation>Тұлғаны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="307" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Бұл адамның шын аты мен байланыс деректерін көрсету керек пе? Экранды ешкім көрмейтініне көз жеткізіңіз. Ашу сақтау журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="313" />
        <source>Reveal</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="314" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="342" />
        <location filename="../../ui/desk/conflicts.py" line="361" />
        <source>Signing the merged version…</source>
        <translation>Біріктірілген нұсқаға қол қойылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="352" />
        <source>Conflict resolved by the coordinator: deleted (%1)</source>
        <translation>Қайшылықты үйлестіруші шешті: жойылды (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="367" />
        <source>Resolved: version %1 is signed by this archive and has the %2 conflicting versions as its parents.</source>
        <translation>Шешілді: %1 нұсқасына осы мұрағат қол қойды, оның аталық нұсқалары — қайшылықтағы %2 нұсқа.</translation>
    </message>
</context>
<context>
    <name>Coordinators</name>
    <message>
        <location filename="../../ui/field/coordinators.py" line="63" />
        <source>This file is not a Qorgau identity card, or it was damaged on the way. Ask the coordinator to send the card again.</source>
        <translation>Бұл файл Qorgau сәйкестендіру картасы емес немесе жолда бүлінген. Үйлестірушіден картаны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="80" />
        <source>Trust a coordinator</source>
        <translation>Үйлестірушіге сену</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="92" />
        <source>Your coordinator gives you their identity card: a small file, on a USB stick or by any messenger. Once you trust it, the bundles you seal can be opened by their archive and by nobody else. A card can be replaced on the way, so next you will compare its number with the coordinator.</source>
        <translation>Үйлестіруші сізге өзінің сәйкестендіру картасын береді — флешкамен немесе кез келген мессенджер арқылы жіберілетін шағын файл. Оған сенгеннен кейін сіз мөрлеген пакеттерді оның мұрағаты ғана аша алады. Карта жолда ауыстырылуы мүмкін, сондықтан келесі қадамда оның нөмірін үйлестірушімен салыстырасыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="99" />
        <source>Choose the card file…</source>
        <translation>Карта файлын таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="120" />
        <source>Call the coordinator on a number you already know (not one sent with the card) and read these digits to each other, group by group:</source>
        <translation>Үйлестірушіге бұрыннан білетін нөміріңізбен қоңырау шалыңыз (картамен бірге жіберілген нөмірмен емес) және осы цифрларды бір-біріңізге топ-тобымен оқыңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="127" />
        <source>I &amp;compared it with the coordinator: every group is the same</source>
        <translation>Үйлестірушімен &amp;салыстырдым: барлық топтар бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="131" />
        <source>If a single digit differs, do not trust this card: it may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>Бір цифр болса да сәйкес келмесе, бұл картаға сенбеңіз: ол жолда ауыстырылған болуы мүмкін. Картаны басқа жолмен қайта сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="154" />
        <location filename="../../ui/field/coordinators.py" line="462" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="156" />
        <source>&amp;Trust this coordinator</source>
        <translation>Осы үйлестірушіге &amp;сену</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="171" />
        <source>Choose the coordinator's card</source>
        <translation>Үйлестірушінің картасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="190" />
        <source>This is this laptop's own card.</source>
        <translation>Бұл осы ноутбуктің өз картасы.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="193" />
        <source>“%1” is the card of a field laptop, not of a coordinator's archive. Bundles are sealed only to a coordinator: ask them for their card.</source>
        <translation>«%1» — далалық ноутбуктің картасы, үйлестіруші мұрағатынікі емес. Пакеттер тек үйлестіруші үшін мөрленеді: одан оның картасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="199" />
        <source>Coordinator: %1</source>
        <translation>Үйлестіруші: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="202" />
        <source>This coordinator is already trusted on this laptop, with this same card.</source>
        <translation>Бұл үйлестіруші осы ноутбукте дәл осы картамен сенімді болып тұр.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="206" />
        <source>This laptop already trusts a coordinator with this identity but other keys: this card is not the one trusted before. Do not use it; call the coordinator.</source>
        <translation>Бұл ноутбук осы сәйкестендіргіші бар, бірақ басқа кілттері бар үйлестірушіге сенеді: бұл бұрын сенген карта емес. Оны пайдаланбаңыз; үйлестірушіге қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="232" />
        <source>%1 is now trusted. Bundles you seal can be opened by their archive; receipts signed by it are accepted.</source>
        <translation>%1 енді сенімді. Сіз мөрлеген пакеттерді оның мұрағаты аша алады; ол қол қойған түбіртектер қабылданады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="236" />
        <location filename="../../ui/field/coordinators.py" line="273" />
        <location filename="../../ui/field/coordinators.py" line="392" />
        <location filename="../../ui/field/coordinators.py" line="463" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="251" />
        <source>This laptop's identity card</source>
        <translation>Осы ноутбуктің сәйкестендіру картасы</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="259" />
        <source>Give the card file to your coordinator (it holds no secret). When they enrol this laptop, read them these digits aloud, group by group:</source>
        <translation>Карта файлын үйлестірушіге беріңіз (онда құпия ештеңе жоқ). Ол осы ноутбукті тіркегенде, оған осы цифрларды топ-тобымен дауыстап оқып беріңіз:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="269" />
        <source>Save the card file…</source>
        <translation>Карта файлын сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="282" />
        <source>This laptop: %1</source>
        <translation>Осы ноутбук: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="290" />
        <source>Save the card file</source>
        <translation>Карта файлын сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="296" />
        <source>The card was written to %1.</source>
        <translation>Карта мына жерге жазылды: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="306" />
        <source>This receipt was signed by an archive this laptop does not trust. Nothing was changed.</source>
        <translation>Бұл түбіртекке осы ноутбук сенбейтін мұрағат қол қойған. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="309" />
        <source>This receipt is for another laptop: this one cannot open it. Nothing was changed.</source>
        <translation>Бұл түбіртек басқа ноутбукке арналған: бұл ноутбук оны аша алмайды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="312" />
        <source>This file is not a valid receipt: it is damaged, changed, or not a receipt at all. Nothing was changed. Ask the coordinator to send it again.</source>
        <translation>Бұл файл жарамды түбіртек емес: ол бүлінген, өзгертілген немесе мүлде түбіртек емес. Ештеңе өзгертілген жоқ. Үйлестірушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="324" />
        <source>Original evidence files that leave with them: %1, %2 in all.</source>
        <translation>Олармен бірге жойылатын дәлел файлдарының түпнұсқалары: %1, барлығы %2.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="340" />
        <source>Receipts from the coordinator</source>
        <translation>Үйлестірушіден келген түбіртектер</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="351" />
        <source>When your coordinator has imported your bundles, their archive gives you a receipt: a sealed file listing what it now holds. Import it here. Then you may remove those records from this laptop, so that a lost or seized laptop holds as little as possible.</source>
        <translation>Үйлестіруші сіздің пакеттеріңізді импорттағанда, оның мұрағаты сізге түбіртек береді — онда не сақталғаны тізілген мөрленген файл. Оны осында импорттаңыз. Содан кейін сол жазбаларды осы ноутбуктен жоюға болады, сонда жоғалған немесе тәркіленген ноутбукте мүмкіндігінше аз нәрсе қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="359" />
        <source>&amp;Import receipt…</source>
        <translation>Түбіртекті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="367" />
        <source>On this laptop</source>
        <translation>Осы ноутбукте</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="369" />
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="373" />
        <source>&amp;Remove acknowledged records from this laptop…</source>
        <translation>Расталған жазбаларды осы ноутбуктен &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="407" />
        <source>Nothing on this laptop has been acknowledged by a coordinator yet: everything stays here.</source>
        <translation>Үйлестіруші осы ноутбуктегі бірде-бір жазбаны әзірге растаған жоқ: бәрі осында қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="411" />
        <source>Records the coordinator's archive holds, which can be removed from this laptop: %1</source>
        <translation>Үйлестіруші мұрағатында сақталған және осы ноутбуктен жоюға болатын жазбалар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="445" />
        <source>Receipt from %1 checked. Their archive holds, from this laptop: record versions %2, evidence files %3. Nothing has been removed yet.</source>
        <translation>%1 жіберген түбіртек тексерілді. Олардың мұрағатында осы ноутбуктен сақталғаны: жазба нұсқалары — %2, дәлел файлдары — %3. Әзірге ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="487" />
        <source>Remove them (%1)</source>
        <translation>Жою (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="523" />
        <source>Records removed from this laptop: %1. The coordinator's archive keeps them.</source>
        <translation>Осы ноутбуктен жойылған жазбалар: %1. Олар үйлестіруші мұрағатында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="526" />
        <source>Stopped. Records removed: %1; the others stay on this laptop.</source>
        <translation>Тоқтатылды. Жойылған жазбалар: %1; қалғандары осы ноутбукте қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="426" />
        <source>Choose the receipt file</source>
        <translation>Түбіртек файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="431" />
        <source>Checking the receipt…</source>
        <translation>Түбіртек тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="442" />
        <source>This receipt from %1 was imported before. Nothing changed.</source>
        <translation>%1 жіберген бұл түбіртек бұрын импортталған. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="468" />
        <source>These records will leave this laptop for good, with their whole history:</source>
        <translation>Бұл жазбалар бүкіл тарихымен бірге осы ноутбуктен біржола жойылады:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="472" />
        <source>the coordinator</source>
        <translation>үйлестіруші</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="473" />
        <source>%1 holds every one of them: its signed receipt lists each version and file. To see them again, ask the coordinator. Records changed since their last bundle, and records kept back for lack of consent, stay here.</source>
        <translation>%1 олардың барлығын сақтайды: қол қойылған түбіртекте әр нұсқа мен әр файл көрсетілген. Оларды қайта көру үшін үйлестірушіге хабарласыңыз. Соңғы пакеттен кейін өзгертілген жазбалар және келісім болмағандықтан қалдырылған жазбалар осында қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="485" />
        <source>Remove from this laptop?</source>
        <translation>Осы ноутбуктен жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="489" />
        <source>Keep them</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>CreateWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="292" />
        <source>Create your vault</source>
        <translation>Қоймаңызды жасаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="293" />
        <source>Create a new vault</source>
        <translation>Жаңа қойма жасау</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297" />
        <source>Everything you record is kept encrypted in this vault, on this computer only. Choose a passphrase you can remember and type quickly. Nobody, including the coalition, can open the vault without it or the recovery code.</source>
        <translation>Сіз жазғанның бәрі осы қоймада тек осы компьютерде шифрланып сақталады. Есте сақтауға оңай әрі тез теретін құпия сөз тіркесін таңдаңыз. Онсыз немесе қалпына келтіру кодынсыз қойманы ешкім, тіпті коалиция да аша алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="302" />
        <source>Folder: %1</source>
        <translation>Қалта: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="309" />
        <source>e.g. Almaty laptop 2</source>
        <translation>мысалы, Алматы ноутбугы 2</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="312" />
        <source>&amp;Device name</source>
        <translation>&amp;Құрылғы атауы</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="313" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="314" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="338" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Қойманы жасау</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="355" />
        <source>Your recovery code</source>
        <translation>Қалпына келтіру кодыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="359" />
        <source>Write this code on paper now. It is shown only this once. If you forget the passphrase, it is the only way back into the vault; anyone who has it can open the vault too. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Бұл кодты қазір қағазға жазып алыңыз. Ол тек осы жолы ғана көрсетіледі. Құпия сөз тіркесін ұмытып қалсаңыз, қоймаға қайта кірудің жалғыз жолы осы; кодты білетін кез келген адам да қойманы аша алады. Қағазды ноутбуктен бөлек сақтаңыз және оны суретке түсірмеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="371" />
        <source>I have &amp;written it down</source>
        <translation>Кодты &amp;жазып алдым</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="382" />
        <source>Check the code you wrote</source>
        <translation>Жазылған кодты тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="386" />
        <source>From your paper, type group %1 and group %2 of the recovery code (groups are counted from the left).</source>
        <translation>Қағаздан қалпына келтіру кодының %1-тобы мен %2-тобын енгізіңіз (топтар сол жақтан саналады).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="398" />
        <location filename="../../ui/unlock.py" line="399" />
        <source>Group %1</source>
        <translation>%1-топ</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407" />
        <source>Show the code again</source>
        <translation>Кодты қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="411" />
        <source>&amp;Confirm</source>
        <translation>&amp;Растау</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="430" />
        <source>Tip: four or five unrelated words, in any language, make a strong passphrase.</source>
        <translation>Кеңес: кез келген тілдегі өзара байланыссыз төрт-бес сөз берік құпия сөз тіркесін құрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="439" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Құпия сөз тіркестері сәйкес келмейді. Оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="445" />
        <source>Creating the vault… this takes a few seconds.</source>
        <translation>Қойма жасалуда… бұл бірнеше секунд алады.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="482" />
        <source>These groups do not match the code. Look at the paper again, or show the code again and correct what you wrote.</source>
        <translation>Бұл топтар кодқа сәйкес келмейді. Қағазға қайта қараңыз немесе кодты қайта көрсетіп, жазғаныңызды түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/desk/custody.py" line="39" />
        <source>This record is deleted; its history stays.</source>
        <translation>Бұл жазба жойылған; оның тарихы сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="43" />
        <source>held in this archive's encrypted store since %1</source>
        <translation>%1 бастап осы мұрағаттың шифрланған қоймасында сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="47" />
        <source>NOT held in this archive (the original never arrived)</source>
        <translation>Осы мұрағатта ЖОҚ (түпнұсқа келмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="51" />
        <source>Original file: %1, %2</source>
        <translation>Түпнұсқа файл: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="60" />
        <source>Obtained from: %1</source>
        <translation>Кімнен алынды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="63" />
        <source>Notes: %1</source>
        <translation>Ескертпелер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="66" />
        <source>Times are local to this computer.</source>
        <translation>Уақыт осы компьютердің сағаты бойынша көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="78" />
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="79" />
        <source>For a record or an evidence file: where it was captured, which bundle carried it, when it was imported, what was decided here and where it was sent. Every step comes from signed versions and the hash-chained custody log.</source>
        <translation>Жазба немесе дәлел файлы үшін: қай жерде түсірілді, қай пакетпен келді, қашан импортталды, мұнда не шешілді және қайда жіберілді. Әр қадам қол қойылған нұсқалардан және хеш тізбегі бар сақтау журналынан алынады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="88" />
        <source>Search records (title, names, text)…</source>
        <translation>Жазбаларды іздеу (атауы, есімдер, мәтін)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="92" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="95" />
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="108" />
        <source>Evidence files of this case</source>
        <translation>Осы істің дәлел файлдары</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="119" />
        <source>&amp;Check the original now</source>
        <translation>Түпнұсқаны қазір &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="121" />
        <source>Read the original back from the encrypted store and compare its SHA-256.</source>
        <translation>Түпнұсқаны шифрланған қоймадан оқып, оның SHA-256 мәнін салыстыру.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="223" />
        <source>Reading the original back…</source>
        <translation>Түпнұсқа оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="228" />
        <source>The original is intact: its SHA-256 matches the one recorded when it was captured.</source>
        <translation>Түпнұсқа бүтін: оның SHA-256 мәні түсірілген кезде жазылғанмен сәйкес.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="562" />
        <source>Custody log</source>
        <translation>Сақтау журналы</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="565" />
        <source>Every change on this device, in a hash chain: removing or editing an entry breaks every hash after it.</source>
        <translation>Осы құрылғыдағы әрбір өзгеріс хеш тізбегінде: жазбаны жою немесе өзгерту одан кейінгі барлық хештерді бұзады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Chain hash</source>
        <translation>Тізбек хеші</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="576" />
        <source>Saved a version</source>
        <translation>Нұсқа сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="577" />
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="578" />
        <source>Evidence file sealed</source>
        <translation>Дәлел файлы мөрленді</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="579" />
        <source>Original exported</source>
        <translation>Түпнұсқа экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="580" />
        <source>Identity revealed</source>
        <translation>Тұлға ашылды</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../ui/field/reasons.py" line="37" />
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="41" />
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="80" />
        <source>Delete this record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="81" />
        <source>The record leaves lists, search and the case, and a signed note of its deletion, with your reason, goes to the coordinator with the next bundle. Its history is kept.</source>
        <translation>Жазба тізімдерден, іздеуден және істен шығады, ал жою туралы қол қойылған белгі сіздің себебіңізбен бірге келесі пакетпен үйлестірушіге жіберіледі. Жазбаның тарихы сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="84" />
        <source>Why is it deleted? (e.g. entered twice by mistake)</source>
        <translation>Неге жойылады? (мысалы, қатемен екі рет енгізілген)</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="85" />
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../ui/desk/devices.py" line="39" />
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="40" />
        <source>Field laptops whose bundles this archive accepts. A missing bundle number means a bundle was made but never arrived: ask for it. Revoke a laptop that was seized or lost: its later bundles are quarantined, never merged.</source>
        <translation>Осы мұрағат пакеттерін қабылдайтын далалық ноутбуктер. Пакет нөмірі жетіспесе, пакет жасалған, бірақ келмеген: оны сұратыңыз. Тәркіленген немесе жоғалған ноутбукті кері қайтарып алыңыз: оның кейінгі пакеттері карантинге түседі, ешқашан біріктірілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="49" />
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="50" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="51" />
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="52" />
        <source>Sealed</source>
        <translation>Мөрленді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="53" />
        <source>Never received</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="54" />
        <source>In quarantine</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="55" />
        <source>Last receipt</source>
        <translation>Соңғы түбіртек</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="65" />
        <source>&amp;Enrol a device…</source>
        <translation>Құрылғыны &amp;тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="66" />
        <source>Write a re&amp;ceipt…</source>
        <translation>&amp;Түбіртек жазу…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="67" />
        <source>&amp;Revoke…</source>
        <translation>Кері &amp;қайтарып алу…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="96" />
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="140" />
        <source>No device is enrolled yet.</source>
        <translation>Әзірге бірде-бір құрылғы тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="145" />
        <source>Fingerprint: %1</source>
        <translation>Цифрлық із: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="147" />
        <source>Enrolled %1 · bundles merged: %2 · record versions written on it: %3</source>
        <translation>Тіркелген: %1 · біріктірілген пакеттер: %2 · онда жазылған нұсқалар: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="160" />
        <source>Last bundle #%1: sealed %2, imported %3</source>
        <translation>Соңғы № %1 пакет: мөрленген уақыты %2, импортталған уақыты %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="183" />
        <source>Choose the device's identity card</source>
        <translation>Құрылғының сәйкестендіру картасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="208" />
        <source>Enrolled “%1”. Its bundles can be imported now.</source>
        <translation>«%1» тіркелді. Енді оның пакеттерін импорттауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="170" />
        <source>Revoked %1: nothing new from it is merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>%1 кері қайтарылды: одан келген жаңа ештеңе тексерусіз біріктірілмейді; %2-пакеттен кейін жіберілгендер тексеруге белгіленді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="94" />
        <source>Revoked %1</source>
        <translation>Кері қайтарып алынды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="224" />
        <source>Revoked “%1”: nothing new from it will be merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>«%1» кері қайтарылды: одан келген жаңа ештеңе тексерусіз біріктірілмейді; %2-пакеттен кейін жіберілгендер тексеруге белгіленді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="241" />
        <source>Where to write the receipt (e.g. the USB stick)</source>
        <translation>Түбіртекті қайда жазу керек (мысалы, флешкаға)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="257" />
        <source>Writing the receipt…</source>
        <translation>Түбіртек жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="262" />
        <source>Receipt for “%1” written (%2 versions, %3 evidence files): %4. Give it to the field worker; their Qorgau may then remove what the archive holds.</source>
        <translation>«%1» үшін түбіртек жазылды (нұсқалар: %2, дәлел файлдары: %3): %4. Оны далалық қызметкерге беріңіз; содан кейін оның Qorgau бағдарламасы мұрағатта сақталғанды жоя алады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="286" />
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="292" />
        <source>“%1” — a %2 device</source>
        <translation>«%1» — құрылғы түрі: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="296" />
        <source>field</source>
        <translation>далалық</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="298" />
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="304" />
        <source>1. Ask the person who holds this laptop to open its identity card in Qorgau and read the fingerprint aloud to you, group by group. Compare each group with this one:</source>
        <translation>1. Осы ноутбук қолындағы адамнан Qorgau-да сәйкестендіру картасын ашып, цифрлық ізді топ-тобымен дауыстап оқып беруін сұраңыз. Әр топты мынамен салыстырыңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="323" />
        <source>2. Optionally type the digits as they are read to you: Qorgau compares them too.</source>
        <translation>2. Қаласаңыз, цифрларды оқылған сайын енгізіңіз: Qorgau да оларды салыстырады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="340" />
        <source>3. Every group matched what was read to me</source>
        <translation>3. Барлық топ маған оқылғанмен сәйкес келді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="345" />
        <source>If a single digit differs, do not enrol: the card may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>Бір цифр болса да сәйкес келмесе, тіркемеңіз: карта жолда ауыстырылған болуы мүмкін. Картаны басқа жолмен қайта сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="356" />
        <location filename="../../ui/desk/devices.py" line="486" />
        <location filename="../../ui/desk/devices.py" line="529" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="358" />
        <source>&amp;Enrol this device</source>
        <translation>Осы құрылғыны &amp;тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="372" />
        <source>The digits match.</source>
        <translation>Цифрлар сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="376" />
        <source>So far the same…</source>
        <translation>Әзірге сәйкес…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="379" />
        <source>The digits differ: do not enrol this card.</source>
        <translation>Цифрлар сәйкес емес: бұл картаны тіркемеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="402" />
        <source>Enrolling…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="425" />
        <location filename="../../ui/desk/devices.py" line="523" />
        <source>Revoke a device</source>
        <translation>Құрылғыны кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="430" />
        <source>Revoke “%1”</source>
        <translation>«%1» кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="434" />
        <source>Do this when the laptop was seized, lost or stolen. From now on nothing it signs or wrote that the archive does not hold yet is merged without your review, whatever its number. What it sent after the bundle you choose is flagged for review. A revoked device is never enrolled again: give the field worker a new vault.</source>
        <translation>Ноутбук алынып қойылса, жоғалса немесе ұрланса, осыны жасаңыз. Бұдан былай оның қол қойған немесе жазған, архивте әлі жоқ ешнәрсесі нөміріне қарамастан сіздің тексеруіңізсіз біріктірілмейді. Сіз таңдаған пакеттен кейін жіберген нәрселері тексеруге белгіленеді. Кері қайтарылған құрылғы ешқашан қайта тіркелмейді: қызметкерге жаңа қойма беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="447" />
        <source>From the last bundle received (#%1)</source>
        <translation>Соңғы алынған пакеттен бастап (№ %1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="451" />
        <source>Keep bundles up to number:</source>
        <translation>Мына нөмірге дейінгі пакеттерді қалдыру:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="452" />
        <source>Seized on (YYYY-MM-DD):</source>
        <translation>Тәркіленген күні (ЖЖЖЖ-АА-КК):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="467" />
        <source>By date: bundles already imported that were sealed before that day stay valid. The date a bundle claims is not trusted after that: the device's clock is in other hands.</source>
        <translation>Күні бойынша: сол күнге дейін мөрленген, бұрын импортталған пакеттер жарамды болып қалады. Одан кейін пакетте көрсетілген күнге сенім жоқ: құрылғының сағаты бөгде адамдардың қолында.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="481" />
        <source>What happened (kept in the custody log)</source>
        <translation>Не болды (сақтау журналында сақталады)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="488" />
        <source>&amp;Revoke</source>
        <translation>Кері &amp;қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="524" />
        <source>Revoke “%1”? This cannot be undone.</source>
        <translation>«%1» кері қайтарып алу керек пе? Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="528" />
        <source>Revoke</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="551" />
        <source>Revoking…</source>
        <translation>Кері қайтарылуда…</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="254" />
        <source>Click on the drawing where a lesion is: a marker is placed and its lesion record opens. Click a marker to open its record.</source>
        <translation>Суреттегі жарақат орнын басыңыз: белгі қойылып, жарақат жазбасы ашылады. Жазбасын ашу үшін белгіні басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="260" />
        <source>Save the examination once before marking lesions.</source>
        <translation>Жарақаттарды белгілемес бұрын куәландыруды бір рет сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="265" />
        <source>Save the examination now</source>
        <translation>Куәландыруды қазір сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="269" />
        <source>Lesions</source>
        <translation>Жарақаттар</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="275" />
        <source>Add a lesion without a marker</source>
        <translation>Белгісіз жарақат қосу</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="19" />
        <source>names match once transliterated</source>
        <translation>транслитерациядан кейін есімдер сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="22" />
        <source>names similar</source>
        <translation>есімдер ұқсас</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="23" />
        <source>a protected person: compare after revealing identities</source>
        <translation>қорғалған тұлға: тұлғаларды ашып барып салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="26" />
        <source>same date of birth</source>
        <translation>туған күні бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="27" />
        <source>dates of birth agree to the month</source>
        <translation>туған күндері ай дәлдігімен сәйкес</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="30" />
        <source>dates of birth agree to the year</source>
        <translation>туған күндері жыл дәлдігімен сәйкес</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="33" />
        <source>dates of birth differ by a swapped day and month</source>
        <translation>туған күндерінде күн мен ай орын ауыстырған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="36" />
        <source>date of birth missing on one or both</source>
        <translation>біреуінде немесе екеуінде де туған күні жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="39" />
        <source>dates of birth differ</source>
        <translation>туған күндері әртүрлі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="40" />
        <source>gender differs</source>
        <translation>жынысы әртүрлі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="41" />
        <source>same gender</source>
        <translation>жынысы бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="55" />
        <source>Duplicate people</source>
        <translation>Қайталанған адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="56" />
        <source>People who may have been recorded twice, by two lawyers or monitors. Compare them; if they are the same person, link them. Linking keeps both records and where each came from, so a link made in error can be undone.</source>
        <translation>Екі заңгер немесе мониторлар екі рет жазған болуы мүмкін адамдар. Оларды салыстырыңыз; бір адам болса, жазбаларды байланыстырыңыз. Байланыс екі жазбаны да және әрқайсысының қайдан келгенін сақтайды, сондықтан қате байланысты болдырмауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="64" />
        <source>&amp;Lowest score shown</source>
        <translation>Көрсетілетін ең төменгі &amp;балл</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="70" />
        <source>&amp;Find again</source>
        <translation>Қайта &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="80" />
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="81" />
        <source>Person A</source>
        <translation>A адам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="82" />
        <source>Person B</source>
        <translation>B адам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="83" />
        <source>Why suggested</source>
        <translation>Неге ұсынылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="105" />
        <source>Note for both records (optional), e.g. “same passport number, checked with both lawyers”</source>
        <translation>Екі жазбаға ескертпе (міндетті емес), мысалы «паспорт нөмірі бірдей, екі заңгермен тексерілді»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="112" />
        <source>&amp;Not the same</source>
        <translation>Бұл &amp;басқа адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="114" />
        <source>Hide this suggestion until the desk is opened again.</source>
        <translation>Бұл ұсынысты жұмыс орны қайта ашылғанша жасыру.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="117" />
        <source>Lin&amp;k: the same person</source>
        <translation>&amp;Байланыстыру: бір адам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="137" />
        <source>Comparing every person record…</source>
        <translation>Адамдар туралы барлық жазба салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="168" />
        <source>No suggestions at this score.</source>
        <translation>Бұл балл бойынша ұсыныс жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="179" />
        <location filename="../../ui/desk/duplicates.py" line="195" />
        <source>hidden (protected identity)</source>
        <translation>жасырылған (қорғалған тұлға)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="204" />
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="207" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="209" />
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="213" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="217" />
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="220" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="222" />
        <source>Recorded on</source>
        <translation>Қайда жазылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="270" />
        <source>Linking…</source>
        <translation>Байланыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="277" />
        <source>Linked: %1 new signed versions; both records stay, with their history.</source>
        <translation>Байланыстырылды: қол қойылған жаңа нұсқалар — %1; екі жазба да тарихымен бірге сақталады.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="317" />
        <source>Examination</source>
        <translation>Куәландыру</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="319" />
        <source>Body diagram and lesions</source>
        <translation>Дене сызбасы және жарақаттар</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/field/exporting.py" line="88" />
        <source>Send to coordinator</source>
        <translation>Үйлестірушіге жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="99" />
        <source>Records leave this laptop only inside a sealed bundle: encrypted to the coordinators you choose and signed by this device. Carry the bundle file on a USB stick or send it by any messenger; only the chosen coordinators can open it. Records whose people did not consent to sharing stay here.</source>
        <translation>Жазбалар бұл ноутбуктен тек мөрленген пакет ішінде шығады: ол сіз таңдаған үйлестірушілер үшін шифрланып, осы құрылғымен қол қойылады. Пакет файлын флешкамен апарыңыз немесе кез келген мессенджермен жіберіңіз — оны тек таңдалған үйлестірушілер аша алады. Беруге келісім бермеген адамдардың жазбалары осында қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="109" />
        <source>Seal to these coordinators</source>
        <translation>Мына үйлестірушілер үшін мөрлеу</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="112" />
        <source>Trust a coordinator…</source>
        <translation>Үйлестірушіге сену…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="117" />
        <source>Only what is new since the last bundle</source>
        <translation>Соңғы пакеттен кейінгі жаңасы ғана</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="119" />
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="143" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="145" />
        <source>Seal the bundle…</source>
        <translation>Пакетті мөрлеу…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="152" />
        <source>Sealed bundles are not available in this version of Qorgau yet. Your records stay safe in the vault.</source>
        <translation>Мөрленген пакеттер Qorgau-дың бұл нұсқасында әзірге қолжетімсіз. Жазбаларыңыз қоймада қауіпсіз сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="173" />
        <source>No coordinator is known to this vault yet. Import your coordinator's identity card first (ask them for it, and compare its fingerprint by phone).</source>
        <translation>Бұл қоймаға әзірге бірде-бір үйлестіруші белгісіз. Алдымен үйлестірушінің сәйкестендіру картасын импорттаңыз (оны сұраңыз және саусақ ізін телефон арқылы салыстырыңыз).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="192" />
        <source>Will go: %1 record versions and %2 evidence files.</source>
        <translation>Жіберіледі: жазба нұсқалары — %1, дәлел файлдары — %2.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="196" />
        <source>Stays on this laptop (consent):</source>
        <translation>Осы ноутбукта қалады (келісім жоқ):</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="201" />
        <source>Anonymised for statistics: %1 (counted with no name, text or date of birth).</source>
        <translation>Статистика үшін иесіздендірілген: %1 (атынсыз, мәтінсіз және туған күнсіз есептеледі).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="233" />
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="144" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="252" />
        <source>Nothing new to send: every record was already in an earlier bundle.</source>
        <translation>Жіберетін ештеңе жоқ: барлық жазбалар бұрынғы пакеттерде болған.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="256" />
        <source>Sealed %1 record versions and %2 evidence files (%3) into:
%4</source>
        <translation>Жазба нұсқалары: %1, дәлел файлдары: %2 (%3) мөрленді:
%4</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="260" />
        <source>Only %1 can open it.</source>
        <translation>Оны тек мына үйлестіруші аша алады: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="263" />
        <source>Kept on this laptop for lack of consent to sharing:</source>
        <translation>Беруге келісім болмағандықтан осы ноутбукте қалдырылды:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/field/forms.py" line="754" />
        <source>Relative of a protected minor: their name, other names, date of birth and contact details would identify the child, and are hidden.</source>
        <translation>Қорғалған кәмелетке толмағанның туысы: аты, басқа аттары, туған күні мен байланыс деректері баланы танытуы мүмкін, сондықтан жасырылған.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="757" />
        <source>Protected identity: the real name, other names, date of birth and contact details are hidden.</source>
        <translation>Қорғалған тұлға: шын аты, басқа аттары, туған күні мен байланыс деректері жасырылған.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="762" />
        <source>Reveal identity…</source>
        <translation>Тұлғаны ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="790" />
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="795" />
        <source>C&amp;onsent…</source>
        <translation>&amp;Келісім…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="798" />
        <location filename="../../ui/field/forms.py" line="883" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="800" />
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="802" />
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="812" />
        <source>Restored from the draft saved %1.</source>
        <translation>%1 сақталған жобадан қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="841" />
        <source>New: %1</source>
        <translation>Жаңа жазба: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Reveal identity</source>
        <translation>Тұлғаны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Бұл адамның шын аты мен байланыс деректерін көрсету керек пе? Экранды ешкім көрмейтініне көз жеткізіңіз. Ашу сақтау журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="882" />
        <source>Reveal</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="911" />
        <location filename="../../ui/field/opening.py" line="49" />
        <source>Recommendations and their follow-up status were carried over from the previous visit (%1). Update each one's status.</source>
        <translation>Ұсыныстар мен олардың орындалу күйі алдыңғы барудан (%1) көшірілді. Әрқайсысының күйін жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="929" />
        <source>Held longer than the law allows before registration: the limit for a minor is %1 hours.</source>
        <translation>Тіркелгенге дейін заң рұқсат еткеннен ұзақ ұсталған: кәмелетке толмағандар үшін шегі — %1 сағат.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="931" />
        <source>Held longer than the law allows before registration: the limit for an adult is %1 hours.</source>
        <translation>Тіркелгенге дейін заң рұқсат еткеннен ұзақ ұсталған: ересектер үшін шегі — %1 сағат.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="964" />
        <source>Draft kept (encrypted) at %1.</source>
        <translation>Жоба %1 сақталды (шифрланған).</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1005" />
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1031" />
        <source>Some fields need attention: they are marked below.</source>
        <translation>Кейбір өрістерге назар аудару керек: олар төменде белгіленген.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>What you typed in this form has not been saved as a record. Discard it?</source>
        <translation>Бұл пішінге енгізілгендер әлі жазба ретінде сақталған жоқ. Оны жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1045" />
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1046" />
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="166" />
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="170" />
        <source>Or drop photos, scans, audio and video here. Originals are sealed in the vault; the pictures shown have their location and camera data removed.</source>
        <translation>Немесе суреттерді, сканерленген құжаттарды, аудио мен бейнені осында сүйреп әкеліңіз. Түпнұсқалар қоймада мөрленеді; көрсетілген суреттерден орналасу мен камера деректері алынып тасталған.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="191" />
        <source>No evidence files yet.</source>
        <translation>Әзірге дәлел файлдары жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="212" />
        <source>Add evidence files</source>
        <translation>Дәлел файлдарын қосу</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="522" />
        <source>Version history</source>
        <translation>Нұсқалар тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="530" />
        <source>Deleted: %1</source>
        <translation>Жойылды: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/desk/common.py" line="240" />
        <source>It was made by a newer Qorgau: it holds records of a kind this archive does not know yet. Upgrade Qorgau on this computer to the field laptops' version, then receive the same bundle again.</source>
        <translation>Пакетті Qorgau-дың жаңарақ нұсқасы жасаған: онда осы мұрағат әлі білмейтін түрдегі жазбалар бар. Осы компьютердегі Qorgau-ды далалық ноутбуктердің нұсқасына дейін жаңартып, сол пакетті қайта қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="246" />
        <source>The file is damaged or is not a Qorgau bundle: it could not be decrypted to the end. It may have been altered or cut short on the way.</source>
        <translation>Файл бүлінген немесе Qorgau пакеті емес: оны соңына дейін шифрын ашу мүмкін болмады. Мүмкін, ол жолда өзгертілген немесе қысқартылған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="251" />
        <source>The file ends early: it was cut short, perhaps by an interrupted copy. Ask for the bundle again.</source>
        <translation>Файл ерте аяқталады: ол толық емес, мүмкін көшіру үзілген. Пакетті қайта сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="256" />
        <source>The bundle is not addressed to this archive: it was sealed for other coordinators.</source>
        <translation>Пакет осы мұрағатқа арналмаған: ол басқа үйлестірушілер үшін мөрленген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="260" />
        <source>Its signatures do not match the keys enrolled for the device: the bundle was forged or altered after it was signed.</source>
        <translation>Оның қолтаңбалары құрылғы үшін тіркелген кілттерге сәйкес келмейді: пакет жалған немесе қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="265" />
        <source>It comes from a device this archive has not enrolled. If you expect bundles from it, enrol its identity card under Devices (compare the fingerprint by phone first).</source>
        <translation>Ол осы мұрағатта тіркелмеген құрылғыдан келген. Одан пакет күтсеңіз, оның сәйкестендіру картасын «Құрылғылар» бөлімінде тіркеңіз (алдымен цифрлық ізді телефонмен салыстырыңыз).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="271" />
        <source>It carries records by devices this archive does not know, or names a known device with other keys.</source>
        <translation>Онда осы мұрағатқа белгісіз құрылғылардың жазбалары бар немесе белгілі құрылғы басқа кілттермен көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="276" />
        <source>It is larger than this archive accepts.</source>
        <translation>Ол осы мұрағат қабылдайтыннан үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="277" />
        <source>It could not be read.</source>
        <translation>Оны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="279" />
        <source>Its contents do not match what the device signed: the file was altered or damaged after it was sealed.</source>
        <translation>Оның мазмұны құрылғы қол қойғанға сәйкес келмейді: файл мөрленгеннен кейін өзгертілген немесе бүлінген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="286" />
        <source>The device was revoked (seized), and this bundle was not imported before: whoever holds the device's key may have made it, whatever its number.</source>
        <translation>Құрылғы кері қайтарылған (алынып қойылған), ал бұл пакет бұрын импортталмаған: оның нөмірі қандай болса да, оны құрылғы кілтін ұстап отырған адам жасауы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="291" />
        <source>The bundle carries versions written by a revoked (seized) device, passed on by another device: whoever holds the seized key may have written them.</source>
        <translation>Пакетте кері қайтарылған (алынып қойылған) құрылғы жазған, басқа құрылғы арқылы жіберілген нұсқалар бар: оларды алынған кілтті ұстап отырған адам жазуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="296" />
        <source>The bundle changes a record that its author did not create: a field device may change only its own records, unless you granted it another device's.</source>
        <translation>Пакет авторы жасамаған жазбаны өзгертеді: далалық құрылғы тек өз жазбаларын өзгерте алады, егер сіз оған басқа құрылғының жазбаларын бермесеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="301" />
        <source>The device sent a different bundle with the same number: its vault was copied or restored from a backup, or its key is in someone else's hands.</source>
        <translation>Құрылғы сол нөмірмен басқа пакет жіберді: оның қоймасы көшірілген не сақтық көшірмеден қалпына келтірілген, әлде кілті бөгде адамның қолында.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="306" />
        <source>The bundle does not follow on from the bundles already imported from this device: a rollback or a fork.</source>
        <translation>Пакет осы құрылғыдан бұрын импортталған пакеттердің жалғасы емес: кері шегіну немесе тармақталу.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="322" />
        <source>It failed a sequence or revocation check.</source>
        <translation>Ол реттілік немесе кері қайтару тексеруінен өтпеді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="333" />
        <source>Not imported — %1</source>
        <translation>Импортталмады — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="338" />
        <source>Would merge — bundle %1 from “%2”</source>
        <translation>Біріктірілер еді — «%2» құрылғысының № %1 пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="340" />
        <source>Merged — bundle %1 from “%2”</source>
        <translation>Біріктірілді — «%2» құрылғысының № %1 пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="343" />
        <source>New in the archive: records %1, record versions %2, evidence files %3.</source>
        <translation>Мұрағатта жаңа: жазбалар — %1, жазба нұсқалары — %2, дәлел файлдары — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="353" />
        <source>Already held, sent again: record versions %1, evidence files %2 (a laptop sends them until it accepts a receipt).</source>
        <translation>Бұрыннан бар, қайта жіберілген: жазба нұсқалары — %1, дәлел файлдары — %2 (ноутбук түбіртекті қабылдағанша оларды жібере береді).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="363" />
        <source>Records now in conflict (edited on two devices): %1. Resolve them under Conflicts.</source>
        <translation>Қайшылықтағы жазбалар (екі құрылғыда өзгертілген): %1. Оларды «Қайшылықтар» бөлімінде шешіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="371" />
        <source>Bundles never received from this device: %1. Ask the field worker for them.</source>
        <translation>Осы құрылғыдан келмеген пакеттер: %1. Оларды далалық қызметкерден сұратыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="379" />
        <source>This bundle was imported before; nothing changed.</source>
        <translation>Бұл пакет бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="381" />
        <source>This bundle is already in quarantine; nothing changed.</source>
        <translation>Бұл пакет карантинде тұр; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="385" />
        <source>Already here — bundle %1 from “%2”</source>
        <translation>Бұрыннан бар — «%2» құрылғысының № %1 пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="393" />
        <source>Quarantined — bundle %1 from “%2”</source>
        <translation>Карантинде — «%2» құрылғысының № %1 пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="398" />
        <source>Nothing from it was merged. Check with the field worker, then release or discard it under Quarantine.</source>
        <translation>Одан ештеңе біріктірілген жоқ. Далалық қызметкермен нақтылап, пакетті «Карантин» бөлімінде босатыңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="407" />
        <source>Nothing from this file was merged.</source>
        <translation>Бұл файлдан ештеңе біріктірілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="412" />
        <source>It says it is bundle %1 from “%2”.</source>
        <translation>Онда бұл «%2» құрылғысының № %1 пакеті деп көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="416" />
        <source>Rejected — %1</source>
        <translation>Қабылданбады — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="428" />
        <source>Technical detail:</source>
        <translation>Техникалық мәлімет:</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="25" />
        <source>New recovery code</source>
        <translation>Жаңа қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="30" />
        <source>If the recovery code may be in someone else's hands (a seizure, a search, coercion), replace it: the old code then opens nothing, not even an old copy of this vault's key file. Type the passphrase to confirm.</source>
        <translation>Егер қалпына келтіру коды бөтен қолға түсуі мүмкін болса (алып қою, тінту, мәжбүрлеу), оны ауыстырыңыз: ескі код бұдан кейін ештеңені ашпайды, тіпті осы қойманың кілт файлының ескі көшірмесін де. Растау үшін құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="39" />
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="54" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="56" />
        <source>Issue a new code</source>
        <translation>Жаңа код беру</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="70" />
        <source>Replacing the keys… this takes a few seconds.</source>
        <translation>Кілттер ауыстырылуда… бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="85" />
        <source>Write this new recovery code on paper now. It is shown only this once. The old code opens nothing any more. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Осы жаңа қалпына келтіру кодын қазір қағазға жазып алыңыз. Ол тек осы бір рет көрсетіледі. Ескі код енді ештеңені ашпайды. Қағазды ноутбуктен бөлек сақтаңыз және оны суретке түсірмеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <location filename="../../ui/keys.py" line="106" />
        <location filename="../../ui/keys.py" line="120" />
        <location filename="../../ui/keys.py" line="128" />
        <source>Re-encrypt evidence files</source>
        <translation>Дәлел файлдарын қайта шифрлау</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <source>Every evidence file on this laptop is encrypted again under a new key, so that an old copy of the vault (taken at a seizure) no longer opens the files kept since. It can take a long time for many videos; you can stop and carry on later.</source>
        <translation>Осы ноутбуктегі әр дәлел файлы жаңа кілтпен қайта шифрланады, сонда қойманың ескі көшірмесі (алып қою кезінде жасалған) одан кейін сақталған файлдарды енді аша алмайды. Бейне көп болса, бұл ұзаққа созылуы мүмкін; тоқтатып, кейін жалғастыруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="101" />
        <source>Re-encrypt</source>
        <translation>Қайта шифрлау</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="102" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107" />
        <source>Re-encrypting the evidence files…</source>
        <translation>Дәлел файлдары қайта шифрлануда…</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108" />
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="120" />
        <source>%1 evidence files were re-encrypted under a new key.</source>
        <translation>Жаңа кілтпен қайта шифрланған дәлел файлдары: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="129" />
        <source>Stopped. The files done so far keep their new key; run it again to carry on where it stopped.</source>
        <translation>Тоқтатылды. Өңделіп қойған файлдар жаңа кілтін сақтайды; тоқтаған жерінен жалғастыру үшін қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="137" />
        <source>Re-encrypting file %1 of %2…</source>
        <translation>%2 файлдың %1-і қайта шифрлануда…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>(hidden)</source>
        <translation>(жасырылған)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/field/window.py" line="33" />
        <source>Search all records (Ctrl+F)…</source>
        <translation>Барлық жазбалардан іздеу (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="38" />
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="47" />
        <source>from DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ бастап</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="49" />
        <source>to DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ дейін</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="51" />
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="52" />
        <source>C&amp;ity</source>
        <translation>&amp;Қала</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="53" />
        <source>S&amp;tatus</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="54" />
        <source>F&amp;lag</source>
        <translation>Бел&amp;гі</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="55" />
        <source>Faci&amp;lity</source>
        <translation>Мек&amp;еме</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="64" />
        <source>&amp;Dates</source>
        <translation>&amp;Күндер</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="114" />
        <location filename="../../ui/field/window.py" line="125" />
        <location filename="../../ui/field/window.py" line="150" />
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="165" />
        <source>Qorgau — %1</source>
        <translation>Qorgau — %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="171" />
        <source>Main</source>
        <translation>Басты</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="174" />
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="182" />
        <source>From a spreadsheet…</source>
        <translation>Кестеден…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="185" />
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="192" />
        <source>Record tables…</source>
        <translation>Жазбалар кестелері…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="153" />
        <location filename="../../ui/field/window.py" line="193" />
        <source>Import receipt…</source>
        <translation>Түбіртекті импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="152" />
        <location filename="../../ui/field/window.py" line="190" />
        <source>Send to coordinator…</source>
        <translation>Үйлестірушіге жіберу…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="195" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="201" />
        <source>Lock (Ctrl+L)</source>
        <translation>Құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="240" />
        <source>Choose a case on the left, or start a new one (Ctrl+N).</source>
        <translation>Сол жақтан істі таңдаңыз немесе жаңасын бастаңыз (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="254" />
        <source>Locks after %1 minutes without activity · Ctrl+L locks now · Ctrl+Shift+L or F12 locks at once</source>
        <translation>%1 мин әрекетсіздіктен кейін құлыпталады · Ctrl+L — құлыптау · Ctrl+Shift+L немесе F12 — бірден</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="272" />
        <source>%1 found</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="275" />
        <source>%1 of %2 shown</source>
        <translation>%2 ішінен %1 көрсетілді</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../ui/desk/report.py" line="136" />
        <source>Qorgau — confidential</source>
        <translation>Qorgau — құпия</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="139" />
        <location filename="../../ui/desk/report.py" line="619" />
        <location filename="../../ui/desk/report.py" line="802" />
        <source>Istanbul Protocol medical annex</source>
        <translation>Ыстамбұл хаттамасы бойынша медициналық қосымша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="141" />
        <location filename="../../ui/desk/report.py" line="800" />
        <source>Case report</source>
        <translation>Іс бойынша есеп</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="161" />
        <source>Prepared from the archive “%1” on %2.</source>
        <translation>«%1» мұрағатынан %2 дайындалды.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="167" />
        <source>Prepared for: %1</source>
        <translation>Кімге дайындалды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="171" />
        <source>This report SHOWS the real identities of protected people. Keep it accordingly.</source>
        <translation>Бұл есепте қорғалған адамдардың шын тұлғалары АШЫЛҒАН. Оны соған сай сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="179" />
        <source>Protected people are shown by their pseudonym; their names, dates of birth and contact details are left out.</source>
        <translation>Қорғалған адамдар бүркеншік атымен көрсетілген; олардың есімдері, туған күндері мен байланыс деректері берілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="187" />
        <source>Note: this case has versions from two devices that were not yet reconciled; the report shows the most recent one.</source>
        <translation>Ескерту: бұл істің екі құрылғыдан келген, әлі келісілмеген нұсқалары бар; есепте ең жаңасы көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="202" />
        <source>Withheld for lack of consent</source>
        <translation>Келісім болмағандықтан енгізілмеді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="208" />
        <source>Person %1: %2 — %3: %4.</source>
        <translation>%1-тұлға: %2 — %3: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="216" />
        <location filename="../../ui/desk/report.py" line="1111" />
        <source>The names of %1 relative(s) are left out: they would identify a protected minor.</source>
        <translation>Туыстарының аттары (%1) көрсетілмеген: олар арқылы қорғалған кәмелетке толмағанды тануға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="227" />
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="230" />
        <location filename="../../ui/desk/report.py" line="241" />
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="231" />
        <location filename="../../ui/desk/report.py" line="269" />
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="232" />
        <source>Medical examinations</source>
        <translation>Медициналық куәландырулар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="233" />
        <source>Complaints and legal steps</source>
        <translation>Шағымдар және құқықтық әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="234" />
        <location filename="../../ui/desk/report.py" line="314" />
        <source>Evidence files</source>
        <translation>Дәлел файлдары</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="239" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="244" />
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="247" />
        <source>Detention of %1</source>
        <translation>Ұстау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="271" />
        <source>No incident is recorded.</source>
        <translation>Оқиғалар жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="276" />
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="294" />
        <source>Medical findings</source>
        <translation>Медициналық деректер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="296" />
        <location filename="../../ui/desk/report.py" line="631" />
        <source>No medical examination is recorded.</source>
        <translation>Медициналық куәландырулар жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="300" />
        <source>Examination of %1, %2</source>
        <translation>Куәландыру: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="311" />
        <source>Complaints and outcomes</source>
        <translation>Шағымдар және олардың нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="328" />
        <location filename="../../ui/desk/report.py" line="568" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="329" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="330" />
        <source>Captured</source>
        <translation>Түсірілді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="336" />
        <source>Each file's full SHA-256 and chain of custody are in the archive.</source>
        <translation>Әр файлдың толық SHA-256 мәні мен сақтау тізбегі мұрағатта.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="347" />
        <source>Case opened</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="360" />
        <source>%1 detained (%2)</source>
        <translation>%1 ұсталды (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="369" />
        <source>%1 released or moved</source>
        <translation>%1 босатылды немесе ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="379" />
        <source>Incident: %1</source>
        <translation>Оқиға: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="393" />
        <source>Interview: %1</source>
        <translation>Сұхбат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="398" />
        <source>Medical examination</source>
        <translation>Медициналық куәландыру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="404" />
        <source>Complaint to %1</source>
        <translation>Шағым: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="414" />
        <source>Case closed</source>
        <translation>Іс жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="417" />
        <source>No dated event is recorded.</source>
        <translation>Күні көрсетілген оқиға жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="450" />
        <source>No person is recorded.</source>
        <translation>Адамдар жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="454" />
        <source>Name or pseudonym</source>
        <translation>Аты немесе бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="455" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="456" />
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="457" />
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="458" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="479" />
        <source>No complaint is recorded.</source>
        <translation>Шағымдар жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="483" />
        <source>Addressed to</source>
        <translation>Кімге жолданды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="484" />
        <location filename="../../ui/desk/report.py" line="520" />
        <source>Filed</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="485" />
        <location filename="../../ui/desk/report.py" line="521" />
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="486" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="487" />
        <source>As of</source>
        <translation>Күйі бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="488" />
        <source>Response</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="501" />
        <source>Legal path of the complaint of %1</source>
        <translation>%1 шағымының жолы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="519" />
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="522" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="523" />
        <source>Decided</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="532" />
        <source>State forensic examinations</source>
        <translation>Сот-медициналық сараптамалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="533" />
        <source>Death in custody</source>
        <translation>Қамауда қайтыс болу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="534" />
        <source>Reprisals</source>
        <translation>Кек алу және қысым</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="558" />
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="566" />
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="567" />
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="569" />
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="570" />
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="571" />
        <source>Age</source>
        <translation>Ескілігі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="572" />
        <source>Consistency</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="610" />
        <source>Photographs</source>
        <translation>Суреттер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="621" />
        <source>Set out in the order of the Istanbul Protocol's guidelines for medico-legal evaluations (Annex IV). The degree of consistency uses the Protocol's scale: not consistent, consistent, highly consistent, typical of, diagnostic of.</source>
        <translation>Ыстамбұл хаттамасының сот-медициналық қорытындыларға арналған нұсқауларының ретімен берілген (IV қосымша). Сәйкестік дәрежесі хаттама шкаласы бойынша: сәйкес келмейді, сәйкес келеді, жоғары дәрежеде сәйкес келеді, тән, диагностикалық белгі.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="637" />
        <source>Examination %1 of %2: %3, %4</source>
        <translation>%2 куәландырудың %1-і: %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="645" />
        <source>I. Case information</source>
        <translation>I. Жағдай туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="663" />
        <source>II. Clinician's qualifications</source>
        <translation>II. Дәрігердің біліктілігі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="665" />
        <source>III. Background and history</source>
        <translation>III. Алдыңғы жағдай және анамнез</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="669" />
        <source>IV. Allegations of torture and ill-treatment</source>
        <translation>IV. Азаптау және қатыгездік туралы айыптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="672" />
        <source>V. Physical and psychological symptoms</source>
        <translation>V. Физикалық және психологиялық белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="673" />
        <source>VI. Physical examination</source>
        <translation>VI. Физикалық тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="678" />
        <location filename="../../ui/desk/report.py" line="712" />
        <source>Not recorded.</source>
        <translation>Жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="683" />
        <source>VII. Psychological evaluation</source>
        <translation>VII. Психологиялық бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="686" />
        <source>VIII. Photographs</source>
        <translation>VIII. Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="687" />
        <source>IX. Diagnostic tests</source>
        <translation>IX. Диагностикалық зерттеулер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="689" />
        <source>X. Interpretation of findings</source>
        <translation>X. Деректерді түсіндіру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="693" />
        <source>XI. Conclusions and recommendations</source>
        <translation>XI. Қорытындылар мен ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="697" />
        <source>XII. Clinician's statement and signature</source>
        <translation>XII. Дәрігердің растауы және қолтаңбасы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="707" />
        <source>No photograph is attached to the lesions.</source>
        <translation>Жарақаттарға фотосурет тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="816" />
        <source>Qorgau — confidential — page %1 of %2</source>
        <translation>Qorgau — құпия — %2 беттің %1-і</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="938" />
        <source>PDF reports</source>
        <translation>PDF есептері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="939" />
        <source>A case report for a prosecutor, a court or a UN body, and the Istanbul Protocol medical annex, in the language of this window.</source>
        <translation>Прокурорға, сотқа немесе БҰҰ органына арналған іс бойынша есеп және Ыстамбұл хаттамасы бойынша медициналық қосымша — осы терезенің тілінде.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="949" />
        <source>Find a case…</source>
        <translation>Істі табу…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="963" />
        <location filename="../../ui/desk/report.py" line="1086" />
        <source>Choose a case on the left.</source>
        <translation>Сол жақтан істі таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="967" />
        <source>What the PDF holds</source>
        <translation>PDF ішінде не болады</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="969" />
        <source>&amp;Case report</source>
        <translation>Іс бойынша &amp;есеп</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="971" />
        <source>Istanbul Protocol medical &amp;annex</source>
        <translation>Ыстамбұл хаттамасы бойынша медициналық &amp;қосымша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="973" />
        <source>&amp;Photographs of the lesions</source>
        <translation>Жарақаттардың &amp;фотосуреттері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="975" />
        <source>Show the real &amp;identities of protected people</source>
        <translation>Қорғалған адамдардың шын &amp;тұлғаларын көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="978" />
        <source>Summary, timeline, people, detention, incidents, medical findings with the body diagrams, complaints and outcomes, evidence files.</source>
        <translation>Қысқаша мазмұны, хронология, адамдар, ұстау, оқиғалар, дене сызбасы бар медициналық деректер, шағымдар мен нәтижелері, дәлел файлдары.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="983" />
        <source>One section per examination, in the Protocol's order.</source>
        <translation>Әр куәландыруға бір бөлім, хаттаманың ретімен.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="984" />
        <source>Copies without GPS position or camera data.</source>
        <translation>GPS орны мен камера деректері жоқ көшірмелер.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="985" />
        <source>Off: protected people appear by their pseudonym, without name, date of birth or contact details.</source>
        <translation>Өшірулі: қорғалған адамдар бүркеншік атымен, есімсіз, туған күнінсіз және байланыс деректерінсіз көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1006" />
        <source>e.g. Prosecutor's office of Taraz; UN Committee against Torture</source>
        <translation>мысалы, Тараз прокуратурасы; БҰҰ-ның Азаптауға қарсы комитеті</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1010" />
        <source>Prepared &amp;for</source>
        <translation>&amp;Кімге арналған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1012" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1015" />
        <source>A PDF file is not encrypted: anyone who gets the file, the USB stick or the e-mail can read it. Qorgau writes it only where you choose, records in the custody log who it was for, and keeps no other copy.</source>
        <translation>PDF файлы шифрланбайды: файл, флешка немесе хат кімнің қолына тисе, сол оқи алады. Qorgau оны тек сіз таңдаған жерге жазады, кімге арналғанын сақтау журналына белгілейді және басқа көшірме сақтамайды.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1033" />
        <source>&amp;Make the PDF…</source>
        <translation>PDF &amp;жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1106" />
        <source>Left out for lack of consent (person: what — why):</source>
        <translation>Келісім болмағандықтан есепке енбейді (тұлға: не — неге):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1129" />
        <source>Nothing to put in the PDF</source>
        <translation>PDF-ке енгізетін ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1130" />
        <source>Tick the case report, the medical annex, or both.</source>
        <translation>Іс бойынша есепті, медициналық қосымшаны немесе екеуін де белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1139" />
        <source>Show protected identities?</source>
        <translation>Қорғалған тұлғаларды ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1140" />
        <source>The PDF will name the protected people and give their dates of birth and contact details. Anyone who reads the file can put them at risk. Do this only for a recipient who must know, and who can keep it safe.</source>
        <translation>PDF-те қорғалған адамдардың аттары, туған күндері мен байланыс деректері көрсетіледі. Файлды оқыған кез келген адам оларға қауіп төндіруі мүмкін. Мұны тек білуге міндетті әрі файлды қауіпсіз сақтай алатын алушы үшін ғана жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1147" />
        <source>Show them</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1148" />
        <source>Keep them masked</source>
        <translation>Жасырын қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1159" />
        <source>A PDF is not encrypted</source>
        <translation>PDF шифрланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1160" />
        <source>The PDF will be written in plaintext where you choose. Anyone who gets the file can read it. Put it only on the medium it must travel on, and delete it once it has been delivered.</source>
        <translation>PDF сіз таңдаған жерге ашық түрде жазылады. Файл кімнің қолына тисе, сол оқи алады. Оны тек жеткізілетін тасығышқа ғана сақтап, табыс етілгеннен кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1167" />
        <source>Choose where…</source>
        <translation>Орнын таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1168" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1178" />
        <source>case-report</source>
        <translation>іс-бойынша-есеп</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1179" />
        <source>istanbul-protocol-annex</source>
        <translation>ыстамбұл-хаттамасы-қосымшасы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1180" />
        <source>Save the PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1201" />
        <source>Laying out the PDF…</source>
        <translation>PDF беттелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1212" />
        <source>Written (plaintext, %1): %2
The export is recorded in the custody log of every record in it.</source>
        <translation>Жазылды (ашық түрде, %1): %2
Экспорт ішіндегі әр жазбаның сақтау журналына белгіленді.</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Previous Month</source>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Next Month</source>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28" />
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="9" />
        <source>&amp;Look in:</source>
        <translation>&amp;Қайда қарау:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="10" />
        <source>Look in:</source>
        <translation>Қайда қарау:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Files of type:</source>
        <translation>Файлдар түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Alias</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Shortcut</source>
        <translation>Белгіше</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="23" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
</context>
<context>
    <name>QorgauApp</name>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>Open a vault folder</source>
        <translation>Қойма қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>Not a vault</source>
        <translation>Бұл қойма емес</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>There is no Qorgau vault in that folder.</source>
        <translation>Бұл қалтада Qorgau қоймасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Жаңа қойма үшін бос қалтаны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="31" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="32" />
        <source>These bundles are intact and signed by an enrolled device, but were not merged: the device was revoked, or the bundle does not follow on from the ones before it. Check with the field worker (by phone, not by the same laptop), then release or discard each one.</source>
        <translation>Бұл пакеттер бүтін және тіркелген құрылғы қол қойған, бірақ біріктірілмеген: құрылғы кері қайтарылған немесе пакет алдыңғыларының жалғасы емес. Далалық қызметкермен нақтылаңыз (сол ноутбук арқылы емес, телефонмен), содан кейін әрқайсысын босатыңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="42" />
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="43" />
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="44" />
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="45" />
        <source>Quarantined</source>
        <translation>Карантинге қойылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="46" />
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="57" />
        <source>Why (kept in the custody log), e.g. “confirmed by phone with A. Nurlanova on 3 March”</source>
        <translation>Себебі (сақтау журналында сақталады), мысалы «3 наурызда А. Нұрлановамен телефон арқылы расталды»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="63" />
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="69" />
        <source>&amp;Inspect</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="71" />
        <source>Check the bundle again and count what releasing it would merge. Nothing is written.</source>
        <translation>Пакетті қайта тексеріп, босатқанда не біріктірілетінін санау. Ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="77" />
        <source>Re&amp;lease and merge</source>
        <translation>&amp;Босатып, біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="78" />
        <source>&amp;Discard</source>
        <translation>Қабылда&amp;мау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="136" />
        <source>Nothing is waiting in quarantine.</source>
        <translation>Карантинде ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="143" />
        <source>Released</source>
        <translation>Босатылды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="145" />
        <source>Discarded</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="155" />
        <source>Decided earlier</source>
        <translation>Бұрын қабылданған шешімдер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="166" />
        <source>Device revoked</source>
        <translation>Құрылғы кері қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="167" />
        <source>Same number twice</source>
        <translation>Бір нөмір екі рет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="168" />
        <source>Out of sequence</source>
        <translation>Реттілік бұзылған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="169" />
        <source>Written by a revoked device</source>
        <translation>Кері қайтарылған құрылғы жазған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="170" />
        <source>Not its author's record</source>
        <translation>Авторының жазбасы емес</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="182" />
        <source>bundle %1</source>
        <translation>№ %1 пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="207" />
        <source>Checking the quarantined bundle again…</source>
        <translation>Карантиндегі пакет қайта тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="215" />
        <source>If released, it would merge:</source>
        <translation>Босатылса, мыналар біріктіріледі:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="512" />
        <location filename="../../ui/desk/quarantine.py" line="227" />
        <source>Say why</source>
        <translation>Себебін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="513" />
        <location filename="../../ui/desk/quarantine.py" line="228" />
        <source>Write the reason first: it is kept in the custody log with your decision.</source>
        <translation>Алдымен себебін жазыңыз: ол шешіміңізбен бірге сақтау журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="258" />
        <source>Release the bundle</source>
        <translation>Пакетті босату</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="259" />
        <source>Merge bundle %1 from “%2” into the archive? Do this only after the field worker confirmed, by another channel, that they made it.</source>
        <translation>«%2» құрылғысының № %1 пакетін мұрағатқа біріктіру керек пе? Мұны далалық қызметкер пакетті өзі жасағанын басқа арна арқылы растағаннан кейін ғана жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="264" />
        <source>Release and merge</source>
        <translation>Босатып, біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="251" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="282" />
        <source>Checking and merging the bundle…</source>
        <translation>Пакет тексеріліп, біріктірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="299" />
        <source>Discard the bundle</source>
        <translation>Пакетті қабылдамау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="300" />
        <source>Delete the quarantined copy of bundle %1 from “%2”? Nothing from it is merged; the same file imported again is recognised and not merged either.</source>
        <translation>«%2» құрылғысының № %1 пакетінің карантиндегі көшірмесін жою керек пе? Одан ештеңе біріктірілмейді; сол файл қайта импортталса, ол танылып, біріктірілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="305" />
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="322" />
        <source>Discarding…</source>
        <translation>Қабылданбауда…</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../../ui/desk/receive.py" line="116" />
        <source>Receive bundles</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="117" />
        <source>Bundles from the field laptops are checked before anything is merged: who signed them, that nothing was altered, that they follow on from the last bundle of their device. Choose the files, drop them here, or watch the folder of a USB stick.</source>
        <translation>Далалық ноутбуктерден келген пакеттер біріктірілмес бұрын тексеріледі: оларға кім қол қойды, ештеңе өзгертілмеді ме, өз құрылғысының соңғы пакетінің жалғасы ма. Файлдарды таңдаңыз, осында сүйреп әкеліңіз немесе флешкадағы қалтаны бақылаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="125" />
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="127" />
        <location filename="../../ui/desk/receive.py" line="271" />
        <source>&amp;Watch a folder (USB stick)…</source>
        <translation>Қалтаны &amp;бақылау (флешка)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="130" />
        <source>Write a &amp;receipt for each device next to its bundles</source>
        <translation>Әр құрылғыға оның пакеттерінің жанына &amp;түбіртек жазу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="134" />
        <source>A receipt tells the field laptop what the archive now holds, so it may remove those records. It is encrypted to that laptop and signed by this archive.</source>
        <translation>Түбіртек далалық ноутбукке мұрағатта енді не сақталатынын хабарлайды, сонда ол сол жазбаларды жоя алады. Ол сол ноутбук үшін шифрланған және осы мұрағат қол қойған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="158" />
        <source>Drop bundle files here</source>
        <translation>Пакет файлдарын осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="174" />
        <source>The report of each bundle appears here.</source>
        <translation>Әр пакет бойынша есеп осында шығады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="186" />
        <source>Reason for the custody log, e.g. her request of 1 March</source>
        <translation>Сақтау журналына себеп, мыс. оның 1 наурыздағы өтініші</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="188" />
        <source>&amp;Remove their records…</source>
        <translation>Олардың жазбаларын &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="245" />
        <source>Choose bundle files</source>
        <translation>Пакет файлдарын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="273" />
        <source>Folder to watch for bundles</source>
        <translation>Пакеттер күтілетін қалта</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="280" />
        <source>Watching %1: bundle files (.bundle) that appear there are imported at once. The folder is not remembered after Qorgau locks.</source>
        <translation>%1 бақылануда: онда пайда болған пакет файлдары (.bundle) бірден импортталады. Qorgau құлыпталғаннан кейін қалта есте сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="288" />
        <source>Stop &amp;watching</source>
        <translation>Бақылауды &amp;тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="326" />
        <source>Checking and merging bundle %1 of %2: %3</source>
        <translation>%2 пакеттің %1-і тексеріліп, біріктірілуде: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="346" />
        <source>Received at %1</source>
        <translation>Қабылданған уақыты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="365" />
        <source>%1 merged</source>
        <translation>біріктірілді: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="368" />
        <source>%1 already here</source>
        <translation>бұрыннан бар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="372" />
        <source>%1 quarantined</source>
        <translation>карантинде: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="375" />
        <source>%1 rejected</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="380" />
        <source>Stopped. The bundle being read was not merged; those after it were not read.</source>
        <translation>Тоқтатылды. Оқылып жатқан пакет біріктірілмеді; кейінгілері оқылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="391" />
        <source>Receipt for “%1” written: %2</source>
        <translation>«%1» үшін түбіртек жазылды: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="397" />
        <source>No receipt for device %1: %2</source>
        <translation>%1 құрылғысы үшін түбіртек жоқ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="425" />
        <source>%1 person(s) withdrew their consent to sharing. Their records are already left out of every report, list and table; you may also remove them from the archive.</source>
        <translation>Беруге келісімін қайтарып алғандар: %1. Олардың жазбалары барлық есептерден, тізімдерден және кестелерден алынып тасталды; оларды мұрағаттан да жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="447" />
        <source>A reason is needed</source>
        <translation>Себеп қажет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="448" />
        <source>Say why the records are removed: it goes to the custody log.</source>
        <translation>Жазбалар неге жойылатынын көрсетіңіз: бұл сақтау журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="458" />
        <source>Remove their records?</source>
        <translation>Олардың жазбаларын жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="459" />
        <source>The records of %1 person(s) who withdrew consent (%2 record(s) in all) will be removed from this archive for good, in one step: all of them, or none if you stop it. Their consent records stay, as proof of the withdrawal.</source>
        <translation>Келісімін кері қайтарып алғандардың жазбалары (адамдар: %1; барлығы %2 жазба) осы мұрағаттан бір қадаммен біржола жойылады: бәрі бірден, ал тоқтатсаңыз — ешқайсысы да жойылмайды. Келісім жазбалары қайтарып алудың дәлелі ретінде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="468" />
        <source>Reason for the custody log: %1</source>
        <translation>Сақтау журналына себеп: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="485" />
        <source>%1 record(s) of %2 person(s) removed.</source>
        <translation>Жойылған жазбалар: %1 (адамдар: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="497" />
        <source>Stopped: nobody's records were removed.</source>
        <translation>Тоқтатылды: ешкімнің жазбасы жойылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="515" />
        <source>Removing the records of %1 person(s)…</source>
        <translation>Адамдардың жазбалары жойылып жатыр (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="470" />
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="471" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="151" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="153" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="156" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="157" />
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="158" />
        <source>Found in</source>
        <translation>Табылған жері</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <location filename="../../ui/record_tables.py" line="25" />
        <source>Spreadsheet workbook (XLSX), a sheet per kind</source>
        <translation>Excel кітабы (XLSX), жазбаның әр түріне бір парақ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="26" />
        <source>CSV files in a new folder, a file per kind</source>
        <translation>Жаңа қалтадағы CSV файлдары, жазбаның әр түріне бір файл</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="27" />
        <source>Uwazi import pack (CSV files in a new folder)</source>
        <translation>Uwazi-ге импорттау топтамасы (жаңа қалтадағы CSV файлдары)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="46" />
        <source>Record tables</source>
        <translation>Жазбалар кестелері</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="51" />
        <source>Records as tables for spreadsheets and for an Uwazi database: one table per kind, codes beside their labels. What people did not consent to share is left out and protected identities are masked.</source>
        <translation>Жазбалар электрондық кестелер мен Uwazi дерекқоры үшін кесте түрінде: жазбаның әр түріне бір кесте, кодтар атауларының жанында. Адамдар беруге келісім бермеген деректер шығарылмайды, қорғалатын адамдардың жеке басы жасырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="61" />
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="76" />
        <source>&amp;Language of the labels</source>
        <translation>Атаулар &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="80" />
        <source>&amp;Kinds of record</source>
        <translation>Жазба &amp;түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="93" />
        <source>Which records (as on the statistics page)</source>
        <translation>Қандай жазбалар (статистика бетіндегідей)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="104" />
        <source>What the files will hold</source>
        <translation>Файлдарда не болады</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="108" />
        <source>Counting what would be written…</source>
        <translation>Не жазылатыны есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="122" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Keep them only where needed and delete them after use.</source>
        <translation>Кесте файлдары шифрланбайды: файл, диск немесе флешка кімнің қолына тисе, ондағы барлық есімдер мен әңгімелерді оқи алады. Оларды тек қажет жерде сақтап, пайдаланғаннан кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="138" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="140" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="208" />
        <source>Tick at least one kind of record.</source>
        <translation>Жазбаның кемінде бір түрін белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="240" />
        <source>Will be written: %1.</source>
        <translation>Жазылады: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="243" />
        <source>No record matches these choices: the file would be empty.</source>
        <translation>Бұл шарттарға бірде-бір жазба сәйкес келмейді: файл бос болады.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="246" />
        <source>Left out by consent (%1 records):</source>
        <translation>Келісімге байланысты шығарылмайды (жазбалар: %1):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="250" />
        <location filename="../../ui/record_tables.py" line="256" />
        <source>…and %1 more people.</source>
        <translation>…және тағы %1 адам.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="253" />
        <source>Shown without their name (consent):</source>
        <translation>Есімсіз көрсетіледі (келісім):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="275" />
        <source>These files are not encrypted</source>
        <translation>Бұл файлдар шифрланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="276" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Save them only where they are needed, and delete them after use.</source>
        <translation>Кесте файлдары шифрланбайды: файл, диск немесе флешка кімнің қолына тисе, ондағы барлық есімдер мен әңгімелерді оқи алады. Оларды тек қажет жерге сақтап, пайдаланғаннан кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="280" />
        <source>Choose where…</source>
        <translation>Қайда екенін таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="139" />
        <location filename="../../ui/record_tables.py" line="281" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="287" />
        <location filename="../../ui/record_tables.py" line="307" />
        <source>records</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="289" />
        <source>Save the workbook</source>
        <translation>Кітапты сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="294" />
        <source>Where to make the new folder</source>
        <translation>Жаңа қалтаны қайда жасау керек</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="339" />
        <source>Written (plaintext): %1</source>
        <translation>Жазылды (ашық түрде): %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="341" />
        <source>Left out by consent: %1 records.</source>
        <translation>Келісімге байланысты шығарылмады: %1 жазба.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="353" />
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/field/settings.py" line="24" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="40" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="43" />
        <source>As the system (%1)</source>
        <translation>Жүйедегідей (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="48" />
        <source>&amp;Interface language</source>
        <translation>&amp;Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="51" />
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="57" />
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="58" />
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="59" />
        <source>Ctrl+L locks now. Ctrl+Shift+L or F12 hides everything and locks at once. Text copied from Qorgau is cleared from the clipboard after %1 seconds.</source>
        <translation>Ctrl+L бірден құлыптайды. Ctrl+Shift+L немесе F12 бәрін жасырып, лезде құлыптайды. Qorgau-дан көшірілген мәтін алмасу буферінен %1 секундтан кейін өшіріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="68" />
        <source>Coordinators</source>
        <translation>Үйлестірушілер</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="70" />
        <source>Bundles from this laptop can be sealed to these coordinators, and their receipts are accepted:</source>
        <translation>Осы ноутбуктің пакеттерін мына үйлестірушілер үшін мөрлеуге болады, олардың түбіртектері қабылданады:</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="81" />
        <source>Trust a coordinator…</source>
        <translation>Үйлестірушіге сену…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="83" />
        <source>This laptop's identity card…</source>
        <translation>Осы ноутбуктің сәйкестендіру картасы…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="85" />
        <source>Remove…</source>
        <translation>Алып тастау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="86" />
        <source>Stop sealing bundles to the chosen coordinator (for instance, their archive was lost or seized).</source>
        <translation>Таңдалған үйлестірушіге пакеттерді бұдан былай мөрлемеу (мысалы, оның мұрағаты жоғалса немесе алынып қойылса).</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="99" />
        <source>Count refusals to share in the statistics, anonymised</source>
        <translation>Беруден бас тартуларды статистикада иесіздендіріп есептеу</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="103" />
        <source>When a person refused sharing but not statistics, only the kind, city, month and methods of their incidents and complaints go to the coordinator: no name, text or date of birth. Turn this on only if your organisation's consent covers it.</source>
        <translation>Адам беруден бас тартып, бірақ статистикадан бас тартпаса, үйлестірушіге оның оқиғалары мен шағымдарының тек түрі, қаласы, айы және әдістері жіберіледі: атынсыз, мәтінсіз және туған күнсіз. Мұны ұйымыңыздың келісімі қамтыса ғана қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="117" />
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="124" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Жаңа құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="125" />
        <source>Repeat it</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="130" />
        <source>Change passphrase</source>
        <translation>Құпия сөз тіркесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="132" />
        <source>New recovery code…</source>
        <translation>Жаңа қалпына келтіру коды…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="134" />
        <source>Re-encrypt evidence files…</source>
        <translation>Дәлел файлдарын қайта шифрлау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="152" />
        <source>Make them steps…</source>
        <translation>Қадамдарға айналдыру…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="159" />
        <source>Device: %1 · vault: %2</source>
        <translation>Құрылғы: %1 · қойма: %2</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="167" />
        <location filename="../../ui/field/settings.py" line="266" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="169" />
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="204" />
        <source>The two passphrases are not the same.</source>
        <translation>Құпия сөз тіркестері сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="207" />
        <source>Changing…</source>
        <translation>Өзгертілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="219" />
        <source>The passphrase was changed and the vault's key replaced. The recovery code still works.</source>
        <translation>Құпия сөз тіркесі өзгертілді, қойма кілті ауыстырылды. Қалпына келтіру коды әлі де жарамды.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="250" />
        <source>Appeals kept as separate complaints: %1.</source>
        <translation>Жеке шағым ретінде сақталған шағымданулар: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="259" />
        <source>Older appeal records</source>
        <translation>Шағымданулардың ескі жазбалары</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="260" />
        <source>Each appeal becomes a step of the complaint it continues and shows in its legal path: a new version of the complaint, signed by this laptop, and the appeal record is closed with a note saying where it went. The figures stay the same and the old versions stay in the history.</source>
        <translation>Әр шағымдану өзі жалғастыратын шағымның қадамына айналып, оның процестік жолында көрінеді: осы ноутбук қол қойған шағымның жаңа нұсқасы, ал шағымдану жазбасы қайда ауысқаны туралы белгімен жабылады. Сандар өзгермейді, ескі нұсқалар тарихта қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="265" />
        <source>Make them steps</source>
        <translation>Қадамдарға айналдыру</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="273" />
        <source>Done: %1 appeals are now steps of their complaints.</source>
        <translation>Дайын: шағымдардың қадамына айналған шағымданулар: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="293" />
        <source>None yet: import your coordinator's identity card.</source>
        <translation>Әзірге жоқ: үйлестірушіңіздің сәйкестендіру картасын импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="318" />
        <source>Remove a coordinator</source>
        <translation>Үйлестірушіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="319" />
        <source>Bundles from this laptop will no longer be sealed to this coordinator. Bundles already sent stay readable to them.</source>
        <translation>Осы ноутбуктан пакеттер бұдан былай бұл үйлестірушіге мөрленбейді. Бұрын жіберілген пакеттерді ол оқи алады.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="321" />
        <source>Why? (e.g. their archive laptop was seized)</source>
        <translation>Неге? (мысалы, мұрағат ноутбугы алынып қойылды)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="322" />
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="29" />
        <source>not yes or no: «%1»</source>
        <translation>«иә» да, «жоқ» та емес: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="30" />
        <source>not a whole number: «%1»</source>
        <translation>бүтін сан емес: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31" />
        <source>not a date (write 16.03.2024): «%1»</source>
        <translation>күн емес (16.03.2024 деп жазыңыз): «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="32" />
        <source>no such date: «%1»</source>
        <translation>мұндай күн жоқ: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="33" />
        <source>not one of the choices: «%1»</source>
        <translation>мәндер тізімінде жоқ: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="34" />
        <source>no such column in the row of names</source>
        <translation>атаулар жолында мұндай баған жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="50" />
        <source>Import from a spreadsheet</source>
        <translation>Кестеден импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="65" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="69" />
        <location filename="../../ui/spreadsheets.py" line="170" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="71" />
        <location filename="../../ui/spreadsheets.py" line="147" />
        <source>Next</source>
        <translation>Әрі қарай</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="85" />
        <source>Records kept in Excel, in a CSV file or in a KoBo/ODK export come in here without retyping. Each row becomes one record, signed by this vault. Nothing is written until you have seen every problem and every guess.</source>
        <translation>Excel, CSV файлы немесе KoBo/ODK экспортындағы жазбалар мұнда қайта терусіз көшіріледі. Әр жол осы қоймамен қол қойылған бір жазбаға айналады. Барлық қате мен болжамды көрмейінше ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="93" />
        <source>A .xlsx or .csv file</source>
        <translation>.xlsx немесе .csv файлы</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="94" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="98" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="102" />
        <source>Each row is a</source>
        <translation>Әр жол —</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="105" />
        <source>find it</source>
        <translation>анықтау</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="106" />
        <source>Row with the column names</source>
        <translation>Баған атаулары бар жол</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="117" />
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="118" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="146" />
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="163" />
        <source>Choose the spreadsheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="198" />
        <source>Choose the file first.</source>
        <translation>Алдымен файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="213" />
        <source>Row %1 holds the column names. Say which field each column fills; columns named like a field are matched already. Leave the others out.</source>
        <translation>%1-жолда баған атаулары бар. Әр баған қай өрісті толтыратынын көрсетіңіз; өріс сияқты аталған бағандар сәйкестендірілген. Қалғандары импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="228" />
        <source>— not imported —</source>
        <translation>— импорттамау —</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="261" />
        <source>%1 rows can be read; %2 cells cannot. Nothing will be imported until every cell below is corrected in the file (or its column left out).</source>
        <translation>Оқылатын жолдар: %1; оқылмайтын ұяшықтар: %2. Төмендегі әр ұяшық файлда түзетілмейінше (немесе бағаны алынып тасталмайынша) ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="266" />
        <source>All %1 rows can be imported. Check the guesses and the people who may already be recorded, then import.</source>
        <translation>Барлық жолды (%1) импорттауға болады. Болжамдарды және бұрын жазылған болуы мүмкін адамдарды тексеріп, импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="270" />
        <source>Row %1, column «%2»: %3</source>
        <translation>%1-жол, «%2» бағаны: %3</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="274" />
        <source>Row %1, column «%2»: «%3» read as «%4» — check it</source>
        <translation>%1-жол, «%2» бағаны: «%3» «%4» деп оқылды — тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="279" />
        <source>Row %1 may be a person this vault already holds (score %2)</source>
        <translation>%1-жол — қоймада бұрыннан бар адам болуы мүмкін (сәйкестік %2)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="284" />
        <source>Columns not imported: %1</source>
        <translation>Импортталмайтын бағандар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="306" />
        <source>Imported %1 records from %2. Each is signed by this vault; the audit log names the file and its fingerprint.</source>
        <translation>%2 файлынан %1 жазба импортталды. Әрқайсысына осы қойма қол қойды; аудит журналы файлды және оның таңбасын атайды.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="313" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../ui/desk/figures.py" line="59" />
        <source>Complaints by status and city</source>
        <translation>Шағымдар күйі және қаласы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="60" />
        <source>Complaints by month filed</source>
        <translation>Шағымдар берілген айы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="61" />
        <source>Complaints by facility</source>
        <translation>Шағымдар мекеме бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="62" />
        <source>Closed complaints by city</source>
        <translation>Жабылған шағымдар қалалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="63" />
        <source>Complaints closed for lack of evidence, by city</source>
        <translation>Дәлел жоқтығынан жабылған шағымдар, қалалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="66" />
        <source>Victims who are women or minors, by city</source>
        <translation>Әйелдер мен кәмелетке толмаған зардап шеккендер, қалалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="67" />
        <source>Methods of torture and ill-treatment</source>
        <translation>Азаптау және қатыгездік әдістері</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="68" />
        <source>Methods by city</source>
        <translation>Әдістер қалалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="80" />
        <source>A complaint counts under every facility its case names (in a detention or an incident): rows may add up to more than the total.</source>
        <translation>Шағым өз ісінде (ұстауда немесе оқиғада) аталған әр мекеме бойынша есептеледі: жолдардың қосындысы жалпы саннан асуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="71" />
        <source>First complaints (appeals, later steps and drafts left out), by the status their legal path gives them; city: the complaint's, else its case's. The chart groups the statuses by outcome.</source>
        <translation>Алғашқы шағымдар (шағымданусыз, кейінгі қадамдарсыз және жобаларсыз) процестік жолы берген күйі бойынша; қала — шағымның, әйтпесе істің. Диаграммада күйлер нәтиже бойынша топтастырылған.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="77" />
        <source>First complaints by the month they were filed, with their outcome.</source>
        <translation>Алғашқы шағымдар берілген айы бойынша, нәтижесімен.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="85" />
        <source>Closed: registration refused, closed (no crime, no evidence) or amnesty. Percentages of first complaints.</source>
        <translation>Тоқтатылды: тіркеуден бас тарту, тоқтату (құрамы жоқ, дәлел жоқ) немесе рақымшылық. Алғашқы шағымдардан пайыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="90" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence. The chart shows the share of first complaints.</source>
        <translation>Дәлелсіздіктен тоқтатылды: құрамы немесе дәлелі болмағандықтан. Диаграмма алғашқы шағымдардағы үлесті көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="95" />
        <source>Victims: people named as victims of a case or of one of its incidents, each counted once per city; city and date: the case's.</source>
        <translation>Зардап шеккендер: іс немесе оның бір оқиғасы бойынша зардап шеккен ретінде аталған адамдар, әр қала үшін бір рет есептеледі; қала мен күн — істікі.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="100" />
        <source>Incidents naming each method; percentages of the incidents with at least one method recorded.</source>
        <translation>Әр әдіс аталған оқиғалар; пайыздар кемінде бір әдіс жазылған оқиғалардан есептелген.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="105" />
        <source>Incidents naming each method, by the incident's city (else its case's).</source>
        <translation>Әр әдіс аталған оқиғалар, оқиғаның (болмаса істің) қаласы бойынша.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="108" />
        <source>First complaints by the year filed and the region of their city.</source>
        <translation>Алғашқы шағымдар берілген жылы мен қаласының өңірі бойынша.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="111" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence, by region. The chart shows the share of first complaints.</source>
        <translation>Дәлелсіздіктен тоқтатылды: құрамы немесе дәлелі болмағандықтан, өңірлер бойынша. Диаграмма алғашқы шағымдардағы үлесті көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="116" />
        <source>How many first complaints reached each stage, as shown by any status on their legal path: registration, a suspect, victim status, court, conviction.</source>
        <translation>Алғашқы шағымдардың қаншасы жолындағы кез келген күйі бойынша әр кезеңге жетті: тіркеу, күдікті, жәбірленуші мәртебесі, сот, үкім.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="121" />
        <source>Every submission once: first complaints, and appeals and UN communications as steps of the complaint they continue.</source>
        <translation>Әр өтініш бір рет: алғашқы шағымдар, ал шағымданулар мен БҰҰ-ға хабарламалар — олар жалғастыратын шағымның қадамдары ретінде.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="126" />
        <source>Deaths in custody by region, with the autopsy and the investigation.</source>
        <translation>Қамауда қайтыс болғандар өңірлер бойынша, сою және тергеумен.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="129" />
        <source>Reprisals against victims, relatives and defenders, by kind and outcome.</source>
        <translation>Зардап шеккендерге, туыстарға және құқық қорғаушыларға қарсы кек алу мен қысым, түрі мен нәтижесі бойынша.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="132" />
        <source>Detention episodes by the hours held before registration, against the legal limit of 48 hours (24 for a minor).</source>
        <translation>Ұстаулар ресімдегенге дейінгі сағаттар бойынша, заңды 48 сағат мерзімімен салыстырғанда (кәмелетке толмағанға 24).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="137" />
        <source>Each perpetrator named in an incident, by agency and involvement.</source>
        <translation>Оқиғада аталған әр болжамды орындаушы, ведомстволық тиесілігі мен рөлі бойынша.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="140" />
        <source>Each victim once: women, minors, foreign nationals, activists and age at the time of their first case.</source>
        <translation>Әр зардап шеккен бір рет: әйелдер, кәмелетке толмағандар, шетелдіктер, белсенділер және алғашқы іс кезіндегі жасы.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="145" />
        <source>Incidents naming at least one method of each group, e.g. every form of sexual violence together.</source>
        <translation>Топтың кем дегенде бір әдісі аталған оқиғалар, мысалы жыныстық зорлықтың барлық түрі бірге.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="152" />
        <source>City code</source>
        <translation>Қала коды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="153" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="154" />
        <source>Month code</source>
        <translation>Ай коды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="155" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="156" />
        <source>Facility id</source>
        <translation>Мекеме ID-і</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="157" />
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="158" />
        <source>Method code</source>
        <translation>Әдіс коды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="159" />
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="160" />
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="161" />
        <source>Not filed</source>
        <translation>Берілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="162" />
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="163" />
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="164" />
        <source>Sent to court</source>
        <translation>Сотқа жіберілген</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="165" />
        <source>Other outcome</source>
        <translation>Басқа нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="166" />
        <source>Status not recorded</source>
        <translation>Күйі жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="167" />
        <source>Closed (%)</source>
        <translation>Жабылған (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="168" />
        <source>Closed for lack of evidence</source>
        <translation>Дәлел жоқтығынан жабылған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="169" />
        <source>Lack of evidence (% of complaints)</source>
        <translation>Дәлел жоқ (шағымдардың %)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="172" />
        <source>Lack of evidence (% of closed)</source>
        <translation>Дәлел жоқ (жабылғандардың %)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="175" />
        <source>Victims</source>
        <translation>Зардап шеккендер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="176" />
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="177" />
        <source>Women (%)</source>
        <translation>Әйелдер (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="178" />
        <source>Minors</source>
        <translation>Кәмелетке толмағандар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="179" />
        <source>Minors (%)</source>
        <translation>Кәмелетке толмағандар (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="180" />
        <source>Women who were minors</source>
        <translation>Кәмелетке толмаған қыздар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="181" />
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="182" />
        <source>Incidents (%)</source>
        <translation>Оқиғалар (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="183" />
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="184" />
        <source>Not recorded</source>
        <translation>Жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="185" />
        <source>Month not recorded</source>
        <translation>Айы жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="186" />
        <source>No facility recorded</source>
        <translation>Мекеме жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="187" />
        <source>Unknown facility</source>
        <translation>Белгісіз мекеме</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="188" />
        <source>Incidents with methods recorded</source>
        <translation>Әдістері жазылған оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="315" />
        <source>Nothing to count with these filters.</source>
        <translation>Бұл сүзгілермен санайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="423" />
        <source>The %1 largest are drawn; the table below has all %2.</source>
        <translation>Ең үлкен %1 көрсетілген; төмендегі кестеде — барлық %2.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="523" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="524" />
        <source>Figures over every record in the archive: first complaints and their legal path by region, city, month and facility, deaths in custody, reprisals, who the victims are, methods. The table under each chart holds its numbers; export it as CSV for a submission.</source>
        <translation>Мұрағаттың барлық жазбалары бойынша сандар: алғашқы шағымдар және олардың жолы өңірлер, қалалар, айлар және мекемелер бойынша, қамауда қайтыс болу, кек алу мен қысым, зардап шеккендер кімдер, әдістер. Әр диаграмма астындағы кестеде оның сандары бар; өтініш үшін оны CSV-ге шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="35" />
        <source>from DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ бастап</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="37" />
        <source>to DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ дейін</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="41" />
        <source>Every city</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="40" />
        <source>Every region</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="48" />
        <source>e.g. January 2022</source>
        <translation>мыс. Қаңтар 2022</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="43" />
        <source>Every facility</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="49" />
        <source>&amp;Dates</source>
        <translation>&amp;Күндер</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="51" />
        <source>&amp;Tag</source>
        <translation>&amp;Белгі</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="539" />
        <source>&amp;Count</source>
        <translation>&amp;Санау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="573" />
        <source>Export this table as &amp;CSV…</source>
        <translation>Осы кестені &amp;CSV-ге шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="574" />
        <source>Export &amp;all tables as CSV…</source>
        <translation>&amp;Барлық кестені CSV-ге шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="617" />
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="682" />
        <source>The figures include %1 entries anonymised for statistics: cases of people who did not consent to sharing, counted with no name, text or date of birth.</source>
        <translation>Сандарға статистикаға арналған иесіздендірілген жазбалар кіреді: %1 — беруге келісім бермеген адамдардың істері, атынсыз, мәтінсіз және туған күнсіз есептелген.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="142" />
        <source>dates %1 to %2</source>
        <translation>күндер %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="151" />
        <source>Filters: %1.</source>
        <translation>Сүзгілер: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="704" />
        <source>CSV files are not encrypted</source>
        <translation>CSV файлдары шифрланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="705" />
        <source>A CSV file is plaintext: anyone who gets the file or the disk can read it. The figures name no person, but facility names and small numbers can still point to someone. Save it only where it is needed, and delete it after use.</source>
        <translation>CSV файлы ашық түрде сақталады: файл немесе диск кімнің қолына тисе, сол оқи алады. Сандарда есімдер жоқ, бірақ мекеме атаулары мен шағын сандар бәрібір адамды нұсқауы мүмкін. Оны тек қажет жерде сақтап, пайдаланғаннан кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="712" />
        <source>Choose where…</source>
        <translation>Орнын таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="713" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="721" />
        <source>Folder for the CSV files</source>
        <translation>CSV файлдарына арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="728" />
        <source>Save the table as CSV</source>
        <translation>Кестені CSV ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="745" />
        <source>Writing CSV…</source>
        <translation>CSV жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="749" />
        <source>Written (plaintext): %1</source>
        <translation>Жазылды (ашық түрде): %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="92" />
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="112" />
        <source>Show what I type</source>
        <translation>Енгізгенімді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123" />
        <source>&amp;Unlock</source>
        <translation>&amp;Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="132" />
        <source>Forgot it? Use the recovery code</source>
        <translation>Ұмыттыңыз ба? Қалпына келтіру кодын пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139" />
        <source>Open another vault…</source>
        <translation>Басқа қойманы ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142" />
        <source>Create a new vault…</source>
        <translation>Жаңа қойма жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156" />
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The recovery code keeps working afterwards.</source>
        <translation>Қойма жасалған кезде жазып алған қалпына келтіру кодын енгізіп, жаңа құпия сөз тіркесін таңдаңыз. Қалпына келтіру коды бұдан кейін де жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="165" />
        <source>Recovery &amp;code</source>
        <translation>Қалпына келтіру &amp;коды</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="166" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Жаңа құпия сөз тіркесі</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="176" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="178" />
        <source>Open with the recovery code</source>
        <translation>Қалпына келтіру кодымен ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211" />
        <source>Unlocking…</source>
        <translation>Құлып ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221" />
        <source>The two new passphrases are not the same.</source>
        <translation>Жаңа құпия сөз тіркестері сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="226" />
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238" />
        <source>Still opening. The first opening after an update prepares a large archive once and can take several minutes; please wait and do not close Qorgau.</source>
        <translation>Қойма әлі ашылып жатыр. Жаңартудан кейінгі алғашқы ашылуда үлкен мұрағат бір рет дайындалады, бұл бірнеше минутқа созылуы мүмкін; күте тұрыңыз және Qorgau-ды жаппаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258" />
        <source>That passphrase does not open this vault. Nothing has changed. Check the keyboard layout (Russian, Kazakh or English) and Caps Lock, then try again.</source>
        <translation>Бұл құпия сөз тіркесі қойманы ашпайды. Ештеңе өзгерген жоқ. Пернетақта тілін (орыс, қазақ немесе ағылшын) және Caps Lock-ты тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264" />
        <source>That recovery code does not open this vault. Check each group of four and try again.</source>
        <translation>Бұл қалпына келтіру коды қойманы ашпайды. Төрт таңбадан тұратын әр топты тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="290" />
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="291" />
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="292" />
        <source>Fit</source>
        <translation>Терезеге сыйдыру</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="298" />
        <source>Export original…</source>
        <translation>Түпнұсқаны экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="302" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="312" />
        <source>taken %1</source>
        <translation>түсірілген %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="314" />
        <source>the original holds a GPS position; this copy does not</source>
        <translation>түпнұсқада GPS орны бар, бұл көшірмеде жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="316" />
        <source>shown: a copy without metadata</source>
        <translation>метадеректерсіз көшірме көрсетілген</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="328" />
        <source>No preview for this kind of file. Export the original to open it elsewhere.</source>
        <translation>Файлдың бұл түрін алдын ала қарау мүмкін емес. Басқа бағдарламада ашу үшін түпнұсқаны экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>Export the original?</source>
        <translation>Түпнұсқаны экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>This writes the original file, NOT encrypted and with all its metadata (GPS position, time, camera), to the place you choose. Anyone who can read that disk or stick can read it. The export is recorded in the custody log. To send evidence to the coordinator, use a sealed bundle instead.</source>
        <translation>Түпнұсқа файл сіз таңдаған орынға ШИФРЛАНБАЙ және барлық метадеректерімен (GPS орны, уақыты, камерасы) жазылады. Ол дискіні немесе флешканы оқи алатын кез келген адам оны оқи алады. Экспорт сақтау журналына жазылады. Дәлелдерді үйлестірушіге жіберу үшін мөрленген пакетті пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="339" />
        <source>Export unencrypted</source>
        <translation>Шифрламай экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="340" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="344" />
        <source>Export original</source>
        <translation>Түпнұсқаны экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="352" />
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="353" />
        <source>The original was written to %1 (%2), unencrypted.</source>
        <translation>Түпнұсқа %1 ішіне (%2) шифрланбай жазылды.</translation>
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
        <translation>Жарайды</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65" />
        <source>This vault (%1) is already open in another Qorgau window or command. Close it there, or wait for it to finish, then try again.</source>
        <translation>Бұл қойма (%1) Qorgau-дың басқа терезесінде немесе командасында ашық тұр. Оны сонда жабыңыз немесе жұмыс аяқталғанын күтіңіз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85" />
        <source>The passphrase or recovery code is not right. Nothing was changed.</source>
        <translation>Құпия сөз тіркесі немесе қалпына келтіру коды дұрыс емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>The computer could not complete this:</source>
        <translation>Компьютер мұны орындай алмады:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>A check of the vault failed:</source>
        <translation>Қойманы тексеру сәтсіз аяқталды:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88" />
        <location filename="../../ui/dialogs.py" line="97" />
        <source>This cannot be saved as it is:</source>
        <translation>Мұны осы күйінде сақтау мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>Not found:</source>
        <translation>Табылмады:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="105" />
        <source>The computer could not read or write a file:</source>
        <translation>Компьютер файлды оқи немесе жаза алмады:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107" />
        <source>Something went wrong inside Qorgau. Your records already saved are safe. If this keeps happening, lock the vault, restart Qorgau and tell your coordinator what you were doing.</source>
        <translation>Qorgau ішінде ақау болды. Бұрын сақталған жазбаларыңыз қауіпсіз. Бұл қайталана берсе, қойманы құлыптап, Qorgau-ды қайта іске қосыңыз және үйлестірушіге не істегеніңізді айтыңыз.</translation>
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
        <translation>Дәлелдер қосылуда</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="50" />
        <source>Sealing %1 files into the vault…</source>
        <translation>Қоймаға мөрленетін файлдар: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="52" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="69" />
        <source>Some files were not added</source>
        <translation>Кейбір файлдар қосылмады</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="70" />
        <source>These files could not be added:</source>
        <translation>Бұл файлдарды қосу мүмкін болмады:</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="78" />
        <source>Sealing file %1 of %2 into the vault…</source>
        <translation>%2 файлдың %1-і қоймаға мөрленуде…</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Protected identity</source>
        <translation>Қорғалған тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Do not contact</source>
        <translation>Байланыспау</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Reprisal risk</source>
        <translation>Кек алу қаупі</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Minor</source>
        <translation>Кәмелетке толмаған</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <location filename="../../ui/labels.py" line="71" />
        <source>Woman</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <location filename="../../ui/labels.py" line="72" />
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Protected</source>
        <translation>Қорғалған</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>No contact</source>
        <translation>Байланыспау</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Under 18</source>
        <translation>18-ге дейін</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/field/forms.py" line="86" />
        <source>DD.MM.YYYY (or MM.YYYY, YYYY)</source>
        <translation>КК.АА.ЖЖЖЖ (немесе АА.ЖЖЖЖ, ЖЖЖЖ)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="90" />
        <source>Choose on a calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="142" />
        <source>DD.MM.YYYY HH:MM</source>
        <translation>КК.АА.ЖЖЖЖ СС:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="223" />
        <source>One per line</source>
        <translation>Әр жолда біреуден</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="293" />
        <source>(nothing to choose from yet)</source>
        <translation>(әзірге таңдайтын ештеңе жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="356" />
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="537" />
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="538" />
        <source>Create it here: %1</source>
        <translation>Осында жасау: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="367" />
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="428" />
        <source>Conditions</source>
        <translation>Жағдайлар</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="429" />
        <source>Safeguards</source>
        <translation>Кепілдіктер</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="442" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../ui/schema_strings.py" line="9" />
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="10" />
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="11" />
        <source>In any script.</source>
        <translation>Кез келген әліпбимен.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="12" />
        <source>Other names and spellings</source>
        <translation>Басқа есімдері мен жазылуы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="13" />
        <source>Transliterations, former names, nicknames.</source>
        <translation>Транслитерациялар, бұрынғы есімдері, лақап аттары.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="14" />
        <source>Pseudonym or code</source>
        <translation>Бүркеншік ат немесе код</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="15" />
        <source>Shown instead of the name when the identity is protected, e.g. 'A-17'.</source>
        <translation>Тұлға қорғалғанда есімнің орнына көрсетіледі, мысалы «A-17».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="16" />
        <source>Protected identity</source>
        <translation>Қорғалған тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="17" />
        <source>Hide the real identity from lists, titles and search.</source>
        <translation>Шын тұлғаны тізімдерден, тақырыптардан және іздеуден жасыру.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="18" />
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="19" />
        <source>If only the month or the year is known, give just that.</source>
        <translation>Тек айы немесе жылы белгілі болса, соны ғана көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="20" />
        <source>Age at the time of events</source>
        <translation>Оқиға кезіндегі жасы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="21" />
        <source>When the date of birth is not known.</source>
        <translation>Туған күні белгісіз болса.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="22" />
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="23" />
        <source>Nationality or ethnicity</source>
        <translation>Азаматтығы немесе ұлты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="24" />
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="25" />
        <source>City of residence</source>
        <translation>Тұратын қаласы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="26" />
        <source>Minor at the time of events</source>
        <translation>Оқиға кезінде кәмелетке толмаған</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="27" />
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="28" />
        <source>Disability details</source>
        <translation>Мүгедектік туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="29" />
        <source>Health conditions</source>
        <translation>Денсаулық жағдайы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="30" />
        <source>Contact details</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="31" />
        <source>Phone, address, messenger. Anyone who seizes this laptop can read it.</source>
        <translation>Телефон, мекенжай, мессенджер. Бұл ноутбукті тәркілеген кез келген адам мұны оқи алады.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="32" />
        <source>Do not contact</source>
        <translation>Байланыспау</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="33" />
        <source>Contacting this person directly could endanger them.</source>
        <translation>Бұл адаммен тікелей байланысу оған қауіп төндіруі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="34" />
        <source>Risk of reprisal</source>
        <translation>Кек алу қаупі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="35" />
        <source>Reprisals and pressure</source>
        <translation>Кек алу және қысым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="36" />
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="37" />
        <source>Role notes</source>
        <translation>Рөлі туралы ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="38" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="39" />
        <source>Same person as</source>
        <translation>Мына адаммен бір адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="40" />
        <source>Records of this person made on other devices, linked by a coordinator.</source>
        <translation>Басқа құрылғыларда жасалған, үйлестіруші байланыстырған осы адам туралы жазбалар.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="41" />
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="42" />
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="43" />
        <source>Unit or service</source>
        <translation>Бөлімше немесе қызмет</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="44" />
        <source>Agency</source>
        <translation>Ведомстволық тиесілігі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="45" />
        <source>For an alleged perpetrator: the service they belong to.</source>
        <translation>Болжамды орындаушы үшін: ол қызмет ететін орган.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="46" />
        <source>Foreign national or stateless</source>
        <translation>Шетелдік немесе азаматтығы жоқ адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="47" />
        <source>Activist, journalist or human rights defender</source>
        <translation>Белсенді, журналист немесе құқық қорғаушы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="48" />
        <source>Would be recognised by sight</source>
        <translation>Жүзінен танылуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="49" />
        <source>Physical description</source>
        <translation>Сыртқы келбеті</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="50" />
        <source>Appearance, clothing, distinguishing marks.</source>
        <translation>Келбеті, киімі, ерекше белгілері.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="51" />
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="52" />
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="53" />
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="54" />
        <source>Short code, e.g. 'TRZ-2022-031'.</source>
        <translation>Қысқа код, мысалы «TRZ-2022-031».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="55" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="56" />
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="57" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="58" />
        <source>Region (oblast)</source>
        <translation>Өңір (облыс)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="59" />
        <source>Left empty, the region is that of the city.</source>
        <translation>Көрсетілмесе, өңір қала бойынша анықталады.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="60" />
        <source>District or locality</source>
        <translation>Аудан немесе елді мекен</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="61" />
        <source>As written, e.g. 'Talas district'.</source>
        <translation>Жазылғандай, мыс. «Талас ауданы».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="68" />
        <source>Events and themes the case belongs to, e.g. 'January 2022': statistics can be filtered by a tag.</source>
        <translation>Іс қатысты оқиғалар мен тақырыптар, мыс. «Қаңтар 2022»: статистиканы белгі бойынша сүзуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="75" />
        <source>e.g. 'ЕС-164/1'.</source>
        <translation>мысалы, «ЕС-164/1».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="90" />
        <source>e.g. 'ЕС-164/1', '155/18'.</source>
        <translation>мысалы, «ЕС-164/1», «155/18».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="92" />
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="62" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="63" />
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="64" />
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="65" />
        <source>Victims</source>
        <translation>Зардап шеккендер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="66" />
        <source>Case worker</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="67" />
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="69" />
        <source>Detention episode</source>
        <translation>Ұстау эпизоды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="70" />
        <source>Detained person</source>
        <translation>Ұсталған адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="71" />
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="72" />
        <source>Facility name</source>
        <translation>Мекеме атауы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="73" />
        <source>If not in the facility register.</source>
        <translation>Мекемелер тізілімінде болмаса.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="74" />
        <source>Facility code</source>
        <translation>Мекеме коды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="76" />
        <source>Detaining authority</source>
        <translation>Ұстаған орган</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="77" />
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="78" />
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="79" />
        <source>Hours held before registration</source>
        <translation>Тіркелгенге дейін ұсталған сағаттар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="80" />
        <source>The law allows 48 hours for adults, 24 for minors.</source>
        <translation>Заң ересектер үшін 48 сағатқа, кәмелетке толмағандар үшін 24 сағатқа рұқсат береді.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="81" />
        <source>Access to a lawyer</source>
        <translation>Адвокатқа қол жеткізу</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="82" />
        <source>Access to family</source>
        <translation>Отбасына қол жеткізу</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="83" />
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="84" />
        <source>Criminal Code articles, e.g. '272-2' (part 2 of article 272).</source>
        <translation>Қылмыстық кодекстің баптары, мысалы «272-2» (272-баптың 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="85" />
        <source>Conditions</source>
        <translation>Жағдайлар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="86" />
        <source>Place of detention</source>
        <translation>Бас бостандығынан айыру орны</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="87" />
        <source>Name</source>
        <translation>Аты немесе атауы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="88" />
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="89" />
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="91" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="93" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="94" />
        <source>Authority</source>
        <translation>Ведомстволық тиесілігі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="95" />
        <source>The body in charge of the facility.</source>
        <translation>Мекеме қарамағындағы орган.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="96" />
        <source>Capacity</source>
        <translation>Сыйымдылығы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="97" />
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="98" />
        <source>Interviewee</source>
        <translation>Сұхбат берген адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="99" />
        <source>Relation to the victim</source>
        <translation>Зардап шеккенге қатысы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="100" />
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="101" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="102" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="103" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="104" />
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="105" />
        <source>Informed consent</source>
        <translation>Ақпараттандырылған келісім</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="106" />
        <source>Documentation by the organisation</source>
        <translation>Ұйымның құжаттауы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="107" />
        <source>Sharing with the coalition coordinator</source>
        <translation>Коалиция үйлестірушісіне беру</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="108" />
        <source>Submission to authorities and UN bodies</source>
        <translation>Мемлекеттік органдарға және БҰҰ органдарына жолдау</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="109" />
        <source>Publication</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="111" />
        <source>Medical records</source>
        <translation>Медициналық құжаттар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="112" />
        <source>Anonymous statistics</source>
        <translation>Анонимді статистика</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="113" />
        <source>Consent notes</source>
        <translation>Келісім туралы ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="114" />
        <source>Limits the interviewee set.</source>
        <translation>Сұхбат берген адам қойған шектеулер.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="115" />
        <source>Account</source>
        <translation>Әңгімесі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="116" />
        <source>In the interviewee's own words.</source>
        <translation>Сұхбат берген адамның өз сөзімен.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="117" />
        <source>Follow-up</source>
        <translation>Кейінгі әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="118" />
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="119" />
        <source>The first day, when the incident lasted several.</source>
        <translation>Оқиға бірнеше күнге созылса, бірінші күні.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="120" />
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="121" />
        <source>For an incident over several days.</source>
        <translation>Бірнеше күнге созылған оқиға үшін.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="122" />
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="123" />
        <source>As remembered, e.g. '23:00' or 'night'.</source>
        <translation>Есінде қалғандай, мысалы «23:00» немесе «түнде».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="124" />
        <source>Sequence of events</source>
        <translation>Оқиғалар барысы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="125" />
        <source>Methods</source>
        <translation>Әдістер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="126" />
        <source>Other methods</source>
        <translation>Басқа әдістер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="127" />
        <source>Alleged perpetrators</source>
        <translation>Болжамды орындаушылар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="128" />
        <source>Unidentified perpetrators</source>
        <translation>Анықталмаған орындаушылар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="129" />
        <source>Perpetrators' agency and involvement</source>
        <translation>Болжамды орындаушылардың ведомстволық тиесілігі мен рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="130" />
        <source>Empty for someone not identified.</source>
        <translation>Тұлғасы анықталмаса, бос.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="131" />
        <source>Involvement</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="133" />
        <source>Rank, unit, how recognised.</source>
        <translation>Атағы, бөлімшесі, қалай танылды.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="134" />
        <source>Acts against each victim</source>
        <translation>Әр зардап шеккенге қарсы әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="135" />
        <source>When victims suffered different acts: the methods used on each.</source>
        <translation>Зардап шеккендерге әртүрлі әрекет жасалса: әрқайсысына қолданылған әдістер.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="136" />
        <source>Victim</source>
        <translation>Зардап шеккен</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="137" />
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="138" />
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="139" />
        <source>Consequences</source>
        <translation>Салдары</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="140" />
        <source>Account given by</source>
        <translation>Кімнің айтуы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="141" />
        <source>Whose account the narrative is taken from: their consent governs it.</source>
        <translation>Сипаттама кімнің әңгімесінен алынған: оны сол адамның келісімі шешеді.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="142" />
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Медициналық куәландыру (Ыстамбұл хаттамасы)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="143" />
        <source>Examined person</source>
        <translation>Куәландырылатын адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="144" />
        <source>Examiner</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="145" />
        <source>Qualifications</source>
        <translation>Біліктілігі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="146" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="147" />
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="148" />
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="149" />
        <source>Type of institution</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="150" />
        <source>Everyone present</source>
        <translation>Барлық қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="151" />
        <source>Name and role of each person present, interpreter included.</source>
        <translation>Әрбір қатысушының аты мен рөлі, аудармашыны қоса.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="152" />
        <source>Police or officials present</source>
        <translation>Полиция немесе лауазымды адамдар қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="153" />
        <source>Time limits and constraints</source>
        <translation>Уақыт шектеулері және өзге шектеулер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="154" />
        <source>Consent to the evaluation</source>
        <translation>Куәландыруға келісім</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="155" />
        <source>Consent to photographs</source>
        <translation>Суретке түсіруге келісім</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="156" />
        <source>Limits the person set; whether they were told they may stop at any time.</source>
        <translation>Адам қойған шектеулер; оған кез келген сәтте тоқтатуға болатыны айтылды ма.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="157" />
        <source>Gender of clinician</source>
        <translation>Дәрігердің жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="158" />
        <source>Gender of interpreter</source>
        <translation>Аудармашының жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="159" />
        <source>Allegations</source>
        <translation>Айыптаулар (сөзі бойынша)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="160" />
        <source>Methods and sequence, as told.</source>
        <translation>Айтылғандай әдістері мен реттілігі.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="161" />
        <source>Alleged methods</source>
        <translation>Әдістер (сөзі бойынша)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="162" />
        <source>Symptoms</source>
        <translation>Белгілері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="163" />
        <source>Acute and chronic, and how they healed.</source>
        <translation>Жедел және созылмалы, және қалай жазылғаны.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="164" />
        <source>History before the events</source>
        <translation>Оқиғаға дейінгі анамнез</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="165" />
        <source>History after the events</source>
        <translation>Оқиғадан кейінгі анамнез</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="166" />
        <source>Physical findings</source>
        <translation>Физикалық тексеру нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="167" />
        <source>Region by region; lesions are recorded separately.</source>
        <translation>Дене аймақтары бойынша; жарақаттар бөлек жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="168" />
        <source>Diagnostic tests</source>
        <translation>Диагностикалық зерттеулер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="169" />
        <source>Psychological evaluation</source>
        <translation>Психологиялық бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="170" />
        <source>Interpretation of findings</source>
        <translation>Нәтижелерді түсіндіру</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="171" />
        <source>Overall consistency</source>
        <translation>Жалпы сәйкестік</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="172" />
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="173" />
        <source>Recommendations</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="174" />
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="175" />
        <source>Attestation</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="176" />
        <source>Clinician's name</source>
        <translation>Дәрігердің аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="177" />
        <source>Statement of truthfulness</source>
        <translation>Шынайылық туралы мәлімдеме</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="178" />
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="179" />
        <source>Lesion</source>
        <translation>Жарақат</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="180" />
        <source>Medical examination</source>
        <translation>Медициналық куәландыру</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="181" />
        <source>Marker</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="182" />
        <source>Label on the body diagram, e.g. 'L3'.</source>
        <translation>Дене сызбасындағы белгі, мысалы «L3».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="183" />
        <source>Body region</source>
        <translation>Дене аймағы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="184" />
        <source>Diagram view</source>
        <translation>Сызба көрінісі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="185" />
        <source>Position across (‰ of width)</source>
        <translation>Көлденең орны (енінің ‰)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="186" />
        <source>Position down (‰ of height)</source>
        <translation>Тік орны (биіктігінің ‰)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="187" />
        <source>Length (mm)</source>
        <translation>Ұзындығы (мм)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="188" />
        <source>Width (mm)</source>
        <translation>Ені (мм)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="189" />
        <source>Shape</source>
        <translation>Пішіні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="190" />
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="191" />
        <source>Estimated age</source>
        <translation>Болжамды ескілігі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="192" />
        <source>Consistency with the allegations</source>
        <translation>Айыптауларға сәйкестігі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="193" />
        <source>Attributed to methods</source>
        <translation>Байланысты әдістер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="257" />
        <source>Provided by</source>
        <translation>Ұсынған</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="258" />
        <source>The person who gave this file: their consent governs it.</source>
        <translation>Бұл файлды берген адам: оны сол адамның келісімі шешеді.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="259" />
        <source>Death in custody</source>
        <translation>Қамауда қайтыс болу</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="260" />
        <source>Person who died</source>
        <translation>Қайтыс болған адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="261" />
        <source>Date of death</source>
        <translation>Қайтыс болған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="262" />
        <source>In the custody of</source>
        <translation>Кімнің қамауында</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="263" />
        <source>Official cause of death</source>
        <translation>Ресми өлім себебі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="264" />
        <source>As the authorities gave it, e.g. 'cardiac failure'.</source>
        <translation>Билік атағандай, мыс. «жүрек жеткіліксіздігі».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="265" />
        <source>Official account</source>
        <translation>Ресми нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="266" />
        <source>The family's account</source>
        <translation>Отбасының нұсқасы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="267" />
        <source>The family disputes the official cause</source>
        <translation>Отбасы ресми себепке дауласады</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="268" />
        <source>Marks seen on the body</source>
        <translation>Денедегі іздер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="269" />
        <source>Autopsy performed</source>
        <translation>Мәйіт сойылды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="270" />
        <source>Autopsy performed by</source>
        <translation>Мәйітті кім сойды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="271" />
        <source>Autopsy findings</source>
        <translation>Сою нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="272" />
        <source>Independent autopsy</source>
        <translation>Тәуелсіз сою</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="273" />
        <source>Investigation</source>
        <translation>Тергеу</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="274" />
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="275" />
        <source>Reprisal</source>
        <translation>Кек алу немесе қысым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="276" />
        <source>Kind of reprisal</source>
        <translation>Кек алу не қысым түрі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="277" />
        <source>Against</source>
        <translation>Кімге қарсы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="278" />
        <source>Role of the person targeted</source>
        <translation>Қысым көрген адамның рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="279" />
        <source>By whom</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="280" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="281" />
        <source>Case or lawsuit number</source>
        <translation>Іс немесе талап нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="282" />
        <source>Claimant or accuser</source>
        <translation>Талапкер немесе айыптаушы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="283" />
        <source>For a lawsuit or a charge: who brought it.</source>
        <translation>Талап немесе айып үшін: оны кім қозғады.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="284" />
        <source>Outcome as of</source>
        <translation>Нәтиже күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="285" />
        <source>Complaint it answers</source>
        <translation>Жауап ретіндегі шағым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="286" />
        <source>State forensic examination</source>
        <translation>Сот-медициналық сараптама</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="287" />
        <source>Ordered by</source>
        <translation>Кім тағайындады</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="288" />
        <source>Investigator, body and date of the order.</source>
        <translation>Тергеуші, орган және қаулы күні.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="289" />
        <source>Ordered on</source>
        <translation>Тағайындалған күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="290" />
        <source>Conclusion number</source>
        <translation>Қорытынды нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="291" />
        <source>Performed by</source>
        <translation>Кім жүргізді</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="292" />
        <source>Forensic centre and expert.</source>
        <translation>Сот сараптамалары орталығы және сарапшы.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="293" />
        <source>Performed on</source>
        <translation>Жүргізілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="294" />
        <source>Days between the injuries and the examination</source>
        <translation>Жарақаттар мен сараптама арасындағы күндер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="295" />
        <source>Injuries found</source>
        <translation>Анықталған жарақаттар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="296" />
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="297" />
        <source>Harm to health</source>
        <translation>Денсаулыққа зиян</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="298" />
        <source>The person or family saw the conclusion</source>
        <translation>Адам немесе отбасы қорытындыны көрді</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="299" />
        <source>Independent examination</source>
        <translation>Тәуелсіз куәландыру</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="300" />
        <source>The Istanbul Protocol examination to set beside it.</source>
        <translation>Салыстыру үшін Ыстамбұл хаттамасы бойынша куәландыру.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="301" />
        <source>Discrepancies with the independent examination</source>
        <translation>Тәуелсіз куәландырумен алшақтықтар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="302" />
        <source>Given or changed on</source>
        <translation>Берілген немесе өзгертілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="303" />
        <source>Recorded by</source>
        <translation>Жазып алған</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="304" />
        <source>Anonymised for statistics</source>
        <translation>Статистика үшін иесіздендірілген</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="305" />
        <source>Counts as</source>
        <translation>Есептеледі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="306" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="132" />
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="110" />
        <source>Photographs</source>
        <translation>Суреттер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="194" />
        <source>Complaint or legal step</source>
        <translation>Шағым немесе құқықтық әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="195" />
        <source>Addressed to</source>
        <translation>Кімге жолданды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="196" />
        <source>Office or official</source>
        <translation>Орган немесе лауазымды адам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="197" />
        <source>e.g. 'Prosecutor's office of Taraz'.</source>
        <translation>мысалы, «Тараз қаласының прокуратурасы».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="198" />
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="199" />
        <source>Filed by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="200" />
        <source>Reference number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="201" />
        <source>Registration number (ERDR)</source>
        <translation>Тіркеу нөмірі (СДТБТ)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="202" />
        <source>Registered under article</source>
        <translation>Бап бойынша тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="203" />
        <source>e.g. '146-2'.</source>
        <translation>мысалы, «146-2».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="204" />
        <source>Status as of</source>
        <translation>Күйі, күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="207" />
        <source>Response</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="218" />
        <source>Reprisals that followed</source>
        <translation>Кейін болған кек алу мен қысым</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="220" />
        <source>NPM visit</source>
        <translation>ҰАТ баруы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="221" />
        <source>Started at</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="222" />
        <source>Ended at</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="223" />
        <source>Team</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="224" />
        <source>Announced in advance</source>
        <translation>Алдын ала хабарланған</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="225" />
        <source>Obstruction</source>
        <translation>Кедергілер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="226" />
        <source>Access refused or delayed, detainees moved before the visit, ...</source>
        <translation>Кіруден бас тарту немесе кешіктіру, бару алдында ұсталғандарды ауыстыру және т.б.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="227" />
        <source>Areas visited</source>
        <translation>Қаралған орындар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="228" />
        <source>Detainees present</source>
        <translation>Ұсталғандар саны</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="229" />
        <source>Registers checked</source>
        <translation>Тексерілген журналдар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="230" />
        <source>Conditions and safeguards</source>
        <translation>Жағдайлар мен кепілдіктер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="231" />
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="232" />
        <source>Rating</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="206" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="205" />
        <source>Status history</source>
        <translation>Күйлер тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="208" />
        <source>A suspect was identified</source>
        <translation>Күдікті анықталды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="209" />
        <source>Recognised as a victim in the proceedings</source>
        <translation>Іс бойынша жәбірленуші деп танылды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="210" />
        <source>Legal path</source>
        <translation>Процестік жол</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="211" />
        <source>Every step that followed this complaint: registration or refusal, decisions, appeals, court, UN communications, compensation.</source>
        <translation>Осы шағымнан кейінгі әр қадам: тіркеу немесе бас тарту, шешімдер, шағымданулар, сот, БҰҰ-ға хабарламалар, өтемақы.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="212" />
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="213" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="214" />
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="215" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="216" />
        <source>Appeal against (older records)</source>
        <translation>Неге шағымдану (ескі жазбалар)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="217" />
        <source>Older records kept appeals as separate complaints; new appeals are steps of the legal path.</source>
        <translation>Ескі жазбаларда шағымданулар жеке шағымдар ретінде сақталды; жаңа шағымданулар — процестік жолдың қадамдары.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="219" />
        <source>Filed on behalf of</source>
        <translation>Кімнің атынан берілген</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="233" />
        <source>Incidents and allegations heard</source>
        <translation>Естілген оқиғалар мен айыптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="234" />
        <source>Private interviews</source>
        <translation>Құпия әңгімелер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="235" />
        <source>Detainee code</source>
        <translation>Ұсталған адамның коды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="236" />
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="237" />
        <source>Fear of reprisal</source>
        <translation>Кек алудан қорқады</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="238" />
        <source>Re-check at the next visit</source>
        <translation>Келесі баруда тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="239" />
        <source>Findings</source>
        <translation>Бару қорытындылары</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="240" />
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="241" />
        <source>Recommendation</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="242" />
        <source>Previous visit</source>
        <translation>Алдыңғы бару</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="243" />
        <source>Evidence file</source>
        <translation>Дәлел файлы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="244" />
        <source>Documents record</source>
        <translation>Қатысты жазба</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="245" />
        <source>The record this file documents.</source>
        <translation>Бұл файл құжаттайтын жазба.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="246" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="247" />
        <source>Size (bytes)</source>
        <translation>Көлемі (байт)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="248" />
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="249" />
        <source>Media type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="250" />
        <source>Captured at</source>
        <translation>Түсірілген уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="251" />
        <source>GPS position</source>
        <translation>GPS орны</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="252" />
        <source>Latitude × 10⁷</source>
        <translation>Ендік × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="253" />
        <source>Longitude × 10⁷</source>
        <translation>Бойлық × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="254" />
        <source>Camera or device</source>
        <translation>Камера немесе құрылғы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="255" />
        <source>Obtained from</source>
        <translation>Кімнен алынды</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="256" />
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/unlock.py" line="25" />
        <source>Too short: at least %1 characters.</source>
        <translation>Тым қысқа: кемінде %1 таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="31" />
        <source>Weak: easy to guess. Four or five unrelated words are easier to type and much harder to guess.</source>
        <translation>Әлсіз: оңай табылады. Өзара байланыссыз төрт-бес сөзді теру оңай, ал табу әлдеқайда қиын.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="29" />
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Орташа. Тағы бір-екі сөз қосу оны әлдеқайда берік етеді.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="34" />
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>kB</source>
        <translation>кБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Required when the identity is protected.</source>
        <translation>Тұлға қорғалса, міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Required together with %1.</source>
        <translation>«%1» өрісімен бірге міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Give a name, a pseudonym or a description.</source>
        <translation>Атын, бүркеншік атын немесе сипаттамасын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>At most %1 characters.</source>
        <translation>%1 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Must be at least %1.</source>
        <translation>Кемінде %1 болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Must be at most %1.</source>
        <translation>%1-ден аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Must be a whole number.</source>
        <translation>Бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Not a valid date and time: write it as DD.MM.YYYY HH:MM.</source>
        <translation>Күні мен уақыты дұрыс емес: КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Not a valid date: write it as DD.MM.YYYY (or MM.YYYY, YYYY).</source>
        <translation>Күні дұрыс емес: КК.АА.ЖЖЖЖ (немесе АА.ЖЖЖЖ, ЖЖЖЖ) түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Must not be before %1.</source>
        <translation>«%1» өрісінен ерте болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>Must be a single line.</source>
        <translation>Бір жол болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Must not contain control characters.</source>
        <translation>Басқару таңбалары болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>A code without spaces, never a name.</source>
        <translation>Бос орынсыз код, ешқашан есім емес.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Use HH:MM, e.g. 14:30.</source>
        <translation>СС:ММ пішімін қолданыңыз, мысалы 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Repeated: %1.</source>
        <translation>Қайталанады: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Not a valid record.</source>
        <translation>Жарамсыз жазба.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Not one of the choices.</source>
        <translation>Нұсқалардың ішінде жоқ.</translation>
    </message>
</context>
</TS>