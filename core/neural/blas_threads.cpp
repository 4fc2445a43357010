#include "core/neural/blas_threads.h"

#include <dlfcn.h>

namespace marionette {

void keepBlasSingleThreaded() {
  using SetThreads = void (*)(int);
  if (auto setThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) setThreads(1);
}

}  // namespace marionette
