/* test_log.c - unit tests of service/log: plog_redact masks credentials in URLs and the
 * values of secret-named keys (key=value and JSON), leaves ordinary text alone and never
 * writes past its buffer; the logger emits one redacted JSON object per line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

static void expect_redacted(const char *in, const char *want)
{
    char out[1024];
    plog_redact(in, out, sizeof out);
    if (strcmp(out, want) != 0)
        fail_msg("redact(\"%s\"):\n  expected \"%s\"\n  got      \"%s\"", in, want, out);
}

static void expect_unchanged(const char *in)
{
    expect_redacted(in, in);
}

/* The secret must not survive anywhere in the output. */
static void expect_hidden(const char *in, const char *secret)
{
    char out[1024];
    plog_redact(in, out, sizeof out);
    if (strstr(out, secret))
        fail_msg("redact(\"%s\") leaks \"%s\": \"%s\"", in, secret, out);
    assert_non_null(strstr(out, "***"));
}

static void test_key_value(void **state)
{
    (void)state;
    expect_redacted("sasl.password=abc", "sasl.password=***");
    expect_redacted("kafka.sasl.password=abc def", "kafka.sasl.password=*** def");
    expect_redacted("connecting with sasl.password=abc, user=bob",
                    "connecting with sasl.password=***, user=bob");
    expect_redacted("PASSWORD=abc", "PASSWORD=***");
    expect_redacted("client_secret=s3 token=t0k api_key=k3y",
                    "client_secret=*** token=*** api_key=***");
    expect_redacted("ssl.key.password=\"abc def\" rest", "ssl.key.password=\"***\" rest");
    expect_redacted("a=1,password=xyz,b=2", "a=1,password=***,b=2");
    expect_redacted("password=", "password=***");
}

static void test_url_credentials(void **state)
{
    (void)state;
    expect_redacted("https://user:pw@host/x", "https://user:***@host/x");
    expect_redacted("GET https://user:pw@host/x failed", "GET https://user:***@host/x failed");
    expect_redacted("enrich.wikidata.url=https://bot:s3cr3t@www.wikidata.org/w/api.php",
                    "enrich.wikidata.url=https://bot:***@www.wikidata.org/w/api.php");
    expect_redacted("sasl://u:p@b1:9092,sasl://v:q@b2:9092",
                    "sasl://u:***@b1:9092,sasl://v:***@b2:9092");
    expect_redacted("{\"url\":\"http://u:p@h\"}", "{\"url\":\"http://u:***@h\"}");
}

static void test_json(void **state)
{
    (void)state;
    expect_redacted("\"token\":\"abc\"", "\"token\":\"***\"");
    expect_redacted("{\"user\":\"bob\",\"password\":\"hunter2\",\"n\":1}",
                    "{\"user\":\"bob\",\"password\":\"***\",\"n\":1}");
    expect_redacted("{\"client_secret\":\"x y z\"}", "{\"client_secret\":\"***\"}");
    expect_redacted("{\"access_token\":12345,\"n\":1}", "{\"access_token\":***,\"n\":1}");
}

/* An unquoted JSON value is masked up to the end of the value, not beyond it. */
static void test_json_unquoted_value_keeps_structure(void **state)
{
    (void)state;
    expect_redacted("{\"access_token\":12345}", "{\"access_token\":***}");
    expect_redacted("[{\"pin\":1,\"secret\":true}]", "[{\"pin\":1,\"secret\":***}]");
}

/* JSON written by anything but a compact serializer has a space after the colon. */
static void test_json_with_whitespace(void **state)
{
    (void)state;
    expect_hidden("{\"password\": \"hunter2\"}", "hunter2");
    expect_hidden("{\"token\" : \"abc123\"}", "abc123");
}

/* key = value, as in the properties files Parley reads. */
static void test_key_value_with_spaces(void **state)
{
    (void)state;
    expect_hidden("kafka.sasl.password = hunter2", "hunter2");
}

/* A secret query parameter at the end of a long URL. */
static void test_long_url_query_secret(void **state)
{
    (void)state;
    expect_hidden("GET https://enrich.example.org/api/v2/lookup/entities/search/by-name"
                  "?q=Lloyd+Austin&format=json&api_key=hunter2",
                  "hunter2");
    expect_hidden("GET https://h/?token=abc123", "abc123");
}

static void test_ordinary_text_untouched(void **state)
{
    (void)state;
    expect_unchanged("");
    expect_unchanged("consumed 42 messages from articles [3] at offset 1042");
    expect_unchanged("offset=5 partition=2 topic=articles");
    expect_unchanged("http://host:8080/path?a=b&c=d");
    expect_unchanged("https://example.org/a:b/c@d");
    expect_unchanged("mail bob@example.org at 12:30, ratio 1:2");
    expect_unchanged("{\"key\":\"value\",\"n\":[1,2],\"nested\":{\"a\":\"b\"}}");
    expect_unchanged("broker 127.0.0.1:9092/1: Connect to ipv4#127.0.0.1:9092 failed");
    expect_unchanged("x = y and a==b");
    expect_unchanged("Austin met Li: \"we talked\", he said; \xe4\xb8\xad\xe5\x9b\xbd");
    expect_unchanged("://@");
    expect_unchanged("=");
    expect_unchanged(":");
    expect_unchanged("\":\"");
}

