"""SQLAlchemy 2.0 typed models: the plan's tables inside a plan file (schema version 5).

A plan file holds every numbered **version** of a plan. Each version's content is spread over:

- ``plan_section``: the single-valued sections (``person``, ``budget``, …) as one JSON text
  row each — they are small and always read together;
- ``outcome`` and ``support_line`` (+ ``line_outcome``): typed rows, because spending records
  and reports query them by id;
- ``plan_item``: every other list item (strengths, relationships, risks, …) as a JSON row.

JSON here is the interchange form of that piece (``interchange.plan_json``), so loading a
version is "assemble the interchange document, then parse it" and round trips are exact.
``history`` records who changed what and when; ``commit_log`` names every committed transaction
(so a leftover ``-wal`` can be told from one that belongs to the file). The spending records,
receipts, imports, reviews and monitoring returns are in :mod:`.records`. Everything lives inside
the encrypted file.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small facts about the file itself (when it was created, by which program)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PlanVersionRow(Base):
    """One numbered version of the plan; an agreed one is frozen for ever."""

    __tablename__ = "plan_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String)  # VersionStatus value
    fingerprint: Mapped[str | None] = mapped_column(String)  # set when agreed
    created: Mapped[str] = mapped_column(String)  # ISO 8601 UTC
    agreed_at: Mapped[str | None] = mapped_column(String)
    person_name: Mapped[str | None] = mapped_column(Text)
    agreed_on: Mapped[str | None] = mapped_column(String)
    person_is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    representative_relationship: Mapped[str] = mapped_column(Text, default="")
    coordinator_name: Mapped[str] = mapped_column(Text, default="")
    coordinator_role: Mapped[str] = mapped_column(Text, default="")
    icb_approver_name: Mapped[str] = mapped_column(Text, default="")
    icb_approver_role: Mapped[str] = mapped_column(Text, default="")
    agreement_notes: Mapped[str] = mapped_column(Text, default="")
    #: the canonical interchange JSON agreed (schema 3): sha256(canonical) == fingerprint for ever
    canonical: Mapped[str | None] = mapped_column(Text)


class PlanSectionRow(Base):
    """A single-valued section of one version, as interchange JSON."""

    __tablename__ = "plan_section"
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class PlanItemRow(Base):
    """An item of a list section (other than outcomes and support lines), as JSON."""

    __tablename__ = "plan_item"
    __table_args__ = (UniqueConstraint("version_id", "collection", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    collection: Mapped[str] = mapped_column(String)
    item_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class OutcomeRow(Base):
    """An outcome of one version."""

    __tablename__ = "outcome"
    __table_args__ = (UniqueConstraint("version_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    success_looks_like: Mapped[str] = mapped_column(Text, default="")
    importance: Mapped[int | None] = mapped_column(Integer)
    target_date: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)


class SupportLineRow(Base):
    """A paid support line of one version. Spending records refer to lines by ``item_id``."""

    __tablename__ = "support_line"
    __table_args__ = (UniqueConstraint("version_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String)
    unit_cost_pence: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[str] = mapped_column(String)  # a decimal, kept as text (never a float)
    frequency: Mapped[str] = mapped_column(String)
    first_date: Mapped[str | None] = mapped_column(String)
    last_date: Mapped[str | None] = mapped_column(String)
    management: Mapped[str | None] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text, default="")
    paid_to_household_family: Mapped[bool] = mapped_column(Boolean, default=False)
    household_justification: Mapped[str] = mapped_column(Text, default="")
    dismissed_warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    #: the line's group (schema 5): lines made together, e.g. a PA's wages and holiday pay
    line_group: Mapped[str] = mapped_column(Text, default="", server_default="")
    outcomes: Mapped[list[LineOutcomeRow]] = relationship(
        order_by="LineOutcomeRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class LineOutcomeRow(Base):
    """Which outcomes a support line serves, in order."""

    __tablename__ = "line_outcome"
    line_id: Mapped[int] = mapped_column(
        ForeignKey("support_line.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome_id: Mapped[str] = mapped_column(String)


class CommitLogRow(Base):
    """One committed transaction (schema 3): a random id, newest last, the last 1,000 kept.

    Before a leftover ``-wal`` beside the file is used, the file's own newest id must appear in
    the log as the ``-wal`` would make it — otherwise the ``-wal`` belongs to another state of
    the file (put back from an older copy) and is set aside, never applied.
    """

    __tablename__ = "commit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String)


class HistoryRow(Base):
    """One change: when, who (the name the person gave), what, and which part of the file it
    changed (a plan section's name, ``spending``, ``documents``, ``reviews``, ``versions``,
    ``file`` …; NULL for changes recorded before schema 4 that could not be placed)."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_section", "section", "id"),
        Index("ix_history_at", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String)  # ISO 8601 UTC
    who: Mapped[str] = mapped_column(Text)
    what: Mapped[str] = mapped_column(Text)
    version_number: Mapped[int | None] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(String)
