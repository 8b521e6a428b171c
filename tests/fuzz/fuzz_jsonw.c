/* fuzz_jsonw.c - differential libFuzzer target for producers/jsonw: any input jansson
 * accepts as JSON must be written by jsonw_dumps byte for byte as json_dumps writes it
 * (JSON_COMPACT), and never crash. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *v = json_loadb((const char *)data, size, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    if (!v)
        return 0;
    char *want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    size_t len = 0;
    char *got = jsonw_dumps(v, &len);
    if (want && (!got || len != strlen(want) || memcmp(want, got, len) != 0))
        abort(); /* differs from jansson */
    free(want);
    free(got);
    json_decref(v);
    return 0;
}
