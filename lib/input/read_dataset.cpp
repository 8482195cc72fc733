#include "input/read_dataset.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include "base/in_order.hpp"
#include "input/csv_rows.hpp"
#include "input/csv_table.hpp"
#include "sie/reader.hpp"
#include "values/text.hpp"
#include "yaml/organisation.hpp"
#include "yaml/submission.hpp"

namespace arshjul {

namespace {

// A whole file in one read where the size is known.
std::optional<std::string> slurp(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string text;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) text.reserve(static_cast<std::size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return text;
}

enum class YamlKind : std::uint8_t { organisation, submission, unknown };

// Cheap look at the top-level keys so that the organisation file can be read
// before any submission, without parsing every file twice.
bool looks_like_organisation(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view line = text.substr(pos, text.find('\n', pos) - pos);
    if (line.starts_with("units:") || line.starts_with("\"units\":") || line.starts_with("'units':")) return true;
    const std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return false;
}

YamlKind kind_of(const yaml::Node& root) {
  if (!root.is_mapping()) return YamlKind::unknown;
  if (root.find("units")) return YamlKind::organisation;
  // English or Swedish keys (yaml/keys.hpp), with or without diacritics.
  for (const char* key :
       {"unit", "report", "period", "submitted", "enhet", "nämnd", "namnd", "rapport", "inlämnad", "inlamnad"})
    if (root.find(key)) return YamlKind::submission;
  return YamlKind::unknown;
}

void report_unknown_file(FindingList& findings, std::uint32_t file, FileKind kind) {
  if (kind == FileKind::special) {
    findings.add(Code::ars109, Location{file, 1, 1},
                 {"filen är ingen vanlig fil (en FIFO, enhet eller socket) och läses inte; ta bort den ur mappen",
                  "the file is not a regular file (a FIFO, device or socket) and is not read; remove it from the "
                  "folder"});
    return;
  }
  findings.add(Code::ars109, Location{file, 1, 1},
               kind == FileKind::yaml ? Message{"YAML-filen är varken en organisationsfil (nyckeln units) eller en "
                                                "inlämning (unit, report, period)",
                                                "the YAML file is neither an organisation file (key units) nor a "
                                                "submission (unit, report, period)"}
               : kind == FileKind::csv_unknown ? detail::unknown_table_message()
                                               : Message{"filen är varken YAML (.yaml, .yml) eller CSV (.csv)",
                                                         "the file is neither YAML (.yaml, .yml) nor CSV (.csv)"});
}

// A YAML file made ready on a worker thread: read, checked, parsed and, for a
// submission, converted. Everything it found about itself is in `findings`.
struct PreparedYaml {
  enum class Kind : std::uint8_t { unreadable, organisation, submission, not_parsed, unknown, late_organisation };
  Kind kind = Kind::unreadable;
  std::string text;  // organisation candidates only: read after all are known
  std::optional<yaml::SubmissionFile> submission;
  FindingList findings;
  std::string unreadable;  // why the file could not be read
};

PreparedYaml prepare_yaml(const InputFile& file, std::uint32_t index, bool keep_analysis) {
  PreparedYaml out;
  auto text = slurp(file.fs_path);
  if (!text) {
    out.unreadable = std::strerror(errno);
    return out;
  }
  if (looks_like_organisation(*text)) {
    out.kind = PreparedYaml::Kind::organisation;
    out.text = std::move(*text);
    return out;
  }
  const yaml::FileText source(std::move(*text), index);
  const yaml::Loaded loaded = yaml::load(source, out.findings);
  if (!loaded.ok) {
    out.kind = PreparedYaml::Kind::not_parsed;
    return out;
  }
  switch (kind_of(loaded.root())) {
    case YamlKind::submission:
      out.kind = PreparedYaml::Kind::submission;
      out.submission = yaml::read_submission(source, loaded.root(), out.findings);
      // Freed here, on the thread that made it: 50 000 files' texts add up.
      if (!keep_analysis) std::string().swap(out.submission->analysis);
      break;
    case YamlKind::organisation: out.kind = PreparedYaml::Kind::late_organisation; break;
    case YamlKind::unknown: out.kind = PreparedYaml::Kind::unknown; break;
  }
  return out;
}

// The file's reading findings concern its unit, report and period (for --unit, JSON).
void tag_findings(FindingList& findings, std::size_t first, int unit, std::optional<ReportKind> kind,
                  std::optional<Period> period) {
  for (std::size_t k = first; unit >= 0 && k < findings.items().size(); ++k) {
    Subject& about = findings.items()[k].about;
    if (findings.items()[k].code == Code::ars106 || about.unit >= 0) continue;
    about.unit = unit;
    if (!about.report) about.report = kind;
    if (!about.period) about.period = period;
  }
}

// Takes the files in path order into the dataset, the organisation file first:
// until one has been read, the files before it wait (prepared YAML files up to
// a limit, beyond it only their index, to be prepared again).
class InOrderReader {
 public:
  InOrderReader(Dataset& ds, const ReadOptions& options, RowChecks row_checks, unsigned threads, std::size_t window)
      : ds_(ds), options_(options), row_checks_(row_checks), threads_(threads), window_(window) {
    sizes_.resize(ds.files.size());
    for (std::size_t i = 0; i < ds.files.size(); ++i) {
      std::error_code ec;
      sizes_[i] = std::filesystem::file_size(ds.files[i].fs_path, ec);
      if (ec) sizes_[i] = 0;
      total_bytes_ += sizes_[i];
    }
    progress_ = [this](std::uint64_t bytes, std::uint64_t rows) {
      if (options_.progress) options_.progress(ReadProgress{bytes, total_bytes_, yaml_read_ + rows});
    };
  }

