<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CivicDesk</source>
        <translation>CivicDesk 정보</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 파일</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL (팀)</translation>
    </message>
    <message>
        <source>The desk of the mayor&apos;s communication office.</source>
        <translation>시민소통담당관실의 민원 처리 프로그램입니다.</translation>
    </message>
    <message>
        <source>Database in use: {0} — {1}</source>
        <translation>사용 중인 데이터베이스: {0} — {1}</translation>
    </message>
    <message>
        <source>Fonts: NanumGothic and NanumMyeongjo © NAVER Corporation, under the SIL Open Font License 1.1 (resources/fonts/OFL.txt, shipped with the program).</source>
        <translation>글꼴: 나눔고딕·나눔명조 © NAVER Corporation, SIL Open Font License 1.1 (프로그램과 함께 제공되는 resources/fonts/OFL.txt)</translation>
    </message>
    <message>
        <source>Qt {0} and PySide6 {1}, under the GNU LGPL v3.</source>
        <translation>Qt {0}, PySide6 {1} (GNU LGPL v3)</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>My &amp;contact details…</source>
        <translation>내 연락처(&amp;C)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>내 비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
</context>
<context>
    <name>AgencyAnswerDialog</name>
    <message>
        <source>Agency&apos;s answer — case {0}</source>
        <translation>이송 기관 회신 — 민원 {0}</translation>
    </message>
    <message>
        <source>Referred to {0} on {1}. What did the agency answer?</source>
        <translation>{1}에 {0}(으)로 이송했습니다. 기관은 어떻게 회신했습니까?</translation>
    </message>
    <message>
        <source>The agency&apos;s answer, as it will be told to the resident</source>
        <translation>민원인에게 알릴 기관의 회신 내용</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>회신 기록</translation>
    </message>
    <message>
        <source>The reminder stops; reply the result to the resident afterwards.</source>
        <translation>회신 독촉이 멈춥니다. 이어서 민원인에게 처리 결과를 회신하십시오.</translation>
    </message>
</context>
<context>
    <name>ApprovalsOps</name>
    <message>
        <source>Reviewed: the draft goes to its approver</source>
        <translation>검토 완료: 결재권자에게 올라갑니다</translation>
    </message>
    <message>
        <source>Approved (결재)</source>
        <translation>결재 완료</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>기안자에게 반려했습니다</translation>
    </message>
    <message>
        <source>Submitted again for sign-off</source>
        <translation>재상신했습니다</translation>
    </message>
    <message>
        <source>Letter issued</source>
        <translation>회신문을 발급했습니다</translation>
    </message>
    <message>
        <source>Result reply recorded</source>
        <translation>처리 결과 회신을 기록했습니다</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <source>Awaiting me</source>
        <translation>내 결재 대기</translation>
    </message>
    <message>
        <source>For an absent approver (대결)</source>
        <translation>부재 결재권자 대결</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>내 기안</translation>
    </message>
    <message>
        <source>Title (제목)</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Letter as printed</source>
        <translation>시행될 문서 미리보기</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <source>Approve (결재)…</source>
        <translation>결재…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>재상신</translation>
    </message>
    <message>
        <source>Issue (시행)…</source>
        <translation>시행…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>민원 열기</translation>
    </message>
    <message>
        <source>Nothing awaits your review or approval.</source>
        <translation>검토하거나 결재할 문서가 없습니다.</translation>
    </message>
    <message>
        <source>No draft awaits another approver.</source>
        <translation>다른 결재권자의 결재를 기다리는 문서가 없습니다.</translation>
    </message>
    <message>
        <source>You have no draft in the line.</source>
        <translation>결재 중인 내 기안이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}{3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · {2}{3}</translation>
    </message>
    <message>
        <source>Returned with the comment: {0}</source>
        <translation>반려 사유: {0}</translation>
    </message>
    <message>
        <source>Drafted by {0}, {1}</source>
        <translation>기안 {0} ({1})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>reviewed by {0}: {1}</source>
        <translation>검토 {0} ({1})</translation>
    </message>
    <message>
        <source>approved by {0}, {1}</source>
        <translation>결재 {0} ({1})</translation>
    </message>
    <message>
        <source>approver {0}</source>
        <translation>결재권자 {0}</translation>
    </message>
    <message>
        <source>reply by {0}</source>
        <translation>회신 방법: {0}</translation>
    </message>
    <message>
        <source>You approve draft {0} for its absent approver {1}: your field will be marked 대결{2}.</source>
        <translation>부재 중인 결재권자 {1}을(를) 대신하여 {0} 문서를 결재합니다. 결재란에 &quot;대결&quot;이 표시됩니다{2}.</translation>
    </message>
    <message>
        <source> (the absent {0}&apos;s field reads 전결)</source>
        <translation> (부재 중인 {0}의 결재란에는 &quot;전결&quot;이 표시됨)</translation>
    </message>
    <message>
        <source>Approve draft {0}? It will be marked 전결: by the office&apos;s rules a {1} is approved by the {2} on delegated authority.</source>
        <translation>{0} 문서를 결재하시겠습니까? 위임전결 규정에 따라 {1}은(는) {2}이(가) 전결하므로 결재란에 &quot;전결&quot;이 표시됩니다.</translation>
    </message>
    <message>
        <source>Approve draft {0}? The {1} approves in person: no mark is printed.</source>
        <translation>{0} 문서를 결재하시겠습니까? {1}이(가) 직접 결재하므로 전결·대결 표시가 없습니다.</translation>
    </message>
    <message>
        <source>Approve (결재)</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Return the draft</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Why is draft {0} returned to {1}? (required)</source>
        <translation>{0} 문서를 {1}에게 반려하는 사유 (필수):</translation>
    </message>
    <message>
        <source>Say why the draft is returned.</source>
        <translation>반려 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Issue (시행)</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>A statutory notice is issued from its case (Actions › Statutory notices).</source>
        <translation>법정 통지문은 해당 민원 화면(작업 › 법정 통지)에서 시행합니다.</translation>
    </message>
    <message>
        <source>Issue the approved letter for case {0}? A register number is assigned and the letter can no longer be changed. It counts as the reply to the resident.</source>
        <translation>민원 {0}의 결재된 회신문을 시행하시겠습니까? 시행 번호가 부여되며 이후에는 수정할 수 없습니다. 민원인에 대한 회신으로 기록됩니다.</translation>
    </message>
    <message>
        <source>Record that the approved result reply was given to the resident of case {0} ({1})? It counts as the result for the promise and the statutory period.</source>
        <translation>민원 {0}의 결재된 처리 결과 회신을 민원인에게 전달했다고 기록하시겠습니까? ({1}) 약속 기한과 법정 처리기간의 처리 결과 통지로 계산됩니다.</translation>
    </message>
</context>
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
    <name>AuditDetails</name>
    <message>
        <source>personal data included</source>
        <translation>개인정보 포함</translation>
    </message>
    <message>
        <source>personal data of the user&apos;s department only</source>
        <translation>소속 부서 민원의 개인정보만 포함</translation>
    </message>
    <message>
        <source>personal data masked</source>
        <translation>개인정보 가림</translation>
    </message>
    <message>
        <source>remembered on this desk</source>
        <translation>이 창구에서 자동 로그인</translation>
    </message>
    <message>
        <source>with password</source>
        <translation>비밀번호로 로그인</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>계정 잠김</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>비활성 계정</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>없는 로그인</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>로그인 또는 비밀번호 틀림</translation>
    </message>
    <message>
        <source>{0} failed attempts; locked for {1} seconds</source>
        <translation>{0}회 실패, {1}초 동안 잠금</translation>
    </message>
    <message>
        <source>{0} as {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} rows to {1}</source>
        <translation>{0}건 → {1}</translation>
    </message>
    <message>
        <source>filter: {0}</source>
        <translation>조건: {0}</translation>
    </message>
    <message>
        <source>morning briefing</source>
        <translation>아침 현황 보고</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>월간 보고서</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>case {0}</source>
        <translation>민원 {0}</translation>
    </message>
    <message>
        <source>version {0}: {1}</source>
        <translation>{0}판: {1}</translation>
    </message>
    <message>
        <source>{0} cases closed before {1} (kept {2} years)</source>
        <translation>{1} 이전 종결 민원 {0}건 (보존기간 {2}년)</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>재출력</translation>
    </message>
    <message>
        <source>owed files</source>
        <translation>누락 파일</translation>
    </message>
    <message>
        <source>{0} letter files to {1}</source>
        <translation>회신문 파일 {0}개 → {1}</translation>
    </message>
</context>
<context>
    <name>AuditOps</name>
    <message>
        <source>Audit log exported: {0}</source>
        <translation>감사 기록을 내보냈습니다: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Case number, e.g. 2026-000123</source>
        <translation>접수번호 (예: 2026-000123)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 기록</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>{0} events; the newest {1} are shown (export for all)</source>
        <translation>{0}건 중 최근 {1}건을 표시합니다 (전체는 내보내기로 받으십시오)</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0}건</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>대상 사용자</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>CivicDesk backups (*.db *.dump)</source>
        <translation>CivicDesk 백업 (*.db *.dump)</translation>
    </message>
    <message>
        <source>Backing up the database to {0}…</source>
        <translation>데이터베이스를 {0}에 백업하는 중…</translation>
    </message>
    <message>
        <source>{0}, {1:,} rows in {2} tables; its integrity was checked and its rows counted.</source>
        <translation>{0}, 테이블 {2}개에 {1:,}행. 무결성을 검사하고 행 수를 대조했습니다.</translation>
    </message>
    <message>
        <source>{0}, a pg_dump archive that pg_restore reads.</source>
        <translation>{0}, pg_restore로 읽을 수 있는 pg_dump 파일입니다.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backup saved: {0}
{1}</source>
        <translation>백업을 저장했습니다: {0}
{1}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>CivicDesk backups (*.db *.dump);;All files (*)</source>
        <translation>CivicDesk 백업 (*.db *.dump);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the database {0} by the backup {1}?

Everything saved after that backup is replaced. A copy of the database as it is now is kept in the backups folder, and CivicDesk opens the database again afterwards. Other desks should close CivicDesk first.</source>
        <translation>데이터베이스 {0}을(를) 백업 {1}(으)로 바꾸시겠습니까?

이 백업 이후에 저장한 내용은 모두 백업 시점의 내용으로 바뀝니다. 지금의 데이터베이스는 백업 폴더에 사본으로 남겨 두고, 복원한 뒤 CivicDesk가 데이터베이스를 다시 엽니다. 다른 자리에서는 먼저 CivicDesk를 닫아 주십시오.</translation>
    </message>
    <message>
        <source>Restoring the database from {0}…</source>
        <translation>{0}에서 데이터베이스를 복원하는 중…</translation>
    </message>
    <message>
        <source>The database was restored from {0}.</source>
        <translation>{0}에서 데이터베이스를 복원했습니다.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {0}.</source>
        <translation>복원 전의 데이터베이스는 {0}에 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {0}</source>
        <translation>오늘의 자동 백업: {0}</translation>
    </message>
    <message>
        <source>No backup today: {0}</source>
        <translation>오늘은 자동 백업을 하지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>BackupOps</name>
    <message>
        <source>Backup settings saved</source>
        <translation>백업 설정을 저장했습니다</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>This is a team database on PostgreSQL: the server is backed up by its administrator (pg_dump), or with File &gt; Back up now…. The daily copies are for single-desk databases.</source>
        <translation>PostgreSQL 공용 데이터베이스입니다. 서버는 관리자가 pg_dump로 백업하거나 [파일 &gt; 지금 백업…]으로 백업합니다. 매일 자동 백업은 한 자리용(SQLite) 데이터베이스에만 적용됩니다.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>At the first start of each day, CivicDesk copies the database (checked) into {0} and keeps the last copies this many days; 0 switches the daily copies off. Latest backup: {1}</source>
        <translation>CivicDesk는 매일 처음 시작할 때 데이터베이스를 검사한 사본으로 {0}에 백업하고, 최근 이 일수만큼의 사본을 보관합니다. 0으로 두면 매일 자동 백업을 하지 않습니다. 가장 최근 백업: {1}</translation>
    </message>
    <message>
        <source>Saved: the last {0} daily backups are kept.</source>
        <translation>저장했습니다: 최근 {0}일의 자동 백업을 보관합니다.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>New</source>
        <translation>신규 접수</translation>
    </message>
    <message>
        <source>Received since the start of the last working day</source>
        <translation>직전 근무일 0시 이후 접수된 민원</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Not classified yet, in progress or referred</source>
        <translation>처리 결과 분류 전이거나 추진 중·타기관 이송 민원</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <source>A running deadline falls due later today</source>
        <translation>진행 중인 기한이 오늘 안에 도래하는 민원</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>회신 약속 기한 경과</translation>
    </message>
    <message>
        <source>Past the reply promise (48 hours / 14 days), no result yet</source>
        <translation>회신 약속 기한(48시간·14일)이 지났는데 결과를 알리지 않은 민원</translation>
    </message>
    <message>
        <source>Statutory overdue</source>
        <translation>법정 처리기한 경과</translation>
    </message>
    <message>
        <source>Past the statutory period of the Civil Petitions Act</source>
        <translation>민원처리법의 법정 처리기한이 지난 민원</translation>
    </message>
    <message>
        <source>No update 30+ days</source>
        <translation>30일 넘게 갱신 없음</translation>
    </message>
    <message>
        <source>Open cases whose monthly progress update is overdue</source>
        <translation>월간 진행 상황 갱신이 밀린 처리 중 민원</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>회신 대기</translation>
    </message>
    <message>
        <source>The resident has not been answered yet</source>
        <translation>아직 민원인에게 회신하지 않은 민원</translation>
    </message>
    <message>
        <source>Awaiting letter</source>
        <translation>회신문 대기</translation>
    </message>
    <message>
        <source>Long-term review or unfeasible, the mayor&apos;s letter not sent</source>
        <translation>장기 검토·불가 민원 중 시장 서명 회신문을 보내지 않은 민원</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>재검토 도래</translation>
    </message>
    <message>
        <source>Long-term review or unfeasible cases whose review date has come</source>
        <translation>다음 검토일이 된 장기 검토·불가 민원</translation>
    </message>
    <message>
        <source>Referrals waiting</source>
        <translation>이송 회신 대기</translation>
    </message>
    <message>
        <source>Referred to another agency, awaiting its answer</source>
        <translation>타기관으로 이송하여 답변을 기다리는 민원</translation>
    </message>
    <message>
        <source>Replied within 48 hours</source>
        <translation>48시간 내 결과 회신</translation>
    </message>
    <message>
        <source>Texts, calls, QR and walk-ins: the result told by the 48-hour promise (exactly 48 h counts)</source>
        <translation>바로문자·전화·QR·방문 접수: 48시간 회신 약속 시각까지 결과를 알린 민원 (정확히 48시간도 준수)</translation>
    </message>
    <message>
        <source>Session suggestions within 14 days</source>
        <translation>이동시장실 건의 14일 내 회신</translation>
    </message>
    <message>
        <source>Mobile Mayor&apos;s Office suggestions: the result sent within 14 days of the session</source>
        <translation>이동시장실 건의: 개최일로부터 14일 안에 결과를 알린 건의</translation>
    </message>
    <message>
        <source>Statutory period kept</source>
        <translation>법정 처리기한 준수</translation>
    </message>
    <message>
        <source>The result told within the period of the Civil Petitions Act (working days)</source>
        <translation>민원처리법의 처리기한(근무일 기준) 안에 결과를 알린 민원</translation>
    </message>
    <message>
        <source>Monthly update kept</source>
        <translation>월간 진행 상황 갱신</translation>
    </message>
    <message>
        <source>Open cases whose last progress update is within the month (as of now)</source>
        <translation>처리 중 민원 가운데 마지막 진행 상황 갱신이 한 달 이내인 민원 (현재 기준)</translation>
    </message>
    <message>
        <source>Complaints resolved within 24 h</source>
        <translation>생활민원 24시간 내 처리</translation>
    </message>
    <message>
        <source>Civil complaints resolved within 24 hours of receipt</source>
        <translation>접수 후 24시간 안에 처리 완료된 생활민원</translation>
    </message>
    <message>
        <source>Answered by a team leader or higher</source>
        <translation>팀장 이상 답변</translation>
    </message>
    <message>
        <source>Answered cases whose responsible official is marked team leader or higher</source>
        <translation>회신한 민원 가운데 담당자가 팀장 이상 책임자인 민원</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>분류 전 (접수·배정·검토 중)</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>분야 미지정</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 접수 경로</translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>{0:.1f} h</source>
        <translation>{0:.1f}시간</translation>
    </message>
    <message>
        <source>{0:.1f} days</source>
        <translation>{0:.1f}일</translation>
    </message>
