// A str's text taking over, or giving up, a buffer shared along a chain of
// concatenations (str_text.h).
#include <cstring>

#include "vm/object.h"

namespace interleave::vm {

size_t StrText::shared_size() const {
  size_t n;
  std::memcpy(&n, s_.data(), sizeof n);
  return n;
}

void StrText::unshare() const {
  const size_t n = shared_size();
  const StrObject* root = owner_;
  while (root->text.owner_) root = root->text.owner_;
  s_.assign(root->text.s_, 0, n);
  owner_ = nullptr;
}

std::string StrText::take_for(const StrObject* owner) {
  std::string out = std::move(mutable_str());
  const size_t n = out.size();
  s_.assign(reinterpret_cast<const char*>(&n), sizeof n);  // fits the string's inline buffer
  owner_ = owner;
  return out;
}

}  // namespace interleave::vm
