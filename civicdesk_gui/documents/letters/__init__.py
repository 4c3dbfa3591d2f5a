"""The mayor-signed reply letter (시장 서명 회신문): templates, ReportLab layout, seal, PAdES signature.

No Qt here: the GUI, the CLI and the benchmark all render through these modules.
"""
