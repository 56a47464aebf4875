// The layers around Flatten that issue 13 (part A) added, by their named rules: transposed
// convolutions' output_padding and shape formula, GroupNorm's divisibility, InstanceNorm's ranks
// and running stats, F.pad's limits, Upsample's modes and ranks, the shuffles' divisibility,
// PReLU's channel count. Expected texts come from running PyTorch 1.13; the broad proof is the
// golden data (tst_golden_trace.cpp, tst_golden_values.cpp).
#include "ft_test.h"
#include "module_test_util.h"

#include "engine/error.h"
#include "engine/module.h"

#include <QTest>

using ft::Arguments;
using ft::Shape;
using ft::Value;

Q_DECLARE_METATYPE(ft::Shape)

using namespace fttest::modules;

class LayerRulesTest : public QObject
{
    Q_OBJECT

private slots:
    // The autoencoder's decoder: each ConvTranspose2d(k=4, s=2, p=1) doubles the size.
    void convTransposeDoublesWithKernelFourStrideTwoPaddingOne()
    {
        const auto up = make("ConvTranspose2d", {v(16), v(8), v(4)}, {{"stride", v(2)}, {"padding", v(1)}});
        QCOMPARE(up->outputShape({4, 16, 7, 7}), (Shape{4, 8, 14, 14}));
        QCOMPARE(up->outputShape({16, 7, 7}), (Shape{8, 14, 14}));
        QCOMPARE(up->parameterCount(), std::int64_t(16 * 8 * 4 * 4 + 8));
        QCOMPARE(up->repr(), std::string("ConvTranspose2d(16, 8, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1))"));
    }

    void convTransposeOutputPaddingMustBeSmallerThanStrideOrDilation_data()
    {
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<int>("outputPadding");
        QTest::addColumn<Shape>("output"); // empty: raises
        QTest::newRow("below stride") << 2 << 1 << 1 << Shape{1, 2, 12, 12};
        QTest::newRow("equal to stride and dilation") << 2 << 1 << 2 << Shape{};
        QTest::newRow("unstrided") << 1 << 1 << 1 << Shape{};
        QTest::newRow("below dilation") << 1 << 2 << 1 << Shape{1, 2, 10, 10};
    }
    void convTransposeOutputPaddingMustBeSmallerThanStrideOrDilation()
    {
        QFETCH(int, stride);
        QFETCH(int, dilation);
        QFETCH(int, outputPadding);
        QFETCH(Shape, output);
        const auto m = make("ConvTranspose2d", {v(3), v(2), v(3)},
                            {{"stride", v(stride)}, {"dilation", v(dilation)}, {"output_padding", v(outputPadding)}});
        if (!output.empty()) {
            QCOMPARE(m->outputShape({1, 3, 5, 5}), output);
            return;
        }
        const std::string n = std::to_string(outputPadding), s = std::to_string(stride), d = std::to_string(dilation);
        QCOMPARE(errorOf([&] { m->outputShape({1, 3, 5, 5}); }),
                 "RuntimeError: output padding must be smaller than either stride or dilation, but got output_padding_height: "
                     + n + " output_padding_width: " + n + " stride_height: " + s + " stride_width: " + s
                     + " dilation_height: " + d + " dilation_width: " + d);
    }

    void convTransposeRefusesPaddingModesAndNamesTransposedChannels()
    {
        QCOMPARE(errorOf([] { make("ConvTranspose1d", {v(3), v(2), v(3)}, {{"padding_mode", v("reflect")}}); }),
                 std::string("ValueError: Only \"zeros\" padding mode is supported for ConvTranspose1d"));
        const auto m = make("ConvTranspose1d", {v(4), v(6), v(3)});
        QCOMPARE(errorOf([&] { m->outputShape({2, 3, 9}); }),
                 std::string("RuntimeError: Given transposed=1, weight of size [4, 6, 3], expected input[2, 3, 9] to have 4 "
                             "channels, but got 3 channels instead"));
    }

