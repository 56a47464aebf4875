#include "engine/train/digits.h"

#include "engine/train/rng.h"

#include <zlib.h>

#include <charconv>
#include <numeric>
#include <stdexcept>

namespace ft::train {

namespace detail {
extern const unsigned char kDigitsCsvGz[];
extern const std::size_t kDigitsCsvGzSize;
} // namespace detail

std::string gunzip(std::string_view bytes)
{
    z_stream stream{};
    // 16 + MAX_WBITS: expect a gzip header, not a raw zlib one.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        throw std::runtime_error("gunzip: cannot initialise zlib");
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    stream.avail_in = uInt(bytes.size());
    std::string out;
    char buffer[1 << 16];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            throw std::runtime_error("gunzip: corrupt gzip data");
        }
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            throw std::runtime_error("gunzip: truncated gzip data");
        }
    }
    inflateEnd(&stream);
    return out;
}

Dataset parseDigitsCsv(std::string_view csv, double testFraction, std::uint64_t splitSeed)
{
    constexpr int kPixels = 64;
    std::vector<float> images;
    std::vector<int> labels;
    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos < csv.size()) {
        std::size_t end = csv.find('\n', pos);
        if (end == std::string_view::npos)
            end = csv.size();
        std::string_view line = csv.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        const auto fail = [&](const std::string &why) {
            throw std::runtime_error("digits.csv line " + std::to_string(lineNumber) + ": " + why);
        };
        int field = 0;
        const char *p = line.data();
        const char *const last = line.data() + line.size();
        while (true) {
            int value = 0;
            const auto [next, error] = std::from_chars(p, last, value);
            if (error != std::errc())
                fail("field " + std::to_string(field + 1) + " is not an integer");
            if (field < kPixels) {
                if (value < 0 || value > 16)
                    fail("pixel " + std::to_string(value) + " outside 0..16");
                images.push_back(float(value) / 16.0f);
            } else if (field == kPixels) {
                if (value < 0 || value > 9)
                    fail("label " + std::to_string(value) + " outside 0..9");
                labels.push_back(value);
            }
            ++field;
            p = next;
            if (p == last)
                break;
            if (*p != ',')
                fail("expected ',' after field " + std::to_string(field));
            ++p;
        }
        if (field != kPixels + 1)
            fail("expected 65 fields, found " + std::to_string(field));
    }
    if (labels.empty())
        throw std::runtime_error("digits.csv: no images");

    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    Rng rng(splitSeed);
    rng.shuffle(order);
    const std::size_t testCount = std::size_t(double(labels.size()) * testFraction);
    const std::size_t trainCount = labels.size() - testCount;

    Dataset data;
    data.channels = 1;
    data.height = 8;
    data.width = 8;
    data.classes = 10;
    for (int digit = 0; digit < 10; ++digit)
        data.classNames.push_back(std::to_string(digit));
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t source = order[i];
        auto &dstImages = i < trainCount ? data.trainImages : data.testImages;
        auto &dstLabels = i < trainCount ? data.trainLabels : data.testLabels;
        dstImages.insert(dstImages.end(), images.begin() + std::ptrdiff_t(source * kPixels),
                         images.begin() + std::ptrdiff_t((source + 1) * kPixels));
        dstLabels.push_back(labels[source]);
    }
    return data;
}

std::string_view digitsCsvGz()
{
    return std::string_view(reinterpret_cast<const char *>(detail::kDigitsCsvGz), detail::kDigitsCsvGzSize);
}

const Dataset &digitsDataset()
{
    static const Dataset data = parseDigitsCsv(gunzip(digitsCsvGz()));
    return data;
}

} // namespace ft::train
