/* text.c - UTF-8-safe normalisation, tokenisation and sentence splitting.
 * Tokens keep byte spans into the ORIGINAL text; their lower-case keys are normalised
 * (curly quotes, dashes, NBSP, Latin-1 accents folded; U.S. -> us). Splitting survives
 * abbreviations, initials, quotes and datelines. Any byte sequence is accepted. */
#include "px_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---------- code points ---------- */

/* Decodes the code point of two to four bytes at s[i] (s[i] >= 0x80); invalid bytes decode
 * as U+FFFD of length 1. */
static uint32_t utf8_multi(const char *s, size_t n, size_t i, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t left = n - i;
    if ((u[0] & 0xE0) == 0xC0 && left >= 2 && (u[1] & 0xC0) == 0x80 && u[0] >= 0xC2) {
        *len = 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if ((u[0] & 0xF0) == 0xE0 && left >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    if ((u[0] & 0xF8) == 0xF0 && left >= 4 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 &&
        (u[3] & 0xC0) == 0x80) {
        *len = 4;
        return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
               ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    }
    *len = 1;
    return 0xFFFD;
}

bool px_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len;
        uint32_t c = utf8_multi(s, n, i, &len);
        /* utf8_multi takes any lead byte of the right shape: refuse U+FFFD from a bad byte,
         * overlong forms, surrogates and what is past Unicode */
        if ((c == 0xFFFD && len == 1) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
            c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

/* The code point at byte i (U+FFFD for a byte that starts no valid sequence); ASCII
 * without a call. */
static inline uint32_t utf8_at(const char *s, size_t n, size_t i, size_t *len)
{
    if ((unsigned char)s[i] < 0x80) {
        *len = 1;
        return (unsigned char)s[i];
    }
    return utf8_multi(s, n, i, len);
}

enum { C_SPACE, C_NL, C_ALPHA, C_DIGIT, C_PUNCT, C_APOS };

/* Classifies a code point; *norm receives its ASCII punctuation form. */
static int cp_class(uint32_t c, char *norm)
{
    *norm = 0;
    if (c < 0x80) { /* ASCII first: the same answers as below, in fewer tests */
        if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            return C_ALPHA;
        }
        if (c >= '0' && c <= '9') {
            return C_DIGIT;
        }
        if (c == '\n') {
            return C_NL;
        }
        if (c <= ' ' || c == 0x7F) {
            return C_SPACE;
        }
        *norm = (char)c;
        return c == '\'' ? C_APOS : C_PUNCT;
    }
    if (c == '\n') {
        return C_NL;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
        (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
        c == 0xFEFF || c == 0x2028 || c == 0x2029 || c == 0x85 || c < 0x20 || c == 0x7F) {
        return c == 0x2028 || c == 0x2029 || c == 0x85 ? C_NL : C_SPACE;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return C_ALPHA;
    }
    if (c >= '0' && c <= '9') {
        return C_DIGIT;
    }
    if (c == '\'' || c == 0x2019 || c == 0x02BC) {
        *norm = '\'';
        return C_APOS;
    }
    if (c < 0x80) {
        *norm = (char)c;
        return C_PUNCT;
    }
    switch (c) {
    case 0x2018: case 0x201A: case 0x201B: *norm = '`'; return C_PUNCT;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x2039: *norm = '{'; return C_PUNCT;
    case 0x201D: case 0x00BB: case 0x203A: *norm = '}'; return C_PUNCT;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        *norm = '-';
        return C_PUNCT;
    case 0x2026: *norm = '.'; return C_PUNCT;
    case 0x00B7: case 0x2022: case 0x00A7: case 0x00B6: case 0x00A9: case 0x00AE: case 0x00B0:
    case 0xFFFD:
        *norm = '*';
        return C_PUNCT;
    default: break;
    }
    if (c >= 0x2000 && c <= 0x206F) {
        *norm = '*';
        return C_PUNCT;
    }
    if (c >= 0x3000 && c <= 0x303F) { /* CJK punctuation */
        *norm = c == 0x3002 ? '.' : ',';
        return C_PUNCT;
    }
    if (c >= 0xFF01 && c <= 0xFF0F) {
        *norm = '*';
        return C_PUNCT;
    }
    return C_ALPHA; /* letters of other scripts, combining marks, symbols: word material */
}

/* Latin-1 supplement letters folded to ASCII lower case (U+00C0..U+00FF). */
static const char fold_l1[64] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                                "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

/* Latin Extended-A letters folded the same way (U+0100..U+017F: "Erdoğan" -> erdogan,
 * "Łukasz" -> lukasz, "Vučić" -> vucic); '*' keeps the letter (ligatures). */
static const char fold_la[129] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
                                 "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Latin Extended-A capitals: even code points, but odd ones in U+0139..U+0148 and
 * U+0179..U+017E; U+0138, U+0149 and U+017F have no case pair. */
static bool la_upper(uint32_t c)
{
    if (c < 0x100 || c > 0x17E || c == 0x138 || c == 0x149) {
        return false;
    }
    if (c == 0x178) {
        return true;
    }
    bool odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
    return odd_upper ? (c & 1) != 0 : (c & 1) == 0;
}

static bool cp_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || la_upper(c) ||
           (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
}

static bool cp_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c <= 0x17F && !la_upper(c));
}

/* ---------- doc buffers ---------- */

static int key_reserve(px_doc *d, size_t n)
{
    if (d->keylen + n + 1 <= d->keycap) {
        return 0;
    }
    size_t nc = d->keycap ? d->keycap : 1024;
    while (nc < d->keylen + n + 1) {
        nc *= 2;
    }
    char *np = realloc(d->keys, nc);
    if (!np) {
        return -1;
    }
    d->keys = np;
    d->keycap = nc;
    return 0;
}

/* Little-endian machines read a key's or a word's bytes eight at a time (key_prefix, the
 * tokeniser's word loop); others go byte by byte. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LOAD8_LE 1
#else
#define LOAD8_LE 0
#endif

/* px_tpre of token t's key: on a little-endian machine, from one load of eight bytes
 * where the buffer holds them (the bytes past the key are masked off). */
static uint64_t key_prefix(const px_doc *d, const px_tok *t)
{
#if LOAD8_LE
    if ((size_t)t->key + 8 <= d->keycap) {
        size_t m = t->klen < 7 ? t->klen : 7;
        uint64_t x;
        memcpy(&x, d->keys + t->key, 8);
        x = m ? x & (~(uint64_t)0 >> (64 - 8 * m)) : 0;
        return x | (uint64_t)(t->klen < 255 ? t->klen : 255) << 56;
    }
#endif
    return px_tpre(d->keys + t->key, t->klen);
}

static px_tok *tok_push(px_doc *d)
{
    if (d->ntok == d->captok) {
        size_t nc = d->captok ? d->captok * 2 : 256;
        px_tok *nt = realloc(d->toks, nc * sizeof *nt);
        if (!nt) {
            return NULL;
        }
        d->toks = nt;
        d->captok = nc;
    }
    px_tok *t = &d->toks[d->ntok++];
    memset(t, 0, sizeof *t);
    return t;
}

static bool is_abbrev(const char *k, size_t n)
{
    /* by first letter, each word between spaces */
    static const char *const ab[26] = {
        ['a' - 'a'] = " amb adm apr aug approx assn al ",
        ['b' - 'a'] = " brig bros ",
        ['c' - 'a'] = " col capt cmdr corp co cpl ",
        ['d' - 'a'] = " dr dec dept ",
        ['e' - 'a'] = " etc ",
        ['f' - 'a'] = " feb ft fr fig ",
        ['g' - 'a'] = " gen gov gens govt ",
        ['h' - 'a'] = " hon ",
        ['i' - 'a'] = " inc insp ",
        ['j' - 'a'] = " jr jan jun jul ",
        ['l' - 'a'] = " lt ltd ",
        ['m' - 'a'] = " mr mrs ms maj mar mt messrs mme mlle min ",
        ['n' - 'a'] = " nov no nos ",
        ['o' - 'a'] = " oct op ",
        ['p' - 'a'] = " pres prof pvt ",
        ['r' - 'a'] = " rep rev reps ",
        ['s' - 'a'] = " sgt sen st sr sep sept sens supt ",
        ['u' - 'a'] = " univ ",
        ['v' - 'a'] = " vs vol ",
    };
    if (n == 0 || n > 6 || k[0] < 'a' || k[0] > 'z') { /* none is longer ("approx", "messrs") */
        return false;
    }
    const char *g = ab[k[0] - 'a'];
    for (const char *w = g ? g + 1 : ""; *w;) {
        size_t m = 0;
        while (w[m] != ' ') {
            m++;
        }
        if (m == n && memcmp(w, k, n) == 0) {
            return true;
        }
        w += m + 1;
    }
    return false;
}

/* Whether the text after the stop at s[a] (". The ...") opens with a word that starts
 * sentences but never follows a name's initial ("The", "He", "They", "According" ...). */
static bool before_function_word(const char *s, size_t n, size_t a)
{
    static const char *const fw[] = {"The", "He", "She", "It", "They", "We", "This", "That",
                                     "These", "Those", "His", "Her", "Its", "Their", "In",
                                     "On", "But", "According", "A", "An", "There", NULL};
    if (a + 1 >= n || s[a] != ' ') {
        return false;
    }
    size_t b = a + 1, e = b;
    while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z'))) {
        e++;
    }
    if (e == b || (e < n && s[e] != ' ' && s[e] != ',')) {
        return false;
    }
    for (int i = 0; fw[i]; i++) {
        if (strlen(fw[i]) == e - b && memcmp(fw[i], s + b, e - b) == 0) {
            return true;
        }
    }
    return false;
}

