/* fuzz_bundle.c - libFuzzer target for the repartition topic's bundles
 * (producers/bundle.c), which stage B reads from the broker: any bytes as a bundle's
 * value. Nothing may crash, leak or read out of bounds; a value bundle_count accepts must
 * read back as that many entries, each inside the value, and one it refuses as none.
 * The entries read back, bundled again, must give the same bytes (or fewer, when a header
 * name holds a NUL byte, which librdkafka's C-string names cut short). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bundle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int32_t first_partition(const rd_kafka_topic_t *rkt, const void *key, size_t keylen,
                               int32_t partition_cnt, void *rkt_opaque, void *msg_opaque)
{
    (void)rkt, (void)key, (void)keylen, (void)partition_cnt, (void)rkt_opaque, (void)msg_opaque;
    return 0;
}

static char *copy(const char *p, size_t n)
{
    char *d = p ? malloc(n + 1) : NULL;
    if (d)
        memcpy(d, p, n);
    return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    long n = bundle_count(data, size);
    size_t pos = 0;
    long seen = 0;
    bundle_entry e;
    poutputs l;
    poutputs_init(&l);
    int same = n >= 2 && size <= BUNDLE_MAX_BYTES / 2 && n <= 64;
    while (n > 0 && bundle_next(data, size, &pos, &e) == 1) {
        seen++;
        if (e.key && (e.key < (const char *)data || e.key + e.key_len > (const char *)data + size))
            abort();
        if (e.value &&
            (e.value < (const char *)data || e.value + e.value_len > (const char *)data + size))
            abort();
        if (poutputs_add(&l, OUT_INTERNAL, "rep", copy(e.key, e.key_len), e.key_len,
                         copy(e.value, e.value_len), e.value_len, e.hdrs) == 0)
            l.v[l.n - 1].partition = 0;
        else
            same = 0;
    }
    if (seen != (n > 0 ? n : 0) || pos != (n > 0 ? size : 0))
        abort();
    if (same && (bundle_outputs(&l, "rep", 1, first_partition) != 1 || l.n != 1 ||
                 l.v[0].value_len > size ||
                 (l.v[0].value_len == size && memcmp(l.v[0].value, data, size) != 0)))
        abort();
    poutputs_clear(&l);
    return 0;
}
