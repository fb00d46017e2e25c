"""Errors a user can cause. The entry points print their message as one line and exit non-zero."""


class UserError(Exception):
    """Bad input or configuration: shown to the user as one clear line, no traceback."""


class ParamError(UserError, ValueError):
    """A parameter value outside its allowed range or set, raised when the parameters are built
    (so a bad override stops the run at start, before any model loads)."""