/* Writes a code point's normalised lower-case bytes (at most 4) to out; returns how many. */
static size_t fold_cp(const char *src, size_t clen, uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)px_fold_ascii((unsigned char)c);
        return 1;
    }
    if (c >= 0xC0 && c <= 0xFF && fold_l1[c - 0xC0] != '*' && fold_l1[c - 0xC0] != '/') {
        out[0] = fold_l1[c - 0xC0];
        if (c == 0xDF) {
            out[1] = 's';
            return 2;
        }
        return 1;
    }
    if (c >= 0x100 && c <= 0x17F && fold_la[c - 0x100] != '*') {
        out[0] = fold_la[c - 0x100];
        return 1;
    }
    if (c == 0x218 || c == 0x219) {
        out[0] = 's'; /* Romanian comma-below: "Nicușor" */
        return 1;
    }
    if (c == 0x21A || c == 0x21B) {
        out[0] = 't';
        return 1;
    }
    if (c == 0x2019 || c == 0x02BC) {
        out[0] = '\'';
        return 1;
    }
    size_t k = clen > 4 ? 4 : clen;
    memcpy(out, src, k);
    return k;
}

/* Appends a code point's normalised lower-case bytes to the key. */
static int key_put(px_doc *d, const char *src, size_t clen, uint32_t c)
{
    if (key_reserve(d, 4) != 0) {
        return -1;
    }
    d->keylen += fold_cp(src, clen, c, d->keys + d->keylen);
    return 0;
}

/* px_hash64 (seed 0) of the bytes px_key_eq folds raw to: the key's px_hash64 whenever
 * px_key_eq(raw, key) holds. */
uint64_t px_key_hash(const char *raw)
{
    size_t n = strlen(raw);
    px_hash2 h;
    px_hash2_init(&h, 0, 0);
    for (size_t i = 0; i < n;) {
        size_t clen = 1;
        uint32_t c = utf8_at(raw, n, i, &clen);
        char buf[4];
        px_hash2_add(&h, buf, fold_cp(raw + i, clen, c, buf));
        i += clen;
    }
    uint64_t a, b;
    px_hash2_end(&h, &a, &b);
    return a;
}

bool px_key_eq(const char *raw, const char *key)
{
    /* ASCII folds a byte to a byte: compared as it is read, without measuring either string
     * (most names, and most calls fail at the first byte) */
    size_t i = 0;
    for (;; i++) {
        unsigned char c = (unsigned char)raw[i];
        if (c == 0) {
            return key[i] == '\0';
        }
        if (c >= 0x80) {
            break;
        }
        if (px_fold_ascii(c) != (unsigned char)key[i]) {
            return false;
        }
    }
    size_t n = i + strlen(raw + i), kl = i + strlen(key + i), j = i;
    while (i < n) {
        size_t clen = 1;
        uint32_t c = utf8_at(raw, n, i, &clen);
        char buf[4];
        size_t bl = fold_cp(raw + i, clen, c, buf);
        if (j + bl > kl || memcmp(key + j, buf, bl) != 0) {
            return false;
        }
        j += bl;
        i += clen;
    }
    return j == kl;
}

static void tok_finish(px_doc *d, px_tok *t, int upper, int lower, int letters, bool firstcap)
{
    if (firstcap) {
        t->flags |= TF_CAP;
    }
    if (letters >= 2 && upper >= 2 && lower == 0) {
        t->flags |= TF_UPPER;
    }
    t->klen = (uint16_t)(d->keylen - t->key > 0xFFFF ? 0xFFFF : d->keylen - t->key);
    d->keys[d->keylen++] = '\0';
}

/* ASCII letters and digits: the tokeniser's fast path. */
static const bool ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

#if LOAD8_LE
/* Eight bytes at a time (SWAR): for each byte of x, its high bit set when the byte is in
 * [lo, hi]; lo and hi are ASCII, and a byte with its own high bit set is in no range. */
#define SWAR_H 0x8080808080808080ULL
#define SWAR_L 0x0101010101010101ULL
static inline uint64_t swar_in(uint64_t x, unsigned lo, unsigned hi)
{
    uint64_t x7 = x & ~SWAR_H; /* (per byte: x7|0x80 - lo and 0x80+hi - x7 never borrow) */
    uint64_t ge = ((x7 | SWAR_H) - SWAR_L * lo) & SWAR_H;
    uint64_t le = (SWAR_L * (0x80 + hi) - x7) & SWAR_H;
    return ge & le & ~x;
}

