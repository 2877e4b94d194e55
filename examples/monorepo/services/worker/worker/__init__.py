"""The example monorepo's Python worker."""
