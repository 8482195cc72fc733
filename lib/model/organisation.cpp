#include "model/organisation.hpp"

namespace arshjul {

int Organisation::find_unit(std::string_view id_or_name) const {
  for (std::size_t i = 0; i < units.size(); ++i)
    if (units[i].id == id_or_name) return static_cast<int>(i);
  for (std::size_t i = 0; i < units.size(); ++i)
    if (units[i].name == id_or_name) return static_cast<int>(i);
  return -1;
}

}  // namespace arshjul
