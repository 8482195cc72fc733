// The peer arshjul is measured against: one pass that only splits the
// ledger's ';' lines and sums budget, outcome and forecast per unit and
// period in öre. No quoting, no validation, no checks: the floor for a
// program that must read every byte. Written to be fast: 1 MiB chunks read
// into one reused buffer, memchr for line ends, an allocation-free lookup.
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {
long long ore(std::string_view s) {
  long long v = 0;
  int decimals = -1;
  bool negative = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == ',' || c == '.') {
      decimals = 0;
    } else if (c == '-') {
      negative = true;
    }
  }
  for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d) v *= 10;
  return negative ? -v : v;
}

struct Sums {
  long long budget = 0, outcome = 0, forecast = 0;
};
struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::FILE* f = std::fopen(argv[1], "rb");
  if (!f) return 2;
  std::unordered_map<std::string, Sums, Hash, std::equal_to<>> sums;  // key: "unit;period"
  std::vector<char> buf(1 << 20);
  std::size_t kept = 0;
  long long rows = 0;
  bool header = true;
  for (;;) {
    const std::size_t got = std::fread(buf.data() + kept, 1, buf.size() - kept, f);
    const std::size_t size = kept + got;
    const char* p = buf.data();
    const char* const end = p + size;
    while (const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p))) {
      const std::string_view line(p, nl - p);
      p = nl + 1;
      if (header) {
        header = false;
        continue;
      }
      std::string_view field[10];
      std::size_t n = 0, start = 0;
      for (std::size_t i = 0; i < line.size() && n < 9; ++i)
        if (line[i] == ';') {
          field[n++] = line.substr(start, i - start);
          start = i + 1;
        }
      field[n++] = line.substr(start);
      if (n < 10) continue;
      const std::string_view key(field[0].data(), field[1].data() + field[1].size() - field[0].data());
      auto it = sums.find(key);
      if (it == sums.end()) it = sums.emplace(std::string(key), Sums{}).first;
      it->second.budget += ore(field[6]);
      it->second.outcome += ore(field[7]);
      it->second.forecast += ore(field[8]);
      ++rows;
    }
    kept = static_cast<std::size_t>(end - p);
    std::memmove(buf.data(), p, kept);
    if (got == 0) break;
  }
  long long total = 0;
  for (const auto& [key, s] : sums) total += s.budget;
  std::printf("%lld rows, %zu groups, budget %lld öre\n", rows, sums.size(), total);
}
