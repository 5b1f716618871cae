"""Docks, dialogs and map tools."""
