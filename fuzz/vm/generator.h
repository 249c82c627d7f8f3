// A structure-aware generator of Python programs for the VM fuzzer: the
// fuzz input is read as a stream of choices in a grammar of the Python the
// VM supports, so (nearly) every input becomes a program that compiles and
// runs deep into the interpreter instead of stopping at a SyntaxError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace interleave::fuzz {

// Turns [size] bytes into a Python program. Deterministic; when the bytes
// run out every further choice is 0, which always picks the shortest way
// to finish, so generation ends on any input.
std::string generate_program(const uint8_t* data, size_t size);

}  // namespace interleave::fuzz
