"""The rules and the figures of a Brussels regional subsidy, each written once.

Pure: no database session, no Qt, no files. Services, reports, the GUI, the import and the audit
checks call these modules instead of writing a rule or a figure again.
"""
