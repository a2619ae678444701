"""Measurements shared by rules of several families; no rules of their own.

The HTML container tree and its sums (``container_tree``), what class and id
words say (``class_words``), teaser cards and related-content sections
(``teaser_cards``, ``related_sections``), used by both the HTML region rule
and the markup chrome rules; and the line shapes the phrase-led chrome rules
share (``line_shapes``).
"""
