"""The audit log's kinds of event (store/models.py AuditEvent): what happened besides a case's or a
session's own history. Case and session events are the history itself; these are the rest — who
signed in (or failed to), who changed a user, the office settings or a letter template, who took data
out of the app, who saw a resident's personal data."""

from __future__ import annotations

from civicdesk_gui.domain.vocabulary import Term, index_terms

AUDIT_KINDS = index_terms(
    Term("sign_in", "로그인", "Signed in"),
    Term("sign_in_failed", "로그인 실패", "Failed sign-in"),
    Term("lockout", "로그인 잠금", "Sign-in locked"),
    Term("user_add", "사용자 추가", "User added"),
    Term("user_role", "역할 변경", "Role changed"),
    Term("user_password", "비밀번호 재설정", "Password reset"),
    Term("user_deactivate", "사용자 비활성화", "User deactivated"),
    Term("user_reactivate", "사용자 재활성화", "User reactivated"),
    Term("case_export", "민원 목록 내보내기", "Cases exported"),
    Term("audit_export", "감사 기록 내보내기", "Audit log exported"),
    Term("personal_data_view", "개인정보 열람", "Personal data viewed"),
    Term("retention_purge", "개인정보 파기", "Personal data anonymised"),
    Term("report_export", "보고서 내보내기", "Report exported"),
    Term("letter_files", "회신문 파일 기록", "Letter files written"),
    Term("sign_out", "로그아웃", "Signed out"),
    Term("own_password", "본인 비밀번호 변경", "Own password changed"),
    Term("settings_change", "기관 설정 변경", "Office settings changed"),
    Term("template_change", "회신문 서식 변경", "Letter template changed"),
    Term("outbox_export", "문자 발송 파일 전달", "Texts handed to the gateway"),
    Term("delivery_report", "문자 전달 결과 가져오기", "Delivery report imported"),
    Term("reference_rename", "기준 정보 이름 변경", "Reference data renamed"),
    Term("rule_change", "민원 종류·처리기간 규칙 변경", "Petition kind or period rule changed"),
    Term("contact_change", "담당자 연락처 변경", "Official's contact details changed"),
)
