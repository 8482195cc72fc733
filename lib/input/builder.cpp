#include "input/builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "findings/value_messages.hpp"
#include "values/format.hpp"
#include "values/text.hpp"

namespace arshjul {

Builder::Builder(Dataset& dataset, const LedgerObserver* observer, RowChecks row_checks)
    : dataset_(dataset),
      org_(dataset.organisation ? &*dataset.organisation : nullptr),
      observer_(observer),
      row_checks_(row_checks) {
  if (!org_) return;
  // Names first, then ids: an id wins where a name and an id coincide.
  for (std::size_t i = 0; i < org_->units.size(); ++i) unit_by_text_.emplace(org_->units[i].name, static_cast<int>(i));
  for (std::size_t i = 0; i < org_->units.size(); ++i)
    unit_by_text_.insert_or_assign(org_->units[i].id, static_cast<int>(i));
  for (std::size_t i = 0; i < org_->units.size(); ++i)
    unit_by_folded_name_.emplace(fold_name(org_->units[i].name), static_cast<int>(i));
}

void Builder::report_progress(std::uint64_t bytes_in_file) {
  if (progress_) (*progress_)(bytes_before_ + bytes_in_file, rows_);
}

Dataset Builder::partial() const {
  Dataset part;
  part.given_paths = dataset_.given_paths;
  part.files = dataset_.files;
  part.organisation = dataset_.organisation;
  return part;
}

namespace {
// The measures of a unit's lines for the summaries: each distinct text once, a
// few hundred characters at most (a ledger may state one on every row, and
// each row's search is over what is kept).
void add_measures(EconomyTotals& t, std::string_view measures) {
  constexpr std::size_t max_chars = 500;
  if (measures.empty() || t.measures.size() > max_chars) return;
  for (std::size_t at = 0; (at = t.measures.find(measures, at)) != std::string::npos; ++at) {
    const std::size_t end = at + measures.size();
    if ((at == 0 || t.measures.compare(at - 2, 2, "; ") == 0) &&
        (end == t.measures.size() || t.measures.compare(end, 2, "; ") == 0))
      return;
  }
  if (!t.measures.empty()) t.measures += "; ";
  t.measures += measures;
}
}  // namespace

void Builder::merge(Dataset&& part) {
  for (auto& [key, totals] : part.economy) {
    auto [it, fresh] = dataset_.economy.try_emplace(key, totals);
    if (fresh) continue;
    EconomyTotals& t = it->second;  // the earlier source's first line stays
    t.budget += totals.budget;
    t.outcome += totals.outcome;
    t.forecast += totals.forecast;
    t.has_measures = t.has_measures || totals.has_measures;
    add_measures(t, totals.measures);
    t.lines += totals.lines;
  }
  dataset_.economy_rows += part.economy_rows;
  findings().append(std::move(part.findings));
}

std::string Builder::first_place(Location where) const {
  return fmt::format("{}:{}", dataset_.path_of(where.file), where.line);
}

int Builder::find_unit(std::string_view text) {
  if (!org_) return -1;
  if (last_unit_ >= 0 && text == last_unit_text_) return last_unit_;  // ledgers come sorted by unit
  auto it = unit_by_text_.find(text);
  if (it == unit_by_text_.end()) {
    // Another spelling of a name (case, spaces, composition): remembered as it is written.
    const auto folded = unit_by_folded_name_.find(fold_name(text));
    if (folded == unit_by_folded_name_.end()) return -1;
    it = unit_by_text_.emplace(std::string(text), folded->second).first;
  }
  last_unit_text_ = text;
  last_unit_ = it->second;
  return it->second;
}

int Builder::resolve_unit(std::string_view text, Location where) {
  if (!org_) return -1;
  if (const int unit = find_unit(text); unit >= 0) return unit;
  const std::string shown = shorten(text, 60);
  std::vector<std::string_view> names;
  for (const Unit& u : org_->units) names.push_back(u.name);
  for (const Unit& u : org_->units) names.push_back(u.id);
  if (const std::string_view near = closest(text, names); !near.empty())
    findings().add(Code::ars106, where,
                   Message::format("enheten '{}' finns inte i organisationsfilen; menade du '{}'?",
                                   "unit '{}' is not defined in the organisation file; did you mean '{}'?", shown,
                                   org_->units[static_cast<std::size_t>(find_unit(near))].name));
  else
    findings().add(
        Code::ars106, where,
        Message::format("enheten '{}' finns inte i organisationsfilen; använd en enhets id eller namn",
                        "unit '{}' is not defined in the organisation file; use a unit's id or name", shown));
  return -1;
}

void Builder::check_period(Period p, Location where, const Subject& about) {
  if (!period_outside_year(p)) return;
  findings().add(Code::ars111, where,
                 Message::format("perioden {} ligger utanför organisationens år {}",
                                 "the period {} lies outside the organisation's year {}", format_period(p), org_->year),
                 about);
}

void Builder::check_date(Date d, Location where, std::string_view key, const Subject& about) {
  if (!org_ || org_->year == 0) return;
  const int y = static_cast<int>(d.year());
  if (y == org_->year || y == org_->year + 1) return;
  findings().add(Code::ars111, where,
                 Message::format("{} {} ligger utanför året {} och året efter",
                                 "{} {} lies outside the year {} and the next", key, format_date(d), org_->year),
                 about);
}

void Builder::add_submission(Submission s) {
  Subject about{s.unit, s.kind, s.period, {}, {}};
  check_period(s.period, s.period_where, about);
  check_date(s.submitted, s.submitted_where, "submitted", about);
  if (s.decided) check_date(*s.decided, s.decided_where, "decided", about);
  const auto [it, fresh] = submissions_seen_.try_emplace({s.unit, s.kind, s.period}, s.report_where);
  if (!fresh) {
    s.duplicate = true;
    const std::string_view unit = org_->units[static_cast<std::size_t>(s.unit)].name;
    findings()
        .add(Code::ars105, s.report_where,
             {fmt::format("{}: {} finns redan i {}; ta bort dubbletten", unit,
                          format_report(s.kind, s.period, Lang::sv), first_place(it->second)),
              fmt::format("{}: {} is already given in {}; remove the duplicate", unit,
                          format_report(s.kind, s.period, Lang::en), first_place(it->second))},
             about)
        .related = it->second;
  }
  dataset_.submissions.push_back(std::move(s));
}

void Builder::add_economy(int unit, const LedgerRow& row) {
  ++dataset_.economy_rows;
  if (observer_ && *observer_) {
    LedgerRow shown = row;
    shown.unit = unit >= 0 ? std::string_view{org_->units[unit].id} : row.unit;
    shown.file = dataset_.path_of(row.where.file);
    (*observer_)(shown);
  }
  if (unit < 0) return;
  const EconomyKey key{unit, row.period, row.source};
  if (!last_totals_ || !(key == last_key_)) {
    last_key_ = key;
    last_totals_ = &dataset_.economy[key];
    if (last_totals_->lines == 0) last_totals_->first = row.where;
  }
  EconomyTotals& t = *last_totals_;
  t.budget += row.budget.ore;
  t.outcome += row.outcome.ore;
  t.forecast += row.forecast.ore;
  t.has_measures = t.has_measures || !row.measures.empty();
  if (!row.measures.empty()) add_measures(t, row.measures);
  ++t.lines;
}

void Builder::add_kpi(KpiRow k, bool of_duplicate_submission) {
  assert(row_checks_.kpi);
  // Critical when the row says so or its unit lists it in critical_kpis (docs/data-format.md): ARS501 is then an error.
  if (!k.critical && k.unit >= 0) {
    const auto& listed = org_->units[static_cast<std::size_t>(k.unit)].critical_kpis;
    k.critical = std::find(listed.begin(), listed.end(), k.id) != listed.end();
  }
  row_checks_.kpi(k, findings());
  if (of_duplicate_submission) return;
  const auto [it, fresh] = kpis_seen_.try_emplace({k.unit, k.period, k.source, k.id}, k.id_where);
  if (fresh) {
    dataset_.kpis.push_back(std::move(k));
    return;
  }
  findings()
      .add(Code::ars105, k.id_where,
           Message::format("nyckeltalet '{}' för {} finns redan i {} från samma källa",
                           "KPI '{}' for {} is already given in {} by the same source", k.id, format_period(k.period),
                           first_place(it->second)),
           Subject{k.unit, std::nullopt, k.period, k.id, {}})
      .related = it->second;
}

void Builder::add_volume(VolumeRow v) {
  if (v.unit_cost && !volume_effect(v.budget, v.forecast, *v.unit_cost)) {
    findings().add(Code::ars103, v.unit_cost_where, volume_effect_beyond_range(),
                   Subject{v.unit, std::nullopt, v.period, {}, {}, v.id});
    v.unit_cost.reset();  // the volumes stand; no effect is shown
  }
  const auto [it, fresh] = volumes_seen_.try_emplace({v.unit, v.period, v.source, v.id}, v.id_where);
  if (fresh) {
    dataset_.volumes.push_back(std::move(v));
    return;
  }
  findings()
      .add(Code::ars105, v.id_where,
           Message::format("volymen '{}' för {} finns redan i {} från samma källa",
                           "volume '{}' for {} is already given in {} by the same source", v.id,
                           format_period(v.period), first_place(it->second)),
           Subject{v.unit, std::nullopt, v.period, {}, {}, v.id})
      .related = it->second;
}

void Builder::add_books(Books b) {
  if (b.usable) {
    const auto& units = org_ ? org_->units : std::vector<Unit>{};
    const auto it = b.org_number.empty() ? units.end() : std::find_if(units.begin(), units.end(), [&](const Unit& u) {
      return u.org_number == b.org_number;
    });
    if (it == units.end()) {
      findings().add(Code::ars703, b.orgnr_where,
                     b.org_number.empty()
                         ? Message{"SIE-filen har inget #ORGNR; ange organisationsnumret så att den hör till en enhet",
                                   "the SIE file has no #ORGNR; give the organisation number so that it belongs to a "
                                   "unit"}
                         : Message::format("ingen enhet har organisationsnumret {} (org_number i organisationsfilen)",
                                           "no unit has the organisation number {} (org_number in the organisation "
                                           "file)",
                                           b.org_number));
      b.usable = false;
    } else {
      b.unit = static_cast<int>(it - units.begin());
      const auto first = std::find_if(dataset_.books.begin(), dataset_.books.end(),
                                      [&](const Books& x) { return x.usable && x.unit == b.unit; });
      if (first != dataset_.books.end()) {
        findings()
            .add(Code::ars105, b.orgnr_where,
                 Message::format("{} har redan en SIE-fil, {}; den här används inte",
                                 "{} already has an SIE file, {}; this one is not used", it->name,
                                 dataset_.path_of(first->file)),
                 Subject{b.unit, std::nullopt, std::nullopt, {}, {}})
            .related = first->orgnr_where;
        b.usable = false;
      }
    }
  }
  dataset_.books.push_back(std::move(b));
}

void Builder::add_assignment(AssignmentRow a, bool of_duplicate_submission) {
  assert(row_checks_.assignment);
  row_checks_.assignment(a, findings());
  if (of_duplicate_submission) return;
  const Subject about{a.unit, std::nullopt, a.period, {}, a.id};
  const auto [unit_it, first_of_id] = assignment_units_.try_emplace(a.id, a.unit, a.id_where);
  if (!first_of_id && unit_it->second.first != a.unit) {
    const Unit& other = org_->units[unit_it->second.first];
    findings()
        .add(Code::ars105, a.id_where,
             Message::format("uppdraget '{}' hör redan till {} ({}); ge uppdraget ett eget id",
                             "assignment '{}' already belongs to {} ({}); give this assignment its own id", a.id,
                             other.name, first_place(unit_it->second.second)),
             about)
        .related = unit_it->second.second;
    return;
  }
  const auto [it, fresh] = assignments_seen_.try_emplace({a.source, a.period, a.id}, a.id_where);
  if (fresh) {
    dataset_.assignments.push_back(std::move(a));
    return;
  }
  findings()
      .add(Code::ars105, a.id_where,
           Message::format("uppdraget '{}' finns redan i {} från samma källa och period",
                           "assignment '{}' is already given in {} by the same source and period", a.id,
                           first_place(it->second)),
           about)
      .related = it->second;
}

int Builder::add_submission_file(yaml::SubmissionFile&& file) {
  if (!org_ || !file.unit) return -1;
  const int unit = resolve_unit(trim(*file.unit), file.unit_where);
  if (unit < 0 || !file.kind || !file.period) return unit;
  const FactSource source = source_of(*file.kind);
  bool duplicate = false;
  if (file.submitted) {
    add_submission(Submission{unit, *file.kind, *file.period, *file.submitted, file.decided, file.unit_where,
                              file.report_where, file.period_where, file.submitted_where, file.decided_where, false,
                              file.economy_rejected, std::move(file.analysis)});
    duplicate = dataset_.submissions.back().duplicate;
    if (duplicate) std::string().swap(dataset_.submissions.back().analysis);  // never shown
  } else {
    check_period(*file.period, file.period_where, Subject{unit, file.kind, file.period, {}, {}});
  }
  // A duplicate submission's rows are checked row by row (docs/checks.md) but take
  // part in no sum and no duplicate search: its own ARS105 says it all.
  for (const EconomyLine& line : file.economy)
    if (!duplicate)
      add_economy(unit, LedgerRow{file.unit.value_or(""),
                                  *file.period,
                                  source,
                                  line.label,
                                  line.budget,
                                  line.outcome,
                                  line.forecast,
                                  line.measures,
                                  line.where,
                                  {}});
  for (KpiRow& k : file.kpis) {
    k.unit = unit, k.period = *file.period, k.source = source;
    add_kpi(std::move(k), duplicate);
  }
  for (AssignmentRow& a : file.assignments) {
    a.unit = unit, a.period = file.period, a.source = source;
    add_assignment(std::move(a), duplicate);
  }
  for (VolumeRow& v : file.volumes) {
    v.unit = unit, v.period = *file.period, v.source = source;
    if (!duplicate) add_volume(std::move(v));
  }
  return unit;
}

}  // namespace arshjul
