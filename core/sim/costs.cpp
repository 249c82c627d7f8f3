#include "sim/costs.h"

namespace interleave::sim {

void set_cpython_costs(uint32_t (&cost)[vm::kOpCount]) {
  for (auto& c : cost) c = 4;
  auto set = [&](vm::Op op, uint32_t ns) { cost[static_cast<int>(op)] = ns; };
  // A call allocates and links a frame and binds arguments.
  set(vm::Op::CALL, 35);
  set(vm::Op::CALL_FUNCTION_EX, 50);
  set(vm::Op::NOP, 0);
  set(vm::Op::RESUME, 0);
  vm::copy_fused_costs(cost);
}

}  // namespace interleave::sim
