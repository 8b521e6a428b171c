/* html.c - article page extraction with gumbo (Debian's libgumbo): title, published time
 * and site name from JSON-LD NewsArticle, OpenGraph/article meta tags and <title>, and the
 * body as the text of the <p> elements. Iterative walk (no recursion on page depth). */
#include "enrich_internal.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_FIELD 2048      /* title, date, site name */
#define MAX_LD_BYTES 262144 /* one JSON-LD script */
#define MAX_STACK 100000
#define MAX_DEPTH 512       /* gumbo's tree building is quadratic in nesting depth */

typedef struct found {
    char *ld_title, *ld_date, *ld_site, *ld_body;
    char *og_title, *og_site, *meta_date, *title;
} found;

static char *dup_trim(const char *s, size_t max)
{
    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n > max)
        n = max;
    if (n == 0)
        return NULL;
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

static void set_once(char **slot, const char *v, size_t max)
{
    if (!*slot && v)
        *slot = dup_trim(v, max);
}

/* largest n' <= n that does not split a UTF-8 sequence */
static size_t utf8_cut(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* appends text with whitespace runs collapsed to one space */
static void append_collapsed(en_buf *b, const char *s, int *space)
{
    const char *run = s;
    for (const char *p = s;; p++) {
        int ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
        if (ws || !*p) {
            if (p > run) {
                if (*space && b->len)
                    en_buf_append(b, " ", 1);
                size_t n = (size_t)(p - run);
                if (b->len + n > b->max)
                    n = b->len < b->max ? utf8_cut(run, b->max - b->len) : 0;
                en_buf_append(b, run, n);
                *space = 0;
            }
            if (ws)
                *space = 1;
            run = p + 1;
            if (!*p)
                break;
        }
    }
}

static int ld_is_article(json_t *o)
{
    static const char *types[] = {"NewsArticle", "Article", "ReportageNewsArticle",
                                  "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", NULL};
    json_t *t = json_object_get(o, "@type");
    for (size_t i = 0; types[i]; i++) {
        if (json_is_string(t) && strcmp(json_string_value(t), types[i]) == 0)
            return 1;
        size_t k;
        json_t *v;
        json_array_foreach(t, k, v) {
            if (json_is_string(v) && strcmp(json_string_value(v), types[i]) == 0)
                return 1;
        }
    }
    return 0;
}

static void ld_scan(json_t *j, found *f, int depth)
{
    if (depth > 4 || !j)
        return;
    if (json_is_array(j)) {
        size_t i;
        json_t *v;
        json_array_foreach(j, i, v) {
            if (i >= 64)
                break;
            ld_scan(v, f, depth + 1);
        }
        return;
    }
    if (!json_is_object(j))
        return;
    if (ld_is_article(j)) {
        set_once(&f->ld_title, json_string_value(json_object_get(j, "headline")), MAX_FIELD);
        set_once(&f->ld_date, json_string_value(json_object_get(j, "datePublished")), MAX_FIELD);
        set_once(&f->ld_site, json_string_value(json_object_get(json_object_get(j, "publisher"), "name")),
                 MAX_FIELD);
        set_once(&f->ld_body, json_string_value(json_object_get(j, "articleBody")), 4u << 20);
    }
    ld_scan(json_object_get(j, "@graph"), f, depth + 1);
}

static const char *attr(GumboNode *n, const char *name)
{
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static void on_meta(GumboNode *n, found *f)
{
    const char *key = attr(n, "property");
    if (!key)
        key = attr(n, "name");
    if (!key)
        key = attr(n, "itemprop");
    const char *content = attr(n, "content");
    if (!key || !content)
        return;
    if (!strcasecmp(key, "og:title"))
        set_once(&f->og_title, content, MAX_FIELD);
    else if (!strcasecmp(key, "og:site_name"))
        set_once(&f->og_site, content, MAX_FIELD);
    else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
             !strcasecmp(key, "pubdate") || !strcasecmp(key, "date") ||
             !strcasecmp(key, "dc.date") || !strcasecmp(key, "parsely-pub-date"))
        set_once(&f->meta_date, content, MAX_FIELD);
}

/* text of an element's descendants (no script/style), whitespace collapsed */
static void element_text(GumboNode *root, en_buf *b, GumboNode **stack, size_t maxstack)
{
    size_t sp = 0;
    int space = 0;
    stack[sp++] = root;
    while (sp) {
        GumboNode *n = stack[--sp];
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            append_collapsed(b, n->v.text.text, &space);
            continue;
        }
        if (n->type == GUMBO_NODE_WHITESPACE) {
            space = 1;
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
            continue;
        GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
            continue;
        if (t == GUMBO_TAG_BR)
            space = 1;
        GumboVector *ch = &n->v.element.children;
        for (unsigned i = ch->length; i > 0 && sp < maxstack; i--)
            stack[sp++] = ch->data[i - 1];
    }
}

static int tag_is(const char *p, size_t n, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        if (strlen(names[i]) == n && strncasecmp(p, names[i], n) == 0)
            return 1;
    return 0;
}

/* Length of the prefix of html whose (crudely estimated) element nesting stays within
 * MAX_DEPTH. Gumbo 0.10 has no depth limit and spends O(depth) per element, so a page of
 * 200k nested <div>s would take minutes; real articles nest a few dozen levels. */
static size_t depth_safe_prefix(const char *h, size_t len)
{
    static const char *const skip[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                       "link", "meta", "source", "track", "wbr", "param", "p", "li",
                                       "td", "tr", "th", "option", "dt", "dd", "tbody", "thead",
                                       "tfoot", "colgroup", "optgroup", "html", "head", "body",
                                       "rb", "rt", "rp", NULL};
    static const char *const raw[] = {"script", "style", "textarea", "title", "xmp", NULL};
    long depth = 0;
    size_t i = 0;
    while (i < len) {
        const char *lt = memchr(h + i, '<', len - i);
        if (!lt)
            break;
        size_t at = (size_t)(lt - h);
        i = at + 1;
        if (i + 3 <= len && memcmp(h + i, "!--", 3) == 0) {
            const char *end = NULL;
            for (size_t k = i + 3; k + 3 <= len; k++)
                if (memcmp(h + k, "-->", 3) == 0) {
                    end = h + k;
                    break;
                }
            i = end ? (size_t)(end - h) + 3 : len;
            continue;
        }
        int closing = i < len && h[i] == '/';
        if (closing)
            i++;
        size_t n0 = i;
        while (i < len && ((h[i] >= 'a' && h[i] <= 'z') || (h[i] >= 'A' && h[i] <= 'Z') ||
                           (h[i] >= '0' && h[i] <= '9')))
            i++;
        size_t n = i - n0;
        if (!n)
            continue;
        const char *gt = memchr(h + i, '>', len - i);
        size_t tag_end = gt ? (size_t)(gt - h) : len;
        int selfclose = gt && gt > h + i && gt[-1] == '/';
        if (closing) {
            if (!tag_is(h + n0, n, skip) && depth > 0)
                depth--;
        } else if (tag_is(h + n0, n, raw)) {
            /* skip to the matching close tag */
            size_t k = tag_end;
            while (k + 2 + n <= len && !(h[k] == '<' && h[k + 1] == '/' &&
                                         strncasecmp(h + k + 2, h + n0, n) == 0))
                k++;
            i = k;
            continue;
        } else if (!selfclose && !tag_is(h + n0, n, skip)) {
            if (++depth > MAX_DEPTH)
                return at;
        }
        i = tag_end;
    }
    return len;
}

int en_parse_html(const char *html, size_t len, size_t max_text, enrich_page *out)
{
    len = depth_safe_prefix(html, len);
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *g = gumbo_parse_with_options(&opt, html, len);
    if (!g)
        return -1;
    GumboNode **stack = malloc(MAX_STACK * sizeof *stack);
    GumboNode **inner = malloc(MAX_STACK * sizeof *inner);
    if (!stack || !inner) {
        free(stack);
        free(inner);
        gumbo_destroy_output(&opt, g);
        return -1;
    }
    found f = {0};
    en_buf text = {.max = max_text};
    en_buf para = {.max = max_text};
    size_t sp = 0;
    stack[sp++] = g->root;
    while (sp) {
        GumboNode *n = stack[--sp];
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
            continue;
        GumboTag t = n->v.element.tag;
        GumboVector *ch = &n->v.element.children;
        if (t == GUMBO_TAG_META) {
            on_meta(n, &f);
            continue;
        }
        if (t == GUMBO_TAG_TITLE && !f.title) {
            en_buf tb = {.max = MAX_FIELD};
            element_text(n, &tb, inner, MAX_STACK);
            f.title = dup_trim(tb.data, MAX_FIELD);
            en_buf_free(&tb);
            continue;
        }
        if (t == GUMBO_TAG_SCRIPT) {
            const char *type = attr(n, "type");
            if (type && !strcasecmp(type, "application/ld+json") && ch->length > 0) {
                GumboNode *c = ch->data[0];
                if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                    c->type == GUMBO_NODE_WHITESPACE) {
                    const char *s = c->v.text.text;
                    size_t sl = strlen(s);
                    if (sl <= MAX_LD_BYTES) {
                        json_t *j = json_loadb(s, sl, 0, NULL);
                        ld_scan(j, &f, 0);
                        json_decref(j);
                    }
                }
            }
            continue;
        }
        if (t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT)
            continue;
        if (t == GUMBO_TAG_P) {
            para.len = 0;
            if (para.data)
                para.data[0] = '\0';
            element_text(n, &para, inner, MAX_STACK);
            if (para.len && !text.overflow) {
                if (text.len && en_buf_append(&text, "\n\n", 2) != 0)
                    continue;
                if (en_buf_append(&text, para.data, para.len) != 0) {
                    /* keep what fits, cut at the cap */
                    size_t room = utf8_cut(para.data, text.max - text.len);
                    text.overflow = 0;
                    en_buf_append(&text, para.data, room);
                    text.overflow = 1;
                }
            }
            continue;
        }
        for (unsigned i = ch->length; i > 0 && sp < MAX_STACK; i--)
            stack[sp++] = ch->data[i - 1];
    }
    free(stack);
    free(inner);
    gumbo_destroy_output(&opt, g);
    en_buf_free(&para);

    out->title = f.ld_title ? f.ld_title : f.og_title ? f.og_title : f.title;
    out->published_at = f.ld_date ? f.ld_date : f.meta_date;
    out->site_name = f.og_site ? f.og_site : f.ld_site;
    if (out->title == f.ld_title) {
        free(f.og_title);
        free(f.title);
    } else if (out->title == f.og_title) {
        free(f.title);
        free(f.ld_title);
    } else {
        free(f.ld_title);
        free(f.og_title);
    }
    if (out->published_at == f.ld_date)
        free(f.meta_date);
    else
        free(f.ld_date);
    if (out->site_name == f.og_site)
        free(f.ld_site);
    else
        free(f.og_site);
    if (text.len) {
        out->text = text.data;
        out->text_len = text.len;
        free(f.ld_body);
    } else {
        en_buf_free(&text);
        if (f.ld_body) {
            size_t n = strlen(f.ld_body);
            if (n > max_text) {
                n = utf8_cut(f.ld_body, max_text);
                f.ld_body[n] = '\0';
            }
            out->text = f.ld_body;
            out->text_len = n;
        }
    }
    return 0;
}
