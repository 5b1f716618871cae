"""Python logging bridged to QGIS's message log under the tag "PatrolMap"."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "PatrolMap"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.NOTSET, Qgis.MessageLevel.Info),
)


class QgisLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = next(q for py, q in _LEVELS if record.levelno >= py)
        QgsMessageLog.logMessage(self.format(record), TAG, level, notifyUser=False)


def get_logger() -> logging.Logger:
    logger = logging.getLogger("patrolmap")
    if not any(isinstance(h, QgisLogHandler) for h in logger.handlers):
        logger.addHandler(QgisLogHandler())
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger
