"""SQLAlchemy models of the records kept beside the plan (schema version 3).

The plan is small, versioned and re-read whole; the records are large, append-mostly and queried
in SQL: spending records (accounts, entries, splits), receipts and other documents, statement
imports with their bank mappings, reconciliations, reviews and monitoring returns.

- Money is signed integer pence: money **in** is positive, money **out** negative.
- An entry pays for a plan line through ``line_ref``, the line's stable item id
  (``support_line.item_id``, the same in every plan version), with the line's description kept
  beside it for reports. An entry split across plan lines has ``purpose = 'plan_line'``, no
  ``line_ref``, and its parts in ``entry_split`` (the parts add up to the entry, each with its
  sign; the services check that). The values are those of ``domain.ledger``'s enums.
- Attachments are metadata rows; their bytes live in ``attachment_data`` so listing documents
  never loads them, and ``entry_attachment`` links documents to entries (one invoice can cover
  several payments).
- Dates are ISO ``YYYY-MM-DD`` text, times ISO 8601 UTC text.

The CHECK constraints hold the invariants a bug elsewhere must never be able to break. The
indexes serve the hot queries, covering the columns they read: running balances
``(account_id, date, id, amount_pence)``, planned vs actual ``(line_ref, date, amount_pence)`` on
entries and splits, the payee's last plan line ``(payee, date)``, duplicates on import
``(account_id, dup_key)``.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

#: What an entry is for (``domain.ledger.Purpose``).
PURPOSES = ("plan_line", "budget_payment", "refund", "bank_charge", "unassigned")
#: Where the money is kept (``domain.ledger.AccountKind``).
ACCOUNT_KINDS = ("bank_account", "prepaid_card", "third_party_statement")
ATTACHMENT_KINDS = (
    "receipt",
    "invoice",
    "timesheet",
    "payslip",
    "statement",
    "certificate",
    "other",
)
REVIEW_STATES = ("in_progress", "finished")

_ISO_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class AccountRow(Base):
    """A money account of the plan: a direct-payment bank account, a prepaid card, …"""

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(_one_of("kind", ACCOUNT_KINDS), name="ck_account_kind"),
        CheckConstraint(f"opening_date {_ISO_DATE}", name="ck_account_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String)
    opening_balance_pence: Mapped[int] = mapped_column(Integer)
    opening_date: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    closed: Mapped[bool] = mapped_column(Boolean)
    created: Mapped[str] = mapped_column(String)


class ImportBatchRow(Base):
    """One statement import: undone as a whole (its entries deleted, ``undone`` set)."""

    __tablename__ = "import_batch"
    __table_args__ = (
        CheckConstraint("imported >= 0 AND duplicates >= 0 AND rows_total >= 0", name="ck_counts"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String)
    bank: Mapped[str] = mapped_column(String)
    mapping: Mapped[str] = mapped_column(Text)  # JSON
    imported_at: Mapped[str] = mapped_column(String)
    imported_by: Mapped[str] = mapped_column(Text)
    rows_total: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    problems: Mapped[str] = mapped_column(Text)  # JSON list of {"line", "reason"}
    undone: Mapped[str | None] = mapped_column(String)  # when it was undone


class ReconciliationRow(Base):
    """A reconciliation of an account against a bank statement's closing balance."""

    __tablename__ = "reconciliation"
    __table_args__ = (
        CheckConstraint(f"statement_date {_ISO_DATE}", name="ck_reconciliation_date"),
        CheckConstraint(_one_of("state", ("open", "finished")), name="ck_reconciliation_state"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    statement_date: Mapped[str] = mapped_column(String)
    closing_balance_pence: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String)
    started: Mapped[str] = mapped_column(String)
    finished: Mapped[str | None] = mapped_column(String)


class EntryRow(Base):
    """Money in (positive) or out (negative) on one account."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        CheckConstraint(f"date {_ISO_DATE}", name="ck_entry_date"),
        CheckConstraint("amount_pence <> 0", name="ck_entry_amount"),
        CheckConstraint(_one_of("purpose", PURPOSES), name="ck_entry_purpose"),
        CheckConstraint("line_ref IS NULL OR purpose = 'plan_line'", name="ck_entry_line"),
        CheckConstraint("reconciled IN (0, 1)", name="ck_entry_reconciled"),
        # covering indexes: running balances and planned vs actual read no table rows
        Index(
            "ix_entry_account_date",
            "account_id",
            "date",
            "id",
            "amount_pence",
            "bank_balance_pence",
        ),
        Index("ix_entry_line_date", "line_ref", "date", "amount_pence"),
        Index("ix_entry_payee", "payee", "date"),
        Index("ix_entry_import", "import_id"),
        Index("ix_entry_dup", "account_id", "dup_key"),
        # covering: spending by purpose, line and month, and budget payments, for a period
        Index("ix_entry_date", "date", "purpose", "line_ref", "amount_pence"),
        # only the payments that still need a receipt
        Index(
            "ix_entry_no_receipt",
            "date",
            sqlite_where=text(
                "attachment_count = 0 AND amount_pence < 0 AND purpose <> 'bank_charge'"
            ),
        ),
        CheckConstraint("attachment_count >= 0", name="ck_entry_attachments"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    date: Mapped[str] = mapped_column(String)
    amount_pence: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String)
    line_ref: Mapped[str | None] = mapped_column(String)
    line_description: Mapped[str] = mapped_column(Text)
    payee: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String)
    reference: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(Text)
    reconciled: Mapped[bool] = mapped_column(Boolean)
    reconciliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("reconciliation.id", ondelete="SET NULL")
    )
    bank_balance_pence: Mapped[int | None] = mapped_column(Integer)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    dup_key: Mapped[str] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String)
    updated: Mapped[str] = mapped_column(String)
    #: how many documents are linked (kept by triggers on ``entry_attachment``)
    attachment_count: Mapped[int] = mapped_column(Integer, server_default="0")


class SplitRow(Base):
    """A plan line's part of a split entry (same sign as the entry; the parts add up to it)."""

    __tablename__ = "entry_split"
    __table_args__ = (
        UniqueConstraint("entry_id", "position"),
        CheckConstraint("amount_pence <> 0", name="ck_split_amount"),
        CheckConstraint(f"date {_ISO_DATE}", name="ck_split_date"),
        Index("ix_split_line_date", "line_ref", "date", "amount_pence"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    line_ref: Mapped[str] = mapped_column(String)
    line_description: Mapped[str] = mapped_column(Text)
    amount_pence: Mapped[int] = mapped_column(Integer)
    date: Mapped[str] = mapped_column(String)  # the entry's date, for totals by month


class BankMappingRow(Base):
    """How an account's statements are read (the bank and the column mapping), remembered."""

    __tablename__ = "bank_mapping"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    bank: Mapped[str] = mapped_column(String)
    mapping: Mapped[str] = mapped_column(Text)  # JSON
    updated: Mapped[str] = mapped_column(String)


class AttachmentRow(Base):
    """A receipt, invoice, timesheet or payslip: what it is (its bytes are elsewhere)."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint(_one_of("kind", ATTACHMENT_KINDS), name="ck_attachment_kind"),
        CheckConstraint("size >= 0", name="ck_attachment_size"),
        Index("ix_attachment_sha256", "sha256"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    filename: Mapped[str] = mapped_column(Text)
    mime: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String)
    details: Mapped[str] = mapped_column(Text)  # JSON, e.g. a payslip's net pay and period
    note: Mapped[str] = mapped_column(Text)
    added: Mapped[str] = mapped_column(String)
    added_by: Mapped[str] = mapped_column(Text)


class AttachmentDataRow(Base):
    """The bytes of one attachment, kept apart so that listing never reads them."""

    __tablename__ = "attachment_data"
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EntryAttachmentRow(Base):
    """Which documents belong to which entries (many to many)."""

    __tablename__ = "entry_attachment"
    __table_args__ = (Index("ix_entry_attachment_attachment", "attachment_id"),)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entry.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )


class ReviewRow(Base):
    """A review of how the plan is working (SPEC §2 step 7); may be left half done."""

    __tablename__ = "review"
    __table_args__ = (CheckConstraint(_one_of("state", REVIEW_STATES), name="ck_review_state"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_date: Mapped[str | None] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    plan_version: Mapped[int | None] = mapped_column(Integer)  # the version reviewed
    participants: Mapped[str] = mapped_column(Text)  # JSON list
    overall: Mapped[str] = mapped_column(Text)  # what should change
    decision: Mapped[str] = mapped_column(String)
    spending: Mapped[str] = mapped_column(Text)  # JSON: planned vs actual at the time
    next_review: Mapped[str | None] = mapped_column(String)
    started: Mapped[str] = mapped_column(String)
    finished: Mapped[str | None] = mapped_column(String)
    recorded_by: Mapped[str] = mapped_column(Text)


class ReviewOutcomeRow(Base):
    """What a review found for one outcome."""

    __tablename__ = "review_outcome"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR rating BETWEEN 0 AND 10", name="ck_review_rating"),
        Index("ix_review_outcome_ref", "outcome_ref"),
    )
    review_id: Mapped[int] = mapped_column(
        ForeignKey("review.id", ondelete="CASCADE"), primary_key=True
    )
    outcome_ref: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    outcome_title: Mapped[str] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(Integer)
    working: Mapped[str] = mapped_column(Text)
    not_working: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    new_status: Mapped[str | None] = mapped_column(String)


class MonitoringReturnRow(Base):
    """A monitoring return that was produced: enough to list it and make it again identically."""

    __tablename__ = "monitoring_return"
    __table_args__ = (
        CheckConstraint(
            f"period_from {_ISO_DATE} AND period_to {_ISO_DATE}", name="ck_return_dates"
        ),
        CheckConstraint("period_from <= period_to", name="ck_return_period"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_from: Mapped[str] = mapped_column(String)
    period_to: Mapped[str] = mapped_column(String)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    produced_at: Mapped[str] = mapped_column(String)
    produced_by: Mapped[str] = mapped_column(Text)
    totals: Mapped[str] = mapped_column(Text)  # JSON
    options: Mapped[str] = mapped_column(Text)  # JSON: large print, language, …
    pdf_sha256: Mapped[str] = mapped_column(String)


#: Keep ``ledger_entry.attachment_count`` true whatever links or unlinks a document.
TRIGGERS = (
    """CREATE TRIGGER tr_entry_attachment_added AFTER INSERT ON entry_attachment
    BEGIN
        UPDATE ledger_entry SET attachment_count = attachment_count + 1 WHERE id = NEW.entry_id;
    END""",
    """CREATE TRIGGER tr_entry_attachment_removed AFTER DELETE ON entry_attachment
    BEGIN
        UPDATE ledger_entry SET attachment_count = attachment_count - 1 WHERE id = OLD.entry_id;
    END""",
)
for _trigger in TRIGGERS:
    event.listen(EntryAttachmentRow.__table__, "after_create", DDL(_trigger))
