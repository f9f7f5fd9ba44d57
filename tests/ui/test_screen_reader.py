"""The window as a screen reader hears it, through AT-SPI (the interface Orca uses).

The program runs on a private X display with its accessibility bus (see
``tests/ui/screenreader/session.py``); keys are pressed on the virtual keyboard. Every workspace,
every step of the plan and every dialog of the catalogue (``phbplanner.ui.catalogue``) is
visited, so new ones are covered as soon as they are registered. The test fails on:

- an interactive control with no name, or one named only by its value (a combo box without a
  label is read out as its current choice);
- a Tab stop that is hidden or has no name;
- opening, locking, unlocking or closing the plan taking the focus through a hidden control
  (a screen reader reads out every control the focus touches);
- a change of step, of person picked in the relationship circle, or of a tick, that sends no
  event a screen reader speaks (a focus change, an announcement, a "checked" change).

Run alone with ``pytest -m screenreader`` (about two minutes). Needs the Debian packages
``xvfb dbus-daemon dbus-bin at-spi2-core gir1.2-atspi-2.0 python3-gi xdotool``
(``bash .ci/setup --dev`` installs them).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import PASSPHRASE, make_plan_file
from .screenreader.session import ScreenReaderSession, missing_tools

pytestmark = [
    pytest.mark.screenreader,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's"),
]

Event = dict[str, Any]
#: Roles a person acts on: each needs a name of its own (or a label).
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "list", "table", "tree", "tree table",
    "page tab list", "page tab", "link", "menu item", "check menu item", "radio menu item",
}  # fmt: skip
#: Roles whose name is what they hold (a cell says its contents; an empty cell is blank).
CONTENT = {"table cell", "list item", "tree item", "table column header", "table row header"}
#: Roles a screen reader names by their label on Linux, never by their own name.
LABELLED = {"combo box", "spin button"}
#: The most Tab presses one screen may take before Tab must have come round again.
MOST_TAB_STOPS = 150


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScreenReaderSession]:
    """The program with a plan open, on a private screen, with a listener on its bus."""
    missing = missing_tools()
    assert not missing, (
        f"the screen-reader test needs {', '.join(missing)}: run bash .ci/setup --dev"
    )
    folder = tmp_path_factory.mktemp("screen-reader")
    plan = make_plan_file(folder / "Siân’s plan.phbplan")
    session = ScreenReaderSession(folder, plan, PASSPHRASE)
    try:
        _answer, events = session.act({"do": "open"})
        session.opened_events = events  # type: ignore[attr-defined]
        yield session
    finally:
        session.close()


# -- what a screen reader hears --------------------------------------------------------------
def named(node: Event) -> bool:
    """Whether a screen reader has words for ``node`` other than its value."""
    if any(label.strip() for label in node["labels"]):
        return True
    if node["role"] in LABELLED:
        return False  # read out as its current choice: needs a label
    name = node["name"].strip()
    return bool(name) and not (node["role"] in ("text", "entry") and name == node["value"].strip())


def what(node: Event) -> str:
    return f"{node['role']} {node['name']!r} (in {node['parent_role']} {node['parent_name']!r})"


def gone(event: Event) -> bool:
    """The object went before the event was read (a screen reader has nothing to say of it)."""
    return not event["role"]


def focused(events: list[Event]) -> list[Event]:
    return [
        e
        for e in events
        if e["type"] == "object:state-changed:focused" and e["detail1"] == 1 and not gone(e)
    ]


def spoken(events: list[Event]) -> list[str]:
    """The words a screen reader would say for ``events``: announcements, and the names and
    descriptions of what receives the focus."""
    words = [str(e["data"]) for e in events if e["type"] == "object:announcement"]
    for event in focused(events):
        words += [event["name"], *event["labels"], event["description"]]
    return words


def says(events: list[Event], *parts: str) -> bool:
    """Whether one thing said for ``events`` holds every one of ``parts``."""
    return any(all(part.lower() in text.lower() for part in parts) for text in spoken(events))


def show(reader: ScreenReaderSession, kind: str, key: str) -> list[Event]:
    return reader.act({"do": "show", "kind": kind, "key": key})[1]


def screens(reader: ScreenReaderSession) -> list[dict[str, str]]:
    found: list[dict[str, str]] = reader.app.ask({"do": "screens"})["screens"]
    return found


def focus(reader: ScreenReaderSession, path: str) -> list[Event]:
    answer, events = reader.act({"do": "focus", "path": path})
    assert answer["ok"], f"{path} did not take the focus"
    return events


# -- the tests -------------------------------------------------------------------------------
def test_opening_a_plan_puts_the_keyboard_on_a_named_control(reader: ScreenReaderSession) -> None:
    landed = focused(reader.opened_events)  # type: ignore[attr-defined]
    assert landed, "opening the plan moved the focus nowhere a screen reader hears"
    hidden = [what(e) for e in landed if "showing" not in e["states"]]
    assert not hidden, f"on opening, the focus passed through hidden controls: {hidden}"
    assert all(named(e) for e in landed), [what(e) for e in landed]
    assert landed[-1]["name"] == "Steps of my plan", what(landed[-1])


def test_every_control_has_a_name_of_its_own(reader: ScreenReaderSession) -> None:
    problems = []
    visited = screens(reader)
    assert {s["kind"] for s in visited} == {"workspace", "page", "dialog"}, visited
    for screen in visited:
        show(reader, screen["kind"], screen["key"])
        for node in reader.tree():
            if node["role"] not in INTERACTIVE or node["parent_role"] == "combo box":
                continue  # (a closed combo box's list of choices is its own)
            if not named(node):
                why = "named only by its value" if node["name"].strip() else "no name"
                problems.append(f"{screen['key']}: {what(node)}: {why}")
    reader.act({"do": "close_dialog"})
    assert not problems, "\n".join(problems)


def _tab_round(reader: ScreenReaderSession, where: str) -> tuple[int, list[str]]:
    """Press Tab until the focus comes round to where it started; (stops, problems)."""
    problems, seen = [], []
    for _ in range(MOST_TAB_STOPS):
        landed = focused(reader.press("Tab"))
        for event in landed:
            if "showing" not in event["states"] or "visible" not in event["states"]:
                problems.append(f"{where}: Tab stop hidden: {what(event)}")
            elif event["role"] not in CONTENT and not named(event):
                problems.append(f"{where}: Tab stop with no name: {what(event)}")
        if not landed:
            problems.append(f"{where}: Tab moved the focus nowhere a screen reader hears")
            break
        stop = landed[-1]["path"]
        if stop in seen:
            return len(seen), problems
        seen.append(stop)
    problems.append(f"{where}: Tab never came round again after {MOST_TAB_STOPS} presses")
    return len(seen), problems


def test_every_tab_stop_is_shown_and_named(reader: ScreenReaderSession) -> None:
    problems, stops = [], 0
    for screen in screens(reader):
        show(reader, screen["kind"], screen["key"])
        count, found = _tab_round(reader, screen["key"])
        stops += count
        problems += found
    reader.act({"do": "close_dialog"})
    assert stops > 200, stops  # the walk did reach the screens (292 on the example plan)
    assert not problems, "\n".join(problems)


def test_next_and_back_say_which_step(reader: ScreenReaderSession) -> None:
    show(reader, "page", "my-strengths")
    focus(reader, "journey.next")
    heard = reader.press("space")
    assert says(heard, "Step 4", "My relationships"), spoken(heard)
    focus(reader, "journey.back")
    heard = reader.press("space")
    assert says(heard, "Step 3", "My strengths"), spoken(heard)
    heard = reader.press("alt+Right")  # the shortcut for Next, from anywhere
    assert says(heard, "Step 4", "My relationships"), spoken(heard)
    heard = reader.press("alt+Left")
    assert says(heard, "Step 3", "My strengths"), spoken(heard)


def test_the_last_step_keeps_the_keyboard_on_a_button(reader: ScreenReaderSession) -> None:
    show(reader, "page", "reviews")
    focus(reader, "journey.next")
    heard = reader.press("space")
    assert says(heard, "Step 15", "Agree my plan"), spoken(heard)
    landed = focused(heard)
    assert landed and landed[-1]["name"] == "Back to the previous step", spoken(heard)


def test_the_step_list_is_one_key_away(reader: ScreenReaderSession) -> None:
    show(reader, "page", "my-budget")
    focus(reader, "journey.next")
    heard = reader.press("F6")
    assert says(heard, "Step 9", "My budget"), spoken(heard)
    heard = reader.press("Down")
    assert says(heard, "Step 10", "Risks"), spoken(heard)


def test_picking_a_person_in_the_circle_says_who(reader: ScreenReaderSession) -> None:
    show(reader, "page", "my-relationships")
    heard = focus(reader, "page.circle")
    assert says(heard, "My relationship circle"), spoken(heard)
    heard = reader.press("Right")
    assert says(heard, "ring"), spoken(heard)
    first = next(text for text in spoken(heard) if "ring" in text)
    heard = reader.press("Right")
    assert says(heard, "ring"), spoken(heard)
    second = next(text for text in spoken(heard) if "ring" in text)
    assert first != second, "two people sounded the same"
    heard = reader.press("Down")  # further out
    assert says(heard, second.split(",")[0], "ring"), spoken(heard)
    reader.press("Up")  # back where they were


def test_ticking_an_outcome_says_checked(reader: ScreenReaderSession) -> None:
    show(reader, "page", "my-support")
    focus(reader, "page.paid.details.outcomes")
    reader.press("Down")
    said = []
    for _ in range(2):
        heard = reader.press("space")
        ticks = [
            e
            for e in heard
            if e["type"] == "object:state-changed:checked" and "focused" in e["states"]
        ]
        assert ticks, "ticking an outcome sent no checked change on the focused item"
        said.append(ticks[-1]["detail1"])
    assert sorted(said) == [0, 1], said  # ticked, then unticked
    heard = reader.press("Tab")
    assert focused(heard), "after ticking, Tab lost the focus"


def test_ticking_in_a_dialog_says_checked(reader: ScreenReaderSession) -> None:
    show(reader, "dialog", "add-outcome")
    focus(reader, "dialog.editors.6.widget")  # Support that helps with it (tick all)
    said = []
    for _ in range(2):
        heard = reader.press("space")
        ticks = [
            e["detail1"]
            for e in heard
            if e["type"] == "object:state-changed:checked" and "focused" in e["states"]
        ]
        assert ticks, "ticking in the dialog sent no checked change on the focused item"
        said.append(ticks[-1])
    reader.act({"do": "close_dialog"})
    assert sorted(said) == [0, 1], said  # ticked, then unticked


def test_editors_in_the_support_table_are_named_by_their_column(
    reader: ScreenReaderSession,
) -> None:
    show(reader, "page", "my-support")
    # on a 1280-wide screen the lines show as blocks (13 columns do not fit): the table, to
    # change a value in place, is one tick away
    focus(reader, "page.paid.table_choice")
    heard = reader.press("space")
    assert focused(heard) or says(heard, "Paid support lines"), spoken(heard)
    focus(reader, "page.paid.view")
    reader.press("Home")
    for _ in range(3):
        reader.press("Right")  # Description → Unit cost → Quantity → How often
    for key in ("F2", "Return"):  # F2, and Enter, start changing the value
        heard = reader.press(key)
        editors = [e for e in focused(heard) if e["role"] in ("combo box", "text")]
        assert editors, f"{key} opened no editor: {spoken(heard)}"
        assert editors[-1]["labels"] == ["How often"], what(editors[-1])
        reader.press("Escape")


def test_the_workspaces_say_their_names(reader: ScreenReaderSession) -> None:
    keys = [s["key"] for s in screens(reader) if s["kind"] == "workspace"]
    assert "plan" in keys and len(keys) >= 2, keys
    show(reader, "workspace", "plan")
    for key, name in (("test-notes", "Test notes"), ("plan", "My plan")):
        keys = reader.app.ask({"do": "shortcut", "key": key})["keys"]  # Ctrl+1, Ctrl+2, …
        heard = reader.press(keys.lower())
        assert says(heard, name), f"{keys}: {spoken(heard)}"


def test_locking_and_unlocking_keep_the_keyboard_on_the_screen_shown(
    reader: ScreenReaderSession,
) -> None:
    show(reader, "page", "my-strengths")
    focus(reader, "journey.next")
    heard = reader.press("ctrl+l")
    heard += reader.act({"do": "wait", "for": "locked"})[1]
    landed = focused(heard)
    assert landed, "locking moved the focus nowhere a screen reader hears"
    hidden = [what(e) for e in landed if "showing" not in e["states"]]
    assert not hidden, f"on locking, the focus passed through hidden controls: {hidden}"
    assert all(named(e) for e in landed), [what(e) for e in landed]
    assert landed[-1]["name"] == "Passphrase", what(landed[-1])
    reader.type(PASSPHRASE)
    heard = reader.press("Return")
    heard += reader.act({"do": "wait", "for": "open"})[1]
    landed = focused(heard)
    hidden = [what(e) for e in landed if "showing" not in e["states"]]
    assert not hidden, f"on unlocking, the focus passed through hidden controls: {hidden}"
    assert landed and landed[-1]["name"] == "Next step", [what(e) for e in landed]


def test_closing_the_plan_puts_the_keyboard_on_the_start_screen(
    reader: ScreenReaderSession,
) -> None:
    show(reader, "workspace", "plan")
    heard = reader.press("ctrl+w")
    try:
        landed = focused(heard)
        assert landed, "closing the plan moved the focus nowhere"
        assert all("showing" in e["states"] for e in landed), [what(e) for e in landed]
        assert landed[-1]["name"] == "Try the example plan", what(landed[-1])
    finally:
        reader.act({"do": "open"})
