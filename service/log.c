/* log.c - JSON-lines logger on stderr, shared by every thread of parleyd.
 * Each line is built in a private buffer and written with one fwrite under a lock,
 * so lines from different threads never interleave. */
#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <time.h>

static plog_level g_level = PLOG_INFO; /* set once by main before threads start */
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *level_names[] = {"debug", "info", "warn", "error", "fatal"};

void plog_set_level(plog_level level)
{
    g_level = level;
}

int plog_enabled(plog_level level)
{
    return level >= g_level;
}

int plog_level_parse(const char *s, plog_level *out)
{
    for (int i = 0; i <= PLOG_FATAL; i++) {
        if (strcasecmp(s, level_names[i]) == 0) {
            *out = (plog_level)i;
            return 0;
        }
    }
    if (strcasecmp(s, "warning") == 0) {
        *out = PLOG_WARN;
        return 0;
    }
    return -1;
}

static int is_secret_key(const char *k, size_t n)
{
    static const char *words[] = {"password", "passwd", "secret", "token", "credential", "apikey",
                                  "api_key", "private.key"};
    char low[64];
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((k[i] >= 'A' && k[i] <= 'Z') ? k[i] + 32 : k[i]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strstr(low, words[i]))
            return 1;
    return 0;
}

void plog_redact(const char *src, char *dst, size_t cap)
{
    size_t o = 0;
    if (cap == 0)
        return;
    for (size_t i = 0; src[i] && o + 1 < cap;) {
        /* scheme://user:pass@host -> scheme://user:***@host */
        if (src[i] == ':' && src[i + 1] == '/' && src[i + 2] == '/') {
            size_t j = i + 3, colon = 0;
            while (src[j] && src[j] != '/' && src[j] != '@' && src[j] != ' ' && src[j] != '"') {
                if (src[j] == ':' && !colon)
                    colon = j;
                j++;
            }
            if (src[j] == '@' && colon) {
                for (size_t k = i; k <= colon && o + 1 < cap; k++)
                    dst[o++] = src[k];
                for (const char *m = "***"; *m && o + 1 < cap; m++)
                    dst[o++] = *m;
                i = j;
                continue;
            }
        }
        /* key=value or "key":"value" where key names a secret */
        if (src[i] == '=' || (src[i] == ':' && i > 0 && src[i - 1] == '"')) {
            size_t ks = i;
            if (src[i] == ':')
                ks--; /* skip closing quote */
            size_t ke = ks;
            while (ks > 0 && src[ks - 1] != ' ' && src[ks - 1] != '"' && src[ks - 1] != ',' &&
                   src[ks - 1] != '{' && src[ks - 1] != '\n')
                ks--;
            if (ke > ks && is_secret_key(src + ks, ke - ks)) {
                dst[o++] = src[i++];
                int quoted = 0;
                if (src[i] == '"' && o + 1 < cap) {
                    dst[o++] = src[i++];
                    quoted = 1;
                }
                for (const char *m = "***"; *m && o + 1 < cap; m++)
                    dst[o++] = *m;
                while (src[i] && (quoted ? src[i] != '"' : (src[i] != ' ' && src[i] != ',' &&
                                                            src[i] != '\n' && src[i] != '"')))
                    i++;
                continue;
            }
        }
        dst[o++] = src[i++];
    }
    dst[o] = '\0';
}

static void emit(plog_level level, const char *component, const char *msg, json_t *fields)
{
    char ts[40], red[4096];
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    snprintf(ts, sizeof ts, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, now.tv_nsec / 1000000);
    plog_redact(msg, red, sizeof red);

    json_t *o = json_object();
    json_object_set_new(o, "ts", json_string(ts));
    json_object_set_new(o, "level", json_string(level_names[level]));
    json_object_set_new(o, "component", json_string(component ? component : "parleyd"));
    json_object_set_new(o, "msg", json_string(red));
    if (fields) {
        const char *k;
        json_t *v;
        json_object_foreach(fields, k, v)
        {
            if (json_is_string(v)) {
                plog_redact(json_string_value(v), red, sizeof red);
                json_object_set_new(o, k, json_string(red));
            } else {
                json_object_set(o, k, v);
            }
        }
        json_decref(fields);
    }
    char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(o);
    if (!line)
        return;
    pthread_mutex_lock(&g_lock);
    fputs(line, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    pthread_mutex_unlock(&g_lock);
    free(line);
}

void plog(plog_level level, const char *component, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    if (level < g_level)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    emit(level, component, msg, NULL);
}

void plog_fields(plog_level level, const char *component, const char *msg, json_t *fields)
{
    if (level < g_level) {
        json_decref(fields);
        return;
    }
    emit(level, component, msg, fields);
}
