"""WordPress chrome in scraped text, for cleanpress.

Rules for what WordPress themes and their common sharing and related-post
add-ons print around a post: "Posted on <date> by <name>" (to metadata),
"Posted in … | Tagged …" footers (tags to metadata), post navigation,
"Share this:" and "Like this:" buttons, the "Related" block and the comment
form. They run early in the ``locate`` stage (orders 40-60), before the
built-in region rule, because these lines are recognised by their exact shape.
"""

from __future__ import annotations

from cleanpress import Rule, hookimpl
from cleanpress_wordpress.post_meta import wordpress_byline, wordpress_post_footer
from cleanpress_wordpress.sections import (
    wordpress_comment_form,
    wordpress_related,
    wordpress_sharing,
)

RULES = [
    wordpress_byline,
    wordpress_post_footer,
    wordpress_sharing,
    wordpress_related,
    wordpress_comment_form,
]


@hookimpl
def cleanpress_rules() -> list[Rule]:
    return list(RULES)
