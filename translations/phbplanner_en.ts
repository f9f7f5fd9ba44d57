<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="48"/>
        <location filename="../phbplanner/ui/costed/agreement.py" line="97"/>
        <source>Record agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="51"/>
        <source>Write down who agreed this plan. The plan is then frozen as version {number}: any later change starts a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="63"/>
        <source>Person who agreed (me, or my representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="66"/>
        <source>A representative agreed for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="70"/>
        <source>The representative’s relationship to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="75"/>
        <source>Care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="78"/>
        <source>Care coordinator’s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="80"/>
        <source>ICB approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="81"/>
        <source>ICB approver’s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="85"/>
        <source>Date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="110"/>
        <source>the person who agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="111"/>
        <source>the care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="112"/>
        <source>the ICB approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="117"/>
        <source>the representative’s relationship to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="120"/>
        <source>Please write down {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="125"/>
        <source>The date agreed cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="162"/>
        <source>Plan version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="166"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="168"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="171"/>
        <source>Version {number} ({status}). Its fingerprint is printed at the foot of every page of its PDF, so a signed paper copy can be matched to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="182"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/agreement.py" line="184"/>
        <source>Copy the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="49"/>
        <source>Not linked to an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="69"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="70"/>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="154"/>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="71"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="72"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="106"/>
        <source>Show the money by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="108"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="109"/>
        <source>how it is managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="110"/>
        <source>kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="124"/>
        <source>Breakdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="133"/>
        <source>Breakdown chart (the table beside it has the same figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/breakdown.py" line="166"/>
        <source>Pounds (£)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="33"/>
        <source>No budget written down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="24"/>
        <source>{amount} over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="27"/>
        <source>{amount} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="119"/>
        <source>Budget: {amount}</source>
        <extracomment>The figures in words, by name (&quot;budget&quot;, &quot;planned&quot;, &quot;contingency&quot;, &quot;weekly&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="122"/>
        <source>Planned: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="125"/>
        <source>Contingency: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="128"/>
        <source>About {amount} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/summary_bar.py" line="141"/>
        <source>Budget summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="59"/>
        <source>Personal assistant (PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="60"/>
        <source>Home care agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="61"/>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="62"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="63"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="64"/>
        <source>Activities and hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="65"/>
        <source>Courses and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="66"/>
        <source>Short breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="67"/>
        <source>Health and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="68"/>
        <source>Help around the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="69"/>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="70"/>
        <source>Employer costs (payroll, insurance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="71"/>
        <source>Account or management fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="72"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="73"/>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="74"/>
        <source>Tobacco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="75"/>
        <source>Gambling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="76"/>
        <source>Paying off debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="77"/>
        <source>Anything illegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="78"/>
        <source>Emergency care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="79"/>
        <source>Core GP services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="80"/>
        <source>Core dental services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="81"/>
        <source>Services the NHS already provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="89"/>
        <source>A personal health budget cannot be spent on alcohol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="92"/>
        <source>A personal health budget cannot be spent on tobacco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="95"/>
        <source>A personal health budget cannot be spent on gambling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="98"/>
        <source>A personal health budget cannot be used to pay off debts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="101"/>
        <source>A personal health budget cannot be spent on anything illegal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="104"/>
        <source>Emergency care is provided by the NHS in the usual way, not from a personal health budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="109"/>
        <source>Core GP services are provided by the NHS in the usual way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="112"/>
        <source>Core dental services are provided by the NHS in the usual way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/categories.py" line="115"/>
        <source>Services the NHS already provides for everyone (such as planned surgery) are not paid for from a personal health budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Circle</name>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="40"/>
        <source>Family and closest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="41"/>
        <source>Friends and unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="42"/>
        <source>People I do things with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="43"/>
        <source>Paid supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="63"/>
        <source>My relationship circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="65"/>
        <source>Left and Right arrows pick a person. Up moves them closer, Down further out. Enter changes their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="160"/>
        <source>Me</source>
        <extracomment>Outer edge of each ring as a fraction of the whole radius; the centre is &quot;me&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/circle.py" line="217"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../phbplanner/app.py" line="58"/>
        <source>there is no option {options}; try phbplanner --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/app.py" line="63"/>
        <source>too many words; try phbplanner --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/app.py" line="66"/>
        <source>use: phbplanner open FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/app.py" line="69"/>
        <source>that is not a command; try phbplanner --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/app.py" line="73"/>
        <source>--screenshots goes with --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/app.py" line="79"/>
        <source>a percentage from 80 to 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/app.py" line="85"/>
        <source>there is no option {options}. A passphrase is never given on the command line: use --passphrase-file PATH, PHBPLANNER_PASSPHRASE or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/app.py" line="91"/>
        <source>there is no option {options} for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/app.py" line="94"/>
        <source>too many words on the command line ({count} not understood, not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/app.py" line="132"/>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="62"/>
        <source>This plan has no version {number}. Its versions are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="100"/>
        <source>Exported the plan as JSON to {name} (fingerprint {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="115"/>
        <source>Wrote {version} of the plan to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="134"/>
        <source>Wrote the recovery sheet to {name}. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="141"/>
        <source>--large-print goes with --format pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="144"/>
        <source>--include-passphrase goes with --format recovery-sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="148"/>
        <source>--version does not go with --format {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="157"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="164"/>
        <source>Add --force to replace it (never a plan file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="171"/>
        <source>this copy of PHB Planner cannot make {format} files (the report module is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/export_cmds.py" line="193"/>
        <source>a version is a whole number from 1 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="38"/>
        <location filename="../phbplanner/cli/file_cmds.py" line="94"/>
        <location filename="../phbplanner/cli/file_cmds.py" line="111"/>
        <location filename="../phbplanner/cli/shared.py" line="379"/>
        <source>plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="41"/>
        <source>{name} already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="48"/>
        <location filename="../phbplanner/cli/file_cmds.py" line="117"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="52"/>
        <source>The file name {name} is too long: use at most {count} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="61"/>
        <source>plan (JSON) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="74"/>
        <source>Created {name} (version 1, draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="86"/>
        <source>The passphrase of {name} has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="98"/>
        <source>There are no backups of {name} on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="105"/>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="124"/>
        <source>Cannot restore to {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="130"/>
        <source>{name} is a folder: give the name of the plan file to restore, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="138"/>
        <source>Cannot restore to {name}: it is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="147"/>
        <source>backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/file_cmds.py" line="153"/>
        <source>Restored {name} from the backup of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="53"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="54"/>
        <source>Plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="57"/>
        <source>Budget period: {start} to {end} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="62"/>
        <source>Indicative budget: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="68"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="70"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="71"/>
        <source>Period cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="72"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="82"/>
        <source>Planned support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="83"/>
        <source>Contingency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="87"/>
        <source>Left in budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="89"/>
        <source>Over budget by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="90"/>
        <source>Weekly equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="91"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="96"/>
        <source>Ready for sign-off: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="99"/>
        <source>Ready for sign-off: no — {things} to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="109"/>
        <source>1 thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="110"/>
        <source>{count} things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="119"/>
        <source>Ready for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="122"/>
        <source>Not ready for sign-off — {things} to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="135"/>
        <source>That is not a whole fingerprint: it should be 64 letters and digits (0-9, a-f), as printed at the foot of each page of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="146"/>
        <source>Matches: the current plan ({fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="154"/>
        <source>Matches: {label} ({fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/plan_cmds.py" line="160"/>
        <source>Does not match: this fingerprint is not the current plan or any agreed version in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="75"/>
        <source>{where} holds a NUL character, so it is not a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="81"/>
        <source>{where} is not valid text (UTF-8), so it is not a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="112"/>
        <source>Passphrase for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="115"/>
        <source>No passphrase was typed; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="116"/>
        <location filename="../phbplanner/cli/shared.py" line="158"/>
        <source>The passphrase typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="118"/>
        <source>A passphrase is needed to open {name}. Set {variable}, use --passphrase-file PATH, or run this in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="139"/>
        <source>A new passphrase is needed. Set {variables}, use --new-passphrase-file PATH, or run this in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="146"/>
        <source>Choose a passphrase of at least 10 characters. A lost passphrase cannot be recovered. Here is a strong one you could use: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="153"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="154"/>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="156"/>
        <source>The two passphrases are different; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="162"/>
        <source>Please choose a stronger passphrase. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="200"/>
        <source>The {what} name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="205"/>
        <source>The {what} name {name} is not a valid file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="211"/>
        <source>The {what} name {name} holds a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="227"/>
        <source>The {what} name {name} is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="234"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="243"/>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="245"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="247"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="248"/>
        <source>not an ordinary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="260"/>
        <source>There is no file at {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="263"/>
        <source>{name} is a folder, not a {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="268"/>
        <source>{name} is {kind}, not an ordinary file, so it cannot be a {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="282"/>
        <location filename="../phbplanner/cli/shared.py" line="302"/>
        <source>Cannot read the {what} {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="289"/>
        <source>{name} is not an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="316"/>
        <source>passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="321"/>
        <source>The passphrase file {name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="337"/>
        <source>The passphrase file {name} is too large to hold a passphrase: its first line is longer than 4 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="346"/>
        <source>The passphrase file {name} is empty: put the passphrase on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="351"/>
        <source>The passphrase file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="361"/>
        <source>{option} is not valid text (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/cli/shared.py" line="417"/>
        <location filename="../phbplanner/cli/shared.py" line="424"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="28"/>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="31"/>
        <source>Type the passphrase for {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="36"/>
        <location filename="../phbplanner/ui/dialogs.py" line="39"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="43"/>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="50"/>
        <source>Remember it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="60"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/dialogs.py" line="82"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="69"/>
        <source>The PDF could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="75"/>
        <source>Something went wrong while making the PDF. Your plan is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="89"/>
        <source>Export the plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="96"/>
        <source>The plan as it is now (version {n}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="104"/>
        <source>Agreed version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="107"/>
        <source>Which version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="111"/>
        <source>Normal print (11 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="112"/>
        <source>Large print (16 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="117"/>
        <source>Print size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="120"/>
        <source>The PDF is not encrypted: keep it somewhere private, and delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="132"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="150"/>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="152"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="163"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="181"/>
        <source>The PDF was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="187"/>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="188"/>
        <source>The PDF is saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="190"/>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="193"/>
        <source>Open its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="210"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/export.py" line="211"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="78"/>
        <source>{name} is not a valid file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="83"/>
        <source>The file name {name} is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="87"/>
        <location filename="../phbplanner/services/exports.py" line="97"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="90"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="102"/>
        <source>{path} is a folder: give a file name inside it, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="108"/>
        <source>Nothing was written: {path} is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="114"/>
        <source>Nothing was written: {name} is a plan file (or part of one), and an export never replaces a plan. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="122"/>
        <location filename="../phbplanner/services/exports.py" line="158"/>
        <source>There is already a file called {name}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="170"/>
        <source>There is not enough space on the disk: {name} was not written (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="178"/>
        <source>Cannot write in {folder}: that folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/exports.py" line="183"/>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="86"/>
        <source>{field}: write a date like 31/01/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="93"/>
        <source>{field}: there is no such date. Write a date like 31/01/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="111"/>
        <location filename="../phbplanner/ui/fields.py" line="114"/>
        <source>{field} must be a number like 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="117"/>
        <source>{field} can have at most {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="283"/>
        <source>Please fill in “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/fields.py" line="293"/>
        <source>{field} must be an amount like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../phbplanner/services/files.py" line="194"/>
        <source>its first bytes (which the key needs) were overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="201"/>
        <source>the passphrase is right — it opens this plan&apos;s backup of {when} — but the start of the file, which the key needs, is damaged. Restore that backup: phbplanner restore &quot;{backup}&quot; --to &quot;{plan}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="212"/>
        <source>If you are sure it is right, the start of the file may be damaged: then restore a backup (see “phbplanner backups”) or your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="300"/>
        <source>There is not enough space on the disk to restore {name}. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="318"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="323"/>
        <source>Cannot restore to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="329"/>
        <source>{path} is a folder: give the name of the plan file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/files.py" line="335"/>
        <source>Cannot restore to {path}: it is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="35"/>
        <source>once</source>
        <extracomment>Day-based frequencies and their step in days. Month-based frequencies and their step in months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="36"/>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="37"/>
        <source>every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="38"/>
        <source>every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="39"/>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="40"/>
        <source>every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="41"/>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="121"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="167"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="250"/>
        <source>Nothing here yet. Use “Add” to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="257"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="258"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="259"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="260"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="261"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="351"/>
        <source>Add {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="352"/>
        <source>Change {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="387"/>
        <source>Remove {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/listing.py" line="400"/>
        <source>Move {thing}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="87"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="87"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="88"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="88"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="89"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="89"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="90"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="90"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="91"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="91"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="92"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="92"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NhsNumber</name>
    <message>
        <location filename="../phbplanner/domain/nhs.py" line="16"/>
        <source>An NHS number has only digits, like 943 476 5919.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/nhs.py" line="18"/>
        <source>An NHS number has 10 digits; this has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/nhs.py" line="26"/>
        <source>This is not a valid NHS number: please check each digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="26"/>
        <source>Something I can do myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="27"/>
        <source>Something people like and admire about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="33"/>
        <source>A place where I feel good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="34"/>
        <source>Somewhere I am a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="35"/>
        <source>Somewhere I am a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="36"/>
        <source>Where I could make new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="52"/>
        <source>Who am I, and what should people know about me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="53"/>
        <source>For example: “I’m Siân. I love music and my dog, Bryn. Please speak to me, not to my mum.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="60"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="63"/>
        <source>What I like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="64"/>
        <source>For example: Siân, or Mr Nguyễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="68"/>
        <source>My date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="70"/>
        <source>Day/month/year, like 31/01/1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="74"/>
        <source>My NHS number (if I know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="76"/>
        <source>10 digits, like 943 476 5919</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="78"/>
        <source>My address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="79"/>
        <source>My phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="80"/>
        <source>My email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="83"/>
        <source>My GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="84"/>
        <source>For example: Riverside Surgery, Leeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="89"/>
        <source>More about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="93"/>
        <source>What is most important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="95"/>
        <source>For example: seeing my grandchildren every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="99"/>
        <source>People who are important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="104"/>
        <source>How I communicate, and how to communicate with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="106"/>
        <source>For example: give me time to answer; write it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="108"/>
        <source>My wellness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="109"/>
        <source>Please do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="110"/>
        <source>Please don’t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="113"/>
        <source>How and when to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="118"/>
        <source>Also worth knowing about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="123"/>
        <source>Who supported me to write this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="124"/>
        <source>For example: my daughter, Zoë</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="128"/>
        <source>Date last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="130"/>
        <source>Day/month/year, like 31/01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="146"/>
        <source>What is important to me, and what is important for me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="147"/>
        <source>Important to me: the people, places, routines and interests that make my life mine. Important for me: what keeps me healthy and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="156"/>
        <source>Important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="159"/>
        <source>For example: chapel on Sundays, my garden, my cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="163"/>
        <source>Important for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="166"/>
        <source>For example: taking my insulin on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="170"/>
        <source>A good day for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="173"/>
        <source>For example: I get up late and go to the café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="177"/>
        <source>A bad day for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="180"/>
        <source>For example: I am in pain and stay in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="202"/>
        <source>What do people like about me, and what can I do myself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="203"/>
        <source>For example: “I’m a good listener.” “I can cook a simple meal.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="209"/>
        <source>My strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="210"/>
        <source>What kind of strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="218"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="219"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="222"/>
        <source>a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="225"/>
        <source>My strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="226"/>
        <source>Add a strength…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="239"/>
        <source>Where do I feel good, belong, or could meet people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="240"/>
        <source>For example: the library, my walking group, the corner shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="246"/>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="247"/>
        <location filename="../phbplanner/ui/pages/about.py" line="257"/>
        <source>What it is to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="248"/>
        <source>Anything else about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="256"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="258"/>
        <location filename="../phbplanner/ui/pages/more.py" line="281"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="263"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="261"/>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="264"/>
        <source>Places in my community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="265"/>
        <source>Add a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="278"/>
        <source>What health needs, worries or problems do I have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="279"/>
        <source>In my own words, and the medical words if I know them. For example: “I get very tired after an hour” (chronic fatigue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="290"/>
        <source>The need, in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="296"/>
        <source>Medical words for it (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="297"/>
        <source>For example: type 2 diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="306"/>
        <source>In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="307"/>
        <source>Medical words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="310"/>
        <source>a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="313"/>
        <source>My health needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="314"/>
        <source>Add a need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="42"/>
        <source>How much money is there, for how long, and who holds it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="43"/>
        <source>For example: “£18,000 from 1 April 2026 to 31 March 2027, as a direct payment held by my son.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="414"/>
        <location filename="../phbplanner/ui/pages/budget.py" line="50"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="51"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="52"/>
        <source>Every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="53"/>
        <source>Every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="55"/>
        <source>Day/month/year, like 01/04/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="57"/>
        <source>My indicative budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="58"/>
        <source>The amount I was told, like 18000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="59"/>
        <source>Who set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="60"/>
        <source>For example: West Yorkshire ICB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="61"/>
        <source>The budget starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="63"/>
        <source>The budget ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="65"/>
        <source>Money kept back for emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="66"/>
        <source>An amount, like 500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="69"/>
        <source>…or kept back as a percentage of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="70"/>
        <source>For example: 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="72"/>
        <source>Who holds the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="73"/>
        <source>For example: my son, Łukasz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="74"/>
        <source>How often the money is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="76"/>
        <source>How the budget was worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="77"/>
        <source>How my budget is managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="78"/>
        <source>For example: a direct payment held by my son; therapy paid by the NHS (notional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="83"/>
        <source>The figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="90"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="91"/>
        <source>Paid support planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="92"/>
        <source>Kept back for emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="93"/>
        <source>Paid support each week, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="94"/>
        <source>What is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="106"/>
        <source>Where the money goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="121"/>
        <source>Not written down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="21"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="22"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="23"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="39"/>
        <source>What could go wrong, and what will we do about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="40"/>
        <source>For example: “My PA is ill and cannot come.” Less likely when: an agency covers. Who acts: my son phones the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="50"/>
        <source>The risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="51"/>
        <location filename="../phbplanner/ui/pages/more.py" line="64"/>
        <source>How likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="52"/>
        <location filename="../phbplanner/ui/pages/more.py" line="65"/>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="53"/>
        <source>What makes it less likely or less bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="55"/>
        <location filename="../phbplanner/ui/pages/more.py" line="67"/>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="63"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="66"/>
        <source>What we will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="70"/>
        <source>a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="73"/>
        <source>Risks and how they are managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="74"/>
        <source>Add a risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="87"/>
        <source>What should happen if things go wrong or I am in crisis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="88"/>
        <source>For example: “If I stop answering the phone, call my sister Zoë.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="94"/>
        <source>Signs that things are going wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="95"/>
        <source>What should happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="96"/>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="97"/>
        <source>What helps me cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="112"/>
        <source>Who will do what, and by when, to make my plan happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="113"/>
        <source>For example: “Mum sets up the bank account by 30 April.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="118"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="119"/>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="120"/>
        <location filename="../phbplanner/ui/pages/more.py" line="132"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="121"/>
        <source>Day/month/year, like 30/04/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="122"/>
        <source>This is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="130"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="131"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="273"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="286"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="134"/>
        <source>Done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="136"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="136"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="141"/>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="144"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="145"/>
        <source>Add an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="158"/>
        <source>Who helped me make this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="159"/>
        <source>For example: my daughter; Sam from the peer network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="164"/>
        <location filename="../phbplanner/ui/pages/more.py" line="173"/>
        <location filename="../phbplanner/ui/pages/relationships.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="165"/>
        <source>How they helped or who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="174"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="177"/>
        <source>a helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="180"/>
        <source>People who helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="181"/>
        <location filename="../phbplanner/ui/pages/relationships.py" line="80"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="184"/>
        <source>My care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="186"/>
        <source>Care coordinator’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="187"/>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="188"/>
        <source>For example: PHB coordinator, ICB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="189"/>
        <source>How to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="194"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="195"/>
        <source>Yes, I agree to share this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="196"/>
        <source>No, I do not agree to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="201"/>
        <source>Do I agree to share this plan with the people involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="258"/>
        <source>When will we check how my plan is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="259"/>
        <source>The first review is within 3 months of the start, then at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="264"/>
        <source>Every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="266"/>
        <source>Date of the first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="267"/>
        <location filename="../phbplanner/ui/pages/more.py" line="277"/>
        <source>Day/month/year, like 30/06/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="268"/>
        <source>Then how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="276"/>
        <source>Date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="278"/>
        <location filename="../phbplanner/ui/pages/more.py" line="290"/>
        <source>Who reviewed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="279"/>
        <location filename="../phbplanner/ui/pages/more.py" line="291"/>
        <source>What is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="280"/>
        <location filename="../phbplanner/ui/pages/more.py" line="292"/>
        <source>What is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="289"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="295"/>
        <source>a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="298"/>
        <source>Reviews that have happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="299"/>
        <source>Add a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="32"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="33"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="34"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="35"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="36"/>
        <source>No longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="415"/>
        <source>The NHS holds the money (notional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="416"/>
        <source>An organisation holds it (third party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="417"/>
        <source>I or my representative (direct payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="47"/>
        <source>Paid: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="53"/>
        <source>Unpaid: {who} – {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="69"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="109"/>
        <source>What do I want to achieve, and how will I know I have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="110"/>
        <source>For example: “I want to go swimming twice a week, because it eases my pain. I’ll know it’s working when I can walk to the shop.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="117"/>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="125"/>
        <source>What I want to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="127"/>
        <source>For example: go swimming twice a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="129"/>
        <source>Why it matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="132"/>
        <source>What success looks like (how I and others will know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="137"/>
        <source>How important it is (10 is the most important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="143"/>
        <source>When I hope to achieve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="145"/>
        <source>Day/month/year, like 31/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="149"/>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="155"/>
        <source>Support that helps with it (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="168"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="170"/>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="173"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="174"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="175"/>
        <source>Helped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="178"/>
        <source>an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="181"/>
        <source>My outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="182"/>
        <source>Add an outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="194"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="220"/>
        <source>What support will help me, paid and unpaid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="221"/>
        <source>For example: a personal assistant 6 hours a week (paid), and my neighbour driving me to the shops on Fridays (unpaid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="231"/>
        <source>{kind} (cannot be paid for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="241"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="242"/>
        <source>For example: personal assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="243"/>
        <source>Who provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="244"/>
        <source>An organisation, or a PA’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="245"/>
        <source>Kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="247"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="248"/>
        <source>In pounds, like 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="250"/>
        <source>How many each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="251"/>
        <source>For example: 6 (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="253"/>
        <location filename="../phbplanner/ui/pages/relationships.py" line="47"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="255"/>
        <source>First date (empty: the start of the budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="257"/>
        <source>Last date (if it ends early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="259"/>
        <source>Who holds the money for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="261"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="277"/>
        <source>Outcomes it helps with (tick all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="289"/>
        <source>Helps with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="274"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="287"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="275"/>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="288"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="276"/>
        <source>For example: Friday mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="292"/>
        <source>unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="295"/>
        <source>Unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="296"/>
        <source>Add unpaid support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="30"/>
        <source>Who is in my life, and what do they do for me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="31"/>
        <source>Closest people in the middle ring, paid supporters in the outer ring. For example: “Mum – visits every day and helps with meals.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="42"/>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="43"/>
        <source>Who they are to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="44"/>
        <source>For example: my sister, my neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="45"/>
        <source>Which ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="46"/>
        <location filename="../phbplanner/ui/pages/relationships.py" line="59"/>
        <source>What they do for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="48"/>
        <source>For example: every Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="49"/>
        <source>They live with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="58"/>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="62"/>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="79"/>
        <source>People in my circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="84"/>
        <source>Move closer (inner ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="85"/>
        <source>Move further out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="140"/>
        <source>Move {name} to “{ring}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <location filename="../phbplanner/ui/controller.py" line="86"/>
        <source>This plan is open to read only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/controller.py" line="112"/>
        <source>That change could not be saved. The plan is as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/controller.py" line="115"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="29"/>
        <source>leaving {amount} not yet planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="31"/>
        <source>which is {amount} over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="35"/>
        <source>By signing below we agree version {number} of the personalised care and support plan for {name}, with the fingerprint shown here. It has an indicative budget of {budget} for the budget period {period}: {planned} of planned support and a contingency of {contingency}, {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="60"/>
        <location filename="../phbplanner/reports/agreement.py" line="143"/>
        <location filename="../phbplanner/reports/agreement.py" line="161"/>
        <location filename="../phbplanner/reports/agreement.py" line="173"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="91"/>
        <location filename="../phbplanner/reports/cover.py" line="56"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="111"/>
        <source>Every page of this plan shows the same fingerprint at its foot. A page with a different fingerprint belongs to a different version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="123"/>
        <source>This version was agreed on {date}. The names below are as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="136"/>
        <source>Me, or my representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="138"/>
        <location filename="../phbplanner/reports/agreement.py" line="154"/>
        <location filename="../phbplanner/reports/agreement.py" line="171"/>
        <source>Printed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="140"/>
        <source>Relationship to me, if a representative signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="144"/>
        <location filename="../phbplanner/reports/agreement.py" line="162"/>
        <location filename="../phbplanner/reports/agreement.py" line="174"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="223"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="151"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="165"/>
        <source>My care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="158"/>
        <location filename="../phbplanner/reports/agreement.py" line="172"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="157"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="170"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="169"/>
        <source>For the Integrated Care Board (ICB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/agreement.py" line="180"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="227"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/blocks.py" line="43"/>
        <location filename="../phbplanner/reports/budget_pages.py" line="36"/>
        <location filename="../phbplanner/reports/sections_me.py" line="217"/>
        <location filename="../phbplanner/reports/sections_me.py" line="273"/>
        <source>Not yet written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/blocks.py" line="210"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="42"/>
        <source>Planned support: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="47"/>
        <source>Contingency (reserve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="49"/>
        <source>Not yet planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="85"/>
        <source>Budget {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="123"/>
        <location filename="../phbplanner/reports/budget_figures.py" line="28"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_chart.py" line="137"/>
        <source>Nothing planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="34"/>
        <source>Contingency (a reserve of {percent}% of the budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="37"/>
        <source>Contingency (a reserve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="49"/>
        <source>Left in the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="51"/>
        <source>Over budget by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="54"/>
        <source>My indicative budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="55"/>
        <location filename="../phbplanner/reports/cover.py" line="52"/>
        <source>Budget period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="56"/>
        <source>Planned support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="59"/>
        <source>Planned support and contingency together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="64"/>
        <source>Planned support each week, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="68"/>
        <source>Within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="69"/>
        <location filename="../phbplanner/reports/labels.py" line="149"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="69"/>
        <location filename="../phbplanner/reports/labels.py" line="149"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="76"/>
        <source>Who set the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="78"/>
        <source>How the budget was worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="82"/>
        <source>How the budget is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="101"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="101"/>
        <location filename="../phbplanner/reports/budget_figures.py" line="189"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="114"/>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="125"/>
        <source>Support that serves no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="130"/>
        <location filename="../phbplanner/reports/budget_figures.py" line="159"/>
        <location filename="../phbplanner/reports/budget_figures.py" line="171"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="133"/>
        <source>A line that serves several outcomes is shared equally between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="142"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="142"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="147"/>
        <source>By how the money is managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="161"/>
        <source>Managed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="163"/>
        <source>By kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="174"/>
        <source>Kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_figures.py" line="189"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="41"/>
        <source>{provider} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="49"/>
        <source>When: {schedule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="55"/>
        <source>Managed: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="61"/>
        <source>Helps with outcomes: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="69"/>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="75"/>
        <source>Cannot be agreed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="79"/>
        <source>no reason written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="82"/>
        <source>Paid to a family member who lives with me: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="99"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="100"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="101"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="102"/>
        <source>Times in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="103"/>
        <source>Cost for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="123"/>
        <location filename="../phbplanner/reports/budget_pages.py" line="208"/>
        <source>Total planned support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="246"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="136"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="247"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="248"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="249"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="262"/>
        <source>Paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="266"/>
        <source>Each line is costed over the budget period: how many × unit cost × the number of times it happens in the period. The outcome numbers are those of section 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="278"/>
        <source>No paid support yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="279"/>
        <source>Unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/budget_pages.py" line="283"/>
        <source>No unpaid support written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/circle.py" line="149"/>
        <source>+{count} more</source>
        <extracomment>Ring fills, closest (darkest) to furthest (lightest): tints of the accent colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/circle.py" line="188"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/circle.py" line="189"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/circle.py" line="217"/>
        <source>{label} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/context.py" line="30"/>
        <source>(name not yet written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/context.py" line="41"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/context.py" line="44"/>
        <location filename="../phbplanner/reports/context.py" line="50"/>
        <source>Not yet set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="26"/>
        <source>Version {number}, agreed on {date}</source>
        <extracomment>How many unmet points of the readiness check a draft&apos;s cover lists before &quot;and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="29"/>
        <source>Version {number}, agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="30"/>
        <source>Version {number}, draft (not yet agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="39"/>
        <source>Personal health budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="40"/>
        <source>My personalised care and support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="46"/>
        <source>I like to be called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="53"/>
        <source>Indicative budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="54"/>
        <source>Plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="55"/>
        <source>This copy was produced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="70"/>
        <source>This is a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="72"/>
        <source>It becomes the agreed plan when it is signed in section 16 and the agreement is recorded in PHB Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="83"/>
        <source>Still to do before it can be agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="90"/>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="100"/>
        <source>The readiness check found nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/cover.py" line="147"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/document.py" line="194"/>
        <location filename="../phbplanner/reports/document.py" line="227"/>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/document.py" line="234"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/document.py" line="244"/>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="27"/>
        <source>About me</source>
        <extracomment>The translation context of every string in the reports. Each call spells it out as a literal ``translate(&quot;PlanPdf&quot;, &quot;…&quot;)`` so that pyside6-lupdate files the string under this context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="28"/>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="29"/>
        <source>My strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="30"/>
        <source>My relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="31"/>
        <source>My community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="32"/>
        <source>My health and wellbeing needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="33"/>
        <source>My outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="34"/>
        <source>My support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="35"/>
        <source>My budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="36"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="28"/>
        <source>How my budget is managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="37"/>
        <source>My risks and how they are managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="38"/>
        <source>My contingency and crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="39"/>
        <source>My action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="40"/>
        <source>Who helped me make this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="41"/>
        <source>Reviewing my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="42"/>
        <source>Agreeing my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="49"/>
        <source>Notional budget (the NHS holds the money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="52"/>
        <source>Third party (an organisation holds the money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="55"/>
        <source>Direct payment (paid to me or my representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="60"/>
        <location filename="../phbplanner/reports/labels.py" line="61"/>
        <location filename="../phbplanner/reports/labels.py" line="72"/>
        <location filename="../phbplanner/reports/labels.py" line="73"/>
        <location filename="../phbplanner/reports/labels.py" line="121"/>
        <source>Not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="67"/>
        <source>Notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="68"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="69"/>
        <source>Direct payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="79"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="80"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="81"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="82"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="83"/>
        <source>No longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="90"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="91"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="92"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="99"/>
        <source>Places where I feel good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="100"/>
        <source>Places where I am a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="101"/>
        <source>Places where I am a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="102"/>
        <source>Places where I could make new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="111"/>
        <source>Family and people closest to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="112"/>
        <source>Friends and unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="113"/>
        <source>People I do things with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="114"/>
        <source>Paid supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="115"/>
        <source>Other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="123"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="124"/>
        <source>Every 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="125"/>
        <source>Every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="132"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="134"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="140"/>
        <source>Plan version {number} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/labels.py" line="148"/>
        <source>Not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/plan_pdf.py" line="66"/>
        <source>Personalised care and support plan for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/plan_pdf.py" line="70"/>
        <source>Personal health budget plan, version {number} ({status}), fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="31"/>
        <source>My passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="39"/>
        <source>My passphrase (write it here by hand, clearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="88"/>
        <source>Recovery sheet for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="90"/>
        <source>How to open the plan file if the passphrase is forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="97"/>
        <source>PHB Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="98"/>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="100"/>
        <source>Your plan file is locked with a passphrase. Keep this sheet somewhere safe and private, away from the computer and from any USB stick that holds the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="110"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="111"/>
        <source>Where the file is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="112"/>
        <source>Sheet printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="123"/>
        <source>This sheet shows the passphrase. Anyone who has it and the file can read the plan: lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="133"/>
        <source>If the passphrase is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="135"/>
        <source>Without the passphrase and without this sheet, the plan cannot be opened. Nobody can recover it — not the NHS, not your care coordinator, and not the people who make PHB Planner. This is what keeps your information private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="144"/>
        <source>If the plan is still open on a computer, or that computer remembers the passphrase, change the passphrase now and print a new recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="151"/>
        <source>Keeping it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="153"/>
        <source>Do not keep this sheet with the computer or the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="158"/>
        <source>Do not photograph it or send it by email or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="164"/>
        <source>When you change the passphrase, destroy this sheet and print a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/recovery_sheet.py" line="174"/>
        <source>Keep this page private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="62"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="63"/>
        <source>I like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="64"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="65"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="66"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="67"/>
        <source>Phone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="68"/>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="74"/>
        <source>What is most important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="75"/>
        <source>People who are important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="77"/>
        <source>How I communicate and how to communicate with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="80"/>
        <source>My wellness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="81"/>
        <source>Please do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="82"/>
        <source>Please don&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="83"/>
        <source>How and when to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="84"/>
        <source>Also worth knowing about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="92"/>
        <source>Who supported me to write this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="93"/>
        <source>Date last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="112"/>
        <source>Important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="114"/>
        <source>Important for me (my health and safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="125"/>
        <source>A good day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="126"/>
        <source>A bad day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="141"/>
        <source>What people like and admire about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="142"/>
        <source>What I can do myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="161"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="157"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="162"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="163"/>
        <source>What they do for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="164"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="174"/>
        <source>{name} (lives with me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="178"/>
        <source>Ring {ring}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="203"/>
        <source>None written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="226"/>
        <source>In clinical terms: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="245"/>
        <source>1 paid support line, {amount} of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="251"/>
        <source>{count} paid support lines, {amount} of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="257"/>
        <source>unpaid support from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="261"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="272"/>
        <source>Outcome {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="276"/>
        <source>{value} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="282"/>
        <source>Why this matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="283"/>
        <source>What success looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="284"/>
        <source>How important (1 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="285"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="286"/>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_me.py" line="287"/>
        <source>Support for this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="34"/>
        <source>Who holds the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="36"/>
        <source>How often the money is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="46"/>
        <source>The ways my support is paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="51"/>
        <source>{how}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="60"/>
        <source>Support not yet given a way of being managed: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="77"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="78"/>
        <source>How likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="79"/>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="80"/>
        <source>What reduces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="81"/>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="107"/>
        <source>Signs that things are not going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="109"/>
        <source>What should happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="110"/>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="111"/>
        <source>What helps me cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="130"/>
        <location filename="../phbplanner/reports/sections_plan.py" line="138"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="135"/>
        <source>What needs to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="137"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="151"/>
        <source>People who helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="171"/>
        <source>How to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="176"/>
        <source>Sharing this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="181"/>
        <source>I agree to this plan being shared with the people who support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="203"/>
        <source>First review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="205"/>
        <source>After that, a review at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="206"/>
        <source>{months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="212"/>
        <source>Reviews so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="214"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="224"/>
        <source>Who reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="225"/>
        <source>What is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/reports/sections_plan.py" line="226"/>
        <source>What is not working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="96"/>
        <source>Write down the indicative budget and the dates of the budget period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="108"/>
        <source>The budget period ends before it starts. Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="119"/>
        <source>The plan is {amount} over budget. Planned support and the contingency come to {committed}, but the budget is {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="136"/>
        <source>Support line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="141"/>
        <source>{line} is in the category “{category}”. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="157"/>
        <source>{line} mentions “{word}”, which looks like {category}. Change the description, or say why it is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="176"/>
        <source>{line} pays a family member who lives with you. This is allowed only in some cases: write down the reason that was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="193"/>
        <source>{line} does not say which of your outcomes it helps with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="205"/>
        <source>{line} does not say how its money is managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="222"/>
        <source>Nothing in the plan helps with the outcome {outcome}. Link it to paid or unpaid support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="229"/>
        <source>number {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="242"/>
        <source>Say how the budget is managed: by the NHS (notional), by an organisation (third party) or as a direct payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="256"/>
        <source>Write down at least one risk and how it will be managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="266"/>
        <source>Write the contingency plan: the signs that things are going wrong and what should happen then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="281"/>
        <source>Choose the date of the first review (within 3 months of the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="295"/>
        <source>The first review must be within 3 months of the start: between {start} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="309"/>
        <source>Write down the name of your care coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="30"/>
        <source>Ready for sign-off?</source>
        <extracomment>Points shown one by one; past this many the rest are counted (a plan with a thousand unlinked lines needs the first few fixed, not a thousand buttons).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="56"/>
        <source>✓ Ready: the plan meets every point for sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="60"/>
        <source>Not ready yet: 1 thing to do before sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="64"/>
        <source>Not ready yet: {count} things to do before sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="73"/>
        <source>…and {count} more like these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="97"/>
        <source>Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/readiness_panel.py" line="110"/>
        <source>Go there to fix: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="72"/>
        <source>once, on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="74"/>
        <source>{frequency} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/schedule.py" line="78"/>
        <source>{schedule} until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../phbplanner/ui/form.py" line="59"/>
        <source>Change “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../phbplanner/services/session.py" line="362"/>
        <source>The passphrase has been changed, but there was not enough space on the disk to note it in the plan&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/session.py" line="391"/>
        <source>There is not enough space on the disk to change the passphrase of {name}. Nothing was changed: the old passphrase still opens it. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/services/session.py" line="402"/>
        <source>The passphrase could not be changed ({reason}). Nothing was changed: the old passphrase still opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="33"/>
        <source>Is my plan ready to be agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="34"/>
        <source>When every point is met, print the plan for signatures, then record who agreed it. The agreed plan is kept as a numbered version that never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="49"/>
        <source>Fingerprint of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="54"/>
        <source>Export the plan as a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="57"/>
        <source>Record agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="60"/>
        <source>Versions and differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="89"/>
        <source>This is version {n}, agreed. Any change you make now starts version {next} as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="92"/>
        <source>This is version {n}, a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="95"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="102"/>
        <source>This version is already agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="105"/>
        <source>Agreement can be recorded when every point above is met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../phbplanner/ui/start.py" line="69"/>
        <source>PHB Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="75"/>
        <source>Plan and run your personal health budget, privately, on this computer. Everything is kept in one locked file that only your passphrase opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="86"/>
        <source>Supporter mode: nothing about this plan is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="95"/>
        <source>New here? Try the example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="98"/>
        <source>Look around a complete plan made up for Siân. Change anything you like: nothing is kept when you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="106"/>
        <source>Try the example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="126"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="137"/>
        <source>Start a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="153"/>
        <source>Whose plan is it? (their name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="155"/>
        <location filename="../phbplanner/ui/start.py" line="262"/>
        <source>Where to keep the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="156"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="157"/>
        <source>Choose where to keep the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="164"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="166"/>
        <source>Four or more words you can remember are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="168"/>
        <source>Suggest one for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="173"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="174"/>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="185"/>
        <source>Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="193"/>
        <source>checking whether this computer can keep it safely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="198"/>
        <source>Important: nobody can open the plan without its passphrase — not us, not the NHS. A lost passphrase cannot be recovered. Write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="207"/>
        <source>Save a recovery sheet to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="209"/>
        <source>A page to print and keep safe, with a space to write the passphrase by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="225"/>
        <source>Create my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="238"/>
        <source>Supporter mode never remembers a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="245"/>
        <source>Not available here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="264"/>
        <source>PHB Planner plans (*.phbplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="280"/>
        <source>Suggested passphrase: {words} — write it down now and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="297"/>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="299"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="312"/>
        <source>Saved {file}. Print it, write your passphrase on it by hand, and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="321"/>
        <source>The recovery sheet could not be saved there. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="337"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="348"/>
        <source>That passphrase is strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="367"/>
        <source>Please write whose plan it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="371"/>
        <source>Please choose where to keep the plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="379"/>
        <source>There is already a file called {name} there. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="399"/>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="400"/>
        <source>Open a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="406"/>
        <location filename="../phbplanner/ui/start.py" line="412"/>
        <source>Plans opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="413"/>
        <source>Press Enter to open a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="418"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="437"/>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/start.py" line="439"/>
        <source>PHB Planner plans (*.phbplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="108"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="109"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="110"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="173"/>
        <source>Step {n}: {title}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="194"/>
        <location filename="../phbplanner/ui/journey.py" line="199"/>
        <source>Steps of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="221"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="222"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="224"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="225"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/journey.py" line="273"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="51"/>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="145"/>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="201"/>
        <source>My strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="238"/>
        <source>My community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/about.py" line="277"/>
        <source>My health and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/budget.py" line="41"/>
        <source>My budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="38"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="86"/>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="111"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="157"/>
        <source>Who helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/more.py" line="257"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="108"/>
        <source>My outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/outcomes.py" line="219"/>
        <source>My support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/pages/relationships.py" line="29"/>
        <source>My relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/signoff_page.py" line="32"/>
        <source>Agree my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportDetails</name>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="43"/>
        <source>Outcomes it helps with (tick all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="56"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="34"/>
        <source>The selected support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="66"/>
        <source>Paid to family living with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="72"/>
        <source>The reason this was agreed (needed when it pays family at home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="88"/>
        <source>It is fine: say why…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="90"/>
        <source>Set this warning aside and say why it is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="132"/>
        <source>Check: “{word}” looks like {category}, which the budget cannot pay for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="138"/>
        <source>No warnings for this support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="166"/>
        <source>Change outcomes served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="174"/>
        <source>Change notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="183"/>
        <source>Change family in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="192"/>
        <source>Change the agreed reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="203"/>
        <source>Why is this fine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="204"/>
        <source>Say in a sentence why “{word}” is fine here. The reason is kept with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="213"/>
        <source>The warning stays until you write a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/line_details.py" line="220"/>
        <source>Set a warning aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportTable</name>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="52"/>
        <source>Paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="56"/>
        <source>Change a value by selecting it and pressing F2 or Enter (or double-click it). Costs are worked out for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="69"/>
        <source>Add paid support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="71"/>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="249"/>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="267"/>
        <source>Add paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="75"/>
        <source>Change in a form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="78"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="80"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="81"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="83"/>
        <source>Show in plan order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="102"/>
        <source>Problem</source>
        <extracomment>The buttons by what they do (tests and the keyboard journey use these names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="129"/>
        <source>Paid support lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="131"/>
        <source>One row for each paid support line, with its cost for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="228"/>
        <source>New support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="252"/>
        <source>Change paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="283"/>
        <source>{description} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="289"/>
        <source>Duplicate support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="301"/>
        <source>Remove support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_editor.py" line="325"/>
        <source>Move support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="76"/>
        <source>Description</source>
        <extracomment>The role that gives a cell&apos;s current value to a combo-box editor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="83"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="84"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="77"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="78"/>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="372"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="79"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="85"/>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="86"/>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="87"/>
        <source>Managed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="88"/>
        <source>Outcomes served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="80"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="81"/>
        <source>Period cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="82"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="99"/>
        <source>{category} (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="112"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="113"/>
        <source>Notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="114"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="115"/>
        <source>Direct payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="124"/>
        <source>This category cannot be paid for from the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="127"/>
        <source>“{word}” looks like {category}: change it, or say why it is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="134"/>
        <source>Pays a family member who lives with you: write the agreed reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="266"/>
        <source>Empty means the start of the budget period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="278"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="290"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="297"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="344"/>
        <source>Change {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="355"/>
        <source>Describe the support in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="366"/>
        <source>Unit cost must be an amount like 12.50 ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="375"/>
        <source>Quantity must be a number more than 0, like 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="392"/>
        <source>This column is worked out for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="397"/>
        <source>The last date cannot be before the first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/lines_model.py" line="402"/>
        <source>That is too long: keep it under 2,000 letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="37"/>
        <source>About me: my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="38"/>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="39"/>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="40"/>
        <source>My strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="41"/>
        <source>My relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="42"/>
        <source>My community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="43"/>
        <source>My health and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="44"/>
        <source>My outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="45"/>
        <source>Paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="46"/>
        <source>Unpaid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="47"/>
        <source>My budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="48"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="49"/>
        <source>Contingency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="50"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="51"/>
        <source>Who helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="52"/>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="53"/>
        <source>Care coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="54"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="62"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="63"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="69"/>
        <source>From version {a} to version {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="78"/>
        <source>Budget: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="90"/>
        <source>Planned support: {old} → {new} ({sign}{change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="109"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="110"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="111"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="139"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="141"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="142"/>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="143"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="168"/>
        <source>Plan versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="177"/>
        <source>Versions of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="179"/>
        <source>Copy the selected version’s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="188"/>
        <source>Version {n} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="193"/>
        <source>Compare version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="195"/>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="196"/>
        <source>with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="198"/>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/costed/versions.py" line="206"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../phbplanner/ui/main.py" line="38"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/main.py" line="39"/>
        <source>Something unexpected went wrong. Every change you finished is saved in your plan. If this happens again, close PHB Planner and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="60"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="88"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="90"/>
        <source>&amp;Close this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="97"/>
        <source>&amp;Export the plan as a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="101"/>
        <source>Record &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="104"/>
        <source>&amp;Versions and differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="111"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="112"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="114"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="118"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="120"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="124"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="128"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="131"/>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="133"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="161"/>
        <source>PHB Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="166"/>
        <source>Example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="168"/>
        <source>{file} – PHB Planner – {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="204"/>
        <source>Text size {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="247"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="251"/>
        <source>Read only: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="280"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="289"/>
        <source>The plan could not be opened because of an unexpected problem. The file has not been changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="310"/>
        <source>Creating and locking your plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="364"/>
        <source>Unlocking your plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/ui/window.py" line="391"/>
        <source>Opening the example plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
