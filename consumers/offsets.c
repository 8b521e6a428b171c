/* offsets.c - the committable-offset tracker. Each partition keeps a ring buffer of
 * (offset, done) in consumption order; finished entries are popped from the head, which
 * advances the committable offset. Lookup of an offset is a binary search in the ring. */
#include "offsets.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    int64_t offset;
    int done;
} slot;

typedef struct part {
    int32_t partition;
    slot *ring;
    size_t cap, head, len;
    int64_t committable; /* -1: nothing finished yet */
    int64_t last_added;
} part;

struct offset_tracker {
    pthread_mutex_t lock;
    part *parts;
    size_t n, cap;
};

offset_tracker *offset_tracker_new(void)
{
    offset_tracker *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    pthread_mutex_init(&t->lock, NULL);
    return t;
}

void offset_tracker_destroy(offset_tracker *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        free(t->parts[i].ring);
    free(t->parts);
    pthread_mutex_destroy(&t->lock);
    free(t);
}

static part *find(offset_tracker *t, int32_t partition)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->parts[i].partition == partition)
            return &t->parts[i];
    return NULL;
}

int offset_tracker_assign(offset_tracker *t, int32_t partition)
{
    int rc = 0;
    pthread_mutex_lock(&t->lock);
    if (!find(t, partition)) {
        if (t->n == t->cap) {
            size_t ncap = t->cap ? t->cap * 2 : 8;
            part *np = realloc(t->parts, ncap * sizeof *np);
            if (!np) {
                rc = -1;
                goto out;
            }
            t->parts = np;
            t->cap = ncap;
        }
        part *p = &t->parts[t->n++];
        memset(p, 0, sizeof *p);
        p->partition = partition;
        p->committable = -1;
        p->last_added = -1;
    }
out:
    pthread_mutex_unlock(&t->lock);
    return rc;
}

void offset_tracker_revoke(offset_tracker *t, int32_t partition)
{
    pthread_mutex_lock(&t->lock);
    part *p = find(t, partition);
    if (p) {
        free(p->ring);
        *p = t->parts[--t->n];
    }
    pthread_mutex_unlock(&t->lock);
}

int offset_tracker_has(offset_tracker *t, int32_t partition)
{
    pthread_mutex_lock(&t->lock);
    int has = find(t, partition) != NULL;
    pthread_mutex_unlock(&t->lock);
    return has;
}

static slot *at(part *p, size_t i)
{
    return &p->ring[(p->head + i) % p->cap];
}

int offset_tracker_add(offset_tracker *t, int32_t partition, int64_t offset)
{
    int rc = OFFSET_UNASSIGNED;
    pthread_mutex_lock(&t->lock);
    part *p = find(t, partition);
    if (!p)
        goto out;
    if (offset <= p->last_added) {
        rc = offset == p->last_added ? OFFSET_REPEATED : OFFSET_OLDER;
        goto out;
    }
    if (p->len == p->cap) {
        size_t ncap = p->cap ? p->cap * 2 : 64;
        slot *nr = malloc(ncap * sizeof *nr);
        rc = OFFSET_NOMEM;
        if (!nr)
            goto out;
        for (size_t i = 0; i < p->len; i++)
            nr[i] = *at(p, i);
        free(p->ring);
        p->ring = nr;
        p->cap = ncap;
        p->head = 0;
    }
    p->ring[(p->head + p->len) % p->cap] = (slot){offset, 0};
    p->len++;
    p->last_added = offset;
    rc = OFFSET_ADDED;
out:
    pthread_mutex_unlock(&t->lock);
    return rc;
}

int offset_tracker_done(offset_tracker *t, int32_t partition, int64_t offset)
{
    int rc = -1;
    pthread_mutex_lock(&t->lock);
    part *p = find(t, partition);
    if (!p || p->len == 0)
        goto out;
    size_t lo = 0, hi = p->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (at(p, mid)->offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == p->len || at(p, lo)->offset != offset)
        goto out;
    at(p, lo)->done = 1;
    while (p->len > 0 && at(p, 0)->done) {
        p->committable = at(p, 0)->offset + 1;
        p->head = (p->head + 1) % p->cap;
        p->len--;
    }
    rc = 0;
out:
    pthread_mutex_unlock(&t->lock);
    return rc;
}

int64_t offset_tracker_committable(offset_tracker *t, int32_t partition)
{
    pthread_mutex_lock(&t->lock);
    part *p = find(t, partition);
    int64_t c = p ? p->committable : -1;
    pthread_mutex_unlock(&t->lock);
    return c;
}

size_t offset_tracker_inflight(offset_tracker *t, int32_t partition)
{
    size_t n = 0;
    pthread_mutex_lock(&t->lock);
    for (size_t i = 0; i < t->n; i++)
        if (partition < 0 || t->parts[i].partition == partition)
            n += t->parts[i].len;
    pthread_mutex_unlock(&t->lock);
    return n;
}

void offset_tracker_foreach(offset_tracker *t, void (*fn)(int32_t, int64_t, void *), void *opaque)
{
    /* Copy under the lock, call outside it, so fn may call back into the tracker. */
    int32_t *parts = NULL;
    int64_t *offs = NULL;
    size_t n = 0;
    pthread_mutex_lock(&t->lock);
    if (t->n > 0) {
        parts = malloc(t->n * sizeof *parts);
        offs = malloc(t->n * sizeof *offs);
    }
    for (size_t i = 0; parts && offs && i < t->n; i++) {
        if (t->parts[i].committable >= 0) {
            parts[n] = t->parts[i].partition;
            offs[n++] = t->parts[i].committable;
        }
    }
    pthread_mutex_unlock(&t->lock);
    for (size_t i = 0; i < n; i++)
        fn(parts[i], offs[i], opaque);
    free(parts);
    free(offs);
}
