// demo_cnn.h — the training demo's small CNN in four versions that differ ONLY in how the
// convolution's features are flattened before the classifier.
//
//     Conv2d(1, 16, 3, padding=1) -> ReLU -> MaxPool2d(2) -> <flatten variant> ->
//     Linear(F, 64) -> ReLU -> Linear(64, 10)
//
// Variants (each with the PyTorch line that causes it and one line on what it does to training):
//     correct        nn.Flatten()                          one row per image
//     mix-batch      x.view(-1, x.size(0)).t()             every row mixes all images of the batch
//     truncate       torch.flatten(x, 1)[:, :16]           keeps one channel, drops 15 of 16
//     channels-last  x.permute(0, 2, 3, 1).flatten(1)      same per-image reordering: still learns
//
//     DemoCnn model(FlattenVariant::Truncate, CnnConfig{}, /*seed*/ 7);
//     Var logits = model.forward(images);   // (N, 10)
#pragma once

#include "engine/train/autograd.h"
#include "engine/train/layers.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ft::train {

enum class FlattenVariant { Correct, MixBatch, Truncate, ChannelsLast };

struct VariantInfo
{
    FlattenVariant variant;
    const char *key;         // command-line name: "mix-batch"
    const char *title;       // "Mixes the batch"
    const char *snippet;     // the PyTorch code of the flattening step (a few lines)
    const char *explanation; // one line: what the bug does to the model
};

// All variants, correct first.
const std::vector<VariantInfo> &flattenVariants();
const VariantInfo &variantInfo(FlattenVariant variant);
std::optional<FlattenVariant> variantFromKey(std::string_view key);

// Sizes of the demo CNN; tests shrink them, the demo uses the defaults.
struct CnnConfig
{
    int inChannels = 1;
    int imageSize = 8;    // square input images
    int convChannels = 16;
    int hidden = 64;
    int classes = 10;

    int pooledSize() const { return imageSize / 2; }
    int flatFeatures() const { return convChannels * pooledSize() * pooledSize(); }
    // Features the classifier sees: all of them, or one channel's map for the truncate bug.
    int classifierInputs(FlattenVariant variant) const
    {
        return variant == FlattenVariant::Truncate ? pooledSize() * pooledSize() : flatFeatures();
    }
};

// The one step the variants change: (N, C, H, W) features -> (N, F) rows for the classifier.
Var flattenFeatures(const Var &features, FlattenVariant variant, const CnnConfig &config);

class DemoCnn
{
public:
    // Initialises every layer like PyTorch's defaults from Rng(seed).
    DemoCnn(FlattenVariant variant, const CnnConfig &config, std::uint64_t seed);

    // images (N, inChannels, imageSize, imageSize) -> logits (N, classes)
    Var forward(const Var &images) const;
    // conv.weight, conv.bias, fc1.weight, fc1.bias, fc2.weight, fc2.bias (PyTorch's named order)
    std::vector<Var> parameters() const;
    FlattenVariant variant() const { return m_variant; }
    const CnnConfig &config() const { return m_config; }
    // Like print(model) for the layers (the flattening step is code in forward()).
    std::string repr() const;

private:
    FlattenVariant m_variant;
    CnnConfig m_config;
    Rng m_rng;
    Conv2d m_conv;
    Linear m_fc1;
    Linear m_fc2;
};

} // namespace ft::train
