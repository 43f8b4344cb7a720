/*
 * Benchmarks/floor/floor.c: the floor under networkd's throughput on this machine.
 *
 *   floor SOCKET CONNINFO SCRIPT [-D NAME=VALUE]...
 *
 * The smallest honest server that does, per request, what networkd must do: it listens on the
 * Unix socket SOCKET; each client connection gets its own thread (pthreads) and its own libpq
 * connection to CONNINFO (kept for the next client when the connection closes). For each
 * newline-terminated request line it checks the line is a JSON-RPC request (a JSON object with
 * a "method" string and an "id"), runs the statements of SCRIPT with libpq prepared statements
 * (PQprepare once per database connection, PQexecPrepared per request, text results), and
 * writes one response line
 *
 *   {"jsonrpc":"2.0","id":<the request's id>,"result":{"column":"value",...}}
 *
 * holding the first row of the last statement that returned rows (column name -> text value,
 * JSON-escaped; SQL NULL as null; {} when no statement returns rows). If that statement returned
 * no row, or on any error, the answer is an "error" instead (and an open transaction is rolled
 * back), so a load generator that checks for "result" never counts a wrong answer. The
 * method and params of the request are not looked at: every request runs the script.
 *
 * Nothing here is specific to networkd, and there is no less a server in front of PostgreSQL
 * can do per request; so its requests per second, measured the way Benchmarks/run measures
 * networkd (same load generator, clients, length and CPU accounting), bound what any such
 * daemon can reach on this machine, and show how much of the gap to pgbench is the price of
 * being a server at all (a socket round trip, a thread wake-up, JSON) rather than networkd's.
 *
 * SCRIPT is a pgbench script, and floor takes exactly what Benchmarks/replay-sql writes (and
 * the `pgbench -S` equivalent Benchmarks/run writes), refusing anything else at start-up:
 *
 *   - `\set NAME EXPR` where EXPR is built from integers, :variables, + - * and parentheses,
 *     and random(LOW, HIGH) (uniform, both ends included), evaluated per request in order;
 *   - SQL statements ended by `;` (or the end of the file), in which every `:name` becomes a
 *     bound parameter ($1, $2, …), exactly as `pgbench -M prepared` rewrites them; a name must
 *     be a -D define or set by an earlier \set.
 *
 * -D NAME=VALUE defines a variable, as for pgbench (Benchmarks/replay-sql writes them,
 * NUL-separated, as "-D" "NAME=VALUE" argument pairs; `-DNAME=VALUE` works too). pgbench
 * defines :scale itself; floor does not: pass -D scale=N.
 *
 * SIGTERM or SIGINT: stop accepting, close the clients' sockets, let each thread finish its
 * request, close the database connections, remove SOCKET, print the counts, exit 0.
 *
 * Build: gcc -O2 -Wall -Wextra -Werror -o floor floor.c -I$(pg_config --includedir) -lpq -lpthread
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

enum {
    MAX_VARS = 64,
    MAX_COMMANDS = 64,
    MAX_PARAMS = 255,           /* as pgbench: MAX_ARGS - 1 */
    MAX_LINE = 16 * 1024 * 1024,
    MAX_CLIENTS = 4096,
    JSON_DEPTH = 64,
};

