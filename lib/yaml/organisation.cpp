#include "yaml/organisation.hpp"

#include <fmt/format.h>

#include "values/text.hpp"
#include "yaml/submission.hpp"

namespace arshjul::yaml {

namespace {

constexpr int first_year = 1990;
constexpr int last_year = 2200;

bool valid_unit_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

struct Reader {
  const FileText& source;
  FindingList& findings;
  Organisation org;

  void calendar_error(Location where, std::string sv, std::string en) {
    findings.add(Code::ars206, where, {std::move(sv), std::move(en)});
  }

  void read_units(const Mapping& top) {
    const std::vector<Node> items = sequence(top, "units", findings);
    for (const Node& item : items) {
      if (!item.is_mapping()) {
        findings.add(Code::ars103, source.at(item),
                     {"varje enhet ska vara en mappning med id, name och type",
                      "each unit must be a mapping with id, name and type"});
        continue;
      }
      Mapping m(item, source, findings,
                {"id", "name", "type", "monthly_reports", "volume_based", "critical_kpis", "org_number"});
      Unit u;
      const auto id = m.text("id", ValueKind::text, true);
      const auto unit_name = m.text("name", ValueKind::text, true);
      const auto type = m.word("type", true, &parse_unit_type, expected_words_unit_type());
      if (const auto vb = m.boolean("volume_based", false)) u.volume_based = *vb;
      if (m.has("monthly_reports")) u.monthly_reports = read_months(m, "monthly_reports");
      for (const Node& kpi : sequence(m, "critical_kpis", findings)) {
        const std::string_view text = kpi.is_scalar() ? trim(kpi.scalar()) : std::string_view{};
        if (!kpi.is_scalar() || !valid_kpi_id(text)) {
          findings.add(Code::ars103, source.at(kpi), invalid_row_id(RowId::critical_kpi, text));
          continue;
        }
        if (std::find(u.critical_kpis.begin(), u.critical_kpis.end(), text) == u.critical_kpis.end())
          u.critical_kpis.emplace_back(text);  // an id listed twice counts once
      }
      if (const auto number = m.text("org_number", ValueKind::text, false)) {
        // Digits and dashes (556509-4207, or with the century 16556509-4207); compared by the last ten digits.
        std::string digits;
        bool ok = !number->empty();
        for (char c : *number)
          ok = ok && ((c >= '0' && c <= '9') || c == '-' || c == ' '),
          digits += c >= '0' && c <= '9' ? std::string(1, c) : "";
        if (!ok || (digits.size() != 10 && digits.size() != 12))
          findings.add(
              Code::ars103, m.where("org_number"),
              Message::format("ogiltigt organisationsnummer '{}': skriv tio siffror, 556509-4207",
                              "invalid organisation number '{}': write ten digits, 556509-4207", shorten(*number, 40)));
        else
          u.org_number = digits.substr(digits.size() - 10);
      }
      if (!id) continue;
      u.where = m.where("id");
      if (!valid_unit_id(*id)) {
        findings.add(Code::ars103, u.where,
                     Message::format("ogiltigt enhets-id '{}': använd 1–64 tecken a-z, 0-9 och -",
                                     "invalid unit id '{}': use 1..64 characters a-z, 0-9 and -", shorten(*id, 60)));
        continue;
      }
      const auto first = std::find_if(org.units.begin(), org.units.end(), [&](const Unit& x) { return x.id == *id; });
      if (first != org.units.end()) {
        findings.add(Code::ars105, u.where,
                     Message::format("enhets-id '{}' finns redan på rad {}; varje enhet ska ha ett eget id",
                                     "unit id '{}' is already defined on line {}; give each unit its own id", *id,
                                     first->where.line));
        continue;
      }
      u.name = unit_name.value_or(*id);
      const std::string folded = fold_name(u.name);
      const auto same_name =
          std::find_if(org.units.begin(), org.units.end(), [&](const Unit& x) { return fold_name(x.name) == folded; });
      if (same_name != org.units.end()) {
        findings.add(Code::ars105, m.where(unit_name ? "name" : "id"),
                     Message::format("enhetsnamnet '{}' är samma som '{}' på rad {} (skiftläge och mellanrum räknas "
                                     "inte); ge varje enhet ett eget namn",
                                     "unit name '{}' is the same as '{}' on line {} (letter case and spaces do not "
                                     "count); give each unit its own name",
                                     shorten(u.name, 60), shorten(same_name->name, 60), same_name->where.line));
      }  // the unit is kept: its id still names it, its name the first unit
      if (!u.org_number.empty()) {
        const auto same = std::find_if(org.units.begin(), org.units.end(),
                                       [&](const Unit& x) { return x.org_number == u.org_number; });
        if (same != org.units.end()) {
          findings.add(Code::ars105, m.where("org_number"),
                       Message::format("organisationsnumret finns redan hos {} (rad {}); en SIE-fil kan bara höra till "
                                       "en enhet",
                                       "the organisation number is already {}'s (line {}); an SIE file can belong to "
                                       "one unit only",
                                       same->name, same->where.line));
          u.org_number.clear();
        }
      }
      u.id = *id;
      u.type = type.value_or(UnitType::namnd);
      org.units.push_back(std::move(u));
    }
    const Node* units = top.node("units");
    if (units && (is_empty(*units) || (units->is_sequence() && items.empty())))
      findings.add(Code::ars102, top.where("units"),
                   {"'units' ska lista minst en enhet", "'units' must list at least one unit"});
  }

