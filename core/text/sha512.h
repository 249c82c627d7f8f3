// SHA-512 of a byte string (random.seed(str) needs it).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace interleave::text {

std::array<unsigned char, 64> sha512(std::string_view data);

}  // namespace interleave::text
