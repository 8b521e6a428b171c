/* clusters.c - the cross-article state tables (see clusters.h): one open-addressing table
 * of fixed-size slots per partition, JSON (de)serialization of entries for the
 * changelog, and the first-report / duplicate / alert-once decision. */
#include "clusters.h"

#include "ptables.h" /* pt_hash, pt_ages_new, pt_age_cutoff */
#include "../producers/jsonw.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEN 32
#define MAX_ALERTED 8
/* A store holds tens of thousands of clusters per partition and most have one or two
 * reports and at most one alert, so a cluster is one 88-byte slot in its partition's
 * array (an open-addressing table with linear probing, at most 80 % full): the key's 32
 * hex digits packed into 16 bytes, the first report's id as the bytes its hex digits
 * spell, the first report's hash and one alert mark (of a status the schema names) in
 * place. What few clusters need besides (more reports, more alert marks, a key or an id
 * of another form) lives in a cextra allocated when needed. bench_state measures a full
 * store (20,000 clusters per partition by default): 128 bytes per cluster, against 201
 * when each was a chained entry of its own allocation (ptables.h, which the corrections
 * state still uses). */
#define LOAD_PERCENT 80

typedef struct alert_mark {
    char status[16];
    uint64_t event; /* hash of the event id that raised the alert */
    int64_t offset; /* repartition offset of the record that raised it (-1: unknown) */
} alert_mark;

/* first_n: no first report yet (0), the hex digits of its id (1..32: every id parleyd
 * makes), or FIRST_STR: any other id (longer, or not lower-case hex: from a changelog
 * written elsewhere), kept as a string in the cextra. */
#define FIRST_HEX_MAX 32
#define FIRST_STR 0xFF
#define ID_MAX 71 /* longer ids are cut, as duplicate_of's room cuts them */

/* The statuses an alert mark in a slot can name (by index + 1); others go to cextra. */
static const char *const slot_statuses[] = {"occurred", "planned",  "proposed",
                                            "agreed",   "declined", "cancelled",
                                            "postponed", "not_occurred"};

typedef struct cextra {
    char *key;           /* the key, when it is not 32 lower-case hex digits */
    char *first;         /* the first report's id (first_n == FIRST_STR) */
    uint64_t *seen;      /* the hashes of reports 2.. (room for seen_cap) */
    alert_mark *alerted; /* alert marks besides the slot's (room for MAX_ALERTED) */
    uint8_t seen_cap, nalerted;
} cextra;

enum { SLOT_USED = 1, SLOT_KEY_TEXT = 2 };

typedef struct cslot {
    uint64_t key[2];   /* 32 hex digits packed; SLOT_KEY_TEXT: the key's hash and length,
                          the key itself in x->key */
    int64_t first_ms;
    int64_t last_ms;   /* publication time of the latest report; eviction order */
    uint64_t seen0;    /* the hash of the first report seen (nseen > 0) */
    uint64_t a0_event; /* the slot's alert mark (a0_status > 0) */
    int64_t a0_offset;
    cextra *x;         /* NULL, or what the slot has no room for */
    uint8_t first_hex[FIRST_HEX_MAX / 2]; /* two digits a byte, the high nibble first */
    uint32_t count;    /* reports (saturates) */
    uint8_t flags;
    uint8_t nseen;     /* report hashes kept: seen0, then x->seen */
    uint8_t first_n;   /* see FIRST_STR */
    uint8_t a0_status; /* 0: no mark in the slot; else slot_statuses[a0_status - 1] */
} cslot;
_Static_assert(sizeof(cslot) == 88, "a cluster's slot is 88 bytes (see above)");

typedef struct ctable {
    int32_t partition;
    cslot *slots;
    size_t cap, n;
} ctable;

struct cluster_store {
    pthread_mutex_t lock; /* the list of tables; a table itself belongs to one worker */
    ctable **tables;
    size_t ntables, tables_cap;
    int64_t window_ms;
    size_t max_entries;
    size_t full_cap; /* slots for max_entries at LOAD_PERCENT */
    atomic_size_t count; /* entries over all partitions (read by the metrics thread) */
};

