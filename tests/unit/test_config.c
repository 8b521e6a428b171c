/* test_config.c - unit tests of service/config: the key table and its defaults, the
 * properties-file parser with ${ENV} expansion, PARLEY_* environment mapping, -X, the
 * precedence of the three sources, validation errors that name their origin, the
 * librdkafka passthrough and the masked effective-config printout. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

/* Per-test state: a fresh config and the temporary files a test wrote. */
typedef struct fx {
    pconfig *c;
    pconfig *more[2]; /* further configs of a test, freed at teardown even on failure */
    char paths[4][512];
    int npaths;
    char err[1024];
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    f->c = pconfig_new();
    if (!f->c) {
        free(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    for (int i = 0; i < f->npaths; i++)
        unlink(f->paths[i]);
    pconfig_destroy(f->c);
    pconfig_destroy(f->more[0]);
    pconfig_destroy(f->more[1]);
    free(f);
    unsetenv("PARLEY_T_TOPIC");
    unsetenv("PARLEY_T_EMPTY");
    unsetenv("PARLEY_T_UNSET");
    return 0;
}

/* Writes content to a new temporary file and returns its path (removed at teardown). */
static const char *write_tmp(fx *f, const char *content)
{
    assert_true(f->npaths < 4);
    char *p = f->paths[f->npaths++];
    const char *dir = getenv("TMPDIR");
    snprintf(p, sizeof f->paths[0], "%s/parley-test-config-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(p);
    assert_true(fd >= 0);
    size_t len = strlen(content);
    assert_int_equal(write(fd, content, len), (ssize_t)len);
    close(fd);
    return p;
}

/* printf into a new heap string (caller frees). */
static char *strfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *strfmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    assert_true(n >= 0);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* pconfig_print into a heap string (caller frees). */
static char *print_to_string(const pconfig *c)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    pconfig_print(c, m);
    fclose(m);
    return buf;
}

/* Asserts that haystack contains needle, printing both when it does not. */
#define assert_contains(haystack, needle)                                                     \
    do {                                                                                      \
        const char *h_ = (haystack), *n_ = (needle);                                          \
        if (!strstr(h_, n_))                                                                  \
            fail_msg("expected \"%s\" in \"%s\"", n_, h_);                                    \
    } while (0)

#define assert_starts_with(haystack, prefix)                                                  \
    do {                                                                                      \
        const char *h_ = (haystack), *p_ = (prefix);                                          \
        if (strncmp(h_, p_, strlen(p_)) != 0)                                                 \
            fail_msg("expected \"%s\" to start with \"%s\"", h_, p_);                         \
    } while (0)

/* ---- the table and its defaults ---- */

static void test_defaults(void **state)
{
    fx *f = *state;
    assert_string_equal(pconfig_str(f->c, "topic.input"), "articles");
    assert_string_equal(pconfig_str(f->c, "topic.events"), "contact-events");
    assert_string_equal(pconfig_str(f->c, "topic.alerts"), "contact-alerts");
    assert_string_equal(pconfig_str(f->c, "topic.dlq"), "articles.dlq");
    assert_string_equal(pconfig_str(f->c, "processing.guarantee"), "at_least_once");
    assert_string_equal(pconfig_str(f->c, "metrics.listen"), "");
    assert_string_equal(pconfig_str(f->c, "article.field.text"), "text,body,content");
    assert_int_equal(pconfig_int(f->c, "processing.threads"), 2);
    assert_int_equal(pconfig_int(f->c, "article.max.bytes"), 1048576);
    assert_int_equal(pconfig_int(f->c, "article.max.depth"), 64);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);
}

/* Every default must pass its own type and bounds check, names must be unique, and
 * no key may shadow the passthrough prefixes. */
static void test_table_consistent(void **state)
{
    fx *f = *state;
    const pconfig_key *t = pconfig_table();
    size_t n = 0;
    for (const pconfig_key *k = t; k->name; k++, n++) {
        assert_non_null(k->def);
        assert_non_null(k->desc);
        assert_true(k->desc[0] != '\0');
        if (pconfig_set(f->c, k->name, k->def, "default", f->err, sizeof f->err) != 0)
            fail_msg("default of %s rejected: %s", k->name, f->err);
        if (k->type == PCT_INT || k->type == PCT_DOUBLE)
            assert_true(k->min <= k->max);
        if (k->type == PCT_ENUM)
            assert_non_null(k->choices);
        assert_false(strncmp(k->name, "kafka.", 6) == 0);
        assert_false(strncmp(k->name, "consumer.", 9) == 0);
        assert_false(strncmp(k->name, "producer.", 9) == 0);
        for (const pconfig_key *j = t; j < k; j++)
            if (strcmp(j->name, k->name) == 0)
                fail_msg("duplicate key %s", k->name);
    }
    assert_true(n >= 10);
    for (const char *const *fixed = (const char *const[]){"topic.input", "topic.events",
                                                          "topic.alerts", "topic.dlq",
                                                          "processing.guarantee",
                                                          "metrics.listen",
                                                          "extract.actors.file", NULL};
         *fixed; fixed++) {
        const pconfig_key *k = t;
        while (k->name && strcmp(k->name, *fixed) != 0)
            k++;
        if (!k->name)
            fail_msg("contract key %s missing from the table", *fixed);
    }
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);
}

