#include "input/read_dataset.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "input/csv_table.hpp"
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
  for (const char* key : {"unit", "report", "period", "submitted"})
    if (root.find(key)) return YamlKind::submission;
  return YamlKind::unknown;
}

void report_unknown_file(FindingList& findings, std::uint32_t file, FileKind kind) {
  const bool yaml = kind == FileKind::yaml;
  const bool csv = kind == FileKind::csv_unknown;
  findings.add(Code::ars109, Location{file, 1, 1},
               yaml  ? Message{"YAML-filen är varken en organisationsfil (nyckeln units) eller en inlämning (unit, "
                               "report, period)",
                              "the YAML file is neither an organisation file (key units) nor a submission (unit, "
                               "report, period)"}
               : csv ? Message{"CSV-filens namn ska börja med submissions/inlamningar, economy/ekonomi, "
                               "kpis/nyckeltal eller assignments/uppdrag",
                               "a CSV file's name must start with submissions/inlamningar, economy/ekonomi, "
                               "kpis/nyckeltal or assignments/uppdrag"}
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
};

PreparedYaml prepare_yaml(const InputFile& file, std::uint32_t index) {
  PreparedYaml out;
  auto text = slurp(file.fs_path);
  if (!text) {
    out.findings.add(Code::ars101, Location{index, 1, 1}, {"filen kan inte läsas", "the file cannot be read"});
    return out;
  }
  if (looks_like_organisation(*text)) {
    out.kind = PreparedYaml::Kind::organisation;
    out.text = std::move(*text);
    return out;
  }
  const yaml::Source source(std::move(*text), index);
  const yaml::Loaded loaded = yaml::load(source, out.findings);
  if (!loaded.ok) {
    out.kind = PreparedYaml::Kind::not_parsed;
    return out;
  }
  switch (kind_of(loaded.root())) {
    case YamlKind::submission:
      out.kind = PreparedYaml::Kind::submission;
      out.submission = yaml::read_submission(source, loaded.root(), out.findings);
      break;
    case YamlKind::organisation: out.kind = PreparedYaml::Kind::late_organisation; break;
    case YamlKind::unknown: out.kind = PreparedYaml::Kind::unknown; break;
  }
  return out;
}

// Every YAML file prepared on `threads` threads; results by file index.
std::vector<PreparedYaml> prepare_all_yaml(const std::vector<InputFile>& files, unsigned threads,
                                           const std::function<void(std::size_t)>& on_main_thread) {
  std::vector<PreparedYaml> prepared(files.size());
  std::vector<std::uint32_t> yaml_files;
  for (std::uint32_t i = 0; i < files.size(); ++i)
    if (files[i].kind == FileKind::yaml) yaml_files.push_back(i);
  std::atomic<std::size_t> next{0};
  const auto work = [&](bool main_thread) {
    for (std::size_t k; (k = next.fetch_add(1)) < yaml_files.size();) {
      prepared[yaml_files[k]] = prepare_yaml(files[yaml_files[k]], yaml_files[k]);
      if (main_thread && (k & 63) == 0) on_main_thread(k);
    }
  };
  const auto helpers = static_cast<unsigned>(std::min<std::size_t>(threads, yaml_files.size() / 8 + 1) - 1);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work, false);
  work(true);
  for (std::thread& t : pool) t.join();
  return prepared;
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

}  // namespace

