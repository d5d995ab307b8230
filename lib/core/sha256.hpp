#pragma once

#include <string>
#include <string_view>

#include "core/shared_library.hpp"

namespace tk {

// The SHA-256 digest of `bytes` as 64 lowercase hex digits (OpenSSL libcrypto's EVP API,
// opened on first use: core/shared_library.hpp).
// Throws Error(internal) if libcrypto fails.
std::string sha256_hex(std::string_view bytes);

// Opens and initialises libcrypto now rather than at the first digest. Throws as sha256_hex does.
void sha256_prepare();

// sha256_prepare on another core, from construction: a command that will hash files later
// starts this before reading the tender, as loading and starting libcrypto (OpenSSL 3) costs
// about as much as reading and evaluating the sample tender. The destructor waits for it; an
// error it meets is left for the first sha256_hex to report.
class Sha256Preparation : public BackgroundPreparation {
 public:
  Sha256Preparation() : BackgroundPreparation(sha256_prepare) {}
};

}  // namespace tk
