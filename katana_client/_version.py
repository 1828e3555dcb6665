"""The package version, in a module of its own so the build backend can read it."""

__version__ = "0.1.0"