/* How many bytes of a swar_in result have their high bit set: the bits moved to each
 * byte's low bit and summed into the top byte by one multiply (a popcount without the
 * popcnt instruction, which the x86-64 baseline lacks, is a call into libgcc). */
static inline int swar_count(uint64_t v)
{
    return (int)((((v >> 7) & SWAR_L) * SWAR_L) >> 56);
}
#endif

/* Tokenises the whole article. Words: letters/digits with internal apostrophes, dotted
 * acronyms and initials (U.S., F.W.), numbers with separators; hyphens and every other
 * punctuation mark are tokens of their own. */
/* Single quotation marks ('We had a good meeting,' he said; the same with U+2018 and
 * U+2019), which the scan above leaves as bare apostrophes: an opening mark before a word
 * and away from the word before it, paired with the first closing mark after it in the
 * paragraph (glued to what it closes, after a clause's punctuation, before a comma, a full
 * stop or the line's end, or a few words after its opening when the word it follows is no
 * plural's possessive), become quotation marks like double ones. Not inside double ones. */
static void single_quotes(px_doc *d)
{
    size_t open = SIZE_MAX;
    bool dq = false;
    for (size_t k = 0; k < d->ntok; k++) {
        px_tok *t = &d->toks[k];
        if (t->flags & TF_PARA) {
            open = SIZE_MAX;
            dq = false;
        }
        if (t->flags & TF_QOPEN) {
            dq = true;
            open = SIZE_MAX;
            continue;
        }
        if (t->flags & TF_QCLOSE) {
            dq = false;
            continue;
        }
        if (dq || (t->p != '\'' && t->p != '`')) {
            continue;
        }
        const px_tok *prev = k > 0 ? &d->toks[k - 1] : NULL;
        const px_tok *next = k + 1 < d->ntok ? &d->toks[k + 1] : NULL;
        bool glued_prev = prev && (t->flags & TF_NOSP);
        bool glued_next = next && (next->flags & TF_NOSP);
        if (!glued_prev && glued_next && next->p == 0) {
            open = k; /* (a later opening mark replaces an unmatched one) */
            continue;
        }
        if (open == SIZE_MAX || !glued_prev || t->p != '\'') {
            continue;
        }
        bool after_punct = prev->p == ',' || prev->p == '.' || prev->p == '?' || prev->p == '!';
        bool before_end = !next || (next->flags & TF_NL) ||
                          (glued_next && (next->p == ',' || next->p == '.' || next->p == ';' ||
                                          next->p == ':' || next->p == '?' || next->p == '!' ||
                                          next->p == ')'));
        bool short_span = prev->p == 0 && next && next->p == 0 && !glued_next && k - open <= 6 &&
                          prev->klen > 0 && d->keys[prev->key + prev->klen - 1] != 's';
        if (!after_punct && !before_end && !short_span) {
            continue;
        }
        px_tok *o = &d->toks[open];
        o->flags |= TF_QOPEN;
        t->flags |= TF_QCLOSE;
        o->p = '"';
        t->p = '"';
        d->keys[o->key] = '"';
        d->keys[t->key] = '"';
        open = SIZE_MAX;
    }
}

