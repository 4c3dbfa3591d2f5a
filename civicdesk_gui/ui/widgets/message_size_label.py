"""The length of a text message as the gateway counts it (CP949 bytes), shown under an editor: green
for one SMS, amber when it goes as LMS (or would be split into several SMS by a gateway without LMS),
red when the gateway would cut it. Colour is never the only signal: the words say it too."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from civicdesk_gui.domain.outbox import LMS_LIMIT, SMS_LIMIT, cp949_size


class MessageSizeLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.show_text("")

    def show_text(self, text: str) -> None:
        size = cp949_size(text.strip())
        if size.truncated:
            words = self.tr("{0:,} bytes: over {1:,}, the gateway would cut the end off. Shorten it.").format(
                size.size, LMS_LIMIT
            )
            colour = "#b3261e"
        elif size.over_sms:
            words = self.tr(
                "{0:,} / {1:,} bytes: goes as one LMS (a gateway without LMS would split it into {2} SMS)"
            ).format(size.size, LMS_LIMIT, size.sms_parts)
            colour = "#8a5a00"
        else:
            words = self.tr("{0} / {1} bytes: one SMS").format(size.size, SMS_LIMIT)
            colour = "#2e6b30"
        if size.unencodable:
            words += " " + self.tr("— the gateway cannot send these characters: {0}").format(size.unencodable)
            colour = "#b3261e"
        self.setText(words)
        self.setStyleSheet(f"color: {colour};")
        self.over_sms = size.over_sms
        self.truncated = size.truncated
