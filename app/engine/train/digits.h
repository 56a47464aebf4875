// digits.h — the demo's data set: real 8x8 handwritten digits, shaped (N, 1, 8, 8), 10 classes.
//
// The pixels come from the UCI "Optical Recognition of Handwritten Digits" test set as shipped by
// scikit-learn (sklearn/datasets/data/digits.csv.gz, 1797 images, pixel counts 0..16, BSD-3-Clause
// via scikit-learn). The gzip file is compiled into the library, so loading needs no path and
// takes a few milliseconds. The split is fixed (its own seed), so every training seed is measured
// on the same test images.
//
//     const Dataset &data = digitsDataset();    // parsed once, then shared
//     data.trainCount() == 1348; data.testCount() == 449;
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ft::train {

struct Dataset
{
    int channels = 0;
    int height = 0;
    int width = 0;
    int classes = 0;
    std::vector<std::string> classNames;
    std::vector<float> trainImages; // trainCount() x (channels*height*width), row-major (N, C, H, W)
    std::vector<int> trainLabels;
    std::vector<float> testImages;
    std::vector<int> testLabels;

    std::size_t imageSize() const { return std::size_t(channels) * std::size_t(height) * std::size_t(width); }
    std::size_t trainCount() const { return trainLabels.size(); }
    std::size_t testCount() const { return testLabels.size(); }
};

// Decompresses a gzip stream (throws std::runtime_error on corrupt data).
std::string gunzip(std::string_view bytes);

// Parses scikit-learn's digits.csv (each line: 64 pixel counts 0..16, then the label 0..9),
// scales pixels to [0, 1], shuffles with `splitSeed` and keeps the last `testFraction` for testing.
// Throws std::runtime_error naming the line for malformed input.
Dataset parseDigitsCsv(std::string_view csv, double testFraction = 0.25, std::uint64_t splitSeed = 20260525);

// The embedded data set, parsed on first use (thread-safe) and kept.
const Dataset &digitsDataset();
// The embedded gzip bytes themselves (resources/data/digits.csv.gz).
std::string_view digitsCsvGz();

} // namespace ft::train