int px_tokenize(px_doc *d)
{
    const char *s = d->text;
    size_t n = d->len, i = 0;
    /* one allocation each for the usual article: about one token per five bytes */
    if (d->captok == 0 && n > 64) {
        size_t nt = n / 5 + 32;
        d->toks = malloc(nt * sizeof *d->toks);
        if (!d->toks) {
            return -1;
        }
        d->captok = nt;
    }
    if (d->keycap == 0 && n > 64 && key_reserve(d, n + n / 4) != 0) {
        return -1;
    }
    int nl = 0;
    bool space = true;
    int quote_depth = 0;
    bool squote = false; /* a bare apostrophe or a left single quote was seen */
    while (i < n) {
        if (s[i] == ' ') { /* fast path: the commonest byte */
            space = true;
            i++;
            continue;
        }
        size_t clen;
        uint32_t c = utf8_at(s, n, i, &clen);
        char norm;
        int cls = cp_class(c, &norm);
        if (cls == C_SPACE || cls == C_NL) {
            if (cls == C_NL) {
                nl++;
            }
            space = true;
            i += clen;
            continue;
        }
        uint16_t pre = 0;
        if (!space) {
            pre |= TF_NOSP;
        }
        if (nl >= 1) {
            pre |= TF_NL;
        }
        if (nl >= 2) {
            pre |= TF_PARA;
        }
        if (d->ntok == 0) {
            pre |= TF_NL | TF_PARA;
        }
        nl = 0;
        space = false;
        if (key_reserve(d, 8) != 0) {
            return -1;
        }
        px_tok *t = tok_push(d);
        if (!t) {
            return -1;
        }
        t->s = (uint32_t)i;
        t->key = (uint32_t)d->keylen;
        t->flags = pre;
        if (cls == C_PUNCT || cls == C_APOS) {
            size_t j = i + clen;
            if (cls == C_APOS) {
                /* possessive 's or a bare apostrophe / closing single quote */
                if (j < n && (s[j] == 's' || s[j] == 'S') &&
                    (j + 1 >= n || !((s[j + 1] | 32) >= 'a' && (s[j + 1] | 32) <= 'z'))) {
                    j++;
                    d->keys[d->keylen++] = '\'';
                    d->keys[d->keylen++] = 's';
                    t->flags |= TF_ALPHA;
                } else {
                    d->keys[d->keylen++] = '\'';
                    t->p = '\'';
                    t->flags |= TF_PUNCT;
                    squote = true;
                }
            } else {
                /* (a dollar sign is no boundary, as "£" and "€" are none: "signed an $8.5
                 * billion framework in their first meeting") */
                t->p = norm == '$' ? 0 : norm;
                t->flags |= TF_PUNCT;
                squote = squote || norm == '`';
                if (norm == '-' || norm == '.') {
                    /* runs of dashes or dots are one token */
                    while (j < n) {
                        size_t l2;
                        char n2;
                        uint32_t c2 = utf8_at(s, n, j, &l2);
                        if (cp_class(c2, &n2) != C_PUNCT || n2 != norm) {
                            break;
                        }
                        j += l2;
                    }
                    if (norm == '-' && j == i + clen) {
                        t->flags |= TF_HYPH;
                    }
                }
                if (norm == '"') {
                    /* straight quote: opening when not glued to a preceding word */
                    norm = (pre & TF_NOSP) ? '}' : '{';
                    if (quote_depth > 0 && (pre & TF_NOSP)) {
                        norm = '}';
                    } else if (quote_depth > 0 && !(j < n && s[j] != ' ' && s[j] != '\n')) {
                        norm = '}';
                    }
                }
                if (norm == '{') {
                    t->flags |= TF_QOPEN;
                    quote_depth = 1;
                } else if (norm == '}') {
                    t->flags |= TF_QCLOSE;
                    quote_depth = 0;
                }
                if (norm == '{' || norm == '}') {
                    t->p = '"';
                }
                d->keys[d->keylen++] = t->p;
            }
            t->e = (uint32_t)j;
            tok_finish(d, t, 0, 0, 0, false);
            i = j;
            continue;
        }
        /* word */
        int upper = 0, lower = 0, letters = 0;
        bool firstcap = c < 0x80 ? (unsigned)(c - 'A') < 26 : cp_upper(c);
        bool digits_only = true, dots = false;
        size_t j = i;
        size_t word_keystart = d->keylen;
        while (j < n) {
#if LOAD8_LE
            /* fastest path: up to eight ASCII letters and digits in one load, counted and
             * lower-cased together (the same effect as the loop below; the key buffer
             * takes all eight bytes, the key only the word's, the rest is written over) */
            if (n - j >= 8) {
                uint64_t x;
                memcpy(&x, s + j, 8);
                uint64_t up = swar_in(x, 'A', 'Z');
                uint64_t dg = swar_in(x, '0', '9');
                uint64_t an = up | dg | swar_in(x, 'a', 'z');
                if (an & 0x80) {
                    uint64_t stop = ~an & SWAR_H;
                    unsigned m = stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8;
                    uint64_t keep = m == 8 ? ~0ULL : ((uint64_t)1 << (8 * m)) - 1;
                    if (key_reserve(d, 8 + 4) != 0) {
                        return -1;
                    }
                    uint64_t low = x | (up >> 2); /* (0x80 >> 2: the case bit) */
                    memcpy(d->keys + d->keylen, &low, 8);
                    d->keylen += m;
                    int nu = swar_count(up & keep);
                    int na = (int)m - swar_count(dg & keep);
                    upper += nu;
                    lower += na - nu;
                    letters += na;
                    digits_only = digits_only && na == 0;
                    j += m;
                    continue;
                }
            }
#endif
            /* fast path: a run of ASCII letters and digits, one reservation for all of it
             * (the same effect as the general path byte by byte) */
            size_t r = j;
            while (r < n && ascii_alnum[(unsigned char)s[r]]) {
                r++;
            }
            if (r > j) {
                if (key_reserve(d, r - j + 4) != 0) {
                    return -1;
                }
                char *o = d->keys + d->keylen;
                for (; j < r; j++) {
                    unsigned char b = (unsigned char)s[j];
                    if (b > '9') {
                        digits_only = false;
                        letters++;
                        if (b <= 'Z') {
                            upper++;
                            b = (unsigned char)(b + 32);
                        } else {
                            lower++;
                        }
                    }
                    *o++ = (char)b;
                }
                d->keylen = (size_t)(o - d->keys);
                continue;
            }
            size_t l2;
            char n2;
            uint32_t c2 = utf8_at(s, n, j, &l2);
            int k2 = cp_class(c2, &n2);
            if (k2 == C_ALPHA || k2 == C_DIGIT) {
                if (k2 == C_ALPHA) {
                    digits_only = false;
                    letters++;
                    upper += cp_upper(c2);
                    lower += cp_lower(c2);
                }
                if (key_put(d, s + j, l2, c2) != 0) {
                    return -1;
                }
                j += l2;
                continue;
            }
            if (k2 == C_APOS) {
                size_t a = j + l2;
                bool next_letter = a < n && (((s[a] | 32) >= 'a' && (s[a] | 32) <= 'z'));
                bool poss = next_letter && (s[a] == 's' || s[a] == 'S') &&
                            (a + 1 >= n || !(((s[a + 1] | 32) >= 'a' && (s[a + 1] | 32) <= 'z')));
                if (next_letter && (s[a] == 't' || s[a] == 'T') && j > i && (s[j - 1] | 32) == 'n' &&
                    (a + 1 >= n || !(((s[a + 1] | 32) >= 'a' && (s[a + 1] | 32) <= 'z'))) &&
                    j - 1 > i) {
                    /* don't -> do + n't */
                    j -= 1;
                    d->keylen -= 1;
                    break;
                }
                if (next_letter && !poss) {
                    d->keys[d->keylen++] = '\'';
                    if (key_reserve(d, 8) != 0) {
                        return -1;
                    }
                    j += l2;
                    continue;
                }
                break;
            }
            if (k2 == C_PUNCT && (n2 == '.' || n2 == ',') && c2 < 0x80) {
                size_t a = j + 1;
                size_t wl = d->keylen - word_keystart;
                if (digits_only && a < n && s[a] >= '0' && s[a] <= '9' && wl > 0) {
                    if (n2 == '.') {
                        d->keys[d->keylen++] = '.';
                        dots = true;
                        j = a;
                        continue;
                    }
                    /* 1,000 */
                    if (a + 2 < n && s[a + 1] >= '0' && s[a + 1] <= '9' && s[a + 2] >= '0' &&
                        s[a + 2] <= '9' && (a + 3 >= n || s[a + 3] < '0' || s[a + 3] > '9')) {
                        j = a;
                        continue;
                    }
                    break;
                }
                if (n2 == '.') {
                    /* dotted acronym or initial: U.S., F.W., W. */
                    bool single = letters >= 1 && wl == 1;
                    bool dotted = false;
                    const char *kk = d->keys + word_keystart;
                    for (size_t q = 0; q < wl; q++) {
                        if (kk[q] == '.') {
                            dotted = true;
                        }
                    }
                    bool letter_dot_next = a + 1 < n && (((s[a] | 32) >= 'a' && (s[a] | 32) <= 'z')) &&
                                           s[a + 1] == '.';
                    if ((single || dotted) && letter_dot_next) {
                        d->keys[d->keylen++] = '.';
                        dots = true;
                        j = a;
                        continue;
                    }
                    /* (not before a sentence's function word: "said in a statement on X.
                     * The ministers ...") */
                    /* (nor the platform after "on" or "via": "Rodriguez wrote on X.
                     * Jaentschke will ...") */
                    const px_tok *pv = d->ntok >= 2 ? &d->toks[d->ntok - 2] : NULL;
                    bool platform = single && s[i] == 'X' && pv && !pv->p &&
                                    ((pv->klen == 2 && memcmp(d->keys + pv->key, "on", 2) == 0) ||
                                     (pv->klen == 3 && memcmp(d->keys + pv->key, "via", 3) == 0));
                    if (single && firstcap && !platform && !before_function_word(s, n, a)) {
                        t->flags |= TF_ABBR;
                        j = a;
                        break;
                    }
                    if (dotted) {
                        t->flags |= TF_ABBR;
                        j = a;
                        break;
                    }
                    /* "Ma. Theresa Lazaro" (Maria, in Philippine names), "Md. Jashim Uddin",
                     * "Mohd. Hasan" (Mohammad, in South Asian and Malay ones): an
                     * abbreviation before a name of two words, not a name ending a sentence
                     * ("met Jack Ma. The two ...", "Baltimore, Md. The governor ...") */
                    size_t w2 = a + 1;
                    while (w2 < n && ((s[w2] | 32) >= 'a' && (s[w2] | 32) <= 'z')) {
                        w2++;
                    }
                    bool given = (wl == 2 && kk[0] == 'm' && (kk[1] == 'a' || kk[1] == 'd')) ||
                                 (wl == 4 && memcmp(kk, "mohd", 4) == 0);
                    if (given && firstcap && a + 1 < n &&
                        s[a] == ' ' && s[a + 1] >= 'A' && s[a + 1] <= 'Z' && w2 + 1 < n &&
                        s[w2] == ' ' && s[w2 + 1] >= 'A' && s[w2 + 1] <= 'Z') {
                        t->flags |= TF_ABBR;
                        j = a;
                        break;
                    }
                    if (is_abbrev(kk, wl)) {
                        bool ok = true;
                        if (wl == 2 && kk[0] == 'n' && kk[1] == 'o') {
                            ok = a + 1 < n && s[a] == ' ' && s[a + 1] >= '0' && s[a + 1] <= '9';
                        }
                        if (ok) {
                            t->flags |= TF_ABBR;
                            j = a;
                            break;
                        }
                    }
                }
            }
            break;
        }
        if (j == i) { /* n't split produced nothing; emit one byte to make progress */
            j = i + clen;
            if (key_put(d, s + i, clen, c) != 0) {
                return -1;
            }
        }
        /* strip dots from the key of dotted acronyms: u.s. -> us */
        if (dots && !digits_only) {
            size_t w = word_keystart;
            for (size_t q = word_keystart; q < d->keylen; q++) {
                if (d->keys[q] != '.') {
                    d->keys[w++] = d->keys[q];
                }
            }
            d->keylen = w;
        }
        t->e = (uint32_t)j;
        t->flags |= digits_only ? TF_NUM : TF_ALPHA;
        tok_finish(d, t, upper, lower, letters, firstcap);
        /* n't as its own token */
        if (j + 2 < n + 1 && j < n && (s[j] == 'n' || s[j] == 'N') && j + 1 < n &&
            (s[j + 1] == '\'' || (unsigned char)s[j + 1] == 0xE2) && !(t->flags & TF_ABBR)) {
            size_t l2;
            uint32_t c2 = utf8_at(s, n, j + 1, &l2);
            if ((c2 == '\'' || c2 == 0x2019) && j + 1 + l2 < n && (s[j + 1 + l2] | 32) == 't') {
                if (key_reserve(d, 8) != 0) {
                    return -1;
                }
                px_tok *t2 = tok_push(d);
                if (!t2) {
                    return -1;
                }
                t2->s = (uint32_t)j;
                t2->e = (uint32_t)(j + 1 + l2 + 1);
                t2->key = (uint32_t)d->keylen;
                t2->flags = TF_NOSP | TF_ALPHA;
                memcpy(d->keys + d->keylen, "n't", 3);
                d->keylen += 3;
                tok_finish(d, t2, 0, 0, 0, false);
                j = t2->e;
            }
        }
        i = j;
    }
    if (squote) {
        single_quotes(d);
    }
    /* ", however," inside a clause ("did not, however, meet Witkoff"): an adverb set off
     * by commas is left out of the tokens the rules read (the spans of the rest keep
     * their offsets) */
    {
        static const char *const paren[] = {"however", "though", "meanwhile", "nevertheless",
                                            "nonetheless", "moreover", "therefore", NULL};
        size_t w = 0;
        for (size_t k = 0; k < d->ntok; k++) {
            px_tok *t = &d->toks[k];
            bool drop = false;
            if (t->p == ',' && k + 2 < d->ntok && d->toks[k + 2].p == ',' && w > 0 &&
                d->toks[w - 1].p == 0 && !(d->toks[k + 1].flags & TF_CAP)) {
                const px_tok *a = &d->toks[k + 1];
                for (int pw = 0; paren[pw] && !drop; pw++) {
                    drop = a->klen == strlen(paren[pw]) &&
                           memcmp(d->keys + a->key, paren[pw], a->klen) == 0;
                }
            }
            if (drop) {
                k += 2; /* (the second comma too) */
                continue;
            }
            /* "H.E. Rajesh Venkataraman", "H.H. Sheikh Abdullah": a dotted form of address
             * before a name is left out (the name is read as if it opened the phrase) */
            if ((t->flags & TF_ABBR) && k + 1 < d->ntok && (d->toks[k + 1].flags & TF_CAP) &&
                ((t->klen == 2 && (memcmp(d->keys + t->key, "he", 2) == 0 ||
                                   memcmp(d->keys + t->key, "hh", 2) == 0)) ||
                 (t->klen >= 3 && (memcmp(d->keys + t->key, "h.e", 3) == 0 ||
                                   memcmp(d->keys + t->key, "h.h", 3) == 0)))) {
                continue;
            }
            /* "the six-member Gulf Cooperation Council", "the 27-nation European Union": a
             * body's count of members before its name is left out (the name is read as if
             * the article opened it) */
            if ((t->flags & (TF_NUM | TF_ALPHA)) && !(t->flags & TF_CAP) && w > 0 &&
                k + 3 < d->ntok && (d->toks[k + 1].flags & TF_HYPH) &&
                (d->toks[k + 1].flags & TF_NOSP) && (d->toks[k + 3].flags & TF_CAP) &&
                (d->toks[k + 3].flags & TF_ALPHA)) {
                const px_tok *u = &d->toks[k + 2];
                static const char *const units[] = {"member", "nation", "country", "state",
                                                    "strong", NULL};
                bool unit = false;
                for (int q = 0; units[q] && !unit; q++) {
                    unit = u->klen == strlen(units[q]) &&
                           memcmp(d->keys + u->key, units[q], u->klen) == 0;
                }
                static const char *const nums[] = {"two", "three", "four", "five", "six",
                                                   "seven", "eight", "nine", "ten", "eleven",
                                                   "twelve", "fifteen", "twenty", NULL};
                bool num = (t->flags & TF_NUM) != 0;
                for (int q = 0; nums[q] && !num; q++) {
                    num = t->klen == strlen(nums[q]) &&
                          memcmp(d->keys + t->key, nums[q], t->klen) == 0;
                }
                const px_tok *b = &d->toks[w - 1];
                bool det = (b->klen == 3 && memcmp(d->keys + b->key, "the", 3) == 0) ||
                           (b->klen == 1 && d->keys[b->key] == 'a');
                if (unit && num && det) {
                    k += 2;
                    continue;
                }
            }
            /* "Prime Minister 'Aisake Eke", "Tonga's 'Akilisi Pohiva": an okina written as an
             * apostrophe before a name's capital vowel (no quotation mark: single_quotes paired
             * none with it) is part of the name; the word keeps its key without it */
            if ((t->p == '\'' || t->p == '`') && k + 1 < d->ntok && !(t->flags & TF_NOSP) &&
                (d->toks[k + 1].flags & TF_NOSP) && (d->toks[k + 1].flags & TF_CAP) &&
                (d->toks[k + 1].flags & TF_ALPHA) && d->toks[k + 1].klen > 1 &&
                strchr("aeiou", d->keys[d->toks[k + 1].key]) &&
                (w == 0 || (d->toks[w - 1].p == 0 && (d->toks[w - 1].flags & TF_CAP)) ||
                 (d->toks[w - 1].klen == 2 && memcmp(d->keys + d->toks[w - 1].key, "'s", 2) == 0))) {
                px_tok nt = d->toks[k + 1];
                nt.s = t->s;
                nt.flags = (uint16_t)((nt.flags & ~(TF_NOSP | TF_NL | TF_PARA)) |
                                      (t->flags & (TF_NOSP | TF_NL | TF_PARA)));
                d->toks[w++] = nt;
                k++;
                continue;
            }
            /* a few words quoted inside a clause ("he would \"love to meet\" Kim"): the
             * quote marks are left out, the words read as the clause they belong to */
            if ((t->flags & TF_QOPEN) && w > 0 && d->toks[w - 1].p == 0 && k + 1 < d->ntok &&
                d->toks[k + 1].p == 0 && !(d->toks[k + 1].flags & TF_CAP)) {
                size_t q = k + 1;
                /* (over hyphens inside: 'will hold "two-plus-two" security talks') */
                while (q < d->ntok && q < k + 9 &&
                       (d->toks[q].p == 0 || (d->toks[q].p == '-' && q > k + 1))) {
                    q++;
                }
                if (q < d->ntok && (d->toks[q].flags & TF_QCLOSE) && q + 1 < d->ntok &&
                    (d->toks[q + 1].p == 0 || d->toks[q + 1].p == ',')) {
                    for (size_t m = k + 1; m < q; m++) {
                        d->toks[w++] = d->toks[m];
                    }
                    k = q;
                    continue;
                }
            }
            if (w != k) {
                d->toks[w] = *t;
            }
            w++;
        }
        d->ntok = w;
    }
    /* word ids, key prefixes and quote spans */
    if (d->cappre < d->ntok) {
        size_t nc = d->captok > d->ntok ? d->captok : d->ntok;
        uint64_t *np = realloc(d->tpre, nc * sizeof *np);
        if (!np) {
            return -1;
        }
        d->tpre = np;
        d->cappre = nc;
    }
    bool inq = false;
    for (size_t k = 0; k < d->ntok; k++) {
        px_tok *t = &d->toks[k];
        t->wid = px_gaz_word(d->ctx->gaz, d->keys + t->key, t->klen);
        t->k0 = d->keys[t->key];
        d->tpre[k] = key_prefix(d, t);
        t->kmask = px_gaz_mask(d->ctx->gaz, t->wid);
        if (t->flags & TF_PARA) {
            inq = false; /* unbalanced quotes never run past a paragraph (one may open it) */
        }
        if (t->flags & TF_QOPEN) {
            inq = true;
        } else if (t->flags & TF_QCLOSE) {
            inq = false;
        } else if (inq) {
            t->flags |= TF_INQ;
        }
    }
    return 0;
}

