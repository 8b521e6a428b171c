/* test_corrections.c - cmocka tests of the per-article state for corrections
 * (service/corrections.c): a changed version retracts what it no longer supports, the
 * same version again hands the same retractions back (idempotent), restoring from the
 * changelog gives the same answers, bad manifests are refused, memory stays bounded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corrections.h"

#define REC(id) "{\"event_id\":\"" id "\",\"cluster_key\":\"ck" id "\",\"status\":\"planned\"}\n"

static int64_t next_offset;

/* One manifest at offset (-1: the next offset, a new message). */
static article_change observe_at(article_store *s, int32_t p, const char *key, const char *ids,
                                 const char *lines, int64_t offset)
{
    article_change c;
    if (offset < 0)
        offset = next_offset++;
    assert_int_equal(article_store_observe(s, p, key, strlen(key), ids, strlen(ids), lines,
                                           strlen(lines), offset, 1000, &c),
                     0);
    return c;
}

static article_change observe(article_store *s, int32_t p, const char *key, const char *ids,
                              const char *lines)
{
    return observe_at(s, p, key, ids, lines, -1);
}

static void test_first_version_retracts_nothing(void **state)
{
    (void)state;
    article_store *s = article_store_new(0);
    article_change c = observe(s, 0, "article:a1", "e1,e2", REC("e1") REC("e2"));
    assert_null(c.retracted);
    assert_int_equal(c.nretracted, 0);
    assert_true(c.write);
    assert_non_null(c.changelog);
    assert_int_equal(article_store_size(s, 0), 1);
    article_change_clear(&c);
    /* an article without events and without history is not remembered */
    c = observe(s, 0, "article:a2", "", "");
    assert_false(c.write);
    assert_int_equal(article_store_size(s, 0), 1);
    article_change_clear(&c);
    article_store_destroy(s);
}

static void test_changed_version_retracts_the_missing_event(void **state)
{
    (void)state;
    article_store *s = article_store_new(0);
    article_change c = observe(s, 0, "article:a1", "e1,e2", REC("e1") REC("e2"));
    article_change_clear(&c);
    int64_t change_at = next_offset;
    c = observe(s, 0, "article:a1", "e2,e3", REC("e2") REC("e3"));
    assert_int_equal(c.nretracted, 1);
    assert_non_null(c.retracted);
    assert_non_null(strstr(c.retracted, "\"e1\""));
    assert_null(strstr(c.retracted, "\"e2\""));
    assert_true(c.write);
    article_change_clear(&c);
    /* the same manifest processed again after a crash: the same retraction */
    c = observe_at(s, 0, "article:a1", "e2,e3", REC("e2") REC("e3"), change_at);
    assert_int_equal(c.nretracted, 1);
    assert_non_null(strstr(c.retracted, "\"e1\""));
    assert_false(c.write);
    article_change_clear(&c);
    /* the same version delivered again (a new message): nothing to retract */
    c = observe(s, 0, "article:a1", "e3,e2", REC("e3") REC("e2"));
    assert_int_equal(c.nretracted, 0);
    article_change_clear(&c);
    /* every event gone: all retracted */
    c = observe(s, 0, "article:a1", "", "");
    assert_int_equal(c.nretracted, 2);
    assert_non_null(strstr(c.retracted, "\"e2\""));
    assert_non_null(strstr(c.retracted, "\"e3\""));
    article_change_clear(&c);
    /* another partition has its own table */
    c = observe(s, 1, "article:a1", "e9", REC("e9"));
    assert_int_equal(c.nretracted, 0);
    article_change_clear(&c);
    article_store_destroy(s);
}

