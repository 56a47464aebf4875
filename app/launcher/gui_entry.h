#pragma once
// The window lives in a module (flatten-tutor-gui) that the launcher loads only when no
// subcommand is given, so headless commands such as `trace` never load Qt Widgets, Charts or
// OpenGL. These are the module's entry points (the window, and subcommands that need Qt GUI).
//
// startedAtMs: QElapsedTimer::msecsSinceReference() of a timer started first thing in main(), so the
// FT_STARTUP_PROBE measurement (tests/bench/bench_startup) still counts from process start.

#define FT_GUI_ENTRY_SYMBOL "flattenTutorRunGui"

extern "C" {
using FlattenTutorRunGui = int (*)(int argc, char **argv, long long startedAtMs);
}
