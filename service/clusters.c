/* clusters.c - the cross-article state tables (see clusters.h): entries in the
 * per-partition tables of ptables.h, JSON (de)serialization of entries for the
 * changelog, and the first-report / duplicate / alert-once decision. */
#include "clusters.h"

#include "ptables.h"
#include "../producers/jsonw.h"

#include <jansson.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEN 32
#define MAX_ALERTED 8
/* Most events have one or two reports and no alert: two report hashes live in the entry,
 * more in an array of the maximum size allocated when needed, and alert marks in an array
 * allocated at the first alert; the key lives at the entry's end and the first report's
 * id is kept as the bytes its hex digits spell. With the pipeline's 32-digit keys and ids
 * an entry is one allocation of 121 bytes (jemalloc's 128 class), against 184 and a key
 * (240) before; bench_state measures what a full store (20,000 entries per partition by
 * default) takes. */
#define SEEN_INLINE 2

typedef struct alert_mark {
    char status[16];
    uint64_t event; /* hash of the event id that raised the alert */
    int64_t offset; /* repartition offset of the record that raised it (-1: unknown) */
} alert_mark;

/* first_n: no first report yet (0), the hex digits of its id (1..32: every id parleyd
 * makes), or FIRST_STR: any other id (longer, or not lower-case hex: from a changelog
 * written elsewhere), kept as a string. */
#define FIRST_HEX_MAX 32
#define FIRST_STR 0xFF
#define ID_MAX 71 /* longer ids are cut, as duplicate_of's room cuts them */

typedef struct centry {
    pt_entry h; /* key (keybuf); age = publication time of the latest report (ms) */
    int64_t first_ms;
    uint64_t *seen;       /* hashes of the event ids reported so far, in order: seen_in or
                             a MAX_SEEN array */
    alert_mark *alerted;  /* NULL, or room for alerted_cap marks (1, then MAX_ALERTED) */
    uint32_t count;       /* reports (saturates) */
    uint8_t nseen, nalerted, alerted_cap;
    uint8_t first_n;      /* see FIRST_STR */
    union {
        uint8_t hex[FIRST_HEX_MAX / 2]; /* two digits a byte, the high nibble first */
        char *str;
    } first;
    uint64_t seen_in[SEEN_INLINE];
    char keybuf[]; /* the key, NUL-terminated */
} centry;

struct cluster_store {
    pt_registry tables;
    int64_t window_ms;
    size_t max_entries;
    atomic_size_t count; /* entries over all partitions (read by the metrics thread) */
};

/* The length of s cut to at most n bytes, backed off to a UTF-8 character boundary so
 * that a cut string is still valid JSON text when written to the changelog. */