static void die(const char *format, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *format, ...) {
    va_list args;
    va_start(args, format);
    fputs("floor: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

static void *xmalloc(size_t size) {
    void *p = malloc(size);
    if (!p) die("out of memory");
    return p;
}

static char *xstrndup(const char *s, size_t n) {
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ------------------------------------------------------------------------------------------
 * The script: variables, \set expressions, SQL statements */

typedef struct {
    char *name;
    const char *define; /* the -D value, or NULL */
} Var;

static Var vars[MAX_VARS];
static int nvars;

static int find_var(const char *name, size_t len) {
    for (int i = 0; i < nvars; i++)
        if (strlen(vars[i].name) == len && memcmp(vars[i].name, name, len) == 0) return i;
    return -1;
}

static int add_var(const char *name, size_t len) {
    int i = find_var(name, len);
    if (i >= 0) return i;
    if (nvars == MAX_VARS) die("more than %d variables", MAX_VARS);
    vars[nvars].name = xstrndup(name, len);
    vars[nvars].define = NULL;
    return nvars++;
}

typedef enum { E_INT, E_VAR, E_NEG, E_ADD, E_SUB, E_MUL, E_RANDOM } ExprKind;

typedef struct Expr {
    ExprKind kind;
    int64_t value;
    int var;
    struct Expr *left, *right;
} Expr;

typedef struct {
    int is_set;
    /* \set */
    int target;
    Expr *expr;
    /* SQL */
    char *sql;                 /* as prepared: each :name replaced by $n */
    char statement[16];        /* the prepared statement's name */
    int nparams;
    int params[MAX_PARAMS];    /* the variable bound to each $n */
    int line;                  /* where it starts in SCRIPT, for messages */
} Command;

static Command commands[MAX_COMMANDS];
static int ncommands;
static int nsql;               /* how many of the commands are SQL */
static const char *script_path;

/* A \set expression parser: integers, :variables, unary -, + - *, ( ), random(a, b). */
typedef struct {
    const char *p;
    int line;
    int set[MAX_VARS];          /* variables set or defined so far */
} ExprParser;

static void expr_fail(ExprParser *x, const char *what) __attribute__((noreturn));
static void expr_fail(ExprParser *x, const char *what) {
    die("%s:%d: %s at \"%.40s\" (floor takes integers, :variables, + - * ( ) and random(low, high); "
        "nothing else)", script_path, x->line, what, x->p);
}

static void skip_spaces(ExprParser *x) {
    while (*x->p == ' ' || *x->p == '\t') x->p++;
}

static Expr *new_expr(ExprKind kind, Expr *left, Expr *right) {
    Expr *e = xmalloc(sizeof *e);
    e->kind = kind;
    e->value = 0;
    e->var = -1;
    e->left = left;
    e->right = right;
    return e;
}

static Expr *parse_sum(ExprParser *x);

static Expr *parse_factor(ExprParser *x) {
    skip_spaces(x);
    const char *p = x->p;
    if (*p == '(') {
        x->p++;
        Expr *e = parse_sum(x);
        skip_spaces(x);
        if (*x->p != ')') expr_fail(x, "expected )");
        x->p++;
        return e;
    }
    if (*p == '-') {
        x->p++;
        return new_expr(E_NEG, parse_factor(x), NULL);
    }
    if (isdigit((unsigned char)*p)) {
        errno = 0;
        char *end;
        long long v = strtoll(p, &end, 10);
        if (errno == ERANGE) expr_fail(x, "integer out of range");
        if (*end == '.' || *end == 'e' || *end == 'E' || isalpha((unsigned char)*end) || *end == '_')
            expr_fail(x, "not an integer");
        Expr *e = new_expr(E_INT, NULL, NULL);
        e->value = v;
        x->p = end;
        return e;
    }
    if (*p == ':') {
        const char *name = p + 1, *q = name;
        if (!(isalpha((unsigned char)*q) || *q == '_' || (*q & 0x80))) expr_fail(x, "expected a variable name");
        while (isalnum((unsigned char)*q) || *q == '_' || (*q & 0x80)) q++;
        int v = find_var(name, (size_t)(q - name));
        if (v < 0 || !x->set[v]) expr_fail(x, "variable not defined (-D) or set before");
        Expr *e = new_expr(E_VAR, NULL, NULL);
        e->var = v;
        x->p = q;
        return e;
    }
    if (strncmp(p, "random", 6) == 0 && !(isalnum((unsigned char)p[6]) || p[6] == '_')) {
        x->p += 6;
        skip_spaces(x);
        if (*x->p != '(') expr_fail(x, "expected ( after random");
        x->p++;
        Expr *low = parse_sum(x);
        skip_spaces(x);
        if (*x->p != ',') expr_fail(x, "random takes two arguments");
        x->p++;
        Expr *high = parse_sum(x);
        skip_spaces(x);
        if (*x->p != ')') expr_fail(x, "random takes two arguments");
        x->p++;
        return new_expr(E_RANDOM, low, high);
    }
    expr_fail(x, "unsupported expression");
}

static Expr *parse_product(ExprParser *x) {
    Expr *e = parse_factor(x);
    for (;;) {
        skip_spaces(x);
        if (*x->p != '*') return e;
        x->p++;
        e = new_expr(E_MUL, e, parse_factor(x));
    }
}

static Expr *parse_sum(ExprParser *x) {
    Expr *e = parse_product(x);
    for (;;) {
        skip_spaces(x);
        if (*x->p == '+') { x->p++; e = new_expr(E_ADD, e, parse_product(x)); }
        else if (*x->p == '-') { x->p++; e = new_expr(E_SUB, e, parse_product(x)); }
        else return e;
    }
}

static Command *new_command(int line) {
    if (ncommands == MAX_COMMANDS) die("%s: more than %d commands", script_path, MAX_COMMANDS);
    Command *c = &commands[ncommands++];
    memset(c, 0, sizeof *c);
    c->line = line;
    return c;
}

/* `\set NAME EXPR` (the text after the backslash, up to the end of its line). */
static void parse_meta(const char *text, int line, int *set) {
    if (strncmp(text, "set", 3) != 0 || (text[3] != ' ' && text[3] != '\t'))
        die("%s:%d: unsupported meta-command \\%.40s (floor takes \\set only)", script_path, line, text);
    const char *p = text + 3;
    while (*p == ' ' || *p == '\t') p++;
    const char *name = p;
    if (!(isalpha((unsigned char)*p) || *p == '_' || (*p & 0x80)))
        die("%s:%d: \\set needs a variable name", script_path, line);
    while (isalnum((unsigned char)*p) || *p == '_' || (*p & 0x80)) p++;
    size_t len = (size_t)(p - name);
    if (*p != ' ' && *p != '\t') die("%s:%d: \\set needs a variable name and an expression", script_path, line);
    ExprParser x = { .p = p, .line = line };
    memcpy(x.set, set, sizeof x.set);
    Command *c = new_command(line);
    c->is_set = 1;
    c->expr = parse_sum(&x);
    skip_spaces(&x);
    if (*x.p != '\0') expr_fail(&x, "unexpected text after the expression");
    c->target = add_var(name, len);
    set[c->target] = 1;
}

/* One SQL statement (without its `;`): each :name becomes $n, as pgbench's parseQuery does it
 * (anywhere in the text; `::` and a colon not followed by a name start are left alone). */
static void add_sql(const char *sql, size_t len, int line, int *set) {
    while (len > 0 && isspace((unsigned char)sql[len - 1])) len--;
    Command *c = new_command(line);
    size_t capacity = len * 2 + 16, out = 0;
    char *text = xmalloc(capacity);
    for (size_t i = 0; i < len;) {
        if (sql[i] == ':') {
            size_t j = i + 1;
            if (j < len && (isalpha((unsigned char)sql[j]) || sql[j] == '_' || (sql[j] & 0x80))) {
                while (j < len && (isalnum((unsigned char)sql[j]) || sql[j] == '_' || (sql[j] & 0x80))) j++;
                int v = find_var(sql + i + 1, j - i - 1);
                if (v < 0 || !set[v])
                    die("%s:%d: :%.*s is neither defined (-D) nor set by an earlier \\set", script_path, line,
                        (int)(j - i - 1), sql + i + 1);
                if (c->nparams == MAX_PARAMS) die("%s:%d: more than %d parameters", script_path, line, MAX_PARAMS);
                c->params[c->nparams++] = v;
                out += (size_t)sprintf(text + out, "$%d", c->nparams);
                i = j;
                continue;
            }
            while (i < len && sql[i] == ':') text[out++] = sql[i++];
            continue;
        }
        text[out++] = sql[i++];
    }
    text[out] = '\0';
    c->sql = text;
    snprintf(c->statement, sizeof c->statement, "floor%d", ncommands);
    nsql++;
}

static void load_script(const char *path) {
    script_path = path;
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open %s: %s", path, strerror(errno));
    size_t capacity = 4096, size = 0;
    char *text = xmalloc(capacity);
    for (;;) {
        if (size + 1 >= capacity) {
            capacity *= 2;
            text = realloc(text, capacity);
            if (!text) die("out of memory");
        }
        size_t n = fread(text + size, 1, capacity - size - 1, f);
        if (n == 0) break;
        size += n;
    }
    if (ferror(f)) die("cannot read %s", path);
    fclose(f);
    text[size] = '\0';
    if (strlen(text) != size) die("%s holds a NUL byte", path);

    int set[MAX_VARS] = { 0 };
    for (int i = 0; i < nvars; i++) set[i] = vars[i].define != NULL;

    const char *p = text;
    int line = 1;
    for (;;) {
        /* Between commands: blank space and -- comments. */
        while (*p && (isspace((unsigned char)*p) || (p[0] == '-' && p[1] == '-'))) {
            if (*p == '-') { while (*p && *p != '\n') p++; continue; }
            if (*p == '\n') line++;
            p++;
        }
        if (!*p) break;
        if (*p == '\\') {
            const char *end = strchr(p, '\n');
            if (!end) end = p + strlen(p);
            size_t n = (size_t)(end - p);
            while (n > 1 && isspace((unsigned char)p[n - 1])) n--;
            if (p[n - 1] == '\\') die("%s:%d: a meta-command continued on the next line is not supported", path, line);
            char *meta = xstrndup(p + 1, n - 1);
            parse_meta(meta, line, set);
            free(meta);
            p = end;
            continue;
        }
        /* SQL up to a `;` outside quotes and comments, or the end of the file. */
        const char *start = p;
        int start_line = line, depth = 0;
        while (*p) {
            char ch = *p;
            if (ch == '\n') { line++; p++; }
            else if (ch == '\'') {
                if (p > start && (p[-1] == 'E' || p[-1] == 'e') &&
                    (p - 1 == start || !(isalnum((unsigned char)p[-2]) || p[-2] == '_')))
                    die("%s:%d: E'' strings are not supported", path, line);
                for (p++; *p && !(*p == '\'' && p[1] != '\''); p += (*p == '\'' ? 2 : 1))
                    if (*p == '\n') line++;
                if (!*p) die("%s:%d: unterminated string", path, start_line);
                p++;
            } else if (ch == '"') {
                for (p++; *p && *p != '"'; p++)
                    if (*p == '\n') line++;
                if (!*p) die("%s:%d: unterminated quoted identifier", path, start_line);
                p++;
            } else if (ch == '-' && p[1] == '-') {
                while (*p && *p != '\n') p++;
            } else if (ch == '/' && p[1] == '*') {
                const char *end = strstr(p + 2, "*/");
                if (!end) die("%s:%d: unterminated comment", path, line);
                for (; p < end + 2; p++)
                    if (*p == '\n') line++;
            } else if (ch == '$') {
                die("%s:%d: '$' in SQL (dollar quoting, or a $n without a value) is not supported", path, line);
            } else if (ch == '\\') {
                die("%s:%d: a backslash in the middle of SQL is not supported", path, line);
            } else if (ch == '(') { depth++; p++; }
            else if (ch == ')') { depth--; p++; }
            else if (ch == ';' && depth == 0) break;
            else p++;
        }
        add_sql(start, (size_t)(p - start), start_line, set);
        if (*p == ';') p++;
    }
    free(text);
    if (nsql == 0) die("%s holds no SQL statement", path);
}

/* ------------------------------------------------------------------------------------------
 * Per request: evaluating \set, running the statements, writing the answer */

typedef struct {
    char *data;
    size_t size, capacity;
} Buffer;

static void reserve(Buffer *b, size_t more) {
    if (b->size + more <= b->capacity) return;
    size_t capacity = b->capacity ? b->capacity : 1024;
    while (capacity < b->size + more) capacity *= 2;
    b->data = realloc(b->data, capacity);
    if (!b->data) die("out of memory");
    b->capacity = capacity;
}

static void append(Buffer *b, const char *s, size_t n) {
    reserve(b, n);
    memcpy(b->data + b->size, s, n);
    b->size += n;
}

#define APPEND_LITERAL(b, s) append((b), (s), sizeof(s) - 1)

/* A JSON string: quotes, backslashes and control characters escaped; UTF-8 passes through. */
static void append_json_string(Buffer *b, const char *s) {
    static const char hex[] = "0123456789abcdef";
    reserve(b, 2);
    b->data[b->size++] = '"';
    const char *run = s;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
        append(b, run, (size_t)(s - run));
        run = s + 1;
        char escape[6] = { '\\', 0, 0, 0, 0, 0 };
        size_t n = 2;
        switch (ch) {
        case '"': escape[1] = '"'; break;
        case '\\': escape[1] = '\\'; break;
        case '\n': escape[1] = 'n'; break;
        case '\r': escape[1] = 'r'; break;
        case '\t': escape[1] = 't'; break;
        case '\b': escape[1] = 'b'; break;
        case '\f': escape[1] = 'f'; break;
        default:
            escape[1] = 'u'; escape[2] = '0'; escape[3] = '0';
            escape[4] = hex[ch >> 4]; escape[5] = hex[ch & 15];
            n = 6;
        }
        append(b, escape, n);
    }
    append(b, run, (size_t)(s - run));
    reserve(b, 1);
    b->data[b->size++] = '"';
}

typedef struct {
    int index;                      /* 1, 2, …: the client connection's number */
    int fd;
    PGconn *db;
    uint64_t random;                /* xorshift64* state */
    const char *value[MAX_VARS];    /* each variable's current text */
    char number[MAX_VARS][24];      /* the text of values set by \set */
    const char *params[MAX_PARAMS];
    Buffer in, out;
    size_t in_start;                /* where the unconsumed input starts in `in` */
    uint64_t requests, errors;
} Client;

static uint64_t next_random(Client *c) {
    c->random ^= c->random >> 12;
    c->random ^= c->random << 25;
    c->random ^= c->random >> 27;
    return c->random * 0x2545F4914F6CDD1DULL;
}

/* Evaluates an expression; on failure sets *error (a static message) and returns 0. */
static int64_t eval(Client *c, const Expr *e, const char **error) {
    int64_t a, b, r = 0;
    switch (e->kind) {
    case E_INT: return e->value;
    case E_VAR: {
        const char *text = c->value[e->var];
        char *end;
        errno = 0;
        long long v = strtoll(text, &end, 10);
        if (errno || end == text || *end) { *error = "a variable in a \\set expression is not an integer"; return 0; }
        return v;
    }
    case E_NEG:
        a = eval(c, e->left, error);
        if (a == INT64_MIN) { *error = "integer overflow in a \\set expression"; return 0; }
        return -a;
    case E_ADD: case E_SUB: case E_MUL:
        a = eval(c, e->left, error);
        b = eval(c, e->right, error);
        if ((e->kind == E_ADD && __builtin_add_overflow(a, b, &r)) ||
            (e->kind == E_SUB && __builtin_sub_overflow(a, b, &r)) ||
            (e->kind == E_MUL && __builtin_mul_overflow(a, b, &r))) {
            *error = "integer overflow in a \\set expression";
            return 0;
        }
        return r;
    case E_RANDOM: {
        a = eval(c, e->left, error);
        b = eval(c, e->right, error);
        if (a > b) { *error = "random(low, high) with low > high"; return 0; }
        uint64_t width = (uint64_t)b - (uint64_t)a + 1;   /* 0: the whole int64 range */
        uint64_t x = next_random(c);
        return (int64_t)((uint64_t)a + (width ? x % width : x));
    }
    }
    *error = "bad expression";
    return 0;
}

/* A minimal validating JSON reader, enough to find the request's top-level "id" and "method". */
typedef struct {
    const char *p, *end;
} Json;

static void json_space(Json *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

static int json_string(Json *j) {
    if (j->p >= j->end || *j->p != '"') return 0;
    for (j->p++; j->p < j->end; j->p++) {
        unsigned char ch = (unsigned char)*j->p;
        if (ch == '"') { j->p++; return 1; }
        if (ch < 0x20) return 0;
        if (ch == '\\') {
            if (++j->p >= j->end) return 0;
            if (*j->p == 'u') {
                if (j->end - j->p < 5) return 0;
                for (int k = 1; k <= 4; k++)
                    if (!isxdigit((unsigned char)j->p[k])) return 0;
                j->p += 4;
            } else if (!strchr("\"\\/bfnrt", *j->p)) return 0;
        }
    }
    return 0;
}

static int json_digits(Json *j) {
    const char *start = j->p;
    while (j->p < j->end && isdigit((unsigned char)*j->p)) j->p++;
    return j->p > start;
}

static int json_number(Json *j) {
    if (j->p < j->end && *j->p == '-') j->p++;
    if (j->p < j->end && *j->p == '0') j->p++;
    else if (!json_digits(j)) return 0;
    if (j->p < j->end && *j->p == '.') { j->p++; if (!json_digits(j)) return 0; }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-')) j->p++;
        if (!json_digits(j)) return 0;
    }
    return 1;
}

static int json_word(Json *j, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0) return 0;
    j->p += n;
    return 1;
}

static int json_value(Json *j, int depth) {
    json_space(j);
    if (j->p >= j->end || depth > JSON_DEPTH) return 0;
    switch (*j->p) {
    case '"': return json_string(j);
    case 't': return json_word(j, "true");
    case 'f': return json_word(j, "false");
    case 'n': return json_word(j, "null");
    case '{': case '[': {
        char close = *j->p == '{' ? '}' : ']';
        int object = close == '}';
        j->p++;
        json_space(j);
        if (j->p < j->end && *j->p == close) { j->p++; return 1; }
        for (;;) {
            if (object) {
                json_space(j);
                if (!json_string(j)) return 0;
                json_space(j);
                if (j->p >= j->end || *j->p != ':') return 0;
                j->p++;
            }
            if (!json_value(j, depth + 1)) return 0;
            json_space(j);
            if (j->p >= j->end) return 0;
            if (*j->p == close) { j->p++; return 1; }
            if (*j->p != ',') return 0;
            j->p++;
        }
    }
    default: return json_number(j);
    }
}

/* Parses the request line: 0 and *id (its raw JSON text) when it is a request; -32700 (not
 * JSON) or -32600 (not a request) otherwise. */
static int parse_request(const char *line, size_t len, const char **id, size_t *id_len) {
    Json j = { line, line + len };
    int has_method = 0;
    *id = NULL;
    json_space(&j);
    if (j.p >= j.end || *j.p != '{') return json_value(&j, 0) ? -32600 : -32700;
    j.p++;
    json_space(&j);
    if (j.p < j.end && *j.p == '}') j.p++;
    else
        for (;;) {
            json_space(&j);
            const char *key = j.p;
            if (!json_string(&j)) return -32700;
            size_t key_len = (size_t)(j.p - key);
            json_space(&j);
            if (j.p >= j.end || *j.p != ':') return -32700;
            j.p++;
            json_space(&j);
            const char *value = j.p;
            if (!json_value(&j, 1)) return -32700;
            if (key_len == 4 && memcmp(key, "\"id\"", 4) == 0) {
                if (*value == '{' || *value == '[' || *value == 't' || *value == 'f') return -32600;
                *id = value;
                *id_len = (size_t)(j.p - value);
            } else if (key_len == 8 && memcmp(key, "\"method\"", 8) == 0) {
                if (*value != '"') return -32600;
                has_method = 1;
            }
            json_space(&j);
            if (j.p >= j.end) return -32700;
            if (*j.p == '}') { j.p++; break; }
            if (*j.p != ',') return -32700;
            j.p++;
        }
    json_space(&j);
    if (j.p != j.end) return -32700;
    return (*id && has_method) ? 0 : -32600;
}

static volatile int quiet_errors;  /* racy on purpose: it only limits how much stderr gets */

static void answer_error(Client *c, const char *id, size_t id_len, int code, const char *message) {
    Buffer *b = &c->out;
    APPEND_LITERAL(b, "{\"jsonrpc\":\"2.0\",\"id\":");
    if (id) append(b, id, id_len);
    else APPEND_LITERAL(b, "null");
    char text[48];
    append(b, text, (size_t)snprintf(text, sizeof text, ",\"error\":{\"code\":%d,\"message\":", code));
    append_json_string(b, message);
    APPEND_LITERAL(b, "}}\n");
    c->errors++;
    if (quiet_errors < 10) {
        quiet_errors++;
        fprintf(stderr, "floor: client %d: answered an error: %s\n", c->index, message);
    }
}

/* Runs the script for one request and appends its answer to c->out: the first row of the last
 * statement that returned rows (TUPLES_OK: a SELECT, or a RETURNING), or {} when none did.
 * Returns 0 when the database connection is broken (the client is then disconnected). */
static int run_script(Client *c, const char *id, size_t id_len) {
    PGresult *answer = NULL;
    char message[1024];
    for (int i = 0; i < ncommands; i++) {
        Command *cmd = &commands[i];
        if (cmd->is_set) {
            const char *error = NULL;
            int64_t v = eval(c, cmd->expr, &error);
            if (error) {
                snprintf(message, sizeof message, "command %d (line %d): %s", i + 1, cmd->line, error);
                goto fail;
            }
            snprintf(c->number[cmd->target], sizeof c->number[cmd->target], "%" PRId64, v);
            c->value[cmd->target] = c->number[cmd->target];
            continue;
        }
        for (int k = 0; k < cmd->nparams; k++) c->params[k] = c->value[cmd->params[k]];
        PGresult *result = PQexecPrepared(c->db, cmd->statement, cmd->nparams, c->params, NULL, NULL, 0);
        ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK) {
            PQclear(answer);
            answer = result;
        } else if (status == PGRES_COMMAND_OK) {
            PQclear(result);
        } else {
            snprintf(message, sizeof message, "command %d (line %d): %s", i + 1, cmd->line,
                     result ? PQresultErrorMessage(result) : PQerrorMessage(c->db));
            size_t n = strlen(message);
            while (n > 0 && message[n - 1] == '\n') message[--n] = '\0';
            PQclear(result);
            goto fail;
        }
    }
    if (answer && PQntuples(answer) == 0) {
        snprintf(message, sizeof message, "the last statement that returns rows returned none");
        goto fail;
    }
    Buffer *b = &c->out;
    APPEND_LITERAL(b, "{\"jsonrpc\":\"2.0\",\"id\":");
    append(b, id, id_len);
    APPEND_LITERAL(b, ",\"result\":{");
    int columns = answer ? PQnfields(answer) : 0;
    for (int k = 0; k < columns; k++) {
        if (k) APPEND_LITERAL(b, ",");
        append_json_string(b, PQfname(answer, k));
        APPEND_LITERAL(b, ":");
        if (PQgetisnull(answer, 0, k)) APPEND_LITERAL(b, "null");
        else append_json_string(b, PQgetvalue(answer, 0, k));
    }
    APPEND_LITERAL(b, "}}\n");
    PQclear(answer);
    c->requests++;
    return 1;

fail:
    PQclear(answer);
    answer_error(c, id, id_len, -32000, message);
    if (PQstatus(c->db) != CONNECTION_OK) return 0;
    if (PQtransactionStatus(c->db) != PQTRANS_IDLE) PQclear(PQexec(c->db, "ROLLBACK"));
    return 1;
}

