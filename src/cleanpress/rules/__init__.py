"""Built-in rules, grouped by what they decide.

- :mod:`~cleanpress.rules.locate`: where the content is (``locate`` stage).
- :mod:`~cleanpress.rules.chrome`: what inside it is chrome (``chrome`` and ``tidy``).
- :mod:`~cleanpress.rules.metadata`: what the page says about itself (title,
  authors, dates, site, language; ``prepare`` and ``metadata``, and the few
  that take their lines out of the body in ``locate`` and ``chrome``).
- :mod:`~cleanpress.rules.common`: measurements several of them share.

Every module under this package that implements a hook is a default plugin
(see :mod:`cleanpress.plugins`): it implements ``cleanpress_rules`` and, where
it has phrase patterns, ``cleanpress_markers``. Modules that implement no hook
are helpers of the rules beside them.
"""
