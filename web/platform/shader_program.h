// Compiles the shaders in shaders/ for the running target (OpenGL 3.2 core
// on the desktop, WebGL2 in the browser) and links them into programs.
#pragma once

#include <string>

namespace interleave::platform {

struct EmbeddedShader {
  const char* name;  // "spans.vert"
  const char* text;  // the body, without a #version line
};

// A linked GL program; 0 with [error] set when compiling or linking failed.
struct ShaderProgram {
  unsigned id = 0;
  std::string error;
};

// Builds the program from "<name>.vert" and "<name>.frag". Needs a current
// GL context (after Window::open).
ShaderProgram build_program(const char* name);
void destroy_program(ShaderProgram& program);

}  // namespace interleave::platform
