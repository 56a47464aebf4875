// layers.h — nn.Conv2d and nn.Linear with PyTorch's default initialisation and repr.
//
// PyTorch initialises both with kaiming_uniform_(a=sqrt(5)), which works out to
// U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for the weight, and the bias with the same bound
// (fan_in = in_channels * kH * kW for a convolution, in_features for a linear layer).
// Weights are drawn before the bias, layer by layer, from the caller's Rng.
//
//     Rng rng(0);
//     Conv2d conv(1, 16, 3, rng, 1, 1);      // Conv2d(1, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
//     Var y = conv(x);
#pragma once

#include "engine/train/autograd.h"
#include "engine/train/rng.h"

#include <string>

namespace ft::train {

// Fills `count` values from U(-bound, bound).
std::vector<float> uniformValues(std::size_t count, float bound, Rng &rng);

class Conv2d
{
public:
    Conv2d(int inChannels, int outChannels, int kernel, Rng &rng, int stride = 1, int padding = 0);
    Var operator()(const Var &x) const { return conv2d(x, m_weight, m_bias, m_stride, m_padding); }
    std::vector<Var> parameters() const { return {m_weight, m_bias}; }
    const Var &weight() const { return m_weight; }
    const Var &bias() const { return m_bias; }
    std::string repr() const;

private:
    Var m_weight;
    Var m_bias;
    int m_stride = 1;
    int m_padding = 0;
};

class Linear
{
public:
    Linear(int inFeatures, int outFeatures, Rng &rng);
    Var operator()(const Var &x) const { return linear(x, m_weight, m_bias); }
    std::vector<Var> parameters() const { return {m_weight, m_bias}; }
    const Var &weight() const { return m_weight; }
    const Var &bias() const { return m_bias; }
    std::string repr() const;

private:
    Var m_weight;
    Var m_bias;
};

} // namespace ft::train
