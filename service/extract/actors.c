/* actors.c - actor mentions in a sentence and their coreference across the article.
 * Recognises titled persons in the usual news forms ("US defence secretary Lloyd
 * Austin", "Lloyd Austin, the US defence secretary", "China's top foreign policy
 * official, Wang Yi", "then defence minister Wei Fenghe"), states by name, demonym,
 * possessive and metonymy, organisations, groups ("Chinese officials"), places, and
 * resolves surnames, "he/she", "the secretary" and capitals to the full actor. */
#include "px_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---------- lexical helpers ---------- */

/* lex past its kmask test: the walk, and the preferred entry among those of the phrase. */
static int pub_ymd(const px_doc *d);
static void apply_person_entry(const px_doc *d, px_ent *x, const px_entry *pe);
static bool title_named(const px_ent *x);
static bool body_head(const char *k);
static bool body_name_head(const char *k);
static int coref_title_in(const px_doc *d, const char *title, const char *country);

static bool known_lower_word(const px_doc *d, uint32_t i);
static void str_from_pool(const px_doc *d, char *dst, size_t cap, uint32_t off);

/* A city's office: "mayor", "governor" ("London Mayor Sadiq Khan", "the mayor of Kyiv"). */
static bool city_office(const char *t)
{
    return px_streq(t, "mayor") || px_streq(t, "governor") || px_streq(t, "lord mayor") ||
           px_streq(t, "deputy mayor");
}

static const px_entry *lex(const px_doc *d, uint32_t i, uint32_t lim, int kind, uint32_t *len);

/* The capital, else the city, named at token i (*len: its tokens), or NULL. */
static const px_entry *city_named(const px_doc *d, uint32_t i, uint32_t lim, uint32_t *len)
{
    const px_entry *ce = lex(d, i, lim, K_CAPITAL, len);
    return ce ? ce : lex(d, i, lim, K_CITY, len);
}

/* Is token i, matched alone as person e, the first word of e's longer canonical name? */
static bool given_alias(const px_doc *d, uint32_t i, const px_entry *e)
{
    char nm[64];
    str_from_pool(d, nm, sizeof nm, e->s[0]);
    const char *sp = strchr(nm, ' ');
    const char *k = px_tkey(d, i);
    size_t kl = d->toks[i].klen;
    if (!sp || (size_t)(sp - nm) != kl) {
        return false;
    }
    for (size_t n = 0; n < kl; n++) {
        if (tolower((unsigned char)nm[n]) != (unsigned char)k[n]) {
            return false;
        }
    }
    return true;
}

/* A pair before a noun of their contact is two: "the Trump-Kim summit", with the second
 * named alone; pe2 is the word after the pair. */
static bool pair_before_noun(const px_doc *d, uint32_t pe2, uint32_t lim)
{
    return pe2 < lim && !(d->toks[pe2].flags & TF_CAP) &&
           (px_tis(d, pe2, "summit") || px_tis(d, pe2, "summits") ||
            px_tis(d, pe2, "meeting") || px_tis(d, pe2, "meetings") ||
            px_tis(d, pe2, "talks") || px_tis(d, pe2, "call") ||
            px_tis(d, pe2, "handshake") || px_tis(d, pe2, "relationship"));
}

static const px_entry *lex_walk(const px_doc *d, uint32_t i, uint32_t lim, int kind,
                                uint32_t *len)
{
    uint32_t l = 0;
    const px_entry *e = px_match_walk(d, i, kind, &l);
    if (!e || i + l > lim) {
        return NULL;
    }
    if (kind == K_CITY) {
        /* same name in several countries: the capital, else a listed summit venue ("Bali",
         * the island, not the town in India), else the largest */
        for (const px_entry *x = px_gaz_next(d->ctx->gaz, e); x; x = px_gaz_next(d->ctx->gaz, x)) {
            if (x->kind != K_CITY) {
                continue;
            }
            if ((x->sub & 3) > (e->sub & 3) ||
                ((x->sub & 3) == (e->sub & 3) && x->valid_from > e->valid_from)) {
                e = x;
            }
        }
    }
    if (kind == K_PERSON && i + l + 1 < lim && (d->toks[i + l].flags & TF_HYPH) &&
        (d->toks[i + l].flags & TF_NOSP) && (d->toks[i + l + 1].flags & TF_NOSP) &&
        (d->toks[i + l + 1].flags & TF_CAP) && !px_match_walk(d, i + l + 1, K_PERSON, NULL) &&
        !pair_before_noun(d, i + l + 2, lim)) {
        /* part of a hyphenated name: "Yunus-Bek Yevkurov" is not "Yunus" (a pair of known
         * people, "the Putin-Trump summit", stays two) */
        return NULL;
    }
    if (kind == K_PERSON) {
        /* later (user) entries override built-in ones on the same phrase; of a person
         * listed once per term of office ("Donald Trump" 2017-2021 and from 2025), the
         * last entry whose term covers the publication date */
        int p = pub_ymd(d);
        const px_entry *in_term = NULL;
        for (const px_entry *x = e; x; x = px_gaz_next(d->ctx->gaz, x)) {
            if (x->kind != K_PERSON) {
                continue;
            }
            e = x;
            if (p && (x->valid_from == 0 || p >= x->valid_from) &&
                (x->valid_to == 0 || p <= x->valid_to)) {
                in_term = x;
            }
        }
        if (in_term) {
            e = in_term;
        }
        /* "Deputy Commander-in-Chief Saddam Haftar": a listed person's given name before
         * another capitalised name is someone else's ("Saddam" is Saddam Hussein alone) */
        if (l == 1 && i + 1 < lim && (d->toks[i + 1].flags & TF_CAP) &&
            (d->toks[i + 1].flags & TF_ALPHA) && !d->toks[i].p &&
            !known_lower_word(d, i + 1) && given_alias(d, i, e)) {
            return NULL;
        }
    }
    if (len) {
        *len = l;
    }
    return e;
}

/* What may follow a place coordinated after another ("visited Beijing and Tokyo on
 * Monday", "in Riyadh and Doha."): an end, a preposition, a time, "and"; not a verb, as in
 * "met in Beijing and Moscow said", where the capital speaks for its state. */
static bool place_tail(const px_doc *d, uint32_t end, uint32_t lim)
{
    if (end >= lim || !(d->toks[end].flags & TF_ALPHA)) {
        return true;
    }
    return px_cue(d, end, CUE_LOCPREP, NULL) || px_match_kind(d, end, K_TIME, NULL) ||
           px_tis(d, end, "and") || px_tis(d, end, "or") || px_tis(d, end, "on") ||
           px_tis(d, end, "for") || px_tis(d, end, "to") || px_tis(d, end, "next") ||
           px_tis(d, end, "last") || px_tis(d, end, "this") || px_tis(d, end, "later") ||
           px_tis(d, end, "earlier");
}

/* A word after a state's name that shows the name is no attribute ("US capital", "China
 * expert" are): a preposition, conjunction, relative or auxiliary ("will visit China between
 * May 12 and May 14", "with the United States under pressure", "Iran would ..."). */
static bool ends_state_name(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "and", "or", "but", "to", "in", "on", "at", "for", "with", "of", "from", "by", "as",
        "over", "after", "about", "against", "between", "among", "amid", "via", "until",
        "through", "within", "without", "toward", "towards", "into", "across", "around", "near",
        "ahead", "alongside", "under", "than", "not", "who", "that", "which", "would", "can",
        "will", "is", "are", "was", "were", "has", "had", "have", NULL};
    for (int k = 0; w[k]; k++) {
        if (px_tis(d, i, w[k])) {
            return true;
        }
    }
    return false;
}

/* "European", "African", "Arab", "Western", "Gulf", "Central Asian": token i is the
 * adjective of a region, not a state */
static bool region_word(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"european", "african", "asian", "arab", "western",
                                    "gulf", "nordic", "baltic", "balkan", "caribbean",
                                    "scandinavian", "pacific", "latin", "eastern", "southern",
                                    "northern", "central", "middle", "southeast", "muslim", NULL};
    for (int k = 0; w[k]; k++) {
        if (px_tis(d, i, w[k])) {
            return true;
        }
    }
    return false;
}

/* a word in -s ("Israelis", "Americans") */
static bool plural_word(const px_doc *d, uint32_t i)
{
    size_t n = d->toks[i].klen;
    return n > 3 && px_tkey(d, i)[n - 1] == 's';
}

/* "Turkey reiterated ...", "Japan expressed ...": a word in -ed after a state name is its
 * verb, not a noun the name modifies ("US capital") */
static bool past_verb(const px_doc *d, uint32_t i)
{
    const char *k = px_tkey(d, i);
    size_t n = d->toks[i].klen;
    return n >= 5 && k[n - 2] == 'e' && k[n - 1] == 'd' && !(d->toks[i].flags & TF_CAP) &&
           !(i + 1 < d->ntok && (d->toks[i + 1].flags & TF_HYPH));
}

/* a participle that is an adjective before a title: "exiled opposition leader", "ousted
 * president" (not a verb after a name, as "sent" or "dispatched" are) */
