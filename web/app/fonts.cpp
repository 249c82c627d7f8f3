#include "fonts.h"

#include <imgui.h>

namespace interleave::fonts {
extern const unsigned char ui_font_data[];
extern const unsigned int ui_font_size;
extern const unsigned char code_font_data[];
extern const unsigned int code_font_size;
}  // namespace interleave::fonts

namespace interleave::ui {
namespace {

// Keep in sync with UNICODE_RANGES in scripts/embed_fonts.py.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F,  // Latin Extended-A
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic + Cyrillic Supplement
    0x2000, 0x206F,  // General Punctuation
    0x20AC, 0x20AC,  // €
    0x2100, 0x214F,  // Letterlike symbols
    0x2190, 0x21FF,  // Arrows
    0x2200, 0x22FF,  // Mathematical operators
    0x2500, 0x257F,  // Box drawing
    0x2580, 0x259F,  // Block elements
    0x25A0, 0x25FF,  // Geometric shapes
    0,
};

ImFont* add_font(const unsigned char* data, unsigned int size, float pixels) {
  ImFontConfig config;
  // The data lives in the binary for the program's lifetime.
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    kGlyphRanges);
}

}  // namespace

Fonts load_fonts(float base_size, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.ui = add_font(fonts::ui_font_data, fonts::ui_font_size, base_size * pixel_ratio);
  fonts.code = add_font(fonts::code_font_data, fonts::code_font_size, base_size * pixel_ratio);
  io.FontGlobalScale = 1.0f / pixel_ratio;
  io.Fonts->Build();
  return fonts;
}

int loaded_glyph_count() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->Fonts.empty()) return 0;
  return io.Fonts->Fonts[0]->Glyphs.Size;
}

}  // namespace interleave::ui
