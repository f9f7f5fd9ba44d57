"""The "My spending" workspace: the spending records of a direct payment or a managed account.

A family carer keeps years of records here, so everything is built for typing many entries with
the keyboard, finding one again quickly, and seeing at a glance whether the money is on track:

- ``feed.py`` — one :class:`~.feed.SpendingFeed` per open plan: the ledger services, the status
  (planned vs actual, forecast, alerts) worked out once per change, the clock;
- ``register_model.py``, ``register_table.py`` — the register: a table model over SQL that pages
  (never tens of thousands of objects), sorted and filtered in SQL;
- ``filters.py`` — the filters and the sort control;
- ``entry_form.py`` — keyboard-first entry and editing; ``split_dialog.py`` — splits;
- ``commands.py`` — every change as one step on the window's undo stack;
- ``receipts.py``, ``preview.py`` — documents inside the file, previewed from memory;
- ``planned_view.py``, ``forecast_view.py`` — planned vs actual, the forecast and alerts;
- ``accounts.py`` — the first screen that adds an account (and later accounts);
- ``actions.py`` — the page's toolbar, where later actions (import a statement, reconcile,
  send my records) are added;
- ``view.py`` — the workspace itself; ``summary_line.py`` — the balance and the most important
  alert in the budget summary above every workspace.
"""