  PreparedYaml prepare(std::uint32_t i) const {
    return ds_.files[i].kind == FileKind::yaml ? prepare_yaml(ds_.files[i], i, options_.keep_analyses) : PreparedYaml{};
  }

  void take(std::uint32_t i, PreparedYaml&& p) {
    if (ds_.files[i].kind == FileKind::yaml && p.kind == PreparedYaml::Kind::organisation) {
      take_organisation(i, std::move(p.text));
    } else if (builder_) {
      ingest(i, std::move(p));
    } else {
      waiting_.emplace_back(i, std::nullopt);
      if (ds_.files[i].kind == FileKind::yaml && kept_waiting_ < window_) {
        waiting_.back().second = std::move(p);
        ++kept_waiting_;
      }
    }
  }

  /// A file that could not be read, by index, and why.
  const std::optional<std::pair<std::uint32_t, std::string>>& unreadable() const { return builder_->unreadable(); }

  void finish() {
    if (!builder_) {
      findings().add(Code::ars109, Location{no_file, 1, 1},
                     {"ingen organisationsfil (en YAML-fil med nyckeln units); bara läskontrollerna körs",
                      "no organisation file (a YAML file with the key units); only the reading checks run"});
      start_building();
    }
    progress_(total_bytes_, 0);
  }

 private:
  FindingList& findings() { return ds_.findings; }

  void take_organisation(std::uint32_t i, std::string&& text) {
    bytes_done_ += sizes_[i];
    const yaml::FileText source(std::move(text), i);
    const yaml::Loaded loaded = yaml::load(source, findings());
    if (!loaded.ok) return;
    if (ds_.organisation) {
      const std::string& used = ds_.path_of(ds_.organisation->file);
      findings().add(Code::ars109, Location{i, 1, 1},
                     Message::format("en organisationsfil till; {} används och den här ignoreras",
                                     "another organisation file; {} is used and this one is ignored", used));
      return;
    }
    ds_.organisation = yaml::read_organisation(source, loaded.root(), findings());
    start_building();
  }

