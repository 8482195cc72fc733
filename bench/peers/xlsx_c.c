/* The floor for --include-ledger: a plain C program that writes the same
 * ledger rows with libxlsxwriter in constant-memory mode, splitting the CSV's
 * lines naively (no quoting, no validation, no checks). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static double kr(const char* s) {
  char buf[64];
  size_t n = 0;
  for (; *s && *s != ';' && n < sizeof buf - 1; ++s)
    if (*s != ' ') buf[n++] = *s == ',' ? '.' : *s;
  buf[n] = 0;
  return strtod(buf, NULL);
}

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  FILE* in = fopen(argv[1], "rb");
  if (!in) return 2;
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
  lxw_workbook* wb = workbook_new_opt(argv[2], &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Ledger");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0.00");
  char line[4096];
  lxw_row_t row = 0;
  int sheets = 1;
  if (!fgets(line, sizeof line, in)) return 2; /* header */
  while (fgets(line, sizeof line, in)) {
    char* f[10];
    int n = 0;
    f[n++] = line;
    for (char* p = line; *p && n < 10; ++p)
      if (*p == ';') {
        *p = 0;
        f[n++] = p + 1;
      }
    if (n < 10) continue;
    if (row == LXW_ROW_MAX - 1) {
      char name[32];
      snprintf(name, sizeof name, "Ledger %d", ++sheets);
      ws = workbook_add_worksheet(wb, name);
      row = 0;
    }
    worksheet_write_string(ws, row, 0, f[0], NULL);
    worksheet_write_string(ws, row, 1, f[1], NULL);
    worksheet_write_string(ws, row, 3, f[5], NULL);
    worksheet_write_number(ws, row, 4, kr(f[6]), money);
    worksheet_write_number(ws, row, 5, kr(f[7]), money);
    worksheet_write_number(ws, row, 6, kr(f[8]), money);
    worksheet_write_string(ws, row, 8, argv[1], NULL);
    worksheet_write_number(ws, row, 9, (double)(row + 2), NULL);
    ++row;
  }
  fclose(in);
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
