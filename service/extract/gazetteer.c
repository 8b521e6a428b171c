/* gazetteer.c - the word dictionary and the token trie behind every lexical lookup.
 * Phrases (countries, titles, triggers, cues, time words ...) are stored as paths of
 * word ids; matching walks the trie from each token, so a sentence is matched in one
 * pass with O(1) hash steps per token and no per-entry loops. Hyphens are transparent. */
#include "px_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct slot {
    uint64_t key;     /* word: hash; child: (node << 32) | wid */
    uint32_t val;     /* word id / child node */
    uint32_t aux;     /* word: string offset of the key */
} slot;

typedef struct htab {
    slot *s;
    size_t cap, n;
} htab;

struct px_gaz {
    px_buf pool;      /* strings; offset 0 is "" */
    htab words;       /* key -> word id */
    uint32_t nwords;
    htab kids;        /* (node, wid) -> node */
    uint32_t *node_entry; /* first entry per node (1-based into entries), 0 none */
    uint32_t *node_parent;
    uint64_t *node_mask;  /* kinds / trigger classes / cue classes in the node's subtree */
    uint64_t *node_own;   /* the same of the node's own entries (px_gaz_finish) */
    uint32_t *word_root;  /* per word id, the root's child for it (0: none); px_gaz_finish */
    size_t nnodes, capnodes;
    px_entry *entries; /* entries[0] unused */
    size_t nentries, capentries;
    uint32_t wid_hyphen;
};

/* A key's first slot in a table of cap slots (a power of two): Fibonacci hashing of the
 * key folded onto itself. (Folded first: a (node, word) key has its node in the high 32
 * bits, which a product's bits below 32 never see; unfolded, every node's child for one
 * word was probed from the same slot.) */
static size_t ht_slot(uint64_t key, size_t cap)
{
    return (size_t)(((key ^ (key >> 32)) * 0x9E3779B97F4A7C15ULL) >> 32) & (cap - 1);
}

static int ht_grow(htab *h)
{
    size_t nc = h->cap ? h->cap * 2 : 1024;
    slot *ns = calloc(nc, sizeof *ns);
    if (!ns) {
        return -1;
    }
    for (size_t i = 0; i < h->cap; i++) {
        if (h->s[i].val) {
            size_t j = ht_slot(h->s[i].key, nc);
            while (ns[j].val) {
                j = (j + 1) & (nc - 1);
            }
            ns[j] = h->s[i];
        }
    }
    free(h->s);
    h->s = ns;
    h->cap = nc;
    return 0;
}

static size_t ht_pos(const htab *h, uint64_t key)
{
    return ht_slot(key, h->cap);
}

px_gaz *px_gaz_new(void)
{
    px_gaz *g = calloc(1, sizeof *g);
    if (!g) {
        return NULL;
    }
    if (px_buf_addc(&g->pool, '\0') != 0) {
        free(g);
        return NULL;
    }
    g->nnodes = 1; /* node 0 = root */
    g->capnodes = 1024;
    g->node_entry = calloc(g->capnodes, sizeof *g->node_entry);
    g->node_parent = calloc(g->capnodes, sizeof *g->node_parent);
    g->capentries = 1024;
    g->entries = calloc(g->capentries, sizeof *g->entries);
    g->nentries = 1;
    if (!g->node_entry || !g->entries || !g->node_parent) {
        px_gaz_destroy(g);
        return NULL;
    }
    g->wid_hyphen = 0;
    return g;
}

void px_gaz_destroy(px_gaz *g)
{
    if (!g) {
        return;
    }
    px_buf_free(&g->pool);
    free(g->words.s);
    free(g->kids.s);
    free(g->node_entry);
    free(g->node_parent);
    free(g->node_mask);
    free(g->node_own);
    free(g->word_root);
    free(g->entries);
    free(g);
}

uint32_t px_gaz_str(px_gaz *g, const char *s, size_t n)
{
    if (n == 0) {
        return 0;
    }
    size_t off = g->pool.len;
    if (px_buf_add(&g->pool, s, n) != 0 || px_buf_addc(&g->pool, '\0') != 0) {
        return 0;
    }
    return (uint32_t)off;
}

const char *px_gaz_cstr(const px_gaz *g, uint32_t off)
{
    return g->pool.p + off;
}

