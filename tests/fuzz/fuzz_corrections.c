/* fuzz_corrections.c - libFuzzer target for the per-article state of corrections
 * (service/corrections.c): the input is split at the first two NUL bytes into a
 * changelog value (restored with article_store_load), the event ids and the JSON lines
 * of a manifest (article_store_observe); the same manifest is then observed again and
 * the entry tombstoned. Nothing may crash, leak or read out of bounds, and the records
 * an observed manifest left in the store (kept lz4-compressed) must come back byte for byte
 * when a version without events retracts them. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corrections.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    const char *z1 = memchr(p, '\0', size);
    size_t n1 = z1 ? (size_t)(z1 - p) : size;
    const char *rest = z1 ? z1 + 1 : p + size;
    size_t rlen = (size_t)(p + size - rest);
    const char *z2 = memchr(rest, '\0', rlen);
    size_t n2 = z2 ? (size_t)(z2 - rest) : rlen;
    const char *lines = z2 ? z2 + 1 : rest + rlen;
    size_t n3 = (size_t)(p + size - lines);

    article_store *s = article_store_new(65536);
    if (!s)
        return 0;
    article_store_load(s, 0, "article:f", 9, p, n1);
    article_change c;
    int kept = 0;
    for (int i = 0; i < 2; i++) {
        if (article_store_observe(s, 0, "article:f", 9, rest, n2, lines, n3, 7, i, &c) == 0) {
            kept = n3 > 0 && article_store_size(s, 0) == 1;
            article_change_clear(&c);
        }
    }
    if (article_store_observe(s, 0, "article:f", 9, "", 0, "", 0, 8, 3, &c) == 0) {
        /* every line observed, a newline after the last one */
        size_t want = n3 + (n3 > 0 && lines[n3 - 1] != '\n');
        if (kept && (c.retracted_len != want || memcmp(c.retracted, lines, n3) != 0))
            abort();
        article_change_clear(&c);
    }
    article_store_load(s, 0, "article:f", 9, NULL, 0);
    article_store_destroy(s);
    return 0;
}
