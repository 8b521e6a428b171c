/* log.h - structured logging: one JSON object per line on stderr.
 * Thread-safe; the level is process-wide and set once by main before threads start. */
#ifndef PARLEY_LOG_H
#define PARLEY_LOG_H

#include <jansson.h>

typedef enum { PLOG_DEBUG = 0, PLOG_INFO, PLOG_WARN, PLOG_ERROR, PLOG_FATAL } plog_level;

void plog_set_level(plog_level level);
int plog_level_parse(const char *s, plog_level *out); /* 0 ok, -1 unknown */
int plog_enabled(plog_level level);

/* printf-style message. component: short subsystem name ("consumer", "config"...). */
void plog(plog_level level, const char *component, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Message plus extra fields; steals the reference to `fields` (may be NULL). */
void plog_fields(plog_level level, const char *component, const char *msg, json_t *fields);

/* Copies src into dst (cap bytes) with secrets masked: credentials in URLs
 * (scheme://user:pass@) and values of password/secret/token keys. */
void plog_redact(const char *src, char *dst, size_t cap);

#endif
