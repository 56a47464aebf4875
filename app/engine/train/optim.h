// optim.h — torch.optim.SGD and torch.optim.Adam, with PyTorch 1.13's update formulas.
//
// SGD:  d = g + wd*p;  buf = d (first step) or momentum*buf + (1-dampening)*d;
//       d = nesterov ? d + momentum*buf : buf;  p -= lr*d
// Adam: g += wd*p;  m = b1*m + (1-b1)*g;  v = b2*v + (1-b2)*g*g;
//       p -= (lr / (1-b1^t)) * m / (sqrt(v)/sqrt(1-b2^t) + eps)
//
//     Adam opt(model.parameters(), {.lr = 1e-2f});
//     opt.zeroGrad(); loss.backward(); opt.step();
#pragma once

#include "engine/train/autograd.h"

#include <vector>

namespace ft::train {

class Optimizer
{
public:
    explicit Optimizer(std::vector<Var> parameters) : m_parameters(std::move(parameters)) {}
    virtual ~Optimizer() = default;
    virtual void step() = 0;
    void zeroGrad();
    const std::vector<Var> &parameters() const { return m_parameters; }

protected:
    std::vector<Var> m_parameters;
};

struct SgdOptions
{
    float lr = 0.01f;
    float momentum = 0.0f;
    float dampening = 0.0f;
    float weightDecay = 0.0f;
    bool nesterov = false;
};

class Sgd : public Optimizer
{
public:
    Sgd(std::vector<Var> parameters, SgdOptions options);
    void step() override;

private:
    SgdOptions m_options;
    std::vector<std::vector<float>> m_momentum; // empty until the first step, like momentum_buffer=None
};

struct AdamOptions
{
    float lr = 1e-3f;
    float beta1 = 0.9f;
    float beta2 = 0.999f;
    float eps = 1e-8f;
    float weightDecay = 0.0f;
};

class Adam : public Optimizer
{
public:
    Adam(std::vector<Var> parameters, AdamOptions options);
    void step() override;

private:
    AdamOptions m_options;
    long m_step = 0;
    std::vector<std::vector<float>> m_expAvg;
    std::vector<std::vector<float>> m_expAvgSq;
};

} // namespace ft::train
