/* test_offsets.c - unit tests of consumers/offsets: the committable offset is the last
 * contiguous finished offset + 1 per partition, whatever order work finishes in, across
 * gaps (compacted topics), ring-buffer growth and wrap-around, revocation and threads.
 * A randomized test checks the tracker against a simple model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "offsets.h"

static int setup(void **state)
{
    offset_tracker *t = offset_tracker_new();
    if (!t)
        return -1;
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    offset_tracker_destroy(*state);
    return 0;
}

static void test_new_destroy(void **state)
{
    (void)state;
    offset_tracker_destroy(NULL);
    offset_tracker *t = offset_tracker_new();
    assert_non_null(t);
    assert_int_equal(offset_tracker_inflight(t, -1), 0);
    assert_int_equal(offset_tracker_committable(t, 0), -1);
    offset_tracker_destroy(t);
}

static void test_assign_idempotent(void **state)
{
    offset_tracker *t = *state;
    assert_false(offset_tracker_has(t, 3));
    assert_int_equal(offset_tracker_assign(t, 3), 0);
    assert_true(offset_tracker_has(t, 3));
    assert_int_equal(offset_tracker_add(t, 3, 10), 0);
    /* Assigning again must not reset the partition's state. */
    assert_int_equal(offset_tracker_assign(t, 3), 0);
    assert_int_equal(offset_tracker_inflight(t, 3), 1);
    assert_int_equal(offset_tracker_done(t, 3, 10), 0);
    assert_int_equal(offset_tracker_committable(t, 3), 11);
    assert_false(offset_tracker_has(t, 4));
    assert_int_equal(offset_tracker_committable(t, 4), -1);
}

static void test_unassigned_partition(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_add(t, 0, 1), -1);
    assert_int_equal(offset_tracker_done(t, 0, 1), -1);
    assert_int_equal(offset_tracker_committable(t, 0), -1);
    assert_int_equal(offset_tracker_inflight(t, 0), 0);
}

static void test_contiguous(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 0), 0);
    for (int64_t o = 100; o < 110; o++)
        assert_int_equal(offset_tracker_add(t, 0, o), 0);
    assert_int_equal(offset_tracker_committable(t, 0), -1);
    assert_int_equal(offset_tracker_inflight(t, 0), 10);
    for (int64_t o = 100; o < 110; o++) {
        assert_int_equal(offset_tracker_done(t, 0, o), 0);
        assert_int_equal(offset_tracker_committable(t, 0), o + 1);
        assert_int_equal(offset_tracker_inflight(t, 0), (size_t)(109 - o));
    }
}

static void test_out_of_order(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 0), 0);
    for (int64_t o = 1; o <= 3; o++)
        assert_int_equal(offset_tracker_add(t, 0, o), 0);
    /* 3 finishes first: nothing is committable, 1 and 2 are still in flight. */
    assert_int_equal(offset_tracker_done(t, 0, 3), 0);
    assert_int_equal(offset_tracker_committable(t, 0), -1);
    assert_int_equal(offset_tracker_inflight(t, 0), 3);
    assert_int_equal(offset_tracker_done(t, 0, 1), 0);
    assert_int_equal(offset_tracker_committable(t, 0), 2);
    assert_int_equal(offset_tracker_inflight(t, 0), 2);
    /* 2 finishing releases 2 and the already finished 3. */
    assert_int_equal(offset_tracker_done(t, 0, 2), 0);
    assert_int_equal(offset_tracker_committable(t, 0), 4);
    assert_int_equal(offset_tracker_inflight(t, 0), 0);
    /* Later work continues from there. */
    assert_int_equal(offset_tracker_add(t, 0, 4), 0);
    assert_int_equal(offset_tracker_committable(t, 0), 4);
    assert_int_equal(offset_tracker_done(t, 0, 4), 0);
    assert_int_equal(offset_tracker_committable(t, 0), 5);
}

