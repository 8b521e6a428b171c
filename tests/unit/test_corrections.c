/* test_corrections.c - cmocka tests of the per-article state for corrections
 * (service/corrections.c): a changed version retracts what it no longer supports, the
 * same version again hands the same retractions back (idempotent), restoring from the
 * changelog gives the same answers, bad manifests are refused, memory stays bounded, the
 * records kept compressed come back byte for byte. */
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

/* A record shaped like parley.contact.v1 (docs/schema), different in its values from the
 * dictionary corrections.c compresses with. */
static void full_record(char *out, size_t cap, int i)
{
    snprintf(out, cap,
             "{\"schema\":\"parley.contact.v1\",\"event_id\":\"%032x\",\"cluster_key\":\"%032x\","
             "\"article\":{\"id\":\"wire-%d\",\"url\":\"https://news.example.org/world/%d\","
             "\"source\":\"example-wire\",\"published_at\":\"2025-03-04T10:15:00Z\",\"title\":"
             "\"Ministers meet in Vienna\"},\"type\":\"meet\",\"status\":\"occurred\",\"cameo\":"
             "\"040\",\"plover\":{\"type\":\"CONSULT\",\"mode\":\"meet\"},\"actors\":[{\"role\":"
             "\"source\",\"name\":\"Anna Berg %d\",\"title\":\"foreign minister\",\"country\":\"AUT\","
             "\"sector\":\"GOV\",\"code\":\"AUTGOV\",\"text\":\"Austrian Foreign Minister Anna Berg\","
             "\"span\":[0,35],\"metadata\":{}},{\"role\":\"target\",\"name\":\"Jan Novak\",\"title\":"
             "\"foreign minister\",\"country\":\"CZE\",\"sector\":\"GOV\",\"code\":\"CZEGOV\",\"text\":"
             "\"his Czech counterpart Jan Novak\",\"span\":[40,71],\"metadata\":{}}],\"location\":"
             "{\"name\":\"Vienna\",\"country\":\"AUT\",\"venue\":null,\"lat\":48.2,\"lon\":16.37,"
             "\"span\":[75,81]},\"time\":{\"text\":\"on Tuesday\",\"start\":\"2025-03-04\",\"end\":"
             "\"2025-03-04\",\"precision\":\"day\"},\"evidence\":{\"sentence\":\"Austrian Foreign "
             "Minister Anna Berg met his Czech counterpart Jan Novak in Vienna on Tuesday, the "
             "ministry said.\",\"sentence_index\":%d,\"span\":[0,112],\"trigger\":\"met\"},"
             "\"mentions\":1,\"first_report\":true,\"duplicate_of\":null,\"confidence\":0.9,"
             "\"extractor\":{\"version\":\"0.3.0\",\"rule\":\"contact_verb\"},\"enrichment\":"
             "{\"status\":\"none\",\"sources\":[]}}\n",
             (unsigned)i * 2654435761u, (unsigned)i * 40503u, i, i, i, i);
}

static void test_records_kept_compressed(void **state)
{
    (void)state;
    article_store *s = article_store_new(0);
    char lines[8192], ids[256];
    size_t off = 0, ioff = 0;
    for (int i = 1; i <= 3; i++) {
        full_record(lines + off, sizeof lines - off, i);
        off += strlen(lines + off);
        ioff += (size_t)snprintf(ids + ioff, sizeof ids - ioff, "%s%032x", i > 1 ? "," : "",
                                 (unsigned)i * 2654435761u);
    }
    article_change c = observe(s, 0, "article:wire-1", ids, lines);
    assert_true(c.write);
    /* the changelog holds the plain lines */
    assert_non_null(strstr(c.changelog, lines));
    article_change_clear(&c);
    /* in memory they take less than half their size (key, ids and hashes included) */
    assert_true(article_store_bytes(s) < off / 2);
    assert_true(article_store_bytes(s) > 0);

    /* a new wording of the same events: kept, written to the changelog */
    char reworded[8192];
    snprintf(reworded, sizeof reworded, "%s", lines);
    char *t = strstr(reworded, "the ministry said");
    assert_non_null(t);
    memcpy(t, "THE MINISTRY SAID", 17);
    c = observe(s, 0, "article:wire-1", ids, reworded);
    assert_true(c.write);
    assert_int_equal(c.nretracted, 0);
    assert_non_null(strstr(c.changelog, "THE MINISTRY SAID"));
    article_change_clear(&c);

    /* every event gone: the records come back byte for byte (the new wording) */
    c = observe(s, 0, "article:wire-1", "", "");
    assert_int_equal(c.nretracted, 3);
    assert_int_equal(c.retracted_len, strlen(reworded));
    assert_memory_equal(c.retracted, reworded, strlen(reworded));
    article_change_clear(&c);
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
        cmocka_unit_test(test_records_kept_compressed),
        cmocka_unit_test(test_article_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
