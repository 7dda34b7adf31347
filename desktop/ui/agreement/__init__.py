"""View → Agreement Between Coders…: choose coders, documents and tags, measure how far
the coders agree (desktop/core/agreement_table.py), list where they do not."""
