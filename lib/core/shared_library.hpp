#pragma once

#include <future>
#include <string>

namespace tk {

// A shared library opened with dlopen the first time a command needs it, instead of being
// linked. libcrypto (SHA-256 for audit records) and libxlsxwriter (workbooks) are large, and
// loading and relocating them at start-up cost every command milliseconds, although only the
// commands that write an audit record or a workbook use them (docs/PERFORMANCE.md). The
// library stays open until the process ends.
class SharedLibrary {
 public:
  // Opens `soname`. Throws Error(internal) naming the library, dlerror()'s reason, the Debian
  // `package` that holds it and the `purpose` it was wanted for.
  SharedLibrary(const char* soname, const char* package, const char* purpose);

  // The function `name`, as a pointer of type F (give it decltype(&name) from the library's
  // header, so that a changed signature fails to compile). Throws Error(internal) if absent.
  template <class F>
  F function(const char* name) const {
    return reinterpret_cast<F>(symbol(name));
  }

 private:
  void* symbol(const char* name) const;

  void* handle_;
  std::string soname_;
};

// Runs `prepare` (opening a library) on the other core from construction, for a command that
// will need the library later and has other work to do meanwhile. The destructor waits for it.
// An error it meets is dropped here: the first real use meets it again and reports it.
class BackgroundPreparation {
 public:
  explicit BackgroundPreparation(void (*prepare)());
  BackgroundPreparation(const BackgroundPreparation&) = delete;
  BackgroundPreparation& operator=(const BackgroundPreparation&) = delete;
  ~BackgroundPreparation();

 private:
  std::future<void> done_;
};

}  // namespace tk
