/* test_bundle.c - unit tests of the repartition topic's bundles (producers/bundle.c):
 * which outputs are bundled and where they go, the entries read back byte for byte
 * (keys, null values, headers, order), the size bound, and malformed bundles refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bundle.h"

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    memcpy(d, s, n + 1);
    return d;
}

/* An output to topic with key, value (NULL: null) and one header parley_eid=key. */
static void add(poutputs *l, const char *topic, const char *key, const char *value)
{
    rd_kafka_headers_t *h = rd_kafka_headers_new(2);
    rd_kafka_header_add(h, "parley_eid", -1, key, -1);
    assert_int_equal(poutputs_add(l, OUT_INTERNAL, topic, dup_str(key), strlen(key),
                                  value ? dup_str(value) : NULL, value ? strlen(value) : 0, h),
                     0);
}

static int32_t part_of(const char *key, int32_t n)
{
    return rd_kafka_msg_partitioner_murmur2_random(NULL, key, strlen(key), n, NULL, NULL);
}

static const char *hdr(rd_kafka_headers_t *h, const char *name)
{
    const void *v = NULL;
    size_t n;
    if (!h || rd_kafka_header_get_last(h, name, &v, &n) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return NULL;
    return v;
}

static void test_partitioners(void **state)
{
    (void)state;
    assert_ptr_equal(bundle_partitioner_named("murmur2_random"),
                     rd_kafka_msg_partitioner_murmur2_random);
    assert_ptr_equal(bundle_partitioner_named("consistent"), rd_kafka_msg_partitioner_consistent);
    assert_ptr_equal(bundle_partitioner_named("fnv1a_random"), rd_kafka_msg_partitioner_fnv1a_random);
    assert_null(bundle_partitioner_named("random"));
    assert_null(bundle_partitioner_named("nonsense"));
    assert_null(bundle_partitioner_named(NULL));
}

/* Twelve records and a manifest of one article over four partitions, between an event
 * output and a changelog output that must be left alone. */
static void test_bundles_by_partition(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    assert_int_equal(poutputs_add(&l, OUT_EVENTS, "events", dup_str("k"), 1, dup_str("ev"), 2,
                                  NULL),
                     0);
    char keys[13][32], vals[13][32];
    for (int i = 0; i < 13; i++) {
        snprintf(keys[i], sizeof keys[i], i == 12 ? "article:a%d" : "cluster-%d", i);
        snprintf(vals[i], sizeof vals[i], "{\"n\":%d}", i);
        add(&l, "rep", keys[i], i == 12 ? NULL : vals[i]);
    }
    add(&l, "changelog", "cluster-0", "{}");
    l.v[l.n - 1].partition = 3;

    int count[4] = {0};
    for (int i = 0; i < 13; i++)
        count[part_of(keys[i], 4)]++;
    size_t want_bundles = 0, want_plain = 0;
    for (int p = 0; p < 4; p++) {
        want_bundles += count[p] >= 2;
        want_plain += count[p] == 1;
    }
    assert_true(want_bundles > 0);
    assert_int_equal(bundle_outputs(&l, "rep", 4, rd_kafka_msg_partitioner_murmur2_random),
                     want_bundles);
    assert_int_equal(l.n, 2 + want_bundles + want_plain);
    assert_string_equal(l.v[0].topic, "events");
    assert_int_equal(l.v[0].partition, RD_KAFKA_PARTITION_UA);
    assert_string_equal(l.v[l.n - 1].topic, "changelog");
    assert_int_equal(l.v[l.n - 1].partition, 3);

    int seen[13] = {0};
    for (size_t i = 1; i + 1 < l.n; i++) {
        poutput *o = &l.v[i];
        assert_string_equal(o->topic, "rep");
        assert_true(o->partition >= 0 && o->partition < 4);
        if (!hdr(o->hdrs, BUNDLE_HEADER)) { /* alone in its partition: a plain message */
            assert_int_equal(count[o->partition], 1);
            assert_int_equal(part_of(hdr(o->hdrs, "parley_eid"), 4), o->partition);
            continue;
        }
        assert_null(o->key);
        long n = bundle_count(o->value, o->value_len);
        assert_int_equal(n, count[o->partition]);
        size_t pos = 0;
        bundle_entry e;
        int last = -1;
        while (bundle_next(o->value, o->value_len, &pos, &e) == 1) {
            int k = -1;
            for (int j = 0; j < 13; j++)
                if (e.key_len == strlen(keys[j]) && !memcmp(e.key, keys[j], e.key_len))
                    k = j;
            assert_true(k > last); /* in the order they were made */
            last = k;
            seen[k]++;
            assert_int_equal(part_of(keys[k], 4), o->partition);
            if (k == 12) {
                assert_null(e.value); /* a manifest without events: a null value */
            } else {
                assert_int_equal(e.value_len, strlen(vals[k]));
                assert_memory_equal(e.value, vals[k], e.value_len);
            }
            assert_string_equal(hdr(e.hdrs, "parley_eid"), keys[k]);
            rd_kafka_headers_destroy(e.hdrs);
        }
        assert_int_equal(pos, o->value_len);
    }
    for (int i = 0; i < 13; i++)
        if (count[part_of(keys[i], 4)] >= 2)
            assert_int_equal(seen[i], 1);
    poutputs_clear(&l);
}

static void test_nothing_without_partitioner(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    add(&l, "rep", "a", "1");
    add(&l, "rep", "a", "2");
    assert_int_equal(bundle_outputs(&l, "rep", 4, NULL), 0);
    assert_int_equal(bundle_outputs(&l, "rep", 0, rd_kafka_msg_partitioner_murmur2), 0);
    assert_int_equal(l.n, 2);
    assert_int_equal(l.v[0].partition, RD_KAFKA_PARTITION_UA);
    poutputs_clear(&l);
}

/* Past BUNDLE_MAX_BYTES a partition's outputs start another bundle, in order. */
static void test_size_bound(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    size_t big = BUNDLE_MAX_BYTES / 3;
    for (int i = 0; i < 7; i++) {
        char *v = malloc(big);
        memset(v, 'a' + i, big);
        rd_kafka_headers_t *h = rd_kafka_headers_new(1);
        rd_kafka_header_add(h, "i", -1, NULL, 0); /* a null header value */
        assert_int_equal(poutputs_add(&l, OUT_INTERNAL, "rep", dup_str("same"), 4, v, big, h), 0);
    }
    /* two fit under the bound: three bundles of two, and the seventh alone, plain */
    assert_int_equal(bundle_outputs(&l, "rep", 2, rd_kafka_msg_partitioner_murmur2), 3);
    assert_int_equal(l.n, 4);
    char next = 'a';
    for (size_t i = 0; i < 3; i++) {
        assert_non_null(hdr(l.v[i].hdrs, BUNDLE_HEADER));
        assert_true(l.v[i].value_len <= BUNDLE_MAX_BYTES);
        assert_int_equal(bundle_count(l.v[i].value, l.v[i].value_len), 2);
        size_t pos = 0;
        bundle_entry e;
        while (bundle_next(l.v[i].value, l.v[i].value_len, &pos, &e) == 1) {
            assert_int_equal(e.value_len, big);
            assert_int_equal(e.value[0], next);
            next++;
            const void *v = (const void *)1;
            size_t n = 1;
            assert_int_equal(rd_kafka_header_get_last(e.hdrs, "i", &v, &n), 0);
            assert_null(v);
            rd_kafka_headers_destroy(e.hdrs);
        }
    }
    assert_null(hdr(l.v[3].hdrs, BUNDLE_HEADER));
    assert_int_equal(l.v[3].value[0], next++);
    assert_int_equal(next, 'a' + 7);
    poutputs_clear(&l);
}

static void test_malformed(void **state)
{
    (void)state;
    poutputs l;
    poutputs_init(&l);
    add(&l, "rep", "k", "{\"a\":1}");
    add(&l, "rep", "k", "{\"b\":2}");
    assert_int_equal(bundle_outputs(&l, "rep", 1, rd_kafka_msg_partitioner_murmur2), 1);
    const char *b = l.v[0].value;
    size_t n = l.v[0].value_len;
    assert_int_equal(bundle_count(b, n), 2);
    size_t first = 0; /* where the second entry starts */
    bundle_entry e;
    assert_int_equal(bundle_next(b, n, &first, &e), 1);
    rd_kafka_headers_destroy(e.hdrs);
    for (size_t cut = 0; cut < n; cut++) /* every truncation but the one between entries */
        assert_int_equal(bundle_count(b, cut), cut == first ? 1 : -1);
    char *longer = malloc(n + 1);
    memcpy(longer, b, n);
    longer[n] = 0;
    assert_int_equal(bundle_count(longer, n + 1), -1); /* trailing bytes */
    longer[3] = (char)0x7f;                            /* a key length past the end */
    assert_int_equal(bundle_count(longer, n), -1);
    free(longer);
    assert_int_equal(bundle_count(NULL, 0), -1);
    poutputs_clear(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_partitioners),
        cmocka_unit_test(test_bundles_by_partition),
        cmocka_unit_test(test_nothing_without_partitioner),
        cmocka_unit_test(test_size_bound),
        cmocka_unit_test(test_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
