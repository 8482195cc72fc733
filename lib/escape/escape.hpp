// Escaping for the formats the tools write: JSON, XML, URIs.
#pragma once

#include <string>
#include <string_view>

namespace arshjul {

/// Valid UTF-8: each byte that does not belong to a valid sequence becomes U+FFFD.
std::string valid_utf8(std::string_view s);
/// The same, and every character XML 1.0 does not allow (C0 controls but TAB,
/// LF and CR; DEL; U+FFFE, U+FFFF) as U+FFFD: text that no reader chokes on.
std::string xml_safe(std::string_view s);
/// A JSON string literal, with quotes; invalid UTF-8 as U+FFFD.
std::string json_string(std::string_view s);
/// Text for XML content and attribute values (xml_safe, then escaped).
std::string xml_escape(std::string_view s);
/// A relative path as a URI reference: unreserved characters and '/' kept, the rest %XX.
std::string uri_path(std::string_view path);

}  // namespace arshjul