static void test_reference_lists_every_key(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    pconfig_print_reference(m);
    fclose(m);
    for (const pconfig_key *k = pconfig_table(); k->name; k++) {
        char needle[128];
        snprintf(needle, sizeof needle, "| `%s` |", k->name);
        assert_contains(buf, needle);
    }
    assert_contains(buf, "| consumer | `group.id` | `parley` |");
    free(buf);
}

/* ---- properties file ---- */

static void test_file_syntax(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "# a comment\n"
                                 "! also a comment\n"
                                 "\n"
                                 "   \t\n"
                                 "  topic.input   =   news  \n"
                                 "\ttopic.events=\tev\t\n"
                                 "topic.alerts = a=b=c\n"
                                 "topic.dlq=dead # not a comment\n"
                                 "metrics.listen=127.0.0.1:9100\r\n"
                                 "processing.threads = 8\n"
                                 "processing.threads = 4\n"
                                 "log.level=debug");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "topic.input"), "news");
    assert_string_equal(pconfig_str(f->c, "topic.events"), "ev");
    assert_string_equal(pconfig_str(f->c, "topic.alerts"), "a=b=c");
    assert_string_equal(pconfig_str(f->c, "topic.dlq"), "dead # not a comment");
    assert_string_equal(pconfig_str(f->c, "metrics.listen"), "127.0.0.1:9100");
    assert_int_equal(pconfig_int(f->c, "processing.threads"), 4); /* later line wins */
    assert_string_equal(pconfig_str(f->c, "log.level"), "debug");  /* no final newline */
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);

    char *out = print_to_string(f->c);
    char want[1024];
    snprintf(want, sizeof want, "topic.input=news  # %s:5\n", p);
    assert_contains(out, want);
    snprintf(want, sizeof want, "processing.threads=4  # %s:11\n", p);
    assert_contains(out, want);
    assert_contains(out, "topic.input");
    assert_contains(out, "shutdown.timeout.ms=30000  # default\n");
    free(out);
}

static void test_file_empty_value_allowed(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "metrics.listen=\nextract.actors.file =  \n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "metrics.listen"), "");
    assert_string_equal(pconfig_str(f->c, "extract.actors.file"), "");
}

static void test_file_missing(void **state)
{
    fx *f = *state;
    assert_int_equal(
        pconfig_load_file(f->c, "/nonexistent/parley.properties", f->err, sizeof f->err), -1);
    assert_starts_with(f->err, "/nonexistent/parley.properties:0: cannot open");
}

static void test_file_no_equals(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "topic.input=a\n\njust words\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:3: expected key=value", p);
    assert_string_equal(f->err, want);
}

static void test_file_empty_key(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "  = value\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: empty key", p);
    assert_string_equal(f->err, want);
}

static void test_file_unknown_key(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "# typo below\ntopic.input=a\n\ntopic.inptu=b\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:4: unknown configuration key 'topic.inptu'", p);
    assert_string_equal(f->err, want);
}

