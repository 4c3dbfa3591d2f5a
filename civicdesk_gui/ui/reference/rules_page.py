"""Settings › Petition kinds and periods (민원 종류·처리기간): the kind rules (category, topic → kind of
petition) and the deadline rules (clock, kind, channel, category → period, with its legal basis in
Korean and English). The administrator adds, changes and removes rows, each one audited action; a
change applies to cases received afterwards (actions/petition_rules.py says why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk_gui.domain import rule_terms
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.petitions import PETITION_KINDS
from civicdesk_gui.domain.vocabulary import CLOCKS
from civicdesk_gui.queries.petition_rules import (
    DeadlineRuleRow,
    KindRuleRow,
    deadline_rule_rows,
    kind_rule_rows,
    rule_choices,
)
from civicdesk_gui.ui.reference import ops
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.permitted import refusal_text
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.signals import bus
from civicdesk_gui.ui.shell.vocabulary_labels import language, term

ROW_ID = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, rule_id: int) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ROW_ID, rule_id)
    item.setToolTip(text)
    return item


class KindRuleDialog(QDialog):
    """Add a kind rule (category, topic, kind, label), or change one's kind and label."""

    def __init__(self, parent: QWidget | None, row: KindRuleRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kind rule") if row is None else self.tr("Change kind rule"))
        _channels, categories, topics = rule_choices()
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for code, name in categories:
            self.category.addItem(ref_name(name), code)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("Any topic"), None)
        for topic_id, name, _category in topics:
            self.topic.addItem(ref_name(name), topic_id)
        self.kind = QComboBox()
        for code in PETITION_KINDS:
            self.kind.addItem(term(PETITION_KINDS, code), code)
        self.kind.addItem(self.tr("Not a petition under the Act (no statutory period)"), None)
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(self.tr("e.g. 생활 불편 신고: 기타민원"))
        if row is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
            self.topic.setCurrentIndex(max(0, self.topic.findData(row.topic_id)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
            self.label.setText(row.label)
            self.category.setEnabled(False)  # what a rule is for stays: add another rule instead
            self.topic.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Topic"), self.topic)
        form.addRow(self.tr("&Kind of petition"), self.kind)
        form.addRow(self.tr("&Label"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "category": self.category.currentData(),
            "topic_id": self.topic.currentData(),
            "kind": self.kind.currentData(),
            "label": self.label.text(),
        }


class DeadlineRuleDialog(QDialog):
    """Add a period rule, or change one's period and labels."""

    def __init__(self, parent: QWidget | None, row: DeadlineRuleRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Period rule") if row is None else self.tr("Change period rule"))
        self.setMinimumWidth(560)
        channels, categories, _topics = rule_choices()
        self.clock = QComboBox()
        for code in CLOCKS:
            self.clock.addItem(term(CLOCKS, code), code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for code in PETITION_KINDS:
            self.kind.addItem(term(PETITION_KINDS, code), code)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Any channel"), None)
        for code, name in channels:
            self.channel.addItem(ref_name(name), code)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for code, name in categories:
            self.category.addItem(ref_name(name), code)
        self.amount = QSpinBox()
        self.amount.setRange(1, max(rule_terms.MAX_AMOUNT.values()))
        self.unit = QComboBox()
        for code in rule_terms.RULE_UNITS:
            self.unit.addItem(term(rule_terms.RULE_UNITS, code), code)
        self.anchor = QComboBox()
        for code in rule_terms.RULE_ANCHORS:
            self.anchor.addItem(term(rule_terms.RULE_ANCHORS, code), code)
        self.label = QLineEdit()
        self.label.setMaxLength(80)
        self.label.setPlaceholderText(self.tr("Korean, with the article: 고충민원 7일 — 시행령 제17조"))
        self.label_en = QLineEdit()
        self.label_en.setMaxLength(120)
        self.label_en.setPlaceholderText(self.tr("Empty: the English interface shows the Korean label"))
        if row is not None:
            self.clock.setCurrentIndex(max(0, self.clock.findData(row.clock)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
            self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel)))
            self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
            self.anchor.setCurrentIndex(max(0, self.anchor.findData(row.anchor)))
            for widget in (self.clock, self.kind, self.channel, self.category, self.anchor):
                widget.setEnabled(False)  # what a rule is for stays: add another rule instead
            if row.amount is not None:
                self.amount.setValue(row.amount)
            self.unit.setCurrentIndex(max(0, self.unit.findData(row.unit)))
            self.label.setText(row.label)
            self.label_en.setText(row.label_en)
        period = QHBoxLayout()
        period.addWidget(self.amount)
        period.addWidget(self.unit, 1)
        period.addWidget(self.anchor, 1)
        form = QFormLayout()
        form.addRow(self.tr("C&lock"), self.clock)
        form.addRow(self.tr("&Kind of petition"), self.kind)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Period"), period)
        form.addRow(self.tr("&Legal basis (Korean)"), self.label)
        form.addRow(self.tr("&English label"), self.label_en)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "clock": self.clock.currentData(),
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "category": self.category.currentData(),
            "amount": self.amount.value(),
            "unit": self.unit.currentData(),
            "anchor": self.anchor.currentData(),
            "label": self.label.text(),
            "label_en": self.label_en.text(),
        }


class PetitionRulesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.note = QLabel(
            self.tr(
                "A change applies to cases received afterwards, and to a case whose category or kind is "
                "changed afterwards. Cases already received keep the deadlines they were given."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #546e7a;")
        self.kind_table = _table(
            [self.tr("Category"), self.tr("Topic"), self.tr("Kind of petition"), self.tr("Label")]
        )
        self.deadline_table = _table(
            [
                self.tr("Clock"),
                self.tr("Kind of petition"),
                self.tr("Channel"),
                self.tr("Category"),
                self.tr("Period"),
                self.tr("Legal basis"),
            ]
        )
        self.kind_rows: list[KindRuleRow] = []
        self.deadline_rows: list[DeadlineRuleRow] = []
        self.kind_buttons = self._buttons(self.add_kind_rule, self.change_kind_rule, self.remove_kind_rule)
        self.deadline_buttons = self._buttons(
            self.add_deadline_rule, self.change_deadline_rule, self.remove_deadline_rule
        )
        kinds = QGroupBox(self.tr("Kind of petition by category and topic (the most specific rule wins)"))
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.addWidget(self.kind_table, 1)
        kinds_layout.addLayout(self.kind_buttons[0])
        periods = QGroupBox(self.tr("Periods by clock, kind of petition, channel and category"))
        periods_layout = QVBoxLayout(periods)
        periods_layout.addWidget(self.deadline_table, 1)
        periods_layout.addLayout(self.deadline_buttons[0])
        self.reason = refusal_text(context.actor, "rules.edit")
        if self.reason is not None:
            self.note.setText(self.note.text() + "\n" + self.reason)
            for button in self.kind_buttons[1:] + self.deadline_buttons[1:]:
                button.setEnabled(False)
                button.setToolTip(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(kinds, 2)
        layout.addWidget(periods, 3)
        self.kind_table.doubleClicked.connect(lambda _i: self.change_kind_rule())
        self.deadline_table.doubleClicked.connect(lambda _i: self.change_deadline_rule())
        bus().changed.connect(self._changed)
        self.reload()

    def _buttons(self, add, change, remove) -> tuple:
        add_button = QPushButton(self.tr("Add…"))
        change_button = QPushButton(self.tr("Change…"))
        remove_button = QPushButton(self.tr("Remove"))
        add_button.clicked.connect(add)
        change_button.clicked.connect(change)
        remove_button.clicked.connect(remove)
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(change_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        return row, add_button, change_button, remove_button

    # ---------------------------------------------------------------------------------- showing

    def reload(self) -> None:
        self.kind_rows = kind_rule_rows()
        self.deadline_rows = deadline_rule_rows()
        self._fill(
            self.kind_table,
            [
                (
                    r.id,
                    [
                        ref_name(r.category_name) or self.tr("Any category"),
                        ref_name(r.topic_name) or self.tr("Any topic"),
                        term(PETITION_KINDS, r.kind) if r.kind else self.tr("Not a petition (no period)"),
                        r.label,
                    ],
                )
                for r in self.kind_rows
            ],
        )
        english = language() == "en"
        self._fill(
            self.deadline_table,
            [
                (
                    r.id,
                    [
                        term(CLOCKS, r.clock),
                        term(PETITION_KINDS, r.kind) if r.kind else self.tr("Any kind"),
                        ref_name(r.channel_name) or self.tr("Any channel"),
                        ref_name(r.category_name) or self.tr("Any category"),
                        self.period_text(r),
                        (r.label_en or r.label) if english else r.label,
                    ],
                )
                for r in self.deadline_rows
            ],
        )

    def period_text(self, row: DeadlineRuleRow) -> str:
        if row.amount is None:
            return self.tr("none (set by the statute)")
        text = f"{row.amount} {term(rule_terms.RULE_UNITS, row.unit)}"
        if row.anchor != "received":
            text += f", {term(rule_terms.RULE_ANCHORS, row.anchor)}"
        return text

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        selected = PetitionRulesPage._selected_id(table)
        table.setRowCount(len(rows))
        for r, (rule_id, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                table.setItem(r, c, _item(text, rule_id))
            if rule_id == selected:
                table.selectRow(r)

    @staticmethod
    def _selected_id(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(ROW_ID) if item is not None else None

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_reference("petition_rules", "topic", "channel", "category"):
            self.reload()

    def _selected(self, table: QTableWidget, rows: list):
        rule_id = self._selected_id(table)
        return next((r for r in rows if r.id == rule_id), None)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove rule"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ----------------------------------------------------------------------------------- kind rules

    def add_kind_rule(self) -> None:
        dialog = KindRuleDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ops.add_kind_rule(parent=self, actor=self.context.actor, **dialog.values()).run()

    def change_kind_rule(self) -> None:
        row = self._selected(self.kind_table, self.kind_rows)
        if row is None or self.reason is not None:
            return
        dialog = KindRuleDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            ops.change_kind_rule(
                parent=self,
                actor=self.context.actor,
                rule_id=row.id,
                kind=values["kind"],
                label=values["label"],
            ).run()

    def remove_kind_rule(self) -> None:
        row = self._selected(self.kind_table, self.kind_rows)
        if row is None or not self._confirm(self.tr("Remove the kind rule “{0}”?").format(row.label)):
            return
        ops.remove_kind_rule(parent=self, actor=self.context.actor, rule_id=row.id).run()

    # ------------------------------------------------------------------------------- deadline rules

    def add_deadline_rule(self) -> None:
        dialog = DeadlineRuleDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ops.add_deadline_rule(parent=self, actor=self.context.actor, **dialog.values()).run()

    def change_deadline_rule(self) -> None:
        row = self._selected(self.deadline_table, self.deadline_rows)
        if row is None or self.reason is not None:
            return
        dialog = DeadlineRuleDialog(self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            ops.change_deadline_rule(
                parent=self,
                actor=self.context.actor,
                rule_id=row.id,
                amount=values["amount"],
                unit=values["unit"],
                label=values["label"],
                label_en=values["label_en"],
            ).run()

    def remove_deadline_rule(self) -> None:
        row = self._selected(self.deadline_table, self.deadline_rows)
        if row is None or not self._confirm(self.tr("Remove the period rule “{0}”?").format(row.label)):
            return
        ops.remove_deadline_rule(parent=self, actor=self.context.actor, rule_id=row.id).run()