static bool participle_adj(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"exiled", "jailed", "detained", "imprisoned", "retired",
                                    "elected", "appointed", "designated", "embattled", "ousted",
                                    "deposed", "sanctioned", "assassinated", "slain", "indicted",
                                    "disgraced", "acclaimed", "celebrated", "beleaguered",
                                    "unelected", "self-styled", "named", "nominated",
                                    "unnamed", "anonymous", "hardened", NULL};
    for (int n = 0; w[n]; n++) {
        if (px_tis(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* "HE" in capitals, "H.E.": His Excellency, a form of address before a name */
static bool excellency_he(const px_doc *d, uint32_t i)
{
    return (px_tis(d, i, "he") && (d->toks[i].flags & TF_UPPER)) || px_tis(d, i, "h.e.") ||
           px_tis(d, i, "h.e");
}

/* "South Korea's Lee", "China's Li": a lone surname right after a state's possessive is
 * that state's office holder of the name on the article's day, when only one has it. */
static const px_entry *state_surname(const px_doc *d, uint32_t i)
{
    if (d->nment == 0) {
        return NULL;
    }
    const px_ment *pm = &d->ments[d->nment - 1];
    if (!(pm->flags & MF_POSS) || pm->kind != MK_STATE || pm->ent < 0 ||
        !(pm->te == i || (pm->te + 1 == i && px_tis(d, pm->te, "'s")))) {
        return NULL;
    }
    const px_ent *se = &d->ents[pm->ent];
    return se->country[0]
               ? px_office_by_word(d->ctx, se->country, px_tkey(d, i), pub_ymd(d), NULL)
               : NULL;
}

/* The longest entry of kind starting at token i and ending by lim (*len: its tokens; left
 * alone when there is none). */
static inline const px_entry *lex(const px_doc *d, uint32_t i, uint32_t lim, int kind,
                                  uint32_t *len)
{
    if (i >= lim || !px_may_start(d, i, px_kind_bits(kind), NULL)) {
        return NULL;
    }
    uint32_t l = 0;
    const px_entry *e = lex_walk(d, i, lim, kind, &l);
    /* "of the Islamic Republic of Mauritania": a state's style after "the" that is also
     * one state's short name gives way to the full style after it */
    if (e && kind == K_COUNTRY && l >= 2 && i + l + 1 < lim && px_tis(d, i, "the") &&
        px_tis(d, i + l - 1, "republic") && px_tis(d, i + l, "of")) {
        uint32_t l2 = 0;
        const px_entry *e2 = lex_walk(d, i + 1, lim, kind, &l2);
        if (e2 && l2 > l - 1) {
            e = e2;
            l = l2 + 1;
        }
    }
    if (e && len) {
        *len = l;
    }
    return e;
}

/* px_cue (px_internal.h) past its kmask test: the trie walk. */
const px_entry *px_cue_walk(const px_doc *d, uint32_t i, int sub, uint32_t *len)
{
    const px_gaz *g = d->ctx->gaz;
    uint32_t node = 0, j = i, best = 0;
    const px_entry *be = NULL;
    while (j < d->ntok && j - i < 6) {
        uint32_t c = px_gaz_child(g, node, d->toks[j].wid);
        if (!c) {
            break;
        }
        node = c;
        j++;
        for (const px_entry *e = px_gaz_entries(g, node); e; e = px_gaz_next(g, e)) {
            if (e->kind == K_CUE && e->sub == sub) {
                be = e;
                best = j - i;
                break;
            }
        }
    }
    if (len) {
        *len = best;
    }
    return be;
}

static bool has_cue(const px_doc *d, uint32_t i, int sub)
{
    uint32_t l;
    return px_cue(d, i, sub, &l) != NULL && l == 1;
}

static bool is_cap(const px_doc *d, uint32_t i, uint32_t lim)
{
    return i < lim && (d->toks[i].flags & TF_ALPHA) && (d->toks[i].flags & TF_CAP) &&
           !(d->toks[i].flags & TF_DATELINE);
}

static bool known_lower_word(const px_doc *d, uint32_t i)
{
    /* any lexicon phrase starting with this word marks it as a common word */
    const px_gaz *g = d->ctx->gaz;
    uint32_t c = px_gaz_child(g, 0, d->toks[i].wid);
    if (!c) {
        return false;
    }
    for (const px_entry *e = px_gaz_entries(g, c); e; e = px_gaz_next(g, e)) {
        if (e->kind == K_TRIGGER || e->kind == K_CUE || e->kind == K_TIME || e->kind == K_STOP ||
            e->kind == K_GROUPN || e->kind == K_TITLE || e->kind == K_VENUE) {
            return true;
        }
    }
    return false;
}

static int coref_name(const px_doc *d, uint32_t i);
static uint32_t coref_name_more(const px_doc *d, const px_ent *e, uint32_t i, uint32_t lim);

static bool is_stop(const px_doc *d, uint32_t i)
{
    uint32_t l;
    const px_entry *e = px_match_kind(d, i, K_STOP, &l);
    if (e && l == 1) {
        return true;
    }
    const px_entry *t = px_match_kind(d, i, K_TIME, &l);
    if (t && l == 1 && t->sub == TW_MONTH && px_month_is_name(d, i, (uint32_t)d->ntok)) {
        return false; /* "Jan Kowalski", "Theresa May" */
    }
    if (t && l == 1 && t->sub == TW_WEEKDAY && d->toks[i].klen <= 4 &&
        i + 1 < (uint32_t)d->ntok && (d->toks[i + 1].flags & TF_CAP) &&
        (d->toks[i + 1].flags & TF_ALPHA) && !(d->toks[i + 1].flags & TF_DATELINE) &&
        !px_match_kind(d, i + 1, K_TIME, NULL)) {
        return false; /* "Sun Weidong": an abbreviated weekday before a name is a name */
    }
    if (t && l == 1 && t->sub == TW_WEEKDAY && d->toks[i].klen <= 3 && (d->toks[i].flags & TF_CAP) &&
        coref_name(d, i) >= 0) {
        return false; /* "Sun held talks" after "Sun Weidong": the person named before */
    }
    return t && l == 1 && (t->sub == TW_MONTH || t->sub == TW_WEEKDAY);
}

/* a contact or decision noun ("visit", "offer"): a demonym before it is attributive */
static bool noun_trigger(const px_doc *d, uint32_t i)
{
    const px_gaz *g = d->ctx->gaz;
    uint32_t c = px_gaz_child(g, 0, d->toks[i].wid);
    for (const px_entry *e = c ? px_gaz_entries(g, c) : NULL; e; e = px_gaz_next(g, e)) {
        if (e->kind == K_TRIGGER && (e->sub == TR_CONTACT_N || e->sub == TR_DECIDE_N)) {
            return true;
        }
    }
    /* two-word nouns: "mediation efforts", "peace talks" start with a noun too */
    return false;
}

/* ---------- entities ---------- */

/* px_ent_add's index: with more than index_from(d) entities a doc keeps an open-addressing
 * table of their indexes (+1; 0 is an empty slot), hashed by kind and case-folded name, so
 * that an article of thousands of names does not compare each new one with all before it.
 * An entity's kind and name do not change once added; the table finds every entity of a kind
 * and name, and px_ent_add takes the first of them that fits, as a scan from the start does. */
#define ENT_INDEX_FROM 64
#define ENT_MAX 4096

/* entities past which a doc indexes them (the unit tests set the context's to compare the
 * indexes with the scans) */
static size_t index_from(const px_doc *d)
{
    return d->ctx && d->ctx->index_from ? d->ctx->index_from : ENT_INDEX_FROM;
}

static uint64_t ent_hash(int kind, const char *name)
{
    char folded[sizeof((px_ent *)0)->name];
    size_t n = 0;
    for (; name[n] && n < sizeof folded; n++) {
        folded[n] = (char)px_fold_ascii((unsigned char)name[n]);
    }
    return px_hash64(folded, n, (uint64_t)kind);
}

static void ent_index_put(px_doc *d, size_t i)
{
    size_t mask = d->enthash_cap - 1;
    size_t at = ent_hash(d->ents[i].kind, d->ents[i].name) & mask;
    while (d->enthash[at]) {
        at = (at + 1) & mask;
    }
    d->enthash[at] = (uint32_t)i + 1;
}

/* whether entity x is e's (same kind and name, countries not in conflict) */
static bool ent_fits(const px_ent *x, const px_ent *e)
{
    return x->kind == e->kind && px_streq_ci_fast(x->name, e->name) &&
           (x->country[0] == 0 || e->country[0] == 0 || strcmp(x->country, e->country) == 0);
}

/* the first entity that fits e, or -1 */
static int ent_find(const px_doc *d, const px_ent *e)
{
    if (!d->enthash) {
        for (size_t i = 0; i < d->nent; i++) {
            if (ent_fits(&d->ents[i], e)) {
                return (int)i;
            }
        }
        return -1;
    }
    size_t mask = d->enthash_cap - 1;
    int best = -1;
    for (size_t at = ent_hash(e->kind, e->name) & mask; d->enthash[at]; at = (at + 1) & mask) {
        int i = (int)d->enthash[at] - 1;
        if ((best < 0 || i < best) && ent_fits(&d->ents[i], e)) {
            best = i;
        }
    }
    return best;
}

static void coref_index(px_doc *d, size_t e);

int px_ent_add(px_doc *d, const px_ent *e)
{
    int found = ent_find(d, e);
    if (found >= 0) {
        px_ent *x = &d->ents[found];
        if (!x->country[0] && e->country[0]) {
            memcpy(x->country, e->country, sizeof x->country);
        }
        if (!x->title[0] && e->title[0]) {
            memcpy(x->title, e->title, sizeof x->title);
        }
        if (!x->sector[0] && e->sector[0]) {
            memcpy(x->sector, e->sector, sizeof x->sector);
        }
        if (!x->code[0] && e->code[0]) {
            memcpy(x->code, e->code, sizeof x->code);
        }
        x->analyst = x->analyst || e->analyst;
        x->last_sent = e->last_sent;
        return found;
    }
    if (d->nent >= ENT_MAX) {
        return -1;
    }
    if (d->nent == d->capent) {
        size_t nc = d->capent ? d->capent * 2 : 32;
        px_ent *ne = realloc(d->ents, nc * sizeof *ne);
        if (!ne) {
            return -1;
        }
        d->ents = ne;
        d->capent = nc;
    }
    d->ents[d->nent] = *e;
    size_t i = d->nent++;
    if (!d->enthash && d->nent > index_from(d)) {
        /* (twice the most entities: probes stay short; without memory, the scan goes on) */
        d->enthash = calloc(2 * ENT_MAX, sizeof *d->enthash);
        if (d->enthash) {
            d->enthash_cap = 2 * ENT_MAX;
            for (size_t k = 0; k < d->nent; k++) {
                ent_index_put(d, k);
            }
        }
    } else if (d->enthash) {
        ent_index_put(d, i);
    }
    coref_index(d, i);
    return (int)i;
}

static void str_from_pool(const px_doc *d, char *dst, size_t cap, uint32_t off)
{
    const char *s = px_gaz_cstr(d->ctx->gaz, off);
    px_copy(dst, cap, s, strlen(s));
}

static void ent_from_country(const px_doc *d, px_ent *x, const px_entry *e)
{
    memset(x, 0, sizeof *x);
    x->kind = MK_STATE;
    str_from_pool(d, x->name, sizeof x->name, e->s[0]);
    str_from_pool(d, x->country, sizeof x->country, e->s[1]);
    if (e->kind == K_METONYM || e->kind == K_ORG) {
        str_from_pool(d, x->sector, sizeof x->sector, e->s[2]);
        str_from_pool(d, x->code, sizeof x->code, e->s[3]);
    }
    if (!x->sector[0]) {
        memcpy(x->sector, "GOV", 4);
    }
    if (e->kind == K_ORG) {
        x->kind = MK_ORG;
    }
    if (e->kind == K_METONYM && !px_streq(x->name, "United States")) {
        x->kind = MK_ORG;
    }
    x->lat = e->lat;
    x->lon = e->lon;
    x->has_ll = e->flags & 1;
}

static int pub_ymd(const px_doc *d)
{
    return d->pub_y ? d->pub_y * 10000 + d->pub_m * 100 + d->pub_d : 0;
}

static void name_parts(px_ent *x)
{
    /* first and last name tokens for coreference ("Austin", "Li") */
    const char *n = x->name;
    size_t len = strlen(n);
    size_t a = 0;
    while (a < len && n[a] != ' ') {
        a++;
    }
    /* "Prince Faisal bin Farhan", "Sheikh Mohammed bin Abdulrahman": the given name after
     * an honorific, by which later sentences name them ("Prince Faisal received ...") */
    /* (also a monarch's or pope's style: "Pope Leo XIV" is "Leo", "King Charles III"
     * "Charles") */
#define HON(s) {s, sizeof s - 1}
    static const struct {
        const char *s;
        size_t n;
    } hon[] = {HON("Prince"), HON("Princess"), HON("Sheikh"), HON("Sheikha"), HON("Emir"),
               HON("Pope"),   HON("King"),     HON("Queen"),  HON("Sultan"),  HON("Emperor"),
               HON("Sayyid"), HON("Sayyida"), {NULL, 0}};
#undef HON
    for (int h = 0; hon[h].s && a < len; h++) {
        if (hon[h].n == a && memcmp(n, hon[h].s, a) == 0) {
            n += a + 1;
            len -= a + 1;
            a = 0;
            while (a < len && n[a] != ' ') {
                a++;
            }
            break;
        }
    }
    px_copy(x->first, sizeof x->first, n, a);
    n = x->name;
    len = strlen(n);
    size_t b = len;
    while (b > 0 && n[b - 1] != ' ') {
        b--;
    }
    /* skip roman numerals / Jr as surname */
    const char *last = n + b;
    bool roman = last[0] != 0 && strspn(last, "IVX") == strlen(last) && strlen(last) <= 5;
    if ((roman || px_streq(last, "Jr") || px_streq(last, "Jr.")) && b > 1) {
        size_t e = b - 1;
        size_t s = e;
        while (s > 0 && n[s - 1] != ' ') {
            s--;
        }
        px_copy(x->surname, sizeof x->surname, n + s, e - s);
    } else {
        px_copy(x->surname, sizeof x->surname, last, len - b);
    }
    /* "Xavier Espot Zamora", "Gustavo Petro Urrego", "Claudia Sheinbaum Pardo": the word
     * before the last of three or more may be the family name the article calls them by
     * (a capitalised word of four letters or more: no particle, no initial) */
    x->middle[0] = '\0';
    if (!roman && b > 1) {
        size_t e = b - 1, s = e;
        while (s > 0 && n[s - 1] != ' ') {
            s--;
        }
        unsigned char c0 = (unsigned char)n[s];
        if (s > 0 && e - s >= 4 && ((c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0) &&
            n[e - 1] != '.' && !(e - s == 4 && memcmp(n + s, "Ould", 4) == 0)) {
            px_copy(x->middle, sizeof x->middle, n + s, e - s);
        }
    }
}

static void set_code(px_ent *x)
{
    if (x->code[0]) {
        return;
    }
    /* (Hong Kong's and Macau's chief executive heads a government, not a firm) */
    if (px_streq(x->sector, "BUS") && px_streq(x->title, "chief executive") &&
        (px_streq(x->country, "HKG") || px_streq(x->country, "MAC"))) {
        memcpy(x->sector, "GOV", 4);
    }
    if (x->country[0] && x->sector[0] && !px_streq(x->sector, "IGO")) {
        memcpy(x->code, x->country, 3);
        memcpy(x->code + 3, x->sector, 4);
    } else if (x->country[0]) {
        memcpy(x->code, x->country, 4);
    } else if (x->sector[0]) {
        memcpy(x->code, x->sector, 4);
    }
}

/* ---------- mentions ---------- */

int px_ment_push(px_doc *d, uint32_t ts, uint32_t te, uint32_t head, int kind, uint16_t fl,
                 int ent)
{
    if (d->nment == d->capment) {
        size_t nc = d->capment ? d->capment * 2 : 64;
        px_ment *nm = realloc(d->ments, nc * sizeof *nm);
        if (!nm) {
            return -1;
        }
        d->ments = nm;
        d->capment = nc;
    }
    px_ment *m = &d->ments[d->nment++];
    m->ts = ts;
    m->te = te;
    m->head = head;
    m->kind = (uint8_t)kind;
    m->flags = fl;
    m->ent = ent;
    return 0;
}

typedef struct cmod {
    bool set;
    bool poss;
    bool unknown;   /* a capitalised unknown name used as the country ("Dagolath's") */
    px_ent ent;     /* the state / org */
    uint32_t ts, te;
} cmod;

/* "its defence minister": the possessive "its" names the state or organisation most
 * recently mentioned (this sentence first, then the previous one). */
static uint32_t its_mod(const px_doc *d, uint32_t i, uint32_t lim, cmod *cm)
{
    if (i + 1 >= lim || !px_tis(d, i, "its") || d->nment == 0) {
        return 0;
    }
    uint32_t floor = i > 60 ? i - 60 : 0; /* a short reach back */
    for (size_t m = d->nment; m-- > 0;) {
        const px_ment *pm = &d->ments[m];
        if (pm->ts < floor) {
            break;
        }
        if (pm->ts >= i || pm->ent < 0) {
            continue;
        }
        const px_ent *a = &d->ents[pm->ent];
        /* (also a state's government: "Nepal's new government has requested a meeting
         * between its prime minister and Modi") */
        bool gov = pm->kind == MK_GROUP && a->country[0] && px_streq(a->sector, "GOV") &&
                   px_streq(a->title, "government");
        /* (and a body's delegation: "a delegation of the European Bank for Reconstruction
         * and Development led by its President Odile Renaud-Basso", not the dateline's
         * state before it) */
        gov = gov || (pm->kind == MK_GROUP && !a->country[0] && strncmp(a->code, "IGO", 3) == 0 &&
                      (px_streq(a->title, "delegation") || px_streq(a->title, "team") ||
                       px_streq(a->title, "mission")));
        if ((pm->kind == MK_STATE || pm->kind == MK_ORG || gov) && !(pm->flags & MF_LOCPP) &&
            (a->country[0] || a->code[0])) {
            /* (not a state that only names an unlisted body: "a delegation of the
             * Saudi-Pakistan Business Council led by its chairman" is the council's) */
            for (uint32_t q = pm->te; q < i && q < pm->te + 4; q++) {
                if (!(d->toks[q].flags & TF_CAP) && !(d->toks[q].flags & TF_HYPH)) {
                    break;
                }
                if ((d->toks[q].flags & TF_CAP) && body_name_head(px_tkey(d, q))) {
                    return 0;
                }
            }
            memset(cm, 0, sizeof *cm);
            cm->set = true;
            cm->poss = true;
            cm->ent = *a;
            cm->ts = i;
            cm->te = i + 1;
            return 1;
        }
    }
    return 0;
}

/* Country-ish modifier at i: "China's", "Chinese", "US", "UN", "Beijing's", "Arab League".
 * Returns its length in tokens (including 's), 0 if none. */
static uint32_t country_mod(const px_doc *d, uint32_t i, uint32_t lim, cmod *cm)
{
    uint32_t l = 0;
    const px_entry *e = NULL;
    static const int kinds[] = {K_DEMONYM, K_COUNTRY, K_ORG, K_CAPITAL, K_METONYM};
    uint32_t best = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        uint32_t l2;
        const px_entry *x = lex(d, i, lim, kinds[k], &l2);
        if (x && l2 > best) {
            best = l2;
            e = x;
        }
    }
    l = best;
    if (!e) {
        return its_mod(d, i, lim, cm);
    }
    /* "Israel Katz met Rubio": a listed person whose name starts with a state's is that
     * person, not a state before a name */
    uint32_t pl = 0;
    if (lex(d, i, lim, K_PERSON, &pl) && pl > l) {
        return 0;
    }
    memset(cm, 0, sizeof *cm);
    cm->set = true;
    ent_from_country(d, &cm->ent, e);
    cm->ts = i;
    uint32_t j = i + l;
    if (j < lim && (px_tis(d, j, "'s") ||
                    (d->toks[j].p == '\'' && j > i && d->toks[j - 1].klen > 1 &&
                     px_tkey(d, j - 1)[d->toks[j - 1].klen - 1] == 's'))) {
        cm->poss = true; /* "Iran's", "the Netherlands'", "the Philippines'" */
        j++;
    } else if (e->kind == K_CAPITAL &&
               !(j + 1 < lim && (px_tis(d, j, "regional") || px_tis(d, j, "city")) &&
                 lex(d, j + 1, lim, K_TITLE, NULL)) &&
               /* (but "her Madrid counterpart": a city's officer) */
               !(j < lim && px_tis(d, j, "counterpart") && i > 0 &&
                 (px_tis(d, i - 1, "his") || px_tis(d, i - 1, "her")))) {
        return 0; /* "Beijing officials" is rare; a bare capital before a title is a place
                   * (but "Madrid regional president Isabel Diaz Ayuso" is one of its own) */
    }
    cm->te = j;
    return j - i;
}

/* A weekday's or a month's name at k ("Saturday", "November", "Nov"). */
static bool day_or_month(const px_doc *d, uint32_t k)
{
    if (k >= d->ntok) {
        return false;
    }
    switch (d->toks[k].k0) { /* (the first letter picks the few names to compare) */
    case 'm':
        return px_tis(d, k, "monday") || px_tis(d, k, "march") || px_tis(d, k, "may") ||
               px_tis(d, k, "mar");
    case 't':
        return px_tis(d, k, "tuesday") || px_tis(d, k, "thursday");
    case 'w':
        return px_tis(d, k, "wednesday");
    case 'f':
        return px_tis(d, k, "friday") || px_tis(d, k, "february") || px_tis(d, k, "feb");
    case 's':
        return px_tis(d, k, "saturday") || px_tis(d, k, "sunday") || px_tis(d, k, "september") ||
               px_tis(d, k, "sep") || px_tis(d, k, "sept");
    case 'j':
        return px_tis(d, k, "january") || px_tis(d, k, "june") || px_tis(d, k, "july") ||
               px_tis(d, k, "jan") || px_tis(d, k, "jun") || px_tis(d, k, "jul");
    case 'a':
        return px_tis(d, k, "april") || px_tis(d, k, "august") || px_tis(d, k, "apr") ||
               px_tis(d, k, "aug");
    case 'o':
        return px_tis(d, k, "october") || px_tis(d, k, "oct");
    case 'n':
        return px_tis(d, k, "november") || px_tis(d, k, "nov");
    case 'd':
        return px_tis(d, k, "december") || px_tis(d, k, "dec");
    default:
        return false;
    }
}

/* a function word or a number: where the free words before a title stop (title_at) */
static bool free_word_stop(const px_doc *d, uint32_t k)
{
    bool w;
    switch (d->toks[k].k0) { /* (the first letter picks the few words to compare) */
    case 'a':
        w = px_tis(d, k, "and") || px_tis(d, k, "a") || px_tis(d, k, "an") ||
            px_tis(d, k, "among") || px_tis(d, k, "about") || px_tis(d, k, "against") ||
            px_tis(d, k, "as");
        break;
    case 'o':
        w = px_tis(d, k, "of") || px_tis(d, k, "over") || px_tis(d, k, "or") ||
            px_tis(d, k, "onto") || px_tis(d, k, "other") || px_tis(d, k, "own");
        break;
    case 't':
        w = px_tis(d, k, "the") || px_tis(d, k, "than");
        break;
    case 'f':
        w = px_tis(d, k, "from") || px_tis(d, k, "for");
        break;
    case 'b':
        w = px_tis(d, k, "by") || px_tis(d, k, "between");
        break;
    case 'u':
        w = px_tis(d, k, "under") || px_tis(d, k, "upon");
        break;
    case 'w':
        w = px_tis(d, k, "with");
        break;
    case 'n':
        w = px_tis(d, k, "nor");
        break;
    case 'i':
        w = px_tis(d, k, "into");
        break;
    case 'v':
        w = px_tis(d, k, "via");
        break;
    case 'p':
        w = px_tis(d, k, "per");
        break;
    case 'l':
        w = px_tis(d, k, "like");
        break;
    case 's':
        w = px_tis(d, k, "such");
        break;
    default:
        w = false;
    }
    return w || (d->toks[k].flags & TF_NUM) != 0;
}

/* a ministry's portfolio word before "and" or a comma inside a joint title ("Czech
 * Industry and Trade Minister", "Economy, Trade and Industry Minister") */
static bool portfolio_word(const px_doc *d, uint32_t k)
{
    static const char *const w[] = {
        "affairs", "agriculture", "arts", "aviation", "commerce", "communications",
        "cooperation", "culture", "defence", "defense", "development", "diaspora", "economy",
        "education", "employment", "energy", "enterprise", "environment", "exports", "finance",
        "fisheries", "foreign", "health", "heritage", "housing", "immigration", "industry",
        "information", "infrastructure", "innovation", "integration", "interior", "investment",
        "investments", "justice", "labor", "labour", "lands", "maritime", "mines", "mining",
        "petroleum", "planning", "resources", "science", "security", "sport", "sports",
        "technology", "tourism", "trade", "transport", "treasury", "water", "welfare", "works",
        "youth", NULL};
    if (!(d->toks[k].flags & TF_CAP)) {
        return false;
    }
    const char *key = px_tkey(d, k);
    for (int i = 0; w[i]; i++) {
        if (w[i][0] == key[0] && strcmp(w[i], key) == 0) {
            return true;
        }
    }
    return false;
}

/* [a, b) is a joint portfolio of capitalised words joined by "and" or commas after a
 * portfolio word ("Commerce and Industry", "Economy, Trade and Industry") */
static bool joint_portfolio(const px_doc *d, uint32_t a, uint32_t b)
{
    bool joined = false;
    for (uint32_t k = a; k < b; k++) {
        if ((px_tis(d, k, "and") || d->toks[k].p == ',') && k > a && portfolio_word(d, k - 1)) {
            joined = joined || px_tis(d, k, "and");
        } else if (!(d->toks[k].flags & TF_CAP) || !(d->toks[k].flags & TF_ALPHA)) {
            return false;
        }
    }
    return joined;
}

/* "foreign ministers", "US defence secretaries": a plural title names a group */
static bool plural_title(const px_doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++) {
        if (px_tis(d, k, "of")) {
            return false;
        }
    }
    const char *k = px_tkey(d, b - 1);
    size_t n = d->toks[b - 1].klen;
    /* ("congressmen", "congresswomen", "businessmen") */
    if (n > 5 && k[n - 3] == 'm' && k[n - 2] == 'e' && k[n - 1] == 'n') {
        return true;
    }
    if (n < 4 || k[n - 1] != 's' || k[n - 2] == 's' || k[n - 2] == 'u' || k[n - 2] == 'i') {
        return false;
    }
    return !px_streq(k, "chiefs") && !px_streq(k, "affairs") && !px_streq(k, "arms");
}

static const char *ambig_cat(const px_doc *d, uint32_t i, uint32_t len)
{
    const px_gaz *g = d->ctx->gaz;
    uint32_t node = 0;
    for (uint32_t k = i; k < i + len && k < d->ntok; k++) {
        if (d->toks[k].flags & TF_HYPH) {
            continue;
        }
        node = px_gaz_child(g, node, d->toks[k].wid);
        if (!node) {
            return NULL;
        }
    }
    for (const px_entry *e = px_gaz_entries(g, node); e; e = px_gaz_next(g, e)) {
        if (e->kind == K_AMBIG) {
            return px_gaz_cstr(g, e->s[0]);
        }
    }
    return NULL;
}

/* An abbreviated title ("PM", "FM") over [k, e) names a title only between a country and
 * a name ("Japan PM Takaichi", "Indian FM Jaishankar", "UK PM says"), or before a name
 * ("PM Modi"); never after a number ("3 PM"). */
static bool abbrev_title_ok(const px_doc *d, uint32_t k, uint32_t e, uint32_t lim)
{
    if (k > 0 && (d->toks[k - 1].flags & TF_NUM)) {
        return false;
    }
    return (e < lim && is_cap(d, e, lim)) || (k > 0 && is_cap(d, k - 1, lim));
}

/* A name chunk of nl words at i that is a given name and then a dictionary person's full
 * name ("Mohammad Ishaq Dar", "Muhammad Shehbaz Sharif"): that person, or NULL. */
static const px_entry *person_after_given(const px_doc *d, uint32_t i, uint32_t nl, uint32_t lim)
{
    uint32_t pl = 0;
    if (nl < 3 || i + 1 >= lim) {
        return NULL;
    }
    const px_entry *pe = lex(d, i + 1, lim, K_PERSON, &pl);
    return pe && pl >= 2 && i + 1 + pl == i + nl ? pe : NULL;
}

/* Title phrase at i (after optional modifiers): returns length, fills title entry. Up to
 * three free words may precede the title head ("foreign policy official"). */
static uint32_t title_at(const px_doc *d, uint32_t i, uint32_t lim, const px_entry **te,
                         uint32_t *tstart, bool *group)
{
    uint32_t j = i;
    /* a title that starts with a modifier word is that title ("Vice President JD Vance":
     * vice president, not president) */
    {
        uint32_t ml = 0, tl0 = 0;
        const px_entry *t0 =
            px_cue(d, i, CUE_MOD, &ml) && ml ? lex(d, i, lim, K_TITLE, &tl0) : NULL;
        /* (also a modifier that is a title of its own before a name: "ASEAN chief Kao Kim
         * Hourn", though "chief negotiator" stays one title) */
        bool alone = t0 && tl0 == ml && i + ml < lim && (d->toks[i + ml].flags & TF_CAP) &&
                     (d->toks[i + ml].flags & TF_ALPHA) &&
                     !(d->toks[i + ml].kmask & ((uint64_t)1 << K_TITLE));
        if (t0 && (tl0 > ml || alone) && t0->casef != CASE_UPPER) {
            *te = t0;
            *group = plural_title(d, i, i + tl0);
            *tstart = i;
            return tl0;
        }
    }
    /* skip modifiers: top, senior, then, former, deputy... */
    for (int n = 0; n < 4 && j < lim; n++) {
        uint32_t l;
        if (px_cue(d, j, CUE_MOD, &l) && l) {
            /* "deputy"/"vice" are part of the title when a title follows */
            j += l;
            if (j < lim && (d->toks[j].flags & TF_HYPH)) {
                j++;
            }
            continue;
        }
        break;
    }
    /* a title or group noun must start within the next four tokens */
    {
        const uint64_t tg = ((uint64_t)1 << K_TITLE) | ((uint64_t)1 << K_GROUPN);
        bool any = false;
        uint32_t ext = 0; /* (one more word for each join of a portfolio: "Lands and
                           * Natural Resources Minister") */
        for (uint32_t k = j; k < lim && k <= j + 3 + ext && !any; k++) {
            any = (d->toks[k].kmask & tg) != 0;
            if (k > j && ext < 2 && (d->toks[k].p == ',' || px_tis(d, k, "and")) &&
                portfolio_word(d, k - 1)) {
                ext++;
            }
        }
        if (!any) {
            return 0;
        }
    }
    uint32_t joins = 0; /* "and" / commas inside a joint portfolio */
    for (uint32_t k = j; k < lim && k <= j + 3 + joins; k++) {
        if (k > j && joins < 2 && k + 1 < lim && (d->toks[k].p == ',' || px_tis(d, k, "and")) &&
            (d->toks[k + 1].flags & TF_CAP) && (d->toks[k + 1].flags & TF_ALPHA) &&
            portfolio_word(d, k - 1) &&
            (px_tis(d, k, "and") || (d->toks[k].p == ',' && k + 2 < lim && portfolio_word(d, k + 1)))) {
            joins++;
            continue;
        }
        /* (a spaced dash ends it: "09:10 CET — European leaders arrive") */
        if ((!(d->toks[k].flags & TF_ALPHA) && !(d->toks[k].flags & TF_HYPH)) ||
            ((d->toks[k].flags & TF_HYPH) && !(d->toks[k].flags & TF_ALPHA) &&
             !(d->toks[k].flags & TF_NOSP))) {
            break;
        }
        uint32_t l1 = 0, l2 = 0;
        const px_entry *t = lex(d, k, lim, K_TITLE, &l1);
        const px_entry *g = lex(d, k, lim, K_GROUPN, &l2);
        if (t && t->casef == CASE_UPPER && !abbrev_title_ok(d, k, k + l1, lim)) {
            t = NULL;
        }
        /* ("official" before a contact noun is an adjective: "Sanchez's official trip") */
        if (t && !g && k + l1 < lim && px_tis(d, k + l1 - 1, "official") && noun_trigger(d, k + l1)) {
            t = NULL;
        }
        /* (nor is a title word that opens a body's name: "the Thai-Cambodian General Border
         * Committee", "the General Assembly") */
        /* (the capitalised run after it ends on the head word, within three words; but
         * "Speaker National Assembly Sardar Ayaz Sadiq" has a name after) */
        uint32_t re = k + l1;
        while (t && re < lim && re < k + l1 + 4 && (d->toks[re].flags & TF_CAP) &&
               (d->toks[re].flags & TF_ALPHA) && !d->toks[re].p) {
            re++;
        }
        if (t && re > k + l1 && re < k + l1 + 4 &&
            !(re < lim && (d->toks[re].flags & TF_CAP) && (d->toks[re].flags & TF_ALPHA)) &&
            body_head(px_tkey(d, re - 1)) && !lex(d, k + l1, lim, K_PERSON, NULL)) {
            t = NULL;
        }
        if (t || g) {
            /* prefer the longer; titles win ties */
            if (t && l1 >= l2) {
                *te = t;
                *group = plural_title(d, k, k + l1);
                *tstart = k;
                uint32_t end = k + l1;
                return end - i;
            }
            *te = g;
            *group = true;
            *tstart = k;
            return k + l2 - i;
        }
        /* free words: lower-case content words ("foreign policy") or capitalised
         * institution words ("National Assembly"), never names, places or verbs */
        if (free_word_stop(d, k) || px_match_kind(d, k, K_TRIGGER, NULL) ||
            px_cue(d, k, CUE_REPORT, NULL) || px_cue(d, k, CUE_AUX, NULL) ||
            px_cue(d, k, CUE_CLAUSE, NULL) || px_cue(d, k, CUE_LOCPREP, NULL) ||
            px_cue(d, k, CUE_PRON, NULL) || px_cue(d, k, CUE_NEG, NULL)) {
            break;
        }
        /* (a verb after a name: "The White House sent envoy Steve Witkoff", "The Kremlin
         * dispatched envoy Kirill Dmitriev") */
        if (k > 0 && (d->toks[k - 1].flags & TF_CAP) &&
            ((past_verb(d, k) && !participle_adj(d, k)) || px_tis(d, k, "sent") ||
             px_tis(d, k, "sends") || px_tis(d, k, "send"))) {
            break;
        }
        /* (nor a person named before whose full name goes on into the title word:
         * "Hassan Sheikh" after "Hassan Sheikh Mohamud") */
        if ((d->toks[k].flags & TF_CAP) && k + 1 < lim && (d->toks[k + 1].flags & TF_CAP) &&
            (d->toks[k + 1].kmask & ((uint64_t)1 << K_TITLE))) {
            int ce = coref_name(d, k);
            if (ce >= 0 && coref_name_more(d, &d->ents[ce], k, k + 2) == 1) {
                break;
            }
        }
        /* (a body after a modifier is the title's owner: "senior Hamas official X") */
        /* (nor a body's longer name: "China's National People's Congress") */
        uint32_t bl = 0;
        if (lex(d, k, lim, K_PERSON, NULL) || lex(d, k, lim, K_COUNTRY, NULL) ||
            (lex(d, k, lim, K_METONYM, &bl) && bl >= 2) ||
            lex(d, k, lim, K_CAPITAL, NULL) || lex(d, k, lim, K_CITY, NULL) ||
            lex(d, k, lim, K_DEMONYM, NULL) ||
            /* (a region's name is a remit: "U.S. Middle East envoy Steve Witkoff") */
            (px_match_kind(d, k, K_TIME, NULL) &&
             !(px_tis(d, k, "middle") && k + 1 < lim && px_tis(d, k + 1, "east"))) ||
            (k > i && lex(d, k, lim, K_ORG, NULL))) {
            break;
        }
    }
    return 0;
}

/* A capitalised name chunk at i: Lloyd Austin, F.W. de Klerk, Hamad bin Khalifa al-Thani. */
/* ", the US Army secretary," after a name: "the" at i, a title within five words, then a
 * comma */
static bool title_appositive(const px_doc *d, uint32_t i, uint32_t lim)
{
    if (i >= lim || !px_tis(d, i, "the")) {
        return false;
    }
    for (uint32_t q = i + 1; q < lim && q < i + 6; q++) {
        uint32_t l = 0;
        if (lex(d, q, lim, K_TITLE, &l) && q + l < lim && d->toks[q + l].p == ',') {
            return true;
        }
        if (d->toks[q].p) {
            return false;
        }
    }
    return false;
}

static int coref_name(const px_doc *d, uint32_t i);

/* the endings of plural common nouns ("rockets", "missiles", "journalists", "soldiers",
 * "migrants", "refugees", "troops") that names seldom have */
static bool common_plural(const char *k, size_t n)
{
    static const char *const e[] = {"ets", "les", "sts", "ers", "nts", "ees", "ops", "ips", NULL};
    for (int x = 0; e[x]; x++) {
        if (memcmp(k + n - 3, e[x], 3) == 0) {
            return true;
        }
    }
    return false;
}

/* a capitalised gathering's noun after a group's possessive at j ("Economic Leaders'
 * Meeting", "Foreign Ministers' Meeting"): the words name the gathering */
static bool gathering_after(const px_doc *d, uint32_t j, uint32_t lim)
{
    if (j < lim && (d->toks[j].p == '\'' || px_tis(d, j, "'s"))) {
        j++;
    }
    return j < lim && (d->toks[j].flags & TF_CAP) &&
           (px_tis(d, j, "meeting") || px_tis(d, j, "summit") || px_tis(d, j, "conference") ||
            px_tis(d, j, "forum") || px_tis(d, j, "dialogue") || px_tis(d, j, "congress"));
}

/* a speech verb before "it" at i, over "that" and a time ("Iran said it would not
 * negotiate", "Hamas said on Saturday that it would hold talks") */
static bool said_before_it(const px_doc *d, uint32_t tb, uint32_t i)
{
    uint32_t q = i - 1;
    if (px_tis(d, q, "that") && q > tb) {
        q--;
    }
    for (int n = 0; n < 5 && q > tb; n++) {
        if (!px_match_kind(d, q, K_TIME, NULL) && !(d->toks[q].flags & TF_NUM) &&
            !px_tis(d, q, "on") && !px_tis(d, q, "late") && !px_tis(d, q, "early") &&
            !px_tis(d, q, "last") && !px_tis(d, q, "this")) {
            break;
        }
        q--;
    }
    return px_tis(d, q, "said") || px_tis(d, q, "says") || px_tis(d, q, "announced") ||
           px_tis(d, q, "stated") || px_tis(d, q, "insisted") || px_tis(d, q, "warned");
}

/* an armed group's own head noun after its name at i: "(the M23) rebel group", "(the
 * Comuneros del Sur) armed group", "(the ELN) guerrilla": its length, else 0 */
static uint32_t reb_head(const px_doc *d, uint32_t i, uint32_t lim)
{
    if (i + 1 < lim &&
        (px_tis(d, i, "armed") || px_tis(d, i, "rebel") || px_tis(d, i, "guerrilla") ||
         px_tis(d, i, "militant") || px_tis(d, i, "insurgent")) &&
        (px_tis(d, i + 1, "group") || px_tis(d, i + 1, "movement"))) {
        return 2;
    }
    return i < lim && (px_tis(d, i, "guerrilla") || px_tis(d, i, "guerrillas") ||
                       px_tis(d, i, "rebels") || px_tis(d, i, "group"))
               ? 1
               : 0;
}

/* "deputy prime minister" joined before a person's "foreign minister": the joint title
 * "deputy prime minister and foreign minister" (unless already in it or too long) */
static void title_join(px_ent *e, const char *t)
{
    size_t tl = strlen(t), el = strlen(e->title);
    if (tl && el && !strstr(e->title, t) && tl + 5 + el < sizeof e->title) {
        memmove(e->title + tl + 5, e->title, el + 1);
        memcpy(e->title, t, tl);
        memcpy(e->title + tl, " and ", 5);
    }
}

static uint32_t name_at(const px_doc *d, uint32_t i, uint32_t lim, uint32_t sent_start)
{
    /* "Chinese Ambassador to Vietnam He Wei": a capitalised "He" inside a sentence, right
     * after a capitalised word and before a given name, is a family name */
    if (i > sent_start && i + 1 < lim && px_tis(d, i, "he") && (d->toks[i].flags & TF_CAP) &&
        !(d->toks[i].flags & (TF_UPPER | TF_QOPEN | TF_NL | TF_PARA)) &&
        (d->toks[i - 1].flags & TF_CAP) && !d->toks[i - 1].p &&
        !(d->toks[i - 1].flags & TF_DATELINE) && !px_tis(d, i + 1, "he") &&
        name_at(d, i + 1, lim, sent_start) == 1) {
        return 2;
    }
    if (!is_cap(d, i, lim) || is_stop(d, i)) {
        return 0;
    }
    /* "a statement issued by the PM Office": an office's seat is no one's name */
    if (d->toks[i].klen == 6 && d->toks[i].k0 == 'o' && px_tis(d, i, "office") &&
        (i + 1 >= lim || !is_cap(d, i + 1, lim))) {
        return 0;
    }
    /* "areas battered by Typhoon Rosal", "Tropical Storm Alberto": a storm's name names no
     * one */
    if (i > sent_start && (px_tis(d, i - 1, "typhoon") || px_tis(d, i - 1, "hurricane") ||
                           px_tis(d, i - 1, "cyclone") || px_tis(d, i - 1, "storm"))) {
        return 0;
    }
    /* "Chairman of the House Foreign Affairs Committee Brian Mast": the head word that
     * ends a body's name starts no person's */
    if (i > sent_start && (d->toks[i - 1].flags & TF_CAP) && !d->toks[i - 1].p && i + 1 < lim &&
        is_cap(d, i + 1, lim) && body_head(px_tkey(d, i)) && !is_stop(d, i + 1) &&
        !lex(d, i, lim, K_PERSON, NULL)) {
        return 0;
    }
    uint32_t l;
    /* ("Knesset Speaker Amir Ohana", "COP28 President Sultan al-Jaber", "Malaysia's King
     * Sultan Ibrahim": "Amir" or "Sultan" right after a title, before a name that is no
     * title, is part of the name) */
    bool given = (px_tis(d, i, "amir") || px_tis(d, i, "sultan")) && i > sent_start &&
                 lex(d, i - 1, lim, K_TITLE, NULL) &&
                 ((is_cap(d, i + 1, lim) && !is_stop(d, i + 1) &&
                   !lex(d, i + 1, lim, K_TITLE, NULL)) ||
                  (i + 3 < lim && has_cue(d, i + 1, CUE_PARTICLE) &&
                   (d->toks[i + 2].flags & TF_HYPH) && (d->toks[i + 2].flags & TF_NOSP) &&
                   is_cap(d, i + 3, lim)));
    if (lex(d, i, lim, K_TITLE, &l) && !lex(d, i, lim, K_PERSON, NULL) && !given) {
        return 0;
    }
    /* (the first word after a dateline opens the story: "KUALA LUMPUR, Dec 3 (Bernama) --
     * Bilateral talks ...") */
    bool first = i == sent_start ||
                 (i > sent_start && (d->toks[i - 1].flags & (TF_QOPEN | TF_DATELINE)) &&
                  !(d->toks[i].flags & TF_DATELINE));
    uint32_t tl0 = 0;
    if (first && px_match_kind(d, i, K_TRIGGER, &tl0) && tl0 > 1 && !lex(d, i, lim, K_PERSON, NULL)) {
        return 0; /* "Face-to-face talks ...": a contact phrase opening the sentence */
    }
    /* (not a particle glued to a name: "Al-Hayya also asked ...") */
    bool glued = i + 2 < lim && (d->toks[i + 1].flags & TF_HYPH) &&
                 (d->toks[i + 1].flags & TF_NOSP) && (d->toks[i + 2].flags & TF_NOSP) &&
                 has_cue(d, i, CUE_PARTICLE) && is_cap(d, i + 2, lim);
    if (first && !glued && known_lower_word(d, i) && !lex(d, i, lim, K_PERSON, NULL) &&
        !(px_match_kind(d, i, K_TIME, NULL) && coref_name(d, i) >= 0)) { /* ("Sun also ...") */
        return 0;
    }
    uint32_t j = i + 1;
    while (j < lim && j - i < 12) { /* (hyphens count: "Meshal Al-Ahmad Al-Jaber Al-Sabah") */
        const px_tok *t = &d->toks[j];
        if ((t->flags & TF_HYPH) && j + 1 < lim && (d->toks[j + 1].flags & TF_ALPHA) &&
            (d->toks[j + 1].flags & TF_NOSP)) {
            j += 2;
            continue;
        }
        /* "Amir-Abdollahian": a capitalised word glued to a hyphenated continuation is
         * part of the name even when it is also a title or a place */
        bool compound = j + 2 < lim && (d->toks[j + 1].flags & TF_HYPH) &&
                        (d->toks[j + 1].flags & TF_NOSP) && (d->toks[j + 2].flags & TF_NOSP) &&
                        is_cap(d, j + 2, lim);
        if (is_cap(d, j, lim) && !is_stop(d, j) && !(t->flags & TF_NL)) {
            uint32_t l2;
            if (!compound && (lex(d, j, lim, K_TITLE, &l2) || lex(d, j, lim, K_COUNTRY, &l2) ||
                              lex(d, j, lim, K_DEMONYM, &l2) || lex(d, j, lim, K_ORG, &l2))) {
                /* (not a word of the full name of one named before: "Hassan Sheikh" after
                 * "Hassan Sheikh Mohamud") */
                int ce = j - i < 3 ? coref_name(d, i) : -1;
                if (ce >= 0 && coref_name_more(d, &d->ents[ce], i, j + 1) == j - i) {
                    j++;
                    continue;
                }
                break;
            }
            j++;
            continue;
        }
        if (has_cue(d, j, CUE_PARTICLE) && !(t->flags & TF_CAP) && is_cap(d, j + 1, lim) &&
            !is_stop(d, j + 1)) {
            j += 1;
            continue;
        }
        /* "Pieter van der Meulen", "Maria de la Cruz": two particles */
        if (has_cue(d, j, CUE_PARTICLE) && !(t->flags & TF_CAP) && j + 2 < lim &&
            has_cue(d, j + 1, CUE_PARTICLE) && !(d->toks[j + 1].flags & TF_CAP) &&
            is_cap(d, j + 2, lim) && !is_stop(d, j + 2)) {
            j += 2;
            continue;
        }
        /* "al-Sudani", "bin-Salman": a lower-case particle glued by a hyphen */
        if (has_cue(d, j, CUE_PARTICLE) && !(t->flags & TF_CAP) && compound && !is_stop(d, j + 2)) {
            j += 3;
            continue;
        }
        break;
    }
    /* "a Working Visit", "an Official Visit" in a press release: a capitalised contact
     * noun ends no name; nor does a region's word ("visited Ishikawa Prefecture": a
     * region the gazetteer lacks names no one) */
    if (px_tis(d, j - 1, "visit") || px_tis(d, j - 1, "visits") || px_tis(d, j - 1, "meeting") ||
        px_tis(d, j - 1, "talks") || px_tis(d, j - 1, "consultations") ||
        px_tis(d, j - 1, "prefecture") || px_tis(d, j - 1, "province") ||
        px_tis(d, j - 1, "governorate") || px_tis(d, j - 1, "oblast") || px_tis(d, j - 1, "krai")) {
        return 0;
    }
    /* "Frankly," at the start of a sentence is an adverb, not a name; "Rockets landed in
     * Israel", "Journalists traveled to Ukraine": a lone plural word there is a common noun
     * unless the article named someone so before */
    if (first && j == i + 1) {
        const char *k = px_tkey(d, i);
        size_t n = d->toks[i].klen;
        if (n > 5 && common_plural(k, n) && !lex(d, i, lim, K_PERSON, NULL) &&
            coref_name(d, i) < 0 && j < lim && !(d->toks[j].flags & TF_CAP) &&
            px_match_kind(d, j, K_TRIGGER, NULL)) {
            return 0;
        }
        if ((n > 3 && k[n - 2] == 'l' && k[n - 1] == 'y') ||
            (j < lim && d->toks[j].p == ',' && !lex(d, i, lim, K_PERSON, NULL) &&
             !title_appositive(d, j + 1, lim) &&
             coref_name(d, i) < 0)) { /* ("Wong, on her fourth visit ...": named before) */
            return 0;
        }
    }
    return j - i;
}

/* A region of the world named by two words at i: a direction and a continent or sea
 * ("Southeast Asia", "East Africa", "Latin America", "the Middle East"). */
static bool world_region(const px_doc *d, uint32_t i)
{
    static const char *const dir[] = {"north", "south", "east", "west", "central", "southeast",
                                      "southwest", "northeast", "northwest", "eastern",
                                      "western", "northern", "southern", "latin", "middle", "far",
                                      "south-east", "south-west", "north-east", "north-west",
                                      NULL};
    static const char *const area[] = {"asia", "africa", "europe", "america", "pacific",
                                       "atlantic", "caucasus", "balkans", "east", NULL};
    bool a = false, b = false;
    for (int k = 0; dir[k] && !a; k++) {
        a = px_tis(d, i, dir[k]);
    }
    for (int k = 0; area[k] && a && !b; k++) {
        b = px_tis(d, i + 1, area[k]);
    }
    /* ("East East" is none; "the Middle East" is) */
    return a && b && (!px_tis(d, i + 1, "east") || px_tis(d, i, "middle") || px_tis(d, i, "far"));
}

/* The word that ends a body's name: "Council", "Ministry of Foreign Affairs". */
static bool body_head(const char *k)
{
    static const char *const w[] = {"affairs", "council", "ministry", "committee", "commission",
                                     "assembly", "parliament", "senate", "congress", "agency",
                                     "organization", "organisation", "union", "bank", "court",
                                     "office", "secretariat", "community", "league", "fund",
                                     "department", "states", "nations", "forces", NULL};
    for (int i = 0; w[i]; i++) {
        if (w[i][0] == k[0] && strcmp(w[i], k) == 0) {
            return true;
        }
    }
    return false;
}

/* The mention (from index `from` on) that covers token t, or -1. */
static int tok_in_ment(const px_doc *d, size_t from, uint32_t t)
{
    for (size_t m = from; m < d->nment; m++) {
        if (d->ments[m].ts <= t && t < d->ments[m].te) {
            return (int)m;
        }
    }
    return -1;
}

static bool orgish_head(const char *k)
{
    static const char *const w[] = {"institute", "fund", "council", "committee", "party",
                                     "agency", "times", "post", "university", "ministry",
                                     "forces", "army", "bank", "organization", "organisation",
                                     "association", "group", "news", "journal", "company",
                                     "corporation", "commission", "foundation", "centre",
                                     "center", "court", "front", "movement", "union",
                                     "league", "observatory", "dialogue", "summit", "forum",
                                     "conference", "games", "olympics", "assembly", "strait",
                                     "sea", "ocean", "river", "island", "islands", "heights",
                                     "region", "province", "street", "house", "palace",
                                     "square", "hall", "hotel", "airport", "base", "daily",
                                     "tribune", "herald", "gazette", "network", "television",
                                     "radio", "media", "service", "office", "department",
                                     "war", "crisis", "accord", "accords", "agreement", "treaty",
                                     "act", "plan", "initiative", "program", "programme",
                                     "cup", "day", "week", "road", "belt", "cooperation", "community", NULL};
    for (int i = 0; w[i]; i++) {
        if ((w[i][0] == k[0] && strcmp(w[i], k) == 0)) {
            return true;
        }
    }
    return false;
}

/* the head word of a body's or a gathering's name ("Council", "Forum") */
static bool body_name_head(const char *k)
{
    static const char *const w[] = {"council", "committee", "commission", "forum", "summit",
                                    "conference", "dialogue", "partnership", "union",
                                    "assembly", "initiative", "organisation", "organization",
                                    "agency", "fund", "bank", "group", "institute",
                                    "foundation", "association", "movement", "league",
                                    "alliance", "coalition", NULL};
    for (int i = 0; w[i]; i++) {
        if (w[i][0] == k[0] && strcmp(w[i], k) == 0) {
            return true;
        }
    }
    return false;
}

static void ent_set_text_name(const px_doc *d, px_ent *x, uint32_t ts, uint32_t te)
{
    /* name from the original words, single spaces, no trailing punctuation */
    char buf[96];
    size_t o = 0;
    for (uint32_t k = ts; k < te && o + 2 < sizeof buf; k++) {
        const px_tok *t = &d->toks[k];
        if (k > ts && !(t->flags & TF_NOSP)) {
            buf[o++] = ' ';
        }
        size_t n = t->e - t->s;
        if (o + n >= sizeof buf) {
            break;
        }
        memcpy(buf + o, d->text + t->s, n);
        o += n;
    }
    buf[o] = '\0';
    px_copy(x->name, sizeof x->name, buf, o);
}

/* The entity of the dictionary's holder of x's office (country and title) on day ymd, or
 * -1; not for "the former president" and other words that name another holder. */
/* One office under the names states give it (a foreign secretary's counterpart is a
 * foreign minister). */
enum { OFFICE_NAMES = 8 };
static const char *const office_names[][OFFICE_NAMES] = {
    {"foreign minister", "foreign secretary", "secretary of state", "external affairs minister",
     "international relations minister", "top diplomat", NULL},
    {"defence minister", "defense minister", "defence secretary", "defense secretary", NULL},
    {"prime minister", "premier", NULL},
    {"emir", "amir", NULL}, /* ("the Amir of the State of Qatar", as the Gulf agencies spell it) */
};

static int office_ent(px_doc *d, const px_ent *x, uint32_t start, uint32_t tstart, int ymd, int si)
{
    const px_entry *pe = ymd ? px_office_holder(d->ctx, x->country, x->title, ymd) : NULL;
    /* ("South Africa's international relations minister": the holder listed as its foreign
     * minister) */
    /* (not where the foreign secretary is the diplomatic service's head: India's, Pakistan's,
     * Bangladesh's, Nepal's, Sri Lanka's, Bhutan's foreign secretary is no minister) */
    static const char *const fs_civil[] = {"IND", "PAK", "BGD", "NPL", "LKA", "BTN", NULL};
    bool civil = false;
    for (int q = 0; fs_civil[q] && px_streq(x->title, "foreign secretary"); q++) {
        civil = civil || px_streq(fs_civil[q], x->country);
    }
    for (size_t g = 0; !pe && ymd && !civil && g < sizeof office_names / sizeof office_names[0];
         g++) {
        bool in = false;
        for (int t = 0; office_names[g][t] && !in; t++) {
            in = px_streq(office_names[g][t], x->title);
        }
        for (int t = 0; in && office_names[g][t] && !pe; t++) {
            pe = px_office_holder(d->ctx, x->country, office_names[g][t], ymd);
        }
    }
    /* ("the Indonesian leader", "the Japanese leader"): a state's leader is its head of
     * government where the prime minister or chancellor leads, else its president (Iran's,
     * its supreme leader) */
    if (!pe && ymd && px_streq(x->title, "leader")) {
        static const char *const pm_led[] = {
            "GBR", "IND", "JPN", "CAN", "AUS", "NZL", "DEU", "AUT", "ITA", "ESP", "NLD", "BEL",
            "SWE", "NOR", "DNK", "IRL", "GRC", "HUN", "CZE", "SVK", "PAK", "BGD", "NPL", "ISR",
            "THA", "MYS", "SGP", "KHM", "ETH", "ARM", "GEO", "IRQ", "LBN", "HRV", "SVN", "EST",
            "LVA", "LTU", "LUX", "MLT", "ALB", "MNE", "MKD", "BTN", "PNG", "FJI", "JAM", NULL};
        bool pm = false;
        for (int q = 0; pm_led[q] && !pm; q++) {
            pm = px_streq(pm_led[q], x->country);
        }
        if (px_streq(x->country, "IRN")) {
            pe = px_office_holder(d->ctx, x->country, "supreme leader", ymd);
        } else if (pm) {
            pe = px_office_holder(d->ctx, x->country, "prime minister", ymd);
            pe = pe ? pe : px_office_holder(d->ctx, x->country, "chancellor", ymd);
        } else {
            pe = px_office_holder(d->ctx, x->country, "president", ymd);
        }
    }
    /* ("Pyongyang's top diplomat" after "North Korean Foreign Minister Choe Son Hui": with
     * no holder listed, a person of that state named before under another name of the
     * office) */
    int seen = -1;
    for (size_t g = 0; !pe && g < sizeof office_names / sizeof office_names[0]; g++) {
        bool in = false;
        for (int t = 0; office_names[g][t] && !in; t++) {
            in = px_streq(office_names[g][t], x->title);
        }
        for (int t = 0; in && office_names[g][t] && seen < 0; t++) {
            int ce = px_streq(office_names[g][t], x->title)
                         ? -1
                         : coref_title_in(d, office_names[g][t], x->country);
            seen = ce >= 0 && !title_named(&d->ents[ce]) ? ce : -1;
        }
    }
    /* ("The North Korean minister" after "his North Korean counterpart Choe Son Hui": a bare
     * minister of a state is the one of its ministers, or counterparts, named last) */
    for (size_t e = 0; !pe && seen < 0 && px_streq(x->title, "minister") && e < d->nent; e++) {
        const px_ent *z = &d->ents[e];
        if (z->kind == MK_PERSON && !z->analyst && px_streq(z->country, x->country) &&
            !title_named(z) &&
            (strstr(z->title, "minister") || px_streq(z->title, "counterpart")) &&
            (seen < 0 || z->last_sent > d->ents[seen].last_sent)) {
            seen = (int)e;
        }
    }
    if (!pe && seen < 0) {
        return -1;
    }
    /* the words before the mention too: "the former US president" (not past a
     * preposition: "granted an audience to the Emir of Qatar") */
    for (int n = 0; n < 3 && start > 0 && !d->toks[start - 1].p; n++) {
        uint32_t b = start - 1;
        if (d->toks[b].klen <= 4 &&
            (px_tis(d, b, "to") || px_tis(d, b, "with") || px_tis(d, b, "by") ||
             px_tis(d, b, "for") || px_tis(d, b, "from") || px_tis(d, b, "of") ||
             px_tis(d, b, "on") || px_tis(d, b, "at"))) {
            break;
        }
        start--;
    }
    for (uint32_t q = start; q < tstart; q++) {
        if (px_tis(d, q, "former") || px_tis(d, q, "then") || px_tis(d, q, "late") ||
            px_tis(d, q, "ex") || px_tis(d, q, "next") || px_tis(d, q, "future") ||
            px_tis(d, q, "incoming") || px_tis(d, q, "outgoing") || px_tis(d, q, "previous") ||
            px_tis(d, q, "new") || px_tis(d, q, "acting") || px_tis(d, q, "interim") ||
            px_tis(d, q, "deputy") || px_tis(d, q, "vice") || px_tis(d, q, "a") ||
            px_tis(d, q, "an") || px_tis(d, q, "every") || px_tis(d, q, "any")) {
            return -1;
        }
    }
    if (!pe) {
        d->ents[seen].last_sent = si;
        return seen;
    }
    px_ent y = *x;
    y.bare[0] = 0;
    y.name[0] = 0;
    y.title[0] = 0;
    apply_person_entry(d, &y, pe);
    set_code(&y);
    y.last_sent = si;
    return px_ent_add(d, &y);
}

int px_office_resolve(px_doc *d, int ment, int ymd, const char *partner_title)
{
    const px_ment *m = &d->ments[ment];
    if (m->ent < 0 || m->kind != MK_PERSON || (m->flags & (MF_PLURAL | MF_GENERIC))) {
        return -1;
    }
    const px_ent *x = &d->ents[m->ent];
    if (!x->country[0] || !x->title[0] || !title_named(x) || x->analyst) {
        return -1;
    }
    px_ent y = *x;
    y.bare[0] = 0;
    int day = ymd ? ymd : pub_ymd(d);
    if (!px_streq(y.title, "counterpart")) {
        return office_ent(d, &y, m->ts, m->head, day, x->last_sent);
    }
    /* "met his Japanese counterpart": the partner's office in that country, under the name
     * that country gives it (a foreign secretary's counterpart is a foreign minister) */
    if (!partner_title || !partner_title[0] || px_streq(partner_title, "counterpart")) {
        return -1;
    }
    const char *const *names = NULL; /* the partner's office under its other names */
    for (size_t g = 0; !names && g < sizeof office_names / sizeof office_names[0]; g++) {
        for (int t = 0; office_names[g][t]; t++) {
            if (px_streq(office_names[g][t], partner_title)) {
                names = office_names[g];
                break;
            }
        }
    }
    const char *const alone[] = {partner_title, NULL};
    int r = -1;
    for (int t = 0; (names ? names : alone)[t] && r < 0; t++) {
        const char *tt = (names ? names : alone)[t];
        px_copy(y.title, sizeof y.title, tt, strlen(tt));
        r = office_ent(d, &y, m->ts, m->head, day, x->last_sent);
    }
    /* (no holder in the dictionary: the one person of the article with that state and
     * office, "Lao Prime Minister Sonexay Siphandone ... Pham Minh Chinh and his Lao
     * counterpart held talks") */
    for (size_t e = 0; r < 0 && e < d->nent; e++) {
        const px_ent *z = &d->ents[e];
        if (z->kind != MK_PERSON || z->analyst || !px_streq(z->country, x->country) ||
            title_named(z) || px_streq(z->title, "counterpart")) {
            continue;
        }
        bool same_office = false;
        for (int t = 0; (names ? names : alone)[t] && !same_office; t++) {
            same_office = px_streq(z->title, (names ? names : alone)[t]);
        }
        for (size_t e2 = e + 1; same_office && e2 < d->nent; e2++) {
            const px_ent *z2 = &d->ents[e2];
            if (z2->kind == MK_PERSON && px_streq(z2->country, x->country) &&
                px_streq(z2->title, z->title) && !title_named(z2) && !px_streq(z2->name, z->name)) {
                return -1; /* (two such people: none) */
            }
        }
        if (same_office) {
            r = (int)e;
        }
    }
    return r;
}

static void title_text(const px_doc *d, char *dst, size_t cap, uint32_t ts, uint32_t te)
{
    /* lower-case title words from the text, without then/former/top modifiers */
    size_t o = 0;
    char buf[64];
    for (uint32_t k = ts; k < te && o + 2 < sizeof buf; k++) {
        const char *key = px_tkey(d, k);
        if (d->toks[k].flags & TF_HYPH) {
            if (o && buf[o - 1] != '-') {
                buf[o++] = ' ';
            }
            continue;
        }
        if (px_streq(key, "then") || px_streq(key, "former") || px_streq(key, "'s") ||
            px_streq(key, "the") || px_streq(key, "a") || px_streq(key, "an")) {
            continue;
        }
        size_t n = d->toks[k].klen;
        if (o && buf[o - 1] != ' ') {
            buf[o++] = ' ';
        }
        if (o + n >= sizeof buf) {
            break;
        }
        memcpy(buf + o, key, n);
        o += n;
    }
    while (o && buf[o - 1] == ' ') {
        o--;
    }
    buf[o] = '\0';
    px_copy(dst, cap, buf, o);
}

/* a monarch's title: "king", "queen", "sultan", "emir" */
static bool royal_title(const char *t)
{
    return px_streq(t, "king") || px_streq(t, "queen") || px_streq(t, "sultan") ||
           px_streq(t, "emir") || px_streq(t, "amir");
}

/* Whether a name starting with byte r can fold to a key starting with k0: an ASCII byte
 * folds to one byte, so px_key_eq fails at once on any other (a long article has thousands
 * of persons, and coref_name asks about each of them at every capitalised word). */
static inline bool key_may_eq(unsigned char r, unsigned char k0)
{
    return r >= 0x80 || px_fold_ascii(r) == k0;
}

/* A person's name parts a single word may call it by: the family name, the first name, the
 * family name without its particle ("Al-Hayya is expected ..." after "Khalil al-Hayya") and
 * the word before the last of a longer name ("Espot" of "Xavier Espot Zamora"). Returns how
 * many (2 to 4) into parts. */
static int coref_parts(const px_ent *x, const char *parts[4])
{
    const char *sn = x->surname;
    bool part = ((sn[0] | 32) == 'a' || (sn[0] | 32) == 'e') && (sn[1] | 32) == 'l' && sn[2] == '-';
    int n = 0;
    parts[n++] = sn;
    parts[n++] = x->first;
    if (part) {
        parts[n++] = sn + 3;
    }
    if (x->middle[0]) {
        parts[n++] = x->middle; /* ("Espot" of "Xavier Espot Zamora") */
    }
    return n;
}

/* coref_name's index: past index_from(d) entities, an open-addressing table of the persons
 * (index + 1; 0 empty) under the hash of each of their name parts as px_key_eq folds it,
 * grown at half full. A person's kind, name and parts do not change once added. */

static void coref_put(px_doc *d, size_t e)
{
    const px_ent *x = &d->ents[e];
    if (x->kind != MK_PERSON || !x->name[0]) {
        return;
    }
    const char *parts[4];
    int np = coref_parts(x, parts);
    uint64_t hs[4];
    size_t mask = d->corefhash_cap - 1;
    for (int q = 0; q < np; q++) {
        hs[q] = px_key_hash(parts[q]);
        bool seen = false;
        for (int r = 0; r < q; r++) {
            seen = seen || hs[r] == hs[q];
        }
        if (seen) {
            continue; /* (one slot finds it under that hash) */
        }
        size_t at = hs[q] & mask;
        while (d->corefhash[at]) {
            at = (at + 1) & mask;
        }
        d->corefhash[at] = (uint32_t)e + 1;
        d->corefhash_n++;
    }
}

/* Adds entity e (just added) to the index, building or growing it first as needed; without
 * memory the index is dropped and coref_name scans. */
static void coref_index(px_doc *d, size_t e)
{
    if (!d->corefhash && d->nent <= index_from(d)) {
        return;
    }
    if (!d->corefhash || (d->corefhash_n + 4) * 2 > d->corefhash_cap) {
        size_t cap = d->corefhash_cap ? d->corefhash_cap * 2 : 1024;
        uint32_t *t = calloc(cap, sizeof *t);
        free(d->corefhash);
        d->corefhash = t;
        d->corefhash_cap = t ? cap : 0;
        d->corefhash_n = 0;
        for (size_t k = 0; t && k < d->nent; k++) {
            coref_put(d, k);
        }
        return; /* (e among them) */
    }
    coref_put(d, e);
}

/* Person e as the one word k calls (the best so far: best). The latest, but a family name
 * written first that the article already calls one person by keeps meaning that person
 * ("Kim" for Kim Jong Un after "his sister Kim Yo Jong" is named in full: Korean, Chinese
 * and Vietnamese reports name the second one in full every time); of two alike, the later. */
static inline int coref_better(const px_doc *d, const char *k, size_t e, int best)
{
    const px_ent *x = &d->ents[e];
    if (x->kind != MK_PERSON || !x->name[0] || (int)e == best) {
        return best;
    }
    const char *parts[4];
    int np = coref_parts(x, parts);
    unsigned char k0 = (unsigned char)k[0];
    bool may = false;
    for (int q = 0; q < np && !may; q++) {
        may = key_may_eq((unsigned char)parts[q][0], k0);
    }
    if (!may) {
        return best;
    }
    bool hit = false;
    for (int q = 0; q < np && !hit; q++) {
        hit = px_key_eq(parts[q], k);
    }
    if (!hit) {
        return best;
    }
    const px_ent *b = best >= 0 ? &d->ents[best] : NULL;
    bool bare = px_key_eq(x->bare, k) && px_key_eq(x->first, k);
    bool bbare = b && px_key_eq(b->bare, k) && px_key_eq(b->first, k);
    if (!b || (bare && !bbare) ||
        (bare == bbare && (x->last_sent > b->last_sent ||
                           (x->last_sent == b->last_sent && (int)e > best)))) {
        return (int)e;
    }
    return best;
}

/* How many capitalised words after token i go on person e's full name from the word i
 * names: "President Hassan Sheikh" after "Hassan Sheikh Mohamud" (the given names by which
 * Somali, Gulf and other reports call a person) takes in "Sheikh". */
static uint32_t coref_name_more(const px_doc *d, const px_ent *e, uint32_t i, uint32_t lim)
{
    char w[64];
    const char *n = e->name;
    bool at = false;
    uint32_t more = 0, j = i;
    while (*n) {
        size_t a = 0;
        while (n[a] && n[a] != ' ') {
            a++;
        }
        px_copy(w, sizeof w, n, a);
        if (!at) {
            at = px_key_eq(w, px_tkey(d, i));
        } else if (j + 1 < lim && (d->toks[j + 1].flags & TF_CAP) && !d->toks[j].p &&
                   px_key_eq(w, px_tkey(d, j + 1))) {
            j++;
            more++;
        } else {
            break;
        }
        n += a;
        while (*n == ' ') {
            n++;
        }
    }
    return more;
}

static int coref_name(const px_doc *d, uint32_t i);

/* Person whose full name goes on past the nl words at i, as "Hassan Sheikh" names "Hassan
 * Sheikh Mohamud"; -1 when none. */
static int coref_prefix(const px_doc *d, uint32_t i, uint32_t nl)
{
    int e = coref_name(d, i);
    if (e < 0 || coref_name_more(d, &d->ents[e], i, i + nl) != nl - 1) {
        return -1;
    }
    return e;
}

/* Resolves a key (a folded word, or words joined) against persons already seen. */
static int coref_key(const px_doc *d, const char *k)
{
    int best = -1;
    if (d->corefhash) {
        size_t mask = d->corefhash_cap - 1;
        for (size_t at = px_hash64(k, strlen(k), 0) & mask; d->corefhash[at];
             at = (at + 1) & mask) {
            best = coref_better(d, k, d->corefhash[at] - 1, best);
        }
        return best;
    }
    for (size_t e = 0; e < d->nent; e++) {
        best = coref_better(d, k, e, best);
    }
    return best;
}

/* Resolves a single capitalised word against persons already seen ("Austin", "Li"). */
static int coref_name(const px_doc *d, uint32_t i)
{
    return coref_key(d, px_tkey(d, i));
}

/* The person named before whose name part is the words i..i+n joined with nothing between
 * them ("Keller-Sutter": the tokens "keller", "-", "sutter"); -1 when none. */
static int coref_joined(const px_doc *d, uint32_t i, uint32_t n)
{
    char k[64];
    size_t o = 0;
    for (uint32_t q = i; q < i + n; q++) {
        size_t l = d->toks[q].klen;
        if (o + l + 1 > sizeof k) {
            return -1;
        }
        memcpy(k + o, px_tkey(d, q), l);
        o += l;
    }
    k[o] = '\0';
    return coref_key(d, k); /* (through the index of a long article, as coref_name) */
}

/* A ruling party's leader, "the Vietnamese leader" as much as a head of state: "party
 * general secretary", "general secretary" (not a body's "secretary general"). */
static bool party_leader_title(const char *t)
{
    size_t n = strlen(t);
    return n >= 17 && strcmp(t + n - 17, "general secretary") == 0;
}

/* a person known only by a title: "Japan foreign minister" (the name ends with the title) */
static bool title_named(const px_ent *x)
{
    size_t nl = strlen(x->name), tl = strlen(x->title);
    return tl && nl >= tl && strcmp(x->name + nl - tl, x->title) == 0;
}

/* Whether the office at p inside title t is a deputy's: "deputy ", "vice " or "assistant "
 * right before it. */
static bool deputy_before(const char *t, const char *p)
{
    static const char *const lower[] = {"deputy ", "vice ", "vice-", "assistant ", NULL};
    for (int k = 0; lower[k]; k++) {
        size_t l = strlen(lower[k]);
        if ((size_t)(p - t) >= l && strncmp(p - l, lower[k], l) == 0) {
            return true;
        }
    }
    return false;
}

static int coref_title(const px_doc *d, const char *title)
{
    int best = -1;
    size_t tl = strlen(title);
    for (size_t e = 0; e < d->nent; e++) {
        const px_ent *x = &d->ents[e];
        if (x->kind != MK_PERSON || !x->title[0]) {
            continue;
        }
        const char *p = strstr(x->title, title);
        /* (not a lower office of the same name: "the prime minister" is no "deputy prime
         * minister and foreign minister", "the president" no "vice president") */
        if (p && (deputy_before(x->title, p) || (p > x->title && p[-1] != ' '))) {
            p = NULL;
        }
        if (p && (p[tl] == '\0' || p[tl] == ' ')) {
            /* the latest; in one sentence a named person before a nameless one ("Motegi
             * will visit Beijing, the first trip by a Japanese foreign minister") */
            const px_ent *b = best >= 0 ? &d->ents[best] : NULL;
            if (!b || x->last_sent > b->last_sent ||
                (x->last_sent == b->last_sent && (!title_named(x) || title_named(b)))) {
                best = (int)e;
            }
        }
    }
    return best;
}

/* coref_title among the persons of one country */
static int coref_title_in(const px_doc *d, const char *title, const char *country)
{
    int best = -1;
    size_t tl = strlen(title);
    for (size_t e = 0; e < d->nent && country[0]; e++) {
        const px_ent *x = &d->ents[e];
        if (x->kind != MK_PERSON || !x->title[0] || !px_streq(x->country, country)) {
            continue;
        }
        const char *p = strstr(x->title, title);
        if (p && (p == x->title || p[-1] == ' ') && !deputy_before(x->title, p) &&
            (p[tl] == '\0' || p[tl] == ' ') &&
            (best < 0 || x->last_sent > d->ents[best].last_sent)) {
            best = (int)e;
        }
    }
    return best;
}

/* A Commonwealth style of address, no office: "the Hon", "The Rt Hon", "Senator the Hon". */
static bool style_title(const char *t)
{
    static const char *const w[] = {"hon", "the hon", "rt hon", "the rt hon", "honourable",
                                     "the honourable", "right honourable", "the right honourable",
                                     "senator the hon", "senator hon", NULL};
    for (int n = 0; w[n]; n++) {
        if (px_streq(t, w[n])) {
            return true;
        }
    }
    return false;
}

/* A form of address, not an office: "His Excellency", "H.E.", "His Highness", "His Majesty". */
static bool honorific_title(const char *t)
{
    static const char *const w[] = {"his excellency", "her excellency", "he", "h.e.", "h.e",
                                     "hh", "h.h.", "h.h", "his highness", "her highness",
                                     "his royal highness", "her royal highness", "his majesty",
                                     "her majesty", NULL};
    for (int n = 0; w[n]; n++) {
        if (px_streq(t, w[n])) {
            return true;
        }
    }
    return style_title(t);
}

/* A Commonwealth style of address at i ("the Hon", "Senator the Hon", "The Rt Hon"): its
 * length in tokens, 0 if none. */
static uint32_t style_len(const px_doc *d, uint32_t i, uint32_t lim)
{
    uint32_t q = i;
    bool hon = false;
    while (q < lim && q < i + 4 &&
           (px_tis(d, q, "senator") || px_tis(d, q, "the") || px_tis(d, q, "rt") ||
            px_tis(d, q, "right") || px_tis(d, q, "hon") || px_tis(d, q, "honourable"))) {
        hon = hon || px_tis(d, q, "hon") || px_tis(d, q, "honourable");
        q++;
    }
    return hon ? q - i : 0;
}

static void apply_person_entry(const px_doc *d, px_ent *x, const px_entry *pe)
{
    str_from_pool(d, x->name, sizeof x->name, pe->s[0]);
    char c[4];
    str_from_pool(d, c, sizeof c, pe->s[1]);
    if (c[0] && !px_streq(c, "-") && !x->country[0]) {
        memcpy(x->country, c, sizeof c);
    }
    int p = pub_ymd(d);
    bool valid = p == 0 || ((pe->valid_from == 0 || p >= pe->valid_from) &&
                            (pe->valid_to == 0 || p <= pe->valid_to));
    if (valid) {
        char sec[4];
        str_from_pool(d, sec, sizeof sec, pe->s[2]);
        if (sec[0]) {
            memcpy(x->sector, sec, sizeof sec);
        }
        /* "his Chinese counterpart Wang Yi": the office, not the relation; "Sir Keir
         * Starmer": the office, not the honorific */
        if (!x->title[0] || px_streq(x->title, "counterpart") || px_streq(x->title, "sir") ||
            px_streq(x->title, "dame") || px_streq(x->title, "mr") || px_streq(x->title, "mr.") ||
            px_streq(x->title, "mrs") || px_streq(x->title, "mrs.") || px_streq(x->title, "ms") ||
            px_streq(x->title, "ms.") || px_streq(x->title, "dr") || px_streq(x->title, "dr.") ||
            px_streq(x->title, "lord") || honorific_title(x->title)) {
            char t[64];
            str_from_pool(d, t, sizeof t, pe->s[4]);
            if (t[0]) {
                memcpy(x->title, t, sizeof x->title);
            }
        }
    }
}

/* An analyst's word at k (before lim): "expert", "fellow"; not "a fellow conservative", "a
 * fellow Peronist" (a fellow of a kind: a research fellow is "a fellow at" or "of" a body,
 * or ends the phrase). */
static bool analyst_word(const px_doc *d, uint32_t k, uint32_t lim)
{
    if (px_tis(d, k, "fellow") && k + 1 < lim && (d->toks[k + 1].flags & TF_ALPHA) &&
        !px_tis(d, k + 1, "at") && !px_tis(d, k + 1, "of") && !px_tis(d, k + 1, "with") &&
        !px_tis(d, k + 1, "in") && !px_tis(d, k + 1, "for")) {
        return false;
    }
    return has_cue(d, k, CUE_ANALYST);
}

static bool analyst_title(const px_doc *d, uint32_t ts, uint32_t te)
{
    for (uint32_t k = ts; k < te; k++) {
        if (analyst_word(d, k, te)) {
            return true;
        }
    }
    return false;
}

/* After a person's name: ", [the|a] [country] [mods] TITLE [of COUNTRY|at ORG] ,"
 * Returns tokens consumed (0 when no appositive). */
static uint32_t appositive_scan(const px_doc *d, uint32_t j, uint32_t lim, px_ent *x,
                                bool *analyst);

/* (not an office that is itself a possessive: "Jonathan Powell, the Prime Minister's national
 * security adviser,": Powell is no prime minister, and no possessive) */
static uint32_t appositive(const px_doc *d, uint32_t j, uint32_t lim, px_ent *x, bool *analyst)
{
    px_ent x0 = *x;
    bool an0 = *analyst;
    uint32_t al = appositive_scan(d, j, lim, x, analyst);
    uint32_t ae = j + al;
    if (al && ae < lim && d->toks[ae - 1].p != ',' && px_tis(d, ae, "'s")) {
        *x = x0;
        *analyst = an0;
        return 0;
    }
    /* (nor is an officer of a state an analyst by trade: "Argentine Foreign Minister Pablo
     * Quirno, an economist, held talks") */
    if (*analyst && !an0 && x0.title[0] && x0.country[0]) {
        *x = x0;
        *analyst = false;
    }
    return al;
}

static uint32_t appositive_scan(const px_doc *d, uint32_t j, uint32_t lim, px_ent *x,
                                bool *analyst)
{
    if (j >= lim || d->toks[j].p != ',') {
        return 0;
    }
    uint32_t k = j + 1;
    /* (a who-clause is no title: "Albudaiwi, who briefed His Highness on ...") */
    if (k < lim && (px_tis(d, k, "who") || px_tis(d, k, "whom") || px_tis(d, k, "whose") ||
                    px_tis(d, k, "which"))) {
        return 0;
    }
    /* (nor the next in a sequence: "received the Prime Minister, Sifi Ghrieb, then the
     * Minister of the Interior"; "X, then Minister of Y," is his office at the time) */
    if (k + 1 < lim && px_tis(d, k, "then") &&
        (px_tis(d, k + 1, "the") || px_tis(d, k + 1, "a") || px_tis(d, k + 1, "an"))) {
        return 0;
    }
    if (k < lim && (px_tis(d, k, "the") || px_tis(d, k, "a") || px_tis(d, k, "an"))) {
        k++;
    }
    /* ("Masaaki Kanai, a senior Japanese foreign ministry official,") */
    uint32_t ml = 0;
    if (k + 1 < lim && px_cue(d, k, CUE_MOD, &ml) && ml && !(d->toks[k].flags & TF_CAP)) {
        cmod probe = {0};
        if (country_mod(d, k + ml, lim, &probe)) {
            k += ml;
        }
    }
    cmod cm = {0};
    uint32_t cl = country_mod(d, k, lim, &cm);
    k += cl;
    const px_entry *te = NULL;
    uint32_t tstart = 0;
    bool group = false;
    uint32_t tl = title_at(d, k, lim, &te, &tstart, &group);
    if (!tl || group) {
        /* "a China expert": analyst nouns without a title entry */
        uint32_t q = k;
        while (q < lim && q < k + 3 && (d->toks[q].flags & TF_ALPHA)) {
            if (analyst_word(d, q, lim)) {
                *analyst = true;
                return 0;
            }
            q++;
        }
        return 0;
    }
    uint32_t end = k + tl;
    cmod post = {0};
    if (end + 1 < lim && px_tis(d, end, "of")) {
        uint32_t pl = country_mod(d, end + 1, lim, &post);
        if (!pl) {
            uint32_t l2;
            const px_entry *c = lex(d, end + 1, lim, K_COUNTRY, &l2);
            if (!c && end + 2 < lim && px_tis(d, end + 1, "the")) {
                /* "minister of Foreign Affairs of the DPRK" */
                c = lex(d, end + 2, lim, K_COUNTRY, &l2);
                l2 += c ? 1 : 0;
            }
            if (c) {
                post.set = true;
                ent_from_country(d, &post.ent, c);
                pl = l2;
            }
        }
        /* "Hamdan bin Mohammed, Crown Prince of Dubai, met ...", "X, Mayor of Kyiv,": an
         * office of a city (or emirate) is of the city's state, when the phrase ends there */
        if (!pl) {
            uint32_t l4 = 0;
            const px_entry *ce = city_named(d, end + 1, lim, &l4);
            uint32_t e4 = end + 1 + l4;
            if (ce && e4 < lim &&
                (d->toks[e4].p == ',' || d->toks[e4].p == '.' || px_tis(d, e4, "and"))) {
                memset(&post.ent, 0, sizeof post.ent);
                str_from_pool(d, post.ent.country, sizeof post.ent.country, ce->s[1]);
                if (post.ent.country[0]) {
                    post.set = true;
                    post.ent.kind = MK_STATE;
                    memcpy(post.ent.sector, "GOV", 4);
                    pl = l4;
                }
            }
        }
        if (!pl && end + 2 < lim && px_tis(d, end + 1, "the")) {
            /* "president of the ECOWAS Commission,": a body after "the" */
            uint32_t l3 = country_mod(d, end + 2, lim, &post);
            /* (also a state's body: "chairman of the National People's Congress Standing
             * Committee,") */
            if (l3 && (post.ent.kind == MK_ORG || (post.ent.country[0] && !post.poss))) {
                pl = l3 + 1;
                uint32_t q = end + 1 + pl;
                while (q < lim && q < end + pl + 5 &&
                       (px_tis(d, q, "commission") || px_tis(d, q, "council") ||
                        px_tis(d, q, "standing") ||
                        px_tis(d, q, "secretariat") || px_tis(d, q, "parliament") ||
                        px_tis(d, q, "assembly") || px_tis(d, q, "committee"))) {
                    q++; /* (the rest of its name: "Commission") */
                }
                if (q < lim && (d->toks[q].p == ',' || d->toks[q].p == '.')) {
                    pl = q - end - 1;
                } else if (post.ent.kind != MK_ORG) {
                    memset(&post, 0, sizeof post); /* (a state's body runs to the comma) */
                    pl = 0;
                }
            } else {
                memset(&post, 0, sizeof post);
            }
        }
        /* "General Secretary of the Lao People's Revolutionary Party Central Committee,": an
         * unlisted body named with a state's name in it is that state's, when the name runs
         * in capitals to the comma (or "and" before a second title) */
        if (!pl && end + 3 < lim && px_tis(d, end + 1, "the") && (d->toks[end + 2].flags & TF_CAP)) {
            uint32_t q = end + 2;
            cmod in = {0};
            /* (and what the body's possessive owns, in lower case too: "director general of
             * the Chinese Foreign Ministry's Asian affairs department,") */
            bool owned = false;
            while (q < lim && q < end + 14 && (!d->toks[q].p || d->toks[q].p == '\'') &&
                   ((d->toks[q].flags & TF_CAP) || px_tis(d, q, "of") || px_tis(d, q, "the") ||
                    px_tis(d, q, "'s") || (owned && (d->toks[q].flags & TF_ALPHA)))) {
                owned = owned || (in.set && px_tis(d, q, "'s"));
                cmod tmp = {0};
                uint32_t l5 = in.set ? 0 : country_mod(d, q, lim, &tmp);
                if (l5 && tmp.ent.country[0]) {
                    in = tmp;
                }
                q += l5 ? l5 : 1;
            }
            if (in.set && q < lim && (d->toks[q].p == ',' || d->toks[q].p == '.' || px_tis(d, q, "and"))) {
                post = in;
                post.poss = false;
                pl = q - end - 1;
            }
        }
        if (pl) {
            end += 1 + pl;
        }
        /* "the secretary of Iran's Supreme National Security Council,": what the state's
         * possessive owns runs to the closing comma */
        if (pl && end > k && px_tis(d, end - 1, "'s")) {
            for (uint32_t q = end; q < lim && q < end + 8; q++) {
                if (d->toks[q].p == ',') {
                    end = q;
                    break;
                }
                if (d->toks[q].p) {
                    break;
                }
            }
        }
    }
    /* "Xi Jinping, Bolivian President Rodrigo Paz will ...": a title followed by a name is
     * that name's, not an appositive of the one before the comma */
    if (end < lim && (d->toks[end].flags & TF_CAP) && (d->toks[end].flags & TF_ALPHA) &&
        !(d->toks[end].flags & TF_DATELINE)) {
        return 0;
    }
    /* (so is one with a portfolio and then a name: "João Lourenço, Minister of State for
     * Economic Coordination José de Lima Massano,": a listed person or a name's particle
     * after a capitalised word before the comma) */
    if (end + 2 < lim && px_tis(d, end, "for") && (d->toks[end + 1].flags & TF_CAP)) {
        for (uint32_t q = end + 1; q < lim && q < end + 12 && !d->toks[q].p; q++) {
            if ((d->toks[q].flags & TF_CAP) && lex(d, q, lim, K_PERSON, NULL)) {
                return 0;
            }
            if (q > end + 2 && q + 1 < lim && (d->toks[q - 1].flags & TF_CAP) &&
                (d->toks[q + 1].flags & TF_CAP) && !(d->toks[q].flags & TF_CAP) &&
                has_cue(d, q, CUE_PARTICLE)) {
                return 0;
            }
        }
    }
    /* "... met al-Sisi, an Iranian official said": a title phrase its own reporting verb
     * follows is the subject of the attribution, not an appositive */
    if (end < lim && px_cue(d, end, CUE_REPORT, NULL)) {
        return 0;
    }
    /* "Egypt's Sisi, Qatar's emir hold talks": another state's office after a known
     * person's name is a second party (a headline's comma for "and"), not an appositive */
    {
        const px_ent *oc = cm.set ? &cm.ent : post.set ? &post.ent : NULL;
        if (oc && oc->kind == MK_STATE && oc->country[0] && x->country[0] &&
            strcmp(oc->country, x->country) != 0) {
            return 0;
        }
    }
    title_text(d, x->title, sizeof x->title, tstart, k + tl);
    char sec[4];
    str_from_pool(d, sec, sizeof sec, te->s[2]);
    if (sec[0] && !x->sector[0]) {
        memcpy(x->sector, sec, sizeof sec);
    }
    const px_ent *c = cm.set ? &cm.ent : post.set ? &post.ent : NULL;
    if (c && !x->country[0] && c->country[0]) {
        memcpy(x->country, c->country, sizeof x->country);
    }
    if (c && c->kind == MK_ORG && c->code[0] && !x->code[0]) {
        memcpy(x->code, c->code, sizeof x->code);
    }
    if (analyst_title(d, k, k + tl)) {
        *analyst = true;
    }
    /* "Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister and foreign
     * minister,": a second title joined by "and" */
    if (end + 1 < lim && px_tis(d, end, "and")) {
        const px_entry *te2 = NULL;
        uint32_t ts2 = 0;
        bool g2 = false;
        uint32_t tl2 = title_at(d, end + 1, lim, &te2, &ts2, &g2);
        if (tl2 && !g2 && end + 1 + tl2 < lim && d->toks[end + 1 + tl2].p == ',') {
            end += 1 + tl2;
        } else if (tl2 && !g2 && end + 2 + tl2 < lim && px_tis(d, end + 1 + tl2, "of")) {
            /* "Sheikh Mohammed bin Rashid, Vice President and Prime Minister of the UAE and
             * Ruler of Dubai,": the second title's state is the person's (what follows
             * another "and" runs to the closing comma) */
            uint32_t e2 = end + 2 + tl2;
            if (px_tis(d, e2, "the")) {
                e2++;
            }
            uint32_t l2 = 0;
            const px_entry *c2 = lex(d, e2, lim, K_COUNTRY, &l2);
            if (c2) {
                e2 += l2;
                uint32_t q = e2;
                if (q < lim && px_tis(d, q, "and")) {
                    for (q = e2 + 1; q < lim && q < e2 + 7 && !d->toks[q].p; q++) {
                    }
                }
                if (q < lim && d->toks[q].p == ',') {
                    end = q;
                    if (!x->country[0]) {
                        px_ent ce;
                        memset(&ce, 0, sizeof ce);
                        ent_from_country(d, &ce, c2);
                        if (ce.country[0]) {
                            memcpy(x->country, ce.country, sizeof x->country);
                        }
                    }
                }
            }
        }
    }
    /* "Kwame Mensah-Bonsu, Ghana's ambassador-at-large for Asia-Pacific affairs, is
     * expected ...", "..., Nigeria's special envoy to the Lake Chad Basin, paid": the
     * title's own phrase runs to the closing comma when no verb comes first */
    if (end + 1 < lim && (px_tis(d, end, "for") || px_tis(d, end, "to") || px_tis(d, end, "on") ||
                          px_tis(d, end, "in"))) {
        for (uint32_t q = end + 1; q < lim && q < end + 10; q++) {
            if (d->toks[q].p == ',') {
                end = q;
                break;
            }
            if ((d->toks[q].p && d->toks[q].p != '-' && !(d->toks[q].flags & TF_HYPH)) ||
                px_cue(d, q, CUE_REPORT, NULL) || px_cue(d, q, CUE_AUX, NULL) ||
                px_match_kind(d, q, K_TRIGGER, NULL) || px_match_kind(d, q, K_PERSON, NULL)) {
                break;
            }
        }
    }
    if (end < lim && d->toks[end].p == ',') {
        end++;
    }
    return end - j;
}

/* The rest of an Arabic name after the dictionary's shorter form, at i: "bin Abdullah" of
 * "Prince Faisal bin Farhan bin Abdullah", "Al Nahyan" of "Mohamed bin Zayed Al Nahyan".
 * Returns its length in tokens, or 0. */
static uint32_t name_tail(const px_doc *d, uint32_t i, uint32_t lim)
{
    uint32_t j = i;
    while (j + 1 < lim && !d->toks[j].p) {
        if ((px_tis(d, j, "bin") || px_tis(d, j, "ibn") || px_tis(d, j, "bint")) &&
            (d->toks[j + 1].flags & TF_CAP)) {
            j += 2;
        } else if (px_tis(d, j, "al") && (d->toks[j].flags & TF_CAP) &&
                   (d->toks[j + 1].flags & TF_CAP) && !(d->toks[j + 1].flags & TF_HYPH)) {
            j += 2;
        } else if (px_tis(d, j, "al") && (d->toks[j].flags & TF_CAP) && j + 2 < lim &&
                   (d->toks[j + 1].flags & TF_HYPH) && (d->toks[j + 1].flags & TF_NOSP) &&
                   (d->toks[j + 2].flags & TF_CAP) && (d->toks[j + 2].flags & TF_NOSP)) {
            j += 3;
        } else {
            break;
        }
        /* ("Al-Thani": glued by a hyphen) */
        while (j + 1 < lim && (d->toks[j].flags & TF_HYPH) && (d->toks[j].flags & TF_NOSP) &&
               (d->toks[j + 1].flags & TF_CAP) && (d->toks[j + 1].flags & TF_NOSP)) {
            j += 2;
        }
    }
    return j - i;
}

/* "Asian country", "Gulf state", "North African nation", "Central Asian republic", "island
 * nation" at i: region words, then a noun for a state. Returns its length, or 0. */
static uint32_t region_state_np(const px_doc *d, uint32_t i, uint32_t lim)
{
    static const char *const heads[] = {"country", "nation", "state", "kingdom", "republic",
                                        "emirate", "sultanate", "archipelago", NULL};
    static const char *const more[] = {"north", "south", "east", "west", "northeast",
                                       "northwest", "southeast", "southwest", "island",
                                       "himalayan", "andean", "caucasus", "alpine", "american",
                                       "asian", NULL};
    uint32_t j = i;
    while (j < lim && j < i + 3) {
        bool w = region_word(d, j);
        for (int n = 0; more[n] && !w; n++) {
            w = px_tis(d, j, more[n]);
        }
        if (!w) {
            break;
        }
        j++;
    }
    if (j == i || j >= lim) {
        return 0;
    }
    for (int n = 0; heads[n]; n++) {
        if (px_tis(d, j, heads[n])) {
            return j + 1 - i;
        }
    }
    return 0;
}

/* The token after a fronted time phrase and its comma that opens a sentence at s0 ("The
 * same day, ...", "On Wednesday, ...", "Earlier in the day, ..."), before lim; s0 when
 * there is none. */
static uint32_t fronted_time_end(const px_doc *d, uint32_t s0, uint32_t lim)
{
    static const char *const same[][4] = {{"the", "same", "day", NULL},
                                           {"on", "the", "same", "day"},
                                           {"earlier", "in", "the", "day"},
                                           {"later", "in", "the", "day"},
                                           {"the", "next", "day", NULL},
                                           {"the", "following", "day", NULL}};
    for (size_t w = 0; w < sizeof same / sizeof same[0]; w++) {
        uint32_t q = s0;
        for (int n = 0; n < 4 && same[w][n] && q < lim && px_tis(d, q, same[w][n]); n++) {
            q++;
        }
        uint32_t want = s0 + (same[w][3] ? 4 : 3);
        if (q == want && q < lim && d->toks[q].p == ',') {
            return q + 1;
        }
    }
    px_time t;
    if (px_timex_at(d, s0, lim, &t, false) && t.ts <= s0 + 1 && t.te < lim &&
        d->toks[t.te].p == ',') {
        return t.te + 1;
    }
    return s0;
}

/* an adverb after a state's name that is no noun it modifies ("visited Israel twice",
 * "met in Qatar again", "visits China regularly") */
static bool state_adverb(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {"twice",     "thrice",     "once",   "again",  "recently",
                                     "regularly", "frequently", "often",  "together",
                                     "separately", "alone",     "already", "too",   "instead",
                                     NULL};
    for (int n = 0; w[n]; n++) {
        if (px_tis(d, i, w[n])) {
            return true;
        }
    }
    return false;
}

/* The state entity of country code cc (made when the article has none yet), or -1. */
static int state_of_country(px_doc *d, const char *cc, int si)
{
    const char *nm = cc && cc[0] ? px_country_name(d->ctx, cc) : NULL;
    if (!nm || !nm[0]) {
        return -1;
    }
    px_ent st;
    memset(&st, 0, sizeof st);
    st.kind = MK_STATE;
    px_copy(st.name, sizeof st.name, nm, strlen(nm));
    memcpy(st.country, cc, sizeof st.country);
    memcpy(st.code, cc, sizeof st.country);
    st.last_sent = si;
    return px_ent_add(d, &st);
}

/* The state entity of the latest state or place mention of sentence si or the three
 * before it (a state entity is made for a place's country), or -1. */
static int latest_state(px_doc *d, int si)
{
    uint32_t floor = d->sents[si >= 3 ? si - 3 : 0].tb;
    for (size_t m = d->nment; m-- > 0;) {
        const px_ment *pm = &d->ments[m];
        if (pm->ts < floor) {
            break;
        }
        /* (or a state's government: "the Peruvian government") */
        bool gov = pm->ent >= 0 && pm->kind == MK_GROUP &&
                   px_streq(d->ents[pm->ent].sector, "GOV");
        if (pm->ent < 0 || (pm->kind != MK_STATE && pm->kind != MK_PLACE && !gov)) {
            continue;
        }
        const px_ent *e = &d->ents[pm->ent];
        if (!e->country[0]) {
            continue;
        }
        if (pm->kind == MK_STATE && px_streq(e->code, e->country)) {
            return pm->ent;
        }
        int se = state_of_country(d, e->country, si);
        if (se >= 0) {
            return se;
        }
    }
    return -1;
}

/* "visited the kingdom", "the emirate", "the sultanate": the latest state of sentence si or
 * the three before that is a monarchy of that kind, or -1. */
/* Whether country code cc is a monarchy of the kind noun names ("kingdom", "emirate",
 * "sultanate"). */
static bool monarchy_code(const char *cc, const char *noun)
{
    static const char *const kingdoms[] = {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL",
                                           "NOR", "SWE", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ",
                                           "TON", NULL};
    static const char *const emirates[] = {"QAT", "KWT", "ARE", NULL};
    static const char *const sultanates[] = {"OMN", "BRN", NULL};
    const char *const *set = px_streq(noun, "kingdom")  ? kingdoms
                             : px_streq(noun, "emirate") ? emirates
                                                         : sultanates;
    for (int n = 0; cc[0] && set[n]; n++) {
        if (px_streq(cc, set[n])) {
            return true;
        }
    }
    return false;
}

static int latest_monarchy(px_doc *d, int si, const char *noun)
{
    uint32_t floor = d->sents[si >= 3 ? si - 3 : 0].tb;
    for (size_t m = d->nment; m-- > 0;) {
        const px_ment *pm = &d->ments[m];
        if (pm->ts < floor) {
            break;
        }
        if (pm->ent < 0 || (pm->kind != MK_STATE && pm->kind != MK_PLACE && pm->kind != MK_PERSON)) {
            continue;
        }
        const char *cc = d->ents[pm->ent].country;
        if (monarchy_code(cc, noun)) {
            return state_of_country(d, cc, si);
        }
    }
    return -1;
}

/* The person on the latest visit (or reception) that took place, reported in the two
 * sentences before si ("... arrived in Port Sudan on Sunday. The visitor was received by
 * Burhan"), or -1. */
static int recent_visitor(const px_doc *d, int si)
{
    for (size_t f = d->nframe; f-- > 0;) {
        const px_frame *fr = &d->frames[f];
        if (fr->sent < si - 2) {
            break;
        }
        if (fr->sent >= si || fr->status != S_OCCURRED) {
            continue;
        }
        /* (or the one abroad at a meeting or talks at a place: "Burhan held talks with Sisi
         * in Cairo ... Sisi accepted an invitation from his guest") */
        if ((fr->type == T_MEET || fr->type == T_NEGOTIATE) && fr->loc_ment >= 0 &&
            d->ments[fr->loc_ment].ent >= 0 && d->ents[d->ments[fr->loc_ment].ent].country[0]) {
            const char *lc = d->ents[d->ments[fr->loc_ment].ent].country;
            int abroad = -1, n_abroad = 0, n_home = 0;
            for (int p = 0; p < fr->nparties; p++) {
                const px_ment *pm = &d->ments[fr->parties[p].ment];
                const char *pc = pm->ent >= 0 ? d->ents[pm->ent].country : "";
                if (pm->kind != MK_PERSON || !pc[0]) {
                    continue;
                }
                if (px_streq(pc, lc)) {
                    n_home++;
                } else {
                    n_abroad++;
                    abroad = pm->ent;
                }
            }
            if (n_abroad == 1 && n_home >= 1) {
                return abroad;
            }
            continue;
        }
        if (fr->type != T_VISIT && fr->type != T_ATTEND && fr->type != T_HOST) {
            continue;
        }
        /* (the traveller, or the guest of a reception: "received Paraguay's Santiago Pena") */
        uint8_t want = fr->type == T_HOST ? R_TARGET : R_SOURCE;
        for (int p = 0; p < fr->nparties; p++) {
            const px_ment *pm = &d->ments[fr->parties[p].ment];
            if (fr->parties[p].role == want && pm->kind == MK_PERSON && pm->ent >= 0) {
                return pm->ent;
            }
        }
    }
    return -1;
}

/* Is the mention after mention a (ments a+1) joined to it by ",", "and" or ", and"? */
static bool ment_joined(const px_doc *d, size_t a)
{
    const px_ment *x = &d->ments[a], *y = &d->ments[a + 1];
    uint32_t g = y->ts - x->te;
    if (g == 1) {
        return d->toks[x->te].p == ',' || px_tis(d, x->te, "and");
    }
    return g == 2 && d->toks[x->te].p == ',' && px_tis(d, x->te + 1, "and");
}

/* "with his Egyptian, Qatari and Saudi counterparts, Badr Abdelatty, Sheikh Mohammed bin
 * Abdulrahman Al Thani and Prince Faisal bin Farhan,": states listed before "counterparts",
 * then as many people of those states between commas: each state's mention is its person. */
static void counterparts_named(px_doc *d, size_t first_ment)
{
    for (size_t m = first_ment; m + 1 < d->nment; m++) {
        const px_ment *gm = &d->ments[m];
        if (gm->kind != MK_GROUP || gm->ent < 0 ||
            !px_streq(d->ents[gm->ent].title, "counterparts") || !d->ents[gm->ent].country[0] ||
            gm->te + 1 >= d->ntok || d->toks[gm->te].p != ',' || d->ments[m + 1].ts != gm->te + 1) {
            continue;
        }
        size_t s0 = m; /* the first state of the list */
        while (s0 > first_ment && ment_joined(d, s0 - 1) && d->ments[s0 - 1].ent >= 0 &&
               (d->ments[s0 - 1].kind == MK_STATE || d->ments[s0 - 1].kind == MK_GROUP) &&
               d->ents[d->ments[s0 - 1].ent].country[0] && m - s0 < 6) {
            s0--;
        }
        size_t n = m - s0 + 1;
        if (n < 2 || m + n >= d->nment) {
            continue;
        }
        bool ok = true;
        for (size_t k = 0; k < n && ok; k++) {
            const px_ment *pm = &d->ments[m + 1 + k];
            const px_ment *sm = &d->ments[s0 + k];
            ok = pm->kind == MK_PERSON && pm->ent >= 0 && !(pm->flags & (MF_PRON | MF_POSS)) &&
                 px_streq(d->ents[pm->ent].country, d->ents[sm->ent].country) &&
                 (k + 1 == n || ment_joined(d, m + 1 + k));
        }
        if (!ok) {
            continue;
        }
        for (size_t k = 0; k < n; k++) {
            px_ment *sm = &d->ments[s0 + k];
            sm->ent = d->ments[m + 1 + k].ent;
            sm->kind = MK_PERSON;
            sm->flags &= (uint16_t)~(MF_PLURAL | MF_GENERIC | MF_ADJ);
        }
        m += n;
    }
}

/* "Jordanian Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman
 * Safadi": an office with no name before "and" and a second office with a name is that
 * person's first office, one person. */
static void joint_offices(px_doc *d, size_t first_ment)
{
    for (size_t m = first_ment; m + 1 < d->nment; m++) {
        px_ment *om = &d->ments[m];
        const px_ment *nm = &d->ments[m + 1];
        if (om->kind != MK_PERSON || om->ent < 0 || (om->flags & (MF_PRON | MF_POSS)) ||
            !title_named(&d->ents[om->ent]) || om->te + 2 >= d->ntok ||
            !px_tis(d, om->te, "and") || nm->kind != MK_PERSON || nm->ent < 0 ||
            (nm->flags & (MF_PRON | MF_POSS)) || title_named(&d->ents[nm->ent]) ||
            nm->ts <= om->te || nm->ts > om->te + 9) {
            continue;
        }
        const px_ent *a = &d->ents[om->ent], *b = &d->ents[nm->ent];
        bool ok = !b->country[0] || px_streq(a->country, b->country);
        for (uint32_t q = om->te + 1; ok && q < nm->ts; q++) {
            ok = !d->toks[q].p && ((d->toks[q].flags & TF_CAP) || px_tis(d, q, "of") ||
                                   px_tis(d, q, "and") || px_tis(d, q, "the"));
        }
        if (ok && (d->toks[om->te + 1].flags & TF_CAP)) {
            om->ent = nm->ent;
        }
    }
}

/* a word naming a person by their tie to another ("Trump's son-in-law Jared Kushner",
 * "Putin's aide Yuri Ushakov"); titles are read from the lexicon */
static bool tie_noun(const px_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece",
        "cousin", "father", "mother", "uncle", "aunt", "grandson", "granddaughter", "spouse",
        "in", "law", "aide", "aides", "adviser", "advisor", "confidant", "ally", "friend",
        "emissary", "lawyer", "attorney", "top", "longtime", "long", "time", "close",
        "senior", "eldest", "youngest", "elder", "younger", "former", "chief", "of", "staff",
    };
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
        if (px_tis(d, i, w[k])) {
            return true;
        }
    }
    return false;
}

