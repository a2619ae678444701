"""Built-in rules, one module per family of chrome; each module is a default plugin."""