/* ------------------------------------------------------------------------------------------
 * Database connections: one per client thread at a time, kept for the next client */

static const char *conninfo;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gone = PTHREAD_COND_INITIALIZER;
static PGconn *idle[MAX_CLIENTS];
static int nidle;
static int active_fds[MAX_CLIENTS];
static int nactive;
static int stopping;
static uint64_t total_requests, total_errors, total_clients;

/* A new connection with every statement prepared, or NULL (the reason in *message). */
static PGconn *connect_prepared(char *message, size_t size) {
    PGconn *db = PQconnectdb(conninfo);
    if (PQstatus(db) != CONNECTION_OK) {
        snprintf(message, size, "cannot connect: %s", PQerrorMessage(db));
        PQfinish(db);
        return NULL;
    }
    for (int i = 0; i < ncommands; i++) {
        if (commands[i].is_set) continue;
        PGresult *r = PQprepare(db, commands[i].statement, commands[i].sql, commands[i].nparams, NULL);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            snprintf(message, size, "%s:%d: cannot prepare the statement: %s", script_path, commands[i].line,
                     PQresultErrorMessage(r));
            PQclear(r);
            PQfinish(db);
            return NULL;
        }
        PQclear(r);
    }
    return db;
}

static PGconn *take_connection(char *message, size_t size) {
    PGconn *db = NULL;
    pthread_mutex_lock(&lock);
    if (nidle > 0) db = idle[--nidle];
    pthread_mutex_unlock(&lock);
    return db ? db : connect_prepared(message, size);
}