std::variant<Dataset, PathError> read_dataset(const std::vector<std::string>& paths, const ReadOptions& options) {
  auto found = discover(paths);
  if (auto* error = std::get_if<PathError>(&found)) return *error;
  Dataset ds;
  ds.given_paths = paths;
  ds.files = std::move(std::get<std::vector<InputFile>>(found));
  FindingList& findings = ds.findings;
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

  // Progress counts bytes: the YAML files first (parsed first), then the CSV files.
  std::vector<std::uint64_t> sizes(ds.files.size(), 0);
  std::uint64_t yaml_bytes = 0, total_bytes = 0;
  for (std::size_t i = 0; i < ds.files.size(); ++i) {
    std::error_code ec;
    sizes[i] = std::filesystem::file_size(ds.files[i].fs_path, ec);
    total_bytes += sizes[i];
    if (ds.files[i].kind == FileKind::yaml) yaml_bytes += sizes[i];
  }
  std::size_t yaml_count = 0;
  for (const InputFile& f : ds.files) yaml_count += f.kind == FileKind::yaml;
  const std::function<void(std::uint64_t, std::uint64_t)> progress = [&](std::uint64_t bytes, std::uint64_t rows) {
    if (options.progress) options.progress(ReadProgress{bytes, total_bytes, rows});
  };

  // YAML files are parsed on every core; what they hold is taken in path order below.
  std::vector<PreparedYaml> prepared = prepare_all_yaml(
      ds.files, threads, [&](std::size_t done) { progress(yaml_count ? yaml_bytes * done / yaml_count : 0, done); });
  for (std::uint32_t i = 0; i < ds.files.size(); ++i) {
    PreparedYaml& p = prepared[i];
    if (ds.files[i].kind != FileKind::yaml || p.kind != PreparedYaml::Kind::organisation) continue;
    const yaml::Source source(std::move(p.text), i);
    const yaml::Loaded loaded = yaml::load(source, findings);
    if (!loaded.ok) continue;
    if (ds.organisation) {
      findings.add(
          Code::ars109, Location{i, 1, 1},
          {fmt::format("en organisationsfil till; {} används och den här ignoreras", ds.path_of(ds.organisation->file)),
           fmt::format("another organisation file; {} is used and this one is ignored",
                       ds.path_of(ds.organisation->file))});
      continue;
    }
    ds.organisation = yaml::read_organisation(source, loaded.root(), findings);
  }
  if (!ds.organisation)
    findings.add(Code::ars109, Location{no_file, 1, 1},
                 {"ingen organisationsfil (en YAML-fil med nyckeln units); bara läskontrollerna körs",
                  "no organisation file (a YAML file with the key units); only the reading checks run"});

  Builder builder(ds, &options.ledger);
  std::size_t submissions = 0, kpis = 0, assignments = 0;
  for (const PreparedYaml& p : prepared) {
    if (!p.submission) continue;
    ++submissions;
    kpis += p.submission->kpis.size();
    assignments += p.submission->assignments.size();
  }
  builder.reserve(submissions, kpis, assignments);
  std::uint64_t csv_bytes_before = yaml_bytes;
  for (std::uint32_t i = 0; i < ds.files.size(); ++i) {
    const InputFile& file = ds.files[i];
    if (file.kind != FileKind::yaml) {
      builder.set_progress(options.progress ? &progress : nullptr, csv_bytes_before);
      csv_bytes_before += sizes[i];
    }
    if (file.kind == FileKind::csv_unknown || file.kind == FileKind::other) {
      report_unknown_file(findings, i, file.kind);
      continue;
    }
    if (file.kind != FileKind::yaml) {
      read_csv_table(i, file, options.dialect, builder, threads);
      continue;
    }
    PreparedYaml& p = prepared[i];
    if (p.kind == PreparedYaml::Kind::organisation) continue;  // taken above
    const std::size_t first = findings.items().size();
    findings.append(std::move(p.findings));
    switch (p.kind) {
      case PreparedYaml::Kind::submission: {
        const std::optional<ReportKind> kind = p.submission->kind;
        const std::optional<Period> period = p.submission->period;
        const int unit = builder.add_submission_file(std::move(*p.submission));
        tag_findings(findings, first, unit, kind, period);
        break;
      }
      case PreparedYaml::Kind::late_organisation:
        findings.add(Code::ars109, Location{i, 1, 1},
                     {"en organisationsfil till, som inte används; skriv 'units:' i början av en rad",
                      "another organisation file, which is not used; write 'units:' at the start of a line"});
        break;
      case PreparedYaml::Kind::unknown: report_unknown_file(findings, i, file.kind); break;
      case PreparedYaml::Kind::unreadable:
      case PreparedYaml::Kind::not_parsed:
      case PreparedYaml::Kind::organisation: break;
    }
    p = PreparedYaml{};  // free it
  }
  progress(total_bytes, 0);
  return ds;
}

}  // namespace arshjul
