"""PatrolMap's QGIS side: adapters between QGIS layers and the pure logic in ``core``."""
