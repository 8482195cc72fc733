// Swedish working days: lag (1989:253) om allmänna helgdagar, the aftnar of
// lag (1930:173), and the organisation's own closed days.
#pragma once

#include <string_view>
#include <vector>

#include "types/values.hpp"

namespace arshjul {

/// Easter Sunday of the Gregorian computus.
Date easter_sunday(int year);

enum class DayKind : std::uint8_t { helgdag, afton, lokal };
std::string_view name(DayKind k);  // "helgdag", "afton", "lokal"

struct NamedDay {
  Date date;
  std::string_view name;  // Swedish: "nyårsdagen", "midsommarafton", …
  DayKind kind{};
};

/// Every public holiday of the year (also those on a weekend) and the three
/// aftnar, in date order.
std::vector<NamedDay> holidays(int year);

class WorkingCalendar {
 public:
  explicit WorkingCalendar(std::vector<Date> closed_days = {});

  bool is_working_day(Date d) const;
  /// `d` itself when it is a working day, else the next one.
  Date next_working_day(Date d) const;
  /// The Nth working day after `d` (N >= 1).
  Date add_working_days(Date d, int n) const;
  /// The number of working days in (after, up_to].
  int working_days_between(Date after, Date up_to) const;
  const std::vector<Date>& closed_days() const { return closed_; }

 private:
  std::vector<Date> closed_;  // sorted
};

}  // namespace arshjul
