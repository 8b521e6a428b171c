/* output.c - building output messages: record serialization with CloudEvents headers,
 * routing keys, and dead letters. */
#include "output.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void poutputs_init(poutputs *l)
{
    memset(l, 0, sizeof *l);
}

void poutputs_clear(poutputs *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].topic);
        free(l->v[i].key);
        free(l->v[i].value);
        if (l->v[i].hdrs)
            rd_kafka_headers_destroy(l->v[i].hdrs);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

int poutputs_add(poutputs *l, out_kind kind, const char *topic, char *key, size_t key_len,
                 char *value, size_t value_len, rd_kafka_headers_t *hdrs)
{
    char *t = strdup(topic);
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 4;
        poutput *nv = realloc(l->v, ncap * sizeof *nv);
        if (!nv)
            goto fail;
        l->v = nv;
        l->cap = ncap;
    }
    if (!t)
        goto fail;
    l->v[l->n++] = (poutput){kind, t, key, key_len, value, value_len, hdrs};
    return 0;
fail:
    free(t);
    free(key);
    free(value);
    if (hdrs)
        rd_kafka_headers_destroy(hdrs);
    return -1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *record_key_of(const json_t *record, record_key which)
{
    const char *s = NULL;
    char buf[64];
    switch (which) {
    case KEY_EVENT_ID:
        s = json_string_value(json_object_get(record, "event_id"));
        return strdup(s ? s : "-");
    case KEY_CLUSTER_KEY:
        s = json_string_value(json_object_get(record, "cluster_key"));
        return strdup(s ? s : "-");
    case KEY_SOURCE_COUNTRY: {
        json_t *actors = json_object_get(record, "actors"), *a;
        size_t i;
        json_array_foreach(actors, i, a)
        {
            const char *role = json_string_value(json_object_get(a, "role"));
            const char *c = json_string_value(json_object_get(a, "country"));
            if (role && c && strcmp(role, "source") == 0)
                return strdup(c);
        }
        return strdup("-");
    }
    case KEY_DYAD:
        break;
    }
    const char *countries[16];
    size_t n = 0, i;
    json_t *a;
    json_array_foreach(json_object_get(record, "actors"), i, a)
    {
        const char *c = json_string_value(json_object_get(a, "country"));
        if (!c || n == 16)
            continue;
        int dup = 0;
        for (size_t k = 0; k < n; k++)
            dup |= strcmp(countries[k], c) == 0;
        if (!dup)
            countries[n++] = c;
    }
    if (n == 0)
        return strdup("-");
    qsort(countries, n, sizeof countries[0], cmp_str);
    if (n == 1)
        snprintf(buf, sizeof buf, "%s", countries[0]);
    else
        snprintf(buf, sizeof buf, "%s-%s", countries[0], countries[1]);
    return strdup(buf);
}

int record_output(poutputs *l, out_kind kind, const char *topic, const json_t *record,
                  record_key key, const char *ce_source)
{
    char *value = json_dumps(record, JSON_COMPACT);
    char *k = record_key_of(record, key);
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    const char *id = json_string_value(json_object_get(record, "event_id"));
    const char *type = json_string_value(json_object_get(record, "type"));
    const char *status = json_string_value(json_object_get(record, "status"));
    const char *pub = json_string_value(json_object_get(json_object_get(record, "article"),
                                                        "published_at"));
    char ce_type[96];
    if (!value || !k || !h) {
        free(value);
        free(k);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    snprintf(ce_type, sizeof ce_type, "org.parley.contact.v1.%s.%s", type ? type : "unknown",
             status ? status : "unknown");
    rd_kafka_header_add(h, "ce_specversion", -1, "1.0", -1);
    rd_kafka_header_add(h, "ce_id", -1, id ? id : "", -1);
    rd_kafka_header_add(h, "ce_source", -1, ce_source ? ce_source : "parleyd", -1);
    rd_kafka_header_add(h, "ce_type", -1, ce_type, -1);
    if (pub)
        rd_kafka_header_add(h, "ce_time", -1, pub, -1);
    rd_kafka_header_add(h, "content-type", -1, "application/json", -1);
    return poutputs_add(l, kind, topic, k, strlen(k), value, strlen(value), h);
}

int dlq_output(poutputs *l, const char *dlq_topic, const rd_kafka_message_t *m, const char *stage,
               const char *reason, const char *detail)
{
    rd_kafka_headers_t *orig = NULL, *h;
    char num[32];
    char *key = NULL, *value = NULL;
    if (rd_kafka_message_headers(m, &orig) == RD_KAFKA_RESP_ERR_NO_ERROR && orig)
        h = rd_kafka_headers_copy(orig);
    else
        h = rd_kafka_headers_new(6);
    if (!h)
        return -1;
    rd_kafka_header_add(h, "__parley.errors.topic", -1, rd_kafka_topic_name(m->rkt), -1);
    snprintf(num, sizeof num, "%" PRId32, m->partition);
    rd_kafka_header_add(h, "__parley.errors.partition", -1, num, -1);
    snprintf(num, sizeof num, "%" PRId64, m->offset);
    rd_kafka_header_add(h, "__parley.errors.offset", -1, num, -1);
    rd_kafka_header_add(h, "__parley.errors.stage", -1, stage, -1);
    rd_kafka_header_add(h, "__parley.errors.reason", -1, reason, -1);
    if (detail && *detail)
        rd_kafka_header_add(h, "__parley.errors.message", -1, detail, -1);
    if (m->key_len) {
        key = malloc(m->key_len);
        if (!key)
            goto fail;
        memcpy(key, m->key, m->key_len);
    }
    if (m->payload) { /* an empty value stays empty, a null value stays null */
        value = malloc(m->len ? m->len : 1);
        if (!value)
            goto fail;
        memcpy(value, m->payload, m->len);
    }
    return poutputs_add(l, OUT_DLQ, dlq_topic, key, m->key_len, value, m->len, h);
fail:
    free(key);
    rd_kafka_headers_destroy(h);
    return -1;
}
