/* rules.h - alert rules: `alert.<name>.<field>=value` settings that send matching event
 * records to the alerts topic with the rule's name in a header. Fields: countries,
 * actors (names or Wikidata ids), types, statuses (comma-separated lists) and
 * min_confidence; a record matches a rule when every field the rule sets matches. */
#ifndef PARLEY_RULES_H
#define PARLEY_RULES_H

#include <jansson.h>
#include <stddef.h>

typedef struct alert_rules alert_rules;

/* Checks one setting ("countries", "RUS,CHN"); 0 or -1 with why filled. */
int alert_rule_check(const char *field, const char *value, char *why, size_t whylen);

alert_rules *alert_rules_new(void);
void alert_rules_destroy(alert_rules *r); /* accepts NULL */

/* Adds or replaces one field of rule `name`; value already checked. 0 or -1 (no memory). */
int alert_rules_set(alert_rules *r, const char *name, const char *field, const char *value);

size_t alert_rules_count(const alert_rules *r);

/* Calls fn with the name of every rule the record matches; returns how many matched. */
size_t alert_rules_match(const alert_rules *r, const json_t *record,
                         void (*fn)(const char *rule, void *opaque), void *opaque);

/* One line per rule, for check-config. Returns a new string (caller frees). */
char *alert_rules_describe(const alert_rules *r);

#endif
