/* bundle.c - the repartition topic's bundles (bundle.h): writing them from a list of
 * outputs, checking and reading them back. */
#include "bundle.h"

#include <stdlib.h>
#include <string.h>

#define NUL32 0xffffffffu

typedef struct wbuf {
    char *b;
    size_t n, cap;
    int bad;
} wbuf;

static void put(wbuf *w, const void *p, size_t n)
{
    if (w->bad || n == 0)
        return;
    if (w->n + n > w->cap) {
        size_t cap = w->cap ? w->cap : 4096;
        while (cap < w->n + n)
            cap *= 2;
        char *nb = realloc(w->b, cap);
        if (!nb) {
            w->bad = 1;
            return;
        }
        w->b = nb;
        w->cap = cap;
    }
    memcpy(w->b + w->n, p, n);
    w->n += n;
}

static void put32(wbuf *w, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 8), (unsigned char)v};
    put(w, b, 4);
}

static void put16(wbuf *w, uint16_t v)
{
    unsigned char b[2] = {(unsigned char)(v >> 8), (unsigned char)v};
    put(w, b, 2);
}

/* A length-prefixed byte string; NULL: null. */
static void put_bytes(wbuf *w, const void *p, size_t n)
{
    if (n >= NUL32) {
        w->bad = 1;
        return;
    }
    put32(w, p ? (uint32_t)n : NUL32);
    if (p)
        put(w, p, n);
}

static void put_entry(wbuf *w, const poutput *o)
{
    put_bytes(w, o->key, o->key_len);
    size_t nh = o->hdrs ? rd_kafka_header_cnt(o->hdrs) : 0;
    if (nh > 0xffff) {
        w->bad = 1;
        return;
    }
    put16(w, (uint16_t)nh);
    for (size_t i = 0; i < nh; i++) {
        const char *name;
        const void *v;
        size_t vn;
        if (rd_kafka_header_get_all(o->hdrs, i, &name, &v, &vn) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            w->bad = 1;
            return;
        }
        size_t nl = strlen(name);
        if (nl > 0xffff) {
            w->bad = 1;
            return;
        }
        put16(w, (uint16_t)nl);
        put(w, name, nl);
        put_bytes(w, v, vn);
    }
    put_bytes(w, o->value, o->value_len);
}

bundle_partitioner bundle_partitioner_named(const char *name)
{
    static const struct {
        const char *name;
        bundle_partitioner fn;
    } t[] = {
        {"murmur2_random", rd_kafka_msg_partitioner_murmur2_random},
        {"murmur2", rd_kafka_msg_partitioner_murmur2},
        {"consistent_random", rd_kafka_msg_partitioner_consistent_random},
        {"consistent", rd_kafka_msg_partitioner_consistent},
        {"fnv1a_random", rd_kafka_msg_partitioner_fnv1a_random},
        {"fnv1a", rd_kafka_msg_partitioner_fnv1a},
    };
    for (size_t i = 0; name && i < sizeof t / sizeof t[0]; i++)
        if (strcmp(name, t[i].name) == 0)
            return t[i].fn;
    return NULL;
}

size_t bundle_outputs(poutputs *l, const char *topic, int32_t partitions, bundle_partitioner fn)
{
    size_t made = 0;
    if (!fn || partitions <= 0)
        return 0;
    for (size_t i = 0; i < l->n; i++) {
        poutput *o = &l->v[i];
        if (o->kind == OUT_INTERNAL && o->partition == RD_KAFKA_PARTITION_UA && o->key_len > 0 &&
            strcmp(o->topic, topic) == 0)
            o->partition = fn(NULL, o->key, o->key_len, partitions, NULL, NULL);
    }
    /* Each output to topic not yet in a bundle starts one with the later outputs of its
     * partition, in their order, up to BUNDLE_MAX_BYTES (a dozen per article: the quadratic
     * walk is cheaper than anything cleverer). */
    size_t n = l->n;
    for (size_t i = 0; i < n; i++) {
        poutput *first = &l->v[i];
        if (!first->topic || first->kind != OUT_INTERNAL || first->partition < 0 ||
            strcmp(first->topic, topic) != 0)
            continue;
        size_t members[64], nm = 0;
        size_t bytes = 0;
        for (size_t j = i; j < n && nm < sizeof members / sizeof members[0]; j++) {
            poutput *o = &l->v[j];
            if (!o->topic || o->kind != OUT_INTERNAL || o->partition != first->partition ||
                strcmp(o->topic, topic) != 0)
                continue;
            if (nm > 0 && bytes + o->key_len + o->value_len > BUNDLE_MAX_BYTES)
                break;
            bytes += o->key_len + o->value_len;
            members[nm++] = j;
        }
        if (nm < 2)
            continue;
        wbuf w = {0};
        for (size_t k = 0; k < nm; k++)
            put_entry(&w, &l->v[members[k]]);
        rd_kafka_headers_t *h = w.bad ? NULL : rd_kafka_headers_new(1);
        char *t = h ? strdup(topic) : NULL;
        if (!t) {
            free(w.b);
            if (h)
                rd_kafka_headers_destroy(h);
            continue; /* no memory: they go as plain messages */
        }
        rd_kafka_header_add(h, BUNDLE_HEADER, -1, "1", 1);
        int32_t partition = first->partition;
        for (size_t k = 0; k < nm; k++)
            poutput_clear(&l->v[members[k]]);
        l->v[i] = (poutput){OUT_INTERNAL, t, NULL, 0, w.b, w.n, h, partition};
        made++;
    }
    poutputs_compact(l); /* the gaps the bundled entries left */
    return made;
}

