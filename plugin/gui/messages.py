"""Message-bar messages with a button (e.g. "Open PDF"), as QGIS's own "Export" messages have."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QPushButton


def push_with_button(bar, title: str, text: str, level, button_text: str, slot, duration: int = 0):
    """Push ``text`` with a button that calls ``slot``; returns the button (None on a bar that
    only takes plain messages, such as a test double)."""
    if not hasattr(bar, "createMessage"):
        bar.pushMessage(title, text, level, duration)
        return None
    widget = bar.createMessage(title, text)
    button = QPushButton(button_text, widget)
    button.setObjectName("message_action")
    button.clicked.connect(slot)
    widget.layout().addWidget(button)
    bar.pushWidget(widget, level, duration)
    return button