  MonthSet read_months(Mapping& m, std::string_view key) {
    MonthSet months;
    for (const Node& item : sequence(m, key, findings)) {
      const auto v = item.is_scalar() ? parse_integer(item.scalar()) : Parsed<long>{0, Problem::syntax};
      if (v && v.value >= 1 && v.value <= 12) {
        months.set(static_cast<std::size_t>(v.value));
        continue;
      }
      findings.add(Code::ars103, source.at(item),
                   invalid_value(key, item.is_scalar() ? item.scalar() : "…", ValueKind::integer,
                                 v ? Problem::out_of_range : Problem::syntax));
      findings.items().back().message.sv += " (månad 1–12)";
      findings.items().back().message.en += " (month 1..12)";
    }
    return months;
  }

  void read_calendar(const Mapping& top) {
    const Node* node = top.node("calendar");
    if (!node || is_empty(*node)) return;
    if (!node->is_mapping()) {
      calendar_error(top.where("calendar"), "'calendar' ska vara en mappning", "'calendar' must be a mapping");
      return;
    }
    Mapping cal(*node, source, findings, {"closed_days", "reports"});
    for (const Node& item : sequence(cal, "closed_days", findings)) {
      const auto d = item.is_scalar() ? parse_date(item.scalar()) : Parsed<Date>{{}, Problem::syntax};
      if (d)
        org.closed_days.push_back({d.value, source.at(item)});
      else
        findings.add(Code::ars103, source.at(item),
                     invalid_value("closed_days", item.is_scalar() ? item.scalar() : "…", ValueKind::date, d.problem));
    }
    const Node* reports = cal.node("reports");
    if (!reports || is_empty(*reports)) return;
    if (!reports->is_mapping()) {
      calendar_error(cal.where("reports"), "'calendar.reports' ska vara en mappning per rapporttyp",
                     "'calendar.reports' must be a mapping by report kind");
      return;
    }
    const Mapping by_kind(*reports, source, findings, {});
    for (const auto& entry : by_kind.entries()) read_report_override(entry.key_node, entry.value);
  }

  void read_report_override(const Node& key, const Node& value) {
    const Location key_where = source.at(key);
    const auto kind = key.is_scalar() ? parse_report_kind(key.scalar()) : Parsed<ReportKind>{{}, Problem::syntax};
    if (!kind) {
      calendar_error(key_where,
                     fmt::format("okänd rapporttyp '{}' i calendar.reports; skriv en av {}",
                                 key.is_scalar() ? shorten(key.scalar(), 60) : "…", expected_words_report_kind()),
                     fmt::format("unknown report kind '{}' in calendar.reports; write one of {}",
                                 key.is_scalar() ? shorten(key.scalar(), 60) : "…", expected_words_report_kind()));
      return;
    }
    if (!value.is_mapping()) {
      calendar_error(key_where, "en rapporttyps regler ska vara en mappning (months, applies_to, due)",
                     "a report kind's rules must be a mapping (months, applies_to, due)");
      return;
    }
    ReportOverride o;
    o.kind = kind.value;
    o.where = key_where;
    Mapping m(value, source, findings, {"months", "applies_to", "due"});
    if (m.has("months")) {
      o.months_where = m.key_where("months");
      o.months.emplace();
      const Node* months = m.node("months");
      if (!months->is_sequence()) {
        calendar_error(m.where("months"), "'months' ska vara en lista med månader 1–12",
                       "'months' must be a list of months 1..12");
        o.months.reset();
      } else {
        for (const Node& item : months->items()) {
          const auto v = item.is_scalar() ? parse_integer(item.scalar()) : Parsed<long>{0, Problem::syntax};
          o.months->emplace_back(v ? v.value : -1, source.at(item));
        }
      }
    }
    if (m.has("applies_to")) {
      o.applies_to_where = m.key_where("applies_to");
      o.applies_to.emplace();
      const Node* types = m.node("applies_to");
      for (const Node& item : types->is_sequence() ? types->items() : std::vector<Node>{*types}) {
        const auto t = item.is_scalar() ? parse_unit_type(item.scalar()) : Parsed<UnitType>{{}, Problem::syntax};
        if (t)
          o.applies_to->push_back(t.value);
        else
          calendar_error(source.at(item),
                         fmt::format("okänd enhetstyp i applies_to; skriv {}", expected_words_unit_type()),
                         fmt::format("unknown unit type in applies_to; write {}", expected_words_unit_type()));
      }
    }
    if (m.has("due")) o.due = read_due(m);
    org.report_overrides.push_back(std::move(o));
  }

