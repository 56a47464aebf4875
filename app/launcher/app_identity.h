#pragma once
// What the launcher (app/main.cpp) and the window module (app/gui_module.cpp) share: the
// application's identity and its GUI options, so `flatten-tutor --help` describes the same
// options the window accepts.
class QCommandLineParser;

namespace ft::app {

void setApplicationIdentity();
void addGuiOptions(QCommandLineParser &parser);

} // namespace ft::app
