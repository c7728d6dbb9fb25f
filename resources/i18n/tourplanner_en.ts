<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message numerus="yes">
        <location filename="../../tourplanner/core/checks.py" line="415"/>
        <source>{names} is (are) in &apos;{first}&apos; and &apos;{second}&apos; at {when}</source>
        <translation>
            <numerusform>{names} is in &apos;{first}&apos; and &apos;{second}&apos; at {when}</numerusform>
            <numerusform>{names} are in &apos;{first}&apos; and &apos;{second}&apos; at {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/checks.py" line="433"/>
        <source>No travel time for {who} from &apos;{first}&apos; ({first_site}) to &apos;{second}&apos; ({second_site}): {sites} has (have) no coordinates; geocode it (them) or enter the travel time</source>
        <translation>
            <numerusform>No travel time for {who} from &apos;{first}&apos; ({first_site}) to &apos;{second}&apos; ({second_site}): {sites} has no coordinates; geocode it or enter the travel time</numerusform>
            <numerusform>No travel time for {who} from &apos;{first}&apos; ({first_site}) to &apos;{second}&apos; ({second_site}): {sites} have no coordinates; geocode them or enter the travel time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="309"/>
        <source>&apos;{title}&apos; at {when} brings %n person(s) to {site}, which holds {capacity}</source>
        <translation>
            <numerusform>&apos;{title}&apos; at {when} brings %n person to {site}, which holds {capacity}</numerusform>
            <numerusform>&apos;{title}&apos; at {when} brings %n people to {site}, which holds {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="392"/>
        <source> ({names} share(s) no language with the hosts)</source>
        <translation>
            <numerusform> ({names} shares no language with the hosts)</numerusform>
            <numerusform> ({names} share no language with the hosts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="463"/>
        <source>&apos;{title}&apos; at {when} seats %n person(s) in {vehicle}, which has {seats}</source>
        <translation>
            <numerusform>&apos;{title}&apos; at {when} seats %n person in {vehicle}, which has {seats}</numerusform>
            <numerusform>&apos;{title}&apos; at {when} seats %n people in {vehicle}, which has {seats}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="470"/>
        <location filename="../../tourplanner/core/seating.py" line="480"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="501"/>
        <source>&apos;{title}&apos; at {when}: {names} is (are) seated in {vehicle} but not on this transfer</source>
        <translation>
            <numerusform>&apos;{title}&apos; at {when}: {names} is seated in {vehicle} but not on this transfer</numerusform>
            <numerusform>&apos;{title}&apos; at {when}: {names} are seated in {vehicle} but not on this transfer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/item_rules.py" line="521"/>
        <source>&apos;{title}&apos; at {when}: {names} has (have) no seat in any vehicle</source>
        <translation>
            <numerusform>&apos;{title}&apos; at {when}: {names} has no seat in any vehicle</numerusform>
            <numerusform>&apos;{title}&apos; at {when}: {names} have no seat in any vehicle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="446"/>
        <source>{item}: {names} has (have) no seat at the tables</source>
        <translation>
            <numerusform>{item}: {names} has no seat at the tables</numerusform>
            <numerusform>{item}: {names} have no seat at the tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="459"/>
        <source>{item}: {names} is (are) seated at a table but not attending</source>
        <translation>
            <numerusform>{item}: {names} is seated at a table but not attending</numerusform>
            <numerusform>{item}: {names} are seated at a table but not attending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/core/seating.py" line="474"/>
        <source>{item}: table {table} seats %n person(s) but has {seats}</source>
        <translation>
            <numerusform>{item}: table {table} seats %n person but has {seats}</numerusform>
            <numerusform>{item}: table {table} seats %n people but has {seats}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/check_commands.py" line="50"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/check_commands.py" line="51"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="243"/>
        <location filename="../../tourplanner/cli/geocode_commands.py" line="170"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="244"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="245"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="246"/>
        <location filename="../../tourplanner/cli/optimize_commands.py" line="169"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/__init__.py" line="247"/>
        <source>%n busy block(s)</source>
        <translation>
            <numerusform>%n busy block</numerusform>
            <numerusform>%n busy blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/calendar_commands.py" line="110"/>
        <source>Wrote %n calendar(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n calendar to {folder}</numerusform>
            <numerusform>Wrote %n calendars to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/geocode_commands.py" line="175"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/optimize_commands.py" line="149"/>
        <source>The current plan breaks a rule: {problem} (and %n more).</source>
        <translation>
            <numerusform>The current plan breaks a rule: {problem} (and %n more).</numerusform>
            <numerusform>The current plan breaks a rule: {problem} (and %n more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="88"/>
        <location filename="../../tourplanner/cli/protocol_commands.py" line="117"/>
        <location filename="../../tourplanner/cli/sheet_commands.py" line="237"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="99"/>
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform>
            <numerusform>%n gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="118"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/protocol_commands.py" line="149"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/publish_commands.py" line="156"/>
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n open error</numerusform>
            <numerusform>%n open errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/send_commands.py" line="292"/>
        <source> (%n error(s) open)</source>
        <translation>
            <numerusform> (%n error open)</numerusform>
            <numerusform> (%n errors open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sheet_commands.py" line="252"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sync_commands.py" line="244"/>
        <source>%n event(s) changed on the server while syncing, or hold another event: left alone (the next sync looks again).</source>
        <translation>
            <numerusform>%n event changed on the server while syncing, or holds another event: left alone (the next sync looks again).</numerusform>
            <numerusform>%n events changed on the server while syncing, or hold another event: left alone (the next sync looks again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/cli/sync_commands.py" line="253"/>
        <source>%n change(s) made in the calendar wait for your decision (times in {zone}):</source>
        <translation>
            <numerusform>%n change made in the calendar waits for your decision (times in {zone}):</numerusform>
            <numerusform>%n changes made in the calendar wait for your decision (times in {zone}):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/timeline/margins.py" line="60"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="338"/>
        <source>not {action}: the tour has %n error(s); fix it (them) or give --allow-errors</source>
        <translation>
            <numerusform>not {action}: the tour has 1 error; fix it or give --allow-errors</numerusform>
            <numerusform>not {action}: the tour has %n errors; fix them or give --allow-errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/tours.py" line="352"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="323"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="325"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="327"/>
        <source>%n route request(s)</source>
        <translation>
            <numerusform>%n route request</numerusform>
            <numerusform>%n route requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/maps.py" line="328"/>
        <source>%n road line(s)</source>
        <translation>
            <numerusform>%n road line</numerusform>
            <numerusform>%n road lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="159"/>
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="164"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/publish.py" line="168"/>
        <source>%n old folder(s)</source>
        <translation>
            <numerusform>%n old folder</numerusform>
            <numerusform>%n old folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/services/sheet_import.py" line="69"/>
        <source>{source}: %n row(s) with errors, nothing was imported (fix them, or use --skip-bad-rows to import the others)</source>
        <translation>
            <numerusform>{source}: %n row with errors, nothing was imported (fix them, or use --skip-bad-rows to import the others)</numerusform>
            <numerusform>{source}: %n rows with errors, nothing was imported (fix them, or use --skip-bad-rows to import the others)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/views/history_page.py" line="188"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/labels.py" line="130"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tourplanner/qt/labels.py" line="131"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../tourplanner/core/wording.py" line="113"/>
        <source>{names} and %n other(s)</source>
        <translation>
            <numerusform>{names} and %n other</numerusform>
            <numerusform>{names} and %n others</numerusform>
        </translation>
    </message>
</context>
</TS>
