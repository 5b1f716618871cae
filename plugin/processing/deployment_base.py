"""What the deployment algorithms share: their group, and reading incident times."""

from __future__ import annotations

import datetime as dt
import math

from .inputs import epoch_seconds
from .network_base import NetworkAlgorithm


class DeploymentAlgorithm(NetworkAlgorithm):
    GROUP_ID = "deployment"


def local_datetime(value) -> dt.datetime | None:
    """A date-time attribute (QDateTime, QDate or ISO text) as naive local time, for hours of
    the day and weekdays; None when unreadable."""
    seconds = epoch_seconds(value)
    return dt.datetime.fromtimestamp(seconds) if math.isfinite(seconds) else None
