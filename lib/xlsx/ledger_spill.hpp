// The ledger's rows, waiting on disk while the data is read: which summary
// sheets a workbook has (Volymer or not) is known only when all is read, and
// libxlsxwriter puts sheets in the order they are created, so the ledger
// sheets, which come last, are written from here when the workbook is finished.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "input/builder.hpp"

namespace arshjul::xlsx {

class LedgerSpill {
 public:
  /// An unnamed file in `folder` (beside the workbook: a full disk there is
  /// noticed), gone when the spill is; the error is the system's words.
  [[nodiscard]] static Expected<LedgerSpill, std::string> create(const std::string& folder);
  LedgerSpill(LedgerSpill&& other) noexcept;
  LedgerSpill& operator=(LedgerSpill&&) = delete;
  LedgerSpill(const LedgerSpill&) = delete;
  ~LedgerSpill();

  void append(const LedgerRow& row);
  std::uint64_t rows() const { return rows_; }
  /// Every row in the order appended; the views live until the next row. The
  /// error is the system's words for a failed write or read.
  [[nodiscard]] Expected<void, std::string> replay(const std::function<void(const LedgerRow&)>& each);

 private:
  explicit LedgerSpill(int fd) : fd_(fd) {}
  void put(const void* data, std::size_t size);
  void put_text(std::string_view text);
  void flush();

  int fd_ = -1;
  std::vector<char> buffer_;
  std::vector<std::string> paths_;  // by file index, as rows name them
  std::uint64_t rows_ = 0;
  int error_ = 0;  // the first errno of a failed write
};

}  // namespace arshjul::xlsx