/* "Trump's son-in-law Jared Kushner", "Putin's aide Yuri Ushakov": a person's possessive
 * over a tie or an office and the next person's name is one mention, that person's; the
 * owner is no party, and lends the named person a state the article does not give */
static void owned_person(px_doc *d, size_t first_ment, uint32_t lim)
{
    for (size_t m = first_ment; m + 1 < d->nment; m++) {
        const px_ment *om = &d->ments[m];
        px_ment *nm = &d->ments[m + 1];
        if (om->kind != MK_PERSON || om->ent < 0 || (om->flags & MF_PRON) ||
            !(om->flags & MF_POSS) || om->te >= lim || !px_tis(d, om->te, "'s") ||
            nm->kind != MK_PERSON || nm->ent < 0 || nm->ent == om->ent ||
            (nm->flags & (MF_PRON | MF_POSS)) || nm->ts <= om->te || nm->ts > om->te + 6) {
            continue;
        }
        /* (an office the name's mention took in: "Trump's envoy Steve Witkoff") */
        bool ok = true, tie = nm->ts == om->te + 1 && !(d->toks[nm->ts].flags & TF_CAP) &&
                             (d->toks[nm->ts].flags & TF_ALPHA);
        const px_entry *office = NULL;
        for (uint32_t q = om->te + 1; ok && q < nm->ts;) {
            uint32_t tl = 0;
            const px_entry *te = lex(d, q, nm->ts, K_TITLE, &tl);
            if (te && tl > 0) {
                tie = true;
                office = te;
                q += tl;
            } else if (tie_noun(d, q) || (d->toks[q].flags & TF_HYPH)) {
                tie = tie || !(d->toks[q].flags & TF_HYPH);
                q++;
            } else if (tie && d->toks[q].p == ',' && q + 1 == nm->ts) {
                q++; /* ("Petro's foreign minister, Rosa Villavicencio,") */
            } else {
                ok = false;
            }
        }
        if (!ok || !tie) {
            continue;
        }
        const px_ent *oe = &d->ents[om->ent];
        px_ent *pe = &d->ents[nm->ent];
        if (!pe->country[0] && oe->country[0]) {
            memcpy(pe->country, oe->country, sizeof pe->country);
            pe->code[0] = '\0';
            set_code(pe);
        }
        /* (and the office between them when the article gives the person none: "Petro's
         * foreign minister, Rosa Villavicencio,") */
        if (office && !pe->title[0]) {
            str_from_pool(d, pe->title, sizeof pe->title, office->s[0]);
            char sec[4] = "";
            str_from_pool(d, sec, sizeof sec, office->s[2]);
            if (sec[0] && !pe->sector[0] && !px_streq(sec, "-")) {
                memcpy(pe->sector, sec, sizeof sec);
                pe->code[0] = '\0';
                set_code(pe);
            }
        }
        nm->ts = om->ts;
        memmove(&d->ments[m], &d->ments[m + 1], (d->nment - m - 1) * sizeof *d->ments);
        d->nment--;
    }
}

