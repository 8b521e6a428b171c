/* corrections.h - per-article state for corrections: which events each article's latest
 * version supported, so that an article arriving again with changed text can retract
 * the events its new text no longer supports.
 *
 * Stage A sends, besides the records, one "manifest" per article to the repartition
 * topic, keyed "article:<id>" (so every version of an article meets the same partition
 * and the same state table): its event ids in a header, its records as JSON lines in
 * the value. The owner of that partition compares the manifest with the table, hands
 * back the records no longer supported (they become retraction records) and writes the
 * new state to the changelog topic (same partition, same key), from which the table is
 * restored, as the cluster tables are (clusters.h).
 *
 * DESIGN: the answer is idempotent. The state remembers the records the latest change
 * retracted and the identity of the manifest that made it (its article's input position,
 * else its repartition offset: pipeline.c, rep_identity); that manifest processed again
 * (after a crash, same identity) hands them back again: under at_least_once a retraction
 * may repeat, it is never lost. The same article delivered twice retracts nothing. Memory is
 * bounded in bytes for the whole store; beyond it the least recently updated articles
 * are forgotten (a correction of a forgotten article retracts nothing). */
#ifndef PARLEY_CORRECTIONS_H
#define PARLEY_CORRECTIONS_H

#include <stddef.h>
#include <stdint.h>

#define ARTICLE_KEY_PREFIX "article:"

typedef struct article_store article_store;

/* max_bytes: bound on the memory kept (records compressed, keys, ids: the blocks as the
 * allocator holds them), over all partitions (0 = 16 MiB). */
article_store *article_store_new(size_t max_bytes);
void article_store_destroy(article_store *s); /* accepts NULL */

/* The manifest key of an article id: "article:<id>", or "article:#<hash>" for ids too
 * long for a key. Writes at most cap bytes (NUL included); returns the key length. */
size_t article_key(const char *id, char *out, size_t cap);

/* Restoring: applies one changelog message (value NULL = tombstone). -1 when the value
 * cannot be read (it is then ignored, so a bad entry cannot stop a restore). */
int article_store_load(article_store *s, int32_t partition, const char *key, size_t key_len,
                       const void *value, size_t value_len);
void article_store_drop(article_store *s, int32_t partition);
size_t article_store_size(article_store *s, int32_t partition); /* articles kept */
size_t article_store_bytes(article_store *s);                  /* bytes kept, all partitions */
size_t article_store_count(article_store *s);                  /* articles kept, all partitions */

typedef struct article_change {
    char *retracted;      /* JSON lines of the records to retract (NULL: none); caller frees */
    size_t retracted_len;
    size_t nretracted;
    int write;            /* 1: write changelog/changelog_len (NULL: a tombstone) */
    char *changelog;      /* caller frees */
    size_t changelog_len;
} article_change;

/* One version of an article: ids is its event ids, comma-separated ("" when it has no
 * event), lines its records as JSON lines in the same order (one line per id), offset
 * the manifest's offset in the repartition partition. Returns 0, -1 on no memory, -2
 * when ids and lines do not match. */
int article_store_observe(article_store *s, int32_t partition, const char *key, size_t key_len,
                          const char *ids, size_t ids_len, const char *lines, size_t lines_len,
                          int64_t offset, int64_t now_ms, article_change *out);
void article_change_clear(article_change *c);

#endif
