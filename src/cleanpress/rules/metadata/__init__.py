"""What the page says about itself: title, authors, dates, site name, language.

``page_markup`` reads what an HTML page states (JSON-LD, meta tags, ``<time>``)
in the ``prepare`` stage; ``language`` and ``site_name`` fill fields in the
``metadata`` stage. ``title`` (``locate``) and ``bylines`` (``chrome``) take
the headline and byline lines out of the body as they read them. The other
modules are their helpers: JSON-LD values, author names, page dates and the
page title.
"""