  std::optional<DueRule> read_due(Mapping& parent) {
    const Node* node = parent.node("due");
    const Location where = parent.where("due");
    const auto bad = [&](Location at, std::string_view sv, std::string_view en) -> std::optional<DueRule> {
      calendar_error(at,
                     fmt::format("ogiltig förfalloregel: {}; skriv t.ex. {{ working_days_after: 10 }}, "
                                 "{{ days_after: 21 }}, {{ months_after: 1 }} eller {{ date: 02-15, year_offset: 1 }}",
                                 sv),
                     fmt::format("invalid due rule: {}; write e.g. {{ working_days_after: 10 }}, "
                                 "{{ days_after: 21 }}, {{ months_after: 1 }} or {{ date: 02-15, year_offset: 1 }}",
                                 en));
      return std::nullopt;
    };
    if (!node->is_mapping()) return bad(where, "en mappning väntades", "a mapping was expected");
    Mapping m(*node, source, findings, {"working_days_after", "days_after", "months_after", "date", "year_offset"});
    int forms = 0;
    DueRule rule;
    const std::array<std::pair<std::string_view, DueRule::Form>, 3> counted{
        {{"working_days_after", DueRule::Form::working_days_after},
         {"days_after", DueRule::Form::days_after},
         {"months_after", DueRule::Form::months_after}}};
    for (const auto& [key, form] : counted) {
      if (!m.has(key)) continue;
      ++forms;
      const Node* v = m.node(key);
      const auto n = v->is_scalar() ? parse_integer(v->scalar()) : Parsed<long>{0, Problem::syntax};
      const long min = form == DueRule::Form::working_days_after ? 1 : 0;
      if (!n || n.value < min || n.value > 3660)
        return bad(m.where(key), fmt::format("'{}' ska vara ett heltal ≥ {}", key, min),
                   fmt::format("'{}' must be a whole number ≥ {}", key, min));
      rule.form = form;
      rule.count = static_cast<int>(n.value);
    }
    if (m.has("date")) {
      ++forms;
      rule.form = DueRule::Form::date;
      const Node* v = m.node("date");
      const std::string text = v->is_scalar() ? std::string(trim(v->scalar())) : std::string{};
      const auto full = parse_date("2000-" + text);  // a leap year admits 02-29
      if (text.size() != 5 || !full)
        return bad(m.where("date"), "'date' ska skrivas MM-DD", "'date' must be written MM-DD");
      rule.month = static_cast<int>(static_cast<unsigned>(full.value.month()));
      rule.day = static_cast<int>(static_cast<unsigned>(full.value.day()));
      if (m.has("year_offset")) {
        const Node* y = m.node("year_offset");
        const auto k = y->is_scalar() ? parse_integer(y->scalar()) : Parsed<long>{0, Problem::syntax};
        if (!k || k.value < 0 || k.value > 5)
          return bad(m.where("year_offset"), "'year_offset' ska vara ett heltal 0–5",
                     "'year_offset' must be a whole number 0..5");
        rule.year_offset = static_cast<int>(k.value);
      }
    } else if (m.has("year_offset")) {
      return bad(m.where("year_offset"), "'year_offset' hör bara till 'date'", "'year_offset' goes with 'date' only");
    }
    if (forms != 1)
      return bad(where, "ange exakt en av working_days_after, days_after, months_after och date",
                 "give exactly one of working_days_after, days_after, months_after and date");
    return rule;
  }