/* Compacted topics and transaction markers leave holes in the offsets. */
static void test_gaps(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 7), 0);
    assert_int_equal(offset_tracker_add(t, 7, 5), 0);
    assert_int_equal(offset_tracker_add(t, 7, 9), 0);
    assert_int_equal(offset_tracker_add(t, 7, 12), 0);
    assert_int_equal(offset_tracker_done(t, 7, 5), 0);
    assert_int_equal(offset_tracker_committable(t, 7), 6);
    assert_int_equal(offset_tracker_done(t, 7, 12), 0);
    assert_int_equal(offset_tracker_committable(t, 7), 6);
    /* Offsets in the holes were never consumed and are not tracked. */
    assert_int_equal(offset_tracker_done(t, 7, 6), -1);
    assert_int_equal(offset_tracker_done(t, 7, 10), -1);
    assert_int_equal(offset_tracker_done(t, 7, 13), -1);
    assert_int_equal(offset_tracker_done(t, 7, 4), -1);
    assert_int_equal(offset_tracker_done(t, 7, 9), 0);
    assert_int_equal(offset_tracker_committable(t, 7), 13);
    assert_int_equal(offset_tracker_inflight(t, 7), 0);
}

static void test_revoke_drops_state(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 1), 0);
    assert_int_equal(offset_tracker_assign(t, 2), 0);
    for (int64_t o = 0; o < 5; o++) {
        assert_int_equal(offset_tracker_add(t, 1, o), 0);
        assert_int_equal(offset_tracker_add(t, 2, o), 0);
    }
    assert_int_equal(offset_tracker_done(t, 1, 0), 0);
    assert_int_equal(offset_tracker_done(t, 2, 0), 0);
    assert_int_equal(offset_tracker_done(t, 2, 1), 0);

    offset_tracker_revoke(t, 1);
    assert_false(offset_tracker_has(t, 1));
    assert_int_equal(offset_tracker_committable(t, 1), -1);
    assert_int_equal(offset_tracker_inflight(t, 1), 0);
    /* Late delivery reports for the revoked partition are refused. */
    assert_int_equal(offset_tracker_done(t, 1, 1), -1);
    assert_int_equal(offset_tracker_add(t, 1, 5), OFFSET_UNASSIGNED);
    /* The other partition is untouched (revoke moves entries around internally). */
    assert_true(offset_tracker_has(t, 2));
    assert_int_equal(offset_tracker_committable(t, 2), 2);
    assert_int_equal(offset_tracker_inflight(t, 2), 3);
    assert_int_equal(offset_tracker_inflight(t, -1), 3);

    /* Re-assignment starts fresh: offsets may start over below the old ones. */
    assert_int_equal(offset_tracker_assign(t, 1), 0);
    assert_int_equal(offset_tracker_committable(t, 1), -1);
    assert_int_equal(offset_tracker_add(t, 1, 1), 0);
    assert_int_equal(offset_tracker_done(t, 1, 1), 0);
    assert_int_equal(offset_tracker_committable(t, 1), 2);

    offset_tracker_revoke(t, 99); /* unknown: no-op */
    assert_true(offset_tracker_has(t, 2));
}

static void test_add_must_increase(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 0), 0);
    assert_int_equal(offset_tracker_add(t, 0, 5), OFFSET_ADDED);
    assert_int_equal(offset_tracker_add(t, 0, 5), OFFSET_REPEATED);
    assert_int_equal(offset_tracker_add(t, 0, 4), OFFSET_OLDER);
    assert_int_equal(offset_tracker_add(t, 0, -1), OFFSET_OLDER);
    assert_int_equal(offset_tracker_inflight(t, 0), 1);
    assert_int_equal(offset_tracker_add(t, 0, 6), 0);
    /* Still refused once the earlier offsets have finished and left the ring. */
    assert_int_equal(offset_tracker_done(t, 0, 5), 0);
    assert_int_equal(offset_tracker_done(t, 0, 6), 0);
    assert_int_equal(offset_tracker_inflight(t, 0), 0);
    assert_int_equal(offset_tracker_add(t, 0, 6), OFFSET_REPEATED);
    assert_int_equal(offset_tracker_add(t, 0, 0), OFFSET_OLDER);
    assert_int_equal(offset_tracker_committable(t, 0), 7);
    /* Offset 0 is a valid first offset. */
    assert_int_equal(offset_tracker_assign(t, 1), 0);
    assert_int_equal(offset_tracker_add(t, 1, 0), 0);
    assert_int_equal(offset_tracker_done(t, 1, 0), 0);
    assert_int_equal(offset_tracker_committable(t, 1), 1);
}