int bundle_is(const rd_kafka_message_t *m)
{
    rd_kafka_headers_t *h = NULL;
    const void *v;
    size_t n;
    return rd_kafka_message_headers(m, &h) == RD_KAFKA_RESP_ERR_NO_ERROR && h &&
           rd_kafka_header_get_last(h, BUNDLE_HEADER, &v, &n) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

/* Reading: a cursor that refuses to pass the end. */
typedef struct rbuf {
    const unsigned char *p;
    size_t len, pos;
} rbuf;

static int get32(rbuf *r, uint32_t *v)
{
    if (r->len - r->pos < 4)
        return -1;
    const unsigned char *b = r->p + r->pos;
    *v = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    r->pos += 4;
    return 0;
}

static int get16(rbuf *r, uint16_t *v)
{
    if (r->len - r->pos < 2)
        return -1;
    *v = (uint16_t)(r->p[r->pos] << 8 | r->p[r->pos + 1]);
    r->pos += 2;
    return 0;
}

/* A length-prefixed byte string: *p NULL for null. */
static int get_bytes(rbuf *r, const char **p, size_t *n)
{
    uint32_t l;
    if (get32(r, &l) != 0)
        return -1;
    if (l == NUL32) {
        *p = NULL;
        *n = 0;
        return 0;
    }
    if (r->len - r->pos < l)
        return -1;
    *p = (const char *)r->p + r->pos;
    *n = l;
    r->pos += l;
    return 0;
}

/* One entry; hdrs NULL: only walk past it. */
static int get_entry(rbuf *r, bundle_entry *e, rd_kafka_headers_t *hdrs)
{
    uint16_t nh;
    if (get_bytes(r, &e->key, &e->key_len) != 0 || get16(r, &nh) != 0)
        return -1;
    for (uint16_t i = 0; i < nh; i++) {
        uint16_t nl;
        const char *v;
        size_t vn;
        if (get16(r, &nl) != 0 || r->len - r->pos < nl)
            return -1;
        const char *name = (const char *)r->p + r->pos;
        r->pos += nl;
        if (get_bytes(r, &v, &vn) != 0)
            return -1;
        if (hdrs)
            rd_kafka_header_add(hdrs, name, (ssize_t)nl, v, v ? (ssize_t)vn : 0);
    }
    return get_bytes(r, &e->value, &e->value_len);
}

long bundle_count(const void *value, size_t len)
{
    rbuf r = {value, value ? len : 0, 0};
    long n = 0;
    while (r.pos < r.len) {
        bundle_entry e;
        if (get_entry(&r, &e, NULL) != 0)
            return -1;
        n++;
    }
    return n > 0 ? n : -1;
}

int bundle_next(const void *value, size_t len, size_t *pos, bundle_entry *e)
{
    memset(e, 0, sizeof *e);
    if (!value || *pos >= len)
        return 0;
    rbuf r = {value, len, *pos};
    e->hdrs = rd_kafka_headers_new(8);
    if (!e->hdrs)
        return -1;
    if (get_entry(&r, e, e->hdrs) != 0) { /* not a bundle bundle_count accepted */
        rd_kafka_headers_destroy(e->hdrs);
        memset(e, 0, sizeof *e);
        return -1;
    }
    *pos = r.pos;
    return 1;
}
