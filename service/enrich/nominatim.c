/* nominatim.c - a Nominatim /search?format=jsonv2 answer reduced to the fields a
 * parley.contact.v1 location takes: lat, lon, ISO alpha-3 country, OSM id and type, and
 * the wikidata extratag. Pure function; fuzzed. */
#include "enrich_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int parse_coord(json_t *v, double lim, double *out)
{
    double d;
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        char *end;
        errno = 0;
        d = strtod(s, &end);
        if (end == s || *end || errno)
            return -1;
    } else if (json_is_number(v)) {
        d = json_number_value(v);
    } else {
        return -1;
    }
    if (!isfinite(d) || d < -lim || d > lim)
        return -1;
    *out = d;
    return 0;
}

static void copy_str(json_t *dst, const char *key, json_t *src, size_t max)
{
    const char *s = json_string_value(src);
    if (s && strlen(s) <= max)
        json_object_set_new(dst, key, json_string(s));
    else
        json_object_set_new(dst, key, json_null());
}

int en_parse_nominatim(const char *body, size_t len, json_t **out)
{
    *out = NULL;
    json_t *root = json_loadb(body, len, 0, NULL);
    if (!json_is_array(root)) {
        json_decref(root);
        return -1;
    }
    if (json_array_size(root) == 0) {
        json_decref(root);
        *out = json_null();
        return 0;
    }
    json_t *hit = json_array_get(root, 0);
    double lat, lon;
    if (!json_is_object(hit) || parse_coord(json_object_get(hit, "lat"), 90, &lat) ||
        parse_coord(json_object_get(hit, "lon"), 180, &lon)) {
        json_decref(root);
        return -1;
    }
    json_t *o = json_object();
    json_object_set_new(o, "lat", json_real(lat));
    json_object_set_new(o, "lon", json_real(lon));
    const char *cc = json_string_value(json_object_get(json_object_get(hit, "address"), "country_code"));
    char iso3[4];
    if (cc && en_iso2_to_iso3(cc, iso3) == 0)
        json_object_set_new(o, "country", json_string(iso3));
    else
        json_object_set_new(o, "country", json_null());
    json_t *oid = json_object_get(hit, "osm_id");
    if (json_is_integer(oid) && json_integer_value(oid) > 0)
        json_object_set_new(o, "osm_id", json_integer(json_integer_value(oid)));
    else
        json_object_set_new(o, "osm_id", json_null());
    copy_str(o, "osm_type", json_object_get(hit, "osm_type"), 16);
    copy_str(o, "wikidata", json_object_get(json_object_get(hit, "extratags"), "wikidata"), 32);
    copy_str(o, "display_name", json_object_get(hit, "display_name"), 512);
    copy_str(o, "category", json_object_get(hit, "category"), 64);
    copy_str(o, "type", json_object_get(hit, "type"), 64);
    json_decref(root);
    *out = o;
    return 0;
}
