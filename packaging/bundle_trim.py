"""What the frozen app carries beyond its code: the OCR language data in, what it never loads out.

Used by annotator.spec. Each entry left out here was checked against what the app
loads: the installed app's smoke test (window, PDF workers, OCR, imports, exports)
runs without it, and packaging/build refuses a bundle in which a library needs
another that is not there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# The OCR languages shipped with the app (Tesseract's <code>.traineddata files).
OCR_LANGUAGES = ("fra", "eng")
# The folder beside the frozen app where annotator.core.importing.ocr_languages looks.
TESSDATA_FOLDER = "tessdata"

# Python modules nothing in the app imports, though their packages come with them.
UNUSED_MODULES = [
    "PIL._avif",  # AVIF images (Pillow reads PDF page images, never AVIF): 5 MB with libavif
    "PIL._webp",  # WebP images, likewise
    "lxml.objectify",
    "lxml.html.diff",
    "lxml.html._difflib",
    "pytz",  # babel's time zones, only for its date formatting (which falls back on zoneinfo)
    "readline",  # line editing of an interactive Python prompt
]
# Server projects: psycopg, the PostgreSQL client, is in every installer. On Linux its C
# layer is compiled against the system's libpq by packaging/build (Debian and Ubuntu:
# libpq5, which the .deb depends on; the app names it when it is missing):
# psycopg_binary's own libpq, with the OpenSSL, Kerberos and LDAP libraries it carries,
# would add 10.4 MB and break the size budget. Windows and macOS have no system libpq:
# they keep psycopg_binary (7.3 MB on Windows, 10.2 MB on macOS).
LINUX_UNUSED_MODULES = ["psycopg_binary"]

# Qt plugins for what a desktop app never uses: embedded-device platforms (EGLFS, Linux
# framebuffer, VNC, Vulkan display), raw input devices, TUIO touch over the network,
# image formats the app neither shows nor reads.
DROPPED_QT_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimal.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "egldeviceintegrations/",
    "generic/",
    # OpenGL buffer sharing on Wayland: the app's widgets draw in shared memory
    "wayland-graphics-integration-client/",
    "imageformats/libqicns.so",
    "imageformats/libqtga.so",
    "imageformats/libqtiff.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqwebp.so",
)
# Libraries only those plugins (or the modules above) link to, and system libraries the
# system provides.
DROPPED_LIBRARIES = frozenset(
    {
        "libQt6Network.so.6",
        "libQt6EglFSDeviceIntegration.so.6",
        "libQt6EglFsKmsSupport.so.6",
        "libQt6OpenGL.so.6",
        # Kerberos, for QtNetwork's authentication only
        "libgssapi_krb5.so.2",
        "libkrb5.so.3",
        "libk5crypto.so.3",
        "libkrb5support.so.0",
        "libcom_err.so.2",
        "libkeyutils.so.1",
        "libreadline.so.8",
        "libtinfo.so.6",
        # D-Bus and what the build system's copy links to (systemd, its compression and
        # cryptography): every desktop has D-Bus, so the system's is used and declared.
        # (The system keyring's Secret Service backend speaks D-Bus itself, through
        # jeepney, pure Python: it needs no libdbus.)
        "libdbus-1.so.3",
        "libsystemd.so.0",
        "libgcrypt.so.20",
        "libgpg-error.so.0",
        "liblz4.so.1",
        "libcap.so.2",
        # the C++ runtime: a bundled copy older than the system's breaks the system's
        # OpenGL drivers, which need the newer one (the .deb declares the version needed)
        "libstdc++.so.6",
        "libgcc_s.so.1",
    }
)
QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"
# Qt's own texts (standard buttons, dialogs) in the app's languages.
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_fr.qm", "qtbase_en.qm"})
BABEL_LOCALES = "babel/locale-data/"
# courlan parses locale names with babel only when asked to filter links by language,
# which the app never does; the root locale and the app's languages are kept.
KEPT_BABEL_LOCALES = frozenset({"root.dat", "en.dat", "fr.dat"})

TocEntry = tuple[str, str, str]  # PyInstaller's (name in the bundle, source, kind)
# Where the build system's own libraries are (the rest come from wheels and Python).
SYSTEM_LIBRARY_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_left_out(name: str) -> bool:
    """Whether a file, by its path in the bundle, is one the app never loads."""
    path = PurePosixPath(name.replace("\\", "/"))
    posix = path.as_posix()
    if posix.startswith(QT_PLUGINS):
        plugin = posix.removeprefix(QT_PLUGINS)
        return any(
            plugin == dropped or (dropped.endswith("/") and plugin.startswith(dropped))
            for dropped in DROPPED_QT_PLUGINS
        )
    if posix.startswith(QT_TRANSLATIONS):
        return path.name not in KEPT_QT_TRANSLATIONS
    if posix.startswith(BABEL_LOCALES):
        return path.name not in KEPT_BABEL_LOCALES
    return path.name in DROPPED_LIBRARIES


def unused_modules(linux: bool) -> list[str]:
    """The modules the frozen app leaves out on this system."""
    return UNUSED_MODULES + (LINUX_UNUSED_MODULES if linux else [])


def only_for_libpq(
    binaries: Iterable[TocEntry], linked: Callable[[str], Iterable[str]]
) -> set[str]:
    """The names of libpq and of the libraries only it needs, among PyInstaller's binaries.

    On Linux psycopg's C layer links to the system's libpq (the .deb depends on libpq5):
    the build system's copies of libpq and its LDAP, SASL, GnuTLS... would weigh 7.6 MB
    and could clash with a newer system's. `linked(path)` names the libraries a binary
    links to itself (DT_NEEDED), not theirs. What the wheels' and Python's own binaries
    reach without going through libpq stays.
    """
    entries = list(binaries)
    by_name = {PurePosixPath(entry[0]).name: entry for entry in entries}

    def reached(starts: list[TocEntry], through_libpq: bool) -> set[str]:
        seen = {PurePosixPath(entry[0]).name for entry in starts}
        waiting = list(starts)
        while waiting:
            for name in linked(waiting.pop()[1]):
                if name in by_name and name not in seen and (through_libpq or not _is_libpq(name)):
                    seen.add(name)
                    waiting.append(by_name[name])
        return seen

    roots = [entry for entry in entries if not entry[1].startswith(SYSTEM_LIBRARY_FOLDERS)]
    libpq = [entry for entry in entries if _is_libpq(PurePosixPath(entry[0]).name)]
    return reached(libpq, True) - reached(roots, False)


def _is_libpq(name: str) -> bool:
    return name.startswith("libpq.so")


def trimmed(toc: Iterable[TocEntry]) -> list[TocEntry]:
    """The entries of a PyInstaller table of contents the app loads."""
    return [entry for entry in toc if not is_left_out(entry[0])]


def tessdata_entries(folder: Path | None) -> list[tuple[str, str]]:
    """(source, folder in the bundle) of each OCR language's data, for Analysis(datas=...).

    Raises SystemExit naming what is missing: an app built without them could not
    read scanned pages, and nobody would notice before a user did.
    """
    hint = (
        "install Tesseract's language data (Debian: tesseract-ocr-fra tesseract-ocr-eng) "
        "or set TESSDATA_PREFIX to the folder that holds them"
    )
    if folder is None:
        raise SystemExit(f"no Tesseract language data found to bundle; {hint}")
    files = [folder / f"{code}.traineddata" for code in OCR_LANGUAGES]
    missing = [file.name for file in files if not file.is_file()]
    if missing:
        raise SystemExit(f"{', '.join(missing)} not found in {folder}; {hint}")
    return [(str(file), TESSDATA_FOLDER) for file in files]
