<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AssignForm</name>
    <message>
        <source>Official</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Assign the responsible official</source>
        <translation>담당자 지정</translation>
    </message>
    <message>
        <source>Route the case to a department first.</source>
        <translation>먼저 담당 부서를 배정하십시오.</translation>
    </message>
    <message>
        <source>{0} has no officials on record yet.</source>
        <translation>{0}에 등록된 담당자가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Team leaders and higher, who sign off answers, are listed first.</source>
        <translation>회신을 결재하는 팀장 이상 책임자가 먼저 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose an official.</source>
        <translation>담당자를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
</context>
<context>
    <name>CalendarMonthView</name>
    <message>
        <source>Conflict</source>
        <translation>일정 충돌</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>{0} Today</source>
        <translation>{0} 오늘</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0}건</translation>
    </message>
</context>
<context>
    <name>CalendarWeekView</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>일정 충돌</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0}일 {1}시간</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0}시간 {1}분</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Due {0} · met {1}</source>
        <translation>기한 {0} · {1} 이행</translation>
    </message>
    <message>
        <source>Due {0} · met late {1}</source>
        <translation>기한 {0} · {1} 늦게 이행</translation>
    </message>
    <message>
        <source>Due {0} · overdue by {1}</source>
        <translation>기한 {0} · {1} 초과</translation>
    </message>
    <message>
        <source>Due today {0} · {1} left</source>
        <translation>오늘 {0} 마감 · {1} 남음</translation>
    </message>
    <message>
        <source>Due {0} · {1} left</source>
        <translation>기한 {0} · {1} 남음</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>민원을 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Route…</source>
        <translation>부서 배정…</translation>
    </message>
    <message>
        <source>Assign official…</source>
        <translation>담당자 지정…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation>결과 분류…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>재검토…</translation>
    </message>
    <message>
        <source>Next review date…</source>
        <translation>다음 검토일…</translation>
    </message>
    <message>
        <source>Mark as duplicate…</source>
        <translation>중복 처리…</translation>
    </message>
    <message>
        <source>Draft letter…</source>
        <translation>회신문 작성…</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>목록으로 (Esc)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>처리 이력 (최신순)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Close (keeps the text)</source>
        <translation>닫기 (입력 내용 유지)</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>이 민원은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Case {0}</source>
        <translation>민원 {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>저장하지 않은 내용</translation>
    </message>
    <message>
        <source>You typed text for case {0} that is not saved yet.</source>
        <translation>민원 {0}에 입력한 내용이 아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it?</source>
        <translation>입력한 내용을 버리시겠습니까, 아니면 돌아가서 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Discard text</source>
        <translation>내용 버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 작성</translation>
    </message>
</context>
<context>
    <name>CaseExportRunner</name>
    <message>
        <source>Export cases</source>
        <translation>민원 내보내기</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Open311 service requests (*.json)</source>
        <translation>Open311 민원 요청 (*.json)</translation>
    </message>
    <message>
        <source>Exporting {0:,} cases to {1}…</source>
        <translation>민원 {0:,}건을 내보내는 중: {1}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search number, text, name, phone  (Ctrl+F)</source>
        <translation>접수번호, 내용, 이름, 전화번호 검색  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>전체 기한</translation>
    </message>
    <message>
        <source>Overdue (any clock)</source>
        <translation>기한 경과 (전체)</translation>
    </message>
    <message>
        <source>Overdue: {0}</source>
        <translation>기한 경과: {0}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>전체 경로</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>전체 유형</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>전체 부서</translation>
    </message>
    <message>
        <source>Any official</source>
        <translation>전체 담당자</translation>
    </message>
    <message>
        <source>Any town</source>
        <translation>전체 읍·면·동</translation>
    </message>
    <message>
        <source>Any session</source>
        <translation>전체 이동시장실</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>CaseOps</name>
    <message>
        <source>Saved: {0}</source>
        <translation>저장됨: {0}</translation>
    </message>
    <message>
        <source>New case registered</source>
        <translation>새 민원을 접수했습니다</translation>
    </message>
    <message>
        <source>Service codes saved</source>
        <translation>서비스 코드를 저장했습니다</translation>
    </message>
    <message>
        <source>Service code removed</source>
        <translation>서비스 코드를 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 일시</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요지</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>다음 기한</translation>
    </message>
    <message>
        <source>Overdue · {0}</source>
        <translation>기한 경과 · {0}</translation>
    </message>
    <message>
        <source>Due today · {0} h left · {1}</source>
        <translation>오늘 마감 · {0}시간 남음 · {1}</translation>
    </message>
    <message>
        <source>Due in {0} h · {1}</source>
        <translation>{0}시간 후 마감 · {1}</translation>
    </message>
    <message>
        <source>{0} days left · {1}</source>
        <translation>{0}일 남음 · {1}</translation>
    </message>
    <message>
        <source>{0}: due {1}</source>
        <translation>{0}: {1}까지</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Status</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>관계 기관</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>다음 검토일</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>원 민원(중복)</translation>
    </message>
    <message>
        <source>Repeated by</source>
        <translation>중복 접수</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>최초 회신</translation>
    </message>
    <message>
        <source>Reply method</source>
        <translation>회신 방법</translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation>다음 갱신 기한</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Phone number valid</source>
        <translation>전화번호 유효</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>알 수 없는 사용자</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>민원 접수</translation>
    </message>
    <message>
        <source>Take in a new case (Ctrl+N)</source>
        <translation>새 민원 접수 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Text messages (gateway CSV)…</source>
        <translation>바로문자 (문자 수신 CSV)…</translation>
    </message>
    <message>
        <source>Open311 service requests (JSON)…</source>
        <translation>Open311 민원 요청 (JSON)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>CSV (Excel, UTF-8)…</source>
        <translation>CSV (Excel, UTF-8)…</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel 통합 문서 (.xlsx)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>민원 {0}건</translation>
    </message>
    <message>
        <source>{0} of {1} cases</source>
        <translation>민원 {1}건 중 {0}건</translation>
    </message>
    <message>
        <source>Exported {0} cases to {1}</source>
        <translation>민원 {0}건을 내보냈습니다: {1}</translation>
    </message>
</context>
<context>
    <name>CitySettingsPage</name>
    <message>
        <source>generated</source>
        <translation>자동 생성</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>none: letters are not cryptographically signed</source>
        <translation>없음: 회신문에 전자 서명을 하지 않습니다</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>The certificate&apos;s passphrase is never stored: it is asked when letters are issued and kept only until CivicDesk closes.</source>
        <translation>인증서 암호는 저장하지 않습니다. 회신문을 시행할 때 입력받으며 CivicDesk를 종료할 때까지만 보관합니다.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>서명용 인증서</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>City settings saved.</source>
        <translation>시 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <source>Classify case {0}</source>
        <translation>민원 {0} 결과 분류</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The reasons, in words the resident will read</source>
        <translation>민원인이 읽을 사유 설명</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Reasons in words</source>
        <translation>사유 설명</translation>
    </message>
    <message>
        <source>Agency (referred)</source>
        <translation>관계 기관 (타기관 이송)</translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation>재검토일</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>The case will be recorded as “{0}”.</source>
        <translation>이 민원은 “{0}”(으)로 기록됩니다.</translation>
    </message>
    <message>
        <source>This case cannot be classified in its current status.</source>
        <translation>현재 상태에서는 이 민원의 결과를 분류할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a reason: long-term review and unfeasible need one.</source>
        <translation>사유를 선택하십시오. 장기 검토와 불가는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Write the reasons: they go to the resident in the mayor&apos;s letter.</source>
        <translation>사유 설명을 입력하십시오. 시장 서명 회신문에 담겨 민원인에게 전달됩니다.</translation>
    </message>
    <message>
        <source>Choose the agency the case is referred to.</source>
        <translation>이송할 관계 기관을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>열 지정</translation>
    </message>
    <message>
        <source>CivicDesk did not recognise the file&apos;s headers. Choose the column for each field.</source>
        <translation>파일의 머리글을 인식하지 못했습니다. 항목마다 해당하는 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(파일에 없음)</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>아직 지정하지 않은 항목: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Case {0} was changed by someone else</source>
        <translation>민원 {0}: 다른 사용자가 변경함</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>{0} saved this case at {1}, after you opened it. Nothing of yours was saved yet; your text is kept below.</source>
        <translation>이 민원을 연 뒤 {1}에 변경 내용이 저장되었습니다(저장한 사람: {0}). 입력하신 내용은 아직 저장되지 않았으며 아래에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Apply mine on the new version</source>
        <translation>새 버전에 내 내용 적용</translation>
    </message>
    <message>
        <source>Discard mine</source>
        <translation>내 내용 버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 작성</translation>
    </message>
    <message>
        <source>Their change:</source>
        <translation>다른 사용자의 변경:</translation>
    </message>
    <message>
        <source>Your unsaved change:</source>
        <translation>저장하지 않은 내 변경:</translation>
    </message>
</context>
<context>
    <name>DuplicateForm</name>
    <message>
        <source>Original case number</source>
        <translation>원 민원 접수번호</translation>
    </message>
    <message>
        <source>Mark as a duplicate of an earlier case</source>
        <translation>이전 민원의 중복으로 처리</translation>
    </message>
    <message>
        <source>No case has the number “{0}”.</source>
        <translation>접수번호 “{0}”인 민원이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The database is busy (another desk is writing). Try again in a moment.</source>
        <translation>데이터베이스가 사용 중입니다(다른 자리에서 저장 중). 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {0}</source>
        <translation>데이터베이스에 연결할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk: unexpected error</source>
        <translation>CivicDesk: 예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside CivicDesk. Nothing you saved before is lost. Please copy the details below and send them to the administrator.</source>
        <translation>CivicDesk 내부에서 오류가 발생했습니다. 이전에 저장한 내용은 그대로 있습니다. 아래 세부 내용을 복사하여 관리자에게 보내 주십시오.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No case with id {id}</source>
        <translation>민원(ID {id})을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>No case numbered {number}</source>
        <translation>접수번호 {number} 민원이 없습니다</translation>
    </message>
    <message>
        <source>Case {id} no longer exists</source>
        <translation>민원(ID {id})이 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Case {number} was changed by {who} at {when} after you opened it; nothing was saved. Reload the case to see the change, then apply yours again.</source>
        <translation>접수번호 {number} 민원을 연 뒤에 다른 사람이 변경했습니다 (변경: {who}, {when}). 아무것도 저장되지 않았습니다. 민원을 다시 불러와 변경 내용을 확인한 뒤 다시 적용하십시오.</translation>
    </message>
    <message>
        <source>The case text is empty</source>
        <translation>민원 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>The case text has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>민원 내용이 {length:,}자입니다. 최대 {limit:,}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{target}&apos; (allowed: {allowed})</source>
        <translation>‘{current}’ 상태의 민원은 ‘{target}’ 상태로 바꿀 수 없습니다 (가능한 상태: {allowed})</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{target}&apos; (allowed: none)</source>
        <translation>‘{current}’ 상태의 민원은 ‘{target}’ 상태로 바꿀 수 없습니다 (바꿀 수 있는 상태 없음)</translation>
    </message>
    <message>
        <source>Unknown classification &apos;{classification}&apos;</source>
        <translation>알 수 없는 처리 결과 ‘{classification}’</translation>
    </message>
    <message>
        <source>A &apos;{classification}&apos; case needs a reason code</source>
        <translation>‘{classification}’ 민원에는 사유를 선택해야 합니다</translation>
    </message>
    <message>
        <source>Unknown reason code &apos;{reason_code}&apos;</source>
        <translation>알 수 없는 사유 코드 ‘{reason_code}’</translation>
    </message>
    <message>
        <source>A &apos;{classification}&apos; case needs the reasons in words</source>
        <translation>‘{classification}’ 민원에는 사유 설명을 적어야 합니다</translation>
    </message>
    <message>
        <source>A referred case needs the agency it goes to</source>
        <translation>타기관 이송 민원에는 이송할 관계 기관이 필요합니다</translation>
    </message>
    <message>
        <source>Route the case to a department before assigning an official</source>
        <translation>담당자를 지정하기 전에 담당 부서를 배정하십시오</translation>
    </message>
    <message>
        <source>{official} works in {official_department}, not in {department}</source>
        <translation>{official} 담당자의 소속은 {official_department}입니다 (이 민원의 담당 부서: {department})</translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation>내부 메모가 비어 있습니다</translation>
    </message>
    <message>
        <source>The progress update is empty</source>
        <translation>진행 상황 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>Unknown reply method &apos;{method}&apos;</source>
        <translation>알 수 없는 회신 방법 ‘{method}’</translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>회신 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>Say why the case is reopened</source>
        <translation>재검토하는 이유를 적으십시오</translation>
    </message>
    <message>
        <source>Case {number} has no outcome yet ({state}); only a classified case can be reopened</source>
        <translation>접수번호 {number} 민원은 아직 처리 결과가 없습니다 ({state}). 처리 결과가 분류된 민원만 재검토할 수 있습니다</translation>
    </message>
    <message>
        <source>Only long-term review and unfeasible cases have a next review date</source>
        <translation>다음 검토일은 장기 검토·불가 민원에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>A case cannot duplicate itself</source>
        <translation>민원을 자기 자신의 중복 민원으로 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Unknown {record}: &apos;{key}&apos;</source>
        <translation>알 수 없는 {record}: ‘{key}’</translation>
    </message>
    <message>
        <source>No letter with id {id}</source>
        <translation>회신문(ID {id})을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>No letter {letter_id} for case {number}</source>
        <translation>접수번호 {number} 민원에 회신문(ID {letter_id})이 없습니다</translation>
    </message>
    <message>
        <source>Unknown letter language &apos;{language}&apos;</source>
        <translation>알 수 없는 회신문 언어 ‘{language}’</translation>
    </message>
    <message>
        <source>Unknown letter kind &apos;{kind}&apos;</source>
        <translation>알 수 없는 회신문 종류 ‘{kind}’</translation>
    </message>
    <message>
        <source>The letter subject (제목) is empty</source>
        <translation>회신문 제목이 비어 있습니다</translation>
    </message>
    <message>
        <source>The letter text is empty</source>
        <translation>회신문 본문이 비어 있습니다</translation>
    </message>
    <message>
        <source>Case {number} is not classified long-term review or unfeasible: no letter is due</source>
        <translation>접수번호 {number} 민원은 장기 검토나 불가로 분류되지 않아 시장 서명 회신문 대상이 아닙니다</translation>
    </message>
    <message>
        <source>Case {number} has no department: the register number is &lt;department code&gt;-&lt;serial&gt;</source>
        <translation>접수번호 {number} 민원에 담당 부서가 없습니다. 시행 번호는 &lt;부서 코드&gt;-&lt;일련번호&gt;로 매깁니다</translation>
    </message>
    <message>
        <source>Case {number} already has letter {register_number}; void it with a reason to issue a corrected one</source>
        <translation>접수번호 {number} 민원에는 이미 회신문이 있습니다 (시행 번호 {register_number}). 정정한 회신문을 발송하려면 사유를 적고 기존 회신문을 취소하십시오</translation>
    </message>
    <message>
        <source>Say why the letter is corrected (void reason)</source>
        <translation>회신문을 정정하는 사유(취소 사유)를 적으십시오</translation>
    </message>
    <message>
        <source>Say why the letter is voided</source>
        <translation>회신문을 취소하는 사유를 적으십시오</translation>
    </message>
    <message>
        <source>Letter {register_number} was already voided</source>
        <translation>시행 번호 {register_number} 회신문은 이미 취소되었습니다</translation>
    </message>
    <message>
        <source>The letter body is empty</source>
        <translation>회신문 본문이 비어 있습니다</translation>
    </message>
    <message>
        <source>Unknown placeholder {placeholder} in the {part}</source>
        <translation>{part}에 알 수 없는 자리표시자가 있습니다: {placeholder}</translation>
    </message>
    <message>
        <source>Unmatched brace in the {part}: write a brace twice to keep it as text</source>
        <translation>{part}에 짝이 맞지 않는 중괄호가 있습니다. 중괄호를 글자로 쓰려면 두 번 겹쳐 쓰십시오</translation>
    </message>
    <message>
        <source>No letter template for &apos;{kind}&apos; in &apos;{language}&apos;</source>
        <translation>‘{kind}’ 회신문의 ‘{language}’ 서식이 없습니다</translation>
    </message>
    <message>
        <source>Someone saved this letter template after you opened it; nothing was saved. Reload it, then apply your change again.</source>
        <translation>이 회신문 서식을 연 뒤에 다른 사람이 먼저 저장했습니다. 아무것도 저장되지 않았습니다. 서식을 다시 불러온 뒤 변경 내용을 다시 적용하십시오.</translation>
    </message>
    <message>
        <source>Certificate file not found: {path}</source>
        <translation>인증서 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Cannot open the certificate {name}: wrong passphrase or not a PKCS#12 file</source>
        <translation>인증서를 열 수 없습니다: {name} (암호가 틀렸거나 PKCS#12 파일이 아닙니다)</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;</source>
        <translation>알 수 없는 설정 ‘{key}’</translation>
    </message>
    <message>
        <source>{setting} must not be empty</source>
        <translation>{setting} 항목은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>{setting}: not a PNG image</source>
        <translation>{setting}: PNG 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>The default letter language is ko or en</source>
        <translation>회신문 기본 언어는 ko(한국어) 또는 en(영어)입니다</translation>
    </message>
    <message>
        <source>No session with id {id}</source>
        <translation>이동시장실(ID {id})을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>No session request with id {id}</source>
        <translation>이동시장실 신청(ID {id})을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>A session that is &apos;{current}&apos; cannot become &apos;{target}&apos;; allowed next: {allowed}</source>
        <translation>‘{current}’ 상태의 이동시장실은 ‘{target}’ 상태로 바꿀 수 없습니다 (가능한 다음 상태: {allowed})</translation>
    </message>
    <message>
        <source>A session that is &apos;{current}&apos; cannot become &apos;{target}&apos;: it is final</source>
        <translation>‘{current}’ 상태의 이동시장실은 ‘{target}’ 상태로 바꿀 수 없습니다 (더 바꿀 수 없는 최종 상태)</translation>
    </message>
    <message>
        <source>A session request that is &apos;{current}&apos; cannot become &apos;{target}&apos;; allowed next: {allowed}</source>
        <translation>‘{current}’ 상태의 이동시장실 신청은 ‘{target}’ 상태로 바꿀 수 없습니다 (가능한 다음 상태: {allowed})</translation>
    </message>
    <message>
        <source>A session request that is &apos;{current}&apos; cannot become &apos;{target}&apos;: it is final</source>
        <translation>‘{current}’ 상태의 이동시장실 신청은 ‘{target}’ 상태로 바꿀 수 없습니다 (더 바꿀 수 없는 최종 상태)</translation>
    </message>
    <message>
        <source>Give a reason when a session is &apos;{state}&apos;</source>
        <translation>이동시장실을 ‘{state}’ 처리할 때는 사유를 적으십시오</translation>
    </message>
    <message>
        <source>Give a reason when a session request is &apos;{state}&apos;</source>
        <translation>이동시장실 신청을 ‘{state}’ 처리할 때는 사유를 적으십시오</translation>
    </message>
    <message>
        <source>Unknown communication unit type &apos;{unit_type}&apos;</source>
        <translation>알 수 없는 소통 단위 ‘{unit_type}’</translation>
    </message>
    <message>
        <source>Sub-group &apos;{subgroup}&apos; does not belong to unit type &apos;{unit_type}&apos;</source>
        <translation>‘{subgroup}’ 세부 단체는 ‘{unit_type}’ 소통 단위에 속하지 않습니다</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>이동시장실 종료 시각은 시작 시각보다 늦어야 합니다</translation>
    </message>
    <message>
        <source>A session lasts at most {hours} hours</source>
        <translation>이동시장실은 최대 {hours}시간까지 잡을 수 있습니다</translation>
    </message>
    <message>
        <source>Choose the communication unit</source>
        <translation>소통 단위를 선택하십시오</translation>
    </message>
    <message>
        <source>Unknown session fields: {fields}</source>
        <translation>알 수 없는 이동시장실 항목: {fields}</translation>
    </message>
    <message>
        <source>Session {number} is &apos;{state}&apos;; only a scheduled session can be moved</source>
        <translation>{number} 이동시장실은 ‘{state}’ 상태입니다. 예정된 이동시장실만 옮길 수 있습니다</translation>
    </message>
    <message>
        <source>Give the number of attendees (0 or more)</source>
        <translation>참석 인원을 적으십시오 (0명 이상)</translation>
    </message>
    <message>
        <source>Session {number} starts {starts_at}; it cannot be recorded as held before then</source>
        <translation>{number} 이동시장실은 {starts_at}에 시작합니다. 그 전에는 개최 기록을 할 수 없습니다</translation>
    </message>
    <message>
        <source>Session {number} was changed by {who} at {when} after you opened it; nothing was saved. Reload it to see the change, then apply yours again.</source>
        <translation>{number} 이동시장실을 연 뒤에 다른 사람이 변경했습니다 (변경: {who}, {when}). 아무것도 저장되지 않았습니다. 다시 불러와 변경 내용을 확인한 뒤 다시 적용하십시오.</translation>
    </message>
    <message>
        <source>The request from {requested_by} was changed by someone else after you opened it; nothing was saved. Reload it and try again.</source>
        <translation>이동시장실 신청(신청: {requested_by})을 연 뒤에 다른 사람이 변경했습니다. 아무것도 저장되지 않았습니다. 다시 불러온 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Say who asked for the session</source>
        <translation>이동시장실을 신청한 사람이나 단체를 적으십시오</translation>
    </message>
    <message>
        <source>Expected attendance cannot be negative</source>
        <translation>예상 참석 인원은 0명 이상이어야 합니다</translation>
    </message>
    <message>
        <source>Cancel the scheduled session instead; its request follows it</source>
        <translation>일정이 확정된 이동시장실을 취소하십시오. 신청은 이동시장실을 따라 함께 취소됩니다</translation>
    </message>
    <message>
        <source>The slot clashes with the mayor&apos;s diary: {conflicts}</source>
        <translation>시장 일정과 맞지 않습니다: {conflicts}</translation>
    </message>
    <message>
        <source>Overlaps {other} ({starts}–{ends})</source>
        <translation>{other} 일정과 겹칩니다 ({starts}–{ends})</translation>
    </message>
    <message>
        <source>Only {minutes} min to travel to or from {other}; {needed} min needed</source>
        <translation>{other} 일정과의 이동 시간이 {minutes}분뿐입니다 ({needed}분 필요)</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday})</source>
        <translation>공휴일입니다: {day} ({holiday})</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>다른 이동시장실</translation>
    </message>
    <message>
        <source>There is no suggestion to save: type at least one row</source>
        <translation>저장할 현장 건의가 없습니다. 한 줄 이상 입력하십시오</translation>
    </message>
    <message>
        <source>Row {row} ({name}) has no suggestion text</source>
        <translation>{row}번째 줄({name})에 건의 내용이 없습니다</translation>
    </message>
    <message>
        <source>Session {number} is &apos;{state}&apos;; suggestions are recorded on a held session</source>
        <translation>{number} 이동시장실은 ‘{state}’ 상태입니다. 현장 건의는 개최된 이동시장실에만 기록합니다</translation>
    </message>
    <message>
        <source>Not an iCalendar file: {reason}</source>
        <translation>iCalendar 파일이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>Event {index} has no UID; it cannot be matched to a session</source>
        <translation>{index}번째 일정에 UID가 없어 이동시장실과 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Event {index} ({uid}) has no start time</source>
        <translation>{index}번째 일정({uid})에 시작 시각이 없습니다</translation>
    </message>
    <message>
        <source>Service request file not found: {path}</source>
        <translation>민원 요청 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {offset}); Open311 files are UTF-8</source>
        <translation>{file} 파일이 UTF-8 텍스트가 아닙니다({offset}번째 바이트). Open311 파일은 UTF-8이어야 합니다</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: {reason}</source>
        <translation>{file} 파일이 올바른 JSON이 아닙니다: {line}행 {column}열: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: line {line}, column {column}: a number cannot start with 0 (write codes such as 006 in quotes: &quot;006&quot;)</source>
        <translation>{file} 파일이 올바른 JSON이 아닙니다: {line}행 {column}열: 숫자는 0으로 시작할 수 없습니다 (006 같은 코드는 따옴표로 감싸 &quot;006&quot;으로 적어야 합니다)</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be service requests</source>
        <translation>{file} 파일은 구조가 너무 깊게 중첩되어 민원 요청으로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} holds no list of service requests (expected a JSON array of requests)</source>
        <translation>{file} 파일에 민원 요청 목록이 없습니다 (요청들의 JSON 배열이어야 합니다)</translation>
    </message>
    <message>
        <source>Unknown category &apos;{category}&apos;</source>
        <translation>알 수 없는 분야 ‘{category}’</translation>
    </message>
    <message>
        <source>Topic &apos;{topic}&apos; does not belong to category &apos;{category}&apos;</source>
        <translation>‘{topic}’ 세부 분야는 ‘{category}’ 분야에 속하지 않습니다</translation>
    </message>
    <message>
        <source>Service code &apos;{code}&apos; needs a category</source>
        <translation>‘{code}’ 서비스 코드에는 분야를 지정해야 합니다</translation>
    </message>
    <message>
        <source>The service code is empty</source>
        <translation>서비스 코드가 비어 있습니다</translation>
    </message>
    <message>
        <source>The folder for the output file does not exist: {path}</source>
        <translation>저장할 폴더가 없습니다: {path}</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>No file path in database URL &apos;{url}&apos; (expected sqlite:///path/to/file.db)</source>
        <translation>데이터베이스 주소 ‘{url}’에 파일 경로가 없습니다 (예: sqlite:///path/to/file.db)</translation>
    </message>
    <message>
        <source>Bad port in database URL &apos;{url}&apos;: {reason}</source>
        <translation>데이터베이스 주소 ‘{url}’의 포트가 잘못되었습니다: {reason}</translation>
    </message>
    <message>
        <source>No database name in URL &apos;{url}&apos; (expected postgresql://user@host/dbname)</source>
        <translation>주소 ‘{url}’에 데이터베이스 이름이 없습니다 (예: postgresql://user@host/dbname)</translation>
    </message>
    <message>
        <source>Unsupported database URL &apos;{url}&apos;: use sqlite:///path/to/file.db or postgresql://user@host/dbname</source>
        <translation>지원하지 않는 데이터베이스 주소 ‘{url}’: sqlite:///path/to/file.db 또는 postgresql://user@host/dbname 형식으로 적으십시오</translation>
    </message>
    <message>
        <source>Database file not found: {path}</source>
        <translation>데이터베이스 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Folder does not exist for database file: {path}</source>
        <translation>데이터베이스 파일을 둘 폴더가 없습니다: {path}</translation>
    </message>
    <message>
        <source>Cannot open database {database}: {reason}</source>
        <translation>데이터베이스를 열 수 없습니다 ({database}): {reason}</translation>
    </message>
    <message>
        <source>{database} is not a CivicDesk database (it has tables but no schema version)</source>
        <translation>{database}: CivicDesk 데이터베이스가 아닙니다 (테이블은 있지만 스키마 버전이 없습니다)</translation>
    </message>
    <message>
        <source>The database {database} has schema version {version}, newer than this CivicDesk understands ({latest}). Install the newer CivicDesk to open it.</source>
        <translation>데이터베이스 {database}의 스키마 버전({version})이 이 CivicDesk가 아는 버전({latest})보다 새롭습니다. 새 버전의 CivicDesk를 설치한 뒤 여십시오.</translation>
    </message>
    <message>
        <source>Upgrading the database {database} from schema version {version} to {latest} failed ({reason}); it stays at version {kept}</source>
        <translation>데이터베이스 {database}의 스키마 버전을 {version}에서 {latest} 버전으로 올리지 못했습니다 ({reason}). 데이터베이스는 버전 {kept} 상태로 남아 있습니다</translation>
    </message>
    <message>
        <source>Upgrading the database {database} from schema version {version} to {latest} failed ({reason}); it stays at version {kept}; a copy from before the upgrade is at {backup}</source>
        <translation>데이터베이스 {database}의 스키마 버전을 {version}에서 {latest} 버전으로 올리지 못했습니다 ({reason}). 데이터베이스는 버전 {kept} 상태로 남아 있고, 올리기 전 사본은 {backup}에 있습니다</translation>
    </message>
    <message>
        <source>--{option} must be a date like 2026-03-01, not &apos;{value}&apos;</source>
        <translation>--{option}에는 2026-03-01 같은 날짜를 적으십시오 (입력: ‘{value}’)</translation>
    </message>
    <message>
        <source>Calendar file not found: {path}</source>
        <translation>달력 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>A signing certificate is configured ({path}): set {variable} or pass --no-sign</source>
        <translation>서명 인증서가 설정되어 있습니다 ({path}). 환경 변수 {variable}을 설정하거나 --no-sign을 붙이십시오</translation>
    </message>
    <message>
        <source>Output path is not a folder: {path}</source>
        <translation>출력 경로가 폴더가 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Case {number} already has letter {register_number} (void it to correct it)</source>
        <translation>접수번호 {number} 민원에는 이미 회신문이 있습니다 (시행 번호 {register_number}; 정정하려면 먼저 취소하십시오)</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative</source>
        <translation>시연용 민원 수는 0 이상이어야 합니다</translation>
    </message>
    <message>
        <source>The database already holds {cases:,} cases; demo data goes into a new, empty database</source>
        <translation>데이터베이스에 이미 민원 {cases:,}건이 있습니다. 시연 자료는 비어 있는 새 데이터베이스에 만듭니다</translation>
    </message>
    <message>
        <source>Demo letter for case {number} failed: {message} ({failed} failed)</source>
        <translation>접수번호 {number} 민원의 시연용 회신문을 만들지 못했습니다: {message} (실패 {failed}건)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>official</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>관계 기관</translation>
    </message>
    <message>
        <source>session</source>
        <translation>이동시장실</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>City name (letter heading)</source>
        <translation>시 이름(회신문 머리글)</translation>
    </message>
    <message>
        <source>Sender (발신명의)</source>
        <translation>발신명의</translation>
    </message>
    <message>
        <source>Seal / signature image</source>
        <translation>직인·서명 이미지</translation>
    </message>
    <message>
        <source>Emblem image</source>
        <translation>상징 마크 이미지</translation>
    </message>
</context>
<context>
    <name>HandlingSection</name>
    <message>
        <source>Handling</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>관계 기관</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>다음 검토일</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>이동시장실</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>원 민원(중복)</translation>
    </message>
    <message>
        <source>Repeated by</source>
        <translation>중복 접수</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>부서 미배정</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>담당자 미지정</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose PNG…</source>
        <translation>PNG 선택…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>이미지 선택</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {0} ({1} rows, {2})</source>
        <translation>파일: {0} ({1}행, {2})</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>가져온 건: {0}</translation>
    </message>
    <message>
        <source>Already imported (duplicates): {0}</source>
        <translation>이미 가져온 건(중복): {0}</translation>
    </message>
    <message>
        <source>Skipped (rejected rows): {0}</source>
        <translation>건너뛴 행(오류): {0}</translation>
    </message>
    <message>
        <source>Cancelled: the batches committed before stopping were kept; the rest was not imported.</source>
        <translation>취소했습니다. 중단 전에 저장된 묶음은 유지되고, 나머지는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>내용 없음</translation>
    </message>
    <message>
        <source>text has {0} characters (at most {1})</source>
        <translation>내용이 {0}자입니다(최대 {1}자)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>수신일시 없음</translation>
    </message>
    <message>
        <source>unparseable date {0!r}</source>
        <translation>읽을 수 없는 수신일시 {0!r}</translation>
    </message>
    <message>
        <source>{0} row {1}: {2}</source>
        <translation>{0} {1}행: {2}</translation>
    </message>
    <message>
        <source>Import text messages</source>
        <translation>바로문자 가져오기</translation>
    </message>
    <message>
        <source>Text-message exports (*.csv *.txt);;All files (*)</source>
        <translation>문자 내보내기 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing {0}</source>
        <translation>가져오는 중: {0}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{0} of {1} rows</source>
        <translation>{1}행 중 {0}행</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>현재 묶음을 마친 뒤 중지하는 중…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>가져오기 결과</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>민원 접수</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>The resident&apos;s words, exactly as received</source>
        <translation>민원인이 보낸 내용 그대로</translation>
    </message>
    <message>
        <source>(route later)</source>
        <translation>(나중에 배정)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 일시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>민원 저장</translation>
    </message>
    <message>
        <source>saved as {0}</source>
        <translation>{0}(으)로 저장</translation>
    </message>
    <message>
        <source>invalid number — kept as typed</source>
        <translation>잘못된 번호 — 입력한 그대로 보관</translation>
    </message>
    <message>
        <source>{0} / {1} characters</source>
        <translation>{0} / {1}자</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Gratitude is acknowledged; no department action.</source>
        <translation>격려·감사는 감사 확인으로 처리하며 부서 조치는 없습니다.</translation>
    </message>
    <message>
        <source>Suggested from the topic “{0}”.</source>
        <translation>세부 분야 “{0}”에 따른 추천입니다.</translation>
    </message>
    <message>
        <source>Choose a topic for a suggestion, or route later.</source>
        <translation>추천을 받으려면 세부 분야를 선택하십시오. 나중에 배정해도 됩니다.</translation>
    </message>
    <message>
        <source>Possible duplicates from the same phone number — check before saving:</source>
        <translation>같은 전화번호로 접수된 민원이 있습니다. 중복인지 확인한 뒤 저장하십시오:</translation>
    </message>
    <message>
        <source>Discard the new case?</source>
        <translation>새 민원을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>The text you typed has not been saved. Discard it?</source>
        <translation>입력한 내용이 저장되지 않았습니다. 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>Issuing {0} letters…</source>
        <translation>회신문 {0}건 시행 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Issue letters</source>
        <translation>회신문 시행</translation>
    </message>
    <message>
        <source>Issued {0} of {1}: {2}</source>
        <translation>{1}건 중 {0}건 시행: {2}</translation>
    </message>
    <message>
        <source>Cancelled. Letters issued before the cancel stay issued; see the Issued letters list.</source>
        <translation>취소했습니다. 취소 전에 시행된 회신문은 그대로 유지됩니다. 시행 회신문 목록을 확인하십시오.</translation>
    </message>
    <message>
        <source>Folder for the letter PDFs</source>
        <translation>회신문 PDF를 저장할 폴더</translation>
    </message>
    <message>
        <source>{0} letters issued into {1}.</source>
        <translation>회신문 {0}건을 {1}에 발송 처리했습니다.</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>모두 인쇄…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter for case {0}</source>
        <translation>민원 {0} 회신문</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2} · {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(부서 없음)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>서식으로 되돌리기</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Subject (제목)</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text (the letter ends with 끝. automatically)</source>
        <translation>본문 (끝에 “끝.”이 자동으로 붙습니다)</translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation>시행…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Correct (void and reissue)…</source>
        <translation>정정 (무효 처리 후 재시행)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Correcting letter {0}: it will be voided ({1}) when the new letter is issued.</source>
        <translation>회신문 {0} 정정 중: 새 회신문을 시행하면 기존 회신문은 무효 처리됩니다({1}).</translation>
    </message>
    <message>
        <source>Draft: edit the text for this case; the register number is assigned when you issue it.</source>
        <translation>초안: 이 민원에 맞게 본문을 고치십시오. 시행 번호는 시행할 때 부여됩니다.</translation>
    </message>
    <message>
        <source>Issued and signed as {0} on {1}. An issued letter never changes; SHA-256 {2}.</source>
        <translation>{1}에 {0}(으)로 시행하고 전자 서명했습니다. 시행된 회신문은 변경되지 않습니다. SHA-256 {2}.</translation>
    </message>
    <message>
        <source>Issued as {0} on {1}. An issued letter never changes; SHA-256 {2}.</source>
        <translation>{1}에 {0}(으)로 시행했습니다. 시행된 회신문은 변경되지 않습니다. SHA-256 {2}.</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>회신문 시행</translation>
    </message>
    <message>
        <source>Issue the letter for case {0}? A register number is assigned and the letter can no longer be changed (only voided and reissued). It counts as the reply to the resident.</source>
        <translation>민원 {0}의 회신문을 시행하시겠습니까? 시행 번호가 부여되며 이후에는 수정할 수 없습니다(무효 처리 후 재시행만 가능). 이 회신문은 민원인에 대한 회신으로 기록됩니다.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>시행 중…</translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>시행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Correct letter</source>
        <translation>회신문 정정</translation>
    </message>
    <message>
        <source>Why is letter {0} corrected? It is voided and a new number is issued.</source>
        <translation>회신문 {0}의 정정 사유를 입력하십시오. 기존 회신문은 무효 처리되고 새 시행 번호가 부여됩니다.</translation>
    </message>
</context>
<context>
    <name>LetterOps</name>
    <message>
        <source>Letter issued</source>
        <translation>회신문을 발급했습니다</translation>
    </message>
    <message>
        <source>Letter voided; the case awaits a new letter</source>
        <translation>회신문을 폐기했습니다. 해당 민원은 새 회신문을 기다립니다</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>서식을 저장했습니다</translation>
    </message>
    <message>
        <source>City settings saved</source>
        <translation>시 설정을 저장했습니다</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <source>Save letter as PDF</source>
        <translation>회신문을 PDF로 저장</translation>
    </message>
</context>
<context>
    <name>LetterTables</name>
    <message>
        <source>Case number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>민원 요지</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>시행 번호</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: when the letter was issued</comment>
        <translation>시행일시</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>state of a letter that stands</comment>
        <translation>시행</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>시행자</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Voided {0}</source>
        <translation>{0} 취소</translation>
    </message>
    <message>
        <source>Issued, signed</source>
        <translation>시행(전자 서명)</translation>
    </message>
</context>
<context>
    <name>LetterTemplateEditor</name>
    <message>
        <source>Long-term review</source>
        <translation>장기 검토</translation>
    </message>
    <message>
        <source>Unfeasible</source>
        <translation>불가</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>두 번 클릭하면 커서 위치에 넣습니다</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>서식 저장</translation>
    </message>
    <message>
        <source>Restore shipped text</source>
        <translation>기본 문안 복원</translation>
    </message>
    <message>
        <source>Letter kind</source>
        <translation>회신문 종류</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Subject (제목)</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Placeholders (filled from the case when a letter is drafted):</source>
        <translation>자리 표시자 (회신문 작성 시 민원 정보로 채워짐):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>회신문</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>서식을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <source>Draft letter…</source>
        <translation>회신문 작성…</translation>
    </message>
    <message>
        <source>Issue all selected…</source>
        <translation>선택 건 일괄 시행…</translation>
    </message>
    <message>
        <source>Issue the letters of the selected cases from their templates</source>
        <translation>선택한 민원의 회신문을 서식으로 일괄 시행합니다</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Batch language</source>
        <translation>일괄 시행 언어</translation>
    </message>
    <message>
        <source>Awaiting a letter (long-term review, unfeasible)</source>
        <translation>회신문 대기 (장기 검토, 불가)</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>재인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>무효 처리…</translation>
    </message>
    <message>
        <source>Issued letters (register)</source>
        <translation>시행 회신문 (시행 대장)</translation>
    </message>
    <message>
        <source>{0} cases awaiting a letter</source>
        <translation>회신문 대기 민원 {0}건</translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation>회신문 무효 처리</translation>
    </message>
    <message>
        <source>Why is this letter voided? The case will await a new letter.</source>
        <translation>이 회신문을 무효 처리하는 사유를 입력하십시오. 해당 민원은 다시 회신문 대기 상태가 됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CivicDesk — {0}</source>
        <translation>CivicDesk — {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import text messages…</source>
        <translation>바로문자 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Open311 requests (JSON)…</source>
        <translation>Open311 민원 요청 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>데이터베이스: {0}</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>사용자: {0}</translation>
    </message>
    <message>
        <source>This PostgreSQL database uses the C locale: Korean search works but cannot use its index and is slow on many cases. Ask the administrator to recreate it with the C.UTF-8 locale.</source>
        <translation>이 PostgreSQL 데이터베이스는 C 로캘을 사용합니다. 한글 검색은 되지만 색인을 쓰지 못해 민원이 많으면 느립니다. 관리자에게 C.UTF-8 로캘로 다시 만들어 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>Working… ({0})</source>
        <translation>작업 중… ({0})</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Briefing</source>
        <translation>현황 보고</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>이동시장실</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>회신문</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Internal note (not sent to the resident)</source>
        <translation>내부 메모 (민원인에게 보내지 않음)</translation>
    </message>
    <message>
        <source>What colleagues should know about this case</source>
        <translation>동료가 알아야 할 이 민원의 사항</translation>
    </message>
</context>
<context>
    <name>Open311Import</name>
    <message>
        <source>Import Open311 service requests</source>
        <translation>Open311 민원 요청 가져오기</translation>
    </message>
    <message>
        <source>Open311 requests (*.json);;All files (*)</source>
        <translation>Open311 민원 요청 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Open311Report</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>service_request_id is missing</source>
        <translation>service_request_id(요청 번호)가 없습니다</translation>
    </message>
    <message>
        <source>service_request_id is not usable: {0}</source>
        <translation>service_request_id(요청 번호)를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>status is missing</source>
        <translation>status(상태)가 없습니다</translation>
    </message>
    <message>
        <source>status is {0}, not open or closed</source>
        <translation>status(상태)가 {0}입니다 (open 또는 closed여야 합니다)</translation>
    </message>
    <message>
        <source>service_code is missing</source>
        <translation>service_code(서비스 코드)가 없습니다</translation>
    </message>
    <message>
        <source>service_code is not usable: {0}</source>
        <translation>service_code(서비스 코드)를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>requested_datetime is missing</source>
        <translation>requested_datetime(접수 일시)이 없습니다</translation>
    </message>
    <message>
        <source>not a date and time: {0}</source>
        <translation>날짜와 시각이 아닙니다: {0}</translation>
    </message>
    <message>
        <source>a time without its time zone: {0}</source>
        <translation>시간대가 없는 시각입니다: {0}</translation>
    </message>
    <message>
        <source>{0} is not text</source>
        <translation>{0} 항목이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>{0} is too long</source>
        <translation>{0} 항목이 너무 깁니다</translation>
    </message>
    <message>
        <source>a note is not usable ({0})</source>
        <translation>진행 기록(notes)을 쓸 수 없습니다 ({0})</translation>
    </message>
    <message>
        <source>the same service_request_id appears earlier in the file</source>
        <translation>같은 service_request_id(요청 번호)가 파일 앞쪽에 이미 있습니다</translation>
    </message>
    <message>
        <source>{0} record {1}{2}: {3}</source>
        <translation>{0} {1}번째 요청{2}: {3}</translation>
    </message>
    <message>
        <source>File: {0} ({1} service requests)</source>
        <translation>파일: {0} (민원 요청 {1}건)</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>가져온 건: {0}</translation>
    </message>
    <message>
        <source>Already imported (same service_request_id): {0}</source>
        <translation>이미 가져온 건 (같은 요청 번호): {0}</translation>
    </message>
    <message>
        <source>Rejected: {0}</source>
        <translation>거부된 건: {0}</translation>
    </message>
    <message>
        <source>Waiting for a service code mapping: {0}</source>
        <translation>서비스 코드 연결을 기다리는 건: {0}</translation>
    </message>
    <message>
        <source>Cancelled: the batches committed before stopping were kept; the rest was not imported.</source>
        <translation>취소했습니다. 중단 전에 저장된 묶음은 유지되고, 나머지는 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Service code {0} ({1}) is not mapped: records {2}</source>
        <translation>서비스 코드 {0}({1})이(가) 연결되지 않았습니다: {2}번째 요청</translation>
    </message>
</context>
<context>
    <name>Open311ReportDialog</name>
    <message>
        <source>Open311 import report</source>
        <translation>Open311 가져오기 결과</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <source>{0} saved this at {1}, after you opened it. Nothing of yours was saved.</source>
        <translation>{0} 님이 {1}에 먼저 저장했습니다(이 화면을 연 뒤). 입력하신 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} saved this after you opened it. Nothing of yours was saved.</source>
        <translation>이 화면을 연 뒤 {0} 님이 먼저 저장했습니다. 입력하신 내용은 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>{0} — this screen is coming in a later release.</source>
        <translation>{0} — 이 화면은 다음 버전에서 제공됩니다.</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <source>Progress update (restarts the monthly update clock)</source>
        <translation>진행 상황 (월간 진행 상황 갱신 기한이 다시 시작됨)</translation>
    </message>
    <message>
        <source>What has been done since the last update</source>
        <translation>지난 갱신 이후 처리한 내용</translation>
    </message>
</context>
<context>
    <name>ReopenForm</name>
    <message>
        <source>Reopen the case for review</source>
        <translation>민원 재검토</translation>
    </message>
    <message>
        <source>Why the case is reopened (required)</source>
        <translation>재검토 사유 (필수)</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>Insert template</source>
        <translation>서식 넣기</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>회신 방법</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Reply to the resident</source>
        <translation>민원인에게 회신</translation>
    </message>
    <message>
        <source>What the resident is told (choose a template to start)</source>
        <translation>민원인에게 전할 내용 (서식을 선택해 시작하십시오)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Unit</source>
        <translation>소통 단위</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>신청인</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>희망 일자</translation>
    </message>
</context>
<context>
    <name>ResidentSection</name>
    <message>
        <source>Resident and submission</source>
        <translation>민원인 및 접수 내용</translation>
    </message>
    <message>
        <source>invalid number — kept as typed</source>
        <translation>잘못된 번호 — 입력한 그대로 보관</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 일시</translation>
    </message>
    <message>
        <source>Original text (as received, read-only)</source>
        <translation>원문 (접수 내용 그대로, 읽기 전용)</translation>
    </message>
</context>
<context>
    <name>ReviewDateForm</name>
    <message>
        <source>Review again on</source>
        <translation>재검토일</translation>
    </message>
    <message>
        <source>Next review date (management list)</source>
        <translation>다음 검토일 (관리 목록)</translation>
    </message>
</context>
<context>
    <name>RouteForm</name>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Route to department</source>
        <translation>담당 부서 배정</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>All cases</source>
        <translation>전체 민원</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>내 민원</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>회신 대기</translation>
    </message>
    <message>
        <source>Awaiting letter</source>
        <translation>회신문 대기</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>재검토 도래</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>타기관 이송</translation>
    </message>
    <message>
        <source>Assigned to you or your department, or cases you have worked on</source>
        <translation>나 또는 내 부서에 배정되었거나 내가 처리한 민원</translation>
    </message>
    <message>
        <source>A reply promise, statutory deadline or monthly update has passed</source>
        <translation>회신 약속 기한, 법정 처리기한 또는 월간 진행 상황 갱신이 지난 민원</translation>
    </message>
    <message>
        <source>A running deadline falls due later today</source>
        <translation>진행 중인 기한이 오늘 안에 도래하는 민원</translation>
    </message>
    <message>
        <source>The resident has not been answered yet</source>
        <translation>아직 민원인에게 회신하지 않은 민원</translation>
    </message>
    <message>
        <source>Long-term review or unfeasible, and the mayor&apos;s letter is not sent yet</source>
        <translation>장기 검토 또는 불가 민원 중 시장 서명 회신문을 아직 보내지 않은 민원</translation>
    </message>
    <message>
        <source>Long-term review or unfeasible cases whose next review date has come</source>
        <translation>장기 검토 또는 불가 민원 중 다음 검토일이 된 민원</translation>
    </message>
    <message>
        <source>Referred to another agency, awaiting its answer</source>
        <translation>타기관으로 이송하여 답변을 기다리는 민원</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
</context>
<context>
    <name>ServiceMappingModel</name>
    <message>
        <source>Service code</source>
        <translation>서비스 코드</translation>
    </message>
    <message>
        <source>Name there</source>
        <translation>상대 시스템의 이름</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
</context>
<context>
    <name>ServiceMappingPage</name>
    <message>
        <source>Open311 files from other systems (FixMyStreet and other civic trackers) name their own service codes. Say here what each code means in CivicDesk; an import meeting a code not listed asks for it. CivicDesk&apos;s own topic and category codes need no row.</source>
        <translation>다른 시스템(FixMyStreet 등 민원 처리 시스템)의 Open311 파일은 저마다의 서비스 코드를 씁니다. 각 코드가 CivicDesk의 어느 분야·세부 분야인지 여기에서 정하십시오. 목록에 없는 코드를 만나면 가져오기 중에 묻습니다. CivicDesk 자체의 분야·세부 분야 코드는 따로 적지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>e.g. 006</source>
        <translation>예: 006</translation>
    </message>
    <message>
        <source>e.g. Sidewalk and Curb Issues</source>
        <translation>예: Sidewalk and Curb Issues</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>서비스 코드</translation>
    </message>
    <message>
        <source>Name there</source>
        <translation>상대 시스템의 이름</translation>
    </message>
    <message>
        <source>Category and topic here</source>
        <translation>CivicDesk의 분야·세부 분야</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save this service code (Ctrl+S)</source>
        <translation>이 서비스 코드 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>저장됨: {0}</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>삭제됨: {0}</translation>
    </message>
</context>
<context>
    <name>ServiceTargetFields</name>
    <message>
        <source>(not mapped)</source>
        <translation>(연결 안 함)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>(any topic)</source>
        <translation>(세부 분야 없음)</translation>
    </message>
</context>
<context>
    <name>SessionAgendaModel</name>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>소통 단위</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>일정 충돌</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>민원</translation>
    </message>
</context>
<context>
    <name>SessionCaseModel</name>
    <message>
        <source>Number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>건의 내용</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>{0} (replied)</source>
        <translation>{0} (회신 완료)</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Schedule conflict</source>
        <translation>일정 충돌</translation>
    </message>
    <message>
        <source>This session clashes with the mayor&apos;s diary:</source>
        <translation>이 이동시장실은 시장 일정과 겹칩니다:</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>그래도 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>그래도 저장</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>이동시장실 수정</translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation>이동시장실 일정 등록</translation>
    </message>
    <message>
        <source>yyyy-MM-dd (ddd)</source>
        <translation>yyyy-MM-dd (ddd)</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of weekday names</comment>
        <translation>ko_KR</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>소통 단위 유형</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>세부 단위</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>소통 단위 명칭</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Officials attending</source>
        <translation>참석 공무원</translation>
    </message>
    <message>
        <source>From the request of {0} ({1})</source>
        <translation>이동시장실 신청에서 작성: {0} ({1})</translation>
    </message>
    <message>
        <source>Ends the next day at {0:%H:%M}</source>
        <translation>다음 날 {0:%H:%M}에 종료</translation>
    </message>
</context>
<context>
    <name>SessionOps</name>
    <message>
        <source>Session saved</source>
        <translation>이동시장실 일정을 저장했습니다</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>신청을 등록했습니다</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>신청을 반려했습니다</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>이동시장실을 취소했습니다</translation>
    </message>
    <message>
        <source>Suggestions saved as cases</source>
        <translation>건의 사항을 민원으로 등록했습니다</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Select a session in the calendar.</source>
        <translation>달력에서 이동시장실을 선택하십시오.</translation>
    </message>
    <message>
        <source>Edit / move</source>
        <translation>수정 / 일정 변경</translation>
    </message>
    <message>
        <source>Record as held…</source>
        <translation>개최 기록…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>이동시장실 취소…</translation>
    </message>
    <message>
        <source>Pre-visit brief</source>
        <translation>사전 보고 자료</translation>
    </message>
    <message>
        <source>On-site suggestions</source>
        <translation>현장 건의</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Select a session in the calendar, or double-click a day to schedule one.</source>
        <translation>달력에서 이동시장실을 선택하거나, 날짜를 두 번 클릭하여 일정을 등록하십시오.</translation>
    </message>
    <message>
        <source>Cases ({0})</source>
        <translation>민원 ({0})</translation>
    </message>
    <message>
        <source>Requested by {0} {1} via {2}</source>
        <translation>신청인 {0} {1} · 접수 기관 {2}</translation>
    </message>
    <message>
        <source>Attendees: {0} · suggestions: {1}</source>
        <translation>참석 {0}명 · 건의 {1}건</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>개최 기록</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation>참석 인원</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>이동시장실 취소</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>취소 사유</translation>
    </message>
    <message>
        <source>Save pre-visit brief</source>
        <translation>사전 보고 자료 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SessionRequestDialog</name>
    <message>
        <source>New session request</source>
        <translation>이동시장실 신청 등록</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>신청인</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Through office</source>
        <translation>접수 기관</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>소통 단위 유형</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>세부 단위</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>소통 단위 명칭</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Preferred dates</source>
        <translation>희망 일자</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>예상 참석 인원</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>SessionRequestList</name>
    <message>
        <source>New request</source>
        <translation>신청 등록</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정 등록</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>Pending requests ({0})</source>
        <translation>대기 중인 신청 ({0})</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>신청 반려</translation>
    </message>
    <message>
        <source>Why is the request from {0} declined?</source>
        <translation>{0}의 신청을 반려하는 사유를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SessionSettingsPage</name>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Travel time between sessions</source>
        <translation>이동시장실 간 이동 시간</translation>
    </message>
    <message>
        <source>Sessions that start less than this long after another one ends are marked as a conflict in the calendar and when a session is scheduled. 0 checks overlaps only. This setting belongs to this desk.</source>
        <translation>앞 일정이 끝난 뒤 이 시간 안에 시작하는 이동시장실은 달력과 일정 등록 때 충돌로 표시합니다. 0이면 겹치는 일정만 확인합니다. 이 설정은 이 컴퓨터에만 적용됩니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved: {0} minutes between sessions.</source>
        <translation>저장했습니다: 일정 간 {0}분.</translation>
    </message>
</context>
<context>
    <name>SessionStyle</name>
    <message>
        <source>Overlaps {0} ({1:%m-%d %H:%M}–{2:%H:%M})</source>
        <translation>일정 중복: {0} ({1:%m-%d %H:%M}–{2:%H:%M})</translation>
    </message>
    <message>
        <source>Too little travel time to or from {0} ({1:%m-%d %H:%M}–{2:%H:%M})</source>
        <translation>이동 시간 부족: {0} ({1:%m-%d %H:%M}–{2:%H:%M})</translation>
    </message>
    <message>
        <source>On a public holiday: {0} {1}</source>
        <translation>공휴일: {0} {1}</translation>
    </message>
</context>
<context>
    <name>SessionUnitFields</name>
    <message>
        <source>(no town)</source>
        <translation>(읍·면·동 없음)</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>Previous (PgUp)</source>
        <translation>이전 (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn)</source>
        <translation>다음 (PgDn)</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>오늘 (T)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>일정 목록</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>이동시장실 등록</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics 내보내기</translation>
    </message>
    <message>
        <source>Import .ics</source>
        <translation>.ics 가져오기</translation>
    </message>
    <message>
        <source>Conflict (double-booked or too little travel time)</source>
        <translation>일정 충돌 (중복 일정 또는 이동 시간 부족)</translation>
    </message>
    <message>
        <source>{0}-{1:02d}</source>
        <translation>{0}-{1:02d}</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>이동시장실 내보내기</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <source>{0} sessions written to {1}</source>
        <translation>이동시장실 {0}건을 저장했습니다: {1}</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>이동시장실 가져오기</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Main window size and position</source>
        <translation>주 창 크기와 위치</translation>
    </message>
    <message>
        <source>Main window panels</source>
        <translation>주 창 패널 배치</translation>
    </message>
    <message>
        <source>Screen shown at start</source>
        <translation>시작할 때 보여 줄 화면</translation>
    </message>
    <message>
        <source>Case list columns (order, widths, hidden)</source>
        <translation>민원 목록 열(순서·너비·숨김)</translation>
    </message>
    <message>
        <source>Case list and detail split</source>
        <translation>민원 목록과 상세 보기 나누기</translation>
    </message>
    <message>
        <source>Saved view of the case list</source>
        <translation>민원 목록의 저장된 보기</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>달력 보기</translation>
    </message>
    <message>
        <source>Travel time between sessions</source>
        <translation>이동시장실 간 이동 시간</translation>
    </message>
    <message>
        <source>City name (heading)</source>
        <translation>기관명(두문)</translation>
    </message>
    <message>
        <source>City name, English</source>
        <translation>기관명(영문)</translation>
    </message>
    <message>
        <source>Sender (발신명의)</source>
        <translation>발신명의</translation>
    </message>
    <message>
        <source>Sender, English</source>
        <translation>발신명의(영문)</translation>
    </message>
    <message>
        <source>Mayor&apos;s name</source>
        <translation>시장 성명</translation>
    </message>
    <message>
        <source>City hall address</source>
        <translation>시청 주소</translation>
    </message>
    <message>
        <source>City hall phone</source>
        <translation>시청 대표 전화</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Seal / signature</source>
        <translation>직인·서명</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>시 상징(휘장)</translation>
    </message>
    <message>
        <source>Signing certificate (PKCS#12)</source>
        <translation>서명용 인증서 (PKCS#12)</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>회신문 기본 언어</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>City</source>
        <translation>시</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>회신문</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>이동시장실</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
</context>
<context>
    <name>SigningSession</name>
    <message>
        <source>Sign letters</source>
        <translation>회신문 서명</translation>
    </message>
    <message>
        <source>Passphrase of the signing certificate {0}:</source>
        <translation>서명용 인증서 {0}의 암호:</translation>
    </message>
</context>
<context>
    <name>SuggestionEntryGrid</name>
    <message>
        <source>Type one suggestion per row; Tab moves to the next cell. Each row becomes a case with a 14-day reply promise from the session.</source>
        <translation>한 줄에 건의 하나씩 입력하십시오. Tab 키로 다음 칸으로 이동합니다. 각 줄은 이동시장실 날부터 14일 회신 약속 기한을 가진 민원이 됩니다.</translation>
    </message>
    <message>
        <source>Save as cases</source>
        <translation>민원으로 저장</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Resident</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>건의 내용</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
</context>
<context>
    <name>UnmappedCodesDialog</name>
    <message>
        <source>New service codes</source>
        <translation>새 서비스 코드</translation>
    </message>
    <message>
        <source>The file uses service codes that CivicDesk does not know yet. Choose the category (and topic) each one means here; the choice is kept for later imports (Settings &gt; Open311). Requests whose code stays unmapped are not imported.</source>
        <translation>파일에 CivicDesk가 아직 모르는 서비스 코드가 있습니다. 각 코드가 어느 분야(와 세부 분야)인지 고르십시오. 고른 내용은 다음 가져오기에도 쓰입니다(설정 &gt; Open311). 연결하지 않은 코드의 요청은 가져오지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Map and import</source>
        <translation>연결하고 가져오기</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message numerus="yes">
        <source>Still unmapped: %n code(s)</source>
        <translation>
            <numerusform>아직 연결하지 않은 코드: %n개</numerusform>
        </translation>
    </message>
</context>
</TS>
