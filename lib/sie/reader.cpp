// The SIE reader: each line lexed (lex.cpp), its record applied to the
// books (vouchers, balances, the year, the checksum), the result accounts
// summed (accounts.cpp), and the findings placed once the encoding is known.
#include "sie/reader.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "sie/detail.hpp"
#include "values/text.hpp"

namespace arshjul::sie {

namespace {

using namespace detail;

// A finding made while reading, before the file's encoding is decided (at its
// end): its column and message for both readings.
struct Pending {
  Code code = Code::ars101;
  std::uint32_t line = 0, byte_column = 0, char_column = 0;
  Message as_cp437, as_utf8;
};

class Reader {
 public:
  Reader(std::uint32_t file, int year, FindingList& findings) : file_(file), year_(year), findings_(findings) {
    books_.file = file;
    books_.orgnr_where = Location{file, 1, 1};
  }

  // One line, without its line end. False: stop reading (ARS101 given).
  bool line(std::string_view text) {
    ++line_no_;
    line_text_ = text;
    note_bytes(text);
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i == text.size()) return true;  // blank lines are skipped
    if (text[i] == '{' || text[i] == '}') return brace(text, i);
    if (text[i] != '#')
      return broken(i, "a record starts with # and its label", "en post börjar med # och sin etikett");
    std::size_t end = i + 1;
    while (end < text.size() && ((text[end] >= 'A' && text[end] <= 'Z') || (text[end] >= 'a' && text[end] <= 'z')))
      ++end;
    if (end == i + 1 || (end < text.size() && text[end] != ' ' && text[end] != '\t'))
      return broken(i, "a label is # and letters", "en etikett är # och bokstäver");
    raw_label_.assign(text.substr(i, end - i));
    label_.assign(text.substr(i + 1, end - i - 1));
    for (char& c : label_) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    label_column_ = static_cast<std::uint32_t>(i + 1);
    if (const auto error = lex_fields(text, end, fields_)) return broken(error->index, error->en, error->sv);
    return record();
  }

  // The line after the last one read holds more than `limit` bytes without a line end. False.
  bool line_too_long(std::size_t limit) {
    const Message message =
        Message::format("en rad är större än {} MiB; resten av filen läses inte",
                        "a line is larger than {} MiB; the rest of the file is not read", limit >> 20);
    pending_.push_back({Code::ars101, line_no_ + 1, 1, 1, message, message});
    failed_ = true;
    return false;
  }

  Books finish() {
    const bool utf8 = !single_byte();
    for (Pending& p : pending_)
      add(p.code, Location{file_, p.line, utf8 ? p.char_column : p.byte_column}, utf8 ? p.as_utf8 : p.as_cp437);
    pending_.clear();
    if (failed_) return std::move(books_);
    if (in_ver_) {
      add(Code::ars101, ver_where_,
          {"#VER-blocket stängs aldrig med }; resten av filen läses inte",
           "the #VER block is never closed with }; the rest of the file is not read"});
      return std::move(books_);
    }
    if (ksumma_open_ && !ksumma_closed_) {
      return unusable(ksumma_opened_, {"filen börjar med #KSUMMA men slutar utan kontrollsumma: den är avkortad",
                                       "the file opens with #KSUMMA but does not end with its checksum: it is "
                                       "truncated"});
    }
    if (ksumma_closed_ && single_byte() && ksumma_value_ != crc_) {
      const std::string written = ksumma_value_ ? std::to_string(*ksumma_value_) : std::string();
      return unusable(ksumma_where_,
                      {fmt::format("kontrollsumman {} stämmer inte med filens innehåll ({}): filen är ändrad eller "
                                   "avkortad",
                                   written.empty() ? "(ingen)" : written, crc_),
                       fmt::format("the checksum {} does not match the file's contents ({}): the file was changed or "
                                   "truncated",
                                   written.empty() ? "(none)" : written, crc_)});
    }
    if (!rar_)
      return unusable(Location{file_, 1, 1},
                      {"filen saknar #RAR 0, räkenskapsåret", "the file has no #RAR 0, the financial year"});
    const bool by_trans = has_ver_, by_psaldo = !has_ver_ && has_psaldo_;
    if (!by_trans && !by_psaldo)
      return unusable(Location{file_, 1, 1}, {"filen har inget utfall per period (#VER med #TRANS, eller #PSALDO)",
                                              "the file holds no outcome by period (#VER with #TRANS, or #PSALDO)"});
    int covered = latest_month_;
    if (omfattn_) covered = *omfattn_;
    books_.covered = std::clamp(covered, 0, 12);
    books_.booked = accounts_.booked_to_date(by_trans);
    if (has_pbudget_) books_.budget = accounts_.budget();
    if (const auto mismatch = has_res_ ? accounts_.first_res_mismatch(by_trans) : std::nullopt) {
      add(Code::ars704, mismatch->sums->res ? mismatch->sums->res_where : first_res_,
          Message::format("konto {}: periodernas summa stämmer inte med #RES; det bokförda utfallet kan vara fel",
                          "account {}: the periods do not add up to #RES; the booked outcome may be wrong",
                          mismatch->account));
    }
    books_.usable = true;
    return std::move(books_);
  }

