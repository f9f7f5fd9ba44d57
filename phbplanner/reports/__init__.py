"""ReportLab documents built from plain data: the plan PDF and the recovery sheet. No Qt.

ReportLab is imported only when a report is built, never at start-up: import the modules of
this package (``plan_pdf``, ``recovery_sheet``) where a report is wanted.
"""
