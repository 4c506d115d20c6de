"""Exceptions of regdesign. The CLI turns each into one line of error and exit code 2."""


class RegdesignError(Exception):
    """Base class: a problem the user can fix, reported as one clear line."""


class InputError(RegdesignError):
    """A file cannot be read as a document (binary, too large, missing)."""


class UsageError(RegdesignError):
    """Bad command-line usage: unknown revision, path outside the repository, bad option value."""


class ConfigError(RegdesignError):
    """Invalid configuration or rule pack; the message names the file and the entry."""