 private:
  bool single_byte() const { return !multibyte_ || invalid_utf8_; }

  // Valid UTF-8 with a multi-byte sequence is UTF-8; everything else CP437.
  void note_bytes(std::string_view text) {
    if (invalid_utf8_) return;
    bool non_ascii = false;
    if (find_invalid_utf8(text, non_ascii) != std::string_view::npos)
      invalid_utf8_ = true;
    else
      multibyte_ = multibyte_ || non_ascii;
  }

  void add(Code code, Location where, Message message) { findings_.add(code, where, std::move(message)); }
  Location at(std::size_t column) const { return Location{file_, line_no_, static_cast<std::uint32_t>(column)}; }

  // A finding at byte `index` of the current line, its message made for both readings.
  template <class Make>
  void add_reading(Code code, std::size_t index, Make make) {
    std::uint32_t chars = 1;
    for (std::size_t k = 0; k < index && k < line_text_.size(); ++k)
      chars += (static_cast<unsigned char>(line_text_[k]) & 0xC0) != 0x80;
    pending_.push_back({code, line_no_, static_cast<std::uint32_t>(index + 1), chars, make(false), make(true)});
  }

  bool broken(std::size_t index, std::string_view en, std::string_view sv) {
    add_reading(Code::ars101, index, [&](bool) -> Message {
      return {fmt::format("SIE-filen kan inte läsas: {}; resten av filen läses inte", sv),
              fmt::format("the SIE file cannot be read: {}; the rest of the file is not read", en)};
    });
    failed_ = true;
    return false;
  }

  Books unusable(Location where, Message why) {
    add(Code::ars702, where, std::move(why));
    books_.usable = false;
    return std::move(books_);
  }

  bool brace(std::string_view text, std::size_t i) {
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j != text.size())
      return broken(j, "nothing may follow a block's brace", "inget får stå efter ett blocks klammer");
    if (text[i] == '{') {
      if (!ver_pending_) return broken(i, "a { opens only the block after #VER", "en { öppnar bara blocket efter #VER");
      ver_pending_ = false, in_ver_ = true;
      return true;
    }
    if (!in_ver_) return broken(i, "a } without its {", "en } utan sin {");
    in_ver_ = false;
    return true;
  }

  std::string_view field(std::size_t k) const { return fields_.text(k); }

  // The checksummed bytes are gathered and handed to zlib in large pieces:
  // one crc32 call per field costs a quarter of the reading time.
  void checksum_record() {
    crc_bytes_ += raw_label_;
    for (std::size_t k = 0; k < fields_.size(); ++k) {
      const Field& f = fields_[k];
      if (!f.list) crc_bytes_ += f.text;
      for (std::size_t n = 0; n < f.used; ++n) crc_bytes_ += f.items[n];
    }
    if (crc_bytes_.size() >= 1 << 16) flush_checksum();
  }

  void flush_checksum() {
    crc_ = static_cast<std::uint32_t>(
        crc32(crc_, reinterpret_cast<const Bytef*>(crc_bytes_.data()), static_cast<uInt>(crc_bytes_.size())));
    crc_bytes_.clear();
  }

