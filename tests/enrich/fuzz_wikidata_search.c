/* fuzz_wikidata_search.c - libFuzzer target for the wbsearchentities response parser.
 * Build with -DPARLEY_FUZZ=ON -DCMAKE_C_COMPILER=clang. */
#include "enrich_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *ids = NULL;
    char code[64];
    en_parse_wd_search((const char *)data, size, &ids, code, sizeof code);
    json_decref(ids);
    return 0;
}
