"""Domain logic that knows nothing of Qt or QGIS, so it is fast to test and reuse."""
