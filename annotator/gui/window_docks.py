"""The main window's side panels as docks: made once per window, sized so the reader keeps
most of the width, narrowed in proportion when the window narrows, tabs kept readable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

from annotator.gui.translations import QT_TRANSLATE_NOOP

# key -> (title, area); the last three share one place, as tabs
_DOCKS = {
    "library": (QT_TRANSLATE_NOOP("MainWindow", "Library"), Qt.DockWidgetArea.LeftDockWidgetArea),
    "concepts": (QT_TRANSLATE_NOOP("MainWindow", "Concepts"),
                 Qt.DockWidgetArea.RightDockWidgetArea),
    "annotations": (QT_TRANSLATE_NOOP("MainWindow", "Highlights"),
                    Qt.DockWidgetArea.RightDockWidgetArea),
    "concept_view": (QT_TRANSLATE_NOOP("MainWindow", "Passages by concept"),
                     Qt.DockWidgetArea.RightDockWidgetArea),
    "search": (QT_TRANSLATE_NOOP("MainWindow", "Search"), Qt.DockWidgetArea.RightDockWidgetArea),
}
# Shorter titles for the tabs of docks stacked together, so that all three tabs fit the
# dock's width; the Panels menu keeps the full name.
_TAB_TITLES = {"concept_view": QT_TRANSLATE_NOOP("MainWindow", "By concept")}


def make_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """The empty docks of the panels, placed and tabbed; switching projects later only
    swaps the panels inside them, so a saved layout is restored once."""
    docks: dict[str, QDockWidget] = {}
    for key, (title, area) in _DOCKS.items():
        short = _TAB_TITLES.get(key)
        dock = QDockWidget(QCoreApplication.translate("MainWindow", short or title), window)
        if short:
            dock.toggleViewAction().setText(QCoreApplication.translate("MainWindow", title))
        dock.setObjectName(f"{key}Dock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        window.addDockWidget(area, dock)
        docks[key] = dock
    window.tabifyDockWidget(docks["annotations"], docks["concept_view"])
    window.tabifyDockWidget(docks["concept_view"], docks["search"])
    docks["annotations"].raise_()
    return docks


def default_dock_sizes(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The side panels share at most ~40% of the width: the reader keeps the rest, on a
    1024-pixel laptop as on a wide screen."""
    width, height = window.width(), window.height()
    # Twice: on docks never laid out, the first call only lays them out (at their size
    # hints, which left the reader 40% of a 1024-pixel window).
    for _ in range(2):
        window.resizeDocks([docks["library"], docks["concepts"]],
                           [min(340, width * 22 // 100), min(320, width * 21 // 100)],
                           Qt.Orientation.Horizontal)
        QApplication.sendPostedEvents(window, QEvent.Type.LayoutRequest)
    window.resizeDocks([docks["concepts"], docks["annotations"]],
                       [height * 40 // 100, height * 60 // 100], Qt.Orientation.Vertical)


def narrow_docks(window: QMainWindow, docks: dict[str, QDockWidget], old: int,
                 new: int) -> None:
    """A window narrowed from `old` to `new` pixels narrows the side panels in
    proportion; left alone, Qt takes the whole loss from the reader."""
    docked = [d for d in (docks["library"], docks["concepts"])
              if d.isVisible() and not d.isFloating()]
    if docked:
        window.resizeDocks(docked, [d.width() * new // old for d in docked],
                           Qt.Orientation.Horizontal)


def readable_tabs(window: QMainWindow) -> None:
    """Tabs of docks stacked together show their whole titles, with scroll arrows when
    they do not fit (elided, they read "Highli…", "Se…")."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