  // A field that must be an amount: ARS103 and the record dropped when it is not.
  std::optional<Wide> amount_field(std::size_t k) {
    if (const auto v = amount(field(k))) return v;
    const std::uint32_t column = k < fields_.size() ? fields_[k].column : label_column_;
    add_reading(Code::ars103, column - 1, [&](bool utf8) {
      return Message::format(
          "ogiltigt belopp '{}' i #{}: skriv siffror med högst två decimaler efter punkt, 272502.8",
          "invalid amount '{}' in #{}: write digits with at most two decimals after a point, 272502.8",
          shown(field(k), utf8), label_);
    });
    books_.complete = false;
    return std::nullopt;
  }

  void mark_month(int month) {
    if (month > latest_month_) latest_month_ = month;
  }

  bool record() {
    const bool first = records_++ == 0;
    if (label_ == "KSUMMA") {
      if (first_after_flagga_ && fields_.size() == 0) {
        ksumma_open_ = true;
        ksumma_opened_ = at(label_column_);
        crc_ = static_cast<std::uint32_t>(crc32(0L, Z_NULL, 0));
      } else if (ksumma_open_ && !ksumma_closed_) {
        ksumma_closed_ = true;
        flush_checksum();
        ksumma_where_ = at(label_column_);
        ksumma_value_ = checksum_value(field(0));
      }
      first_after_flagga_ = false;
      return true;
    }
    first_after_flagga_ = first && label_ == "FLAGGA";
    if (ksumma_open_ && !ksumma_closed_) checksum_record();
    if (label_ == "VER") {
      if (in_ver_ || ver_pending_)
        return broken(label_column_ - 1, "a #VER inside a #VER block", "en #VER inuti ett #VER-block");
      has_ver_ = true, ver_pending_ = true;
      ver_where_ = at(label_column_);
      ver_date_ = date8(field(2));
      return true;
    }
    if (ver_pending_)
      return broken(label_column_ - 1, "a #VER is followed by its { line", "en #VER följs av sin {-rad");
    if (label_ == "TRANS" || label_ == "RTRANS" || label_ == "BTRANS") {
      if (!in_ver_) return true;           // outside a block: not a voucher's row
      if (label_ != "TRANS") return true;  // a row added (and repeated by the #TRANS after it) or removed
      const auto value = amount_field(2);
      if (!value) return true;
      AccountSums* sums = accounts_.find(field(0));
      if (!sums) return true;
      const auto day = fields_.size() > 3 && !field(3).empty() ? date8(field(3)) : ver_date_;
      if (!day || static_cast<int>(day->year()) != year_) return true;  // outside #RAR 0
      const int month = static_cast<int>(static_cast<unsigned>(day->month()));
      sums->trans[static_cast<std::size_t>(month - 1)] += *value;
      mark_month(month);
      return true;
    }
    if (in_ver_) return true;  // other records inside a block are the voucher's own
    if (label_ == "ORGNR") {
      std::string digits;
      for (char c : field(0))
        if (c >= '0' && c <= '9') digits += c;
      books_.org_number = digits.size() >= 10 ? digits.substr(digits.size() - 10) : digits;
      books_.orgnr_where = at(label_column_);
    } else if (label_ == "RAR" && field(0) == "0") {
      const auto start = date8(field(1)), end = date8(field(2));
      const bool ok = start && end && static_cast<int>(start->year()) == year_ &&
                      static_cast<unsigned>(start->month()) == 1 && static_cast<unsigned>(start->day()) == 1 &&
                      static_cast<int>(end->year()) == year_ && static_cast<unsigned>(end->month()) == 12 &&
                      static_cast<unsigned>(end->day()) == 31;
      rar_ = true;
      if (!ok) {
        add_reading(Code::ars702, label_column_ - 1, [&](bool utf8) {
          return Message::format(
              "räkenskapsåret i #RAR 0 ({}–{}) är inte organisationens år {}; filen används inte",
              "the financial year of #RAR 0 ({}..{}) is not the organisation's year {}; the file is not used",
              shown(field(1), utf8), shown(field(2), utf8), year_);
        });
        failed_ = true;  // not read further: nothing of it is used
        return false;
      }
    } else if (label_ == "OMFATTN") {
      if (const auto d = date8(field(0)); d && static_cast<int>(d->year()) == year_)
        omfattn_ = static_cast<int>(static_cast<unsigned>(d->month()));
    } else if ((label_ == "PSALDO" || label_ == "PBUDGET") && field(0) == "0") {
      const bool whole = fields_.size() > 3 && fields_[3].list && fields_[3].used == 0;
      if (!whole) return true;  // rows with objects never count
      const auto value = amount_field(4);
      if (!value) return true;
      const auto first_day = date8(std::string(field(1)) + "01");  // the period, YYYYMM
      if (!first_day || static_cast<int>(first_day->year()) != year_) return true;
      const int month = static_cast<int>(static_cast<unsigned>(first_day->month()));
      AccountSums* sums = accounts_.find(field(2));
      if (!sums) return true;
      if (label_ == "PSALDO") {
        has_psaldo_ = true;
        sums->psaldo[static_cast<std::size_t>(month - 1)] += *value;
        mark_month(month);
      } else {
        has_pbudget_ = true;
        sums->pbudget += *value;
      }
    } else if (label_ == "RES" && field(0) == "0") {
      const auto value = amount_field(2);
      if (!value) return true;
      if (!has_res_) first_res_ = at(label_column_);
      has_res_ = true;
      if (AccountSums* sums = accounts_.find(field(1))) {
        sums->res = sums->res.value_or(0) + *value;
        sums->res_where = at(label_column_);
      }
    }
    return true;
  }

