"""Every PatrolMap analysis as a Processing algorithm (provider id ``patrolmap``)."""
