/* fuzz_jsonw.c - differential libFuzzer target for producers/jsonw: any input jansson
 * accepts as JSON must be written by jsonw_dumps byte for byte as json_dumps writes it
 * (JSON_COMPACT), except that reals are the shortest text that reads back as the same
 * double (so where the bytes differ, jsonw's read back as an equal value), and never
 * crash. */
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
    if (want && (!got || len != strlen(got)))
        abort();
    if (want && (len != strlen(want) || memcmp(want, got, len) != 0)) {
        /* only reals may differ: equal when read back (json_equal compares reals with ==;
         * fewer digits, not always fewer bytes: 1.23456789012345e15 for 1234567890123450.0) */
        json_t *back = json_loadb(got, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
        if (!back || !json_equal(back, v))
            abort(); /* differs from jansson */
        json_decref(back);
    }
    free(want);
    free(got);
    json_decref(v);
    return 0;
}
