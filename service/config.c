/* config.c - properties-file parser, environment and -X overrides, the key table,
 * and the bridge to librdkafka's own configuration. */
#include "config.h"
#include "log.h"
#include "output.h"
#include "rules.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 8192
#define MAX_VALUE 8192

/* clang-format off */
static const pconfig_key table[] = {
    {"topic.input", PCT_STRING, "articles", 0, 0, NULL, "Input topic of article messages."},
    {"topic.events", PCT_STRING, "contact-events", 0, 0, NULL, "Output topic for every event record."},
    {"topic.alerts", PCT_STRING, "contact-alerts", 0, 0, NULL, "Output topic for records matching alert rules."},
    {"topic.dlq", PCT_STRING, "articles.dlq", 0, 0, NULL, "Dead-letter topic for messages that cannot be decoded."},
    {"topic.events.template", PCT_STRING, "", 0, 0, NULL,
     "Optional per-type/per-status topics: each record is also published to this topic name with {type} and {status} filled in (e.g. contact-{type}); empty = off."},
    {"output.key", PCT_ENUM, "dyad", 0, 0, "dyad|event_id|cluster_key|source_country",
     "Key of event and alert records: the sorted country pair, the event id, the cross-article cluster key, or the source actor's country."},
    {"output.cloudevents", PCT_ENUM, "binary", 0, 0, "binary|structured",
     "CloudEvents 1.0 mode: binary (record as value, ce_* headers) or structured (JSON envelope with the record as data)."},
    {"output.ce.source", PCT_STRING, "parleyd", 0, 0, NULL, "CloudEvents source attribute of every record."},
    {"dedup.enabled", PCT_BOOL, "true", 0, 0, NULL,
     "Cross-article state: records of one real-world event (same cluster_key) from different articles are marked first_report / duplicate_of, and alerts fire once per event and status. Uses the internal topics <group.id>.repartition and <group.id>.clusters (compacted)."},
    {"dedup.window.ms", PCT_INT, "259200000", 60000, 31536000000, NULL,
     "Reports of one cluster_key whose publication times are farther apart than this are different events (default 72 h)."},
    {"dedup.max.clusters", PCT_INT, "20000", 100, 10000000, NULL,
     "Cross-article entries kept per partition of the repartition topic; the least recently reported are dropped beyond it."},
    {"dedup.alert.mode", PCT_ENUM, "once_per_status", 0, 0, "once_per_status|every_report",
     "once_per_status: an alert fires once per event and status (a planned meeting later cancelled alerts again; a fourth outlet reporting it does not). every_report: every matching record alerts."},
    {"internal.compression.type", PCT_ENUM, "snappy", 0, 0, "inherit|none|lz4|zstd|snappy|gzip",
     "Compression of the internal topics (<group.id>.repartition and .clusters), which parleyd reads back at once; inherit = producer.compression.type. snappy (the default) against lz4, measured at 250 3 KB articles/s with librdkafka 2.0.2: parleyd 3-8 % less CPU, the broker the same; none takes ~4x the bytes on the broker."},
    {"dedup.partitions", PCT_INT, "0", 0, 10000, NULL,
     "Partitions of the internal topics when Parley creates them; 0 = as many as the input topic."},
    {"internal.purge.interval.ms", PCT_INT, "30000", 0, 86400000, NULL,
     "Every this often, the records of the assigned partitions of <group.id>.repartition below the group's committed offsets are deleted (Kafka's DeleteRecords, as Kafka Streams purges its repartition topics; the principal needs DELETE on the topic); 0 = never (the topic's retention.ms, 7 days when Parley creates it, still applies)."},
    {"dedup.local.enabled", PCT_BOOL, "true", 0, 0, NULL,
     "Records and manifests bound for a partition of <group.id>.repartition that this instance owns are decided in-process, in the article's job, instead of through the topic (their events, alerts and changelog writes join the article's outputs, so its offset waits for them, or they share its transaction); the others travel through the topic as before. With one instance nothing goes through the topic; with n, about 1/n is decided here. false: everything through the topic, as Kafka Streams does. Needs a deterministic producer.partitioner."},
    {"internal.bundle.enabled", PCT_BOOL, "true", 0, 0, NULL,
     "The messages stage A sends for one article to one partition of <group.id>.repartition (its records and its manifest) travel as one Kafka message, a bundle, instead of one message each. Builds from before bundles read one as a bad record and dead-letter it: set false while such instances share the group, true once none is left. Needs a deterministic producer.partitioner (the default murmur2_random is)."},
    {"corrections.enabled", PCT_BOOL, "true", 0, 0, NULL,
     "Corrections (with dedup.enabled): an article id that arrives again with changed text yields its current records and a retraction record (same event_id and status, retracted: true) for each event the new text no longer supports. Each article's events are kept per partition of the repartition topic under the key article:<id> and in the changelog."},
    {"corrections.max.bytes", PCT_INT, "16777216", 65536, 68719476736, NULL,
     "Bytes of memory for the article state of corrections, over all partitions: the records (kept lz4-compressed, ~2.9x: ~1.2 KB per article with two events), keys and event ids, counted as the allocator holds them (its size classes, not the bytes asked for) so that the bound is the store's memory (parley_corrections_bytes, parley_corrections_articles); beyond it the least recently updated articles are forgotten (a correction of a forgotten article retracts nothing)."},
    {"replay.alert.max.age.ms", PCT_INT, "604800000", 0, 31536000000, NULL,
     "Records of articles published longer ago than this (a replay or backfill) are published but raise no alert; 0 = no limit."},
    {"processing.guarantee", PCT_ENUM, "at_least_once", 0, 0, "at_least_once|exactly_once",
     "Delivery guarantee: offsets stored after outputs are acknowledged, or one Kafka transaction per batch."},
    {"processing.threads", PCT_INT, "2", 1, 64, NULL,
     "Worker threads; each input partition is handled by one worker, so its outputs keep input order."},
    {"processing.max.inflight", PCT_INT, "2000", 1, 1000000, NULL,
     "Messages consumed but not yet completed before fetching pauses (bounds memory); a bundle of the repartition topic counts as its entries."},
    {"processing.max.inflight.bytes", PCT_INT, "33554432", 65536, 4294967296, NULL,
     "Bytes of consumed-but-unfinished messages before fetching pauses (with processing.max.inflight, bounds memory under large messages)."},
    {"processing.processor", PCT_ENUM, "extract", 0, 0, "extract|passthrough",
     "extract: diplomatic-contact extraction. passthrough: one diagnostic record per article (pipeline tests, benchmarks)."},
    {"processing.transaction.max.messages", PCT_INT, "1000", 1, 1000000, NULL,
     "exactly_once: input messages per transaction at most."},
    {"processing.transaction.max.ms", PCT_INT, "100", 1, 60000, NULL,
     "exactly_once: a transaction is committed after this many milliseconds at most."},
    {"shutdown.timeout.ms", PCT_INT, "30000", 100, 3600000, NULL,
     "SIGTERM/SIGINT: time allowed to drain in-flight work, flush and commit before giving up."},
    {"dlq.retry.backoff.ms", PCT_INT, "1000", 10, 600000, NULL,
     "Back-off before a failed output or dead-letter produce is retried (it is never dropped)."},
    {"article.max.bytes", PCT_INT, "1048576", 64, 104857600, NULL,
     "Messages larger than this go to the dead-letter topic (reason too_large)."},
    {"article.field.id", PCT_STRING, "id", 0, 0, NULL, "JSON field holding the article id (fallback: topic/partition/offset)."},
    {"article.field.text", PCT_STRING, "text,body,content", 0, 0, NULL, "JSON fields tried in order for the article text."},
    {"article.field.url", PCT_STRING, "url", 0, 0, NULL, "JSON field holding the article URL."},
    {"article.field.title", PCT_STRING, "title", 0, 0, NULL, "JSON field holding the title."},
    {"article.field.source", PCT_STRING, "source", 0, 0, NULL, "JSON field holding the source name."},
    {"article.field.published_at", PCT_STRING, "published_at", 0, 0, NULL,
     "JSON field holding the publication time (RFC 3339); fallback: the message timestamp."},
    {"article.field.language", PCT_STRING, "language", 0, 0, NULL, "JSON field holding the language code."},
    {"article.max.depth", PCT_INT, "64", 2, 2048, NULL, "Deepest JSON nesting accepted in an article message (jansson parses at most 2048)."},
    {"extract.actors.file", PCT_STRING, "", 0, 0, NULL,
     "User actor dictionary (UTF-8 TSV: name, aliases, country, sector, valid_from, valid_to, title); extends or overrides the built-in one. Read at start-up: a bad line stops check-config and run with file:line."},
    {"extract.data.dir", PCT_STRING, "", 0, 0, NULL,
     "Directory of lexicon files that replace the built-in ones of the same name (analysts' extensions)."},
    {"extract.max.records", PCT_INT, "200", 1, 100000, NULL, "Records per article at most."},
    {"enrich.wikidata.url", PCT_STRING, "", 0, 0, NULL,
     "MediaWiki/Wikibase API endpoint for actor metadata (e.g. https://www.wikidata.org/w/api.php); empty = off, nothing touches the network."},
    {"enrich.nominatim.url", PCT_STRING, "", 0, 0, NULL,
     "Nominatim-compatible /search base URL for places the built-in gazetteer does not know; empty = off."},
    {"enrich.fetch.enabled", PCT_BOOL, "false", 0, 0, NULL,
     "Fetch the page of an article that has a URL but no text (text, title, published time from OpenGraph/JSON-LD/HTML)."},
    {"enrich.user_agent", PCT_STRING, "", 0, 0, NULL,
     "User-Agent for every request; empty = a built-in descriptive one. Public services want a contact address in it."},
    {"enrich.ca.file", PCT_STRING, "", 0, 0, NULL,
     "CA bundle for TLS verification (always on); empty = the system's."},
    {"enrich.connect.timeout.ms", PCT_INT, "2000", 1, 60000, NULL,
     "Connect timeout per HTTP attempt."},
    {"enrich.timeout.ms", PCT_INT, "5000", 1, 120000, NULL,
     "Total timeout per HTTP attempt."},
    {"enrich.budget.ms", PCT_INT, "2000", 1, 600000, NULL,
     "Time budget for enriching one article's records; when it runs out the records go out with enrichment.status partial or failed."},
    {"enrich.background.queue", PCT_INT, "1000", 0, 1000000, NULL,
     "Slow-backend mode: when a backend's lookups run out of enrich.budget.ms (or take more than half of it), calls stop waiting for it; cache hits are used, misses are queued (at most this many) for a background thread that fills the cache, and records go out partial/failed with the reason. 0 = off: calls always wait up to the budget."},
    {"enrich.background.budget.ms", PCT_INT, "0", 0, 600000, NULL,
     "Time budget of one batch of background lookups; 0 = 10 x enrich.budget.ms, at least 10 s."},
    {"enrich.fetch.budget.ms", PCT_INT, "10000", 1, 600000, NULL,
     "Time budget for fetching one article page."},
    {"enrich.max.body.bytes", PCT_INT, "8388608", 1024, 268435456, NULL,
     "Largest HTTP response body read."},
    {"enrich.fetch.max.text.bytes", PCT_INT, "1048576", 1024, 67108864, NULL,
     "Largest article text taken from a fetched page."},
    {"enrich.fetch.max.redirects", PCT_INT, "5", 0, 20, NULL,
     "Redirects followed when fetching a page (each target is checked again)."},
    {"enrich.fetch.allow.private", PCT_BOOL, "false", 0, 0, NULL,
     "Allow fetching from loopback, private and link-local addresses (SSRF protection off)."},
    {"enrich.fetch.allow.nets", PCT_STRING, "", 0, 0, NULL,
     "Comma-separated CIDRs exempt from the SSRF refusal (e.g. an internal mirror)."},
    {"enrich.cache.max.bytes", PCT_INT, "67108864", 4096, 4294967296, NULL,
     "Bound of the in-memory LRU cache of lookups."},
    {"enrich.cache.ttl.s", PCT_INT, "86400", 1, 2592000, NULL,
     "Lifetime of a cached answer."},
    {"enrich.cache.negative.ttl.s", PCT_INT, "3600", 1, 2592000, NULL,
     "Lifetime of a cached negative answer (missing, no hits, ambiguous)."},
    {"enrich.wikidata.concurrency", PCT_INT, "1", 1, 16, NULL,
     "Requests in flight to the Wikidata host (Wikidata asks for serial requests)."},
    {"enrich.wikidata.rate.per.s", PCT_INT, "0", 0, 100, NULL,
     "Request starts per second to the Wikidata host; 0 = no limit besides concurrency."},
    {"enrich.wikidata.maxlag.s", PCT_INT, "5", 1, 60, NULL,
     "maxlag sent to MediaWiki; a maxlag answer is retried after Retry-After."},
    {"enrich.nominatim.concurrency", PCT_INT, "1", 1, 16, NULL,
     "Requests in flight to the Nominatim host."},
    {"enrich.nominatim.rate.per.s", PCT_INT, "1", 0, 100, NULL,
     "Request starts per second to the Nominatim host (its policy: at most 1); 0 = no limit."},
    {"enrich.fetch.concurrency", PCT_INT, "2", 1, 64, NULL,
     "Page fetches in flight per article host."},
    {"enrich.retries", PCT_INT, "2", 0, 10, NULL,
     "Extra attempts on timeouts, 5xx, 429 and maxlag (capped exponential back-off with jitter)."},
    {"enrich.backoff.base.ms", PCT_INT, "200", 1, 60000, NULL,
     "First retry back-off."},
    {"enrich.backoff.max.ms", PCT_INT, "5000", 1, 60000, NULL,
     "Largest retry back-off."},
    {"enrich.breaker.failures", PCT_INT, "5", 1, 1000, NULL,
     "Consecutive failures that open a host's circuit breaker."},
    {"enrich.breaker.open.ms", PCT_INT, "30000", 100, 3600000, NULL,
     "Time a breaker stays open before one trial request."},
    {"metrics.listen", PCT_STRING, "", 0, 0, NULL, "host:port of the metrics and health endpoint; empty = off."},
    {"log.level", PCT_ENUM, "info", 0, 0, "debug|info|warn|error", "Lowest level logged (JSON lines on stderr)."},
    {NULL, PCT_STRING, NULL, 0, 0, NULL, NULL},
};
/* clang-format on */