static void give_back(PGconn *db) {
    if (PQstatus(db) == CONNECTION_OK && PQtransactionStatus(db) == PQTRANS_IDLE) {
        pthread_mutex_lock(&lock);
        if (!stopping && nidle < MAX_CLIENTS) { idle[nidle++] = db; db = NULL; }
        pthread_mutex_unlock(&lock);
    }
    if (db) PQfinish(db);
}

/* ------------------------------------------------------------------------------------------
 * The client threads */

static int write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        data += n;
        size -= (size_t)n;
    }
    return 1;
}

/* The next line (without its \n, and without a \r before it), or NULL at the end of the input. */
static char *read_line(Client *c, size_t *len) {
    Buffer *b = &c->in;
    size_t scanned = c->in_start;
    for (;;) {
        char *newline = memchr(b->data + scanned, '\n', b->size - scanned);
        if (newline) {
            char *line = b->data + c->in_start;
            *len = (size_t)(newline - line);
            if (*len > 0 && line[*len - 1] == '\r') (*len)--;
            c->in_start = (size_t)(newline - b->data) + 1;
            return line;
        }
        if (c->in_start > 0) {  /* move the partial line to the front */
            memmove(b->data, b->data + c->in_start, b->size - c->in_start);
            b->size -= c->in_start;
            c->in_start = 0;
        }
        scanned = b->size;
        if (b->size >= MAX_LINE) {
            fprintf(stderr, "floor: client %d: a line longer than %d bytes; closing\n", c->index, MAX_LINE);
            return NULL;
        }
        reserve(b, 64 * 1024);
        /* Wait in poll(2) first, as libpq does: a thread asleep in read(2) on a Unix socket is
         * also woken when the client reads this thread's last answer (the space that frees in
         * the socket's send buffer wakes every sleeper on it), only to find nothing to read. */
        struct pollfd readable = {.fd = c->fd, .events = POLLIN};
        if (poll(&readable, 1, -1) < 0 && errno != EINTR) return NULL;
        ssize_t n = read(c->fd, b->data + b->size, b->capacity - b->size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return NULL;
        b->size += (size_t)n;
    }
}

/* The client is gone: its counts join the totals, and the signal thread forgets its socket. */
static void client_gone(Client *c) {
    pthread_mutex_lock(&lock);
    for (int i = 0; i < nactive; i++)
        if (active_fds[i] == c->fd) { active_fds[i] = active_fds[--nactive]; break; }
    total_requests += c->requests;
    total_errors += c->errors;
    pthread_cond_broadcast(&gone);
    pthread_mutex_unlock(&lock);
}

static void *client_thread(void *arg) {
    Client *c = arg;
    char message[1024];
    reserve(&c->in, 64 * 1024);
    c->db = take_connection(message, sizeof message);
    if (!c->db) {
        fprintf(stderr, "floor: client %d: %s\n", c->index, message);
    } else {
        for (;;) {
            size_t len;
            char *line = read_line(c, &len);
            if (!line) break;
            if (len == 0) continue;
            const char *id;
            size_t id_len = 0;
            c->out.size = 0;
            int code = parse_request(line, len, &id, &id_len);
            int alive = 1;
            if (code == -32700) answer_error(c, NULL, 0, code, "parse error: the line is not JSON");
            else if (code) answer_error(c, id, id_len, code, "invalid request: a JSON-RPC request needs an id and a method");
            else alive = run_script(c, id, id_len);
            if (!write_all(c->fd, c->out.data, c->out.size) || !alive) break;
        }
        give_back(c->db);
    }
    client_gone(c);
    close(c->fd);
    free(c->in.data);
    free(c->out.data);
    free(c);
    return NULL;
}

/* ------------------------------------------------------------------------------------------
 * Start-up, the accept loop, shutdown */

static int wake[2];  /* the signal thread writes to wake[1] to stop the accept loop */

static void *signal_thread(void *arg) {
    sigset_t *set = arg;
    int sig;
    while (sigwait(set, &sig) != 0) {}
    pthread_mutex_lock(&lock);
    stopping = 1;
    for (int i = 0; i < nactive; i++) shutdown(active_fds[i], SHUT_RDWR);
    pthread_mutex_unlock(&lock);
    if (write(wake[1], "x", 1) < 0) {}
    return NULL;
}

static void usage(void) {
    fputs("usage: floor SOCKET CONNINFO SCRIPT [-D NAME=VALUE]...\n", stderr);
    exit(2);
}

static void define(const char *arg) {
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg) die("-D takes NAME=VALUE, not \"%s\"", arg);
    for (const char *q = arg; q < eq; q++)
        if (!(isalnum((unsigned char)*q) || *q == '_' || (*q & 0x80)) || (q == arg && isdigit((unsigned char)*q)))
            die("-D %s: not a variable name", arg);
    int v = add_var(arg, (size_t)(eq - arg));
    vars[v].define = eq + 1;
}

