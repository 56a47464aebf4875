// worksheet_command.h — `flatten-tutor worksheet (--bank FILE | --set N) -o sheet.pdf [--answers]`.
//
// Runs inside the window module (it needs QtGui to lay out and draw the PDF), so the launcher's
// headless commands stay free of Qt GUI libraries; the module's flattenTutorRunWorksheet entry
// makes a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise) and calls this.
// Exit status: 0 written; 1 the bank has problems or the PDF cannot be written; 2 a usage error.
#pragma once

#include <QStringList>

namespace ft::worksheet {

int runWorksheetCommand(const QStringList &arguments);

} // namespace ft::worksheet