/* A key as a slot holds it. */
typedef struct ckey {
    uint64_t w[2];
    bool text;
    const char *s;
    size_t len;
} ckey;

static cextra *extra(cslot *e)
{
    if (!e->x)
        e->x = calloc(1, sizeof *e->x);
    return e->x;
}

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

static void first_clear(cslot *e)
{
    if (e->first_n == FIRST_STR) {
        free(e->x->first);
        e->x->first = NULL;
    }
    e->first_n = 0;
}

/* Sets the first report's id; -1 on no memory. */
static int first_set(cslot *e, const char *id)
{
    uint8_t hex[FIRST_HEX_MAX / 2];
    size_t n = hex_pack(id, hex);
    first_clear(e);
    if (!id[0])
        return 0;
    if (n > 0) {
        memcpy(e->first_hex, hex, sizeof hex);
        e->first_n = (uint8_t)n;
        return 0;
    }
    if (!extra(e) || !(e->x->first = strndup(id, utf8_cut(id, ID_MAX))))
        return -1;
    e->first_n = FIRST_STR;
    return 0;
}

/* The first report's id as text into out (cap > ID_MAX); "" when there is none. */
static void first_get(const cslot *e, char *out, size_t cap)
{
    static const char hexd[] = "0123456789abcdef";
    if (e->first_n == FIRST_STR) {
        snprintf(out, cap, "%s", e->x->first);
        return;
    }
    size_t i = 0;
    for (; i < e->first_n && i + 1 < cap; i++)
        out[i] = hexd[i % 2 ? e->first_hex[i / 2] & 15 : e->first_hex[i / 2] >> 4];
    out[i] = '\0';
}

static bool first_is(const cslot *e, const char *id)
{
    if (e->first_n == FIRST_STR) { /* kept cut: compared cut */
        size_t n = utf8_cut(id, ID_MAX);
        return strlen(e->x->first) == n && memcmp(e->x->first, id, n) == 0;
    }
    uint8_t hex[FIRST_HEX_MAX / 2];
    size_t n = hex_pack(id, hex);
    return n > 0 && n == e->first_n && memcmp(hex, e->first_hex, (n + 1) / 2) == 0;
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

static void slot_free(cluster_store *s, cslot *e)
{
    if (e->x) {
        free(e->x->key);
        free(e->x->first);
        free(e->x->seen);
        free(e->x->alerted);
        free(e->x);
    }
    memset(e, 0, sizeof *e);
    atomic_fetch_sub(&s->count, 1);
}

/* The slot form of a key of len bytes (not NUL-terminated: a message key). */
static void make_key(const char *key, size_t len, ckey *k)
{
    k->s = key;
    k->len = len;
    k->text = len != 32;
    memset(k->w, 0, sizeof k->w);
    for (size_t i = 0; i < len && !k->text; i++) {
        int v = hex_digit(key[i]);
        if (v < 0)
            k->text = true;
        else
            k->w[i / 16] |= (uint64_t)v << (4 * (15 - i % 16));
    }
    if (k->text) {
        k->w[0] = pt_hash(key, len);
        k->w[1] = len;
    }
}

static size_t home_of(const uint64_t w[2], size_t cap)
{
    uint64_t h = w[0] ^ (w[1] * 0x9E3779B97F4A7C15ULL);
    return (size_t)((h ^ (h >> 29)) % cap);
}

static bool slot_is(const cslot *e, const ckey *k)
{
    if (e->key[0] != k->w[0] || e->key[1] != k->w[1] ||
        !!(e->flags & SLOT_KEY_TEXT) != k->text)
        return false;
    return !k->text || (strlen(e->x->key) == k->len && memcmp(e->x->key, k->s, k->len) == 0);
}

/* The slot holding k, or the free slot where it would go (the table is never full). */
static size_t probe(const ctable *t, const ckey *k)
{
    size_t i = home_of(k->w, t->cap);
    while ((t->slots[i].flags & SLOT_USED) && !slot_is(&t->slots[i], k))
        i = (i + 1) % t->cap;
    return i;
}

/* Moves t into an array of cap slots (larger than t->n); -1 on no memory. */
static int rehash(ctable *t, size_t cap)
{
    cslot *v = calloc(cap, sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!(t->slots[i].flags & SLOT_USED))
            continue;
        size_t j = home_of(t->slots[i].key, cap);
        while (v[j].flags & SLOT_USED)
            j = (j + 1) % cap;
        v[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = v;
    t->cap = cap;
    return 0;
}

/* Empties slot i, moving later slots of its probe run back (no tombstones). */
static void slot_delete(cluster_store *s, ctable *t, size_t i)
{
    slot_free(s, &t->slots[i]);
    t->n--;
    for (size_t j = (i + 1) % t->cap; t->slots[j].flags & SLOT_USED; j = (j + 1) % t->cap) {
        size_t home = home_of(t->slots[j].key, t->cap);
        /* j may fill the hole at i unless its home lies cyclically in (i, j] */
        bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!stays) {
            t->slots[i] = t->slots[j];
            memset(&t->slots[j], 0, sizeof t->slots[j]);
            i = j;
        }
    }
}

/* Bounded memory under adversarial input: one pass drops the oldest tenth (amortised,
 * instead of a scan per insert). */
static void evict_oldest(cluster_store *s, ctable *t)
{
    size_t k = 0, drop;
    int64_t *ages = pt_ages_new(t->n, &drop);
    if (!ages)
        return;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].flags & SLOT_USED)
            ages[k++] = t->slots[i].last_ms;
    int64_t cutoff = pt_age_cutoff(ages, k, drop);
    free(ages);
    /* a deletion moves a later slot into i: look at i again */
    for (size_t i = 0; i < t->cap && drop > 0;) {
        if ((t->slots[i].flags & SLOT_USED) && t->slots[i].last_ms <= cutoff) {
            slot_delete(s, t, i);
            drop--;
        } else {
            i++;
        }
    }
}

