"""Who is at the desk: the sign-in and first-run dialogs, and Settings > Users for the administrator."""