    void groupNormNeedsGroupsDividingChannels()
    {
        QCOMPARE(errorOf([] { make("GroupNorm", {v(4), v(6)}); }),
                 std::string("ValueError: num_channels must be divisible by num_groups"));
        QCOMPARE(errorOf([] { make("GroupNorm", {v(0), v(6)}); }), std::string("ZeroDivisionError: integer modulo by zero"));
        const auto m = make("GroupNorm", {v(3), v(6)});
        QCOMPARE(m->outputShape({2, 6, 4}), (Shape{2, 6, 4}));
        QCOMPARE(m->parameterCount(), std::int64_t(12));
        QCOMPARE(errorOf([&] { m->outputShape({2, 5, 4}); }),
                 std::string("RuntimeError: Expected number of channels in input to be divisible by num_groups, but got input "
                             "of shape [2, 5, 4] and num_groups=3"));
    }

    void instanceNormTakesUnbatchedInputAndNeedsSpatialElements()
    {
        const auto m = make("InstanceNorm1d", {v(3)});
        QCOMPARE(m->outputShape({3, 4}), (Shape{3, 4}));
        QCOMPARE(errorOf([&] { m->outputShape({2, 3, 4, 5}); }), std::string("ValueError: expected 2D or 3D input (got 4D input)"));
        QCOMPARE(errorOf([&] { m->outputShape({3, 1}); }),
                 std::string("ValueError: Expected more than 1 spatial element when training, got input size "
                             "torch.Size([1, 3, 1])"));
        // With running stats, eval mode normalises with them and needs no spatial statistics.
        const auto tracked = make("InstanceNorm1d", {v(3)}, {{"track_running_stats", v(true)}});
        QCOMPARE(tracked->outputShape({2, 3, 1}), (Shape{2, 3, 1}));
        // Its messages count the N*C channels F.instance_norm folds the batch into.
        const auto affine = make("InstanceNorm2d", {v(4)}, {{"affine", v(true)}});
        QCOMPARE(errorOf([&] { affine->outputShape({2, 3, 4, 5}); }),
                 std::string("RuntimeError: weight should contain 6 elements not 8"));
    }

    void batchNorm3dWantsFiveDimensions()
    {
        const auto m = make("BatchNorm3d", {v(3)});
        QCOMPARE(m->outputShape({2, 3, 4, 5, 6}), (Shape{2, 3, 4, 5, 6}));
        QCOMPARE(errorOf([&] { m->outputShape({3, 4, 5, 6}); }), std::string("ValueError: expected 5D input (got 4D input)"));
    }

    void reflectionPadMustBeSmallerThanTheInput()
    {
        const auto m = make("ReflectionPad1d", {v(4)});
        QCOMPARE(errorOf([&] { m->outputShape({2, 3, 4}); }),
                 std::string("RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, "
                             "but got: padding (4, 4) at dimension 2 of input [2, 3, 4]"));
        QCOMPARE(make("ReflectionPad1d", {v(3)})->outputShape({2, 3, 4}), (Shape{2, 3, 10}));
        QCOMPARE(errorOf([&] { m->outputShape({4}); }),
                 std::string("NotImplementedError: Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now"));
    }

    void constantPadNarrowsOnNegativePadding()
    {
        QCOMPARE(make("ZeroPad2d", {v(-1)})->outputShape({2, 3, 4}), (Shape{2, 1, 2}));
        QCOMPARE(make("ConstantPad2d", {tuple({v(-2), v(-2)}), v(1)})->outputShape({2, 3, 4}), (Shape{2, 3, 0}));
        QCOMPARE(errorOf([] { make("ConstantPad2d", {tuple({v(-4), v(0), v(1), v(0)}), v(1)})->outputShape({2, 3, 4}); }),
                 std::string("RuntimeError: The input size 4, plus negative padding -4 and 0 resulted in a negative output "
                             "size, which is invalid. Check dimension 2 of your input."));
        QCOMPARE(errorOf([] { make("ZeroPad2d", {tuple({v(1), v(2), v(3)})})->outputShape({2, 3, 4}); }),
                 std::string("RuntimeError: Padding length must be divisible by 2"));
    }

