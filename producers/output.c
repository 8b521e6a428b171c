/* output.c - building output messages: record serialization with CloudEvents headers,
 * routing keys, and dead letters. */
#include "output.h"

#include "jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void poutputs_init(poutputs *l)
{
    memset(l, 0, sizeof *l);
}

void poutput_clear(poutput *o)
{
    free(o->topic);
    free(o->key);
    free(o->value);
    if (o->hdrs)
        rd_kafka_headers_destroy(o->hdrs);
    memset(o, 0, sizeof *o);
}

void poutputs_clear(poutputs *l)
{
    for (size_t i = 0; i < l->n; i++)
        poutput_clear(&l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

void poutputs_compact(poutputs *l)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].topic)
            l->v[k++] = l->v[i];
    l->n = k;
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
    l->v[l->n++] = (poutput){kind, t, key, key_len, value, value_len, hdrs, RD_KAFKA_PARTITION_UA};
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

/* Actors a key looks at: records have at most 16 (extract.h PX_TEXT_ACTORS). */
#define KEY_ACTORS 64

char *record_key_of(const json_t *record, record_key which)
{
    const char *roles[KEY_ACTORS], *countries[KEY_ACTORS];
    size_t n = 0, i;
    json_t *a;
    json_array_foreach(json_object_get(record, "actors"), i, a)
    {
        if (n == KEY_ACTORS)
            break;
        roles[n] = json_string_value(json_object_get(a, "role"));
        countries[n] = json_string_value(json_object_get(a, "country"));
        n++;
    }
    return record_key_from(which, json_string_value(json_object_get(record, "event_id")),
                           json_string_value(json_object_get(record, "cluster_key")), n, roles,
                           countries);
}

char *record_key_from(record_key which, const char *event_id, const char *cluster_key,
                      size_t nactors, const char *const *roles, const char *const *countries)
{
    char buf[64];
    switch (which) {
    case KEY_EVENT_ID: return strdup(event_id ? event_id : "-");
    case KEY_CLUSTER_KEY: return strdup(cluster_key ? cluster_key : "-");
    case KEY_SOURCE_COUNTRY:
        for (size_t i = 0; i < nactors; i++)
            if (roles[i] && countries[i] && countries[i][0] && strcmp(roles[i], "source") == 0)
                return strdup(countries[i]);
        return strdup("-");
    case KEY_DYAD: break;
    }
    const char *distinct[16];
    size_t n = 0;
    for (size_t i = 0; i < nactors; i++) {
        const char *c = countries[i];
        if (!c || !c[0] || n == 16)
            continue;
        int dup = 0;
        for (size_t k = 0; k < n; k++)
            dup |= strcmp(distinct[k], c) == 0;
        if (!dup)
            distinct[n++] = c;
    }
    if (n == 0)
        return strdup("-");
    qsort(distinct, n, sizeof distinct[0], cmp_str);
    if (n == 1)
        snprintf(buf, sizeof buf, "%s", distinct[0]);
    else
        snprintf(buf, sizeof buf, "%s-%s", distinct[0], distinct[1]);
    return strdup(buf);
}

int record_output(poutputs *l, out_kind kind, const char *topic, const json_t *record,
                  record_key key, const char *ce_source)
{
    record_format f = {key, 0, ce_source};
    return record_output_fmt(l, kind, topic, record, &f);
}

static char *structured_value(const json_t *record, const char *source, const char *ce_type)
{
    json_t *env = json_pack("{s:s, s:s, s:s, s:s, s:s, s:O}", "specversion", "1.0", "id",
                            json_string_value(json_object_get(record, "event_id"))
                                ? json_string_value(json_object_get(record, "event_id"))
                                : "",
                            "source", source, "type", ce_type, "datacontenttype",
                            "application/json", "data", record);
    if (!env)
        return NULL;
    const char *pub = json_string_value(json_object_get(json_object_get(record, "article"),
                                                        "published_at"));
    if (pub)
        json_object_set_new(env, "time", json_string(pub));
    json_object_set_new(env, "dataschema", json_string("parley.contact.v1"));
    char *s = jsonw_dumps(env, NULL);
    json_decref(env);
    return s;
}

/* CloudEvents 1.0 binary-mode headers. */
static void ce_headers(rd_kafka_headers_t *h, const char *id, const char *ce_source,
                       const char *ce_type, const char *pub)
{
    rd_kafka_header_add(h, "ce_specversion", -1, "1.0", -1);
    rd_kafka_header_add(h, "ce_id", -1, id ? id : "", -1);
    rd_kafka_header_add(h, "ce_source", -1, ce_source ? ce_source : "parleyd", -1);
    rd_kafka_header_add(h, "ce_type", -1, ce_type, -1);
    if (pub)
        rd_kafka_header_add(h, "ce_time", -1, pub, -1);
    rd_kafka_header_add(h, "content-type", -1, "application/json", -1);
}