  // The files that waited for the organisation, in path order, before any later one.
  void start_building() {
    builder_.emplace(ds_, &options_.ledger, row_checks_);
    std::vector<std::pair<std::uint32_t, std::optional<PreparedYaml>>> waiting = std::move(waiting_);
    waiting_ = {};
    make_and_take_in_order<PreparedYaml>(
        waiting.size(), threads_, window_,
        [&](std::size_t k) { return waiting[k].second ? std::move(*waiting[k].second) : prepare(waiting[k].first); },
        [&](std::size_t k, PreparedYaml&& p) { ingest(waiting[k].first, std::move(p)); });
  }

  void ingest(std::uint32_t i, PreparedYaml&& p) {
    const InputFile& file = ds_.files[i];
    Builder& builder = *builder_;
    if (file.kind != FileKind::yaml) builder.set_progress(options_.progress ? &progress_ : nullptr, bytes_done_);
    bytes_done_ += sizes_[i];
    if (file.kind == FileKind::csv_unknown || file.kind == FileKind::other || file.kind == FileKind::special) {
      report_unknown_file(findings(), i, file.kind);
      return;
    }
    if (file.kind == FileKind::sie) {
      auto books = sie::read_books(file.fs_path, i, ds_.organisation ? ds_.organisation->year : 0, findings());
      if (books)
        builder.add_books(std::move(*books));
      else
        builder.cannot_read(i, books.error());
      return;
    }
    if (file.kind != FileKind::yaml) {
      read_csv_table(i, file, options_.dialect, builder, threads_);
      return;
    }
    if ((++yaml_read_ & 63) == 0) progress_(bytes_done_, 0);
    const std::size_t first = findings().items().size();
    findings().append(std::move(p.findings));
    switch (p.kind) {
      case PreparedYaml::Kind::submission: {
        const std::optional<ReportKind> kind = p.submission->kind;
        const std::optional<Period> period = p.submission->period;
        const int unit = builder.add_submission_file(std::move(*p.submission));
        tag_findings(findings(), first, unit, kind, period);
        break;
      }
      case PreparedYaml::Kind::late_organisation:
        findings().add(Code::ars109, Location{i, 1, 1},
                       {"en organisationsfil till, som inte används; skriv 'units:' i början av en rad",
                        "another organisation file, which is not used; write 'units:' at the start of a line"});
        break;
      case PreparedYaml::Kind::unknown: report_unknown_file(findings(), i, file.kind); break;
      case PreparedYaml::Kind::unreadable: builder.cannot_read(i, p.unreadable); break;
      case PreparedYaml::Kind::not_parsed:
      case PreparedYaml::Kind::organisation: break;
    }
  }

  Dataset& ds_;
  const ReadOptions& options_;
  RowChecks row_checks_;
  unsigned threads_;
  std::size_t window_;
  std::vector<std::uint64_t> sizes_;
  std::uint64_t total_bytes_ = 0, bytes_done_ = 0, yaml_read_ = 0;
  std::function<void(std::uint64_t, std::uint64_t)> progress_;
  std::optional<Builder> builder_;
  std::vector<std::pair<std::uint32_t, std::optional<PreparedYaml>>> waiting_;
  std::size_t kept_waiting_ = 0;
};

}  // namespace

Expected<Dataset, PathError> read_dataset(const std::vector<std::string>& paths, const ReadOptions& options,
                                          RowChecks row_checks) {
  auto found = discover(paths);
  if (!found) return Unexpected{found.error()};
  Dataset ds;
  ds.given_paths = paths;
  ds.files = std::move(*found);
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  // A few dozen files in flight per thread keep every core busy; the rest waits on disk.
  const std::size_t window = 32 * static_cast<std::size_t>(threads);
  InOrderReader reader(ds, options, row_checks, threads, window);
  make_and_take_in_order<PreparedYaml>(
      ds.files.size(), threads, window, [&](std::size_t i) { return reader.prepare(static_cast<std::uint32_t>(i)); },
      [&](std::size_t i, PreparedYaml&& p) { reader.take(static_cast<std::uint32_t>(i), std::move(p)); });
  reader.finish();
  if (const auto& failed = reader.unreadable())
    return Unexpected{PathError{ds.files[failed->first].path, "cannot read the file: " + failed->second}};
  return ds;
}

}  // namespace arshjul
