"""Qt item models fed with the services' dataclasses."""