  void read_rules(const Mapping& top) {
    const Node* node = top.node("rules");
    if (!node || is_empty(*node)) return;
    if (!node->is_mapping()) {
      findings.add(Code::ars103, top.where("rules"),
                   {"'rules' ska vara en mappning från kod till error, warning eller off",
                    "'rules' must map codes to error, warning or off"});
      return;
    }
    const Mapping by_code(*node, source, findings, {});
    for (const auto& entry : by_code.entries()) {
      const std::string& key = entry.key;
      const Location where = entry.key_where;
      const auto code = parse_code(trim(key));
      if (!code) {
        findings.add(Code::ars103, where,
                     Message::format("okänd kod '{}' i rules; koderna är ARS101–ARS504 (se docs/checks.md)",
                                     "unknown code '{}' in rules; the codes are ARS101..ARS504 (see docs/checks.md)",
                                     shorten(key, 40)));
        continue;
      }
      if (severity_is_fixed(*code)) {
        findings.add(
            Code::ars103, where,
            Message::format("{} kan inte ändras i rules: ARS101, ARS108 och ARS109 är alltid fel",
                            "{} cannot be changed in rules: ARS101, ARS108 and ARS109 are always errors", key));
        continue;
      }
      const std::string word = entry.value.is_scalar() ? fold_word(trim(entry.value.scalar())) : std::string{};
      if (word == "off")
        org.rules[*code] = RuleSetting{true, Severity::warning};
      else if (word == "error")
        org.rules[*code] = RuleSetting{false, Severity::error};
      else if (word == "warning")
        org.rules[*code] = RuleSetting{false, Severity::warning};
      else
        findings.add(Code::ars103, entry.value_where,
                     Message::format("ogiltig inställning för {}: skriv error, warning eller off",
                                     "invalid setting for {}: write error, warning or off", key));
    }
  }

  void read_thresholds(const Mapping& top) {
    const Node* node = top.node("thresholds");
    if (!node || is_empty(*node)) return;
    if (!node->is_mapping()) {
      findings.add(Code::ars103, top.where("thresholds"),
                   {"'thresholds' ska vara en mappning", "'thresholds' must be a mapping"});
      return;
    }
    Mapping m(*node, source, findings,
              {"deviation_pct", "forecast_change_pct", "volume_deviation_pct", "reconciliation_pct"});
    // A negative threshold is ARS103 at its value, and its default is used.
    for (const auto& [key, value] : {std::pair<std::string_view, Decimal*>{"deviation_pct", &org.deviation_pct},
                                     {"forecast_change_pct", &org.forecast_change_pct},
                                     {"volume_deviation_pct", &org.volume_deviation_pct},
                                     {"reconciliation_pct", &org.reconciliation_pct}})
      if (const auto pct = m.number(key, false)) {
        if (pct->negative())
          findings.add(Code::ars103, m.where(key),
                       Message::format("'{}' kan inte vara negativt ({}); standardvärdet {} används",
                                       "'{}' cannot be negative ({}); the default {} is used", key,
                                       format_decimal_plain(*pct), format_decimal_plain(*value)));
        else
          *value = *pct;
      }
  }
};

}  // namespace

Organisation read_organisation(const FileText& source, const Node& root, FindingList& findings) {
  Reader r{source, findings, {}};
  r.org.file = source.file();
  Mapping top(root, source, findings, {"year", "municipality", "units", "calendar", "rules", "thresholds"});
  if (const auto year = top.integer("year", true)) {
    if (*year < first_year || *year > last_year)
      findings.add(Code::ars103, top.where("year"),
                   Message::format("året {} ligger utanför {}–{}", "the year {} is outside {}..{}", *year, first_year,
                                   last_year));
    else
      r.org.year = static_cast<int>(*year);
  }
  if (const auto m = top.text("municipality", ValueKind::text, false)) r.org.municipality = *m;
  if (!top.has("units")) findings.add(Code::ars102, top.self(), missing_key("units", ValueKind::text));
  r.read_units(top);
  r.read_calendar(top);
  r.read_rules(top);
  r.read_thresholds(top);
  return std::move(r.org);
}

}  // namespace arshjul::yaml
