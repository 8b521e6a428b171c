/* output.h - messages Parley produces: event records with CloudEvents 1.0 binary-mode
 * headers and a routing key, and dead letters that carry the original message plus
 * error headers. An output owns its key, value and headers until produced. */
#ifndef PARLEY_OUTPUT_H
#define PARLEY_OUTPUT_H

#include <jansson.h>
#include <librdkafka/rdkafka.h>
#include <stddef.h>

/* OUT_INTERNAL: the repartition and changelog topics of cross-article state. */
typedef enum { OUT_EVENTS = 0, OUT_ALERTS, OUT_DLQ, OUT_INTERNAL, OUT__COUNT } out_kind;

typedef struct poutput {
    out_kind kind;
    char *topic;
    char *key;
    size_t key_len;
    char *value;
    size_t value_len;
    rd_kafka_headers_t *hdrs; /* may be NULL */
    int32_t partition;        /* RD_KAFKA_PARTITION_UA: the partitioner decides */
} poutput;

typedef struct poutputs {
    poutput *v;
    size_t n, cap;
} poutputs;

void poutputs_init(poutputs *l);
/* Frees what one output owns and zeroes it (its topic NULL). */
void poutput_clear(poutput *o);
/* Frees every output still owned by the list and empties it. */
void poutputs_clear(poutputs *l);
/* Closes the gaps left by outputs cleared with poutput_clear (topic NULL), in order. */
void poutputs_compact(poutputs *l);

/* Takes ownership of key, value and hdrs (also on failure). Returns 0 or -1. */
int poutputs_add(poutputs *l, out_kind kind, const char *topic, char *key, size_t key_len,
                 char *value, size_t value_len, rd_kafka_headers_t *hdrs);

/* Key choices for event records. */
typedef enum { KEY_DYAD = 0, KEY_EVENT_ID, KEY_CLUSTER_KEY, KEY_SOURCE_COUNTRY } record_key;

/* The record's key: the dyad is the sorted pair of distinct actor countries ("CHN-USA"),
 * a single country when only one is known, or "-" when none. Returns a new string. */
char *record_key_of(const json_t *record, record_key which);

/* The same key from a record's fields: its event id and cluster key, and its actors' roles
 * and countries in the record's order (a NULL or empty country: none). */
char *record_key_from(record_key which, const char *event_id, const char *cluster_key,
                      size_t nactors, const char *const *roles, const char *const *countries);

/* How records are written: the key, and CloudEvents binary mode (the record is the
 * value; ce_* headers) or structured mode (the value is a CloudEvents JSON envelope
 * with the record as "data"; content-type application/cloudevents+json). */
typedef struct record_format {
    record_key key;
    int structured;
    const char *ce_source; /* NULL: "parleyd" */
} record_format;

/* Serializes a parley.contact.v1 record as an output. Binary mode headers:
 * ce_specversion, ce_id (event_id), ce_source, ce_type, ce_time, content-type. */
int record_output_fmt(poutputs *l, out_kind kind, const char *topic, const json_t *record,
                      const record_format *fmt);
/* record_output_fmt in binary mode. */
int record_output(poutputs *l, out_kind kind, const char *topic, const json_t *record,
                  record_key key, const char *ce_source);

/* A record already serialized (stage B of cross-article state), with what its key and
 * headers need: written in binary mode without parsing it again. */
typedef struct record_meta {
    const char *event_id, *type, *status;
    const char *published_at; /* ce_time; may be NULL */
    const char *key;          /* the record key (record_key_of), key_len bytes */
    size_t key_len;
} record_meta;

/* record_output_fmt in binary mode for a serialized record (value and key are copied). */
int record_output_bytes(poutputs *l, out_kind kind, const char *topic, const char *value,
                        size_t len, const record_meta *m, const char *ce_source);

/* Topic-name templates with {type} and {status} placeholders ("contact-{type}").
 * check: 0 when the template is usable, else -1 with why. expand: writes the topic for
 * a record into out; -1 when it does not fit or the record lacks a field. */
int topic_template_check(const char *tmpl, char *why, size_t whylen);
int topic_template_expand(const char *tmpl, const json_t *record, char *out, size_t cap);
int topic_template_expand_fields(const char *tmpl, const char *type, const char *status,
                                 char *out, size_t cap);

/* A dead letter: original key, value and headers, plus __parley.errors.* headers (topic,
 * partition, offset, stage, reason, message) in the spirit of Kafka Connect's. */
int dlq_output(poutputs *l, const char *dlq_topic, const rd_kafka_message_t *m, const char *stage,
               const char *reason, const char *detail);
/* The same for one part of m (an entry of a repartition bundle, bundle.h): its own key,
 * value and headers (hdrs may be NULL), m's topic, partition and offset. */
int dlq_output_part(poutputs *l, const char *dlq_topic, const rd_kafka_message_t *m,
                    const void *key, size_t key_len, const void *value, size_t len,
                    const rd_kafka_headers_t *hdrs, const char *stage, const char *reason,
                    const char *detail);

#endif
