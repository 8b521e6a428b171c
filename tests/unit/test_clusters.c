/* test_clusters.c - cmocka tests of the cross-article state (service/clusters.c): first
 * report and duplicates, idempotent answers for a record seen again, the time window,
 * alerts once per event and status, restoring from changelog values, bounded size. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clusters.h"

#include <jansson.h>

#define H 3600000LL

static cluster_decision observe(cluster_store *s, const char *ck, const char *eid,
                                const char *status, int64_t ms, int wants)
{
    cluster_decision d;
    /* the offset stands for the message: the same ms is the same message here */
    assert_int_equal(cluster_store_observe(s, 0, ck, eid, status, ms, wants, ms, 0, &d), 0);
    return d;
}

static void test_first_then_duplicates(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    cluster_decision d = observe(s, "meet-a-b", "e1", "occurred", 0, 1);
    assert_true(d.first_report);
    assert_int_equal(d.report_count, 1);
    assert_true(d.alert);
    assert_non_null(d.changelog);
    free(d.changelog);
    for (int i = 2; i <= 5; i++) {
        char eid[8];
        snprintf(eid, sizeof eid, "e%d", i);
        d = observe(s, "meet-a-b", eid, "occurred", i * H, 1);
        assert_false(d.first_report);
        assert_string_equal(d.duplicate_of, "e1");
        assert_int_equal(d.report_count, i);
        assert_false(d.alert); /* one alert per event and status */
        free(d.changelog);
    }
    cluster_store_destroy(s);
}

/* The changelog value is written by hand: it must be the compact JSON jansson would
 * write for it, with every field, integer and hash in place. */
static void test_changelog_is_compact_json(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    cluster_decision d = observe(s, "meet-a-b", "e1", "occurred", 1700000000000LL, 1);
    free(d.changelog);
    d = observe(s, "meet-a-b", "e2", "planned \"q\"", 1700000000000LL + H, 1);
    assert_non_null(d.changelog);
    json_error_t err;
    json_t *v = json_loads(d.changelog, 0, &err);
    assert_non_null(v);
    char *again = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
    assert_string_equal(again, d.changelog);
    assert_string_equal(json_string_value(json_object_get(v, "first")), "e1");
    assert_int_equal(json_integer_value(json_object_get(v, "first_ms")), 1700000000000LL);
    assert_int_equal(json_integer_value(json_object_get(v, "count")), 2);
    json_t *seen = json_object_get(v, "seen");
    assert_int_equal(json_array_size(seen), 2);
    assert_int_equal(strlen(json_string_value(json_array_get(seen, 1))), 16);
    assert_non_null(json_object_get(json_object_get(v, "alerted"), "planned \"q\""));
    assert_int_equal(json_integer_value(json_object_get(json_object_get(v, "alerted_at"),
                                                        "planned \"q\"")),
                     1700000000000LL + H);
    free(again);
    json_decref(v);
    free(d.changelog);
    cluster_store_destroy(s);
}

static void test_same_record_same_answer(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    free(observe(s, "k", "e1", "planned", 0, 1).changelog);
    free(observe(s, "k", "e2", "planned", H, 1).changelog);
    /* processed again after a crash: the same decision, the alert raised again */
    cluster_decision d = observe(s, "k", "e1", "planned", 0, 1);
    assert_true(d.first_report);
    assert_true(d.alert);
    assert_null(d.changelog); /* nothing changed */
    d = observe(s, "k", "e2", "planned", H, 1);
    assert_false(d.first_report);
    assert_int_equal(d.report_count, 2);
    assert_false(d.alert);
    free(d.changelog);
    cluster_store_destroy(s);
}

static void test_redelivered_article_no_second_alert(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    cluster_decision d;
    assert_int_equal(cluster_store_observe(s, 0, "k", "e1", "planned", 0, 1, 10, 0, &d), 0);
    assert_true(d.alert);
    free(d.changelog);
    /* the same article again, in a new message: same answer, no second alert */
    assert_int_equal(cluster_store_observe(s, 0, "k", "e1", "planned", 0, 1, 99, 0, &d), 0);
    assert_true(d.first_report);
    assert_false(d.alert);
    free(d.changelog);
    /* its retraction alerts (the event had alerted); another event's retraction does not */
    assert_int_equal(cluster_store_observe(s, 0, "k", "e1", "planned", 0, 1, 120, 1, &d), 0);
    assert_true(d.alert);
    free(d.changelog);
    assert_int_equal(cluster_store_observe(s, 0, "k", "e2", "planned", H, 1, 130, 0, &d), 0);
    assert_false(d.alert);
    free(d.changelog);
    assert_int_equal(cluster_store_observe(s, 0, "k", "e2", "planned", H, 1, 140, 1, &d), 0);
    assert_false(d.alert);
    free(d.changelog);
    /* a retraction never starts an alert for a status nobody alerted on */
    assert_int_equal(cluster_store_observe(s, 0, "k", "e2", "cancelled", H, 1, 150, 1, &d), 0);
    assert_false(d.alert);
    free(d.changelog);
    cluster_store_destroy(s);
}

