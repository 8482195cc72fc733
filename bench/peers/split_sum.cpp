// The peer arshjul is measured against: one pass that only splits the
// ledger's ';' lines and sums budget, outcome and forecast per unit and
// period in öre. No quoting, no validation, no checks: the floor for a
// program that must read every byte. Written to be fast: the whole file in
// one buffer, memchr for line ends, keys as views into the buffer.
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {
long long ore(std::string_view s) {
  long long v = 0, sign = 1;
  int decimals = -1;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == ',' || c == '.') {
      decimals = 0;
    } else if (c == '-') {
      sign = -1;
    }
  }
  for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d) v *= 10;
  return sign * v;
}

struct Sums {
  long long budget = 0, outcome = 0, forecast = 0;
};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) return 2;
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  std::vector<char> data(static_cast<std::size_t>(size));
  if (std::fread(data.data(), 1, data.size(), f) != data.size()) return 2;
  std::fclose(f);

  std::unordered_map<std::string_view, Sums> sums;  // key: "unit;period"
  const char* p = data.data();
  const char* const end = p + data.size();
  p = static_cast<const char*>(std::memchr(p, '\n', end - p)) + 1;  // header
  long long rows = 0;
  while (p < end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    if (!nl) nl = end;
    std::string_view line(p, nl - p);
    p = nl + 1;
    std::string_view field[10];
    std::size_t n = 0, start = 0;
    for (std::size_t i = 0; i <= line.size() && n < 10; ++i)
      if (i == line.size() || line[i] == ';' || line[i] == '\r') {
        field[n++] = line.substr(start, i - start);
        start = i + 1;
      }
    if (n < 10) continue;
    Sums& s = sums[std::string_view(field[0].data(), field[1].data() + field[1].size() - field[0].data())];
    s.budget += ore(field[6]);
    s.outcome += ore(field[7]);
    s.forecast += ore(field[8]);
    ++rows;
  }
  long long total = 0;
  for (const auto& [key, s] : sums) total += s.budget;
  std::printf("%lld rows, %zu groups, budget %lld öre\n", rows, sums.size(), total);
}
