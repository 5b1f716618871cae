"""The dispatch (CAD/AVL) feed: client, poller and live layers."""
