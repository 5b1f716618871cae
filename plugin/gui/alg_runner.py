"""One Processing algorithm run as a background task, reporting back on the main thread.

The context and feedback are made on the main thread and kept (with the task) until the task
reports; result layers are taken out of the context in the ``executed`` handler, which QGIS calls
on the main thread, so the caller gets plain layers it may add to the project. The finished
run's context and feedback are kept until the next run starts: QGIS 3.40 may still use them
after emitting ``executed``.
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the errors the algorithm reports. Called from the task's thread: it only appends."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS's names
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 - QGIS's name
        self.warnings.append(warning)
        super().pushWarning(warning)


class AlgorithmRun(QObject):
    """``finished(ok, results, message)``: results hold the output layers (taken from the
    context) under their output names; message is the error (or the first warning) in words."""

    finished = pyqtSignal(bool, dict, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._context: QgsProcessingContext | None = None
        self._feedback: RecordingFeedback | None = None
        self._retired: tuple = ()
        self._outputs: tuple[str, ...] = ()
        self._cancelled = False

    def is_running(self) -> bool:
        return self.task is not None

    def start(self, alg_id: str, parameters: dict, outputs: tuple[str, ...] = ("OUTPUT",)) -> str | None:
        """Queue the run; returns an error message instead when it cannot start."""
        if self.task is not None:
            return tr("Still busy with the previous run.")
        algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
        if algorithm is None:
            return tr("The PatrolMap Processing provider is not loaded.")
        self._retired = (self._context, self._feedback)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = RecordingFeedback()
        ok, message = algorithm.checkParameterValues(parameters, context)
        if not ok:
            return message
        self._context, self._feedback, self._outputs = context, feedback, tuple(outputs)
        self._cancelled = False
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        self.task.executed.connect(self._on_executed)
        QgsApplication.taskManager().addTask(self.task)
        return None

    def cancel(self) -> None:
        if self.task is None:
            return
        self._cancelled = True
        if self._feedback is not None:
            self._feedback.cancel()
        self.task.cancel()

    def disconnect_task(self) -> None:
        """Forget the running task (on unload): it finishes on its own, nobody listens."""
        if self.task is not None:
            try:
                self.task.executed.disconnect(self._on_executed)
            except TypeError:
                pass
            self.task.cancel()
            self.task = None

    def _on_executed(self, ok: bool, results: dict) -> None:
        self.task = None  # the task manager deletes it now
        if self._cancelled:
            self.finished.emit(False, {}, tr("Cancelled."))
            return
        feedback = self._feedback
        if not ok:
            errors = [e for e in (feedback.errors if feedback else []) if e.strip()]
            self.finished.emit(
                False, {}, errors[-1] if errors else tr("The analysis failed; see the Processing log.")
            )
            return
        out = dict(results)
        for key in self._outputs:
            layer_id = results.get(key)
            out[key] = self._context.takeResultLayer(layer_id) if isinstance(layer_id, str) else None
        warnings = feedback.warnings if feedback else []
        self.finished.emit(True, out, warnings[0] if warnings else "")
