# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).


def post_init_hook(env):
    """Give the products that existed before this addon a story code each."""
    Product = env["product.template"].with_context(active_test=False)
    env.cr.execute("SELECT id FROM product_template WHERE pm_story_code IS NULL")
    ids = [row[0] for row in env.cr.fetchall()]
    for product_id in ids:
        env.cr.execute(
            "UPDATE product_template SET pm_story_code = %s WHERE id = %s",
            (Product._pm_new_story_code(), product_id),
        )
