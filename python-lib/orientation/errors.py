"""Error types raised by the orientation library.

Every message names what is wrong, where, and how to fix it. No message ever
contains the text of a description: descriptions are personal data.
"""


class OrientationError(Exception):
    """Base class for the library's errors."""


class SettingsError(OrientationError, ValueError):
    """A setting (recipe parameter or command-line option) has a wrong value."""


class InputDataError(OrientationError, ValueError):
    """The input data does not have the expected columns or values."""


class ModelArtefactError(OrientationError):
    """A model folder is missing, incomplete, corrupted or incompatible."""


class NotFittedError(OrientationError):
    """A model was used before ``fit`` was called."""
