<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AssignForm</name>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the responsible official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the case to a department first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no officials on record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leaders and higher, who sign off answers, are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an official.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarMonthView</name>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWeekView</name>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign official…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (keeps the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed text for case {0} that is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it, or go back and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExportRunner</name>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0:,} cases to {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search number, text, name, phone  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (any clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today · {0} h left · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in {0} h · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days left · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: due {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a new case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (Excel, UTF-8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} cases to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitySettingsPage</name>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal / signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: letters are not cryptographically signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s passphrase is never stored: it is asked when letters are issued and kept only until CivicDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <source>Classify case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons, in words the resident will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (referred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case will be recorded as “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot be classified in its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason: long-term review and unfeasible need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reasons: they go to the resident in the mayor&apos;s letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency the case is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CivicDesk did not recognise the file&apos;s headers. Choose the column for each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Case {0} was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved this case at {1}, after you opened it. Nothing of yours was saved yet; your text is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mine on the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateForm</name>
    <message>
        <source>Original case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a duplicate of an earlier case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the number “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The database is busy (another desk is writing). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CivicDesk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside CivicDesk. Nothing you saved before is lost. Please copy the details below and send them to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingSection</name>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s words, exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(route later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number — kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude is acknowledged; no department action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the topic “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic for a suggestion, or route later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates from the same phone number — check before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text you typed has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>Issuing {0} letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Letters issued before the cancel stay issued; see the Issued letters list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter for case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (제목)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (the letter ends with 끝. automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct (void and reissue)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting letter {0}: it will be voided ({1}) when the new letter is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: edit the text for this case; the register number is assigned when you issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as {0} on {1}{2}. An issued letter never changes; SHA-256 {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the letter for case {0}? A register number is assigned and the letter can no longer be changed (only voided and reissued). It counts as the reply to the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is letter {0} corrected? It is voided and a new number is issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplateEditor</name>
    <message>
        <source>Long-term review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (제목)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (filled from the case when a letter is drafted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>Draft letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue all selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the letters of the selected cases from their templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a letter (long-term review, unfeasible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued letters (register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cases awaiting a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this letter voided? The case will await a new letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CivicDesk — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import text messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Internal note (not sent to the resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What colleagues should know about this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>{0} — this screen is coming in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <source>Progress update (restarts the monthly update clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done since the last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenForm</name>
    <message>
        <source>Reopen the case for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case is reopened (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident is told (choose a template to start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentSection</name>
    <message>
        <source>Resident and submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number — kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text (as received, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDateForm</name>
    <message>
        <source>Review again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date (management list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteForm</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you or your department, or cases you have worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply promise, statutory deadline or monthly update has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running deadline falls due later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident has not been answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term review or unfeasible, and the mayor&apos;s letter is not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term review or unfeasible cases whose next review date has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to another agency, awaiting its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAgendaModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCaseModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Schedule conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session clashes with the mayor&apos;s diary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the request of {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the next day at {0:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Select a session in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-visit brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the calendar, or double-click a day to schedule one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by {0} {1} via {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: {0} · suggestions: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pre-visit brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRequestDialog</name>
    <message>
        <source>New session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRequestList</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the request from {0} declined?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStyle</name>
    <message>
        <source>Overlaps {0} ({1:%m-%d %H:%M}–{2:%H:%M})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little travel time to or from {0} ({1:%m-%d %H:%M}–{2:%H:%M})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a public holiday: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>Previous (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (double-booked or too little travel time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}-{1:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningSession</name>
    <message>
        <source>Sign letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the signing certificate {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionEntryGrid</name>
    <message>
        <source>Type one suggestion per row; Tab moves to the next cell. Each row becomes a case with a 14-day reply promise from the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
