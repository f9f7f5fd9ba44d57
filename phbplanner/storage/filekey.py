"""The key of an open plan file: held by its engine while the plan is open, dropped from memory
while it is locked (:class:`KeyHolder`, the part of ``PlanFile`` that handles the key).

Locking a plan keeps the file held — its lock, which plan it is, where it is — but not the key:
the engine, whose URL holds the passphrase, is let go and its pooled connection closed (SQLCipher
wipes the key it derived). Taking the key again makes the engine the same way it was made, and
checks that the file is still the same plan.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from .engine import make_engine
from .errors import LockedError, StorageError


class KeyHolder:
    """The engine (and so the key) of an open plan file; see the module's description."""

    path: Path
    _engine: Engine | None
    #: how the engine was made (made again the same way when the key is given back)
    engine_options: dict[str, bool]
    plan_uuid: str
    commit_seq: int
    #: the newest transaction found in the file when the key was last taken (use_key)
    newest_on_disk: int
    _usable: bool

    def checkpoint(self) -> bool:  # pragma: no cover - PlanFile's
        raise NotImplementedError

    @property
    def engine(self) -> Engine:
        """The file's engine; :class:`LockedError` while the key is dropped (:meth:`drop_key`)."""
        if self._engine is None:
            raise LockedError()
        return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def key_dropped(self) -> bool:
        """True between :meth:`drop_key` and :meth:`use_key`: no connection holds the key."""
        return self._engine is None

    @property
    def passphrase(self) -> str:
        """The passphrase the file is open with (kept only in memory, only while unlocked)."""
        return self.engine.url.password or ""

    def drop_key(self) -> None:
        """Forget the key while keeping the file held (its lock, its identity, where it is).

        Every committed change is moved into the file first; then every pooled connection is
        closed (SQLCipher wipes the key it derived) and the engine, whose URL held the
        passphrase, is let go. Until :meth:`use_key`, anything needing the file raises
        :class:`LockedError`. The caller waits for its own background readers first.
        """
        engine = self._engine
        if engine is None:
            return
        if self._usable:
            self.checkpoint()
        self._engine = None
        engine.dispose()

    def use_key(self, passphrase: str) -> None:
        """Take the key again after :meth:`drop_key`: it must open this very plan.

        Raises :class:`WrongPassphraseError` (and stays locked) when it does not, and
        :class:`StorageError` when the file at this path is no longer this plan.
        """
        if self._engine is not None:
            return
        engine = make_engine(self.path, passphrase, **self.engine_options)
        try:
            with engine.connect() as conn:
                found = conn.exec_driver_sql(
                    "SELECT value FROM meta WHERE key = 'plan_uuid'"
                ).scalar()
                seq = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM commit_log")
                newest = int(seq.scalar_one())
        except BaseException:
            engine.dispose()
            raise
        if self.plan_uuid and str(found or "") != self.plan_uuid:
            engine.dispose()
            from ..domain.text import translate

            raise StorageError(
                translate(
                    "Storage",
                    "The file {name} is no longer the plan that was open: it was replaced "
                    "while the plan was locked. Close the plan and open the file again.",
                ).format(name=self.path.name)
            )
        # numbers go on rising even when the file was put back to an older state (a restore)
        self.commit_seq = max(self.commit_seq, newest)
        self.newest_on_disk = newest
        self._engine = engine
