"""The audit log viewer for the administrator (a Settings page): filter, read, export to CSV."""