static void test_new_status_alerts_again(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    free(observe(s, "k", "e1", "planned", 0, 1).changelog);
    cluster_decision d = observe(s, "k", "e2", "cancelled", H, 1);
    assert_true(d.alert); /* planned, later cancelled: a second alert */
    free(d.changelog);
    d = observe(s, "k", "e3", "cancelled", 2 * H, 1);
    assert_false(d.alert);
    free(d.changelog);
    d = observe(s, "k", "e4", "occurred", 3 * H, 0); /* no rule wants it: no alert state */
    assert_false(d.alert);
    free(d.changelog);
    cluster_store_destroy(s);
}

static void test_window(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000);
    free(observe(s, "k", "e1", "occurred", 0, 1).changelog);
    cluster_decision d = observe(s, "k", "e2", "occurred", 73 * H, 1);
    assert_true(d.first_report); /* too far apart: another event */
    assert_true(d.alert);
    free(d.changelog);
    cluster_store_destroy(s);
}

static void test_restore_from_changelog(void **state)
{
    (void)state;
    cluster_store *a = cluster_store_new(72 * H, 1000), *b = cluster_store_new(72 * H, 1000);
    cluster_decision d = observe(a, "k", "e1", "occurred", 0, 1);
    free(d.changelog);
    d = observe(a, "k", "e2", "occurred", H, 1);
    /* the last change of the key is what the compacted changelog keeps */
    assert_int_equal(cluster_store_load(b, 0, "k", 1, d.changelog, strlen(d.changelog)), 0);
    free(d.changelog);
    cluster_decision x = observe(b, "k", "e3", "occurred", 2 * H, 1);
    assert_false(x.first_report);
    assert_string_equal(x.duplicate_of, "e1");
    assert_int_equal(x.report_count, 3);
    assert_false(x.alert);
    free(x.changelog);
    x = observe(b, "k", "e1", "occurred", 0, 1);
    assert_true(x.first_report);
    assert_true(x.alert); /* the event that raised the alert, seen again */
    free(x.changelog);
    /* a tombstone forgets the key; garbage is ignored */
    assert_int_equal(cluster_store_load(b, 0, "k", 1, NULL, 0), 0);
    assert_int_equal(cluster_store_size(b, 0), 0);
    assert_int_equal(cluster_store_load(b, 0, "z", 1, "{oops", 5), -1);
    /* a state written elsewhere, its first report missing from seen and its count off:
     * the same answer for a report seen twice all the same */
    const char *odd = "{\"first\":\"e1\",\"first_ms\":0,\"last_ms\":0,\"count\":5,\"seen\":[]}";
    assert_int_equal(cluster_store_load(b, 0, "q", 1, odd, strlen(odd)), 0);
    for (int i = 0; i < 2; i++) {
        x = observe(b, "q", "e9", "occurred", H, 0);
        assert_false(x.first_report);
        assert_string_equal(x.duplicate_of, "e1");
        assert_int_equal(x.report_count, 2);
        free(x.changelog);
    }
    cluster_store_destroy(a);
    cluster_store_destroy(b);
}

static void test_bounded(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 500);
    char ck[32], eid[32];
    for (int i = 0; i < 20000; i++) {
        snprintf(ck, sizeof ck, "k%d", i);
        snprintf(eid, sizeof eid, "e%d", i);
        free(observe(s, ck, eid, "occurred", i, 0).changelog);
        assert_true(cluster_store_size(s, 0) <= 500);
        if (i % 100 == 0) { /* a few in partition 1 too */
            cluster_decision p1;
            assert_int_equal(cluster_store_observe(s, 1, ck, eid, "occurred", i, 0, i, 0, &p1), 0);
            free(p1.changelog);
        }
    }
    /* the gauge counts both partitions' entries, evicted ones gone */
    assert_int_equal(cluster_store_size(s, 1), 200);
    assert_int_equal(cluster_store_count(s), cluster_store_size(s, 0) + 200);
    /* the most recent entries survive eviction */
    cluster_decision d = observe(s, "k19999", "e-other", "occurred", 20000, 0);
    assert_false(d.first_report);
    free(d.changelog);
    cluster_store_drop(s, 0);
    assert_int_equal(cluster_store_size(s, 0), 0);
    assert_int_equal(cluster_store_count(s), 200);
    cluster_store_destroy(s);
}

