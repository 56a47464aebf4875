#include "engine/train/optim.h"

#include <cmath>

namespace ft::train {

void Optimizer::zeroGrad()
{
    for (Var &p : m_parameters)
        p.zeroGrad();
}

Sgd::Sgd(std::vector<Var> parameters, SgdOptions options)
    : Optimizer(std::move(parameters)), m_options(options), m_momentum(m_parameters.size())
{
}

void Sgd::step()
{
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        std::vector<float> &p = m_parameters[i].mutableValue();
        const std::vector<float> &g = m_parameters[i].grad();
        std::vector<float> &buf = m_momentum[i];
        const bool firstStep = buf.empty();
        if (m_options.momentum != 0.0f && firstStep)
            buf.resize(p.size());
        for (std::size_t j = 0; j < p.size(); ++j) {
            float d = g[j];
            if (m_options.weightDecay != 0.0f)
                d += m_options.weightDecay * p[j];
            if (m_options.momentum != 0.0f) {
                // PyTorch clones the first gradient into the buffer (no dampening on step 1).
                buf[j] = firstStep ? d : m_options.momentum * buf[j] + (1.0f - m_options.dampening) * d;
                d = m_options.nesterov ? d + m_options.momentum * buf[j] : buf[j];
            }
            p[j] -= m_options.lr * d;
        }
    }
}

Adam::Adam(std::vector<Var> parameters, AdamOptions options)
    : Optimizer(std::move(parameters)), m_options(options), m_expAvg(m_parameters.size()), m_expAvgSq(m_parameters.size())
{
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        m_expAvg[i].assign(m_parameters[i].numel(), 0.0f);
        m_expAvgSq[i].assign(m_parameters[i].numel(), 0.0f);
    }
}

void Adam::step()
{
    ++m_step;
    const float b1 = m_options.beta1, b2 = m_options.beta2;
    const float biasCorrection1 = 1.0f - std::pow(b1, float(m_step));
    const float biasCorrection2Sqrt = std::sqrt(1.0f - std::pow(b2, float(m_step)));
    const float stepSize = m_options.lr / biasCorrection1;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        std::vector<float> &p = m_parameters[i].mutableValue();
        const std::vector<float> &g = m_parameters[i].grad();
        float *m = m_expAvg[i].data();
        float *v = m_expAvgSq[i].data();
        for (std::size_t j = 0; j < p.size(); ++j) {
            float grad = g[j];
            if (m_options.weightDecay != 0.0f)
                grad += m_options.weightDecay * p[j];
            m[j] = b1 * m[j] + (1.0f - b1) * grad;
            v[j] = b2 * v[j] + (1.0f - b2) * grad * grad;
            const float denom = std::sqrt(v[j]) / biasCorrection2Sqrt + m_options.eps;
            p[j] -= stepSize * m[j] / denom;
        }
    }
}

} // namespace ft::train