</context>
<context>
    <name>BriefingOps</name>
    <message>
        <source>Briefing setting saved</source>
        <translation>현황 보고 설정을 저장했습니다</translation>
    </message>
</context>
<context>
    <name>BriefingScreen</name>
    <message>
        <source>Morning briefing</source>
        <translation>아침 현황 보고</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>Which cases the figures count: those received in this period</source>
        <translation>이 기간에 접수된 민원을 집계합니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>다시 집계 (F5)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Print the one-page briefing (Ctrl+P)</source>
        <translation>한 장짜리 현황 보고 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <source>Save the one-page briefing as PDF (Ctrl+Shift+S)</source>
        <translation>한 장짜리 현황 보고를 PDF로 저장 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>오늘 이동시장실</translation>
    </message>
    <message>
        <source>Mobile Mayor&apos;s Office sessions today</source>
        <translation>오늘 열리는 이동시장실</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>이번 주 이동시장실</translation>
    </message>
    <message>
        <source>Mobile Mayor&apos;s Office sessions this week</source>
        <translation>이번 주에 열리는 이동시장실</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Without gratitude</source>
        <translation>격려·감사 제외</translation>
    </message>
    <message>
        <source>The programs&apos; promises</source>
        <translation>회신 약속과 처리기한</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>준수</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>판정 대상</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>미준수</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>최초 회신</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>약속 준수</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>주별</translation>
    </message>
    <message>
        <source>Mobile Mayor&apos;s Office</source>
        <translation>이동시장실</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Communication unit</source>
        <translation>소통 단위</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>개최</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>건의</translation>
    </message>
    <message>
        <source>QR poster place</source>
        <translation>QR 포스터 장소</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Surveyed by</source>
        <translation>조사 방법</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>불만족</translation>
    </message>
    <message>
        <source>Would use again</source>
        <translation>재이용</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>지속 희망</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>Long-term review</source>
        <translation>장기 검토</translation>
    </message>
    <message>
        <source>Unfeasible</source>
        <translation>불가</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>이송 기관</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Reminder date</source>
        <translation>회신 요청일</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Referrals: the agency&apos;s answer is overdue</source>
        <translation>이송·이첩 회신 지연</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>약속·기한 준수</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분야별 접수</translation>
    </message>
    <message>
        <source>Trends: received, closed, promise kept</source>
        <translation>추이: 접수·종결·약속 준수</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서별 현황</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>Long-term review and unfeasible</source>
        <translation>장기 검토·불가 민원</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>The briefing could not be counted.</source>
        <translation>현황을 집계하지 못했습니다.</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <source>Figures for the cases received in {0}: {1} cases</source>
        <translation>{0} 접수 민원 {1}건 기준 실적</translation>
    </message>
    <message>
        <source>Ranked by promises kept; a department with fewer than {0} cases in the period is shown but not ranked (Settings › Briefing).</source>
        <translation>회신 약속 준수율 순위입니다. 기간 중 접수가 {0}건 미만인 부서는 실적만 보이고 순위를 매기지 않습니다 (설정 › 현황 보고).</translation>
    </message>
    <message>
        <source>{0}: received {1}, closed {2}, promise kept {3}</source>
        <translation>{0}: 접수 {1}, 종결 {2}, 약속 준수 {3}</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>{0} 접수</translation>
    </message>
    <message>
        <source>Closed {0}</source>
        <translation>{0} 종결</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>현황 보고를 PDF로 저장</translation>
    </message>
    <message>
        <source>Briefing saved to {0}</source>
        <translation>현황 보고를 저장했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>BriefingSections</name>
    <message>
        <source>{0}, gratitude left out · {1}</source>
        <translation>{0} (격려·감사 제외) · {1}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Received, gratitude left out · {0}</source>
        <translation>접수 (격려·감사 제외) · {0}</translation>
    </message>
    <message>
        <source>{0} (judged) · {1}</source>
        <translation>{0} 판정 대상 · {1}</translation>
    </message>
    <message>
        <source>{0}: missed · {1}</source>
        <translation>{0} 미준수 · {1}</translation>
    </message>
    <message>
        <source>Time to first reply (median)</source>
        <translation>최초 회신까지 (중앙값)</translation>
    </message>
    <message>
        <source>Time to the result (median)</source>
        <translation>결과 통보까지 (중앙값)</translation>
    </message>
    <message>
        <source>Fewer than {0} cases in the period: shown, not ranked</source>
        <translation>기간 중 접수 {0}건 미만: 순위 제외</translation>
    </message>
    <message>
        <source>{0}: open · {1}</source>
        <translation>{0} 처리 중 · {1}</translation>
    </message>
    <message>
        <source>{0}: overdue · {1}</source>
        <translation>{0} 기한 경과 · {1}</translation>
    </message>
    <message>
        <source>{0}: promise kept · {1}</source>
        <translation>{0} 약속 준수 · {1}</translation>
    </message>
    <message>
        <source>Promises kept (48 hours / 14 days) of those judged</source>
        <translation>판정 대상 가운데 회신 약속(48시간·14일)을 지킨 비율</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>세부 분야 없음</translation>
    </message>
    <message>
        <source>Suggestions raised at the sessions held · {0}</source>
        <translation>개최된 이동시장실의 건의 · {0}</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>개최 횟수</translation>
    </message>
    <message>
        <source>Citizens met</source>
        <translation>만난 시민</translation>
    </message>
    <message>
        <source>Towns covered</source>
        <translation>방문한 읍·면·동</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>건의</translation>
    </message>
    <message>
        <source>Suggestions per session</source>
        <translation>회당 건의</translation>
    </message>
    <message>
        <source>Suggestions at sessions with {0} · {1}</source>
        <translation>{0} 이동시장실의 건의 · {1}</translation>
    </message>
    <message>
        <source>Referrals: the agency&apos;s answer is overdue</source>
        <translation>이송·이첩 회신 지연</translation>
    </message>
    <message>
        <source>Opens the {0} referrals waiting past their reminder date</source>
        <translation>회신 요청일이 지난 이송 민원 {0}건을 엽니다</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0}일</translation>
    </message>
    <message>
        <source>All {0} referrals waiting</source>
        <translation>회신 지연 이송 민원 전체 {0}건</translation>
    </message>
    <message>
        <source>{0} of {1} answers</source>
        <translation>응답 {1}건 중 {0}건</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>불만족</translation>
    </message>
    <message>
        <source>would use it again</source>
        <translation>재이용 의향</translation>
    </message>
    <message>
        <source>would recommend it</source>
        <translation>추천 의향</translation>
    </message>
    <message>
        <source>want it continued</source>
        <translation>지속 희망</translation>
    </message>
</context>
<context>
    <name>BriefingSettingsPage</name>
    <message>
        <source> cases</source>
        <translation>건</translation>
    </message>
    <message>
        <source>The briefing&apos;s department table ranks departments by promises kept. A department that received fewer cases than this in the period is shown with its figures but not ranked: a few cases say too little to call a department the best or the worst. Shared by every desk of this database.</source>
        <translation>현황 보고의 부서별 표는 회신 약속 준수율로 순위를 매깁니다. 기간 중 접수가 이보다 적은 부서는 실적만 보이고 순위를 매기지 않습니다. 몇 건만으로 부서를 최고나 최하로 부를 수는 없기 때문입니다. 이 데이터베이스를 쓰는 모든 자리에 적용됩니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved: departments with at least {0} cases are ranked.</source>
        <translation>저장했습니다: 접수 {0}건 이상인 부서에 순위를 매깁니다.</translation>
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
    <message>
        <source>Paused since {0} · awaiting the supplement · due {1} before the pause</source>
        <translation>{0}부터 정지 · 민원인 보완 대기 · 정지 전 기한 {1}</translation>
    </message>
    <message>
        <source>Extended once by notice (the due date includes it)</source>
        <translation>통지로 1회 연장됨 (기한에 반영)</translation>
    </message>
    <message>
        <source>Extended twice, the second with the resident&apos;s consent (the due date includes it)</source>
        <translation>2회 연장됨, 두 번째는 민원인 동의 (기한에 반영)</translation>
    </message>
    <message>
        <source>The agency answered on {0}</source>
        <translation>{0} 이송 기관 회신</translation>
    </message>
    <message>
        <source>Awaiting the agency since {0}</source>
        <translation>{0}부터 이송 기관 회신 대기</translation>
    </message>
    <message>
        <source>Awaiting the agency since {0} · ask it for its answer (reminder {1})</source>
        <translation>{0}부터 이송 기관 회신 대기 · 회신을 독촉하십시오 (독촉일 {1})</translation>
    </message>
    <message>
        <source>Awaiting the agency since {0} · reminder on {1}</source>
        <translation>{0}부터 이송 기관 회신 대기 · 독촉일 {1}</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Close the open form, then back to the list</source>
        <translation>열린 입력란 닫기, 한 번 더 누르면 목록으로</translation>
    </message>
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
        <source>Kind of petition…</source>
        <translation>민원 종류…</translation>
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
        <source>Withdraw (entered by mistake)…</source>
        <translation>민원 철회(오접수)…</translation>
    </message>
    <message>
        <source>Record satisfaction survey…</source>
        <translation>만족도 조사 기록…</translation>
    </message>
    <message>
        <source>Interim notice…</source>
        <translation>중간 통지…</translation>
    </message>
    <message>
        <source>Extension of the period…</source>
        <translation>처리기간 연장 통지…</translation>
    </message>
    <message>
        <source>Transfer notice…</source>
        <translation>이송 통지…</translation>
    </message>
    <message>
        <source>Request a supplement…</source>
        <translation>보완 요구…</translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <translation>보완 접수…</translation>
    </message>
    <message>
        <source>Record the agency&apos;s answer…</source>
        <translation>기관 회신 기록…</translation>
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
        <source>Notice</source>
        <translation>통지</translation>
    </message>
    <message>
        <source>Statutory notices: interim, extension, transfer, supplement request</source>
        <translation>법정 통지: 중간 통지, 처리기간 연장, 이송, 보완 요구</translation>
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
        <source>Shows the resident&apos;s data; the audit log records it</source>
        <translation>민원인 개인정보를 표시합니다. 열람 사실은 감사 기록에 남습니다</translation>
    </message>
    <message>
        <source>Drafted for sign-off: it is issued once approved</source>
        <translation>결재 기안했습니다. 결재가 끝나면 발송합니다</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <source>Notice issued: register number {0}</source>
        <translation>통지문 발송: 시행 번호 {0}</translation>
    </message>
    <message>
        <source>Issued with register number {0}. Print it or save it for mailing.</source>
        <translation>시행 번호 {0}(으)로 발송했습니다. 우편 발송을 위해 인쇄하거나 저장하십시오.</translation>
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
        <source>Reply queued in the outbox</source>
        <translation>회신 문자를 발송함에 넣었습니다</translation>
    </message>
    <message>
        <source>Reply submitted for sign-off</source>
        <translation>회신을 결재에 올렸습니다</translation>
    </message>
    <message>
        <source>{0} is being imported by {1} (since {2}); waiting for that import to finish…</source>
        <translation>{0} 파일을 {1}에서 가져오는 중입니다({2}부터). 끝날 때까지 기다립니다…</translation>
    </message>
    <message>
        <source>Service codes saved</source>
        <translation>서비스 코드를 저장했습니다</translation>
    </message>
    <message>
        <source>Service code removed</source>
        <translation>서비스 코드를 삭제했습니다</translation>
    </message>
    <message>
        <source>Notice issued: register number {0}</source>
        <translation>통지문 발송: 시행 번호 {0}</translation>
    </message>
    <message>
        <source>Notice drafted for sign-off</source>
        <translation>통지문 결재 기안</translation>
    </message>
    <message>
        <source>Supplement received: the clock runs again</source>
        <translation>보완 접수: 처리기간이 다시 진행됩니다</translation>
    </message>
    <message>
        <source>Agency&apos;s answer recorded</source>
        <translation>이송 기관 회신 기록</translation>
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
        <source>Reply</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>법정</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Overdue · {0}</source>
        <translation>기한 경과 · {0}</translation>
    </message>
    <message>
        <source>Today, {0} h left · {1}</source>
        <translation>오늘 {0}시간 남음 · {1}</translation>
    </message>
    <message>
        <source>{0} h left · {1}</source>
        <translation>{0}시간 남음 · {1}</translation>
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
        <source>Reply purpose</source>
        <translation>회신 목적</translation>
    </message>
    <message>
        <source>Result told</source>
        <translation>결과 통지</translation>
    </message>
    <message>
        <source>Kind of petition</source>
        <translation>민원 종류</translation>
    </message>
    <message>
        <source>Statutory due</source>
        <translation>법정 처리기한</translation>
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
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Bulk-send file</source>
        <translation>발송 파일</translation>
    </message>
    <message>
        <source>Why not delivered</source>
        <translation>전달 실패 사유</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>통지</translation>
    </message>
    <message>
        <source>Clock paused since</source>
        <translation>처리기간 정지 시작</translation>
    </message>
    <message>
        <source>Agency answered</source>
        <translation>이송 기관 회신</translation>
    </message>
    <message>
        <source>Ask the agency on</source>
        <translation>회신 독촉일</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>연장 횟수</translation>
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
        <source>Letter issued (register number {0}), digitally signed</source>
        <translation>회신문 발급 (시행 번호 {0}), 전자서명 있음</translation>
    </message>
    <message>
        <source>Letter issued (register number {0}), no digital signature</source>
        <translation>회신문 발급 (시행 번호 {0}), 전자서명 없음</translation>
    </message>
    <message>
        <source>Letter {0} voided</source>
        <translation>회신문 {0} 취소</translation>
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
    <name>CaseWriteDialog</name>
    <message>
        <source>{0} changed the case meanwhile; press again to apply yours. ({1})</source>
        <translation>그사이 {0}님이 민원을 변경했습니다. 다시 누르면 입력한 내용이 적용됩니다. ({1})</translation>
    </message>
