/* px_internal.h - types shared by the extraction engine's modules (text, gazetteer,
 * lexicon, actors, frames, timex, records). Not installed; the public API is extract.h.
 * DESIGN: the px_ctx is immutable after px_ctx_new; all per-article state lives in a
 * px_doc allocated by px_extract, so any number of threads may share one ctx. */
#ifndef PX_INTERNAL_H
#define PX_INTERNAL_H

#include "extract.h"
#include "px_embedded.h"
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define PX_VERSION "0.3.0"

/* ---------- util.c ---------- */
typedef struct px_buf {
    char *p;
    size_t len, cap;
} px_buf;
int px_buf_add(px_buf *b, const char *s, size_t n); /* 0 or -1 (ENOMEM) */
int px_buf_adds(px_buf *b, const char *s);
int px_buf_addc(px_buf *b, char c);
void px_buf_free(px_buf *b);
uint64_t px_hash64(const void *p, size_t n, uint64_t seed);
/* px_hash64 of a text fed in pieces, with two seeds at once (util.c) */
typedef struct px_hash2 {
    uint64_t a, b;
} px_hash2;
void px_hash2_init(px_hash2 *h, uint64_t seed_a, uint64_t seed_b);
void px_hash2_add(px_hash2 *h, const void *p, size_t n);
void px_hash2_end(const px_hash2 *h, uint64_t *a, uint64_t *b);
void px_copy(char *dst, size_t cap, const char *src, size_t n); /* bounded, NUL-terminated */
long px_parse_long(const char *s, size_t n, bool *ok);         /* digits only */
bool px_streq_ci(const char *a, const char *b);
/* Whether raw text folds (case, Latin accents, quotes) to a token key: "Söder" ~ "soder". */
bool px_key_eq(const char *raw, const char *key);
uint64_t px_key_hash(const char *raw); /* px_hash64 (seed 0) of raw as px_key_eq folds it */
/* a head of state's or government's title: president, prime minister, king ... (util.c) */
bool px_head_title(const char *t);
bool px_leader_title(const char *t); /* a head's title, "leader", "supreme leader" */

/* ---------- gazetteer.c: word dictionary + token trie ---------- */
enum px_kind {
    K_NONE = 0,
    K_COUNTRY,  /* a country name: str0 canonical name, code ISO3 */
    K_DEMONYM,  /* demonym/adjective: country code, plural flag in sub */
    K_CAPITAL,  /* capital city: a location and, by metonymy, its state */
    K_METONYM,  /* institution standing for a state: the Pentagon, the Kremlin */
    K_CITY,     /* any other city (location only) */
    K_ORG,      /* organisation: IGO or national institution */
    K_TITLE,    /* office title with sector */
    K_PERSON,   /* known person (built-in or user actor dictionary) */
    K_GROUPN,   /* group / institution noun: officials, diplomats, government */
    K_TRIGGER,  /* contact / decision lexicon (lexicon/triggers.tsv) */
    K_CUE,      /* modality, negation, habit, report cues (lexicon/cues.tsv) */
    K_TIME,     /* time words (lexicon/timewords.tsv) */
    K_STOP,     /* capitalised words that never start a name */
    K_VENUE,    /* venue heads: summit, forum, dialogue, conference */
    K_AMBIG,    /* gazetteer entry that is also a common word/person name */
    K_AGENCY,   /* a state's national news agency: str0 name, str1 its country */
    K_MAX
};

/* case constraints checked on the matched text */
enum { CASE_ANY = 0, CASE_CAP = 1, CASE_UPPER = 2, CASE_FIRST = 3 };

typedef struct px_entry {
    uint8_t kind;
    uint8_t casef;
    uint8_t sub;       /* kind-specific class */
    uint8_t flags;     /* kind-specific flags */
    int16_t a, b, c;   /* kind-specific small ints */
    uint32_t s[5];     /* string-pool offsets (0 = empty string) */
    int32_t lat, lon;  /* places: microdegrees, the data's decimals exactly in 4 bytes */
    int32_t valid_from, valid_to; /* yyyymmdd, 0 = open */
    uint32_t next;     /* next entry on the same trie node, 0 = end */
} px_entry;

