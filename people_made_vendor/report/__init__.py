from . import pm_sold_lines_xlsx