/* Room for one more seen hash (nseen < MAX_SEEN): past the slot's one, an array grown
 * to 3, 7, 15, then MAX_SEEN - 1; -1 when out of memory. */
static int seen_push(cslot *e, uint64_t h)
{
    if (e->nseen == 0) {
        e->seen0 = h;
        e->nseen = 1;
        return 0;
    }
    if (!extra(e))
        return -1;
    if (e->nseen - 1 >= e->x->seen_cap) {
        size_t cap = e->x->seen_cap * 2u + 1u;
        if (cap < 3)
            cap = 3;
        if (cap > MAX_SEEN - 1)
            cap = MAX_SEEN - 1;
        uint64_t *v = realloc(e->x->seen, cap * sizeof *v);
        if (!v)
            return -1;
        e->x->seen = v;
        e->x->seen_cap = (uint8_t)cap;
    }
    e->x->seen[e->nseen - 1] = h;
    e->nseen++;
    return 0;
}

static uint64_t seen_at(const cslot *e, size_t i)
{
    return i ? e->x->seen[i - 1] : e->seen0;
}

static size_t nalerted(const cslot *e)
{
    return (e->a0_status > 0) + (e->x ? e->x->nalerted : 0);
}

static void clear_alerts(cslot *e)
{
    e->a0_status = 0;
    if (e->x)
        e->x->nalerted = 0;
}

static int status_code(const char *status)
{
    for (size_t i = 0; i < sizeof slot_statuses / sizeof slot_statuses[0]; i++)
        if (strcmp(slot_statuses[i], status) == 0)
            return (int)i + 1;
    return 0;
}

/* Alert mark i (0 .. nalerted - 1): the slot's first, then the cextra's. */
static void mark_at(const cslot *e, size_t i, const char **status, uint64_t *event,
                    int64_t *offset)
{
    if (e->a0_status > 0 && i == 0) {
        *status = slot_statuses[e->a0_status - 1];
        *event = e->a0_event;
        *offset = e->a0_offset;
        return;
    }
    const alert_mark *m = &e->x->alerted[i - (e->a0_status > 0)];
    *status = m->status;
    *event = m->event;
    *offset = m->offset;
}

