#include "engine/train/layers.h"

#include <cmath>

namespace ft::train {

std::vector<float> uniformValues(std::size_t count, float bound, Rng &rng)
{
    std::vector<float> values(count);
    for (float &v : values)
        v = rng.uniform(-bound, bound);
    return values;
}

Conv2d::Conv2d(int inChannels, int outChannels, int kernel, Rng &rng, int stride, int padding)
    : m_stride(stride), m_padding(padding)
{
    const int fanIn = inChannels * kernel * kernel;
    const float bound = 1.0f / std::sqrt(float(fanIn));
    m_weight = Var::parameter({outChannels, inChannels, kernel, kernel},
                              uniformValues(std::size_t(outChannels * fanIn), bound, rng));
    m_bias = Var::parameter({outChannels}, uniformValues(std::size_t(outChannels), bound, rng));
}

std::string Conv2d::repr() const
{
    const std::string k = std::to_string(m_weight.size(2));
    std::string text = "Conv2d(" + std::to_string(m_weight.size(1)) + ", " + std::to_string(m_weight.size(0))
        + ", kernel_size=(" + k + ", " + k + "), stride=(" + std::to_string(m_stride) + ", " + std::to_string(m_stride) + ")";
    if (m_padding)
        text += ", padding=(" + std::to_string(m_padding) + ", " + std::to_string(m_padding) + ")";
    return text + ")";
}

Linear::Linear(int inFeatures, int outFeatures, Rng &rng)
{
    const float bound = 1.0f / std::sqrt(float(inFeatures));
    m_weight = Var::parameter({outFeatures, inFeatures}, uniformValues(std::size_t(outFeatures * inFeatures), bound, rng));
    m_bias = Var::parameter({outFeatures}, uniformValues(std::size_t(outFeatures), bound, rng));
}

std::string Linear::repr() const
{
    return "Linear(in_features=" + std::to_string(m_weight.size(1)) + ", out_features=" + std::to_string(m_weight.size(0))
        + ", bias=True)";
}

} // namespace ft::train
