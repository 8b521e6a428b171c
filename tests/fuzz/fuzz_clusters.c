/* fuzz_clusters.c - libFuzzer target for the cross-article state of dedup
 * (service/clusters.c): the input is split at the first NUL byte into a changelog value
 * (restored with cluster_store_load under a key: "k", kept as text, or for inputs of odd
 * length 32 hex digits, the pipeline's form, kept packed) and an event id, which is then
 * observed twice in that cluster. Nothing may crash, leak or read out of bounds; the
 * answer for the same id must be the same both times (within the 32 reports an entry
 * remembers), and for an id that is valid UTF-8
 * (what JSON can carry) the state written to the changelog, restored into a second
 * store, must give a new report the same first report (duplicate_of) as the first store
 * does. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clusters.h"

#include <jansson.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    const char *z = memchr(p, '\0', size);
    size_t n1 = z ? (size_t)(z - p) : size;
    size_t n2 = z ? size - n1 - 1 : 0;
    char *id = malloc(n2 + 1);
    if (!id)
        return 0;
    if (n2)
        memcpy(id, z + 1, n2);
    id[n2] = '\0';

    const char *k = size % 2 ? "0123456789abcdef0123456789abcdef" : "k";
    size_t klen = strlen(k);
    cluster_store *s = cluster_store_new(72LL * 3600 * 1000, 100);
    cluster_store *b = cluster_store_new(72LL * 3600 * 1000, 100);
    if (!s || !b)
        abort();
    cluster_store_load(s, 0, k, klen, p, n1);
    cluster_decision d1, d2, x, y;
    if (cluster_store_observe(s, 0, k, id, "occurred", 0, 1, 7, 0, &d1) != 0)
        abort();
    if (cluster_store_observe(s, 0, k, id, "occurred", 0, 1, 7, 0, &d2) != 0)
        abort();
    /* the same record again: the same answer (an entry remembers the first 32 reports;
     * past them a report seen again counts again) */
    if (d1.report_count <= 32 &&
        (d1.first_report != d2.first_report || d1.report_count != d2.report_count ||
         strcmp(d1.duplicate_of, d2.duplicate_of) != 0))
        abort();
    json_t *as_json = json_stringn(id, n2); /* NULL: not UTF-8, or a NUL inside */
    const char *state = d2.changelog ? d2.changelog : d1.changelog;
    if (!as_json)
        state = NULL;
    json_decref(as_json);
    if (state && cluster_store_load(b, 0, k, klen, state, strlen(state)) != 0)
        abort(); /* what the store writes, it reads */
    if (state) {
        if (cluster_store_observe(s, 0, k, "feed", "planned", 0, 0, 8, 0, &x) != 0 ||
            cluster_store_observe(b, 0, k, "feed", "planned", 0, 0, 8, 0, &y) != 0)
            abort();
        if (x.first_report != y.first_report || strcmp(x.duplicate_of, y.duplicate_of) != 0)
            abort();
        free(x.changelog);
        free(y.changelog);
    }
    free(d1.changelog);
    free(d2.changelog);
    cluster_store_destroy(s);
    cluster_store_destroy(b);
    free(id);
    return 0;
}