static void test_done_unknown_or_twice(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 0), 0);
    assert_int_equal(offset_tracker_done(t, 0, 0), -1); /* nothing tracked */
    assert_int_equal(offset_tracker_add(t, 0, 10), 0);
    assert_int_equal(offset_tracker_add(t, 0, 11), 0);
    assert_int_equal(offset_tracker_add(t, 0, 12), 0);
    assert_int_equal(offset_tracker_done(t, 0, 9), -1);
    assert_int_equal(offset_tracker_done(t, 0, 13), -1);
    assert_int_equal(offset_tracker_done(t, 1, 10), -1); /* other partition */
    /* Finishing a non-head offset twice is harmless... */
    assert_int_equal(offset_tracker_done(t, 0, 12), 0);
    offset_tracker_done(t, 0, 12);
    assert_int_equal(offset_tracker_committable(t, 0), -1);
    assert_int_equal(offset_tracker_inflight(t, 0), 3);
    /* ...and once an offset is committable it is no longer tracked. */
    assert_int_equal(offset_tracker_done(t, 0, 10), 0);
    assert_int_equal(offset_tracker_done(t, 0, 10), -1);
    assert_int_equal(offset_tracker_committable(t, 0), 11);
    assert_int_equal(offset_tracker_done(t, 0, 11), 0);
    assert_int_equal(offset_tracker_committable(t, 0), 13);
    assert_int_equal(offset_tracker_inflight(t, 0), 0);
}

static void test_inflight_counts(void **state)
{
    offset_tracker *t = *state;
    for (int32_t p = 0; p < 3; p++) {
        assert_int_equal(offset_tracker_assign(t, p), 0);
        for (int64_t o = 0; o < 10 * (p + 1); o++)
            assert_int_equal(offset_tracker_add(t, p, o), 0);
    }
    assert_int_equal(offset_tracker_inflight(t, 0), 10);
    assert_int_equal(offset_tracker_inflight(t, 1), 20);
    assert_int_equal(offset_tracker_inflight(t, 2), 30);
    assert_int_equal(offset_tracker_inflight(t, -1), 60);
    assert_int_equal(offset_tracker_inflight(t, 5), 0);
    /* Out-of-order finished offsets are still in flight until the head moves. */
    assert_int_equal(offset_tracker_done(t, 1, 5), 0);
    assert_int_equal(offset_tracker_inflight(t, 1), 20);
    assert_int_equal(offset_tracker_done(t, 1, 0), 0);
    assert_int_equal(offset_tracker_inflight(t, 1), 19);
    assert_int_equal(offset_tracker_inflight(t, -1), 59);
}

typedef struct seen {
    int32_t part[4096];
    int64_t off[4096];
    size_t n;
    offset_tracker *t;
} seen;

static void collect(int32_t partition, int64_t offset, void *opaque)
{
    seen *s = opaque;
    if (s->t) /* the callback may call back into the tracker: no lock is held */
        assert_int_equal(offset_tracker_committable(s->t, partition), offset);
    if (s->n < 4096) {
        s->part[s->n] = partition;
        s->off[s->n] = offset;
    }
    s->n++;
}

static int64_t seen_offset(const seen *s, int32_t partition)
{
    for (size_t i = 0; i < s->n && i < 4096; i++)
        if (s->part[i] == partition)
            return s->off[i];
    return -2;
}

