/* fuzz_nominatim.c - libFuzzer target for the Nominatim jsonv2 response parser.
 * Build with -DPARLEY_FUZZ=ON -DCMAKE_C_COMPILER=clang. */
#include "enrich_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *o = NULL;
    en_parse_nominatim((const char *)data, size, &o);
    json_decref(o);
    return 0;
}
