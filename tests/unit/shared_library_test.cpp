#include <doctest/doctest.h>

#include <string>

#include "core/error.hpp"
#include "core/shared_library.hpp"

TEST_CASE("a missing shared library is an error naming it, its package and what it was for") {
  try {
    tk::SharedLibrary lib("libtenderkit-missing.so.7", "libtenderkit-missing7", "write Excel workbooks");
    FAIL("expected an error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::internal);
    std::string what = e.what();
    CHECK(what.find("libtenderkit-missing.so.7") != std::string::npos);
    CHECK(what.find("cannot load the library needed to write Excel workbooks") != std::string::npos);
    CHECK(what.find("(it is in the Debian package libtenderkit-missing7)") != std::string::npos);
  }
}

TEST_CASE("a function a library lacks is an error naming it") {
  tk::SharedLibrary libc("libc.so.6", "libc6", "test");
  using Strlen = unsigned long (*)(const char*);
  CHECK(libc.function<Strlen>("strlen")("four") == 4);
  try {
    (void)libc.function<Strlen>("tenderkit_no_such_function");
    FAIL("expected an error");
  } catch (const tk::Error& e) {
    CHECK(e.code() == tk::ExitCode::internal);
    CHECK(std::string(e.what()).find("the library has no function tenderkit_no_such_function") != std::string::npos);
  }
}
