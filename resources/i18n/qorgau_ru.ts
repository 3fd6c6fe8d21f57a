<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchiveDesk</name>
    <message>
        <location filename="../../ui/desk/common.py" line="122" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="159" />
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="452" />
        <source>hidden (protected identity)</source>
        <translation>скрыто (защищённая личность)</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="47" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="48" />
        <source>Receive bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="49" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="50" />
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="51" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="52" />
        <source>Duplicate people</source>
        <translation>Дубликаты людей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="53" />
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="54" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="55" />
        <source>PDF reports</source>
        <translation>Отчёты PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="85" />
        <source>Qorgau — coordinator's desk — %1</source>
        <translation>Qorgau — рабочее место координатора — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="92" />
        <source>PDF report of this case…</source>
        <translation>Отчёт PDF по этому делу…</translation>
    </message>
</context>
<context>
    <name>BodyDiagram</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="129" />
        <source>Click where the lesion is</source>
        <translation>Щёлкните там, где повреждение</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="199" />
        <source>Person's right</source>
        <translation>Правая сторона человека</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="200" />
        <source>Person's left</source>
        <translation>Левая сторона человека</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="26" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="27" />
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="28" />
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="29" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="30" />
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="31" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="32" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="33" />
        <source>State forensic</source>
        <translation>Судмедэкспертиза</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="34" />
        <source>Reprisals</source>
        <translation>Месть и давление</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="35" />
        <source>Death in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="36" />
        <source>NPM visits</source>
        <translation>Посещения НПМ</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="42" />
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="43" />
        <source>Add a detention episode</source>
        <translation>Добавить эпизод задержания</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="44" />
        <source>Add an interview</source>
        <translation>Добавить интервью</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="45" />
        <source>Add an incident</source>
        <translation>Добавить инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="46" />
        <source>Add a medical examination</source>
        <translation>Добавить медицинское освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="47" />
        <source>Add a complaint or legal step</source>
        <translation>Добавить жалобу или правовое действие</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="48" />
        <source>Add a state forensic examination</source>
        <translation>Добавить судебно-медицинскую экспертизу</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="49" />
        <source>Add a reprisal</source>
        <translation>Добавить случай мести или давления</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="50" />
        <source>Record a death in custody</source>
        <translation>Записать смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="51" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="85" />
        <source>hidden (protected identity)</source>
        <translation>скрыто (защищённая личность)</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="278" />
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="280" />
        <location filename="../../ui/field/caseview.py" line="339" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="282" />
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="298" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="331" />
        <source>Visits by monitors to the places where this person was held or hurt.</source>
        <translation>Посещения мониторов в места, где человека содержали или где ему причинили вред.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="337" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="386" />
        <source>Reprisal risk</source>
        <translation>Риск мести</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="389" />
        <source>Do not contact: %1</source>
        <translation>Не связываться: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="394" />
        <source>Protected identities: %1</source>
        <translation>Защищённые личности: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="397" />
        <source>Edited on two devices: check the history</source>
        <translation>Изменено на двух устройствах: проверьте историю</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="414" />
        <source>%1 lesions marked</source>
        <translation>отмечено повреждений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="419" />
        <source>Deadline passed: %1</source>
        <translation>Срок истёк: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="31" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="32" />
        <source>The same record was changed on two devices, each without the other's change. Nothing is lost: every version is kept. Choose, field by field, what the record should say; the result is saved as a new version of both, signed by this archive.</source>
        <translation>Одну и ту же запись изменили на двух устройствах, и ни одно не знало о правке другого. Ничего не потеряно: все версии сохранены. Выберите по каждому полю, что должно быть в записи; результат сохранится как новая версия обеих, подписанная этим архивом.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="52" />
        <source>Reveal identity…</source>
        <translation>Раскрыть личность…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="62" />
        <source>Show only the fields that differ</source>
        <translation>Показать только различающиеся поля</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="67" />
        <source>Keep it &amp;deleted</source>
        <translation>Оставить &amp;удалённой</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="69" />
        <source>&amp;Save the merged version</source>
        <translation>&amp;Сохранить объединённую версию</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="82" />
        <source>No record is in conflict.</source>
        <translation>Конфликтующих записей нет.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="105" />
        <source>%1 versions · %2</source>
        <translation>версий: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="167" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="172" />
        <source>Keep both</source>
        <translation>Оставить обе</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="173" />
        <source>Merged result</source>
        <translation>Итог объединения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="202" />
        <source>both</source>
        <translation>обе</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="243" />
        <source>Version %1 — %2
%3</source>
        <translation>Версия %1 — %2
