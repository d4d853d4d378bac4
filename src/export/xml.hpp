#pragma once
// Hand-written XML output: escaping for text and attribute values.
#include "export/utf8.hpp"

#include <string>
#include <string_view>

namespace relgraph::xml {

// Escapes markup characters, keeps tabs and line breaks through attribute-value normalisation
// (&#9; &#10; &#13;) and replaces what XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF, bad
// UTF-8) with U+FFFD.
inline std::string escape(std::string_view raw) {
  const std::string s = utf8::to_valid(raw);
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&apos;"; break;
    case '\t': out += "&#9;"; break;
    case '\n': out += "&#10;"; break;
    case '\r': out += "&#13;"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        out += "\xEF\xBF\xBD";
      } else if (c == '\xEF' && i + 2 < s.size() && s[i + 1] == '\xBF' &&
                 (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
        out += "\xEF\xBF\xBD";
        i += 2;
      } else {
        out += c;
      }
    }
  }
  return out;
}

} // namespace relgraph::xml