static void test_restore_from_changelog(void **state)
{
    (void)state;
    article_store *s = article_store_new(0);
    article_change c = observe(s, 3, "article:x", "e1,e2", REC("e1") REC("e2"));
    article_change_clear(&c);
    int64_t change_at = next_offset;
    c = observe(s, 3, "article:x", "e2", REC("e2"));
    char *log = c.changelog;
    size_t log_len = c.changelog_len;
    c.changelog = NULL;
    article_change_clear(&c);
    article_store_destroy(s);

    /* a new instance restores the partition and answers a redelivery the same way */
    s = article_store_new(0);
    assert_int_equal(article_store_load(s, 3, "article:x", 9, log, log_len), 0);
    assert_int_equal(article_store_size(s, 3), 1);
    c = observe_at(s, 3, "article:x", "e2", REC("e2"), change_at);
    assert_int_equal(c.nretracted, 1);
    assert_non_null(strstr(c.retracted, "\"e1\""));
    article_change_clear(&c);
    /* and a further correction retracts from the restored records */
    c = observe(s, 3, "article:x", "e5", REC("e5"));
    assert_int_equal(c.nretracted, 1);
    assert_non_null(strstr(c.retracted, "\"e2\""));
    article_change_clear(&c);
    /* a tombstone forgets it; garbage is refused without harm */
    assert_int_equal(article_store_load(s, 3, "article:x", 9, NULL, 0), 0);
    assert_int_equal(article_store_size(s, 3), 0);
    assert_int_equal(article_store_load(s, 3, "article:y", 9, "{\"v\":2}", 7), -1);
    assert_int_equal(article_store_load(s, 3, "article:y", 9, "not json", 8), -1);
    const char *short_of_lines = "{\"v\":1,\"ids\":\"a,b\"}\n{}";
    assert_int_equal(article_store_load(s, 3, "article:y", 9, short_of_lines,
                                        strlen(short_of_lines)),
                     -1);
    free(log);
    article_store_destroy(s);
}

static void test_bad_manifest(void **state)
{
    (void)state;
    article_store *s = article_store_new(0);
    article_change c;
    const char *lines = REC("e1");
    assert_int_equal(article_store_observe(s, 0, "article:a", 9, "e1,e2", 5, lines, strlen(lines),
                                           0, 0, &c),
                     -2);
    assert_int_equal(article_store_size(s, 0), 0);
    article_store_destroy(s);
}

static void test_bounded_bytes(void **state)
{
    (void)state;
    article_store *s = article_store_new(65536);
    char key[64], line[256];
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "article:%d", i);
        snprintf(line, sizeof line, "{\"event_id\":\"e%d\",\"pad\":\"%0100d\"}\n", i, i);
        char ids[32];
        snprintf(ids, sizeof ids, "e%d", i);
        article_change c;
        assert_int_equal(article_store_observe(s, 0, key, strlen(key), ids, strlen(ids), line,
                                               strlen(line), i, i, &c),
                         0);
        article_change_clear(&c);
        assert_true(article_store_bytes(s) <= 65536 + 1024);
    }
    assert_true(article_store_size(s, 0) < 5000);
    assert_true(article_store_size(s, 0) > 100);
    /* the newest is kept */
    article_change c = observe(s, 0, "article:4999", "", "");
    assert_int_equal(c.nretracted, 1);
    article_change_clear(&c);
    article_store_drop(s, 0);
    assert_int_equal(article_store_bytes(s), 0);
    article_store_destroy(s);
}

static void test_article_key(void **state)
{
    (void)state;
    char k[600];
    assert_int_equal(article_key("abc", k, sizeof k), 11);
    assert_string_equal(k, "article:abc");
    char longid[2000];
    memset(longid, 'x', sizeof longid - 1);
    longid[sizeof longid - 1] = '\0';
    size_t n = article_key(longid, k, sizeof k);
    assert_true(n < 40);
    assert_memory_equal(k, "article:#", 9);
    char k2[600];
    article_key(longid, k2, sizeof k2);
    assert_string_equal(k, k2); /* stable */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_version_retracts_nothing),
        cmocka_unit_test(test_changed_version_retracts_the_missing_event),
        cmocka_unit_test(test_restore_from_changelog),
        cmocka_unit_test(test_bad_manifest),
        cmocka_unit_test(test_bounded_bytes),
        cmocka_unit_test(test_article_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
