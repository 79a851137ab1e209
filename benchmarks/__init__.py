"""Benchmarks (``make bench``): each module here with a ``run(results_dir)`` function."""