/* ---------- sentences ---------- */

static int sent_push(px_doc *d, uint32_t tb, uint32_t te)
{
    if (te <= tb) {
        return 0;
    }
    if (d->nsent == d->capsent) {
        size_t nc = d->capsent ? d->capsent * 2 : 64;
        px_sent *ns = realloc(d->sents, nc * sizeof *ns);
        if (!ns) {
            return -1;
        }
        d->sents = ns;
        d->capsent = nc;
    }
    d->sents[d->nsent].tb = tb;
    d->sents[d->nsent].te = te;
    d->sents[d->nsent].title_case = false;
    d->nsent++;
    return 0;
}

static bool starter_word(const char *k)
{
    static const char *const w[] = {"the", "he", "she", "it", "they", "we", "but", "in", "a",
                                    "an", "this", "that", "his", "her", "their", "on", "i",
                                    "there", "its", "and", "last", "mr", "ms", "mrs", NULL};
    for (int i = 0; w[i]; i++) {
        if ((w[i][0] == k[0] && strcmp(w[i], k) == 0)) {
            return true;
        }
    }
    return false;
}

static bool is_close(const px_tok *t)
{
    return (t->flags & TF_QCLOSE) || t->p == ')' || t->p == ']' || t->p == '\'';
}

/* Marks a dateline ("WASHINGTON (Reuters) -", "BEIJING, May 29 --") starting at token s;
 * true when one was marked. */
