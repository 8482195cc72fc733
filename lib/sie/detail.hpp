// What the SIE reader's files share: the values of its fields and the lines
// of a file.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "types/location.hpp"
#include "types/values.hpp"

namespace arshjul::sie::detail {

inline constexpr int first_result_account = 3000, last_result_account = 8989;
// Records are short; a longer line is not SIE and would cost memory.
inline constexpr std::size_t max_line_bytes = std::size_t{1} << 20;

/// "-12.5" → öre; "-0" and "-0.00" are 0; anything else is nullopt.
std::optional<Wide> amount(std::string_view s);
/// YYYYMMDD as a date.
std::optional<Date> date8(std::string_view s);
/// #KSUMMA's value: an unsigned 32-bit decimal, or its two's-complement negative form.
std::optional<std::uint32_t> checksum_value(std::string_view s);
/// The number of a result account: four digits of BAS classes 3–8 (3000–8989); nullopt for any other account.
std::optional<int> result_account(std::string_view s);
/// A field's text for a message in one reading (CP437 or UTF-8): controls as '?', shortened.
std::string shown(std::string_view raw, bool utf8);

/// A record's field.
struct Field {
  std::string text;                // unescaped; for a list, empty
  std::vector<std::string> items;  // an object list's items: the first `used`
  std::size_t used = 0;
  bool list = false;
  std::uint32_t column = 0;  // of its first byte, from 1
};

/// A record's fields. Fields and their items are kept from line to line and
/// reused, so that reading a million rows allocates nothing per row.
class Fields {
 public:
  std::size_t size() const { return used_; }
  const Field& operator[](std::size_t k) const { return fields_[k]; }
  /// The k-th field's text; "" for a list or a field not there.
  std::string_view text(std::size_t k) const { return k < used_ ? std::string_view(fields_[k].text) : ""; }

 private:
  friend struct Lexing;
  std::vector<Field> fields_;
  std::size_t used_ = 0;
};

/// Why a record's fields cannot be read, at byte `index` of its line.
struct LexError {
  std::size_t index;
  std::string_view en, sv;
};

/// The fields of `line` from byte `from` (after the label): words, quoted
/// strings (\" a quote, \\ a backslash, any other backslash itself) and
/// object lists ({}, { }, pairs), separated by spaces or TABs.
std::optional<LexError> lex_fields(std::string_view line, std::size_t from, Fields& out);

/// A result account's figures in öre: its period data by month, its budget and its #RES.
struct AccountSums {
  std::array<Wide, 12> trans{}, psaldo{};
  Wide pbudget = 0;
  std::optional<Wide> res;
  Location res_where;
};

/// The result accounts of one file by number, in a slot table: no tree and no
/// allocation per row.
class Accounts {
 public:
  Accounts() { slot_.fill(-1); }

  /// The account's sums, made when first asked for; nullptr when `account` is
  /// not a result account.
  AccountSums* find(std::string_view account);
  /// The booked outcome to date at the end of each month, from #TRANS or from #PSALDO.
  std::array<Wide, 12> booked_to_date(bool by_trans) const;
  /// The sum of the #PBUDGET rows.
  Wide budget() const;

  struct Mismatch {
    int account;
    const AccountSums* sums;
  };
  /// The lowest account whose year of period data is not its #RES (a missing side counts as 0).
  std::optional<Mismatch> first_res_mismatch(bool by_trans) const;

 private:
  std::array<std::int16_t, last_result_account - first_result_account + 1> slot_;  // -1: none yet
  std::vector<AccountSums> sums_;
};

/// A file's lines, without their LF, cut from a block read ahead (getline's
/// copy of every line was a tenth of the reading time). The block grows only
/// for a line longer than itself, up to max_line_bytes.
class FileLines {
 public:
  explicit FileLines(std::FILE* file) : file_(file), block_(std::size_t{1} << 18) {}

  enum class Next { line, end, too_long };
  /// The next line (the last one may lack its line end). `end` also after a
  /// read error: the caller asks ferror.
  Next next(std::string_view& line);

 private:
  std::FILE* file_;
  std::vector<char> block_;
  std::size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
};

}  // namespace arshjul::sie::detail
