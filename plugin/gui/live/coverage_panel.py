"""Coverage from the units available now: the "Coverage" tab. ``patrolmap:coverage`` with the
available units as facilities, re-run as they move: at most one run at a time, the next when
the previous finished, positions changed and ``COVERAGE_MIN_GAP_S`` passed (two shared cores
must not spend all their time on it)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ... import settings
from ...dispatch.live_layers import CRS, LiveLayers
from ...i18n import tr
from .. import palette, result_styles
from ..alg_runner import AlgorithmRun
from .common import ERROR_TEXT, form_layout, layer_combo, memory_points

COVERAGE_ALG = "patrolmap:coverage"
COVERAGE_MIN_GAP_S = 10.0
COVERAGE_PROPERTY = "patrolmap/live_coverage"  # "zones" | "gaps"


class CoveragePanel(QWidget):
    def __init__(
        self,
        live: LiveLayers,
        network: Callable[[], QgsVectorLayer | None],
        now: Callable[[], datetime],
        parent=None,
    ):
        super().__init__(parent)
        self.live = live
        self.network = network  # the road network layer chosen in the dock
        self.now = now
        self.run = AlgorithmRun(self)
        self.run.finished.connect(self._on_coverage_finished)
        self._coverage_started = 0.0
        self._coverage_inputs: tuple | None = None
        self._coverage_facilities = None
        self._coverage_timer = QTimer(self)
        self._coverage_timer.setSingleShot(True)
        self._coverage_timer.timeout.connect(self._maybe_run_coverage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        form = form_layout()
        self.zones_combo = layer_combo(self, "zones", QgsMapLayerProxyModel.Filter.PolygonLayer)
        form.addRow(tr("Patrol zones"), self.zones_combo)
        layout.addLayout(form)
        self.coverage_check = QCheckBox(tr("Keep coverage current from the available units"), self)
        self.coverage_check.setObjectName("coverage_now")
        self.coverage_check.setToolTip(
            tr(
                "Runs the coverage check with the units now available as the facilities, again whenever "
                "they have moved (at most every {seconds:g} s)."
            ).format(seconds=COVERAGE_MIN_GAP_S)
        )
        self.coverage_check.setChecked(bool(settings.LIVE_COVERAGE_NOW.value()))
        self.coverage_check.toggled.connect(self._on_coverage_toggled)
        layout.addWidget(self.coverage_check)
        self.coverage_verdict = QLabel("", self)
        self.coverage_verdict.setObjectName("coverage_verdict")
        self.coverage_verdict.setWordWrap(True)
        font = QFont(self.coverage_verdict.font())
        font.setBold(True)
        self.coverage_verdict.setFont(font)
        layout.addWidget(self.coverage_verdict)
        self.coverage_status = QLabel("", self)
        self.coverage_status.setObjectName("coverage_status")
        self.coverage_status.setWordWrap(True)
        layout.addWidget(self.coverage_status)
        layout.addStretch(1)

    def _on_coverage_toggled(self, on: bool) -> None:
        settings.LIVE_COVERAGE_NOW.set(bool(on))
        if on:
            self._coverage_inputs = None
            self._maybe_run_coverage()
        else:
            self._coverage_timer.stop()
            self.coverage_status.setText(tr("Off."))

    def units_changed(self) -> None:
        if self.coverage_check.isChecked():
            self._maybe_run_coverage()

    def _available_key(self) -> tuple:
        return tuple(
            sorted(
                (v.unit_id, round(v.record.lon, 6), round(v.record.lat, 6))
                for v in self.live.units.available()
            )
        )

    def _maybe_run_coverage(self) -> None:
        """Run the coverage check when it is on, idle, due, and the available units moved."""
        if not self.coverage_check.isChecked() or self.run.is_running():
            return
        if not self.live.is_live():
            self.coverage_status.setText(
                tr("Not live: the feed is disconnected; coverage is not kept current.")
            )
            return
        key = self._available_key()
        if key == self._coverage_inputs:
            return
        wait = COVERAGE_MIN_GAP_S - (time.monotonic() - self._coverage_started)
        if self._coverage_started and wait > 0:
            if not self._coverage_timer.isActive():
                self._coverage_timer.start(int(wait * 1000) + 50)
            return
        network, zones = self.network(), self.zones_combo.currentLayer()
        if network is None or zones is None:
            self.coverage_status.setText(tr("Choose the road network and the patrol zones."))
            return
        available = self.live.units.available()
        if not available:
            self.coverage_status.setText(tr("No unit is available now: nothing covers any zone."))
            self._coverage_inputs = key
            return
        facilities = memory_points(
            f"Point?crs={CRS}&field=unit_id:string(32)",
            "available_units",
            [((v.record.lon, v.record.lat), [v.unit_id]) for v in available],
        )
        self._coverage_facilities = facilities
        error = self.run.start(
            COVERAGE_ALG,
            {
                "NETWORK": network,
                "DEFAULT_SPEED_KMH": float(settings.DEFAULT_SPEED_KMH.value()),
                "SNAP_TOLERANCE": float(settings.SNAP_TOLERANCE_M.value()),
                "ZONES": zones,
                "FACILITIES": facilities,
                "FACILITY_ID_FIELD": "unit_id",
                "OUTPUT": "memory:",
                "GAPS": "memory:",
            },
            ("OUTPUT", "GAPS"),
        )
        if error:
            self.coverage_status.setText(error)
            return
        self._coverage_started = time.monotonic()
        self._coverage_inputs = key
        self.coverage_status.setText(
            tr("Checking coverage from {count} available units…").format(count=len(available))
        )

    def _on_coverage_finished(self, ok: bool, results: dict, message: str) -> None:
        self._coverage_facilities = None
        if not ok:
            self.coverage_status.setText(message)
            self.coverage_status.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        else:
            self.coverage_status.setStyleSheet("")
            compliant, total = int(results.get("COMPLIANT") or 0), int(results.get("ZONE_COUNT") or 0)
            self.coverage_verdict.setText(str(results.get("VERDICT") or ""))
            colour = palette.OK if total and compliant == total else palette.ERROR
            self.coverage_verdict.setStyleSheet(f"color: {colour};")
            self.coverage_status.setText(
                tr("{compliant} of {total} zones reached in time · checked at {time}").format(
                    compliant=compliant, total=total, time=self.now().astimezone().strftime("%H:%M:%S")
                )
            )
            self._show_coverage(results.get("OUTPUT"), results.get("GAPS"))
        if self.coverage_check.isChecked():
            QTimer.singleShot(0, self._maybe_run_coverage)

    def _show_coverage(self, zones: QgsVectorLayer | None, gaps: QgsVectorLayer | None) -> None:
        """Fill the "Coverage now" layers in place (one pair of layers for the whole session)."""
        for kind, layer, name, style in (
            ("zones", zones, tr("Coverage now"), result_styles.style_zone_coverage),
            ("gaps", gaps, tr("Coverage gaps now"), result_styles.style_gaps),
        ):
            if layer is None:
                continue
            held = self.coverage_layer(kind)
            if held is not None and held.fields().names() == layer.fields().names():
                provider = held.dataProvider()
                provider.truncate()
                provider.addFeatures(list(layer.getFeatures()))
                held.updateExtents()
                self.live.repaint(held)
                continue
            if held is not None:
                QgsProject.instance().removeMapLayer(held.id())
            layer.setName(name)
            layer.setCustomProperty(COVERAGE_PROPERTY, kind)
            style(layer)
            QgsProject.instance().addMapLayer(layer, False)
            group = self.live.group()
            group.addLayer(layer)

    def coverage_layer(self, kind: str = "zones") -> QgsVectorLayer | None:
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(COVERAGE_PROPERTY) == kind:
                return layer
        return None

    # ---------------------------------------------------------------- lifecycle

    def cleanup(self) -> None:
        if not sip.isdeleted(self._coverage_timer):  # Qt may have deleted the dock's children first
            self._coverage_timer.stop()
        self.run.disconnect_task()
