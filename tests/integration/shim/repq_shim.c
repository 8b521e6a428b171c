/* repq_shim.c - fault injection for tests/integration/test_rep_queue.py, loaded into
 * parleyd with LD_PRELOAD. It widens a race that a loaded machine hits rarely: parleyd
 * reads its repartition partitions from a queue of their own (rd_kafka_queue_forward), and
 * a message fetched before that forward takes effect arrives on the consumer queue.
 *
 *   REPQ_SHIM=slow-assign  an assignment that includes a repartition partition returns
 *                            REPQ_SHIM_MS (300) ms late, as if the thread was descheduled
 *   REPQ_SHIM=late-forward as slow-assign, and forwarding does nothing until that
 *                            assignment has returned (as when a fetch of an earlier
 *                            assignment stops and clears a forward made before it)
 *   REPQ_SHIM=no-forward   queue forwarding does nothing: every repartition message
 *                            arrives on the consumer queue
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <librdkafka/rdkafka.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int mode_is(const char *m)
{
    const char *v = getenv("REPQ_SHIM");
    return v && strcmp(v, m) == 0;
}

static int has_repartition(const rd_kafka_topic_partition_list_t *parts)
{
    static const char sfx[] = ".repartition";
    for (int i = 0; parts && i < parts->cnt; i++) {
        size_t n = strlen(parts->elems[i].topic);
        if (n >= sizeof sfx - 1 && strcmp(parts->elems[i].topic + n - (sizeof sfx - 1), sfx) == 0)
            return 1;
    }
    return 0;
}

static int assigned; /* late-forward: an assignment with a repartition partition returned */

static void late(const rd_kafka_topic_partition_list_t *parts)
{
    if (!(mode_is("slow-assign") || mode_is("late-forward")) || !has_repartition(parts))
        return;
    const char *ms = getenv("REPQ_SHIM_MS");
    long n = ms ? strtol(ms, NULL, 10) : 300;
    struct timespec ts = {n / 1000, (n % 1000) * 1000000L};
    nanosleep(&ts, NULL);
    assigned = 1;
}

rd_kafka_resp_err_t rd_kafka_assign(rd_kafka_t *rk, const rd_kafka_topic_partition_list_t *parts)
{
    rd_kafka_resp_err_t (*real)(rd_kafka_t *, const rd_kafka_topic_partition_list_t *) =
        (rd_kafka_resp_err_t(*)(rd_kafka_t *, const rd_kafka_topic_partition_list_t *))dlsym(
            RTLD_NEXT, "rd_kafka_assign");
    rd_kafka_resp_err_t err = real(rk, parts);
    late(parts);
    return err;
}

rd_kafka_error_t *rd_kafka_incremental_assign(rd_kafka_t *rk,
                                              const rd_kafka_topic_partition_list_t *parts)
{
    rd_kafka_error_t *(*real)(rd_kafka_t *, const rd_kafka_topic_partition_list_t *) =
        (rd_kafka_error_t * (*)(rd_kafka_t *, const rd_kafka_topic_partition_list_t *))
            dlsym(RTLD_NEXT, "rd_kafka_incremental_assign");
    rd_kafka_error_t *e = real(rk, parts);
    late(parts);
    return e;
}

void rd_kafka_queue_forward(rd_kafka_queue_t *src, rd_kafka_queue_t *dst)
{
    void (*real)(rd_kafka_queue_t *, rd_kafka_queue_t *) =
        (void (*)(rd_kafka_queue_t *, rd_kafka_queue_t *))dlsym(RTLD_NEXT,
                                                                 "rd_kafka_queue_forward");
    if (dst && (mode_is("no-forward") || (mode_is("late-forward") && !assigned)))
        return;
    real(src, dst);
}