static void test_file_bad_values_name_line(void **state)
{
    fx *f = *state;
    char want[1024];
    const char *p = write_tmp(f, "processing.threads=2\nprocessing.threads=lots\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:2: processing.threads: 'lots' is not an integer", p);
    assert_string_equal(f->err, want);

    p = write_tmp(f, "\n\nprocessing.guarantee=exactly-once\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:3: processing.guarantee: 'exactly-once' is not one of "
                                "at_least_once|exactly_once", p);
    assert_string_equal(f->err, want);

    p = write_tmp(f, "article.max.bytes=10\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: article.max.bytes: 10 is out of range [64, 104857600]", p);
    assert_string_equal(f->err, want);
}

static void test_file_long_line(void **state)
{
    fx *f = *state;
    size_t n = 9000;
    char *content = malloc(n + 32);
    assert_non_null(content);
    memcpy(content, "topic.input=", 12);
    memset(content + 12, 'x', n);
    memcpy(content + 12 + n, "\n", 2);
    const char *p = write_tmp(f, content);
    free(content);
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: line longer than", p);
    assert_starts_with(f->err, want);
}

/* ---- ${ENV} expansion ---- */

static void test_expand_env(void **state)
{
    fx *f = *state;
    setenv("PARLEY_T_TOPIC", "news", 1);
    setenv("PARLEY_T_EMPTY", "", 1);
    unsetenv("PARLEY_T_UNSET");
    const char *p = write_tmp(f, "topic.input=${PARLEY_T_TOPIC}\n"
                                 "topic.events=${PARLEY_T_TOPIC}-events-${PARLEY_T_TOPIC}\n"
                                 "topic.alerts=${PARLEY_T_UNSET:-alerts.default}\n"
                                 "topic.dlq=${PARLEY_T_EMPTY:-dlq.default}\n"
                                 "metrics.listen=${PARLEY_T_TOPIC:-unused}\n"
                                 "extract.data.dir=cost $$5 and $x and ${PARLEY_T_EMPTY}.\n"
                                 "article.field.url=${PARLEY_T_UNSET:-}\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "topic.input"), "news");
    assert_string_equal(pconfig_str(f->c, "topic.events"), "news-events-news");
    assert_string_equal(pconfig_str(f->c, "topic.alerts"), "alerts.default");
    assert_string_equal(pconfig_str(f->c, "topic.dlq"), "dlq.default");
    assert_string_equal(pconfig_str(f->c, "metrics.listen"), "news");
    assert_string_equal(pconfig_str(f->c, "extract.data.dir"), "cost $5 and $x and .");
    assert_string_equal(pconfig_str(f->c, "article.field.url"), "");
}

static void test_expand_into_int_is_checked(void **state)
{
    fx *f = *state;
    setenv("PARLEY_T_TOPIC", "12", 1);
    const char *p = write_tmp(f, "processing.threads=${PARLEY_T_TOPIC}\n"
                                 "processing.max.inflight=${PARLEY_T_UNSET:-500}\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_int(f->c, "processing.threads"), 12);
    assert_int_equal(pconfig_int(f->c, "processing.max.inflight"), 500);

    setenv("PARLEY_T_TOPIC", "twelve", 1);
    p = write_tmp(f, "processing.threads=${PARLEY_T_TOPIC}\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: processing.threads: 'twelve' is not an integer", p);
    assert_string_equal(f->err, want);
}

static void test_expand_unset_names_file_line(void **state)
{
    fx *f = *state;
    unsetenv("PARLEY_T_UNSET");
    const char *p = write_tmp(f, "topic.input=a\n# c\ntopic.events=x-${PARLEY_T_UNSET}\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:3: topic.events: ", p);
    assert_starts_with(f->err, want);
    assert_contains(f->err, "'PARLEY_T_UNSET' is not set");
}

static void test_expand_malformed(void **state)
{
    fx *f = *state;
    char want[1024];
    const char *p = write_tmp(f, "topic.input=${PARLEY_T_TOPIC\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: topic.input: unterminated", p);
    assert_starts_with(f->err, want);

    p = write_tmp(f, "\ntopic.input=${}\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:2: topic.input: bad variable reference", p);
    assert_string_equal(f->err, want);

    p = write_tmp(f, "topic.input=${A B}\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: topic.input: bad variable name 'A B'", p);
    assert_string_equal(f->err, want);
}

static void test_expand_too_long(void **state)
{
    fx *f = *state;
    size_t n = 5000;
    char *big = malloc(n + 1);
    assert_non_null(big);
    memset(big, 'y', n);
    big[n] = '\0';
    setenv("PARLEY_T_TOPIC", big, 1);
    free(big);
    /* Two 5000-byte expansions exceed the 8 KiB value cap: an error, not an overflow. */
    const char *p = write_tmp(f, "topic.input=${PARLEY_T_TOPIC}${PARLEY_T_TOPIC}\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), -1);
    char want[1024];
    snprintf(want, sizeof want, "%s:1: topic.input: value longer than", p);
    assert_starts_with(f->err, want);
}

/* ---- environment ---- */

static void test_env_mapping(void **state)
{
    fx *f = *state;
    char *env[] = {"HOME=/root",
                   "PARLEY_TOPIC_INPUT=from-env",
                   "PARLEY_KAFKA_BOOTSTRAP_SERVERS=broker1:9092,broker2:9092",
                   "PARLEY_CONSUMER_GROUP_ID=grp",
                   "PARLEY_PRODUCER_LINGER_MS=20",
                   "PARLEY_ARTICLE_FIELD_PUBLISHED_AT=date",
                   "NOT_PARLEY_TOPIC_EVENTS=x",
                   NULL};
    assert_int_equal(pconfig_load_env(f->c, env, f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "topic.input"), "from-env");
    assert_string_equal(pconfig_str(f->c, "article.field.published_at"), "date");
    assert_string_equal(pconfig_str(f->c, "topic.events"), "contact-events");
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);

    char *out = print_to_string(f->c);
    assert_contains(out, "topic.input=from-env  # environment PARLEY_TOPIC_INPUT\n");
    assert_contains(out, "kafka.bootstrap.servers=broker1:9092,broker2:9092  # environment "
                         "PARLEY_KAFKA_BOOTSTRAP_SERVERS\n");
    assert_contains(out, "consumer.group.id=grp  # environment PARLEY_CONSUMER_GROUP_ID\n");
    free(out);

    char val[256];
    size_t vlen = sizeof val;
    rd_kafka_conf_t *cc = pconfig_rdkafka(f->c, PCONF_CONSUMER, f->err, sizeof f->err);
    assert_non_null(cc);
    assert_int_equal(rd_kafka_conf_get(cc, "bootstrap.servers", val, &vlen), RD_KAFKA_CONF_OK);
    assert_string_equal(val, "broker1:9092,broker2:9092");
    vlen = sizeof val;
    assert_int_equal(rd_kafka_conf_get(cc, "group.id", val, &vlen), RD_KAFKA_CONF_OK);
    assert_string_equal(val, "grp");
    rd_kafka_conf_destroy(cc);
    rd_kafka_conf_t *pc = pconfig_rdkafka(f->c, PCONF_PRODUCER, f->err, sizeof f->err);
    assert_non_null(pc);
    vlen = sizeof val;
    assert_int_equal(rd_kafka_conf_get(pc, "linger.ms", val, &vlen), RD_KAFKA_CONF_OK);
    assert_string_equal(val, "20");
    rd_kafka_conf_destroy(pc);
}

/* Every key of the table is reachable through its PARLEY_ name, and no two keys share
 * one. */
static void test_env_every_key(void **state)
{
    fx *f = *state;
    char names[128][128];
    size_t n = 0;
    for (const pconfig_key *k = pconfig_table(); k->name; k++, n++) {
        assert_true(n < 128);
        size_t o = 0;
        o += (size_t)snprintf(names[n], sizeof names[n], "PARLEY_");
        for (const char *p = k->name; *p && o + 1 < sizeof names[n]; p++)
            names[n][o++] = (*p == '.' || *p == '-') ? '_'
                            : (*p >= 'a' && *p <= 'z') ? (char)(*p - 32)
                                                       : *p;
        names[n][o] = '\0';
        for (size_t j = 0; j < n; j++)
            if (strcmp(names[j], names[n]) == 0)
                fail_msg("two keys map to %s", names[n]);

        char *entry = strfmt("%s=%s", names[n], k->def);
        char *origin = strfmt("%s=%s  # environment %s\n", k->name, k->def, names[n]);
        char *env[] = {entry, NULL};
        pconfig *c = pconfig_new();
        assert_non_null(c);
        if (pconfig_load_env(c, env, f->err, sizeof f->err) != 0)
            fail_msg("%s: %s", names[n], f->err);
        char *out = print_to_string(c);
        if (!strstr(k->name, "password") && !strstr(k->name, "secret") && !strstr(k->name, "token"))
            assert_contains(out, origin);
        free(out);
        free(entry);
        free(origin);
        pconfig_destroy(c);
    }
}

static void test_env_errors(void **state)
{
    fx *f = *state;
    char *unknown[] = {"PARLEY_TOPIC_INPTU=x", NULL};
    assert_int_equal(pconfig_load_env(f->c, unknown, f->err, sizeof f->err), -1);
    assert_starts_with(f->err, "environment PARLEY_TOPIC_INPTU: unknown configuration key");

    char *bad[] = {"PARLEY_PROCESSING_THREADS=many", NULL};
    assert_int_equal(pconfig_load_env(f->c, bad, f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "environment PARLEY_PROCESSING_THREADS: processing.threads: "
                                "'many' is not an integer");

    char *bounds[] = {"PARLEY_PROCESSING_THREADS=65", NULL};
    assert_int_equal(pconfig_load_env(f->c, bounds, f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "environment PARLEY_PROCESSING_THREADS: processing.threads: 65 "
                                "is out of range [1, 64]");

    char *bare[] = {"PARLEY_KAFKA_=x", NULL};
    assert_int_equal(pconfig_load_env(f->c, bare, f->err, sizeof f->err), -1);
    assert_string_equal(f->err,
                        "environment PARLEY_KAFKA_: 'kafka.' names no librdkafka property");

    char *rdk[] = {"PARLEY_KAFKA_BOGUS_PROP=1", NULL};
    assert_int_equal(pconfig_load_env(f->c, rdk, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), -1);
    assert_starts_with(f->err, "environment PARLEY_KAFKA_BOGUS_PROP: kafka.bogus.prop: ");
}

/* ---- -X ---- */

static void test_set_arg(void **state)
{
    fx *f = *state;
    assert_int_equal(pconfig_set_arg(f->c, "topic.input=a=b", f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "topic.input"), "a=b");
    assert_int_equal(pconfig_set_arg(f->c, "metrics.listen=", f->err, sizeof f->err), 0);
    assert_string_equal(pconfig_str(f->c, "metrics.listen"), "");

    assert_int_equal(pconfig_set_arg(f->c, "novalue", f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "-X novalue: expected key=value");
    assert_int_equal(pconfig_set_arg(f->c, "=v", f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "-X =v: expected key=value");
    assert_int_equal(pconfig_set_arg(f->c, "topic.inptu=v", f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "-X topic.inptu: unknown configuration key 'topic.inptu'");

    char longkey[600];
    memset(longkey, 'k', 400);
    memcpy(longkey + 400, "=v", 3);
    assert_int_equal(pconfig_set_arg(f->c, longkey, f->err, sizeof f->err), -1);
    assert_contains(f->err, "expected key=value");
}

static void test_int_bounds(void **state)
{
    fx *f = *state;
    static const struct {
        const char *arg, *err;
    } bad[] = {
        {"processing.threads=0", "0 is out of range [1, 64]"},
        {"processing.threads=65", "65 is out of range [1, 64]"},
        {"processing.threads=-1", "-1 is out of range [1, 64]"},
        {"processing.threads=", "'' is not an integer"},
        {"processing.threads=4x", "'4x' is not an integer"},
        {"processing.threads=4.0", "'4.0' is not an integer"},
        {"processing.threads=99999999999999999999", "'99999999999999999999' is not an integer"},
        {"shutdown.timeout.ms=99", "99 is out of range [100, 3600000]"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char key[64], want[256];
        size_t klen = strcspn(bad[i].arg, "=");
        snprintf(key, sizeof key, "%.*s", (int)klen, bad[i].arg);
        snprintf(want, sizeof want, "-X %s: %s: %s", key, key, bad[i].err);
        assert_int_equal(pconfig_set_arg(f->c, bad[i].arg, f->err, sizeof f->err), -1);
        assert_string_equal(f->err, want);
    }
    assert_int_equal(pconfig_set_arg(f->c, "processing.threads=1", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_int(f->c, "processing.threads"), 1);
    assert_int_equal(pconfig_set_arg(f->c, "processing.threads=64", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_int(f->c, "processing.threads"), 64);
    assert_int_equal(pconfig_set_arg(f->c, "article.max.bytes=104857600", f->err, sizeof f->err),
                     0);
    assert_int_equal(pconfig_int(f->c, "article.max.bytes"), 104857600);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);
}

static void test_enums(void **state)
{
    fx *f = *state;
    assert_int_equal(pconfig_set_arg(f->c, "processing.guarantee=exactly_once", f->err,
                                     sizeof f->err),
                     0);
    assert_string_equal(pconfig_str(f->c, "processing.guarantee"), "exactly_once");
    assert_int_equal(pconfig_set_arg(f->c, "log.level=warn", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_set_arg(f->c, "processing.processor=passthrough", f->err,
                                     sizeof f->err),
                     0);
    /* Prefixes, extensions and case variants of a choice are not that choice. */
    const char *bad[] = {"processing.guarantee=exactly", "processing.guarantee=exactly_once_",
                         "processing.guarantee=AT_LEAST_ONCE", "processing.guarantee=",
                         "log.level=warning|", "log.level=info|debug"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (pconfig_set_arg(f->c, bad[i], f->err, sizeof f->err) != -1)
            fail_msg("accepted %s", bad[i]);
        assert_contains(f->err, "is not one of");
    }
    assert_string_equal(pconfig_str(f->c, "processing.guarantee"), "exactly_once");
}

/* ---- precedence: defaults < file < environment < -X ---- */

static void test_precedence(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "topic.input=file\ntopic.events=file\ntopic.alerts=file\n"
                                 "kafka.client.id=file\n");
    char *env[] = {"PARLEY_TOPIC_INPUT=env", "PARLEY_TOPIC_EVENTS=env",
                   "PARLEY_KAFKA_CLIENT_ID=env", NULL};
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_load_env(f->c, env, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_set_arg(f->c, "topic.input=cli", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_set_arg(f->c, "kafka.client.id=cli", f->err, sizeof f->err), 0);

    assert_string_equal(pconfig_str(f->c, "topic.input"), "cli");
    assert_string_equal(pconfig_str(f->c, "topic.events"), "env");
    assert_string_equal(pconfig_str(f->c, "topic.alerts"), "file");
    assert_string_equal(pconfig_str(f->c, "topic.dlq"), "articles.dlq");

    char *out = print_to_string(f->c);
    char want[1024];
    assert_contains(out, "topic.input=cli  # -X topic.input\n");
    assert_contains(out, "topic.events=env  # environment PARLEY_TOPIC_EVENTS\n");
    snprintf(want, sizeof want, "topic.alerts=file  # %s:3\n", p);
    assert_contains(out, want);
    assert_contains(out, "topic.dlq=articles.dlq  # default\n");
    /* A passthrough key set three times is printed once, with its winning value. */
    assert_contains(out, "kafka.client.id=cli  # -X kafka.client.id\n");
    assert_null(strstr(out, "kafka.client.id=env"));
    assert_null(strstr(out, "kafka.client.id=file"));
    free(out);

    char val[64];
    size_t vlen = sizeof val;
    rd_kafka_conf_t *cc = pconfig_rdkafka(f->c, PCONF_CONSUMER, f->err, sizeof f->err);
    assert_non_null(cc);
    assert_int_equal(rd_kafka_conf_get(cc, "client.id", val, &vlen), RD_KAFKA_CONF_OK);
    assert_string_equal(val, "cli");
    rd_kafka_conf_destroy(cc);
}

/* ---- librdkafka passthrough ---- */

static void conf_expect(rd_kafka_conf_t *conf, const char *name, const char *want)
{
    char val[256];
    size_t vlen = sizeof val;
    assert_int_equal(rd_kafka_conf_get(conf, name, val, &vlen), RD_KAFKA_CONF_OK);
    if (strcmp(val, want) != 0)
        fail_msg("%s: expected '%s', got '%s'", name, want, val);
}

static void test_rdkafka_defaults_and_scopes(void **state)
{
    fx *f = *state;
    assert_int_equal(pconfig_set_arg(f->c, "kafka.client.id=both", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_set_arg(f->c, "consumer.client.id=cons", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_set_arg(f->c, "producer.linger.ms=50", f->err, sizeof f->err), 0);
    /* consumer.* set before kafka.* still overrides it: kafka.* is applied first. */
    assert_int_equal(pconfig_set_arg(f->c, "consumer.session.timeout.ms=12000", f->err,
                                     sizeof f->err),
                     0);
    assert_int_equal(pconfig_set_arg(f->c, "kafka.session.timeout.ms=30000", f->err,
                                     sizeof f->err),
                     0);

    rd_kafka_conf_t *cc = pconfig_rdkafka(f->c, PCONF_CONSUMER, f->err, sizeof f->err);
    assert_non_null(cc);
    conf_expect(cc, "group.id", "parley");
    conf_expect(cc, "enable.auto.offset.store", "false");
    conf_expect(cc, "auto.offset.reset", "smallest"); /* librdkafka's name for earliest */
    conf_expect(cc, "client.id", "cons");
    conf_expect(cc, "session.timeout.ms", "12000");
    conf_expect(cc, "fetch.wait.max.ms", "10");
    conf_expect(cc, "socket.nagle.disable", "true");
    rd_kafka_conf_destroy(cc);

    rd_kafka_conf_t *pc = pconfig_rdkafka(f->c, PCONF_PRODUCER, f->err, sizeof f->err);
    assert_non_null(pc);
    conf_expect(pc, "enable.idempotence", "true");
    conf_expect(pc, "acks", "-1");
    conf_expect(pc, "client.id", "both");
    conf_expect(pc, "linger.ms", "50");
    conf_expect(pc, "session.timeout.ms", "30000");
    conf_expect(pc, "socket.nagle.disable", "true");
    conf_expect(pc, "compression.type", "lz4");
    rd_kafka_conf_destroy(pc);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);
}

static void test_rdkafka_rejects_bogus(void **state)
{
    fx *f = *state;
    /* Unknown passthrough keys are accepted by pconfig_set (librdkafka owns their
     * namespace) but refused by validation, naming where they came from. */
    assert_int_equal(pconfig_set_arg(f->c, "kafka.bogus=1", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), -1);
    assert_starts_with(f->err, "-X kafka.bogus: kafka.bogus: ");
    assert_contains(f->err, "bogus");
    assert_null(pconfig_rdkafka(f->c, PCONF_CONSUMER, f->err, sizeof f->err));
    assert_starts_with(f->err, "-X kafka.bogus: kafka.bogus: ");
    assert_null(pconfig_rdkafka(f->c, PCONF_PRODUCER, f->err, sizeof f->err));
}

static void test_rdkafka_rejects_consumer_prop_from_file(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "# consumer settings\nconsumer.group.id=g\n"
                                 "consumer.session.timeout.ms=soon\n");
    char want[1024];
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:3: consumer.session.timeout.ms: ", p);
    assert_starts_with(f->err, want);
    /* The producer never sees consumer.* keys. */
    rd_kafka_conf_t *pc = pconfig_rdkafka(f->c, PCONF_PRODUCER, f->err, sizeof f->err);
    assert_non_null(pc);
    rd_kafka_conf_destroy(pc);

    pconfig *c2 = f->more[0] = pconfig_new();
    assert_non_null(c2);
    p = write_tmp(f, "consumer.no.such.property=1\n");
    assert_int_equal(pconfig_load_file(c2, p, f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_validate(c2, f->err, sizeof f->err), -1);
    snprintf(want, sizeof want, "%s:1: consumer.no.such.property: ", p);
    assert_starts_with(f->err, want);

    pconfig *c3 = f->more[1] = pconfig_new();
    assert_non_null(c3);
    assert_int_equal(pconfig_set_arg(c3, "producer.acks=maybe", f->err, sizeof f->err), 0);
    assert_int_equal(pconfig_validate(c3, f->err, sizeof f->err), -1);
    assert_starts_with(f->err, "-X producer.acks: producer.acks: ");
}

static void test_passthrough_needs_property(void **state)
{
    fx *f = *state;
    const char *bare[] = {"kafka.=x", "consumer.=x", "producer.=x"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(pconfig_set_arg(f->c, bare[i], f->err, sizeof f->err), -1);
        assert_contains(f->err, "names no librdkafka property");
    }
    /* "kafka" without the dot is not a passthrough key. */
    assert_int_equal(pconfig_set_arg(f->c, "kafka=x", f->err, sizeof f->err), -1);
    assert_string_equal(f->err, "-X kafka: unknown configuration key 'kafka'");
}

/* DESIGN.md fixes alert rules as alert.<name>.<field> (countries, actors, types,
 * statuses, min_confidence): such keys must be accepted from every source. */
static void test_alert_rule_keys_accepted(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "alert.russia.countries=RUS\n"
                                 "alert.russia.min_confidence=0.8\n");
    if (pconfig_load_file(f->c, p, f->err, sizeof f->err) != 0)
        fail_msg("alert rule keys refused: %s", f->err);
    if (pconfig_set_arg(f->c, "alert.summit.types=meet,visit", f->err, sizeof f->err) != 0)
        fail_msg("alert rule keys refused: %s", f->err);
    assert_int_equal(pconfig_validate(f->c, f->err, sizeof f->err), 0);
}

/* ---- printing masks secrets ---- */

static void test_print_masks_secrets(void **state)
{
    fx *f = *state;
    const char *p = write_tmp(f, "kafka.sasl.password=hunter2\n"
                                 "kafka.sasl.username=alice\n"
                                 "kafka.ssl.key.password=k3y\n"
                                 "producer.sasl.oauthbearer.client.secret=s3cr3t\n"
                                 "extract.data.dir=https://bob:pa55@example.org/data\n");
    assert_int_equal(pconfig_load_file(f->c, p, f->err, sizeof f->err), 0);
    char *out = print_to_string(f->c);
    char want[1024];
    snprintf(want, sizeof want, "kafka.sasl.password=***  # %s:1\n", p);
    assert_contains(out, want);
    snprintf(want, sizeof want, "kafka.sasl.username=alice  # %s:2\n", p);
    assert_contains(out, want);
    assert_contains(out, "kafka.ssl.key.password=***");
    assert_contains(out, "producer.sasl.oauthbearer.client.secret=***");
    assert_contains(out, "extract.data.dir=https://bob:***@example.org/data");
    assert_null(strstr(out, "hunter2"));
    assert_null(strstr(out, "k3y"));
    assert_null(strstr(out, "s3cr3t"));
    assert_null(strstr(out, "pa55"));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
        T(test_defaults),
        T(test_table_consistent),
        T(test_reference_lists_every_key),
        T(test_file_syntax),
        T(test_file_empty_value_allowed),
        T(test_file_missing),
        T(test_file_no_equals),
        T(test_file_empty_key),
        T(test_file_unknown_key),
        T(test_file_bad_values_name_line),
        T(test_file_long_line),
        T(test_expand_env),
        T(test_expand_into_int_is_checked),
        T(test_expand_unset_names_file_line),
        T(test_expand_malformed),
        T(test_expand_too_long),
        T(test_env_mapping),
        T(test_env_every_key),
        T(test_env_errors),
        T(test_set_arg),
        T(test_int_bounds),
        T(test_enums),
        T(test_precedence),
        T(test_rdkafka_defaults_and_scopes),
        T(test_rdkafka_rejects_bogus),
        T(test_rdkafka_rejects_consumer_prop_from_file),
        T(test_passthrough_needs_property),
        T(test_alert_rule_keys_accepted),
        T(test_print_masks_secrets),
#undef T
    };
    return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