int record_output_fmt(poutputs *l, out_kind kind, const char *topic, const json_t *record,
                      const record_format *fmt)
{
    record_key key = fmt->key;
    const char *ce_source = fmt->ce_source;
    char *value = NULL;
    char *k = record_key_of(record, key);
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    const char *id = json_string_value(json_object_get(record, "event_id"));
    const char *type = json_string_value(json_object_get(record, "type"));
    const char *status = json_string_value(json_object_get(record, "status"));
    const char *pub = json_string_value(json_object_get(json_object_get(record, "article"),
                                                        "published_at"));
    char ce_type[96];
    if (!k || !h) {
        free(value);
        free(k);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    snprintf(ce_type, sizeof ce_type, "org.parley.contact.v1.%s.%s", type ? type : "unknown",
             status ? status : "unknown");
    value = fmt->structured ? structured_value(record, ce_source ? ce_source : "parleyd", ce_type)
                            : jsonw_dumps(record, NULL);
    if (!value) {
        free(k);
        rd_kafka_headers_destroy(h);
        return -1;
    }
    if (fmt->structured) {
        rd_kafka_header_add(h, "content-type", -1, "application/cloudevents+json", -1);
        return poutputs_add(l, kind, topic, k, strlen(k), value, strlen(value), h);
    }
    ce_headers(h, id, ce_source, ce_type, pub);
    return poutputs_add(l, kind, topic, k, strlen(k), value, strlen(value), h);
}

int record_output_bytes(poutputs *l, out_kind kind, const char *topic, const char *value,
                        size_t len, const record_meta *m, const char *ce_source)
{
    char ce_type[96];
    char *k = malloc(m->key_len ? m->key_len : 1), *v = malloc(len ? len : 1);
    rd_kafka_headers_t *h = rd_kafka_headers_new(6);
    if (!k || !v || !h) {
        free(k);
        free(v);
        if (h)
            rd_kafka_headers_destroy(h);
        return -1;
    }
    memcpy(k, m->key, m->key_len);
    memcpy(v, value, len);
    snprintf(ce_type, sizeof ce_type, "org.parley.contact.v1.%s.%s", m->type ? m->type : "unknown",
             m->status ? m->status : "unknown");
    ce_headers(h, m->event_id, ce_source, ce_type, m->published_at);
    return poutputs_add(l, kind, topic, k, m->key_len, v, len, h);
}

int dlq_output(poutputs *l, const char *dlq_topic, const rd_kafka_message_t *m, const char *stage,
               const char *reason, const char *detail)
{
    rd_kafka_headers_t *orig = NULL;
    if (rd_kafka_message_headers(m, &orig) != RD_KAFKA_RESP_ERR_NO_ERROR)
        orig = NULL;
    return dlq_output_part(l, dlq_topic, m, m->key, m->key_len, m->payload, m->len, orig, stage,
                           reason, detail);
}

int dlq_output_part(poutputs *l, const char *dlq_topic, const rd_kafka_message_t *m,
                    const void *key, size_t key_len, const void *value, size_t len,
                    const rd_kafka_headers_t *hdrs, const char *stage, const char *reason,
                    const char *detail)
{
    rd_kafka_headers_t *h;
    char num[32];
    char *k = NULL, *v = NULL;
    h = hdrs ? rd_kafka_headers_copy(hdrs) : rd_kafka_headers_new(6);
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
    if (key_len) {
        k = malloc(key_len);
        if (!k)
            goto fail;
        memcpy(k, key, key_len);
    }
    if (value) { /* an empty value stays empty, a null value stays null */
        v = malloc(len ? len : 1);
        if (!v)
            goto fail;
        memcpy(v, value, len);
    }
    return poutputs_add(l, OUT_DLQ, dlq_topic, k, key_len, v, len, h);
fail:
    free(k);
    rd_kafka_headers_destroy(h);
    return -1;
}

static int topic_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
}

int topic_template_check(const char *tmpl, char *why, size_t whylen)
{
    int placeholders = 0;
    for (const char *p = tmpl; *p;) {
        if (*p == '{') {
            if (!strncmp(p, "{type}", 6)) {
                p += 6;
            } else if (!strncmp(p, "{status}", 8)) {
                p += 8;
            } else {
                snprintf(why, whylen, "only {type} and {status} may appear in a topic template");
                return -1;
            }
            placeholders++;
            continue;
        }
        if (!topic_char(*p)) {
            snprintf(why, whylen, "'%c' cannot appear in a Kafka topic name", *p);
            return -1;
        }
        p++;
    }
    if (!placeholders) {
        snprintf(why, whylen, "the template has no {type} or {status} placeholder");
        return -1;
    }
    if (strlen(tmpl) > 200) {
        snprintf(why, whylen, "the template is too long");
        return -1;
    }
    return 0;
}

int topic_template_expand(const char *tmpl, const json_t *record, char *out, size_t cap)
{
    return topic_template_expand_fields(tmpl, json_string_value(json_object_get(record, "type")),
                                        json_string_value(json_object_get(record, "status")),
                                        out, cap);
}

int topic_template_expand_fields(const char *tmpl, const char *type, const char *status,
                                 char *out, size_t cap)
{
    size_t o = 0;
    for (const char *p = tmpl; *p;) {
        const char *v = NULL;
        if (!strncmp(p, "{type}", 6)) {
            v = type;
            p += 6;
        } else if (!strncmp(p, "{status}", 8)) {
            v = status;
            p += 8;
        } else {
            if (o + 1 >= cap)
                return -1;
            out[o++] = *p++;
            continue;
        }
        if (!v)
            return -1;
        for (; *v; v++) {
            if (o + 1 >= cap || !topic_char(*v))
                return -1;
            out[o++] = *v;
        }
    }
    out[o] = '\0';
    return o > 0 && o <= 249 ? 0 : -1;
}
