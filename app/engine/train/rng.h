// rng.h — the demo's own deterministic random numbers (same seed, same run, on every machine).
//
// SplitMix64 seeds xoshiro256**; uniform floats use the top 24 bits, so every value is exactly
// representable and identical across compilers. PyTorch's generator is not reproduced (its
// streams differ by device and version); only its distributions are.
//
//     Rng rng(42);
//     float w = rng.uniform(-0.33f, 0.33f);
//     rng.shuffle(indices);
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace ft::train {

class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto &word : m_state)
            word = splitMix(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    float uniform01() { return float(next() >> 40) * (1.0f / 16777216.0f); }
    // Uniform in [low, high), like torch.nn.init.uniform_.
    float uniform(float low, float high) { return low + (high - low) * uniform01(); }
    // Uniform integer in [0, bound), bound > 0 (modulo bias below 2^-40 for the sizes used here).
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }

    // Fisher-Yates, like torch.randperm in spirit.
    template<typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4] = {};
};

} // namespace ft::train
