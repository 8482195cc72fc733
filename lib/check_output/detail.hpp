// Internals of check_output: one function per format.
#pragma once

#include "check_output/check_output.hpp"

namespace arshjul::detail {

/// Control characters shown as \n, \t or \xNN.
std::string visible(std::string_view s);

std::string format_text(const Analysis& a, const CheckOutputOptions& o);
std::string format_json(const Analysis& a, const CheckOutputOptions& o);
std::string format_github(const Analysis& a, const CheckOutputOptions& o);
std::string format_sarif(const Analysis& a, const CheckOutputOptions& o);
std::string format_junit(const Analysis& a, const CheckOutputOptions& o);
std::string format_gitlab(const Analysis& a, const CheckOutputOptions& o);

}  // namespace arshjul::detail
