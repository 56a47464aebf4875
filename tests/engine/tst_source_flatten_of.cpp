// flattenOf(step): which torch.flatten a traced step performed, for the GUI's Flatten animation.
// Each row writes one reshape in a forward(); the expected dims are the ones the code itself names
// (torch.flatten(x, 1) merges dims 1..3 of a 4-d input), and a reshape that re-cuts the batch or an
// op that is not a reshape must give none, so the animation never shows a flatten that did not happen.
#include "ft_test.h"

#include "engine/source/source_trace.h"

#include <QTest>

namespace {

std::string forwardWith(const std::string &line)
{
    return "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n"
           "    def __init__(self):\n        super().__init__()\n        self.flatten = nn.Flatten()\n"
           "        self.conv = nn.Conv2d(16, 16, 1)\n\n"
           "    def forward(self, x):\n        return " + line + "\n";
}

} // namespace

class SourceFlattenOfTest : public QObject
{
    Q_OBJECT

private slots:
    void reshapesThatMergeNeighboursAreFlattens_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("start"); // -1: no flatten to animate
        QTest::addColumn<int>("end");
        QTest::newRow("torch.flatten(x, 1)") << "torch.flatten(x, 1)" << 1 << 3;
        QTest::newRow("torch.flatten(x)") << "torch.flatten(x)" << 0 << 3;
        QTest::newRow("x.flatten(2)") << "x.flatten(2)" << 2 << 3;
        QTest::newRow("nn.Flatten()") << "self.flatten(x)" << 1 << 3;
        QTest::newRow("view(x.size(0), -1)") << "x.view(x.size(0), -1)" << 1 << 3;
        QTest::newRow("reshape(4, 16, 25)") << "x.reshape(4, 16, 25)" << 2 << 3;
        QTest::newRow("torch.reshape(x, (64, 5, 5))") << "torch.reshape(x, (64, 5, 5))" << 0 << 1;
        QTest::newRow("reshape(64, 25) merges twice") << "torch.reshape(x, (64, 25))" << -1 << -1;
        QTest::newRow("view(-1, 200) re-cuts the batch") << "x.view(-1, 200)" << -1 << -1;
        QTest::newRow("permute is not a reshape") << "x.permute(0, 2, 3, 1)" << -1 << -1;
        QTest::newRow("a convolution is not a reshape") << "self.conv(x)" << -1 << -1;
    }

    void reshapesThatMergeNeighboursAreFlattens()
    {
        QFETCH(QString, call);
        QFETCH(int, start);
        QFETCH(int, end);
        const ft::source::SourceTrace trace = ft::source::traceSource({4, 16, 5, 5}, forwardWith(call.toStdString()));
        QVERIFY(trace.succeeded);
        QCOMPARE(trace.steps.size(), size_t(1));
        const std::optional<ft::FlattenReport> report = ft::source::flattenOf(trace.steps[0]);
        QCOMPARE(report.has_value(), start >= 0);
        if (!report)
            return;
        QCOMPARE(report->input, (ft::Shape{4, 16, 5, 5}));
        QCOMPARE(*report->start, ft::Dim(start));
        QCOMPARE(*report->end, ft::Dim(end));
        QCOMPARE(*report->output, trace.steps[0].outputs[0]);
    }
};

FT_REGISTER_TEST(SourceFlattenOfTest)
#include "tst_source_flatten_of.moc"
