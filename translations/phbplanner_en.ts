<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
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
    <name>Readiness</name>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="80"/>
        <source>Write down the indicative budget and the dates of the budget period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="84"/>
        <source>The budget period ends before it starts. Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="88"/>
        <source>The plan is {amount} over budget. Planned support and the contingency come to {committed}, but the budget is {budget}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="99"/>
        <source>Support line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="101"/>
        <source>{line} is in the category “{category}”. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="111"/>
        <source>{line} mentions “{word}”, which looks like {category}. Change the description, or say why it is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="119"/>
        <source>{line} pays a family member who lives with you. This is allowed only in some cases: write down the reason that was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="127"/>
        <source>{line} does not say which of your outcomes it helps with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="132"/>
        <source>{line} does not say how its money is managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="141"/>
        <source>Nothing in the plan helps with the outcome {outcome}. Link it to paid or unpaid support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="145"/>
        <source>number {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="149"/>
        <source>Say how the budget is managed: by the NHS (notional), by an organisation (third party) or as a direct payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="155"/>
        <source>Write down at least one risk and how it will be managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="160"/>
        <source>Write the contingency plan: the signs that things are going wrong and what should happen then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="168"/>
        <source>Choose the date of the first review (within 3 months of the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="174"/>
        <source>The first review must be within 3 months of the start: between {start} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../phbplanner/domain/readiness.py" line="181"/>
        <source>Write down the name of your care coordinator.</source>
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
</TS>
