"""Body analysis: spaCy loading with fallbacks, recipients, theme mentions and demands."""
