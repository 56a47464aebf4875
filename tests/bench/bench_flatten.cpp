// bench_flatten — flatten of a contiguous tensor is O(1); a copying flatten is O(n).
//
// For tensors of growing element count, prints the median time of
//   - x.flatten(1) on a contiguous (N, 4, 16, 16) tensor: a view, so the time must stay flat;
//   - x.permute(0, 2, 3, 1).flatten(1) (channels-last order): not viewable, so it copies every
//     element and its time grows with n.
// Usage: bench_flatten [max_log2_elements (default 24)]
#include "engine/tensor.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Median over `samples` runs of the average time of `batch` calls, in nanoseconds. Batching keeps
// clock overhead out of sub-microsecond measurements.
template <typename F>
double medianNanoseconds(int samples, int batch, F &&f)
{
    std::vector<double> times;
    times.reserve(size_t(samples));
    for (int s = 0; s < samples; ++s) {
        const auto start = Clock::now();
        for (int i = 0; i < batch; ++i)
            f();
        const std::chrono::duration<double, std::nano> elapsed = Clock::now() - start;
        times.push_back(elapsed.count() / batch);
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

// Keeps the optimiser from discarding the op under test.
volatile ft::Dim g_sink = 0;

} // namespace

int main(int argc, char **argv)
{
    const int maxLog2 = argc > 1 ? std::clamp(std::atoi(argv[1]), 10, 27) : 24;
    std::printf("%12s %14s %12s %21s %9s\n", "elements", "shape", "view (ns)", "copy: permute+flatten", "shares view/copy");
    for (int log2 = 10; log2 <= maxLog2; log2 += 2) {
        const ft::Dim elements = ft::Dim(1) << log2;
        const ft::Dim batch = elements / 1024;
        const ft::Tensor x = ft::Tensor::zeros({batch, 4, 16, 16});

        const double viewNs = medianNanoseconds(51, 2000, [&] { g_sink = g_sink + x.flatten(1).sizes()[1]; });

        const ft::Tensor channelsLast = x.permute({0, 2, 3, 1});
        // Fewer runs for the big copies: each one touches every element.
        const int copySamples = log2 >= 22 ? 7 : 21;
        const double copyNs = medianNanoseconds(copySamples, 1, [&] {
            g_sink = g_sink + channelsLast.flatten(1).sizes()[1];
        });

        char shape[32];
        std::snprintf(shape, sizeof shape, "(%lld,4,16,16)", static_cast<long long>(batch));
        std::printf("%12lld %14s %12.1f %18.1f us %5s/%s\n", static_cast<long long>(elements), shape, viewNs,
                    copyNs / 1000.0, x.flatten(1).sharesStorageWith(x) ? "yes" : "NO",
                    channelsLast.flatten(1).sharesStorageWith(x) ? "YES" : "no");
    }
    return 0;
}
