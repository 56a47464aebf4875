// Helpers shared by the module tests: Python values written briefly, a module built as
// nn.<name>(*positional, **keyword) would build it, and the "Type: message" an engine call raises.
//
//     make("Conv2d", {v(3), v(16), v(3)}, {{"stride", v(2)}});
//     errorOf([&] { m->outputShape({2, 3}); }) == "RuntimeError: ...";
#pragma once

#include "engine/error.h"
#include "engine/module.h"

#include <string>
#include <utility>
#include <vector>

namespace fttest::modules {

inline ft::Value v(int x) { return ft::Value{std::int64_t(x)}; }
inline ft::Value v(std::int64_t x) { return ft::Value{x}; }
inline ft::Value v(double x) { return ft::Value{x}; }
inline ft::Value v(bool x) { return ft::Value{x}; }
inline ft::Value v(const char *x) { return ft::Value{std::string(x)}; }
inline ft::Value tuple(std::vector<ft::Value> items) { return ft::Value{ft::SequenceValue{std::move(items), false}}; }
inline ft::Value module(ft::ModulePtr m) { return ft::Value{std::move(m)}; }

inline ft::ModulePtr make(const char *name, std::vector<ft::Value> positional = {},
                          std::vector<std::pair<std::string, ft::Value>> keyword = {})
{
    return ft::createModule(name, ft::Arguments{std::move(positional), std::move(keyword)});
}

// Runs f and returns "Type: message" of the TorchError it throws ("" when it does not throw).
template <typename F>
std::string errorOf(F f)
{
    try {
        f();
    } catch (const ft::TorchError &e) {
        return e.type() + ": " + e.message();
    }
    return {};
}

} // namespace fttest::modules
