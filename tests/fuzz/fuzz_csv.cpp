// The CSV reader on arbitrary bytes, in both encodings, with every field's
// position and the value parsers run on every field.
#include <cstdint>
#include <cstdio>
#include <string>

#include "csv/reader.hpp"
#include "values/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul;
  for (const auto encoding : {csv::Encoding::utf8, csv::Encoding::windows_1252}) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    std::FILE* f = size ? fmemopen(bytes.data(), bytes.size(), "rb") : std::tmpfile();
    if (!f) return 0;
    {
      csv::Reader reader(f, csv::Dialect{encoding, std::nullopt});
      csv::Record record;
      std::size_t records = 0;
      while (reader.next(record) && ++records < 100000) {
        for (std::size_t i = 0; i < record.size(); ++i) {
          const std::string_view field = record[i];
          (void)record.column_of(i);
          (void)parse_amount(field);
          (void)parse_period(field);
        }
        (void)record.blank();
      }
    }
    std::fclose(f);
  }
  return 0;
}