int main(int argc, char **argv) {
    const char *positional[3];
    int npositional = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-D") == 0) {
            if (++i == argc) usage();
            define(argv[i]);
        } else if (strncmp(argv[i], "-D", 2) == 0) {
            define(argv[i] + 2);
        } else if (argv[i][0] == '-') {
            usage();
        } else {
            if (npositional == 3) usage();
            positional[npositional++] = argv[i];
        }
    }
    if (npositional != 3) usage();
    const char *socket_path = positional[0];
    conninfo = positional[1];
    load_script(positional[2]);

    /* One connection now, to fail at start-up on a bad conninfo or a statement that does not
     * prepare; it serves the first client. */
    char message[1024];
    PGconn *first = connect_prepared(message, sizeof message);
    if (!first) die("%s", message);
    idle[nidle++] = first;

    struct sockaddr_un address = { .sun_family = AF_UNIX };
    if (strlen(socket_path) >= sizeof address.sun_path) die("socket path too long: %s", socket_path);
    strcpy(address.sun_path, socket_path);
    struct stat st;
    if (lstat(socket_path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) die("%s exists and is not a socket", socket_path);
        unlink(socket_path);
    }
    int listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener < 0) die("socket: %s", strerror(errno));
    if (bind(listener, (struct sockaddr *)&address, sizeof address) != 0)
        die("bind %s: %s", socket_path, strerror(errno));
    if (listen(listener, 256) != 0) die("listen: %s", strerror(errno));

    /* Signals: SIGTERM and SIGINT go to the signal thread only; SIGPIPE nowhere (send uses
     * MSG_NOSIGNAL). Every thread created after this inherits the mask. */
    static sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (pipe(wake) != 0) die("pipe: %s", strerror(errno));
    pthread_t signals;
    if (pthread_create(&signals, NULL, signal_thread, &set) != 0) die("cannot start the signal thread");

    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);

    fprintf(stderr, "floor: listening on %s: %d \\set, %d prepared statements (%s)\n", socket_path,
            ncommands - nsql, nsql, script_path);

    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    uint64_t seed = (uint64_t)now.tv_nsec ^ ((uint64_t)now.tv_sec << 30) ^ (uint64_t)getpid();
    int index = 0;
    for (;;) {
        struct pollfd fds[2] = { { .fd = listener, .events = POLLIN }, { .fd = wake[0], .events = POLLIN } };
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            die("poll: %s", strerror(errno));
        }
        if (fds[1].revents) break;
        if (!(fds[0].revents & POLLIN)) continue;
        int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EAGAIN) continue;
            die("accept: %s", strerror(errno));
        }
        pthread_mutex_lock(&lock);
        int refused = stopping || nactive == MAX_CLIENTS;
        if (!refused) active_fds[nactive++] = fd;
        pthread_mutex_unlock(&lock);
        if (refused) { close(fd); continue; }
        Client *c = calloc(1, sizeof *c);
        if (!c) die("out of memory");
        c->index = ++index;
        c->fd = fd;
        /* splitmix64 of the seed and the client's number: a distinct, non-zero stream each */
        uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (uint64_t)index;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        c->random = (z ^ (z >> 31)) | 1;
        for (int v = 0; v < nvars; v++) c->value[v] = vars[v].define;
        pthread_t thread;
        if (pthread_create(&thread, &attributes, client_thread, c) != 0) die("cannot start a client thread");
        total_clients++;
    }

    /* Stopping: no more clients; wait for the threads to answer and go, then tidy up. */
    close(listener);
    unlink(socket_path);
    pthread_mutex_lock(&lock);
    while (nactive > 0) pthread_cond_wait(&gone, &lock);
    for (int i = 0; i < nidle; i++) PQfinish(idle[i]);
    nidle = 0;
    fprintf(stderr, "floor: stopped: %" PRIu64 " clients, %" PRIu64 " requests answered, %" PRIu64 " errors\n",
            total_clients, total_requests, total_errors);
    pthread_mutex_unlock(&lock);
    return 0;
}
