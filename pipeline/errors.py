"""Errors a user can cause. The entry points print their message as one line and exit non-zero."""


class UserError(Exception):
    """Bad input or configuration: shown to the user as one clear line, no traceback."""
