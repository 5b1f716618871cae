"""The one runner the docks use for Processing algorithms: a chain of steps as background tasks.

Each step is one algorithm; the steps run one after the other, each as a
``QgsProcessingAlgRunnerTask``, with one progress (0–100 over the whole chain) and one cancel.
The context and feedback of each step are made on the main thread and kept (with the task)
until the task reports; result layers are taken out of the context in the ``executed``
handler, which QGIS calls on the main thread, so the caller gets plain layers it may add to
the project. The finished chain's contexts and feedbacks are kept until the next run starts:
QGIS 3.40 may still use them after emitting ``executed``.

``run_blocking`` runs the same steps on the calling thread, for a check that must be done
before the caller goes on (the Zones dock before a save) and for tests.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr
from ..log import get_logger


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


@dataclass
class Step:
    """One algorithm of a chain. ``outputs`` are taken from the context as layers into
    ``results`` (beside the algorithm's other results); a missing ``required`` one fails the chain."""

    alg_id: str
    parameters: dict
    outputs: tuple[str, ...] = ("OUTPUT",)
    required: tuple[str, ...] = ()
    results: dict = field(default_factory=dict)
    context: QgsProcessingContext | None = None
    feedback: RecordingFeedback | None = None
    task: QgsProcessingAlgRunnerTask | None = None

    def prepare(self):
        """The algorithm and a fresh context and feedback; an error message instead when it cannot run."""
        algorithm = QgsApplication.processingRegistry().algorithmById(self.alg_id)
        if algorithm is None:
            return None, tr("The PatrolMap Processing provider is not loaded.")
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = RecordingFeedback()
        self.results = {}
        ok, message = algorithm.checkParameterValues(self.parameters, self.context)
        return (algorithm, "") if ok else (None, message)

    def take(self, ok: bool, results: dict) -> str:
        """Keep what the algorithm returned (layers out of the context); the error in words, or ""."""
        if not ok:
            errors = [e for e in (self.feedback.errors if self.feedback else []) if e.strip()]
            return errors[-1] if errors else tr("The analysis failed; see the Processing log.")
        self.results = dict(results or {})
        for key in self.outputs:
            layer_id = self.results.get(key)
            self.results[key] = self.context.takeResultLayer(layer_id) if isinstance(layer_id, str) else None
        if any(self.results.get(key) is None for key in self.required):
            return tr("The analysis returned no layer.")
        return ""


class AlgorithmRun(QObject):
    """``finished(ok, results, message)``: results are the last step's (output layers under their
    output names; every step's stay in ``steps`` until the next run); message is the error, or
    on success the first warning, in words. ``progress`` is the whole chain's, 0–100;
    ``step_started(index)`` tells which step begins."""

    finished = pyqtSignal(bool, dict, str)
    progress = pyqtSignal(float)
    step_started = pyqtSignal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.steps: list[Step] = []
        self.index = -1
        self._running = False
        self._cancelled = False
        self._retired: list[Step] = []

    @property
    def task(self) -> QgsProcessingAlgRunnerTask | None:
        return self.steps[self.index].task if self._running and 0 <= self.index < len(self.steps) else None

    def is_running(self) -> bool:
        return self._running

    def start(self, alg_id: str, parameters: dict, outputs: tuple[str, ...] = ("OUTPUT",)) -> str | None:
        """Queue one algorithm; returns an error message instead when it cannot start."""
        return self.start_chain([Step(alg_id, parameters, tuple(outputs))])

    def start_chain(self, steps: list[Step]) -> str | None:
        """Queue the steps, one after the other; an error message instead when the first cannot start."""
        if self._running:
            return tr("Still busy with the previous run.")
        if not steps:
            return tr("Nothing to run.")
        # The previous chain's last task may still be inside its finished(): its context lives on.
        self._retired = self.steps
        self.steps, self.index = list(steps), 0
        self._cancelled = False
        error = self._queue(self.steps[0])
        if error:
            self.steps, self.index = [], -1
            return error
        self._running = True
        return None

    def _queue(self, step: Step) -> str:
        algorithm, error = step.prepare()
        if algorithm is None:
            return error
        step.feedback.progressChanged.connect(self._on_progress)
        step.task = QgsProcessingAlgRunnerTask(algorithm, step.parameters, step.context, step.feedback)
        step.task.executed.connect(self._on_executed)
        QgsApplication.taskManager().addTask(step.task)
        return ""

    def cancel(self) -> None:
        if not self._running:
            return
        self._cancelled = True
        step = self.steps[self.index]
        if step.feedback is not None:
            step.feedback.cancel()
        if step.task is not None:
            step.task.cancel()  # a queued task reports back at once, a running one when it stops
        else:
            self._finish(False, tr("Cancelled."))

    def cancelled(self) -> bool:
        return self._cancelled

    def disconnect_task(self) -> None:
        """Forget the running chain (on unload): its task finishes on its own, nobody listens."""
        task = self.task
        if task is not None:
            with contextlib.suppress(TypeError):
                task.executed.disconnect(self._on_executed)
            task.cancel()
        self._end()

    def warnings(self) -> list[str]:
        """What every step of the current (or last) chain warned about, in order."""
        return [w for step in self.steps if step.feedback is not None for w in step.feedback.warnings]

    def _on_progress(self, value: float) -> None:
        if self._running and self.steps:
            share = 100.0 / len(self.steps)
            self.progress.emit(self.index * share + value * share / 100.0)

    def _on_executed(self, ok: bool, results: dict) -> None:
        if not self._running:
            return
        step = self.steps[self.index]
        step.task = None  # the task manager deletes it now
        if self._cancelled:
            self._finish(False, tr("Cancelled."))
            return
        try:
            error = step.take(ok, results)
            if not error and self.index + 1 < len(self.steps):
                self.index += 1
                self.step_started.emit(self.index)
                error = self._queue(self.steps[self.index])
                if not error:
                    return
        except Exception as e:  # noqa: BLE001 - the caller gets a message, never a traceback dialog
            get_logger().exception("Processing run")
            error = tr("Unexpected error: {error}").format(error=e)
        if error:
            self._finish(False, error)
        else:
            warnings = self.warnings()
            self._finish(True, warnings[0] if warnings else "")

    def _end(self) -> None:
        for step in self.steps:
            if step.feedback is not None:
                with contextlib.suppress(TypeError):
                    step.feedback.progressChanged.disconnect(self._on_progress)
        self._running = False

    def _finish(self, ok: bool, message: str) -> None:
        self._end()
        results = self.steps[-1].results if ok else {}
        self.finished.emit(ok, results, message)

    @staticmethod
    def run_blocking(steps: list[Step]) -> tuple[bool, str]:
        """Run the steps here and now (the caller waits); (ok, error message). Results land in the steps."""
        for step in steps:
            algorithm, error = step.prepare()
            if algorithm is None:
                return False, error
            results, ok = algorithm.run(step.parameters, step.context, step.feedback)
            error = step.take(ok, results)
            if error:
                return False, error
        return True, ""