/* Adds an alert mark (nalerted < MAX_ALERTED); -1 when out of memory. */
static int mark_add(cslot *e, const char *status, uint64_t event, int64_t offset)
{
    int code = status_code(status);
    if (code > 0 && e->a0_status == 0 && !(e->x && e->x->nalerted)) {
        e->a0_status = (uint8_t)code;
        e->a0_event = event;
        e->a0_offset = offset;
        return 0;
    }
    if (!extra(e))
        return -1;
    if (!e->x->alerted && !(e->x->alerted = malloc(MAX_ALERTED * sizeof *e->x->alerted)))
        return -1;
    alert_mark *m = &e->x->alerted[e->x->nalerted++];
    copy_id(m->status, sizeof m->status, status);
    m->event = event;
    m->offset = offset;
    return 0;
}

cluster_store *cluster_store_new(int64_t window_ms, size_t max_per_partition)
{
    cluster_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    pthread_mutex_init(&s->lock, NULL);
    s->window_ms = window_ms;
    s->max_entries = max_per_partition ? max_per_partition : 100000;
    s->full_cap = s->max_entries * 100 / LOAD_PERCENT + 2; /* (dedup.max.clusters <= 10^7) */
    return s;
}

static void table_free(cluster_store *s, ctable *t)
{
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].flags & SLOT_USED)
            slot_free(s, &t->slots[i]);
    free(t->slots);
    free(t);
}

void cluster_store_destroy(cluster_store *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ntables; i++)
        table_free(s, s->tables[i]);
    free(s->tables);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

/* The table of a partition (created when create is set; NULL on no memory or absent). */
static ctable *table_of(cluster_store *s, int32_t partition, int create)
{
    ctable *t = NULL;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->ntables && !t; i++)
        if (s->tables[i]->partition == partition)
            t = s->tables[i];
    if (!t && create && s->ntables == s->tables_cap) {
        size_t cap = s->tables_cap ? s->tables_cap * 2 : 8;
        ctable **v = realloc(s->tables, cap * sizeof *v);
        if (v) {
            s->tables = v;
            s->tables_cap = cap;
        }
    }
    if (!t && create && s->ntables < s->tables_cap && (t = calloc(1, sizeof *t))) {
        t->partition = partition;
        t->cap = 64 < s->full_cap ? 64 : s->full_cap;
        if (!(t->slots = calloc(t->cap, sizeof *t->slots))) {
            free(t);
            t = NULL;
        } else {
            s->tables[s->ntables++] = t;
        }
    }
    pthread_mutex_unlock(&s->lock);
    return t;
}

void cluster_store_drop(cluster_store *s, int32_t partition)
{
    ctable *t = NULL;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->ntables && !t; i++) {
        if (s->tables[i]->partition == partition) {
            t = s->tables[i];
            s->tables[i] = s->tables[--s->ntables];
        }
    }
    pthread_mutex_unlock(&s->lock);
    if (t)
        table_free(s, t);
}

size_t cluster_store_count(cluster_store *s)
{
    return atomic_load(&s->count);
}

size_t cluster_store_size(cluster_store *s, int32_t partition)
{
    ctable *t = table_of(s, partition, 0);
    return t ? t->n : 0;
}

/* The slot of k, or NULL. */
static cslot *lookup(ctable *t, const ckey *k)
{
    cslot *e = &t->slots[probe(t, k)];
    return (e->flags & SLOT_USED) ? e : NULL;
}

/* A new, empty slot for k (not in t); NULL on no memory. */
static cslot *insert(cluster_store *s, ctable *t, const ckey *k)
{
    if (t->n >= s->max_entries)
        evict_oldest(s, t);
    if ((t->n + 1) * 100 > t->cap * LOAD_PERCENT && t->cap < s->full_cap) {
        size_t cap = t->cap * 2 < s->full_cap ? t->cap * 2 : s->full_cap;
        if (rehash(t, cap) != 0)
            return NULL;
    }
    if (t->n + 1 >= t->cap)
        return NULL; /* cannot happen: full_cap leaves room */
    cslot *e = &t->slots[probe(t, k)];
    if (k->text && (!extra(e) || !(e->x->key = strndup(k->s, k->len)))) {
        free(e->x);
        e->x = NULL;
        return NULL;
    }
    memcpy(e->key, k->w, sizeof e->key);
    e->flags = SLOT_USED | (k->text ? SLOT_KEY_TEXT : 0);
    t->n++;
    atomic_fetch_add(&s->count, 1);
    return e;
}

