// One training step of the demo CNN (batch 32 of 8x8 digits, Adam): zero_grad, forward,
// cross-entropy, backward, step. Prints the median over many steps on one and on two threads.
// tests/bench/bench_train_step.py times the same step in PyTorch (torch.set_num_threads(2)).
//
//     bench_train_step [steps]        # default 300
#include "engine/train/kernels.h"
#include "engine/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ft::train;

namespace {

double medianStepMicroseconds(int threads, int steps, FlattenVariant variant)
{
    setThreadCount(threads);
    const Dataset &data = digitsDataset();
    const int batch = 32;
    const DemoCnn model(variant, CnnConfig{}, 1);
    Adam optimizer(model.parameters(), AdamOptions{.lr = 0.003f});
    const Var images = Var::constant({batch, 1, 8, 8}, std::vector<float>(data.trainImages.begin(),
                                                                         data.trainImages.begin() + batch * 64));
    const std::vector<int> labels(data.trainLabels.begin(), data.trainLabels.begin() + batch);
    std::vector<double> times;
    for (int i = 0; i < steps + 20; ++i) {
        const auto start = std::chrono::steady_clock::now();
        optimizer.zeroGrad();
        Var loss = crossEntropy(model.forward(images), labels);
        loss.backward();
        optimizer.step();
        const auto end = std::chrono::steady_clock::now();
        if (i >= 20) // warm-up: first-touch allocations, the helper thread's start
            times.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::nth_element(times.begin(), times.begin() + std::ptrdiff_t(times.size() / 2), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int steps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    std::printf("demo CNN train step (batch 32, 1x8x8, Adam), median of %d steps\n", steps);
    for (FlattenVariant variant : {FlattenVariant::Correct, FlattenVariant::MixBatch}) {
        const double one = medianStepMicroseconds(1, steps, variant);
        const double two = medianStepMicroseconds(2, steps, variant);
        std::printf("  %-14s 1 thread %8.1f us   2 threads %8.1f us\n", variantInfo(variant).key, one, two);
    }
    return 0;
}
