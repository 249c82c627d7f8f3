# Sourced by the scripts: the environment Debian's Emscripten 3.1.6 needs here.
# (TOOLCHAIN.md explains each line.)

# The machine's Node.js is not Debian's; Emscripten's JS optimizer needs
# Debian's acorn module.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# Debian freezes Emscripten's cache; let it build libc-mt, libGL-webgl2 ... once.
export EM_FROZEN_CACHE=
# Keep that cache out of the system tree, in the user's home, built once per machine.
export EM_CACHE=${EM_CACHE:-$HOME/.emscripten_cache}

# Where scripts/setup keeps what it fetches and builds (Debian source packages,
# SDL2 for wasm): outside the checkout, so every clone on this machine (CI's
# fresh clones too) shares one copy. Entries are named by version.
export INTERLEAVE_DEPS=${INTERLEAVE_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/interleave/deps}
