// JSON Lines corpus records, parsed with RapidJSON.
#include "relgraph/corpus.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace relgraph {

bool parse_jsonl_record(std::string_view line, SourceDocument& out, std::string& error) {
  rapidjson::Document d;
  // iterative parsing: a deeply nested line cannot exhaust the stack
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  if (d.HasParseError()) {
    error = std::string("malformed JSON at column ") + std::to_string(d.GetErrorOffset() + 1) + ": " +
            rapidjson::GetParseError_En(d.GetParseError());
    return false;
  }
  if (!d.IsObject()) {
    error = "not a JSON object";
    return false;
  }
  auto text = d.FindMember("text");
  if (text == d.MemberEnd() || !text->value.IsString()) {
    error = "missing string field \"text\"";
    return false;
  }
  out.text.assign(text->value.GetString(), text->value.GetStringLength());
  auto id = d.FindMember("id");
  if (id != d.MemberEnd()) {
    if (id->value.IsString()) out.info.id.assign(id->value.GetString(), id->value.GetStringLength());
    else if (id->value.IsInt64()) out.info.id = std::to_string(id->value.GetInt64());
    else {
      error = "field \"id\" is not a string or integer";
      return false;
    }
  }
  auto date = d.FindMember("date");
  if (date != d.MemberEnd() && date->value.IsString()) out.info.date.assign(date->value.GetString(), date->value.GetStringLength());
  auto url = d.FindMember("url");
  if (url != d.MemberEnd() && url->value.IsString()) out.info.path.assign(url->value.GetString(), url->value.GetStringLength());
  if (out.info.id.empty()) {
    error = "missing field \"id\"";
    return false;
  }
  return true;
}

} // namespace relgraph