typedef struct px_gaz px_gaz;
px_gaz *px_gaz_new(void);
void px_gaz_destroy(px_gaz *g);
/* Adds `phrase` (tokenised like article text) with entry e; returns 0 or -1. */
int px_gaz_add(px_gaz *g, const char *phrase, size_t n, const px_entry *e);
uint32_t px_gaz_str(px_gaz *g, const char *s, size_t n); /* intern into pool; 0 for "" */
const char *px_gaz_cstr(const px_gaz *g, uint32_t off);
uint32_t px_gaz_word(const px_gaz *g, const char *key, size_t n); /* 0 = unknown */
uint32_t px_gaz_child(const px_gaz *g, uint32_t node, uint32_t wid); /* 0 = none */
const px_entry *px_gaz_entries(const px_gaz *g, uint32_t node);      /* NULL = none */
const px_entry *px_gaz_next(const px_gaz *g, const px_entry *e);
uint32_t px_gaz_wid_hyphen(const px_gaz *g);
void px_gaz_fix_capitals(px_gaz *g);
size_t px_gaz_nentries(const px_gaz *g);
uint64_t px_entry_bit(const px_entry *e);
int px_gaz_finish(px_gaz *g);                         /* after loading: subtree masks */
uint64_t px_gaz_mask(const px_gaz *g, uint32_t wid);
#define PX_TRIG_BIT(cls) ((uint64_t)1 << (16 + (cls)))
#define PX_CUE_BIT(sub) ((uint64_t)1 << (24 + (sub)))
const px_entry *px_gaz_entry_at(const px_gaz *g, size_t i);
/* canonical state name for an ISO3 code ("" when unknown) */
const char *px_country_name(const px_ctx *ctx, const char *iso3);
/* the capital city's gazetteer entry for an ISO3 code, or NULL */
const px_entry *px_country_capital(const px_ctx *ctx, const char *iso3);
/* The actor dictionary's one holder of an office (country, title) on day ymd (yyyymmdd),
 * or NULL when none or several are listed. */
const px_entry *px_office_holder(const px_ctx *ctx, const char *iso3, const char *title, int ymd);
/* The one office holder of a state on day ymd whose name starts or ends with word ("Lee" of
 * "Lee Jae-myung", "Ishiba" of "Shigeru Ishiba"; word lower-case), or NULL (none, or two). */
/* The state's one office holder on day ymd whose name starts or ends with word (holders
 * of office `title` first when given); NULL when none or two. */
const px_entry *px_office_by_word(const px_ctx *ctx, const char *iso3, const char *word, int ymd,
                                  const char *title);

/* ---------- text.c ---------- */
enum {
    TF_CAP = 1 << 0,     /* starts with an upper-case letter */
    TF_UPPER = 1 << 1,   /* all letters upper case, >= 2 letters */
    TF_ALPHA = 1 << 2,
    TF_NUM = 1 << 3,
    TF_PUNCT = 1 << 4,
    TF_NOSP = 1 << 5,    /* no white space before */
    TF_NL = 1 << 6,      /* newline before */
    TF_PARA = 1 << 7,    /* blank line before */
    TF_QOPEN = 1 << 8,
    TF_QCLOSE = 1 << 9,
    TF_INQ = 1 << 10,    /* inside quotation marks */
    TF_ABBR = 1 << 11,   /* absorbed a period (Mr., U.S., F.W.) */
    TF_DATELINE = 1 << 12,
    TF_HYPH = 1 << 13,   /* the hyphen token */
};

