"""CivicDesk: the desk application of a mayor's communication office."""

__version__ = "0.1.0"
