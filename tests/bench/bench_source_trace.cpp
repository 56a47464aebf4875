// bench_source_trace — `trace --file` on torchvision's AlexNet class, measured against PyTorch.
//
//   1. Whole process: `flatten-tutor trace --input 2,3,224,224 --file alexnet.py` vs
//      `/usr/bin/python3` exec'ing the same file with torch, building AlexNet() and running
//      forward on torch.zeros(2, 3, 224, 224) in eval mode under no_grad (what the contract says
//      the tracer answers), printing the output shape. Side by side in this one invocation,
//      interleaved; medians and the ratio. Goal: flatten-tutor at least 100x faster.
//   2. In process: parse + interpret + trace of the same class (ft::source::traceSource), and of
//      a 40-line class — the work a keystroke in the class editor costs before painting.
//
//     bench_source_trace [--app-runs N] [--python-runs N] [--no-python]
//
// Not part of ctest: timings depend on the machine and its load.
#include "bench_process.h"
#include "engine/source/source_trace.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

using fttest::bench::Clock;
using fttest::bench::median;
using fttest::bench::compareWithPython;
using fttest::bench::timeProcess;

const char *const kAlexNet = R"py(import torch
import torch.nn as nn


class AlexNet(nn.Module):
    def __init__(self, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((6, 6))
        self.classifier = nn.Sequential(
            nn.Dropout(p=dropout),
            nn.Linear(256 * 6 * 6, 4096),
            nn.ReLU(inplace=True),
            nn.Dropout(p=dropout),
            nn.Linear(4096, 4096),
            nn.ReLU(inplace=True),
            nn.Linear(4096, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        x = self.classifier(x)
        return x
)py";

// 40 lines: the old LeNet tutorial with a helper method and a loop.
const char *const kLeNet = R"py(import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):

    def __init__(self):
        super(Net, self).__init__()
        # 1 input image channel, 6 output channels, 3x3 square convolution
        # kernel
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        # an affine operation: y = Wx + b
        self.fc1 = nn.Linear(16 * 6 * 6, 120)  # 6*6 from image dimension
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        # Max pooling over a (2, 2) window
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        # If the size is a square you can only specify a single number
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x

    def num_flat_features(self, x):
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


net = Net()
print(net)
)py";

const char *const kPythonRunner = R"py(import sys
import torch
import torch.nn as nn
namespace = {"__name__": "net"}
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), namespace)
model = [v for v in namespace.values() if isinstance(v, type) and issubclass(v, nn.Module) and v.__module__ == "net"][-1]()
model.eval()
with torch.no_grad():
    print(tuple(model(torch.zeros(2, 3, 224, 224)).shape))
)py";

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], name))
            return std::max(1, std::atoi(argv[i + 1]));
    return fallback;
}

bool flag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], name))
            return true;
    return false;
}

std::string writeTemp(const char *name, const char *text)
{
    const char *dir = std::getenv("TMPDIR");
    const std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
    std::ofstream(path) << text;
    return path;
}

int benchWholeProcess(int appRuns, int pythonRuns, bool withPython)
{
    std::printf("1. whole process: trace torchvision's AlexNet class on (2, 3, 224, 224)\n");
    const std::string file = writeTemp("ft_bench_alexnet.py", kAlexNet);
    const std::vector<std::string> app{FT_APP_PATH, "trace", "--input", "2,3,224,224", "--file", file};
    if (timeProcess(app, 0) < 0) {
        std::printf("   flatten-tutor trace --file failed or did not exit 0: %s\n", FT_APP_PATH);
        return 1;
    }
    std::vector<double> appTimes;
    for (int i = 0; i < appRuns; ++i)
        appTimes.push_back(timeProcess(app, 0));
    std::printf("   flatten-tutor trace --file  median %9.2f ms  (%d runs)\n", median(appTimes) * 1e3, appRuns);
    if (!withPython)
        return 0;
    const std::string runner = writeTemp("ft_bench_run_model.py", kPythonRunner);
    const std::vector<std::string> python{"/usr/bin/python3", runner, file};
    compareWithPython(app, python, appTimes, pythonRuns, "python3 + torch (forward)", 100);
    return 0;
}

int benchInProcess()
{
    std::printf("2. in process: ft::source::traceSource (parse + interpret + trace)\n");
    constexpr int kRuns = 2000;
    size_t sink = 0;
    auto measure = [&](const char *text, const ft::Shape &input) {
        std::vector<double> micros;
        for (int i = 0; i < 100; ++i)
            sink += ft::source::traceSource(input, text).steps.size();
        for (int i = 0; i < kRuns; ++i) {
            const auto start = Clock::now();
            sink += ft::source::traceSource(input, text).steps.size();
            micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
        return median(micros);
    };
    const double alexnet = measure(kAlexNet, {2, 3, 224, 224});
    const double lenet = measure(kLeNet, {1, 1, 32, 32});
    std::printf("   AlexNet class (40 lines)          median %8.2f us\n", alexnet);
    std::printf("   LeNet tutorial class (40 lines)   median %8.2f us  (a keystroke's re-trace; budget 16 ms with paint)\n", lenet);
    return sink == 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    const int appRuns = intArg(argc, argv, "--app-runs", 30);
    const int pythonRuns = intArg(argc, argv, "--python-runs", 10);
    int status = benchWholeProcess(appRuns, pythonRuns, !flag(argc, argv, "--no-python"));
    status |= benchInProcess();
    return status;
}