</context>
<context>
    <name>CasesOps</name>
    <message>
        <source>Retention period saved</source>
        <translation>보존기간을 저장했습니다</translation>
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
        <source>Notices due</source>
        <translation>통지 대상</translation>
    </message>
    <message>
        <source>Interim notices due and referrals awaiting the agency (Ctrl+Shift+T)</source>
        <translation>중간 통지 대상과 이송 기관 회신 대기 민원 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>전체 민원 보기</translation>
    </message>
    <message>
        <source>Leave the briefing figure and list cases by the filters again</source>
        <translation>현황 보고 실적을 벗어나 필터로 민원을 다시 봅니다</translation>
    </message>
    <message>
        <source>Open the selected case full width</source>
        <translation>선택한 민원을 전체 화면으로 열기</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>민원 목록 검색</translation>
    </message>
    <message>
        <source>Take in a new case</source>
        <translation>새 민원 접수</translation>
    </message>
    <message>
        <source>Briefing: {0}</source>
        <translation>현황 보고: {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>{0}+ cases</source>
        <translation>민원 {0}건 이상</translation>
    </message>
    <message>
        <source>Count all</source>
        <translation>전부 세기</translation>
    </message>
    <message>
        <source>A word of one or two letters cannot use the search index: at least {0} cases match. Count all of them (about a second on a million cases).</source>
        <translation>한두 글자 검색어는 검색 색인을 쓸 수 없어 민원 {0}건까지만 세었습니다(그 이상 해당). 전부 세려면 누르십시오(민원 100만 건에 약 1초).</translation>
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
        <source>Assign the responsible official first: the review starts then, and the outcome follows it.</source>
        <translation>먼저 담당자(팀장 이상 책임자)를 지정하십시오. 지정하면 검토가 시작되고, 처리 결과는 검토 뒤에 분류합니다.</translation>
    </message>
    <message>
        <source>Route the case to a department first, then assign the responsible official.</source>
        <translation>먼저 담당 부서를 배정한 뒤 담당자를 지정하십시오.</translation>
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
    <message>
        <source>Referral</source>
        <translation>이송</translation>
    </message>
    <message>
        <source>Set by the rule: {0}</source>
        <translation>기한 근거: {0}</translation>
    </message>
    <message>
        <source>Set under the rules in force then; they have changed since</source>
        <translation>당시 기준으로 정한 기한 (이후 기준이 바뀜)</translation>
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
        <source>The file&apos;s first rows:</source>
        <translation>파일의 첫 줄들:</translation>
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
    <name>ConnectionPage</name>
    <message>
        <source>This desk uses: {0}</source>
        <translation>이 창구의 데이터베이스: {0}</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>비밀번호를 이 컴퓨터의 키링에 보관</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>이 데이터베이스 사용</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>이 컴퓨터의 데이터베이스 사용</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. The choice applies the next time CivicDesk starts. The password is never written to a file.</source>
        <translation>여러 창구가 하나의 PostgreSQL 데이터베이스를 함께 씁니다. 선택은 CivicDesk를 다음에 시작할 때 적용됩니다. 비밀번호는 파일에 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The password is kept in the operating system&apos;s keyring.</source>
        <translation>비밀번호는 운영체제의 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password will be asked each time CivicDesk starts.</source>
        <translation>이 컴퓨터에는 키링이 없습니다. CivicDesk를 시작할 때마다 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>Host, database and user are needed.</source>
        <translation>서버 주소, 데이터베이스, 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>연결하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Connected to {0}.</source>
        <translation>{0}에 연결되었습니다.</translation>
    </message>
    <message>
        <source>The keyring refused the password: it will be asked at start.</source>
        <translation>키링에 비밀번호를 보관하지 못했습니다. 시작할 때 묻습니다.</translation>
    </message>
    <message>
        <source>CivicDesk will open {0} at the next start.</source>
        <translation>다음 시작부터 {0}을(를) 엽니다.</translation>
    </message>
    <message>
        <source>CivicDesk will open this computer&apos;s database at the next start.</source>
        <translation>다음 시작부터 이 컴퓨터의 데이터베이스를 엽니다.</translation>
    </message>
    <message>
        <source>Password for {0}</source>
        <translation>{0}의 비밀번호</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleDialog</name>
    <message>
        <source>Period rule</source>
        <translation>처리기간 규칙</translation>
    </message>
    <message>
        <source>Change period rule</source>
        <translation>처리기간 규칙 변경</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 민원 종류</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>모든 접수 경로</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>Korean, with the article: 고충민원 7일 — 시행령 제17조</source>
        <translation>조문과 함께: 고충민원 7일 — 시행령 제17조</translation>
    </message>
    <message>
        <source>Empty: the English interface shows the Korean label</source>
        <translation>비우면 영어 화면에도 한국어 이름이 표시됩니다</translation>
    </message>
    <message>
        <source>C&amp;lock</source>
        <translation>기한 종류(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kind of petition</source>
        <translation>민원 종류(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>접수 경로(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>분야(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>처리기간(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Korean)</source>
        <translation>근거(한국어)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;English label</source>
        <translation>영어 이름(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Restart CivicDesk now</source>
        <translation>지금 CivicDesk 다시 시작</translation>
    </message>
    <message>
        <source>Close this window (unsaved text is asked about) and start again</source>
        <translation>이 창을 닫고(저장하지 않은 글은 먼저 묻습니다) 다시 시작합니다</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>화면 언어(&amp;L)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CivicDesk.</source>
        <translation>새 언어는 CivicDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <source>Case</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>기안자</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>기안 일시</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>결재 요청</translation>
    </message>
    <message>
        <source>Approver absent? (대결)</source>
        <translation>결재권자 부재 시 대결</translation>
    </message>
    <message>
        <source>Returned: {0}</source>
        <translation>반려: {0}</translation>
    </message>
</context>
<context>
    <name>DueNoticeModel</name>
    <message>
        <source>Number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>통지 기한</translation>
    </message>
    <message>
        <source>Sent so far</source>
        <translation>발송 횟수</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>민원 요지</translation>
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
        <source>Personal data is kept between {low} and {high} years after a case closes, not {value}</source>
        <translation>개인정보 보존기간은 민원 종결 후 {low}년에서 {high}년 사이여야 합니다({value}은(는) 안 됩니다)</translation>
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
        <source>Unknown reply purpose: {purpose}</source>
        <translation>알 수 없는 회신 목적입니다: {purpose}</translation>
    </message>
    <message>
        <source>Unknown kind of petition: {kind}</source>
        <translation>알 수 없는 민원 종류입니다: {kind}</translation>
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
        <source>The {field} has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>{field} 글자 수가 {length:,}자입니다. 최대 {limit:,}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>The {field} contains a NUL character (a damaged file or paste)</source>
        <translation>{field}에 NUL 문자가 들어 있습니다(손상된 파일이나 붙여넣기)</translation>
    </message>
    <message>
        <source>Received {received_at}: a case is received between {earliest} and {latest}</source>
        <translation>접수일시 {received_at}: 민원 접수일시는 {earliest}부터 {latest}까지여야 합니다</translation>
    </message>
    <message>
        <source>Unknown {record}: &apos;{key}&apos;</source>
        <translation>알 수 없는 {record}: ‘{key}’</translation>
    </message>
    <message>
        <source>No draft for sign-off with id {id}</source>
        <translation>결재 문서({id})가 없습니다</translation>
    </message>
    <message>
        <source>Unknown kind of document for sign-off: {subject}</source>
        <translation>알 수 없는 결재 문서 종류입니다: {subject}</translation>
    </message>
    <message>
        <source>Unknown approval level: {level}</source>
        <translation>알 수 없는 결재 단계입니다: {level}</translation>
    </message>
    <message>
        <source>No active user with id {id} for the sign-off line</source>
        <translation>결재선에 넣을 사용자({id})가 없거나 비활성 상태입니다</translation>
    </message>
    <message>
        <source>The sign-off step {step} is not possible: the draft is {state}</source>
        <translation>지금은 결재 단계 {step}을(를) 할 수 없습니다. 문서 상태: {state}</translation>
    </message>
    <message>
        <source>Draft {id} was changed by someone else: reload it</source>
        <translation>결재 문서 {id}를 다른 사용자가 먼저 바꾸었습니다. 다시 불러오십시오</translation>
    </message>
    <message>
        <source>Draft {id} is for another reviewer</source>
        <translation>결재 문서 {id}의 검토자가 아닙니다</translation>
    </message>
    <message>
        <source>Draft {id} is for another approver: approve it as a deputy (대결)</source>
        <translation>결재 문서 {id}의 결재권자가 아닙니다. 부재 중인 결재권자를 대신하려면 대결로 결재하십시오</translation>
    </message>
    <message>
        <source>Only the drafter submits draft {id} again</source>
        <translation>결재 문서 {id}는 기안자만 다시 올릴 수 있습니다</translation>
    </message>
    <message>
        <source>The drafter cannot review their own draft</source>
        <translation>기안자는 자기 문서를 검토할 수 없습니다</translation>
    </message>
    <message>
        <source>The drafter cannot approve their own draft</source>
        <translation>기안자는 자기 문서를 결재할 수 없습니다</translation>
    </message>
    <message>
        <source>The designated approver approves in person, not as a deputy</source>
        <translation>지정된 결재권자는 대결이 아니라 직접 결재합니다</translation>
    </message>
    <message>
        <source>Say why the draft is returned</source>
        <translation>반려 사유를 적어 주십시오</translation>
    </message>
    <message>
        <source>A result reply for case {number} goes out only after sign-off (결재): draft it for sign-off</source>
        <translation>민원 {number}의 처리 결과 회신은 결재를 받은 뒤에만 보낼 수 있습니다. 결재를 올리세요</translation>
    </message>
    <message>
        <source>Draft {id} is not an approved result reply of case {number}</source>
        <translation>문서 {id}은(는) 민원 {number}의 결재된 처리 결과 회신이 아닙니다</translation>
    </message>
    <message>
        <source>The letter for case {number} has not been approved (결재): it cannot be issued</source>
        <translation>민원 {number}의 회신문은 결재를 받지 않아 발송할 수 없습니다</translation>
    </message>
    <message>
        <source>Draft {id} is not an approved letter of case {number}</source>
        <translation>결재 문서 {id}는 민원 {number}의 결재된 회신문이 아닙니다</translation>
    </message>
    <message>
        <source>Unknown kind of notice: {kind}</source>
        <translation>알 수 없는 통지 종류입니다: {kind}</translation>
    </message>
    <message>
        <source>An extension is 1 to {limit} (the original period), not {amount}</source>
        <translation>처리기간은 원래 처리기간의 범위(1~{limit}) 안에서만 연장할 수 있습니다. 입력한 값: {amount}</translation>
    </message>
    <message>
        <source>The period was already extended twice</source>
        <translation>처리기간은 이미 두 차례 연장했습니다</translation>
    </message>
    <message>
        <source>A second extension needs the resident&apos;s consent: give its date</source>
        <translation>두 번째 연장에는 민원인의 동의가 필요합니다. 동의한 날짜를 입력하십시오</translation>
    </message>
    <message>
        <source>Case {number} is closed: no notice is due</source>
        <translation>민원 {number}은(는) 종결되어 보낼 통지가 없습니다</translation>
    </message>
    <message>
        <source>An interim notice says the progress and the expected completion date</source>
        <translation>처리 진행 상황 통지에는 진행 상황과 처리 완료 예정일을 적어야 합니다</translation>
    </message>
    <message>
        <source>Case {number} has no statutory period to extend</source>
        <translation>민원 {number}에는 연장할 법정 처리기한이 없습니다</translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation>연장 사유를 적어 주십시오</translation>
    </message>
    <message>
        <source>Case {number} is not referred to another agency</source>
        <translation>민원 {number}은(는) 타기관으로 이송되지 않았습니다</translation>
    </message>
    <message>
        <source>A supplement request says what is missing and by when</source>
        <translation>보완 요청에는 보완할 사항과 보완 기한을 적어야 합니다</translation>
    </message>
    <message>
        <source>Case {number} already awaits a supplement</source>
        <translation>민원 {number}은(는) 이미 보완을 기다리고 있습니다</translation>
    </message>
    <message>
        <source>Case {number} awaits no supplement</source>
        <translation>민원 {number}은(는) 보완을 기다리고 있지 않습니다</translation>
    </message>
    <message>
        <source>The agency&apos;s answer is empty</source>
        <translation>이송 기관의 답변 내용이 비어 있습니다</translation>
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
        <source>The stored bytes of letter {register_number} no longer match the SHA-256 recorded when it was issued: the database may be damaged. Restore a backup; no file was written.</source>
        <translation>시행 번호 {register_number} 회신문의 저장된 내용이 시행할 때 기록한 SHA-256 값과 맞지 않습니다. 데이터베이스가 손상되었을 수 있습니다. 백업에서 복원하십시오. 파일은 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>A process rendering the letters ended unexpectedly (out of memory, or stopped from outside). The letters issued before it are complete; issue the remaining ones again.</source>
        <translation>회신문을 만드는 작업 프로세스가 예기치 않게 끝났습니다(메모리 부족 또는 외부에서 중지). 그 전에 시행한 회신문은 온전합니다. 나머지 회신문을 다시 시행하십시오.</translation>
    </message>
    <message>
        <source>No letter with register number {register_number}</source>
        <translation>시행 번호 {register_number} 회신문이 없습니다</translation>
    </message>
    <message>
        <source>Letter {register_number} was voided and is not to be mailed: reprint the letter that replaced it</source>
        <translation>시행 번호 {register_number} 회신문은 취소되어 발송하지 않습니다. 이를 대신한 회신문을 다시 출력하십시오</translation>
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
        <source>Unknown kind of reference data &apos;{kind}&apos;</source>
        <translation>알 수 없는 기준 정보 종류입니다: &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>The Korean name must not be empty</source>
        <translation>한국어 이름을 입력하십시오</translation>
    </message>
    <message>
        <source>A name may have at most {limit} characters</source>
        <translation>이름은 {limit}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>Another entry is already called {name}</source>
        <translation>이미 같은 이름({name})이 있습니다</translation>
    </message>
    <message>
        <source>This rule ({id}) no longer exists</source>
        <translation>이 규칙({id})은 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Your account is not linked to an official: the administrator links it on Settings › Users</source>
        <translation>계정이 담당 공무원과 연결되어 있지 않습니다. 관리자가 설정 › 사용자에서 연결합니다</translation>
    </message>
    <message>
        <source>{field} may have at most {limit} characters</source>
        <translation>{field}은(는) {limit}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>{field}: digits, spaces, hyphens and parentheses only, not &apos;{value}&apos;</source>
        <translation>{field}: 숫자, 공백, 하이픈, 괄호만 쓸 수 있습니다(&apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>Not an e-mail address: &apos;{value}&apos;</source>
        <translation>전자우편 주소가 아닙니다: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>There is already a kind rule for this category and topic: change that one</source>
        <translation>이 분야와 주제의 민원 종류 규칙이 이미 있습니다. 그 규칙을 변경하십시오</translation>
    </message>
    <message>
        <source>There is already a period rule for this clock, kind of petition, channel and category: change that one</source>
        <translation>같은 기한 종류·민원 종류·접수 경로·분야의 처리기간 규칙이 이미 있습니다. 그 규칙을 변경하십시오</translation>
    </message>
    <message>
        <source>The period must be a whole number from 1 to {limit}</source>
        <translation>처리기간은 1부터 {limit}까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>Unknown unit of a period: {unit}</source>
        <translation>알 수 없는 기간 단위입니다: {unit}</translation>
    </message>
    <message>
        <source>Unknown clock: {clock}</source>
        <translation>알 수 없는 기한 종류입니다: {clock}</translation>
    </message>
    <message>
        <source>Unknown starting point of a period: {anchor}</source>
        <translation>알 수 없는 기간 기산점입니다: {anchor}</translation>
    </message>
    <message>
        <source>The rule&apos;s Korean label must not be empty</source>
        <translation>규칙의 한국어 이름(근거)을 입력하십시오</translation>
    </message>
    <message>
        <source>A label may have at most {limit} characters</source>
        <translation>이름은 {limit}자까지 입력할 수 있습니다</translation>
    </message>
    <message>
        <source>This is the only rule for its clock and kind of petition: change its period rather than remove it</source>
        <translation>이 기한 종류와 민원 종류의 유일한 규칙입니다. 삭제하지 말고 처리기간을 변경하십시오</translation>
    </message>
    <message>
        <source>The rule for any category and topic gives every other case its kind: change it rather than remove it</source>
        <translation>모든 분야·주제에 적용되는 기본 규칙은 다른 규칙에 해당하지 않는 민원의 종류를 정합니다. 삭제하지 말고 변경하십시오</translation>
    </message>
    <message>
        <source>The topic {topic} belongs to another category: the rule would never apply</source>
        <translation>주제 {topic}은(는) 다른 분야에 속하므로 이 규칙은 적용되지 않습니다</translation>
    </message>
    <message>
        <source>--brief needs -o FILE.pdf: where to write the brief</source>
        <translation>--brief에는 -o FILE.pdf(사전 보고 자료를 쓸 파일)가 필요합니다</translation>
    </message>
    <message>
        <source>No session numbered {number}</source>
        <translation>번호가 {number}인 이동시장실 일정이 없습니다</translation>
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
        <source>Keep between {low} and {high} daily backups (not {value}); 0 switches them off</source>
        <translation>자동 백업 보관 일수는 {low}~{high}일이어야 합니다 (입력: {value}). 0이면 자동 백업을 하지 않습니다</translation>
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
        <source>Event {index} ({uid}) has no END:VEVENT; it was not read</source>
        <translation>{index}번째 일정({uid})에 END:VEVENT가 없어 읽지 않았습니다</translation>
    </message>
    <message>
        <source>Event {index} ({uid}): {property} cannot be read ({reason})</source>
        <translation>{index}번째 일정({uid}): {property} 항목을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>Event {index} ({uid}): unknown time zone &apos;{tzid}&apos;</source>
        <translation>{index}번째 일정({uid}): 알 수 없는 시간대 &apos;{tzid}&apos;</translation>
    </message>
    <message>
        <source>Event {index} ({uid}) starts {value}; sessions are between {earliest} and {latest}</source>
        <translation>{index}번째 일정({uid})의 시작이 {value}입니다. 이동시장실 일정은 {earliest}부터 {latest}까지여야 합니다</translation>
    </message>
    <message>
        <source>Event {index} ({uid}) ends before it starts</source>
        <translation>{index}번째 일정({uid})의 종료 시각이 시작 시각보다 빠릅니다</translation>
    </message>
    <message>
        <source>Event {index} has a UID of {length:,} characters (at most {limit:,})</source>
        <translation>{index}번째 일정의 UID가 {length:,}자입니다(최대 {limit:,}자)</translation>
    </message>
    <message>
        <source>Event {index} ({uid}): {property} has {length:,} characters (at most {limit:,})</source>
        <translation>{index}번째 일정({uid}): {property} 항목이 {length:,}자입니다(최대 {limit:,}자)</translation>
    </message>
    <message>
        <source>Event {index} ({uid}) contains a NUL character (damaged data)</source>
        <translation>{index}번째 일정({uid})에 NUL 문자가 들어 있습니다(손상된 데이터)</translation>
    </message>
    <message>
        <source>Event {index} repeats UID {uid}, already read in this file</source>
        <translation>{index}번째 일정의 UID {uid}은(는) 이 파일에서 이미 읽은 일정과 같습니다</translation>
    </message>
    <message>
        <source>Event {index} ({uid}) refused: {reason}</source>
        <translation>{index}번째 일정({uid})을 반영하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>Event {index} ({uid}): the database refused it: {reason}</source>
        <translation>{index}번째 일정({uid}): 데이터베이스가 저장을 거부했습니다: {reason}</translation>
    </message>
    <message>
        <source>{uid}: cancelled in the calendar and unknown here</source>
        <translation>{uid}: 사무실 달력에서 취소되었고 CivicDesk에는 없는 일정입니다</translation>
    </message>
    <message>
        <source>{number}: {state}, its time is history and was kept</source>
        <translation>{number}: {state} 상태라 지난 일정 시각을 그대로 두었습니다</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>This entry ({kind} {id}) no longer exists</source>
        <translation>이 항목({kind} {id})은 더 이상 없습니다</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a folder, pipe or device); choose a file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다(폴더, 파이프 또는 장치). 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{path} has {size:,} bytes; at most {limit:,} can be imported at once</source>
        <translation>{path}의 크기가 {size:,}바이트입니다. 한 번에 {limit:,}바이트까지 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{file} is not a text file (line {line} holds binary data)</source>
        <translation>{file}은(는) 텍스트 파일이 아닙니다({line}번째 줄에 이진 데이터가 있습니다)</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text; save it as CSV UTF-8 (or CP949) and import it again</source>
        <translation>{file}은(는) UTF-16 텍스트입니다. CSV UTF-8(또는 CP949)로 저장한 뒤 다시 가져오십시오</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;{encoding}&apos;</source>
        <translation>알 수 없는 인코딩 &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <source>Encoding &apos;{encoding}&apos; is not accepted: use UTF-8 or CP949</source>
        <translation>&apos;{encoding}&apos; 인코딩은 받지 않습니다. UTF-8 또는 CP949를 사용하십시오</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid {encoding}; nothing was imported</source>
        <translation>{file}의 {line}번째 줄이 올바른 {encoding}이(가) 아닙니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Line {line} of {file} is neither UTF-8 nor CP949; nothing was imported. Save the file as CSV UTF-8 and import it again.</source>
        <translation>{file}의 {line}번째 줄은 UTF-8도 CP949도 아닙니다. 아무것도 가져오지 않았습니다. 파일을 CSV UTF-8로 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {line} is {encoding} while line {other_line} is {other_encoding}; nothing was imported. Save the file as CSV UTF-8 and import it again.</source>
        <translation>{file}에 인코딩이 섞여 있습니다. {line}번째 줄은 {encoding}, {other_line}번째 줄은 {other_encoding}입니다. 아무것도 가져오지 않았습니다. 파일을 CSV UTF-8로 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is UTF-8 encoded twice (it would read as garbled text); nothing was imported. Export the file again as UTF-8.</source>
        <translation>{file}의 {line}번째 줄은 UTF-8로 두 번 인코딩되어 글자가 깨져 보입니다. 아무것도 가져오지 않았습니다. 파일을 UTF-8로 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>Bad column mapping &apos;{option}&apos;: write FIELD=COLUMN, e.g. 내용=message</source>
        <translation>열 지정 &apos;{option}&apos;이(가) 잘못되었습니다. 항목=열 형식으로 쓰십시오(예: 내용=message)</translation>
    </message>
    <message>
        <source>Unknown field in mapping &apos;{option}&apos;; fields are: {fields}</source>
        <translation>열 지정 &apos;{option}&apos;의 항목을 알 수 없습니다. 항목: {fields}</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos; (columns: {columns})</source>
        <translation>파일에 &apos;{column}&apos; 열이 없습니다(열: {columns})</translation>
    </message>
    <message>
        <source>No column for {fields}; the file&apos;s columns are: {columns}. Map them explicitly (e.g. --map 내용=message).</source>
        <translation>{fields}에 해당하는 열이 없습니다. 파일의 열: {columns}. 열을 직접 지정하십시오(예: --map 내용=message).</translation>
    </message>
    <message>
        <source>{file} is being imported by {who} since {since}; nothing was imported. Try again when it is done.</source>
        <translation>{file} 파일을 {who}에서 {since}부터 가져오는 중입니다. 아무것도 가져오지 않았습니다. 끝난 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>unbalanced quote: a quoted cell opened here runs on into the next rows, which were read on their own</source>
        <translation>따옴표 짝이 맞지 않음: 이 행에서 열린 따옴표가 다음 행까지 이어져, 다음 행들은 따로 읽었습니다</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>내용 없음</translation>
    </message>
    <message>
        <source>no case number</source>
        <translation>접수번호가 없습니다</translation>
    </message>
    <message>
        <source>the survey date &apos;{value}&apos; is not a date</source>
        <translation>조사일 &apos;{value}&apos;은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>no survey date</source>
        <translation>조사일이 없습니다</translation>
    </message>
    <message>
        <source>no case is numbered {number}</source>
        <translation>접수번호 {number}인 민원이 없습니다</translation>
    </message>
    <message>
        <source>case {number} was already surveyed in row {row} of this file</source>
        <translation>민원 {number}의 조사는 이 파일 {row}행에 이미 있습니다</translation>
    </message>
    <message>
        <source>case {number} already has a different survey</source>
        <translation>민원 {number}에는 다른 만족도 조사가 이미 있습니다</translation>
    </message>
    <message>
        <source>text has {length:,} characters (at most {limit:,})</source>
        <translation>내용이 {length:,}자입니다(최대 {limit:,}자)</translation>
    </message>
    <message>
        <source>{field} has {length:,} characters (at most {limit:,})</source>
        <translation>{field} 글자 수가 {length:,}자입니다(최대 {limit:,}자)</translation>
    </message>
    <message>
        <source>contains a NUL character (damaged data)</source>
        <translation>NUL 문자가 들어 있음(손상된 데이터)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>수신일시 없음</translation>
    </message>
    <message>
        <source>unparseable date &apos;{value}&apos;</source>
        <translation>읽을 수 없는 수신일시 &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>date {value} is not between {earliest} and {latest}</source>
        <translation>수신일시 {value}: {earliest}부터 {latest}까지의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{cells} cells where the header has {columns} (an unquoted delimiter in a cell?)</source>
        <translation>머리글은 {columns}칸인데 이 행은 {cells}칸입니다(따옴표 없는 구분 문자가 들어 있나요?)</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>접수 불가: {reason}</translation>
    </message>
    <message>
        <source>the database refused it: {reason}</source>
        <translation>데이터베이스가 저장을 거부함: {reason}</translation>
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
        <source>Case {number} has no mobile number to text; reply by phone or letter</source>
        <translation>민원 {number}에는 문자를 보낼 휴대전화 번호가 없습니다. 전화나 서면으로 회신하십시오</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>문자 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>The message is {size:,} bytes; the gateway cuts a message after {limit:,} bytes</source>
        <translation>문자가 {size:,}바이트입니다. 발송 시스템은 {limit:,}바이트 뒤를 잘라 냅니다</translation>
    </message>
    <message>
        <source>Unknown reply purpose &apos;{purpose}&apos;</source>
        <translation>알 수 없는 회신 구분 &apos;{purpose}&apos;</translation>
    </message>
    <message>
        <source>No outbox message with id {id}</source>
        <translation>발송함에 id {id}인 문자가 없습니다</translation>
    </message>
    <message>
        <source>Message {reference} is {state}; this cannot be done to it now</source>
        <translation>문자 {reference}은(는) {state} 상태라 지금 이 작업을 할 수 없습니다</translation>
    </message>
    <message>
        <source>Unknown bulk-send column &apos;{column}&apos;; the columns are chosen from: {known}</source>
        <translation>알 수 없는 대량 발송 열 &apos;{column}&apos;. 고를 수 있는 열: {known}</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{format}&apos; (csv or xlsx)</source>
        <translation>알 수 없는 파일 형식 &apos;{format}&apos; (csv 또는 xlsx)</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a phone number</source>
        <translation>&apos;{number}&apos;은(는) 전화번호가 아닙니다</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;{encoding}&apos; (cp949 or utf-8-sig)</source>
        <translation>알 수 없는 인코딩 &apos;{encoding}&apos; (cp949 또는 utf-8-sig)</translation>
    </message>
    <message>
        <source>Case {number} has no resident to tell</source>
        <translation>민원 {number}에 회신할 민원인이 없습니다</translation>
    </message>
    <message>
        <source>The delivery report has no column for {fields}; its columns are: {columns}</source>
        <translation>전달 결과 파일에 {fields} 열이 없습니다. 파일의 열: {columns}</translation>
    </message>
    <message>
        <source>no reference number</source>
        <translation>참조번호 없음</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a reference number CivicDesk gave (CD00000123)</source>
        <translation>&apos;{value}&apos;은(는) CivicDesk가 붙인 참조번호(CD00000123)가 아님</translation>
    </message>
    <message>
        <source>the result &apos;{value}&apos; is neither a delivery nor a failure</source>
        <translation>결과 &apos;{value}&apos;은(는) 성공도 실패도 아님</translation>
    </message>
    <message>
        <source>no message has the reference number {reference}</source>
        <translation>참조번호 {reference}인 문자 없음</translation>
    </message>
    <message>
        <source>message {reference} was never handed to the gateway</source>
        <translation>문자 {reference}은(는) 발송 시스템에 전달된 적이 없음</translation>
    </message>
    <message>
        <source>message {reference} went to {expected}, not {phone}</source>
        <translation>문자 {reference}의 수신번호는 {phone}이(가) 아니라 {expected}임</translation>
    </message>
    <message>
        <source>message {reference} was already reported {state}</source>
        <translation>문자 {reference}은(는) 이미 {state}(으)로 보고됨</translation>
    </message>
    <message>
        <source>A place code is P- and four digits (P-0123), not &apos;{code}&apos;</source>
        <translation>장소 코드는 P-와 숫자 네 자리(P-0123)입니다. &apos;{code}&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>The place code {code} is already used</source>
        <translation>장소 코드 {code}은(는) 이미 쓰이고 있습니다</translation>
    </message>
    <message>
        <source>The place has no name</source>
        <translation>장소 이름이 없습니다</translation>
    </message>
    <message>
        <source>The place&apos;s {field} is {length} characters; at most {limit}</source>
        <translation>장소의 {field}이(가) {length}자입니다. 최대 {limit}자입니다</translation>
    </message>
    <message>
        <source>No place with code {code}</source>
        <translation>코드가 {code}인 장소가 없습니다</translation>
    </message>
    <message>
        <source>The mayor&apos;s text number is not set (Settings, outbox): a poster needs it</source>
        <translation>시장 문자 번호가 설정되지 않았습니다(설정 → 발송함). 포스터에 꼭 필요합니다</translation>
    </message>
    <message>
        <source>Unknown survey channel &apos;{channel}&apos; (call, text or session)</source>
        <translation>알 수 없는 조사 방법 &apos;{channel}&apos; (전화, 문자, 현장 중 하나)</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5, not &apos;{score}&apos;</source>
        <translation>만족도는 1~5입니다 (&apos;{score}&apos; 불가)</translation>
    </message>
    <message>
        <source>An answer is yes, neutral or no, not &apos;{answer}&apos;</source>
        <translation>응답은 예, 보통, 아니오 중 하나입니다 (&apos;{answer}&apos; 불가)</translation>
    </message>
    <message>
        <source>The comment has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>의견이 {length:,}자입니다. {limit:,}자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>The survey has no answer</source>
        <translation>만족도 조사에 응답이 없습니다</translation>
    </message>
    <message>
        <source>Case {number} already has a survey answer (taken {when})</source>
        <translation>민원 {number}에는 이미 만족도 조사 응답이 있습니다 ({when} 조사)</translation>
    </message>
    <message>
        <source>The survey date {when} is in the future</source>
        <translation>조사 일시 {when}이(가) 미래입니다</translation>
    </message>
    <message>
        <source>The survey date {when} is before case {number} was received</source>
        <translation>조사 일시 {when}이(가) 민원 {number} 접수 전입니다</translation>
    </message>
    <message>
        <source>{path}: the encoding is not UTF-8 or CP949 (EUC-KR)</source>
        <translation>{path}: 인코딩이 UTF-8이나 CP949(EUC-KR)가 아닙니다</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{path}: no column for {missing}; the file&apos;s columns are: {headers}</source>
        <translation>{path}: {missing} 열이 없습니다. 파일의 열: {headers}</translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends on {end}</source>
        <translation>기간 시작일 {start}이(가) 종료일 {end}보다 늦습니다</translation>
    </message>
    <message>
        <source>The minimum sample is a whole number from 1 to {limit}, not {value}</source>
        <translation>최소 표본은 1부터 {limit}까지의 정수입니다 ({value} 불가)</translation>
    </message>
    <message>
        <source>--month must be a month like 2026-10, not &apos;{value}&apos;</source>
        <translation>--month는 2026-10처럼 연-월로 써야 합니다 (&apos;{value}&apos; 불가)</translation>
    </message>
    <message>
        <source>The report is written as .xlsx, .csv (a folder) or .zip, not &apos;{path}&apos;</source>
        <translation>보고서는 .xlsx, .csv(압축 파일) 또는 .zip으로 저장합니다 (&apos;{path}&apos; 불가)</translation>
    </message>
    <message>
        <source>{database} is not a database file (it is a folder, a device or a pipe): give the path of a .db file</source>
        <translation>{database}은(는) 데이터베이스 파일이 아닙니다 (폴더·장치·파이프). .db 파일의 경로를 적으십시오</translation>
    </message>
    <message>
        <source>{database} is not a database file (or it is encrypted): check the path you gave</source>
        <translation>{database}은(는) 데이터베이스 파일이 아니거나 암호화되어 있습니다. 경로를 확인하십시오</translation>
    </message>
    <message>
        <source>The disk holding the database {database} is full, so nothing was saved. Free some space, then try again.</source>
        <translation>데이터베이스 {database}이(가) 있는 디스크가 가득 차서 아무것도 저장하지 못했습니다. 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database {database} cannot be written: the file, its folder or its disk is read-only. Ask the administrator, or open a copy in a folder you may write in.</source>
        <translation>데이터베이스 {database}에 쓸 수 없습니다. 파일이나 폴더 또는 디스크가 읽기 전용입니다. 관리자에게 문의하거나, 쓰기가 가능한 폴더에 사본을 두고 여십시오.</translation>
    </message>
    <message>
        <source>The database {database} stayed locked by another desk or program, so nothing was saved. Try again in a moment.</source>
        <translation>다른 자리나 프로그램이 데이터베이스 {database}을(를) 계속 잠그고 있어 아무것도 저장하지 못했습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database server of {database} cannot be reached ({reason}). Check the network, or ask the administrator to start the server.</source>
        <translation>데이터베이스 {database}의 서버에 연결할 수 없습니다 ({reason}). 네트워크를 확인하거나 관리자에게 서버를 켜 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The database {database} could not be read or written ({reason}). Check the disk, then try again.</source>
        <translation>데이터베이스 {database}을(를) 읽거나 쓰지 못했습니다 ({reason}). 디스크를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({reason}) and was not opened. Restore the latest backup, {backup} (File &gt; Restore…, or civicdesk restore).</source>
        <translation>데이터베이스 {database}이(가) 손상되어 열지 않았습니다 ({reason}). 가장 최근 백업 {backup}에서 복원하십시오 ([파일 &gt; 백업에서 복원…] 또는 civicdesk restore).</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({reason}) and was not opened. No backup was found beside it: ask the administrator for the latest copy.</source>
        <translation>데이터베이스 {database}이(가) 손상되어 열지 않았습니다 ({reason}). 옆에서 백업을 찾지 못했습니다. 관리자에게 가장 최근 사본을 요청하십시오.</translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade, and a copy is made first: its folder has {free} free, about {needed} are needed. Free some space, then open it again.</source>
        <translation>데이터베이스 {database}의 버전을 올리기 전에 사본을 만듭니다. 폴더의 여유 공간은 {free}이고 약 {needed}이 필요합니다. 공간을 확보한 뒤 다시 여십시오.</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose another file for the backup</source>
        <translation>{path}은(는) 데이터베이스 파일 자체입니다. 백업할 다른 파일을 고르십시오</translation>
    </message>
    <message>
        <source>The copy {path} failed its integrity check ({reason}), so it was not kept. Try again.</source>
        <translation>사본 {path}이(가) 무결성 검사를 통과하지 못해 남기지 않았습니다 ({reason}). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The copy {path} does not have the same rows as the database (tables: {tables}), so it was not kept. Try again.</source>
        <translation>사본 {path}의 행 수가 데이터베이스와 달라 남기지 않았습니다 (테이블: {tables}). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{path} is not a CivicDesk backup: choose a backup file (.db or .dump)</source>
        <translation>{path}은(는) CivicDesk 백업이 아닙니다. 백업 파일(.db 또는 .dump)을 고르십시오</translation>
    </message>
    <message>
        <source>{path} is a backup of a single-desk (SQLite) database; a PostgreSQL database is restored from a pg_dump file</source>
        <translation>{path}은(는) 한 자리용(SQLite) 데이터베이스의 백업입니다. PostgreSQL 데이터베이스는 pg_dump 파일에서 복원합니다</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored. Choose an older backup.</source>
        <translation>백업 {path}이(가) 손상되어 복원하지 않았습니다 ({reason}). 더 이전의 백업을 고르십시오.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a CivicDesk one; nothing was restored</source>
        <translation>{path}은(는) CivicDesk 데이터베이스가 아니어서 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>The backup {path} has schema version {version}, newer than this CivicDesk understands ({latest}); nothing was restored. Install the newer CivicDesk first.</source>
        <translation>백업 {path}의 스키마 버전({version})이 이 CivicDesk가 아는 버전({latest})보다 새로워 복원하지 않았습니다. 먼저 새 버전의 CivicDesk를 설치하십시오.</translation>
    </message>
    <message>
        <source>{tool} is not installed: a PostgreSQL database is backed up and restored with the PostgreSQL client tools (Debian: apt install postgresql-client)</source>
        <translation>{tool}이(가) 설치되어 있지 않습니다. PostgreSQL 데이터베이스의 백업과 복원에는 PostgreSQL 클라이언트 도구가 필요합니다 (Debian: apt install postgresql-client)</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 실행에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space or choose another disk, then try again.</source>
        <translation>디스크가 가득 찼습니다. {path}을(를) 쓰지 못했습니다. 공간을 확보하거나 다른 디스크를 고른 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{path} is too large for its disk or folder: choose another place</source>
        <translation>{path}이(가) 디스크나 폴더에 비해 너무 큽니다. 다른 곳을 고르십시오</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or folder: choose a place you can write to</source>
        <translation>{path}은(는) 읽기 전용 디스크나 폴더에 있습니다. 쓸 수 있는 곳을 고르십시오</translation>
    </message>
    <message>
        <source>No permission to use {path}: choose another file or folder, or ask the administrator (a file open in another program cannot be replaced either)</source>
        <translation>{path}에 대한 권한이 없습니다. 다른 파일이나 폴더를 고르거나 관리자에게 문의하십시오 (다른 프로그램에서 연 파일도 바꿀 수 없습니다)</translation>
    </message>
    <message>
        <source>{path} does not exist: check the name, or create the folder first</source>
        <translation>{path}이(가) 없습니다. 이름을 확인하거나 폴더를 먼저 만드십시오</translation>
    </message>
    <message>
        <source>{path}: part of this path is a file, not a folder. Choose a folder.</source>
        <translation>{path}: 경로 중간에 폴더가 아닌 파일이 있습니다. 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name inside it</source>
        <translation>{path}은(는) 폴더입니다. 폴더 안의 파일 이름을 적으십시오</translation>
    </message>
    <message>
        <source>No program is reading the pipe {path}: start the reader first, or give a file</source>
        <translation>파이프 {path}을(를) 읽는 프로그램이 없습니다. 읽을 프로그램을 먼저 실행하거나 파일을 적으십시오</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a device, a pipe or a socket): give a file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다 (장치·파이프·소켓). 파일을 적으십시오</translation>
    </message>
    <message>
        <source>{path} is in use by another program: close it and try again</source>
        <translation>{path}을(를) 다른 프로그램이 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>The name {path} is too long: choose a shorter one</source>
        <translation>이름 {path}이(가) 너무 깁니다. 더 짧은 이름을 고르십시오</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} ({reason}): check the disk or choose another place</source>
        <translation>디스크가 {path}을(를) 읽거나 쓰지 못했습니다 ({reason}). 디스크를 확인하거나 다른 곳을 고르십시오</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}</source>
        <translation>{path}을(를) 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} does not exist: create it or choose another folder</source>
        <translation>폴더 {path}이(가) 없습니다. 폴더를 만들거나 다른 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>The folder {path} has {free} free, but about {needed} are needed: free some space or choose another folder</source>
        <translation>폴더 {path}의 여유 공간은 {free}이지만 약 {needed}이 필요합니다. 공간을 확보하거나 다른 폴더를 고르십시오</translation>
    </message>
    <message>
        <source>--{option} must be a date like 2026-03-01, not &apos;{value}&apos;</source>
        <translation>--{option}에는 2026-03-01 같은 날짜를 적으십시오 (입력: ‘{value}’)</translation>
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
        <source>{path} is a folder; give a file name to write</source>
        <translation>{path}은(는) 폴더입니다. 저장할 파일 이름을 지정하십시오</translation>
    </message>
    <message>
        <source>The folder {path} does not exist</source>
        <translation>{path} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>--include-personal is for --format open311 only</source>
        <translation>--include-personal은 --format open311에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>Say --format csv, xlsx or open311 (the name {path} does not tell)</source>
        <translation>--format csv, xlsx 또는 open311을 지정하십시오(파일 이름 {path}로는 알 수 없습니다)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder: it is not a regular file; choose a file in it</source>
        <translation>{path}은(는) 폴더입니다. 일반 파일이 아니므로 그 안의 파일을 고르십시오</translation>
    </message>
    <message>
        <source>Case {number} already has letter {register_number} (void it to correct it)</source>
        <translation>접수번호 {number} 민원에는 이미 회신문이 있습니다 (시행 번호 {register_number}; 정정하려면 먼저 취소하십시오)</translation>
    </message>
    <message>
        <source>The role {role} may not {action}</source>
        <translation>{role} 역할은 ‘{action}’ 권한이 없습니다</translation>
    </message>
    <message>
        <source>You may {action} only on cases of your own department</source>
        <translation>‘{action}’은(는) 소속 부서의 민원에만 할 수 있습니다</translation>
    </message>
    <message>
        <source>You have no department, so you may not {action}: ask the administrator to set your department</source>
        <translation>소속 부서가 지정되지 않아 ‘{action}’을(를) 할 수 없습니다. 관리자에게 소속 부서 지정을 요청하십시오</translation>
    </message>
    <message>
        <source>Your user account is deactivated; ask the administrator</source>
        <translation>사용자 계정이 비활성화되었습니다. 관리자에게 문의하십시오</translation>
    </message>
    <message>
        <source>This database has users: say who acts with --as LOGIN (a nightly job runs as its service user)</source>
        <translation>이 데이터베이스에는 사용자가 있습니다. --as 로그인으로 누가 작업하는지 밝히십시오 (야간 작업은 전용 서비스 사용자로 실행합니다)</translation>
    </message>
    <message>
        <source>This database has no administrator yet: create one first (civicdesk users add --role admin)</source>
        <translation>이 데이터베이스에는 아직 관리자가 없습니다. 먼저 관리자를 만드십시오 (civicdesk users add --role admin)</translation>
    </message>
    <message>
        <source>No user with the login {login}</source>
        <translation>로그인 {login} 사용자가 없습니다</translation>
    </message>
    <message>
        <source>The current password is not right</source>
        <translation>현재 비밀번호가 맞지 않습니다</translation>
    </message>
    <message>
        <source>The user {login} is deactivated</source>
        <translation>사용자 {login}은(는) 비활성화되었습니다</translation>
    </message>
    <message>
        <source>The login {login} is already taken</source>
        <translation>로그인 {login}은(는) 이미 사용 중입니다</translation>
    </message>
    <message>
        <source>A login is 2 to 60 letters, digits, dots, hyphens or underscores, starting with a letter: {login}</source>
        <translation>로그인은 영문자로 시작하는 2~60자의 영문자·숫자·점·하이픈·밑줄이어야 합니다: {login}</translation>
    </message>
    <message>
        <source>The display name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;</source>
        <translation>알 수 없는 역할 ‘{role}’</translation>
    </message>
    <message>
        <source>A department official needs a department</source>
        <translation>부서 담당자에게는 소속 부서가 필요합니다</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters</source>
        <translation>비밀번호는 {minimum}자 이상이어야 합니다</translation>
    </message>
    <message>
        <source>The two passwords are not the same</source>
        <translation>두 비밀번호가 서로 다릅니다</translation>
    </message>
    <message>
        <source>{login} is the last active administrator: make someone else administrator first</source>
        <translation>{login}은(는) 마지막 활성 관리자입니다. 먼저 다른 사람을 관리자로 지정하십시오</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account or change your own role</source>
        <translation>자신의 계정을 비활성화하거나 자신의 역할을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>The first user of a database is its administrator (role admin)</source>
        <translation>데이터베이스의 첫 사용자는 관리자(역할 admin)여야 합니다</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>로그인 또는 비밀번호가 틀렸습니다</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for {login}: try again after {until} ({seconds:,} seconds)</source>
        <translation>{login} 로그인에 여러 번 실패하여 잠겼습니다. {until} 이후에 다시 시도하십시오 ({seconds:,}초)</translation>
    </message>
    <message>
        <source>Say why the case is withdrawn</source>
        <translation>민원을 철회하는 이유를 적으십시오</translation>
    </message>
    <message>
        <source>No password given: type it at the terminal or send it on standard input</source>
        <translation>비밀번호가 없습니다. 터미널에서 입력하거나 표준 입력으로 보내십시오</translation>
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
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
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
    <name>FigureTable</name>
    <message>
        <source>List the cases behind the selected figure</source>
        <translation>선택한 수치의 민원 목록 보기</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Click to see these cases</source>
        <translation>눌러서 해당 민원 보기</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>관리자 만들기</translation>
    </message>
    <message>
        <source>{0} has no administrator yet. The administrator adds the office&apos;s users, gives them their roles and keeps the settings; at a one-person desk, that is you. The password needs at least {1} characters.</source>
        <translation>{0}에는 아직 관리자가 없습니다. 관리자는 사무실 사용자를 추가하고 역할을 정하며 설정을 관리합니다. 혼자 쓰는 자리라면 본인이 관리자입니다. 비밀번호는 {1}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>e.g. 정관리</source>
        <translation>예: 정관리</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>예: admin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>만들고 로그인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
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
        <source>Kind of petition</source>
        <translation>민원 종류</translation>
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
        <source>not a petition under the Act</source>
        <translation>민원처리법상 민원 아님</translation>
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
    <name>IcsImportReport</name>
    <message>
        <source>{0}: {1} events</source>
        <translation>{0}: 일정 {1}건</translation>
    </message>
    <message>
        <source>Created: {0}, updated: {1}, unchanged: {2}, skipped: {3}, rejected: {4}</source>
        <translation>새로 등록: {0}, 변경: {1}, 변경 없음: {2}, 건너뜀: {3}, 거부: {4}</translation>
    </message>
    <message>
        <source>Already imported on {0} by {1}; applied again.</source>
        <translation>이미 가져온 파일입니다({0}, {1}). 다시 반영했습니다.</translation>
    </message>
    <message>
        <source>Cancelled while another desk imported the same file: nothing was applied.</source>
        <translation>다른 자리에서 같은 파일을 가져오는 동안 취소했습니다. 아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>건너뜀: {0}</translation>
    </message>
    <message>
        <source>Rejected: {0}</source>
        <translation>거부: {0}</translation>
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
        <source>Already imported on {0} by {1} ({2} cases came from it); only what was missing is written.</source>
        <translation>이미 가져온 파일입니다({0}, {1}). 이 파일에서 접수된 민원: {2}건. 빠진 행만 저장합니다.</translation>
    </message>
    <message>
        <source>Completing the import begun on {0} by {1}, which did not finish.</source>
        <translation>{0}에 시작했다가 끝내지 못한 가져오기({1})를 마저 합니다.</translation>
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
        <source>Rejected: {0}</source>
        <translation>거부한 행: {0}</translation>
    </message>
    <message>
        <source>Not reached (cancelled): {0}</source>
        <translation>처리하지 못한 행(취소): {0}</translation>
    </message>
    <message>
        <source>Blank lines (not rows): {0}</source>
        <translation>빈 줄(행 아님): {0}</translation>
    </message>
    <message>
        <source>Cancelled: the batches committed before stopping were kept; import the file again to complete it.</source>
        <translation>취소했습니다. 중단 전에 저장된 묶음은 유지됩니다. 같은 파일을 다시 가져오면 나머지를 마저 가져옵니다.</translation>
    </message>
    <message>
        <source>{0} row {1} (line {2}): {3}</source>
        <translation>{0} {1}행({2}번째 줄): {3}</translation>
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
    <name>IssuedPdfDialog</name>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>PDF로 저장 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
</context>
<context>
    <name>KindRuleDialog</name>
    <message>
        <source>Kind rule</source>
        <translation>민원 종류 규칙</translation>
    </message>
    <message>
        <source>Change kind rule</source>
        <translation>민원 종류 규칙 변경</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>Not a petition under the Act (no statutory period)</source>
        <translation>법상 민원 아님(법정 처리기한 없음)</translation>
    </message>
    <message>
        <source>e.g. 생활 불편 신고: 기타민원</source>
        <translation>예: 생활 불편 신고: 기타민원</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>분야(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>주제(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind of petition</source>
        <translation>민원 종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>이름(&amp;L)</translation>
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
        <source>Issue {0} letters now? Each gets its register number and its PDF in {1}.</source>
        <translation>회신문 {0}건을 지금 발송하시겠습니까? 건마다 시행 번호가 부여되고 PDF가 {1}에 저장됩니다.</translation>
    </message>
    <message>
        <source>{0} letters issued into {1}.</source>
        <translation>회신문 {0}건을 {1}에 발송 처리했습니다.</translation>
    </message>
    <message>
        <source>{0} letters issued earlier got the files they were missing.</source>
        <translation>앞서 시행했으나 파일이 없던 회신문 {0}건의 파일을 썼습니다.</translation>
    </message>
    <message>
        <source>The batch stopped: {0} The letters issued so far keep their place; their missing files are written by the next batch.</source>
        <translation>일괄 시행을 멈췄습니다: {0} 지금까지 시행한 회신문은 그대로 유지되며, 쓰지 못한 파일은 다음 일괄 시행 때 씁니다.</translation>
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
        <source>Submit for sign-off…</source>
        <translation>결재 올리기…</translation>
    </message>
    <message>
        <source>결재 올리기: the letter goes out after approval</source>
        <translation>결재 올리기: 결재 후에 회신문이 시행됩니다</translation>
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
        <source>Approved (결재) by {0} on {1}{2}: issue it as approved; its text cannot be changed.</source>
        <translation>{0}이(가) {1}에 결재했습니다{2}. 결재된 그대로 시행하며 본문은 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>A draft of this letter is in sign-off ({0}, {1}): see the Sign-off screen (Ctrl+6).</source>
        <translation>이 회신문은 결재 중입니다({0}, 기안자 {1}). 결재함(Ctrl+6)에서 확인하세요.</translation>
    </message>
    <message>
        <source>Sign-off is required: submit the draft for approval (결재 올리기); the letter goes out after it is approved.</source>
        <translation>결재가 필요합니다. 결재를 올리면 결재 후에 회신문이 시행됩니다.</translation>
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
        <source>Issued as {0} on {1}, digitally signed. An issued letter never changes.</source>
        <translation>{1}에 시행 번호 {0}(으)로 발급, 전자서명 있음. 발급된 회신문은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Issued as {0} on {1}, not digitally signed. An issued letter never changes.</source>
        <translation>{1}에 시행 번호 {0}(으)로 발급, 전자서명 없음. 발급된 회신문은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256): {0}</source>
        <translation>파일 지문(SHA-256): {0}</translation>
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
        <source>Submitted for sign-off. The letter goes out after approval: its drafter issues it from the Sign-off screen (Ctrl+6).</source>
        <translation>결재를 올렸습니다. 결재가 끝나면 기안자가 결재함(Ctrl+6)에서 시행합니다.</translation>
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
        <source>Submitted for sign-off</source>
        <translation>결재를 올렸습니다</translation>
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
        <source>Waiting since</source>
        <translation>대기 시작</translation>
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
        <source>{0} ({1} days)</source>
        <translation>{0} ({1}일째)</translation>
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
        <source>Search register number, case number, resident</source>
        <translation>시행 번호, 접수번호, 민원인 검색</translation>
    </message>
    <message>
        <source>All letters</source>
        <translation>전체 회신문</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효 처리됨</translation>
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
        <source>Void letter {0}</source>
        <translation>회신문 {0} 무효 처리</translation>
    </message>
    <message>
        <source>Void letter {0} (case {1}, {2})? Say why; the case will await a new letter.</source>
        <translation>회신문 {0}(접수번호 {1}, {2})을 무효 처리합니까? 사유를 적으십시오. 민원은 새 회신문을 기다리게 됩니다.</translation>
    </message>
</context>
<context>
    <name>LinkedRepliesDialog</name>
    <message>
        <source>Tell every linked resident</source>
        <translation>연결된 민원인 모두에게 회신</translation>
    </message>
    <message>
        <source>{이름}님, … ({이름}, {접수번호} are filled for each resident)</source>
        <translation>{이름}님, … ({이름}, {접수번호}는 민원인마다 채워집니다)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Prepare drafts</source>
        <translation>회신 초안 만들기</translation>
    </message>
    <message>
        <source>No case has this number.</source>
        <translation>이 접수번호의 민원이 없습니다.</translation>
    </message>
    <message>
        <source>{0} residents are linked to this case; each gets their own reply.</source>
        <translation>이 민원에 연결된 민원인 {0}명에게 각각 회신합니다.</translation>
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
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the database to a file, checked (Ctrl+Shift+B)</source>
        <translation>데이터베이스를 검사한 사본으로 파일에 복사합니다 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of this window, by screen (F1)</source>
        <translation>이 창의 모든 단축키, 화면별 (F1)</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>CivicDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>데이터베이스: {0}</translation>
    </message>
    <message>
        <source>User: {0} ({1})</source>
        <translation>사용자: {0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>로그인: {0}</translation>
    </message>
    <message>
        <source>Waiting for another desk to finish saving…</source>
        <translation>다른 자리의 저장이 끝나기를 기다리는 중…</translation>
    </message>
    <message>
        <source>This PostgreSQL database uses the C locale: Korean search works but cannot use its index and is slow on many cases. Ask the administrator to recreate it with the C.UTF-8 locale.</source>
        <translation>이 PostgreSQL 데이터베이스는 C 로캘을 사용합니다. 한글 검색은 되지만 색인을 쓰지 못해 민원이 많으면 느립니다. 관리자에게 C.UTF-8 로캘로 다시 만들어 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>State: working… ({0})</source>
        <translation>상태: 처리 중… ({0})</translation>
    </message>
    <message>
        <source>State: ready</source>
        <translation>상태: 준비됨</translation>
    </message>
    <message>
        <source>Other desks&apos; changes appear when you refresh (F5).</source>
        <translation>다른 창구의 변경 내용은 새로 고침(F5)할 때 보입니다.</translation>
    </message>
</context>
<context>
    <name>MessageSizeLabel</name>
    <message>
        <source>{0:,} bytes: over {1:,}, the gateway would cut the end off. Shorten it.</source>
        <translation>{0:,}바이트: {1:,}바이트를 넘어 뒷부분이 잘립니다. 줄여 주십시오.</translation>
    </message>
    <message>
        <source>{0:,} / {1:,} bytes: goes as one LMS (a gateway without LMS would split it into {2} SMS)</source>
        <translation>{0:,} / {1:,}바이트: 장문(LMS) 1건으로 발송 (LMS를 못 보내는 시스템이면 단문 {2}건으로 나뉨)</translation>
    </message>
    <message>
        <source>{0} / {1} bytes: one SMS</source>
        <translation>{0} / {1}바이트: 단문(SMS) 1건</translation>
    </message>
    <message>
        <source>— the gateway cannot send these characters: {0}</source>
        <translation>— 발송 시스템이 보낼 수 없는 글자: {0}</translation>
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
        <source>Outbox</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재함</translation>
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
    <name>NoticeDialog</name>
    <message>
        <source>Interim notice</source>
        <translation>중간 통지</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>처리기간 연장 통지</translation>
    </message>
    <message>
        <source>Transfer notice</source>
        <translation>이송 통지</translation>
    </message>
    <message>
        <source>Request for a supplement</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>{0} — case {1}</source>
        <translation>{0} — 민원 {1}</translation>
    </message>
    <message>
        <source>The case is still open: the resident is told its progress and the expected completion date (Enforcement Decree art. 23; again every 30 days).</source>
        <translation>처리 중인 민원입니다. 민원인에게 진행 상황과 처리 완료 예정일을 알립니다(시행령 제23조, 이후 30일마다).</translation>
    </message>
    <message>
        <source>The statutory period is extended once by up to the original period; a second time only with the resident&apos;s consent (Enforcement Decree art. 21). The due date moves.</source>
        <translation>처리기간은 원래 기간 범위에서 한 번 연장하며, 다시 연장하려면 민원인의 동의가 필요합니다(시행령 제21조). 처리 기한이 바뀝니다.</translation>
    </message>
    <message>
        <source>The case belongs to another agency: the resident is told where it went, why, and whom to ask (Act art. 16).</source>
        <translation>다른 기관 소관 민원입니다. 이송한 기관, 사유, 문의처를 민원인에게 알립니다(법 제16조).</translation>
    </message>
    <message>
        <source>The resident is asked for what is missing; the statutory clock pauses until it arrives (Enforcement Decree art. 20).</source>
        <translation>민원인에게 보완할 사항을 요청합니다. 보완될 때까지 처리기간이 정지됩니다(시행령 제20조).</translation>
    </message>
    <message>
        <source>What has been done so far, in words the resident reads</source>
        <translation>지금까지 처리한 내용 (민원인이 읽을 문장으로)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>처리 완료 예정일</translation>
    </message>
    <message>
        <source>Why the case cannot be completed within the period</source>
        <translation>처리기간 안에 처리할 수 없는 사유</translation>
    </message>
    <message>
        <source> working hours</source>
        <translation> 근무시간</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>At most the original period ({0})</source>
        <translation>원래 처리기간({0}) 이내</translation>
    </message>
    <message>
        <source>The resident consented to a further extension, on</source>
        <translation>민원인이 재연장에 동의함, 동의일</translation>
    </message>
    <message>
        <source>Extensions so far</source>
        <translation>연장 횟수</translation>
    </message>
    <message>
        <source>Current due date</source>
        <translation>현재 처리 기한</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>연장 기간</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>새 처리 기한</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>not referred yet</source>
        <translation>아직 이송하지 않음</translation>
    </message>
    <message>
        <source>no telephone on record</source>
        <translation>등록된 전화번호 없음</translation>
    </message>
    <message>
        <source>Why the case belongs to that agency</source>
        <translation>그 기관 소관인 이유</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>이송 기관</translation>
    </message>
    <message>
        <source>Agency&apos;s contact</source>
        <translation>이송 기관 연락처</translation>
    </message>
    <message>
        <source>What the resident must supply (a photo of the place, an address …)</source>
        <translation>민원인이 보완할 사항 (현장 사진, 주소 …)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>보완할 사항</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>보완 기한</translation>
    </message>
    <message>
        <source>Issue notice</source>
        <translation>통지문 발송</translation>
    </message>
    <message>
        <source>Sign-off: the approved draft is issued, in its approved wording.</source>
        <translation>결재: 결재된 문안 그대로 발송합니다.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Approved text</source>
        <translation>결재된 문안</translation>
    </message>
    <message>
        <source>Issue approved notice</source>
        <translation>결재된 통지문 발송</translation>
    </message>
    <message>
        <source>— choose the approver —</source>
        <translation>— 결재권자 선택 —</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(검토자 없음)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>Submit for sign-off</source>
        <translation>결재 올리기</translation>
    </message>
    <message>
        <source>The expected completion date has already passed.</source>
        <translation>처리 완료 예정일이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>The date to supply by has already passed.</source>
        <translation>보완 기한이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>This notice already awaits sign-off: it is issued from here once approved.</source>
        <translation>이 통지문은 이미 결재 대기 중입니다. 결재가 끝나면 여기에서 발송합니다.</translation>
    </message>
    <message>
        <source>Choose who approves the notice (sign-off is required).</source>
        <translation>통지문을 결재할 사람을 고르십시오(결재 필수).</translation>
    </message>
    <message>
        <source>This differs from the approved draft (its text is shown above): issue what was approved, or draft the notice again.</source>
        <translation>결재된 문안(위)과 내용이 다릅니다. 결재된 내용대로 발송하거나 통지문을 다시 기안하십시오.</translation>
    </message>
    <message>
        <source>The statutory due date moves to {0}.</source>
        <translation>처리 기한이 {0}(으)로 바뀝니다.</translation>
    </message>
    <message>
        <source>The period already ended on {0}: the extension counts from that date.</source>
        <translation>처리기간이 {0}에 이미 끝났습니다. 연장은 그 날부터 계산합니다.</translation>
    </message>
    <message>
        <source>The statutory clock pauses from now until the supplement is received.</source>
        <translation>지금부터 보완이 접수될 때까지 처리기간이 정지됩니다.</translation>
    </message>
</context>
<context>
    <name>NoticesDuePanel</name>
    <message>
        <source>Notices due</source>
        <translation>통지 대상</translation>
    </message>
    <message>
        <source>Open 30 days after receipt, and every 30 days after: the resident is told the progress (Enforcement Decree art. 23).</source>
        <translation>접수 후 30일이 지나도록 처리 중인 민원, 이후 30일마다: 민원인에게 진행 상황을 알립니다(시행령 제23조).</translation>
    </message>
    <message>
        <source>The agency has not answered by the reminder date: ask it.</source>
        <translation>독촉일까지 이송 기관이 회신하지 않았습니다. 회신을 요청하십시오.</translation>
    </message>
    <message>
        <source>Issue interim notices…</source>
        <translation>중간 통지 발송…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>민원 열기</translation>
    </message>
    <message>
        <source>Interim notices due: {0}</source>
        <translation>중간 통지 대상: {0}건</translation>
    </message>
    <message>
        <source>Referrals awaiting the agency&apos;s answer: {0}</source>
        <translation>이송 기관 회신 대기: {0}건</translation>
    </message>
    <message>
        <source>Issue interim notices</source>
        <translation>중간 통지 발송</translation>
    </message>
    <message>
        <source>Issue interim notices for {0} cases?</source>
        <translation>민원 {0}건에 중간 통지를 발송할까요?</translation>
    </message>
    <message>
        <source>Each notice is an official letter with a register number; it tells the latest progress recorded and the expected completion date.</source>
        <translation>통지문마다 시행 번호가 붙은 공문서이며, 최근 기록된 진행 상황과 처리 완료 예정일을 알립니다.</translation>
    </message>
    <message>
        <source>Issue {0} notices</source>
        <translation>{0}건 발송</translation>
    </message>
    <message>
        <source>Issuing {0} interim notices…</source>
        <translation>중간 통지 {0}건 발송 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Issuing the interim notice of case {0}…</source>
        <translation>민원 {0} 중간 통지 발송 중…</translation>
    </message>
    <message>
        <source>Issued: {0} · not issued: {1} · not reached (cancelled): {2}</source>
        <translation>발송 {0}건 · 미발송 {1}건 · 취소로 처리 안 됨 {2}건</translation>
    </message>
    <message>
        <source>{0}: issued, register number {1}</source>
        <translation>{0}: 발송, 시행 번호 {1}</translation>
    </message>
    <message>
        <source>{0}: not issued — {1}</source>
        <translation>{0}: 미발송 — {1}</translation>
    </message>
    <message>
        <source>{0}: not reached (cancelled)</source>
        <translation>{0}: 취소로 처리 안 됨</translation>
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
        <source>the database refused it: {0}</source>
        <translation>데이터베이스가 저장을 거부함: {0}</translation>
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
    <message>
        <source>The administrator maps these service codes in Settings &gt; Open311; then import the file again (what was imported is not imported twice).</source>
        <translation>관리자가 설정 &gt; Open311에서 이 서비스 코드를 연결한 뒤 파일을 다시 가져오십시오(이미 가져온 요청은 두 번 가져오지 않습니다).</translation>
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
    <name>OutboxReport</name>
    <message>
        <source>row {0}: {1}</source>
        <translation>{0}행: {1}</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Awaiting approval</source>
        <translation>결재 대기</translation>
    </message>
    <message>
        <source>Pending (next file)</source>
        <translation>발송 대기</translation>
    </message>
    <message>
        <source>Handed to the gateway</source>
        <translation>전송 의뢰</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>전달 실패</translation>
    </message>
    <message>
        <source>Delivered or done</source>
        <translation>전달·처리 완료</translation>
    </message>
    <message>
        <source>The selected message; edit it before sending a failed one again</source>
        <translation>선택한 문자. 전달 실패 문자는 고쳐서 다시 보낼 수 있습니다</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>선택 승인</translation>
    </message>
    <message>
        <source>Export for the gateway…</source>
        <translation>발송 파일 만들기…</translation>
    </message>
    <message>
        <source>Import delivery report…</source>
        <translation>전달 결과 가져오기…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Phoned / done…</source>
        <translation>전화·직접 처리…</translation>
    </message>
    <message>
        <source>Tell linked residents…</source>
        <translation>연결 민원인 회신…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>민원 열기</translation>
    </message>
    <message>
        <source>Replies to residents</source>
        <translation>민원인 회신</translation>
    </message>
    <message>
        <source>QR poster places</source>
        <translation>QR 포스터 장소</translation>
    </message>
    <message>
        <source>{0} messages ({1} texts). Double-click a row to open its case.</source>
        <translation>{0}건 (문자 {1}건). 두 번 누르면 민원이 열립니다.</translation>
    </message>
    <message>
        <source>Bulk-send file for the gateway</source>
        <translation>문자 발송 시스템에 넘길 대량 발송 파일</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>No text is pending: no file was written.</source>
        <translation>발송 대기 중인 문자가 없어 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} texts handed to the gateway in {1}.</source>
        <translation>문자 {0}건을 {1} 파일로 전송 의뢰했습니다.</translation>
    </message>
    <message>
        <source>The gateway&apos;s delivery report</source>
        <translation>문자 발송 시스템의 전달 결과 파일</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>전달 결과</translation>
    </message>
    <message>
        <source>{0}: {1} rows — delivered {2}, failed {3}, duplicates {4}, rejected {5}</source>
        <translation>{0}: {1}행 — 전달 {2}, 실패 {3}, 중복 {4}, 거부 {5}</translation>
    </message>
    <message>
        <source>Phoned or done by hand</source>
        <translation>전화·직접 처리</translation>
    </message>
    <message>
        <source>What the resident was told, and how:</source>
        <translation>민원인에게 무엇을 어떻게 알렸는지:</translation>
    </message>
</context>
<context>
    <name>OutboxSettingsPage</name>
    <message>
        <source>CP949 (most Korean gateways)</source>
        <translation>CP949 (대부분의 국내 발송 시스템)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <source>Columns to choose from: {0}</source>
        <translation>고를 수 있는 열: {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>수신번호</translation>
    </message>
    <message>
        <source>By</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>OwnContactDialog</name>
    <message>
        <source>My contact details</source>
        <translation>내 연락처</translation>
    </message>
    <message>
        <source>empty: the city hall&apos;s fax is printed</source>
        <translation>비우면 시청 대표 팩스가 인쇄됩니다</translation>
    </message>
    <message>
        <source>Your account is not linked to an official: the administrator links it on Settings › Users.</source>
        <translation>계정이 담당 공무원과 연결되어 있지 않습니다. 관리자가 설정 › 사용자에서 연결합니다.</translation>
    </message>
    <message>
        <source>{0} {1}, {2}: printed in the closing block of the letters you are in charge of.</source>
        <translation>{2} {1} {0}: 담당하는 회신문의 끝부분(발신 정보)에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>팩스(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>전자우편(&amp;E)</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>{0}(으)로 로그인됨</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>새 비밀번호 두 개가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PetitionKindForm</name>
    <message>
        <source>The statutory period follows the kind: other petitions immediately (3 working hours), grievances 7 days, suggestions 14 days, questions 7 or 14 days.</source>
        <translation>법정 처리기한은 민원 종류에 따릅니다: 기타민원 즉시(3근무시간), 고충민원 7일, 건의민원 14일, 질의민원 7일 또는 14일.</translation>
    </message>
    <message>
        <source>Kind of petition</source>
        <translation>민원 종류</translation>
    </message>
    <message>
        <source>Change the kind of petition</source>
        <translation>민원 종류 변경</translation>
    </message>
</context>
<context>
    <name>PetitionRulesPage</name>
    <message>
        <source>A change applies to cases received afterwards, and to a case whose category or kind is changed afterwards. Cases already received keep the deadlines they were given.</source>
        <translation>변경한 규칙은 이후 접수되는 민원과, 이후 분야나 민원 종류가 바뀌는 민원에 적용됩니다. 이미 접수된 민원의 처리기한은 그대로입니다.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Kind of petition</source>
        <translation>민원 종류</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>기한 종류</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>처리기간</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Kind of petition by category and topic (the most specific rule wins)</source>
        <translation>분야·주제별 민원 종류 (가장 구체적인 규칙이 우선)</translation>
    </message>
    <message>
        <source>Periods by clock, kind of petition, channel and category</source>
        <translation>기한 종류·민원 종류·접수 경로·분야별 처리기간</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>Not a petition (no period)</source>
        <translation>민원 아님(기한 없음)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 민원 종류</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>모든 접수 경로</translation>
    </message>
    <message>
        <source>none (set by the statute)</source>
        <translation>없음(관계 법령에 따름)</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Remove the kind rule “{0}”?</source>
        <translation>민원 종류 규칙 “{0}”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove the period rule “{0}”?</source>
        <translation>처리기간 규칙 “{0}”을(를) 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>PlaceTableModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>읍·면·동</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>세부 분야</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>소속 부서</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (철거)</translation>
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
    <name>PlacesPanel</name>
    <message>
        <source>Park</source>
        <translation>공원</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>Alley</source>
        <translation>골목</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation>버스 정류장</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Poster up (texts are attributed to it)</source>
        <translation>포스터 게시 중 (이곳 문자로 접수)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
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
        <source>Default topic</source>
        <translation>기본 세부 분야</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>소속 부서</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>새 장소</translation>
    </message>
    <message>
        <source>Save place</source>
        <translation>장소 저장</translation>
    </message>
    <message>
        <source>Poster and stickers (PDF)…</source>
        <translation>포스터·스티커 (PDF)…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(저장할 때 부여)</translation>
    </message>
    <message>
        <source>Folder for the poster PDFs</source>
        <translation>포스터 PDF를 저장할 폴더</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>포스터</translation>
    </message>
    <message>
        <source>Written:
{0}</source>
        <translation>만든 파일:
{0}</translation>
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
    <name>ReferenceOps</name>
    <message>
        <source>Name saved: {0} / {1}</source>
        <translation>이름 저장: {0} / {1}</translation>
    </message>
    <message>
        <source>Kind rule added: {0}</source>
        <translation>민원 종류 규칙 추가: {0}</translation>
    </message>
    <message>
        <source>Kind rule changed: {0}</source>
        <translation>민원 종류 규칙 변경: {0}</translation>
    </message>
    <message>
        <source>Kind rule removed</source>
        <translation>민원 종류 규칙 삭제</translation>
    </message>
    <message>
        <source>Period rule added: {0}</source>
        <translation>처리기간 규칙 추가: {0}</translation>
    </message>
    <message>
        <source>Period rule changed: {0}</source>
        <translation>처리기간 규칙 변경: {0}</translation>
    </message>
    <message>
        <source>Period rule removed</source>
        <translation>처리기간 규칙 삭제</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Outside agencies</source>
        <translation>외부 기관</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>세부 유형</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>The English interface and English letters show the English name; an empty English name shows the Korean one. Double-click a name (or press F2) to change it.</source>
        <translation>영어 화면과 영문 회신문에는 영어 이름이 나옵니다. 영어 이름이 비어 있으면 한국어 이름이 나옵니다. 이름을 두 번 누르거나 F2를 눌러 고칩니다.</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>목록(&amp;L)</translation>
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
        <source>Only a result reply meets the reply promise and the statutory period; a receipt notice does not.</source>
        <translation>처리 결과 회신만 회신 약속 기한과 법정 처리기한을 충족합니다. 접수 안내는 충족하지 않습니다.</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>서식 넣기</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>회신 방법</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>회신 목적</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Sign-off is required: saving submits this result reply for approval (결재 올리기); it goes out once approved.</source>
        <translation>결재가 필요합니다. 저장하면 이 처리 결과 회신이 결재에 올라가며, 결재 후에 나갑니다.</translation>
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
        <source>Show personal data</source>
        <translation>개인정보 보기</translation>
    </message>
    <message>
        <source>Personal data is masked.</source>
        <translation>개인정보는 가려져 있습니다.</translation>
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
    <message>
        <source>Personal data removed on {0} (retention period over).</source>
        <translation>보존기간이 지나 {0}에 개인정보를 파기했습니다.</translation>
    </message>
    <message>
        <source>Personal data shown (recorded in the audit log).</source>
        <translation>개인정보 표시 중(감사 기록에 남음).</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source> years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cases closed longer ago lose the resident&apos;s name, phone and address, and the numbers in their text, when the administrator runs `civicdesk purge` (try `--dry-run` first). Figures and history stay as they are.</source>
        <translation>관리자가 `civicdesk purge`를 실행하면 이보다 오래전에 종결된 민원의 민원인 이름·전화번호·주소와 본문 속 번호를 파기(익명화)합니다(먼저 `--dry-run`으로 확인하세요). 통계와 처리 이력은 그대로 남습니다.</translation>
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
    <message>
        <source>— choose a department —</source>
        <translation>— 담당 부서 선택 —</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>담당 부서를 선택하십시오.</translation>
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
        <source>Save this service code</source>
        <translation>이 서비스 코드 저장</translation>
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
        <source>Close out session…</source>
        <translation>종료 처리…</translation>
    </message>
    <message>
        <source>Record that the session&apos;s follow-up is finished</source>
        <translation>이동시장실 후속 처리가 끝났음을 기록합니다</translation>
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
        <source>{month} {year}</source>
        <translation>{year}년 {month}</translation>
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
        <source>Case list columns fit its width (until a column is sized by hand)</source>
        <translation>민원 목록 열 너비 자동 맞춤 (열 너비를 직접 바꾸기 전까지)</translation>
    </message>
    <message>
        <source>Saved view of the case list</source>
        <translation>민원 목록의 저장된 보기</translation>
    </message>
    <message>
        <source>Last folder of each kind of file (JSON)</source>
        <translation>파일 종류별 마지막 폴더(JSON)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Team database (PostgreSQL)</source>
        <translation>공동 데이터베이스(PostgreSQL)</translation>
    </message>
    <message>
        <source>Sign-in remembered on this desk</source>
        <translation>이 자리에서 기억한 로그인</translation>
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
        <source>Briefing period</source>
        <translation>현황 보고 기간</translation>
    </message>
    <message>
        <source>Briefing channel (empty: all)</source>
        <translation>현황 보고 접수 경로 (비우면 전체)</translation>
    </message>
    <message>
        <source>Briefing trends by</source>
        <translation>현황 보고 추이 단위</translation>
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
        <source>City hall fax</source>
        <translation>시청 팩스(전송)</translation>
    </message>
    <message>
        <source>Letters are issued only after sign-off</source>
        <translation>결재를 받은 회신문만 발송</translation>
    </message>
    <message>
        <source>Approves the mayor-signed letters</source>
        <translation>시장 서명 회신문 결재권자</translation>
    </message>
    <message>
        <source>Approves the statutory notices</source>
        <translation>법정 통지문 결재권자(전결)</translation>
    </message>
    <message>
        <source>Approves the result replies</source>
        <translation>처리 결과 회신 결재권자(전결)</translation>
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
    <message>
        <source>Cases a department needs in the period before it is ranked</source>
        <translation>부서 순위를 매길 최소 접수 건수</translation>
    </message>
    <message>
        <source>Mayor&apos;s text number</source>
        <translation>시장 문자 번호</translation>
    </message>
    <message>
        <source>Bulk-send file columns, in order</source>
        <translation>대량 발송 파일 열 (순서대로)</translation>
    </message>
    <message>
        <source>Bulk-send CSV encoding</source>
        <translation>대량 발송 CSV 인코딩</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>자동 백업 보관 일수</translation>
    </message>
    <message>
        <source>Years residents&apos; personal data is kept after a case closes</source>
        <translation>민원 종결 후 민원인 개인정보 보존기간(년)</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Petition kinds and periods</source>
        <translation>민원 종류·처리기간</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>City</source>
        <translation>시</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
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
        <source>Briefing</source>
        <translation>현황 보고</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Search by what it does or by key (e.g. reply, Ctrl+R)</source>
        <translation>기능이나 키로 찾기 (예: 회신, Ctrl+R)</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>{0} shortcuts</source>
        <translation>단축키 {0}개</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CivicDesk</source>
        <translation>CivicDesk 로그인</translation>
    </message>
    <message>
        <source>Sign in to work on {0}</source>
        <translation>{0}에서 작업하려면 로그인하십시오</translation>
    </message>
    <message>
        <source>e.g. soutong.kim</source>
        <translation>예: soutong.kim</translation>
    </message>
    <message>
        <source>Remember me on this computer account</source>
        <translation>이 컴퓨터 계정에서 로그인 기억하기</translation>
    </message>
    <message>
        <source>Only for a one-person desk: this database is on this computer and you are its only user. Anyone who uses this computer account will then work as you.</source>
        <translation>혼자 쓰는 자리에서만: 이 데이터베이스가 이 컴퓨터에 있고 사용자가 본인뿐일 때입니다. 이 컴퓨터 계정을 쓰는 사람은 누구나 본인으로 작업하게 됩니다.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>로그인과 비밀번호를 입력하십시오.</translation>
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
    <name>SignoffLineDialog</name>
    <message>
        <source>Submit for sign-off (결재 올리기)</source>
        <translation>결재 올리기</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(검토자 없음)</translation>
    </message>
    <message>
        <source>By the office&apos;s rules a {0} is approved by the {1}. It goes out only after approval: the approver finds it on the Sign-off screen (Ctrl+6).</source>
        <translation>위임전결 규정에 따라 {0}은(는) {1}이(가) 결재합니다. 결재 후에만 나가며, 결재권자는 결재함(Ctrl+6)에서 확인합니다.</translation>
    </message>
    <message>
        <source>Reviewer (검토자)</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Approver (결재권자)</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>Submit for sign-off</source>
        <translation>결재 올리기</translation>
    </message>
    <message>
        <source>No user may approve: the administrator adds one in Settings › Users.</source>
        <translation>결재할 수 있는 사용자가 없습니다. 관리자가 설정 › 사용자에서 추가하세요.</translation>
    </message>
</context>
<context>
    <name>SignoffSettingsPage</name>
    <message>
        <source>When this is on, mayor-signed letters, statutory notices and result replies need an approved draft (drafter → reviewer → approver) before they are issued or sent; without one CivicDesk refuses to issue them.</source>
        <translation>이 항목을 켜면 시장 서명 회신문, 법정 통지문, 처리 결과 회신은 결재(기안자 → 검토자 → 결재권자)를 마친 뒤에만 발송할 수 있습니다. 결재를 받지 않은 문서는 발송되지 않습니다.</translation>
    </message>
    <message>
        <source>e.g. 031-940-4119</source>
        <translation>예: 031-940-4119</translation>
    </message>
    <message>
        <source>The closing block of a letter prints the fax of the official in charge, or this one when the official has none. Each official keeps their own phone, fax and e-mail under Account › My contact details.</source>
        <translation>회신문 끝부분에는 담당자의 팩스를, 담당자 팩스가 없으면 이 번호를 인쇄합니다. 담당자는 각자 계정 › 내 연락처에서 전화·팩스·전자우편을 관리합니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sign-off settings saved.</source>
        <translation>결재 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore the latest backup</source>
        <translation>가장 최근 백업에서 복원</translation>
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
    <name>SupplementReceivedDialog</name>
    <message>
        <source>Supplement received — case {0}</source>
        <translation>보완 접수 — 민원 {0}</translation>
    </message>
    <message>
        <source>The statutory clock has been paused since {0}, awaiting the resident&apos;s supplement. Recording it now starts the clock again; the due date moves by the time it was paused.</source>
        <translation>{0}부터 민원인의 보완을 기다리며 처리기간이 정지되어 있습니다. 지금 보완 접수를 기록하면 처리기간이 다시 진행되고, 정지된 기간만큼 처리 기한이 늦춰집니다.</translation>
    </message>
    <message>
        <source>Record supplement</source>
        <translation>보완 접수 기록</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Not answered</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Would use it again</source>
        <translation>재이용 의향</translation>
    </message>
    <message>
        <source>Would recommend it</source>
        <translation>추천 의향</translation>
    </message>
    <message>
        <source>Wants the program continued</source>
        <translation>사업 지속 희망</translation>
    </message>
    <message>
        <source>What the resident said (optional)</source>
        <translation>민원인 의견 (선택)</translation>
    </message>
    <message>
        <source>Surveyed by</source>
        <translation>조사 방법</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>묻지 않음</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
</context>
<context>
    <name>SurveySection</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Satisfaction {0}/5 ({1}) {2}</source>
        <translation>만족도 {0}/5 ({1}) {2}</translation>
    </message>
    <message>
        <source>Would use it again</source>
        <translation>재이용 의향</translation>
    </message>
    <message>
        <source>Would recommend it</source>
        <translation>추천 의향</translation>
    </message>
    <message>
        <source>Wants the program continued</source>
        <translation>사업 지속 희망</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>약속 준수율</translation>
    </message>
    <message>
        <source>No cases in these weeks</source>
        <translation>이 기간에 민원이 없습니다</translation>
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
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Change the role of {0}</source>
        <translation>{0}의 역할 변경</translation>
    </message>
    <message>
        <source>New password for {0}</source>
        <translation>{0}의 새 비밀번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>소속 부서</translation>
    </message>
    <message>
        <source>A department official works on the cases of their department only.</source>
        <translation>부서 담당자는 소속 부서의 민원만 처리합니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>UserOps</name>
    <message>
        <source>User added: {0}</source>
        <translation>사용자를 추가했습니다: {0}</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>역할을 변경했습니다</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호를 재설정했습니다</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>사용자를 다시 활성화했습니다</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>사용자를 비활성화했습니다</translation>
    </message>
    <message>
        <source>Contact details saved</source>
        <translation>연락처를 저장했습니다</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>소속 부서</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Locked until {0}</source>
        <translation>{0}까지 잠김</translation>
    </message>
    <message>
        <source>No password (cannot sign in)</source>
        <translation>비밀번호 없음 (로그인 불가)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
</context>
<context>
    <name>UsersOps</name>
    <message>
        <source>Your password was changed</source>
        <translation>비밀번호를 변경했습니다</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>역할 변경…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>Users are never deleted: a deactivated user cannot sign in, and their history stays theirs.</source>
        <translation>사용자는 삭제하지 않습니다. 비활성화한 사용자는 로그인할 수 없고, 그 사용자의 처리 이력은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
</context>
<context>
    <name>WaitingReferralModel</name>
    <message>
        <source>Number</source>
        <translation>접수번호</translation>
    </message>
    <message>
        <source>Ask since</source>
        <translation>독촉일</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>민원 요지</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <source>Withdraw the case (entered by mistake)</source>
        <translation>민원 철회 (잘못 접수됨)</translation>
    </message>
    <message>
        <source>Why the case is withdrawn (required): a test message, entered twice …</source>
        <translation>철회 사유 (필수): 시험 문자, 중복 입력 …</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>Today, {0} h left · {1}</source>
        <translation>오늘 {0}시간 남음 · {1}</translation>
    </message>
    <message>
        <source>{0} days left · {1}</source>
        <translation>{0}일 남음 · {1}</translation>
    </message>
</context>
</TS>
