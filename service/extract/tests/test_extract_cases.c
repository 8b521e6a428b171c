/* test_extract_cases.c - data-driven extraction cases: every line of tests/cases.jsonl is
 * a short original article with the records it must yield ("expect", each a subset of a
 * record's fields; "no_actors": names no actor of it may have; "time": null, no time;
 * "records": how many records in all; "no_actors" beside "expect": names no record may
 * have) or, with "none": true, must not yield. A line that does not parse, or a key this
 * file does not know, fails the test rather than being skipped. Linked into px-unit-tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "px_internal.h" /* (the context's index_from, for test_indexes_match_scans) */

void test_cases_file(void **state);
void test_indexes_match_scans(void **state);

static const char *sget(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool actor_ok(json_t *rec, const char *want)
{
    /* "role:Name" or "role:Name@CODE" (the actor's code too: "source:Denys Shmyhal@UKRMIL") */
    const char *colon = strchr(want, ':');
    const char *name = colon ? colon + 1 : want;
    const char *at = strchr(name, '@');
    size_t nl = at ? (size_t)(at - name) : strlen(name);
    size_t rl = colon ? (size_t)(colon - want) : 0;
    size_t i;
    json_t *a;
    json_array_foreach(json_object_get(rec, "actors"), i, a) {
        const char *n = sget(a, "name"), *r = sget(a, "role"), *code = sget(a, "code");
        if (n && strlen(n) == nl && strncmp(n, name, nl) == 0 &&
            (!rl || (r && strlen(r) == rl && strncmp(r, want, rl) == 0)) &&
            (!at || (code && strcmp(code, at + 1) == 0))) {
            return true;
        }
    }
    return false;
}

static bool rec_matches(json_t *rec, json_t *exp)
{
    const char *k;
    json_t *v;
    json_object_foreach(exp, k, v) {
        json_t *loc = json_object_get(rec, "location"), *tm = json_object_get(rec, "time");
        if (strcmp(k, "actors") == 0) {
            size_t i;
            json_t *a;
            json_array_foreach(v, i, a) {
                if (!actor_ok(rec, json_string_value(a))) {
                    return false;
                }
            }
        } else if (strcmp(k, "location") == 0) {
            if (json_is_null(v) ? !json_is_null(loc)
                                : (!json_is_object(loc) || !sget(loc, "name") ||
                                   strcmp(sget(loc, "name"), json_string_value(v)) != 0)) {
                return false;
            }
        } else if (strcmp(k, "no_actors") == 0) {
            /* names that must not be among the record's actors */
            size_t i, j;
            json_t *a, *x;
            json_array_foreach(v, i, a) {
                json_array_foreach(json_object_get(rec, "actors"), j, x) {
                    const char *n = sget(x, "name");
                    if (n && strcmp(n, json_string_value(a)) == 0) {
                        return false;
                    }
                }
            }
        } else if (strcmp(k, "location_country") == 0) {
            if (!json_is_object(loc) || !sget(loc, "country") ||
                strcmp(sget(loc, "country"), json_string_value(v)) != 0) {
                return false;
            }
        } else if (strcmp(k, "venue") == 0) {
            if (!json_is_object(loc) || !sget(loc, "venue") ||
                strcmp(sget(loc, "venue"), json_string_value(v)) != 0) {
                return false;
            }
        } else if (strcmp(k, "time") == 0) {
            /* "time": null, no time at all */
            if (!json_is_null(v) || !json_is_null(tm)) {
                return false;
            }
        } else if (strncmp(k, "time_", 5) == 0 || strcmp(k, "precision") == 0) {
            const char *f = strcmp(k, "precision") == 0 ? "precision" : k + 5;
            if (!json_is_object(tm) || !sget(tm, f) || strcmp(sget(tm, f), json_string_value(v)) != 0) {
                return false;
            }
        } else {
            const char *s = sget(rec, k);
            if (!s || !json_is_string(v) || strcmp(s, json_string_value(v)) != 0) {
                return false;
            }
        }
    }
    return true;
}

void test_cases_file(void **state)
{
    (void)state;
    char err[256];
    px_ctx *ctx = px_ctx_new(NULL, err, sizeof err);
    assert_non_null(ctx);
    FILE *f = fopen(PX_CASES_FILE, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    int n = 0, failed = 0;
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *c = json_loads(line, 0, &je);
        if (!c) {
            if (line[0] != '\n') {
                print_message("line %d: not JSON: %s\n", n + 1, je.text);
                failed++;
            }
            n++;
            continue;
        }
        const char *ck;
        json_t *cv;
        bool keys_ok = true;
        json_object_foreach(c, ck, cv) {
            static const char *const known[] = {"case", "published_at", "text", "expect",
                                                "records", "none", "no_actors", NULL};
            bool k_ok = false;
            for (int q = 0; known[q] && !k_ok; q++) {
                k_ok = strcmp(ck, known[q]) == 0;
            }
            if (!k_ok) {
                print_message("case %s: unknown key %s\n", sget(c, "case"), ck);
                keys_ok = false;
            }
        }
        const char *text = sget(c, "text");
        px_article a = {.id = sget(c, "case"), .published_at = sget(c, "published_at"),
                        .language = "en", .text = text, .text_len = text ? strlen(text) : 0};
        json_t *recs = NULL;
        assert_int_equal(px_extract(ctx, &a, &recs, NULL, err, sizeof err), 0);
        bool ok = keys_ok;
        /* names no record may have among its actors */
        json_t *none_of = json_object_get(c, "no_actors");
        if (none_of) {
            json_t *only = json_pack("{sO}", "no_actors", none_of);
            size_t ri;
            json_t *rr;
            json_array_foreach(recs, ri, rr) {
                ok = ok && rec_matches(rr, only);
            }
            json_decref(only);
        }
        if (json_is_true(json_object_get(c, "none"))) {
            ok = json_array_size(recs) == 0;
        }
        json_t *nrec = json_object_get(c, "records"); /* exactly that many records */
        if (json_is_integer(nrec)) {
            ok = ok && json_array_size(recs) == (size_t)json_integer_value(nrec);
        }
        size_t i, j;
        json_t *e, *r;
        json_array_foreach(json_object_get(c, "expect"), i, e) {
            bool hit = false;
            json_array_foreach(recs, j, r) {
                if (rec_matches(r, e)) {
                    hit = true;
                }
            }
            ok = ok && hit;
        }
        if (!ok) {
            print_message("case %s: not as expected\n", a.id);
            failed++;
        }
        n++;
        json_decref(recs);
        json_decref(c);
    }
    free(line);
    fclose(f);
    px_ctx_destroy(ctx);
    assert_true(n >= 15);
    assert_int_equal(failed, 0);
}

/* The entity and person indexes (actors.c) find what the scans from the first entity find:
 * the cases' texts, a hundred to an article (hundreds of entities, names called back by one
 * word), give byte-identical records with the indexes from the second entity on and with
 * none at all. */
void test_indexes_match_scans(void **state)
{
    (void)state;
    char err[256];
    px_ctx *ctx = px_ctx_new(NULL, err, sizeof err);
    assert_non_null(ctx);
    FILE *f = fopen(PX_CASES_FILE, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0, total = 0;
    int articles = 0;
    bool more = true;
    while (more) {
        size_t tcap = 1 << 16, tl = 0;
        char *text = malloc(tcap);
        assert_non_null(text);
        int n = 0;
        while (n < 100 && (more = getline(&line, &cap, f) > 0)) {
            json_t *c = json_loads(line, 0, NULL);
            const char *t = c ? json_string_value(json_object_get(c, "text")) : NULL;
            if (t) {
                size_t l = strlen(t);
                while (tl + l + 3 > tcap) {
                    tcap *= 2;
                    text = realloc(text, tcap);
                    assert_non_null(text);
                }
                memcpy(text + tl, t, l);
                tl += l;
                memcpy(text + tl, "\n\n", 2);
                tl += 2;
                n++;
            }
            json_decref(c);
        }
        if (n == 0) {
            free(text);
            break;
        }
        text[tl] = '\0';
        px_article a = {.id = "indexes", .published_at = "2025-10-09T08:00:00Z", .text = text,
                        .text_len = tl};
        px_text_records *with = NULL, *without = NULL;
        px_stats st;
        ctx->index_from = 1;
        assert_int_equal(px_extract_text(ctx, &a, &with, &st, err, sizeof err), 0);
        ctx->index_from = SIZE_MAX;
        assert_int_equal(px_extract_text(ctx, &a, &without, &st, err, sizeof err), 0);
        ctx->index_from = 0;
        size_t nr = px_text_records_count(with);
        assert_int_equal(nr, px_text_records_count(without));
        assert_true(nr > 0);
        for (size_t i = 0; i < nr; i++) {
            const px_text_record *x = px_text_records_get(with, i);
            const px_text_record *y = px_text_records_get(without, i);
            assert_int_equal(x->len, y->len);
            assert_memory_equal(x->json, y->json, x->len);
        }
        total += nr;
        articles++;
        px_text_records_destroy(with);
        px_text_records_destroy(without);
        free(text);
    }
    free(line);
    fclose(f);
    print_message("indexes: %d articles, %zu records the same with and without\n", articles,
                  total);
    assert_true(articles >= 10);
    px_ctx_destroy(ctx);
}
