#include "yaml/submission.hpp"

#include <fmt/format.h>

#include "values/text.hpp"

namespace arshjul::yaml {

bool valid_kpi_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

namespace {

bool expect_mapping(const Node& item, std::string_view list, const FileText& source, FindingList& findings) {
  if (item.is_mapping()) return true;
  findings.add(Code::ars103, source.at(item),
               Message::format("varje post i '{}' ska vara en mappning", "each item of '{}' must be a mapping", list));
  return false;
}

void read_economy(const Mapping& top, const FileText& source, FindingList& findings, SubmissionFile& out) {
  const std::vector<Node> economy_items = sequence(top, "economy", findings);
  out.economy.reserve(economy_items.size());
  for (const Node& item : economy_items) {
    if (!expect_mapping(item, "economy", source, findings)) continue;
    Mapping m(item, source, findings, {"line", "budget", "outcome", "forecast", "measures"}, {}, Keys::also_swedish);
    EconomyLine line;
    line.where = m.self();
    line.label = m.text("line", ValueKind::text, false).value_or("");
    line.measures = std::string(trim(m.text("measures", ValueKind::text, false).value_or("")));
    const auto budget = m.amount("budget", true);
    const auto outcome = m.amount("outcome", true);
    const auto forecast = m.amount("forecast", true);
    if (!budget || !outcome || !forecast) {
      out.economy_rejected = true;
      continue;
    }
    line.budget = *budget, line.outcome = *outcome, line.forecast = *forecast;
    out.economy.push_back(std::move(line));
  }
}

// Volumes are numbers, never negative (docs/data-format.md, "Volumes"); a unit cost is an amount.
std::optional<Decimal> volume_number(Mapping& m, std::string_view key, FindingList& findings) {
  const auto n = m.number(key, true);
  if (n && n->negative()) {
    findings.add(Code::ars103, m.where(key), negative_volume(key, *n), m.about());
    return std::nullopt;
  }
  return n;
}

void read_volumes(const Mapping& top, const FileText& source, FindingList& findings, SubmissionFile& out) {
  for (const Node& item : sequence(top, "volumes", findings)) {
    if (!expect_mapping(item, "volumes", source, findings)) continue;
    Mapping m(item, source, findings, {"id", "name", "budget", "outcome", "forecast", "measure_unit", "unit_cost"}, {},
              Keys::also_swedish);
    const auto id = m.text("id", ValueKind::text, true);
    VolumeRow v;
    const auto budget = volume_number(m, "budget", findings);
    const auto outcome = volume_number(m, "outcome", findings);
    const auto forecast = volume_number(m, "forecast", findings);
    v.unit_cost = m.amount("unit_cost", false);
    if (v.unit_cost && v.unit_cost->ore < 0) {
      findings.add(Code::ars103, m.where("unit_cost"), negative_unit_cost());
      v.unit_cost.reset();
    }
    if (!id) continue;
    if (!valid_kpi_id(*id)) {
      findings.add(Code::ars103, m.where("id"), invalid_row_id(RowId::volume, *id));
      continue;
    }
    if (!budget || !outcome || !forecast) continue;
    v.id = *id;
    v.name = m.text("name", ValueKind::text, false).value_or("");
    v.measure_unit = m.text("measure_unit", ValueKind::text, false).value_or("");
    v.budget = *budget, v.outcome = *outcome, v.forecast = *forecast;
    v.id_where = m.where("id"), v.forecast_where = m.where("forecast");
    v.unit_cost_where = m.where("unit_cost");
    out.volumes.push_back(std::move(v));
  }
}

void read_kpis(const Mapping& top, const FileText& source, FindingList& findings, SubmissionFile& out) {
  const std::vector<Node> kpis_items = sequence(top, "kpis", findings);
  out.kpis.reserve(kpis_items.size());
  for (const Node& item : kpis_items) {
    if (!expect_mapping(item, "kpis", source, findings)) continue;
    Mapping m(item, source, findings,
              {"id", "name", "value", "target", "direction", "tolerance", "measure_unit", "critical", "status"}, {},
              Keys::also_swedish);
    const auto id = m.text("id", ValueKind::text, true);
    if (!id) continue;
    if (!valid_kpi_id(*id)) {
      findings.add(Code::ars103, m.where("id"), invalid_row_id(RowId::kpi, *id));
      continue;
    }
    KpiRow k;
    k.id = *id;
    k.id_where = m.where("id");
    k.value_where = m.where("value");
    k.status_where = m.where("status");
    k.tolerance_where = m.where("tolerance");
    k.target_where = m.where("target");
    k.name = m.text("name", ValueKind::text, false).value_or("");
    k.value = m.number("value", false);
    k.value_invalid = !k.value && m.has("value") && !is_empty(*m.node("value"));
    k.target = m.number("target", false);
    k.tolerance = m.number("tolerance", false);
    k.direction = m.word("direction", false, &parse_direction, expected_words_direction());
    k.direction_invalid = m.has("direction") && !k.direction && !is_empty(*m.node("direction"));
    k.measure_unit = m.text("measure_unit", ValueKind::text, false).value_or("");
    k.critical = m.boolean("critical", false).value_or(false);
    k.status = m.word("status", false, &parse_kpi_status, expected_words_kpi_status());
    out.kpis.push_back(std::move(k));
  }
}

void read_assignments(const Mapping& top, const FileText& source, FindingList& findings, SubmissionFile& out) {
  const std::vector<Node> assignments_items = sequence(top, "assignments", findings);
  out.assignments.reserve(assignments_items.size());
  for (const Node& item : assignments_items) {
    if (!expect_mapping(item, "assignments", source, findings)) continue;
    Mapping m(item, source, findings, {"id", "title", "source", "within_budget", "resources", "due", "status"}, {},
              Keys::also_swedish);
    const auto id = m.text("id", ValueKind::text, true);
    const auto title = m.text("title", ValueKind::text, true);
    AssignmentRow a;
    a.origin = m.word("source", false, &parse_assignment_origin, expected_words_assignment_origin());
    a.within_budget = m.boolean("within_budget", true);
    a.within_budget_where = m.where("within_budget");
    a.resources = std::string(trim(m.text("resources", ValueKind::text, false).value_or("")));
    a.due = m.date("due", false);
    a.due_where = m.where("due");
    a.status = m.word("status", false, &parse_assignment_status, expected_words_assignment_status());
    if (!id) continue;
    a.id = std::string(trim(*id));
    a.id_where = m.where("id");
    a.title = title.value_or("");
    out.assignments.push_back(std::move(a));
  }
}

}  // namespace

SubmissionFile read_submission(const FileText& source, const Node& root, FindingList& findings) {
  SubmissionFile out;
  Mapping top(
      root, source, findings,
      {"unit", "report", "period", "submitted", "decided", "economy", "kpis", "assignments", "volumes", "analysis"}, {},
      Keys::also_swedish);
  out.unit = top.text("unit", ValueKind::text, true);
  out.unit_where = top.where("unit");
  out.report_where = top.where("report");
  if (const auto report = top.text("report", ValueKind::word, true)) {
    const auto kind = parse_report_kind(*report);
    if (kind)
      out.kind = kind.value;
    else
      findings.add(Code::ars107, out.report_where, unknown_report_kind(*report));
  }
  out.period = top.period("period", true);
  out.period_where = top.where("period");
  out.submitted = top.date("submitted", true);
  out.submitted_where = top.where("submitted");
  out.decided = top.date("decided", false);
  out.decided_where = top.where("decided");
  out.analysis = std::string(trim(top.text("analysis", ValueKind::text, false).value_or("")));
  read_economy(top, source, findings, out);
  read_kpis(top, source, findings, out);
  read_assignments(top, source, findings, out);
  read_volumes(top, source, findings, out);
  return out;
}

}  // namespace arshjul::yaml
