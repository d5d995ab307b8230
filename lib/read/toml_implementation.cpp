// toml++'s parser, compiled once here rather than in every file that reads settings or linked
// from its shared library (TOML_HEADER_ONLY=0 everywhere, see CMakeLists.txt).
#define TOML_IMPLEMENTATION
#include "read/toml.hpp"