typedef struct px_tok {
    uint32_t s, e;     /* byte span in the original text */
    uint32_t key;      /* offset of the normalised lower-case form in doc->keys */
    uint16_t klen;
    uint16_t flags;
    uint32_t wid;      /* gazetteer word id, 0 = unknown */
    char p;            /* normalised punctuation character, 0 for words */
    char k0;           /* the key's first byte (px_tis tests it without loading the key) */
    uint64_t kmask;    /* what may start here (px_entry_bit of every phrase below) */
} px_tok;              /* 32 bytes: two to a cache line, and an index is a shift */
_Static_assert(sizeof(px_tok) == 32, "px_tok is meant to stay 32 bytes");

/* A key's first seven bytes and, in the eighth, its length (up to 255): px_tis compares a
 * literal's, which the compiler folds, with the token's in one load (px_doc.tpre). */
static inline __attribute__((always_inline)) uint64_t px_tpre(const char *k, size_t n)
{
    uint64_t x = (uint64_t)(n < 255 ? n : 255) << 56;
    for (size_t q = 0; q < n && q < 7; q++) {
        x |= (uint64_t)(unsigned char)k[q] << (8 * q);
    }
    return x;
}

typedef struct px_sent {
    uint32_t tb, te;   /* token range [tb, te) */
    bool title_case;   /* written in title case (px_titlecase) */
} px_sent;

/* ---------- per-article state ---------- */
enum px_mkind { MK_NONE = 0, MK_PERSON, MK_STATE, MK_ORG, MK_GROUP, MK_UNKNOWN, MK_PLACE };
enum { MF_POSS = 1, MF_GENERIC = 2, MF_ADJ = 4, MF_COREF = 8, MF_PRON = 16, MF_ANALYST = 32,
       MF_LOCPP = 64, MF_PLURAL = 128 };

typedef struct px_ent {
    uint8_t kind;
    bool analyst;          /* quoted analyst / expert: never a party */
    char name[96];
    char title[64];
    char country[4];
    char sector[4];
    char code[16];
    char surname[32];
    char middle[32];       /* a name's word before its last, of three or more: "Espot" */
    char first[32];
    int32_t lat, lon;      /* places: microdegrees */
    bool has_ll;
    char bare[32];         /* the one word the article already names it by ("Kim") */
    int last_sent;
} px_ent;

typedef struct px_ment {
    uint32_t ts, te;       /* token range of the words in the article */
    uint32_t head;         /* head token */
    uint8_t kind;
    uint16_t flags;
    int32_t ent;           /* entity index, -1 none */
} px_ment;

enum px_type { T_NONE = 0, T_MEET, T_VISIT, T_HOST, T_CALL, T_NEGOTIATE, T_ATTEND, T_MEDIATE };
enum px_status { S_NONE = 0, S_OCCURRED, S_PLANNED, S_PROPOSED, S_AGREED, S_DECLINED,
                 S_CANCELLED, S_POSTPONED, S_NOT_OCCURRED };
enum px_role { R_SOURCE = 1, R_TARGET, R_PARTICIPANT, R_MEDIATOR };

typedef struct px_time {
    bool set;
    char text[64];
    int y0, m0, d0, y1, m1, d1;
    uint8_t prec;          /* 1 day 2 week 3 month 4 season 5 year 6 approximate */
    uint32_t ts, te;       /* tokens */
} px_time;

#define PX_MAX_PARTIES 8
/* the most words a trigger phrase of the lexicon may have (frames.c reads no longer ones) */
#define PX_TRIGGER_MAX_WORDS 8
typedef struct px_party {
    int32_t ment;          /* mention index in the sentence's doc->ments */
    uint8_t role;
} px_party;

typedef struct px_frame {
    uint8_t type, status;
    uint8_t dec_class;     /* cameo refinement from decision word: 0, 1 demand, 2 offer/intent */
    bool mediation;
    bool needs_dest;       /* a visit waiting for its destination */
    px_party parties[PX_MAX_PARTIES];
    int nparties;
    int32_t loc_ment;      /* place mention, -1 */
    uint32_t venue_ts, venue_te; /* venue token range, 0/0 none */
    px_time time;
    uint32_t trig_ts, trig_te;   /* outer trigger (decision or contact) */
    uint32_t core_ts, core_te;   /* contact word */
    int sent;
    const char *rule;
    float conf;
} px_frame;