static void test_foreach(void **state)
{
    offset_tracker *t = *state;
    seen *s = calloc(1, sizeof *s);
    assert_non_null(s);
    offset_tracker_foreach(t, collect, s);
    assert_int_equal(s->n, 0);

    for (int32_t p = 0; p < 4; p++) {
        assert_int_equal(offset_tracker_assign(t, p), 0);
        for (int64_t o = 0; o < 5; o++)
            assert_int_equal(offset_tracker_add(t, p, 100 * p + o), 0);
    }
    assert_int_equal(offset_tracker_done(t, 0, 0), 0);
    assert_int_equal(offset_tracker_done(t, 0, 1), 0);
    assert_int_equal(offset_tracker_done(t, 2, 201), 0); /* not contiguous: nothing yet */
    assert_int_equal(offset_tracker_done(t, 3, 300), 0);
    s->t = t;
    offset_tracker_foreach(t, collect, s);
    /* Partitions with nothing committable (1, 2) are not reported. */
    assert_int_equal(s->n, 2);
    assert_int_equal(seen_offset(s, 0), 2);
    assert_int_equal(seen_offset(s, 3), 301);
    assert_int_equal(seen_offset(s, 1), -2);
    assert_int_equal(seen_offset(s, 2), -2);
    free(s);
}

/* offsets.h: foreach "calls fn for every assigned partition". A consumer may well own
 * more than a thousand partitions of a large topic. */
static void test_foreach_many_partitions(void **state)
{
    offset_tracker *t = *state;
    const int32_t n = 1500;
    for (int32_t p = 0; p < n; p++) {
        assert_int_equal(offset_tracker_assign(t, p), 0);
        assert_int_equal(offset_tracker_add(t, p, 41), 0);
        assert_int_equal(offset_tracker_done(t, p, 41), 0);
    }
    seen *s = calloc(1, sizeof *s);
    assert_non_null(s);
    offset_tracker_foreach(t, collect, s);
    size_t got = s->n;
    free(s);
    if (got != (size_t)n)
        fail_msg("foreach reported %zu of %d partitions with committable offsets", got, n);
}

/* Growth of the ring while its head is not at index 0, then out-of-order completion
 * that needs the binary search to handle the wrapped layout. */
static void test_ring_wrap_and_growth(void **state)
{
    offset_tracker *t = *state;
    assert_int_equal(offset_tracker_assign(t, 0), 0);
    int64_t next = 0, lowest = 0;
    for (int round = 0; round < 50; round++) {
        for (int k = 0; k < 37 + round; k++)
            assert_int_equal(offset_tracker_add(t, 0, next++ * 3), 0);
        /* finish the newer half backwards, then the older half forwards */
        int64_t inflight = next - lowest, half = inflight / 2;
        for (int64_t o = next - 1; o >= lowest + half; o--)
            assert_int_equal(offset_tracker_done(t, 0, o * 3), 0);
        assert_int_equal(offset_tracker_committable(t, 0), lowest > 0 ? (lowest - 1) * 3 + 1 : -1);
        for (int64_t o = lowest; o < lowest + half - 1; o++)
            assert_int_equal(offset_tracker_done(t, 0, o * 3), 0);
        /* one left in flight at the head of the ring, blocking the rest */
        lowest += half - 1;
        assert_int_equal(offset_tracker_committable(t, 0), (lowest - 1) * 3 + 1);
        assert_int_equal(offset_tracker_inflight(t, 0), (size_t)(next - lowest));
        assert_int_equal(offset_tracker_done(t, 0, lowest * 3), 0);
        lowest = next;
        assert_int_equal(offset_tracker_committable(t, 0), (next - 1) * 3 + 1);
        assert_int_equal(offset_tracker_inflight(t, 0), 0);
    }
}

/* Random operations on a few partitions against a model: an array of consumed offsets
 * with a done flag, committable = offset after the longest finished prefix. */
