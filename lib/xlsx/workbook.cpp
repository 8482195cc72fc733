#include "xlsx/workbook.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "io/output.hpp"
#include "xlsx/detail.hpp"

namespace arshjul::xlsx {

namespace {
constexpr lxw_row_t ledger_rows_per_sheet = LXW_ROW_MAX - 1;  // plus the header row

// What the system said (a full disk) where it said something, else libxlsxwriter's words.
std::string error_text(const std::string& path, lxw_error e, int system_error = 0) {
  if (system_error != 0) return fmt::format("cannot write '{}': {}", path, std::strerror(system_error));
  return fmt::format("cannot write '{}': {}", path, lxw_strerror(e));
}

// libxlsxwriter prints its own "[ERROR] …" lines to standard error; the tool
// reports the error once, in its words, so they are silenced while it runs.
class QuietStderr {
 public:
  QuietStderr() {
    std::fflush(stderr);
    saved_ = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    if (null >= 0) ::close(null);
  }
  ~QuietStderr() {
    std::fflush(stderr);
    if (saved_ < 0) return;
    ::dup2(saved_, STDERR_FILENO);
    ::close(saved_);
  }
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;

 private:
  int saved_ = -1;
};
}  // namespace

Expected<std::unique_ptr<Workbook>, std::string> Workbook::open(const std::string& path, const Options& options) {
  auto state = std::make_unique<State>();
  state->path = path;
  auto target = resolve_output(path);
  if (!target) return Unexpected{target.error()};
  auto temporary = Temporary::create(*target, path);
  if (!temporary) return Unexpected{temporary.error()};
  state->temporary.emplace(std::move(*temporary));
  state->options = options;
  // libxlsxwriter's own temporary files (one a sheet in constant-memory mode) go
  // beside the workbook, not to /tmp: a full /tmp cannot spoil it unnoticed.
  std::string tmpdir = state->temporary->folder();
  lxw_workbook_options workbook_options{LXW_TRUE, tmpdir.data(), LXW_FALSE};
  {
    const QuietStderr quiet;
    state->workbook = workbook_new_opt(state->temporary->path().c_str(), &workbook_options);
  }
  if (!state->workbook) return Unexpected{fmt::format("cannot write '{}': cannot create the workbook", path)};
  detail::create_formats(*state);
  return std::unique_ptr<Workbook>(new Workbook(std::move(state)));
}

Workbook::Workbook(std::unique_ptr<State> state) : state_(std::move(state)) {}

Workbook::~Workbook() {
  if (state_ && state_->workbook) {  // not finished: the temporary file goes with state_
    const QuietStderr quiet;
    workbook_close(state_->workbook);
  }
}

void Workbook::add_ledger_row(const LedgerRow& row) {
  State& s = *state_;
  if (!s.ledger && !s.ledger_error) {
    auto spill = LedgerSpill::create(s.temporary->folder());
    if (spill)
      s.ledger.emplace(std::move(*spill));
    else
      s.ledger_error = spill.error();
  }
  if (s.ledger) s.ledger->append(row);
}

Status Workbook::finish(const Summary& summary, const ProgressObserver& progress) {
  State& s = *state_;
  const auto cannot_create = [&] {
    return Unexpected{fmt::format("cannot write '{}': cannot create the sheets", s.path)};
  };
  if (s.ledger_error) return Unexpected{fmt::format("cannot write '{}': {}", s.path, *s.ledger_error)};
  if (!detail::add_summary_sheets(s, summary)) return cannot_create();
  // The ledger after the summary sheets, from where its rows waited (ledger_spill.hpp).
  if (s.options.include_ledger) {
    detail::add_ledger_sheet(s);
    if (s.ledger) {
      const std::uint64_t total = s.ledger->rows();
      std::uint64_t done = 0;
      const auto replayed = s.ledger->replay([&](const LedgerRow& row) {
        if (s.sheets.back().row() > ledger_rows_per_sheet) detail::add_ledger_sheet(s);
        if (s.sheets.back().sheet()) detail::write_ledger_row(s, s.sheets.back(), row);
        if (progress && (++done & 0x3fff) == 0) progress({done, total, done, ReadProgress::Stage::writing});
      });
      s.ledger.reset();
      if (!replayed) return Unexpected{fmt::format("cannot write '{}': {}", s.path, replayed.error())};
    }
    for (std::size_t i = s.summary_sheet_count; i < s.sheets.size(); ++i)
      if (!s.sheets[i].sheet()) return cannot_create();
  }
  for (std::size_t i = s.summary_sheet_count; i < s.sheets.size(); ++i) detail::finish_ledger_sheet(s, s.sheets[i]);
  for (SheetWriter& sheet : s.sheets) sheet.fit_columns();
  for (const SheetWriter& sheet : s.sheets)
    if (sheet.error() != LXW_NO_ERROR) return Unexpected{error_text(s.path, sheet.error())};
  detail::set_properties(s, summary);
  if (progress) progress({0, 0, 0, ReadProgress::Stage::writing});  // packing: nothing to count
  errno = 0;
  lxw_error closed;
  {
    const QuietStderr quiet;
    closed = workbook_close(s.workbook);
  }
  const int system_error = errno;
  s.workbook = nullptr;
  if (closed != LXW_NO_ERROR) return Unexpected{error_text(s.path, closed, system_error)};
  return {};
}

Status Workbook::commit() { return state_->temporary->commit(); }

std::vector<std::string> Workbook::warnings() const {
  std::vector<std::string> out;
  for (const SheetWriter& sheet : state_->sheets)
    out.insert(out.end(), sheet.warnings().begin(), sheet.warnings().end());
  return out;
}

}  // namespace arshjul::xlsx