/* Past what an entry holds in place: 40 reports (the first 32 remembered), idempotent
 * answers for the early and late ones, ten statuses (eight alert), and all of it through
 * the changelog into another store. */
static void test_many_reports_and_statuses(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000), *b = cluster_store_new(72 * H, 1000);
    static const char *st[] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"};
    char eid[16];
    char *last = NULL;
    for (int i = 1; i <= 40; i++) {
        snprintf(eid, sizeof eid, "e%d", i);
        cluster_decision d = observe(s, "k", eid, st[i % 10], i * 60000, 1);
        assert_int_equal(d.report_count, i);
        assert_int_equal(d.alert, i <= 8); /* statuses s1..s8; then no room for s9, s0 */
        free(last);
        last = d.changelog;
    }
    cluster_decision d = observe(s, "k", "e2", st[2], 2 * 60000, 1);
    assert_int_equal(d.report_count, 2); /* seen before: the same answer */
    free(d.changelog);
    d = observe(s, "k", "e3", st[3], 3 * 60000, 1);
    assert_int_equal(d.report_count, 3);
    free(d.changelog);
    d = observe(s, "k", "e30", st[0], 30 * 60000, 1);
    assert_int_equal(d.report_count, 30);
    free(d.changelog);
    d = observe(s, "k", "e5", st[5], 5 * 60000, 1);
    assert_true(d.alert); /* the record that raised status s5's alert, at its offset */
    free(d.changelog);
    assert_non_null(last);
    assert_int_equal(cluster_store_load(b, 0, "k", 1, last, strlen(last)), 0);
    free(last);
    d = observe(b, "k", "e20", st[0], 20 * 60000, 1);
    assert_int_equal(d.report_count, 20);
    assert_false(d.alert);
    free(d.changelog);
    d = observe(b, "k", "e8", st[8], 8 * 60000, 1);
    assert_true(d.alert);
    free(d.changelog);
    d = observe(b, "k", "e41", st[1], 41 * 60000, 1);
    assert_int_equal(d.report_count, 41);
    assert_false(d.alert);
    free(d.changelog);
    cluster_store_destroy(s);
    cluster_store_destroy(b);
}

/* The first report's id as duplicate_of gives it back, in memory and through the
 * changelog: hex ids (packed two digits a byte) of every length up to 32, odd lengths,
 * and other ids (kept as text, cut at 71 bytes as duplicate_of's room cuts them, never
 * inside a UTF-8 character). */
static void test_first_ids(void **state)
{
    (void)state;
    char long_text[81], long_want[72], accented[80], accented_want[72];
    memset(long_text, 'x', 80);
    long_text[80] = '\0';
    memcpy(long_want, long_text, 71);
    long_want[71] = '\0';
    memset(accented, 'x', 70);
    memcpy(accented + 70, "\xc3\xa9y", 4); /* an e-acute across byte 71 */
    memcpy(accented_want, accented, 70);
    accented_want[70] = '\0';
    const char *hex64 = "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeed";
    const char *cases[][2] = {{"0123456789abcdef0123456789abcdef", NULL},
                              {"0a1b2c3d4e5f6a7b8", NULL},
                              {"0123456789abcdef0123456789abcdef0", NULL},
                              {hex64, NULL},
                              {"0", NULL},
                              {"00000000000000000000000000000000", NULL},
                              {"ABCDEF0123", NULL},
                              {"evt-7", NULL},
                              {long_text, long_want},
                              {accented, accented_want}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *id = cases[i][0], *want = cases[i][1] ? cases[i][1] : id;
        cluster_store *s = cluster_store_new(72 * H, 1000), *b = cluster_store_new(72 * H, 1000);
        cluster_decision d = observe(s, "k", id, "occurred", 0, 0);
        assert_true(d.first_report);
        json_t *o = json_loads(d.changelog, 0, NULL);
        assert_string_equal(json_string_value(json_object_get(o, "first")), want);
        json_decref(o);
        free(d.changelog);
        d = observe(s, "k", id, "occurred", 0, 0);
        assert_true(d.first_report); /* the first report again */
        assert_int_equal(d.report_count, 1);
        free(d.changelog);
        d = observe(s, "k", "0123456789abcdef0123456789abcdee", "occurred", H, 0);
        assert_false(d.first_report); /* one digit off: another report */
        assert_string_equal(d.duplicate_of, want);
        assert_int_equal(cluster_store_load(b, 0, "k", 1, d.changelog, strlen(d.changelog)), 0);
        free(d.changelog);
        d = observe(b, "k", "99", "occurred", 2 * H, 0);
        assert_string_equal(d.duplicate_of, want);
        assert_int_equal(d.report_count, 3);
        free(d.changelog);
        cluster_store_destroy(s);
        cluster_store_destroy(b);
    }
}

