#include "shader_program.h"

#include <cstring>
#include <string>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
// The GL 3 entry points ImGui's backend already loaded.
#include <imgui_impl_opengl3_loader.h>
#endif

namespace interleave::platform {

extern const EmbeddedShader kEmbeddedShaders[];

namespace {

#ifdef __EMSCRIPTEN__
constexpr const char* kPrelude = "#version 300 es\nprecision mediump float;\n";
#else
constexpr const char* kPrelude = "#version 150\n";
#endif

const char* find_source(const std::string& file) {
  for (const EmbeddedShader* s = kEmbeddedShaders; s->name; ++s)
    if (file == s->name) return s->text;
  return nullptr;
}

GLuint compile(GLenum stage, const std::string& file, std::string& error) {
  const char* body = find_source(file);
  if (!body) {
    error = "shaders/" + file + " is not embedded";
    return 0;
  }
  const char* sources[] = {kPrelude, body};
  GLuint shader = glCreateShader(stage);
  glShaderSource(shader, 2, sources, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = "shaders/" + file + ": " + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

ShaderProgram build_program(const char* name) {
  ShaderProgram program;
  const std::string base = name;
  GLuint vert = compile(GL_VERTEX_SHADER, base + ".vert", program.error);
  if (!vert) return program;
  GLuint frag = compile(GL_FRAGMENT_SHADER, base + ".frag", program.error);
  if (!frag) {
    glDeleteShader(vert);
    return program;
  }
  GLuint id = glCreateProgram();
  glAttachShader(id, vert);
  glAttachShader(id, frag);
  glLinkProgram(id);
  glDeleteShader(vert);
  glDeleteShader(frag);
  GLint ok = GL_FALSE;
  glGetProgramiv(id, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    char log[1024] = {};
    glGetProgramInfoLog(id, sizeof log, nullptr, log);
    program.error = "shaders/" + base + ": link: " + log;
    glDeleteProgram(id);
    return program;
  }
  program.id = id;
  return program;
}

void destroy_program(ShaderProgram& program) {
  if (program.id) glDeleteProgram(program.id);
  program.id = 0;
}

}  // namespace interleave::platform
