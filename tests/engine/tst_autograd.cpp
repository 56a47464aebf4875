// The training autograd against real PyTorch: every op's output and input gradients, the demo
// CNN's loss and parameter gradients for each flattening variant, SGD/Adam updates and a short
// Adam run, all from tests/golden/training_cases.json (written by generate_training_golden.py).
// Float32 here, float64 in the golden: values must agree within 1e-4 relative.
#include "ft_test.h"

#include "engine/train/autograd.h"
#include "engine/train/demo_cnn.h"
#include "engine/error.h"
#include "engine/train/optim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace ft::train;
using ft::Shape;

namespace {

QJsonObject golden()
{
    static const QJsonObject data = [] {
        QFile file(QStringLiteral(FT_TESTS_DIR "/golden/training_cases.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

Shape toShape(const QJsonValue &value)
{
    Shape shape;
    for (const QJsonValue &item : value.toArray())
        shape.push_back(item.toInteger());
    return shape;
}

std::size_t numel(const Shape &shape)
{
    std::size_t n = 1;
    for (auto d : shape)
        n *= std::size_t(d);
    return n;
}

// The generator's fill: float32(sin(0.5 + 0.731 i + 1.37 salt) * scale).
std::vector<float> fill(std::size_t n, int salt, double scale = 1.0)
{
    std::vector<float> values(n);
    for (std::size_t i = 0; i < n; ++i)
        values[i] = float(std::sin(0.5 + 0.731 * double(i) + 1.37 * salt) * scale);
    return values;
}

std::vector<float> fillSpec(const QJsonObject &spec)
{
    return fill(numel(toShape(spec.value("shape"))), spec.value("salt").toInt(), spec.value("scale").toDouble(1.0));
}

std::vector<double> toDoubles(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &item : value.toArray())
        out.push_back(item.toDouble());
    return out;
}

// |actual - expected| <= 1e-4 * max(|expected|, 1% of the tensor's largest magnitude): relative,
// with a floor so that an element that is ~0 in a tensor of large values does not demand more
// digits than float32 accumulation can give.
bool closeTo(const std::vector<float> &actual, const std::vector<double> &expected, QString *why)
{
    if (actual.size() != expected.size()) {
        *why = QStringLiteral("size %1, expected %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    double largest = 0;
    for (double e : expected)
        largest = std::max(largest, std::abs(e));
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double tolerance = 1e-4 * std::max(std::abs(expected[i]), 0.01 * largest) + 1e-12;
        if (!(std::abs(double(actual[i]) - expected[i]) <= tolerance)) {
            *why = QStringLiteral("element %1: %2, PyTorch %3").arg(i).arg(double(actual[i]), 0, 'g', 9).arg(expected[i], 0, 'g', 9);
            return false;
        }
    }
    return true;
}

#define COMPARE_VALUES(actual, expected, what)                                                                       \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2(closeTo(actual, expected, &why), qPrintable(QStringLiteral(what ": ") + why));                        \
    } while (false)

ft::train::FlattenVariant variantOf(const QString &key)
{
    const auto variant = variantFromKey(key.toStdString());
    if (!variant)
        qFatal("unknown variant in golden: %s", qPrintable(key));
    return *variant;
}

CnnConfig configOf(const QJsonObject &config)
{
    CnnConfig c;
    c.inChannels = config.value("in_channels").toInt();
    c.imageSize = config.value("image_size").toInt();
    c.convChannels = config.value("conv_channels").toInt();
    c.hidden = config.value("hidden").toInt();
    c.classes = config.value("classes").toInt();
    return c;
}

// A DemoCnn whose parameters are overwritten with the golden's fills.
DemoCnn goldenModel(const QJsonObject &record, FlattenVariant variant)
{
    DemoCnn model(variant, configOf(record.value("config").toObject()), 0);
    const QJsonArray specs = record.value("params").toArray();
    std::vector<Var> params = model.parameters();
    for (std::size_t i = 0; i < params.size(); ++i) {
        const QJsonObject spec = specs.at(qsizetype(i)).toObject();
        if (toShape(spec.value("shape")) != params[i].shape())
            qFatal("parameter %zu has shape %s, golden %s", i, ft::formatShape(params[i].shape()).c_str(),
                   ft::formatShape(toShape(spec.value("shape"))).c_str());
        params[i].mutableValue() = fillSpec(spec);
    }
    return model;
}

std::pair<Var, std::vector<int>> goldenBatch(const QJsonObject &record)
{
    const CnnConfig c = configOf(record.value("config").toObject());
    const int batch = record.value("config").toObject().value("batch").toInt();
    const Shape shape{batch, c.inChannels, c.imageSize, c.imageSize};
    std::vector<int> labels;
    for (const QJsonValue &label : record.value("labels").toArray())
        labels.push_back(label.toInt());
    return {Var::constant(shape, fill(numel(shape), record.value("images_salt").toInt())), labels};
}

QJsonObject findRecord(const char *section, const QString &name)
{
    for (const QJsonValue &value : golden().value(section).toArray()) {
        if (value.toObject().value("name").toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(QJsonObject)

class AutogradTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFileIsPresent()
    {
        QVERIFY2(golden().value("ops").toArray().size() >= 15, "tests/golden/training_cases.json is missing or short");
        QCOMPARE(golden().value("models").toArray().size(), 4);
    }

    void opMatchesPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("record");
        for (const QJsonValue &value : golden().value("ops").toArray())
            QTest::newRow(qPrintable(value.toObject().value("name").toString())) << value.toObject();
    }
    void opMatchesPyTorch()
    {
        QFETCH(QJsonObject, record);
        const QJsonObject inputs = record.value("inputs").toObject();
        const QJsonObject args = record.value("args").toObject();
        std::map<QString, Var> vars;
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            vars[it.key()] = Var::parameter(toShape(it.value().toObject().value("shape")), fillSpec(it.value().toObject()));
        const Var &x = vars["x"];
        const QString op = record.value("op").toString();
        Var out;
        if (op == "conv2d")
            out = conv2d(x, vars["weight"], vars["bias"], args.value("stride").toInt(), args.value("padding").toInt());
        else if (op == "linear")
            out = linear(x, vars["weight"], vars["bias"]);
        else if (op == "relu")
            out = relu(x);
        else if (op == "max_pool2d")
            out = maxPool2d(x, args.value("kernel").toInt());
        else if (op == "flatten")
            out = flatten(x, args.value("start").toInt(), args.value("end").toInt());
        else if (op == "reshape")
            out = reshape(x, toShape(args.value("shape")));
        else if (op == "view_batch_t")
            out = flattenFeatures(x, FlattenVariant::MixBatch, CnnConfig{});
        else if (op == "permute_flatten")
            out = flatten(permute(x, toShape(args.value("dims"))), 1, -1);
        else if (op == "narrow")
            out = narrow(x, args.value("dim").toInt(), args.value("start").toInt(), args.value("length").toInt());
        else if (op == "transpose")
            out = transpose(x, args.value("dim0").toInt(), args.value("dim1").toInt());
        else if (op == "cross_entropy") {
            std::vector<int> labels;
            for (const QJsonValue &label : args.value("labels").toArray())
                labels.push_back(label.toInt());
            out = crossEntropy(x, labels);
        } else
            QFAIL(qPrintable("unknown op " + op));

        const QJsonObject output = record.value("output").toObject();
        QCOMPARE(out.shape(), toShape(output.value("shape")));
        COMPARE_VALUES(out.value(), toDoubles(output.value("values")), "output");
        out.backward(fill(out.numel(), record.value("upstream").toInt()));
        const QJsonObject grads = record.value("grads").toObject();
        QCOMPARE(grads.size(), qsizetype(vars.size()));
        for (auto it = grads.begin(); it != grads.end(); ++it) {
            QString why;
            QVERIFY2(closeTo(vars[it.key()].grad(), toDoubles(it.value()), &why), qPrintable("grad " + it.key() + ": " + why));
        }
    }

    void demoModelGradientsMatchPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("record");
        for (const QJsonValue &value : golden().value("models").toArray())
            QTest::newRow(qPrintable(value.toObject().value("variant").toString())) << value.toObject();
    }
    void demoModelGradientsMatchPyTorch()
    {
        QFETCH(QJsonObject, record);
        const DemoCnn model = goldenModel(record, variantOf(record.value("variant").toString()));
        const auto [images, labels] = goldenBatch(record);
        Var loss = crossEntropy(model.forward(images), labels);
        COMPARE_VALUES(loss.value(), std::vector<double>{record.value("loss").toDouble()}, "loss");
        loss.backward();
        const char *names[] = {"conv.weight", "conv.bias", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"};
        const std::vector<Var> params = model.parameters();
        for (std::size_t i = 0; i < params.size(); ++i) {
            QString why;
            QVERIFY2(closeTo(params[i].grad(), toDoubles(record.value("grads").toObject().value(names[i])), &why),
                     qPrintable(QString::fromLatin1(names[i]) + ": " + why));
        }
    }

    void optimizerStepsMatchPyTorch_data()
    {
        QTest::addColumn<QJsonObject>("record");
        for (const QJsonValue &value : golden().value("optimizers").toArray())
            QTest::newRow(qPrintable(value.toObject().value("name").toString())) << value.toObject();
    }
    void optimizerStepsMatchPyTorch()
    {
        QFETCH(QJsonObject, record);
        Var p = Var::parameter({6}, fill(6, record.value("param_salt").toInt()));
        const QJsonObject o = record.value("options").toObject();
        std::unique_ptr<Optimizer> optimizer;
        if (record.value("kind").toString() == "sgd") {
            optimizer = std::make_unique<Sgd>(std::vector<Var>{p}, SgdOptions{.lr = float(o.value("lr").toDouble()),
                                                                               .momentum = float(o.value("momentum").toDouble()),
                                                                               .dampening = float(o.value("dampening").toDouble()),
                                                                               .weightDecay = float(o.value("weight_decay").toDouble()),
                                                                               .nesterov = o.value("nesterov").toBool()});
        } else {
            const QJsonArray betas = o.value("betas").toArray();
            optimizer = std::make_unique<Adam>(std::vector<Var>{p},
                                               AdamOptions{.lr = float(o.value("lr").toDouble()),
                                                           .beta1 = float(betas.isEmpty() ? 0.9 : betas.at(0).toDouble()),
                                                           .beta2 = float(betas.isEmpty() ? 0.999 : betas.at(1).toDouble()),
                                                           .eps = float(o.value("eps").toDouble(1e-8)),
                                                           .weightDecay = float(o.value("weight_decay").toDouble())});
        }
        const QJsonArray salts = record.value("grad_salts").toArray();
        const QJsonArray after = record.value("after_step").toArray();
        for (qsizetype step = 0; step < salts.size(); ++step) {
            optimizer->zeroGrad();
            p.backward(fill(6, salts.at(step).toInt())); // like p.grad = g in the generator
            optimizer->step();
            QString why;
            QVERIFY2(closeTo(p.value(), toDoubles(after.at(step)), &why), qPrintable(QStringLiteral("step %1: ").arg(step + 1) + why));
        }
    }

    void adamTrainingLossesMatchPyTorch()
    {
        const QJsonObject run = golden().value("training").toArray().at(0).toObject();
        const QJsonObject record = findRecord("models", QStringLiteral("demo cnn correct"));
        QVERIFY(!record.isEmpty());
        const DemoCnn model = goldenModel(record, FlattenVariant::Correct);
        const auto [images, labels] = goldenBatch(record);
        Adam optimizer(model.parameters(), AdamOptions{.lr = float(run.value("lr").toDouble())});
        std::vector<float> losses;
        for (int step = 0; step < 3; ++step) {
            optimizer.zeroGrad();
            Var loss = crossEntropy(model.forward(images), labels);
            loss.backward();
            optimizer.step();
            losses.push_back(loss.item());
        }
        COMPARE_VALUES(losses, toDoubles(run.value("losses")), "losses");
        QVERIFY2(losses[2] < losses[0], "three Adam steps on one batch must lower its loss");
    }

    void gradientsAccumulateUntilZeroed()
    {
        Var w = Var::parameter({2}, {1.0f, -2.0f});
        for (int i = 0; i < 2; ++i)
            relu(w).backward({3.0f, 3.0f});
        QCOMPARE(w.grad(), (std::vector<float>{6.0f, 0.0f}));
        w.zeroGrad();
        QCOMPARE(w.grad(), (std::vector<float>{0.0f, 0.0f}));
    }

    void noGradGuardRecordsNoGraph()
    {
        Var w = Var::parameter({2}, {1.0f, 2.0f});
        NoGradGuard guard;
        QVERIFY(!relu(w).requiresGrad());
    }

    void shapeErrorsUsePyTorchMessages_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("reshape") << 0 << "RuntimeError" << "shape '[-1, 5]' is invalid for input of size 12";
        QTest::newRow("two inferred dims") << 1 << "RuntimeError" << "only one dimension can be inferred";
        QTest::newRow("linear") << 2 << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied (32x256 and 16x64)";
        QTest::newRow("conv channels") << 3 << "RuntimeError"
                                       << "Given groups=1, weight of size [4, 1, 3, 3], expected input[2, 3, 8, 8] to have 1 "
                                          "channels, but got 3 channels instead";
        QTest::newRow("backward non-scalar") << 4 << "RuntimeError" << "grad can be implicitly created only for scalar outputs";
        QTest::newRow("narrow past end") << 5 << "RuntimeError" << "start (2) + length (5) exceeds dimension size (3).";
        QTest::newRow("target out of range") << 6 << "IndexError" << "Target 3 is out of bounds.";
        QTest::newRow("duplicate permute dims") << 7 << "RuntimeError" << "permute(): duplicate dims are not allowed.";
    }
    void shapeErrorsUsePyTorchMessages()
    {
        QFETCH(int, which);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const auto zeros = [](Shape shape) {
            std::size_t n = 1;
            for (auto d : shape)
                n *= std::size_t(d);
            return Var::parameter(shape, std::vector<float>(n, 0.0f));
        };
        try {
            switch (which) {
            case 0: reshape(zeros({12}), {-1, 5}); break;
            case 1: reshape(zeros({12}), {2, -1, -1}); break;
            case 2: linear(zeros({32, 256}), zeros({64, 16}), zeros({64})); break;
            case 3: conv2d(zeros({2, 3, 8, 8}), zeros({4, 1, 3, 3}), Var(), 1, 0); break;
            case 4: relu(zeros({3})).backward(); break;
            case 5: narrow(zeros({2, 3}), 1, 2, 5); break;
            case 6: crossEntropy(zeros({2, 3}), {0, 3}); break;
            case 7: permute(zeros({2, 3}), {0, 0}); break;
            }
            QFAIL("expected an error");
        } catch (const ft::TorchError &e) {
            QCOMPARE(QString::fromStdString(e.type()), type);
            QCOMPARE(QString::fromStdString(e.message()), message);
        }
    }
};

FT_REGISTER_TEST(AutogradTest)
#include "tst_autograd.moc"
