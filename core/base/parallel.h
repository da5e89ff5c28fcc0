#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
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

} // namespace dyad::core