/* The person who opens sentence si (past its dateline), the mentions before first_ment
 * searched: that person's entity, or -1 when the sentence opens with no person. */
static int sentence_subject_ent(const px_doc *d, int si, size_t first_ment)
{
    if (si < 0 || (size_t)si >= d->nsent) {
        return -1;
    }
    uint32_t tb = d->sents[si].tb, te = d->sents[si].te;
    for (size_t m = 0; m < first_ment && m < d->nment; m++) {
        const px_ment *pm = &d->ments[m];
        if (pm->ts < tb || (d->toks[pm->ts].flags & TF_DATELINE) || (pm->flags & MF_ADJ)) {
            continue;
        }
        if (pm->ts >= te) {
            break;
        }
        return pm->kind == MK_PERSON && !(pm->flags & (MF_PRON | MF_POSS)) ? pm->ent : -1;
    }
    return -1;
}

/* "Taiwan's diplomatic allies Paraguay, Guatemala and Belize", "Russia's ally Belarus",
 * "China's southern neighbour Vietnam": a state's possessive over a tie between states and
 * the next state's name is one mention, that state's; the owner is no party */
static void owned_state(px_doc *d, size_t first_ment, uint32_t lim)
{
    static const char *const ties[] = {"ally", "allies", "neighbour", "neighbours", "neighbor",
                                       "neighbors", "partner", "partners", "rival", "rivals",
                                       "friend", "friends", NULL};
    for (size_t m = first_ment; m + 1 < d->nment; m++) {
        const px_ment *om = &d->ments[m];
        px_ment *nm = &d->ments[m + 1];
        if (om->kind != MK_STATE || !(om->flags & MF_POSS) || om->te >= lim ||
            !px_tis(d, om->te, "'s") || nm->kind != MK_STATE ||
            (nm->flags & (MF_POSS | MF_ADJ | MF_PRON)) || nm->ts <= om->te + 1 ||
            nm->ts > om->te + 4) {
            continue;
        }
        /* (lower-case words, the last a tie: "diplomatic allies", "southern neighbour") */
        bool tie = false, ok = true;
        for (uint32_t q = om->te + 1; ok && q < nm->ts; q++) {
            ok = (d->toks[q].flags & TF_ALPHA) && !(d->toks[q].flags & TF_CAP);
            tie = false;
            for (int t = 0; ok && ties[t] && !tie; t++) {
                tie = px_tis(d, q, ties[t]);
            }
        }
        if (!ok || !tie) {
            continue;
        }
        nm->ts = om->ts;
        memmove(&d->ments[m], &d->ments[m + 1], (d->nment - m - 1) * sizeof *d->ments);
        d->nment--;
    }
}

/* "Prince Mansour bin Mohammed Al Saud": a Gulf ruling house's name ends the names of its
 * members, who are of its state when the article names none */
static void dynasty_state(px_doc *d, size_t first_ment)
{
    /* (written with a space or a hyphen: "Al Saud", "Al-Saud") */
    static const struct {
        const char *house, *iso3;
    } w[] = {
        {"al saud", "SAU"},  {"al nahyan", "ARE"}, {"al maktoum", "ARE"}, {"al qasimi", "ARE"},
        {"al nuaimi", "ARE"}, {"al thani", "QAT"},  {"al sabah", "KWT"},   {"al khalifa", "BHR"},
        {"al said", "OMN"},
    };
    for (size_t m = first_ment; m < d->nment; m++) {
        const px_ment *pm = &d->ments[m];
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON)) {
            continue;
        }
        px_ent *pe = &d->ents[pm->ent];
        size_t n = strlen(pe->name);
        for (size_t k = 0; !pe->country[0] && k < sizeof w / sizeof *w; k++) {
            size_t hl = strlen(w[k].house);
            bool same = n > hl + 1 && pe->name[n - hl - 1] == ' ';
            for (size_t q = 0; same && q < hl; q++) {
                char ch = (char)tolower((unsigned char)pe->name[n - hl + q]);
                same = (ch == '-' ? ' ' : ch) == w[k].house[q];
            }
            if (same) {
                memcpy(pe->country, w[k].iso3, 4);
                pe->code[0] = '\0';
                set_code(pe);
            }
        }
    }
}

/* "a delegation of the Saudi-Pakistan Business Council": the states that name a business
 * body are its modifiers, no parties */
static void business_body(px_doc *d, size_t first_ment, uint32_t lim)
{
    for (size_t m = first_ment; m < d->nment; m++) {
        /* (also a group named for the state: "a delegation of the Pakistan Business
         * Council") */
        if ((d->ments[m].kind != MK_STATE && d->ments[m].kind != MK_GROUP) ||
            (d->ments[m].flags & MF_POSS)) {
            continue;
        }
        size_t last = m;
        uint32_t q = d->ments[m].te;
        /* (over a pair: "Saudi-Pakistan") */
        while (q + 1 < lim && (d->toks[q].flags & TF_HYPH) && last + 1 < d->nment &&
               d->ments[last + 1].ts == q + 1 && d->ments[last + 1].kind == MK_STATE) {
            last++;
            q = d->ments[last].te;
        }
        bool business = false, head = false;
        for (uint32_t e = q; e < lim && e < q + 4 && !head; e++) {
            if (!(d->toks[e].flags & TF_CAP) || !(d->toks[e].flags & TF_ALPHA) ||
                tok_in_ment(d, first_ment, e) >= 0) {
                break;
            }
            business = business || px_tis(d, e, "business");
            head = business && (body_name_head(px_tkey(d, e)) || px_tis(d, e, "chamber") ||
                                px_tis(d, e, "federation") || px_tis(d, e, "board") ||
                                px_tis(d, e, "club"));
        }
        if (!head) {
            continue;
        }
        for (size_t r = m; r <= last; r++) {
            d->ments[r].flags |= MF_ADJ;
        }
        m = last;
    }
}

/* "the Hon Don Farrell", "The Rt Hon David Lammy": a Commonwealth style of address is no
 * office; a person with no other title has none */
static void no_style_title(px_doc *d, size_t first_ment)
{
    for (size_t m = first_ment; m < d->nment; m++) {
        const px_ment *pm = &d->ments[m];
        if (pm->kind != MK_PERSON || pm->ent < 0) {
            continue;
        }
        px_ent *pe = &d->ents[pm->ent];
        if (style_title(pe->title)) {
            pe->title[0] = '\0';
        }
    }
}

/* "President Joseph Aoun, Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri":
 * an office holder of no known state listed among people of one state only is of it */
/* "the Bangladesh Nationalist Party", "the Pakistan Peoples Party", "the Communist Party of
 * Vietnam": a political party named with its state is the party (sector PTY), not the
 * state. A state's mention and up to three capitalised words ending in "Party" (or a name
 * before "Party of STATE") become one mention of the party; not before a title or a name
 * ("Communist Party General Secretary To Lam" is the person's office). */
static void party_names(px_doc *d, size_t first_ment, uint32_t lim)
{
    for (size_t m = first_ment; m < d->nment; m++) {
        px_ment *pm = &d->ments[m];
        if (pm->ent < 0 || (pm->flags & (MF_POSS | MF_PRON | MF_LOCPP)) || pm->te >= lim ||
            !(d->toks[pm->te].flags & TF_CAP) ||
            !(pm->kind == MK_STATE || pm->kind == MK_GROUP || pm->kind == MK_UNKNOWN)) {
            continue; /* (a capitalised word after it, first) */
        }
        uint32_t a = pm->ts, e = 0, st = UINT32_MAX;
        char cc[4] = "";
        /* (also a group of it: "leaders of the Bangladesh Nationalist Party", "a
         * delegation of the Pakistan Peoples Party") */
        bool grp = pm->kind == MK_GROUP && pm->te > pm->ts + 1 &&
                   lex(d, pm->te - 1, lim, K_COUNTRY, NULL) && !lex(d, pm->te, lim, K_COUNTRY, NULL);
        if ((pm->kind == MK_STATE || grp) && d->ents[pm->ent].country[0]) {
            /* "Bangladesh Nationalist Party" */
            uint32_t q = pm->te;
            while (q < lim && q < pm->te + 3 && (d->toks[q].flags & TF_CAP) &&
                   (d->toks[q].flags & TF_ALPHA) && !d->toks[q].p && !px_tis(d, q, "party")) {
                q++;
            }
            if (q > pm->te && q < lim && px_tis(d, q, "party") && (d->toks[q].flags & TF_CAP)) {
                e = q + 1;
                memcpy(cc, d->ents[pm->ent].country, sizeof cc);
                st = (uint32_t)m;
            }
        } else if (pm->kind == MK_UNKNOWN && pm->te + 2 < lim && px_tis(d, pm->te, "party") &&
                   (d->toks[pm->te].flags & TF_CAP) && px_tis(d, pm->te + 1, "of")) {
            /* "the Communist Party of Vietnam" */
            int sm = tok_in_ment(d, m + 1, pm->te + 2);
            if (sm >= 0 && d->ments[sm].ts == pm->te + 2 && d->ments[sm].kind == MK_STATE &&
                d->ments[sm].ent >= 0 && d->ents[d->ments[sm].ent].country[0]) {
                e = d->ments[sm].te;
                memcpy(cc, d->ents[d->ments[sm].ent].country, sizeof cc);
                st = (uint32_t)sm;
            }
        }
        if (!e || (e < lim && (d->toks[e].flags & TF_CAP) && !d->toks[e - 1].p) ||
            (e < lim && lex(d, e, lim, K_TITLE, NULL))) {
            continue;
        }
        px_ent x;
        memset(&x, 0, sizeof x);
        x.kind = MK_ORG;
        uint32_t na = a;
        while (na + 1 < e && !(d->toks[na].flags & TF_CAP && lex(d, na, lim, K_COUNTRY, NULL)) &&
               (grp || px_tis(d, na, "the"))) {
            na++; /* (the party's own name: not "the", nor "leaders of the") */
        }
        if (pm->kind == MK_UNKNOWN) {
            na = a + (px_tis(d, a, "the") ? 1 : 0);
        }
        ent_set_text_name(d, &x, na, e);
        memcpy(x.country, cc, sizeof x.country);
        memcpy(x.sector, "PTY", 4);
        set_code(&x);
        x.last_sent = d->ents[pm->ent].last_sent;
        int ne = px_ent_add(d, &x);
        if (ne < 0) {
            return;
        }
        /* the party's mention over the state's (or the name's), the other one dropped */
        pm = &d->ments[m];
        pm->te = e;
        pm->head = e - 1;
        pm->kind = MK_ORG;
        pm->ent = ne;
        pm->flags &= (uint16_t)~(MF_ADJ | MF_PLURAL);
        (void)st;
        size_t w = first_ment, keep = m;
        for (size_t r = first_ment; r < d->nment; r++) {
            const px_ment *rm = &d->ments[r];
            if (r != m && rm->ts >= a && rm->te <= e) {
                if (d->dateline_place >= 0 && (size_t)d->dateline_place > w) {
                    d->dateline_place--;
                }
                continue;
            }
            if (r == m) {
                keep = w;
            }
            d->ments[w++] = d->ments[r];
        }
        d->nment = w;
        m = keep;
    }
}

static void list_state(px_doc *d, size_t first_ment, uint32_t lim)
{
    for (size_t m = first_ment; m < d->nment;) {
        size_t e = m + 1;
        while (e < d->nment && d->ments[e - 1].kind == MK_PERSON && d->ments[e].kind == MK_PERSON) {
            uint32_t g = d->ments[e - 1].te, n = d->ments[e].ts;
            bool join = (n == g + 1 && (d->toks[g].p == ',' || px_tis(d, g, "and"))) ||
                        (n == g + 2 && d->toks[g].p == ',' && px_tis(d, g + 1, "and"));
            if (!join || n >= lim) {
                break;
            }
            e++;
        }
        const char *cc = NULL;
        int stated = 0; /* (members the article gives a state) */
        bool mixed = false;
        for (size_t r = m; r < e && e - m >= 3; r++) {
            const px_ent *x = d->ments[r].ent >= 0 ? &d->ents[d->ments[r].ent] : NULL;
            if (x && x->country[0]) {
                mixed = mixed || (cc && strcmp(cc, x->country) != 0);
                cc = x->country;
                stated++;
            }
        }
        for (size_t r = m; r < e && cc && !mixed && stated >= 2; r++) {
            const px_ment *pm = &d->ments[r];
            px_ent *x = pm->ent >= 0 ? &d->ents[pm->ent] : NULL;
            if (x && !x->country[0] && x->title[0] && !(pm->flags & MF_PRON) &&
                (d->toks[pm->ts].flags & TF_CAP) && !honorific_title(x->title)) {
                memcpy(x->country, cc, sizeof x->country);
                x->code[0] = '\0';
                set_code(x);
            }
        }
        m = e;
    }
}

