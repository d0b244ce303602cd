"""The coder-name strip looks the login up once, and follows a name given elsewhere."""

from __future__ import annotations

from annotator.core import project as project_module
from annotator.gui.main_window import MainWindow
from tests.gui import test_keyboard_loop
from tests.gui.test_coder_name import tag
from tests.gui.test_keyboard_loop import LATER_PASSAGE, SECOND_SENTENCE

window = test_keyboard_loop.window


def test_the_login_is_looked_up_once_while_no_name_is_given(
    window: MainWindow, monkeypatch
) -> None:
    login = project_module.default_author()
    lookups: list[str] = []

    def counted() -> str:
        lookups.append(login)
        return login

    monkeypatch.setattr(project_module, "default_author", counted)
    bar = window.coder_name
    made = [
        tag(window, SECOND_SENTENCE),
        tag(window, LATER_PASSAGE[:10]),
        tag(window, "jour après jour"),
    ]
    assert bar.isVisible() and bar.name.text() == login
    assert len(lookups) == 1
    bar.save()  # the login kept: every highlight made meanwhile keeps it too
    assert [window.project.annotation(i).author for i in made] == [login] * 3


def test_a_name_given_in_the_preferences_is_followed(window: MainWindow) -> None:
    bar = window.coder_name
    window.settings.author = "Alice M."  # as the Preferences or the Edit menu do
    window.project.author = "Alice M."
    tag(window, SECOND_SENTENCE)
    assert not bar.isVisible()  # nobody asked again
