#pragma once

#include <string>
#include <string_view>

namespace tk {

// The SHA-256 digest of `bytes` as 64 lowercase hex digits (OpenSSL libcrypto).
// Throws Error(internal) if libcrypto fails.
std::string sha256_hex(std::string_view bytes);

}  // namespace tk
