// `-f mentions`: one JSON object a line per actor mention, written with RapidJSON.
#include "relgraph/export.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace relgraph {

std::string write_mentions_jsonl(const std::vector<MentionRecord>& mentions) {
  std::string out;
  rapidjson::StringBuffer buf;
  for (const MentionRecord& m : mentions) {
    buf.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("doc");
    w.String(m.doc.c_str(), static_cast<rapidjson::SizeType>(m.doc.size()));
    w.Key("start");
    w.Uint(m.start);
    w.Key("end");
    w.Uint(m.end);
    w.Key("text");
    w.String(m.text.c_str(), static_cast<rapidjson::SizeType>(m.text.size()));
    w.Key("type");
    w.String(m.type.c_str(), static_cast<rapidjson::SizeType>(m.type.size()));
    w.Key("kind");
    w.String(m.kind.c_str(), static_cast<rapidjson::SizeType>(m.kind.size()));
    w.Key("actor");
    if (m.actor.empty()) w.Null();
    else w.String(m.actor.c_str(), static_cast<rapidjson::SizeType>(m.actor.size()));
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out.push_back('\n');
  }
  return out;
}

} // namespace relgraph
