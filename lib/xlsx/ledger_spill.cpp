#include "xlsx/ledger_spill.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "io/temporary.hpp"

namespace arshjul::xlsx {

namespace {
constexpr std::size_t buffer_size = 1 << 20;

// The fixed part of a row, then its unit, line and measures as length and bytes.
struct Fixed {
  std::int64_t budget, outcome, forecast;
  std::uint32_t file, line, column;
  std::int16_t year;
  std::uint8_t month, source;
};

class Reader {
 public:
  explicit Reader(int fd) : fd_(fd), buffer_(buffer_size) {}
  // False at the end of the file; a failed read sets error().
  bool get(void* out, std::size_t size) {
    char* to = static_cast<char*>(out);
    while (size > 0) {
      if (at_ == end_ && !refill()) return false;
      const std::size_t n = std::min(size, end_ - at_);
      std::memcpy(to, buffer_.data() + at_, n);
      at_ += n, to += n, size -= n;
    }
    return true;
  }
  bool get_text(std::string& out) {
    std::uint32_t size = 0;
    if (!get(&size, sizeof size)) return false;
    out.resize(size);
    return get(out.data(), size);
  }
  int error() const { return error_; }

 private:
  bool refill() {
    for (;;) {
      const ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) error_ = errno;
      if (n <= 0) return false;
      at_ = 0, end_ = static_cast<std::size_t>(n);
      return true;
    }
  }
  int fd_;
  std::vector<char> buffer_;
  std::size_t at_ = 0, end_ = 0;
  int error_ = 0;
};
}  // namespace

Expected<LedgerSpill, std::string> LedgerSpill::create(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == ENOENT)) {
    // A file system without unnamed files: a named one, removed at once.
    std::string name = folder + "/.arshjul-ledger-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
  }
  if (fd < 0) return Unexpected{std::string(std::strerror(errno))};
  LedgerSpill spill(fd);
  spill.buffer_.reserve(buffer_size);
  return spill;
}

LedgerSpill::LedgerSpill(LedgerSpill&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      buffer_(std::move(other.buffer_)),
      paths_(std::move(other.paths_)),
      rows_(other.rows_),
      error_(other.error_) {}

LedgerSpill::~LedgerSpill() {
  if (fd_ >= 0) ::close(fd_);
}

void LedgerSpill::put(const void* data, std::size_t size) {
  if (buffer_.size() + size > buffer_size) flush();
  const char* bytes = static_cast<const char*>(data);
  buffer_.insert(buffer_.end(), bytes, bytes + size);
}

void LedgerSpill::put_text(std::string_view text) {
  const auto size = static_cast<std::uint32_t>(text.size());
  put(&size, sizeof size);
  if (size > buffer_size) {  // a huge measures text goes straight through
    flush();
    if (error_ == 0 && !write_all(fd_, text)) error_ = errno;
    return;
  }
  put(text.data(), size);
}

void LedgerSpill::flush() {
  if (error_ == 0 && !buffer_.empty() && !write_all(fd_, std::string_view(buffer_.data(), buffer_.size())))
    error_ = errno;
  buffer_.clear();
}

void LedgerSpill::append(const LedgerRow& row) {
  if (row.where.file != no_file) {
    if (paths_.size() <= row.where.file) paths_.resize(row.where.file + 1);
    if (paths_[row.where.file].empty()) paths_[row.where.file] = row.file;
  }
  Fixed fixed{};  // every byte written is set, padding too
  fixed.budget = row.budget.ore, fixed.outcome = row.outcome.ore, fixed.forecast = row.forecast.ore;
  fixed.file = row.where.file, fixed.line = row.where.line, fixed.column = row.where.column;
  fixed.year = static_cast<std::int16_t>(row.period.year);
  fixed.month = static_cast<std::uint8_t>(row.period.month);
  fixed.source = static_cast<std::uint8_t>(row.source);
  put(&fixed, sizeof fixed);
  put_text(row.unit);
  put_text(row.line);
  put_text(row.measures);
  ++rows_;
}

Expected<void, std::string> LedgerSpill::replay(const std::function<void(const LedgerRow&)>& each) {
  flush();
  if (error_ != 0) return Unexpected{std::string(std::strerror(error_))};
  if (::lseek(fd_, 0, SEEK_SET) != 0) return Unexpected{std::string(std::strerror(errno))};
  Reader reader(fd_);
  Fixed fixed{};
  std::string unit, line, measures;
  static const std::string none;
  for (std::uint64_t i = 0; i < rows_; ++i) {
    if (!reader.get(&fixed, sizeof fixed) || !reader.get_text(unit) || !reader.get_text(line) ||
        !reader.get_text(measures))
      return Unexpected{std::string(reader.error() != 0 ? std::strerror(reader.error()) : "the file ended early")};
    LedgerRow row;
    row.unit = unit;
    row.period = Period{fixed.year, fixed.month};
    row.source = static_cast<FactSource>(fixed.source);
    row.line = line;
    row.budget = Amount{fixed.budget}, row.outcome = Amount{fixed.outcome}, row.forecast = Amount{fixed.forecast};
    row.measures = measures;
    row.where = Location{fixed.file, fixed.line, fixed.column};
    row.file = fixed.file < paths_.size() ? std::string_view(paths_[fixed.file]) : std::string_view(none);
    each(row);
  }
  return {};
}

}  // namespace arshjul::xlsx
