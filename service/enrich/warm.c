/* warm.c - the pure parts of the slow-backend mode: the bounded, de-duplicated queue of
 * lookups handed to the background warmer, and the per-backend slow/fast state. No
 * locking and no clock here: enrich.c holds the locks and passes the times in, so both
 * are unit-tested without a network (tests/enrich/test_enrich_units.c). */
#include "enrich_internal.h"

#include <stdlib.h>
#include <string.h>


int en_wq_init(en_wq *q, size_t cap)
{
    memset(q, 0, sizeof *q);
    if (cap == 0)
        return 0;
    q->items = calloc(cap, sizeof *q->items);
    q->keys = json_object();
    if (!q->items || !q->keys) {
        free(q->items);
        json_decref(q->keys);
        memset(q, 0, sizeof *q);
        return -1;
    }
    q->cap = cap;
    return 0;
}

void en_witem_clear(en_witem *it)
{
    free(it->key);
    free(it->name);
    free(it->title);
    free(it->country);
    memset(it, 0, sizeof *it);
}

void en_wq_free(en_wq *q)
{
    for (size_t i = 0; i < q->n; i++)
        en_witem_clear(&q->items[(q->head + i) % q->cap]);
    free(q->items);
    json_decref(q->keys);
    memset(q, 0, sizeof *q);
}

int en_wq_push(en_wq *q, const en_witem *it)
{
    if (!q->cap || !it->key || !it->name)
        return EN_WQ_FULL;
    if (json_object_get(q->keys, it->key))
        return EN_WQ_DUPLICATE; /* queued, or being looked up right now */
    if (q->n == q->cap)
        return EN_WQ_FULL;
    en_witem *d = &q->items[(q->head + q->n) % q->cap];
    memset(d, 0, sizeof *d);
    d->backend = it->backend;
    d->key = en_dupstr(it->key);
    d->name = en_dupstr(it->name);
    d->title = en_dupstr(it->title);
    d->country = en_dupstr(it->country);
    memcpy(d->date, it->date, sizeof d->date);
    d->date[sizeof d->date - 1] = '\0';
    if (!d->key || !d->name || (it->title && !d->title) || (it->country && !d->country) ||
        json_object_set_new(q->keys, it->key, json_true()) != 0) {
        en_witem_clear(d);
        return EN_WQ_NOMEM;
    }
    q->n++;
    return EN_WQ_QUEUED;
}

size_t en_wq_pop(en_wq *q, en_witem *out, size_t max)
{
    size_t k = 0;
    for (; k < max && q->n; k++) {
        out[k] = q->items[q->head];
        memset(&q->items[q->head], 0, sizeof q->items[q->head]);
        q->head = (q->head + 1) % q->cap;
        q->n--;
    }
    return k;
}

void en_wq_done(en_wq *q, en_witem *it)
{
    if (it->key && q->keys)
        json_object_del(q->keys, it->key);
    en_witem_clear(it);
}

int en_slow_note_wait(en_slow *s, int out_of_time, int64_t waited_ms, int64_t budget_ms)
{
    if (s->slow || !(out_of_time || waited_ms * 2 > budget_ms))
        return 0;
    s->slow = 1;
    s->entered++;
    return 1;
}

int en_slow_note_background(en_slow *s, int answered, int64_t elapsed_ms, int64_t budget_ms)
{
    if (!answered)
        return 0; /* failures say nothing about speed; a down backend has its breaker */
    s->last_ms = elapsed_ms;
    if (s->slow && elapsed_ms * 4 <= budget_ms) {
        s->slow = 0;
        return 1;
    }
    return 0;
}
