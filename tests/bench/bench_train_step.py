#!/usr/bin/python3
"""The PyTorch side of bench_train_step: one training step of the same demo CNN, same batch size,
on two threads (as the C++ side) and, for reference, one. Prints median step times in microseconds.

    /usr/bin/python3 tests/bench/bench_train_step.py [steps]
"""
import gzip
import os
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
DIGITS = os.path.join(HERE, "..", "..", "resources", "data", "digits.csv.gz")


class DemoCnn(nn.Module):
    def __init__(self, mix_batch=False):
        super().__init__()
        self.mix_batch = mix_batch
        self.conv = nn.Conv2d(1, 16, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.flatten = nn.Flatten()
        self.fc1 = nn.Linear(16 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        x = x.view(-1, x.size(0)).t() if self.mix_batch else self.flatten(x)
        return self.fc2(F.relu(self.fc1(x)))


def median_step_us(model, images, labels, steps):
    optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
    times = []
    for i in range(steps + 20):
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = F.cross_entropy(model(images), labels)
        loss.backward()
        optimizer.step()
        end = time.perf_counter()
        if i >= 20:
            times.append((end - start) * 1e6)
    times.sort()
    return times[len(times) // 2]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    torch.manual_seed(1)
    with gzip.open(DIGITS, "rt") as f:
        rows = [list(map(int, line.split(","))) for line in f.read().split("\n") if line][:32]
    images = torch.tensor([r[:64] for r in rows], dtype=torch.float32).reshape(32, 1, 8, 8) / 16.0
    labels = torch.tensor([r[64] for r in rows])
    print("PyTorch %s demo CNN train step (batch 32, 1x8x8, Adam), median of %d steps" % (torch.__version__, steps))
    for name, mix in [("correct", False), ("mix-batch", True)]:
        times = []
        for threads in (1, 2):
            torch.set_num_threads(threads)
            times.append(median_step_us(DemoCnn(mix), images, labels, steps))
        print("  %-14s 1 thread %8.1f us   2 threads %8.1f us" % (name, times[0], times[1]))


if __name__ == "__main__":
    main()
