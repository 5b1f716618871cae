"""Fixtures every GUI test module shares."""

from __future__ import annotations

import pytest

from plugin import settings
from plugin.commandmap import load_command_map


def _all_settings():
    return [value for value in vars(settings).values() if isinstance(value, settings.Setting)]


@pytest.fixture(autouse=True)
def fresh_settings():
    """Every PatrolMap setting at its default before and after each test: a dock or dialog
    remembers what the user last chose, and one test's choice must not leak into the next."""
    for setting in _all_settings():
        setting.reset()
    yield
    for setting in _all_settings():
        setting.reset()


class MessageBar:
    """Records what a tool tells the user, as QGIS's message bar would show it."""

    def __init__(self):
        self.messages = []

    def pushMessage(self, title, text, level, duration):  # noqa: N802 - QGIS's name
        self.messages.append((level, text))

    def last(self, level=None):
        found = [t for lv, t in self.messages if level is None or lv == level]
        return found[-1] if found else ""


@pytest.fixture
def message_bar():
    """A new recording message bar; ``message_bar.__class__()`` makes another."""
    return MessageBar()


@pytest.fixture
def demo(qgis_new_project, demo_gpkg, processing):
    """The demo command map's layers by name, loaded into a new project."""
    return load_command_map(demo_gpkg).layers
