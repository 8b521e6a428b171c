/* fuzz_html.c - libFuzzer target for article HTML extraction (gumbo + JSON-LD + meta).
 * Build with -DPARLEY_FUZZ=ON -DCMAKE_C_COMPILER=clang. */
#include "enrich_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    enrich_page p = {0};
    en_parse_html((const char *)data, size, 4096, &p);
    enrich_page_clear(&p);
    return 0;
}