/* The changelog value of an entry: compact JSON, written directly (this runs once per
 * record); the text jansson would write (except that put_str writes every control
 * character as \u00XX, where jansson writes \n, \t ...; ids and statuses have none) for
 * {"first","first_ms","last_ms","count","seen":[hex..],"alerted":{status:hex},
 *  "alerted_at":{status:offset}}. */
static char *serialize(const cslot *e)
{
    /* first (escaped: 6 bytes per byte at worst), 3 integers, MAX_SEEN hashes, MAX_ALERTED
     * statuses twice: well under 4 KiB */
    char first[ID_MAX + 1];
    first_get(e, first, sizeof first);
    size_t cap = 6 * sizeof first + 3 * 24 + MAX_SEEN * 20 +
                 MAX_ALERTED * (2 * 6 * sizeof(((alert_mark *)0)->status) + 48) + 128;
    char *b = malloc(cap);
    size_t n = 0, na = nalerted(e);
    const char *st;
    uint64_t ev;
    int64_t off;
    bool ok = b && PUT_LIT(b, cap, &n, "{\"first\":") && put_str(b, cap, &n, first) &&
              PUT_LIT(b, cap, &n, ",\"first_ms\":") && put_int(b, cap, &n, e->first_ms) &&
              PUT_LIT(b, cap, &n, ",\"last_ms\":") && put_int(b, cap, &n, e->last_ms) &&
              PUT_LIT(b, cap, &n, ",\"count\":") && put_int(b, cap, &n, e->count) &&
              PUT_LIT(b, cap, &n, ",\"seen\":[");
    for (size_t i = 0; ok && i < e->nseen; i++)
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_hex(b, cap, &n, seen_at(e, i));
    ok = ok && PUT_LIT(b, cap, &n, "],\"alerted\":{");
    for (size_t i = 0; ok && i < na; i++) {
        mark_at(e, i, &st, &ev, &off);
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_str(b, cap, &n, st) &&
             PUT_LIT(b, cap, &n, ":") && put_hex(b, cap, &n, ev);
    }
    ok = ok && PUT_LIT(b, cap, &n, "},\"alerted_at\":{");
    for (size_t i = 0; ok && i < na; i++) {
        mark_at(e, i, &st, &ev, &off);
        ok = (!i || PUT_LIT(b, cap, &n, ",")) && put_str(b, cap, &n, st) &&
             PUT_LIT(b, cap, &n, ":") && put_int(b, cap, &n, off);
    }
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
    ctable *t = table_of(s, partition, 1);
    if (!t || !key || key_len == 0)
        return -1;
    ckey k;
    make_key(key, key_len, &k);
    size_t at = probe(t, &k);
    if (!value) { /* tombstone */
        if (t->slots[at].flags & SLOT_USED)
            slot_delete(s, t, at);
        return 0;
    }
    json_t *o = json_loadb(value, value_len, 0, NULL);
    const char *first = json_string_value(json_object_get(o, "first"));
    if (!o || !first) {
        json_decref(o);
        return -1;
    }
    cslot *e = (t->slots[at].flags & SLOT_USED) ? &t->slots[at] : insert(s, t, &k);
    if (!e || first_set(e, first) != 0) {
        json_decref(o);
        return -1;
    }
    e->first_ms = json_integer_value(json_object_get(o, "first_ms"));
    e->last_ms = json_integer_value(json_object_get(o, "last_ms"));
    json_int_t count = json_integer_value(json_object_get(o, "count"));
    e->count = count < 0 ? 0 : count > UINT32_MAX ? UINT32_MAX : (uint32_t)count;
    e->nseen = 0;
    size_t i;
    json_t *v;
    int rc = 0;
    json_array_foreach(json_object_get(o, "seen"), i, v)
    {
        if (e->nseen < MAX_SEEN && json_is_string(v) && rc == 0)
            rc = seen_push(e, strtoull(json_string_value(v), NULL, 16));
    }
    /* What the answers rest on, which a state written elsewhere may lack: the first
     * report is the first one seen, and until MAX_SEEN every report is in seen. */
    if (rc == 0 && e->first_n && e->nseen == 0)
        rc = seen_push(e, id_hash(first));
    if (e->nseen < MAX_SEEN || e->count < e->nseen)
        e->count = e->nseen;
    clear_alerts(e);
    const char *st;
    json_object_foreach(json_object_get(o, "alerted"), st, v)
    {
        if (nalerted(e) < MAX_ALERTED && json_is_string(v) && rc == 0) {
            json_t *at_off = json_object_get(json_object_get(o, "alerted_at"), st);
            rc = mark_add(e, st, strtoull(json_string_value(v), NULL, 16),
                          json_is_integer(at_off) ? json_integer_value(at_off) : -1);
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
    int changed = 0;
    memset(out, 0, sizeof *out);
    ctable *t = table_of(s, partition, 1);
    if (!t)
        return -1;
    ckey k;
    make_key(cluster_key, strlen(cluster_key), &k);
    cslot *e = lookup(t, &k);
    int64_t gap = e ? event_ms - e->first_ms : 0;
    if (e && (gap > s->window_ms || gap < -s->window_ms)) {
        /* The same participants, type and date bucket, but too far apart: a new event. */
        e->nseen = 0;
        clear_alerts(e);
        e->count = 0;
        first_clear(e);
    }
    if (!e) {
        e = insert(s, t, &k);
        if (!e)
            return -1;
    }
    uint64_t h = id_hash(event_id);
    size_t idx = MAX_SEEN;
    for (size_t i = 0; i < e->nseen; i++)
        if (seen_at(e, i) == h)
            idx = i;
    if (!e->first_n) {
        if (first_set(e, event_id) != 0)
            return -1;
        e->first_ms = event_ms;
        e->count = 1;
        e->nseen = 0;
        if (seen_push(e, h) != 0)
            return -1;
        changed = 1;
        out->first_report = 1;
        out->report_count = 1;
    } else if (first_is(e, event_id)) {
        out->first_report = 1; /* the first report again (a redelivery or a correction) */
        out->report_count = 1;
    } else if (idx < MAX_SEEN) {
        out->report_count = (int64_t)idx + 1; /* seen before: the same answer as then */
    } else {
        if (e->nseen < MAX_SEEN && seen_push(e, h) != 0)
            return -1;
        if (e->count < UINT32_MAX)
            e->count++;
        out->report_count = e->count;
        changed = 1;
    }
    if (!out->first_report)
        first_get(e, out->duplicate_of, sizeof out->duplicate_of);
    if (wants_alert && status) {
        size_t a, na = nalerted(e);
        const char *st = NULL;
        uint64_t ev = 0;
        int64_t off = 0;
        for (a = 0; a < na; a++) {
            mark_at(e, a, &st, &ev, &off);
            if (strcmp(st, status) == 0)
                break;
        }
        if (a < na) {
            /* The record that raised it, processed again after a crash (same offset):
             * the alert again. A retraction of that event: its alert too. The same event
             * in a new message (an article delivered twice): no second alert. */
            out->alert = ev == h && (retraction || (offset >= 0 && off == offset));
        } else if (na < MAX_ALERTED && !retraction) {
            if (mark_add(e, status, h, offset) != 0)
                return -1;
            out->alert = 1;
            changed = 1;
        }
    }
    if (event_ms > e->last_ms) {
        e->last_ms = event_ms;
        changed = 1;
    }
    if (changed) {
        out->changelog = serialize(e);
        if (!out->changelog)
            return -1;
    }
    return 0;
}
