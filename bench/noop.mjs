// Nothing: the cost of starting Node, for the one-small-file comparison.
