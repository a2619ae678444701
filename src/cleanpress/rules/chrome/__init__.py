"""What is chrome: one module per family of chrome inside the located content.

Most rules run in the ``chrome`` stage (captions, subscription blurbs,
newsletter and share prompts, bios, tags, related links, ads, legal footers,
...); ``separators`` and ``section_labels`` run in ``tidy``, after the others,
to remove what their removals left behind. ``markup`` holds the rules that
tell HTML chrome by its markup (hidden elements, boxes, figure captions).
"""
