#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) of the organisation file and the
submission file, for editors (yaml-language-server) and for checking
submissions outside arshjul. One more reading of docs/data-format.md: the
test ci.schema_agreement holds them to what arshjul-check says.

    /usr/bin/python3 schemas/make_schemas.py      (writes schemas/*.schema.json)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "https://arshjul.invalid/schemas/"  # an identifier, not a place to fetch from

# Letters as the checker folds words: any case, å ä à á → a, ö ó ò → o, é è → e.
FOLD = {"a": "aAåÅäÄàÀáÁ", "o": "oOöÖóÓòÒ", "e": "eEéÉèÈ", "u": "uUüÜ"}


def word_pattern(*words):
    """A pattern matching each word as the checker reads it: trimmed, in any case, with or without diacritics."""
    def one(w):
        out = ""
        for c in w:
            if c in FOLD:
                out += "[" + FOLD[c] + "]"
            elif c.isalpha():
                out += f"[{c.lower()}{c.upper()}]"
            else:
                out += "\\" + c if c in "-._" else c
        return out
    return "^\\s*(" + "|".join(one(w) for w in words) + ")\\s*$"


def both(sv, en):
    return f"{sv} / {en}"


SPACE = "[ \\u00a0\\u202f]"
# At most 15 integer digits (the amount range is ±900 000 000 000 000 kr), grouped by threes or not.
DIGITS = f"([0-9]{{1,15}}|[0-9]{{1,3}}({SPACE}[0-9]{{3}}){{1,4}})"
NUMBER_DIGITS = f"([0-9]{{1,18}}|[0-9]{{1,3}}({SPACE}[0-9]{{3}}){{1,5}})"
SIGN = "[-\\u2212]?"
AMOUNT_TEXT = f"^\\s*{SIGN}{DIGITS}([.,][0-9]{{1,2}})?({SPACE}?([kK][rR]|[sS][eE][kK]))?\\s*$"
NUMBER_TEXT = f"^\\s*{SIGN}{NUMBER_DIGITS}([.,][0-9]{{1,18}})?\\s*$"
EMPTY = {"anyOf": [{"type": "null"}, {"const": ""}]}


def optional(schema):
    """An optional key may also be left empty."""
    return {"anyOf": [schema, EMPTY]}


DEFS = {
    "amount": {"description": both("Belopp i kr, högst två decimaler: 1234,50, \"1 234,50\", \"567 626 000 kr\"",
                                   "An amount in kr, at most two decimals: 1234.50, \"1 234,50\", \"567 626 000 kr\""),
               "anyOf": [{"type": "number"}, {"type": "string", "pattern": AMOUNT_TEXT}]},
    "number": {"description": both("Ett tal, decimalkomma eller decimalpunkt", "A number, decimal comma or point"),
               "anyOf": [{"type": "number"}, {"type": "string", "pattern": NUMBER_TEXT}]},
    "volume": {"description": both("En volym, aldrig negativ", "A volume, never negative"),
               "anyOf": [{"type": "number", "minimum": 0},
                         {"type": "string", "pattern": f"^\\s*{NUMBER_DIGITS}([.,][0-9]{{1,18}})?\\s*$"}]},
    "boolean": {"description": both("ja eller nej (true, false)", "yes or no (true, false, ja, nej)"),
                "anyOf": [{"type": "boolean"}, {"type": "integer", "enum": [0, 1]},
                          {"type": "string", "pattern": word_pattern("true", "false", "yes", "no", "ja", "nej", "1", "0")}]},
    "date": {"description": both("Ett datum ÅÅÅÅ-MM-DD", "A date YYYY-MM-DD"),
             "type": "string", "pattern": "^\\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\\s*$"},
    "period": {"description": both("En period ÅÅÅÅ-MM (eller ÅÅÅÅMM): rapporten gäller januari till och med månaden",
                                   "A period YYYY-MM (or YYYYMM): the report covers January up to that month"),
               "anyOf": [{"type": "string", "pattern": "^\\s*[0-9]{4}-?(0[1-9]|1[0-2])\\s*$"},
                         {"type": "integer", "minimum": 100001, "maximum": 999912}]},
    "row_id": {"description": both("Ett id: 1–64 tecken a-z, 0-9, _ och -", "An id: 1..64 characters a-z, 0-9, _ and -"),
               "type": "string", "pattern": "^\\s*[a-z0-9_-]{1,64}\\s*$"},
    "text": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
}


def ref(name):
    return {"$ref": f"#/$defs/{name}"}


def with_swedish(properties, swedish):
    """Each English key and its Swedish alternatives, never two of them for one field (ARS110)."""
    props, exclusive = {}, []
    for key, schema in properties.items():
        props[key] = schema
        group = [key] + swedish.get(key, [])
        for alt in swedish.get(key, []):
            props[alt] = dict(schema, description=both(f"Samma som {key}", f"The same as {key}"))
        if len(group) > 1:
            exclusive.append({"not": {"anyOf": [{"required": [a, b]} for i, a in enumerate(group) for b in group[i + 1:]]}})
    return props, exclusive


def required_one_of(required, swedish):
    """A required field under its English or one of its Swedish names."""
    return [{"anyOf": [{"required": [k]} for k in [key] + swedish.get(key, [])]} for key in required]


def mapping(properties, required, swedish, description):
    props, exclusive = with_swedish(properties, swedish)
    out = {"type": "object", "description": description, "properties": props, "additionalProperties": False}
    if required_one_of(required, swedish) + exclusive:
        out["allOf"] = required_one_of(required, swedish) + exclusive
    return out


# The Swedish keys of submissions (docs/data-format.md), with and without diacritics.
SWEDISH = {"unit": ["enhet", "nämnd", "namnd"], "report": ["rapport"], "submitted": ["inlämnad", "inlamnad"],
           "decided": ["beslutad"], "economy": ["ekonomi"], "kpis": ["nyckeltal"], "assignments": ["uppdrag"],
           "volumes": ["volymer"], "analysis": ["analys"], "line": ["rad", "post"], "outcome": ["utfall"],
           "forecast": ["prognos"], "measures": ["åtgärder", "atgarder"], "name": ["namn"], "value": ["värde", "varde"],
           "target": ["mål", "mal", "målvärde", "malvarde"], "direction": ["riktning"], "tolerance": ["tolerans"],
           "measure_unit": ["måttenhet", "mattenhet"], "critical": ["verksamhetskritisk"], "title": ["titel"],
           "source": ["källa", "kalla"], "within_budget": ["inom_budget"], "resources": ["resurser"],
           "due": ["slutdatum"], "unit_cost": ["styckkostnad", "à-pris", "a-pris"]}


def submission():
    economy = mapping({"line": optional(ref("text")), "budget": ref("amount"), "outcome": ref("amount"),
                       "forecast": ref("amount"), "measures": optional(ref("text"))},
                      ["budget", "outcome", "forecast"], SWEDISH,
                      both("En ekonomirad: budget, utfall hittills och prognos för helåret",
                           "An economy line: budget, outcome to date and forecast for the year"))
    kpi = mapping({"id": ref("row_id"), "name": optional(ref("text")), "value": optional(ref("number")),
                   "target": optional(ref("number")),
                   "direction": optional({"type": "string", "pattern": word_pattern("higher", "lower", "högre", "lägre")}),
                   "tolerance": optional(ref("number")), "measure_unit": optional(ref("text")),
                   "critical": optional(ref("boolean")),
                   "status": optional({"type": "string",
                                       "pattern": word_pattern("green", "yellow", "red", "grön", "gul", "röd")})},
                  ["id"], SWEDISH, both("Ett nyckeltal", "A key figure (KPI)"))
    assignment = mapping(
        {"id": {"anyOf": [{"type": "string", "pattern": "\\S"}, {"type": "number"}]}, "title": ref("text"),
         "source": optional({"type": "string", "pattern": word_pattern("kf_budget", "kf_decision", "nämnd")}),
         "within_budget": ref("boolean"), "resources": optional(ref("text")), "due": optional(ref("date")),
         "status": optional({"type": "string", "pattern": word_pattern(
             "not_started", "ongoing", "done", "cancelled", "ej_påbörjat", "pågår", "klart", "avbrutet")})},
        ["id", "title", "within_budget"], SWEDISH,
        both("Ett uppdrag; utanför budgetprocessen ska det ange sina resurser",
             "An assignment; outside the budget process it must state its resources"))
    volume = mapping({"id": ref("row_id"), "name": optional(ref("text")), "budget": ref("volume"),
                      "outcome": ref("volume"), "forecast": ref("volume"), "measure_unit": optional(ref("text")),
                      "unit_cost": optional(ref("amount"))},
                     ["id", "budget", "outcome", "forecast"], SWEDISH,
                     both("En volym: budget för helåret, utfall hittills, prognos",
                          "A volume: budget for the year, outcome to date, forecast"))
    defs = dict(DEFS, economy_line=economy, kpi=kpi, assignment=assignment, volume_row=volume)
    listed = lambda item, sv, en: optional({"type": "array", "items": ref(item), "description": both(sv, en)})
    top = mapping(
        {"unit": {"description": both("Enhetens id eller namn", "The unit's id or name"), **ref("text")},
         "report": {"description": both("Rapporttyp", "Report kind"), "type": "string",
                    "pattern": word_pattern("tiodagarsrapport", "10-dagarsrapport", "manadsuppfoljning", "delarsrapport",
                                            "arsredovisning")},
         "period": ref("period"), "submitted": ref("date"), "decided": optional(ref("date")),
         "economy": listed("economy_line", "Ekonomiraderna", "The economy lines"),
         "kpis": listed("kpi", "Nyckeltalen", "The key figures"),
         "assignments": listed("assignment", "Uppdragen", "The assignments"),
         "volumes": listed("volume_row", "Volymerna", "The volumes"),
         "analysis": optional({"description": both("Enhetens analys, fri text", "The unit's analysis, free text"),
                               **ref("text")})},
        ["unit", "report", "period", "submitted"], SWEDISH,
        both("En inlämning till arshjul: en rapport från en nämnd eller ett bolag",
             "A submission to arshjul: one report of a committee or company"))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE + "submission.schema.json",
            "title": "arshjul: inlämning / submission", **top, "$defs": defs}


def changeable_codes():
    """The codes rules: may change, from the one table of codes (lib/findings/codes.def)."""
    table = open(os.path.join(HERE, "..", "lib", "findings", "codes.def"), encoding="utf-8").read()
    return [f"ARS{n}" for n, how in re.findall(r"^ARSHJUL_CODE\((\d+), \w+, (\w+)", table, re.M) if how == "changeable"]


def organisation():
    months = {"type": "array", "items": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 12},
                                                   {"type": "string", "pattern": "^\\s*0*([1-9]|1[0-2])\\s*$"}]}}
    unit = mapping({"id": {"description": both("1–64 tecken a-z, 0-9 och -", "1..64 characters a-z, 0-9 and -"),
                           "type": "string", "pattern": "^\\s*[a-z0-9-]{1,64}\\s*$"},
                    "name": ref("text"),
                    "type": {"type": "string", "pattern": word_pattern("nämnd", "bolag", "committee", "company")},
                    "monthly_reports": optional(months), "volume_based": optional(ref("boolean")),
                    "critical_kpis": optional({"type": "array", "items": ref("row_id")}),
                    "org_number": optional({"description": both("Organisationsnummer, jämförs med SIE-filens #ORGNR",
                                                                "Organisation number, compared with an SIE file's #ORGNR"),
                                            "type": "string",
                                            "pattern": "^\\s*([0-9][ -]?){9}[0-9]([ -]?[0-9]{2})?\\s*$"})},
                   ["id", "name", "type"], {}, both("En nämnd eller ett bolag", "A committee or company"))
    due = mapping({"working_days_after": ref("number"), "days_after": ref("number"), "months_after": ref("number"),
                   "date": {"type": "string", "pattern": "^\\s*(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\\s*$"},
                   "year_offset": ref("number")}, [], {}, both("När rapporten ska vara inne", "When the report is due"))
    rule = mapping({"months": optional(months), "applies_to": optional({"type": "array", "items": {
        "type": "string", "pattern": word_pattern("nämnd", "bolag", "committee", "company")}}), "due": due},
                   [], {}, both("En rapporttyps regler", "A report kind's rules"))
    kinds = ["tiodagarsrapport", "manadsuppfoljning", "delarsrapport", "arsredovisning"]
    top = mapping(
        {"year": {"description": both("Organisationens år, 1990–2200", "The organisation's year, 1990..2200"),
                  "anyOf": [{"type": "integer", "minimum": 1990, "maximum": 2200},
                            {"type": "string", "pattern": "^\\s*(199[0-9]|2[01][0-9]{2}|2200)\\s*$"}]},
         "municipality": optional(ref("text")),
         "units": {"type": "array", "minItems": 1, "items": unit},
         "calendar": optional(mapping({"closed_days": optional({"type": "array", "items": ref("date")}),
                                       "reports": optional({"type": "object", "additionalProperties": False,
                                                            "properties": {k: rule for k in kinds}})},
                                      [], {}, both("Stängda dagar och rapportregler", "Closed days and report rules"))),
         "rules": optional({"type": "object", "description": both("Allvarlighet per kod", "Severity by code"),
                            "propertyNames": {"enum": changeable_codes()},
                            "additionalProperties": {"type": "string", "pattern": word_pattern("error", "warning", "off")}}),
         "thresholds": optional(mapping({k: optional({"anyOf": [{"type": "number", "minimum": 0}, {
             "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]+)?\\s*$"}]}) for k in
             ("deviation_pct", "forecast_change_pct", "volume_deviation_pct", "reconciliation_pct")}, [], {},
             both("Gränserna för ARS401, ARS403, ARS602 och ARS701",
                  "The thresholds of ARS401, ARS403, ARS602 and ARS701")))},
        ["year", "units"], {}, both("Organisationsfilen: året, enheterna och deras rapportering",
                                    "The organisation file: the year, the units and their reporting"))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE + "organisation.schema.json",
            "title": "arshjul: organisationsfil / organisation file", **top, "$defs": DEFS}


if __name__ == "__main__":
    for name, schema in (("organisation", organisation()), ("submission", submission())):
        with open(os.path.join(HERE, f"{name}.schema.json"), "w", encoding="utf-8") as f:
            json.dump(schema, f, ensure_ascii=False, indent=2)
            f.write("\n")