#define MODEL_MAX 4096
typedef struct model_part {
    int64_t off[MODEL_MAX];
    int done[MODEL_MAX];
    size_t n, head;
    int64_t committable, next;
} model_part;

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void test_random_against_model(void **state)
{
    offset_tracker *t = *state;
    enum { NP = 3 };
    model_part *m = calloc(NP, sizeof *m);
    assert_non_null(m);
    for (int32_t p = 0; p < NP; p++) {
        assert_int_equal(offset_tracker_assign(t, p), 0);
        m[p].committable = -1;
    }
    for (int step = 0; step < 60000; step++) {
        int32_t p = (int32_t)(rnd() % NP);
        model_part *mp = &m[p];
        uint64_t op = rnd() % 100;
        if (op < 45 && mp->n < MODEL_MAX) {
            mp->next += 1 + (int64_t)(rnd() % 3); /* gaps of 0..2 */
            mp->off[mp->n] = mp->next;
            mp->done[mp->n++] = 0;
            assert_int_equal(offset_tracker_add(t, p, mp->next), 0);
        } else if (op < 95 && mp->n > mp->head) {
            /* finish a random unfinished offset, biased towards old ones */
            size_t span = mp->n - mp->head, i = mp->head + (size_t)(rnd() % span);
            if (rnd() % 2)
                i = mp->head + (size_t)(rnd() % (span < 8 ? span : 8));
            int rc = offset_tracker_done(t, p, mp->off[i]);
            if (mp->done[i]) {
                (void)rc; /* finishing twice is not specified beyond "no harm" */
            } else {
                assert_int_equal(rc, 0);
                mp->done[i] = 1;
            }
            while (mp->head < mp->n && mp->done[mp->head])
                mp->committable = mp->off[mp->head++] + 1;
        } else if (op < 97) {
            /* an offset never consumed (in a gap, or beyond) is unknown */
            assert_int_equal(offset_tracker_done(t, p, mp->next + 1), -1);
        } else if (op == 99 && mp->n == MODEL_MAX) {
            offset_tracker_revoke(t, p);
            assert_int_equal(offset_tracker_assign(t, p), 0);
            memset(mp, 0, sizeof *mp);
            mp->committable = -1;
        }
        assert_int_equal(offset_tracker_committable(t, p), mp->committable);
        assert_int_equal(offset_tracker_inflight(t, p), mp->n - mp->head);
    }
    size_t total = 0;
    for (int32_t p = 0; p < NP; p++)
        total += m[p].n - m[p].head;
    assert_int_equal(offset_tracker_inflight(t, -1), total);
    free(m);
}

/* Delivery callbacks finish offsets from other threads than the consumer's. */
typedef struct worker {
    offset_tracker *t;
    int32_t partition;
    int64_t from, to, step;
} worker;

static void *finish_range(void *arg)
{
    worker *w = arg;
    for (int64_t o = w->from; o < w->to; o += w->step)
        if (offset_tracker_done(w->t, w->partition, o) != 0)
            return (void *)1;
    return NULL;
}

static void test_threads(void **state)
{
    offset_tracker *t = *state;
    enum { N = 20000, W = 4 };
    for (int32_t p = 0; p < 2; p++) {
        assert_int_equal(offset_tracker_assign(t, p), 0);
        for (int64_t o = 0; o < N; o++)
            assert_int_equal(offset_tracker_add(t, p, o), 0);
    }
    pthread_t th[2 * W];
    worker w[2 * W];
    for (int i = 0; i < 2 * W; i++) {
        /* interleaved stripes: every worker's progress depends on the others */
        w[i] = (worker){t, (int32_t)(i / W), i % W, N, W};
        assert_int_equal(pthread_create(&th[i], NULL, finish_range, &w[i]), 0);
    }
    int64_t last = -1;
    for (int k = 0; k < 1000; k++) {
        int64_t c = offset_tracker_committable(t, 0);
        assert_true(c >= last); /* never moves backwards */
        last = c;
        (void)offset_tracker_inflight(t, -1);
    }
    for (int i = 0; i < 2 * W; i++) {
        void *ret;
        assert_int_equal(pthread_join(th[i], &ret), 0);
        assert_null(ret);
    }
    assert_int_equal(offset_tracker_committable(t, 0), N);
    assert_int_equal(offset_tracker_committable(t, 1), N);
    assert_int_equal(offset_tracker_inflight(t, -1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
        cmocka_unit_test(test_new_destroy),
        T(test_assign_idempotent),
        T(test_unassigned_partition),
        T(test_contiguous),
        T(test_out_of_order),
        T(test_gaps),
        T(test_revoke_drops_state),
        T(test_add_must_increase),
        T(test_done_unknown_or_twice),
        T(test_inflight_counts),
        T(test_foreach),
        T(test_foreach_many_partitions),
        T(test_ring_wrap_and_growth),
        T(test_random_against_model),
        T(test_threads),
#undef T
    };
    return cmocka_run_group_tests_name("offsets", tests, NULL, NULL);
}
