"""Help: the keyboard shortcuts sheet (read from the window's live shortcuts) and About."""
