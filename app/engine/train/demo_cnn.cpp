#include "engine/train/demo_cnn.h"

// Marks the titles and explanations for Qt Linguist: lupdate collects them, and the Training screen
// shows them through QCoreApplication::translate("ft::train", ...). The engine itself stays Qt-free.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace ft::train {

const std::vector<VariantInfo> &flattenVariants()
{
    static const std::vector<VariantInfo> all{
        {FlattenVariant::Correct, "correct", QT_TRANSLATE_NOOP("ft::train", "nn.Flatten()"),
         "self.flatten = nn.Flatten()   # start_dim=1\n"
         "self.fc1 = nn.Linear(16 * 4 * 4, 64)\n"
         "...\n"
         "x = self.flatten(x)   # (N,16,4,4) -> (N,256)",
         QT_TRANSLATE_NOOP("ft::train", "Each row holds exactly one image's 256 features, so every label stays next to its own image.")},
        {FlattenVariant::MixBatch, "mix-batch", QT_TRANSLATE_NOOP("ft::train", "Mixes the batch"),
         "self.fc1 = nn.Linear(16 * 4 * 4, 64)\n"
         "...\n"
         "x = x.view(-1, x.size(0)).t()   # (N, 256)",
         QT_TRANSLATE_NOOP("ft::train", "view(-1, N) ignores where one image ends: every row gets a few features from every image in "
         "the batch, so labels no longer match their features and the model can only guess.")},
        {FlattenVariant::Truncate, "truncate", QT_TRANSLATE_NOOP("ft::train", "Truncated features"),
         "self.fc1 = nn.Linear(4 * 4, 64)   # forgot C=16\n"
         "...\n"
         "x = torch.flatten(x, 1)[:, :16]   # 'fix'",
         QT_TRANSLATE_NOOP("ft::train", "Slicing to 16 features silences the shape error but keeps only the first channel's 4x4 map: "
         "15 of the 16 filters are thrown away.")},
        {FlattenVariant::ChannelsLast, "channels-last", QT_TRANSLATE_NOOP("ft::train", "Channels last"),
         "self.fc1 = nn.Linear(16 * 4 * 4, 64)\n"
         "...\n"
         "x = x.permute(0, 2, 3, 1).flatten(1)   # (N, 256)",
         QT_TRANSLATE_NOOP("ft::train", "The features are reordered the same way in every image, so each row is still one whole "
         "image: it learns as well as nn.Flatten(), but its weights won't load into the other model.")},
    };
    return all;
}

const VariantInfo &variantInfo(FlattenVariant variant)
{
    return flattenVariants()[std::size_t(variant)];
}

std::optional<FlattenVariant> variantFromKey(std::string_view key)
{
    for (const VariantInfo &info : flattenVariants()) {
        if (key == info.key)
            return info.variant;
    }
    return std::nullopt;
}

Var flattenFeatures(const Var &x, FlattenVariant variant, const CnnConfig &config)
{
    switch (variant) {
    case FlattenVariant::Correct:
        return flatten(x, 1, -1);
    case FlattenVariant::MixBatch:
        return transpose(reshape(x, {-1, x.size(0)}), 0, 1);
    case FlattenVariant::Truncate:
        return narrow(flatten(x, 1, -1), 1, 0, config.classifierInputs(variant));
    case FlattenVariant::ChannelsLast:
        return flatten(permute(x, {0, 2, 3, 1}), 1, -1);
    }
    return flatten(x, 1, -1);
}

DemoCnn::DemoCnn(FlattenVariant variant, const CnnConfig &config, std::uint64_t seed)
    : m_variant(variant)
    , m_config(config)
    , m_rng(seed)
    , m_conv(config.inChannels, config.convChannels, 3, m_rng, 1, 1)
    , m_fc1(config.classifierInputs(variant), config.hidden, m_rng)
    , m_fc2(config.hidden, config.classes, m_rng)
{
}

Var DemoCnn::forward(const Var &images) const
{
    const Var features = maxPool2d(relu(m_conv(images)), 2);
    return m_fc2(relu(m_fc1(flattenFeatures(features, m_variant, m_config))));
}

std::vector<Var> DemoCnn::parameters() const
{
    return {m_conv.weight(), m_conv.bias(), m_fc1.weight(), m_fc1.bias(), m_fc2.weight(), m_fc2.bias()};
}

std::string DemoCnn::repr() const
{
    return "DemoCnn(\n  (conv): " + m_conv.repr() + "\n  (pool): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, "
           "ceil_mode=False)\n  (fc1): " + m_fc1.repr() + "\n  (fc2): " + m_fc2.repr() + "\n)";
}

} // namespace ft::train