    void upsampleModesNeedTheirRanks_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Shape>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("bilinear on 4-d") << "bilinear" << Shape{2, 3, 4, 5} << "";
        QTest::newRow("bilinear on 3-d") << "bilinear" << Shape{2, 3, 4} << "Got 3D input, but bilinear mode needs 4D input";
        QTest::newRow("linear on 4-d") << "linear" << Shape{2, 3, 4, 5} << "Got 4D input, but linear mode needs 3D input";
        QTest::newRow("trilinear on 5-d") << "trilinear" << Shape{1, 2, 3, 4, 5} << "";
        QTest::newRow("bicubic on 5-d") << "bicubic" << Shape{1, 2, 3, 4, 5}
                                        << "Input Error: Only 3D, 4D and 5D input Tensors supported (got 5D) for the modes: "
                                           "nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got bicubic)";
    }
    void upsampleModesNeedTheirRanks()
    {
        QFETCH(QString, mode);
        QFETCH(Shape, input);
        QFETCH(QString, error);
        const std::string modeText = mode.toStdString();
        const auto m = make("Upsample", {}, {{"scale_factor", v(2)}, {"mode", v(modeText.c_str())}});
        if (error.isEmpty()) {
            Shape doubled = input;
            for (size_t i = 2; i < doubled.size(); ++i)
                doubled[i] *= 2;
            QCOMPARE(m->outputShape(input), doubled);
        } else {
            QCOMPARE(errorOf([&] { m->outputShape(input); }), "NotImplementedError: " + error.toStdString());
        }
    }

    void upsampleAlignCornersOnlyForInterpolatingModes()
    {
        const auto m = make("Upsample", {}, {{"scale_factor", v(2)}, {"align_corners", v(true)}});
        QCOMPARE(errorOf([&] { m->outputShape({2, 3, 4, 5}); }),
                 std::string("ValueError: align_corners option can only be set with the interpolating modes: linear | "
                             "bilinear | bicubic | trilinear"));
        QCOMPARE(make("Upsample", {}, {{"scale_factor", v(0.5)}})->repr(), std::string("Upsample(scale_factor=0.5, mode=nearest)"));
        QCOMPARE(make("UpsamplingBilinear2d", {v(3)})->repr(), std::string("UpsamplingBilinear2d(size=3, mode=bilinear)"));
    }

    void pixelShuffleNeedsChannelsDivisibleBySquare()
    {
        const auto m = make("PixelShuffle", {v(2)});
        QCOMPARE(m->outputShape({2, 8, 3, 4}), (Shape{2, 2, 6, 8}));
        QCOMPARE(errorOf([&] { m->outputShape({2, 7, 3, 4}); }),
                 std::string("RuntimeError: pixel_shuffle expects its input's 'channel' dimension to be divisible by the square "
                             "of upscale_factor, but input.size(-3)=7 is not divisible by 4"));
        QCOMPARE(make("PixelUnshuffle", {v(2)})->outputShape({2, 2, 4, 6}), (Shape{2, 8, 2, 3}));
    }

    // Shuffling and unshuffling by the same factor puts every value back where it was.
    void pixelUnshuffleUndoesPixelShuffle()
    {
        const ft::Tensor x = ft::Tensor::arange({1, 8, 2, 3});
        const ft::Tensor y = make("PixelUnshuffle", {v(2)})->forward(make("PixelShuffle", {v(2)})->forward(x));
        QCOMPARE(y.sizes(), x.sizes());
        QCOMPARE(y.values(), x.values());
    }

    void preluWeightsMatchChannelsOrAreOne()
    {
        QCOMPARE(make("PReLU", {v(3)})->outputShape({2, 3, 5}), (Shape{2, 3, 5}));
        QCOMPARE(make("PReLU")->outputShape({}), Shape{});
        QCOMPARE(errorOf([] { make("PReLU", {v(2)})->outputShape({2, 3}); }),
                 std::string("RuntimeError: Mismatch of parameter numbers and input channel size. Found parameter numbers = 2 "
                             "and channel size = 3."));
        QCOMPARE(errorOf([] { make("PReLU", {v(2)})->outputShape({}); }),
                 std::string("RuntimeError: Not allow zero-dim input tensor."));
    }

    void hardtanhAssertsMaxAboveMin()
    {
        QCOMPARE(errorOf([] { make("Hardtanh", {v(1), v(-1)}); }), std::string("AssertionError: "));
        QCOMPARE(make("Hardtanh")->repr(), std::string("Hardtanh(min_val=-1.0, max_val=1.0)"));
        QCOMPARE(errorOf([] { make("Softmax2d")->outputShape({2, 3}); }),
                 std::string("AssertionError: Softmax2d requires a 3D or 4D tensor as input"));
    }
};

FT_REGISTER_TEST(LayerRulesTest)
#include "tst_layer_rules.moc"
