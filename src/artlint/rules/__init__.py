"""Built-in rule families. Each module registers through the ``artlint.rules`` entry points."""
