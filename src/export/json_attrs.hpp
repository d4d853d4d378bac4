#pragma once
// Writes the shared attributes (attributes.hpp) with RapidJSON, for the JSON formats.
#include "export/attributes.hpp"
#include "export/utf8.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace relgraph::attrs {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void put_string(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

inline void put_value(JsonWriter& w, const Column& c, const Value& v) {
  if (c.list) {
    w.StartArray();
    for (const auto& item : v.items) put_string(w, item);
    w.EndArray();
    return;
  }
  switch (c.type) {
  case Type::string: put_string(w, v.text); break;
  case Type::integer: w.Int64(v.integer); break;
  case Type::real: w.Double(v.real); break;
  case Type::boolean: w.Bool(v.boolean); break;
  }
}

// Every column as "name": value, in column order; `skip` names one to leave out.
inline void put_values(JsonWriter& w, const std::vector<Column>& columns,
                       const std::vector<Value>& values, const char* skip = nullptr) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (skip != nullptr && columns[i].name == skip) continue;
    if (columns[i].optional && is_empty(columns[i], values[i])) continue;
    put_string(w, columns[i].name);
    put_value(w, columns[i], values[i]);
  }
}

// The document records as node-link writes them: [{"id", "path", "sha256", "date"?}].
inline void put_documents(JsonWriter& w, const std::vector<DocumentInfo>& docs) {
  w.StartArray();
  for (const auto& d : docs) {
    w.StartObject();
    w.Key("id");
    put_string(w, utf8::to_valid(d.id));
    w.Key("path");
    put_string(w, utf8::to_valid(d.path));
    w.Key("sha256");
    put_string(w, utf8::to_valid(d.sha256));
    if (!d.date.empty()) {
      w.Key("date");
      put_string(w, utf8::to_valid(d.date));
    }
    w.EndObject();
  }
  w.EndArray();
}

} // namespace relgraph::attrs