/* librdkafka settings Parley changes from librdkafka's defaults (users may override). */
static const char *consumer_defaults[][2] = {
    {"bootstrap.servers", "127.0.0.1:9092"},
    {"group.id", "parley"},
    {"partition.assignment.strategy", "cooperative-sticky"},
    {"enable.auto.offset.store", "false"},
    {"auto.commit.interval.ms", "1000"},
    {"auto.offset.reset", "earliest"},
    /* Prefetch bounds. With the repartition partitions on a queue of their own (see
     * service/pipeline.c), 8 MB of queue and 2 MB per fetch response used 0-30 MB less RSS
     * than 16 MB / 8 MB and were as fast or faster in every benchmark A/B
     * (tests/bench/README.md, 2026-11-29). */
    {"queued.max.messages.kbytes", "8192"},
    {"fetch.max.bytes", "2097152"},
    /* One fetch request per broker carries the input and the repartition partitions:
     * when those it asks for have nothing yet, the broker holds it this long while the
     * others' data waits (librdkafka's default, 500 ms, halved the throughput and sets
     * the latency floor). */
    {"fetch.wait.max.ms", "10"},
    /* TCP_NODELAY, as the Java clients always set it: librdkafka 2.0's default keeps Nagle
     * on, which may hold a small request back behind an unacknowledged one. */
    {"socket.nagle.disable", "true"},
    {"client.id", "parleyd"},
    {NULL, NULL},
};
static const char *producer_defaults[][2] = {
    {"bootstrap.servers", "127.0.0.1:9092"},
    {"enable.idempotence", "true"},
    {"acks", "all"},
    {"linger.ms", "5"},
    {"queue.buffering.max.kbytes", "16384"},
    {"compression.type", "lz4"},
    {"partitioner", "murmur2_random"}, /* the Java client's: keys co-partition with Kafka Streams */
    {"socket.nagle.disable", "true"},  /* as the consumer's, above */
    {"client.id", "parleyd"},
    {NULL, NULL},
};

