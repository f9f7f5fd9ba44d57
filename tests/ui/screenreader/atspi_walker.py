"""What a screen reader sees of PHB Planner, read through AT-SPI (the interface Orca uses).

Run with Debian's ``/usr/bin/python3`` (the ``gi.repository.Atspi`` binding is installed for it,
not for the project's virtual environment), inside the same D-Bus session and accessibility bus
as the program. It reads one JSON command per line on stdin and answers one JSON line on stdout:

``{"do": "hello", "app": "PHB Planner"}``
    wait for the program to appear on the accessibility bus.
``{"do": "tree"}``
    every node that is showing in the program's windows: role, name, description, states,
    the names of the labels that label it, its value and its depth.
``{"do": "collect", "token": "sync 3"}``
    the events heard since the last ``collect``, up to the program's sync marker ``token`` (the
    program changes its main window's accessible description to the token after each action:
    events from one program arrive in order, so every event the action caused is in by then).
``{"do": "quit"}``

Nothing here waits for a time: ``collect`` answers when the marker arrives.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

DEBUG = bool(os.environ.get("PHBPLANNER_WALKER_DEBUG"))
#: Events a screen reader speaks (or uses to decide what to speak).
EVENTS = (
    "object:state-changed:focused",
    "object:state-changed:checked",
    "object:state-changed:selected",
    "object:state-changed:expanded",
    "object:selection-changed",
    "object:active-descendant-changed",
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed:insert",
    "object:value-changed",
    "window:activate",
)
STATES = {
    "showing": Atspi.StateType.SHOWING,
    "visible": Atspi.StateType.VISIBLE,
    "focused": Atspi.StateType.FOCUSED,
    "focusable": Atspi.StateType.FOCUSABLE,
    "checked": Atspi.StateType.CHECKED,
    "checkable": Atspi.StateType.CHECKABLE,
    "selected": Atspi.StateType.SELECTED,
    "enabled": Atspi.StateType.ENABLED,
    "editable": Atspi.StateType.EDITABLE,
    "active": Atspi.StateType.ACTIVE,
    "modal": Atspi.StateType.MODAL,
}


def _safe(call: Any, default: Any = "") -> Any:
    try:
        value = call()
    except Exception:  # an object that went away while being read
        return default
    return default if value is None else value


def states_of(node: Atspi.Accessible) -> list[str]:
    state_set = _safe(node.get_state_set, None)
    if state_set is None:
        return []
    return [name for name, state in STATES.items() if state_set.contains(state)]


def labels_of(node: Atspi.Accessible) -> list[str]:
    """The names of the objects that label ``node`` (the labelled-by relation)."""
    names = []
    for relation in _safe(node.get_relation_set, []):
        if relation.get_relation_type() != Atspi.RelationType.LABELLED_BY:
            continue
        for index in range(relation.get_n_targets()):
            target = relation.get_target(index)
            if target is not None:
                names.append(_safe(target.get_name))
    return names


def value_of(node: Atspi.Accessible) -> str:
    """What the control holds: its text, or its current value."""
    text = _safe(node.get_text_iface, None)
    if text is not None:
        count = _safe(lambda: Atspi.Text.get_character_count(text), 0)
        return str(_safe(lambda: Atspi.Text.get_text(text, 0, min(count, 500))))
    value = _safe(node.get_value_iface, None)
    if value is not None:
        return str(_safe(lambda: Atspi.Value.get_current_value(value)))
    return ""


def describe(node: Atspi.Accessible) -> dict[str, Any]:
    parent = _safe(node.get_parent, None)
    return {
        "path": _safe(lambda: node.path),
        "role": _safe(node.get_role_name),
        "name": _safe(node.get_name),
        "description": _safe(node.get_description),
        "states": states_of(node),
        "labels": labels_of(node),
        "value": value_of(node),
        "parent_role": _safe(parent.get_role_name) if parent is not None else "",
        "parent_name": _safe(parent.get_name) if parent is not None else "",
        "children": _safe(node.get_child_count, 0),
    }


class Walker:
    def __init__(self) -> None:
        self.app: Atspi.Accessible | None = None
        self.events: list[dict[str, Any]] = []
        self.waiting_for: str | None = None
        self.loop = GLib.MainLoop()
        self.listener = Atspi.EventListener.new(self.heard)
        for kind in EVENTS:
            self.listener.register(kind)

    # -- events ---------------------------------------------------------------------------
    def heard(self, event: Atspi.Event) -> None:
        source = event.source
        if DEBUG:
            print("EVENT", event.type, event.detail1, repr(event.any_data), file=sys.stderr)
        if self.app is not None and _safe(lambda: source.get_application(), None) != self.app:
            return
        data = event.any_data
        if not isinstance(data, str | int | float | bool) and data is not None:
            data = _safe(data.get_name) if isinstance(data, Atspi.Accessible) else str(data)
        kind = event.type
        if (
            kind == "object:property-change:accessible-description"
            and isinstance(data, str)
            and data.startswith("sync ")
        ):
            self.events.append({"type": "sync", "data": data})
            if data == self.waiting_for:
                self.answer_collect(data)
            return
        record = {"type": kind, "detail1": event.detail1, "data": data}
        record.update(describe(source))
        self.events.append(record)

    # -- commands -------------------------------------------------------------------------
    def answer(self, message: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    def answer_collect(self, token: str) -> None:
        """Answer a ``collect``: the events before the marker ``token`` (markers left out)."""
        self.waiting_for = None
        position = next(
            i for i, e in enumerate(self.events) if e["type"] == "sync" and e["data"] == token
        )
        found, self.events = self.events[:position], self.events[position + 1 :]
        self.answer({"events": [e for e in found if e["type"] != "sync"]})

    def command(self, line: str) -> bool:
        request = json.loads(line)
        what = request["do"]
        if what == "quit":
            self.loop.quit()
            return False
        if what == "hello":
            self.answer({"found": self.find_app(request["app"])})
        elif what == "tree":
            self.answer({"nodes": self.tree()})
        elif what == "collect":
            token = request["token"]
            if any(e["type"] == "sync" and e["data"] == token for e in self.events):
                self.answer_collect(token)
            else:
                self.waiting_for = token  # answered when the marker arrives
        else:
            self.answer({"error": f"unknown command {what}"})
        return True

    def find_app(self, name: str) -> bool:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and _safe(app.get_name) == name:
                self.app = app
                return True
        return False

    def tree(self) -> list[dict[str, Any]]:
        assert self.app is not None
        self.app.clear_cache()
        nodes: list[dict[str, Any]] = []

        def walk(node: Atspi.Accessible, depth: int, window: str) -> None:
            info = describe(node)
            if "showing" not in info["states"]:
                return  # nothing under a hidden object is shown
            info["depth"] = depth
            info["window"] = window
            nodes.append(info)
            for index in range(info["children"]):
                child = _safe(lambda i=index: node.get_child_at_index(i), None)
                if child is not None:
                    walk(child, depth + 1, window)

        for index in range(self.app.get_child_count()):
            window = self.app.get_child_at_index(index)
            if window is not None:
                walk(window, 0, _safe(window.get_name))
        return nodes

    def stdin_ready(self, channel: GLib.IOChannel, _condition: GLib.IOCondition) -> bool:
        line = channel.readline()
        if not line:
            self.loop.quit()
            return False
        try:
            return self.command(line)
        except Exception:
            self.answer({"error": traceback.format_exc()})
            return True

    def run(self) -> None:
        channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
        GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN, self.stdin_ready)
        self.loop.run()


if __name__ == "__main__":
    Walker().run()
