/* policy.c - the small pure pieces of the HTTP client's manners: per-host rate limiter,
 * circuit breaker, capped buffers, the SSRF address policy and the ISO country table.
 * Everything here takes the clock as an argument so the unit tests can drive it. */
#include "enrich_internal.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int64_t en_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- rate limiter ---- */
int en_rate_take(en_rate *r, int64_t now_ms, int64_t *wait_ms)
{
    if (r->next_ms > now_ms) {
        if (wait_ms)
            *wait_ms = r->next_ms - now_ms;
        return 0;
    }
    r->next_ms = now_ms + r->interval_ms;
    if (wait_ms)
        *wait_ms = 0;
    return 1;
}

void en_rate_defer(en_rate *r, int64_t until_ms)
{
    if (until_ms > r->next_ms)
        r->next_ms = until_ms;
}

/* ---- breaker ---- */
void en_breaker_init(en_breaker *b, int threshold, int64_t open_ms)
{
    memset(b, 0, sizeof *b);
    b->threshold = threshold > 0 ? threshold : 1;
    b->open_ms = open_ms;
}

int en_breaker_allow(en_breaker *b, int64_t now_ms)
{
    switch (b->state) {
    case ENRICH_BREAKER_CLOSED:
        return 1;
    case ENRICH_BREAKER_OPEN:
        if (now_ms - b->opened_at < b->open_ms)
            return 0;
        b->state = ENRICH_BREAKER_HALF_OPEN;
        b->probe_inflight = 1;
        return 1;
    default: /* half-open: only the probe */
        if (b->probe_inflight)
            return 0;
        b->probe_inflight = 1;
        return 1;
    }
}

void en_breaker_report(en_breaker *b, int failure, int64_t now_ms)
{
    if (!failure) {
        b->failures = 0;
        b->state = ENRICH_BREAKER_CLOSED;
        b->probe_inflight = 0;
        return;
    }
    b->failures++;
    if (b->state == ENRICH_BREAKER_HALF_OPEN ||
        (b->state == ENRICH_BREAKER_CLOSED && b->failures >= b->threshold)) {
        b->state = ENRICH_BREAKER_OPEN;
        b->opened_at = now_ms;
        b->probe_inflight = 0;
        b->opened_count++;
    }
}

/* ---- capped buffer ---- */
int en_buf_append(en_buf *b, const char *p, size_t n)
{
    if (b->len + n > b->max) {
        b->overflow = 1;
        return -1;
    }
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->len + n + 1)
            nc *= 2;
        if (nc > b->max + 1)
            nc = b->max + 1;
        char *d = realloc(b->data, nc);
        if (!d)
            return -1;
        b->data = d;
        b->cap = nc;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

void en_buf_free(en_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->overflow = 0;
}

/* ---- SSRF ---- */
static int v4_private(const unsigned char *a)
{
    if (a[0] == 0 || a[0] == 10 || a[0] == 127)
        return 1;                                  /* this net, private, loopback */
    if (a[0] == 169 && a[1] == 254)
        return 1;                                  /* link-local (cloud metadata) */
    if (a[0] == 172 && (a[1] & 0xf0) == 16)
        return 1;
    if (a[0] == 192 && a[1] == 168)
        return 1;
    if (a[0] == 100 && (a[1] & 0xc0) == 64)
        return 1;                                  /* CGNAT 100.64/10 */
    if (a[0] == 192 && a[1] == 0 && (a[2] == 0 || a[2] == 2))
        return 1;                                  /* IETF protocol assignments, TEST-NET-1 */
    if (a[0] == 198 && (a[1] & 0xfe) == 18)
        return 1;                                  /* benchmarking */
    if (a[0] >= 224)
        return 1;                                  /* multicast, reserved, broadcast */
    return 0;
}

int en_addr_is_private(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        return v4_private((const unsigned char *)&in->sin_addr);
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        const unsigned char *a = in6->sin6_addr.s6_addr;
        static const unsigned char zero[16];
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (memcmp(a, zero, 15) == 0 && (a[15] == 0 || a[15] == 1))
            return 1;                              /* :: and ::1 */
        if (memcmp(a, mapped, 12) == 0 || memcmp(a, zero, 12) == 0)
            return v4_private(a + 12);             /* v4-mapped / v4-compatible */
        if ((a[0] & 0xfe) == 0xfc)
            return 1;                              /* unique local fc00::/7 */
        if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
            return 1;                              /* link-local fe80::/10 */
        if (a[0] == 0xff)
            return 1;                              /* multicast */
        if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8)
            return 1;                              /* documentation */
        if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b)
            return v4_private(a + 12);             /* NAT64 */
        return 0;
    }
    return 1; /* anything else (AF_UNIX...) is refused */
}

int en_parse_nets(const char *list, en_net **nets, size_t *n, char *err, size_t errlen)
{
    *nets = NULL;
    *n = 0;
    if (!list || !*list)
        return 0;
    size_t cap = 1;
    for (const char *p = list; *p; p++)
        cap += *p == ',';
    en_net *v = calloc(cap, sizeof *v);
    if (!v) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    size_t cnt = 0;
    const char *p = list;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        if (!*p)
            break;
        char item[80];
        size_t k = 0;
        while (*p && *p != ',' && *p != ' ' && k + 1 < sizeof item)
            item[k++] = *p++;
        item[k] = '\0';
        while (*p && *p != ',')
            p++;
        char *slash = strchr(item, '/');
        long prefix = -1;
        if (slash) {
            *slash = '\0';
            char *end;
            prefix = strtol(slash + 1, &end, 10);
            if (*end || end == slash + 1)
                prefix = -2;
        }
        en_net *e = &v[cnt];
        if (inet_pton(AF_INET, item, e->addr) == 1) {
            e->family = AF_INET;
            if (prefix == -1)
                prefix = 32;
            if (prefix < 0 || prefix > 32)
                goto bad;
        } else if (inet_pton(AF_INET6, item, e->addr) == 1) {
            e->family = AF_INET6;
            if (prefix == -1)
                prefix = 128;
            if (prefix < 0 || prefix > 128)
                goto bad;
        } else {
            goto bad;
        }
        e->prefix = (int)prefix;
        cnt++;
        continue;
    bad:
        snprintf(err, errlen, "bad network '%s' in allow list (want CIDR like 10.0.0.0/8)", item);
        free(v);
        return -1;
    }
    *nets = v;
    *n = cnt;
    return 0;
}

