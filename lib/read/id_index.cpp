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
  if (left > 0) std::memcpy(&tail, p, left);
  return mix(h ^ tail);
}

IdIndex::IdIndex(std::size_t expected_keys) {
  std::size_t capacity = 16;
  while (capacity < expected_keys * 2) capacity *= 2;
  slots_.resize(capacity);
  mask_ = capacity - 1;
}

std::uint32_t IdIndex::find(std::string_view key) const {
  for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.value == kAbsent) return kAbsent;
    if (s.length == key.size() && (key.empty() || std::memcmp(s.key, key.data(), key.size()) == 0)) {
      return s.value;
    }
  }
}

std::uint32_t IdIndex::find_or_insert(std::string_view key, std::uint32_t value) {
  for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.value == kAbsent) {
      s.key = key.data();
      s.length = static_cast<std::uint32_t>(key.size());
      s.value = value;
      // Keep the table at most half full so that probe runs stay short.
      if (++size_ * 2 > slots_.size()) grow();
      return value;
    }
    if (s.length == key.size() && (key.empty() || std::memcmp(s.key, key.data(), key.size()) == 0)) {
      return s.value;
    }
  }
}

void IdIndex::grow() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == kAbsent) continue;
    std::size_t i = hash({s.key, s.length}) & mask_;
    while (slots_[i].value != kAbsent) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace tk
