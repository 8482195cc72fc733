// The result accounts' sums: the booked outcome, the budget and the #RES check.
#include "sie/detail.hpp"

namespace arshjul::sie::detail {

AccountSums* Accounts::find(std::string_view account) {
  const auto number = result_account(account);
  if (!number) return nullptr;
  std::int16_t& slot = slot_[static_cast<std::size_t>(*number - first_result_account)];
  if (slot < 0) {
    slot = static_cast<std::int16_t>(sums_.size());
    sums_.emplace_back();
  }
  return &sums_[static_cast<std::size_t>(slot)];
}

std::array<Wide, 12> Accounts::booked_to_date(bool by_trans) const {
  std::array<Wide, 12> booked{};
  Wide running = 0;
  for (std::size_t m = 0; m < 12; ++m) {
    for (const AccountSums& sums : sums_) running += by_trans ? sums.trans[m] : sums.psaldo[m];
    booked[m] = running;
  }
  return booked;
}

Wide Accounts::budget() const {
  Wide budget = 0;
  for (const AccountSums& sums : sums_) budget += sums.pbudget;
  return budget;
}

std::optional<Accounts::Mismatch> Accounts::first_res_mismatch(bool by_trans) const {
  for (std::size_t k = 0; k < slot_.size(); ++k) {
    if (slot_[k] < 0) continue;
    const AccountSums& sums = sums_[static_cast<std::size_t>(slot_[k])];
    Wide year = 0;
    for (std::size_t m = 0; m < 12; ++m) year += by_trans ? sums.trans[m] : sums.psaldo[m];
    if (year != sums.res.value_or(0)) return Mismatch{static_cast<int>(k) + first_result_account, &sums};
  }
  return std::nullopt;
}

}  // namespace arshjul::sie::detail