typedef struct entry {
    char *key, *value, *origin;
} entry;

struct pconfig {
    entry *v;
    size_t n, cap;
};

const pconfig_key *pconfig_table(void)
{
    return table;
}

static const pconfig_key *find_key(const char *name)
{
    for (const pconfig_key *k = table; k->name; k++)
        if (strcmp(k->name, name) == 0)
            return k;
    return NULL;
}

static int is_passthrough(const char *key)
{
    return strncmp(key, "kafka.", 6) == 0 || strncmp(key, "consumer.", 9) == 0 ||
           strncmp(key, "producer.", 9) == 0;
}

pconfig *pconfig_new(void)
{
    return calloc(1, sizeof(pconfig));
}

void pconfig_destroy(pconfig *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].key);
        free(c->v[i].value);
        free(c->v[i].origin);
    }
    free(c->v);
    free(c);
}

static const entry *lookup(const pconfig *c, const char *key)
{
    for (size_t i = c->n; i > 0; i--)
        if (strcmp(c->v[i - 1].key, key) == 0)
            return &c->v[i - 1];
    return NULL;
}

static int check_value(const pconfig_key *k, const char *val, char *why, size_t whylen)
{
    char *end;
    switch (k->type) {
    case PCT_STRING:
        return 0;
    case PCT_INT: {
        errno = 0;
        long long x = strtoll(val, &end, 10);
        if (errno || end == val || *end) {
            snprintf(why, whylen, "%s: '%s' is not an integer", k->name, val);
            return -1;
        }
        if ((double)x < k->min || (double)x > k->max) {
            snprintf(why, whylen, "%s: %lld is out of range [%.0f, %.0f]", k->name, x, k->min,
                     k->max);
            return -1;
        }
        return 0;
    }
    case PCT_DOUBLE: {
        errno = 0;
        double x = strtod(val, &end);
        if (errno || end == val || *end || isnan(x)) {
            snprintf(why, whylen, "%s: '%s' is not a number", k->name, val);
            return -1;
        }
        if (x < k->min || x > k->max) {
            snprintf(why, whylen, "%s: %g is out of range [%g, %g]", k->name, x, k->min, k->max);
            return -1;
        }
        return 0;
    }
    case PCT_BOOL:
        if (!strcmp(val, "true") || !strcmp(val, "false") || !strcmp(val, "1") ||
            !strcmp(val, "0") || !strcmp(val, "yes") || !strcmp(val, "no"))
            return 0;
        snprintf(why, whylen, "%s: '%s' is not a boolean (true|false)", k->name, val);
        return -1;
    case PCT_ENUM: {
        size_t n = strlen(val);
        for (const char *p = k->choices; p && *p;) {
            const char *bar = strchr(p, '|');
            size_t len = bar ? (size_t)(bar - p) : strlen(p);
            if (len == n && strncmp(p, val, n) == 0)
                return 0;
            p = bar ? bar + 1 : NULL;
        }
        snprintf(why, whylen, "%s: '%s' is not one of %s", k->name, val, k->choices);
        return -1;
    }
    }
    return -1;
}