/* Buffers of one finished px_extract call, kept for the next call (see px_pool). */
typedef struct px_scratch {
    struct px_scratch *next;
    px_tok *toks;
    size_t captok;
    uint64_t *tpre;
    size_t cappre;
    char *keys;
    size_t keycap;
    px_sent *sents;
    size_t capsent;
    px_ment *ments;
    size_t capment;
    px_ent *ents;
    size_t capent;
    px_frame *frames;
    size_t capframe;
    void *evs;        /* records.c's event table */
    size_t evbytes;
} px_scratch;

typedef struct px_doc {
    const px_ctx *ctx;
    px_scratch *sc;          /* this call's scratch (NULL in tools that build a doc by hand) */
    const px_article *art;
    const char *text;
    size_t len;
    px_tok *toks;
    size_t ntok, captok;
    uint64_t *tpre;          /* px_tpre of each token's key (px_tis) */
    size_t cappre;
    char *keys;
    size_t keylen, keycap;
    px_sent *sents;
    size_t nsent, capsent;
    px_ment *ments;
    size_t nment, capment;
    px_ent *ents;
    size_t nent, capent;
    uint32_t *enthash;       /* px_ent_add's index of ents by kind and name (a long article's) */
    size_t enthash_cap;      /* slots, a power of two; 0 while ents are few */
    uint32_t *corefhash;     /* coref_name's index of persons by name parts (a long article's) */
    size_t corefhash_cap, corefhash_n;
    px_frame *frames;
    size_t nframe, capframe;
    int pub_y, pub_m, pub_d; /* publication date, 0 when unknown */
    int dateline_place;      /* mention index of the dateline city ("GENEVA (Wire) -"), -1 */
    char agency_country[4];  /* ISO3 of a national agency in the dateline ("(Yonhap)"), "" */
    size_t max_sent_toks, max_ments, max_records;
} px_doc;

typedef struct px_iso {
    char iso[4];
    uint32_t name;            /* string-pool offset */
    const px_entry *capital;  /* the capital's cities.tsv entry, or NULL */
} px_iso;

typedef struct px_office {
    char iso[4];
    uint32_t title, name;     /* string-pool offsets */
    int32_t valid_from, valid_to;
    size_t entry;             /* the person's gazetteer entry */
} px_office;

/* DESIGN: a pool of scratch buffers lets px_extract reuse its arrays across calls instead of
 * allocating (and, after the caller frees its records, consolidating the heap) per article.
 * It is the only mutable state reachable from a px_ctx, guarded by a spinlock held for a
 * push or pop only; buffers never leave the pool while a call uses them. */
typedef struct px_pool {
    atomic_flag lock;
    px_scratch *head;
    size_t n;
} px_pool;

struct px_ctx {
    px_gaz *gaz;
    px_options opts;
    px_iso *isos;
    size_t nisos;
    px_office *offices;       /* dated office holders of the actor dictionary (px_office_holder) */
    size_t noffices;
    px_pool *pool;
    size_t index_from;        /* entities past which a doc indexes them (actors.c); 0: 64 */
};

/* text.c */
int px_tokenize(px_doc *d);          /* fills toks + keys */
bool px_utf8_valid(const char *s, size_t n); /* strict: no overlongs, surrogates, > U+10FFFF */
int px_split(px_doc *d);             /* fills sents */
/* token i's NUL-terminated key (lower case) */
static inline const char *px_tkey(const px_doc *d, uint32_t i)
{
    return d->keys + d->toks[i].key;
}
/* a equals b; the first bytes compared inline, where most tests against a literal
 * fail, before a call to strcmp. */
static inline bool px_streq(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}
/* An ASCII byte as a key holds it: A-Z lower-cased, any other byte as it is. (An ASCII
 * byte folds to exactly one byte, so comparisons may fail on the first that differs.) */
static inline unsigned char px_fold_ascii(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}
/* px_streq_ci with the first bytes compared inline: the entity loops ask it of every
 * entity, and most fail there. */
