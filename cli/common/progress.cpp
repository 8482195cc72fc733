#include "common/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "values/format.hpp"

namespace arshjul::cli {

Progress::Progress(std::string tool, bool quiet, Lang lang)
    : tool_(std::move(tool)),
      enabled_(!quiet && ::isatty(STDERR_FILENO) && std::getenv("CI") == nullptr),
      lang_(lang) {}

Progress::~Progress() {
  if (drawn_) fmt::print(stderr, "\r\x1b[K");
}

ProgressObserver Progress::observer() {
  if (!enabled_) return {};
  return [this](const ReadProgress& p) { show(p); };
}

void Progress::show(const ReadProgress& p) {
  using namespace std::chrono;
  const bool sv = lang_ == Lang::sv;
  const bool writing = p.stage == ReadProgress::Stage::writing;
  // Packing has no steps to count: one line until it is written, at once.
  if (writing && p.bytes_total == 0) {
    fmt::print(stderr, "\r{}: {}\x1b[K", tool_, sv ? "skriver arbetsboken …" : "writing the workbook …");
    drawn_ = true;
    return;
  }
  if (!writing && p.bytes_done >= p.bytes_total) {  // reading is done: clear the line before any output
    if (drawn_) fmt::print(stderr, "\r\x1b[K");
    drawn_ = false;
    return;
  }
  const auto now = steady_clock::now();
  if (writing && !writing_since_) writing_since_ = now;  // the rate and time left of writing alone
  const double elapsed = duration<double>(now - (writing ? *writing_since_ : start_)).count();
  if (duration<double>(now - start_).count() < 1.0 || now - last_ < milliseconds(250) || p.bytes_total == 0) return;
  last_ = now;
  const double done = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
  const double left = done > 0 ? elapsed * (1 - done) / done : 0;
  fmt::print(stderr, "\r{}: {}{:.0f} % ({} {}, {}/s, {:.0f} s {})\x1b[K", tool_,
             writing ? (sv ? "skriver arbetsboken, " : "writing the workbook, ") : "", done * 100,
             format_integer(static_cast<Wide>(p.rows), lang_), sv ? "rader" : "rows",
             format_integer(static_cast<Wide>(static_cast<double>(p.rows) / elapsed), lang_), left,
             sv ? "kvar" : "left");
  drawn_ = true;
}

}  // namespace arshjul::cli
