"""Files in and out: Excel workbooks, PDFs, SEPA and XAF files; reading hours sheets.

Writers never query the book: a service hands them domain values (reports are
data; writers only lay them out). Readers turn a file into domain values plus a
row-level report, and never write to the book themselves.
May import: coopdesk.services (for their result types), coopdesk.domain, and
file-format libraries (openpyxl, reportlab, sepaxml, lxml). Never Qt or SQLAlchemy.
"""
