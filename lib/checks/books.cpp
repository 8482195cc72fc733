// Reconciliation with the books (docs/checks.md, docs/data-format.md
// "Bookkeeping"): the outcome a unit reports against the outcome its SIE
// file books (ARS701).
#include <fmt/format.h>

#include "checks/checks.hpp"
#include "values/format.hpp"

namespace arshjul {

void check_books(const CheckInput& in, FindingList& out) {
  if (!in.dataset.organisation) return;
  const Organisation& org = *in.dataset.organisation;
  for (const Books& b : in.dataset.books) {
    if (!b.usable || !b.complete || b.unit < 0) continue;  // incomplete figures reconcile nothing
    for (int m = 1; m <= b.covered; ++m) {
      const Period period{org.year, m};
      FactSource source{};
      const EconomyTotals* t = picked_economy(in.dataset, b.unit, period, &source);
      if (!t || source == FactSource::ledger) continue;  // only what a submission reports
      const Wide booked = b.booked[static_cast<std::size_t>(m - 1)], reported = t->outcome;
      const Wide difference = reported - booked;
      if (booked == 0 ? difference == 0
                      : !beyond_percent(abs_wide(difference), abs_wide(booked), org.reconciliation_pct))
        continue;
      const std::string& name = org.units[static_cast<std::size_t>(b.unit)].name;
      const auto message = [&](Lang lang) {
        const bool sv = lang == Lang::sv;
        return fmt::format(
            fmt::runtime(sv ? "{}: utfallet för {} är {} tkr men {} tkr är bokfört i {} (skillnad {} tkr, gräns {} %)"
                            : "{}: the outcome for {} is {} tkr but {} tkr is booked in {} (difference {} tkr, "
                              "threshold {}%)"),
            name, format_period_words(period, lang), format_tkr(reported, lang), format_tkr(booked, lang),
            in.dataset.path_of(b.file), format_tkr(difference, lang), format_decimal(org.reconciliation_pct, lang));
      };
      out.add(Code::ars701, t->first, {message(Lang::sv), message(Lang::en)},
              Subject{b.unit, std::nullopt, period, {}, {}})
          .related = b.orgnr_where;  // the books, which a committee's summary names in words
    }
  }
}

}  // namespace arshjul