/* alert.<name>.<field>: splits into name and field; 0 when the key has that shape. */
static int alert_key(const char *key, char *name, size_t namecap, const char **field)
{
    if (strncmp(key, "alert.", 6) != 0)
        return -1;
    const char *n = key + 6, *dot = strrchr(key, '.');
    if (dot <= n || (size_t)(dot - n) >= namecap)
        return -1;
    for (const char *p = n; p < dot; p++)
        if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '-'))
            return -1;
    memcpy(name, n, (size_t)(dot - n));
    name[dot - n] = '\0';
    *field = dot + 1;
    return 0;
}

int pconfig_set(pconfig *c, const char *key, const char *value, const char *origin, char *err,
                size_t errlen)
{
    const pconfig_key *k = find_key(key);
    char why[512], rname[128];
    const char *rfield;
    if (!k && strncmp(key, "alert.", 6) == 0) {
        if (alert_key(key, rname, sizeof rname, &rfield) != 0) {
            snprintf(err, errlen, "%s: '%s' is not alert.<name>.<field> (name: letters, digits, _ -)",
                     origin, key);
            return -1;
        }
        if (alert_rule_check(rfield, value, why, sizeof why) != 0) {
            snprintf(err, errlen, "%s: alert rule '%s': %s", origin, rname, why);
            return -1;
        }
    } else if (!k && !is_passthrough(key)) {
        snprintf(err, errlen, "%s: unknown configuration key '%s'", origin, key);
        return -1;
    }
    if (k && check_value(k, value, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: %s", origin, why);
        return -1;
    }
    if (is_passthrough(key) && strchr(key, '.')[1] == '\0') {
        snprintf(err, errlen, "%s: '%s' names no librdkafka property", origin, key);
        return -1;
    }
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 32;
        entry *nv = realloc(c->v, ncap * sizeof *nv);
        if (!nv) {
            snprintf(err, errlen, "%s: out of memory", origin);
            return -1;
        }
        c->v = nv;
        c->cap = ncap;
    }
    entry *e = &c->v[c->n];
    e->key = strdup(key);
    e->value = strdup(value);
    e->origin = strdup(origin);
    if (!e->key || !e->value || !e->origin) {
        free(e->key);
        free(e->value);
        free(e->origin);
        snprintf(err, errlen, "%s: out of memory", origin);
        return -1;
    }
    c->n++;
    return 0;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Expands ${VAR} and ${VAR:-default} into out (cap bytes). "$$" is a literal '$'. */
static int expand(const char *in, char *out, size_t cap, char *why, size_t whylen)
{
    size_t o = 0;
    char name[256]; /* outlives the loop body: a default value points into it */
    for (size_t i = 0; in[i];) {
        const char *piece;
        size_t plen;
        if (in[i] == '$' && in[i + 1] == '$') {
            piece = "$";
            plen = 1;
            i += 2;
        } else if (in[i] == '$' && in[i + 1] == '{') {
            const char *close = strchr(in + i + 2, '}');
            if (!close) {
                snprintf(why, whylen, "unterminated '${' in value");
                return -1;
            }
            size_t nlen = (size_t)(close - (in + i + 2));
            if (nlen == 0 || nlen >= sizeof name) {
                snprintf(why, whylen, "bad variable reference");
                return -1;
            }
            memcpy(name, in + i + 2, nlen);
            name[nlen] = '\0';
            const char *def = NULL;
            char *dash = strstr(name, ":-");
            if (dash) {
                *dash = '\0';
                def = dash + 2;
            }
            for (const char *p = name; *p; p++) {
                if (!(isalnum((unsigned char)*p) || *p == '_')) {
                    snprintf(why, whylen, "bad variable name '%s'", name);
                    return -1;
                }
            }
            const char *val = getenv(name);
            if (!val || (dash && !*val))
                val = def;
            if (!val) {
                snprintf(why, whylen, "environment variable '%.100s' is not set (use ${%.100s:-default})",
                         name, name);
                return -1;
            }
            piece = val;
            plen = strlen(val);
            i = (size_t)(close - in) + 1;
        } else {
            piece = in + i;
            plen = 1;
            i++;
        }
        if (o + plen >= cap) {
            snprintf(why, whylen, "value longer than %zu bytes", cap - 1);
            return -1;
        }
        memcpy(out + o, piece, plen);
        o += plen;
    }
    out[o] = '\0';
    return 0;
}

int pconfig_load_file(pconfig *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    char line[MAX_LINE], value[MAX_VALUE], origin[1200], why[512];
    int lineno = 0, rc = -1;
    if (!f) {
        snprintf(err, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        lineno++;
        snprintf(origin, sizeof origin, "%s:%d", path, lineno);
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            snprintf(err, errlen, "%s: line longer than %d bytes", origin, MAX_LINE - 2);
            goto out;
        }
        char *s = trim(line);
        if (*s == '\0' || *s == '#' || *s == '!')
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(err, errlen, "%s: expected key=value", origin);
            goto out;
        }
        *eq = '\0';
        char *key = trim(s), *val = trim(eq + 1);
        if (!*key) {
            snprintf(err, errlen, "%s: empty key", origin);
            goto out;
        }
        if (expand(val, value, sizeof value, why, sizeof why) != 0) {
            snprintf(err, errlen, "%s: %s: %s", origin, key, why);
            goto out;
        }
        if (pconfig_set(c, key, value, origin, err, errlen) != 0)
            goto out;
    }
    if (ferror(f)) {
        snprintf(err, errlen, "%s:%d: read error", path, lineno);
        goto out;
    }
    rc = 0;
out:
    fclose(f);
    return rc;
}

