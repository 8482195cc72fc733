// The four CSV tables of docs/data-format.md, read row by row into the Builder.
#pragma once

#include "csv/reader.hpp"
#include "input/builder.hpp"

namespace arshjul {

/// `threads` above 1 lets a large economy table be read in two parts at once.
void read_csv_table(std::uint32_t file_index, const InputFile& file, const csv::Dialect& dialect, Builder& builder,
                    unsigned threads);

}  // namespace arshjul
