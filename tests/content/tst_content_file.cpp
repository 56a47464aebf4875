// Reading content files safely (binary, not UTF-8, too large) and the shape syntax authors write.
#include "ft_test.h"

#include "content/content_file.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::content;

class ContentFileTest : public QObject
{
    Q_OBJECT

private slots:
    void binaryFileIsRefusedAtItsFirstNulByte()
    {
        ContentProblems problems;
        QVERIFY(!decodeContentBytes(QByteArray("ab\ncd\0ef", 8), QStringLiteral("x.md"), problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 2);
        QCOMPARE(problems.first().column, 3);
        QVERIFY(problems.first().message.startsWith(QStringLiteral("binary file")));
    }

    void invalidUtf8IsRefusedWithItsPosition_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("latin-1 e-acute") << QByteArray("---\ncaf\xe9\n") << 2 << 4;
        QTest::newRow("truncated sequence at the end") << QByteArray("ok \xe2\x82") << 1 << 4;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << 1 << 2;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 1 << 1;
        QTest::newRow("after a valid multibyte char") << QByteArray("\xc3\xa9\xff") << 1 << 2;
    }

    void invalidUtf8IsRefusedWithItsPosition()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        ContentProblems problems;
        QVERIFY(!decodeContentBytes(bytes, QStringLiteral("x.md"), problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, line);
        QCOMPARE(problems.first().column, column);
        QVERIFY(problems.first().message.startsWith(QStringLiteral("not UTF-8 text")));
    }

    void utf8WithBomDecodes()
    {
        ContentProblems problems;
        const auto text = decodeContentBytes(QByteArray("\xef\xbb\xbf" "caf\xc3\xa9 \xf0\x9f\x98\x80"), QStringLiteral("x.md"), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(*text, QStringLiteral("café 😀"));
    }

    void tooLargeFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2000, 'a'));
        file.close();
        ContentProblems problems;
        QVERIFY(!readContentFile(path, problems, 1000));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.startsWith(QStringLiteral("file too large: 2000 bytes, the limit is 1000 bytes")));
        problems.clear();
        QVERIFY(readContentFile(path, problems, 2000).has_value());
    }

    void missingFileIsAProblemNotACrash()
    {
        ContentProblems problems;
        QVERIFY(!readContentFile(QStringLiteral("/nonexistent/dir/x.md"), problems, 1000));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.startsWith(QStringLiteral("cannot read the file")));
    }

    void shapeTextParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::newRow("bare") << "32, 3, 28, 28" << QList<qint64>{32, 3, 28, 28};
        QTest::newRow("tuple") << "(32, 2352)" << QList<qint64>{32, 2352};
        QTest::newRow("one-tuple trailing comma") << "(5,)" << QList<qint64>{5};
        QTest::newRow("list") << "[2,3]" << QList<qint64>{2, 3};
        QTest::newRow("0-d") << "()" << QList<qint64>{};
        QTest::newRow("zero size") << "0, 4" << QList<qint64>{0, 4};
        // Issue 12: content accepts what the engine (and `trace --input`) accepts.
        QTest::newRow("trailing comma like the engine") << "5," << QList<qint64>{5};
        QTest::newRow("17 dims like the engine") << "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2" << QList<qint64>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2};
    }

    void shapeTextParses()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, shape);
        ShapeTextError error;
        const auto parsed = parseShapeText(text, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error.message));
        QCOMPARE(QList<qint64>(parsed->begin(), parsed->end()), shape);
    }

    void badShapeTextNamesTheColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("letter") << "32, x" << 5 << "expected a size (a whole number) but found 'x'";
        QTest::newRow("negative") << "32, -1" << 5 << "a size cannot be negative, found -1";
        QTest::newRow("missing comma") << "32 3" << 4 << "expected ',' but found '3'";
        QTest::newRow("unclosed") << "(32, 3" << 7 << "expected ',' or ')' in the shape but found the end of the shape";
        QTest::newRow("empty") << "" << 1 << "expected a shape such as 32, 3, 28, 28 (write () for a 0-d tensor)";
        QTest::newRow("too large") << "99999999999999999999" << 1 << "size '99999999999999999999' is too large (at most 9223372036854775807)";
        QTest::newRow("junk after") << "(1, 2) 3" << 8 << "expected the end of the shape after ')' but found '3'";
        // Issue 12: QChar::isDigit took Arabic-Indic digits as sizes.
        QTest::newRow("Unicode digit") << QStringLiteral("2, \u0663") << 4 << "expected a size (a whole number) but found a non-ASCII character";
        QTest::newRow("65 dims") << (QStringLiteral("1,").repeated(64) + QStringLiteral("1")) << 129
                                 << "too many dimensions: a shape may have at most 64";
    }

    void badShapeTextNamesTheColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        ShapeTextError error;
        QVERIFY(!parseShapeText(text, &error));
        QCOMPARE(error.message, message);
        QCOMPARE(error.column, column);
    }
};

FT_REGISTER_TEST(ContentFileTest)
#include "tst_content_file.moc"
