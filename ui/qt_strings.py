"""Qt's own words that Qt ships no Russian or Kazakh for (its qtbase_ru/kk files miss
them): the file dialog's labels, the calendar's buttons, Yes and No. Declared here in
Qt's own contexts so that lupdate puts them in our .ts files; our translator is
installed after Qt's (ui.i18n.install), so it is asked first and fills the gaps."""

from ui.qt import QT_TRANSLATE_NOOP

STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QFileDialog", "Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Alias"),
    QT_TRANSLATE_NOOP("QFileDialog", "Shortcut"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Previous Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Next Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Today"),
)
