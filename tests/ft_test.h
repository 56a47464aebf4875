// ft_test.h — one test executable per layer, one ctest entry per test class.
//
// Each test file defines a QObject test class and registers it:
//     class TensorTest : public QObject { Q_OBJECT ... };
//     FT_REGISTER_TEST(TensorTest)
//     #include "tst_tensor.moc"
// `tst_engine TensorTest [qtest options]` runs one class; `tst_engine` alone runs them all.
#pragma once

#include <QObject>

#include <functional>
#include <utility>
#include <vector>

namespace fttest {

using TestFactory = std::function<QObject *()>;

inline std::vector<std::pair<const char *, TestFactory>> &registry()
{
    static std::vector<std::pair<const char *, TestFactory>> tests;
    return tests;
}

struct Registrar
{
    Registrar(const char *name, TestFactory factory) { registry().emplace_back(name, std::move(factory)); }
};

} // namespace fttest

#define FT_REGISTER_TEST(Class) \
    static const fttest::Registrar ftRegistrar##Class(#Class, [] { return new Class; });
