"""The Live dock's panels, one job each: the feed's settings (``feed_form``), its health and
counts (``status_panel``), the unit list (``unit_list``), incidents and their nearest units
(``nearest_panel``), and coverage from the units available now (``coverage_panel``).
``gui/live_dock.py`` puts them together and owns the poller and the live layers."""
