#include "engine/train/kernels.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace ft::train {

float dot(const float *a, const float *b, std::size_t n)
{
    // Eight independent partial sums: the compiler maps them onto one 256-bit (or two 128-bit)
    // registers. A single running sum would serialise on the add latency and never vectorise.
    float lane[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        for (int l = 0; l < 8; ++l)
            lane[l] += a[i + l] * b[i + l];
    }
    float sum = ((lane[0] + lane[1]) + (lane[2] + lane[3])) + ((lane[4] + lane[5]) + (lane[6] + lane[7]));
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

void axpy(float alpha, const float *__restrict x, float *__restrict y, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        y[i] += alpha * x[i];
}

void gemmNN(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c)
{
    parallelFor(m, m * n * k, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            float *row = c + i * n;
            for (std::size_t p = 0; p < k; ++p) {
                const float alpha = a[i * k + p];
                if (alpha != 0.0f) // ReLU makes many activations exactly zero
                    axpy(alpha, b + p * n, row, n);
            }
        }
    });
}

void gemmNT(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c)
{
    parallelFor(m, m * n * k, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            for (std::size_t j = 0; j < n; ++j)
                c[i * n + j] += dot(a + i * k, b + j * k, k);
        }
    });
}

void gemmTN(std::size_t m, std::size_t n, std::size_t k, const float *a, const float *b, float *c)
{
    // Rows of C are independent, so the split is over i; each thread walks all of A and B.
    parallelFor(m, m * n * k, [&](std::size_t begin, std::size_t end) {
        for (std::size_t p = 0; p < k; ++p) {
            for (std::size_t i = begin; i < end; ++i) {
                const float alpha = a[p * m + i];
                if (alpha != 0.0f)
                    axpy(alpha, b + p * n, c + i * n, n);
            }
        }
    });
}

namespace {

std::atomic<int> g_threads{2};

// Below this many multiply-adds the second thread's wake-up (a few microseconds) outweighs the work.
constexpr std::size_t kParallelWork = 1u << 17;

// One helper thread, created on first use and reused for every parallel region. A region that
// finds the helper busy (another training thread is using it) simply runs serially.
class HelperThread
{
public:
    ~HelperThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    bool tryRun(const std::function<void(std::size_t, std::size_t)> &body, std::size_t begin, std::size_t end,
                std::size_t callerBegin, std::size_t callerEnd)
    {
        std::unique_lock busy(m_busy, std::try_to_lock);
        if (!busy.owns_lock())
            return false;
        {
            std::lock_guard lock(m_mutex);
            if (!m_thread.joinable())
                m_thread = std::thread([this] { loop(); });
            m_body = &body;
            m_begin = begin;
            m_end = end;
            m_pending = true;
        }
        m_wake.notify_one();
        body(callerBegin, callerEnd);
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return !m_pending; });
        return true;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_pending || m_stop; });
            if (m_stop)
                return;
            const auto *body = m_body;
            const std::size_t begin = m_begin, end = m_end;
            lock.unlock();
            (*body)(begin, end);
            lock.lock();
            m_pending = false;
            m_done.notify_one();
        }
    }

    std::mutex m_busy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::thread m_thread;
    const std::function<void(std::size_t, std::size_t)> *m_body = nullptr;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_pending = false;
    bool m_stop = false;
};

HelperThread &helper()
{
    static HelperThread thread;
    return thread;
}

} // namespace

void parallelFor(std::size_t count, std::size_t work, const std::function<void(std::size_t, std::size_t)> &body)
{
    if (count >= 2 && work >= kParallelWork && g_threads.load(std::memory_order_relaxed) > 1) {
        const std::size_t half = count / 2;
        if (helper().tryRun(body, half, count, 0, half))
            return;
    }
    body(0, count);
}

void setThreadCount(int threads)
{
    g_threads.store(threads > 1 ? 2 : 1);
}

int threadCount()
{
    return g_threads.load();
}

} // namespace ft::train