static inline bool px_streq_ci_fast(const char *a, const char *b)
{
    return px_fold_ascii((unsigned char)a[0]) == px_fold_ascii((unsigned char)b[0]) &&
           px_streq_ci(a, b);
}
/* px_tis for token i < ntok and a word of n < 255 bytes, on the key prefixes: one load
 * and one compare for a word of up to seven bytes, whose px_tpre the compiler folds. */
static inline __attribute__((always_inline)) bool px_tis_pre(const px_doc *d, uint32_t i,
                                                              const char *word, size_t n)
{
    return d->tpre[i] == px_tpre(word, n) &&
           (n <= 7 || memcmp(d->keys + d->toks[i].key + 7, word + 7, n - 7) == 0);
}
/* is token i the word (lower-case key)? Always inline: the rules ask this millions of
 * times, nearly always with a literal, whose length the compiler then knows (px_tis_pre);
 * any other word is told by its first byte, which the token keeps (k0), before its key. */
static inline __attribute__((always_inline)) bool px_tis(const px_doc *d, uint32_t i,
                                                          const char *word)
{
    if (i >= d->ntok) {
        return false;
    }
    if (__builtin_constant_p(strlen(word)) && strlen(word) < 255) {
        return px_tis_pre(d, i, word, strlen(word));
    }
    const px_tok *t = &d->toks[i];
    if (t->k0 != word[0]) {
        return false;
    }
    size_t n = strlen(word);
    return t->klen == n && memcmp(d->keys + t->key, word, n) == 0;
}
/* whether the document's first sentence is a headline (no closing full stop, more after) */
bool px_headline_first(const px_doc *d);
int px_tokenize_phrase(const char *s, size_t n, char *out, size_t outcap,
                       uint32_t *starts, size_t maxw); /* for gazetteer phrases */
bool px_is_english(const px_doc *d);
/* title-case sentences: capitalised common words read in lower case (text.c) */
void px_titlecase(px_doc *d);

/* lexicon.c */
/* Loads files ({NULL}-terminated; px_embedded_files in the product) as the built-in data,
 * then opts' data_dir and actor dictionary. */
int px_lexicon_load(px_ctx *ctx, const px_options *opts, const px_embedded_file *files,
                    char *err, size_t errlen);
/* px_ctx_new on other built-in data (fuzz_lexicon: a few lines of each file, so that an
 * input costs its own file's load, not the whole gazetteer's). */
px_ctx *px_ctx_new_from(const px_options *opts, const px_embedded_file *files, char *err,
                        size_t errlen);

/* match helpers (gazetteer.c) */
/* Whether token i can start a phrase with any of the kinds or classes in bits (its kmask:
 * most tokens start none of those asked for, which this tells without a call; *len = 0
 * when not). */
static inline bool px_may_start(const px_doc *d, uint32_t i, uint64_t bits, uint32_t *len)
{
    if (i < d->ntok && (d->toks[i].kmask & bits)) {
        return true;
    }
    if (len) {
        *len = 0;
    }
    return false;
}
static inline uint64_t px_kind_bits(int kind) /* kind 0 = any kind */
{
    return kind ? (uint64_t)1 << kind : ~(uint64_t)0;
}
const px_entry *px_match_walk(const px_doc *d, uint32_t i, int kind, uint32_t *len);
/* Longest match starting at token i that has an entry of `kind` passing its case check
 * (kind 0 = any kind); *len receives its length in tokens. */
static inline const px_entry *px_match_kind(const px_doc *d, uint32_t i, int kind, uint32_t *len)
{
    return px_may_start(d, i, px_kind_bits(kind), len) ? px_match_walk(d, i, kind, len) : NULL;
}
bool px_case_ok(const px_doc *d, const px_entry *e, uint32_t i, uint32_t len);

/* actors.c */
int px_actors(px_doc *d, int si);
/* After the last sentence: a bare surname read before the person was named in full (a
 * headline's "Kos" before "Commissioner Marta Kos") becomes that person. */
