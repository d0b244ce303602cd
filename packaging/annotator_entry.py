"""Entry point of the frozen application: the multiprocessing hand-off, then the command line."""

import multiprocessing
import os
import sys
from collections.abc import MutableMapping

# Set by PyInstaller for the bundle's own use: the library path by the bootloader (which
# keeps the user's value as LD_LIBRARY_PATH_ORIG), Qt's plugin and QML folders by its Qt
# start-up hook (which keeps nothing).
LIBRARY_PATH = "LD_LIBRARY_PATH"
QT_VARIABLES = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def restore_user_environment(environ: MutableMapping[str, str]) -> None:
    """Give the programs the app starts the environment the user started the app with.

    "Open file", "Open folder" and links start the desktop's programs (xdg-open, a
    browser, a PDF reader) with the app's environment: with the bundle's library path
    they would load the bundle's libraries instead of their own, and a Qt program would
    load the bundle's Qt plugins. The app itself no longer needs these values: the
    dynamic loader read the library path when the process started, Qt finds its plugins
    through the qt.conf that PySide6 registers (a user's QT_PLUGIN_PATH, meant for the
    system's Qt, is not restored so that the bundle's Qt never loads those), and the
    app's own workers are this executable again, whose bootloader sets them anew.
    """
    original = environ.pop(f"{LIBRARY_PATH}_ORIG", None)
    if original is None:
        environ.pop(LIBRARY_PATH, None)
    else:
        environ[LIBRARY_PATH] = original
    for name in QT_VARIABLES:
        environ.pop(name, None)


if __name__ == "__main__":
    # First of all: a PDF reader worker or the fork server started from this
    # executable runs its own code here and exits instead of opening a window.
    multiprocessing.freeze_support()
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        restore_user_environment(os.environ)
    from annotator.cli import main

    sys.exit(main())
