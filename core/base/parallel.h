#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

namespace dyad::core {

/** How parallelFor() shares out its items. */
struct ParallelOptions
{
    /** Items handed to a thread at a time (ICU caches per thread favour runs of records). */
    size_t chunk = 1;
    /** Threads in all, the calling one included; never more than the cores. */
    unsigned maxThreads = 8;
    /** A thread is started only for at least this many items. */
    size_t minItemsPerThread = 1;
    /** Asked before each chunk (from any of the threads); true: no further chunk starts. */
    std::function<bool()> cancelled;
    /**
     * Called on the calling thread after each chunk it ran, with the items finished by all
     * threads so far and the total; the place to report progress from.
     */
    std::function<void(size_t done, size_t total)> progress;
};

/**
 * Calls @p body(begin, end) for consecutive chunks of [0, @p count) on the calling thread and
 * as many helper threads as the options allow, and returns when every started chunk has
 * ended. Chunks are taken in order from a shared counter, so the bodies must only touch
 * their own items (or synchronise). Returns false when ParallelOptions::cancelled stopped it
 * before every chunk ran.
 */
inline bool parallelFor(size_t count, const std::function<void(size_t begin, size_t end)> &body,
                        const ParallelOptions &options = {})
{
    const size_t chunk = std::max<size_t>(1, options.chunk);
    auto cancelled = [&] { return options.cancelled && options.cancelled(); };
    std::atomic<size_t> next{0};
    std::atomic<size_t> finished{0};
    auto work = [&](bool caller) {
        for (size_t begin; !cancelled() && (begin = next.fetch_add(chunk)) < count;) {
            const size_t end = std::min(count, begin + chunk);
            body(begin, end);
            const size_t done = finished += end - begin;
            if (caller && options.progress)
                options.progress(done, count);
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t threads = std::min<size_t>(std::clamp(cores, 1u, std::max(1u, options.maxThreads)),
                                            std::max<size_t>(1, count / std::max<size_t>(1, options.minItemsPerThread)));
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &t : helpers)
        t.join();
    return finished.load() == count;
}

/**
 * The second stage of a two-stage pipeline: runs one job at a time on a helper thread while
 * the calling thread prepares the next (an import parses its next batch while the last one is
 * written). Jobs run in the order given and never two at once, so each may use what the one
 * before used (a database connection) provided the calling thread leaves that alone until
 * wait() has returned. @p Outcome is default-constructible (a default one means "nothing ran").
 */
template<typename Outcome>
class BackgroundStage
{
public:
    BackgroundStage() = default;
    ~BackgroundStage() { (void)wait(); }
    BackgroundStage(const BackgroundStage &) = delete;
    BackgroundStage &operator=(const BackgroundStage &) = delete;

    /**
     * Starts @p job. Call wait() first to learn how the job before ended: start() waits for
     * it as well, but drops its outcome.
     */
    void start(std::function<Outcome()> job)
    {
        (void)wait();
        m_thread = std::thread([this, job = std::move(job)] { m_outcome = job(); });
    }
    /** Waits for the running job and returns its outcome. */
    Outcome wait()
    {
        if (!m_thread.joinable())
            return Outcome();
        m_thread.join();
        return std::exchange(m_outcome, Outcome());
    }

private:
    std::thread m_thread;
    Outcome m_outcome{};
};

} // namespace dyad::core