static bool mark_dateline_at(px_doc *d, size_t s)
{
    if (d->ntok < s + 3 || !(d->toks[s].flags & (TF_UPPER | TF_CAP))) {
        return false;
    }
    bool upper0 = (d->toks[s].flags & TF_UPPER) != 0;
    bool paren = false, comma = false, num = false, inparen = false;
    for (size_t i = s + 1; i < d->ntok && i < s + 16; i++) {
        const px_tok *t = &d->toks[i];
        if (t->flags & TF_NL) {
            return false;
        }
        if (t->p == '(') {
            paren = true;
            inparen = true;
        } else if (t->p == ')') {
            inparen = false;
        }
        if (!paren && t->p == ',') {
            comma = true;
        }
        if (!paren && comma && (t->flags & TF_NUM)) {
            num = true;
        }
        if (t->p == '-' && !(t->flags & TF_NOSP) && (upper0 || paren)) {
            for (size_t k = s; k <= i; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        /* "HAVANA, Nov 19 (Prensa Latina) Cuban President ...": the agency's closing
         * parenthesis ends a dateline that has no dash */
        /* (also "New Delhi, Nov 20 (PTI) External Affairs Minister ...": a place, a date,
         * the agency) */
        if (t->p == ')' && paren && (upper0 || num) && i + 1 < d->ntok && d->toks[i + 1].p != '-' &&
            (d->toks[i + 1].flags & TF_CAP) && !(d->toks[i + 1].flags & TF_NL)) {
            for (size_t k = s; k <= i; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        /* "Baku, November 20 (APA). President ...", "ISLAMABAD, Nov 20 (APP): Deputy ...":
         * the agency's parenthesis closed by a stop or a colon */
        if (t->p == ')' && paren && (upper0 || num) && i + 2 < d->ntok &&
            (d->toks[i + 1].p == '.' || d->toks[i + 1].p == ':') &&
            (d->toks[i + 2].flags & TF_CAP)) {
            for (size_t k = s; k <= i + 1; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        /* "Madrid, 20 Nov (EFE).- The Minister ...": EFE's stop and dash */
        if (t->p == ')' && paren && (upper0 || num) && i + 3 < d->ntok && d->toks[i + 1].p == '.' &&
            d->toks[i + 2].p == '-' && (d->toks[i + 3].flags & TF_CAP)) {
            for (size_t k = s; k <= i + 2; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        /* "YEREVAN, NOVEMBER 20, ARMENPRESS. Prime Minister ...": an upper-case agency after
         * the date; "MOSCOW, November 18. /TASS/. President ...": the agency between
         * slashes after the date's stop */
        if (t->p == '.' && upper0 && num && comma && !paren && i + 1 < d->ntok) {
            size_t e = 0;
            if ((((d->toks[i - 1].flags & TF_UPPER) && (d->toks[i - 1].flags & TF_ALPHA) &&
                  d->toks[i - 2].p == ',') ||
                 (i >= s + 4 && d->toks[i - 1].p == '/' && d->toks[i - 3].p == '/')) &&
                (d->toks[i + 1].flags & TF_CAP)) {
                e = i; /* (a date's stop inside one token: "November 18. /TASS/.") */
            } else if (d->toks[i + 1].p == '/') {
                for (size_t q = i + 2; q < d->ntok && q < i + 6; q++) {
                    if (d->toks[q].p == '/') {
                        e = q + 1 < d->ntok && d->toks[q + 1].p == '.' ? q + 1 : q;
                        break;
                    }
                }
            }
            if (e) {
                for (size_t k = s; k <= e; k++) {
                    d->toks[k].flags |= TF_DATELINE;
                }
                return true;
            }
        }
        /* "ASTANA. KAZINFORM - Chairman of the Senate ...": an upper-case agency after the
         * place's stop */
        if (t->p == '.' && upper0 && i == s + 1 && i + 3 < d->ntok &&
            (d->toks[i + 1].flags & TF_UPPER) && (d->toks[i + 1].flags & TF_ALPHA) &&
            d->toks[i + 2].p == '-' && (d->toks[i + 3].flags & TF_CAP)) {
            for (size_t k = s; k <= i + 2; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        if (t->p == ':' && upper0 && i <= s + 3) {
            for (size_t k = s; k <= i; k++) {
                d->toks[k].flags |= TF_DATELINE;
            }
            return true;
        }
        /* (ANI's bracketed state: "New Delhi [India], January 25 (ANI): ...") */
        /* (a stop inside the agency's name: "TASHKENT, Dec 3 (Kun.uz) - ") */
        if ((t->flags & TF_PUNCT) && t->p != ',' && t->p != '(' && t->p != ')' && t->p != '/' &&
            t->p != '[' && t->p != ']' && !(inparen && t->p == '.')) {
            return false;
        }
        /* (an ordinal day is no lower-case word: "ABU DHABI, 17th September, 2026 (WAM) --") */
        const char *tk = d->keys + t->key;
        bool ord = t->klen > 2 && tk[0] >= '0' && tk[0] <= '9';
        if ((t->flags & TF_ALPHA) && !(t->flags & (TF_CAP | TF_UPPER)) && !paren && !ord) {
            return false;
        }
    }
    return false;
}

/* Marks an article-initial dateline, or one that opens the second line after a headline
 * ("Merz cancels Africa trip\nBERLIN, Dec 1 (dpa) - ..."). */
static void mark_dateline(px_doc *d)
{
    if (mark_dateline_at(d, 0)) {
        return;
    }
    for (size_t i = 1; i < d->ntok && i < 40; i++) {
        if (d->toks[i].flags & TF_NL) {
            if (d->toks[i - 1].p != '.' && d->toks[i - 1].p != ':') {
                mark_dateline_at(d, i);
            }
            return;
        }
    }
}

int px_split(px_doc *d)
{
    mark_dateline(d);
    uint32_t start = 0;
    size_t maxtok = d->max_sent_toks;
    size_t maxbytes = d->ctx->opts.max_sentence_bytes ? d->ctx->opts.max_sentence_bytes : 3000;
    for (uint32_t i = 0; i < d->ntok; i++) {
        px_tok *t = &d->toks[i];
        if (i > start) {
            bool brk = false;
            if (t->flags & TF_PARA) {
                brk = true;
            } else if (t->flags & TF_NL) {
                const px_tok *pv = &d->toks[i - 1];
                bool term = pv->p == '.' || pv->p == '!' || pv->p == '?' || pv->p == ':' ||
                            (is_close(pv) && i >= 2 && (d->toks[i - 2].p == '.' ||
                                                        d->toks[i - 2].p == '?' ||
                                                        d->toks[i - 2].p == '!'));
                bool shortline = i - start <= 14 && !(pv->p == ',' || (pv->flags & TF_ALPHA &&
                                                                       !(pv->flags & TF_CAP) &&
                                                                       i - start > 8));
                /* (a dateline opening the line ends the headline before it) */
                /* (the article's first line with no closing stop before a capital is its
                 * headline: "Dodik meets Lavrov in Moscow as prosecutors seek his arrest") */
                bool headline = start == 0 && i <= 24 && pv->p != ',' && pv->p != ';' &&
                                (t->flags & TF_CAP) && (pv->flags & (TF_ALPHA | TF_NUM));
                if (term || headline || (shortline && (t->flags & (TF_CAP | TF_QOPEN | TF_NUM))) ||
                    t->p == '*' || t->p == '-' || (t->flags & TF_DATELINE)) {
                    brk = true;
                }
            } else if (i - start >= maxtok || d->toks[i].e - d->toks[start].s > maxbytes) {
                brk = true;
            }
            if (brk) {
                if (sent_push(d, start, i) != 0) {
                    return -1;
                }
                start = i;
            }
        }
        bool term = t->p == '.' || t->p == '!' || t->p == '?';
        bool abbr_end = false;
        if ((t->flags & TF_ABBR) && i + 1 < d->ntok) {
            /* "... the U.S. The next" */
            const char *k = px_tkey(d, i);
            size_t kl = d->toks[i].klen;
            const px_tok *nx = &d->toks[i + 1];
            if (kl >= 2 && (d->toks[i].flags & TF_UPPER) && (nx->flags & TF_CAP) &&
                starter_word(px_tkey(d, i + 1)) && !(nx->flags & TF_NOSP)) {
                abbr_end = true;
            }
            (void)k;
        }
        if (!term && !abbr_end) {
            continue;
        }
        uint32_t j = i + 1;
        while (j < d->ntok && is_close(&d->toks[j]) && (d->toks[j].flags & TF_NOSP)) {
            j++;
        }
        bool end = j >= d->ntok;
        if (!end) {
            const px_tok *nx = &d->toks[j];
            if (nx->flags & (TF_NL | TF_CAP | TF_QOPEN | TF_NUM)) {
                end = !(nx->flags & TF_NOSP) || (nx->flags & TF_NL);
            }
            if (nx->p == '(' || nx->p == '-') {
                end = !(nx->flags & TF_NOSP);
            }
            if (t->p == '.' && (d->toks[i].flags & TF_NOSP) && i > 0 &&
                (d->toks[i - 1].flags & TF_NUM) && (nx->flags & TF_NUM) && (nx->flags & TF_NOSP)) {
                end = false;
            }
        }
        if (end) {
            if (sent_push(d, start, j) != 0) {
                return -1;
            }
            start = j;
            i = j - 1;
        }
    }
    if (start < d->ntok && sent_push(d, start, (uint32_t)d->ntok) != 0) {
        return -1;
    }
    return 0;
}

/* ---------- title-case headlines ---------- */

/* The length of the longest proper-noun entry (person, state, place, body, demonym,
 * title) starting at token i, 0 when none. */
static uint32_t proper_at(const px_doc *d, uint32_t i)
{
    static const int kinds[] = {K_PERSON, K_COUNTRY, K_DEMONYM, K_CAPITAL, K_METONYM,
                                K_CITY,   K_ORG,     K_VENUE,   K_AMBIG,   K_TITLE};
    uint32_t best = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        uint32_t l;
        if (px_match_kind(d, i, kinds[k], &l) && l > best) {
            best = l;
        }
    }
    return best;
}

/* a month or a weekday (time words that keep their capital), as the time lexicon says */
static bool date_word(const px_doc *d, uint32_t i)
{
    uint32_t len;
    const px_entry *e = px_match_kind(d, i, K_TIME, &len);
    for (; e && len == 1; e = px_gaz_next(d->ctx->gaz, e)) {
        if (e->kind == K_TIME && (e->sub == TW_MONTH || e->sub == TW_WEEKDAY)) {
            return true;
        }
    }
    return false;
}

/* "Wang Yi Holds Phone Talks With Iranian Foreign Minister": in a sentence written in
 * title case (no lower-case word but short function words, three or more capitalised ones,
 * one of them a common word of the lexicon after the first), a capitalised common word (a
 * contact or decision word, a cue, a stop word, a group noun; not a month or a weekday)
 * that starts no name is read in lower case, so that it neither joins a name nor hides a
 * verb. */
void px_titlecase(px_doc *d)
{
    static const char *const fw[] = {"a",    "an",  "the", "of",  "in",   "on",   "at",
                                     "to",   "for", "and", "or",  "by",   "as",   "vs",
                                     "with", "from", "into", "over", "after", "amid", "than",
                                     "but",  "nor", "via", "per", "upon", "onto", "up", NULL};
    uint64_t common = px_kind_bits(K_TRIGGER) | px_kind_bits(K_CUE) | px_kind_bits(K_TIME) |
                      px_kind_bits(K_STOP) | px_kind_bits(K_GROUPN);
    for (size_t s = 0; s < d->nsent; s++) {
        uint32_t tb = d->sents[s].tb, te = d->sents[s].te;
        int caps = 0, lows = 0, cues = 0;
        /* (most sentences end this at their first lower-case word) */
        for (uint32_t i = tb; i < te && lows == 0; i++) {
            const px_tok *t = &d->toks[i];
            if (!(t->flags & TF_ALPHA) || (t->flags & (TF_UPPER | TF_DATELINE))) {
                continue;
            }
            if (t->flags & TF_CAP) {
                caps++;
                cues += i > tb && (t->kmask & common) && !date_word(d, i);
                continue;
            }
            bool f = px_streq(px_tkey(d, i), "'s"); /* ("EU's Kallas Meets ...") */
            for (int k = 0; fw[k] && !f && t->klen <= 5; k++) {
                f = px_streq(px_tkey(d, i), fw[k]);
            }
            lows += !f && !(i > tb && (d->toks[i - 1].flags & TF_HYPH));
        }
        if (lows || caps < 3 || cues == 0) {
            continue;
        }
        d->sents[s].title_case = true;
        for (uint32_t i = tb; i < te; i++) {
            px_tok *t = &d->toks[i];
            uint32_t pl = proper_at(d, i);
            if (pl) {
                i += pl - 1; /* "Theresa May": the name's own words stay */
                continue;
            }
            if ((t->flags & TF_CAP) && !(t->flags & (TF_UPPER | TF_DATELINE)) &&
                (t->kmask & common) && !date_word(d, i)) {
                /* the whole phrase it starts: "Calls Off" */
                uint32_t l = 1, l2;
                if (px_match_kind(d, i, K_TRIGGER, &l2) && l2 > l) {
                    l = l2;
                }
                if (px_match_kind(d, i, K_CUE, &l2) && l2 > l) {
                    l = l2;
                }
                for (uint32_t j = i; j < i + l && j < te; j++) {
                    if (!(d->toks[j].flags & TF_UPPER)) {
                        d->toks[j].flags = (uint16_t)(d->toks[j].flags & ~TF_CAP);
                    }
                }
                i += l - 1;
            }
        }
    }
}

/* ---------- phrase tokenisation for the gazetteer ---------- */

/* Splits a lexicon phrase into lower-case word keys exactly as article text would be
 * (minus hyphens, which the matcher skips). Returns the number of words, -1 when too
 * long. Keys are written NUL-separated into out; starts[k] is each key's offset. */
bool px_headline_first(const px_doc *d)
{
    if (d->nsent < 2) {
        return false;
    }
    const px_sent *s0 = &d->sents[0];
    uint8_t lp = d->toks[s0->te - 1].p;
    return !(lp == '.' || lp == '?' || lp == '!' || (d->toks[s0->te - 1].flags & TF_QCLOSE));
}

int px_tokenize_phrase(const char *s, size_t n, char *out, size_t outcap, uint32_t *starts,
                       size_t maxw)
{
    px_doc tmp;
    memset(&tmp, 0, sizeof tmp);
    static const px_ctx nullctx;
    tmp.ctx = &nullctx;
    tmp.text = s;
    tmp.len = n;
    int rc = -1;
    size_t o = 0, nw = 0;
    /* tokenise without word ids: px_gaz_word tolerates a NULL gazetteer */
    if (px_tokenize(&tmp) != 0) {
        goto out;
    }
    for (size_t i = 0; i < tmp.ntok; i++) {
        const px_tok *t = &tmp.toks[i];
        if (t->flags & TF_HYPH) {
            continue;
        }
        if (nw >= maxw || o + t->klen + 1 > outcap) {
            goto out;
        }
        starts[nw++] = (uint32_t)o;
        memcpy(out + o, tmp.keys + t->key, t->klen);
        o += t->klen;
        out[o++] = '\0';
    }
    rc = (int)nw;
out:
    free(tmp.toks);
    free(tmp.tpre);
    free(tmp.keys);
    return rc;
}

/* ---------- language ---------- */

bool px_is_english(const px_doc *d)
{
    static const char *const sw[] = {"the", "of", "and", "to", "in", "a", "is", "that", "for",
                                     "on", "with", "was", "said", "as", "by", "at", "has",
                                     "have", "it", "he", "his", "from", "were", "be", "are",
                                     "an", "this", "will", "not", "which", "had", "its",
                                     "they", "their", "after", "who", "would", "but", NULL};
    size_t words = 0, hits = 0, nonlatin = 0;
    for (size_t i = 0; i < d->ntok && words < 600; i++) {
        const px_tok *t = &d->toks[i];
        if (!(t->flags & TF_ALPHA)) {
            continue;
        }
        const unsigned char *k = (const unsigned char *)d->keys + t->key;
        if (k[0] >= 0xC0 && !(k[0] == 0xC3 || k[0] == 0xC4 || k[0] == 0xC5)) {
            words++;
            nonlatin++;
            continue;
        }
        if (t->flags & TF_CAP) {
            continue; /* names say nothing about the language */
        }
        words++;
        for (int j = 0; sw[j]; j++) {
            if (px_streq(sw[j], (const char *)k)) {
                hits++;
                break;
            }
        }
    }
    if (words < 12) {
        return nonlatin * 2 < words || words == 0;
    }
    if (nonlatin * 10 > words * 3) {
        return false;
    }
    return hits * 100 >= words * 12;
}
