#include "core/sha256.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

#include "core/error.hpp"
#include "core/shared_library.hpp"

namespace tk {

namespace {

// The libcrypto functions used here, opened on first use (core/shared_library.hpp).
struct Crypto {
  Crypto() {
    // Only the default provider's SHA-256 is needed: skip reading the system's openssl.cnf,
    // and look the digest up once rather than at every EVP_DigestInit_ex (OpenSSL 3 fetches
    // an implicit EVP_sha256() from its provider store each time, which costs more than
    // hashing a tender's files).
    if (init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr) != 1 ||
        (sha256 = md_fetch(nullptr, "SHA2-256", nullptr)) == nullptr) {
      throw Error(ExitCode::internal, Location{}, "SHA-256: libcrypto failed to initialise");
    }
  }
  Crypto(const Crypto&) = delete;
  Crypto& operator=(const Crypto&) = delete;
  ~Crypto() { md_free(sha256); }

  SharedLibrary library{TENDERKIT_CRYPTO_SONAME, TENDERKIT_CRYPTO_PACKAGE, "compute SHA-256 digests"};
  decltype(&::OPENSSL_init_crypto) init_crypto =
      library.function<decltype(&::OPENSSL_init_crypto)>("OPENSSL_init_crypto");
  decltype(&::EVP_MD_fetch) md_fetch = library.function<decltype(&::EVP_MD_fetch)>("EVP_MD_fetch");
  decltype(&::EVP_MD_free) md_free = library.function<decltype(&::EVP_MD_free)>("EVP_MD_free");
  decltype(&::EVP_MD_CTX_new) md_ctx_new = library.function<decltype(&::EVP_MD_CTX_new)>("EVP_MD_CTX_new");
  decltype(&::EVP_MD_CTX_free) md_ctx_free = library.function<decltype(&::EVP_MD_CTX_free)>("EVP_MD_CTX_free");
  decltype(&::EVP_DigestInit_ex) init = library.function<decltype(&::EVP_DigestInit_ex)>("EVP_DigestInit_ex");
  decltype(&::EVP_DigestUpdate) update = library.function<decltype(&::EVP_DigestUpdate)>("EVP_DigestUpdate");
  decltype(&::EVP_DigestFinal_ex) final = library.function<decltype(&::EVP_DigestFinal_ex)>("EVP_DigestFinal_ex");
  EVP_MD* sha256 = nullptr;
};

const Crypto& crypto() {
  static const Crypto c;
  return c;
}

}  // namespace

void sha256_prepare() { (void)crypto(); }

std::string sha256_hex(std::string_view bytes) {
  const Crypto& c = crypto();
  std::unique_ptr<EVP_MD_CTX, decltype(c.md_ctx_free)> ctx(c.md_ctx_new(), c.md_ctx_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!ctx || c.init(ctx.get(), c.sha256, nullptr) != 1 || c.update(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      c.final(ctx.get(), digest, &length) != 1) {
    throw Error(ExitCode::internal, Location{}, "SHA-256: libcrypto failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0f];
  }
  return out;
}

}  // namespace tk
