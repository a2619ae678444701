"""Where the content is: the rules that keep the page's main content and remove the rest.

They run in the ``locate`` stage, before any chrome rule. Text input:
``text_region`` keeps the contiguous span of prose (its measurements in
``text_features``, the span search in ``text_span``, the headline and byline
above it in ``text_header``, glue words in ``stop_words``), or on a page that
is not one article each of its spans of content (``text_page``), never taking
consent notices and dialogs for content (``text_overlay``). HTML input:
``html_region`` keeps the container holding the content, from the markup.
"""