/* PARLEY_TOPIC_INPUT -> topic.input; PARLEY_KAFKA_BOOTSTRAP_SERVERS ->
 * kafka.bootstrap.servers. Parley's own keys are matched against the table (their
 * names may contain '.', '-' and '_'); passthrough keys map '_' to '.'. */
static void env_name(const char *key, char *out, size_t cap)
{
    size_t o = 0;
    for (const char *p = "PARLEY_"; *p && o + 1 < cap; p++)
        out[o++] = *p;
    for (const char *p = key; *p && o + 1 < cap; p++)
        out[o++] = (*p == '.' || *p == '-') ? '_' : (char)toupper((unsigned char)*p);
    out[o] = '\0';
}

int pconfig_load_env(pconfig *c, char *const *envp, char *err, size_t errlen)
{
    char name[256], key[256], origin[300];
    for (char *const *e = envp; e && *e; e++) {
        if (strncmp(*e, "PARLEY_", 7) != 0)
            continue;
        const char *eq = strchr(*e, '=');
        if (!eq || (size_t)(eq - *e) >= sizeof name)
            continue;
        memcpy(name, *e, (size_t)(eq - *e));
        name[eq - *e] = '\0';
        snprintf(origin, sizeof origin, "environment %s", name);
        key[0] = '\0';
        for (const pconfig_key *k = table; k->name; k++) {
            char en[256];
            env_name(k->name, en, sizeof en);
            if (strcmp(en, name) == 0) {
                snprintf(key, sizeof key, "%s", k->name);
                break;
            }
        }
        if (!key[0]) {
            const char *prefixes[] = {"KAFKA_", "CONSUMER_", "PRODUCER_"};
            for (size_t i = 0; i < 3; i++) {
                size_t pl = strlen(prefixes[i]);
                if (strncmp(name + 7, prefixes[i], pl) == 0) {
                    size_t o = 0;
                    for (const char *p = name + 7; *p && o + 1 < sizeof key; p++)
                        key[o++] = *p == '_' ? '.' : (char)tolower((unsigned char)*p);
                    key[o] = '\0';
                    break;
                }
            }
        }
        if (!key[0] && strncmp(name + 7, "ALERT_", 6) == 0) {
            /* PARLEY_ALERT_<NAME>_<FIELD>; the field is matched from the end. */
            static const char *fields[] = {"MIN_CONFIDENCE", "COUNTRIES", "ACTORS", "TYPES",
                                           "STATUSES"};
            const char *rest = name + 13;
            size_t rl = strlen(rest);
            for (size_t f = 0; f < 5; f++) {
                size_t fl = strlen(fields[f]);
                if (rl > fl + 1 && rest[rl - fl - 1] == '_' && !strcmp(rest + rl - fl, fields[f])) {
                    size_t o = (size_t)snprintf(key, sizeof key, "alert.");
                    for (size_t q = 0; q < rl - fl - 1 && o + 1 < sizeof key; q++)
                        key[o++] = (char)tolower((unsigned char)rest[q]);
                    key[o++] = '.';
                    for (size_t q = 0; q < fl && o + 1 < sizeof key; q++)
                        key[o++] = (char)tolower((unsigned char)fields[f][q]);
                    key[o] = '\0';
                    break;
                }
            }
        }
        if (!key[0]) {
            snprintf(err, errlen, "%s: unknown configuration key (no Parley key maps to it)",
                     origin);
            return -1;
        }
        if (pconfig_set(c, key, eq + 1, origin, err, errlen) != 0)
            return -1;
    }
    return 0;
}

