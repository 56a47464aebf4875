// cli_output.h — what every headless subcommand shares: its exit codes and unbuffered output.
//
//     if (!ok) return ft::cli::usageError("trace", "--input is required");   // exit 2
#pragma once

#include <cstdio>
#include <string>

namespace ft::cli {

constexpr int kExitSuccess = 0;
constexpr int kExitModelRaised = 1; // trace: the model raised; check-content: problems found
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;    // a bug in flatten-tutor itself

// Written with stdio and flushed at once, so text interleaves correctly with a caller's reads.
inline void writeOut(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

inline void writeErr(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

// Prints "flatten-tutor <subcommand>: <message>" and where to find help; returns kExitUsage.
inline int usageError(const std::string &subcommand, const std::string &message)
{
    writeErr("flatten-tutor " + subcommand + ": " + message + "\nTry 'flatten-tutor " + subcommand + " --help'.\n");
    return kExitUsage;
}

} // namespace ft::cli
