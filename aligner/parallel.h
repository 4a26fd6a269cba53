// A minimal parallel loop for the batch commands (pairing, corpus building):
// items are handed out one at a time from a shared counter, so documents of
// very different lengths still keep every thread busy.
#ifndef SONGNGU_ALIGNER_PARALLEL_H_
#define SONGNGU_ALIGNER_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace songngu {

// The number of threads to use for `requested` (0 = all cores, at least 1).
int ResolveThreads(int requested);

// Calls fn(i) for every i in [0, n) on ResolveThreads(threads) threads and
// waits. If calls throw, the first exception is rethrown after all threads
// have stopped; fn should catch what it can report per item.
void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& fn);

}  // namespace songngu

#endif  // SONGNGU_ALIGNER_PARALLEL_H_