int pconfig_set_arg(pconfig *c, const char *kv, char *err, size_t errlen)
{
    char key[256], origin[300];
    const char *eq = strchr(kv, '=');
    if (!eq || eq == kv || (size_t)(eq - kv) >= sizeof key) {
        snprintf(err, errlen, "-X %s: expected key=value", kv);
        return -1;
    }
    memcpy(key, kv, (size_t)(eq - kv));
    key[eq - kv] = '\0';
    snprintf(origin, sizeof origin, "-X %s", key);
    return pconfig_set(c, key, eq + 1, origin, err, errlen);
}

static const char *value_of(const pconfig *c, const char *key, const char **origin)
{
    const entry *e = lookup(c, key);
    if (e) {
        if (origin)
            *origin = e->origin;
        return e->value;
    }
    const pconfig_key *k = find_key(key);
    if (origin)
        *origin = "default";
    return k ? k->def : NULL;
}

const char *pconfig_str(const pconfig *c, const char *key)
{
    const char *v = value_of(c, key, NULL);
    if (!v || !find_key(key)) {
        fprintf(stderr, "parleyd: bug: configuration key '%s' is not in the table\n", key);
        abort();
    }
    return v;
}

int64_t pconfig_int(const pconfig *c, const char *key)
{
    return strtoll(pconfig_str(c, key), NULL, 10);
}

