"""Reference data named in both languages (the administrator's Settings page)."""