static size_t utf8_cut(const char *s, size_t n)
{
    if (strnlen(s, n + 1) <= n)
        return strlen(s);
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Packs a lower-case hex id of 1..FIRST_HEX_MAX digits into out; its digit count, or 0
 * when id is not one. */
static size_t hex_pack(const char *id, uint8_t out[FIRST_HEX_MAX / 2])
{
    size_t n = 0;
    memset(out, 0, FIRST_HEX_MAX / 2);
    for (; id[n]; n++) {
        int v = hex_digit(id[n]);
        if (v < 0 || n == FIRST_HEX_MAX)
            return 0;
        out[n / 2] |= (uint8_t)(n % 2 ? v : v << 4);
    }
    return n;
}

static void first_clear(centry *e)
{
    if (e->first_n == FIRST_STR)
        free(e->first.str);
    e->first_n = 0;
}

/* Sets the first report's id; -1 on no memory. */
static int first_set(centry *e, const char *id)
{
    uint8_t hex[FIRST_HEX_MAX / 2];
    size_t n = hex_pack(id, hex);
    first_clear(e);
    if (!id[0])
        return 0;
    if (n > 0) {
        memcpy(e->first.hex, hex, sizeof hex);
        e->first_n = (uint8_t)n;
        return 0;
    }
    e->first.str = strndup(id, utf8_cut(id, ID_MAX));
    if (!e->first.str)
        return -1;
    e->first_n = FIRST_STR;
    return 0;
}

/* The first report's id as text into out (cap > ID_MAX); "" when there is none. */
static void first_get(const centry *e, char *out, size_t cap)
{
    static const char hexd[] = "0123456789abcdef";
    if (e->first_n == FIRST_STR) {
        snprintf(out, cap, "%s", e->first.str);
        return;
    }
    size_t i = 0;
    for (; i < e->first_n && i + 1 < cap; i++)
        out[i] = hexd[i % 2 ? e->first.hex[i / 2] & 15 : e->first.hex[i / 2] >> 4];
    out[i] = '\0';
}

static bool first_is(const centry *e, const char *id)
{
    if (e->first_n == FIRST_STR) { /* kept cut: compared cut */
        size_t n = utf8_cut(id, ID_MAX);
        return strlen(e->first.str) == n && memcmp(e->first.str, id, n) == 0;
    }
    uint8_t hex[FIRST_HEX_MAX / 2];
    size_t n = hex_pack(id, hex);
    return n > 0 && n == e->first_n && memcmp(hex, e->first.hex, (n + 1) / 2) == 0;
}

static void free_centry(pt_entry *h, void *ctx)
{
    cluster_store *s = ctx;
    centry *e = (centry *)h;
    if (e->seen != e->seen_in)
        free(e->seen);
    free(e->alerted);
    first_clear(e);
    free(h); /* the key is part of it */
    atomic_fetch_sub(&s->count, 1);
}

/* Room for one more seen hash (nseen < MAX_SEEN): past the entry's two, an array of
 * MAX_SEEN; -1 when out of memory. */
static int seen_room(centry *e)
{
    if (e->nseen < SEEN_INLINE || e->seen != e->seen_in)
        return 0;
    uint64_t *v = malloc(MAX_SEEN * sizeof *v);
    if (!v)
        return -1;
    memcpy(v, e->seen_in, sizeof e->seen_in);
    e->seen = v;
    return 0;
}

/* Room for one more alert mark (nalerted < MAX_ALERTED): one at the first alert (most
 * alerting events alert once), MAX_ALERTED at the second; -1 when out of memory. */
static int alerted_room(centry *e)
{
    if (e->nalerted < e->alerted_cap)
        return 0;
    size_t cap = e->alerted_cap ? MAX_ALERTED : 1;
    alert_mark *v = malloc(cap * sizeof *v);
    if (!v)
        return -1;
    if (e->nalerted)
        memcpy(v, e->alerted, e->nalerted * sizeof *v);
    free(e->alerted);
    e->alerted = v;
    e->alerted_cap = (uint8_t)cap;
    return 0;
}

cluster_store *cluster_store_new(int64_t window_ms, size_t max_per_partition)
{
    cluster_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    pt_registry_init(&s->tables, 1024, free_centry, s);
    s->window_ms = window_ms;
    s->max_entries = max_per_partition ? max_per_partition : 100000;
    return s;
}

void cluster_store_destroy(cluster_store *s)
{
    if (!s)
        return;
    pt_registry_destroy(&s->tables);
    free(s);
}

void cluster_store_drop(cluster_store *s, int32_t partition)
{
    pt_registry_drop(&s->tables, partition);
}

size_t cluster_store_count(cluster_store *s)
{
    return atomic_load(&s->count);
}

size_t cluster_store_size(cluster_store *s, int32_t partition)
{
    pt_table *t = pt_table_of(&s->tables, partition, 0);
    return t ? t->n : 0;
}

static centry *lookup(pt_table *t, const char *key, size_t len)
{
    return (centry *)*pt_slot(t, key, len);
}

static centry *insert(cluster_store *s, pt_table *t, const char *key, size_t len)
{
    if (t->n >= s->max_entries)
        pt_evict_oldest(&s->tables, t, NULL);
    centry *e = calloc(1, sizeof *e + len + 1);
    if (!e)
        return NULL;
    memcpy(e->keybuf, key, len);
    e->h.key = e->keybuf;
    atomic_fetch_add(&s->count, 1);
    e->seen = e->seen_in;
    pt_link(t, &e->h);
    return e;
}

static uint64_t id_hash(const char *id)
{
    return pt_hash(id, strlen(id));
}

static void copy_id(char *dst, size_t cap, const char *src)
{
    size_t n = src ? utf8_cut(src, cap - 1) : 0;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Appends s as a JSON string (quotes, escapes) to the buffer; false when it does not fit. */
static bool put_str(char *buf, size_t cap, size_t *n, const char *s)
{
    static const char hexd[] = "0123456789abcdef";
    if (*n + 1 >= cap)
        return false;
    buf[(*n)++] = '"';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*n + 7 >= cap)
            return false;
        if (*p == '"' || *p == '\\') {
            buf[(*n)++] = '\\';
            buf[(*n)++] = (char)*p;
        } else if (*p < 0x20) {
            memcpy(buf + *n, "\\u00", 4);
            buf[*n + 4] = hexd[*p >> 4];
            buf[*n + 5] = hexd[*p & 15];
            *n += 6;
        } else {
            buf[(*n)++] = (char)*p;
        }
    }
    buf[(*n)++] = '"';
    return true;
}