double pconfig_double(const pconfig *c, const char *key)
{
    return strtod(pconfig_str(c, key), NULL);
}

int pconfig_bool(const pconfig *c, const char *key)
{
    const char *v = pconfig_str(c, key);
    return !strcmp(v, "true") || !strcmp(v, "1") || !strcmp(v, "yes");
}

rd_kafka_conf_t *pconfig_rdkafka(const pconfig *c, pconfig_client which, char *err,
                                 size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char why[512];
    const char *(*defs)[2] = which == PCONF_CONSUMER ? consumer_defaults : producer_defaults;
    const char *own = which == PCONF_CONSUMER ? "consumer." : "producer.";
    for (size_t i = 0; defs[i][0]; i++) {
        if (rd_kafka_conf_set(conf, defs[i][0], defs[i][1], why, sizeof why) != RD_KAFKA_CONF_OK) {
            snprintf(err, errlen, "default %s: %s", defs[i][0], why);
            goto fail;
        }
    }
    /* kafka.* first, then the client's own prefix, each in the order given. */
    for (int pass = 0; pass < 2; pass++) {
        const char *prefix = pass == 0 ? "kafka." : own;
        size_t pl = strlen(prefix);
        for (size_t i = 0; i < c->n; i++) {
            const entry *e = &c->v[i];
            if (strncmp(e->key, prefix, pl) != 0)
                continue;
            if (rd_kafka_conf_set(conf, e->key + pl, e->value, why, sizeof why) !=
                RD_KAFKA_CONF_OK) {
                snprintf(err, errlen, "%s: %s: %s", e->origin, e->key, why);
                goto fail;
            }
        }
    }
    return conf;
fail:
    rd_kafka_conf_destroy(conf);
    return NULL;
}

