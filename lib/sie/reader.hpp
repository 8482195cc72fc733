// The SIE reader (docs/data-format.md "Bookkeeping"): a company's exported
// books, record by record in flat memory, to the booked outcome to date of
// each month, the booked budget and the file's integrity (#RES, #KSUMMA).
#pragma once

#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "findings/finding.hpp"
#include "model/dataset.hpp"

namespace arshjul::sie {

/// Reads `path` (file index `file`) for the organisation's `year`. Reading
/// findings (ARS101, ARS103, ARS702, ARS704) go to `findings`; which unit the
/// books are is decided later, from org_number. The error: why the file could
/// not be opened or read to its end.
Expected<Books, std::string> read_books(const std::string& path, std::uint32_t file, int year, FindingList& findings);

/// The same over bytes in memory (tests, fuzzing).
Books read_books_from(std::string_view bytes, std::uint32_t file, int year, FindingList& findings);

/// Whether bytes begin, after a byte-order mark and blanks, with the record #FLAGGA.
bool starts_like_sie(std::string_view head);

}  // namespace arshjul::sie
