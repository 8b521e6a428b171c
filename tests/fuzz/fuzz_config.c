/* fuzz_config.c - libFuzzer target for the configuration parser (service/config.c):
 * the input is written to a properties file and loaded, then each of its lines is
 * given as a -X argument. Errors must name an origin; whatever is accepted must pass or
 * fail validation cleanly, and accepted integers must be within the table's bounds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];
static int fd = -1;
static FILE *devnull;

static void remove_tmp(void)
{
    unlink(path);
}

static void setup_once(void)
{
    snprintf(path, sizeof path, "/tmp/parley-fuzz-config-XXXXXX");
    fd = mkstemp(path);
    devnull = fopen("/dev/null", "w");
    if (fd < 0 || !devnull)
        abort();
    atexit(remove_tmp);
    /* Variables the seeds refer to; everything else is unset. */
    setenv("PARLEY_FUZZ_TOPIC", "news", 1);
    setenv("PARLEY_FUZZ_EMPTY", "", 1);
}

/* librdkafka loads plugins (dlopen) when plugin.library.paths is set: never from fuzz
 * input. Nothing else in a conf_set call touches the system. */
static int dangerous(const uint8_t *data, size_t size)
{
    static const char word[] = "plugin";
    for (size_t i = 0; i + sizeof word - 1 <= size; i++)
        if (strncasecmp((const char *)data + i, word, sizeof word - 1) == 0)
            return 1;
    return 0;
}

static void check_accepted(const pconfig *c)
{
    char err[1024];
    if (pconfig_validate(c, err, sizeof err) != 0) {
        if (!err[0])
            abort();
        return;
    }
    for (const pconfig_key *k = pconfig_table(); k->name; k++) {
        if (k->type == PCT_INT) {
            int64_t v = pconfig_int(c, k->name);
            if ((double)v < k->min || (double)v > k->max)
                abort();
        }
        (void)pconfig_str(c, k->name);
    }
    pconfig_print(c, devnull);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[1024];
    if (fd < 0)
        setup_once();
    if (dangerous(data, size))
        return 0;

    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
        abort();
    pconfig *c = pconfig_new();
    if (!c)
        abort();
    err[0] = '\0';
    if (pconfig_load_file(c, path, err, sizeof err) == 0)
        check_accepted(c);
    else if (strncmp(err, path, strlen(path)) != 0 || err[strlen(path)] != ':')
        abort(); /* a file error must start with "path:line" */
    pconfig_destroy(c);

    /* Every line as -X key=value. */
    c = pconfig_new();
    if (!c)
        abort();
    char *buf = malloc(size + 1);
    if (!buf)
        abort();
    memcpy(buf, data, size);
    buf[size] = '\0';
    int any_ok = 0;
    for (char *line = buf, *next; line; line = next) {
        char *nl = memchr(line, '\n', (size_t)(buf + size - line));
        next = nl ? nl + 1 : NULL;
        if (nl)
            *nl = '\0';
        err[0] = '\0';
        if (pconfig_set_arg(c, line, err, sizeof err) == 0)
            any_ok = 1;
        else if (strncmp(err, "-X ", 3) != 0)
            abort();
        if (next && next >= buf + size)
            break;
    }
    if (any_ok)
        check_accepted(c);
    free(buf);
    pconfig_destroy(c);
    return 0;
}
