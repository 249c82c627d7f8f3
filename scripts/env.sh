# Sourced by the scripts: the environment Debian's Emscripten 3.1.6 needs here.
# (TOOLCHAIN.md explains each line.)

# The machine's Node.js is not Debian's; Emscripten's JS optimizer needs
# Debian's acorn module.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# Debian freezes Emscripten's cache; let it build libc-mt, libGL-webgl2 ... once.
export EM_FROZEN_CACHE=
# Keep that cache out of the system tree, in the user's home, built once per machine.
export EM_CACHE=${EM_CACHE:-$HOME/.emscripten_cache}