/* Appends n bytes; false when they do not fit (with room for the NUL left). */
static bool put_raw(char *buf, size_t cap, size_t *n, const char *s, size_t len)
{
    if (len >= cap - *n)
        return false;
    memcpy(buf + *n, s, len);
    *n += len;
    return true;
}

#define PUT_LIT(buf, cap, n, lit) put_raw(buf, cap, n, lit, sizeof lit - 1)

static bool put_int(char *buf, size_t cap, size_t *n, long long v)
{
    char t[JSONW_INT_MAX];
    return put_raw(buf, cap, n, t, jsonw_int(t, v));
}

/* A 64-bit hash as 16 lower-case hex digits in quotes. */
static bool put_hex(char *buf, size_t cap, size_t *n, uint64_t v)
{
    static const char hexd[] = "0123456789abcdef";
    char t[18];
    t[0] = t[17] = '"';
    for (int i = 16; i >= 1; i--, v >>= 4)
        t[i] = hexd[v & 15];
    return put_raw(buf, cap, n, t, sizeof t);
}

/* The changelog value of an entry: compact JSON, written directly (this runs once per
 * record); the text jansson would write (except that put_str writes every control
 * character as \u00XX, where jansson writes \n, \t ...; ids and statuses have none) for
 * {"first","first_ms","last_ms","count","seen":[hex..],"alerted":{status:hex},
 *  "alerted_at":{status:offset}}. */
static char *serialize(const centry *e)
{
    /* first (escaped: 6 bytes per byte at worst), 3 integers, MAX_SEEN hashes, MAX_ALERTED
     * statuses twice: well under 4 KiB */
    char first[ID_MAX + 1];
    first_get(e, first, sizeof first);
    size_t cap = 6 * sizeof first + 3 * 24 + MAX_SEEN * 20 +
                 MAX_ALERTED * (2 * 6 * sizeof e->alerted[0].status + 48) + 128;
    char *b = malloc(cap);
    size_t n = 0;
    bool ok = b && PUT_LIT(b, cap, &n, "{\"first\":") && put_str(b, cap, &n, first) &&
              PUT_LIT(b, cap, &n, ",\"first_ms\":") && put_int(b, cap, &n, e->first_ms) &&
              PUT_LIT(b, cap, &n, ",\"last_ms\":") && put_int(b, cap, &n, e->h.age) &&
              PUT_LIT(b, cap, &n, ",\"count\":") && put_int(b, cap, &n, e->count) &&
              PUT_LIT(b, cap, &n, ",\"seen\":[");
    for (size_t i = 0; ok && i < e->nseen; i++)
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_hex(b, cap, &n, e->seen[i]);
    ok = ok && PUT_LIT(b, cap, &n, "],\"alerted\":{");
    for (size_t i = 0; ok && i < e->nalerted; i++)
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_str(b, cap, &n, e->alerted[i].status) &&
             PUT_LIT(b, cap, &n, ":") && put_hex(b, cap, &n, e->alerted[i].event);
    ok = ok && PUT_LIT(b, cap, &n, "},\"alerted_at\":{");
    for (size_t i = 0; ok && i < e->nalerted; i++)
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_str(b, cap, &n, e->alerted[i].status) &&
             PUT_LIT(b, cap, &n, ":") && put_int(b, cap, &n, e->alerted[i].offset);
    ok = ok && PUT_LIT(b, cap, &n, "}}");
    if (!ok) {
        free(b);
        return NULL;
    }
    b[n] = '\0';
    return b;
}

