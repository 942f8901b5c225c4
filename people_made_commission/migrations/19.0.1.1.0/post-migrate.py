# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).


def migrate(cr, version):
    """The 0 % purchase taxes made before 19.0.1.1.0 were marked by their
    description (an HTML field since Odoo 19): they take their role, so the
    next self-billed bill finds them instead of making them again."""
    for regime in ("franchise", "exempt"):
        cr.execute(
            """
            UPDATE account_tax SET pm_role = %s
            WHERE pm_role IS NULL
              AND type_tax_use = 'purchase'
              AND description::text LIKE %s
            """,
            (f"purchase_{regime}", f"%PM-{regime}%"),
        )