int pconfig_validate(const pconfig *c, char *err, size_t errlen)
{
    char why[512];
    const char *origin;
    const char *tmpl = value_of(c, "topic.events.template", &origin);
    if (*tmpl && topic_template_check(tmpl, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: topic.events.template: %s", origin, why);
        return -1;
    }
    for (size_t i = 0; i < c->n; i++) {
        const pconfig_key *k = find_key(c->v[i].key);
        if (k && check_value(k, c->v[i].value, why, sizeof why) != 0) {
            snprintf(err, errlen, "%s: %s", c->v[i].origin, why);
            return -1;
        }
    }
    rd_kafka_conf_t *cc = pconfig_rdkafka(c, PCONF_CONSUMER, err, errlen);
    if (!cc)
        return -1;
    rd_kafka_conf_destroy(cc);
    rd_kafka_conf_t *pc = pconfig_rdkafka(c, PCONF_PRODUCER, err, errlen);
    if (!pc)
        return -1;
    rd_kafka_conf_destroy(pc);
    return 0;
}

alert_rules *pconfig_alert_rules(const pconfig *c, char *err, size_t errlen)
{
    alert_rules *r = alert_rules_new();
    char name[128];
    const char *field;
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < c->n; i++) { /* in order: later settings replace earlier ones */
        if (alert_key(c->v[i].key, name, sizeof name, &field) != 0)
            continue;
        if (alert_rules_set(r, name, field, c->v[i].value) != 0) {
            snprintf(err, errlen, "%s: out of memory", c->v[i].origin);
            alert_rules_destroy(r);
            return NULL;
        }
    }
    return r;
}

static int secret_key(const char *key)
{
    return strstr(key, "password") || strstr(key, "secret") || strstr(key, "token") ||
           strstr(key, "sasl.jaas") || strstr(key, "key.pem") || strstr(key, "credentials");
}

static void print_value(FILE *out, const char *key, const char *val, const char *origin)
{
    char red[MAX_VALUE];
    if (secret_key(key) && *val)
        snprintf(red, sizeof red, "***");
    else
        plog_redact(val, red, sizeof red);
    fprintf(out, "%s=%s  # %s\n", key, red, origin);
}

void pconfig_print(const pconfig *c, FILE *out)
{
    const char *origin;
    fprintf(out, "# Parley's own keys (value  # where it came from)\n");
    for (const pconfig_key *k = table; k->name; k++) {
        const char *v = value_of(c, k->name, &origin);
        print_value(out, k->name, v, origin);
    }
    fprintf(out, "# alert rules (alert.<name>.<field>)\n");
    for (size_t i = 0; i < c->n; i++) {
        const entry *e = &c->v[i];
        if (strncmp(e->key, "alert.", 6) == 0 && lookup(c, e->key) == e)
            print_value(out, e->key, e->value, e->origin);
    }
    fprintf(out, "# librdkafka properties (kafka.* to both clients, consumer.* / producer.* to one)\n");
    for (size_t i = 0; i < c->n; i++) {
        const entry *e = &c->v[i];
        if (!is_passthrough(e->key) || lookup(c, e->key) != e)
            continue;
        print_value(out, e->key, e->value, e->origin);
    }
}

static const char *type_name(pconfig_type t)
{
    switch (t) {
    case PCT_STRING:
        return "string";
    case PCT_INT:
        return "integer";
    case PCT_BOOL:
        return "boolean";
    case PCT_ENUM:
        return "enum";
    case PCT_DOUBLE:
        return "number";
    }
    return "?";
}

void pconfig_print_reference(FILE *out)
{
    fprintf(out, "| key | type | default | range / choices | description |\n");
    fprintf(out, "|---|---|---|---|---|\n");
    for (const pconfig_key *k = table; k->name; k++) {
        char range[128] = "";
        if (k->type == PCT_INT)
            snprintf(range, sizeof range, "%.0f .. %.0f", k->min, k->max);
        else if (k->type == PCT_DOUBLE)
            snprintf(range, sizeof range, "%g .. %g", k->min, k->max);
        else if (k->type == PCT_ENUM)
            snprintf(range, sizeof range, "%s", k->choices);
        fprintf(out, "| `%s` | %s | `%s` | %s | %s |\n", k->name, type_name(k->type), k->def,
                range, k->desc);
    }
    fprintf(out, "\nlibrdkafka defaults Parley changes (override with `kafka.*`, `consumer.*`, "
                 "`producer.*`):\n\n| client | property | Parley default |\n|---|---|---|\n");
    for (size_t i = 0; consumer_defaults[i][0]; i++)
        fprintf(out, "| consumer | `%s` | `%s` |\n", consumer_defaults[i][0], consumer_defaults[i][1]);
    for (size_t i = 0; producer_defaults[i][0]; i++)
        fprintf(out, "| producer | `%s` | `%s` |\n", producer_defaults[i][0], producer_defaults[i][1]);
}
