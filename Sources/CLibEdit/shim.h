// The whole libedit surface fupin uses: readline-compatible calls plus setters for
// the C globals, so Swift 6 never touches mutable C state directly.
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <editline/readline.h>

typedef char *(*fupin_generator_t)(const char *, int);

static inline void fupin_rl_set_completion(char **(*fn)(const char *, int, int)) {
    rl_attempted_completion_function = fn;
}
static inline void fupin_rl_completion_over(void) { rl_attempted_completion_over = 1; }
static inline void fupin_rl_set_append_char(int c) { rl_completion_append_character = c; }
static inline const char *fupin_rl_line_buffer(void) { return rl_line_buffer; }
static inline char **fupin_rl_matches(const char *text, fupin_generator_t gen) {
    return rl_completion_matches(text, gen);
}
static inline void fupin_rl_set_name(const char *name) { rl_readline_name = name; }
