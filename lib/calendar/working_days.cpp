#include "calendar/working_days.hpp"

#include <algorithm>

namespace arshjul {

using namespace std::chrono;

namespace {
Date ymd(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }
Date shift(Date d, int days) { return sys_days{d} + std::chrono::days{days}; }

// The Friday between 19 and 25 June.
Date midsommarafton(int y) {
  const sys_days june19{ymd(y, 6, 19)};
  const weekday wd{june19};
  return june19 + (Friday - wd);
}

// The Saturday between 31 October and 6 November.
Date alla_helgons_dag(int y) {
  const sys_days oct31{ymd(y, 10, 31)};
  return oct31 + (Saturday - weekday{oct31});
}

constexpr int first_year_of_nationaldagen = 2005;
}  // namespace

Date easter_sunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_ = (h + l - 7 * m + 114) / 31;
  const int day_ = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

std::string_view name(DayKind k) {
  switch (k) {
    case DayKind::helgdag: return "helgdag";
    case DayKind::afton: return "afton";
    case DayKind::lokal: return "lokal";
  }
  return {};
}

std::vector<NamedDay> holidays(int y) {
  const Date easter = easter_sunday(y);
  std::vector<NamedDay> days{
      {ymd(y, 1, 1), "nyårsdagen", DayKind::helgdag},
      {ymd(y, 1, 6), "trettondedag jul", DayKind::helgdag},
      {shift(easter, -2), "långfredagen", DayKind::helgdag},
      {easter, "påskdagen", DayKind::helgdag},
      {shift(easter, 1), "annandag påsk", DayKind::helgdag},
      {ymd(y, 5, 1), "första maj", DayKind::helgdag},
      {shift(easter, 39), "Kristi himmelsfärdsdag", DayKind::helgdag},
      {shift(easter, 49), "pingstdagen", DayKind::helgdag},
      {midsommarafton(y), "midsommarafton", DayKind::afton},
      {shift(midsommarafton(y), 1), "midsommardagen", DayKind::helgdag},
      {alla_helgons_dag(y), "alla helgons dag", DayKind::helgdag},
      {ymd(y, 12, 24), "julafton", DayKind::afton},
      {ymd(y, 12, 25), "juldagen", DayKind::helgdag},
      {ymd(y, 12, 26), "annandag jul", DayKind::helgdag},
      {ymd(y, 12, 31), "nyårsafton", DayKind::afton},
  };
  if (y < first_year_of_nationaldagen)
    days.push_back({shift(easter, 50), "annandag pingst", DayKind::helgdag});
  else
    days.push_back({ymd(y, 6, 6), "Sveriges nationaldag", DayKind::helgdag});
  std::stable_sort(days.begin(), days.end(),
                   [](const NamedDay& a, const NamedDay& b) { return sys_days{a.date} < sys_days{b.date}; });
  return days;
}

WorkingCalendar::WorkingCalendar(std::vector<Date> closed_days) : closed_(std::move(closed_days)) {
  std::sort(closed_.begin(), closed_.end());
  closed_.erase(std::unique(closed_.begin(), closed_.end()), closed_.end());
}

bool WorkingCalendar::is_working_day(Date d) const {
  const weekday wd{sys_days{d}};
  if (wd == Saturday || wd == Sunday) return false;
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month()), dd = static_cast<unsigned>(d.day());
  if ((m == 1 && (dd == 1 || dd == 6)) || (m == 5 && dd == 1) ||
      (m == 12 && (dd == 24 || dd == 25 || dd == 26 || dd == 31)))
    return false;
  if (m == 6 && dd == 6 && y >= first_year_of_nationaldagen) return false;
  if (m == 6 && dd >= 19 && dd <= 25 && wd == Friday) return false;  // midsommarafton
  if (m >= 3 && m <= 6) {
    const auto offset = (sys_days{d} - sys_days{easter_sunday(y)}).count();
    if (offset == -2 || offset == 1 || offset == 39 || (offset == 50 && y < first_year_of_nationaldagen)) return false;
  }
  return !std::binary_search(closed_.begin(), closed_.end(), d);
}

Date WorkingCalendar::next_working_day(Date d) const {
  while (!is_working_day(d)) d = shift(d, 1);
  return d;
}

Date WorkingCalendar::add_working_days(Date d, int n) const {
  while (n > 0) {
    d = shift(d, 1);
    if (is_working_day(d)) --n;
  }
  return d;
}

int WorkingCalendar::working_days_between(Date after, Date up_to) const {
  int count = 0;
  for (Date d = shift(after, 1); sys_days{d} <= sys_days{up_to}; d = shift(d, 1)) count += is_working_day(d);
  return count;
}

}  // namespace arshjul
