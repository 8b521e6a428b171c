/* bundle.h - bundles of the repartition topic: the messages one article sends to one
 * partition of <group.id>.repartition, carried as one Kafka message.
 *
 * Stage A makes a dozen records and a manifest for a 3 KB article; sent one Kafka message
 * each, every one crossed librdkafka (produce, delivery report, fetch, consume), the broker
 * and a worker's queue on its own. Those bound for the same partition now travel together.
 * A bundle is a message with the header parley_bundle=1 whose value is a sequence of
 * entries, each what a message of its own would have been (lengths big-endian):
 *     u32 key length, the key
 *     u16 header count; per header: u16 name length, the name, u32 value length, the value
 *     u32 value length, the value
 * A header or message value of length 0xffffffff is null. Stage B handles the entries in
 * order, each as it handles a plain message; they share the bundle's partition and offset
 * (an entry is never re-read without the others). */
#ifndef PARLEY_BUNDLE_H
#define PARLEY_BUNDLE_H

#include "output.h"

#include <librdkafka/rdkafka.h>
#include <stddef.h>
#include <stdint.h>

#define BUNDLE_HEADER "parley_bundle"
/* A bundle grows to about this many bytes; more entries for the partition start another. */
#define BUNDLE_MAX_BYTES (256 * 1024)

/* A partitioner with librdkafka's signature (rd_kafka_msg_partitioner_murmur2_random ...). */
typedef int32_t (*bundle_partitioner)(const rd_kafka_topic_t *rkt, const void *key, size_t keylen,
                                      int32_t partition_cnt, void *rkt_opaque, void *msg_opaque);

/* librdkafka's partitioner of that name (the producer's "partitioner" setting) when it is
 * deterministic for a non-empty key; NULL for "random" and unknown names. */
bundle_partitioner bundle_partitioner_named(const char *name);

/* The outputs of l to topic get their partition from fn over partitions (those with an
 * explicit partition keep it); those bound for the same partition, when more than one,
 * become bundles, in their order. Without memory for a bundle its entries stay plain
 * messages: the result is the same, only dearer. Returns the number of bundles made. */
size_t bundle_outputs(poutputs *l, const char *topic, int32_t partitions, bundle_partitioner fn);

/* 1 when m carries the parley_bundle header. */
int bundle_is(const rd_kafka_message_t *m);

/* The number of entries in a bundle's value, or -1 when it is not well-formed (a length
 * past the end, trailing bytes, or no entry at all). */
long bundle_count(const void *value, size_t len);

typedef struct bundle_entry {
    const char *key;          /* key_len bytes inside the bundle (NULL when null) */
    size_t key_len;
    const char *value;        /* value_len bytes inside the bundle; NULL: a null value */
    size_t value_len;
    rd_kafka_headers_t *hdrs; /* a copy of the entry's headers; the caller destroys it */
} bundle_entry;

/* The entry at *pos of a bundle that bundle_count accepted: 1 and *pos moves past it, 0 at
 * the end, -1 when out of memory. */
int bundle_next(const void *value, size_t len, size_t *pos, bundle_entry *e);

#endif
