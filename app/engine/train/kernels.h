// kernels.h — the few dense loops the training demo spends its time in.
//
// Row-major float32 matrices; every routine accumulates into C (C += ...), so callers zero C
// first when they want a plain product. Inner loops run over contiguous memory with independent
// lanes, so the compiler vectorises them without -ffast-math. Large calls are split across two
// threads (see parallelFor); small ones stay on the caller's thread, where the wake-up would cost
// more than the work.
//
//     std::vector<float> c(m * n, 0.0f);
//     ft::train::gemmNT(m, n, k, a.data(), b.data(), c.data()); // C += A * B^T
#pragma once

#include <cstddef>
#include <functional>

namespace ft::train {

// Sum of a[i] * b[i] over n elements, eight independent lanes (vectorisable).
float dot(const float *a, const float *b, std::size_t n);
// y[i] += alpha * x[i].
void axpy(float alpha, const float *x, float *y, std::size_t n);

// C[m,n] += A[m,k] * B[k,n]
void gemmNN(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c);
// C[m,n] += A[m,k] * B[n,k]^T   (each element is a dot product of two contiguous rows)
void gemmNT(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c);
// C[m,n] += A[k,m]^T * B[k,n]
void gemmTN(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c);

// Runs body(begin, end) over [0, count), split in two halves on two threads when `work` (a rough
// count of multiply-adds) is large enough to pay for waking the second thread; otherwise one call
// on the caller's thread. The helper thread is created once and reused.
void parallelFor(std::size_t count, std::size_t work, const std::function<void(std::size_t, std::size_t)> &body);

// Threads parallelFor may use: 1 or 2 (default 2). Benchmarks and tests switch it.
void setThreadCount(int threads);
int threadCount();

} // namespace ft::train
