// Escaping for the formats the tools write: JSON, XML, URIs.
#pragma once

#include <string>
#include <string_view>

namespace arshjul {

/// A JSON string literal, with quotes.
std::string json_string(std::string_view s);
/// Text for XML content and attribute values; characters XML 1.0 forbids are dropped.
std::string xml_escape(std::string_view s);
/// A relative path as a URI reference: unreserved characters and '/' kept, the rest %XX.
std::string uri_path(std::string_view path);

}  // namespace arshjul