int cluster_store_load(cluster_store *s, int32_t partition, const char *key, size_t key_len,
                       const void *value, size_t value_len)
{
    pt_table *t = pt_table_of(&s->tables, partition, 1);
    if (!t || !key || key_len == 0)
        return -1;
    pt_entry **pp = pt_slot(t, key, key_len);
    if (!value) { /* tombstone */
        if (*pp)
            pt_unlink(&s->tables, t, pp);
        return 0;
    }
    json_t *o = json_loadb(value, value_len, 0, NULL);
    const char *first = json_string_value(json_object_get(o, "first"));
    if (!o || !first) {
        json_decref(o);
        return -1;
    }
    centry *e = *pp ? (centry *)*pp : insert(s, t, key, key_len);
    if (!e) {
        json_decref(o);
        return -1;
    }
    if (first_set(e, first) != 0) {
        json_decref(o);
        return -1;
    }
    e->first_ms = json_integer_value(json_object_get(o, "first_ms"));
    e->h.age = json_integer_value(json_object_get(o, "last_ms"));
    json_int_t count = json_integer_value(json_object_get(o, "count"));
    e->count = count < 0 ? 0 : count > UINT32_MAX ? UINT32_MAX : (uint32_t)count;
    e->nseen = 0;
    size_t i;
    json_t *v;
    int rc = 0;
    json_array_foreach(json_object_get(o, "seen"), i, v)
    {
        if (e->nseen < MAX_SEEN && json_is_string(v) && (rc = seen_room(e)) == 0)
            e->seen[e->nseen++] = strtoull(json_string_value(v), NULL, 16);
    }
    /* What the answers rest on, which a state written elsewhere may lack: the first
     * report is the first one seen, and until MAX_SEEN every report is in seen. */
    if (rc == 0 && e->first_n && e->nseen == 0 && (rc = seen_room(e)) == 0)
        e->seen[e->nseen++] = id_hash(first);
    if (e->nseen < MAX_SEEN || e->count < e->nseen)
        e->count = e->nseen;
    e->nalerted = 0;
    const char *st;
    json_object_foreach(json_object_get(o, "alerted"), st, v)
    {
        if (e->nalerted < MAX_ALERTED && json_is_string(v) && rc == 0 &&
            (rc = alerted_room(e)) == 0) {
            copy_id(e->alerted[e->nalerted].status, sizeof e->alerted[0].status, st);
            e->alerted[e->nalerted].event = strtoull(json_string_value(v), NULL, 16);
            json_t *at = json_object_get(json_object_get(o, "alerted_at"), st);
            e->alerted[e->nalerted].offset = json_is_integer(at) ? json_integer_value(at) : -1;
            e->nalerted++;
        }
    }
    json_decref(o);
    return rc;
}

int cluster_store_observe(cluster_store *s, int32_t partition, const char *cluster_key,
                          const char *event_id, const char *status, int64_t event_ms,
                          int wants_alert, int64_t offset, int retraction,
                          cluster_decision *out)
{
    size_t klen = strlen(cluster_key);
    int changed = 0;
    memset(out, 0, sizeof *out);
    pt_table *t = pt_table_of(&s->tables, partition, 1);
    if (!t)
        return -1;
    centry *e = lookup(t, cluster_key, klen);
    int64_t gap = e ? event_ms - e->first_ms : 0;
    if (e && (gap > s->window_ms || gap < -s->window_ms)) {
        /* The same participants, type and date bucket, but too far apart: a new event. */
        e->nseen = 0;
        e->nalerted = 0;
        e->count = 0;
        first_clear(e);
    }
    if (!e) {
        e = insert(s, t, cluster_key, klen);
        if (!e)
            return -1;
    }
    uint64_t h = id_hash(event_id);
    size_t idx = MAX_SEEN;
    for (size_t i = 0; i < e->nseen; i++)
        if (e->seen[i] == h)
            idx = i;
    if (!e->first_n) {
        if (first_set(e, event_id) != 0)
            return -1;
        e->first_ms = event_ms;
        e->count = 1;
        e->seen[0] = h;
        e->nseen = 1;
        changed = 1;
        out->first_report = 1;
        out->report_count = 1;
    } else if (first_is(e, event_id)) {
        out->first_report = 1; /* the first report again (a redelivery or a correction) */
        out->report_count = 1;
    } else if (idx < MAX_SEEN) {
        out->report_count = (int64_t)idx + 1; /* seen before: the same answer as then */
    } else {
        if (e->nseen < MAX_SEEN && seen_room(e) != 0)
            return -1;
        if (e->count < UINT32_MAX)
            e->count++;
        if (e->nseen < MAX_SEEN)
            e->seen[e->nseen++] = h;
        out->report_count = e->count;
        changed = 1;
    }
    if (!out->first_report)
        first_get(e, out->duplicate_of, sizeof out->duplicate_of);
    if (wants_alert && status) {
        size_t a;
        for (a = 0; a < e->nalerted; a++)
            if (strcmp(e->alerted[a].status, status) == 0)
                break;
        if (a < e->nalerted) {
            /* The record that raised it, processed again after a crash (same offset):
             * the alert again. A retraction of that event: its alert too. The same event
             * in a new message (an article delivered twice): no second alert. */
            out->alert = e->alerted[a].event == h &&
                         (retraction || (offset >= 0 && e->alerted[a].offset == offset));
        } else if (e->nalerted < MAX_ALERTED && !retraction) {
            if (alerted_room(e) != 0)
                return -1;
            copy_id(e->alerted[e->nalerted].status, sizeof e->alerted[0].status, status);
            e->alerted[e->nalerted].event = h;
            e->alerted[e->nalerted].offset = offset;
            e->nalerted++;
            out->alert = 1;
            changed = 1;
        }
    }
    if (event_ms > e->h.age) {
        e->h.age = event_ms;
        changed = 1;
    }
    if (changed) {
        out->changelog = serialize(e);
        if (!out->changelog)
            return -1;
    }
    return 0;
}
