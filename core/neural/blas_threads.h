#pragma once

namespace marionette {

// Keeps OpenBLAS to one thread. libtorch's CPU convolutions fall back to its
// matrix products; OpenBLAS's own pool would spin against the callers'
// threads, and the order it sums in depends on its thread count, so results
// would differ between a machine (or OMP_NUM_THREADS) with one core and two.
// Looked up at run time: the BLAS behind libtorch is whichever Debian's
// alternatives system chose.
void keepBlasSingleThreaded();

}  // namespace marionette
