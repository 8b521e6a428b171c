/* offsets.h - per-partition tracking of consumed-but-unfinished input offsets.
 * An offset becomes committable only when it and every earlier tracked offset of its
 * partition are done (outputs acknowledged), so a crash never skips unfinished work.
 * Thread-safe: offsets are added by the consumer thread and finished from delivery
 * callbacks. */
#ifndef PARLEY_OFFSETS_H
#define PARLEY_OFFSETS_H

#include <stddef.h>
#include <stdint.h>

typedef struct offset_tracker offset_tracker;

offset_tracker *offset_tracker_new(void);
void offset_tracker_destroy(offset_tracker *t); /* accepts NULL */

/* Starts tracking a partition (idempotent); stop drops it and its in-flight entries. */
int offset_tracker_assign(offset_tracker *t, int32_t partition);
void offset_tracker_revoke(offset_tracker *t, int32_t partition);
int offset_tracker_has(offset_tracker *t, int32_t partition);

/* What offset_tracker_add answers. */
enum {
    OFFSET_ADDED = 0,
    OFFSET_UNASSIGNED = -1, /* the partition is not assigned (e.g. revoked meanwhile) */
    OFFSET_REPEATED = -2,   /* the offset added last, again */
    OFFSET_OLDER = -3,      /* below the offset added last: out of order */
    OFFSET_NOMEM = -4
};

/* Records a consumed offset. Offsets of a partition must be added in increasing order. */
int offset_tracker_add(offset_tracker *t, int32_t partition, int64_t offset);

/* Marks an offset finished. Returns -1 when it is not tracked (e.g. partition revoked). */
int offset_tracker_done(offset_tracker *t, int32_t partition, int64_t offset);

/* The offset to commit for the partition (last contiguous finished offset + 1), or -1
 * when nothing has finished since the partition was assigned. */
int64_t offset_tracker_committable(offset_tracker *t, int32_t partition);

/* Unfinished offsets in one partition, or in all (partition < 0). */
size_t offset_tracker_inflight(offset_tracker *t, int32_t partition);

/* Calls fn for every assigned partition with its committable offset (>= 0 only). */
void offset_tracker_foreach(offset_tracker *t, void (*fn)(int32_t partition, int64_t offset,
                                                          void *opaque),
                            void *opaque);

#endif
