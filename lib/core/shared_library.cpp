#include "core/shared_library.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/huge_pages.hpp"

namespace tk {

SharedLibrary::SharedLibrary(const char* soname, const char* package, const char* purpose)
    : handle_(::dlopen(soname, RTLD_NOW | RTLD_LOCAL)), soname_(soname) {
  if (handle_ == nullptr) {
    const char* why = ::dlerror();
    throw Error(ExitCode::internal, Location{soname_},
                fmt::format("cannot load the library needed to {}: {} (it is in the Debian package {})",
                            purpose, why ? why : "no reason given", package));
  }
}

void* SharedLibrary::symbol(const char* name) const {
  void* f = ::dlsym(handle_, name);
  if (f == nullptr) {
    throw Error(ExitCode::internal, Location{soname_}, fmt::format("the library has no function {}", name));
  }
  return f;
}

BackgroundPreparation::BackgroundPreparation(void (*prepare)())
    : done_(async_on_huge_pages(prepare)) {}  // its heap advised for whichever thread takes it over

BackgroundPreparation::~BackgroundPreparation() {
  try {
    done_.get();
  } catch (...) {  // NOLINT(bugprone-empty-catch): the first real use reports it
  }
}

}  // namespace tk
