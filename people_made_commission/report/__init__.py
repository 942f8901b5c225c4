from . import pm_statement_xlsx