/* Main entry: mentions of sentence si appended to d->ments. */
int px_actors(px_doc *d, int si)
{
    const px_sent *s = &d->sents[si];
    uint32_t tb = s->tb, lim = s->te;
    size_t first_ment = d->nment;
    if (si == 0) {
        d->dateline_place = -1;
    }
    /* (the article's first sentence, or the one after a headline line) */
    if (si <= 1 && tb < lim && (d->toks[tb].flags & TF_DATELINE)) {
        /* the dateline city: where the reporter files from, a fallback location */
        uint32_t cl0 = 0;
        const px_entry *ce = NULL;
        if (tb < lim && (d->toks[tb].flags & TF_DATELINE)) {
            ce = lex(d, tb, lim, K_CITY, &cl0);
            if (!ce) {
                ce = lex(d, tb, lim, K_CAPITAL, &cl0);
            }
            /* ("KUWAIT, Nov 10 (KUNA) --", "SINGAPORE, May 26 -": a city state's name) */
            if (!ce) {
                ce = lex(d, tb, lim, K_COUNTRY, &cl0);
            }
        }
        /* "MOSCOW/BEIJING (Wire) -": several filing places name none (an agency between
         * slashes, "MOSCOW, November 18. /TASS/.", is no second place) */
        bool multi = false;
        for (uint32_t q = tb; q < lim && (d->toks[q].flags & TF_DATELINE); q++) {
            if (d->toks[q].p == ',' || d->toks[q].p == '(' || d->toks[q].p == '.') {
                break;
            }
            if (d->toks[q].p == '/') {
                multi = true;
            }
        }
        /* the national agency that files it ("TASHKENT, Nov. 16 (Yonhap) --"): its copy from
         * abroad names its own state's officers by office alone */
        for (uint32_t q = tb; q < lim && (d->toks[q].flags & TF_DATELINE); q++) {
            uint32_t al = 0;
            const px_entry *ae = lex(d, q, lim, K_AGENCY, &al);
            const char *ac = ae ? px_gaz_cstr(d->ctx->gaz, ae->s[1]) : "";
            if (strlen(ac) == 3) {
                memcpy(d->agency_country, ac, 4);
                break;
            }
        }
        if (ce && cl0 && !multi && (d->toks[tb + cl0 - 1].flags & TF_DATELINE)) {
            px_ent pl;
            ent_from_country(d, &pl, ce);
            pl.kind = MK_PLACE;
            pl.sector[0] = 0;
            memcpy(pl.code,
                   ce->kind == K_COUNTRY   ? "COUNTRY"
                   : ce->kind == K_CAPITAL ? "CAPITAL"
                                           : "CITY",
                   ce->kind == K_COUNTRY ? 8 : ce->kind == K_CAPITAL ? 8 : 5);
            if (ce->kind == K_CITY) {
                str_from_pool(d, pl.name, sizeof pl.name, ce->s[0]);
            }
            if (!pl.name[0] || ce->kind == K_CAPITAL) {
                ent_set_text_name(d, &pl, tb, tb + cl0);
            }
            pl.last_sent = si;
            int ei = px_ent_add(d, &pl);
            if (ei >= 0) {
                if (px_ment_push(d, tb, tb + cl0, tb, MK_PLACE, MF_LOCPP, ei) != 0) {
                    return -1;
                }
                d->dateline_place = (int)(d->nment - 1);
            }
        }
    }
    for (uint32_t i = tb; i < lim;) {
        if (d->nment - first_ment >= d->max_ments) {
            break;
        }
        const px_tok *t = &d->toks[i];
        if ((t->flags & TF_DATELINE) || !(t->flags & (TF_ALPHA | TF_NUM))) {
            i++;
            continue;
        }
        /* "officials from North and South Korea": two states in one phrase */
        if (i + 3 < lim && px_tis(d, i, "north") && (t->flags & TF_CAP) && px_tis(d, i + 1, "and") &&
            px_tis(d, i + 2, "south") && (px_tis(d, i + 3, "korea") || px_tis(d, i + 3, "sudan")) &&
            !(i + 4 < lim && px_tis(d, i + 4, "'s"))) {
            bool kor = px_tis(d, i + 3, "korea");
            int n1 = state_of_country(d, kor ? "PRK" : "SDN", si);
            int n2 = state_of_country(d, kor ? "KOR" : "SSD", si);
            uint16_t lp = i > tb && (px_tis(d, i - 1, "in") || px_tis(d, i - 1, "to") ||
                                     px_tis(d, i - 1, "at"))
                              ? MF_LOCPP
                              : 0;
            if (n1 >= 0 && n2 >= 0) {
                if (px_ment_push(d, i, i + 1, i, MK_STATE, lp, n1) != 0 ||
                    px_ment_push(d, i + 2, i + 4, i + 3, MK_STATE, lp, n2) != 0) {
                    return -1;
                }
                i += 4;
                continue;
            }
        }
        /* "inter-Korean talks": the two Koreas, as adjectives before the noun */
        if (i + 3 < lim && px_tis(d, i, "inter") && (d->toks[i + 1].flags & TF_HYPH) &&
            px_tis(d, i + 2, "korean") && (d->toks[i + 2].flags & TF_NOSP)) {
            int n1 = state_of_country(d, "KOR", si);
            int n2 = state_of_country(d, "PRK", si);
            if (n1 >= 0 && n2 >= 0) {
                if (px_ment_push(d, i, i + 2, i, MK_STATE, MF_ADJ, n1) != 0 ||
                    px_ment_push(d, i + 2, i + 3, i + 2, MK_STATE, MF_ADJ, n2) != 0) {
                    return -1;
                }
                i += 3;
                continue;
            }
        }
        /* "The NATO chief later met Romanian President Nicusor Dan", "the IAEA chief": the
         * one body official named in this sentence or the three before */
        uint32_t igo_l = 0;
        const px_entry *igo_e =
            px_tis(d, i, "the") && i + 2 < lim ? lex(d, i + 1, lim, K_ORG, &igo_l) : NULL;
        uint32_t igo_h = i + 1 + igo_l, igo_hl = 0;
        if (igo_e && igo_h < lim && !(d->toks[igo_h].flags & TF_CAP) &&
            strncmp(px_gaz_cstr(d->ctx->gaz, igo_e->s[2]), "IGO", 3) == 0 &&
            (px_tis(d, igo_h, "chief") || px_tis(d, igo_h, "head") || px_tis(d, igo_h, "boss") ||
             (igo_h + 1 < lim && (px_tis(d, igo_h, "secretary") || px_tis(d, igo_h, "director")) &&
              px_tis(d, igo_h + 1, "general")))) {
            igo_hl = px_tis(d, igo_h, "secretary") || px_tis(d, igo_h, "director") ? 2 : 1;
        }
        if (igo_hl && !(igo_h + igo_hl < lim && (d->toks[igo_h + igo_hl].flags & TF_CAP))) {
            uint32_t floor = d->sents[si >= 3 ? si - 3 : 0].tb;
            int pe = -1;
            bool two = false; /* (two body officials: no telling which) */
            for (size_t m = d->nment; m-- > 0 && d->ments[m].ts >= floor;) {
                const px_ment *pm = &d->ments[m];
                const px_ent *x = pm->ent >= 0 ? &d->ents[pm->ent] : NULL;
                if (pm->kind == MK_PERSON && x && !x->analyst && strncmp(x->code, "IGO", 3) == 0) {
                    two = two || (pe >= 0 && pm->ent != pe);
                    pe = pm->ent;
                }
            }
            if (pe >= 0 && !two) {
                d->ents[pe].last_sent = si;
                if (px_ment_push(d, i, igo_h + igo_hl, igo_h, MK_PERSON, 0, pe) != 0) {
                    return -1;
                }
                i = igo_h + igo_hl;
                continue;
            }
        }
        /* "The visitor was received by Burhan", "the guest": the one on the visit just
         * reported */
        /* (also "his guest": "Merz received Zelensky ... Afterwards, he and his guest
         * joined a video call with Trump") */
        /* (so too "the visiting leader", "the visiting delegation", "the visiting
         * dignitary": "Ishiba arrived in Manila ... Marcos hosted a dinner for the visiting
         * delegation") */
        uint32_t vw = i + 1 < lim && px_tis(d, i + 1, "visiting") ? i + 2 : i + 1;
        /* (also of a state: "is scheduled to receive the Lao guest on December 5") */
        uint32_t gdl = 0;
        const px_entry *gdem = px_tis(d, i, "the") && i + 2 < lim
                                   ? lex(d, i + 1, lim, K_DEMONYM, &gdl)
                                   : NULL;
        char gcc[4] = "";
        if (gdem && i + 1 + gdl < lim &&
            (px_tis(d, i + 1 + gdl, "guest") || px_tis(d, i + 1 + gdl, "visitor"))) {
            str_from_pool(d, gcc, sizeof gcc, gdem->s[1]);
            vw = i + 1 + gdl;
        }
        if ((px_tis(d, i, "the") || px_tis(d, i, "his") || px_tis(d, i, "her")) && vw < lim &&
            (px_tis(d, vw, "visitor") || px_tis(d, vw, "guest") ||
             (vw == i + 2 && (px_tis(d, vw, "leader") || px_tis(d, vw, "delegation") ||
                              px_tis(d, vw, "dignitary") || px_tis(d, vw, "statesman"))))) {
            int ve = recent_visitor(d, si);
            if (ve >= 0 && gcc[0] && !px_streq(d->ents[ve].country, gcc)) {
                ve = -1;
            }
            if (ve >= 0) {
                d->ents[ve].last_sent = si;
                if (px_ment_push(d, i, vw + 1, vw, MK_PERSON, 0, ve) != 0) {
                    return -1;
                }
                i = vw + 1;
                continue;
            }
        }
        /* "the Asian country", "the Gulf state", "the Central Asian republic": the state
         * named last (as a state or by one of its places) in this sentence or the three
         * before */
        if (px_tis(d, i, "the")) {
            uint32_t rl = region_state_np(d, i + 1, lim);
            /* (and a plain "the country" as a destination: "accepted an invitation from the
             * Peruvian government to visit the country next year") */
            /* ("the Kingdom" in Cambodian, Saudi, Moroccan and Thai house style: the
             * dateline's state, else the state named last) */
            int kse = -1;
            if (!rl && i + 1 < lim && px_tis(d, i + 1, "kingdom") && (d->toks[i + 1].flags & TF_CAP) &&
                !(i + 2 < lim && ((d->toks[i + 2].flags & TF_CAP) || px_tis(d, i + 2, "of")))) {
                kse = d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0
                          ? state_of_country(d, d->ents[d->ments[d->dateline_place].ent].country, si)
                          : latest_state(d, si);
                /* (not a republic's dateline: "ISLAMABAD: ... on a two-day official visit to
                 * the Kingdom" after Riyadh is Saudi Arabia, the latest kingdom named) */
                if (d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0 &&
                    !monarchy_code(d->ents[d->ments[d->dateline_place].ent].country, "kingdom")) {
                    int lk = latest_monarchy(d, si, "kingdom");
                    kse = lk >= 0 ? lk : kse;
                }
                /* (else the state of the person named last: "Saudi Foreign Minister Prince
                 * Faisal bin Farhan met the Kingdom's ambassadors") */
                for (size_t m = d->nment; kse < 0 && m-- > 0;) {
                    const px_ment *pm = &d->ments[m];
                    if (pm->kind == MK_PERSON && pm->ent >= 0 && d->ents[pm->ent].country[0]) {
                        kse = state_of_country(d, d->ents[pm->ent].country, si);
                        break;
                    }
                }
                rl = kse >= 0 ? 1 : 0;
            }
            /* ("Sharif last visited the kingdom in September", "arrived in the emirate"): the
             * latest monarchy of that kind named */
            if (!rl && kse < 0 && i + 1 < lim && !(d->toks[i + 1].flags & TF_CAP) &&
                (px_tis(d, i + 1, "kingdom") || px_tis(d, i + 1, "emirate") ||
                 px_tis(d, i + 1, "sultanate")) &&
                !(i + 2 < lim && px_tis(d, i + 2, "of"))) {
                kse = latest_monarchy(d, si, px_tkey(d, i + 1));
                rl = kse >= 0 ? 1 : 0;
            }
            /* (also "an official visit to the island", "his trip to the country") */
            bool trip_to = i > tb + 1 && px_tis(d, i - 1, "to") &&
                           (px_tis(d, i - 2, "visit") || px_tis(d, i - 2, "trip") ||
                            px_tis(d, i - 2, "visits") || px_tis(d, i - 2, "trips"));
            /* ("Abiy arrived in the country on Monday evening": where he is received) */
            bool arrived_in = i > tb + 1 && px_tis(d, i - 1, "in") &&
                              (px_tis(d, i - 2, "arrived") || px_tis(d, i - 2, "arrives") ||
                               px_tis(d, i - 2, "arriving"));
            /* (the state of the place of the reception or visit just reported, not the
             * state named last: "hosted Abiy at State House, Nairobi, where the two leaders
             * held talks on ... South Sudan. Abiy arrived in the country": Kenya) */
            if (!rl && arrived_in && i + 1 < lim && px_tis(d, i + 1, "country") &&
                !(i + 2 < lim && px_tis(d, i + 2, "'s")) && d->dateline_place < 0) {
                for (size_t f = d->nframe; f-- > 0 && kse < 0;) {
                    const px_frame *fr = &d->frames[f];
                    if (fr->sent + 2 < si) {
                        break;
                    }
                    const px_ment *lm = fr->loc_ment >= 0 ? &d->ments[fr->loc_ment] : NULL;
                    if (fr->sent < si && lm && lm->ent >= 0 && d->ents[lm->ent].country[0] &&
                        (fr->type == T_HOST || fr->type == T_VISIT)) { /* (a reception's) */
                        kse = state_of_country(d, d->ents[lm->ent].country, si);
                    }
                }
                rl = kse >= 0 ? 1 : 0;
            }
            if (!rl && i > tb && i + 1 < lim &&
                (px_tis(d, i + 1, "country") || (trip_to && px_tis(d, i + 1, "island"))) &&
                !(i + 2 < lim && px_tis(d, i + 2, "'s")) &&
                (px_tis(d, i - 1, "visit") || px_tis(d, i - 1, "visited") ||
                 px_tis(d, i - 1, "visiting") || px_tis(d, i - 1, "visits") ||
                 px_tis(d, i - 1, "toured") || px_tis(d, i - 1, "tour") || trip_to)) {
                rl = latest_state(d, si) >= 0 ? 1 : 0;
            }
            int se = kse >= 0 ? kse : rl ? latest_state(d, si) : -1;
            if (rl && se < 0) {
                i += 1 + rl; /* (no state named before: no party, not "Gulf" as a name) */
                continue;
            }
            if (se >= 0) {
                bool lp = i > tb && (px_tis(d, i - 1, "to") || px_tis(d, i - 1, "in") ||
                                     px_tis(d, i - 1, "at"));
                bool ps = i + 1 + rl < lim && px_tis(d, i + 1 + rl, "'s");
                d->ents[se].last_sent = si;
                if (px_ment_push(d, i, i + 1 + rl, i + rl, MK_STATE,
                                 (uint16_t)(MF_COREF | (lp ? MF_LOCPP : 0) | (ps ? MF_POSS : 0)),
                                 se) != 0) {
                    return -1;
                }
                i += 1 + rl;
                continue;
            }
        }
        /* fast path: a lower-case word that starts no actor phrase, modifier or pronoun */
        {
            const uint64_t actorish = ((uint64_t)1 << K_COUNTRY) | ((uint64_t)1 << K_DEMONYM) |
                                      ((uint64_t)1 << K_CAPITAL) | ((uint64_t)1 << K_METONYM) |
                                      ((uint64_t)1 << K_CITY) | ((uint64_t)1 << K_ORG) |
                                      ((uint64_t)1 << K_TITLE) | ((uint64_t)1 << K_PERSON) |
                                      ((uint64_t)1 << K_GROUPN) | ((uint64_t)1 << K_VENUE) |
                                      PX_CUE_BIT(CUE_MOD) | PX_CUE_BIT(CUE_PRON);
            if (!(t->flags & TF_CAP) && !(t->kmask & actorish) &&
                !(t->k0 == 'w' && px_tis(d, i, "whose"))) {
                i++;
                continue;
            }
        }
        uint32_t start = i;
        bool det = false;
        /* ("The Hague": "the" belongs to the city's name) */
        uint32_t nl0 = 0;
        bool the_name = i + 1 < lim && (d->toks[i + 1].flags & TF_CAP) && px_tis(d, i, "the") &&
                        (lex(d, i, lim, K_CAPITAL, &nl0) || lex(d, i, lim, K_CITY, &nl0)) &&
                        nl0 >= 2;
        if ((px_tis(d, i, "the") && !the_name) || px_tis(d, i, "a") || px_tis(d, i, "an")) {
            det = true;
            i++;
            /* "the visiting UN envoy": the participle describes the actor (so do "outgoing"
             * and "incoming": "the outgoing Chinese Ambassador to Nigeria, Cui Jianchun,") */
            if (i + 1 < lim && d->toks[i].klen == 8 &&
                (px_tis(d, i, "visiting") || px_tis(d, i, "outgoing") ||
                 px_tis(d, i, "incoming"))) {
                i++;
            }
            /* (so do "newly appointed", "newly accredited": "the newly appointed Chinese
             * Ambassador to Zambia, Han Jing,") */
            if (i + 2 < lim && px_tis(d, i, "newly") &&
                (px_tis(d, i + 1, "appointed") || px_tis(d, i + 1, "accredited") ||
                 px_tis(d, i + 1, "elected") || px_tis(d, i + 1, "named"))) {
                i += 2;
            }
        }
        /* "travelled to neighbouring Mauritania": the adjective goes with the state, so the
         * phrase after the preposition is the state's */
        bool nbr = false;
        if (!det && start > tb && (d->toks[i].flags & TF_CAP) && d->toks[start - 1].klen >= 9 &&
            (px_tis(d, start - 1, "neighbouring") || px_tis(d, start - 1, "neighboring")) &&
            lex(d, i, lim, K_COUNTRY, NULL)) {
            start--;
            nbr = true;
        }
        bool locpp = false, visit_obj = false, coord_place = false;
        if (start > tb) {
            uint32_t pk = start - 1;
            const char *pkey = px_tkey(d, pk);
            locpp = px_streq(pkey, "in") || px_streq(pkey, "at") ||
                    px_streq(pkey, "to") || px_streq(pkey, "near") ||
                    px_streq(pkey, "into") || px_streq(pkey, "outside") ||
                    px_streq(pkey, "inside") || px_streq(pkey, "for") ||
                    px_streq(pkey, "via") ||
                    /* "departed Abuja on Sunday for a state visit": where one leaves from */
                    px_streq(pkey, "departed") || px_streq(pkey, "departs") ||
                    px_streq(pkey, "departing") || px_streq(pkey, "left") ||
                    px_streq(pkey, "leaves") || px_streq(pkey, "leaving") ||
                    px_streq(pkey, "depart") || px_streq(pkey, "leave");
            /* "will visit Washington": a visit's object is a place before a surname */
            visit_obj = px_streq(pkey, "visit") || px_streq(pkey, "visits") ||
                        px_streq(pkey, "visited") || px_streq(pkey, "visiting");
            /* "will visit Islamabad and New Delhi", "in Riyadh, Doha and Abu Dhabi": a
             * capital coordinated right after a place is a place too */
            if ((px_streq(pkey, "and") || px_streq(pkey, "or") || d->toks[pk].p == ',') &&
                d->nment > 0 && d->ments[d->nment - 1].te == pk &&
                d->ments[d->nment - 1].kind == MK_PLACE && d->ments[d->nment - 1].ts >= tb) {
                coord_place = true;
            }
            /* "at the State House, Abuja,", "at Zabeel Palace, Dubai": a place after a named
             * building is where it stands */
            if (d->toks[pk].p == ',' && pk > tb + 2 && (d->toks[pk - 1].flags & TF_CAP)) {
                uint32_t b = pk;
                int nb = 0;
                while (b > tb + 1 && nb < 6 &&
                       ((d->toks[b - 1].flags & TF_CAP) || px_tis(d, b - 1, "the") ||
                        px_tis(d, b - 1, "of"))) {
                    b--;
                    nb++;
                }
                /* (a place only: "at Camp Aguinaldo, Philippine Defense Secretary X said"
                 * names a person) */
                if (nb >= 1 && b > tb && px_tis(d, b - 1, "at") &&
                    (px_match_kind(d, start, K_CAPITAL, NULL) ||
                     px_match_kind(d, start, K_CITY, NULL) ||
                     px_match_kind(d, start, K_COUNTRY, NULL))) {
                    locpp = true;
                }
            }
            if (px_streq(pkey, "for")) {
                /* "left for X" only (also over the place left and a time: "left Dakar on
                 * Tuesday for Abidjan") */
                locpp = false;
                for (uint32_t q = pk; q > tb && pk - q < 7 && !locpp && !d->toks[q - 1].p; q--) {
                    locpp = px_tis(d, q - 1, "left") || px_tis(d, q - 1, "leave") ||
                            px_tis(d, q - 1, "leaving") || px_tis(d, q - 1, "leaves") ||
                            px_tis(d, q - 1, "headed") || px_tis(d, q - 1, "departed") ||
                            px_tis(d, q - 1, "heads") || px_tis(d, q - 1, "departs") ||
                            px_tis(d, q - 1, "departing") ||
                            /* ("a meeting ... scheduled for Budapest": where it was to be) */
                            (q == pk && (px_tis(d, q - 1, "scheduled") ||
                                         px_tis(d, q - 1, "planned") ||
                                         px_tis(d, q - 1, "slated") || px_tis(d, q - 1, "set")));
                    if (q < pk && (px_tis(d, q - 1, "for") || px_tis(d, q - 1, "and"))) {
                        break;
                    }
                }
            }
        }
        /* "as part of His Royal Highness's visit to Japan": a form of address with its
         * possessive stands for the one it addresses, the sentence's first person (else the
         * last one named) */
        {
            bool hh = d->toks[i].klen == 3 && (px_tis(d, i, "his") || px_tis(d, i, "her"));
            uint32_t ap = i + 1 + (hh && i + 1 < lim && px_tis(d, i + 1, "royal") ? 1 : 0);
            if (hh && ap + 1 < lim &&
                (px_tis(d, ap, "highness") || px_tis(d, ap, "majesty") ||
                 px_tis(d, ap, "excellency")) &&
                px_tis(d, ap + 1, "'s")) {
                int ce = -1;
                for (size_t m = first_ment; m < d->nment && ce < 0; m++) {
                    if (d->ments[m].kind == MK_PERSON && d->ments[m].ent >= 0) {
                        ce = d->ments[m].ent;
                    }
                }
                for (size_t m = first_ment; ce < 0 && m-- > 0;) {
                    if (d->ments[m].kind == MK_PERSON && d->ments[m].ent >= 0) {
                        ce = d->ments[m].ent;
                    }
                }
                if (ce >= 0 && px_ment_push(d, i, ap + 2, i, MK_PERSON,
                                            (uint16_t)(MF_PRON | MF_COREF | MF_POSS), ce) != 0) {
                    return -1;
                }
                i = ap + 2;
                continue;
            }
            /* "Prabowo invited His Highness to visit Jakarta": a form of address with no
             * name after it is the one last addressed so in the article */
            if (hh && ap + 1 < lim && (px_tis(d, ap, "highness") || px_tis(d, ap, "majesty")) &&
                !(d->toks[ap + 1].flags & TF_CAP) && !px_tis(d, ap + 1, "'s") &&
                !(i > tb && px_tis(d, i - 1, "to"))) {
                int ce = -1;
                for (size_t m = d->nment; ce < 0 && m-- > 0;) {
                    const px_ment *hm = &d->ments[m];
                    if (hm->kind != MK_PERSON || hm->ent < 0 || (hm->flags & MF_PRON) ||
                        hm->ts >= i) {
                        continue;
                    }
                    for (uint32_t q = hm->ts > 3 ? hm->ts - 3 : 0; q < hm->te && ce < 0; q++) {
                        if (px_tis(d, q, px_tkey(d, ap))) {
                            ce = hm->ent;
                        }
                    }
                }
                if (ce >= 0 && px_ment_push(d, i, ap + 1, i, MK_PERSON,
                                            (uint16_t)(MF_PRON | MF_COREF), ce) != 0) {
                    return -1;
                }
                if (ce >= 0) {
                    i = ap + 1;
                    continue;
                }
            }
        }
        /* 1. country-ish modifier + title/group [+ name] */
        /* (a match zeroes the whole modifier as it fills it; before one, or without one,
         * only these fields are read: 600 bytes zeroed per capitalised word were ~0.8 % of
         * extraction) */
        cmod cm;
        cm.set = cm.poss = cm.unknown = false;
        cm.ts = cm.te = 0;
        cm.ent.kind = MK_NONE;
        cm.ent.name[0] = cm.ent.country[0] = cm.ent.sector[0] = cm.ent.code[0] = '\0';
        bool city_first = false;
        uint32_t cl = country_mod(d, i, lim, &cm);
        bool surname_first = false;
        /* "Portugal's Prime Minister Luis Montenegro ... Montenegro had been due to meet
         * Lourenco": a state's one-word name, bare, that is the surname of a person named
         * before is that person (not after a place's preposition) */
        if (cl == 1 && !locpp && !cm.poss && (d->toks[i].flags & TF_CAP) && i + 1 < lim &&
            !(d->toks[i + 1].flags & TF_CAP) && !px_tis(d, i + 1, "'s")) {
            int pe = coref_name(d, i);
            if (pe >= 0 && d->ents[pe].kind == MK_PERSON &&
                px_key_eq(d->ents[pe].surname, px_tkey(d, i))) {
                cl = 0;
                memset(&cm, 0, sizeof cm);
                surname_first = true;
            }
        }
        /* "received in Cairo Lieutenant General X": a city after "in" is where, not the
         * state of the title after it */
        uint32_t cyl = 0;
        if (locpp && i > tb && (px_tis(d, i - 1, "in") || px_tis(d, i - 1, "at")) && !cm.poss &&
            (px_match_kind(d, i, K_CAPITAL, &cyl) || px_match_kind(d, i, K_CITY, &cyl)) &&
            !px_match_kind(d, i, K_DEMONYM, NULL) && i + cyl < lim && (d->toks[i + cyl].flags & TF_CAP) &&
            lex(d, i + cyl, lim, K_TITLE, NULL)) {
            cl = 0;
            memset(&cm, 0, sizeof cm);
            city_first = true;
        }
        uint32_t j = i + cl;
        /* unknown capitalised country: "Dagolath's first Deputy Prime Minister" */
        if (!cl && !city_first) {
            uint32_t nl = name_at(d, i, lim, tb);
            bool poss0 = nl && i + nl < lim && px_tis(d, i + nl, "'s") &&
                         !lex(d, i, lim, K_PERSON, NULL) && /* (not "Ruto's government") */
                         !(nl == 1 && coref_name(d, i) >= 0); /* (nor "Sanchez's official trip") */
            bool capt0 = nl == 1 && i + 1 < lim && (d->toks[i + 1].flags & TF_CAP) &&
                         !lex(d, i, lim, K_PERSON, NULL) && coref_name(d, i) < 0;
            if (poss0 || capt0) {
                const px_entry *te0 = NULL;
                uint32_t ts0;
                bool g0;
                uint32_t at = i + nl + (poss0 ? 1 : 0);
                uint32_t tl0 = title_at(d, at, lim, &te0, &ts0, &g0);
                if (tl0 && !poss0 && (ts0 != at || !(d->toks[at].flags & TF_CAP))) {
                    tl0 = 0; /* "Bree President Romendacil": the title must follow at once */
                }
                if (tl0) {
                    memset(&cm, 0, sizeof cm);
                    cm.set = true;
                    cm.unknown = true;
                    cm.poss = poss0;
                    cm.ts = i;
                    cm.te = at;
                    cm.ent.kind = MK_UNKNOWN;
                    ent_set_text_name(d, &cm.ent, i, i + nl);
                    cl = at - i;
                    j = i + cl;
                }
            }
        }
        /* coordinated demonyms sharing a head: "U.S. and Russian negotiators" */
        cmod cm2; /* (set when coord_end is) */
        uint32_t coord_end = 0;
        /* (not a state after "of": "General Secretary of the Communist Party of China and
         * Chinese President Xi Jinping") */
        if (cl && !cm.poss && j + 1 < lim && px_tis(d, j, "and") &&
            !(i > tb && px_tis(d, i - 1, "of"))) {
            memset(&cm2, 0, sizeof cm2);
            uint32_t c2 = country_mod(d, j + 1, lim, &cm2);
            /* (not an armed group's own name: "Congo and M23 rebels" are Congo and the M23) */
            if (c2 && !(cm2.ent.kind == MK_ORG && px_streq(cm2.ent.sector, "REB"))) {
                coord_end = j + 1 + c2;
            }
        }
        const px_entry *te = NULL;
        uint32_t tstart = 0;
        bool group = false;
        px_ent of_state; /* "President of Tajikistan Emomali Rahmon": the state after "of" */
        of_state.kind = MK_NONE; /* (ent_from_country zeroes it all as it sets it; only */
        of_state.country[0] = of_state.code[0] = '\0'; /* these are read before) */
        uint32_t tl = city_first ? 0 : title_at(d, coord_end ? coord_end : j, lim, &te, &tstart, &group);
        /* (a shared head is plural: in "Iran and Russian President Vladimir Putin" the
         * title is the second state's alone) */
        if (tl && coord_end && !group) {
            coord_end = 0;
            tl = title_at(d, j, lim, &te, &tstart, &group);
        }
        /* "CIA Director John Ratcliffe": a title that starts with a body's name, when the
         * body leaves no title after it */
        uint32_t tl1 = 0;
        if (!tl && cl && !cm.poss && !coord_end && lex(d, i, lim, K_TITLE, &tl1) && tl1 > cl) {
            j = i; /* (the body still gives the country: "Mossad Director X" is Israeli) */
            tl = title_at(d, j, lim, &te, &tstart, &group);
        }
        /* a listed event that starts with an organisation and a group ("APEC leaders'
         * meeting", "ASEAN foreign ministers' meeting") is that event */
        uint32_t evl = 0;
        const px_entry *ev0 = tl && cl ? lex(d, i, lim, K_VENUE, &evl) : NULL;
        if (ev0 && ev0->s[0] && evl > cl + tl) {
            tl = 0;
        }
        if (tl) {
            uint32_t tend = (coord_end ? coord_end : j) + tl;
            uint32_t nstart = tend, nl = 0;
            const px_entry *pe = NULL;
            /* honorific after a title: "emir, Sheikh Hamad" / "leader Yasser Arafat" */
            uint32_t q = tend;
            bool comma_name = false;
            /* "China's top official, Wang Yi"; "the visiting UN envoy, Lars Henriksen," */
            /* "his Tanzanian counterpart, Rehema Mushi," after a possessive pronoun */
            bool pdet = start > tb && (px_tis(d, start - 1, "his") || px_tis(d, start - 1, "her") ||
                                       px_tis(d, start - 1, "its") || px_tis(d, start - 1, "their"));
            /* "the UN special envoy for Yemen, Anders Holm": the remit between title and name */
            /* (also with no body before the title: "the Special Envoy of the
             * Secretary-General for Yemen, Hans Grundberg") */
            if (!group && q + 2 < lim && (cl || det) && (det || cm.poss || pdet) &&
                (px_tis(d, q, "for") || px_tis(d, q, "to") || px_tis(d, q, "on"))) {
                uint32_t rl = 0;
                uint32_t r0 = q + 1 + (px_tis(d, q + 1, "the") ? 1 : 0);
                if ((lex(d, r0, lim, K_COUNTRY, &rl) || lex(d, r0, lim, K_ORG, &rl)) && r0 + rl < lim &&
                    d->toks[r0 + rl].p == ',') {
                    q = r0 + rl;
                } else if (px_tis(d, q, "for") && (d->toks[r0].flags & TF_CAP)) {
                    /* (or a region: "the African Union's special envoy for the Horn of
                     * Africa, Olusegun Obasanjo,") */
                    uint32_t r = r0;
                    while (r < lim && r < r0 + 6 &&
                           (((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA)) ||
                            ((px_tis(d, r, "of") || px_tis(d, r, "and")) && r > r0 &&
                             r + 1 < lim && (d->toks[r + 1].flags & TF_CAP)))) {
                        r++;
                    }
                    /* (over a style of address: ", Senator the Hon Don Farrell,") */
                    uint32_t n1 = r + 1 + (r + 1 < lim ? style_len(d, r + 1, lim) : 0);
                    if (r > r0 && n1 < lim && d->toks[r].p == ',' &&
                        (lex(d, n1, lim, K_PERSON, NULL) ||
                         (n1 + 1 < lim && (d->toks[n1].flags & TF_CAP) &&
                          (d->toks[n1 + 1].flags & TF_CAP) && (d->toks[n1].flags & TF_ALPHA) &&
                          (d->toks[n1 + 1].flags & TF_ALPHA) && !lex(d, n1, lim, K_COUNTRY, NULL) &&
                          !lex(d, n1, lim, K_TITLE, NULL)))) {
                        q = r;
                    }
                }
            }
            /* a portfolio between a title and a name: "European Commissioner for Enlargement
             * Marta Kos", "High Representative for Foreign Affairs and Security Policy Kaja
             * Kallas", "Special Envoy for Hostage Affairs Adam Boehler" */
            /* (also a region after "the": "Special Presidential Envoy for the Middle East
             * and Africa Mikhail Bogdanov") */
            uint32_t fq = q + 1 + (q + 4 < lim && px_tis(d, q + 1, "the") ? 1 : 0);
            if (!group && q == tend && fq + 2 < lim && px_tis(d, q, "for") &&
                (d->toks[fq].flags & TF_CAP) && !lex(d, fq, lim, K_COUNTRY, NULL) &&
                !lex(d, fq, lim, K_ORG, NULL) && !lex(d, fq, lim, K_PERSON, NULL)) {
                uint32_t r = fq;
                uint32_t part = 0; /* (a name's particle: "José de Lima Massano") */
                while (r < lim && r < q + 12) {
                    if ((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA) &&
                        !(d->toks[r].flags & TF_DATELINE)) {
                        r++;
                    } else if ((px_tis(d, r, "and") || px_tis(d, r, "of") || px_tis(d, r, "&")) &&
                               r + 1 < lim && (d->toks[r + 1].flags & TF_CAP)) {
                        r++;
                    } else if (!part && r > fq + 1 && r + 1 < lim && (d->toks[r + 1].flags & TF_CAP) &&
                               !(d->toks[r].flags & TF_CAP) && has_cue(d, r, CUE_PARTICLE)) {
                        part = r++;
                    } else {
                        break;
                    }
                }
                uint32_t at = 0;
                if (part && part >= q + 3 && !lex(d, part - 1, lim, K_TITLE, NULL)) {
                    at = part - 1;
                }
                for (uint32_t k = q + 2; k + 1 < r && !at; k++) {
                    uint32_t pl0 = 0;
                    if (lex(d, k, lim, K_PERSON, &pl0) && k + pl0 == r) {
                        at = k;
                    }
                }
                if (!at && r >= q + 4 && !lex(d, r - 2, lim, K_TITLE, NULL) &&
                    !lex(d, r - 1, lim, K_COUNTRY, NULL) && !px_tis(d, r - 2, "and") &&
                    !px_tis(d, r - 2, "of") && !px_tis(d, r - 3, "of") && !px_tis(d, r - 3, "and")) {
                    at = r - 2;
                }
                if (at) {
                    q = at;
                }
            }
            /* a portfolio after "of", then a military rank and the name: "Lao Deputy Minister
             * of Public Security Lieutenant General Kongthong Phongvichit" */
            if (!group && q == tend && q + 4 < lim && px_tis(d, q, "of") &&
                (d->toks[q + 1].flags & TF_CAP) && !lex(d, q + 1, lim, K_COUNTRY, NULL) &&
                !lex(d, q + 1, lim, K_ORG, NULL)) {
                uint32_t r = q + 1;
                while (r < lim && r < q + 14 && !d->toks[r].p &&
                       (((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA)) ||
                        ((px_tis(d, r, "and") || px_tis(d, r, "of")) && r + 1 < lim &&
                         (d->toks[r + 1].flags & TF_CAP)))) {
                    r++;
                }
                for (uint32_t k = q + 2; k + 2 < r; k++) {
                    uint32_t hl = 0;
                    const px_entry *rk = lex(d, k, lim, K_TITLE, &hl);
                    char rsec[4] = "";
                    if (rk) {
                        str_from_pool(d, rsec, sizeof rsec, rk->s[2]);
                    }
                    uint32_t nl9 = rk && px_streq(rsec, "MIL") ? name_at(d, k + hl, lim, tb) : 0;
                    if (nl9 >= 2 && k + hl + nl9 == r) {
                        q = k + hl;
                        break;
                    }
                }
            }
            /* a portfolio after "of" and before an appositive name: "South Africa's Minister
             * of International Relations and Cooperation, Ronald Lamola," */
            /* (also a seat after "at": "Qatar's Minister of State at the Ministry of Foreign
             * Affairs, Dr Mohammed Al-Khulaifi,") */
            bool at_seat = px_tis(d, q, "at") && q + 4 < lim && px_tis(d, q + 1, "the") &&
                           (d->toks[q + 2].flags & TF_CAP);
            if (!group && q == tend && q + 3 < lim && cl && cm.poss &&
                ((px_tis(d, q, "of") && (d->toks[q + 1].flags & TF_CAP)) || at_seat) &&
                !lex(d, q + 1, lim, K_COUNTRY, NULL)) {
                uint32_t r = q + 1;
                while (r < lim && r < q + 10 && !d->toks[r].p &&
                       (((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA)) ||
                        ((px_tis(d, r, "and") || px_tis(d, r, "of") || px_tis(d, r, "for") ||
                          px_tis(d, r, "the")) && r + 1 < lim && (d->toks[r + 1].flags & TF_CAP)))) {
                    r++;
                }
                uint32_t r7 = r + 1; /* (over a courtesy title: ", Dr Mohammed Al-Khulaifi,") */
                if (r7 + 2 < lim && (px_tis(d, r7, "dr") || px_tis(d, r7, "mr") ||
                                     px_tis(d, r7, "ms") || px_tis(d, r7, "mrs"))) {
                    r7 += d->toks[r7 + 1].p == '.' ? 2 : 1;
                }
                uint32_t nl7 = r7 < lim && d->toks[r].p == ',' ? name_at(d, r7, lim, tb) : 0;
                if (r > q + 1 && nl7 && !(d->toks[r - 1].flags & TF_DATELINE) &&
                    (r7 + nl7 >= lim || d->toks[r7 + nl7].p == ',' || d->toks[r7 + nl7].p == '.')) {
                    q = r;
                }
            }
            /* a second portfolio word after "and" right before a name: "Minister of Trade
             * and Integration Serik Zhumangarin" */
            if (!group && q == tend && q + 3 < lim && px_tis(d, q, "and") &&
                (d->toks[q + 1].flags & TF_CAP) && portfolio_word(d, q + 1) &&
                !lex(d, q + 1, lim, K_PERSON, NULL) && name_at(d, q + 2, lim, tb) > 0 &&
                !lex(d, q + 2, lim, K_TITLE, NULL)) {
                q += 2;
            }
            /* a portfolio after "of" right before a name: "Saudi Minister of Investment Khalid
             * Al-Falih", "Minister of Energy and Mines Mohamed Arkab", "Minister of Public
             * Security Luong Tam Quang" */
            if (!group && q == tend && q + 3 < lim && px_tis(d, q, "of") &&
                (d->toks[q + 1].flags & TF_CAP) && !d->toks[q + 1].p &&
                !lex(d, q + 1, lim, K_COUNTRY, NULL) && !lex(d, q + 1, lim, K_PERSON, NULL)) {
                uint32_t r = q + 1;
                /* (one word before the portfolio word: "Public Security", "Home Affairs") */
                if (!portfolio_word(d, r) && r + 2 < lim && !d->toks[r + 1].p &&
                    portfolio_word(d, r + 1)) {
                    r++;
                }
                bool pf = portfolio_word(d, r);
                r++;
                while (pf && r + 2 < lim && (px_tis(d, r, "and") || px_tis(d, r, "&")) &&
                       portfolio_word(d, r + 1)) {
                    r += 2;
                }
                uint32_t pnl = pf && r + 1 < lim && !d->toks[r - 1].p ? name_at(d, r, lim, tb) : 0;
                if (pnl >= 2 && !lex(d, r, lim, K_TITLE, NULL) && !lex(d, r, lim, K_COUNTRY, NULL) &&
                    !lex(d, r, lim, K_ORG, NULL) &&
                    (r + pnl >= lim || !(d->toks[r + pnl].flags & TF_CAP) || d->toks[r + pnl - 1].p)) {
                    q = r;
                }
            }
            /* a portfolio continued after "and" before an appositive name: "the Italian
             * Deputy Prime Minister and Minister of Foreign Affairs and International
             * Cooperation, Antonio Tajani," */
            /* (also "... and International Cooperation of Rwanda, Olivier Nduhungirehe," and,
             * after "the", a comma inside the portfolio: "the Minister of Foreign Affairs,
             * Cooperation and Mauritanians Abroad, Mohamed Salem Ould Merzoug,") */
            if (!group && q == tend && q + 3 < lim &&
                (px_tis(d, q, "and") || (d->toks[q].p == ',' && det && !cl)) &&
                (d->toks[q + 1].flags & TF_CAP) && !lex(d, q + 1, lim, K_COUNTRY, NULL) &&
                !lex(d, q + 1, lim, K_PERSON, NULL) &&
                /* (a second title after "and" too: "Kenya's Prime Cabinet Secretary and
                 * Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi,") */
                (!lex(d, q + 1, lim, K_TITLE, NULL) || (px_tis(d, q, "and") && cm.poss))) {
                uint32_t r = q + 1, found = 0;
                const px_entry *ofc = NULL;
                while (r < lim && r < q + 12 && !found) {
                    if (d->toks[r].p == ',') {
                        /* (over a courtesy title: ", Mr. Mohamed Salem Ould Merzoug,") */
                        uint32_t r8 = r + 1;
                        if (r8 + 2 < lim && (px_tis(d, r8, "dr") || px_tis(d, r8, "mr") ||
                                             px_tis(d, r8, "ms") || px_tis(d, r8, "mrs"))) {
                            r8 += d->toks[r8 + 1].p == '.' ? 2 : 1;
                        }
                        uint32_t nl8 = r8 < lim ? name_at(d, r8, lim, tb) : 0;
                        if (r > q + 1 && nl8 && !lex(d, r8, lim, K_TITLE, NULL) &&
                            (r8 + nl8 >= lim || d->toks[r8 + nl8].p == ',' ||
                             d->toks[r8 + nl8].p == '.')) {
                            found = r;
                            break;
                        }
                        if (!(d->toks[q].p == ',' && r + 1 < lim && (d->toks[r + 1].flags & TF_CAP))) {
                            break;
                        }
                        r++;
                        continue;
                    }
                    if ((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA) && !d->toks[r].p) {
                        uint32_t cl9 = 0;
                        const px_entry *ce9 = r > q + 1 && px_tis(d, r - 1, "of")
                                                  ? lex(d, r, lim, K_COUNTRY, &cl9)
                                                  : NULL;
                        if (ce9) {
                            ofc = ce9;
                            r += cl9;
                            continue;
                        }
                        r++;
                        continue;
                    }
                    if ((px_tis(d, r, "and") || px_tis(d, r, "of") || px_tis(d, r, "the") ||
                         px_tis(d, r, "for")) &&
                        r + 1 < lim && ((d->toks[r + 1].flags & TF_CAP) ||
                                        (px_tis(d, r, "of") && r + 2 < lim &&
                                         px_tis(d, r + 1, "the") &&
                                         (d->toks[r + 2].flags & TF_CAP)))) {
                        r++;
                        continue;
                    }
                    break;
                }
                if (found) {
                    q = found;
                    if (ofc && !cl) {
                        ent_from_country(d, &of_state, ofc);
                    }
                }
            }
            /* (wire style, no commas: "UN special envoy for Yemen Hans Grundberg met ...") */
            if (!group && q == tend && q + 3 < lim && cl &&
                (px_tis(d, q, "for") || px_tis(d, q, "to"))) {
                uint32_t rl = 0, pl0 = 0;
                uint32_t r0 = q + 1;
                bool posted = (lex(d, r0, lim, K_COUNTRY, &rl) || lex(d, r0, lim, K_ORG, &rl)) &&
                              r0 + rl < lim;
                /* (and a second office with its remit: "US Ambassador to Turkey and Special
                 * Envoy for Syria Tom Barrack") */
                uint32_t r1 = r0 + rl;
                if (posted && r1 + 3 < lim && px_tis(d, r1, "and") &&
                    (d->toks[r1 + 1].flags & TF_CAP)) {
                    const px_entry *te2 = NULL;
                    uint32_t ts2 = 0, rl2 = 0;
                    bool g2 = false;
                    uint32_t tl2 = title_at(d, r1 + 1, lim, &te2, &ts2, &g2);
                    uint32_t r2 = r1 + 1 + tl2;
                    if (tl2 && !g2 && r2 + 2 < lim &&
                        (px_tis(d, r2, "for") || px_tis(d, r2, "to")) &&
                        lex(d, r2 + 1, lim, K_COUNTRY, &rl2)) {
                        r2 += 1 + rl2;
                    }
                    if (tl2 && !g2 && r2 < lim && (d->toks[r2].flags & TF_CAP) &&
                        (lex(d, r2, lim, K_PERSON, &pl0) || name_at(d, r2, lim, tb) >= 2)) {
                        r1 = r2;
                    }
                }
                if (posted && (d->toks[r1].flags & TF_CAP) &&
                    (lex(d, r1, lim, K_PERSON, &pl0) || name_at(d, r1, lim, tb) >= 2)) {
                    q = r1;
                } else if (posted && det && r1 + 2 < lim && d->toks[r1].p == ',' &&
                           (lex(d, r1 + 1, lim, K_PERSON, &pl0) ||
                            name_at(d, r1 + 1, lim, tb) >= 2)) {
                    q = r1; /* ("the outgoing Chinese Ambassador to Nigeria, Cui Jianchun,":
                             * the holder between commas, read below) */
                }
            }
            /* ("the Secretary-General of NATO, Mark Rutte,": a title naming its body) */
            bool of_title = false;
            for (uint32_t q7 = tstart; det && !cl && q7 < tend; q7++) {
                of_title = of_title || px_tis(d, q7, "of");
            }
            /* (or its remit after "for": "The Minister for Trade and Tourism, Senator the Hon
             * Don Farrell,") */
            of_title = of_title || (det && !cl && q > tend + 1 && px_tis(d, tend, "for"));
            /* (or a second title after "and": "the Belgian Deputy Prime Minister and
             * Minister of Foreign Affairs, Maxime Prevot,") */
            bool and_prev = start > tb + 1 && px_tis(d, start - 1, "and") && (d->toks[start].flags & TF_CAP);
            /* (or a counterpart after a possessive pronoun: "met his counterpart, Sergei
             * Lavrov,") */
            bool his_cp = pdet && !cl && tend > tstart && px_tis(d, tend - 1, "counterpart");
            if (!group && q < lim && d->toks[q].p == ',' && (cl || of_title || and_prev || his_cp) &&
                (cm.poss || det || pdet || and_prev)) {
                comma_name = true;
                q++;
                uint32_t hl;
                /* (not the first word of a listed person: ", Amir Khan Muttaqi,") */
                bool listed = lex(d, q, lim, K_PERSON, NULL) != NULL;
                const px_entry *h = listed ? NULL : lex(d, q, lim, K_TITLE, &hl);
                /* (also a body's or state's title: "his Ukrainian counterpart, Verkhovna Rada
                 * Chairman Ruslan Stefanchuk,") */
                cmod cm3 = {0};
                uint32_t ml3 = h ? 0 : country_mod(d, q, lim, &cm3);
                uint32_t hl3 = 0;
                uint32_t sl = style_len(d, q, lim);
                uint32_t pl3 = 0;
                if (ml3 && !cm3.poss && q + ml3 < lim && (d->toks[q + ml3].flags & TF_CAP) &&
                    lex(d, q + ml3, lim, K_TITLE, &hl3)) {
                    q += ml3 + hl3;
                } else if (ml3 && cm3.poss && q + ml3 < lim && (d->toks[q + ml3].flags & TF_CAP) &&
                           lex(d, q + ml3, lim, K_PERSON, &pl3)) {
                    q += ml3; /* (a state's possessive: "his counterpart, South Korea's Cho
                               * Hyun,") */
                } else if (sl && q + sl < lim && (d->toks[q + sl].flags & TF_CAP)) {
                    q += sl; /* (a style of address: ", the Hon Don Farrell,") */
                } else if (h && (d->toks[q].flags & TF_CAP)) {
                    q += hl;
                } else if (!ml3 && !listed && (d->toks[q].flags & TF_CAP)) {
                    /* (or a longer office: "his Armenian counterpart, Deputy Parliament
                     * Speaker Ruben Rubinyan,") */
                    const px_entry *te4 = NULL;
                    uint32_t ts4 = 0;
                    bool g4 = false;
                    uint32_t tl4 = title_at(d, q, lim, &te4, &ts4, &g4);
                    if (tl4 && !g4 && q + tl4 < lim && (d->toks[q + tl4].flags & TF_CAP)) {
                        q += tl4;
                    }
                }
            }
            /* an honorific between the title and the name: "Deputy Speaker HE Adies Kadir",
             * "Speaker of the Shura Council H.E. Hassan Al-Ghanim" */
            if (!group && !comma_name && q == tend && q + 1 < lim &&
                (d->toks[q].flags & (TF_UPPER | TF_ABBR)) &&
                (px_tis(d, q, "he") || px_tis(d, q, "h.e") || px_tis(d, q, "h.e.")) &&
                (d->toks[q + 1].flags & TF_CAP)) {
                q++;
            }
            /* a chamber between the title and the name (Pakistani style): "Speaker National
             * Assembly Sardar Ayaz Sadiq", "Chairman Senate Yousuf Raza Gilani" */
            if (!group && !comma_name && q == tend && q + 2 < lim && (d->toks[q].flags & TF_CAP)) {
                uint32_t ch = px_tis(d, q, "senate") ? 1
                              : px_tis(d, q, "national") && px_tis(d, q + 1, "assembly") &&
                                        (d->toks[q + 1].flags & TF_CAP)
                                  ? 2
                                  : 0;
                if (ch && q + ch < lim && name_at(d, q + ch, lim, tb) > 0 &&
                    !lex(d, q + ch, lim, K_TITLE, NULL)) {
                    q += ch;
                }
            }
            /* a form of address between the title and the name: "President of the Republic of
             * Indonesia HE Prabowo Subianto", "Prime Minister H.E. Anwar Ibrahim" */
            if (!group && !comma_name && q + 1 < lim) {
                uint32_t al = excellency_he(d, q) ? 1
                              : (q + 2 < lim && (px_tis(d, q, "his") || px_tis(d, q, "her")) &&
                                 px_tis(d, q + 1, "excellency"))
                                  ? 2
                                  : 0;
                if (al && q + al < lim && (d->toks[q + al].flags & TF_CAP) &&
                    (lex(d, q + al, lim, K_PERSON, NULL) || name_at(d, q + al, lim, tb) > 0)) {
                    q += al;
                }
            }
            /* a military rank between the title and the name: "Burkina Faso's military leader Captain
             * Ibrahim Traore", "Mali's junta leader Colonel Assimi Goita" (one person) */
            if (!group && !comma_name && q == tend && q + 1 < lim && (d->toks[q].flags & TF_CAP) &&
                !lex(d, q, lim, K_PERSON, NULL)) {
                uint32_t hl = 0;
                const px_entry *rk = lex(d, q, lim, K_TITLE, &hl);
                char rsec[4] = "";
                if (rk) {
                    str_from_pool(d, rsec, sizeof rsec, rk->s[2]);
                }
                /* (also a form of address: "Minister of Foreign Affairs Dr. Abbas
                 * Araghchi") */
                /* (and a royal style: "Saudi Defence Minister Prince Khalid bin Salman") */
                /* (also before a name the dictionary lacks: "the Crown Prince Sheikh Sabah
                 * Khaled Al-Hamad Al-Sabah") */
                bool royal = (px_tis(d, q, "prince") || px_tis(d, q, "princess") ||
                              px_tis(d, q, "sheikh") || px_tis(d, q, "sheikha")) &&
                             rk && q + hl < lim &&
                             (lex(d, q + hl, lim, K_PERSON, NULL) || name_at(d, q + hl, lim, tb));
                if (rk && (px_streq(rsec, "MIL") || !rsec[0] || royal) && q + hl < lim &&
                    (lex(d, q + hl, lim, K_PERSON, NULL) || name_at(d, q + hl, lim, tb))) {
                    q += hl;
                }
            }
            if (!group) {
                uint32_t pl;
                pe = lex(d, q, lim, K_PERSON, &pl);
                uint32_t tpl = 0;
                const px_entry *tpe = !pe && q == tend && (d->toks[tstart].flags & TF_CAP)
                                          ? lex(d, tstart, lim, K_PERSON, &tpl)
                                          : NULL;
                if (!pe && tpe && tstart + tpl > tend) {
                    /* a dictionary name that starts with its title: "King Charles", "Pope Leo" */
                    pe = tpe;
                    nstart = tend;
                    nl = tstart + tpl - tend;
                } else if (pe) {
                    nstart = q;
                    nl = pl;
                } else {
                    nl = name_at(d, q, lim, tb);
                    nstart = q;
                    pe = person_after_given(d, q, nl, lim);
                }
                if (nl && comma_name && !cm.poss) {
                    /* after "the": only a true appositive ("..., NAME," or "..., NAME.") */
                    uint32_t after = nstart + nl;
                    if (after < lim && d->toks[after].p != ',' && d->toks[after].p != '.') {
                        nl = 0;
                        nstart = tend;
                    }
                } else if (!nl && comma_name) {
                    nstart = tend;
                }
            }
            /* "President of the United Arab Emirates Mohamed bin Zayed" (wire style, no
             * article): the title, its country and the dictionary name after them are one
             * person */
            uint32_t ofq = tend;
            /* (over the body the office is of: "Chairperson of the Senate of the Oliy Majlis
             * of Uzbekistan Tanzila Narbayeva") */
            if (!group && !nl && !det && !cl && ofq + 4 < lim && px_tis(d, ofq, "of")) {
                uint32_t r = ofq + 1 + (px_tis(d, ofq + 1, "the") ? 1 : 0);
                uint32_t r0 = r;
                while (r < lim && r < r0 + 5 && (d->toks[r].flags & TF_CAP) &&
                       (d->toks[r].flags & TF_ALPHA) && !lex(d, r, lim, K_COUNTRY, NULL)) {
                    r++;
                }
                uint32_t l5 = 0;
                const px_entry *p5 = NULL;
                if (r > r0 && r + 1 < lim && r0 < lim && !lex(d, r0, lim, K_COUNTRY, NULL) &&
                    px_tis(d, r, "of")) {
                    ofq = r;
                } else if (r > r0 + 1 && r0 < lim && !lex(d, r0, lim, K_COUNTRY, NULL)) {
                    /* "Premier of the State Council Li Qiang": the body, then the
                     * dictionary's full name */
                    for (uint32_t b = r0 + 1; b + 1 < r && !p5; b++) {
                        p5 = lex(d, b, lim, K_PERSON, &l5);
                        if (p5 && (l5 < 2 || b + l5 != r)) {
                            p5 = NULL;
                        }
                        if (p5) {
                            pe = p5;
                            nstart = b;
                            nl = l5;
                        }
                    }
                }
            }
            /* (also after "the" before a capitalised office: "the visiting President of
             * Rwanda Paul Kagame", "The Amir of Qatar Sheikh Tamim bin Hamad Al Thani") */
            bool cap_det = det && (d->toks[tstart].flags & TF_CAP);
            if (!group && !nl && (!det || cap_det) && !cl && ofq + 2 < lim && px_tis(d, ofq, "of")) {
                uint32_t q3 = ofq + 1 + (px_tis(d, ofq + 1, "the") ? 1 : 0), l3 = 0, l4 = 0;
                bool ofc3 = lex(d, q3, lim, K_COUNTRY, &l3) != NULL;
                /* (over a royal style: "Crown Prince of the State of Kuwait Sheikh Sabah
                 * Al-Khalid Al-Hamad Al-Sabah") */
                uint32_t n3 = q3 + l3;
                if (ofc3 && n3 + 1 < lim && (d->toks[n3 + 1].flags & TF_CAP) &&
                    (px_tis(d, n3, "sheikh") || px_tis(d, n3, "sheikha") ||
                     px_tis(d, n3, "prince") || px_tis(d, n3, "princess"))) {
                    n3++;
                }
                /* (over an envoy's posting: "Ambassador of Azerbaijan to Pakistan Khazar
                 * Farhadov") */
                uint32_t l5 = 0;
                if (ofc3 && n3 + 2 < lim && (px_tis(d, n3, "to") || px_tis(d, n3, "in")) &&
                    lex(d, n3 + 1, lim, K_COUNTRY, &l5) && n3 + 1 + l5 < lim &&
                    (d->toks[n3 + 1 + l5].flags & TF_CAP)) {
                    n3 += 1 + l5;
                }
                /* (over a courtesy title: "President of the Islamic Republic of Iran Dr.
                 * Masoud Pezeshkian") */
                if (ofc3 && n3 + 2 < lim &&
                    (px_tis(d, n3, "dr") || px_tis(d, n3, "mr") || px_tis(d, n3, "ms") ||
                     px_tis(d, n3, "mrs")) && (d->toks[n3].flags & TF_CAP)) {
                    uint32_t n4 = n3 + 1 + (d->toks[n3 + 1].p == '.' ? 1 : 0);
                    if (n4 < lim && (d->toks[n4].flags & TF_CAP)) {
                        n3 = n4;
                    }
                }
                /* (and a form of address: "President of the Republic of Indonesia HE
                 * Prabowo Subianto") */
                if (ofc3 && n3 + 2 < lim && (d->toks[n3 + 1].flags & TF_CAP) &&
                    excellency_he(d, n3)) {
                    n3++;
                }
                const px_entry *p4 = ofc3 && n3 < lim ? lex(d, n3, lim, K_PERSON, &l4) : NULL;
                if (p4) {
                    pe = p4;
                    nstart = n3;
                    nl = l4;
                } else if (ofc3 && n3 < lim && (d->toks[n3].flags & TF_CAP) &&
                           (l4 = name_at(d, n3, lim, tb)) > 0) {
                    /* (a name the dictionary lacks: "President of Tajikistan Emomali
                     * Rahmon", of that state) */
                    nstart = n3;
                    nl = l4;
                    ent_from_country(d, &of_state, lex(d, q3, lim, K_COUNTRY, NULL));
                }
            }
            /* "Secretary General of the Algerian Ministry of Foreign Affairs Lounes
             * Magramane", "Secretary-General of the Gulf Cooperation Council (GCC) Jasem
             * Mohamed Albudaiwi" (wire style, no commas): the office of a body, then its
             * holder's name, once the body has ended on its head word */
            /* (also "at" a body, after a state's modifier too: "Qatar's Minister of State at
             * the Ministry of Foreign Affairs Mohammed bin Abdulaziz Al-Khulaifi") */
            bool at_body = tend + 4 < lim && px_tis(d, tend, "at") && px_tis(d, tend + 1, "the");
            if (!group && !nl && !det && (!cl || at_body) && tend + 4 < lim &&
                (px_tis(d, tend, "of") || at_body)) {
                uint32_t r = tend + 1 + (px_tis(d, tend + 1, "the") ? 1 : 0), r0 = r;
                const px_entry *be = NULL;
                for (int n8 = 0; r < lim && n8 < 12 && !nl; n8++) {
                    uint32_t l8 = 0;
                    const px_entry *e8 = NULL;
                    bool head_end = false;
                    if ((e8 = lex(d, r, lim, K_ORG, &l8)) != NULL ||
                        (e8 = lex(d, r, lim, K_COUNTRY, &l8)) != NULL ||
                        (e8 = lex(d, r, lim, K_DEMONYM, &l8)) != NULL ||
                        (e8 = lex(d, r, lim, K_METONYM, &l8)) != NULL) {
                        if (!be) {
                            be = e8;
                        }
                        /* (a state after "of" ends a body too: "of the Senate of Pakistan";
                         * and a state's institution: "of the Federation Council") */
                        head_end = e8->kind == K_ORG || e8->kind == K_METONYM ||
                                   (e8->kind == K_COUNTRY && r > r0 && px_tis(d, r - 1, "of"));
                        r += l8;
                    } else if (d->toks[r].p == '(' && r > r0 && r + 2 < lim &&
                               d->toks[r + 2].p == ')') {
                        head_end = true; /* "(GCC)" */
                        r += 3;
                    } else if (d->toks[r].p == '(' && r > r0 && r + 4 < lim &&
                               (d->toks[r + 1].flags & TF_CAP) && !d->toks[r + 2].p &&
                               (d->toks[r + 3].p == ')' ||
                                (!d->toks[r + 3].p && d->toks[r + 4].p == ')'))) {
                        /* (a gloss: "the Mazhilis (Lower House) of Kazakhstan") */
                        r += d->toks[r + 3].p == ')' ? 4 : 5;
                        continue;
                    } else if ((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA) &&
                               !d->toks[r].p) {
                        /* (or a remit's last word before a known person: "High Representative
                         * of the European Union for Foreign Affairs and Security Policy Kaja
                         * Kallas") */
                        head_end = body_head(px_tkey(d, r)) ||
                                   (r > r0 && r + 1 < lim && !lex(d, r, lim, K_PERSON, NULL) &&
                                    lex(d, r + 1, lim, K_PERSON, NULL) != NULL);
                        r++;
                    } else if (r > r0 && (px_tis(d, r, "of") || px_tis(d, r, "and") ||
                                          px_tis(d, r, "for") || px_tis(d, r, "the") ||
                                          /* ("of China's National People's Congress") */
                                          px_tis(d, r, "'s"))) {
                        r++;
                        continue;
                    } else {
                        break;
                    }
                    /* (over a military rank: "Commander-in-Chief of the Libyan Arab Armed
                     * Forces Field Marshal Khalifa Haftar") */
                    uint32_t rl = 0;
                    const px_entry *rk = head_end && r < lim ? lex(d, r, lim, K_TITLE, &rl) : NULL;
                    char rsec[4] = "";
                    if (rk) {
                        str_from_pool(d, rsec, sizeof rsec, rk->s[2]);
                    }
                    if (rk && px_streq(rsec, "MIL") && (d->toks[r].flags & TF_CAP) &&
                        r + rl < lim && (d->toks[r + rl].flags & TF_CAP) &&
                        !lex(d, r, lim, K_PERSON, NULL) &&
                        (lex(d, r + rl, lim, K_PERSON, NULL) || name_at(d, r + rl, lim, tb) >= 2)) {
                        r += rl;
                    }
                    if (!head_end || r >= lim || !(d->toks[r].flags & TF_CAP) ||
                        lex(d, r, lim, K_TITLE, NULL)) {
                        continue;
                    }
                    uint32_t l9 = lex(d, r, lim, K_PERSON, NULL) ? 0 : name_at(d, r, lim, tb);
                    const px_entry *p9 = lex(d, r, lim, K_PERSON, &l9);
                    if (!p9 && l9 >= 2) {
                        p9 = person_after_given(d, r, l9, lim);
                    }
                    if ((p9 || l9 >= 2) && (r + l9 >= lim || !(d->toks[r + l9].flags & TF_CAP))) {
                        pe = p9;
                        nstart = r;
                        nl = l9;
                        if (be) {
                            ent_from_country(d, &of_state, be);
                        }
                    }
                }
            }
            /* "received the Secretary General of the Organization of Turkic States,
             * Kubanychbek Omuraliev, in Baku", "the Ambassador of the United Arab Emirates
             * to Nigeria, Salem Saeed Al Shamsi,": an office of a named body or state, then
             * its holder between commas */
            if (!group && !nl && det && !cl && tend + 3 < lim && px_tis(d, tend, "of")) {
                uint32_t r = tend + 1;
                const px_entry *be = NULL;
                while (r < lim && r < tend + 14 &&
                       (!d->toks[r].p ||
                        /* ("the President of the African Development Bank Group (AfDB),") */
                        (d->toks[r].p == '(' && r + 2 < lim && d->toks[r + 2].p == ')'))) {
                    if (d->toks[r].p == '(') {
                        r += 3;
                        continue;
                    }
                    uint32_t l6 = 0;
                    const px_entry *e6 = NULL;
                    /* (or a state's institution: "the speaker of the Riksdag, Andreas
                     * Norlen,") */
                    if (!be && ((e6 = lex(d, r, lim, K_COUNTRY, &l6)) != NULL ||
                                (e6 = lex(d, r, lim, K_ORG, &l6)) != NULL ||
                                (e6 = lex(d, r, lim, K_METONYM, &l6)) != NULL)) {
                        be = e6;
                        r += l6;
                        continue;
                    }
                    /* (also "the Chief Minister of the Indian state of Tamil Nadu, M.K.
                     * Stalin,") */
                    bool region = r > tend + 1 && (d->toks[r - 1].flags & TF_CAP) &&
                                  r + 1 < lim && px_tis(d, r + 1, "of") &&
                                  (px_tis(d, r, "state") || px_tis(d, r, "province") ||
                                   px_tis(d, r, "region"));
                    if (!((d->toks[r].flags & TF_CAP) && (d->toks[r].flags & TF_ALPHA)) &&
                        !region &&
                        !px_tis(d, r, "of") && !px_tis(d, r, "and") && !px_tis(d, r, "the") &&
                        !px_tis(d, r, "to") && !px_tis(d, r, "for") && !px_tis(d, r, "'s") &&
                        !(r > tend + 1 && d->toks[r].p == 0 && (d->toks[r].flags & TF_CAP))) {
                        break;
                    }
                    r++;
                }
                /* (the body ends at a comma: "..., Kubanychbek Omuraliev,") */
                uint32_t r1 = r;
                if (r1 < lim && d->toks[r1].p == ',' && r1 > tend + 1 &&
                    ((d->toks[tend + 1].flags & TF_CAP) || px_tis(d, tend + 1, "the")) && r1 + 1 < lim) {
                    uint32_t q6 = r1 + 1, l6 = 0;
                    /* (over a courtesy title: "the Prime Minister of Barbados, Ms Mia Amor
                     * Mottley,") */
                    if (q6 + 2 < lim && (d->toks[q6 + 1].flags & TF_CAP) &&
                        (px_tis(d, q6, "mr") || px_tis(d, q6, "ms") || px_tis(d, q6, "mrs") ||
                         px_tis(d, q6, "dr") || px_tis(d, q6, "madam"))) {
                        q6++;
                        if (q6 + 2 < lim && d->toks[q6].p == '.') {
                            q6++;
                        }
                    }
                    /* (or a military rank: "the commander of U.S. Central Command, Admiral
                     * Brad Cooper,") */
                    uint32_t rl6 = 0;
                    const px_entry *rk6 = lex(d, q6, lim, K_TITLE, &rl6);
                    char rsec6[4] = "";
                    if (rk6) {
                        str_from_pool(d, rsec6, sizeof rsec6, rk6->s[2]);
                    }
                    if (rk6 && px_streq(rsec6, "MIL") && q6 + rl6 + 1 < lim &&
                        (d->toks[q6 + rl6].flags & TF_CAP) && !lex(d, q6, lim, K_PERSON, NULL)) {
                        q6 += rl6;
                    }
                    const px_entry *p6 = lex(d, q6, lim, K_PERSON, &l6);
                    if (!p6) {
                        l6 = name_at(d, q6, lim, tb);
                        p6 = l6 ? person_after_given(d, q6, l6, lim) : NULL;
                    }
                    uint32_t after = q6 + l6;
                    if (l6 >= (p6 ? 1u : 2u) &&
                        (after >= lim || d->toks[after].p == ',' || d->toks[after].p == '.')) {
                        pe = p6;
                        nstart = q6;
                        nl = l6;
                        if (be) {
                            ent_from_country(d, &of_state, be);
                        }
                    }
                }
            }
            /* "presented his credentials to the President, His Highness Sheikh Mohamed bin
             * Zayed Al Nahyan,": a bare office, then its holder between commas */
            if (!group && !nl && det && !cl && tend + 2 < lim && d->toks[tend].p == ',') {
                uint32_t q7 = tend + 1;
                if (q7 + 2 < lim && (px_tis(d, q7, "his") || px_tis(d, q7, "her")) &&
                    (px_tis(d, q7 + 1, "highness") || px_tis(d, q7 + 1, "excellency") ||
                     px_tis(d, q7 + 1, "majesty"))) {
                    q7 += 2;
                } else if (q7 + 3 < lim && (px_tis(d, q7, "his") || px_tis(d, q7, "her")) &&
                           px_tis(d, q7 + 1, "royal") && px_tis(d, q7 + 2, "highness")) {
                    q7 += 3;
                }
                uint32_t l7 = 0;
                const px_entry *p7 = lex(d, q7, lim, K_PERSON, &l7);
                if (p7 && q7 + l7 < lim) {
                    l7 += name_tail(d, q7 + l7, lim); /* ("... bin Zayed Al Nahyan") */
                }
                uint32_t a7 = q7 + l7;
                if (p7 && (a7 >= lim || d->toks[a7].p == ',' || d->toks[a7].p == '.')) {
                    pe = p7;
                    nstart = q7;
                    nl = l7;
                }
                /* (also a head of state or government the dictionary lacks: "received by the
                 * Prime Minister, Xanana Gusmão,") */
                char t7[64];
                title_text(d, t7, sizeof t7, tstart, tend);
                /* (and any office in capitals: "met the National Security Adviser, Nuhu
                 * Ribadu,") */
                uint32_t n7 = !p7 && q7 == tend + 1 &&
                                      (px_head_title(t7) || (d->toks[tstart].flags & TF_CAP))
                                  ? name_at(d, q7, lim, tb)
                                  : 0;
                if (n7 >= 2 && (q7 + n7 >= lim || d->toks[q7 + n7].p == ',' ||
                                d->toks[q7 + n7].p == '.')) {
                    nstart = q7;
                    nl = n7;
                }
            }
            bool is_def = det && !cl;
            if (is_def && !group && !nl && tend + 1 < lim && px_tis(d, tend, "of") &&
                (lex(d, tend + 1, lim, K_COUNTRY, NULL) ||
                 (px_tis(d, tend + 1, "the") && lex(d, tend + 2, lim, K_COUNTRY, NULL)))) {
                is_def = false; /* "the president of Armenia" names its own country */
                cl = 0;
                det = true;
            }
            uint32_t rep_end = 0;
            /* "The President of the Republic" in a story filed from home: the head of the
             * dateline's own republic (not "of the Republic of Korea") */
            if (is_def && !group && !nl && tend + 2 < lim && px_tis(d, tend, "of") &&
                px_tis(d, tend + 1, "the") && px_tis(d, tend + 2, "republic") &&
                (d->toks[tend + 2].flags & TF_CAP) &&
                !(tend + 3 < lim && px_tis(d, tend + 3, "of"))) {
                rep_end = tend + 3;
            }
            if (!group && !nl && is_def) {
                /* "the secretary": coreference by title */
                char tt[64];
                title_text(d, tt, sizeof tt, tstart, tend);
                const char *head = tt;
                const char *sp = strrchr(tt, ' ');
                if (sp) {
                    head = sp + 1;
                }
                int ce = -1;
                /* "ABUJA - ... The President later received ...": a capitalised head's
                 * title with a dateline is that state's holder when one is named */
                if ((d->toks[tstart].flags & TF_CAP) && d->dateline_place >= 0 &&
                    d->ments[d->dateline_place].ent >= 0 && px_head_title(tt)) {
                    ce = coref_title_in(d, tt, d->ents[d->ments[d->dateline_place].ent].country);
                }
                if (ce < 0) {
                    ce = coref_title(d, tt);
                }
                /* ("PARIS - Nigerian Foreign Minister Yusuf Tuggar, who was in Paris for talks
                 * with French counterpart Jean-Noel Barrot, said ... The minister is due to
                 * travel on to Berlin": of two holders of the office last named in one
                 * sentence, that sentence's subject) */
                bool subj_office = false;
                if (ce >= 0) {
                    int se = sentence_subject_ent(d, d->ents[ce].last_sent, first_ment);
                    if (se >= 0 && se != ce && d->ents[se].last_sent == d->ents[ce].last_sent &&
                        px_streq(d->ents[se].title, d->ents[ce].title)) {
                        ce = se;
                        subj_office = true;
                    }
                }
                /* (not a portfolio minister for a head of government: "was received by the
                 * Prime Minister, Xanana Gusmão," after "Foreign Minister Sugiono") */
                if (ce < 0 && !px_head_title(tt)) {
                    ce = coref_title(d, head);
                }
                /* ("NEW DELHI (PTI) - Minister Jaishankar will travel to Moscow for talks with
                 * Lavrov ... The minister is also expected to call on Putin": of two named
                 * in the same sentence, the dateline state's own) */
                /* (also in lower case: "the prime minister would undertake a visit to
                 * Riyadh" after Sharif and the crown prince and prime minister) */
                if (ce >= 0 && !subj_office && d->dateline_place >= 0 &&
                    d->ments[d->dateline_place].ent >= 0 &&
                    !px_streq(d->ents[ce].country,
                              d->ents[d->ments[d->dateline_place].ent].country)) {
                    const char *hc = d->ents[d->ments[d->dateline_place].ent].country;
                    int ch = coref_title_in(d, tt, hc);
                    if (ch < 0) {
                        ch = coref_title_in(d, head, hc);
                    }
                    if (ch >= 0 && ch != ce && d->ents[ch].last_sent == d->ents[ce].last_sent) {
                        ce = ch;
                    }
                }
                /* ("Nauseda received Moldovan President Maia Sandu ... The visiting president
                 * also met ...": the visiting one is not the host, the subject, when another
                 * holder of the office was named with him) */
                if (ce >= 0 && tstart > tb && px_tis(d, tstart - 1, "visiting")) {
                    int se = sentence_subject_ent(d, d->ents[ce].last_sent, first_ment);
                    for (int x = (int)d->nent - 1; se == ce && x >= 0; x--) {
                        if (x != ce && d->ents[x].kind == MK_PERSON &&
                            d->ents[x].last_sent == d->ents[ce].last_sent &&
                            px_streq(d->ents[x].title, d->ents[ce].title) &&
                            !px_streq(d->ents[x].country, d->ents[ce].country)) {
                            ce = x;
                        }
                    }
                }
                /* "the premier" for a prime minister named before, and the reverse */
                if (ce < 0 && px_streq(tt, "premier")) {
                    ce = coref_title(d, "prime minister");
                } else if (ce < 0 && px_streq(tt, "prime minister")) {
                    ce = coref_title(d, "premier");
                }
                /* "the monarch's first state visit" for a king named before */
                static const char *const crowns[] = {"king", "queen", "emperor", "sultan", "emir",
                                                     "grand duke", NULL};
                for (int cr = 0; ce < 0 && px_streq(tt, "monarch") && crowns[cr]; cr++) {
                    ce = coref_title(d, crowns[cr]);
                }
                /* "the head of state" for a state's president or monarch named before (the
                 * latest; not a body's president), "the head of government" for a prime
                 * minister */
                static const char *const hs[] = {"president", "king", "queen", "emir", "sultan",
                                                 NULL};
                static const char *const hg[] = {"prime minister", "premier", "chancellor", NULL};
                const char *const *hl = px_streq(tt, "head of state")        ? hs
                                        : px_streq(tt, "head of government") ? hg
                                                                             : NULL;
                int hbest = -1;
                for (int h = 0; ce < 0 && hl && hl[h]; h++) {
                    int x = coref_title(d, hl[h]);
                    if (x >= 0 && d->ents[x].country[0] &&
                        (hbest < 0 || d->ents[x].last_sent > d->ents[hbest].last_sent)) {
                        hbest = x;
                    }
                }
                if (ce < 0 && hbest >= 0) {
                    ce = hbest;
                }
                if (ce < 0 && (px_streq(tt, "pope") || px_streq(tt, "pontiff"))) {
                    /* "the Pope": the one office of that name */
                    px_ent pp;
                    memset(&pp, 0, sizeof pp);
                    pp.kind = MK_PERSON;
                    memcpy(pp.country, "VAT", 4);
                    memcpy(pp.title, "pope", 5);
                    ce = office_ent(d, &pp, start, tstart, pub_ymd(d), si);
                }
                /* ("The Secretary-General met on Thursday with ...": a capitalised "the
                 * Secretary-General" of no body, named for no one before, is the United
                 * Nations', as in the UN's readouts) */
                if (ce < 0 && (d->toks[tstart].flags & TF_CAP) &&
                    (px_streq(tt, "secretary-general") || px_streq(tt, "secretary general")) &&
                    !(tend < lim && px_tis(d, tend, "of"))) {
                    px_ent ug;
                    memset(&ug, 0, sizeof ug);
                    ug.kind = MK_PERSON;
                    snprintf(ug.name, sizeof ug.name, "United Nations secretary general");
                    snprintf(ug.title, sizeof ug.title, "secretary general");
                    memcpy(ug.sector, "IGO", 4);
                    snprintf(ug.code, sizeof ug.code, "IGOUNO");
                    ug.last_sent = si;
                    ce = px_ent_add(d, &ug);
                }
                /* ("LONDON (PA) - ... is due to meet the King at Windsor Castle": a
                 * capitalised head's title named for no one before is the dateline
                 * state's holder on the day) */
                if (ce < 0 && (d->toks[tstart].flags & TF_CAP) && d->dateline_place >= 0 &&
                    d->ments[d->dateline_place].ent >= 0 && px_head_title(tt) &&
                    d->ents[d->ments[d->dateline_place].ent].country[0]) {
                    px_ent hx;
                    memset(&hx, 0, sizeof hx);
                    hx.kind = MK_PERSON;
                    memcpy(hx.country, d->ents[d->ments[d->dateline_place].ent].country, 4);
                    snprintf(hx.title, sizeof hx.title, "%s", tt);
                    ce = office_ent(d, &hx, start, tstart, pub_ymd(d), si);
                }
                if (ce >= 0) {
                    d->ents[ce].last_sent = si;
                    /* ("the Tajik leader's state visit": a possessive) */
                    uint16_t pf = tend < lim && px_tis(d, tend, "'s") ? MF_POSS : 0;
                    if (px_ment_push(d, start, rep_end ? rep_end : tend, tstart, MK_PERSON,
                                     (uint16_t)(MF_COREF | pf | (locpp ? MF_LOCPP : 0)), ce) != 0) {
                        return -1;
                    }
                }
                i = ce >= 0 && rep_end ? rep_end : tend;
                continue;
            }
            /* "Sudan's army-backed government", "the military-led government": a group
             * noun before "-backed", "-led" is the modifier of the group after it */
            if (group && tend + 2 < lim && (d->toks[tend].flags & TF_HYPH) &&
                (px_tis(d, tend + 1, "backed") || px_tis(d, tend + 1, "led") ||
                 px_tis(d, tend + 1, "controlled") || px_tis(d, tend + 1, "aligned") ||
                 px_tis(d, tend + 1, "run"))) {
                const px_entry *te2 = NULL;
                uint32_t ts2 = 0;
                bool g2 = false;
                uint32_t tl2 = title_at(d, tend + 2, lim, &te2, &ts2, &g2);
                if (tl2 && g2 && ts2 == tend + 2) {
                    te = te2;
                    tstart = ts2;
                    tend = ts2 + tl2;
                }
            }
            if (group) {
                if (!cl && !(tend < lim)) {
                    i = tend;
                    continue;
                }
                /* group: needs a country (modifier, "from X", "of X's") */
                cmod post = {0};
                uint32_t gend = tend;
                /* (also "for": "Negotiators for the Philippine government") */
                if (!cl && gend + 1 < lim &&
                    (px_tis(d, gend, "from") || px_tis(d, gend, "of") ||
                     (px_tis(d, gend, "for") && gend + 2 < lim && px_tis(d, gend + 1, "the")))) {
                    uint32_t q2 = gend + 1;
                    for (int n = 0; n < 5 && q2 < lim; n++) {
                        uint32_t pl = country_mod(d, q2, lim, &post);
                        uint32_t l3;
                        if (!pl && lex(d, q2, lim, K_COUNTRY, &l3)) {
                            post.set = true;
                            ent_from_country(d, &post.ent, lex(d, q2, lim, K_COUNTRY, NULL));
                            pl = l3;
                        }
                        /* (a state's body after its possessive: "leaders of Sudan's
                         * Rapid Support Forces" are the RSF's) */
                        cmod org2 = {0};
                        uint32_t pl2 = pl && post.poss ? country_mod(d, q2 + pl, lim, &org2) : 0;
                        if (pl2 && org2.ent.kind == MK_ORG) {
                            post = org2;
                            q2 += pl;
                            pl = pl2;
                        }
                        /* (not where a company is based: "a delegation from Singapore-based
                         * Tanjong Pagar Logistics") */
                        if (pl && q2 + pl + 1 < lim && (d->toks[q2 + pl].flags & TF_HYPH) &&
                            (px_tis(d, q2 + pl + 1, "based") ||
                             px_tis(d, q2 + pl + 1, "headquartered") ||
                             px_tis(d, q2 + pl + 1, "registered") ||
                             px_tis(d, q2 + pl + 1, "listed"))) {
                            memset(&post, 0, sizeof post);
                            break;
                        }
                        if (pl) {
                            gend = q2 + pl;
                            /* ("leaders of the M23 rebel movement") */
                            if (post.ent.kind == MK_ORG && px_streq(post.ent.sector, "REB")) {
                                gend += reb_head(d, gend, lim);
                            }
                            /* "leaders of Romania's new government" */
                            const px_entry *te2;
                            uint32_t ts2;
                            bool g2;
                            uint32_t tl2 = title_at(d, gend, lim, &te2, &ts2, &g2);
                            if (tl2 && g2) {
                                gend += tl2;
                            }
                            break;
                        }
                        cmod rb = {0};
                        uint32_t rl = px_tis(d, q2, "the") && n == 0
                                          ? country_mod(d, q2 + 1, lim, &rb)
                                          : 0;
                        /* ("leaders of the M23 rebel movement": an armed group; "leaders of
                         * the Economic Community of West African States": a body of states) */
                        if (rl && rb.ent.kind == MK_ORG &&
                            (px_streq(rb.ent.sector, "REB") ||
                             ((px_streq(rb.ent.sector, "IGO") ||
                               strncmp(rb.ent.code, "IGO", 3) == 0) &&
                              !(d->toks[tstart].flags & TF_CAP)))) {
                            q2++;
                            continue;
                        }
                        /* ("the government of the Democratic Republic of the Congo": a
                         * state's name with its article) */
                        uint32_t cl5 = 0;
                        const px_entry *ce5 = n == 0 && px_tis(d, q2, "the")
                                                  ? lex(d, q2 + 1, lim, K_COUNTRY, &cl5)
                                                  : NULL;
                        /* (not before its body: "delegations from the Democratic Republic
                         * of the Congo government", read below) */
                        const px_entry *te5 = NULL;
                        uint32_t ts5 = 0;
                        bool g5 = false;
                        if (ce5 && q2 + 1 + cl5 < lim &&
                            title_at(d, q2 + 1 + cl5, lim, &te5, &ts5, &g5) && g5) {
                            ce5 = NULL;
                        }
                        if (ce5 && !(q2 + 1 + cl5 < lim && px_tis(d, q2 + 1 + cl5, "'s"))) {
                            post.set = true;
                            ent_from_country(d, &post.ent, ce5);
                            gend = q2 + 1 + cl5;
                            break;
                        }
                        /* ("delegations from the Congolese government": a state's body) */
                        const px_entry *te3;
                        uint32_t ts3;
                        bool g3 = false;
                        if (rl && title_at(d, q2 + 1 + rl, lim, &te3, &ts3, &g3) && g3 &&
                            ts3 == q2 + 1 + rl) {
                            q2++;
                            continue;
                        }
                        if ((!(d->toks[q2].flags & TF_ALPHA) && !(d->toks[q2].flags & TF_HYPH)) ||
                            (d->toks[q2].flags & TF_CAP) || free_word_stop(d, q2)) {
                            break;
                        }
                        q2++;
                    }
                }
                /* (a name of no known body before the group noun and a capitalised
                 * gathering is that gathering's name: "attending the Global Leaders
                 * Summit", "the World Governments Summit"; also over a possessive: "the
                 * Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting") */
                if ((!cl || cm.unknown) && !post.set && gathering_after(d, gend, lim)) {
                    i = gend;
                    continue;
                }
                const cmod *src = cl ? &cm : post.set ? &post : NULL;
                cmod anon = {0};
                /* "Trump's envoys", "Putin's aides": a person's possessive gives the group
                 * that person's state */
                cmod pers = {0};
                /* (not a government, which is the state, nor a title before the people it
                 * names: "Trump's envoys Steve Witkoff and Jared Kushner") */
                if (!src && tstart >= 2 && start + 1 >= tstart && px_tis(d, tstart - 1, "'s") &&
                    !(tend < lim && (d->toks[tend].flags & TF_CAP)) &&
                    !px_tis(d, tend - 1, "government") && !px_tis(d, tend - 1, "administration") &&
                    !px_tis(d, tend - 1, "cabinet") &&
                    d->nment > 0 && d->ments[d->nment - 1].te == tstart - 1 &&
                    d->ments[d->nment - 1].kind == MK_PERSON && d->ments[d->nment - 1].ent >= 0 &&
                    d->ents[d->ments[d->nment - 1].ent].country[0]) {
                    const px_ment *pm = &d->ments[d->nment - 1];
                    pers.set = true;
                    pers.ent.kind = MK_STATE;
                    memcpy(pers.ent.country, d->ents[pm->ent].country, sizeof pers.ent.country);
                    ent_set_text_name(d, &pers.ent, pm->ts, tend);
                    pers.ts = tstart;
                    src = &pers;
                }
                if (!src) {
                    /* "African diplomats", "rival militias": a group of unknown country,
                     * named by its capitalised modifier or, for armed/opposition groups,
                     * by the noun itself */
                    uint32_t capw = tstart;
                    for (uint32_t qq = (det ? start + 1 : start); qq < tstart; qq++) {
                        if (d->toks[qq].flags & TF_CAP) {
                            capw = qq;
                            break;
                        }
                    }
                    char sec0[4];
                    str_from_pool(d, sec0, sizeof sec0, te->s[2]);
                    bool armed = px_streq(sec0, "REB") || px_streq(sec0, "OPP");
                    if (capw == tstart && !armed) {
                        i = tend;
                        continue;
                    }
                    /* "the M23 rebel group resumed talks ... The rebels have also called for
                     * direct talks with Tshisekedi": "the rebels" are the armed group the
                     * article last named */
                    if (capw == tstart && armed && det && tstart == start + 1 &&
                        px_tis(d, start, "the") && px_streq(sec0, "REB")) {
                        int rg = -1;
                        for (size_t m = d->nment; m-- > 0 && rg < 0;) {
                            const px_ment *pm = &d->ments[m];
                            if (pm->ent >= 0 && (pm->kind == MK_ORG || pm->kind == MK_GROUP) &&
                                !(pm->flags & MF_ADJ) &&
                                px_streq(d->ents[pm->ent].sector, "REB")) {
                                rg = pm->ent;
                            }
                        }
                        if (rg >= 0) {
                            if (px_ment_push(d, start, tend, tstart, MK_ORG, MF_COREF, rg) != 0) {
                                return -1;
                            }
                            i = tend;
                            continue;
                        }
                    }
                    anon.set = true;
                    anon.ent.kind = MK_UNKNOWN;
                    if (capw < tstart && region_word(d, capw)) {
                        /* "European leaders", "Arab ministers": a region's group is named
                         * so, with no country */
                        ent_set_text_name(d, &anon.ent, capw, tend);
                    } else if (capw < tstart) {
                        ent_set_text_name(d, &anon.ent, capw, capw + 1);
                    } else {
                        ent_set_text_name(d, &anon.ent, tstart, tend);
                    }
                    anon.ts = capw;
                    src = &anon;
                }
                /* ("a Coalition government would seek talks with Beijing": a government of
                 * no state after "a" is one that may yet be, no party) */
                if (src == &anon && anon.ts > 0 && !coord_end &&
                    (px_tis(d, anon.ts - 1, "a") || px_tis(d, anon.ts - 1, "an")) &&
                    (px_tis(d, tend - 1, "government") || px_tis(d, tend - 1, "administration"))) {
                    i = gend;
                    continue;
                }
                for (int pass = 0; pass < (coord_end ? 2 : 1); pass++) {
                    const cmod *c = pass == 0 ? src : &cm2;
                    px_ent g = c->ent;
                    g.kind = (c->ent.kind == MK_UNKNOWN) ? MK_UNKNOWN : MK_GROUP;
                    title_text(d, g.title, sizeof g.title, tstart, tend);
                    char sec[4];
                    str_from_pool(d, sec, sizeof sec, te->s[2]);
                    /* "Houthi negotiators" stay rebels: an armed or opposition group keeps
                     * its own sector */
                    bool keep = c->ent.kind == MK_ORG && (px_streq(c->ent.sector, "REB") ||
                                                          px_streq(c->ent.sector, "OPP"));
                    if (sec[0] && !keep) {
                        memcpy(g.sector, sec, sizeof sec);
                    }
                    g.code[0] = 0;
                    if (c->ent.kind == MK_ORG && c->ent.code[0]) {
                        memcpy(g.code, c->ent.code, sizeof g.code);
                    }
                    set_code(&g);
                    g.analyst = analyst_title(d, tstart, tend);
                    g.last_sent = si;
                    int ei = px_ent_add(d, &g);
                    uint32_t ms = pass == 0 ? (cl ? i : (src == &anon ? anon.ts : start)) : cm2.ts;
                    uint32_t me = pass == 0 && coord_end ? cm.te : gend;
                    if (pass == 1) {
                        me = gend;
                    }
                    uint16_t fl = MF_PLURAL;
                    if (!det && !cl) {
                        fl |= MF_GENERIC;
                    }
                    if (ei >= 0 && px_ment_push(d, ms, me, tstart, MK_GROUP, fl, ei) != 0) {
                        return -1;
                    }
                }
                i = gend;
                continue;
            }
            /* a person: titled, named or unnamed */
            px_ent x;
            memset(&x, 0, sizeof x);
            x.last_sent = si;
            x.kind = MK_PERSON;
            title_text(d, x.title, sizeof x.title, tstart, tend);
            if (te->casef == CASE_UPPER) { /* "Iran FM": the title it stands for */
                str_from_pool(d, x.title, sizeof x.title, te->s[0]);
            }
            char sec[4];
            str_from_pool(d, sec, sizeof sec, te->s[2]);
            memcpy(x.sector, sec, sizeof sec);
            if (cl && cm.ent.country[0]) {
                memcpy(x.country, cm.ent.country, sizeof x.country);
            }
            /* "Mossad chief David Barnea", "Pentagon chief Pete Hegseth": a head's bare title
             * after an intelligence or military body takes the body's sector */
            if (cl && (px_streq(cm.ent.sector, "SPY") || px_streq(cm.ent.sector, "MIL")) &&
                (px_streq(x.title, "chief") || px_streq(x.title, "head") ||
                 px_streq(x.title, "director") || px_streq(x.title, "boss"))) {
                memcpy(x.sector, cm.ent.sector, sizeof x.sector);
            }
            if (!x.country[0] && of_state.country[0]) {
                memcpy(x.country, of_state.country, sizeof x.country);
            }
            /* "the Chief Minister of Tamil Nadu, M.K. Stalin", "the Chief Minister of the
             * Indian state of Tamil Nadu, M.K. Stalin": a region's or a city's office after
             * "of" is of the region's state */
            if (!x.country[0] && nl && tend + 2 < lim && px_tis(d, tend, "of") &&
                (px_head_title(x.title) || city_office(x.title) ||
                 px_streq(x.title, "chief minister") || px_streq(x.title, "governor"))) {
                uint32_t rq = tend + 1 + (px_tis(d, tend + 1, "the") ? 1 : 0), ql = 0;
                const px_entry *re = lex(d, rq, lim, K_DEMONYM, &ql);
                if (!(re && rq + ql + 1 < lim &&
                      (px_tis(d, rq + ql, "state") || px_tis(d, rq + ql, "province") ||
                       px_tis(d, rq + ql, "region")) &&
                      px_tis(d, rq + ql + 1, "of"))) {
                    re = lex(d, rq, lim, K_CAPITAL, &ql) ? NULL : lex(d, rq, lim, K_CITY, &ql);
                }
                if (re && rq < nstart) {
                    str_from_pool(d, x.country, sizeof x.country, re->s[1]);
                }
            }
            /* "London Mayor Sadiq Khan", "Tokyo Governor Yuriko Koike": a city's office is
             * of the city's state */
            uint32_t city_at = UINT32_MAX;
            if (!x.country[0] && tstart > tb && city_office(x.title)) {
                for (uint32_t b = tstart > tb + 3 ? tstart - 3 : tb; b < tstart; b++) {
                    uint32_t cl7 = 0;
                    const px_entry *ce = lex(d, b, lim, K_CAPITAL, &cl7);
                    if (!(ce && b + cl7 == tstart)) {
                        ce = lex(d, b, lim, K_CITY, &cl7);
                    }
                    if (ce && b + cl7 == tstart) {
                        str_from_pool(d, x.country, sizeof x.country, ce->s[1]);
                        city_at = b;
                        break;
                    }
                }
            }
            /* (and a region's head: "by Kurdistan Region President Nechirvan Barzani";
             * not a capital after "in": "received in Beijing President X") */
            if (!x.country[0] && nl && tstart > tb + 1 &&
                (px_head_title(x.title) || px_streq(x.title, "chief minister"))) {
                for (uint32_t b = tstart > tb + 3 ? tstart - 3 : tb; b < tstart; b++) {
                    uint32_t cl7 = 0;
                    const px_entry *ce = lex(d, b, lim, K_CITY, &cl7);
                    if (ce && b + cl7 == tstart && !lex(d, b, lim, K_CAPITAL, NULL) &&
                        !(b > tb && (px_tis(d, b - 1, "in") || px_tis(d, b - 1, "at") ||
                                     px_tis(d, b - 1, "to") || px_tis(d, b - 1, "from")))) {
                        str_from_pool(d, x.country, sizeof x.country, ce->s[1]);
                        city_at = b;
                        break;
                    }
                }
            }
            /* "KUWAIT, Jan 18 (KUNA) -- His Highness the Crown Prince Sheikh Sabah Khaled
             * Al-Hamad Al-Sabah left ...": a capitalised head's title of no state before a
             * name the dictionary lacks, under a dateline, is the dateline state's */
            if (!x.country[0] && nl && !pe && det && (d->toks[tstart].flags & TF_CAP) &&
                px_head_title(x.title) && d->dateline_place >= 0 && of_state.kind == MK_NONE &&
                !cl && !(tend < lim && px_tis(d, tend, "of")) &&
                d->ments[d->dateline_place].ent >= 0 && (d->toks[tb].flags & TF_DATELINE)) {
                memcpy(x.country, d->ents[d->ments[d->dateline_place].ent].country,
                       sizeof x.country);
            }
            /* "CANBERRA (Reuters) - ... Trade Minister Don Farrell will lead a business
             * delegation to Shanghai": a capitalised minister's title of no state opening a
             * sentence of a datelined story, before a full name the dictionary lacks, is the
             * dateline state's (wire style names a foreign minister's state) */
            /* (also "The Minister for Trade and Tourism, Senator the Hon Don Farrell," in a
             * government's release) */
            if (!x.country[0] && nl >= 2 && !pe && (!det || comma_name) &&
                (d->toks[tstart].flags & TF_CAP) &&
                strstr(x.title, "minister") != NULL && d->dateline_place >= 0 &&
                of_state.kind == MK_NONE && !cl && !(tend < lim && px_tis(d, tend, "of")) &&
                d->ments[d->dateline_place].ent >= 0 &&
                d->ents[d->ments[d->dateline_place].ent].country[0]) {
                uint32_t s0 = tb;
                while (s0 < lim && (d->toks[s0].flags & TF_DATELINE)) {
                    s0++;
                }
                /* (also after a linking adverb: "Instead, Development Minister X will
                 * travel to Abuja in his place") */
                if (s0 + 2 <= tstart && d->toks[s0 + 1].p == ',' &&
                    (px_tis(d, s0, "instead") || px_tis(d, s0, "meanwhile") ||
                     px_tis(d, s0, "separately") || px_tis(d, s0, "later") ||
                     px_tis(d, s0, "earlier") || px_tis(d, s0, "however") ||
                     px_tis(d, s0, "elsewhere") || px_tis(d, s0, "also"))) {
                    s0 += 2;
                } else if (s0 < tstart) {
                    /* (or a fronted time: "The same day, Foreign Minister X had phone
                     * talks", "On Wednesday, Trade Minister X will ...") */
                    s0 = fronted_time_end(d, s0, tstart);
                }
                /* (and the first of two titles: "Deputy Prime Minister and Foreign Minister
                 * Bui Thanh Son") */
                uint32_t t0 = tstart;
                if (t0 > s0 + 2 && px_tis(d, t0 - 1, "and") && (d->toks[s0].flags & TF_CAP)) {
                    uint32_t tq = s0;
                    while (tq < t0 - 1 && (d->toks[tq].flags & TF_CAP) && !d->toks[tq].p) {
                        tq++;
                    }
                    t0 = tq == t0 - 1 && px_tis(d, tq - 1, "minister") ? s0 : t0;
                }
                if (t0 == s0 || (det && t0 == s0 + 1 && px_tis(d, s0, "the"))) {
                    memcpy(x.country, d->ents[d->ments[d->dateline_place].ent].country,
                           sizeof x.country);
                }
            }
            /* "will also visit Hong Kong, where he will meet Chief Executive John Lee": a
             * capitalised chief executive of no state beside Hong Kong or Macau, named in
             * this sentence or the one before, heads its government (not a firm) */
            if (!x.country[0] && !pe && (d->toks[tstart].flags & TF_CAP) &&
                px_streq(x.title, "chief executive") && of_state.kind == MK_NONE && !cl) {
                uint32_t floor = d->sents[si > 0 ? si - 1 : 0].tb;
                for (size_t m = d->nment; m-- > 0 && d->ments[m].ts >= floor;) {
                    int32_t he = d->ments[m].ent;
                    if (he >= 0 && (d->ments[m].kind == MK_STATE || d->ments[m].kind == MK_PLACE) &&
                        (px_streq(d->ents[he].country, "HKG") ||
                         px_streq(d->ents[he].country, "MAC"))) {
                        memcpy(x.country, d->ents[he].country, sizeof x.country);
                        memcpy(x.sector, "GOV", 4);
                        break;
                    }
                }
            }
            /* "the mayor of Kyiv, Vitali Klitschko": the city after "of" */
            if (!x.country[0] && nl && tend + 1 < lim && px_tis(d, tend, "of") &&
                city_office(x.title)) {
                uint32_t cl8 = 0;
                const px_entry *ce = city_named(d, tend + 1, lim, &cl8);
                if (ce) {
                    str_from_pool(d, x.country, sizeof x.country, ce->s[1]);
                }
            }
            if (!cl && of_state.kind == MK_ORG && of_state.code[0]) {
                memcpy(x.code, of_state.code, sizeof x.code); /* "the Secretary General of NATO" */
                if (!x.country[0]) {
                    memcpy(x.sector, "IGO", 4);
                }
            }
            if (cl && cm.ent.kind == MK_ORG && cm.ent.code[0]) {
                memcpy(x.code, cm.ent.code, sizeof x.code);
                if (!x.country[0]) {
                    memcpy(x.sector, "IGO", 4);
                }
            }
            /* "Mr. Haddad", "President Putin": a title before a surname already seen */
            if (nl >= 1 && nl <= 3 && !pe) {
                /* (or its first words: "President Hassan Sheikh" after "Hassan Sheikh
                 * Mohamud") */
                int ce = nl == 1 ? coref_name(d, nstart) : coref_prefix(d, nstart, nl);
                /* (not a monarch for a minister: "the King, Sultan Ibrahim," after "Prime
                 * Minister Anwar Ibrahim") */
                if (ce >= 0 && x.title[0] && d->ents[ce].title[0] &&
                    royal_title(x.title) != royal_title(d->ents[ce].title)) {
                    ce = -1;
                }
                if (ce >= 0 && (!x.country[0] || !d->ents[ce].country[0] ||
                                strcmp(x.country, d->ents[ce].country) == 0)) {
                    d->ents[ce].last_sent = si;
                    uint32_t ms = cl ? i : (det ? start : tstart);
                    uint16_t fl = (uint16_t)(MF_COREF | (locpp ? MF_LOCPP : 0));
                    uint32_t ne = nstart + 1 + coref_name_more(d, &d->ents[ce], nstart, nl == 1 ? lim : nstart + nl);
                    if (ne < lim && px_tis(d, ne, "'s")) {
                        fl |= MF_POSS;
                    }
                    if (px_ment_push(d, ms, ne, nstart, MK_PERSON, fl, ce) != 0) {
                        return -1;
                    }
                    i = ne;
                    continue;
                }
            }
            uint32_t mend = tend;
            if (nl) {
                const px_entry *oe = NULL;
                if (pe) {
                    apply_person_entry(d, &x, pe);
                    nl += name_tail(d, nstart + nl, lim);
                } else if (nl == 1 && x.country[0] &&
                           (oe = px_office_by_word(d->ctx, x.country, px_tkey(d, nstart),
                                                   pub_ymd(d), x.title)) != NULL) {
                    /* "South Korean President Lee": that state's one office holder of the
                     * name on the article's day, as after "South Korea's" */
                    apply_person_entry(d, &x, oe);
                } else {
                    ent_set_text_name(d, &x, nstart, nstart + nl);
                }
                mend = nstart + nl;
            } else {
                /* "the Chinese foreign minister" after "Wang Yi": the named official of
                 * that country and title already in the article */
                if (det && cl && x.country[0] && !cm.poss) {
                    int ce = -1;
                    size_t xtl = strlen(x.title);
                    for (size_t e = d->nent; e-- > 0 && ce < 0;) {
                        const px_ent *y = &d->ents[e];
                        size_t ytl = strlen(y->title);
                        /* ("the German minister" after "German Foreign Minister Johann
                         * Wadephul": a one-word title is the head of the longer one) */
                        bool head = xtl && !strchr(x.title, ' ') && ytl > xtl + 1 &&
                                    y->title[ytl - xtl - 1] == ' ' &&
                                    strcmp(y->title + ytl - xtl, x.title) == 0;
                        if (y->kind == MK_PERSON && !title_named(y) && !y->analyst &&
                            px_streq(y->country, x.country) &&
                            (px_streq(y->title, x.title) || head ||
                             (px_streq(x.title, "leader") &&
                              (px_leader_title(y->title) || party_leader_title(y->title))) ||
                             /* ("the Mauritanian head of state" after "President X of
                              * Mauritania") */
                             (px_streq(x.title, "head of state") && px_tis(d, start, "the") &&
                              px_head_title(y->title) &&
                              !px_streq(y->title, "prime minister") &&
                              !px_streq(y->title, "premier") &&
                              !px_streq(y->title, "chancellor")) ||
                             (px_streq(x.title, "head of government") && px_tis(d, start, "the") &&
                              (px_streq(y->title, "prime minister") ||
                               px_streq(y->title, "premier") ||
                               px_streq(y->title, "chancellor"))))) {
                            ce = (int)e;
                        }
                    }
                    if (ce >= 0) {
                        d->ents[ce].last_sent = si;
                        /* ("the Tajik leader's state visit": a possessive) */
                        uint16_t pf = tend < lim && px_tis(d, tend, "'s") ? MF_POSS : 0;
                        if (px_ment_push(d, start, tend, tstart, MK_PERSON,
                                      (uint16_t)(MF_COREF | pf | (locpp ? MF_LOCPP : 0)), ce) != 0) {
                            return -1;
                        }
                        i = tend;
                        continue;
                    }
                }
                /* unnamed official: "Iraq's national security advisor" */
                if (!cl && !det) {
                    /* a bare title ("president") with nothing else is not an actor */
                    i = tend;
                    continue;
                }
                char nm[96];
                px_copy(nm, sizeof nm, x.title, strlen(x.title));
                if (cl && cm.ent.name[0]) {
                    size_t a = strlen(cm.ent.name);
                    char tmp[96];
                    px_copy(tmp, sizeof tmp, cm.ent.name, a);
                    size_t o = a;
                    if (o + 1 < sizeof tmp) {
                        tmp[o++] = ' ';
                    }
                    px_copy(tmp + o, sizeof tmp - o, x.title, strlen(x.title));
                    px_copy(nm, sizeof nm, tmp, strlen(tmp));
                }
                px_copy(x.name, sizeof x.name, nm, strlen(nm));
            }
            /* "TITLE of COUNTRY" / "NAME of COUNTRY": the president of Armenia */
            if (mend + 1 < lim && px_tis(d, mend, "of")) {
                cmod post = {0};
                uint32_t l3;
                const px_entry *c = lex(d, mend + 1, lim, K_COUNTRY, &l3);
                if (!c) {
                    uint32_t q3 = mend + 1;
                    if (px_tis(d, q3, "the")) {
                        q3++;
                    }
                    c = lex(d, q3, lim, K_COUNTRY, &l3);
                    if (c) {
                        l3 += q3 - (mend + 1);
                    }
                }
                if (!c) {
                    c = lex(d, mend + 1, lim, K_ORG, &l3);
                }
                if (!c) { /* "Lauri Hussar of the Riigikogu": a state's institution */
                    uint32_t q3 = mend + 1 + (px_tis(d, mend + 1, "the") ? 1 : 0);
                    c = lex(d, q3, lim, K_METONYM, &l3);
                    if (c && c->s[1]) {
                        l3 += q3 - (mend + 1);
                    } else {
                        c = NULL;
                    }
                }
                if (c) {
                    ent_from_country(d, &post.ent, c);
                    if (!x.country[0] && post.ent.country[0]) {
                        memcpy(x.country, post.ent.country, sizeof x.country);
                    }
                    if (post.ent.kind == MK_ORG && post.ent.code[0] && !x.code[0] && !x.country[0]) {
                        memcpy(x.code, post.ent.code, sizeof x.code);
                    }
                    mend += 1 + l3;
                }
            }
            bool an = analyst_title(d, tstart, tend);
            uint32_t scan_end = mend;
            if (nl) {
                uint32_t al = appositive(d, mend, lim, &x, &an);
                if (al) {
                    scan_end = mend + al;
                    mend = scan_end;
                    if (mend > 0 && d->toks[mend - 1].p == ',') {
                        mend--;
                    }
                }
            }
            x.analyst = an;
            if (!x.name[0]) {
                i = mend;
                continue;
            }
            name_parts(&x);
            set_code(&x);
            int ei = px_ent_add(d, &x);
            if (ei >= 0) {
                /* (with the capitalised words before the title: "European Defence
                 * Commissioner Andrius Kubilius") */
                uint32_t ms = cl ? i : (det ? start : tstart);
                /* (also a federation's "Union Minister Suresh Gopi", "Federal Minister X") */
                if (!cl && !det && ms > i && ms <= i + 2 &&
                    (region_word(d, i) || px_tis(d, i, "union") || px_tis(d, i, "federal"))) {
                    ms = i;
                }
                /* (and a joint portfolio: "received by Commerce and Industry Minister
                 * Piyush Goyal") */
                if (!cl && !det && ms > i && joint_portfolio(d, i, ms)) {
                    ms = i;
                }
                /* (and a body's name: "met Sovereignty Council Chairman Abdel Fattah
                 * al-Burhan") */
                if (!cl && !det && ms > i + 1 && ms <= i + 4 && body_head(px_tkey(d, ms - 1))) {
                    uint32_t b = i;
                    while (b < ms && (d->toks[b].flags & TF_CAP) && (d->toks[b].flags & TF_ALPHA) &&
                           !d->toks[b].p && tok_in_ment(d, 0, b) < 0) {
                        b++;
                    }
                    if (b == ms) {
                        ms = i;
                    }
                }
                if (cl && cm.unknown) {
                    ms = cm.ts;
                }
                /* ("New York Mayor Zohran Mamdani": the city read as a place just before
                 * is the office's, one mention with the person) */
                if (city_at < ms && d->nment > 0 && d->ments[d->nment - 1].kind == MK_PLACE &&
                    d->ments[d->nment - 1].ts == city_at && d->ments[d->nment - 1].te == tstart) {
                    d->nment--;
                    ms = city_at;
                }
                if (px_ment_push(d, ms, mend, nl ? nstart : tstart, MK_PERSON,
                              (uint16_t)((nl ? 0 : MF_GENERIC * 0) | (locpp ? MF_LOCPP : 0)),
                              ei) != 0) {
                    return -1;
                }
                if (mend < lim && px_tis(d, mend, "'s")) {
                    d->ments[d->nment - 1].flags |= MF_POSS;
                }
            }
            i = scan_end > mend ? scan_end : mend;
            continue;
        }
        /* a capitalised word that is a known person's surname or an ambiguous city name
         * ("Austin", "Reading") is read as a name unless a place preposition precedes */
        bool name_first = surname_first;
        if (!locpp && !visit_obj && (d->toks[i].flags & TF_CAP) && !cl) {
            uint32_t l1 = 0;
            const px_entry *ce = lex(d, i, lim, K_CITY, &l1);
            const px_entry *co = lex(d, i, lim, K_COUNTRY, NULL);
            if (ce && !co && l1 == 1 && coref_name(d, i) >= 0) {
                name_first = true;
            }
            if (ce && !co && !lex(d, i, lim, K_CAPITAL, NULL) && i + l1 < lim &&
                (d->toks[i + l1].flags & TF_CAP) && (d->toks[i + l1].flags & TF_ALPHA) &&
                !lex(d, i + l1, lim, K_TITLE, NULL)) {
                name_first = true; /* "Vladimir Putin", "Austin Powers" */
            }
            uint32_t pl1 = 0;
            if (lex(d, i, lim, K_PERSON, &pl1) && pl1 >= l1) {
                name_first = true;
            }
            const char *cat = ce && !co ? ambig_cat(d, i, l1) : NULL;
            /* a capital that is also a surname ("Washington urged Beijing") is the state's
             * metonym unless a person of that name is in the article */
            bool capital1 = l1 == 1 && lex(d, i, lim, K_CAPITAL, NULL) && coref_name(d, i) < 0;
            if (cat && !capital1 &&
                (px_streq(cat, "given-name") || px_streq(cat, "surname") ||
                 px_streq(cat, "word") || px_streq(cat, "org"))) {
                name_first = true;
            }
            /* a longer venue or institution starting with a city name ("Shangri-La
             * Dialogue") is that venue, not a person */
            uint32_t vl1 = 0;
            if (name_first && ce && (lex(d, i, lim, K_VENUE, &vl1) || lex(d, i, lim, K_METONYM, &vl1)) &&
                vl1 > l1 && !(pl1 >= vl1)) {
                name_first = false;
            }
        }
        /* (after a place preposition too, a listed person longer than the place: "spoke
         * to Vladimir Putin", not the city of Vladimir) */
        if (!name_first && locpp && !cl && (d->toks[i].flags & TF_CAP)) {
            uint32_t l1 = 0, pl1 = 0;
            if ((lex(d, i, lim, K_CITY, &l1) || lex(d, i, lim, K_CAPITAL, &l1) ||
                 lex(d, i, lim, K_COUNTRY, &l1)) &&
                lex(d, i, lim, K_PERSON, &pl1) && pl1 > l1) {
                name_first = true;
            }
        }
        /* "the Elysee", "the Kremlin": metonyms listed with their article */
        if (det && !cl && i > start) {
            uint32_t ml = 0;
            if (lex(d, start, lim, K_METONYM, &ml) && ml > i - start) {
                i = start;
            }
        }
        /* 2. a bare state / org / capital / metonym / city */
        if (!name_first && (cl || lex(d, i, lim, K_COUNTRY, NULL) || lex(d, i, lim, K_CAPITAL, NULL) ||
            lex(d, i, lim, K_CITY, NULL) || lex(d, i, lim, K_METONYM, NULL) ||
            lex(d, i, lim, K_VENUE, NULL))) {
            uint32_t best = 0;
            const px_entry *be = NULL;
            static const int kinds[] = {K_COUNTRY, K_METONYM, K_ORG, K_CAPITAL, K_CITY,
                                        K_DEMONYM, K_VENUE};
            for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
                uint32_t l2;
                const px_entry *e = lex(d, i, lim, kinds[k], &l2);
                if (e && l2 > best && !(kinds[k] == K_VENUE && !e->s[0])) {
                    best = l2;
                    be = e;
                } else if (e && l2 == best && kinds[k] == K_VENUE && e->s[1] && be &&
                           be->kind == K_ORG) {
                    /* ("attended the Munich Security Conference": a gathering with a home
                     * state is the event, not the foundation of that name) */
                    char sec[8];
                    str_from_pool(d, sec, sizeof sec, be->s[2]);
                    if (strcmp(sec, "NGO") == 0) {
                        be = e;
                    }
                }
            }
            if (!be) {
                i = start + 1;
                continue;
            }
            uint32_t end = i + best;
            const px_gaz *g = d->ctx->gaz;
            (void)g;
            /* "Latin America", "South America", "Central America": a region, no state */
            if (be->kind == K_COUNTRY && best == 1 && px_tis(d, i, "america") && i > tb &&
                (d->toks[i - 1].flags & TF_CAP) &&
                (px_tis(d, i - 1, "latin") || px_tis(d, i - 1, "south") ||
                 px_tis(d, i - 1, "north") || px_tis(d, i - 1, "central"))) {
                i = end;
                continue;
            }
            /* "his Security Council", "Russia's Security Council": a state's own council,
             * not the UN's */
            if (be->kind == K_ORG && best == 2 && px_tis(d, i, "security") &&
                px_tis(d, i + 1, "council") && i > tb &&
                (px_tis(d, i - 1, "his") || px_tis(d, i - 1, "her") || px_tis(d, i - 1, "its") ||
                 px_tis(d, i - 1, "their") || px_tis(d, i - 1, "our") || px_tis(d, i - 1, "'s") ||
                 px_tis(d, i - 1, "national"))) {
                i = end;
                continue;
            }
            /* "MOSCOW (TASS) - Putin held an operational meeting with permanent members of the
             * Security Council": a bare Security Council in a Moscow dateline, or beside a
             * Russian named before it in the sentence, is Russia's own */
            if (be->kind == K_ORG && best == 2 && px_tis(d, i, "security") &&
                px_tis(d, i + 1, "council") && i > tb && px_tis(d, i - 1, "the")) {
                bool rus = d->dateline_place >= 0 && d->ments[d->dateline_place].ent >= 0 &&
                           px_streq(d->ents[d->ments[d->dateline_place].ent].country, "RUS");
                /* (the president who chairs it; not in New York: "Lavrov met members of the
                 * Security Council in New York") */
                for (size_t m = first_ment; !rus && m < d->nment; m++) {
                    const px_ment *pm = &d->ments[m];
                    rus = pm->ts >= tb && pm->kind == MK_PERSON && pm->ent >= 0 &&
                          px_streq(d->ents[pm->ent].country, "RUS") &&
                          px_streq(d->ents[pm->ent].title, "president");
                }
                for (uint32_t q = end; rus && q + 1 < lim; q++) {
                    rus = !(px_tis(d, q, "new") && px_tis(d, q + 1, "york"));
                }
                if (rus) {
                    i = end;
                    continue;
                }
            }
            bool poss = end < lim && px_tis(d, end, "'s");
            /* a place reading: after a location preposition, or a non-capital city */
            bool attrib = end < lim && (d->toks[end].flags & TF_ALPHA) &&
                          !(d->toks[end].flags & TF_CAP) && be->kind == K_COUNTRY &&
                          (px_match_kind(d, end, K_TRIGGER, NULL) != NULL) &&
                          !px_cue(d, end, CUE_CLAUSE, NULL) && !px_cue(d, end, CUE_LOCPREP, NULL) &&
                          !px_tis(d, end, "for") && !px_tis(d, end, "on") && !px_tis(d, end, "and");
            /* "at the White House", "in the Kremlin": the building is where it happens */
            bool inst_place = be->kind == K_METONYM && locpp && !poss && start > tb &&
                              (px_tis(d, start - 1, "at") || px_tis(d, start - 1, "in") ||
                               px_tis(d, start - 1, "inside") || px_tis(d, start - 1, "outside"));
            bool place = be->kind == K_CITY || be->kind == K_VENUE || inst_place ||
                         ((be->kind == K_CAPITAL || be->kind == K_COUNTRY) && locpp && !poss &&
                          !attrib) ||
                         /* "will visit Moscow": the city visited (a country stays a party) */
                         (be->kind == K_CAPITAL && (visit_obj || (coord_place && place_tail(d, end, lim))) &&
                          !poss);
            if ((be->kind == K_DEMONYM || be->kind == K_COUNTRY) && end < lim &&
                px_tis(d, end, "capital") && !poss) {
                /* "arrived in the Turkish capital", "the U.S. capital": that state's capital
                 * city, a place */
                char iso[4];
                str_from_pool(d, iso, sizeof iso, be->s[1]);
                const px_entry *cap = iso[0] ? px_country_capital(d->ctx, iso) : NULL;
                if (cap) {
                    px_ent pl;
                    ent_from_country(d, &pl, be);
                    pl.kind = MK_PLACE;
                    pl.sector[0] = 0;
                    memcpy(pl.code, "CAPITAL", 8);
                    str_from_pool(d, pl.name, sizeof pl.name, cap->s[0]);
                    pl.lat = cap->lat;
                    pl.lon = cap->lon;
                    pl.has_ll = cap->flags & 1;
                    pl.last_sent = si;
                    int ei = px_ent_add(d, &pl);
                    if (ei >= 0 && px_ment_push(d, det ? start : i, end + 1, i, MK_PLACE,
                                             (uint16_t)(locpp ? MF_LOCPP : 0), ei) != 0) {
                        return -1;
                    }
                    i = end + 1;
                    continue;
                }
            }
            if (be->kind == K_DEMONYM) {
                /* "the Chinese" (a state) vs "Chinese purchases" (attribute) */
                bool nounish = end < lim && (d->toks[end].flags & TF_ALPHA) &&
                               !px_cue(d, end, CUE_AUX, NULL) &&
                               (!px_match_kind(d, end, K_TRIGGER, NULL) || noun_trigger(d, end)) &&
                               !px_cue(d, end, CUE_REPORT, NULL) && !px_cue(d, end, CUE_NEG, NULL) &&
                               !px_cue(d, end, CUE_FUTURE, NULL) && !px_tis(d, end, "and") &&
                               !px_tis(d, end, "who") && !px_tis(d, end, "to") &&
                               /* "Israelis reached" */
                               !(plural_word(d, end - 1) && past_verb(d, end));
                px_ent st;
                ent_from_country(d, &st, be);
                st.kind = MK_STATE;
                st.last_sent = si;
                set_code(&st);
                int ei = px_ent_add(d, &st);
                if (ei >= 0 && px_ment_push(d, start, end, i, MK_STATE,
                                         (uint16_t)(nounish ? MF_ADJ : (det ? 0 : MF_PLURAL)),
                                         ei) != 0) {
                    return -1;
                }
                i = end;
                continue;
            }
            px_ent st;
            ent_from_country(d, &st, be);
            st.last_sent = si;
            if (place) {
                st.kind = MK_PLACE;
                if (be->kind == K_VENUE) {
                    st.kind = MK_PLACE;
                    st.sector[0] = 0;
                    memcpy(st.code, "VENUE", 6);
                }
            } else if (be->kind == K_CITY) {
                st.kind = MK_PLACE;
            }
            if (st.kind != MK_PLACE) {
                set_code(&st);
            }
            if (inst_place) {
                memcpy(st.code, "INSTITUTION", 12);
                st.sector[0] = 0;
            }
            if (st.kind == MK_PLACE && be->kind == K_CAPITAL) {
                memcpy(st.code, "CAPITAL", 8);
                /* the place is the city; its name is the surface form */
                ent_set_text_name(d, &st, i, end);
            } else if (st.kind == MK_PLACE && be->kind == K_CITY) {
                str_from_pool(d, st.name, sizeof st.name, be->s[0]);
                if (!st.name[0]) {
                    ent_set_text_name(d, &st, i, end);
                }
            } else if (st.kind == MK_PLACE && be->kind == K_COUNTRY) {
                memcpy(st.code, "COUNTRY", 8);
                uint32_t cl2 = 0;
                const px_entry *ce = lex(d, i, lim, K_CITY, &cl2);
                if (ce && cl2 == best && (ce->flags & 1)) { /* city-states: Singapore */
                    st.lat = ce->lat;
                    st.lon = ce->lon;
                    st.has_ll = true;
                }
            }
            int ei = px_ent_add(d, &st);
            /* (a state's possessive before its person is no place: "spoke by phone to
             * Thailand's Anutin Charnvirakul") */
            bool of_person = poss && st.kind != MK_PLACE && end + 1 < lim &&
                             lex(d, end + 1, lim, K_PERSON, NULL) != NULL;
            uint16_t fl = (uint16_t)((poss ? MF_POSS : 0) | (locpp && !of_person ? MF_LOCPP : 0));
            /* "the Comuneros del Sur armed group", "the M23 rebel group": an armed group's
             * own head noun after its name */
            if (!poss && st.kind == MK_ORG && px_streq(st.sector, "REB")) {
                end += reb_head(d, end, lim); /* ("the ELN guerrilla said", "M23 rebels") */
            }
            /* attributive use: "US capital", "China expert", "US-China" */
            if (!poss && end < lim && (d->toks[end].flags & TF_ALPHA) && !(d->toks[end].flags & TF_CAP) &&
                st.kind != MK_PLACE && !px_cue(d, end, CUE_AUX, NULL) &&
                !px_match_kind(d, end, K_TIME, NULL) && /* "visit Chad next week" */
                (!px_match_kind(d, end, K_TRIGGER, NULL) || noun_trigger(d, end)) &&
                !px_cue(d, end, CUE_REPORT, NULL) &&
                !px_cue(d, end, CUE_NEG, NULL) && !ends_state_name(d, end) &&
                /* "with the United States while it faces ...": a clause, a condition, a
                 * modal or another phrase follows (clause cues: while, since, when, amid,
                 * during, despite, because, before ...) */
                !px_cue(d, end, CUE_CLAUSE, NULL) && !px_cue(d, end, CUE_COND, NULL) &&
                !px_cue(d, end, CUE_LOCPREP, NULL) && !px_cue(d, end, CUE_HYPO, NULL) &&
                !px_cue(d, end, CUE_RECOMMEND, NULL) && !past_verb(d, end) &&
                !state_adverb(d, end) && /* ("visited Israel twice") */
                /* (nor a participle with "as": "with Qatar acting as mediator") */
                !(end + 1 < lim && px_tis(d, end + 1, "as") && d->toks[end].klen > 4 &&
                  px_tkey(d, end)[d->toks[end].klen - 1] == 'g' &&
                  px_tkey(d, end)[d->toks[end].klen - 2] == 'n' &&
                  px_tkey(d, end)[d->toks[end].klen - 3] == 'i')) {
                fl |= MF_ADJ;
            }
            if (end < lim && (d->toks[end].flags & TF_HYPH)) {
                fl |= MF_ADJ; /* US-China */
            }
            if (ei >= 0 && px_ment_push(d, (det && !place) || nbr ? start : i, end, i, st.kind, fl, ei) != 0) {
                return -1;
            }
            i = end;
            continue;
        }
        /* "at the start of the latter's two-day state visit", "the former said": "the
         * latter" is the last person named in this sentence so far, "the former" the first
         * (of at least two) */
        if (i > tb && px_tis(d, i - 1, "the") && i + 1 < lim &&
            (px_tis(d, i, "latter") || px_tis(d, i, "former")) &&
            (px_tis(d, i + 1, "'s") || d->toks[i + 1].p || px_tis(d, i + 1, "said") ||
             px_tis(d, i + 1, "was") || px_tis(d, i + 1, "is") || px_tis(d, i + 1, "has") ||
             px_tis(d, i + 1, "had") || px_tis(d, i + 1, "will") || px_tis(d, i + 1, "would"))) {
            int first = -1, last = -1, nper = 0;
            for (size_t m = first_ment; m < d->nment; m++) {
                const px_ment *pm = &d->ments[m];
                if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) ||
                    (last >= 0 && d->ments[last].ent == pm->ent)) {
                    continue;
                }
                first = first < 0 ? pm->ent : first;
                last = (int)m;
                nper++;
            }
            if (nper >= 2) {
                int ent = px_tis(d, i, "latter") ? d->ments[last].ent : first;
                uint16_t pf = px_tis(d, i + 1, "'s") ? MF_POSS : 0;
                if (px_ment_push(d, i - 1, i + 1, i, MK_PERSON, (uint16_t)(MF_COREF | pf), ent) !=
                    0) {
                    return -1;
                }
                i += 1;
                continue;
            }
        }
        /* 3. person from the dictionary, or a capitalised name */
        {
            uint32_t pl = 0;
            const px_entry *pe = lex(d, i, lim, K_PERSON, &pl);
            uint32_t nl = pe ? pl : name_at(d, i, lim, tb);
            if (!pe && nl) {
                pe = person_after_given(d, i, nl, lim);
            }
            /* "Cooper raised concerns, while He was due to co-chair the dialogue": a
             * capitalised "He" inside a sentence is the surname of one named before ("He
             * Lifeng") */
            if (!nl && !det && i > tb && px_tis(d, i, "he") && (d->toks[i].flags & TF_CAP) &&
                !(d->toks[i].flags & (TF_UPPER | TF_QOPEN | TF_NL | TF_PARA)) &&
                !(d->toks[i - 1].flags & (TF_DATELINE | TF_QOPEN | TF_QCLOSE)) &&
                (!d->toks[i - 1].p || d->toks[i - 1].p == ',')) {
                int he = coref_name(d, i);
                nl = he >= 0 && (px_key_eq(d->ents[he].surname, "he") ||
                                 px_key_eq(d->ents[he].first, "he"))
                         ? 1
                         : 0;
            }
            /* "Prime Minister Albanese to travel to Papua New Guinea" over a media release:
             * "I will travel to Port Moresby next week", "While in Port Moresby, I will meet
             * with Prime Minister James Marape": outside quotation marks, "I" before a
             * lower-case word is the one person the headline names */
            if (!nl && !det && si > 0 && d->toks[i].klen == 1 && d->nsent > 0 &&
                px_tis(d, i, "i") && (d->toks[i].flags & TF_CAP) &&
                !(d->toks[i].flags & (TF_INQ | TF_QOPEN)) && i + 1 < lim &&
                (d->toks[i + 1].flags & TF_ALPHA) && !(d->toks[i + 1].flags & TF_CAP) &&
                (i == tb || d->toks[i - 1].p == ',' || (d->toks[i - 1].flags & TF_DATELINE) ||
                 !(d->toks[i - 1].flags & TF_CAP))) {
                int hp = -1;
                bool two = false;
                for (size_t m = 0; m < d->nment && d->ments[m].ts < d->sents[0].te; m++) {
                    const px_ment *hm = &d->ments[m];
                    if (hm->kind != MK_PERSON || hm->ent < 0 || (hm->flags & MF_PRON)) {
                        continue;
                    }
                    two = two || (hp >= 0 && hp != hm->ent);
                    hp = hp < 0 ? hm->ent : hp;
                }
                if (hp >= 0 && !two) {
                    if (px_ment_push(d, i, i + 1, i, MK_PERSON, (uint16_t)(MF_PRON | MF_COREF),
                                     hp) != 0) {
                        return -1;
                    }
                    i = start + 1;
                    continue;
                }
            }
            if (!nl) {
                /* pronouns */
                const char *k = px_tkey(d, i);
                /* ("HE President Erdogan", "H.E. Kassym-Jomart Tokayev": His Excellency) */
                if (!det && !(d->toks[i].flags & (TF_UPPER | TF_ABBR)) &&
                    (px_streq(k, "he") || px_streq(k, "she") ||
                             px_streq(k, "him") || px_streq(k, "his") ||
                             px_streq(k, "her"))) {
                    /* subject of this sentence so far, else of the previous sentences;
                     * "After meeting Ramaphosa on Monday, Lula flew to Luanda, where he
                     * ...": past a fronted clause, the main clause's */
                    uint32_t skip_to = tb;
                    /* (also after a measure of time: "A day after meeting Xi, ...", "Hours
                     * before ...") */
                    uint32_t f0 = tb;
                    while (f0 < tb + 3 && f0 + 1 < i && !d->toks[f0].p &&
                           !(px_tis(d, f0, "after") || px_tis(d, f0, "before") ||
                             px_tis(d, f0, "following"))) {
                        f0++;
                    }
                    if (!(px_tis(d, f0, "after") || px_tis(d, f0, "before") || px_tis(d, f0, "following"))) {
                        f0 = tb;
                    }
                    if (px_tis(d, f0, "after") || px_tis(d, f0, "before") ||
                        px_tis(d, f0, "having") || px_tis(d, f0, "following") ||
                        px_tis(d, f0, "while") || px_tis(d, f0, "during")) {
                        for (uint32_t q = f0 + 1; q < i && q < f0 + 16; q++) {
                            if (d->toks[q].p == ',') {
                                skip_to = q;
                                break;
                            }
                        }
                    }
                    /* (a participle's object is never the main clause's "he": "After
                     * meeting Xi, he flew to Moscow") */
                    const char *k1 = f0 + 1 < lim ? px_tkey(d, f0 + 1) : "";
                    size_t n1 = f0 + 1 < lim ? d->toks[f0 + 1].klen : 0;
                    bool participle = px_tis(d, f0, "having") ||
                                      (n1 > 4 && memcmp(k1 + n1 - 3, "ing", 3) == 0);
                    int ce = -1;
                    for (int pass = skip_to > tb ? 0 : 1; pass < (skip_to > tb && participle ? 1 : 2) &&
                                                         ce < 0;
                         pass++) {
                        for (size_t m = first_ment; m < d->nment; m++) {
                            /* (not one named inside a quotation the pronoun is outside of:
                             * "\"I am ready to meet Putin,\" Zelensky told reporters ...,
                             * after he was received by Store") */
                            bool quoted = (d->toks[d->ments[m].ts].flags & TF_INQ) &&
                                          !(d->toks[i].flags & TF_INQ);
                            if (d->ments[m].kind == MK_PERSON && d->ments[m].ent >= 0 &&
                                !d->ents[d->ments[m].ent].analyst && !quoted &&
                                (pass == 1 || d->ments[m].ts > skip_to)) {
                                ce = d->ments[m].ent;
                                break;
                            }
                        }
                    }
                    /* ("Sanchez will travel to Beijing next month, his fourth visit to
                     * China": a name the dictionary lacks opening the sentence before its
                     * verb is the pronoun's, not a person of the sentence before) */
                    if (ce < 0) {
                        uint32_t s0 = tb;
                        while (s0 < i && (d->toks[s0].flags & TF_DATELINE)) {
                            s0++;
                        }
                        for (size_t m = first_ment; m < d->nment; m++) {
                            const px_ment *um = &d->ments[m];
                            if (um->ts != s0 || um->kind != MK_UNKNOWN || um->ent < 0 ||
                                um->te >= i || (um->flags & (MF_ADJ | MF_POSS))) {
                                continue;
                            }
                            const px_tok *vt = &d->toks[um->te];
                            if ((vt->flags & TF_ALPHA) && !(vt->flags & TF_CAP) && !vt->p &&
                                !px_tis(d, um->te, "and") && !px_tis(d, um->te, "of")) {
                                ce = um->ent;
                            }
                            break;
                        }
                    }
                    if (ce < 0) {
                        /* first person mention of the closest earlier sentence with one */
                        for (size_t m = first_ment; m-- > 0;) {
                            const px_ment *pm = &d->ments[m];
                            if (pm->kind != MK_PERSON || pm->ent < 0) {
                                continue;
                            }
                            int psent = d->ents[pm->ent].last_sent;
                            (void)psent;
                            /* walk back to the first person mention of that sentence */
                            size_t f = m;
                            uint32_t sb = 0;
                            for (int q = si - 1; q >= 0; q--) {
                                if (d->sents[q].tb <= pm->ts) {
                                    sb = d->sents[q].tb;
                                    break;
                                }
                            }
                            for (size_t m2 = m; m2-- > 0;) {
                                if (d->ments[m2].ts < sb) {
                                    break;
                                }
                                if (d->ments[m2].kind == MK_PERSON && d->ments[m2].ent >= 0 &&
                                    !d->ents[d->ments[m2].ent].analyst) {
                                    f = m2;
                                }
                            }
                            ce = d->ments[f].ent;
                            if (d->ents[ce].analyst) {
                                ce = -1;
                            }
                            break;
                        }
                    }
                    /* ("..., after Polish Foreign Minister Radoslaw Sikorski said he saw no
                     * point in meeting him": a subject pronoun right after a person's "said"
                     * is that person) */
                    if ((px_streq(k, "he") || px_streq(k, "she")) && i > tb + 1) {
                        uint32_t q = px_tis(d, i - 1, "that") ? i - 1 : i;
                        if (q > tb + 2 && (px_tis(d, q - 1, "reporters") ||
                                           px_tis(d, q - 1, "journalists"))) {
                            q -= 1;
                            if (px_tis(d, q - 1, "told")) {
                                q -= 1;
                            }
                        } else if (q > tb + 1 && (px_tis(d, q - 1, "said") ||
                                                  px_tis(d, q - 1, "says") ||
                                                  px_tis(d, q - 1, "added"))) {
                            q -= 1;
                        } else {
                            q = 0;
                        }
                        int sm = q > tb ? tok_in_ment(d, first_ment, q - 1) : -1;
                        if (sm >= 0 && d->ments[sm].te == q && d->ments[sm].kind == MK_PERSON &&
                            !(d->ments[sm].flags & MF_PRON) && d->ments[sm].ent >= 0 &&
                            !d->ents[d->ments[sm].ent].analyst) {
                            ce = d->ments[sm].ent;
                        }
                    }
                    /* ("Baqaei told a news conference that Foreign Minister Abbas Araghchi
                     * had spoken with his Omani counterpart": a possessive in a that-clause
                     * is that clause's subject's) */
                    if (px_streq(k, "his") || px_streq(k, "her")) {
                        uint32_t th = 0;
                        for (uint32_t q = i; q > tb && i - q < 14 && !th; q--) {
                            th = px_tis(d, q - 1, "that") ? q : 0;
                        }
                        for (size_t m = first_ment; th && m < d->nment; m++) {
                            const px_ment *tm = &d->ments[m];
                            if (tm->ts == th && tm->kind == MK_PERSON && tm->ent >= 0 &&
                                !(tm->flags & MF_PRON) && !d->ents[tm->ent].analyst) {
                                ce = tm->ent;
                                break;
                            }
                        }
                    }
                    /* "Modi received him": an object pronoun is not its own clause's
                     * subject; the closest other person is */
                    /* ("welcomed by Li Qiang, who held talks with him": in a who-clause the
                     * subject is the one before ", who") */
                    /* (past a dateline's place: "BUENOS AIRES - Milei will attend ... and
                     * hold a bilateral meeting with him") */
                    size_t fm0 = first_ment;
                    while (fm0 + 1 < d->nment && (d->toks[d->ments[fm0].ts].flags & TF_DATELINE)) {
                        fm0++;
                    }
                    int clause_subj = fm0 < d->nment && d->ments[fm0].kind == MK_PERSON
                                          ? d->ments[fm0].ent
                                          : -1;
                    /* ("Fidan's Russian counterpart Sergei Lavrov hosted him": the one a
                     * possessive opens is the subject) */
                    if (fm0 + 1 < d->nment && (d->ments[fm0].flags & MF_POSS) &&
                        d->ments[fm0 + 1].kind == MK_PERSON && d->ments[fm0 + 1].ts < i &&
                        d->ments[fm0 + 1].ts <= d->ments[fm0].te + 2 &&
                        !(d->ments[fm0 + 1].flags & (MF_PRON | MF_POSS))) {
                        clause_subj = d->ments[fm0 + 1].ent;
                    }
                    /* ("a regional tour that will also take him to Beirut": in a clause
                     * whose subject is a thing, "him" is the sentence's subject) */
                    /* (also after a place's name: "a tour of the North Pacific that will
                     * also take him to Micronesia") */
                    for (uint32_t q = i; q > tb + 1 && i - q < 8; q--) {
                        int tm2 = tok_in_ment(d, first_ment, q - 2);
                        /* (also after a time: "wrapped up a tour on Saturday that took
                         * him to Japan") */
                        if ((px_tis(d, q - 1, "that") || px_tis(d, q - 1, "which")) &&
                            ((tm2 < 0 && (d->toks[q - 2].flags & TF_ALPHA) &&
                              (!(d->toks[q - 2].flags & TF_CAP) || day_or_month(d, q - 2))) ||
                             (tm2 < 0 && (d->toks[q - 2].flags & TF_NUM)) ||
                             (tm2 >= 0 && (d->ments[tm2].kind == MK_PLACE ||
                                           d->ments[tm2].kind == MK_UNKNOWN)))) {
                            clause_subj = -1;
                            break;
                        }
                    }
                    /* (", where King Abdullah II will receive him": the where-clause's
                     * subject) */
                    /* (and of "before", "after", "when", "while", "until", "once": "will
                     * meet Trump on Tuesday before Carney hosts him in Ottawa") */
                    for (uint32_t q = i; q > tb + 1 && i - q < 12; q--) {
                        /* (and of a clause after ", but": "visited Beirut, but Prime
                         * Minister Nawaf Salam refused to meet him") */
                        /* (and after ", and": "Xi said the two countries should be
                         * partners, and Luxon invited him to visit New Zealand") */
                        if ((px_tis(d, q - 1, "where") && d->toks[q - 2].p == ',') ||
                            (px_tis(d, q - 1, "but") && d->toks[q - 2].p == ',') ||
                            (px_tis(d, q - 1, "and") && d->toks[q - 2].p == ',') ||
                            px_tis(d, q - 1, "before") || px_tis(d, q - 1, "after") ||
                            px_tis(d, q - 1, "when") || px_tis(d, q - 1, "while") ||
                            px_tis(d, q - 1, "until") || px_tis(d, q - 1, "once")) {
                            bool person = false;
                            for (size_t m = d->nment; m-- > first_ment;) {
                                if (d->ments[m].ts == q && d->ments[m].kind == MK_PERSON &&
                                    !(d->ments[m].flags & MF_PRON)) {
                                    clause_subj = d->ments[m].ent;
                                }
                                person = person || (d->ments[m].ts == q &&
                                                    d->ments[m].kind == MK_PERSON);
                            }
                            /* (a thing the clause's subject: "will travel to Funafuti next
                             * week, after flight disruptions forced her to cancel a visit"
                             * is the one the sentence is about; not a gerund, which has the
                             * main clause's: "after meeting him") */
                            uint32_t ql = d->toks[q].klen;
                            bool gerund = ql > 4 && memcmp(px_tkey(d, q) + ql - 3, "ing", 3) == 0;
                            /* (the pronoun a verb's object: not "after talks with him") */
                            bool prep = px_tis(d, i - 1, "with") || px_tis(d, i - 1, "to") ||
                                        px_tis(d, i - 1, "for") || px_tis(d, i - 1, "on") ||
                                        px_tis(d, i - 1, "about") || px_tis(d, i - 1, "of") ||
                                        px_tis(d, i - 1, "by") || px_tis(d, i - 1, "from") ||
                                        px_tis(d, i - 1, "at") || px_tis(d, i - 1, "in") ||
                                        (d->toks[i - 1].flags & TF_CAP) || d->toks[i - 1].p;
                            for (size_t m = d->nment; !person && m-- > first_ment;) {
                                person = d->ments[m].ts >= q && d->ments[m].ts < i &&
                                         d->ments[m].kind == MK_PERSON;
                            }
                            if (!person && !prep && q + 2 < i && (d->toks[q].flags & TF_ALPHA) &&
                                !(d->toks[q].flags & TF_CAP) && !gerund &&
                                !px_tis(d, q, "his") && !px_tis(d, q, "her") &&
                                !px_tis(d, q, "their")) {
                                clause_subj = -1;
                            }
                            break;
                        }
                    }
                    int who_subj = -1;
                    bool comma_between = false;
                    for (uint32_t q = i; q > tb + 1 && i - q < 12; q--) {
                        if (px_tis(d, q - 1, "who") && d->toks[q - 2].p == ',') {
                            for (size_t m = d->nment; m-- > first_ment;) {
                                if (d->ments[m].te == q - 2 && d->ments[m].kind == MK_PERSON) {
                                    clause_subj = d->ments[m].ent;
                                    /* (in the who-clause itself, not an appositive after
                                     * it: "..., who is paying a visit to Vietnam, his first
                                     * trip abroad") */
                                    who_subj = comma_between ? -1 : clause_subj;
                                }
                            }
                            break;
                        }
                        comma_between = comma_between || d->toks[q - 1].p == ',';
                    }
                    /* ("..., Malaysian Prime Minister Anwar Ibrahim said on Thursday after a
                     * phone call with him": the speaker of the attribution the pronoun
                     * follows is its clause's subject) */
                    for (size_t m = d->nment; ce >= 0 && m-- > first_ment;) {
                        const px_ment *sm = &d->ments[m];
                        if (sm->te <= i && sm->kind == MK_PERSON && !(sm->flags & MF_PRON)) {
                            if (sm->te < i &&
                                (px_tis(d, sm->te, "said") || px_tis(d, sm->te, "says") ||
                                 px_tis(d, sm->te, "told"))) {
                                clause_subj = sm->ent;
                            }
                            break;
                        }
                    }
                    /* ("Trump said Xi had invited him to visit China": the subject of a
                     * reported clause, the last person before the pronoun in its clause) */
                    for (size_t m = d->nment; ce >= 0 && m-- > first_ment;) {
                        const px_ment *sm = &d->ments[m];
                        if (sm->te > i || sm->kind != MK_PERSON) {
                            continue;
                        }
                        uint32_t r = sm->ts > tb && px_tis(d, sm->ts - 1, "that") ? sm->ts - 1
                                                                                  : sm->ts;
                        bool reported = !(sm->flags & MF_PRON) && r > tb &&
                                        (px_tis(d, r - 1, "said") || px_tis(d, r - 1, "says"));
                        for (uint32_t q = sm->te; reported && q < i; q++) {
                            reported = !d->toks[q].p;
                        }
                        if (reported) {
                            clause_subj = sm->ent;
                        }
                        break;
                    }
                    /* ("called her on Wednesday": "her" before no noun is an object) */
                    bool obj_her = px_streq(k, "her") &&
                                   (i + 1 >= lim || d->toks[i + 1].p || px_tis(d, i + 1, "on") ||
                                    px_tis(d, i + 1, "to") || px_tis(d, i + 1, "and") ||
                                    px_tis(d, i + 1, "in") || px_tis(d, i + 1, "at") ||
                                    px_tis(d, i + 1, "about") || px_tis(d, i + 1, "for") ||
                                    px_tis(d, i + 1, "last") || px_tis(d, i + 1, "yesterday") ||
                                    px_tis(d, i + 1, "today"));
                    /* ("hosted a banquet in his honour": the one honoured is not the
                     * host) */
                    bool honour = (px_streq(k, "his") || px_streq(k, "her")) && i + 1 < lim &&
                                  (px_tis(d, i + 1, "honour") || px_tis(d, i + 1, "honor"));
                    if (honour && who_subj >= 0) {
                        clause_subj = who_subj;
                        who_subj = -1;
                    }
                    /* (and the one honoured is the nearest other person, not a reporter
                     * before: "Ushakov said Putin would also meet Murmu, who will host a state
                     * banquet in his honor": Putin) */
                    if (ce >= 0 && honour && clause_subj >= 0 && clause_subj != ce) {
                        for (size_t m = d->nment; m-- > 0 && d->ments[m].ts >= tb;) {
                            const px_ment *pm = &d->ments[m];
                            if (pm->kind == MK_PERSON && pm->ent >= 0 && pm->ent != clause_subj &&
                                !d->ents[pm->ent].analyst) {
                                ce = pm->ent;
                                break;
                            }
                        }
                    }
                    if (ce >= 0 &&
                        (px_streq(k, "him") || honour ||
                         (obj_her && i > tb && !px_tis(d, i - 1, "with"))) &&
                        clause_subj == ce) {
                        int self = ce;
                        for (size_t m = d->nment; m-- > 0;) {
                            const px_ment *pm = &d->ments[m];
                            if (pm->kind == MK_PERSON && pm->ent >= 0 && pm->ent != ce &&
                                !d->ents[pm->ent].analyst) {
                                ce = pm->ent;
                                break;
                            }
                        }
                        if (ce == self) {
                            ce = -1; /* (none other: never the clause's own subject) */
                        }
                    }
                    bool poss = px_streq(k, "his") || (px_streq(k, "her") && !obj_her);
                    /* ("received Safadi, who briefed him on the outcome of his meeting with
                     * Rubio": a possessive in a who-clause is its subject's) */
                    if (poss && who_subj >= 0) {
                        ce = who_subj;
                    }
                    /* "said his envoys would meet U.S. officials in Miami": a leader's own
                     * envoys, negotiators or delegation are a group of his state's */
                    uint32_t gl = 0;
                    const px_entry *ge = poss && ce >= 0 && d->ents[ce].country[0]
                                             ? lex(d, i + 1, lim, K_GROUPN, &gl)
                                             : NULL;
                    if (ge && gl == 1 &&
                        (px_tis(d, i + 1, "envoys") || px_tis(d, i + 1, "negotiators") ||
                         px_tis(d, i + 1, "emissaries") || px_tis(d, i + 1, "delegation") ||
                         px_tis(d, i + 1, "delegates") || px_tis(d, i + 1, "representatives"))) {
                        const char *cn = px_country_name(d->ctx, d->ents[ce].country);
                        px_ent g;
                        memset(&g, 0, sizeof g);
                        g.kind = MK_GROUP;
                        px_copy(g.name, sizeof g.name, cn ? cn : "", cn ? strlen(cn) : 0);
                        memcpy(g.country, d->ents[ce].country, sizeof g.country);
                        title_text(d, g.title, sizeof g.title, i + 1, i + 2);
                        str_from_pool(d, g.sector, sizeof g.sector, ge->s[2]);
                        set_code(&g);
                        g.last_sent = si;
                        int gi = cn ? px_ent_add(d, &g) : -1;
                        if (gi >= 0) {
                            if (px_ment_push(d, i, i + 2, i + 1, MK_GROUP, MF_PLURAL, gi) != 0) {
                                return -1;
                            }
                            i = i + 2;
                            continue;
                        }
                    }
                    if (ce >= 0 &&
                        px_ment_push(d, i, i + 1, i, MK_PERSON,
                                  (uint16_t)(MF_PRON | MF_COREF | (poss ? MF_POSS : 0)), ce) != 0) {
                        return -1;
                    }
                } else if (!det && i > tb + 1 && i < lim && px_streq(k, "whose") &&
                           d->toks[i - 1].p == ',') {
                    /* "Modi, whose own planned meeting with Trump also fell through, spoke to
                     * him by phone": the person before ", whose" owns what follows, as with
                     * "his" */
                    int am = tok_in_ment(d, first_ment, i - 2);
                    if (am >= 0 && d->ments[am].kind == MK_PERSON && d->ments[am].ent >= 0 &&
                        d->ments[am].te == i - 1 &&
                        !(d->ments[am].flags & (MF_POSS | MF_PRON)) &&
                        px_ment_push(d, i, i + 1, i, MK_PERSON,
                                     (uint16_t)(MF_PRON | MF_COREF | MF_POSS),
                                     d->ments[am].ent) != 0) {
                        return -1;
                    }
                } else if (!det && px_streq(k, "it") && i > tb && said_before_it(d, tb, i)) {
                    /* "Iran said it would not negotiate": the state or body that speaks */
                    for (size_t m = d->nment; m-- > first_ment;) {
                        const px_ment *pm = &d->ments[m];
                        if ((pm->kind == MK_STATE || pm->kind == MK_ORG) && pm->ent >= 0 &&
                            !(pm->flags & (MF_ADJ | MF_POSS | MF_LOCPP))) {
                            if (px_ment_push(d, i, i + 1, i, pm->kind, (uint16_t)(MF_PRON | MF_COREF),
                                          pm->ent) != 0) {
                                return -1;
                            }
                            break;
                        }
                        if (pm->kind == MK_PERSON) {
                            break; /* "Putin said it was ...": not a state's words */
                        }
                    }
                }
                i = start + 1;
                continue;
            }
            uint32_t end = i + nl;
            if (pe) {
                end += name_tail(d, end, lim); /* "Mohamed bin Zayed Al Nahyan" */
            }
            uint32_t scan_to = 0;
            px_ent p;
            memset(&p, 0, sizeof p);
            p.last_sent = si;
            p.kind = MK_PERSON;
            bool an = false;
            uint16_t fl = locpp ? MF_LOCPP : 0;
            int ei = -1;
            if (pe) {
                apply_person_entry(d, &p, pe);
            } else if ((nl == 1 && (ei = coref_name(d, i)) >= 0) ||
                       /* ("Al-Hayya" after "Khalil al-Hayya") */
                       (nl == 3 && has_cue(d, i, CUE_PARTICLE) &&
                        (d->toks[i + 1].flags & TF_HYPH) && (ei = coref_name(d, i + 2)) >= 0) ||
                       /* ("Keller-Sutter" after "Karin Keller-Sutter": a hyphenated family
                        * name) */
                       (nl == 3 && (d->toks[i + 1].flags & TF_HYPH) &&
                        (ei = coref_joined(d, i, nl)) >= 0)) {
                d->ents[ei].last_sent = si;
                if (nl == 1) {
                    px_copy(d->ents[ei].bare, sizeof d->ents[ei].bare, px_tkey(d, i),
                            d->toks[i].klen);
                }
                fl |= MF_COREF;
            } else if ((nl == 2 || nl == 3) && (ei = coref_prefix(d, i, nl)) >= 0) {
                /* ("Hassan Sheikh" after "Hassan Sheikh Mohamud": the first words of a
                 * person's full name) */
                d->ents[ei].last_sent = si;
                fl |= MF_COREF;
            } else if (nl == 1 && (pe = state_surname(d, i)) != NULL) {
                apply_person_entry(d, &p, pe); /* "South Korea's Lee" */
            } else {
                const char *last = px_tkey(d, end - 1);
                /* "the House Committee on Foreign Affairs", "the Council on Foreign
                 * Relations": a body's name goes on over "on" and the capitalised words of
                 * its remit (its head word stays the one that names its kind) */
                if (end + 1 < lim && (d->toks[end - 1].flags & TF_CAP) && px_tis(d, end, "on") &&
                    body_name_head(last)) {
                    uint32_t q = end + 1;
                    while (q < lim && q < end + 7 && !d->toks[q].p &&
                           ((d->toks[q].flags & TF_CAP) ||
                            ((px_tis(d, q, "the") || px_tis(d, q, "of") || px_tis(d, q, "and")) &&
                             q + 1 < lim && (d->toks[q + 1].flags & TF_CAP)))) {
                        q++;
                    }
                    if (q > end + 1 && (d->toks[q - 1].flags & TF_CAP) &&
                        tok_in_ment(d, first_ment, end + 1) < 0) {
                        end = q;
                    }
                }
                ent_set_text_name(d, &p, i, end);
                if (locpp) {
                    p.kind = MK_UNKNOWN; /* "left for Minas Tirith": an unknown place */
                }
                /* ("Vieira said he had met Wang Yi": one who speaks of himself is a person) */
                bool speaks = nl == 1 && end + 2 < lim &&
                              (px_tis(d, end, "said") || px_tis(d, end, "says") ||
                               px_tis(d, end, "told")) &&
                              (px_tis(d, end + 1, "he") || px_tis(d, end + 1, "she") ||
                               (px_tis(d, end + 1, "that") &&
                                (px_tis(d, end + 2, "he") || px_tis(d, end + 2, "she"))));
                /* (words before a body's head word the chunk lacks are no party: "the
                 * Russia-Africa Partnership Forum", "a meeting of the Joint Strategic
                 * Council") */
                if (end < lim && (d->toks[end].flags & TF_CAP) && body_name_head(px_tkey(d, end))) {
                    i = end + 1;
                    continue;
                }
                /* (so are words before "and" and one or two more capitalised words ending in
                 * such a head: "the Trade and Technology Council", "the Belt and Road Forum") */
                if (end + 2 < lim && px_tis(d, end, "and") && (d->toks[end + 1].flags & TF_CAP) &&
                    (body_name_head(px_tkey(d, end + 1)) ||
                     ((d->toks[end + 2].flags & TF_CAP) && body_name_head(px_tkey(d, end + 2))) ||
                     (end + 3 < lim && (d->toks[end + 2].flags & TF_CAP) &&
                      (d->toks[end + 3].flags & TF_CAP) && body_name_head(px_tkey(d, end + 3))))) {
                    i = end;
                    continue;
                }
                /* (nor is the head word after a capitalised word the chunk lacks: "Bole
                 * International Airport" has no party "Airport") */
                /* (an occasion is no party: "attend the Independence Day celebrations",
                 * "the Victory Day parade") */
                if (px_streq(last, "day") && nl >= 2 && !locpp) {
                    i = end;
                    continue;
                }
                bool facility = px_streq(last, "airport") || px_streq(last, "palace") ||
                                px_streq(last, "hall") || px_streq(last, "hotel") ||
                                px_streq(last, "square") || px_streq(last, "base");
                if (nl == 1 && facility && i > tb + 1 &&
                    (d->toks[i - 1].flags & TF_CAP) && (d->toks[i - 1].flags & TF_ALPHA) &&
                    !(d->toks[i - 1].flags & TF_DATELINE) && !d->toks[i - 1].p &&
                    tok_in_ment(d, first_ment, i - 1) < 0) {
                    i = end;
                    continue;
                }
                if (orgish_head(last) || (d->toks[i].flags & TF_UPPER && nl == 1)) {
                    p.kind = MK_UNKNOWN;
                } else if (nl == 1 && !speaks) {
                    p.kind = MK_UNKNOWN;
                }
                /* "Macron begins Southeast Asia tour", "talks on Central Asia": a region
                 * of the world is a place of no state, no one's name */
                if (nl == 2 && world_region(d, i)) {
                    p.kind = MK_PLACE;
                }
                if (locpp) {
                    p.kind = MK_UNKNOWN;
                    /* "arrived in Nara, Japan, on Tuesday": a place the gazetteer lacks, named
                     * with its state */
                    uint32_t cl4 = 0;
                    const px_entry *c4 = end + 2 < lim && d->toks[end].p == ','
                                             ? lex(d, end + 1, lim, K_COUNTRY, &cl4)
                                             : NULL;
                    if (c4 && (end + 1 + cl4 >= lim || d->toks[end + 1 + cl4].p)) {
                        p.kind = MK_PLACE;
                        str_from_pool(d, p.country, sizeof p.country, c4->s[1]);
                    }
                }
                /* a headline's "Sri Lanka's Dissanayake": a name the dictionary lacks after a
                 * state's possessive is a person of that state (in running text "China's
                 * Xinhua" may be a firm or an agency) */
                const px_ment *sp = d->nment > 0 ? &d->ments[d->nment - 1] : NULL;
                bool headline = lim > tb && !(d->toks[lim - 1].p == '.' || d->toks[lim - 1].p == '?' ||
                                              d->toks[lim - 1].p == '!' ||
                                              (d->toks[lim - 1].flags & TF_QCLOSE));
                if (!locpp && headline && nl == 1 && i >= tb + 2 && px_tis(d, i - 1, "'s") && sp &&
                    sp->kind == MK_STATE && (sp->te == i - 1 || sp->te == i) && sp->ts >= tb &&
                    sp->ent >= 0 && d->ents[sp->ent].country[0] && !orgish_head(last) &&
                    !(d->toks[i].flags & TF_UPPER)) {
                    p.kind = MK_PERSON;
                    memcpy(p.country, d->ents[sp->ent].country, sizeof p.country);
                }
                /* (in running text too when the name is already a person's: "Kiribati's
                 * Taneti Maamau had skipped the conference") */
                if (!locpp && p.kind == MK_PERSON && !p.country[0] && i >= tb + 2 &&
                    px_tis(d, i - 1, "'s") && sp && sp->kind == MK_STATE &&
                    (sp->flags & MF_POSS) && (sp->te == i - 1 || sp->te == i) &&
                    sp->ts >= tb && sp->ent >= 0 && d->ents[sp->ent].country[0]) {
                    memcpy(p.country, d->ents[sp->ent].country, sizeof p.country);
                }
            }
            /* "King Hassan of Morocco" / "Sam Gamgee of the Shire" */
            if (ei < 0 && end + 1 < lim && px_tis(d, end, "of")) {
                uint32_t l3;
                const px_entry *c = lex(d, end + 1, lim, K_COUNTRY, &l3);
                if (c) {
                    str_from_pool(d, p.country, sizeof p.country, c->s[1]);
                    end += 1 + l3;
                }
            }
            if (ei < 0) {
                /* NAME + group noun: "Calenardhon leaders" -> a group of an unknown state */
                const px_entry *te2 = NULL;
                uint32_t ts2;
                bool g2 = false;
                uint32_t tl2 = end < lim && !(d->toks[end].flags & TF_CAP)
                                   ? title_at(d, end, lim, &te2, &ts2, &g2)
                                   : 0;
                if (tl2 && g2 && ts2 == end) {
                    p.kind = MK_UNKNOWN;
                    title_text(d, p.title, sizeof p.title, ts2, end + tl2);
                    end += tl2;
                } else {
                    /* ("According to the FO, the premier is ...": the source of an
                     * attribution and the clause's subject, no appositive) */
                    bool according = i >= tb + 2 &&
                                     (px_tis(d, i - 1, "to") ||
                                      (px_tis(d, i - 1, "the") && i >= tb + 3 &&
                                       px_tis(d, i - 2, "to"))) &&
                                     (px_tis(d, i - 2, "according") || px_tis(d, i - 3, "according"));
                    uint32_t al = according ? 0 : appositive(d, end, lim, &p, &an);
                    if (al && p.kind == MK_UNKNOWN) {
                        p.kind = MK_PERSON;
                    }
                    if (al) {
                        scan_to = end + al;
                        end += al;
                        if (d->toks[end - 1].p == ',') {
                            end--;
                        }
                    }
                }
                p.analyst = an;
                if (p.kind == MK_PERSON) {
                    name_parts(&p);
                }
                set_code(&p);
                ei = px_ent_add(d, &p);
            } else if (end < lim) {
                /* a resolved surname may still carry an appositive */
                bool an2 = false;
                px_ent tmp = d->ents[ei];
                uint32_t al = appositive(d, end, lim, &tmp, &an2);
                if (al) {
                    scan_to = end + al;
                    end += al;
                    if (d->toks[end - 1].p == ',') {
                        end--;
                    }
                }
                if (an2) {
                    d->ents[ei].analyst = true;
                }
            }
            if (end < lim && px_tis(d, end, "'s")) {
                fl |= MF_POSS;
            }
            if (ei >= 0 && px_ment_push(d, i, end, i, d->ents[ei].kind, fl, ei) != 0) {
                return -1;
            }
            i = scan_to > end ? scan_to : end;
            continue;
        }
    }
    /* "A World Bank team led by regional vice president Martin Raiser", "a Chinese
     * delegation headed by Vice Premier X": a leader with no state of his own is the
     * delegation's */
    for (size_t m = first_ment; m < d->nment; m++) {
        const px_ment *pm = &d->ments[m];
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) || m == first_ment) {
            continue;
        }
        px_ent *pe = &d->ents[pm->ent];
        if (pe->country[0] || strncmp(pe->code, "IGO", 3) == 0) {
            continue;
        }
        uint32_t q = pm->ts;
        while (q > tb + 3 && pm->ts - q < 3 && (d->toks[q - 1].flags & TF_ALPHA) &&
               !(d->toks[q - 1].flags & TF_CAP) && !px_tis(d, q - 1, "by")) {
            q--; /* ("led by regional vice president X") */
        }
        if (q < tb + 3 || !px_tis(d, q - 1, "by") ||
            !(px_tis(d, q - 2, "led") || px_tis(d, q - 2, "headed"))) {
            continue;
        }
        for (size_t g = first_ment; g < m; g++) {
            const px_ment *gm = &d->ments[g];
            if (gm->te == q - 2 && gm->ent >= 0 &&
                (gm->kind == MK_GROUP || gm->kind == MK_ORG || gm->kind == MK_STATE)) {
                const px_ent *ge = &d->ents[gm->ent];
                if (ge->country[0] || strncmp(ge->code, "IGO", 3) == 0) {
                    memcpy(pe->country, ge->country, sizeof pe->country);
                    memcpy(pe->sector, ge->sector, sizeof pe->sector);
                    memcpy(pe->code, ge->code, sizeof pe->code);
                }
                break;
            }
        }
    }
    /* "Member of the Political Bureau of the CPC Central Committee and Foreign Minister of
     * China Wang Yi": a party membership before "and" and a titled person is part of that
     * person's title, not a party of its own */
    for (size_t m = first_ment; m < d->nment; m++) {
        px_ment *pm = &d->ments[m];
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) || pm->ts < tb + 3 ||
            !px_tis(d, pm->ts - 1, "and") || !d->ents[pm->ent].title[0]) {
            continue;
        }
        uint32_t a = pm->ts - 1;
        while (a > tb && pm->ts - a < 18 && !px_tis(d, a - 1, "member") &&
               (((d->toks[a - 1].flags & TF_CAP) && (d->toks[a - 1].flags & TF_ALPHA)) ||
                px_tis(d, a - 1, "of") || px_tis(d, a - 1, "the") || d->toks[a - 1].p == '(' ||
                d->toks[a - 1].p == ')')) {
            a--;
        }
        /* (or an office of a party before "and": "General Secretary of the Communist Party
         * of China and Chinese President Xi Jinping"; not a list of named people: "President
         * of Russia Vladimir Putin and Prime Minister of India Narendra Modi") */
        uint32_t otl = 0;
        if (a > tb && px_tis(d, a - 1, "member") && a + 1 < pm->ts && px_tis(d, a, "of")) {
            a--;
        } else if (a + 2 < pm->ts && (d->toks[a].flags & TF_CAP) && lex(d, a, lim, K_TITLE, &otl) &&
                   otl && a + otl + 1 < pm->ts && px_tis(d, a + otl, "of")) {
            bool named = false;
            for (size_t r = first_ment; r < d->nment; r++) {
                const px_ment *rm = &d->ments[r];
                named = named || (r != m && rm->kind == MK_PERSON && rm->ts >= a &&
                                  rm->te <= pm->ts && rm->ent >= 0 &&
                                  (d->ents[rm->ent].title[0] || d->ents[rm->ent].country[0]));
            }
            if (named) {
                continue;
            }
        } else {
            continue;
        }
        size_t w = first_ment;
        int32_t dp = d->dateline_place, gone = 0;
        for (size_t r = first_ment; r < d->nment; r++) {
            const px_ment *rm = &d->ments[r];
            if (r != m && rm->ts >= a && rm->te <= pm->ts) {
                gone += dp >= 0 && (int32_t)r < dp;
                continue; /* (dropped: "Member", "Political Bureau", "CPC") */
            }
            if (r == m) {
                m = w;
            }
            d->ments[w++] = *rm;
        }
        d->nment = w;
        d->ments[m].ts = a;
        d->dateline_place = dp >= 0 ? dp - gone : dp;
    }
    /* "Belgian Deputy Prime Minister and Foreign Minister Maxime Prevot", "Chinese Vice
     * Premier and Foreign Minister Wang Yi" (also with a comma before the name): a title
     * with no name of its own before "and" and a titled, named person is part of that
     * person's title, not a second party (not "President Putin and Prime Minister Modi") */
    for (size_t m = first_ment; m < d->nment; m++) {
        px_ment *pm = &d->ments[m];
        /* (over title words the mention left out: "... and Special Presidential Envoy
         * for the Middle East and Africa Mikhail Bogdanov") */
        uint32_t a0 = pm->ts;
        while (pm->kind == MK_PERSON && a0 > tb + 2 && pm->ts - a0 < 3 && !d->toks[a0 - 1].p &&
               (d->toks[a0 - 1].flags & TF_CAP) && (d->toks[a0 - 1].flags & TF_ALPHA) &&
               tok_in_ment(d, first_ment, a0 - 1) < 0) {
            a0--;
        }
        if (a0 != pm->ts && !px_tis(d, a0 - 1, "and")) {
            a0 = pm->ts;
        }
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) || a0 < tb + 2 ||
            !px_tis(d, a0 - 1, "and") || !d->ents[pm->ent].title[0]) {
            continue;
        }
        /* the named one: its title must start it and a name end it (after capitalised
         * words of the title: "Presidential Envoy Mikhail Bogdanov") */
        uint32_t tl2 = 0;
        uint32_t t0 = a0 + (px_tis(d, a0, "the") ? 1 : 0);
        /* (not a state's word: "the U.S. president and Russian President Vladimir Putin"
         * are two people) */
        while (t0 < pm->ts + 2 && t0 + 1 < pm->te && !lex(d, t0, lim, K_TITLE, NULL) &&
               (d->toks[t0].flags & TF_CAP) && !d->toks[t0].p &&
               !lex(d, t0, lim, K_DEMONYM, NULL) && !lex(d, t0, lim, K_COUNTRY, NULL) &&
               !lex(d, t0, lim, K_ORG, NULL)) {
            t0++;
        }
        if (!lex(d, t0, lim, K_TITLE, &tl2) || t0 + tl2 >= pm->te) {
            continue;
        }
        size_t pv = m;
        bool prev_any = false;
        for (size_t r = first_ment; r < d->nment; r++) {
            if (d->ments[r].te == a0 - 1 && d->ments[r].kind == MK_PERSON) {
                pv = r;
            }
            prev_any = prev_any || d->ments[r].te == a0 - 1;
        }
        if (pv == m) {
            /* (a bare title of no mention: "called on Crown Prince and Prime Minister
             * Mohammed bin Salman") */
            if (a0 != pm->ts) {
                continue;
            }
            uint32_t x0 = pm->ts - 2;
            while (x0 > tb && x0 + 5 > pm->ts && !d->toks[x0 - 1].p && (d->toks[x0 - 1].flags & TF_CAP)) {
                x0--; /* (the longest title: "Crown Prince", not "Prince") */
            }
            for (uint32_t x = x0; !prev_any && x + 1 < pm->ts; x++) {
                uint32_t l4 = 0;
                if ((d->toks[x].flags & TF_CAP) && lex(d, x, lim, K_TITLE, &l4) &&
                    x + l4 == pm->ts - 1) {
                    pm->ts = x;
                    /* (the joint title is the person's: a later "the crown prince" is
                     * Mohammed bin Salman) */
                    char bt[64];
                    title_text(d, bt, sizeof bt, x, x + l4);
                    title_join(&d->ents[pm->ent], bt);
                    break;
                }
            }
            continue;
        }
        const px_ment *qm = &d->ments[pv];
        /* the one before "and" ends with its title: no name of its own */
        bool bare = false;
        for (uint32_t x = qm->ts; x < qm->te && !bare; x++) {
            uint32_t l3 = 0;
            bare = lex(d, x, lim, K_TITLE, &l3) && x + l3 == qm->te;
        }
        if (!bare) {
            continue;
        }
        px_ent *ne = &d->ents[pm->ent];
        if (!ne->country[0] && qm->ent >= 0 && d->ents[qm->ent].country[0]) {
            memcpy(ne->country, d->ents[qm->ent].country, sizeof ne->country);
            if (strcmp(ne->code, ne->sector) == 0) {
                ne->code[0] = '\0'; /* (a sector alone: "DIP" becomes "RUSDIP") */
            }
            set_code(ne);
        }
        uint32_t ns0 = qm->ts;
        /* (a pronoun already resolved to the bare title is the named person's: "Pakistan's
         * Deputy Prime Minister and Foreign Minister Ishaq Dar paid a visit to Kabul, where
         * he held talks": Dar) */
        int old_e = qm->ent, new_e = pm->ent;
        for (size_t r = first_ment; old_e >= 0 && r < d->nment; r++) {
            if (d->ments[r].ent == old_e && (d->ments[r].flags & MF_COREF)) {
                d->ments[r].ent = new_e;
            }
        }
        /* (and later "the deputy prime minister" is that person too: the joint title is
         * the person's, the bare office no longer the latest) */
        if (old_e >= 0 && old_e != new_e) {
            title_join(ne, d->ents[old_e].title);
            d->ents[old_e].last_sent = -1;
        }
        size_t w = first_ment;
        for (size_t r = first_ment; r < d->nment; r++) {
            if (r == pv) {
                continue;
            }
            if (r == m) {
                m = w;
            }
            d->ments[w++] = d->ments[r];
        }
        d->nment = w;
        d->ments[m].ts = ns0;
        if (d->dateline_place >= 0 && (size_t)d->dateline_place > pv) {
            d->dateline_place--;
        }
    }
    /* "U.S. Senators Lindsey Graham, a Republican, and Richard Blumenthal, a Democrat,":
     * people named right after a plural title of a state are of that state */
    for (size_t m = first_ment; m < d->nment; m++) {
        const px_ment *gm = &d->ments[m];
        if (gm->kind != MK_GROUP || gm->ent < 0 || !d->ents[gm->ent].country[0] ||
            (gm->flags & (MF_POSS | MF_ADJ))) {
            continue;
        }
        /* ("Turkish and Armenian special envoys Serdar Kilic and Ruben Rubinyan": two
         * coordinated demonyms label two people in turn) */
        const px_ment *g0 = m > first_ment ? &d->ments[m - 1] : NULL;
        if (g0 && !(g0->kind == MK_GROUP && g0->ent >= 0 && g0->te + 1 == gm->ts &&
                    px_tis(d, g0->te, "and") && d->ents[g0->ent].country[0])) {
            g0 = NULL;
        }
        uint32_t q = gm->te;
        int nth = 0;
        for (size_t r = m + 1; r < d->nment && q < lim; r++, nth++) {
            px_ment *pm = &d->ments[r];
            if (pm->ts != q || pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON)) {
                break;
            }
            px_ent *pe = &d->ents[pm->ent];
            const px_ent *ge = g0 && nth == 0 ? &d->ents[g0->ent] : &d->ents[gm->ent];
            if (!pe->country[0] && !pe->title[0]) {
                memcpy(pe->country, ge->country, sizeof pe->country);
                if (!pe->sector[0]) {
                    memcpy(pe->sector, ge->sector, sizeof pe->sector);
                }
                pe->code[0] = '\0';
                set_code(pe);
            }
            q = pm->te;
            /* (over ", a Republican," and "and") */
            if (q + 3 < lim && d->toks[q].p == ',' &&
                (px_tis(d, q + 1, "a") || px_tis(d, q + 1, "an"))) {
                uint32_t e = q + 2;
                while (e < lim && e < q + 5 && d->toks[e].p != ',') {
                    e++;
                }
                if (e < lim && d->toks[e].p == ',') {
                    q = e + 1;
                    while (r + 1 < d->nment && d->ments[r + 1].ts < q) {
                        r++;
                    }
                }
            }
            if (q < lim && px_tis(d, q, "and")) {
                q++;
            }
        }
    }
    /* "Kenyan President William Ruto's government", "Lula's administration": a leader's
     * government is the leader's state */
    for (size_t m = first_ment; m < d->nment; m++) {
        px_ment *pm = &d->ments[m];
        if (pm->kind != MK_PERSON || pm->ent < 0 || (pm->flags & MF_PRON) ||
            !(pm->flags & MF_POSS) || pm->te + 1 >= lim || !px_tis(d, pm->te, "'s") ||
            !(px_tis(d, pm->te + 1, "government") || px_tis(d, pm->te + 1, "administration"))) {
            continue;
        }
        const px_ent *pe = &d->ents[pm->ent];
        const char *nm = pe->country[0] ? px_country_name(d->ctx, pe->country) : NULL;
        if (!nm || !nm[0] || !px_head_title(pe->title)) {
            continue;
        }
        px_ent st;
        memset(&st, 0, sizeof st);
        st.kind = MK_STATE;
        px_copy(st.name, sizeof st.name, nm, strlen(nm));
        memcpy(st.country, pe->country, sizeof st.country);
        memcpy(st.code, pe->country, sizeof st.country);
        st.last_sent = si;
        int se = px_ent_add(d, &st);
        if (se >= 0) {
            pm->ent = se;
            pm->kind = MK_STATE;
            pm->te += 2;
            pm->flags &= (uint16_t)~MF_POSS;
        }
    }
    owned_person(d, first_ment, lim);
    owned_state(d, first_ment, lim);
    dynasty_state(d, first_ment);
    business_body(d, first_ment, lim);
    no_style_title(d, first_ment);
    party_names(d, first_ment, lim);
    list_state(d, first_ment, lim);
    /* "China's special envoy for Eurasian affairs Li Hui": an office with a remit before
     * the name is that person's (and so are the pronouns that took the office) */
    for (size_t m = first_ment; m < d->nment; m++) {
        const px_ment *om = &d->ments[m];
        if (om->kind != MK_PERSON || om->ent < 0 || (om->flags & (MF_PRON | MF_POSS)) ||
            !title_named(&d->ents[om->ent]) || om->te + 2 >= lim ||
            !(px_tis(d, om->te, "for") || px_tis(d, om->te, "on"))) {
            continue;
        }
        size_t n = m + 1;
        while (n < d->nment && d->ments[n].kind == MK_UNKNOWN && d->ments[n].ts < om->te + 5) {
            n++;
        }
        const px_ment *nm = n < d->nment ? &d->ments[n] : NULL;
        bool plain = nm && nm->kind == MK_PERSON && nm->ent >= 0 && nm->ts > om->te &&
                     nm->ts <= om->te + 5 && !(nm->flags & (MF_PRON | MF_POSS)) &&
                     !d->ents[nm->ent].country[0] && !d->ents[nm->ent].title[0];
        for (uint32_t q = om->te; plain && q < nm->ts; q++) {
            plain = (d->toks[q].flags & TF_ALPHA) && !d->toks[q].p;
        }
        if (!plain) {
            continue;
        }
        int oe = om->ent, ne = nm->ent;
        px_ent *pe = &d->ents[ne];
        memcpy(pe->country, d->ents[oe].country, sizeof pe->country);
        memcpy(pe->title, d->ents[oe].title, sizeof pe->title);
        memcpy(pe->sector, d->ents[oe].sector, sizeof pe->sector);
        pe->code[0] = '\0';
        set_code(pe);
        for (size_t r = first_ment; r < d->nment; r++) {
            if (d->ments[r].ent == oe) {
                d->ments[r].ent = ne;
            }
        }
    }
    counterparts_named(d, first_ment);
    joint_offices(d, first_ment);
    /* group generic: bare plural titles ("US defence secretaries") */
    return 0;
}

