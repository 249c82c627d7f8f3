// The UI's fonts: DejaVu Sans for the interface, DejaVu Sans Mono for code,
// subset at build time (scripts/embed_fonts.py) and embedded in the binary.
#pragma once

struct ImFont;

namespace interleave::ui {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* code = nullptr;
};

// Rebuilds ImGui's font atlas for [pixel_ratio] device pixels per logical
// pixel: glyphs are rasterised at full device resolution and scaled back, so
// Cyrillic stays crisp on high-DPI screens. [base_size] is in logical pixels.
Fonts load_fonts(float base_size, float pixel_ratio);

// How many glyphs the atlas holds (reported in the page's state snapshot).
int loaded_glyph_count();

}  // namespace interleave::ui