static void test_truncation_bounds(void **state)
{
    (void)state;
    char buf[64];
    /* cap 0: nothing written at all */
    memset(buf, 'Z', sizeof buf);
    plog_redact("abc", buf, 0);
    assert_int_equal(buf[0], 'Z');
    /* cap 1: empty string */
    plog_redact("abc", buf, 1);
    assert_string_equal(buf, "");
    assert_int_equal(buf[1], 'Z');

    const char *inputs[] = {"sasl.password=abcdefgh more text", "https://user:pw@host/x",
                            "\"token\":\"abcdef\"", "plain text that is long enough"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        for (size_t cap = 1; cap < 40; cap++) {
            memset(buf, 'Z', sizeof buf);
            plog_redact(inputs[i], buf, cap);
            size_t n = strnlen(buf, sizeof buf);
            if (n >= cap)
                fail_msg("cap %zu: wrote %zu bytes for \"%s\"", cap, n, inputs[i]);
            for (size_t k = cap; k < sizeof buf; k++)
                if (buf[k] != 'Z')
                    fail_msg("cap %zu: byte %zu written for \"%s\"", cap, k, inputs[i]);
            /* a truncated secret never shows more than the masked form would */
            assert_null(strstr(buf, "abcdef"));
            assert_null(strstr(buf, ":pw"));
        }
    }
}

static void test_level_parse(void **state)
{
    (void)state;
    plog_level l;
    assert_int_equal(plog_level_parse("debug", &l), 0);
    assert_int_equal(l, PLOG_DEBUG);
    assert_int_equal(plog_level_parse("INFO", &l), 0);
    assert_int_equal(l, PLOG_INFO);
    assert_int_equal(plog_level_parse("warning", &l), 0);
    assert_int_equal(l, PLOG_WARN);
    assert_int_equal(plog_level_parse("error", &l), 0);
    assert_int_equal(l, PLOG_ERROR);
    assert_int_equal(plog_level_parse("verbose", &l), -1);
    assert_int_equal(plog_level_parse("", &l), -1);
}

/* Runs fn with stderr redirected to a temporary file; returns what was written. */
static char *capture_stderr(void (*fn)(void))
{
    char path[512];
    const char *dir = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/parley-test-log-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    assert_true(saved >= 0);
    assert_true(dup2(fd, STDERR_FILENO) >= 0);
    fn();
    fflush(stderr);
    assert_true(dup2(saved, STDERR_FILENO) >= 0);
    close(saved);
    off_t len = lseek(fd, 0, SEEK_END);
    assert_true(len >= 0);
    char *buf = calloc(1, (size_t)len + 1);
    assert_non_null(buf);
    assert_int_equal(pread(fd, buf, (size_t)len, 0), len);
    close(fd);
    unlink(path);
    return buf;
}

static void log_some(void)
{
    plog_set_level(PLOG_INFO);
    plog(PLOG_DEBUG, "test", "not shown");
    plog(PLOG_INFO, "config", "using %s", "kafka.sasl.password=hunter2");
    json_t *fields = json_pack("{s:s, s:i}", "url", "https://u:pw@host/x", "partition", 3);
    plog_fields(PLOG_WARN, "enrich", "fetch \"failed\"\n", fields);
    plog_set_level(PLOG_ERROR);
    plog(PLOG_WARN, "test", "not shown either");
    plog_fields(PLOG_INFO, "test", "dropped", json_pack("{s:s}", "a", "b"));
    plog_set_level(PLOG_INFO);
}

static void test_log_lines(void **state)
{
    (void)state;
    char *out = capture_stderr(log_some);
    assert_null(strstr(out, "not shown"));
    assert_null(strstr(out, "dropped"));
    assert_null(strstr(out, "hunter2"));
    assert_null(strstr(out, ":pw@"));

    /* Exactly two lines, each one JSON object. */
    int n = 0;
    for (char *line = out, *nl; *line; line = nl + 1, n++) {
        nl = strchr(line, '\n');
        assert_non_null(nl); /* every line is terminated */
        *nl = '\0';
        json_error_t e;
        json_t *o = json_loads(line, 0, &e);
        if (!o)
            fail_msg("not JSON: %s (%s)", line, e.text);
        assert_true(json_is_string(json_object_get(o, "ts")));
        if (n == 0) {
            assert_string_equal(json_string_value(json_object_get(o, "level")), "info");
            assert_string_equal(json_string_value(json_object_get(o, "component")), "config");
            assert_string_equal(json_string_value(json_object_get(o, "msg")),
                                "using kafka.sasl.password=***");
        } else {
            assert_string_equal(json_string_value(json_object_get(o, "level")), "warn");
            assert_string_equal(json_string_value(json_object_get(o, "msg")),
                                "fetch \"failed\"\n");
            assert_string_equal(json_string_value(json_object_get(o, "url")),
                                "https://u:***@host/x");
            assert_int_equal(json_integer_value(json_object_get(o, "partition")), 3);
        }
        json_decref(o);
    }
    assert_int_equal(n, 2);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_value),
        cmocka_unit_test(test_url_credentials),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_json_unquoted_value_keeps_structure),
        cmocka_unit_test(test_json_with_whitespace),
        cmocka_unit_test(test_key_value_with_spaces),
        cmocka_unit_test(test_long_url_query_secret),
        cmocka_unit_test(test_ordinary_text_untouched),
        cmocka_unit_test(test_truncation_bounds),
        cmocka_unit_test(test_level_parse),
        cmocka_unit_test(test_log_lines),
    };
    return cmocka_run_group_tests_name("log", tests, NULL, NULL);
}