static int prefix_match(const unsigned char *a, const unsigned char *b, int bits)
{
    int full = bits / 8, rest = bits % 8;
    if (memcmp(a, b, (size_t)full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    unsigned char mask = (unsigned char)(0xff << (8 - rest));
    return (a[full] & mask) == (b[full] & mask);
}

int en_addr_in_nets(const struct sockaddr *sa, const en_net *nets, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (sa->sa_family == AF_INET && nets[i].family == AF_INET) {
            const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
            if (prefix_match((const unsigned char *)&in->sin_addr, nets[i].addr, nets[i].prefix))
                return 1;
        } else if (sa->sa_family == AF_INET6 && nets[i].family == AF_INET6) {
            const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
            if (prefix_match(in6->sin6_addr.s6_addr, nets[i].addr, nets[i].prefix))
                return 1;
        }
    }
    return 0;
}

/* ---- ISO 3166-1: alpha-2 followed by alpha-3, generated from the extraction gazetteer's
 * countries.tsv (plus XK/XKX as used for Kosovo). ---- */
static const char iso_pairs[] =
    "AWABWAFAFGAOAGOAIAIAAXALAALALBADANDAEAREARARGAMARMASASMAQATATFATFAGATGAUAUSATAUT"
    "AZAZEBIBDIBEBELBJBENBQBESBFBFABDBGDBGBGRBHBHRBSBHSBABIHBLBLMBYBLRBZBLZBMBMUBOBOL"
    "BRBRABBBRBBNBRNBTBTNBVBVTBWBWACFCAFCACANCCCCKCHCHECLCHLCNCHNCICIVCMCMRCDCODCGCOG"
    "CKCOKCOCOLKMCOMCVCPVCRCRICUCUBCWCUWCXCXRKYCYMCYCYPCZCZEDEDEUDJDJIDMDMADKDNKDODOM"
    "DZDZAECECUEGEGYERERIEHESHESESPEEESTETETHFIFINFJFJIFKFLKFRFRAFOFROFMFSMGAGABGBGBR"
    "GEGEOGGGGYGHGHAGIGIBGNGINGPGLPGMGMBGWGNBGQGNQGRGRCGDGRDGLGRLGTGTMGFGUFGUGUMGYGUY"
    "HKHKGHMHMDHNHNDHRHRVHTHTIHUHUNIDIDNIMIMNININDIOIOTIEIRLIRIRNIQIRQISISLILISRITITA"
    "JMJAMJEJEYJOJORJPJPNKZKAZKEKENKGKGZKHKHMKIKIRKNKNAKRKORKWKWTLALAOLBLBNLRLBRLYLBY"
    "LCLCALILIELKLKALSLSOLTLTULULUXLVLVAMOMACMFMAFMAMARMCMCOMDMDAMGMDGMVMDVMXMEXMHMHL"
    "MKMKDMLMLIMTMLTMMMMRMEMNEMNMNGMPMNPMZMOZMRMRTMSMSRMQMTQMUMUSMWMWIMYMYSYTMYTNANAM"
    "NCNCLNENERNFNFKNGNGANINICNUNIUNLNLDNONORNPNPLNRNRUNZNZLOMOMNPKPAKPAPANPNPCNPEPER"
    "PHPHLPWPLWPGPNGPLPOLPRPRIKPPRKPTPRTPYPRYPSPSEPFPYFQAQATREREUROROURURUSRWRWASASAU"
    "SDSDNSNSENSGSGPGSSGSSHSHNSJSJMSBSLBSLSLESVSLVSMSMRSOSOMPMSPMRSSRBSSSSDSTSTPSRSUR"
    "SKSVKSISVNSESWESZSWZSXSXMSCSYCSYSYRTCTCATDTCDTGTGOTHTHATJTJKTKTKLTMTKMTLTLSTOTON"
    "TTTTOTNTUNTRTURTVTUVTWTWNTZTZAUGUGAUAUKRUMUMIUYURYUSUSAUZUZBVAVATVCVCTVEVENVGVGB"
    "VIVIRVNVNMVUVUTWFWLFWSWSMXKXKXYEYEMZAZAFZMZMBZWZWE"
    ;

int en_iso2_to_iso3(const char *a2, char out[4])
{
    if (!a2 || strlen(a2) != 2)
        return -1;
    char u0 = (char)toupper((unsigned char)a2[0]), u1 = (char)toupper((unsigned char)a2[1]);
    for (size_t i = 0; i + 5 <= sizeof iso_pairs - 1; i += 5) {
        if (iso_pairs[i] == u0 && iso_pairs[i + 1] == u1) {
            memcpy(out, iso_pairs + i + 2, 3);
            out[3] = '\0';
            return 0;
        }
    }
    return -1;
}
