#include "read/id_index.hpp"

#include <bit>
#include <cstring>

namespace tk {

namespace {

std::uint64_t mix(std::uint64_t x) {
  // The finaliser of MurmurHash3: every input bit affects every output bit.
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

bool same_key(const char* stored, std::string_view key) {
  return key.empty() || std::memcmp(stored, key.data(), key.size()) == 0;
}

}  // namespace

std::uint64_t IdIndex::hash(std::string_view key) {
  const char* p = key.data();
  std::size_t left = key.size();
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ left;
  while (left >= 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, p, 8);
    h = std::rotl((h ^ chunk) * 0x9E3779B97F4A7C15ULL, 29);
    p += 8;
    left -= 8;
  }
  std::uint64_t tail = 0;
  for (std::size_t i = 0; i < left; ++i) tail |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return mix(h ^ tail) | (std::uint64_t{1} << 63);
}

IdIndex::IdIndex(std::size_t expected_keys) {
  std::size_t capacity = 16;
  while (capacity < expected_keys * 2) capacity *= 2;
  slots_.resize(capacity);
  mask_ = capacity - 1;
}

std::uint32_t IdIndex::find(std::string_view key, std::uint64_t hash) const {
  const std::uint32_t tag = tag_of(key.size(), hash);
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.value == kAbsent) return kAbsent;
    if (s.tag == tag && same_key(s.key, key)) return s.value;
  }
}

std::uint32_t IdIndex::find_or_insert(std::string_view key, std::uint64_t hash, std::uint32_t value) {
  const std::uint32_t tag = tag_of(key.size(), hash);
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.value == kAbsent) {
      s.key = key.data();
      s.tag = tag;
      s.value = value;
      // Keep the table at most half full so that probe runs stay short.
      if (++size_ * 2 > slots_.size()) grow();
      return value;
    }
    if (s.tag == tag && same_key(s.key, key)) return s.value;
  }
}

void IdIndex::grow() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == kAbsent) continue;
    std::size_t i = hash({s.key, s.tag & 0x3FFu}) & mask_;
    while (slots_[i].value != kAbsent) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace tk