%3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="251" />
        <source>in its bundle #%1</source>
        <translation>в его пакете № %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="255" />
        <source>bundle #%1 of “%2”</source>
        <translation>пакет № %1 от «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="259" />
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="306" />
        <source>Reveal identity</source>
        <translation>Раскрыть личность</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="307" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Показать настоящее имя и контакты этого человека? Убедитесь, что экран никто не видит. Раскрытие отмечается в журнале хранения.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="313" />
        <source>Reveal</source>
        <translation>Раскрыть</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="314" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="342" />
        <location filename="../../ui/desk/conflicts.py" line="361" />
        <source>Signing the merged version…</source>
        <translation>Подписываем объединённую версию…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="352" />
        <source>Conflict resolved by the coordinator: deleted (%1)</source>
        <translation>Конфликт разрешён координатором: удалено (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/conflicts.py" line="367" />
        <source>Resolved: version %1 is signed by this archive and has the %2 conflicting versions as its parents.</source>
        <translation>Разрешено: версия %1 подписана этим архивом, её родители — %2 конфликтующие версии.</translation>
    </message>
</context>
<context>
    <name>Coordinators</name>
    <message>
        <location filename="../../ui/field/coordinators.py" line="63" />
        <source>This file is not a Qorgau identity card, or it was damaged on the way. Ask the coordinator to send the card again.</source>
        <translation>Этот файл не карточка Qorgau, или он повреждён в пути. Попросите координатора прислать карточку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="80" />
        <source>Trust a coordinator</source>
        <translation>Довериться координатору</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="92" />
        <source>Your coordinator gives you their identity card: a small file, on a USB stick or by any messenger. Once you trust it, the bundles you seal can be opened by their archive and by nobody else. A card can be replaced on the way, so next you will compare its number with the coordinator.</source>
        <translation>Координатор передаёт вам свою карточку — небольшой файл, на флешке или через любой мессенджер. Когда вы ей доверитесь, запечатанные вами пакеты сможет открыть его архив и больше никто. Карточку могут подменить в пути, поэтому дальше вы сверите её номер с координатором.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="99" />
        <source>Choose the card file…</source>
        <translation>Выбрать файл карточки…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="120" />
        <source>Call the coordinator on a number you already know (not one sent with the card) and read these digits to each other, group by group:</source>
        <translation>Позвоните координатору по номеру, который вы знали раньше (не по номеру, присланному вместе с карточкой), и прочитайте друг другу эти цифры, группа за группой:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="127" />
        <source>I &amp;compared it with the coordinator: every group is the same</source>
        <translation>Я &amp;сверил(а) с координатором: все группы совпадают</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="131" />
        <source>If a single digit differs, do not trust this card: it may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>Если отличается хоть одна цифра, не доверяйте этой карточке: её могли подменить в пути. Запросите её снова другим путём.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="154" />
        <location filename="../../ui/field/coordinators.py" line="462" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="156" />
        <source>&amp;Trust this coordinator</source>
        <translation>&amp;Доверять этому координатору</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="171" />
        <source>Choose the coordinator's card</source>
        <translation>Выберите карточку координатора</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="190" />
        <source>This is this laptop's own card.</source>
        <translation>Это карточка самого этого ноутбука.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="193" />
        <source>“%1” is the card of a field laptop, not of a coordinator's archive. Bundles are sealed only to a coordinator: ask them for their card.</source>
        <translation>«%1» — карточка полевого ноутбука, а не архива координатора. Пакеты запечатываются только для координатора: попросите у него его карточку.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="199" />
        <source>Coordinator: %1</source>
        <translation>Координатор: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="202" />
        <source>This coordinator is already trusted on this laptop, with this same card.</source>
        <translation>Этот координатор уже в числе доверенных на этом ноутбуке, с этой же карточкой.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="206" />
        <source>This laptop already trusts a coordinator with this identity but other keys: this card is not the one trusted before. Do not use it; call the coordinator.</source>
        <translation>Этот ноутбук уже доверяет координатору с этим идентификатором, но с другими ключами: это не та карточка, которой доверяли раньше. Не используйте её; позвоните координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="232" />
        <source>%1 is now trusted. Bundles you seal can be opened by their archive; receipts signed by it are accepted.</source>
        <translation>%1 теперь в числе доверенных. Запечатанные вами пакеты сможет открыть его архив; подписанные им квитанции принимаются.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="236" />
        <location filename="../../ui/field/coordinators.py" line="273" />
        <location filename="../../ui/field/coordinators.py" line="392" />
        <location filename="../../ui/field/coordinators.py" line="463" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="251" />
        <source>This laptop's identity card</source>
        <translation>Карточка этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="259" />
        <source>Give the card file to your coordinator (it holds no secret). When they enrol this laptop, read them these digits aloud, group by group:</source>
        <translation>Передайте файл карточки координатору (в нём нет ничего секретного). Когда он будет регистрировать этот ноутбук, прочитайте ему вслух эти цифры, группа за группой:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="269" />
        <source>Save the card file…</source>
        <translation>Сохранить файл карточки…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="282" />
        <source>This laptop: %1</source>
        <translation>Этот ноутбук: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="290" />
        <source>Save the card file</source>
        <translation>Сохранить файл карточки</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="296" />
        <source>The card was written to %1.</source>
        <translation>Карточка записана в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="306" />
        <source>This receipt was signed by an archive this laptop does not trust. Nothing was changed.</source>
        <translation>Эта квитанция подписана архивом, которому этот ноутбук не доверяет. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="309" />
        <source>This receipt is for another laptop: this one cannot open it. Nothing was changed.</source>
        <translation>Эта квитанция для другого ноутбука: этот не может её открыть. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="312" />
        <source>This file is not a valid receipt: it is damaged, changed, or not a receipt at all. Nothing was changed. Ask the coordinator to send it again.</source>
        <translation>Этот файл не является действительной квитанцией: он повреждён, изменён или вовсе не квитанция. Ничего не изменено. Попросите координатора прислать её ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="324" />
        <source>Original evidence files that leave with them: %1, %2 in all.</source>
        <translation>Оригиналы файлов доказательств, которые удаляются вместе с ними: %1, всего %2.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="340" />
        <source>Receipts from the coordinator</source>
        <translation>Квитанции от координатора</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="351" />
        <source>When your coordinator has imported your bundles, their archive gives you a receipt: a sealed file listing what it now holds. Import it here. Then you may remove those records from this laptop, so that a lost or seized laptop holds as little as possible.</source>
        <translation>Когда координатор импортирует ваши пакеты, его архив выдаёт вам квитанцию — запечатанный файл со списком того, что теперь в нём хранится. Импортируйте её здесь. После этого можно удалить эти записи с ноутбука, чтобы на потерянном или изъятом ноутбуке оставалось как можно меньше.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="359" />
        <source>&amp;Import receipt…</source>
        <translation>&amp;Импортировать квитанцию…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="367" />
        <source>On this laptop</source>
        <translation>На этом ноутбуке</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="369" />
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="373" />
        <source>&amp;Remove acknowledged records from this laptop…</source>
        <translation>&amp;Удалить подтверждённые записи с этого ноутбука…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="407" />
        <source>Nothing on this laptop has been acknowledged by a coordinator yet: everything stays here.</source>
        <translation>Координатор пока не подтвердил получение ни одной записи с этого ноутбука: всё остаётся здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="411" />
        <source>Records the coordinator's archive holds, which can be removed from this laptop: %1</source>
        <translation>Записи, которые хранятся в архиве координатора и могут быть удалены с этого ноутбука: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="445" />
        <source>Receipt from %1 checked. Their archive holds, from this laptop: record versions %2, evidence files %3. Nothing has been removed yet.</source>
        <translation>Квитанция от %1 проверена. В их архиве хранятся с этого ноутбука: версий записей — %2, файлов доказательств — %3. Пока ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="487" />
        <source>Remove them (%1)</source>
        <translation>Удалить (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="523" />
        <source>Records removed from this laptop: %1. The coordinator's archive keeps them.</source>
        <translation>Удалено записей с этого ноутбука: %1. Они хранятся в архиве координатора.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="526" />
        <source>Stopped. Records removed: %1; the others stay on this laptop.</source>
        <translation>Остановлено. Удалено записей: %1; остальные остаются на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="426" />
        <source>Choose the receipt file</source>
        <translation>Выберите файл квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="431" />
        <source>Checking the receipt…</source>
        <translation>Проверяем квитанцию…</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="442" />
        <source>This receipt from %1 was imported before. Nothing changed.</source>
        <translation>Эта квитанция от %1 уже была импортирована. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="468" />
        <source>These records will leave this laptop for good, with their whole history:</source>
        <translation>Эти записи навсегда удаляются с этого ноутбука вместе со всей их историей:</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="472" />
        <source>the coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="473" />
        <source>%1 holds every one of them: its signed receipt lists each version and file. To see them again, ask the coordinator. Records changed since their last bundle, and records kept back for lack of consent, stay here.</source>
        <translation>%1 хранит их все: в подписанной квитанции перечислены каждая версия и каждый файл. Чтобы снова их увидеть, обратитесь к координатору. Записи, изменённые после последнего пакета, и записи, оставленные из-за отсутствия согласия, остаются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="485" />
        <source>Remove from this laptop?</source>
        <translation>Удалить с этого ноутбука?</translation>
    </message>
    <message>
        <location filename="../../ui/field/coordinators.py" line="489" />
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>CreateWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="292" />
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="293" />
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297" />
        <source>Everything you record is kept encrypted in this vault, on this computer only. Choose a passphrase you can remember and type quickly. Nobody, including the coalition, can open the vault without it or the recovery code.</source>
        <translation>Всё, что вы записываете, хранится в зашифрованном виде в этом хранилище и только на этом компьютере. Выберите парольную фразу, которую легко запомнить и быстро набрать. Никто, в том числе коалиция, не сможет открыть хранилище без неё или без кода восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="302" />
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="309" />
        <source>e.g. Almaty laptop 2</source>
        <translation>например, Ноутбук Алматы 2</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="312" />
        <source>&amp;Device name</source>
        <translation>&amp;Имя устройства</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="313" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="314" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="334" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="338" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="355" />
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="359" />
        <source>Write this code on paper now. It is shown only this once. If you forget the passphrase, it is the only way back into the vault; anyone who has it can open the vault too. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Запишите этот код на бумаге прямо сейчас. Он показывается только один раз. Если вы забудете парольную фразу, это единственный способ вернуться в хранилище; любой, у кого есть этот код, тоже сможет открыть хранилище. Храните бумагу отдельно от ноутбука и не фотографируйте её.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="371" />
        <source>I have &amp;written it down</source>
        <translation>Я &amp;записал(а) код</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="382" />
        <source>Check the code you wrote</source>
        <translation>Проверьте записанный код</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="386" />
        <source>From your paper, type group %1 and group %2 of the recovery code (groups are counted from the left).</source>
        <translation>Введите с бумаги группу %1 и группу %2 кода восстановления (группы считаются слева).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="398" />
        <location filename="../../ui/unlock.py" line="399" />
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407" />
        <source>Show the code again</source>
        <translation>Показать код ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="411" />
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="430" />
        <source>Tip: four or five unrelated words, in any language, make a strong passphrase.</source>
        <translation>Совет: четыре-пять не связанных между собой слов на любом языке дают надёжную парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="439" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="445" />
        <source>Creating the vault… this takes a few seconds.</source>
        <translation>Создаём хранилище… это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="482" />
        <source>These groups do not match the code. Look at the paper again, or show the code again and correct what you wrote.</source>
        <translation>Эти группы не совпадают с кодом. Посмотрите на бумагу ещё раз или покажите код снова и исправьте запись.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/desk/custody.py" line="39" />
        <source>This record is deleted; its history stays.</source>
        <translation>Эта запись удалена; её история сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="43" />
        <source>held in this archive's encrypted store since %1</source>
        <translation>хранится в зашифрованном хранилище этого архива с %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="47" />
        <source>NOT held in this archive (the original never arrived)</source>
        <translation>НЕ хранится в этом архиве (оригинал так и не поступил)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="51" />
        <source>Original file: %1, %2</source>
        <translation>Оригинальный файл: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="60" />
        <source>Obtained from: %1</source>
        <translation>Получено от: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="63" />
        <source>Notes: %1</source>
        <translation>Примечания: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="66" />
        <source>Times are local to this computer.</source>
        <translation>Время указано по часам этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="78" />
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="79" />
        <source>For a record or an evidence file: where it was captured, which bundle carried it, when it was imported, what was decided here and where it was sent. Every step comes from signed versions and the hash-chained custody log.</source>
        <translation>Для записи или файла доказательства: где он был снят, в каком пакете пришёл, когда импортирован, что здесь решено и куда отправлен. Каждый шаг взят из подписанных версий и журнала хранения с цепочкой хешей.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="88" />
        <source>Search records (title, names, text)…</source>
        <translation>Поиск записей (название, имена, текст)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="92" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="95" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="108" />
        <source>Evidence files of this case</source>
        <translation>Файлы доказательств этого дела</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="119" />
        <source>&amp;Check the original now</source>
        <translation>&amp;Проверить оригинал сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="121" />
        <source>Read the original back from the encrypted store and compare its SHA-256.</source>
        <translation>Прочитать оригинал из зашифрованного хранилища и сверить его SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="223" />
        <source>Reading the original back…</source>
        <translation>Читаем оригинал…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/custody.py" line="228" />
        <source>The original is intact: its SHA-256 matches the one recorded when it was captured.</source>
        <translation>Оригинал не изменён: его SHA-256 совпадает с записанным при съёмке.</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="562" />
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="565" />
        <source>Every change on this device, in a hash chain: removing or editing an entry breaks every hash after it.</source>
        <translation>Все изменения на этом устройстве в цепочке хешей: удаление или правка записи нарушает все последующие хеши.</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="573" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="574" />
        <source>Chain hash</source>
        <translation>Хеш цепочки</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="576" />
        <source>Saved a version</source>
        <translation>Сохранена версия</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="577" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="578" />
        <source>Evidence file sealed</source>
        <translation>Файл доказательства запечатан</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="579" />
        <source>Original exported</source>
        <translation>Оригинал выгружен</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="580" />
        <source>Identity revealed</source>
        <translation>Личность раскрыта</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../ui/field/reasons.py" line="37" />
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="41" />
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="80" />
        <source>Delete this record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="81" />
        <source>The record leaves lists, search and the case, and a signed note of its deletion, with your reason, goes to the coordinator with the next bundle. Its history is kept.</source>
        <translation>Запись исчезнет из списков, поиска и дела, а подписанная отметка об удалении с вашей причиной уйдёт координатору со следующим пакетом. История записи сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="84" />
        <source>Why is it deleted? (e.g. entered twice by mistake)</source>
        <translation>Почему удаляется? (например, внесено дважды по ошибке)</translation>
    </message>
    <message>
        <location filename="../../ui/field/reasons.py" line="85" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../ui/desk/devices.py" line="39" />
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="40" />
        <source>Field laptops whose bundles this archive accepts. A missing bundle number means a bundle was made but never arrived: ask for it. Revoke a laptop that was seized or lost: its later bundles are quarantined, never merged.</source>
        <translation>Полевые ноутбуки, пакеты которых принимает этот архив. Пропущенный номер пакета значит, что пакет был сделан, но не дошёл: запросите его. Отзовите ноутбук, который изъяли или потеряли: его последующие пакеты попадут в карантин и не будут объединены.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="49" />
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="50" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="51" />
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="52" />
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="53" />
        <source>Never received</source>
        <translation>Не получены</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="54" />
        <source>In quarantine</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="55" />
        <source>Last receipt</source>
        <translation>Последняя квитанция</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="65" />
        <source>&amp;Enrol a device…</source>
        <translation>&amp;Зарегистрировать устройство…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="66" />
        <source>Write a re&amp;ceipt…</source>
        <translation>Записать &amp;квитанцию…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="67" />
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="96" />
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="140" />
        <source>No device is enrolled yet.</source>
        <translation>Пока не зарегистрировано ни одного устройства.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="145" />
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="147" />
        <source>Enrolled %1 · bundles merged: %2 · record versions written on it: %3</source>
        <translation>Зарегистрировано %1 · объединено пакетов: %2 · версий записей, созданных на нём: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="160" />
        <source>Last bundle #%1: sealed %2, imported %3</source>
        <translation>Последний пакет № %1: запечатан %2, импортирован %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="183" />
        <source>Choose the device's identity card</source>
        <translation>Выберите карточку устройства</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="208" />
        <source>Enrolled “%1”. Its bundles can be imported now.</source>
        <translation>«%1» зарегистрировано. Теперь его пакеты можно импортировать.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="170" />
        <source>Revoked %1: nothing new from it is merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>Отозвано %1: ничто новое от него не объединяется без проверки; присланное после пакета %2 помечено для проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="94" />
        <source>Revoked %1</source>
        <translation>Отозвано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="224" />
        <source>Revoked “%1”: nothing new from it will be merged without review; what it sent after bundle %2 is flagged for review.</source>
        <translation>«%1» отозвано: ничто новое от него не будет объединено без проверки; присланное после пакета %2 помечено для проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="241" />
        <source>Where to write the receipt (e.g. the USB stick)</source>
        <translation>Куда записать квитанцию (например, на флешку)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="257" />
        <source>Writing the receipt…</source>
        <translation>Записываем квитанцию…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="262" />
        <source>Receipt for “%1” written (%2 versions, %3 evidence files): %4. Give it to the field worker; their Qorgau may then remove what the archive holds.</source>
        <translation>Квитанция для «%1» записана (версий: %2, файлов доказательств: %3): %4. Передайте её полевому сотруднику; после этого его Qorgau сможет удалить то, что уже хранится в архиве.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="286" />
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="292" />
        <source>“%1” — a %2 device</source>
        <translation>«%1» — устройство: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="296" />
        <source>field</source>
        <translation>полевое</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="298" />
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="304" />
        <source>1. Ask the person who holds this laptop to open its identity card in Qorgau and read the fingerprint aloud to you, group by group. Compare each group with this one:</source>
        <translation>1. Попросите человека, у которого этот ноутбук, открыть в Qorgau карточку устройства и прочитать вам отпечаток вслух, группа за группой. Сверьте каждую группу с этой:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="323" />
        <source>2. Optionally type the digits as they are read to you: Qorgau compares them too.</source>
        <translation>2. Можно вводить цифры по мере чтения: Qorgau тоже их сверит.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="340" />
        <source>3. Every group matched what was read to me</source>
        <translation>3. Все группы совпали с тем, что мне прочитали</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="345" />
        <source>If a single digit differs, do not enrol: the card may have been replaced on the way. Ask for the card again by another route.</source>
        <translation>Если отличается хоть одна цифра, не регистрируйте: карточку могли подменить в пути. Запросите её снова другим путём.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="356" />
        <location filename="../../ui/desk/devices.py" line="486" />
        <location filename="../../ui/desk/devices.py" line="529" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="358" />
        <source>&amp;Enrol this device</source>
        <translation>&amp;Зарегистрировать это устройство</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="372" />
        <source>The digits match.</source>
        <translation>Цифры совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="376" />
        <source>So far the same…</source>
        <translation>Пока совпадает…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="379" />
        <source>The digits differ: do not enrol this card.</source>
        <translation>Цифры не совпадают: не регистрируйте эту карточку.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="402" />
        <source>Enrolling…</source>
        <translation>Регистрируем…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="425" />
        <location filename="../../ui/desk/devices.py" line="523" />
        <source>Revoke a device</source>
        <translation>Отзыв устройства</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="430" />
        <source>Revoke “%1”</source>
        <translation>Отозвать «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="434" />
        <source>Do this when the laptop was seized, lost or stolen. From now on nothing it signs or wrote that the archive does not hold yet is merged without your review, whatever its number. What it sent after the bundle you choose is flagged for review. A revoked device is never enrolled again: give the field worker a new vault.</source>
        <translation>Сделайте это, если ноутбук изъят, потерян или украден. С этого момента ничто из подписанного или написанного им, чего ещё нет в архиве, не будет объединено без вашей проверки, каким бы ни был номер. То, что он прислал после выбранного пакета, помечается для проверки. Отозванное устройство больше никогда не регистрируется: выдайте сотруднику новое хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="447" />
        <source>From the last bundle received (#%1)</source>
        <translation>С последнего полученного пакета (№ %1)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="451" />
        <source>Keep bundles up to number:</source>
        <translation>Оставить пакеты до номера:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="452" />
        <source>Seized on (YYYY-MM-DD):</source>
        <translation>Дата изъятия (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="467" />
        <source>By date: bundles already imported that were sealed before that day stay valid. The date a bundle claims is not trusted after that: the device's clock is in other hands.</source>
        <translation>По дате: уже импортированные пакеты, запечатанные до этого дня, остаются действительными. Дате, указанной в пакете, после этого не доверяют: часы устройства в чужих руках.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="481" />
        <source>What happened (kept in the custody log)</source>
        <translation>Что случилось (сохраняется в журнале хранения)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="488" />
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="524" />
        <source>Revoke “%1”? This cannot be undone.</source>
        <translation>Отозвать «%1»? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="528" />
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="551" />
        <source>Revoking…</source>
        <translation>Отзываем…</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="254" />
        <source>Click on the drawing where a lesion is: a marker is placed and its lesion record opens. Click a marker to open its record.</source>
        <translation>Щёлкните на рисунке там, где есть повреждение: появится метка и откроется запись о повреждении. Щёлкните по метке, чтобы открыть её запись.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="260" />
        <source>Save the examination once before marking lesions.</source>
        <translation>Сохраните освидетельствование, прежде чем отмечать повреждения.</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="265" />
        <source>Save the examination now</source>
        <translation>Сохранить освидетельствование сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="269" />
        <source>Lesions</source>
        <translation>Повреждения</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="275" />
        <source>Add a lesion without a marker</source>
        <translation>Добавить повреждение без метки</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="19" />
        <source>names match once transliterated</source>
        <translation>имена совпадают после транслитерации</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="22" />
        <source>names similar</source>
        <translation>имена похожи</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="23" />
        <source>a protected person: compare after revealing identities</source>
        <translation>защищённое лицо: сравнивайте, раскрыв личности</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="26" />
        <source>same date of birth</source>
        <translation>одинаковая дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="27" />
        <source>dates of birth agree to the month</source>
        <translation>даты рождения совпадают с точностью до месяца</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="30" />
        <source>dates of birth agree to the year</source>
        <translation>даты рождения совпадают с точностью до года</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="33" />
        <source>dates of birth differ by a swapped day and month</source>
        <translation>в датах рождения переставлены день и месяц</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="36" />
        <source>date of birth missing on one or both</source>
        <translation>дата рождения не указана у одного или обоих</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="39" />
        <source>dates of birth differ</source>
        <translation>даты рождения различаются</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="40" />
        <source>gender differs</source>
        <translation>пол различается</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="41" />
        <source>same gender</source>
        <translation>одинаковый пол</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="55" />
        <source>Duplicate people</source>
        <translation>Дубликаты людей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="56" />
        <source>People who may have been recorded twice, by two lawyers or monitors. Compare them; if they are the same person, link them. Linking keeps both records and where each came from, so a link made in error can be undone.</source>
        <translation>Люди, которых, возможно, записали дважды — два юриста или монитора. Сравните их; если это один и тот же человек, свяжите записи. Связь сохраняет обе записи и их происхождение, поэтому ошибочную связь можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="64" />
        <source>&amp;Lowest score shown</source>
        <translation>&amp;Минимальная оценка</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="70" />
        <source>&amp;Find again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="80" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="81" />
        <source>Person A</source>
        <translation>Человек A</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="82" />
        <source>Person B</source>
        <translation>Человек B</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="83" />
        <source>Why suggested</source>
        <translation>Почему предложено</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="105" />
        <source>Note for both records (optional), e.g. “same passport number, checked with both lawyers”</source>
        <translation>Примечание для обеих записей (необязательно), например «тот же номер паспорта, проверено с обоими юристами»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="112" />
        <source>&amp;Not the same</source>
        <translation>&amp;Это разные люди</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="114" />
        <source>Hide this suggestion until the desk is opened again.</source>
        <translation>Скрыть это предложение до следующего открытия рабочего места.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="117" />
        <source>Lin&amp;k: the same person</source>
        <translation>&amp;Связать: это один человек</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="137" />
        <source>Comparing every person record…</source>
        <translation>Сравниваем все записи о людях…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="168" />
        <source>No suggestions at this score.</source>
        <translation>При такой оценке предложений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="179" />
        <location filename="../../ui/desk/duplicates.py" line="195" />
        <source>hidden (protected identity)</source>
        <translation>скрыто (защищённая личность)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="204" />
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="207" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="209" />
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="213" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="217" />
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="220" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="222" />
        <source>Recorded on</source>
        <translation>Записано на</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="270" />
        <source>Linking…</source>
        <translation>Связываем…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/duplicates.py" line="277" />
        <source>Linked: %1 new signed versions; both records stay, with their history.</source>
        <translation>Связано: новых подписанных версий — %1; обе записи сохраняются вместе с историей.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <location filename="../../ui/field/diagram.py" line="317" />
        <source>Examination</source>
        <translation>Освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/field/diagram.py" line="319" />
        <source>Body diagram and lesions</source>
        <translation>Схема тела и повреждения</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/field/exporting.py" line="88" />
        <source>Send to coordinator</source>
        <translation>Отправить координатору</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="99" />
        <source>Records leave this laptop only inside a sealed bundle: encrypted to the coordinators you choose and signed by this device. Carry the bundle file on a USB stick or send it by any messenger; only the chosen coordinators can open it. Records whose people did not consent to sharing stay here.</source>
        <translation>Записи покидают этот ноутбук только в запечатанном пакете: он зашифрован для выбранных вами координаторов и подписан этим устройством. Перенесите файл пакета на флешке или отправьте любым мессенджером — открыть его смогут только выбранные координаторы. Записи людей, не давших согласия на передачу, остаются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="109" />
        <source>Seal to these coordinators</source>
        <translation>Запечатать для этих координаторов</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="112" />
        <source>Trust a coordinator…</source>
        <translation>Довериться координатору…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="117" />
        <source>Only what is new since the last bundle</source>
        <translation>Только новое с последнего пакета</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="119" />
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="143" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="145" />
        <source>Seal the bundle…</source>
        <translation>Запечатать пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="152" />
        <source>Sealed bundles are not available in this version of Qorgau yet. Your records stay safe in the vault.</source>
        <translation>Запечатанные пакеты в этой версии Qorgau пока недоступны. Ваши записи в безопасности в хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="173" />
        <source>No coordinator is known to this vault yet. Import your coordinator's identity card first (ask them for it, and compare its fingerprint by phone).</source>
        <translation>Этому хранилищу пока не известен ни один координатор. Сначала импортируйте карточку координатора (попросите её у него и сверьте отпечаток по телефону).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="192" />
        <source>Will go: %1 record versions and %2 evidence files.</source>
        <translation>Будет отправлено: версий записей — %1, файлов доказательств — %2.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="196" />
        <source>Stays on this laptop (consent):</source>
        <translation>Остаётся на этом ноутбуке (нет согласия):</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="201" />
        <source>Anonymised for statistics: %1 (counted with no name, text or date of birth).</source>
        <translation>Обезличено для статистики: %1 (учитывается без имени, текста и даты рождения).</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="233" />
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="144" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="252" />
        <source>Nothing new to send: every record was already in an earlier bundle.</source>
        <translation>Нечего отправлять: все записи уже были в прежних пакетах.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="256" />
        <source>Sealed %1 record versions and %2 evidence files (%3) into:
%4</source>
        <translation>Запечатано версий записей: %1, файлов доказательств: %2 (%3) в:
%4</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="260" />
        <source>Only %1 can open it.</source>
        <translation>Открыть его может только: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/exporting.py" line="263" />
        <source>Kept on this laptop for lack of consent to sharing:</source>
        <translation>Оставлено на этом ноутбуке из-за отсутствия согласия на передачу:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/field/forms.py" line="754" />
        <source>Relative of a protected minor: their name, other names, date of birth and contact details would identify the child, and are hidden.</source>
        <translation>Родственник защищённого несовершеннолетнего: имя, другие имена, дата рождения и контакты позволили бы узнать ребёнка и потому скрыты.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="757" />
        <source>Protected identity: the real name, other names, date of birth and contact details are hidden.</source>
        <translation>Защищённая личность: настоящее имя, другие имена, дата рождения и контакты скрыты.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="762" />
        <source>Reveal identity…</source>
        <translation>Раскрыть личность…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="790" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="795" />
        <source>C&amp;onsent…</source>
        <translation>С&amp;огласие…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="798" />
        <location filename="../../ui/field/forms.py" line="883" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="800" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="802" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="812" />
        <source>Restored from the draft saved %1.</source>
        <translation>Восстановлено из черновика, сохранённого %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="841" />
        <source>New: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Reveal identity</source>
        <translation>Раскрыть личность</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="879" />
        <source>Show this person's real name and contact details? Make sure nobody else can see the screen. Revealing is noted in the custody log.</source>
        <translation>Показать настоящее имя и контакты этого человека? Убедитесь, что экран никто не видит. Раскрытие отмечается в журнале хранения.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="882" />
        <source>Reveal</source>
        <translation>Раскрыть</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="911" />
        <location filename="../../ui/field/opening.py" line="49" />
        <source>Recommendations and their follow-up status were carried over from the previous visit (%1). Update each one's status.</source>
        <translation>Рекомендации и статус их выполнения перенесены из предыдущего посещения (%1). Обновите статус каждой.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="929" />
        <source>Held longer than the law allows before registration: the limit for a minor is %1 hours.</source>
        <translation>Задержанного держали до регистрации дольше, чем позволяет закон: для несовершеннолетнего предел — %1 ч.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="931" />
        <source>Held longer than the law allows before registration: the limit for an adult is %1 hours.</source>
        <translation>Задержанного держали до регистрации дольше, чем позволяет закон: для взрослого предел — %1 ч.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="964" />
        <source>Draft kept (encrypted) at %1.</source>
        <translation>Черновик сохранён (зашифрован) в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1005" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1031" />
        <source>Some fields need attention: they are marked below.</source>
        <translation>Некоторые поля требуют внимания: они отмечены ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1043" />
        <source>What you typed in this form has not been saved as a record. Discard it?</source>
        <translation>Введённое в этой форме ещё не сохранено как запись. Удалить его?</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1045" />
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="1046" />
        <source>Keep editing</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="166" />
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="170" />
        <source>Or drop photos, scans, audio and video here. Originals are sealed in the vault; the pictures shown have their location and camera data removed.</source>
        <translation>Или перетащите сюда фото, сканы, аудио и видео. Оригиналы запечатываются в хранилище; в показанных изображениях удалены данные о местоположении и камере.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="191" />
        <source>No evidence files yet.</source>
        <translation>Файлов доказательств пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="212" />
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/field/caseview.py" line="522" />
        <source>Version history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <location filename="../../ui/field/caseview.py" line="530" />
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/desk/common.py" line="240" />
        <source>It was made by a newer Qorgau: it holds records of a kind this archive does not know yet. Upgrade Qorgau on this computer to the field laptops' version, then receive the same bundle again.</source>
        <translation>Пакет создан более новой версией Qorgau: в нём есть записи вида, которого этот архив ещё не знает. Обновите Qorgau на этом компьютере до версии полевых ноутбуков, затем примите тот же пакет снова.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="246" />
        <source>The file is damaged or is not a Qorgau bundle: it could not be decrypted to the end. It may have been altered or cut short on the way.</source>
        <translation>Файл повреждён или не является пакетом Qorgau: его не удалось расшифровать до конца. Возможно, его изменили или обрезали в пути.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="251" />
        <source>The file ends early: it was cut short, perhaps by an interrupted copy. Ask for the bundle again.</source>
        <translation>Файл обрывается: он неполный, возможно, копирование прервалось. Запросите пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="256" />
        <source>The bundle is not addressed to this archive: it was sealed for other coordinators.</source>
        <translation>Пакет адресован не этому архиву: он запечатан для других координаторов.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="260" />
        <source>Its signatures do not match the keys enrolled for the device: the bundle was forged or altered after it was signed.</source>
        <translation>Его подписи не совпадают с ключами, зарегистрированными для устройства: пакет подделан или изменён после подписания.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="265" />
        <source>It comes from a device this archive has not enrolled. If you expect bundles from it, enrol its identity card under Devices (compare the fingerprint by phone first).</source>
        <translation>Он пришёл с устройства, не зарегистрированного в этом архиве. Если вы ждёте от него пакеты, зарегистрируйте его карточку в разделе «Устройства» (сначала сверьте отпечаток по телефону).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="271" />
        <source>It carries records by devices this archive does not know, or names a known device with other keys.</source>
        <translation>В нём записи устройств, неизвестных этому архиву, или известное устройство указано с другими ключами.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="276" />
        <source>It is larger than this archive accepts.</source>
        <translation>Он больше, чем принимает этот архив.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="277" />
        <source>It could not be read.</source>
        <translation>Его не удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="279" />
        <source>Its contents do not match what the device signed: the file was altered or damaged after it was sealed.</source>
        <translation>Его содержимое не совпадает с тем, что подписало устройство: файл изменён или повреждён после запечатывания.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="286" />
        <source>The device was revoked (seized), and this bundle was not imported before: whoever holds the device's key may have made it, whatever its number.</source>
        <translation>Устройство отозвано (изъято), а этот пакет раньше не импортировался: его мог создать тот, у кого теперь ключ устройства, каким бы ни был его номер.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="291" />
        <source>The bundle carries versions written by a revoked (seized) device, passed on by another device: whoever holds the seized key may have written them.</source>
        <translation>Пакет содержит версии, записанные отозванным (изъятым) устройством и переданные через другое устройство: их мог написать тот, у кого теперь изъятый ключ.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="296" />
        <source>The bundle changes a record that its author did not create: a field device may change only its own records, unless you granted it another device's.</source>
        <translation>Пакет изменяет запись, которую его автор не создавал: полевое устройство может менять только свои записи, если вы не передали ему записи другого устройства.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="301" />
        <source>The device sent a different bundle with the same number: its vault was copied or restored from a backup, or its key is in someone else's hands.</source>
        <translation>Устройство прислало другой пакет с тем же номером: его хранилище скопировали или восстановили из резервной копии, либо его ключ в чужих руках.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="306" />
        <source>The bundle does not follow on from the bundles already imported from this device: a rollback or a fork.</source>
        <translation>Пакет не продолжает уже импортированные пакеты этого устройства: откат или ответвление.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="322" />
        <source>It failed a sequence or revocation check.</source>
        <translation>Он не прошёл проверку последовательности или отзыва.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="333" />
        <source>Not imported — %1</source>
        <translation>Не импортировано — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="338" />
        <source>Would merge — bundle %1 from “%2”</source>
        <translation>Будет объединён — пакет № %1 от «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="340" />
        <source>Merged — bundle %1 from “%2”</source>
        <translation>Объединён — пакет № %1 от «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="343" />
        <source>New in the archive: records %1, record versions %2, evidence files %3.</source>
        <translation>Новое в архиве: записей — %1, версий записей — %2, файлов доказательств — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="353" />
        <source>Already held, sent again: record versions %1, evidence files %2 (a laptop sends them until it accepts a receipt).</source>
        <translation>Уже были и пришли повторно: версий записей — %1, файлов доказательств — %2 (ноутбук присылает их, пока не примет квитанцию).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="363" />
        <source>Records now in conflict (edited on two devices): %1. Resolve them under Conflicts.</source>
        <translation>Записей в конфликте (изменены на двух устройствах): %1. Разрешите их в разделе «Конфликты».</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="371" />
        <source>Bundles never received from this device: %1. Ask the field worker for them.</source>
        <translation>Пакеты этого устройства, которые так и не пришли: %1. Запросите их у полевого сотрудника.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="379" />
        <source>This bundle was imported before; nothing changed.</source>
        <translation>Этот пакет уже импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="381" />
        <source>This bundle is already in quarantine; nothing changed.</source>
        <translation>Этот пакет уже в карантине; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="385" />
        <source>Already here — bundle %1 from “%2”</source>
        <translation>Уже есть — пакет № %1 от «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="393" />
        <source>Quarantined — bundle %1 from “%2”</source>
        <translation>В карантине — пакет № %1 от «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="398" />
        <source>Nothing from it was merged. Check with the field worker, then release or discard it under Quarantine.</source>
        <translation>Ничего из него не объединено. Уточните у полевого сотрудника, затем выпустите или отбросьте пакет в разделе «Карантин».</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="407" />
        <source>Nothing from this file was merged.</source>
        <translation>Ничего из этого файла не объединено.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="412" />
        <source>It says it is bundle %1 from “%2”.</source>
        <translation>В нём указано, что это пакет № %1 от «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="416" />
        <source>Rejected — %1</source>
        <translation>Отклонён — %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/common.py" line="428" />
        <source>Technical detail:</source>
        <translation>Техническая подробность:</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/keys.py" line="25" />
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="30" />
        <source>If the recovery code may be in someone else's hands (a seizure, a search, coercion), replace it: the old code then opens nothing, not even an old copy of this vault's key file. Type the passphrase to confirm.</source>
        <translation>Если код восстановления мог попасть в чужие руки (изъятие, обыск, принуждение), замените его: старый код после этого ничего не откроет, даже старую копию файла ключей этого хранилища. Для подтверждения введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="39" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="54" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="56" />
        <source>Issue a new code</source>
        <translation>Выдать новый код</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="70" />
        <source>Replacing the keys… this takes a few seconds.</source>
        <translation>Ключи заменяются… это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="85" />
        <source>Write this new recovery code on paper now. It is shown only this once. The old code opens nothing any more. Keep the paper away from this laptop, and do not photograph it.</source>
        <translation>Запишите этот новый код восстановления на бумаге прямо сейчас. Он показывается только один раз. Старый код больше ничего не открывает. Храните бумагу отдельно от ноутбука и не фотографируйте её.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <location filename="../../ui/keys.py" line="106" />
        <location filename="../../ui/keys.py" line="120" />
        <location filename="../../ui/keys.py" line="128" />
        <source>Re-encrypt evidence files</source>
        <translation>Перешифровать файлы доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="97" />
        <source>Every evidence file on this laptop is encrypted again under a new key, so that an old copy of the vault (taken at a seizure) no longer opens the files kept since. It can take a long time for many videos; you can stop and carry on later.</source>
        <translation>Каждый файл доказательств на этом ноутбуке будет зашифрован заново новым ключом, чтобы старая копия хранилища (снятая при изъятии) больше не открывала файлы, сохранённые после неё. Для большого числа видео это может занять много времени; можно остановить и продолжить позже.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="101" />
        <source>Re-encrypt</source>
        <translation>Перешифровать</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="102" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107" />
        <source>Re-encrypting the evidence files…</source>
        <translation>Файлы доказательств перешифровываются…</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108" />
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="120" />
        <source>%1 evidence files were re-encrypted under a new key.</source>
        <translation>Файлов доказательств, перешифрованных новым ключом: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="129" />
        <source>Stopped. The files done so far keep their new key; run it again to carry on where it stopped.</source>
        <translation>Остановлено. Уже обработанные файлы сохраняют новый ключ; запустите снова, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="137" />
        <source>Re-encrypting file %1 of %2…</source>
        <translation>Перешифровывается файл %1 из %2…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>(hidden)</source>
        <translation>(скрыто)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/field/window.py" line="33" />
        <source>Search all records (Ctrl+F)…</source>
        <translation>Поиск по всем записям (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="38" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="47" />
        <source>from DD.MM.YYYY</source>
        <translation>с ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="49" />
        <source>to DD.MM.YYYY</source>
        <translation>по ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="51" />
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="52" />
        <source>C&amp;ity</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="53" />
        <source>S&amp;tatus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="54" />
        <source>F&amp;lag</source>
        <translation>&amp;Отметка</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="55" />
        <source>Faci&amp;lity</source>
        <translation>&amp;Учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="64" />
        <source>&amp;Dates</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="114" />
        <location filename="../../ui/field/window.py" line="125" />
        <location filename="../../ui/field/window.py" line="150" />
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="165" />
        <source>Qorgau — %1</source>
        <translation>Qorgau — %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="171" />
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="174" />
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="182" />
        <source>From a spreadsheet…</source>
        <translation>Из таблицы…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="185" />
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="192" />
        <source>Record tables…</source>
        <translation>Таблицы записей…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="153" />
        <location filename="../../ui/field/window.py" line="193" />
        <source>Import receipt…</source>
        <translation>Импорт квитанции…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="152" />
        <location filename="../../ui/field/window.py" line="190" />
        <source>Send to coordinator…</source>
        <translation>Отправить координатору…</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="195" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="201" />
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="240" />
        <source>Choose a case on the left, or start a new one (Ctrl+N).</source>
        <translation>Выберите дело слева или начните новое (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="254" />
        <source>Locks after %1 minutes without activity · Ctrl+L locks now · Ctrl+Shift+L or F12 locks at once</source>
        <translation>Блокируется через %1 мин бездействия · Ctrl+L — заблокировать · Ctrl+Shift+L или F12 — мгновенно</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="272" />
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/window.py" line="275" />
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../ui/desk/report.py" line="136" />
        <source>Qorgau — confidential</source>
        <translation>Qorgau — конфиденциально</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="139" />
        <location filename="../../ui/desk/report.py" line="619" />
        <location filename="../../ui/desk/report.py" line="802" />
        <source>Istanbul Protocol medical annex</source>
        <translation>Медицинское приложение по Стамбульскому протоколу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="141" />
        <location filename="../../ui/desk/report.py" line="800" />
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="161" />
        <source>Prepared from the archive “%1” on %2.</source>
        <translation>Подготовлено из архива «%1» %2.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="167" />
        <source>Prepared for: %1</source>
        <translation>Подготовлено для: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="171" />
        <source>This report SHOWS the real identities of protected people. Keep it accordingly.</source>
        <translation>Этот отчёт РАСКРЫВАЕТ настоящие личности защищённых людей. Храните его соответственно.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="179" />
        <source>Protected people are shown by their pseudonym; their names, dates of birth and contact details are left out.</source>
        <translation>Защищённые люди указаны под псевдонимами; их имена, даты рождения и контакты не приводятся.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="187" />
        <source>Note: this case has versions from two devices that were not yet reconciled; the report shows the most recent one.</source>
        <translation>Примечание: у этого дела есть версии с двух устройств, которые ещё не согласованы; в отчёте показана самая новая.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="202" />
        <source>Withheld for lack of consent</source>
        <translation>Не включено: нет согласия</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="208" />
        <source>Person %1: %2 — %3: %4.</source>
        <translation>Лицо %1: %2 — %3: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="216" />
        <location filename="../../ui/desk/report.py" line="1111" />
        <source>The names of %1 relative(s) are left out: they would identify a protected minor.</source>
        <translation>Имена родственников (%1) не указаны: по ним можно узнать защищённого несовершеннолетнего.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="227" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="230" />
        <location filename="../../ui/desk/report.py" line="241" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="231" />
        <location filename="../../ui/desk/report.py" line="269" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="232" />
        <source>Medical examinations</source>
        <translation>Медицинские освидетельствования</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="233" />
        <source>Complaints and legal steps</source>
        <translation>Жалобы и правовые действия</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="234" />
        <location filename="../../ui/desk/report.py" line="314" />
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="239" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="244" />
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="247" />
        <source>Detention of %1</source>
        <translation>Задержание: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="271" />
        <source>No incident is recorded.</source>
        <translation>Инциденты не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="276" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="294" />
        <source>Medical findings</source>
        <translation>Медицинские данные</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="296" />
        <location filename="../../ui/desk/report.py" line="631" />
        <source>No medical examination is recorded.</source>
        <translation>Медицинские освидетельствования не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="300" />
        <source>Examination of %1, %2</source>
        <translation>Освидетельствование: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="311" />
        <source>Complaints and outcomes</source>
        <translation>Жалобы и их результаты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="328" />
        <location filename="../../ui/desk/report.py" line="568" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="329" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="330" />
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="336" />
        <source>Each file's full SHA-256 and chain of custody are in the archive.</source>
        <translation>Полный SHA-256 каждого файла и цепочка хранения — в архиве.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="347" />
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="360" />
        <source>%1 detained (%2)</source>
        <translation>%1 задержан(а) (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="369" />
        <source>%1 released or moved</source>
        <translation>%1 освобождён(а) или переведён(а)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="379" />
        <source>Incident: %1</source>
        <translation>Инцидент: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="393" />
        <source>Interview: %1</source>
        <translation>Интервью: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="398" />
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="404" />
        <source>Complaint to %1</source>
        <translation>Жалоба: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="414" />
        <source>Case closed</source>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="417" />
        <source>No dated event is recorded.</source>
        <translation>Событий с датой не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="420" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="450" />
        <source>No person is recorded.</source>
        <translation>Люди не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="454" />
        <source>Name or pseudonym</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="455" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="456" />
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="457" />
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="458" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="479" />
        <source>No complaint is recorded.</source>
        <translation>Жалобы не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="483" />
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="484" />
        <location filename="../../ui/desk/report.py" line="520" />
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="485" />
        <location filename="../../ui/desk/report.py" line="521" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="486" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="487" />
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="488" />
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="501" />
        <source>Legal path of the complaint of %1</source>
        <translation>Путь жалобы от %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="519" />
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="522" />
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="523" />
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="532" />
        <source>State forensic examinations</source>
        <translation>Судебно-медицинские экспертизы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="533" />
        <source>Death in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="534" />
        <source>Reprisals</source>
        <translation>Месть и давление</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="558" />
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="566" />
        <source>Mark</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="567" />
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="569" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="570" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="571" />
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="572" />
        <source>Consistency</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="610" />
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="621" />
        <source>Set out in the order of the Istanbul Protocol's guidelines for medico-legal evaluations (Annex IV). The degree of consistency uses the Protocol's scale: not consistent, consistent, highly consistent, typical of, diagnostic of.</source>
        <translation>Изложено в порядке руководящих принципов Стамбульского протокола для судебно-медицинских заключений (приложение IV). Степень соответствия указана по шкале протокола: не соответствует, соответствует, в значительной степени соответствует, типично для, диагностически специфично для.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="637" />
        <source>Examination %1 of %2: %3, %4</source>
        <translation>Освидетельствование %1 из %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="645" />
        <source>I. Case information</source>
        <translation>I. Сведения о случае</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="663" />
        <source>II. Clinician's qualifications</source>
        <translation>II. Квалификация врача</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="665" />
        <source>III. Background and history</source>
        <translation>III. Предыстория и анамнез</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="669" />
        <source>IV. Allegations of torture and ill-treatment</source>
        <translation>IV. Утверждения о пытках и жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="672" />
        <source>V. Physical and psychological symptoms</source>
        <translation>V. Физические и психологические симптомы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="673" />
        <source>VI. Physical examination</source>
        <translation>VI. Физикальный осмотр</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="678" />
        <location filename="../../ui/desk/report.py" line="712" />
        <source>Not recorded.</source>
        <translation>Не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="683" />
        <source>VII. Psychological evaluation</source>
        <translation>VII. Психологическая оценка</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="686" />
        <source>VIII. Photographs</source>
        <translation>VIII. Фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="687" />
        <source>IX. Diagnostic tests</source>
        <translation>IX. Диагностические исследования</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="689" />
        <source>X. Interpretation of findings</source>
        <translation>X. Толкование данных</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="693" />
        <source>XI. Conclusions and recommendations</source>
        <translation>XI. Выводы и рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="697" />
        <source>XII. Clinician's statement and signature</source>
        <translation>XII. Заверение и подпись врача</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="707" />
        <source>No photograph is attached to the lesions.</source>
        <translation>К повреждениям не приложено фотографий.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="816" />
        <source>Qorgau — confidential — page %1 of %2</source>
        <translation>Qorgau — конфиденциально — страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="938" />
        <source>PDF reports</source>
        <translation>Отчёты PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="939" />
        <source>A case report for a prosecutor, a court or a UN body, and the Istanbul Protocol medical annex, in the language of this window.</source>
        <translation>Отчёт по делу для прокурора, суда или органа ООН и медицинское приложение по Стамбульскому протоколу — на языке этого окна.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="949" />
        <source>Find a case…</source>
        <translation>Найти дело…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="963" />
        <location filename="../../ui/desk/report.py" line="1086" />
        <source>Choose a case on the left.</source>
        <translation>Выберите дело слева.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="967" />
        <source>What the PDF holds</source>
        <translation>Что войдёт в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="969" />
        <source>&amp;Case report</source>
        <translation>&amp;Отчёт по делу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="971" />
        <source>Istanbul Protocol medical &amp;annex</source>
        <translation>Медицинское &amp;приложение по Стамбульскому протоколу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="973" />
        <source>&amp;Photographs of the lesions</source>
        <translation>&amp;Фотографии повреждений</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="975" />
        <source>Show the real &amp;identities of protected people</source>
        <translation>Раскрыть настоящие &amp;личности защищённых людей</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="978" />
        <source>Summary, timeline, people, detention, incidents, medical findings with the body diagrams, complaints and outcomes, evidence files.</source>
        <translation>Сводка, хронология, люди, задержание, инциденты, медицинские данные со схемами тела, жалобы и их результаты, файлы доказательств.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="983" />
        <source>One section per examination, in the Protocol's order.</source>
        <translation>По разделу на каждое освидетельствование, в порядке протокола.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="984" />
        <source>Copies without GPS position or camera data.</source>
        <translation>Копии без GPS-координат и данных камеры.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="985" />
        <source>Off: protected people appear by their pseudonym, without name, date of birth or contact details.</source>
        <translation>Выключено: защищённые люди указаны под псевдонимом, без имени, даты рождения и контактов.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1006" />
        <source>e.g. Prosecutor's office of Taraz; UN Committee against Torture</source>
        <translation>например, прокуратура Тараза; Комитет ООН против пыток</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1010" />
        <source>Prepared &amp;for</source>
        <translation>&amp;Для кого</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1012" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1015" />
        <source>A PDF file is not encrypted: anyone who gets the file, the USB stick or the e-mail can read it. Qorgau writes it only where you choose, records in the custody log who it was for, and keeps no other copy.</source>
        <translation>Файл PDF не зашифрован: его сможет прочитать любой, к кому попадёт файл, флешка или письмо. Qorgau записывает его только туда, куда вы укажете, отмечает в журнале хранения, для кого он, и не хранит других копий.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1033" />
        <source>&amp;Make the PDF…</source>
        <translation>&amp;Создать PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1106" />
        <source>Left out for lack of consent (person: what — why):</source>
        <translation>Не войдёт в отчёт, нет согласия (лицо: что — почему):</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1129" />
        <source>Nothing to put in the PDF</source>
        <translation>В PDF нечего включить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1130" />
        <source>Tick the case report, the medical annex, or both.</source>
        <translation>Отметьте отчёт по делу, медицинское приложение или оба.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1139" />
        <source>Show protected identities?</source>
        <translation>Раскрыть защищённые личности?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1140" />
        <source>The PDF will name the protected people and give their dates of birth and contact details. Anyone who reads the file can put them at risk. Do this only for a recipient who must know, and who can keep it safe.</source>
        <translation>В PDF будут названы защищённые люди, их даты рождения и контакты. Любой, кто прочитает файл, может подвергнуть их опасности. Делайте это только для получателя, которому необходимо это знать и который сможет сохранить файл в безопасности.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1147" />
        <source>Show them</source>
        <translation>Раскрыть</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1148" />
        <source>Keep them masked</source>
        <translation>Оставить скрытыми</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1159" />
        <source>A PDF is not encrypted</source>
        <translation>PDF не зашифрован</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1160" />
        <source>The PDF will be written in plaintext where you choose. Anyone who gets the file can read it. Put it only on the medium it must travel on, and delete it once it has been delivered.</source>
        <translation>PDF будет записан в открытом виде туда, куда вы укажете. Любой, к кому попадёт файл, сможет его прочитать. Сохраняйте его только на тот носитель, с которым его передадут, и удалите после вручения.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1167" />
        <source>Choose where…</source>
        <translation>Выбрать место…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1168" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1178" />
        <source>case-report</source>
        <translation>отчёт-по-делу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1179" />
        <source>istanbul-protocol-annex</source>
        <translation>приложение-стамбульский-протокол</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1180" />
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1201" />
        <source>Laying out the PDF…</source>
        <translation>Вёрстка PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/report.py" line="1212" />
        <source>Written (plaintext, %1): %2
The export is recorded in the custody log of every record in it.</source>
        <translation>Записано (в открытом виде, %1): %2
Выгрузка отмечена в журнале хранения каждой вошедшей записи.</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="26" />
        <source>Previous Month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27" />
        <source>Next Month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="28" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="9" />
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="10" />
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="11" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12" />
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15" />
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16" />
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17" />
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18" />
        <source>File Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19" />
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20" />
        <source>Alias</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21" />
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="23" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QorgauApp</name>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>Open a vault folder</source>
        <translation>Открыть папку хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>Not a vault</source>
        <translation>Это не хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161" />
        <source>There is no Qorgau vault in that folder.</source>
        <translation>В этой папке нет хранилища Qorgau.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="168" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Выберите пустую папку для нового хранилища</translation>
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
        <translation>Эти пакеты целы и подписаны зарегистрированным устройством, но не объединены: устройство отозвано, или пакет не продолжает предыдущие. Уточните у полевого сотрудника (по телефону, а не через тот же ноутбук), затем выпустите или отбросьте каждый.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="42" />
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="43" />
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="44" />
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="45" />
        <source>Quarantined</source>
        <translation>Помещён в карантин</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="46" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="57" />
        <source>Why (kept in the custody log), e.g. “confirmed by phone with A. Nurlanova on 3 March”</source>
        <translation>Почему (сохраняется в журнале хранения), например «подтверждено по телефону с А. Нурлановой 3 марта»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="63" />
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="69" />
        <source>&amp;Inspect</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="71" />
        <source>Check the bundle again and count what releasing it would merge. Nothing is written.</source>
        <translation>Проверить пакет заново и подсчитать, что будет объединено при выпуске. Ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="77" />
        <source>Re&amp;lease and merge</source>
        <translation>&amp;Выпустить и объединить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="78" />
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="136" />
        <source>Nothing is waiting in quarantine.</source>
        <translation>В карантине ничего нет.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="143" />
        <source>Released</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="145" />
        <source>Discarded</source>
        <translation>Отброшен</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="155" />
        <source>Decided earlier</source>
        <translation>Принятые ранее решения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="166" />
        <source>Device revoked</source>
        <translation>Устройство отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="167" />
        <source>Same number twice</source>
        <translation>Один номер дважды</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="168" />
        <source>Out of sequence</source>
        <translation>Нарушена последовательность</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="169" />
        <source>Written by a revoked device</source>
        <translation>Записано отозванным устройством</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="170" />
        <source>Not its author's record</source>
        <translation>Запись не его автора</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="182" />
        <source>bundle %1</source>
        <translation>пакет № %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="207" />
        <source>Checking the quarantined bundle again…</source>
        <translation>Повторно проверяем пакет из карантина…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="215" />
        <source>If released, it would merge:</source>
        <translation>При выпуске будет объединено:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="512" />
        <location filename="../../ui/desk/quarantine.py" line="227" />
        <source>Say why</source>
        <translation>Укажите причину</translation>
    </message>
    <message>
        <location filename="../../ui/desk/devices.py" line="513" />
        <location filename="../../ui/desk/quarantine.py" line="228" />
        <source>Write the reason first: it is kept in the custody log with your decision.</source>
        <translation>Сначала напишите причину: она сохраняется в журнале хранения вместе с вашим решением.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="258" />
        <source>Release the bundle</source>
        <translation>Выпуск пакета</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="259" />
        <source>Merge bundle %1 from “%2” into the archive? Do this only after the field worker confirmed, by another channel, that they made it.</source>
        <translation>Объединить пакет № %1 от «%2» с архивом? Делайте это, только если полевой сотрудник подтвердил по другому каналу, что это его пакет.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="264" />
        <source>Release and merge</source>
        <translation>Выпустить и объединить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="251" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="282" />
        <source>Checking and merging the bundle…</source>
        <translation>Проверяем и объединяем пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="299" />
        <source>Discard the bundle</source>
        <translation>Отбросить пакет</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="300" />
        <source>Delete the quarantined copy of bundle %1 from “%2”? Nothing from it is merged; the same file imported again is recognised and not merged either.</source>
        <translation>Удалить копию пакета № %1 от «%2» из карантина? Ничего из него не объединяется; если тот же файл импортировать снова, он будет распознан и тоже не объединится.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="305" />
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/desk/quarantine.py" line="322" />
        <source>Discarding…</source>
        <translation>Отбрасываем…</translation>
    </message>
</context>
<context>
    <name>Receive</name>
    <message>
        <location filename="../../ui/desk/receive.py" line="116" />
        <source>Receive bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="117" />
        <source>Bundles from the field laptops are checked before anything is merged: who signed them, that nothing was altered, that they follow on from the last bundle of their device. Choose the files, drop them here, or watch the folder of a USB stick.</source>
        <translation>Пакеты с полевых ноутбуков проверяются до объединения: кто их подписал, не изменено ли что-нибудь, продолжают ли они последний пакет своего устройства. Выберите файлы, перетащите их сюда или следите за папкой на флешке.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="125" />
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="127" />
        <location filename="../../ui/desk/receive.py" line="271" />
        <source>&amp;Watch a folder (USB stick)…</source>
        <translation>&amp;Следить за папкой (флешка)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="130" />
        <source>Write a &amp;receipt for each device next to its bundles</source>
        <translation>Записывать &amp;квитанцию для каждого устройства рядом с его пакетами</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="134" />
        <source>A receipt tells the field laptop what the archive now holds, so it may remove those records. It is encrypted to that laptop and signed by this archive.</source>
        <translation>Квитанция сообщает полевому ноутбуку, что теперь хранится в архиве, чтобы он мог удалить эти записи. Она зашифрована для этого ноутбука и подписана этим архивом.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="158" />
        <source>Drop bundle files here</source>
        <translation>Перетащите сюда файлы пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="174" />
        <source>The report of each bundle appears here.</source>
        <translation>Здесь появится отчёт по каждому пакету.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="186" />
        <source>Reason for the custody log, e.g. her request of 1 March</source>
        <translation>Причина для журнала хранения, напр. её просьба от 1 марта</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="188" />
        <source>&amp;Remove their records…</source>
        <translation>&amp;Удалить их записи…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="245" />
        <source>Choose bundle files</source>
        <translation>Выберите файлы пакетов</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="273" />
        <source>Folder to watch for bundles</source>
        <translation>Папка, где ждать пакеты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="280" />
        <source>Watching %1: bundle files (.bundle) that appear there are imported at once. The folder is not remembered after Qorgau locks.</source>
        <translation>Слежение за %1: появившиеся там файлы пакетов (.bundle) сразу импортируются. После блокировки Qorgau папка не запоминается.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="288" />
        <source>Stop &amp;watching</source>
        <translation>&amp;Прекратить слежение</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="326" />
        <source>Checking and merging bundle %1 of %2: %3</source>
        <translation>Проверка и объединение пакета %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="346" />
        <source>Received at %1</source>
        <translation>Получено в %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="365" />
        <source>%1 merged</source>
        <translation>объединено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="368" />
        <source>%1 already here</source>
        <translation>уже были: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="372" />
        <source>%1 quarantined</source>
        <translation>в карантине: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="375" />
        <source>%1 rejected</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="380" />
        <source>Stopped. The bundle being read was not merged; those after it were not read.</source>
        <translation>Остановлено. Пакет, который читался, не объединён; следующие не читались.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="391" />
        <source>Receipt for “%1” written: %2</source>
        <translation>Квитанция для «%1» записана: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="397" />
        <source>No receipt for device %1: %2</source>
        <translation>Нет квитанции для устройства %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="425" />
        <source>%1 person(s) withdrew their consent to sharing. Their records are already left out of every report, list and table; you may also remove them from the archive.</source>
        <translation>Отозвали согласие на передачу: %1. Их записи уже исключены из всех отчётов, списков и таблиц; их можно также удалить из архива.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="447" />
        <source>A reason is needed</source>
        <translation>Нужна причина</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="448" />
        <source>Say why the records are removed: it goes to the custody log.</source>
        <translation>Укажите, почему записи удаляются: это попадёт в журнал хранения.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="458" />
        <source>Remove their records?</source>
        <translation>Удалить их записи?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="459" />
        <source>The records of %1 person(s) who withdrew consent (%2 record(s) in all) will be removed from this archive for good, in one step: all of them, or none if you stop it. Their consent records stay, as proof of the withdrawal.</source>
        <translation>Записи отозвавших согласие (людей: %1; всего записей: %2) будут навсегда удалены из этого архива за один шаг: все сразу или, если вы остановите, ни одна. Записи о согласии остаются как доказательство отзыва.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="468" />
        <source>Reason for the custody log: %1</source>
        <translation>Причина для журнала хранения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="485" />
        <source>%1 record(s) of %2 person(s) removed.</source>
        <translation>Удалено записей: %1 (людей: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="497" />
        <source>Stopped: nobody's records were removed.</source>
        <translation>Остановлено: ничьи записи не удалены.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="515" />
        <source>Removing the records of %1 person(s)…</source>
        <translation>Удаляются записи людей (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="470" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/desk/receive.py" line="471" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="151" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="153" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="156" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="157" />
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="158" />
        <source>Found in</source>
        <translation>Найдено в</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <location filename="../../ui/record_tables.py" line="25" />
        <source>Spreadsheet workbook (XLSX), a sheet per kind</source>
        <translation>Книга Excel (XLSX), лист на каждый вид записей</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="26" />
        <source>CSV files in a new folder, a file per kind</source>
        <translation>Файлы CSV в новой папке, файл на каждый вид записей</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="27" />
        <source>Uwazi import pack (CSV files in a new folder)</source>
        <translation>Пакет для импорта в Uwazi (файлы CSV в новой папке)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="46" />
        <source>Record tables</source>
        <translation>Таблицы записей</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="51" />
        <source>Records as tables for spreadsheets and for an Uwazi database: one table per kind, codes beside their labels. What people did not consent to share is left out and protected identities are masked.</source>
        <translation>Записи в виде таблиц для электронных таблиц и для базы Uwazi: по таблице на каждый вид записей, коды рядом с названиями. То, на передачу чего люди не дали согласия, не выгружается, а личности защищаемых лиц скрыты.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="61" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="76" />
        <source>&amp;Language of the labels</source>
        <translation>&amp;Язык названий</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="80" />
        <source>&amp;Kinds of record</source>
        <translation>&amp;Виды записей</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="93" />
        <source>Which records (as on the statistics page)</source>
        <translation>Какие записи (как на странице статистики)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="104" />
        <source>What the files will hold</source>
        <translation>Что будет в файлах</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="108" />
        <source>Counting what would be written…</source>
        <translation>Подсчёт того, что будет записано…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="122" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Keep them only where needed and delete them after use.</source>
        <translation>Файлы таблиц не зашифрованы: любой, к кому попадёт файл, диск или флешка, прочитает все имена и рассказы в нём. Храните их только там, где они нужны, и удаляйте после использования.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="138" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="140" />
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="208" />
        <source>Tick at least one kind of record.</source>
        <translation>Отметьте хотя бы один вид записей.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="240" />
        <source>Will be written: %1.</source>
        <translation>Будет записано: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="243" />
        <source>No record matches these choices: the file would be empty.</source>
        <translation>Под эти условия не подходит ни одна запись: файл будет пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="246" />
        <source>Left out by consent (%1 records):</source>
        <translation>Не выгружается по согласию (записей: %1):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="250" />
        <location filename="../../ui/record_tables.py" line="256" />
        <source>…and %1 more people.</source>
        <translation>…и ещё людей: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="253" />
        <source>Shown without their name (consent):</source>
        <translation>Показаны без имени (согласие):</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="275" />
        <source>These files are not encrypted</source>
        <translation>Эти файлы не зашифрованы</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="276" />
        <source>Spreadsheet files are not encrypted: anyone who gets the file, the disk or the stick can read every name and account in it. Save them only where they are needed, and delete them after use.</source>
        <translation>Файлы таблиц не зашифрованы: любой, к кому попадёт файл, диск или флешка, прочитает все имена и рассказы в нём. Сохраняйте их только там, где они нужны, и удаляйте после использования.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="280" />
        <source>Choose where…</source>
        <translation>Выбрать, куда…</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="139" />
        <location filename="../../ui/record_tables.py" line="281" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="287" />
        <location filename="../../ui/record_tables.py" line="307" />
        <source>records</source>
        <translation>записи</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="289" />
        <source>Save the workbook</source>
        <translation>Сохранить книгу</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="294" />
        <source>Where to make the new folder</source>
        <translation>Где создать новую папку</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="339" />
        <source>Written (plaintext): %1</source>
        <translation>Записано (в открытом виде): %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="341" />
        <source>Left out by consent: %1 records.</source>
        <translation>Не выгружено по согласию: записей — %1.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tables.py" line="353" />
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/field/settings.py" line="24" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="40" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="43" />
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="48" />
        <source>&amp;Interface language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="51" />
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="57" />
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="58" />
        <source>&amp;Lock after inactivity</source>
        <translation>&amp;Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="59" />
        <source>Ctrl+L locks now. Ctrl+Shift+L or F12 hides everything and locks at once. Text copied from Qorgau is cleared from the clipboard after %1 seconds.</source>
        <translation>Ctrl+L блокирует сразу. Ctrl+Shift+L или F12 мгновенно скрывает всё и блокирует. Текст, скопированный из Qorgau, удаляется из буфера обмена через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="68" />
        <source>Coordinators</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="70" />
        <source>Bundles from this laptop can be sealed to these coordinators, and their receipts are accepted:</source>
        <translation>Пакеты с этого ноутбука можно запечатывать для этих координаторов, и их квитанции принимаются:</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="81" />
        <source>Trust a coordinator…</source>
        <translation>Довериться координатору…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="83" />
        <source>This laptop's identity card…</source>
        <translation>Карточка этого ноутбука…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="85" />
        <source>Remove…</source>
        <translation>Убрать…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="86" />
        <source>Stop sealing bundles to the chosen coordinator (for instance, their archive was lost or seized).</source>
        <translation>Больше не запечатывать пакеты для выбранного координатора (например, если его архив утерян или изъят).</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="99" />
        <source>Count refusals to share in the statistics, anonymised</source>
        <translation>Учитывать отказы от передачи в статистике, обезличенно</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="103" />
        <source>When a person refused sharing but not statistics, only the kind, city, month and methods of their incidents and complaints go to the coordinator: no name, text or date of birth. Turn this on only if your organisation's consent covers it.</source>
        <translation>Если человек отказался от передачи, но не от статистики, координатору уходят только вид, город, месяц и методы его инцидентов и жалоб: без имени, текста и даты рождения. Включайте, только если это покрывает согласие вашей организации.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="117" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="124" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="125" />
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="130" />
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="132" />
        <source>New recovery code…</source>
        <translation>Новый код восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="134" />
        <source>Re-encrypt evidence files…</source>
        <translation>Перешифровать файлы доказательств…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="152" />
        <source>Make them steps…</source>
        <translation>Сделать шагами…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="159" />
        <source>Device: %1 · vault: %2</source>
        <translation>Устройство: %1 · хранилище: %2</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="167" />
        <location filename="../../ui/field/settings.py" line="266" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="169" />
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="204" />
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="207" />
        <source>Changing…</source>
        <translation>Меняем…</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="219" />
        <source>The passphrase was changed and the vault's key replaced. The recovery code still works.</source>
        <translation>Парольная фраза изменена, ключ хранилища заменён. Код восстановления по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="250" />
        <source>Appeals kept as separate complaints: %1.</source>
        <translation>Обжалований, хранящихся как отдельные жалобы: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="259" />
        <source>Older appeal records</source>
        <translation>Старые записи обжалований</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="260" />
        <source>Each appeal becomes a step of the complaint it continues and shows in its legal path: a new version of the complaint, signed by this laptop, and the appeal record is closed with a note saying where it went. The figures stay the same and the old versions stay in the history.</source>
        <translation>Каждое обжалование станет шагом жалобы, которую оно продолжает, и будет видно в её процессуальном пути: новая версия жалобы, подписанная этим ноутбуком, а запись обжалования закрывается с пометкой, куда она перенесена. Цифры не изменятся, старые версии останутся в истории.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="265" />
        <source>Make them steps</source>
        <translation>Сделать шагами</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="273" />
        <source>Done: %1 appeals are now steps of their complaints.</source>
        <translation>Готово: обжалований, ставших шагами жалоб: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="293" />
        <source>None yet: import your coordinator's identity card.</source>
        <translation>Пока нет: импортируйте карточку вашего координатора.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="318" />
        <source>Remove a coordinator</source>
        <translation>Убрать координатора</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="319" />
        <source>Bundles from this laptop will no longer be sealed to this coordinator. Bundles already sent stay readable to them.</source>
        <translation>Пакеты с этого ноутбука больше не будут запечатываться для этого координатора. Уже отправленные пакеты он по-прежнему сможет прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="321" />
        <source>Why? (e.g. their archive laptop was seized)</source>
        <translation>Почему? (например, ноутбук с архивом изъят)</translation>
    </message>
    <message>
        <location filename="../../ui/field/settings.py" line="322" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../../ui/spreadsheets.py" line="29" />
        <source>not yes or no: «%1»</source>
        <translation>не «да» и не «нет»: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="30" />
        <source>not a whole number: «%1»</source>
        <translation>не целое число: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="31" />
        <source>not a date (write 16.03.2024): «%1»</source>
        <translation>не дата (пишите 16.03.2024): «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="32" />
        <source>no such date: «%1»</source>
        <translation>такой даты нет: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="33" />
        <source>not one of the choices: «%1»</source>
        <translation>нет в списке значений: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="34" />
        <source>no such column in the row of names</source>
        <translation>такого столбца нет в строке названий</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="50" />
        <source>Import from a spreadsheet</source>
        <translation>Импорт из таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="65" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="69" />
        <location filename="../../ui/spreadsheets.py" line="170" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="71" />
        <location filename="../../ui/spreadsheets.py" line="147" />
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="85" />
        <source>Records kept in Excel, in a CSV file or in a KoBo/ODK export come in here without retyping. Each row becomes one record, signed by this vault. Nothing is written until you have seen every problem and every guess.</source>
        <translation>Записи из Excel, CSV-файла или выгрузки KoBo/ODK переносятся сюда без перепечатывания. Каждая строка становится одной записью, подписанной этим хранилищем. Ничего не записывается, пока вы не увидите все ошибки и все догадки.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="93" />
        <source>A .xlsx or .csv file</source>
        <translation>Файл .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="94" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="98" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="102" />
        <source>Each row is a</source>
        <translation>Каждая строка — это</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="105" />
        <source>find it</source>
        <translation>определить</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="106" />
        <source>Row with the column names</source>
        <translation>Строка с названиями столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="117" />
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="118" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="146" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="163" />
        <source>Choose the spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="198" />
        <source>Choose the file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="213" />
        <source>Row %1 holds the column names. Say which field each column fills; columns named like a field are matched already. Leave the others out.</source>
        <translation>В строке %1 — названия столбцов. Укажите, какое поле заполняет каждый столбец; столбцы, названные как поле, уже сопоставлены. Остальные не импортируются.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="228" />
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="261" />
        <source>%1 rows can be read; %2 cells cannot. Nothing will be imported until every cell below is corrected in the file (or its column left out).</source>
        <translation>Читается строк: %1; не читается ячеек: %2. Ничего не будет импортировано, пока каждая ячейка ниже не исправлена в файле (или её столбец не исключён).</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="266" />
        <source>All %1 rows can be imported. Check the guesses and the people who may already be recorded, then import.</source>
        <translation>Все строки (%1) можно импортировать. Проверьте догадки и людей, которые, возможно, уже записаны, затем импортируйте.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="270" />
        <source>Row %1, column «%2»: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="274" />
        <source>Row %1, column «%2»: «%3» read as «%4» — check it</source>
        <translation>Строка %1, столбец «%2»: «%3» прочитано как «%4» — проверьте</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="279" />
        <source>Row %1 may be a person this vault already holds (score %2)</source>
        <translation>Строка %1 — возможно, человек, который уже есть в хранилище (совпадение %2)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="284" />
        <source>Columns not imported: %1</source>
        <translation>Не импортируемые столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="306" />
        <source>Imported %1 records from %2. Each is signed by this vault; the audit log names the file and its fingerprint.</source>
        <translation>Импортировано %1 записей из %2. Каждая подписана этим хранилищем; журнал аудита называет файл и его отпечаток.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets.py" line="313" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../ui/desk/figures.py" line="59" />
        <source>Complaints by status and city</source>
        <translation>Жалобы по статусу и городу</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="60" />
        <source>Complaints by month filed</source>
        <translation>Жалобы по месяцу подачи</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="61" />
        <source>Complaints by facility</source>
        <translation>Жалобы по учреждению</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="62" />
        <source>Closed complaints by city</source>
        <translation>Закрытые жалобы по городам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="63" />
        <source>Complaints closed for lack of evidence, by city</source>
        <translation>Жалобы, закрытые за отсутствием доказательств, по городам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="66" />
        <source>Victims who are women or minors, by city</source>
        <translation>Пострадавшие — женщины и несовершеннолетние, по городам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="67" />
        <source>Methods of torture and ill-treatment</source>
        <translation>Методы пыток и жестокого обращения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="68" />
        <source>Methods by city</source>
        <translation>Методы по городам</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="80" />
        <source>A complaint counts under every facility its case names (in a detention or an incident): rows may add up to more than the total.</source>
        <translation>Жалоба учитывается по каждому учреждению, указанному в её деле (в задержании или инциденте): сумма строк может превышать итог.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="71" />
        <source>First complaints (appeals, later steps and drafts left out), by the status their legal path gives them; city: the complaint's, else its case's. The chart groups the statuses by outcome.</source>
        <translation>Первичные жалобы (без обжалований, последующих шагов и черновиков) по статусу, который даёт им их процессуальный путь; город — жалобы, иначе дела. На диаграмме статусы сгруппированы по исходу.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="77" />
        <source>First complaints by the month they were filed, with their outcome.</source>
        <translation>Первичные жалобы по месяцу подачи, с их исходом.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="85" />
        <source>Closed: registration refused, closed (no crime, no evidence) or amnesty. Percentages of first complaints.</source>
        <translation>Прекращено: отказ в регистрации, прекращение (нет состава, нет доказательств) или амнистия. Проценты от первичных жалоб.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="90" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence. The chart shows the share of first complaints.</source>
        <translation>Прекращено за недоказанностью: за отсутствием состава или доказательств. Диаграмма показывает долю от первичных жалоб.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="95" />
        <source>Victims: people named as victims of a case or of one of its incidents, each counted once per city; city and date: the case's.</source>
        <translation>Пострадавшие: люди, указанные пострадавшими по делу или по одному из его инцидентов, каждый учтён один раз на город; город и дата — дела.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="100" />
        <source>Incidents naming each method; percentages of the incidents with at least one method recorded.</source>
        <translation>Инциденты с каждым методом; проценты от инцидентов, где записан хотя бы один метод.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="105" />
        <source>Incidents naming each method, by the incident's city (else its case's).</source>
        <translation>Инциденты с каждым методом по городу инцидента (иначе дела).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="108" />
        <source>First complaints by the year filed and the region of their city.</source>
        <translation>Первичные жалобы по году подачи и региону их города.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="111" />
        <source>Closed for lack of evidence: closed for absence of a crime or of evidence, by region. The chart shows the share of first complaints.</source>
        <translation>Прекращено за недоказанностью: за отсутствием состава или доказательств, по регионам. Диаграмма показывает долю от первичных жалоб.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="116" />
        <source>How many first complaints reached each stage, as shown by any status on their legal path: registration, a suspect, victim status, court, conviction.</source>
        <translation>Сколько первичных жалоб дошло до каждого этапа по любому статусу на их пути: регистрация, подозреваемый, статус потерпевшего, суд, приговор.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="121" />
        <source>Every submission once: first complaints, and appeals and UN communications as steps of the complaint they continue.</source>
        <translation>Каждое обращение один раз: первичные жалобы, а обжалования и сообщения в ООН — как шаги жалобы, которую они продолжают.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="126" />
        <source>Deaths in custody by region, with the autopsy and the investigation.</source>
        <translation>Смерти под стражей по регионам, со вскрытием и расследованием.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="129" />
        <source>Reprisals against victims, relatives and defenders, by kind and outcome.</source>
        <translation>Месть и давление в отношении пострадавших, родственников и правозащитников по виду и исходу.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="132" />
        <source>Detention episodes by the hours held before registration, against the legal limit of 48 hours (24 for a minor).</source>
        <translation>Задержания по часам содержания до оформления, в сравнении с законным сроком 48 часов (24 для несовершеннолетнего).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="137" />
        <source>Each perpetrator named in an incident, by agency and involvement.</source>
        <translation>Каждый предполагаемый исполнитель, названный в инциденте, по ведомству и роли.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="140" />
        <source>Each victim once: women, minors, foreign nationals, activists and age at the time of their first case.</source>
        <translation>Каждый пострадавший один раз: женщины, несовершеннолетние, иностранцы, активисты и возраст на время первого дела.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="145" />
        <source>Incidents naming at least one method of each group, e.g. every form of sexual violence together.</source>
        <translation>Инциденты, в которых назван хотя бы один метод группы, например все формы сексуального насилия вместе.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="152" />
        <source>City code</source>
        <translation>Код города</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="153" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="154" />
        <source>Month code</source>
        <translation>Код месяца</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="155" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="156" />
        <source>Facility id</source>
        <translation>ID учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="157" />
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="158" />
        <source>Method code</source>
        <translation>Код метода</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="159" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="160" />
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="161" />
        <source>Not filed</source>
        <translation>Не подана</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="162" />
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="163" />
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="164" />
        <source>Sent to court</source>
        <translation>Направлена в суд</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="165" />
        <source>Other outcome</source>
        <translation>Иной результат</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="166" />
        <source>Status not recorded</source>
        <translation>Статус не записан</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="167" />
        <source>Closed (%)</source>
        <translation>Закрыто (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="168" />
        <source>Closed for lack of evidence</source>
        <translation>Закрыто за отсутствием доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="169" />
        <source>Lack of evidence (% of complaints)</source>
        <translation>Нет доказательств (% жалоб)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="172" />
        <source>Lack of evidence (% of closed)</source>
        <translation>Нет доказательств (% закрытых)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="175" />
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="176" />
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="177" />
        <source>Women (%)</source>
        <translation>Женщины (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="178" />
        <source>Minors</source>
        <translation>Несовершеннолетние</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="179" />
        <source>Minors (%)</source>
        <translation>Несовершеннолетние (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="180" />
        <source>Women who were minors</source>
        <translation>Несовершеннолетние девушки</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="181" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="182" />
        <source>Incidents (%)</source>
        <translation>Инциденты (%)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="183" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="184" />
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="185" />
        <source>Month not recorded</source>
        <translation>Месяц не записан</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="186" />
        <source>No facility recorded</source>
        <translation>Учреждение не записано</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="187" />
        <source>Unknown facility</source>
        <translation>Неизвестное учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="188" />
        <source>Incidents with methods recorded</source>
        <translation>Инциденты с записанными методами</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="315" />
        <source>Nothing to count with these filters.</source>
        <translation>С такими фильтрами считать нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="423" />
        <source>The %1 largest are drawn; the table below has all %2.</source>
        <translation>Показаны %1 крупнейших; в таблице ниже — все %2.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="523" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="524" />
        <source>Figures over every record in the archive: first complaints and their legal path by region, city, month and facility, deaths in custody, reprisals, who the victims are, methods. The table under each chart holds its numbers; export it as CSV for a submission.</source>
        <translation>Цифры по всем записям архива: первичные жалобы и их путь по регионам, городам, месяцам и учреждениям, смерти под стражей, месть и давление, кто пострадавшие, методы. Таблица под каждой диаграммой содержит её числа; выгрузите её в CSV для обращения.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="35" />
        <source>from DD.MM.YYYY</source>
        <translation>с ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="37" />
        <source>to DD.MM.YYYY</source>
        <translation>по ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="41" />
        <source>Every city</source>
        <translation>Все города</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="40" />
        <source>Every region</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="48" />
        <source>e.g. January 2022</source>
        <translation>напр. Январь 2022</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="43" />
        <source>Every facility</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="49" />
        <source>&amp;Dates</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="51" />
        <source>&amp;Tag</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="539" />
        <source>&amp;Count</source>
        <translation>&amp;Посчитать</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="573" />
        <source>Export this table as &amp;CSV…</source>
        <translation>Выгрузить эту таблицу в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="574" />
        <source>Export &amp;all tables as CSV…</source>
        <translation>Выгрузить &amp;все таблицы в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="617" />
        <source>Counting…</source>
        <translation>Считаем…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="682" />
        <source>The figures include %1 entries anonymised for statistics: cases of people who did not consent to sharing, counted with no name, text or date of birth.</source>
        <translation>В цифры входят обезличенные записи для статистики: %1 — дела людей, не давших согласия на передачу, учтённые без имени, текста и даты рождения.</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="142" />
        <source>dates %1 to %2</source>
        <translation>даты с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="151" />
        <source>Filters: %1.</source>
        <translation>Фильтры: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="704" />
        <source>CSV files are not encrypted</source>
        <translation>Файлы CSV не зашифрованы</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="705" />
        <source>A CSV file is plaintext: anyone who gets the file or the disk can read it. The figures name no person, but facility names and small numbers can still point to someone. Save it only where it is needed, and delete it after use.</source>
        <translation>Файл CSV хранится в открытом виде: его сможет прочитать любой, к кому попадёт файл или диск. В цифрах нет имён, но названия учреждений и малые числа всё же могут указать на человека. Сохраняйте его только там, где он нужен, и удалите после использования.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="712" />
        <source>Choose where…</source>
        <translation>Выбрать место…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="713" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="721" />
        <source>Folder for the CSV files</source>
        <translation>Папка для файлов CSV</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="728" />
        <source>Save the table as CSV</source>
        <translation>Сохранить таблицу в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="745" />
        <source>Writing CSV…</source>
        <translation>Записываем CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/figures.py" line="749" />
        <source>Written (plaintext): %1</source>
        <translation>Записано (в открытом виде): %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="92" />
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="107" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="112" />
        <source>Show what I type</source>
        <translation>Показывать вводимое</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123" />
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="132" />
        <source>Forgot it? Use the recovery code</source>
        <translation>Забыли? Используйте код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139" />
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="142" />
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156" />
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The recovery code keeps working afterwards.</source>
        <translation>Введите код восстановления, записанный при создании хранилища, и выберите новую парольную фразу. Код восстановления продолжит действовать.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="165" />
        <source>Recovery &amp;code</source>
        <translation>&amp;Код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="166" />
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167" />
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="176" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="178" />
        <source>Open with the recovery code</source>
        <translation>Открыть кодом восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="211" />
        <source>Unlocking…</source>
        <translation>Разблокируем…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221" />
        <source>The two new passphrases are not the same.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="226" />
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="238" />
        <source>Still opening. The first opening after an update prepares a large archive once and can take several minutes; please wait and do not close Qorgau.</source>
        <translation>Хранилище всё ещё открывается. При первом открытии после обновления большой архив один раз подготавливается, это может занять несколько минут; пожалуйста, подождите и не закрывайте Qorgau.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="258" />
        <source>That passphrase does not open this vault. Nothing has changed. Check the keyboard layout (Russian, Kazakh or English) and Caps Lock, then try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Ничего не изменилось. Проверьте раскладку клавиатуры (русская, казахская или английская) и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264" />
        <source>That recovery code does not open this vault. Check each group of four and try again.</source>
        <translation>Этот код восстановления не открывает хранилище. Проверьте каждую группу из четырёх знаков и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../ui/field/evidence.py" line="290" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="291" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="292" />
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="298" />
        <source>Export original…</source>
        <translation>Выгрузить оригинал…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="302" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="312" />
        <source>taken %1</source>
        <translation>снято %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="314" />
        <source>the original holds a GPS position; this copy does not</source>
        <translation>в оригинале есть GPS-координаты, в этой копии — нет</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="316" />
        <source>shown: a copy without metadata</source>
        <translation>показана копия без метаданных</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="328" />
        <source>No preview for this kind of file. Export the original to open it elsewhere.</source>
        <translation>Для этого типа файлов нет просмотра. Выгрузите оригинал, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>Export the original?</source>
        <translation>Выгрузить оригинал?</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="334" />
        <source>This writes the original file, NOT encrypted and with all its metadata (GPS position, time, camera), to the place you choose. Anyone who can read that disk or stick can read it. The export is recorded in the custody log. To send evidence to the coordinator, use a sealed bundle instead.</source>
        <translation>Оригинальный файл будет записан в выбранное место НЕЗАШИФРОВАННЫМ и со всеми метаданными (GPS-координаты, время, камера). Его сможет прочитать любой, у кого есть доступ к этому диску или флешке. Выгрузка отмечается в журнале хранения. Чтобы отправить доказательства координатору, используйте запечатанный пакет.</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="339" />
        <source>Export unencrypted</source>
        <translation>Выгрузить без шифрования</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="340" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="344" />
        <source>Export original</source>
        <translation>Выгрузка оригинала</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="352" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="353" />
        <source>The original was written to %1 (%2), unencrypted.</source>
        <translation>Оригинал записан в %1 (%2) без шифрования.</translation>
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
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65" />
        <source>This vault (%1) is already open in another Qorgau window or command. Close it there, or wait for it to finish, then try again.</source>
        <translation>Это хранилище (%1) уже открыто в другом окне или команде Qorgau. Закройте его там или дождитесь окончания работы, затем попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="85" />
        <source>The passphrase or recovery code is not right. Nothing was changed.</source>
        <translation>Парольная фраза или код восстановления неверны. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>The computer could not complete this:</source>
        <translation>Компьютер не смог выполнить действие:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>A check of the vault failed:</source>
        <translation>Проверка хранилища не пройдена:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88" />
        <location filename="../../ui/dialogs.py" line="97" />
        <source>This cannot be saved as it is:</source>
        <translation>В таком виде это нельзя сохранить:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>Not found:</source>
        <translation>Не найдено:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="105" />
        <source>The computer could not read or write a file:</source>
        <translation>Компьютер не смог прочитать или записать файл:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="107" />
        <source>Something went wrong inside Qorgau. Your records already saved are safe. If this keeps happening, lock the vault, restart Qorgau and tell your coordinator what you were doing.</source>
        <translation>Внутри Qorgau произошёл сбой. Уже сохранённые записи в безопасности. Если это повторяется, заблокируйте хранилище, перезапустите Qorgau и расскажите координатору, что вы делали.</translation>
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
        <translation>Добавление доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="50" />
        <source>Sealing %1 files into the vault…</source>
        <translation>Запечатываем файлы в хранилище: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="52" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="69" />
        <source>Some files were not added</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="70" />
        <source>These files could not be added:</source>
        <translation>Не удалось добавить эти файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/field/evidence.py" line="78" />
        <source>Sealing file %1 of %2 into the vault…</source>
        <translation>Запечатываем файл %1 из %2 в хранилище…</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Protected identity</source>
        <translation>Защищённая личность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Reprisal risk</source>
        <translation>Риск мести</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <location filename="../../ui/labels.py" line="71" />
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <location filename="../../ui/labels.py" line="72" />
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Protected</source>
        <translation>Защищён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>No contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Under 18</source>
        <translation>До 18</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/field/forms.py" line="86" />
        <source>DD.MM.YYYY (or MM.YYYY, YYYY)</source>
        <translation>ДД.ММ.ГГГГ (или ММ.ГГГГ, ГГГГ)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="90" />
        <source>Choose on a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="142" />
        <source>DD.MM.YYYY HH:MM</source>
        <translation>ДД.ММ.ГГГГ ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="223" />
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="293" />
        <source>(nothing to choose from yet)</source>
        <translation>(пока не из чего выбрать)</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="356" />
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="537" />
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="538" />
        <source>Create it here: %1</source>
        <translation>Создать здесь: %1</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="367" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="428" />
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="429" />
        <source>Safeguards</source>
        <translation>Гарантии</translation>
    </message>
    <message>
        <location filename="../../ui/field/forms.py" line="442" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../ui/schema_strings.py" line="9" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="10" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="11" />
        <source>In any script.</source>
        <translation>На любом алфавите.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="12" />
        <source>Other names and spellings</source>
        <translation>Другие имена и написания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="13" />
        <source>Transliterations, former names, nicknames.</source>
        <translation>Транслитерации, прежние имена, прозвища.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="14" />
        <source>Pseudonym or code</source>
        <translation>Псевдоним или код</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="15" />
        <source>Shown instead of the name when the identity is protected, e.g. 'A-17'.</source>
        <translation>Показывается вместо имени, когда личность защищена, например «A-17».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="16" />
        <source>Protected identity</source>
        <translation>Защищённая личность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="17" />
        <source>Hide the real identity from lists, titles and search.</source>
        <translation>Скрывать настоящую личность в списках, заголовках и поиске.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="18" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="19" />
        <source>If only the month or the year is known, give just that.</source>
        <translation>Если известен только месяц или год, укажите только его.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="20" />
        <source>Age at the time of events</source>
        <translation>Возраст на момент событий</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="21" />
        <source>When the date of birth is not known.</source>
        <translation>Если дата рождения неизвестна.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="22" />
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="23" />
        <source>Nationality or ethnicity</source>
        <translation>Гражданство или национальность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="24" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="25" />
        <source>City of residence</source>
        <translation>Город проживания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="26" />
        <source>Minor at the time of events</source>
        <translation>Несовершеннолетний на момент событий</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="27" />
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="28" />
        <source>Disability details</source>
        <translation>Сведения об инвалидности</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="29" />
        <source>Health conditions</source>
        <translation>Состояние здоровья</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="30" />
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="31" />
        <source>Phone, address, messenger. Anyone who seizes this laptop can read it.</source>
        <translation>Телефон, адрес, мессенджер. Любой, кто изымет этот ноутбук, сможет это прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="32" />
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="33" />
        <source>Contacting this person directly could endanger them.</source>
        <translation>Прямая связь с этим человеком может подвергнуть его опасности.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="34" />
        <source>Risk of reprisal</source>
        <translation>Риск мести</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="35" />
        <source>Reprisals and pressure</source>
        <translation>Месть и давление</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="36" />
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="37" />
        <source>Role notes</source>
        <translation>Примечания о роли</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="38" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="39" />
        <source>Same person as</source>
        <translation>Тот же человек, что и</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="40" />
        <source>Records of this person made on other devices, linked by a coordinator.</source>
        <translation>Записи об этом человеке с других устройств, связанные координатором.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="41" />
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="42" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="43" />
        <source>Unit or service</source>
        <translation>Подразделение или служба</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="44" />
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="45" />
        <source>For an alleged perpetrator: the service they belong to.</source>
        <translation>Для предполагаемого исполнителя: служба, в которой он работает.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="46" />
        <source>Foreign national or stateless</source>
        <translation>Иностранец или лицо без гражданства</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="47" />
        <source>Activist, journalist or human rights defender</source>
        <translation>Активист, журналист или правозащитник</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="48" />
        <source>Would be recognised by sight</source>
        <translation>Может быть опознан в лицо</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="49" />
        <source>Physical description</source>
        <translation>Внешние приметы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="50" />
        <source>Appearance, clothing, distinguishing marks.</source>
        <translation>Внешность, одежда, особые приметы.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="51" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="52" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="53" />
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="54" />
        <source>Short code, e.g. 'TRZ-2022-031'.</source>
        <translation>Короткий код, например «TRZ-2022-031».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="55" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="56" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="57" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="58" />
        <source>Region (oblast)</source>
        <translation>Регион (область)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="59" />
        <source>Left empty, the region is that of the city.</source>
        <translation>Если не указан, регион определяется по городу.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="60" />
        <source>District or locality</source>
        <translation>Район или населённый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="61" />
        <source>As written, e.g. 'Talas district'.</source>
        <translation>Как написано, напр. «Таласский район».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="68" />
        <source>Events and themes the case belongs to, e.g. 'January 2022': statistics can be filtered by a tag.</source>
        <translation>События и темы дела, напр. «Январь 2022»: статистику можно отобрать по метке.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="75" />
        <source>e.g. 'ЕС-164/1'.</source>
        <translation>например, «ЕС-164/1».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="90" />
        <source>e.g. 'ЕС-164/1', '155/18'.</source>
        <translation>например, «ЕС-164/1», «155/18».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="92" />
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="62" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="63" />
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="64" />
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="65" />
        <source>Victims</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="66" />
        <source>Case worker</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="67" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="69" />
        <source>Detention episode</source>
        <translation>Эпизод задержания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="70" />
        <source>Detained person</source>
        <translation>Задержанный</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="71" />
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="72" />
        <source>Facility name</source>
        <translation>Название учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="73" />
        <source>If not in the facility register.</source>
        <translation>Если его нет в реестре учреждений.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="74" />
        <source>Facility code</source>
        <translation>Код учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="76" />
        <source>Detaining authority</source>
        <translation>Задержавший орган</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="77" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="78" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="79" />
        <source>Hours held before registration</source>
        <translation>Часов до регистрации задержания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="80" />
        <source>The law allows 48 hours for adults, 24 for minors.</source>
        <translation>Закон допускает 48 часов для взрослых и 24 часа для несовершеннолетних.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="81" />
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="82" />
        <source>Access to family</source>
        <translation>Доступ к семье</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="83" />
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="84" />
        <source>Criminal Code articles, e.g. '272-2' (part 2 of article 272).</source>
        <translation>Статьи Уголовного кодекса, например «272-2» (часть 2 статьи 272).</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="85" />
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="86" />
        <source>Place of detention</source>
        <translation>Место содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="87" />
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="88" />
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="89" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="91" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="93" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="94" />
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="95" />
        <source>The body in charge of the facility.</source>
        <translation>Орган, в ведении которого находится учреждение.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="96" />
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="97" />
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="98" />
        <source>Interviewee</source>
        <translation>Опрошенный</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="99" />
        <source>Relation to the victim</source>
        <translation>Отношение к пострадавшему</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="100" />
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="101" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="102" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="103" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="104" />
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="105" />
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="106" />
        <source>Documentation by the organisation</source>
        <translation>Документирование организацией</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="107" />
        <source>Sharing with the coalition coordinator</source>
        <translation>Передача координатору коалиции</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="108" />
        <source>Submission to authorities and UN bodies</source>
        <translation>Направление в госорганы и органы ООН</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="109" />
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="111" />
        <source>Medical records</source>
        <translation>Медицинские документы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="112" />
        <source>Anonymous statistics</source>
        <translation>Анонимная статистика</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="113" />
        <source>Consent notes</source>
        <translation>Примечания о согласии</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="114" />
        <source>Limits the interviewee set.</source>
        <translation>Ограничения, которые поставил опрошенный.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="115" />
        <source>Account</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="116" />
        <source>In the interviewee's own words.</source>
        <translation>Своими словами опрошенного.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="117" />
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="118" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="119" />
        <source>The first day, when the incident lasted several.</source>
        <translation>Первый день, если инцидент длился несколько дней.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="120" />
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="121" />
        <source>For an incident over several days.</source>
        <translation>Для инцидента, длившегося несколько дней.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="122" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="123" />
        <source>As remembered, e.g. '23:00' or 'night'.</source>
        <translation>Как запомнилось, например «23:00» или «ночью».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="124" />
        <source>Sequence of events</source>
        <translation>Ход событий</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="125" />
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="126" />
        <source>Other methods</source>
        <translation>Другие методы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="127" />
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые исполнители</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="128" />
        <source>Unidentified perpetrators</source>
        <translation>Неустановленные исполнители</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="129" />
        <source>Perpetrators' agency and involvement</source>
        <translation>Ведомство и роль предполагаемых исполнителей</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="130" />
        <source>Empty for someone not identified.</source>
        <translation>Пусто, если личность не установлена.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="131" />
        <source>Involvement</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="133" />
        <source>Rank, unit, how recognised.</source>
        <translation>Звание, подразделение, как узнали.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="134" />
        <source>Acts against each victim</source>
        <translation>Действия против каждого пострадавшего</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="135" />
        <source>When victims suffered different acts: the methods used on each.</source>
        <translation>Когда к пострадавшим применяли разное: методы против каждого.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="136" />
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="137" />
        <source>What was done</source>
        <translation>Что было сделано</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="138" />
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="139" />
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="140" />
        <source>Account given by</source>
        <translation>Со слов</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="141" />
        <source>Whose account the narrative is taken from: their consent governs it.</source>
        <translation>Чей рассказ лёг в основу описания: решает согласие этого человека.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="142" />
        <source>Medical examination (Istanbul Protocol)</source>
        <translation>Медицинское освидетельствование (Стамбульский протокол)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="143" />
        <source>Examined person</source>
        <translation>Освидетельствуемый</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="144" />
        <source>Examiner</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="145" />
        <source>Qualifications</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="146" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="147" />
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="148" />
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="149" />
        <source>Type of institution</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="150" />
        <source>Everyone present</source>
        <translation>Все присутствующие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="151" />
        <source>Name and role of each person present, interpreter included.</source>
        <translation>Имя и роль каждого присутствующего, включая переводчика.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="152" />
        <source>Police or officials present</source>
        <translation>Присутствовали полиция или должностные лица</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="153" />
        <source>Time limits and constraints</source>
        <translation>Ограничения по времени и иные ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="154" />
        <source>Consent to the evaluation</source>
        <translation>Согласие на освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="155" />
        <source>Consent to photographs</source>
        <translation>Согласие на фотосъёмку</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="156" />
        <source>Limits the person set; whether they were told they may stop at any time.</source>
        <translation>Ограничения, поставленные человеком; сказали ли ему, что он может прекратить в любой момент.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="157" />
        <source>Gender of clinician</source>
        <translation>Пол врача</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="158" />
        <source>Gender of interpreter</source>
        <translation>Пол переводчика</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="159" />
        <source>Allegations</source>
        <translation>Утверждения (со слов)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="160" />
        <source>Methods and sequence, as told.</source>
        <translation>Методы и последовательность, как рассказано.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="161" />
        <source>Alleged methods</source>
        <translation>Методы (со слов)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="162" />
        <source>Symptoms</source>
        <translation>Симптомы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="163" />
        <source>Acute and chronic, and how they healed.</source>
        <translation>Острые и хронические, и как они заживали.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="164" />
        <source>History before the events</source>
        <translation>Анамнез до событий</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="165" />
        <source>History after the events</source>
        <translation>Анамнез после событий</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="166" />
        <source>Physical findings</source>
        <translation>Результаты физического осмотра</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="167" />
        <source>Region by region; lesions are recorded separately.</source>
        <translation>По областям тела; повреждения записываются отдельно.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="168" />
        <source>Diagnostic tests</source>
        <translation>Диагностические исследования</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="169" />
        <source>Psychological evaluation</source>
        <translation>Психологическая оценка</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="170" />
        <source>Interpretation of findings</source>
        <translation>Интерпретация результатов</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="171" />
        <source>Overall consistency</source>
        <translation>Общая согласованность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="172" />
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="173" />
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="174" />
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="175" />
        <source>Attestation</source>
        <translation>Заверение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="176" />
        <source>Clinician's name</source>
        <translation>Имя врача</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="177" />
        <source>Statement of truthfulness</source>
        <translation>Заявление о достоверности</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="178" />
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="179" />
        <source>Lesion</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="180" />
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="181" />
        <source>Marker</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="182" />
        <source>Label on the body diagram, e.g. 'L3'.</source>
        <translation>Подпись на схеме тела, например «L3».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="183" />
        <source>Body region</source>
        <translation>Область тела</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="184" />
        <source>Diagram view</source>
        <translation>Вид на схеме</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="185" />
        <source>Position across (‰ of width)</source>
        <translation>Положение по горизонтали (‰ ширины)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="186" />
        <source>Position down (‰ of height)</source>
        <translation>Положение по вертикали (‰ высоты)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="187" />
        <source>Length (mm)</source>
        <translation>Длина (мм)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="188" />
        <source>Width (mm)</source>
        <translation>Ширина (мм)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="189" />
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="190" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="191" />
        <source>Estimated age</source>
        <translation>Предполагаемая давность</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="192" />
        <source>Consistency with the allegations</source>
        <translation>Соответствие утверждениям</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="193" />
        <source>Attributed to methods</source>
        <translation>Связано с методами</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="257" />
        <source>Provided by</source>
        <translation>Предоставил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="258" />
        <source>The person who gave this file: their consent governs it.</source>
        <translation>Кто передал этот файл: решает согласие этого человека.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="259" />
        <source>Death in custody</source>
        <translation>Смерть под стражей</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="260" />
        <source>Person who died</source>
        <translation>Умерший</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="261" />
        <source>Date of death</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="262" />
        <source>In the custody of</source>
        <translation>Под стражей у</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="263" />
        <source>Official cause of death</source>
        <translation>Официальная причина смерти</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="264" />
        <source>As the authorities gave it, e.g. 'cardiac failure'.</source>
        <translation>Как её назвали власти, напр. «сердечная недостаточность».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="265" />
        <source>Official account</source>
        <translation>Официальная версия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="266" />
        <source>The family's account</source>
        <translation>Версия семьи</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="267" />
        <source>The family disputes the official cause</source>
        <translation>Семья оспаривает официальную причину</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="268" />
        <source>Marks seen on the body</source>
        <translation>Следы на теле</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="269" />
        <source>Autopsy performed</source>
        <translation>Проведено вскрытие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="270" />
        <source>Autopsy performed by</source>
        <translation>Кто проводил вскрытие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="271" />
        <source>Autopsy findings</source>
        <translation>Результаты вскрытия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="272" />
        <source>Independent autopsy</source>
        <translation>Независимое вскрытие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="273" />
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="274" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="275" />
        <source>Reprisal</source>
        <translation>Месть или давление</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="276" />
        <source>Kind of reprisal</source>
        <translation>Вид мести или давления</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="277" />
        <source>Against</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="278" />
        <source>Role of the person targeted</source>
        <translation>Роль человека, подвергшегося давлению</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="279" />
        <source>By whom</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="280" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="281" />
        <source>Case or lawsuit number</source>
        <translation>Номер дела или иска</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="282" />
        <source>Claimant or accuser</source>
        <translation>Истец или обвинитель</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="283" />
        <source>For a lawsuit or a charge: who brought it.</source>
        <translation>Для иска или обвинения: кто его инициировал.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="284" />
        <source>Outcome as of</source>
        <translation>Исход на дату</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="285" />
        <source>Complaint it answers</source>
        <translation>Жалоба, в ответ на которую</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="286" />
        <source>State forensic examination</source>
        <translation>Судебно-медицинская экспертиза</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="287" />
        <source>Ordered by</source>
        <translation>Кем назначена</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="288" />
        <source>Investigator, body and date of the order.</source>
        <translation>Следователь, орган и дата постановления.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="289" />
        <source>Ordered on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="290" />
        <source>Conclusion number</source>
        <translation>Номер заключения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="291" />
        <source>Performed by</source>
        <translation>Кто провёл</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="292" />
        <source>Forensic centre and expert.</source>
        <translation>Центр судебных экспертиз и эксперт.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="293" />
        <source>Performed on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="294" />
        <source>Days between the injuries and the examination</source>
        <translation>Дней между травмами и экспертизой</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="295" />
        <source>Injuries found</source>
        <translation>Обнаруженные повреждения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="296" />
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="297" />
        <source>Harm to health</source>
        <translation>Вред здоровью</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="298" />
        <source>The person or family saw the conclusion</source>
        <translation>Человек или семья видели заключение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="299" />
        <source>Independent examination</source>
        <translation>Независимое освидетельствование</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="300" />
        <source>The Istanbul Protocol examination to set beside it.</source>
        <translation>Освидетельствование по Стамбульскому протоколу для сравнения.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="301" />
        <source>Discrepancies with the independent examination</source>
        <translation>Расхождения с независимым освидетельствованием</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="302" />
        <source>Given or changed on</source>
        <translation>Дано или изменено</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="303" />
        <source>Recorded by</source>
        <translation>Записал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="304" />
        <source>Anonymised for statistics</source>
        <translation>Обезличено для статистики</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="305" />
        <source>Counts as</source>
        <translation>Учитывается как</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="306" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="132" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="110" />
        <source>Photographs</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="194" />
        <source>Complaint or legal step</source>
        <translation>Жалоба или правовое действие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="195" />
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="196" />
        <source>Office or official</source>
        <translation>Орган или должностное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="197" />
        <source>e.g. 'Prosecutor's office of Taraz'.</source>
        <translation>например, «Прокуратура г. Тараз».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="198" />
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="199" />
        <source>Filed by</source>
        <translation>Кем подана</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="200" />
        <source>Reference number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="201" />
        <source>Registration number (ERDR)</source>
        <translation>Номер регистрации (ЕРДР)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="202" />
        <source>Registered under article</source>
        <translation>Зарегистрировано по статье</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="203" />
        <source>e.g. '146-2'.</source>
        <translation>например, «146-2».</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="204" />
        <source>Status as of</source>
        <translation>Статус на дату</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="207" />
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="218" />
        <source>Reprisals that followed</source>
        <translation>Последовавшие месть и давление</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="220" />
        <source>NPM visit</source>
        <translation>Посещение НПМ</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="221" />
        <source>Started at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="222" />
        <source>Ended at</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="223" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="224" />
        <source>Announced in advance</source>
        <translation>Объявлен заранее</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="225" />
        <source>Obstruction</source>
        <translation>Препятствия</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="226" />
        <source>Access refused or delayed, detainees moved before the visit, ...</source>
        <translation>Отказ в доступе или задержка, перевод задержанных перед посещением и т. п.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="227" />
        <source>Areas visited</source>
        <translation>Осмотренные помещения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="228" />
        <source>Detainees present</source>
        <translation>Число содержащихся</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="229" />
        <source>Registers checked</source>
        <translation>Проверенные журналы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="230" />
        <source>Conditions and safeguards</source>
        <translation>Условия и гарантии</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="231" />
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="232" />
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="206" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="205" />
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="208" />
        <source>A suspect was identified</source>
        <translation>Установлен подозреваемый</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="209" />
        <source>Recognised as a victim in the proceedings</source>
        <translation>Признан потерпевшим по делу</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="210" />
        <source>Legal path</source>
        <translation>Процессуальный путь</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="211" />
        <source>Every step that followed this complaint: registration or refusal, decisions, appeals, court, UN communications, compensation.</source>
        <translation>Каждый шаг после этой жалобы: регистрация или отказ, решения, обжалования, суд, сообщения в ООН, компенсация.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="212" />
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="213" />
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="214" />
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="215" />
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="216" />
        <source>Appeal against (older records)</source>
        <translation>Обжалование чего (старые записи)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="217" />
        <source>Older records kept appeals as separate complaints; new appeals are steps of the legal path.</source>
        <translation>В старых записях обжалования хранились как отдельные жалобы; новые обжалования — шаги процессуального пути.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="219" />
        <source>Filed on behalf of</source>
        <translation>Подана от имени</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="233" />
        <source>Incidents and allegations heard</source>
        <translation>Услышанные сообщения и утверждения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="234" />
        <source>Private interviews</source>
        <translation>Конфиденциальные беседы</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="235" />
        <source>Detainee code</source>
        <translation>Код задержанного</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="236" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="237" />
        <source>Fear of reprisal</source>
        <translation>Опасается мести</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="238" />
        <source>Re-check at the next visit</source>
        <translation>Проверить при следующем посещении</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="239" />
        <source>Findings</source>
        <translation>Выводы посещения</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="240" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="241" />
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="242" />
        <source>Previous visit</source>
        <translation>Предыдущее посещение</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="243" />
        <source>Evidence file</source>
        <translation>Файл доказательства</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="244" />
        <source>Documents record</source>
        <translation>Относится к записи</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="245" />
        <source>The record this file documents.</source>
        <translation>Запись, которую документирует этот файл.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="246" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="247" />
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="248" />
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="249" />
        <source>Media type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="250" />
        <source>Captured at</source>
        <translation>Время съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="251" />
        <source>GPS position</source>
        <translation>GPS-координаты</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="252" />
        <source>Latitude × 10⁷</source>
        <translation>Широта × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="253" />
        <source>Longitude × 10⁷</source>
        <translation>Долгота × 10⁷</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="254" />
        <source>Camera or device</source>
        <translation>Камера или устройство</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="255" />
        <source>Obtained from</source>
        <translation>Получено от</translation>
    </message>
    <message>
        <location filename="../../ui/schema_strings.py" line="256" />
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/unlock.py" line="25" />
        <source>Too short: at least %1 characters.</source>
        <translation>Слишком коротко: нужно не меньше %1 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="31" />
        <source>Weak: easy to guess. Four or five unrelated words are easier to type and much harder to guess.</source>
        <translation>Слабая: легко угадать. Четыре-пять не связанных слов проще набирать и гораздо труднее угадать.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="29" />
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>Средняя. Ещё одно-два слова сделают её намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="34" />
        <source>Strong.</source>
        <translation>Надёжная.</translation>
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
        <translation>Обязательно, если личность защищена.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Required together with %1.</source>
        <translation>Обязательно вместе с полем «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Give a name, a pseudonym or a description.</source>
        <translation>Укажите имя, псевдоним или описание.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>At most %1 characters.</source>
        <translation>Не больше %1 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Must be at least %1.</source>
        <translation>Должно быть не меньше %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107" />
        <source>Must be at most %1.</source>
        <translation>Должно быть не больше %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Must be a whole number.</source>
        <translation>Должно быть целое число.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111" />
        <source>Not a valid date and time: write it as DD.MM.YYYY HH:MM.</source>
        <translation>Неверные дата и время: пишите ДД.ММ.ГГГГ ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Not a valid date: write it as DD.MM.YYYY (or MM.YYYY, YYYY).</source>
        <translation>Неверная дата: пишите ДД.ММ.ГГГГ (или ММ.ГГГГ, ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Must not be before %1.</source>
        <translation>Не может быть раньше, чем «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>Must be a single line.</source>
        <translation>Должно быть одной строкой.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Must not contain control characters.</source>
        <translation>Не должно содержать управляющих символов.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>A code without spaces, never a name.</source>
        <translation>Код без пробелов, но не имя.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Use HH:MM, e.g. 14:30.</source>
        <translation>Используйте ЧЧ:ММ, например 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Repeated: %1.</source>
        <translation>Повторяется: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Not a valid record.</source>
        <translation>Недопустимая запись.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Not one of the choices.</source>
        <translation>Нет среди вариантов.</translation>
    </message>
</context>
</TS>