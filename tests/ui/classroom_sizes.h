#pragma once
// The window sizes and themes every classroom screenshot is taken at: a small projector's
// 1024x768 and full HD 1920x1080, light and dark (and, where asked, normal and presentation type).
// One table for every test that renders screens, so they all look at the same cases:
//     void screenshots_data() { addClassroomSizeRows(); }   // columns "size" (QSize), "dark" (bool)
//     QFETCH(QSize, size); QFETCH(bool, dark); ... classroomFileStem(size, dark) == "1024x768-dark"
#include <QList>
#include <QSize>
#include <QString>
#include <QTest>

inline const QList<QSize> &classroomSizes()
{
    static const QList<QSize> sizes{QSize(1024, 768), QSize(1920, 1080)};
    return sizes;
}

// "1024x768-dark": how file names and row tags spell a size and theme.
inline QString classroomFileStem(QSize size, bool dark)
{
    return QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

enum class WithPresentation { No, Yes };

// Adds the columns "size" and "dark" (and "presentation" with WithPresentation::Yes) and one row
// per case, tagged "1024x768-dark" (or "1024x768-dark-presentation").
inline void addClassroomSizeRows(WithPresentation withPresentation = WithPresentation::No)
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    if (withPresentation == WithPresentation::Yes)
        QTest::addColumn<bool>("presentation");
    for (const QSize size : classroomSizes()) {
        for (const bool dark : {false, true}) {
            if (withPresentation == WithPresentation::No) {
                QTest::newRow(qPrintable(classroomFileStem(size, dark))) << size << dark;
                continue;
            }
            for (const bool presentation : {false, true})
                QTest::newRow(qPrintable(classroomFileStem(size, dark) + (presentation ? QStringLiteral("-presentation") : QStringLiteral("-normal"))))
                    << size << dark << presentation;
        }
    }
}
