"""Built-in rules, one module per family of chrome.

Every module in this package is a default plugin (see ``cleanpress.plugins``):
it implements ``cleanpress_rules`` and, where it has phrase patterns,
``cleanpress_markers``.
"""