/* Whether person e (not xe) is named in full and x, a single name, is its surname (or its
 * first name, written first as Chinese and Korean names are). */
static bool full_name_of(const px_doc *d, const px_ent *x, int xe, int e)
{
    const px_ent *y = &d->ents[e];
    if (e == xe || y->kind != MK_PERSON) {
        return false;
    }
    /* (not a spokesman or an analyst quoted later: "Elena Sato, a spokesperson") */
    /* (a family name written first too, as Chinese and Korean names are: "Xi, Lee
     * agree to deepen ties" before "Lee Jae-myung") */
    bool first = y->first[0] && px_streq_ci_fast(y->first, x->name) &&
                 (px_streq(y->country, "CHN") || px_streq(y->country, "KOR") ||
                  px_streq(y->country, "PRK") || px_streq(y->country, "TWN") ||
                  px_streq(y->country, "HKG"));
    return strchr(y->name, ' ') &&
           ((y->surname[0] && px_streq_ci_fast(y->surname, x->name)) || first) && !y->analyst &&
           !strstr(y->title, "spokes");
}

void px_actors_finish(px_doc *d)
{
    /* "HANOI (VNA) - National Assembly Chairman Tran Thanh Man had talks with visiting
     * Speaker of the Lao National Assembly ...": in a national agency's copy an office of no
     * state named is the agency's own state's (not an envoy's, posted abroad) */
    for (size_t e = 0; d->agency_country[0] && e < d->nent; e++) {
        px_ent *x = &d->ents[e];
        if (x->kind != MK_PERSON || x->country[0] || !x->title[0] || x->analyst ||
            !(px_streq(x->sector, "GOV") || px_streq(x->sector, "LEG") ||
              px_streq(x->sector, "MIL") || px_streq(x->sector, "JUD")) ||
            (x->code[0] && !px_streq(x->code, x->sector)) || strstr(x->title, "ambassador") ||
            strstr(x->title, "envoy") || strstr(x->title, "commissioner") ||
            strstr(x->title, "counterpart") || strstr(x->title, "delegat") ||
            strstr(x->title, "consul")) {
            continue;
        }
        memcpy(x->country, d->agency_country, sizeof x->country);
        x->code[0] = '\0';
        set_code(x);
    }
    for (size_t m = 0; m < d->nment; m++) {
        px_ment *pm = &d->ments[m];
        if ((pm->kind != MK_PERSON && pm->kind != MK_UNKNOWN) || pm->ent < 0 ||
            (pm->flags & MF_PRON)) {
            continue;
        }
        const px_ent *x = &d->ents[pm->ent];
        if (x->country[0] || x->title[0] || x->code[0] || strchr(x->name, ' ') || !x->name[0]) {
            continue;
        }
        /* exactly one person named in full later whose surname this is (among those the
         * persons' index holds under the name, when the doc has one: a name equal to a
         * surname or a first name but for ASCII case folds to the same key) */
        int hit = -1, n = 0;
        if (d->corefhash) {
            size_t mask = d->corefhash_cap - 1;
            for (size_t at = px_key_hash(x->name) & mask; d->corefhash[at] && n < 2;
                 at = (at + 1) & mask) {
                int e = (int)d->corefhash[at] - 1;
                if (e != hit && full_name_of(d, x, pm->ent, e)) {
                    hit = e;
                    n++;
                }
            }
        }
        for (size_t e = 0; !d->corefhash && e < d->nent && n < 2; e++) {
            if (full_name_of(d, x, pm->ent, (int)e)) {
                hit = (int)e;
                n++;
            }
        }
        if (n != 1) {
            continue;
        }
        /* (read before the full name, as in a headline; and never one of the same contact's
         * other parties: "Jaramillo hosted Sergei Jaramillo") */
        size_t first = d->nment;
        for (size_t m2 = 0; m2 < d->nment && first == d->nment; m2++) {
            if (d->ments[m2].ent == hit) {
                first = m2;
            }
        }
        if (first == d->nment || pm->ts >= d->ments[first].ts) {
            continue;
        }
        bool both = false;
        for (size_t f = 0; f < d->nframe && !both; f++) {
            bool a = false, b = false;
            for (int q = 0; q < d->frames[f].nparties; q++) {
                int32_t fm = d->frames[f].parties[q].ment;
                a = a || fm == (int32_t)m;
                b = b || (fm >= 0 && d->ments[fm].ent == hit);
            }
            both = a && b;
        }
        if (!both) {
            pm->ent = hit;
            pm->kind = MK_PERSON;
        }
    }
}