void px_actors_finish(px_doc *d);
int px_ent_add(px_doc *d, const px_ent *e);
/* appends a mention of tokens [ts, te) with its head token, kind, flags and entity */
int px_ment_push(px_doc *d, uint32_t ts, uint32_t te, uint32_t head, int kind, uint16_t fl,
                 int ent);
/* for a mention of an unnamed office ("the US president", "its defence minister", "his
 * Japanese counterpart" with the partner's title), the entity of the dictionary's holder on
 * day ymd (0: the article's day), else -1 */
int px_office_resolve(px_doc *d, int ment, int ymd, const char *partner_title);
const px_entry *px_cue_walk(const px_doc *d, uint32_t i, int sub, uint32_t *len);
/* The longest cue phrase of class sub starting at token i (*len: its tokens). */
static inline const px_entry *px_cue(const px_doc *d, uint32_t i, int sub, uint32_t *len)
{
    return px_may_start(d, i, PX_CUE_BIT(sub), len) ? px_cue_walk(d, i, sub, len) : NULL;
}

/* frames.c */
int px_frames(px_doc *d, int si);

/* timex.c */
bool px_timex_at(const px_doc *d, uint32_t i, uint32_t lim, px_time *t, bool future);
bool px_month_is_name(const px_doc *d, uint32_t i, uint32_t lim);
void px_time_resolve(const px_doc *d, px_time *t, bool future);
/* Re-anchors relative times on a dated dateline ("ABU DHABI, 3rd December, 2025 (WAM)")
 * that falls up to three days before, or one after, the publication date. */
void px_dateline_anchor(px_doc *d);
int px_days_from_civil(int y, int m, int d);
void px_civil_from_days(int z, int *y, int *m, int *d);
int px_parse_date(const char *s, int *y, int *m, int *d);

/* records.c */
/* Records into out (px_extract) or, when tout is set, as text into tout. */
px_text_records *px_text_records_new(void);
int px_records(px_doc *d, json_t *out, px_text_records *tout);

/* lexicon classes (K_TRIGGER sub) */
enum {
    TR_CONTACT_V = 1, /* meet, visit, host, call ... (verb forms) */
    TR_CONTACT_N,     /* meeting, talks, visit, trip, summit ... */
    TR_LIGHT_V,       /* hold, pay, make, conduct + contact noun */
    TR_MOTION_V,      /* travel to, leave for, arrive in (visit with destination) */
    TR_DECIDE_V,      /* request, invite, agree, decline, cancel, postpone ... */
    TR_DECIDE_N,      /* request, invitation, offer, refusal ... */
    TR_GOVERN_V,      /* plan, prepare, want, hope ... + to (sets status via a) */
};
/* K_TRIGGER flags */
enum { TRF_PAST = 1, TRF_ING = 2, TRF_INF = 4, TRF_OBJPERSON = 8, TRF_PASSIVE_OK = 16,
       TRF_NEEDS_WITH = 32, TRF_3SG = 64, TRF_PPART = 128 };
/* K_CUE subs */
enum {
    CUE_FUTURE = 1, CUE_HYPO, CUE_RECOMMEND, CUE_HABIT, CUE_NEG, CUE_REPORT, CUE_COND,
    CUE_AUX, CUE_FAIL, CUE_ANALYST, CUE_CLAUSE, CUE_LOCPREP, CUE_PARTICLE, CUE_DET,
    CUE_MOD, CUE_PRON, CUE_REL, CUE_PAST,
    CUE_DOMESTIC, /* titles and bodies that only exist inside a state: opposition, governors */
    CUE_SPORT,    /* sport words: "match", "stadium"; teams named after places are not states */
    CUE_SPEECH    /* what parties say or do in a contact: "discussed ... in a phone call" */
};
/* K_TIME subs */
enum { TW_MONTH = 1, TW_WEEKDAY, TW_REL, TW_PART, TW_SEASON, TW_UNIT, TW_NUMWORD };

const char *px_type_name(int t);
const char *px_status_name(int s);

#endif
