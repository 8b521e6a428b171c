/* config.h - Parley's configuration: one table of Parley's own keys, plus kafka.*,
 * consumer.* and producer.* passed through to librdkafka.
 * Sources, later wins: defaults, properties file (with ${ENV} / ${ENV:-default}),
 * PARLEY_<KEY> environment variables, -X key=value. Every error names its origin
 * ("path:line: why", "environment PARLEY_X: why", "-X key: why"). */
#ifndef PARLEY_CONFIG_H
#define PARLEY_CONFIG_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum { PCT_STRING, PCT_INT, PCT_BOOL, PCT_ENUM, PCT_DOUBLE } pconfig_type;

typedef struct pconfig_key {
    const char *name;
    pconfig_type type;
    const char *def;     /* default, as text */
    double min, max;     /* bounds for INT and DOUBLE */
    const char *choices; /* ENUM: '|'-separated */
    const char *desc;
} pconfig_key;

/* The table of Parley's own keys (NULL-name terminated). */
const pconfig_key *pconfig_table(void);

typedef struct pconfig pconfig;

pconfig *pconfig_new(void);
void pconfig_destroy(pconfig *c); /* accepts NULL */

/* Each returns 0, or -1 with err filled ("origin: why"). */
int pconfig_load_file(pconfig *c, const char *path, char *err, size_t errlen);
int pconfig_load_env(pconfig *c, char *const *envp, char *err, size_t errlen);
int pconfig_set(pconfig *c, const char *key, const char *value, const char *origin, char *err,
                size_t errlen);
/* Parses "key=value" as given to -X. */
int pconfig_set_arg(pconfig *c, const char *kv, char *err, size_t errlen);

/* Checks types, bounds and enums of Parley's keys and lets librdkafka check the
 * passthrough keys. */
int pconfig_validate(const pconfig *c, char *err, size_t errlen);

/* Getters for Parley's keys; the key must be in the table (abort otherwise: a bug). */
const char *pconfig_str(const pconfig *c, const char *key);
int64_t pconfig_int(const pconfig *c, const char *key);
double pconfig_double(const pconfig *c, const char *key);
int pconfig_bool(const pconfig *c, const char *key);

typedef enum { PCONF_CONSUMER, PCONF_PRODUCER } pconfig_client;

/* A new librdkafka conf with Parley's defaults for that client and every kafka.* and
 * consumer.* / producer.* key applied. NULL with err on a rejected property. */
rd_kafka_conf_t *pconfig_rdkafka(const pconfig *c, pconfig_client which, char *err,
                                 size_t errlen);

/* The alert rules from every alert.<name>.<field> setting (values were checked when
 * set). NULL with err on no memory. Caller destroys. */
struct alert_rules;
struct alert_rules *pconfig_alert_rules(const pconfig *c, char *err, size_t errlen);

/* The effective configuration, secrets masked: one "key=value  # origin" per line. */
void pconfig_print(const pconfig *c, FILE *out);
/* The key table as Markdown (the configuration reference). */
void pconfig_print_reference(FILE *out);

#endif