static inline uint64_t rd64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline uint64_t rd32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* The word table's hash (internal: it never leaves the process, unlike px_hash64's ids):
 * the word read 8 bytes at a time, the tail and short words as overlapping 4-byte or
 * 1-byte reads that together cover every byte (wyhash's trick), so a 6-letter word costs
 * two loads and a few multiplies instead of a step per byte. */
static uint64_t word_hash(const char *s, size_t n)
{
    uint64_t a, b, h = 0x9E3779B97F4A7C15ULL ^ n;
    const unsigned char *u = (const unsigned char *)s;
    if (n > 8) {
        size_t i = 0;
        for (; n - i > 8; i += 8) {
            h = (h ^ rd64(s + i)) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 29;
        }
        a = rd64(s + n - 8);
        b = 0;
    } else if (n >= 4) {
        a = rd32(s);
        b = rd32(s + n - 4);
    } else {
        a = ((uint64_t)u[0] << 16) | ((uint64_t)u[n >> 1] << 8) | u[n - 1];
        b = 0;
    }
    h = (h ^ a ^ (b << 32)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 29);
}

uint32_t px_gaz_word(const px_gaz *g, const char *key, size_t n)
{
    if (!g || !g->words.cap || n == 0) {
        return 0;
    }
    uint64_t h = word_hash(key, n);
    size_t j = ht_pos(&g->words, h);
    while (g->words.s[j].val) {
        const slot *sl = &g->words.s[j];
        /* (the pool holds the word and its NUL: a key of n bytes, which never holds a
         * NUL, is the word when its n bytes and the NUL after them match) */
        if (sl->key == h && sl->aux + n < g->pool.len) {
            const char *k = g->pool.p + sl->aux;
            if (memcmp(k, key, n) == 0 && k[n] == '\0') {
                return sl->val;
            }
        }
        j = (j + 1) & (g->words.cap - 1);
    }
    return 0;
}

static uint32_t word_intern(px_gaz *g, const char *key, size_t n)
{
    uint32_t id = px_gaz_word(g, key, n);
    if (id) {
        return id;
    }
    if ((g->words.n + 1) * 2 > g->words.cap && ht_grow(&g->words) != 0) {
        return 0;
    }
    uint32_t off = px_gaz_str(g, key, n);
    if (!off) {
        return 0;
    }
    uint64_t h = word_hash(key, n);
    size_t j = ht_pos(&g->words, h);
    while (g->words.s[j].val) {
        j = (j + 1) & (g->words.cap - 1);
    }
    g->words.s[j].key = h;
    g->words.s[j].val = ++g->nwords;
    g->words.s[j].aux = off;
    g->words.n++;
    return g->nwords;
}

uint32_t px_gaz_child(const px_gaz *g, uint32_t node, uint32_t wid)
{
    if (!wid || !g->kids.cap) {
        return 0;
    }
    if (node == 0 && g->word_root) { /* every match starts here: an array, not a probe */
        return wid <= g->nwords ? g->word_root[wid] : 0;
    }
    uint64_t key = ((uint64_t)node << 32) | wid;
    size_t j = ht_pos(&g->kids, key);
    while (g->kids.s[j].val) {
        if (g->kids.s[j].key == key) {
            return g->kids.s[j].val;
        }
        j = (j + 1) & (g->kids.cap - 1);
    }
    return 0;
}

static uint32_t child_add(px_gaz *g, uint32_t node, uint32_t wid)
{
    uint32_t c = px_gaz_child(g, node, wid);
    if (c) {
        return c;
    }
    if ((g->kids.n + 1) * 2 > g->kids.cap && ht_grow(&g->kids) != 0) {
        return 0;
    }
    if (g->nnodes == g->capnodes) {
        size_t nc = g->capnodes * 2;
        uint32_t *ne = realloc(g->node_entry, nc * sizeof *ne);
        if (!ne) {
            return 0;
        }
        memset(ne + g->capnodes, 0, (nc - g->capnodes) * sizeof *ne);
        g->node_entry = ne;
        uint32_t *np = realloc(g->node_parent, nc * sizeof *np);
        if (!np) {
            return 0;
        }
        g->node_parent = np;
        g->capnodes = nc;
    }
    uint32_t id = (uint32_t)g->nnodes++;
    g->node_parent[id] = node;
    uint64_t key = ((uint64_t)node << 32) | wid;
    size_t j = ht_pos(&g->kids, key);
    while (g->kids.s[j].val) {
        j = (j + 1) & (g->kids.cap - 1);
    }
    g->kids.s[j].key = key;
    g->kids.s[j].val = id;
    g->kids.n++;
    return id;
}

int px_gaz_add(px_gaz *g, const char *phrase, size_t n, const px_entry *e)
{
    free(g->word_root); /* stale from here on; px_gaz_finish makes them again */
    g->word_root = NULL;
    free(g->node_own);
    g->node_own = NULL;
    char keys[512];
    uint32_t starts[16];
    int nw = px_tokenize_phrase(phrase, n, keys, sizeof keys, starts, 16);
    if (nw <= 0) {
        return nw == 0 ? 0 : -1;
    }
    uint32_t node = 0;
    for (int i = 0; i < nw; i++) {
        const char *k = keys + starts[i];
        uint32_t wid = word_intern(g, k, strlen(k));
        if (!wid) {
            return -1;
        }
        node = child_add(g, node, wid);
        if (!node) {
            return -1;
        }
    }
    if (g->nentries == g->capentries) {
        size_t nc = g->capentries * 2;
        px_entry *ne = realloc(g->entries, nc * sizeof *ne);
        if (!ne) {
            return -1;
        }
        g->entries = ne;
        g->capentries = nc;
    }
    uint32_t idx = (uint32_t)g->nentries++;
    g->entries[idx] = *e;
    /* append to keep file order (later user entries come last and win ties by scan) */
    g->entries[idx].next = 0;
    if (!g->node_entry[node]) {
        g->node_entry[node] = idx;
    } else {
        uint32_t k = g->node_entry[node];
        while (g->entries[k].next) {
            k = g->entries[k].next;
        }
        g->entries[k].next = idx;
    }
    return 0;
}

const px_entry *px_gaz_entries(const px_gaz *g, uint32_t node)
{
    if (node >= g->nnodes || !g->node_entry[node]) {
        return NULL;
    }
    return &g->entries[g->node_entry[node]];
}

const px_entry *px_gaz_next(const px_gaz *g, const px_entry *e)
{
    return e->next ? &g->entries[e->next] : NULL;
}

uint32_t px_gaz_wid_hyphen(const px_gaz *g)
{
    return g->wid_hyphen;
}

/* ---------- matching on article tokens ---------- */

static bool weak_word(const char *k)
{
    if (k[0] != 't' && k[0] != 'o' && k[0] != 'a' && k[0] != 'f' && k[0] != 'd' &&
        k[0] != '\'' && k[0] != 'l' && k[0] != 'i') {
        return false;
    }
    return px_streq(k, "the") || px_streq(k, "of") || px_streq(k, "and") ||
           px_streq(k, "for") || px_streq(k, "de") || px_streq(k, "al") ||
           px_streq(k, "on") || px_streq(k, "'s") || px_streq(k, "du") ||
           px_streq(k, "la") || px_streq(k, "d'ivoire") || px_streq(k, "da") ||
           px_streq(k, "in");
}

/* A particle that starts a surname written alone: "von der Leyen", "van der Bellen". */
static bool first_particle(const char *k)
{
    return k[0] == 'v' && (px_streq(k, "von") || px_streq(k, "van"));
}

bool px_case_ok(const px_doc *d, const px_entry *e, uint32_t i, uint32_t len)
{
    if (e->casef == CASE_ANY) {
        return true;
    }
    if (e->casef == CASE_FIRST) { /* a listed event's alias: "APEC leaders' meeting" */
        return i < d->ntok && (d->toks[i].flags & TF_CAP);
    }
    for (uint32_t k = i; k < i + len && k < d->ntok; k++) {
        const px_tok *t = &d->toks[k];
        if (t->flags & (TF_HYPH | TF_NUM | TF_PUNCT)) {
            continue;
        }
        if (e->casef == CASE_UPPER) {
            if (!(t->flags & TF_UPPER)) {
                return false;
            }
            continue;
        }
        /* (the lower-case second half of a hyphenated given name: "Lee Jae-myung") */
        if (!(t->flags & TF_CAP) && !weak_word(px_tkey(d, k)) &&
            !(k > i && (d->toks[k - 1].flags & TF_HYPH))) {
            /* allow a lower-case inner word when the first word is capitalised, and a
             * name's own particle first ("von der Leyen", "van der Bellen") */
            if ((k == i && !(len > 1 && first_particle(px_tkey(d, k)))) || k + 1 == i + len) {
                return false;
            }
        }
    }
    return true;
}

/* px_match_kind (px_internal.h) past its kmask check: the trie walk. */
const px_entry *px_match_walk(const px_doc *d, uint32_t i, int kind, uint32_t *len)
{
    const px_gaz *g = d->ctx->gaz;
    const px_entry *best = NULL;
    uint32_t node = 0, j = i, bestlen = 0;
    size_t lim = d->ntok;
    const uint64_t kb = px_kind_bits(kind);
    while (j < lim && j - i < 12) {
        const px_tok *t = &d->toks[j];
        if ((t->flags & TF_HYPH) && j > i) {
            j++;
            continue;
        }
        uint32_t c = px_gaz_child(g, node, t->wid);
        if (!c && kind == K_PERSON && j > i && j + 1 < lim && (t->flags & TF_ABBR) &&
            (t->flags & TF_CAP) && t->klen <= 2) {
            j++; /* a middle initial the dictionary lacks: "Ferdinand R. Marcos Jr." */
            continue;
        }
        if (!c) {
            break;
        }
        node = c;
        j++;
        /* (nothing of the kind below: the walk ends; none here: on to the next word) */
        if (g->node_own) {
            if (!(g->node_mask[node] & kb)) {
                break;
            }
            if (!(g->node_own[node] & kb)) {
                continue;
            }
        }
        for (const px_entry *e = px_gaz_entries(g, node); e; e = px_gaz_next(g, e)) {
            if ((kind == 0 || e->kind == kind) && px_case_ok(d, e, i, j - i)) {
                best = e;
                bestlen = j - i;
                break;
            }
        }
    }
    if (len) {
        *len = bestlen;
    }
    return best;
}

uint64_t px_entry_bit(const px_entry *e)
{
    uint64_t b = (uint64_t)1 << e->kind;
    if (e->kind == K_TRIGGER && e->sub < 8) {
        b |= (uint64_t)1 << (16 + e->sub);
    } else if (e->kind == K_CUE && e->sub < 32) {
        b |= (uint64_t)1 << (24 + e->sub);
    }
    return b;
}

int px_gaz_finish(px_gaz *g)
{
    free(g->word_root);
    g->word_root = calloc((size_t)g->nwords + 1, sizeof *g->word_root);
    if (!g->word_root) {
        return -1;
    }
    for (size_t j = 0; j < g->kids.cap; j++) {
        if (g->kids.s[j].val && (g->kids.s[j].key >> 32) == 0) {
            g->word_root[(uint32_t)g->kids.s[j].key] = g->kids.s[j].val;
        }
    }
    free(g->node_mask);
    free(g->node_own);
    g->node_mask = calloc(g->nnodes, sizeof *g->node_mask);
    g->node_own = calloc(g->nnodes, sizeof *g->node_own);
    if (!g->node_mask || !g->node_own) {
        return -1;
    }
    for (size_t n = 1; n < g->nnodes; n++) {
        for (uint32_t k = g->node_entry[n]; k; k = g->entries[k].next) {
            g->node_own[n] |= px_entry_bit(&g->entries[k]);
        }
        g->node_mask[n] = g->node_own[n];
    }
    for (size_t n = g->nnodes; n-- > 1;) {
        g->node_mask[g->node_parent[n]] |= g->node_mask[n];
    }
    return 0;
}

uint64_t px_gaz_mask(const px_gaz *g, uint32_t wid)
{
    if (!g || !g->node_mask || !wid) {
        return 0;
    }
    uint32_t c = px_gaz_child(g, 0, wid);
    return c ? g->node_mask[c] : 0;
}

size_t px_gaz_nentries(const px_gaz *g)
{
    return g->nentries;
}

const px_entry *px_gaz_entry_at(const px_gaz *g, size_t i)
{
    return i > 0 && i < g->nentries ? &g->entries[i] : NULL;
}

void px_gaz_fix_capitals(px_gaz *g)
{
    /* capitals from countries.tsv take their coordinates from the cities.tsv row */
    for (size_t n = 1; n < g->nnodes; n++) {
        for (uint32_t k = g->node_entry[n]; k; k = g->entries[k].next) {
            px_entry *cap = &g->entries[k];
            if (cap->kind != K_CAPITAL || (cap->flags & 1)) {
                continue;
            }
            const char *iso = g->pool.p + cap->s[1];
            for (uint32_t q = g->node_entry[n]; q; q = g->entries[q].next) {
                const px_entry *c = &g->entries[q];
                if (c->kind == K_CITY && (c->flags & 1) && strcmp(g->pool.p + c->s[1], iso) == 0) {
                    cap->lat = c->lat;
                    cap->lon = c->lon;
                    cap->flags |= 1;
                    break;
                }
            }
        }
    }
}