/* A changelog message's key is not NUL-terminated: restored under its first key_len
 * bytes, the state answers the same key as the pipeline names it. */
static void test_restore_message_key(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 1000), *b = cluster_store_new(72 * H, 1000);
    const char *ck = "00112233445566778899aabbccddeeff";
    const char *msg_key = "00112233445566778899aabbccddeeff00112233"; /* more bytes after */
    cluster_decision d = observe(s, ck, "e1", "occurred", 0, 1);
    assert_int_equal(cluster_store_load(b, 0, msg_key, 32, d.changelog, strlen(d.changelog)), 0);
    assert_int_equal(cluster_store_load(b, 0, "key-1 and more", 5, d.changelog,
                                        strlen(d.changelog)), 0);
    free(d.changelog);
    d = observe(b, ck, "e2", "occurred", H, 1);
    assert_false(d.first_report);
    assert_string_equal(d.duplicate_of, "e1");
    assert_false(d.alert);
    free(d.changelog);
    d = observe(b, "key-1", "e2", "occurred", H, 1);
    assert_false(d.first_report);
    free(d.changelog);
    assert_int_equal(cluster_store_size(b, 0), 2);
    cluster_store_destroy(s);
    cluster_store_destroy(b);
}

/* Key i of test_hex_keys_and_deletion: odd ones the pipeline's form, even ones text. */
static void mixed_key(char *ck, size_t cap, int i)
{
    if (i % 2)
        snprintf(ck, cap, "%032x", i * 2654435761u);
    else
        snprintf(ck, cap, "key-%x", i * 2654435761u);
}

/* The pipeline's keys (32 lower-case hex digits, kept packed) and others (kept as text)
 * side by side; a key restored as a tombstone is gone while every other key of the
 * table is still found (a deletion moves the keys after it in their probe run), and the
 * table fills to its bound and evicts with most of them. */
static void test_hex_keys_and_deletion(void **state)
{
    (void)state;
    cluster_store *s = cluster_store_new(72 * H, 400);
    char ck[40], eid[40];
    for (int i = 0; i < 300; i++) {
        snprintf(ck, sizeof ck, "%032x", i * 2654435761u);
        snprintf(eid, sizeof eid, "%032x", i);
        free(observe(s, ck, eid, "occurred", i, 1).changelog);
        snprintf(ck, sizeof ck, "%032X", i * 2654435761u); /* upper case: another key */
        free(observe(s, ck, "x", "planned", i, 1).changelog);
    }
    /* 600 keys: a full table drops its oldest tenth, the latest keys stay */
    assert_in_range(cluster_store_size(s, 0), 360, 400);
    snprintf(ck, sizeof ck, "%032x", 299 * 2654435761u);
    cluster_decision y = observe(s, ck, "y", "occurred", 300, 1);
    assert_false(y.first_report);
    free(y.changelog);
    cluster_store_destroy(s);

    s = cluster_store_new(72 * H, 1000);
    for (int i = 0; i < 600; i++) {
        mixed_key(ck, sizeof ck, i);
        snprintf(eid, sizeof eid, "%032x", i);
        free(observe(s, ck, eid, "occurred", i, 0).changelog);
    }
    for (int i = 0; i < 600; i += 3) {
        mixed_key(ck, sizeof ck, i);
        assert_int_equal(cluster_store_load(s, 0, ck, strlen(ck), NULL, 0), 0);
    }
    assert_int_equal(cluster_store_size(s, 0), 400);
    for (int i = 0; i < 600; i++) {
        mixed_key(ck, sizeof ck, i);
        snprintf(eid, sizeof eid, "%032x", i);
        cluster_decision d = observe(s, ck, "0123456789abcdef0123456789abcdef", "occurred",
                                     1000 + i, 0);
        assert_int_equal(d.first_report, i % 3 == 0); /* gone, or found with its first */
        if (i % 3)
            assert_string_equal(d.duplicate_of, eid);
        free(d.changelog);
    }
    assert_int_equal(cluster_store_count(s), 600);
    cluster_store_destroy(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_then_duplicates), cmocka_unit_test(test_changelog_is_compact_json),
        cmocka_unit_test(test_same_record_same_answer),
        cmocka_unit_test(test_new_status_alerts_again),
        cmocka_unit_test(test_many_reports_and_statuses),
        cmocka_unit_test(test_redelivered_article_no_second_alert), cmocka_unit_test(test_window),
        cmocka_unit_test(test_restore_from_changelog), cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_first_ids), cmocka_unit_test(test_hex_keys_and_deletion),
        cmocka_unit_test(test_restore_message_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