  std::uint32_t file_;
  int year_;
  FindingList& findings_;
  Books books_;
  std::uint32_t line_no_ = 0;
  std::string_view line_text_;  // the line being read
  std::vector<Pending> pending_;
  std::string label_, raw_label_;  // upper case without '#', and as written
  std::uint32_t label_column_ = 1;
  Fields fields_;
  Accounts accounts_;
  std::size_t records_ = 0;
  bool failed_ = false, in_ver_ = false, ver_pending_ = false, has_ver_ = false, has_psaldo_ = false;
  bool has_pbudget_ = false, has_res_ = false, rar_ = false;
  bool first_after_flagga_ = false, ksumma_open_ = false, ksumma_closed_ = false;
  bool multibyte_ = false, invalid_utf8_ = false;
  std::uint32_t crc_ = 0;
  std::string crc_bytes_;                      // checksummed, not yet given to crc32
  std::optional<std::uint32_t> ksumma_value_;  // nullopt: not a number, never matches
  Location ksumma_opened_, ksumma_where_, ver_where_, first_res_;
  std::optional<Date> ver_date_;
  std::optional<int> omfattn_;
  int latest_month_ = 0;
};

template <class Lines>
Books read_lines(Reader& reader, Lines&& next) {
  std::string_view line;
  bool bom = true;
  while (next(line)) {
    if (bom && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    bom = false;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (!reader.line(line)) break;
  }
  return reader.finish();
}

}  // namespace

Books read_books_from(std::string_view bytes, std::uint32_t file, int year, FindingList& findings) {
  Reader reader(file, year, findings);
  std::size_t at = 0;
  return read_lines(reader, [&](std::string_view& line) {
    if (at >= bytes.size()) return false;
    const std::size_t end = bytes.find('\n', at);
    line = bytes.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? bytes.size() : end + 1;
    return true;
  });
}

Expected<Books, std::string> read_books(const std::string& path, std::uint32_t file, int year, FindingList& findings) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> handle(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!handle) return Unexpected{std::string(std::strerror(errno))};
  std::FILE* f = handle.get();
  Reader reader(file, year, findings);
  FileLines lines(f);
  Books books = read_lines(reader, [&](std::string_view& line) {
    switch (lines.next(line)) {
      case FileLines::Next::line: return true;
      case FileLines::Next::end: return false;
      case FileLines::Next::too_long: return reader.line_too_long(max_line_bytes);
    }
    return false;
  });
  if (std::ferror(f)) return Unexpected{std::string("a read error")};
  return books;
}

bool starts_like_sie(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
    head.remove_prefix(1);
  return head.starts_with("#FLAGGA") &&
         (head.size() == 7 || head[7] == ' ' || head[7] == '\t' || head[7] == '\r' || head[7] == '\n');
}

}  // namespace arshjul::sie
