"""WordPress chrome in scraped text, for cleanpress.

Rules for what WordPress themes and their common sharing and related-post
add-ons print around a post: "Posted on <date> by <name>" (to metadata),
"Posted in … | Tagged …" footers (tags to metadata), post navigation,
"Share this:" and "Like this:" buttons, the "Related" block and the comment
form. The meta-line rules run in the ``locate`` stage right after the
built-in region rule (orders 150-155), the section rules at the start of the
``chrome`` stage (orders 60-70), before the built-in prompt rules.
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
