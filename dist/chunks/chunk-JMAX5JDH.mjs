import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_VXLAN_PORT,
  INLINE_WAIVER,
  LABEL,
  ModelDraft,
  SMALL_FILE_LIMIT,
  WAIVER_ANNOTATION,
  argoChangesBuild,
  fileKind,
  finishModel,
  fluxChangesBuild,
  formatBytes,
  get,
  inputFinding,
  invalidResource,
  isRecord,
  parseError,
  parseText,
  readArgoApplication,
  readBounded,
  readFile,
  readOne,
  readSource,
  scalarString,
  skipped,
  waiverFile
} from "./chunk-FZA5GQAU.mjs";
import {
  instancePages,
  loadPolicySync,
  pagesFor
} from "./chunk-MNDRRFXA.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-UMQXRH7G.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at3) => {
      let separator = EMPTY;
      for (let index = at3 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at3) => {
          if (token.wildcard) {
            lastWildcard = at3;
          }
        });
        run.forEach((token, at3) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at3 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at3)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path28) => {
      const end = path28.length - 1;
      const index = path28.lastIndexOf(
        SLASH,
        path28[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path28 : path28.slice(index + 1);
    };
    var parentOf = (path28) => {
      if (path28.charCodeAt(0) === SLASH_CODE || path28.indexOf(DOUBLE_SLASH) >= 0) {
        const slices2 = path28.split(SLASH).filter(Boolean);
        slices2.pop();
        return slices2.length ? slices2.join(SLASH) + SLASH : EMPTY;
      }
      const end = path28.length - 1;
      const cut = path28.lastIndexOf(
        SLASH,
        path28.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path28.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path28) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path28)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path28, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path28) : path28;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path28
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path28, originalPath, doThrow) => {
      if (!isString(path28)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path28) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path28)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path28) => {
      const first = path28.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path28.length === 1) {
        return true;
      }
      const second = path28.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path28.length === 2 || path28.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path28) {
        checkPath(
          path28,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path28 ? this._t(path28, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path28 = convertPath(target);
        if (!path28 || path28.charCodeAt(path28.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path28);
        }
        const dir = this._t(path28, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path28);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path28, cache) {
        if (path28 in cache) {
          return cache[path28];
        }
        const parentPath = parentOf(path28);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path28] = parent && parent.ignored ? parent : this._rules.test(path28, MODE_IGNORE);
      }
      ignores(path28) {
        return this._test(path28, this._ignoreCache, convertPath(path28)).ignored;
      }
      createFilter() {
        return (path28) => !this.ignores(path28);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path28) {
        return this._test(path28, this._testCache, convertPath(path28));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path28) => checkPath(convertPath(path28), path28, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path28) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path28) || isNotRelative(path28);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/ip-address/dist/address-error.js
var require_address_error = __commonJS({
  "node_modules/ip-address/dist/address-error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AddressError = void 0;
    var AddressError = class extends Error {
      constructor(message, parseMessage) {
        super(message);
        this.name = "AddressError";
        this.parseMessage = parseMessage;
      }
    };
    exports.AddressError = AddressError;
  }
});

// node_modules/ip-address/dist/common.js
var require_common = __commonJS({
  "node_modules/ip-address/dist/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isInSubnet = isInSubnet;
    exports.isHostInSubnet = isHostInSubnet;
    exports.isGloballyReachable = isGloballyReachable;
    exports.offsetBigInt = offsetBigInt;
    exports.isCorrect = isCorrect;
    exports.prefixLengthFromMask = prefixLengthFromMask;
    exports.assertByteArray = assertByteArray;
    exports.numberToPaddedHex = numberToPaddedHex;
    exports.stringToPaddedHex = stringToPaddedHex;
    exports.testBit = testBit;
    var address_error_1 = require_address_error();
    function isInSubnet(address) {
      if (this.subnetMask < address.subnetMask) {
        return false;
      }
      return isHostInSubnet.call(this, address);
    }
    function isHostInSubnet(address) {
      if (this.binaryZeroPad().length !== address.binaryZeroPad().length) {
        return false;
      }
      return this.mask(address.subnetMask) === address.mask();
    }
    function isGloballyReachable(entries) {
      let best = null;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.reachable !== null && isHostInSubnet.call(this, entry.subnet) && (best === null || entry.subnet.subnetMask > best.subnet.subnetMask)) {
          best = entry;
        }
      }
      return best === null ? true : best.reachable;
    }
    function offsetBigInt(value2, n, bits, family) {
      if (typeof n === "number" && !Number.isSafeInteger(n)) {
        throw new address_error_1.AddressError(`${family} offset must be an integer`);
      }
      if (typeof n !== "number" && typeof n !== "bigint") {
        throw new address_error_1.AddressError(`${family} offset must be an integer`);
      }
      const result2 = value2 + BigInt(n);
      if (result2 < BigInt(0) || result2 > (BigInt(1) << BigInt(bits)) - BigInt(1)) {
        throw new address_error_1.AddressError(`${family} offset leaves the address space`);
      }
      return result2;
    }
    function isCorrect(defaultBits) {
      return function isCorrectForm() {
        if (this.addressMinusSuffix !== this.correctForm()) {
          return false;
        }
        if (this.subnetMask === defaultBits && !this.parsedSubnet) {
          return true;
        }
        return this.parsedSubnet === String(this.subnetMask);
      };
    }
    function prefixLengthFromMask(value2, totalBits) {
      const binary = value2.toString(2).padStart(totalBits, "0");
      if (binary.length > totalBits) {
        throw new address_error_1.AddressError("Invalid subnet mask.");
      }
      const firstZero = binary.indexOf("0");
      if (firstZero === -1) {
        return totalBits;
      }
      if (binary.slice(firstZero).includes("1")) {
        throw new address_error_1.AddressError("Invalid subnet mask.");
      }
      return firstZero;
    }
    function assertByteArray(bytes, byteCount, family, minimum) {
      if (bytes.length !== byteCount) {
        throw new address_error_1.AddressError(`${family} addresses require exactly ${byteCount} bytes`);
      }
      for (let i = 0; i < bytes.length; i++) {
        if (!Number.isInteger(bytes[i]) || bytes[i] < minimum || bytes[i] > 255) {
          throw new address_error_1.AddressError(`All bytes must be integers between ${minimum} and 255`);
        }
      }
    }
    function numberToPaddedHex(number) {
      return number.toString(16).padStart(2, "0");
    }
    function stringToPaddedHex(numberString) {
      return numberToPaddedHex(parseInt(numberString, 10));
    }
    function testBit(binaryValue, position) {
      const { length } = binaryValue;
      if (position >= length) {
        return false;
      }
      const positionInString = length - position - 1;
      return binaryValue.substring(positionInString, positionInString + 1) === "1";
    }
  }
});

// node_modules/ip-address/dist/v4/constants.js
var require_constants = __commonJS({
  "node_modules/ip-address/dist/v4/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SPECIAL_PURPOSE = exports.RE_SUBNET_STRING = exports.RE_ADDRESS = exports.GROUPS = exports.BITS = void 0;
    exports.BITS = 32;
    exports.GROUPS = 4;
    exports.RE_ADDRESS = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/g;
    exports.RE_SUBNET_STRING = /\/\d{1,2}$/;
    exports.SPECIAL_PURPOSE = [
      ["0.0.0.0/8", "This network", false],
      ["0.0.0.0/32", "This host on this network", false],
      ["10.0.0.0/8", "Private-Use", false],
      ["100.64.0.0/10", "Shared Address Space", false],
      ["127.0.0.0/8", "Loopback", false],
      ["169.254.0.0/16", "Link Local", false],
      ["172.16.0.0/12", "Private-Use", false],
      ["192.0.0.0/24", "IETF Protocol Assignments", false],
      ["192.0.0.0/29", "IPv4 Service Continuity Prefix", false],
      ["192.0.0.8/32", "IPv4 dummy address", false],
      ["192.0.0.9/32", "Port Control Protocol Anycast", true],
      ["192.0.0.10/32", "Traversal Using Relays around NAT Anycast", true],
      ["192.0.0.170/32", "NAT64/DNS64 Discovery", false],
      ["192.0.0.171/32", "NAT64/DNS64 Discovery", false],
      ["192.0.2.0/24", "Documentation (TEST-NET-1)", false],
      ["192.31.196.0/24", "AS112-v4", true],
      ["192.52.193.0/24", "AMT", true],
      ["192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", null],
      ["192.88.99.2/32", "6a44-relay anycast address", false],
      ["192.168.0.0/16", "Private-Use", false],
      ["192.175.48.0/24", "Direct Delegation AS112 Service", true],
      ["198.18.0.0/15", "Benchmarking", false],
      ["198.51.100.0/24", "Documentation (TEST-NET-2)", false],
      ["203.0.113.0/24", "Documentation (TEST-NET-3)", false],
      ["240.0.0.0/4", "Reserved", false],
      ["255.255.255.255/32", "Limited Broadcast", false]
    ];
  }
});

// node_modules/ip-address/dist/ipv4.js
var require_ipv4 = __commonJS({
  "node_modules/ip-address/dist/ipv4.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result2 = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result2, mod, k);
      }
      __setModuleDefault(result2, mod);
      return result2;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Address4 = void 0;
    var common = __importStar(require_common());
    var constants2 = __importStar(require_constants());
    var address_error_1 = require_address_error();
    var isCorrect4 = common.isCorrect(constants2.BITS);
    var Address42 = class _Address4 {
      constructor(address) {
        this.addressMinusSuffix = "";
        this.groups = constants2.GROUPS;
        this.parsedAddress = [];
        this.parsedSubnet = "";
        this.subnet = "/32";
        this.subnetMask = 32;
        this.v4 = true;
        this.isCorrect = isCorrect4;
        this.isInSubnet = common.isInSubnet;
        this.isHostInSubnet = common.isHostInSubnet;
        this.address = address;
        const subnet = constants2.RE_SUBNET_STRING.exec(address);
        if (subnet) {
          this.parsedSubnet = subnet[0].replace("/", "");
          this.subnetMask = parseInt(this.parsedSubnet, 10);
          this.subnet = `/${this.subnetMask}`;
          if (this.subnetMask < 0 || this.subnetMask > constants2.BITS) {
            throw new address_error_1.AddressError("Invalid subnet mask.");
          }
          address = address.replace(constants2.RE_SUBNET_STRING, "");
        }
        const longest = constants2.GROUPS * 4 - 1;
        if (address.length > longest) {
          throw new address_error_1.AddressError(`IPv4 addresses are at most ${longest} characters.`);
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(address);
      }
      /**
       * Returns true if the given string is a valid IPv4 address (with optional
       * CIDR subnet), false otherwise. Host bits in the subnet portion are
       * allowed (e.g. `192.168.1.5/24` is valid); for strict network-address
       * validation compare `correctForm()` to `startAddress().correctForm()`,
       * or use `networkForm()`.
       */
      static isValid(address) {
        try {
          new _Address4(address);
          return true;
        } catch {
          return false;
        }
      }
      /**
       * Parses an IPv4 address string into its four octet groups and stores the
       * result on `this.parsedAddress`. Called automatically by the constructor;
       * you typically don't need to call it directly. Throws `AddressError` if
       * the input is not a valid IPv4 address.
       */
      parse(address) {
        const groups = address.split(".");
        if (groups.some((group) => /^0\d/.test(group))) {
          throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.");
        }
        if (!address.match(constants2.RE_ADDRESS)) {
          throw new address_error_1.AddressError("Invalid IPv4 address.");
        }
        return groups;
      }
      /**
       * Returns the address in correct form: octets joined with `.` and any
       * leading zeros stripped (e.g. `192.168.1.1`). For IPv4 this matches the
       * canonical dotted-decimal representation.
       */
      correctForm() {
        return this.parsedAddress.map((part) => parseInt(part, 10)).join(".");
      }
      /**
       * Construct an `Address4` from an address and a dotted-decimal subnet
       * mask given as separate strings (e.g. as returned by Node's
       * `os.networkInterfaces()`). Throws `AddressError` if the mask is
       * non-contiguous (e.g. `255.0.255.0`).
       * @example
       * var address = Address4.fromAddressAndMask('192.168.1.1', '255.255.255.0');
       * address.subnetMask; // 24
       */
      static fromAddressAndMask(address, mask) {
        const bits = common.prefixLengthFromMask(new _Address4(mask).bigInt(), constants2.BITS);
        return new _Address4(`${address}/${bits}`);
      }
      /**
       * Construct an `Address4` from an address and a Cisco-style wildcard mask
       * given as separate strings (e.g. `0.0.0.255` for a `/24`). The wildcard
       * mask is the bitwise inverse of the subnet mask. Throws `AddressError`
       * if the mask is non-contiguous (e.g. `0.255.0.255`).
       * @example
       * var address = Address4.fromAddressAndWildcardMask('10.0.0.1', '0.0.0.255');
       * address.subnetMask; // 24
       */
      static fromAddressAndWildcardMask(address, wildcardMask) {
        const wildcard = new _Address4(wildcardMask).bigInt();
        const allOnes = (BigInt(1) << BigInt(constants2.BITS)) - BigInt(1);
        const mask = wildcard ^ allOnes;
        const bits = common.prefixLengthFromMask(mask, constants2.BITS);
        return new _Address4(`${address}/${bits}`);
      }
      /**
       * Construct an `Address4` from a wildcard pattern with trailing `*`
       * octets. The number of trailing wildcards determines the prefix
       * length: each `*` represents 8 bits.
       *
       * Only trailing whole-octet wildcards are supported. Partial-octet
       * wildcards (e.g. `192.168.0.1*`) and interior wildcards (e.g.
       * `192.*.0.1`) throw `AddressError`.
       * @example
       * Address4.fromWildcard('192.168.0.*').subnet;   // '/24'
       * Address4.fromWildcard('192.168.*.*').subnet;   // '/16'
       * Address4.fromWildcard('*.*.*.*').subnet;       // '/0'
       */
      static fromWildcard(input) {
        const groups = input.split(".");
        if (groups.length !== constants2.GROUPS) {
          throw new address_error_1.AddressError("Wildcard pattern must have 4 octets");
        }
        let firstWildcard = -1;
        for (let i = 0; i < groups.length; i++) {
          if (groups[i] === "*") {
            if (firstWildcard === -1) {
              firstWildcard = i;
            }
          } else if (firstWildcard !== -1) {
            throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing octets (e.g. `192.168.0.*`)");
          }
        }
        const trailing2 = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
        const replaced = groups.map((g) => g === "*" ? "0" : g);
        const subnetBits = constants2.BITS - trailing2 * 8;
        return new _Address4(`${replaced.join(".")}/${subnetBits}`);
      }
      /**
       * Converts a hex string to an IPv4 address object. Accepts 8 hex digits
       * with optional `:` separators (e.g. `'7f000001'` or `'7f:00:00:01'`).
       * Throws `AddressError` for any other length or for non-hex characters.
       * @param {string} hex - a hex string to convert
       * @returns {Address4}
       */
      static fromHex(hex) {
        const stripped = hex.replace(/:/g, "");
        if (!/^[0-9a-fA-F]{8}$/.test(stripped)) {
          throw new address_error_1.AddressError("IPv4 hex must be exactly 8 hex digits");
        }
        const groups = [];
        for (let i = 0; i < 8; i += 2) {
          groups.push(parseInt(stripped.slice(i, i + 2), 16));
        }
        return new _Address4(groups.join("."));
      }
      /**
       * Converts an integer into a IPv4 address object. The integer must be a
       * non-negative safe integer in the range `[0, 2**32 - 1]`; otherwise
       * `AddressError` is thrown.
       * @param {integer} integer - a number to convert
       * @returns {Address4}
       */
      static fromInteger(integer) {
        if (!Number.isInteger(integer) || integer < 0 || integer > 4294967295) {
          throw new address_error_1.AddressError("IPv4 integer must be in the range 0 to 2**32 - 1");
        }
        return _Address4.fromHex(integer.toString(16).padStart(8, "0"));
      }
      /**
       * Return an address from in-addr.arpa form: the four octets reversed, with
       * or without the `.in-addr.arpa` suffix and root dot, in any case. Throws
       * `AddressError` unless the reversed labels form a valid IPv4 address, so
       * `fromArpa(x.reverseForm())` round-trips {@link reverseForm}.
       * @param {string} arpaFormAddress - an 'in-addr.arpa' form ipv4 address
       * @returns {Adress4}
       * @example
       * var address = Address4.fromArpa('42.2.0.192.in-addr.arpa.')
       * address.correctForm(); // '192.0.2.42'
       */
      static fromArpa(arpaFormAddress) {
        const longest = constants2.GROUPS * 4 - 1 + "/32".length + ".in-addr.arpa.".length;
        if (arpaFormAddress.length > longest) {
          throw new address_error_1.AddressError(`in-addr.arpa names are at most ${longest} characters.`);
        }
        const leader = arpaFormAddress.replace(/(\.in-addr\.arpa)?\.?$/i, "");
        const address = leader.split(".").reverse().join(".");
        return new _Address4(address);
      }
      /**
       * Converts an IPv4 address object to a hex string
       * @returns {String}
       */
      toHex() {
        return this.parsedAddress.map((part) => common.stringToPaddedHex(part)).join(":");
      }
      /**
       * Converts an IPv4 address object to an array of bytes.
       *
       * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toArray())`.
       * @returns {Array}
       */
      toArray() {
        return this.parsedAddress.map((part) => parseInt(part, 10));
      }
      /**
       * Converts an IPv4 address object to an IPv6 address group
       * @returns {String}
       */
      toGroup6() {
        const output = [];
        let i;
        for (i = 0; i < constants2.GROUPS; i += 2) {
          output.push(`${common.stringToPaddedHex(this.parsedAddress[i])}${common.stringToPaddedHex(this.parsedAddress[i + 1])}`);
        }
        return output.join(":");
      }
      /**
       * Returns the address as a `bigint`
       * @returns {bigint}
       */
      bigInt() {
        return BigInt(`0x${this.parsedAddress.map((n) => common.stringToPaddedHex(n)).join("")}`);
      }
      /**
       * Helper function getting start address.
       * @returns {bigint}
       */
      _startAddress() {
        return BigInt(`0b${this.mask() + "0".repeat(constants2.BITS - this.subnetMask)}`);
      }
      /**
       * The first address in the range given by this address' subnet.
       * Often referred to as the Network Address.
       * @returns {Address4}
       */
      startAddress() {
        return _Address4.fromBigInt(this._startAddress());
      }
      /**
       * The first host address in the range given by this address's subnet ie
       * the first address after the Network Address
       * @returns {Address4}
       */
      startAddressExclusive() {
        const adjust = BigInt("1");
        return _Address4.fromBigInt(this._startAddress() + adjust);
      }
      /**
       * Returns the address `n` addresses after this one (or before, when `n` is
       * negative), keeping this address's subnet mask. Throws `AddressError` when
       * the result would fall outside the IPv4 address space or `n` is not an
       * integer.
       * @param {number | bigint} n
       * @returns {Address4}
       * @example
       * new Address4('10.0.0.0/24').offset(1).correctForm(); // '10.0.0.1'
       */
      offset(n) {
        return _Address4.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants2.BITS, "IPv4")).withSubnetMask(this.subnetMask);
      }
      /**
       * Returns the network that follows this address's network: the address after
       * {@link endAddress}, with the same subnet mask. Throws `AddressError` when
       * this network is the last one in the address space.
       * @returns {Address4}
       * @example
       * new Address4('10.0.0.0/24').nextNetwork().networkForm(); // '10.0.1.0/24'
       */
      nextNetwork() {
        return _Address4.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants2.BITS, "IPv4")).withSubnetMask(this.subnetMask);
      }
      withSubnetMask(subnetMask) {
        return new _Address4(`${this.correctForm()}/${subnetMask}`);
      }
      /**
       * Helper function getting end address.
       * @returns {bigint}
       */
      _endAddress() {
        return BigInt(`0b${this.mask() + "1".repeat(constants2.BITS - this.subnetMask)}`);
      }
      /**
       * The last address in the range given by this address' subnet
       * Often referred to as the Broadcast
       * @returns {Address4}
       */
      endAddress() {
        return _Address4.fromBigInt(this._endAddress());
      }
      /**
       * The last host address in the range given by this address's subnet ie
       * the last address prior to the Broadcast Address
       * @returns {Address4}
       */
      endAddressExclusive() {
        const adjust = BigInt("1");
        return _Address4.fromBigInt(this._endAddress() - adjust);
      }
      /**
       * The dotted-decimal form of the subnet mask, e.g. `255.255.240.0` for
       * a `/20`. Returns an `Address4`; call `.correctForm()` for the string.
       * @returns {Address4}
       */
      subnetMaskAddress() {
        return _Address4.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants2.BITS - this.subnetMask)}`));
      }
      /**
       * The Cisco-style wildcard mask, e.g. `0.0.0.255` for a `/24`. This is
       * the bitwise inverse of `subnetMaskAddress()`. Returns an `Address4`;
       * call `.correctForm()` for the string.
       * @returns {Address4}
       */
      wildcardMask() {
        return _Address4.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants2.BITS - this.subnetMask)}`));
      }
      /**
       * The network address in CIDR string form, e.g. `192.168.1.0/24` for
       * `192.168.1.5/24`. For an address with no explicit subnet the prefix is
       * `/32`, e.g. `networkForm()` on `192.168.1.5` returns `192.168.1.5/32`.
       * @returns {string}
       */
      networkForm() {
        return `${this.startAddress().correctForm()}/${this.subnetMask}`;
      }
      /**
       * Converts a BigInt to a v4 address object. The value must be in the
       * range `[0, 2**32 - 1]`; otherwise `AddressError` is thrown.
       * @param {bigint} bigInt - a BigInt to convert
       * @returns {Address4}
       */
      static fromBigInt(bigInt) {
        if (bigInt < BigInt(0) || bigInt > BigInt(4294967295)) {
          throw new address_error_1.AddressError("IPv4 BigInt must be in the range 0 to 2**32 - 1");
        }
        return _Address4.fromHex(bigInt.toString(16).padStart(8, "0"));
      }
      /**
       * Convert a byte array to an Address4 object. Throws `AddressError` unless
       * given exactly 4 integers from 0 to 255. Signed bytes are rejected, so
       * this differs from `Address6.fromByteArray`, which folds them; the two
       * contracts converge on this stricter form in the next major version.
       *
       * To convert from a Node.js `Buffer`, spread it: `Address4.fromByteArray([...buf])`.
       * @param {Array<number>} bytes - an array of 4 bytes (0-255)
       * @returns {Address4}
       */
      static fromByteArray(bytes) {
        common.assertByteArray(bytes, 4, "IPv4", 0);
        return this.fromUnsignedByteArray(bytes);
      }
      /**
       * Convert an unsigned byte array to an Address4 object. Throws
       * `AddressError` unless given exactly 4 bytes, and rejects values outside
       * 0 to 255 when parsing the resulting address.
       *
       * To convert from a Node.js `Buffer`, spread it:
       * `Address4.fromUnsignedByteArray([...buf])`.
       * @param {Array<number>} bytes - an array of 4 unsigned bytes (0-255)
       * @returns {Address4}
       */
      static fromUnsignedByteArray(bytes) {
        if (bytes.length !== 4) {
          throw new address_error_1.AddressError("IPv4 addresses require exactly 4 bytes");
        }
        const address = bytes.join(".");
        return new _Address4(address);
      }
      /**
       * Returns the first n bits of the address, defaulting to the
       * subnet mask
       * @returns {String}
       */
      mask(mask) {
        if (mask === void 0) {
          mask = this.subnetMask;
        }
        return this.getBitsBase2(0, mask);
      }
      /**
       * Returns the bits in the given range as a base-2 string
       * @returns {string}
       */
      getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
      }
      /**
       * Return the reversed in-addr.arpa form of the address, e.g.
       * `42.2.0.192.in-addr.arpa.` for `192.0.2.42`.
       * @param {Object} options
       * @param {boolean} options.omitSuffix - omit the "in-addr.arpa" suffix
       * @returns {String}
       */
      reverseForm(options) {
        if (!options) {
          options = {};
        }
        const reversed = this.correctForm().split(".").reverse().join(".");
        if (options.omitSuffix) {
          return reversed;
        }
        return `${reversed}.in-addr.arpa.`;
      }
      /**
       * Returns true if the given address is a multicast address
       * @returns {boolean}
       */
      isMulticast() {
        return this.isHostInSubnet(MULTICAST_V4);
      }
      /**
       * Returns true if the address is in one of the [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918) private address ranges (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`).
       * @returns {boolean}
       */
      isPrivate() {
        return PRIVATE_V4.some((subnet) => this.isHostInSubnet(subnet));
      }
      /**
       * Returns true if the address is in the loopback range `127.0.0.0/8` ([RFC 1122](https://datatracker.ietf.org/doc/html/rfc1122)).
       * @returns {boolean}
       */
      isLoopback() {
        return this.isHostInSubnet(LOOPBACK_V4);
      }
      /**
       * Returns true if the address is in the link-local range `169.254.0.0/16` ([RFC 3927](https://datatracker.ietf.org/doc/html/rfc3927)).
       * @returns {boolean}
       */
      isLinkLocal() {
        return this.isHostInSubnet(LINK_LOCAL_V4);
      }
      /**
       * Returns true if the address is the unspecified address `0.0.0.0`.
       * @returns {boolean}
       */
      isUnspecified() {
        return this.isHostInSubnet(UNSPECIFIED_V4);
      }
      /**
       * Returns true if the address is the limited broadcast address `255.255.255.255` ([RFC 919](https://datatracker.ietf.org/doc/html/rfc919)).
       * @returns {boolean}
       */
      isBroadcast() {
        return this.isHostInSubnet(BROADCAST_V4);
      }
      /**
       * Returns true if the address is in the carrier-grade NAT range `100.64.0.0/10` ([RFC 6598](https://datatracker.ietf.org/doc/html/rfc6598)).
       * @returns {boolean}
       */
      isCGNAT() {
        return this.isHostInSubnet(CGNAT_V4);
      }
      /**
       * Returns true if the address is in one of the documentation ranges
       * `192.0.2.0/24`, `198.51.100.0/24`, or `203.0.113.0/24` ([RFC 5737](https://datatracker.ietf.org/doc/html/rfc5737)).
       * @returns {boolean}
       */
      isDocumentation() {
        return DOCUMENTATION_V4.some((subnet) => this.isHostInSubnet(subnet));
      }
      /**
       * Returns true if the address is in the benchmarking range `198.18.0.0/15` ([RFC 2544](https://datatracker.ietf.org/doc/html/rfc2544)).
       * @returns {boolean}
       */
      isBenchmarking() {
        return this.isHostInSubnet(BENCHMARKING_V4);
      }
      /**
       * Returns true if the address is in the reserved range `240.0.0.0/4` ([RFC 1112](https://datatracker.ietf.org/doc/html/rfc1112)),
       * which includes the limited broadcast address.
       * @returns {boolean}
       */
      isReserved() {
        return this.isHostInSubnet(RESERVED_V4);
      }
      /**
       * Returns true if the address is globally reachable: not multicast, and not
       * in any block the [IANA IPv4 Special-Purpose Address Registry](https://www.iana.org/assignments/iana-ipv4-special-registry/)
       * marks as not globally reachable. That covers everything the individual
       * classifiers name (private, loopback, link-local, CGNAT, unspecified,
       * broadcast, documentation, benchmarking, reserved) and the blocks they do
       * not, such as `0.0.0.0/8` and the IETF protocol assignments in
       * `192.0.0.0/24`. This is the single predicate to use where a request must
       * not reach an internal or special-purpose destination; see SECURITY.md.
       * @returns {boolean}
       */
      isGlobal() {
        return !this.isMulticast() && common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V4);
      }
      /**
       * Returns a zero-padded base-2 string representation of the address
       * @returns {string}
       */
      binaryZeroPad() {
        if (this._binaryZeroPad === void 0) {
          this._binaryZeroPad = this.bigInt().toString(2).padStart(constants2.BITS, "0");
        }
        return this._binaryZeroPad;
      }
      /**
       * Groups an IPv4 address for inclusion at the end of an IPv6 address.
       *
       * Returns an HTML fragment: each half of the address is wrapped in a
       * `<span>` carrying the group classes an address-inspector UI hovers on.
       * The address content is HTML-escaped; anything you concatenate around it
       * is your responsibility.
       * @returns {String}
       */
      groupForV6() {
        const segments = this.parsedAddress;
        return this.correctForm().replace(constants2.RE_ADDRESS, `<span class="hover-group group-v4 group-6">${segments.slice(0, 2).join(".")}</span>.<span class="hover-group group-v4 group-7">${segments.slice(2, 4).join(".")}</span>`);
      }
    };
    exports.Address4 = Address42;
    var MULTICAST_V4 = new Address42("224.0.0.0/4");
    var PRIVATE_V4 = [
      new Address42("10.0.0.0/8"),
      new Address42("172.16.0.0/12"),
      new Address42("192.168.0.0/16")
    ];
    var LOOPBACK_V4 = new Address42("127.0.0.0/8");
    var LINK_LOCAL_V4 = new Address42("169.254.0.0/16");
    var UNSPECIFIED_V4 = new Address42("0.0.0.0/32");
    var BROADCAST_V4 = new Address42("255.255.255.255/32");
    var CGNAT_V4 = new Address42("100.64.0.0/10");
    var DOCUMENTATION_V4 = [
      new Address42("192.0.2.0/24"),
      new Address42("198.51.100.0/24"),
      new Address42("203.0.113.0/24")
    ];
    var BENCHMARKING_V4 = new Address42("198.18.0.0/15");
    var RESERVED_V4 = new Address42("240.0.0.0/4");
    var SPECIAL_PURPOSE_V4 = constants2.SPECIAL_PURPOSE.map(([cidr3, , reachable]) => ({
      subnet: new Address42(cidr3),
      reachable
    }));
  }
});

// node_modules/ip-address/dist/v6/constants.js
var require_constants2 = __commonJS({
  "node_modules/ip-address/dist/v6/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SPECIAL_PURPOSE = exports.RE_URL_WITH_PORT = exports.RE_URL = exports.RE_ZONE_STRING = exports.RE_SUBNET_STRING = exports.RE_BAD_ADDRESS = exports.RE_BAD_CHARACTERS = exports.TYPES = exports.SCOPES = exports.GROUPS = exports.BITS = void 0;
    exports.BITS = 128;
    exports.GROUPS = 8;
    exports.SCOPES = {
      0: "Reserved",
      1: "Interface local",
      2: "Link local",
      4: "Admin local",
      5: "Site local",
      8: "Organization local",
      14: "Global",
      15: "Reserved"
    };
    exports.TYPES = {
      "ff01::1/128": "Multicast (All nodes on this interface)",
      "ff01::2/128": "Multicast (All routers on this interface)",
      "ff02::1/128": "Multicast (All nodes on this link)",
      "ff02::2/128": "Multicast (All routers on this link)",
      "ff05::2/128": "Multicast (All routers in this site)",
      "ff02::5/128": "Multicast (OSPFv3 AllSPF routers)",
      "ff02::6/128": "Multicast (OSPFv3 AllDR routers)",
      "ff02::9/128": "Multicast (RIP routers)",
      "ff02::a/128": "Multicast (EIGRP routers)",
      "ff02::d/128": "Multicast (PIM routers)",
      "ff02::16/128": "Multicast (MLDv2 reports)",
      "ff01::fb/128": "Multicast (mDNSv6)",
      "ff02::fb/128": "Multicast (mDNSv6)",
      "ff05::fb/128": "Multicast (mDNSv6)",
      "ff02::1:2/128": "Multicast (All DHCP servers and relay agents on this link)",
      "ff05::1:2/128": "Multicast (All DHCP servers and relay agents in this site)",
      "ff02::1:3/128": "Multicast (All DHCP servers on this link)",
      "ff05::1:3/128": "Multicast (All DHCP servers in this site)",
      "::/128": "Unspecified",
      "::1/128": "Loopback",
      "::ffff:0:0/96": "IPv4-mapped",
      "ff00::/8": "Multicast",
      "fe80::/10": "Link-local unicast",
      "fc00::/7": "Unique local",
      "2001::/32": "Teredo",
      "2001:2::/48": "Benchmarking",
      "2002::/16": "6to4",
      "2001:db8::/32": "Documentation",
      "3fff::/20": "Documentation",
      "100::/64": "Discard-only",
      "fec0::/10": "Site-local unicast (deprecated)",
      "::/96": "IPv4-compatible (deprecated)",
      "64:ff9b::/96": "NAT64 (well-known)",
      "64:ff9b:1::/48": "NAT64 (local-use)"
    };
    exports.RE_BAD_CHARACTERS = /([^0-9a-f:/%])/gi;
    exports.RE_BAD_ADDRESS = /([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;
    exports.RE_SUBNET_STRING = /\/\d{1,3}(?=%|$)/;
    exports.RE_ZONE_STRING = /%.*$/;
    exports.RE_URL = /^(?:\[([0-9a-f:.]+)\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;
    exports.RE_URL_WITH_PORT = /^\[([0-9a-f:.]+)\]:([0-9]{1,5})(?:[/?#].*)?$/i;
    exports.SPECIAL_PURPOSE = [
      ["::1/128", "Loopback Address", false],
      ["::/128", "Unspecified Address", false],
      ["::ffff:0:0/96", "IPv4-mapped Address", false],
      ["64:ff9b::/96", "IPv4-IPv6 Translat.", true],
      ["64:ff9b:1::/48", "IPv4-IPv6 Translat.", false],
      ["100::/64", "Discard-Only Address Block", false],
      ["100:0:0:1::/64", "Dummy IPv6 Prefix", false],
      ["2001::/23", "IETF Protocol Assignments", false],
      ["2001::/32", "TEREDO", false],
      ["2001:1::1/128", "Port Control Protocol Anycast", true],
      ["2001:1::2/128", "Traversal Using Relays around NAT Anycast", true],
      ["2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", true],
      ["2001:2::/48", "Benchmarking", false],
      ["2001:3::/32", "AMT", true],
      ["2001:4:112::/48", "AS112-v6", true],
      ["2001:10::/28", "Deprecated (previously ORCHID)", null],
      ["2001:20::/28", "ORCHIDv2", true],
      ["2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix", true],
      ["2001:db8::/32", "Documentation", false],
      ["2002::/16", "6to4", false],
      ["2620:4f:8000::/48", "Direct Delegation AS112 Service", true],
      ["3fff::/20", "Documentation", false],
      ["5f00::/16", "Segment Routing (SRv6) SIDs", false],
      ["fc00::/7", "Unique-Local", false],
      ["fe80::/10", "Link-Local Unicast", false]
    ];
  }
});

// node_modules/ip-address/dist/v6/helpers.js
var require_helpers = __commonJS({
  "node_modules/ip-address/dist/v6/helpers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escapeHtml = escapeHtml;
    exports.spanAllZeroes = spanAllZeroes;
    exports.spanAll = spanAll;
    exports.spanLeadingZeroes = spanLeadingZeroes;
    exports.simpleGroup = simpleGroup;
    function escapeHtml(s) {
      return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    }
    function spanAllZeroes(s) {
      return escapeHtml(s).replace(/(0+)/g, '<span class="zero">$1</span>');
    }
    function spanAll(s, offset = 0) {
      const letters = s.split("");
      return letters.map((n, i) => `<span class="digit value-${escapeHtml(n)} position-${i + offset}">${spanAllZeroes(n)}</span>`).join("");
    }
    function spanLeadingZeroesSimple(group) {
      return escapeHtml(group).replace(/^(0+)/, '<span class="zero">$1</span>');
    }
    function spanLeadingZeroes(address) {
      const groups = address.split(":");
      return groups.map((g) => spanLeadingZeroesSimple(g)).join(":");
    }
    function simpleGroup(addressString, offset = 0) {
      const groups = addressString.split(":");
      return groups.map((g, i) => {
        if (/group-v4/.test(g)) {
          return g;
        }
        return `<span class="hover-group group-${i + offset}">${spanLeadingZeroesSimple(g)}</span>`;
      });
    }
  }
});

// node_modules/ip-address/dist/v6/regular-expressions.js
var require_regular_expressions = __commonJS({
  "node_modules/ip-address/dist/v6/regular-expressions.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result2 = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result2, mod, k);
      }
      __setModuleDefault(result2, mod);
      return result2;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ADDRESS_BOUNDARY = void 0;
    exports.groupPossibilities = groupPossibilities;
    exports.padGroup = padGroup;
    exports.simpleRegularExpression = simpleRegularExpression;
    exports.possibleElisions = possibleElisions;
    var v6 = __importStar(require_constants2());
    function groupPossibilities(possibilities) {
      return `(${possibilities.join("|")})`;
    }
    function padGroup(group) {
      if (group.length < 4) {
        return `0{0,${4 - group.length}}${group}`;
      }
      return group;
    }
    exports.ADDRESS_BOUNDARY = "[^A-Fa-f0-9:]";
    function simpleRegularExpression(groups) {
      const zeroIndexes = [];
      groups.forEach((group, i) => {
        const groupInteger = parseInt(group, 16);
        if (groupInteger === 0) {
          zeroIndexes.push(i);
        }
      });
      const possibilities = zeroIndexes.map((zeroIndex) => groups.map((group, i) => {
        if (i === zeroIndex) {
          const elision = i === 0 || i === v6.GROUPS - 1 ? ":" : "";
          return groupPossibilities([padGroup(group), elision]);
        }
        return padGroup(group);
      }).join(":"));
      possibilities.push(groups.map(padGroup).join(":"));
      return groupPossibilities(possibilities);
    }
    function possibleElisions(elidedGroups, moreLeft, moreRight) {
      const left = moreLeft ? "" : ":";
      const right = moreRight ? "" : ":";
      const possibilities = [];
      if (!moreLeft && !moreRight) {
        possibilities.push("::");
      }
      if (moreLeft && moreRight) {
        possibilities.push("");
      }
      if (moreRight && !moreLeft || !moreRight && moreLeft) {
        possibilities.push(":");
      }
      possibilities.push(`${left}(:0{1,4}){1,${elidedGroups - 1}}`);
      possibilities.push(`(0{1,4}:){1,${elidedGroups - 1}}${right}`);
      possibilities.push(`(0{1,4}:){${elidedGroups - 1}}0{1,4}`);
      for (let groups = 1; groups < elidedGroups - 1; groups++) {
        for (let position = 1; position < elidedGroups - groups; position++) {
          possibilities.push(`(0{1,4}:){${position}}:(0{1,4}:){${elidedGroups - position - groups - 1}}0{1,4}`);
        }
      }
      return groupPossibilities(possibilities);
    }
  }
});

// node_modules/ip-address/dist/ipv6.js
var require_ipv6 = __commonJS({
  "node_modules/ip-address/dist/ipv6.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result2 = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result2, mod, k);
      }
      __setModuleDefault(result2, mod);
      return result2;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Address6 = void 0;
    var common = __importStar(require_common());
    var constants4 = __importStar(require_constants());
    var constants6 = __importStar(require_constants2());
    var helpers = __importStar(require_helpers());
    var ipv4_1 = require_ipv4();
    var regular_expressions_1 = require_regular_expressions();
    var address_error_1 = require_address_error();
    var common_1 = require_common();
    var isCorrect6 = common.isCorrect(constants6.BITS);
    function assert(condition2) {
      if (!condition2) {
        throw new Error("Assertion failed.");
      }
    }
    function addCommas(number) {
      const r = /(\d+)(\d{3})/;
      while (r.test(number)) {
        number = number.replace(r, "$1,$2");
      }
      return number;
    }
    function spanLeadingZeroes4(n) {
      n = n.replace(/^(0{1,})([1-9]+)$/, '<span class="parse-error">$1</span>$2');
      n = n.replace(/^(0{1,})(0)$/, '<span class="parse-error">$1</span>$2');
      return n;
    }
    function compact(address, slice) {
      const s1 = [];
      const s2 = [];
      let i;
      for (i = 0; i < address.length; i++) {
        if (i < slice[0]) {
          s1.push(address[i]);
        } else if (i > slice[1]) {
          s2.push(address[i]);
        }
      }
      return s1.concat(["compact"]).concat(s2);
    }
    function paddedHex(octet) {
      return parseInt(octet, 16).toString(16).padStart(4, "0");
    }
    function unsignByte(b) {
      return b & 255;
    }
    var Address62 = class _Address6 {
      constructor(address, optionalGroups) {
        this.addressMinusSuffix = "";
        this.parsedSubnet = "";
        this.subnet = "/128";
        this.subnetMask = 128;
        this.v4 = false;
        this.zone = "";
        this.isInSubnet = common.isInSubnet;
        this.isHostInSubnet = common.isHostInSubnet;
        this.isCorrect = isCorrect6;
        if (optionalGroups === void 0) {
          this.groups = constants6.GROUPS;
        } else {
          this.groups = optionalGroups;
        }
        this.address = address;
        const subnet = constants6.RE_SUBNET_STRING.exec(address);
        if (subnet) {
          this.parsedSubnet = subnet[0].replace("/", "");
          this.subnetMask = parseInt(this.parsedSubnet, 10);
          this.subnet = `/${this.subnetMask}`;
          if (Number.isNaN(this.subnetMask) || this.subnetMask < 0 || this.subnetMask > constants6.BITS) {
            throw new address_error_1.AddressError("Invalid subnet mask.");
          }
          address = address.replace(constants6.RE_SUBNET_STRING, "");
        }
        if (/\//.test(address)) {
          throw new address_error_1.AddressError("Invalid subnet mask.");
        }
        const zoneStart = address.indexOf("%");
        if (zoneStart !== -1 && /^.*$/.test(address.slice(zoneStart))) {
          this.zone = address.slice(zoneStart);
          address = address.slice(0, zoneStart);
        }
        const longest = this.groups * 5 + 5;
        if (address.length > longest) {
          throw new address_error_1.AddressError(`IPv6 addresses are at most ${longest} characters.`);
        }
        this.addressMinusSuffix = address;
        this.parsedAddress = this.parse(this.addressMinusSuffix);
      }
      /**
       * Returns true if the given string is a valid IPv6 address (with optional
       * CIDR subnet and zone identifier), false otherwise. Host bits in the
       * subnet portion are allowed (e.g. `2001:db8::1/32` is valid); for strict
       * network-address validation compare `correctForm()` to
       * `startAddress().correctForm()`, or use `networkForm()`.
       */
      static isValid(address) {
        try {
          new _Address6(address);
          return true;
        } catch {
          return false;
        }
      }
      /**
       * Convert a BigInt to a v6 address object. The value must be in the
       * range `[0, 2**128 - 1]`; otherwise `AddressError` is thrown.
       * @param {bigint} bigInt - a BigInt to convert
       * @returns {Address6}
       * @example
       * var bigInt = BigInt('1000000000000');
       * var address = Address6.fromBigInt(bigInt);
       * address.correctForm(); // '::e8:d4a5:1000'
       */
      static fromBigInt(bigInt) {
        if (bigInt < BigInt(0) || bigInt > (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1)) {
          throw new address_error_1.AddressError("IPv6 BigInt must be in the range 0 to 2**128 - 1");
        }
        const hex = bigInt.toString(16).padStart(32, "0");
        const groups = [];
        for (let i = 0; i < constants6.GROUPS; i++) {
          groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new _Address6(groups.join(":"));
      }
      /**
       * Parse a URL (with optional bracketed host and port) into an address and
       * port. Returns either `{ address, port }` on success or
       * `{ error, address: null, port: null }` if the URL could not be parsed.
       * Ports are returned as numbers (or `null` if absent or out of range).
       * @example
       * var addressAndPort = Address6.fromURL('http://[ffff::]:8080/foo/');
       * addressAndPort.address.correctForm(); // 'ffff::'
       * addressAndPort.port; // 8080
       */
      static fromURL(url) {
        var _a;
        let host;
        let port = null;
        let result2;
        let error;
        const stripped = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
        if (stripped.indexOf("[") !== -1 && stripped.indexOf("]:") !== -1) {
          error = "failed to parse address with port";
          result2 = constants6.RE_URL_WITH_PORT.exec(stripped);
          if (result2 === null) {
            return { error, address: null, port: null };
          }
          host = result2[1];
          port = result2[2];
        } else {
          error = "failed to parse address from URL";
          result2 = constants6.RE_URL.exec(stripped);
          if (result2 === null) {
            return { error, address: null, port: null };
          }
          host = (_a = result2[1]) !== null && _a !== void 0 ? _a : result2[2];
        }
        if (port) {
          port = parseInt(port, 10);
          if (port < 0 || port > 65535) {
            port = null;
          }
        } else {
          port = null;
        }
        let address;
        try {
          address = new _Address6(host);
        } catch {
          return { error, address: null, port: null };
        }
        return { address, port };
      }
      /**
       * Construct an `Address6` from an address and a hex subnet mask given as
       * separate strings (e.g. as returned by Node's `os.networkInterfaces()`).
       * Throws `AddressError` if the mask is non-contiguous (e.g.
       * `ffff::ffff`).
       * @example
       * var address = Address6.fromAddressAndMask('fe80::1', 'ffff:ffff:ffff:ffff::');
       * address.subnetMask; // 64
       */
      static fromAddressAndMask(address, mask) {
        const bits = common.prefixLengthFromMask(new _Address6(mask).bigInt(), constants6.BITS);
        return new _Address6(`${address}/${bits}`);
      }
      /**
       * Construct an `Address6` from an address and a Cisco-style wildcard mask
       * given as separate strings (e.g. `::ffff:ffff:ffff:ffff` for a `/64`).
       * The wildcard mask is the bitwise inverse of the subnet mask. Throws
       * `AddressError` if the mask is non-contiguous.
       * @example
       * var address = Address6.fromAddressAndWildcardMask('fe80::1', '::ffff:ffff:ffff:ffff');
       * address.subnetMask; // 64
       */
      static fromAddressAndWildcardMask(address, wildcardMask) {
        const wildcard = new _Address6(wildcardMask).bigInt();
        const allOnes = (BigInt(1) << BigInt(constants6.BITS)) - BigInt(1);
        const mask = wildcard ^ allOnes;
        const bits = common.prefixLengthFromMask(mask, constants6.BITS);
        return new _Address6(`${address}/${bits}`);
      }
      /**
       * Construct an `Address6` from a wildcard pattern with trailing `*`
       * groups. The number of trailing wildcards determines the prefix
       * length: each `*` represents 16 bits. `::` is expanded to zero groups
       * (not wildcards) before evaluating trailing wildcards.
       *
       * Only trailing whole-group wildcards are supported. Partial-group
       * wildcards (e.g. `2001:db8::0*`) and interior wildcards (e.g.
       * `*::1`) throw `AddressError`.
       * @example
       * Address6.fromWildcard('2001:db8:*:*:*:*:*:*').subnet;  // '/32'
       * Address6.fromWildcard('2001:db8::*').subnet;           // '/112'
       * Address6.fromWildcard('*:*:*:*:*:*:*:*').subnet;       // '/0'
       */
      static fromWildcard(input) {
        if (input.includes("%") || input.includes("/")) {
          throw new address_error_1.AddressError("Wildcard pattern must not include a zone or CIDR suffix");
        }
        const halves = input.split("::");
        if (halves.length > 2) {
          throw new address_error_1.AddressError("Wildcard pattern cannot contain more than one '::'");
        }
        let groups;
        if (halves.length === 2) {
          const left = halves[0] === "" ? [] : halves[0].split(":");
          const right = halves[1] === "" ? [] : halves[1].split(":");
          const remaining = constants6.GROUPS - left.length - right.length;
          if (remaining < 1) {
            throw new address_error_1.AddressError("Wildcard pattern with '::' has too many groups");
          }
          groups = [...left, ...new Array(remaining).fill("0"), ...right];
        } else {
          groups = input.split(":");
        }
        if (groups.length !== constants6.GROUPS) {
          throw new address_error_1.AddressError("Wildcard pattern must have 8 groups");
        }
        let firstWildcard = -1;
        for (let i = 0; i < groups.length; i++) {
          if (groups[i] === "*") {
            if (firstWildcard === -1) {
              firstWildcard = i;
            }
          } else if (firstWildcard !== -1) {
            throw new address_error_1.AddressError("Wildcard `*` must only appear in trailing groups (e.g. `2001:db8:*:*:*:*:*:*`)");
          }
        }
        const trailing2 = firstWildcard === -1 ? 0 : groups.length - firstWildcard;
        const replaced = groups.map((g) => g === "*" ? "0" : g);
        const subnetBits = constants6.BITS - trailing2 * 16;
        return new _Address6(`${replaced.join(":")}/${subnetBits}`);
      }
      /**
       * Create an IPv6-mapped address given an IPv4 address
       * @param {string} address - An IPv4 address string
       * @returns {Address6}
       * @example
       * var address = Address6.fromAddress4('192.168.0.1');
       * address.correctForm(); // '::ffff:c0a8:1'
       * address.to4in6(); // '::ffff:192.168.0.1'
       */
      static fromAddress4(address) {
        const address4 = new ipv4_1.Address4(address);
        const mask6 = constants6.BITS - (constants4.BITS - address4.subnetMask);
        return new _Address6(`::ffff:${address4.correctForm()}/${mask6}`);
      }
      /**
       * Return an address from ip6.arpa form. A full 32-nibble name gives a /128
       * address; a shorter name, as used for a delegated reverse zone, gives the
       * network it covers, with a subnet mask of four bits per nibble, so
       * `fromArpa(x.reverseForm())` round-trips {@link reverseForm} for any prefix.
       * @param {string} arpaFormAddress - an 'ip6.arpa' form address
       * @returns {Adress6}
       * @example
       * var address = Address6.fromArpa(e.f.f.f.3.c.2.6.f.f.f.e.6.6.8.e.1.0.6.7.9.4.e.c.0.0.0.0.1.0.0.2.ip6.arpa.)
       * address.correctForm(); // '2001:0:ce49:7601:e866:efff:62c3:fffe'
       * Address6.fromArpa('8.b.d.0.1.0.0.2.ip6.arpa.').networkForm(); // '2001:db8::/32'
       */
      static fromArpa(arpaFormAddress) {
        const nibbles = arpaFormAddress.replace(/(\.ip6\.arpa)?\.?$/i, "");
        if (!/^[0-9a-f](\.[0-9a-f]){0,31}$/i.test(nibbles)) {
          throw new address_error_1.AddressError("Invalid 'ip6.arpa' form.");
        }
        const reversed = nibbles.split(".").reverse();
        const subnetMask = reversed.length * 4;
        const hex = reversed.join("").padEnd(32, "0");
        const groups = [];
        for (let i = 0; i < constants6.GROUPS; i++) {
          groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new _Address6(`${groups.join(":")}/${subnetMask}`);
      }
      /**
       * Return the Microsoft UNC transcription of the address
       * @returns {String} the Microsoft UNC transcription of the address
       */
      microsoftTranscription() {
        return `${this.correctForm().replace(/:/g, "-")}.ipv6-literal.net`;
      }
      /**
       * Return the first n bits of the address, defaulting to the subnet mask
       * @param {number} [mask=subnet] - the number of bits to mask
       * @returns {String} the first n bits of the address as a string
       */
      mask(mask = this.subnetMask) {
        return this.getBitsBase2(0, mask);
      }
      /**
       * Return the number of possible subnets of a given size in the address
       * @param {number} [subnetSize=128] - the subnet size
       * @returns {String}
       */
      // TODO: probably useful to have a numeric version of this too
      possibleSubnets(subnetSize = 128) {
        const availableBits = constants6.BITS - this.subnetMask;
        const subnetBits = Math.abs(subnetSize - constants6.BITS);
        const subnetPowers = availableBits - subnetBits;
        if (subnetPowers < 0) {
          return "0";
        }
        return addCommas((BigInt("2") ** BigInt(subnetPowers)).toString(10));
      }
      /**
       * Helper function getting start address.
       * @returns {bigint}
       */
      _startAddress() {
        return BigInt(`0b${this.mask() + "0".repeat(constants6.BITS - this.subnetMask)}`);
      }
      /**
       * The first address in the range given by this address' subnet
       * Often referred to as the Network Address.
       * @returns {Address6}
       */
      startAddress() {
        return _Address6.fromBigInt(this._startAddress());
      }
      /**
       * The first host address in the range given by this address's subnet ie
       * the first address after the Network Address
       * @returns {Address6}
       */
      startAddressExclusive() {
        const adjust = BigInt("1");
        return _Address6.fromBigInt(this._startAddress() + adjust);
      }
      /**
       * Helper function getting end address.
       * @returns {bigint}
       */
      _endAddress() {
        return BigInt(`0b${this.mask() + "1".repeat(constants6.BITS - this.subnetMask)}`);
      }
      /**
       * The last address in the range given by this address's subnet. IPv6 has
       * no broadcast address, so this is an ordinary assignable address (in a
       * 64-bit-interface-identifier subnet it falls inside the reserved
       * subnet-anycast block of [RFC 2526](https://datatracker.ietf.org/doc/html/rfc2526)).
       * @returns {Address6}
       */
      endAddress() {
        return _Address6.fromBigInt(this._endAddress());
      }
      /**
       * The address one before {@link endAddress}. This is the IPv6 counterpart
       * of the IPv4 method that skips the broadcast address; IPv6 has no broadcast,
       * so it drops exactly one address and does not model the 128 reserved
       * subnet-anycast identifiers of [RFC 2526](https://datatracker.ietf.org/doc/html/rfc2526).
       * @returns {Address6}
       */
      endAddressExclusive() {
        const adjust = BigInt("1");
        return _Address6.fromBigInt(this._endAddress() - adjust);
      }
      /**
       * Returns the address `n` addresses after this one (or before, when `n` is
       * negative), keeping this address's subnet mask. Throws `AddressError` when
       * the result would fall outside the IPv6 address space or `n` is not an
       * integer.
       * @param {number | bigint} n
       * @returns {Address6}
       * @example
       * new Address6('2001:db8::/64').offset(1).correctForm(); // '2001:db8::1'
       */
      offset(n) {
        return _Address6.fromBigInt(common.offsetBigInt(this.bigInt(), n, constants6.BITS, "IPv6")).withSubnetMask(this.subnetMask);
      }
      /**
       * Returns the network that follows this address's network: the address after
       * {@link endAddress}, with the same subnet mask. Throws `AddressError` when
       * this network is the last one in the address space.
       * @returns {Address6}
       * @example
       * new Address6('2001:db8::/64').nextNetwork().networkForm(); // '2001:db8:0:1::/64'
       */
      nextNetwork() {
        return _Address6.fromBigInt(common.offsetBigInt(this._endAddress(), 1, constants6.BITS, "IPv6")).withSubnetMask(this.subnetMask);
      }
      withSubnetMask(subnetMask) {
        return new _Address6(`${this.correctForm()}/${subnetMask}`);
      }
      /**
       * The hex form of the subnet mask, e.g. `ffff:ffff:ffff:ffff::` for a
       * `/64`. Returns an `Address6`; call `.correctForm()` for the string.
       * @returns {Address6}
       */
      subnetMaskAddress() {
        return _Address6.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(constants6.BITS - this.subnetMask)}`));
      }
      /**
       * The Cisco-style wildcard mask, e.g. `::ffff:ffff:ffff:ffff` for a
       * `/64`. This is the bitwise inverse of `subnetMaskAddress()`. Returns
       * an `Address6`; call `.correctForm()` for the string.
       * @returns {Address6}
       */
      wildcardMask() {
        return _Address6.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(constants6.BITS - this.subnetMask)}`));
      }
      /**
       * The network address in CIDR string form, e.g. `2001:db8::/32` for
       * `2001:db8::1/32`. For an address with no explicit subnet the prefix
       * is `/128`, e.g. `networkForm()` on `2001:db8::1` returns
       * `2001:db8::1/128`.
       * @returns {string}
       */
      networkForm() {
        return `${this.startAddress().correctForm()}/${this.subnetMask}`;
      }
      /**
       * Return the scope of the address. The 4-bit scope field
       * ([RFC 4291 §2.7](https://datatracker.ietf.org/doc/html/rfc4291#section-2.7))
       * is only defined for multicast addresses; for unicast addresses the scope
       * is derived from the address type per
       * [RFC 4007 §6](https://datatracker.ietf.org/doc/html/rfc4007#section-6).
       * @returns {String}
       */
      getScope() {
        const type = this.getType();
        if (type === "Multicast" || type.startsWith("Multicast ")) {
          const scope2 = constants6.SCOPES[parseInt(this.getBits(12, 16).toString(10), 10)];
          return scope2 || "Unknown";
        }
        if (type === "Link-local unicast" || type === "Loopback") {
          return "Link local";
        }
        if (type === "Unspecified") {
          return "Unknown";
        }
        return "Global";
      }
      /**
       * Return the type of the address
       * @returns {String}
       */
      getType() {
        for (let i = 0; i < TYPE_SUBNETS.length; i++) {
          const entry = TYPE_SUBNETS[i];
          if (this.isHostInSubnet(entry[0])) {
            return entry[1];
          }
        }
        return "Global unicast";
      }
      /**
       * Return the bits in the given range as a BigInt
       * @returns {bigint}
       */
      getBits(start, end) {
        return BigInt(`0b${this.getBitsBase2(start, end)}`);
      }
      /**
       * Return the bits in the given range as a base-2 string
       * @returns {String}
       */
      getBitsBase2(start, end) {
        return this.binaryZeroPad().slice(start, end);
      }
      /**
       * Return the bits in the given range as a base-16 string
       * @returns {String}
       */
      getBitsBase16(start, end) {
        const length = end - start;
        if (length % 4 !== 0) {
          throw new Error("Length of bits to retrieve must be divisible by four");
        }
        return this.getBits(start, end).toString(16).padStart(length / 4, "0");
      }
      /**
       * Return the bits that are set past the subnet mask length
       * @returns {String}
       */
      getBitsPastSubnet() {
        return this.getBitsBase2(this.subnetMask, constants6.BITS);
      }
      /**
       * Return the reversed ip6.arpa form of the address
       * @param {Object} options
       * @param {boolean} options.omitSuffix - omit the "ip6.arpa" suffix
       * @returns {String}
       */
      reverseForm(options) {
        if (!options) {
          options = {};
        }
        const characters = Math.floor(this.subnetMask / 4);
        const reversed = this.canonicalForm().replace(/:/g, "").split("").slice(0, characters).reverse().join(".");
        if (characters > 0) {
          if (options.omitSuffix) {
            return reversed;
          }
          return `${reversed}.ip6.arpa.`;
        }
        if (options.omitSuffix) {
          return "";
        }
        return "ip6.arpa.";
      }
      /**
       * Returns the address in correct form, per
       * [RFC 5952](https://datatracker.ietf.org/doc/html/rfc5952): leading zeros
       * stripped, the longest run of zero groups collapsed to `::`, and hex digits
       * lowercased (e.g. `2001:db8::1`). This is the recommended form for display.
       */
      correctForm() {
        let i;
        let groups = [];
        let zeroCounter = 0;
        const zeroes = [];
        for (i = 0; i < this.parsedAddress.length; i++) {
          const value2 = parseInt(this.parsedAddress[i], 16);
          if (value2 === 0) {
            zeroCounter++;
          }
          if (value2 !== 0 && zeroCounter > 0) {
            if (zeroCounter > 1) {
              zeroes.push([i - zeroCounter, i - 1]);
            }
            zeroCounter = 0;
          }
        }
        if (zeroCounter > 1) {
          zeroes.push([this.parsedAddress.length - zeroCounter, this.parsedAddress.length - 1]);
        }
        const zeroLengths = zeroes.map((n) => n[1] - n[0] + 1);
        if (zeroes.length > 0) {
          const index = zeroLengths.indexOf(Math.max(...zeroLengths));
          groups = compact(this.parsedAddress, zeroes[index]);
        } else {
          groups = this.parsedAddress;
        }
        for (i = 0; i < groups.length; i++) {
          if (groups[i] !== "compact") {
            groups[i] = parseInt(groups[i], 16).toString(16);
          }
        }
        let correct = groups.join(":");
        correct = correct.replace(/^compact$/, "::");
        correct = correct.replace(/(^compact)|(compact$)/, ":");
        correct = correct.replace(/compact/, "");
        return correct;
      }
      /**
       * Return a zero-padded base-2 string representation of the address
       * @returns {String}
       * @example
       * var address = new Address6('2001:4860:4001:803::1011');
       * address.binaryZeroPad();
       * // '0010000000000001010010000110000001000000000000010000100000000011
       * //  0000000000000000000000000000000000000000000000000001000000010001'
       */
      binaryZeroPad() {
        if (this._binaryZeroPad === void 0) {
          this._binaryZeroPad = this.bigInt().toString(2).padStart(constants6.BITS, "0");
        }
        return this._binaryZeroPad;
      }
      /**
       * Parses a v4-in-v6 string (e.g. `::ffff:192.168.0.1`) by extracting the
       * trailing IPv4 address into `this.address4` / `this.parsedAddress4` and
       * returning the address with the v4 portion converted to two v6 groups.
       * Used internally by `parse()`.
       */
      // TODO: Improve the semantics of this helper function
      parse4in6(address) {
        if (address.indexOf(".") === -1) {
          return address;
        }
        const groups = address.split(":");
        const lastGroup = groups.slice(-1)[0];
        const v4Octets = lastGroup.split(".");
        if (v4Octets.length === constants4.GROUPS && v4Octets.every((octet) => /^\d{1,3}$/.test(octet))) {
          if (v4Octets.some((octet) => /^0\d/.test(octet))) {
            const highlighted = v4Octets.map(spanLeadingZeroes4).join(".");
            const prefix = groups.slice(0, -1).map(helpers.escapeHtml).join(":");
            const separator = groups.length > 1 ? ":" : "";
            throw new address_error_1.AddressError("IPv4 addresses can't have leading zeroes.", `${prefix}${separator}${highlighted}`);
          }
        }
        const address4 = lastGroup.match(constants4.RE_ADDRESS);
        if (address4) {
          this.parsedAddress4 = address4[0];
          const v4Suffix = this.subnetMask >= 96 ? `/${this.subnetMask - 96}` : "";
          this.address4 = new ipv4_1.Address4(`${this.parsedAddress4}${v4Suffix}`);
          this.v4 = true;
          groups[groups.length - 1] = this.address4.toGroup6();
          address = groups.join(":");
        }
        return address;
      }
      /**
       * Parses an IPv6 address string into its 8 hexadecimal groups (expanding
       * any `::` elision and any trailing v4-in-v6 portion) and stores the result
       * on `this.parsedAddress`. Called automatically by the constructor; you
       * typically don't need to call it directly. Throws `AddressError` if the
       * input is malformed.
       */
      // TODO: Make private?
      parse(address) {
        address = this.parse4in6(address);
        const badCharacters = address.match(constants6.RE_BAD_CHARACTERS);
        if (badCharacters) {
          throw new address_error_1.AddressError(`Bad character${badCharacters.length > 1 ? "s" : ""} detected in address: ${badCharacters.join("")}`, address.replace(constants6.RE_BAD_CHARACTERS, (character) => `<span class="parse-error">${helpers.escapeHtml(character)}</span>`));
        }
        const badAddress = address.match(constants6.RE_BAD_ADDRESS);
        if (badAddress) {
          throw new address_error_1.AddressError(`Address failed regex: ${badAddress.join("")}`, address.replace(constants6.RE_BAD_ADDRESS, '<span class="parse-error">$1</span>'));
        }
        let groups = [];
        const halves = address.split("::");
        if (halves.length === 2) {
          let first = halves[0].split(":");
          let last = halves[1].split(":");
          if (first.length === 1 && first[0] === "") {
            first = [];
          }
          if (last.length === 1 && last[0] === "") {
            last = [];
          }
          const remaining = this.groups - (first.length + last.length);
          if (!remaining) {
            throw new address_error_1.AddressError("Error parsing groups");
          }
          this.elidedGroups = remaining;
          this.elisionBegin = first.length;
          this.elisionEnd = first.length + this.elidedGroups;
          groups = groups.concat(first);
          for (let i = 0; i < remaining; i++) {
            groups.push("0");
          }
          groups = groups.concat(last);
        } else if (halves.length === 1) {
          groups = address.split(":");
          this.elidedGroups = 0;
        } else {
          throw new address_error_1.AddressError("Too many :: groups found");
        }
        groups = groups.map((group) => parseInt(group, 16).toString(16));
        if (groups.length !== this.groups) {
          throw new address_error_1.AddressError("Incorrect number of groups found");
        }
        return groups;
      }
      /**
       * Returns the canonical (fully expanded) form of the address: all 8 groups,
       * each padded to 4 hex digits, with no `::` collapsing
       * (e.g. `2001:0db8:0000:0000:0000:0000:0000:0001`). Useful for sorting and
       * byte-exact comparison.
       */
      canonicalForm() {
        return this.parsedAddress.map(paddedHex).join(":");
      }
      /**
       * Return the decimal form of the address
       * @returns {String}
       */
      decimal() {
        return this.parsedAddress.map((n) => parseInt(n, 16).toString(10).padStart(5, "0")).join(":");
      }
      /**
       * Return the address as a BigInt
       * @returns {bigint}
       */
      bigInt() {
        return BigInt(`0x${this.parsedAddress.map(paddedHex).join("")}`);
      }
      /**
       * Return the last two groups of this address as an IPv4 address string.
       * If this address carries a CIDR prefix that covers the trailing 32 bits
       * (i.e. `subnetMask >= 96`), the resulting `Address4` inherits the
       * corresponding v4 prefix (`subnetMask - 96`); otherwise it defaults to
       * `/32`.
       * @returns {Address4}
       * @example
       * var address = new Address6('2001:4860:4001::1825:bf11');
       * address.to4().correctForm(); // '24.37.191.17'
       */
      to4() {
        const binary = this.binaryZeroPad().split("");
        const hex = BigInt(`0b${binary.slice(96, 128).join("")}`).toString(16).padStart(8, "0");
        if (this.subnetMask >= 96) {
          const v4Mask = this.subnetMask - 96;
          const groups = [];
          for (let i = 0; i < 8; i += 2) {
            groups.push(parseInt(hex.slice(i, i + 2), 16));
          }
          return new ipv4_1.Address4(`${groups.join(".")}/${v4Mask}`);
        }
        return ipv4_1.Address4.fromHex(hex);
      }
      /**
       * Return the v4-in-v6 form of the address
       * @returns {String}
       */
      to4in6() {
        const address4 = this.to4();
        const address6 = new _Address6(this.parsedAddress.slice(0, 6).join(":"), 6);
        const correct = address6.correctForm();
        let infix = "";
        if (!/:$/.test(correct)) {
          infix = ":";
        }
        return correct + infix + address4.correctForm();
      }
      /**
       * Decodes the Teredo tunneling fields embedded in this address. Returns the
       * Teredo prefix, server IPv4, client IPv4, raw flag bits, cone-NAT flag,
       * UDP port, and Microsoft-format flag breakdown (reserved, universal/local,
       * group/individual, nonce). Only meaningful for addresses in `2001::/32`.
       */
      inspectTeredo() {
        const prefix = this.getBitsBase16(0, 32);
        const bitsForUdpPort = this.getBits(80, 96);
        const udpPort = (bitsForUdpPort ^ BigInt("0xffff")).toString();
        const server4 = ipv4_1.Address4.fromHex(this.getBitsBase16(32, 64));
        const bitsForClient4 = this.getBits(96, 128);
        const client4 = ipv4_1.Address4.fromHex((bitsForClient4 ^ BigInt("0xffffffff")).toString(16).padStart(8, "0"));
        const flagsBase2 = this.getBitsBase2(64, 80);
        const coneNat = (0, common_1.testBit)(flagsBase2, 15);
        const reserved = (0, common_1.testBit)(flagsBase2, 14);
        const groupIndividual = (0, common_1.testBit)(flagsBase2, 8);
        const universalLocal = (0, common_1.testBit)(flagsBase2, 9);
        const nonce = BigInt(`0b${flagsBase2.slice(2, 6) + flagsBase2.slice(8, 16)}`).toString(10);
        return {
          prefix: `${prefix.slice(0, 4)}:${prefix.slice(4, 8)}`,
          server4: server4.address,
          client4: client4.address,
          flags: flagsBase2,
          coneNat,
          microsoft: {
            reserved,
            universalLocal,
            groupIndividual,
            nonce
          },
          udpPort
        };
      }
      /**
       * Decodes the 6to4 tunneling fields embedded in this address. Returns the
       * 6to4 prefix and the embedded IPv4 gateway address. Only meaningful for
       * addresses in `2002::/16`.
       */
      inspect6to4() {
        const prefix = this.getBitsBase16(0, 16);
        const gateway = ipv4_1.Address4.fromHex(this.getBitsBase16(16, 48));
        return {
          prefix: prefix.slice(0, 4),
          gateway: gateway.address
        };
      }
      /**
       * Return a v6 6to4 address from a v6 v4inv6 address
       * @returns {Address6}
       */
      to6to4() {
        if (!this.is4()) {
          return null;
        }
        const addr6to4 = [
          "2002",
          this.getBitsBase16(96, 112),
          this.getBitsBase16(112, 128),
          "",
          "/16"
        ].join(":");
        return new _Address6(addr6to4);
      }
      /**
       * Embed an IPv4 address into a NAT64 IPv6 address using the encoding
       * defined by [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052).
       * The default prefix is the well-known prefix `64:ff9b::/96`. The prefix
       * length must be one of 32, 40, 48, 56, 64, or 96; for prefixes shorter
       * than /64 the IPv4 octets are split around the reserved bits 64–71.
       * @example
       * Address6.fromAddress4Nat64('192.0.2.33').correctForm(); // '64:ff9b::c000:221'
       * Address6.fromAddress4Nat64('192.0.2.33', '2001:db8::/32').correctForm(); // '2001:db8:c000:221::'
       */
      static fromAddress4Nat64(address, prefix = "64:ff9b::/96") {
        const v4 = new ipv4_1.Address4(address);
        const prefix6 = new _Address6(prefix);
        const pl = prefix6.subnetMask;
        if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
          throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");
        }
        const prefixBits = prefix6.binaryZeroPad();
        const v4Bits = v4.binaryZeroPad();
        let bits;
        if (pl === 96) {
          bits = prefixBits.slice(0, 96) + v4Bits;
        } else {
          const beforeU = 64 - pl;
          bits = [
            prefixBits.slice(0, pl),
            v4Bits.slice(0, beforeU),
            // Bits 64 to 71 are the reserved u octet and are always zero.
            "00000000",
            v4Bits.slice(beforeU),
            "0".repeat(128 - 72 - (32 - beforeU))
          ].join("");
        }
        const hex = BigInt(`0b${bits}`).toString(16).padStart(32, "0");
        const groups = [];
        for (let i = 0; i < 8; i++) {
          groups.push(hex.slice(i * 4, (i + 1) * 4));
        }
        return new _Address6(groups.join(":"));
      }
      /**
       * Extract the embedded IPv4 address from a NAT64 IPv6 address using the
       * encoding defined by [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052).
       * The default prefix is the well-known prefix `64:ff9b::/96`. Returns
       * `null` if this address is not contained within the given prefix.
       * @example
       * new Address6('64:ff9b::c000:221').toAddress4Nat64()!.correctForm(); // '192.0.2.33'
       */
      toAddress4Nat64(prefix = "64:ff9b::/96") {
        const prefix6 = new _Address6(prefix);
        const pl = prefix6.subnetMask;
        if (pl !== 32 && pl !== 40 && pl !== 48 && pl !== 56 && pl !== 64 && pl !== 96) {
          throw new address_error_1.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");
        }
        if (!this.isHostInSubnet(prefix6)) {
          return null;
        }
        const bits = this.binaryZeroPad();
        let v4Bits;
        if (pl === 96) {
          v4Bits = bits.slice(96, 128);
        } else {
          const beforeU = 64 - pl;
          v4Bits = bits.slice(pl, pl + beforeU) + bits.slice(72, 72 + (32 - beforeU));
        }
        const octets = [];
        for (let i = 0; i < 4; i++) {
          octets.push(parseInt(v4Bits.slice(i * 8, (i + 1) * 8), 2).toString());
        }
        return new ipv4_1.Address4(octets.join("."));
      }
      /**
       * Return a byte array.
       *
       * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toByteArray())`.
       * @returns {Array}
       */
      toByteArray() {
        const value2 = this.bigInt().toString(16).padStart(constants6.BITS / 4, "0");
        const bytes = [];
        for (let i = 0, length = value2.length; i < length; i += 2) {
          bytes.push(parseInt(value2.substring(i, i + 2), 16));
        }
        return bytes;
      }
      /**
       * Return an unsigned byte array.
       *
       * To get a Node.js `Buffer`, wrap the result: `Buffer.from(address.toUnsignedByteArray())`.
       * @returns {Array}
       */
      toUnsignedByteArray() {
        return this.toByteArray().map(unsignByte);
      }
      /**
       * Convert a byte array to an Address6 object.
       *
       * Accepts unsigned bytes (0 to 255) or signed bytes (-128 to 127, as an
       * `Int8Array` or a Java `byte[]` holds them), folding signed values to their
       * unsigned equivalent. Throws `AddressError` unless given exactly 16
       * integers from -128 to 255.
       *
       * To convert from a Node.js `Buffer`, spread it: `Address6.fromByteArray([...buf])`.
       * @returns {Address6}
       */
      static fromByteArray(bytes) {
        common.assertByteArray(bytes, 16, "IPv6", -128);
        return this.fromUnsignedByteArray(bytes.map(unsignByte));
      }
      /**
       * Convert an unsigned byte array to an Address6 object.
       *
       * Throws `AddressError` unless given exactly 16 integers from 0 to 255.
       *
       * To convert from a Node.js `Buffer`, spread it: `Address6.fromUnsignedByteArray([...buf])`.
       * @returns {Address6}
       */
      static fromUnsignedByteArray(bytes) {
        common.assertByteArray(bytes, 16, "IPv6", 0);
        const BYTE_MAX = BigInt("256");
        let result2 = BigInt("0");
        let multiplier = BigInt("1");
        for (let i = bytes.length - 1; i >= 0; i--) {
          result2 += multiplier * BigInt(bytes[i].toString(10));
          multiplier *= BYTE_MAX;
        }
        return _Address6.fromBigInt(result2);
      }
      /**
       * Returns true if the address is in the canonical form, false otherwise
       * @returns {boolean}
       */
      isCanonical() {
        return this.addressMinusSuffix === this.canonicalForm();
      }
      /**
       * Returns true if the address is a link-local unicast address in `fe80::/10`
       * ([RFC 4291 §2.4](https://datatracker.ietf.org/doc/html/rfc4291#section-2.4))
       * or an IPv4-mapped / NAT64 address whose embedded IPv4 address is link-local
       * (`169.254.0.0/16`, e.g. `::ffff:169.254.169.254`), false otherwise.
       * @returns {boolean}
       */
      isLinkLocal() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isLinkLocal();
        }
        return this.isHostInSubnet(LINK_LOCAL_SUBNET);
      }
      /**
       * Returns true if the address is a multicast address, false otherwise
       * @returns {boolean}
       */
      isMulticast() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isMulticast();
        }
        const type = this.getType();
        return type === "Multicast" || type.startsWith("Multicast ");
      }
      /**
       * Returns true if the address was written in v4-in-v6 dotted-quad notation
       * (e.g. `::ffff:127.0.0.1`), false otherwise. This is a notation-level flag
       * and does not reflect whether the address bits lie in the IPv4-mapped
       * (`::ffff:0:0/96`) subnet — for that, see {@link isMapped4}.
       * @returns {boolean}
       */
      is4() {
        return this.v4;
      }
      /**
       * Returns true if the address is an IPv4-mapped IPv6 address in
       * `::ffff:0:0/96` ([RFC 4291 §2.5.5.2](https://datatracker.ietf.org/doc/html/rfc4291#section-2.5.5.2)),
       * false otherwise. Unlike {@link is4}, this checks the underlying address
       * bits rather than the textual notation, so `::ffff:127.0.0.1` and
       * `::ffff:7f00:1` both return true.
       * @returns {boolean}
       */
      isMapped4() {
        return this.isHostInSubnet(IPV4_MAPPED_SUBNET);
      }
      /**
       * If this address embeds a routable IPv4 address — i.e. it is IPv4-mapped
       * (`::ffff:0:0/96`) or sits in the NAT64 well-known prefix (`64:ff9b::/96`,
       * [RFC 6052](https://datatracker.ietf.org/doc/html/rfc6052)) — return that
       * embedded address as an {@link Address4}; otherwise return null.
       *
       * The special-property checks (`isLoopback`, `isLinkLocal`, `isMulticast`,
       * `isUnspecified`, `isPrivate`, `isCGNAT`, `isBroadcast`) call this first and
       * delegate to the embedded {@link Address4} when present, so a literal such as
       * `::ffff:127.0.0.1` is classified by what it actually reaches (loopback)
       * rather than by its IPv6 wrapper (which `getType()` reports as IPv4-mapped).
       * This matters wherever the checks back a trust-boundary decision (e.g. an
       * SSRF allow/deny filter): without normalization, `::ffff:10.0.0.1`,
       * `::ffff:169.254.169.254`, `64:ff9b::7f00:1`, etc. would all read as
       * non-internal.
       * @returns {Address4 | null}
       */
      embeddedIPv4() {
        if (this.isMapped4() || this.isHostInSubnet(NAT64_WELL_KNOWN_SUBNET)) {
          return this.to4();
        }
        return null;
      }
      /**
       * Returns true if the address is a Teredo address, false otherwise
       * @returns {boolean}
       */
      isTeredo() {
        return this.isHostInSubnet(TEREDO_SUBNET);
      }
      /**
       * Returns true if the address is a 6to4 address, false otherwise
       * @returns {boolean}
       */
      is6to4() {
        return this.isHostInSubnet(SIX_TO_FOUR_SUBNET);
      }
      /**
       * Returns true if the address is a loopback address, false otherwise
       * @returns {boolean}
       */
      isLoopback() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isLoopback();
        }
        return this.getType() === "Loopback";
      }
      /**
       * Returns true if the address is a Unique Local Address in `fc00::/7` ([RFC 4193](https://datatracker.ietf.org/doc/html/rfc4193)). ULAs are the IPv6 equivalent of IPv4 [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918) private addresses.
       * @returns {boolean}
       */
      isULA() {
        return this.isHostInSubnet(ULA_SUBNET);
      }
      /**
       * Returns true if the address is private, i.e. a Unique Local Address in
       * `fc00::/7` ([RFC 4193](https://datatracker.ietf.org/doc/html/rfc4193)), an
       * address in the NAT64 local-use range `64:ff9b:1::/48`
       * ([RFC 8215](https://datatracker.ietf.org/doc/html/rfc8215)), or an
       * IPv4-mapped / NAT64 well-known address whose embedded IPv4 address is in
       * one of the [RFC 1918](https://datatracker.ietf.org/doc/html/rfc1918)
       * private ranges (e.g. `::ffff:10.0.0.1`). This is the IPv6 counterpart to
       * {@link Address4.isPrivate}; use it instead of {@link isULA} when you need to
       * catch mapped RFC 1918 addresses as well as native ULAs.
       *
       * The local-use NAT64 range is reported private as a whole rather than by
       * its embedded IPv4 address: an operator may carve a prefix of any RFC 6052
       * length out of `64:ff9b:1::/48`, so the same bits decode to different IPv4
       * addresses under different deployments and no single decoding is correct.
       * Use {@link toAddress4Nat64} with the deployment's prefix to decode one.
       * @returns {boolean}
       */
      isPrivate() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isPrivate();
        }
        return this.isULA() || this.isHostInSubnet(NAT64_LOCAL_USE_SUBNET);
      }
      /**
       * Returns true if the address is an IPv4-mapped / NAT64 address whose embedded
       * IPv4 address is in the carrier-grade NAT range `100.64.0.0/10`
       * ([RFC 6598](https://datatracker.ietf.org/doc/html/rfc6598)), false
       * otherwise. There is no native IPv6 CGNAT range, so this only ever returns
       * true for an embedded IPv4 address (e.g. `::ffff:100.64.0.1`).
       * @returns {boolean}
       */
      isCGNAT() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isCGNAT();
        }
        return false;
      }
      /**
       * Returns true if the address is an IPv4-mapped / NAT64 address whose embedded
       * IPv4 address is the limited broadcast address `255.255.255.255`
       * ([RFC 919](https://datatracker.ietf.org/doc/html/rfc919)), false otherwise.
       * There is no IPv6 broadcast, so this only ever returns true for an embedded
       * IPv4 address (e.g. `::ffff:255.255.255.255`).
       * @returns {boolean}
       */
      isBroadcast() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isBroadcast();
        }
        return false;
      }
      /**
       * Returns true if the address is the unspecified address `::`.
       * @returns {boolean}
       */
      isUnspecified() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isUnspecified();
        }
        return this.getType() === "Unspecified";
      }
      /**
       * Returns true if the address is in the documentation prefix `2001:db8::/32` ([RFC 3849](https://datatracker.ietf.org/doc/html/rfc3849)).
       * @returns {boolean}
       */
      isDocumentation() {
        return DOCUMENTATION_SUBNETS.some((subnet) => this.isHostInSubnet(subnet));
      }
      /**
       * Returns true if the address is in the benchmarking range `2001:2::/48`
       * ([RFC 5180](https://datatracker.ietf.org/doc/html/rfc5180)) or is an
       * IPv4-mapped / NAT64 address whose embedded IPv4 address is in
       * `198.18.0.0/15`, false otherwise.
       * @returns {boolean}
       */
      isBenchmarking() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isBenchmarking();
        }
        return this.isHostInSubnet(BENCHMARKING_SUBNET);
      }
      /**
       * Returns true if the address is globally reachable: inside the global
       * unicast allocation `2000::/3` (the only range the [IANA IPv6 Address Space
       * Registry](https://www.iana.org/assignments/ipv6-address-space/) assigns
       * for global unicast; everything else is reserved, ULA, link-local, or
       * multicast) and not in any block the [IANA IPv6 Special-Purpose Address Registry](https://www.iana.org/assignments/iana-ipv6-special-registry/)
       * marks as not globally reachable. An IPv4-mapped or NAT64 well-known
       * address answers for its embedded IPv4 address, so `::ffff:10.0.0.1` and
       * `64:ff9b::7f00:1` are not global. Teredo (`2001::/32`) and 6to4
       * (`2002::/16`) are not global either: the registry lists them as N/A and a
       * packet to one needs a relay.
       *
       * This covers everything the individual classifiers name and the blocks they
       * do not: the discard-only prefix `100::/64`, the IETF protocol assignments
       * in `2001::/23`, the deprecated site-local `fec0::/10` and IPv4-compatible
       * `::/96` ranges, and unallocated space such as `4000::/3`. It is the single
       * predicate to use where a request must not reach an internal or
       * special-purpose destination; see SECURITY.md.
       * @returns {boolean}
       */
      isGlobal() {
        const embedded = this.embeddedIPv4();
        if (embedded) {
          return embedded.isGlobal();
        }
        return this.isHostInSubnet(GLOBAL_UNICAST_SUBNET) && common.isGloballyReachable.call(this, SPECIAL_PURPOSE_V6);
      }
      // #endregion
      // #region HTML
      /**
       * Returns the address as an HTTP URL with the host bracketed, e.g.
       * `http://[2001:db8::1]/`. If `optionalPort` is provided it is appended,
       * e.g. `http://[2001:db8::1]:8080/`.
       */
      href(optionalPort) {
        if (optionalPort === void 0) {
          optionalPort = "";
        } else {
          optionalPort = `:${optionalPort}`;
        }
        return `http://[${this.correctForm()}]${optionalPort}/`;
      }
      /**
       * Returns an HTML `<a>` element whose `href` encodes the address in a URL
       * hash fragment (default prefix `/#address=`). Useful for linking between
       * pages of an address-inspector UI.
       * @param options.className - CSS class for the rendered `<a>` element
       * @param options.prefix - hash prefix prepended to the address (default `/#address=`)
       * @param options.v4 - when true, render the address in v4-in-v6 form
       */
      link(options) {
        if (!options) {
          options = {};
        }
        if (options.className === void 0) {
          options.className = "";
        }
        if (options.prefix === void 0) {
          options.prefix = "/#address=";
        }
        if (options.v4 === void 0) {
          options.v4 = false;
        }
        let formFunction = this.correctForm;
        if (options.v4) {
          formFunction = this.to4in6;
        }
        const form = formFunction.call(this);
        const safeHref = helpers.escapeHtml(`${options.prefix}${form}`);
        const safeForm = helpers.escapeHtml(form);
        if (options.className) {
          const safeClass = helpers.escapeHtml(options.className);
          return `<a href="${safeHref}" class="${safeClass}">${safeForm}</a>`;
        }
        return `<a href="${safeHref}">${safeForm}</a>`;
      }
      /**
       * Groups an address.
       *
       * Returns an HTML fragment: each group is wrapped in a `<span>` carrying
       * the group classes an address-inspector UI hovers on. The address content
       * is HTML-escaped; anything you concatenate around it is your
       * responsibility.
       * @returns {String}
       */
      group() {
        if (this.elidedGroups === 0) {
          return helpers.simpleGroup(this.addressMinusSuffix).join(":");
        }
        assert(typeof this.elidedGroups === "number");
        assert(typeof this.elisionBegin === "number");
        const output = [];
        const [left, right] = this.addressMinusSuffix.split("::");
        if (left.length) {
          output.push(...helpers.simpleGroup(left));
        } else {
          output.push("");
        }
        const classes = ["hover-group"];
        for (let i = this.elisionBegin; i < this.elisionBegin + this.elidedGroups; i++) {
          classes.push(`group-${i}`);
        }
        output.push(`<span class="${classes.join(" ")}"></span>`);
        if (right.length) {
          output.push(...helpers.simpleGroup(right, this.elisionEnd));
        } else {
          output.push("");
        }
        if (this.is4()) {
          assert(this.address4 instanceof ipv4_1.Address4);
          output.pop();
          output.push(this.address4.groupForV6());
        }
        return output.join(":");
      }
      // #endregion
      // #region Regular expressions
      /**
       * Generate a regular expression string that can be used to find or validate
       * all variations of this address
       * @param {boolean} substringSearch
       * @returns {string}
       */
      regularExpressionString(substringSearch = false) {
        let output = [];
        const address6 = new _Address6(this.correctForm());
        if (address6.elidedGroups === 0) {
          output.push((0, regular_expressions_1.simpleRegularExpression)(address6.parsedAddress));
        } else if (address6.elidedGroups === constants6.GROUPS) {
          output.push((0, regular_expressions_1.possibleElisions)(constants6.GROUPS));
        } else {
          const halves = address6.address.split("::");
          if (halves[0].length) {
            output.push((0, regular_expressions_1.simpleRegularExpression)(halves[0].split(":")));
          }
          assert(typeof address6.elidedGroups === "number");
          output.push((0, regular_expressions_1.possibleElisions)(address6.elidedGroups, halves[0].length !== 0, halves[1].length !== 0));
          if (halves[1].length) {
            output.push((0, regular_expressions_1.simpleRegularExpression)(halves[1].split(":")));
          }
          output = [output.join(":")];
        }
        if (!substringSearch) {
          output = [
            "(?=^|",
            regular_expressions_1.ADDRESS_BOUNDARY,
            "|[^\\w\\:])(",
            ...output,
            ")(?=[^\\w\\:]|",
            regular_expressions_1.ADDRESS_BOUNDARY,
            "|$)"
          ];
        }
        return output.join("");
      }
      /**
       * Generate a regular expression that can be used to find or validate all
       * variations of this address.
       * @param {boolean} substringSearch
       * @returns {RegExp}
       */
      regularExpression(substringSearch = false) {
        return new RegExp(this.regularExpressionString(substringSearch), "i");
      }
    };
    exports.Address6 = Address62;
    var TYPE_SUBNETS = Object.keys(constants6.TYPES).map((subnet) => [
      new Address62(subnet),
      constants6.TYPES[subnet]
    ]);
    var TEREDO_SUBNET = new Address62("2001::/32");
    var SIX_TO_FOUR_SUBNET = new Address62("2002::/16");
    var ULA_SUBNET = new Address62("fc00::/7");
    var LINK_LOCAL_SUBNET = new Address62("fe80::/10");
    var DOCUMENTATION_SUBNETS = [new Address62("2001:db8::/32"), new Address62("3fff::/20")];
    var BENCHMARKING_SUBNET = new Address62("2001:2::/48");
    var GLOBAL_UNICAST_SUBNET = new Address62("2000::/3");
    var SPECIAL_PURPOSE_V6 = constants6.SPECIAL_PURPOSE.map(([cidr3, , reachable]) => ({
      subnet: new Address62(cidr3),
      reachable
    }));
    var IPV4_MAPPED_SUBNET = new Address62("::ffff:0:0/96");
    var NAT64_WELL_KNOWN_SUBNET = new Address62("64:ff9b::/96");
    var NAT64_LOCAL_USE_SUBNET = new Address62("64:ff9b:1::/48");
  }
});

// node_modules/ip-address/dist/ip-address.js
var require_ip_address = __commonJS({
  "node_modules/ip-address/dist/ip-address.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result2 = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result2, mod, k);
      }
      __setModuleDefault(result2, mod);
      return result2;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.v6 = exports.AddressError = exports.Address6 = exports.Address4 = void 0;
    var ipv4_1 = require_ipv4();
    Object.defineProperty(exports, "Address4", { enumerable: true, get: function() {
      return ipv4_1.Address4;
    } });
    var ipv6_1 = require_ipv6();
    Object.defineProperty(exports, "Address6", { enumerable: true, get: function() {
      return ipv6_1.Address6;
    } });
    var address_error_1 = require_address_error();
    Object.defineProperty(exports, "AddressError", { enumerable: true, get: function() {
      return address_error_1.AddressError;
    } });
    var helpers = __importStar(require_helpers());
    exports.v6 = { helpers };
  }
});

// src/core/interrupt.ts
var undos = /* @__PURE__ */ new Set();
var watcher;
function onInterrupt(undo) {
  const entry = () => undo();
  undos.add(entry);
  if (undos.size === 1) watcher?.(true);
  return () => {
    if (undos.delete(entry) && undos.size === 0) watcher?.(false);
  };
}
function interruptNow() {
  const pending = [...undos];
  if (pending.length === 0) return;
  undos.clear();
  watcher?.(false);
  for (const undo of pending) {
    try {
      undo();
    } catch {
    }
  }
}
function watchInterrupts(watch) {
  watcher = watch;
  if (undos.size > 0) watch(true);
}
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function bindSignals(target) {
  const interrupted = (signal) => {
    interruptNow();
    target.kill(target.pid, signal);
  };
  watchInterrupts((active) => {
    for (const signal of SIGNALS) {
      if (active) target.on(signal, interrupted);
      else target.off(signal, interrupted);
    }
  });
}

// src/config/schema.ts
var cidr = {
  type: "string",
  description: "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48",
  pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"
};
var cidrList = { type: "array", items: cidr };
var connection = { type: "string", enum: ["public", "express-connect"] };
var level = { type: "string", enum: ["off", "info", "warning", "error"] };
var names = { type: "array", items: { type: "string", minLength: 1 } };
var globList = { type: "array", items: { type: "string", minLength: 1 } };
var RULE_ID_PATTERN = "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$";
var ruleLevels = {
  type: "object",
  propertyNames: { pattern: RULE_ID_PATTERN },
  additionalProperties: level
};
var site = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string", minLength: 1 },
    connection,
    nodePools: names,
    hostCidrs: cidrList,
    securityGroups: {
      ...names,
      description: "Security groups guarding the edge hosts (ids or template logical names)"
    }
  }
};
var clusterProperties = {
  connection: { ...connection, description: "Default connection of edge pools without an annotation" },
  vpcCidrs: cidrList,
  podCidrs: { ...cidrList, maxItems: 2, description: "One per IP family" },
  serviceCidrs: { ...cidrList, maxItems: 2 },
  nodeCidrMask: { type: "integer", minimum: 1, maximum: 32 },
  nodeCidrMaskIPv6: { type: "integer", minimum: 1, maximum: 128 },
  maxNodes: { type: "integer", minimum: 1 },
  maxPodsPerNode: { type: "integer", minimum: 1 },
  edgeControllerManagerVersion: { type: "string", pattern: "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$" },
  apiServerReachesEdge: { type: "boolean" },
  kubernetesVersion: {
    type: "string",
    pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$",
    description: "The cluster's Kubernetes version, for rendering Helm charts (helm template --kube-version)"
  },
  sites: { type: "array", items: site },
  cloudSecurityGroups: names
};
var clusterSchema = {
  type: "object",
  description: "Facts that manifests cannot tell; each one optional",
  additionalProperties: false,
  properties: clusterProperties
};
var clusterEntry = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    // A name as the repository gives it (a clusters/<name>/ directory may hold a space): no space at either end.
    name: { type: "string", minLength: 1, pattern: "^\\S(.*\\S)?$" },
    paths: { ...globList, description: "Globs, relative to this file, of the files that describe the cluster" },
    vpcId: {
      type: "string",
      minLength: 1,
      description: "The VPC the cluster runs in: clusters naming the same VPC share it"
    },
    rules: ruleLevels,
    ...clusterProperties
  }
};
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://edgenet.dev/schema/edgenet.schema.json",
  title: "edgenet configuration (.edgenet.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    cluster: clusterSchema,
    clusters: { type: "array", items: clusterEntry, description: "The clusters of a fleet; each inherits `cluster:`" },
    include: globList,
    exclude: globList,
    rules: ruleLevels,
    ignore: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule"],
        properties: {
          rule: { type: "string", pattern: RULE_ID_PATTERN },
          paths: globList,
          clusters: { ...names, description: "The clusters the waiver applies in (default: all)" },
          reason: { type: "string" },
          expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
        }
      }
    },
    maxFileSize: {
      type: "integer",
      minimum: 1,
      description: "Files larger than this many bytes are reported as skipped (default 16 MiB)"
    }
  }
};
var CLUSTER_KEYS = Object.keys(clusterProperties);

// src/config/cluster-settings.ts
function clusterSettings(config, name) {
  const file = config.source?.file ?? ".edgenet.yaml";
  const doc = config.source?.documents[0]?.index ?? 0;
  const index = name === null ? -1 : config.clusters.findIndex((c) => c.name === name);
  const entry = index < 0 ? void 0 : config.clusters[index];
  const values = { ...config.cluster };
  const fromEntry = /* @__PURE__ */ new Set();
  if (entry) {
    for (const key of CLUSTER_KEYS) {
      if (entry[key] === void 0) continue;
      values[key] = entry[key];
      fromEntry.add(key);
    }
  }
  const base = (key) => typeof key === "string" && fromEntry.has(key) ? ["clusters", index] : ["cluster"];
  return {
    name,
    values,
    ref: (path28) => ({ file, doc, path: [...base(path28[0]), ...path28] }),
    origin: (key) => fromEntry.has(key) ? `clusters[${name}].${key}` : `cluster.${key}`,
    rules: { ...config.rules, ...entry?.rules ?? {} },
    vpcId: entry?.vpcId ? { value: entry.vpcId, ref: { file, doc, path: ["clusters", index, "vpcId"] } } : null
  };
}

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ""}: ${message}` : message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
  name = "ConfigError";
};

// src/core/package-files.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "edgenet") {
      root = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error("cannot find the edgenet package root");
  }
}
function packageFile(...parts) {
  return path.join(packageRoot(), ...parts);
}
function packageVersion() {
  return JSON.parse(readFileSync(packageFile("package.json"), "utf8")).version;
}

// src/git/git.ts
import { spawnSync } from "node:child_process";
var GIT_TIMEOUT_MS = 6e4;
var GIT_MAX_OUTPUT = 256 * 1024 * 1024;
var GitError = class extends Error {
  constructor(message, cause) {
    super(message);
    this.cause = cause;
  }
  cause;
  name = "GitError";
};
function git(args, options) {
  const argv = ["--no-optional-locks", "-c", "core.quotePath=false", "-c", "core.fsmonitor=false"];
  for (const a of args) argv.push(a);
  const result2 = spawnSync("git", argv, {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: options.maxBytes ?? GIT_MAX_OUTPUT,
    timeout: options.timeoutMs ?? GIT_TIMEOUT_MS,
    killSignal: "SIGKILL",
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    windowsHide: true
  });
  const code = result2.error?.code;
  if (code === "ENOENT") throw new GitError("git is not installed (not found on PATH)", "not-found");
  if (code === "ETIMEDOUT")
    throw new GitError(`git ${args[0]} did not finish within ${options.timeoutMs ?? GIT_TIMEOUT_MS} ms`, "timeout");
  if (code === "ENOBUFS")
    throw new GitError(`git ${args[0]} wrote more than ${options.maxBytes ?? GIT_MAX_OUTPUT} bytes`, "output-limit");
  if (result2.error) throw new GitError(`git ${args[0]}: ${result2.error.message}`, "failed");
  if (result2.status !== 0) {
    const line = result2.stderr?.toString("utf8").split("\n").map((l) => l.trim()).find(Boolean) ?? `git ${args[0]} exited with ${result2.status ?? result2.signal}`;
    throw new GitError(line.replace(/^(fatal|error): /, ""), "failed");
  }
  return result2.stdout;
}
function gitText(args, options) {
  return git(args, options).toString("utf8").replace(/\n$/, "");
}
function literal(path28) {
  return `:(literal)${path28}`;
}
function validateRef(ref, option) {
  const problem = ref.length === 0 ? "is empty" : ref.startsWith("-") ? 'starts with "-" (a ref never does; it would be read as an option)' : ref.length > 256 ? "is longer than 256 characters" : /[\u0000-\u0020\u007f]/.test(ref) ? "holds whitespace or a control character" : void 0;
  if (problem) throw new UsageError(`${option} ${JSON.stringify(ref)}: not a git ref: it ${problem}`);
  return ref;
}
function resolveCommit(cwd, ref, option) {
  validateRef(ref, option);
  try {
    return gitText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], { cwd });
  } catch (error) {
    if (error instanceof GitError && error.cause !== "failed")
      throw new UsageError(`${option} ${ref}: ${error.message}`);
    throw new UsageError(`${option} ${ref}: no such commit in this repository${shallowHint(cwd)}`);
  }
}
function shallowHint(cwd) {
  try {
    return gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true" ? " (the clone is shallow: fetch it, e.g. actions/checkout with fetch-depth: 0)" : "";
  } catch {
    return "";
  }
}
function workTreeTop(dir) {
  try {
    const out = gitText(["rev-parse", "--is-inside-work-tree", "--show-toplevel"], { cwd: dir });
    const lineEnd = out.indexOf("\n");
    if (lineEnd < 0 || out.slice(0, lineEnd) !== "true") return void 0;
    return out.slice(lineEnd + 1);
  } catch {
    return void 0;
  }
}

// src/git/changed-lines.ts
import path2 from "node:path";
function changedLines(cwd, baseRef) {
  validateRef(baseRef, "--base-ref");
  let top;
  let byTop;
  try {
    top = gitText(["rev-parse", "--show-toplevel"], { cwd });
    byTop = diffLines(top, baseRef);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new UsageError(`--base-ref ${baseRef}: git could not diff against it (${error.message})`);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, lines] of byTop) out.set(path2.relative(cwd, path2.join(top, name)).split(path2.sep).join("/"), lines);
  return out;
}
function diffLines(top, base, pathspecs) {
  const args = [
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--end-of-options",
    base,
    "--"
  ];
  for (const p of pathspecs ?? []) args.push(p);
  return parseDiff(git(args, { cwd: top }).toString("utf8"));
}
function parseDiff(diff) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = unquoted(line.slice(4));
      current = void 0;
      if (name === "/dev/null") continue;
      current = /* @__PURE__ */ new Set();
      out.set(name.replace(/^b\//, ""), current);
    } else if (line.startsWith("@@") && current) {
      const m = /\+(\d+)(?:,(\d+))?/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count2 = m[2] === void 0 ? 1 : Number(m[2]);
      for (let n = start; n < start + count2; n++) current.add(n);
    }
  }
  return out;
}
function unquoted(name) {
  return name.startsWith('"') ? cUnquote(name) : name.replace(/\t$/, "");
}
function cUnquote(text) {
  const end = text.lastIndexOf('"');
  const body = text.slice(1, end > 0 ? end : void 0);
  const bytes = [];
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/git/trust.ts
var import_ignore = __toESM(require_ignore(), 1);
import { realpathSync } from "node:fs";
import path3 from "node:path";
var GITIGNORE_LIMIT = 1024 * 1024;
var GITIGNORE_TOTAL_LIMIT = 16 * 1024 * 1024;
var CHUNK = 500;
var Trust = class _Trust {
  constructor(ref, commit, top, cwd) {
    this.ref = ref;
    this.commit = commit;
    this.top = top;
    this.cwd = cwd;
  }
  ref;
  commit;
  top;
  cwd;
  /** Findings the trusted reading raised before the run (configuration changed since REF). */
  findings = [];
  entries;
  refIgnores;
  static open(options) {
    const top = workTreeTop(options.start);
    if (!top)
      throw new UsageError(
        `${options.option} ${options.ref}: ${options.start} is not in a git work tree (or git is not installed)`
      );
    const commit = resolveCommit(top, options.ref, options.option);
    return new _Trust(options.ref, commit, realpathSync(top), options.cwd);
  }
  /** A path of the work tree as REF's tree names it (from the top), or undefined outside the work tree. */
  topRelative(abs) {
    let real;
    try {
      real = realpathSync(abs);
    } catch {
      real = path3.resolve(abs);
    }
    const rel = path3.relative(this.top, real);
    if (rel.startsWith("..") || path3.isAbsolute(rel)) return void 0;
    return rel.split(path3.sep).join("/");
  }
  /** What REF's tree holds at `rel` (from the top), without reading the whole tree. */
  entry(rel) {
    if (this.entries) return this.entries.get(rel);
    const out = git(["ls-tree", "-z", "-l", "--full-tree", "--end-of-options", this.commit, "--", rel], {
      cwd: this.top
    });
    return parseTree(out).find((e) => e.path === rel);
  }
  /** A blob of REF, read only when it is at most `limit` bytes (else undefined). */
  blob(entry, limit) {
    if (entry.type !== "blob" || entry.size > limit) return void 0;
    return git(["cat-file", "blob", entry.oid], { cwd: this.top, maxBytes: limit + 1 });
  }
  /**
   * Whether REF's .gitignore files ignore `rel` (from the top): a path is ignored when it or a
   * directory above it matches a .gitignore of a directory above it, as git applies them (a file
   * under an ignored directory cannot be re-included). A .gitignore that is a symlink, or over
   * GITIGNORE_LIMIT, is not applied, as git does not follow in-tree .gitignore symlinks (git 2.32).
   */
  ignoredAtRef(rel, isDir) {
    const layers = this.gitignores();
    if (layers.size === 0) return false;
    const parts = rel.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const dir = i < parts.length || isDir;
      for (let d = 0; d < i; d++) {
        const layer = layers.get(parts.slice(0, d).join("/"));
        if (!layer) continue;
        const relToLayer = parts.slice(d, i).join("/");
        if (layer.ignores(dir ? `${relToLayer}/` : relToLayer)) return true;
      }
    }
    return false;
  }
  gitignores() {
    if (this.refIgnores) return this.refIgnores;
    const layers = /* @__PURE__ */ new Map();
    const wanted = [];
    let total = 0;
    for (const e of this.tree().values()) {
      if (e.path !== ".gitignore" && !e.path.endsWith("/.gitignore")) continue;
      if (e.type !== "blob" || e.mode === "120000" || e.size > GITIGNORE_LIMIT) continue;
      if (total + e.size > GITIGNORE_TOTAL_LIMIT) continue;
      total += e.size;
      wanted.push(e);
    }
    const texts = catBlobs(this.top, wanted, total);
    wanted.forEach((e, i) => {
      const dir = e.path === ".gitignore" ? "" : e.path.slice(0, -"/.gitignore".length);
      layers.set(dir, (0, import_ignore.default)().add(texts[i] ?? ""));
    });
    this.refIgnores = layers;
    return layers;
  }
  /** REF's whole tree (blobs and submodules), read once. */
  tree() {
    if (!this.entries) {
      const out = git(["ls-tree", "-r", "-z", "-l", "--full-tree", "--end-of-options", this.commit], { cwd: this.top });
      this.entries = new Map(parseTree(out).map((e) => [e.path, e]));
    }
    return this.entries;
  }
  /**
   * For each file (a reported name, relative to the working directory), which of its lines REF
   * already had. A file the index does not track, or outside the work tree, is new; a tracked
   * file has the lines `git diff REF` adds or changes. One git call per 500 files.
   */
  lineStatus(files) {
    const out = /* @__PURE__ */ new Map();
    const byRel = /* @__PURE__ */ new Map();
    for (const file of files) {
      const rel = file.includes("\\") ? void 0 : this.topRelative(path3.resolve(this.cwd, file));
      if (rel === void 0) {
        out.set(file, "new");
        continue;
      }
      byRel.set(rel, [...byRel.get(rel) ?? [], file]);
    }
    const rels = [...byRel.keys()];
    for (let i = 0; i < rels.length; i += CHUNK) {
      const chunk = rels.slice(i, i + CHUNK);
      const specs = chunk.map(literal);
      const tracked = new Set(
        splitNul(git(["ls-files", "-z", "-c", "--full-name", "--", ...specs], { cwd: this.top }))
      );
      const changed = diffLines(this.top, this.commit, specs);
      for (const rel of chunk) {
        const status = tracked.has(rel) ? changed.get(rel) ?? /* @__PURE__ */ new Set() : "new";
        for (const file of byRel.get(rel)) out.set(file, status);
      }
    }
    return out;
  }
  /** A short description of REF for messages: the ref as written, with the commit it names. */
  describe() {
    return `${this.ref} (${this.commit.slice(0, 12)})`;
  }
};
function parseTree(out) {
  const entries = [];
  for (const record of splitNul(out)) {
    const tab = record.indexOf("	");
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    entries.push({
      mode,
      type,
      oid,
      size: size === "-" ? 0 : Number(size),
      path: record.slice(tab + 1)
    });
  }
  return entries;
}
function splitNul(out) {
  return splitNulBytes(out).map((b) => b.toString("utf8"));
}
function splitNulBytes(out) {
  const parts = [];
  let start = 0;
  for (let end = out.indexOf(0, start); end >= 0; end = out.indexOf(0, start)) {
    if (end > start) parts.push(out.subarray(start, end));
    start = end + 1;
  }
  if (start < out.length) parts.push(out.subarray(start));
  return parts;
}
function catBlobs(top, entries, total) {
  if (entries.length === 0) return [];
  const out = git(["cat-file", "--batch"], {
    cwd: top,
    input: `${entries.map((e) => e.oid).join("\n")}
`,
    maxBytes: total + entries.length * 128 + 1024
  });
  const texts = [];
  let at3 = 0;
  for (const _ of entries) {
    const eol = out.indexOf(10, at3);
    const header = gitHeader(out.subarray(at3, eol).toString("utf8"));
    at3 = eol + 1;
    texts.push(out.subarray(at3, at3 + header).toString("utf8"));
    at3 += header + 1;
  }
  return texts;
}
function gitHeader(line) {
  const size = Number(line.split(" ")[2]);
  return Number.isFinite(size) ? size : 0;
}

// src/discover/discover-files.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, realpathSync as realpathSync3, statSync } from "node:fs";
import path5 from "node:path";

// src/core/finding.ts
var LEVEL_RANK = { info: 0, warning: 1, error: 2 };
function isFileRef(ref) {
  return ref.line !== void 0;
}
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/git/ls-files.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path4 from "node:path";
function listWorkTree(dir, trust) {
  const top = workTreeTop(dir);
  if (!top) return void 0;
  let listed;
  try {
    listed = git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: dir });
  } catch {
    return void 0;
  }
  const paths = splitNulBytes(listed);
  if (trust) {
    for (const p of hiddenNowButNotAtRef(dir, trust)) paths.push(p);
  }
  return { top, paths };
}
function hiddenNowButNotAtRef(dir, trust) {
  const base = path4.relative(trust.top, safeRealpath(dir)).split(path4.sep).join("/");
  const fromTop = (rel) => base ? `${base}/${rel}` : rel;
  const ignored = (args) => splitNulBytes(git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", ...args], { cwd: dir }));
  const out = [];
  for (const entry of ignored(["--directory"])) {
    const rel = entry.toString("utf8");
    if (!rel.endsWith("/")) {
      if (!trust.ignoredAtRef(fromTop(rel), false)) out.push(entry);
      continue;
    }
    if (trust.ignoredAtRef(fromTop(rel.slice(0, -1)), true)) continue;
    for (const file of ignored(["--", literal(rel)])) {
      const name = file.toString("utf8");
      if (!name.endsWith("/") && !trust.ignoredAtRef(fromTop(name), false)) out.push(file);
    }
  }
  return out;
}
function safeRealpath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return path4.resolve(p);
  }
}

// src/discover/globs.ts
var GlobError = class extends Error {
  name = "GlobError";
};
var MAX_ALTERNATIVES = 256;
var MAX_GLOB_LENGTH = 1024;
function compileGlobs(patterns) {
  const globs = patterns.map(compileGlob);
  return (input) => globs.some((g) => matchGlob(g, input));
}
function compileGlob(pattern) {
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  let negated = false;
  let body = pattern;
  while (body.startsWith("!") && !body.startsWith("!(")) {
    negated = !negated;
    body = body.slice(1);
  }
  checkExtglob(body);
  body = body.replace(/^(\.\/)+/, "");
  const alternatives = expandBraces(body).map(parseSegments);
  return { negated, alternatives };
}
function matchGlob(glob, input) {
  if (input === "") return glob.negated;
  const path28 = input.replace(/^(\.\/)+/, "");
  const segments = path28.split("/");
  const dir = segments.length > 1 && segments[segments.length - 1] === "" ? segments.slice(0, -1) : void 0;
  const hit = glob.alternatives.some(
    (alt) => matchSegments(alt, segments) || dir !== void 0 && endsWithStar(alt) && matchSegments(alt, dir)
  );
  return glob.negated ? !hit : hit;
}
function checkExtglob(body) {
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && body[i + 1] === ":")
        throw new GlobError("uses a POSIX character class ([[:alpha:]]): write the characters ([a-zA-Z])");
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = body.indexOf("]", i + 2) > 0;
    else if (c === "(" && i > 0 && "@!+*?".includes(body[i - 1]))
      throw new GlobError(
        `uses an extglob (${body.slice(i - 1, i + 1)}...): write alternatives as {a,b}, or \\( for a parenthesis`
      );
  }
}
function expandBraces(pattern) {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, options } = open;
  const out = [];
  const tails = expandBraces(pattern.slice(end + 1));
  for (const option of options) {
    for (const head of expandBraces(option)) {
      for (const tail of tails) {
        out.push(pattern.slice(0, start) + head + tail);
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}
function findBrace(p) {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      const close = classEnd(p, i);
      if (close > 0) i = close;
      continue;
    }
    if (c !== "{") continue;
    let depth = 0;
    const commas = [];
    for (let j = i; j < p.length; j++) {
      const d = p[j];
      if (d === "\\") {
        j++;
        continue;
      }
      if (d === "{") depth++;
      else if (d === "}") {
        depth--;
        if (depth === 0) {
          const inner = p.slice(i + 1, j);
          if (commas.length > 0) {
            const options = [];
            let from = i + 1;
            for (const k of commas) {
              options.push(p.slice(from, k));
              from = k + 1;
            }
            options.push(p.slice(from, j));
            return { start: i, end: j, options };
          }
          const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner);
          if (range) return { start: i, end: j, options: rangeOptions(range) };
          break;
        }
      } else if (d === "," && depth === 1) commas.push(j);
    }
  }
  return void 0;
}
function rangeOptions(m) {
  const numeric = m[1] !== void 0;
  const from = numeric ? Number(m[1]) : m[3].charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[4].charCodeAt(0);
  if (Math.abs(to - from) >= MAX_ALTERNATIVES)
    throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
  const out = [];
  const step = from <= to ? 1 : -1;
  for (let v = from; v !== to + step; v += step) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}
function classEnd(p, open) {
  let i = open + 1;
  if (p[i] === "!" || p[i] === "^") i++;
  if (p[i] === "]") i++;
  for (; i < p.length; i++) {
    if (p[i] === "\\") i++;
    else if (p[i] === "]") return i;
  }
  return -1;
}
function parseSegments(pattern) {
  const texts = splitSegments(pattern);
  const segments = texts.map(
    (text) => text === "**" ? { kind: "globstar" } : { kind: "atoms", atoms: parseAtoms(text) }
  );
  const n = segments.length;
  const before = segments[n - 2];
  if (segments[n - 1]?.kind === "globstar" && before?.kind === "atoms" && before.atoms.at(-1)?.kind === "star")
    segments.splice(n - 1, 0, { kind: "one" });
  return segments;
}
function splitSegments(p) {
  const out = [];
  let current = "";
  for (let i = 0; i < p.length; i++) {
    if (p[i] === "\\" && i + 1 < p.length) {
      current += p[i] + p[i + 1];
      i++;
    } else if (p[i] === "/") {
      out.push(current);
      current = "";
    } else current += p[i];
  }
  out.push(current);
  return out;
}
function parseAtoms(text) {
  const atoms = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\\" && i + 1 < chars.length) {
      atoms.push({ kind: "char", c: chars[++i] });
    } else if (c === "*") {
      if (atoms[atoms.length - 1]?.kind !== "star") atoms.push({ kind: "star" });
    } else if (c === "?") {
      atoms.push({ kind: "any" });
    } else if (c === "[") {
      const close = classEnd(chars, i);
      if (close < 0) {
        atoms.push({ kind: "char", c });
        continue;
      }
      atoms.push(parseClass(chars.slice(i + 1, close)));
      i = close;
    } else atoms.push({ kind: "char", c });
  }
  return atoms;
}
function parseClass(body) {
  let i = 0;
  let negated = false;
  if (body[0] === "!" || body[0] === "^") {
    negated = true;
    i = 1;
  }
  const chars = [];
  const ranges = [];
  for (; i < body.length; i++) {
    let c = body[i];
    if (c === "\\" && i + 1 < body.length) c = body[++i];
    if (body[i + 1] === "-" && i + 2 < body.length) {
      let to = body[i + 2];
      i += 2;
      if (to === "\\" && i + 1 < body.length) to = body[++i];
      ranges.push([c, to]);
    } else chars.push(c);
  }
  return { kind: "class", negated, chars, ranges };
}
function endsWithStar(pattern) {
  const last = pattern[pattern.length - 1];
  return last?.kind === "atoms" && last.atoms[last.atoms.length - 1]?.kind === "star";
}
function matchSegments(pattern, path28) {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path28.length) {
    const seg = pattern[p];
    if (seg?.kind === "globstar") {
      starP = p++;
      starS = s;
      continue;
    }
    if (seg && (seg.kind === "one" || matchAtoms(seg.atoms, path28[s]))) {
      p++;
      s++;
      continue;
    }
    if (starP < 0) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (pattern[p]?.kind === "globstar") p++;
  return p === pattern.length;
}
function matchAtoms(atoms, text) {
  if (text === "") return atoms.length === 0;
  const chars = Array.from(text);
  let a = 0;
  let i = 0;
  let starA = -1;
  let starI = 0;
  while (i < chars.length) {
    const atom = atoms[a];
    if (atom?.kind === "star") {
      starA = a++;
      starI = i;
      continue;
    }
    if (atom && matchOne(atom, chars[i])) {
      a++;
      i++;
      continue;
    }
    if (starA < 0) return false;
    a = starA + 1;
    i = ++starI;
  }
  while (atoms[a]?.kind === "star") a++;
  return a === atoms.length;
}
function matchOne(atom, c) {
  switch (atom.kind) {
    case "char":
      return atom.c === c;
    case "any":
      return true;
    case "class": {
      const inClass = atom.chars.includes(c) || atom.ranges.some(([from, to]) => from <= c && c <= to);
      return inClass !== atom.negated;
    }
  }
}

// src/discover/discover-files.ts
var NODE_MODULES = "node_modules";
var inNodeModules = (rel) => rel === NODE_MODULES || rel.startsWith(`${NODE_MODULES}/`) || rel.includes(`/${NODE_MODULES}/`);
function stdinDisplay(cwd, name) {
  return name === void 0 ? "<stdin>" : toDisplay(cwd, path5.resolve(cwd, name));
}
var DATA_FILE = /\.(ya?ml|json)$/i;
function discoverFiles(args, options) {
  const cwd = options.cwd;
  const base = options.base ?? cwd;
  const isIncluded = options.include?.length ? compileGlobs(options.include) : (p) => DATA_FILE.test(p);
  const isExcluded = options.exclude?.length ? compileGlobs(options.exclude) : () => false;
  const files = [];
  const skipped2 = [];
  const seen = /* @__PURE__ */ new Set();
  const walked = /* @__PURE__ */ new Set();
  const display = (abs) => toDisplay(cwd, abs);
  const skip = (abs, reason) => skipped2.push({ display: display(abs), reason });
  const add = (abs, shown = display(abs), bytes) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(bytes ? { absolute: abs, display: shown, bytes } : { absolute: abs, display: shown });
  };
  for (const arg of args.length ? args : ["."]) {
    if (arg === "-") {
      if (files.some((f) => f.absolute === "-")) throw new UsageError("- (stdin) is named twice");
      files.push({ absolute: "-", display: stdinDisplay(cwd, options.stdinFilename) });
      continue;
    }
    const abs = path5.resolve(cwd, arg);
    let stat;
    try {
      stat = lstatSync(abs);
    } catch {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
    if (stat.isSymbolicLink()) {
      const target = resolveLink(abs, cwd);
      if ("reason" in target) skipped2.push({ display: display(abs), reason: target.reason });
      else if (target.isDirectory) walk(target.real, target.real);
      else add(abs);
    } else if (stat.isDirectory()) {
      walk(abs, abs);
    } else if (stat.isFile()) {
      if (!isExcluded(relativeGlobPath(base, abs, abs))) add(abs);
    } else {
      skipped2.push({ display: display(abs), reason: `not a regular file (${fileKind(stat)}): not read` });
    }
  }
  return { files, skipped: skipped2 };
  function walk(root2, dir) {
    const real = safeRealpath2(dir);
    if (walked.has(real)) return;
    walked.add(real);
    const listing = listWorkTree(dir, options.trust);
    if (listing) {
      walkListed(root2, dir, listing);
      return;
    }
    const ignores = gitignoresAbove(root2, (d) => loadIgnore(d, path5.join(d, ".gitignore"), skip));
    visit(dir, void 0, ignores);
    function visit(current, bytes, rules) {
      let entries;
      try {
        entries = listDirectory(current, bytes);
      } catch (error) {
        skipped2.push({
          display: `${display(current)}/`,
          reason: `directory not readable (${error.code ?? "error"})`
        });
        return;
      }
      const gitignore = join(bytes, current, ".gitignore");
      const own = entries.some((e) => e.name === ".gitignore") ? loadIgnore(current, gitignore, skip) : void 0;
      const layers = own ? [...rules, own] : rules;
      entries.sort((a, b) => compareStrings(a.name, b.name));
      for (const { name, raw, dirent: entry } of entries) {
        if (name === ".git" || name === NODE_MODULES) continue;
        const abs = path5.join(current, name);
        const absBytes = raw && (bytes || name !== raw.toString("utf8")) ? join(bytes, current, raw) : void 0;
        const isDir = entry.isDirectory();
        if (isIgnored(layers, abs, isDir)) continue;
        const globPath = relativeGlobPath(base, root2, abs);
        if (isDir) {
          if (!isExcluded(globPath) && !isExcluded(`${globPath}/`)) visit(abs, absBytes, layers);
          continue;
        }
        if (!isIncluded(globPath) || isExcluded(globPath)) continue;
        if (entry.isSymbolicLink()) {
          const target = resolveLink(absBytes ?? abs, root2);
          if ("reason" in target) skipped2.push({ display: display(abs), reason: target.reason });
          else if (target.isDirectory)
            skipped2.push({ display: display(abs), reason: "symlink to a directory: not followed" });
          else add(abs, display(abs), absBytes);
          continue;
        }
        if (entry.isFile()) add(abs, display(abs), absBytes);
        else skip(abs, `not a regular file (${fileKind(entry)}): not read`);
      }
    }
  }
  function walkListed(root2, dir, listing) {
    const excludedDir = /* @__PURE__ */ new Map();
    const dirIsExcluded = (rel) => {
      let known = excludedDir.get(rel);
      if (known === void 0) {
        const slash = rel.lastIndexOf("/");
        const globPath = relativeGlobPath(base, root2, path5.join(dir, rel));
        known = slash > 0 && dirIsExcluded(rel.slice(0, slash)) || isExcluded(globPath) || isExcluded(`${globPath}/`);
        excludedDir.set(rel, known);
      }
      return known;
    };
    const sep = Buffer.from(path5.sep);
    for (const raw of listing.paths) {
      const rel = escapeName(raw).replace(/\/$/, "");
      if (inNodeModules(rel)) continue;
      const slash = rel.lastIndexOf("/");
      if (slash > 0 && dirIsExcluded(rel.slice(0, slash))) continue;
      const abs = path5.join(dir, rel);
      const absBytes = rel !== raw.toString("utf8").replace(/\/$/, "") ? Buffer.concat([Buffer.from(dir), sep, raw]) : void 0;
      let stat;
      try {
        stat = lstatSync(absBytes ?? abs);
      } catch {
        continue;
      }
      const globPath = relativeGlobPath(base, root2, abs);
      if (stat.isDirectory()) {
        if (!dirIsExcluded(rel)) walk(abs, abs);
        continue;
      }
      if (!isIncluded(globPath) || isExcluded(globPath)) continue;
      if (stat.isSymbolicLink()) {
        const target = resolveLink(absBytes ?? abs, root2);
        if ("reason" in target) skip(abs, target.reason);
        else if (target.isDirectory) skip(abs, "symlink to a directory: not followed");
        else add(abs, display(abs), absBytes);
      } else if (stat.isFile()) add(abs, display(abs), absBytes);
      else skip(abs, `not a regular file (${fileKind(stat)}): not read`);
    }
  }
}
function resolveLink(abs, root2) {
  let real;
  try {
    real = typeof abs === "string" ? realpathSync3(abs) : escapeName(realpathSync3(abs, { encoding: "buffer" }));
  } catch (error) {
    const code = error.code;
    return { reason: code === "ELOOP" ? "symlink loop: not followed" : "broken symlink: target does not exist" };
  }
  const realRoot = safeRealpath2(root2);
  if (real !== realRoot && !real.startsWith(realRoot + path5.sep)) {
    return { reason: "symlink points outside the repository: not read" };
  }
  return { real, isDirectory: statSync(typeof abs === "string" ? real : abs).isDirectory() };
}
function join(bytes, dir, name) {
  if (!bytes && typeof name === "string") return path5.join(dir, name);
  const sep = Buffer.from(path5.sep);
  return Buffer.concat([bytes ?? Buffer.from(dir), sep, typeof name === "string" ? Buffer.from(name) : name]);
}
function listDirectory(current, bytes) {
  if (!bytes) {
    const named2 = readdirSync(current, { withFileTypes: true });
    if (named2.every((d) => isOwnEscape(d.name))) return named2.map((dirent) => ({ name: dirent.name, dirent }));
  }
  return readdirSync(bytes ?? current, { withFileTypes: true, encoding: "buffer" }).map((dirent) => ({
    name: escapeName(dirent.name),
    raw: dirent.name,
    dirent
  }));
}
function isOwnEscape(text) {
  return !text.includes("\uFFFD") && !text.includes("\\");
}
function escapeName(raw) {
  const text = raw.toString("utf8");
  if (isOwnEscape(text)) return text;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const size = utf8Sequence(raw, i);
    if (size === 0) out += `\\x${raw[i].toString(16).padStart(2, "0")}`;
    else {
      const char = raw.subarray(i, i + size).toString("utf8");
      out += char === "\\" ? "\\\\" : char;
    }
    i += size || 1;
  }
  return out;
}
function utf8Sequence(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;
  if (c === 224) return cont(1, 160) && cont(2) ? 3 : 0;
  if (c === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;
  if (c >= 225 && c <= 239) return cont(1) && cont(2) ? 3 : 0;
  if (c === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
  if (c === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 241 && c <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
function safeRealpath2(p) {
  try {
    return realpathSync3(p);
  } catch {
    return path5.resolve(p);
  }
}
function loadIgnore(dir, file, skip) {
  const shown = typeof file === "string" ? file : escapeName(file);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return void 0;
  }
  if (stat.isSymbolicLink()) {
    skip(
      shown,
      "a .gitignore that is a symlink is not read (git does not follow it either): its patterns are not applied"
    );
    return void 0;
  }
  const read = readBounded(file, SMALL_FILE_LIMIT);
  if (!read.ok) {
    if (read.cause !== "unreadable") skip(shown, `${read.reason}: its patterns are not applied`);
    return void 0;
  }
  return { dir, rules: (0, import_ignore2.default)().add(read.buffer.toString("utf8")) };
}
function isIgnored(layers, abs, isDir) {
  for (const layer of layers) {
    const rel = path5.relative(layer.dir, abs).split(path5.sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function gitignoresAbove(root2, load) {
  const chain = [];
  let dir = path5.dirname(root2);
  let top;
  for (let d = root2; ; d = path5.dirname(d)) {
    if (existsSync2(path5.join(d, ".git"))) {
      top = d;
      break;
    }
    if (path5.dirname(d) === d) break;
  }
  if (!top || top === root2) return [];
  for (; ; dir = path5.dirname(dir)) {
    chain.unshift(dir);
    if (dir === top || path5.dirname(dir) === dir) break;
  }
  const layers = [];
  for (const d of chain) {
    const layer = load(d);
    if (layer) layers.push(layer);
  }
  return layers;
}
function relativeGlobPath(base, root2, abs) {
  const fromBase = relative(base, abs);
  const rel = fromBase.startsWith("..") || path5.isAbsolute(fromBase) ? relative(root2, abs) || path5.basename(abs) : fromBase;
  return path5.sep === "/" ? rel : rel.split(path5.sep).join("/");
}
function toDisplay(cwd, abs) {
  const rel = relative(cwd, abs) || ".";
  return path5.sep === "/" ? rel : rel.split(path5.sep).join("/");
}
function relative(from, to) {
  const end = from.endsWith(path5.sep) ? from.length : from.length + 1;
  if (to.length > end && to.startsWith(from) && to[end - 1] === path5.sep && path5.isAbsolute(from)) {
    const rest = to.slice(end);
    if (!/^[\\/]|(^|[\\/])\.\.?([\\/]|$)|[\\/]{2}|[\\/]$/.test(rest)) return rest;
  }
  return path5.relative(from, to);
}

// src/net/cidr.ts
var import_ip_address = __toESM(require_ip_address(), 1);
var BITS = { 4: 32, 6: 128 };
var MAPPED_PREFIX = 0xffffn << 32n;
var parsedTexts = /* @__PURE__ */ new Map();
function parseCidr(input, options = {}) {
  const key = options.allowBareAddress ? `bare ${input}` : input;
  const known = parsedTexts.get(key);
  if (known) return known;
  const parsed = deepFreeze(parseText2(input, options));
  if (parsedTexts.size >= 1e4) parsedTexts.clear();
  parsedTexts.set(key, parsed);
  return parsed;
}
function deepFreeze(parsed) {
  if (parsed.ok) Object.freeze(parsed.cidr);
  return Object.freeze(parsed);
}
function parseText2(input, options) {
  const text = input.trim();
  if (text !== input || text === "") return { ok: false, error: `"${input}" is not a CIDR` };
  const slash = text.indexOf("/");
  if (slash < 0 && !options.allowBareAddress)
    return { ok: false, error: `"${input}" has no prefix length (expected address/prefix, e.g. 10.0.0.0/16)` };
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? void 0 : text.slice(slash + 1);
  if (prefixText !== void 0 && !/^(0|[1-9][0-9]{0,2})$/.test(prefixText))
    return { ok: false, error: `"${input}" has an invalid prefix length "${prefixText}"` };
  const v6 = addressText.includes(":");
  const family = v6 ? 6 : 4;
  const prefix = prefixText === void 0 ? BITS[family] : Number(prefixText);
  if (prefix > BITS[family])
    return {
      ok: false,
      error: `"${input}" has prefix /${prefix}, more than the ${BITS[family]} bits of an IPv${family} address`
    };
  let value2;
  try {
    value2 = v6 ? new import_ip_address.Address6(addressText).bigInt() : new import_ip_address.Address4(addressText).bigInt();
  } catch (error) {
    return {
      ok: false,
      error: `"${input}" is not a valid IPv${family} address (${error.message.replace(/\.$/, "")})`
    };
  }
  let cidr3 = fromNetwork(family, value2, prefix);
  const canonical2 = cidr3.start === value2;
  if (family === 6 && prefix >= 96 && cidr3.start >> 32n === MAPPED_PREFIX >> 32n) {
    cidr3 = fromNetwork(4, cidr3.start & 0xffffffffn, prefix - 96);
  }
  return { ok: true, cidr: cidr3, canonical: canonical2 };
}
function fromNetwork(family, value2, prefix) {
  const bits = BITS[family];
  const hostBits = BigInt(bits - prefix);
  const start = value2 >> hostBits << hostBits;
  const end = start + (1n << hostBits) - 1n;
  return { family, start, end, prefix, text: `${formatAddress(family, start)}/${prefix}` };
}
function formatAddress(family, value2) {
  return family === 4 ? import_ip_address.Address4.fromBigInt(value2).address : import_ip_address.Address6.fromBigInt(value2).correctForm();
}
function overlaps(a, b) {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}
function contains(outer, inner) {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}
function intersection(a, b) {
  if (!overlaps(a, b)) return null;
  return { family: a.family, start: a.start > b.start ? a.start : b.start, end: a.end < b.end ? a.end : b.end };
}
function difference(from, remove) {
  const cuts = remove.filter((r) => overlaps(r, from)).sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
  const out = [];
  let cursor = from.start;
  for (const cut of cuts) {
    if (cut.start > cursor) out.push({ family: from.family, start: cursor, end: cut.start - 1n });
    if (cut.end + 1n > cursor) cursor = cut.end + 1n;
    if (cursor > from.end) return out;
  }
  if (cursor <= from.end) out.push({ family: from.family, start: cursor, end: from.end });
  return out;
}
function toCidrs(i) {
  const bits = BITS[i.family];
  const out = [];
  let start = i.start;
  while (start <= i.end) {
    let hostBits = 0;
    while (hostBits < bits) {
      const next = hostBits + 1;
      const block = 1n << BigInt(next);
      if (start % block !== 0n || start + block - 1n > i.end) break;
      hostBits = next;
    }
    out.push(fromNetwork(i.family, start, bits - hostBits));
    start += 1n << BigInt(hostBits);
  }
  return out;
}
function describeInterval(i) {
  const cidrs = toCidrs(i);
  if (cidrs.length <= 3) return cidrs.map((c) => c.text).join(", ");
  return `${formatAddress(i.family, i.start)}-${formatAddress(i.family, i.end)}`;
}
function relation(a, b) {
  if (a.start === b.start && a.end === b.end) return "equals";
  if (contains(b, a)) return "lies inside";
  if (contains(a, b)) return "contains";
  return "overlaps";
}

// src/rules/rule.ts
function defineRule(rule) {
  return { ...rule, engine: "ts" };
}
function defineInputRule(rule) {
  return { ...rule, engine: "input" };
}
function defineFleetRule(rule) {
  return { ...rule, engine: "ts" };
}
function runFleetRule(rule, clusters) {
  const out = [];
  rule.checkFleet(clusters, ({ cluster, ...r }) => {
    const finding2 = toRaw(rule.id, r);
    out.push(cluster === null ? finding2 : { ...finding2, cluster });
  });
  return out;
}
function toRaw(ruleId, r) {
  return {
    ruleId,
    messageId: r.messageId,
    ref: r.ref,
    data: r.data ?? {},
    ...r.resource ? { resource: r.resource } : {},
    ...r.related?.length ? { related: r.related } : {}
  };
}
function runRule(rule, context) {
  const out = [];
  rule.check(context, (r) => {
    out.push("ruleId" in r ? r : toRaw(rule.id, r));
  });
  return out;
}
function prose(strings, ...values) {
  return String.raw({ raw: strings }, ...values).replace(/\s*\n\s*/g, " ").trim();
}

// src/rules/cidr/reference.ts
var PRECEDENCE = ["config", "template", "kubeadm", "controller-manager", "flannel"];
function byPrecedence(facts) {
  const rank = (f) => {
    const i = PRECEDENCE.indexOf(f.fact.declaredBy);
    return i < 0 ? PRECEDENCE.length : i;
  };
  return [...facts].sort((a, b) => rank(a) - rank(b));
}
function referencePodCidr(podCidrs, family) {
  return byPrecedence(podCidrs.filter((p) => p.cidr.family === family))[0];
}

// src/rules/cidr/cluster-pod-cidrs-overlap.ts
var clusterPodCidrsOverlap = defineFleetRule({
  id: "cidr/cluster-pod-cidrs-overlap",
  level: "error",
  title: "Two clusters in one VPC have overlapping pod CIDRs",
  messages: {
    overlap: prose`Pod CIDR {subject} of cluster {cluster} {relation} pod CIDR {other} of cluster {otherCluster}
      declared at {otherAt}; both clusters run in {vpc} ({overlap} in both).`
  },
  why: prose`
    In Flannel mode, ACK's Cloud Controller Manager manages the VPC's route table with one route entry per node
    (its pod block) and automatically deletes conflicting route entries ("Use the Flannel network plugin",
    ACK). Two clusters in one VPC with overlapping pod CIDRs take each other's routes. ROS documents the
    same constraint for ContainerCidr: it "cannot overlap with the VPC CIDR block or the CIDR blocks of
    existing Kubernetes clusters in the VPC".
  `,
  fix: prose`
    Give every cluster of a VPC its own pod CIDR, e.g. 10.0.0.0/16, 10.1.0.0/16, ...; or put the clusters in
    separate VPCs.
  `,
  docs: prose`
    https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/work-with-flannel;
    https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-cs-managededgekubernetescluster
  `,
  checkFleet(clusters, report) {
    const named2 = clusters.filter((c) => c.scope.name !== null);
    for (let i = 0; i < named2.length; i++) {
      for (let j = i + 1; j < named2.length; j++) {
        const [a, b] = named2[i].scope.name < named2[j].scope.name ? [named2[i], named2[j]] : [named2[j], named2[i]];
        const vpc = sharedVpc(a, b);
        if (!vpc) continue;
        for (const family of [4, 6]) {
          const mine = referencePodCidr(b.cidrs.valid(b.model.podCidrs), family);
          const theirs = referencePodCidr(a.cidrs.valid(a.model.podCidrs), family);
          const both = mine && theirs ? intersection(mine.cidr, theirs.cidr) : null;
          if (!mine || !theirs || !both) continue;
          report({
            cluster: b.scope.name,
            messageId: "overlap",
            ref: mine.fact.ref,
            resource: mine.fact.resource,
            data: {
              subject: mine.cidr.text,
              cluster: b.scope.name,
              relation: relation(mine.cidr, theirs.cidr),
              other: theirs.cidr.text,
              otherCluster: a.scope.name,
              otherAt: theirs.fact.ref,
              vpc: vpc.words,
              overlap: describeInterval(both)
            },
            related: [
              {
                ref: theirs.fact.ref,
                message: `pod CIDR ${theirs.cidr.text} of cluster ${a.scope.name} (${theirs.fact.origin})`
              },
              { ref: vpc.ref, message: `the ${vpc.words}, named here` }
            ]
          });
        }
      }
    }
  }
});
function sharedVpc(a, b) {
  return a.scope.vpcs.find((v) => b.scope.vpcs.some((w) => w.key === v.key));
}

// src/model/node-mask.ts
var DEFAULT_NODE_MASK = { 4: 24, 6: 64 };
function maskValue(fact, family) {
  const n = typeof fact.value === "number" ? fact.value : /^\s*\d+\s*$/.test(fact.value) ? Number(fact.value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= (family === 4 ? 32 : 128) ? n : void 0;
}
function nodeMask(model, family, singleStack) {
  const candidates = model.nodeCidrMasks.filter((m) => m.family === family || m.family === 0 && singleStack);
  for (const fact of candidates) {
    const mask = maskValue(fact, family);
    if (mask !== void 0) return { known: true, mask, fact };
  }
  if (candidates.length > 0) return { known: false, reason: "the declared node mask is not valid", at: candidates[0] };
  const ack = model.ackClusters.find((c) => !c.nodeCidrMaskSet);
  if (ack && family === 4)
    return { known: false, reason: "NodeCidrMask is not set and ACK documents its default both as 24 and 25", at: ack };
  return { known: true, mask: DEFAULT_NODE_MASK[family], fact: null };
}

// src/rules/cidr/node-capacity.ts
var DEFAULT_MAX_PODS = 110;
var MAX_IPV6_MASK_DIFF = 16;
var nodeCapacity = defineRule({
  id: "cidr/node-capacity",
  level: "warning",
  title: "The pod CIDR cannot hold the nodes, or a node block holds too few pods",
  messages: {
    "mask-shorter": prose`The node mask {mask} is shorter than the pod CIDR {pod}: kube-controller-manager cannot
      carve one node block from it.`,
    "ipv6-mask-too-long": prose`The node mask {mask} is {bits} bits longer than the pod CIDR {pod};
      kube-controller-manager allows 16 ("New CIDR set failed; the node CIDR size is too big").`,
    "too-few-blocks": "Pod CIDR {pod} holds {blocks} node blocks of {mask}, fewer than {needed}.",
    "too-few-pods": "A {mask} node block holds {pods} pod IPs, fewer than {wanted}."
  },
  why: prose`
    kube-controller-manager hands out 2^(node mask - prefix) node blocks; when they run out, new nodes get no pod
    network.
  `,
  fix: "Use a larger pod CIDR or a larger node mask.",
  check({ model, cidrs }, report) {
    const pods = cidrs.valid(model.podCidrs);
    const families = [4, 6].filter((f) => pods.some((p) => p.cidr.family === f));
    for (const family of families) {
      const pod = referencePodCidr(pods, family);
      const mask = nodeMask(model, family, families.length === 1);
      if (!mask.known) {
        const reason = `the node capacity of ${pod.cidr.text} is unknown: ${mask.reason}`;
        report(skipped(mask.at.ref, reason, mask.at.resource));
        continue;
      }
      const maskWords = mask.fact ? `/${mask.mask} (${mask.fact.origin})` : `/${mask.mask} (kube-controller-manager's default; no node mask is declared)`;
      const at3 = mask.fact?.ref ?? pod.fact.ref;
      const resource = mask.fact?.resource ?? pod.fact.resource;
      const podRelated = [
        { ref: pod.fact.ref, message: `pod CIDR ${pod.cidr.text} (${pod.fact.origin})` }
      ];
      const maskRelated = mask.fact ? [{ ref: mask.fact.ref, message: `node mask ${maskWords}` }] : [];
      const data = { mask: maskWords, pod: pod.cidr.text };
      if (mask.mask < pod.cidr.prefix) {
        report({ messageId: "mask-shorter", ref: at3, resource, data, related: mask.fact ? podRelated : [] });
        continue;
      }
      if (family === 6 && mask.mask - pod.cidr.prefix > MAX_IPV6_MASK_DIFF) {
        const bits = mask.mask - pod.cidr.prefix;
        report({
          messageId: "ipv6-mask-too-long",
          ref: at3,
          resource,
          data: { ...data, bits },
          related: mask.fact ? podRelated : []
        });
        continue;
      }
      const blocks = 2n ** BigInt(mask.mask - pod.cidr.prefix);
      const declaredNodes = new Set(model.nodes.map((n) => n.name)).size;
      const planned = model.cluster.maxNodes;
      const byPlan = planned !== null && planned.value >= declaredNodes;
      if (BigInt(Math.max(declaredNodes, planned?.value ?? 0)) > blocks) {
        const needed = byPlan ? `the ${planned.value} nodes planned (cluster.maxNodes)` : `the ${declaredNodes} Nodes in the repository`;
        report({
          messageId: "too-few-blocks",
          ref: pod.fact.ref,
          resource,
          data: { ...data, blocks: String(blocks), needed },
          related: [
            ...maskRelated,
            ...byPlan ? [{ ref: planned.ref, message: `cluster.maxNodes: ${planned.value}` }] : []
          ]
        });
      }
      const podsPerBlock = family === 4 ? 2n ** BigInt(32 - mask.mask) - 3n : 2n ** BigInt(128 - mask.mask) - 2n;
      const maxPods = model.cluster.maxPodsPerNode;
      const wanted = maxPods?.value ?? DEFAULT_MAX_PODS;
      const ackChoosesMaxPods = !maxPods && mask.fact?.declaredBy === "template";
      if (!ackChoosesMaxPods && podsPerBlock < BigInt(wanted)) {
        const whose = maxPods ? `cluster.maxPodsPerNode (${wanted})` : `kubelet's default maxPods (${wanted})`;
        report({
          messageId: "too-few-pods",
          ref: at3,
          resource,
          data: { ...data, pods: String(podsPerBlock < 0n ? 0n : podsPerBlock), wanted: whose },
          related: [
            ...mask.fact ? podRelated : [],
            ...maxPods ? [{ ref: maxPods.ref, message: `cluster.maxPodsPerNode: ${wanted}` }] : []
          ]
        });
      }
    }
  }
});

// src/rules/cidr/node-podcidr-overlap.ts
var RELATED_CAP = 10;
var NAMED = 5;
var nodePodCidrOverlap = defineRule({
  id: "cidr/node-podcidr-overlap",
  level: "error",
  title: "Two Nodes hold overlapping spec.podCIDR blocks",
  messages: {
    overlap: "Node {node} podCIDR {cidr} {relation} the podCIDR {otherCidr} of node {other} declared at {otherAt}.",
    group: "Node {node} podCIDR {cidr} overlaps the podCIDR blocks of other nodes: {count} nodes hold overlapping blocks ({others})."
  },
  why: "Two nodes routing the same pod addresses break pod traffic to both.",
  fix: "Let kube-controller-manager allocate pod CIDRs, or assign disjoint blocks.",
  check({ model, cidrs }, report) {
    const blocks = cidrs.valid(model.nodes.flatMap((n) => n.podCidrs));
    const order = new Map(blocks.map((b, i) => [b, i]));
    const sorted = [...blocks].sort(
      (a, b) => a.cidr.family - b.cidr.family || (a.cidr.start < b.cidr.start ? -1 : a.cidr.start > b.cidr.start ? 1 : 0)
    );
    const judge = (group2) => {
      const later = group2.reduce((a, b) => order.get(b) > order.get(a) ? b : a);
      const others = /* @__PURE__ */ new Map();
      for (const b of [...group2].sort((x, y) => order.get(x) - order.get(y))) {
        const name = b.fact.resource.name;
        if (name !== later.fact.resource.name && !others.has(name)) others.set(name, b);
      }
      if (others.size === 0) return;
      const node = later.fact.resource.name;
      const related = [...others.values()].slice(0, RELATED_CAP).map((b) => ({ ref: b.fact.ref, message: `Node ${b.fact.resource.name} podCIDR ${b.cidr.text}` }));
      if (others.size === 1) {
        const first = [...others.values()][0];
        report({
          messageId: "overlap",
          ref: later.fact.ref,
          resource: later.fact.resource,
          data: {
            node,
            cidr: later.cidr.text,
            relation: relation(later.cidr, first.cidr),
            other: first.fact.resource.name,
            otherCidr: first.cidr.text,
            otherAt: first.fact.ref
          },
          related
        });
        return;
      }
      const names2 = [...others.keys()].slice(0, NAMED).join(", ");
      const more = others.size > NAMED ? ` and ${others.size - NAMED} more` : "";
      report({
        messageId: "group",
        ref: later.fact.ref,
        resource: later.fact.resource,
        data: { node, cidr: later.cidr.text, count: others.size + 1, others: `${names2}${more}` },
        related
      });
    };
    let group = [];
    let end = 0n;
    for (const block of sorted) {
      const joins = group.length > 0 && block.cidr.family === group[0].cidr.family && block.cidr.start <= end;
      if (!joins) {
        if (group.length > 1) judge(group);
        group = [];
        end = block.cidr.end;
      } else if (block.cidr.end > end) end = block.cidr.end;
      group.push(block);
    }
    if (group.length > 1) judge(group);
  }
});

// src/rules/cidr/not-private.ts
var cidr2 = (text) => parseCidr(text).cidr;
var PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(cidr2);
var ALIBABA_SERVICES = cidr2("100.64.0.0/10");
var notPrivate = defineRule({
  id: "cidr/not-private",
  level: "warning",
  title: "A pod or Service CIDR outside the private ranges, or inside 100.64.0.0/10",
  messages: {
    "alibaba-services": "{kind} CIDR {cidr} {relation} 100.64.0.0/10, which Alibaba Cloud services use.",
    public: "{kind} CIDR {cidr} is not inside the private ranges 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16."
  },
  why: "ACK requires private ranges; 100.64.0.0/10 is used by Alibaba Cloud services.",
  fix: "Use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.",
  check({ model, cidrs }, report) {
    for (const [kind, facts] of [
      ["Pod", model.podCidrs],
      ["Service", model.serviceCidrs]
    ]) {
      for (const { fact, cidr: cidr3 } of cidrs.valid(facts)) {
        if (cidr3.family !== 4) continue;
        const at3 = { ref: fact.ref, resource: fact.resource };
        if (overlaps(cidr3, ALIBABA_SERVICES)) {
          const data = { kind, cidr: cidr3.text, relation: relation(cidr3, ALIBABA_SERVICES) };
          report({ messageId: "alibaba-services", ...at3, data });
        } else if (!PRIVATE.some((p) => contains(p, cidr3))) {
          report({ messageId: "public", ...at3, data: { kind, cidr: cidr3.text } });
        }
      }
    }
  }
});

// src/rules/cidr/overlap.ts
function overlapReports(messageId, subjects, others, data = () => ({})) {
  const out = [];
  for (const subject of subjects) {
    for (const { facts, kind } of others) {
      const byCidr = /* @__PURE__ */ new Map();
      for (const other of facts) {
        if (other.fact === subject.fact || !intersection(subject.cidr, other.cidr)) continue;
        const group = byCidr.get(other.cidr.text);
        if (group) group.push(other);
        else byCidr.set(other.cidr.text, [other]);
      }
      for (const group of byCidr.values()) {
        const other = group[0];
        out.push({
          messageId,
          ref: subject.fact.ref,
          resource: subject.fact.resource,
          data: {
            subject: subject.cidr.text,
            relation: relation(subject.cidr, other.cidr),
            otherKind: kind,
            other: other.cidr.text,
            otherAt: other.fact.ref,
            overlap: describeInterval(intersection(subject.cidr, other.cidr)),
            ...data(subject, other)
          },
          related: group.map((o) => ({
            ref: o.fact.ref,
            message: `${kind} CIDR ${o.cidr.text} declared here (${o.fact.origin})`
          }))
        });
      }
    }
  }
  return out;
}
function overlapsVpc(messageId, subjects, vpcs, vswitches) {
  return subjects.flatMap((subject) => {
    const reportedVpcs = vpcs.filter((v) => overlaps(v.cidr, subject.cidr)).map((v) => v.cidr);
    const switches = vswitches.filter((s) => !reportedVpcs.some((vpc) => contains(vpc, s.cidr)));
    return [
      ...overlapReports(messageId, [subject], [{ facts: vpcs, kind: "VPC" }]),
      ...overlapReports(messageId, [subject], [{ facts: switches, kind: "vSwitch" }])
    ];
  });
}

// src/rules/cidr/overlaps-edge-hosts.ts
var overlapsEdgeHosts = defineRule({
  id: "cidr/overlaps-edge-hosts",
  level: "error",
  title: "Pod or Service CIDR overlaps an edge site's host network",
  messages: {
    overlap: prose`{kind} CIDR {subject} {relation} the host network {other} of edge site {site} declared at
      {otherAt} ({overlap} in both).`
  },
  why: prose`
    ACK Edge: "Node route overlaps with service cidr ... make sure that these CIDR blocks do not conflict with
    the route of the node" (edge node FAQ).
  `,
  fix: "Keep pod and Service CIDRs out of every data centre network.",
  check({ model, cidrs }, report) {
    for (const site2 of model.sites) {
      const hosts = [{ facts: cidrs.valid(site2.hostCidrs), kind: `edge site ${site2.name} host` }];
      for (const [kind, facts] of [
        ["Pod", model.podCidrs],
        ["Service", model.serviceCidrs]
      ]) {
        for (const r of overlapReports("overlap", cidrs.valid(facts), hosts, () => ({ kind, site: site2.name }))) {
          report(r);
        }
      }
    }
  }
});

// src/rules/cidr/pod-cidr-mismatch.ts
var podCidrMismatch = defineRule({
  id: "cidr/pod-cidr-mismatch",
  level: "error",
  title: "The pod CIDR is declared differently in two places",
  messages: {
    differs: "Pod CIDR {cidr} ({origin}) differs from {reference} ({referenceOrigin}).",
    "flannel-narrower": prose`Pod CIDR {cidr} ({origin}) differs from {reference} ({referenceOrigin}): flannel's
      Network must contain the cluster's pod CIDR.`,
    // flannel's own error (pkg/subnet/kube/kube.go), so that a search for it finds this rule.
    "node-outside-flannel": prose`subnet "{reference}" specified in the flannel net config doesn't contain
      "{cidr}" {family}PodCIDR of the "{node}" node: flannel will not start on it.`,
    "node-outside-cluster": "Node {node} podCIDR {cidr} lies outside the cluster's pod CIDR {reference} ({referenceOrigin})."
  },
  why: "flannel only accepts node podCIDRs inside its Network; a mismatch leaves nodes without a pod network.",
  fix: "Declare one pod CIDR everywhere.",
  check({ model, cidrs }, report) {
    const pods = cidrs.valid(model.podCidrs);
    for (const family of [4, 6]) {
      const declared = byPrecedence(pods.filter((p) => p.cidr.family === family));
      const reference = declared[0];
      if (!reference) continue;
      for (const other of declared.slice(1)) {
        if (other.cidr.text === reference.cidr.text) continue;
        if (other.fact.declaredBy === "flannel" && contains(other.cidr, reference.cidr)) continue;
        const narrower = other.fact.declaredBy === "flannel" && reference.fact.declaredBy !== "flannel";
        report(finding(narrower ? "flannel-narrower" : "differs", other, reference));
      }
      const nodes = cidrs.valid(model.nodes.flatMap((n) => n.podCidrs));
      for (const r of nodesOutside(nodes, declared, family)) report(r);
    }
  }
});
function nodesOutside(nodeCidrs, declared, family) {
  const flannel = declared.filter((d) => d.fact.declaredBy === "flannel");
  const reference = declared.find((d) => d.fact.declaredBy !== "flannel");
  const out = [];
  for (const node of nodeCidrs.filter((n) => n.cidr.family === family)) {
    const name = node.fact.resource.name ?? "";
    if (flannel.length > 0) {
      if (flannel.some((f) => contains(f.cidr, node.cidr))) continue;
      out.push(finding("node-outside-flannel", node, flannel[0], { node: name, family: family === 6 ? "IPv6 " : "" }));
    } else if (reference && !contains(reference.cidr, node.cidr)) {
      out.push(finding("node-outside-cluster", node, reference, { node: name }));
    }
  }
  return out;
}
function finding(messageId, at3, other, extra = {}) {
  return {
    messageId,
    ref: at3.fact.ref,
    resource: at3.fact.resource,
    data: {
      cidr: at3.cidr.text,
      origin: at3.fact.origin,
      reference: other.cidr.text,
      referenceOrigin: other.fact.origin,
      ...extra
    },
    related: [{ ref: other.fact.ref, message: `${other.fact.origin}: ${other.cidr.text}` }]
  };
}

// src/rules/cidr/pod-overlaps-service.ts
var podOverlapsService = defineRule({
  id: "cidr/pod-overlaps-service",
  level: "error",
  title: "Pod CIDR overlaps the Service CIDR",
  messages: {
    overlap: "Service CIDR {subject} {relation} pod CIDR {other} declared at {otherAt} ({overlap} in both)."
  },
  why: "kube-proxy would capture pod addresses as Service virtual IPs.",
  fix: "Give pods and Services disjoint ranges.",
  check({ model, cidrs }, report) {
    const pods = [{ facts: cidrs.valid(model.podCidrs), kind: "pod" }];
    for (const r of overlapReports("overlap", cidrs.valid(model.serviceCidrs), pods)) report(r);
  }
});

// src/rules/cidr/pod-overlaps-vpc.ts
var podOverlapsVpc = defineRule({
  id: "cidr/pod-overlaps-vpc",
  level: "error",
  title: "Pod CIDR overlaps the VPC CIDR or a vSwitch CIDR",
  messages: {
    overlap: "Pod CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both)."
  },
  why: prose`
    Flannel routes the pod CIDR over VXLAN. Addresses that are also in the VPC are routed to the wrong place:
    "Flannel ensures the pod CIDR block does not overlap with the VPC CIDR block" (ACK Edge, Flannel network
    plug-in). The container CIDR cannot be changed after the cluster is created.
  `,
  fix: "Choose a pod CIDR outside every VPC and vSwitch CIDR, e.g. 10.0.0.0/16 when the VPC is 192.168.0.0/16.",
  check({ model, cidrs }, report) {
    const reports = overlapsVpc(
      "overlap",
      cidrs.valid(model.podCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs)
    );
    for (const r of reports) report(r);
  }
});

// src/rules/cidr/service-overlaps-vpc.ts
var serviceOverlapsVpc = defineRule({
  id: "cidr/service-overlaps-vpc",
  level: "error",
  title: "Service CIDR overlaps the VPC or a vSwitch",
  messages: {
    overlap: "Service CIDR {subject} {relation} {otherKind} CIDR {other} declared at {otherAt} ({overlap} in both)."
  },
  why: 'The Service CIDR "cannot overlap with the VPC CIDR block or the container CIDR block" (ROS ManagedEdgeKubernetesCluster).',
  fix: "Choose a Service CIDR outside the VPC, e.g. 172.21.0.0/20.",
  check({ model, cidrs }, report) {
    const reports = overlapsVpc(
      "overlap",
      cidrs.valid(model.serviceCidrs),
      cidrs.valid(model.vpcCidrs),
      cidrs.valid(model.vswitchCidrs)
    );
    for (const r of reports) report(r);
  }
});

// src/rules/input/invalid-resource.ts
var invalidResourceRule = defineInputRule({
  id: "input/invalid-resource",
  level: "error",
  title: "A resource edgenet understands breaks its schema",
  // Each check words its own sentence: the schema errors are too varied for one template.
  messages: { invalid: "{detail}" },
  why: prose`
    A malformed value (a CIDR, a port range, net-conf.json, a NodePool type) means the network would not
    be what the file says.
  `,
  fix: "Correct the value as the message says."
});

// src/rules/input/invalid-suppression.ts
var invalidSuppressionRule = defineInputRule({
  id: "input/invalid-suppression",
  level: "warning",
  title: "A waiver without a reason, past its expiry, or naming an unknown rule",
  messages: {
    "unknown-rule": "The waiver names {names}, which {notRules} (see `edgenet rules`); it suppresses nothing.",
    "no-reason": 'The waiver for {rules} gives no reason ("-- why" after the rule); it suppresses nothing.',
    expired: "The waiver for {rule} expired on {expires}; it suppresses nothing.",
    "not-a-string": 'The {annotation} annotation must be a string "rule: reason"; it suppresses nothing.'
  },
  why: "A waiver must say why and may expire; one that does not suppresses nothing.",
  fix: 'Add a reason after "--", renew the expiry, or correct the rule id.'
});

// src/rules/input/parse-error.ts
var parseErrorRule = defineInputRule({
  id: "input/parse-error",
  level: "error",
  title: "File is not valid YAML or JSON",
  // The parser's own words, at its position.
  messages: { "parse-error": "{detail}" },
  why: prose`
    A file that does not parse cannot be checked, and Kubernetes or ROS would refuse it too. The run
    goes on with the other files.
  `,
  fix: "Fix the syntax at the reported position."
});

// src/rules/input/skipped.ts
var skippedRule = defineInputRule({
  id: "input/skipped",
  level: "info",
  title: "A file or a value was not analysed",
  messages: { skipped: "Not analysed: {reason}." },
  why: prose`
    Nothing is skipped silently: a template, an oversized or binary file, an alias bomb, or a template
    value chosen at deployment is named so that a violation cannot hide in it.
  `,
  fix: "Render templates before linting, or exclude the file in .edgenet.yaml if it does not describe the cluster."
});

// src/rules/input/untrusted-waiver.ts
var untrustedWaiverRule = defineInputRule({
  id: "input/untrusted-waiver",
  level: "warning",
  title: "A waiver or configuration change that the trusted ref does not have yet",
  messages: {
    waiver: prose`
      This waiver of {rules} is new since {ref}, or covers a line changed since: it waives nothing until
      {ref} has it.
    `,
    config: "{what} changed since {ref} and is not applied: the run uses the configuration as it is at {ref}.",
    "config-file": "This configuration is not the one at {ref} and is not applied: the run uses {used}."
  },
  why: prose`
    In a pull request the files are written by the author whose change is judged. A waiver, a rule
    switched off, an exclude glob, a .gitignore line or a raised maxFileSize that the change itself adds
    would silence the change's own findings, so with --trust-from (the Action's trust-from, on pull
    requests by default) they are taken as the trusted ref has them, and what the change adds is
    reported here instead.
  `,
  fix: prose`
    Nothing to fix in the change if the waiver is right: a reviewer sees it here, and once it is merged
    it works. To waive a finding of the change itself, merge the waiver first, or lint without
    --trust-from.
  `
});

// src/rules/input/unused-suppression.ts
var unusedSuppressionRule = defineInputRule({
  id: "input/unused-suppression",
  level: "warning",
  title: "A waiver that matches no finding",
  messages: { unused: "The waiver for {rule} matches no finding." },
  why: "Stale waivers hide the next real violation at that place.",
  fix: "Delete the waiver."
});

// src/rules/firewall/blocked-path.ts
var BLOCKED_MESSAGE = "{protocol} {ports} ({purpose}) {path} is blocked by {by}: {reason}. Guarding groups: {guards}.";
function blockedPath(firewall, check) {
  const out = [];
  const said = /* @__PURE__ */ new Set();
  const say = (r) => {
    const key = JSON.stringify([r.ref, r.data]);
    if (said.has(key)) return;
    said.add(key);
    out.push(r);
  };
  for (const layer of layersOf(firewall, check)) {
    const groups = /* @__PURE__ */ new Map();
    for (const port of check.ports) {
      const byRule = /* @__PURE__ */ new Map();
      const decisions = layer.layer.decide({
        direction: check.direction,
        protocol: check.protocol,
        port,
        peer: check.peer.cidr,
        members: check.members === true
      });
      for (const d of decisions) {
        if (d.allowed === true) continue;
        const id = d.allowed === null ? `?${hingeKey(d.hinges)}` : `${d.rule?.words ?? "default"}|${d.reason}`;
        const list2 = byRule.get(id);
        if (list2) list2.push(d);
        else byRule.set(id, [d]);
      }
      for (const [id, decisions2] of byRule) {
        const ranges = decisions2.map((d) => d.range);
        const key = `${id}|${ranges.map(describeInterval).join()}`;
        let entry = groups.get(key);
        if (!entry) {
          const shadowed = /* @__PURE__ */ new Set();
          for (const d of decisions2) for (const s of d.shadowed) shadowed.add(s);
          entry = { ports: [], decision: { ...decisions2[0], shadowed: [...shadowed] }, ranges };
          groups.set(key, entry);
        }
        entry.ports.push(port);
      }
    }
    for (const { ports, decision, ranges } of groups.values()) {
      const allowed = difference(check.peer.cidr, ranges);
      const part = allowed.length === 0 ? check.peer.words : `${check.peer.words} minus ${allowed.map(describeInterval).join(", ")} (which is allowed)`;
      const traffic = `${check.protocol.toUpperCase()} ${formatPorts(ports)} (${check.purpose})`;
      if (decision.allowed === null) {
        say(undecided(check, layer, decision.hinges, ranges, traffic, check.path.replace("{peer}", part)));
        continue;
      }
      const by = decision.rule ? decision.rule.words : `the default of ${layer.name}`;
      const related = [];
      for (const s of decision.shadowed) related.push({ ref: s.ref, message: `shadowed: ${s.words}` });
      if (check.peer.ref) related.push({ ref: check.peer.ref, message: `${check.peer.words} declared here` });
      say({
        messageId: "blocked",
        ref: decision.rule?.ref ?? layer.ref,
        data: {
          site: check.site,
          direction: check.direction,
          protocol: check.protocol.toUpperCase(),
          ports: formatPorts(ports),
          purpose: check.purpose,
          path: check.path.replace("{peer}", part),
          by,
          reason: decision.reason,
          guards: check.guards.assumption
        },
        related
      });
    }
  }
  return out;
}
function hingeKey(hinges) {
  return hinges.map((h) => `${h.rule?.words ?? "default"}:${h.unknowns.map((u) => u.name).join("+")}`).join(",");
}
var PEER_KEYS = /cidr|^CidrBlock$/i;
var PORT_KEYS = /^(PortRange|Port|FromPort|ToPort)$/;
var PROTOCOL_KEYS = /^(IpProtocol|Protocol)$/;
var ACTION_KEYS = /^(Policy|RuleAction)$/;
function keyOf(u) {
  for (let i = u.ref.path.length - 1; i >= 0; i--) {
    const seg = u.ref.path[i];
    if (typeof seg === "string" && !seg.startsWith("Fn::")) return seg;
  }
  return "";
}
function condition(u, range, check, ports) {
  const key = keyOf(u);
  if (PEER_KEYS.test(key)) return `${u.name} contains ${range}`;
  if (PORT_KEYS.test(key)) return `${u.name} covers ${check.protocol.toUpperCase()} ${ports}`;
  if (PROTOCOL_KEYS.test(key)) return `${u.name} is ${check.protocol} or all`;
  if (ACTION_KEYS.test(key)) return `${u.name} is ${key === "RuleAction" ? "deny" : "drop"}`;
  if (key === "SecurityGroupType") return `${u.name} is enterprise`;
  return `${u.name} gives it precedence`;
}
function undecided(check, layer, hinges, ranges, traffic, path28) {
  const range = ranges.map(describeInterval).join(", ");
  const ports = traffic.split(" ")[1] ?? "";
  const phrases = hinges.map((h) => {
    const conditions = h.unknowns.map((u) => condition(u, range, check, ports)).join(" and ");
    const rule = h.rule ? h.rule.words : `the default of ${layer.name}`;
    return h.effect === "allows" ? `unless ${conditions} (${rule})` : `if ${conditions} (${rule})`;
  });
  const first = hinges.find((h) => h.unknowns.length > 0)?.unknowns[0];
  const cause = first ? `; ${first.name} is unknown: ${first.reason}` : "";
  const reason = `${traffic} ${path28} is blocked ${phrases.join(", or ")}${cause}`;
  return skipped(first?.ref ?? layer.ref, reason);
}
function layersOf(firewall, check) {
  const layers = [];
  for (const set2 of check.guards.sets) {
    const alibaba = set2.filter((g) => g.provider === "alibaba");
    const aws = set2.filter((g) => g.provider === "aws");
    if (alibaba.length > 0) {
      layers.push({
        name: `group ${alibaba.map((g) => g.id).join(", ")}`,
        ref: alibaba[0].ref,
        layer: firewall.alibabaLayer(alibaba)
      });
    }
    if (aws.length > 0) {
      layers.push({
        name: `security group ${aws.map((g) => g.id).join(", ")}`,
        ref: aws[0].ref,
        layer: firewall.awsLayer(aws)
      });
    }
  }
  for (const acl of check.acls) {
    layers.push({ name: `network ACL ${acl.id}`, ref: acl.ref, layer: firewall.aclLayer(acl) });
  }
  return layers;
}
function formatPorts(ports) {
  const sorted = [...ports].sort((a, b) => a - b);
  const contiguous = sorted.every((p, i) => i === 0 || p === sorted[i - 1] + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(", ");
}

// src/rules/firewall/guards.ts
var CONFIG_WORDS = "named in cluster.cloudSecurityGroups";
function resolve(model, ties) {
  const byGroup = /* @__PURE__ */ new Map();
  const byHosts = /* @__PURE__ */ new Map();
  const missing = [];
  for (const tie of ties) {
    const group = model.securityGroups.find((g) => g.names.includes(tie.name) && g.ref.file === tie.ref.file) ?? model.securityGroups.find((g) => g.names.includes(tie.name));
    if (!group) {
      if (!missing.some((m) => m.name === tie.name)) missing.push({ name: tie.name, ref: tie.ref, why: tie.why });
      continue;
    }
    const set2 = byHosts.get(tie.hosts) ?? [];
    if (!set2.includes(group)) set2.push(group);
    byHosts.set(tie.hosts, set2);
    const why = byGroup.get(group) ?? [];
    if (!why.includes(tie.why)) why.push(tie.why);
    byGroup.set(group, why);
  }
  const list2 = [...byGroup].map(([group, why]) => ({ group, why }));
  const assumption = list2.length === 0 ? "none known" : list2.map((t) => `${t.group.id} (${t.why.join("; ")})`).join(", ");
  const sets = /* @__PURE__ */ new Map();
  for (const set2 of byHosts.values()) sets.set(set2.map((g) => g.id).join("\0"), set2);
  return {
    groups: list2.map((t) => t.group),
    sets: [...sets.values()],
    assumption,
    ties: list2,
    missing,
    none: ties.length === 0
  };
}
function cloudGuards(model) {
  const configured = model.cluster.cloudSecurityGroups;
  if (configured) {
    const at3 = (i) => ({ ...configured.ref, path: [...configured.ref.path, i] });
    return resolve(
      model,
      configured.value.map((name, i) => ({ name, ref: at3(i), why: CONFIG_WORDS, hosts: "configured" }))
    );
  }
  const ties = [];
  for (const c of model.ackClusters) {
    if (c.securityGroupId && c.securityGroupRef)
      ties.push({
        name: c.securityGroupId,
        ref: c.securityGroupRef,
        why: `the SecurityGroupId of cluster ${c.logicalId}`,
        hosts: `cluster:${c.logicalId}`
      });
  }
  const nodeNames = new Set(model.nodes.filter((n) => n.role !== "edge").map((n) => n.name.toLowerCase()));
  for (const host of model.nodeHosts) {
    let why;
    if (host.kind === "node-pool" && !host.edge) why = `the scaling group of node pool ${host.logicalId}`;
    const node = host.hostNames.find((n) => nodeNames.has(n.toLowerCase()));
    if (host.kind === "instance" && node) why = `instance ${host.logicalId}, which is Node ${node.toLowerCase()}`;
    if (why)
      for (const g of host.securityGroups)
        ties.push({ name: g.id, ref: g.ref, why, hosts: `${host.kind}:${host.logicalId}` });
  }
  return resolve(model, ties);
}
function siteGuards(model, site2) {
  return resolve(
    model,
    site2.securityGroups.map((name) => ({
      name,
      ref: site2.ref,
      why: `the securityGroups of site ${site2.name}`,
      hosts: `site:${site2.name}`
    }))
  );
}

// src/rules/raven/ports-blocked.ts
var INTERNET = parseCidr("0.0.0.0/0").cidr;
var PROXY_PORTS = [10280, 10281, 10282, 10283, 10284];
var TUNNEL_PORT = 4500;
var OM_PORTS = [10250, 10255, 9100, 9445];
var ravenPortsBlocked = defineRule({
  id: "raven/ports-blocked",
  level: "warning",
  title: "A security group blocks what Raven needs on the public network",
  messages: { blocked: BLOCKED_MESSAGE },
  why: prose`
    Raven needs TCP 10280-10284 out, UDP 4500 for the tunnel, and TCP 10250/10255/9100/9445 on edge
    hosts from the host CIDR block (ACK Edge, network configuration for public network access). ACK
    installs Raven with its proxy on unless raven-cfg switches it off.
  `,
  fix: "Open the ports Raven needs.",
  docs: prose`
    Public network ports, inbound on edge nodes from the host CIDR block of the edge nodes: TCP 10250,
    10255 (API Server and Metrics Server to kubelet, through Raven); TCP 9100, 9445 (Prometheus to
    node-exporter, through Raven); UDP 8472 (flannel VXLAN, checked by vxlan/port-blocked):
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access ·
    Raven's proxy and tunnel modes:
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/using-the-cloud-side-communication-raven-component
  `,
  check({ model, cidrs, firewall }, report) {
    const { raven } = model;
    const ravenOn = raven.enableL7Proxy?.value !== false || raven.enableL3Tunnel?.value === true || raven.gateways.length > 0;
    if (!ravenOn) return;
    const out = [];
    const push2 = (items) => {
      for (const item of items) out.push(item);
    };
    for (const site2 of model.sites.filter((s) => s.connection === "public" && s.securityGroups.length > 0)) {
      const guards = siteGuards(model, site2);
      const internet = { cidr: INTERNET, ref: null, words: "the Internet (0.0.0.0/0)" };
      const check = { guards, acls: [], site: site2.name };
      push2(
        blockedPath(firewall, {
          ...check,
          direction: "egress",
          protocol: "tcp",
          ports: PROXY_PORTS,
          purpose: "Raven proxy",
          peer: internet,
          path: `from edge site ${site2.name} to the cloud gateway on {peer}`
        })
      );
      if (raven.enableL3Tunnel?.value) {
        push2(
          blockedPath(firewall, {
            ...check,
            direction: "egress",
            protocol: "udp",
            ports: [TUNNEL_PORT],
            purpose: "Raven tunnel",
            peer: internet,
            path: `from edge site ${site2.name} to the cloud gateway on {peer}`
          })
        );
      }
      for (const host of cidrs.valid(site2.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: `${host.cidr.text}` };
        push2(
          blockedPath(firewall, {
            ...check,
            direction: "ingress",
            protocol: "tcp",
            ports: OM_PORTS,
            purpose: "kubelet and metrics through Raven",
            peer,
            path: `to the hosts of edge site ${site2.name} from {peer}`
          })
        );
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const r of out) {
      const key = "ruleId" in r ? JSON.stringify([r.ref, r.data]) : "";
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      report(r);
    }
  }
});

// src/rules/rego-rules.generated.ts
var REGO_RULES = [
  {
    "id": "gateway/cloud-gateway-missing",
    "level": "error",
    "title": "The API server must reach edge pods over Express Connect and no cloud node is a cloud gateway",
    "engine": "rego",
    "messages": {
      "config": "The API server must reach pods on Express Connect pool {pool} (cluster.apiServerReachesEdge is true), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway.",
      "call": "The API server must reach pods on Express Connect pool {pool} ({kind} {name} calls Service {namespace}/{service}), but no cloud node carries the label node-role.alibabacloud.com/cloud-gateway."
    },
    "why": `ACK Edge: "If the API server needs to access pods or Services in data centers over Express Connect circuits, designate an on-cloud node as a proxy" by labelling it node-role.alibabacloud.com/cloud-gateway (Flannel network plug-in). Judged where the repository describes the cluster's cloud Nodes or NodePools, which carry the label.`,
    "fix": "Label one cloud node: kubectl label node <cloud-node> node-role.alibabacloud.com/cloud-gateway= (and keep edge-controller-manager at 2.1 or later)."
  },
  {
    "id": "gateway/cloud-gateway-on-edge-node",
    "level": "error",
    "title": "The cloud-gateway label sits on an edge node",
    "engine": "rego",
    "messages": {
      "node-label": "Node {node} is on the edge ({label}={value}) but carries the label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.",
      "node-pool": "Node {node} is on the edge (in Edge pool {pool}) but carries the label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node.",
      "pool": "Every node of NodePool {pool} is on the edge (the pool's type is Edge) but carries the label node-role.alibabacloud.com/cloud-gateway, which only works on a cloud node."
    },
    "why": 'The cloud gateway receives the VPC route for the whole pod CIDR; edge-controller-manager only picks nodes whose alibabacloud.com/is-edge-worker is "false".',
    "fix": "Remove the label from the edge node and put it on a cloud node."
  },
  {
    "id": "gateway/controller-too-old",
    "level": "error",
    "title": "The cloud-gateway label is used and edge-controller-manager is older than 2.1",
    "engine": "rego",
    "messages": {
      "too-old": "edge-controller-manager {version} ({origin}) is older than 2.1, which the cloud-gateway label needs."
    },
    "why": 'ACK Edge: "Make sure the edge-controller-manager component is version 2.1 or later."',
    "fix": "Upgrade edge-controller-manager to 2.1 or later."
  },
  {
    "id": "raven/business-traffic",
    "level": "error",
    "title": "Business traffic would ride the Raven O&M tunnel",
    "engine": "rego",
    "messages": {
      "service-spans": 'Service {namespace}/{service} has pods in {domains:domains}; with enable-l3-tunnel "true" kube-proxy sends its business traffic between them through the Raven tunnel.',
      "call-crosses": '{client} calls Service {namespace}/{service} across network domains ({pairs:pairs}): with enable-l3-tunnel "true" that business traffic rides the Raven tunnel.',
      "gateway-ports": "Gateway {gateway} {field} lists {ports} beyond the O&M ports 10250, 10255, 9100 and 9445: business traffic to those ports would go through Raven's L7 proxy.",
      "forward-node-ip": `raven-agent-config sets forward-node-ip to "true": traffic between nodes' own addresses in different domains then rides the Raven tunnel.`
    },
    "why": 'Raven is for O&M; ACK: "Do not handle business traffic on this tunnel."',
    "fix": "Keep business traffic inside one network domain, or use Express Connect."
  },
  {
    "id": "reach/cross-domain-unreachable",
    "level": "error",
    "title": "A workload depends on pods in another network domain on the public network",
    "engine": "rego",
    "messages": {
      "unreachable": "{client} calls Service {service} from {from:domains}, but its pods may run in {to:domains}: on the public network {pairs:pairs}."
    },
    "why": "On the public network, VPC to edge and edge site to edge site are not reachable for containers (ACK Edge network docs).",
    "fix": "Run the caller and the callee in the same network domain, or connect the site over Express Connect."
  }
];
var REGO_INPUT_KEYS = ["apiServerCalls", "cluster", "controllerVersions", "nodes", "pools", "raven", "serviceCalls", "services"];
var REGO_RULE_INPUT_KEYS = {
  "gateway/cloud-gateway-missing": [
    "apiServerCalls",
    "cluster",
    "nodes",
    "pools"
  ],
  "gateway/cloud-gateway-on-edge-node": [
    "nodes",
    "pools"
  ],
  "gateway/controller-too-old": [
    "controllerVersions",
    "nodes",
    "pools"
  ],
  "raven/business-traffic": [
    "raven",
    "serviceCalls",
    "services"
  ],
  "reach/cross-domain-unreachable": [
    "raven",
    "serviceCalls"
  ]
};

// src/rules/vxlan/backend-not-vxlan.ts
var backendNotVxlan = defineRule({
  id: "vxlan/backend-not-vxlan",
  level: "warning",
  title: "flannel's Backend.Type is not vxlan or is missing",
  messages: {
    missing: "net-conf.json sets no Backend.Type: flannel then falls back to the udp backend, not vxlan.",
    other: `flannel's Backend.Type is "{type}", not "vxlan".`
  },
  why: "flannel falls back to the udp backend when Backend is missing (pkg/subnet/config.go); ACK Edge expects VXLAN.",
  fix: 'Set "Backend": {"Type": "vxlan"} in net-conf.json.',
  check({ model }, report) {
    for (const f of model.flannel) {
      if (f.backendType?.toLowerCase() === "vxlan") continue;
      const at3 = { ref: f.backendTypeRef, resource: f.resource };
      if (f.backendType === null) report({ messageId: "missing", ...at3 });
      else report({ messageId: "other", ...at3, data: { type: f.backendType } });
    }
  }
});

// src/rules/vxlan/port-blocked.ts
function vxlanPorts(model) {
  if (model.flannel.length === 0) return [DEFAULT_VXLAN_PORT];
  const ports = /* @__PURE__ */ new Set();
  for (const f of model.flannel)
    if (f.backendType?.toLowerCase() === "vxlan") ports.add(f.backendPort ?? DEFAULT_VXLAN_PORT);
  return [...ports].sort((a, b) => a - b);
}
function missingGroups(guards, hosts) {
  return guards.missing.map(
    (m) => skipped(
      m.ref,
      `security group ${m.name} guards ${hosts} (${m.why}) but is not in the repository, so its rules are not checked: add its template or a DescribeSecurityGroupAttribute export`
    )
  );
}
var LEASED_LINE_PORTS = "https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/configuration-of-domain-name-and-ip-routing-network-segment-for-under-cloud-node-access";
var vxlanPortBlocked = defineRule({
  id: "vxlan/port-blocked",
  level: "error",
  title: "A security group or network ACL blocks the Flannel VXLAN port",
  messages: { blocked: BLOCKED_MESSAGE },
  why: prose`
    ACK Edge: "Do not use security rules to block port 8472" (Flannel network plug-in). Over
    Express Connect the cloud nodes and the data centre hosts exchange VXLAN both ways; on the
    public network the hosts of a site do among themselves ("UDP 8472, source: the host CIDR block
    of the edge nodes", network configuration for public network access).
  `,
  fix: prose`
    Accept UDP 8472 (or flannel's Backend.Port) both ways between the cloud nodes and the data
    centre host CIDRs, on both ends' security groups and in every network ACL of the VPC; on a
    public-network site, among the site's hosts. Name the cloud nodes' groups in
    cluster.cloudSecurityGroups when no template ties them to the nodes.
  `,
  docs: prose`
    Flannel network plug-in: https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/flannel-network-plugin ·
    Public network ports (inbound on edge nodes from the host CIDR: TCP 10250, 10255 kubelet; TCP 9100, 9445
    node-exporter; UDP 8472 flannel VXLAN):
    https://www.alibabacloud.com/help/en/ack/ack-edge/user-guide/network-configuration-for-public-network-access ·
    Leased line ports (UDP 8472 from the VPC CIDR): ${LEASED_LINE_PORTS} ·
    Network ACLs: https://www.alibabacloud.com/help/en/vpc/network-acl-overview
  `,
  check({ model, cidrs, firewall }, report) {
    const ports = vxlanPorts(model);
    if (ports.length === 0) return;
    const out = [];
    const push2 = (items) => {
      for (const item of items) out.push(item);
    };
    const base = { protocol: "udp", ports, purpose: "flannel VXLAN" };
    const express = model.sites.filter((s) => s.connection === "express-connect" && s.hostCidrs.length > 0);
    if (express.length > 0) {
      const guards = cloudGuards(model);
      if (guards.none && model.securityGroups.length > 0) push2([noGuards(model, express[0], ports)]);
      push2(missingGroups(guards, "the cloud nodes"));
      const vpc = cidrs.valid(model.vpcCidrs);
      for (const site2 of express) {
        const edge = siteGuards(model, site2);
        push2(missingGroups(edge, `the hosts of site ${site2.name}`));
        const members = guards.groups.some((g) => edge.groups.includes(g));
        for (const host of cidrs.valid(site2.hostCidrs)) {
          const peer = { cidr: host.cidr, ref: host.fact.ref, words: `edge site ${site2.name} ${host.cidr.text}` };
          const cloud = { ...base, guards, acls: model.networkAcls, peer, site: site2.name, members };
          push2(blockedPath(firewall, { ...cloud, direction: "ingress", path: "from {peer} to the cloud nodes" }));
          push2(blockedPath(firewall, { ...cloud, direction: "egress", path: "from the cloud nodes to {peer}" }));
        }
        if (edge.groups.length === 0) continue;
        if (vpc.length === 0) {
          push2([
            skipped(
              site2.ref,
              `UDP ${ports.join(", ")} between the cloud nodes and the hosts of site ${site2.name} is not checked on the site's groups: the VPC CIDR is unknown (set cluster.vpcCidrs)`
            )
          ]);
          continue;
        }
        for (const v of vpc) {
          const peer = { cidr: v.cidr, ref: v.fact.ref, words: `the cloud nodes' VPC ${v.cidr.text}` };
          const check = {
            ...base,
            guards: edge,
            acls: [],
            peer,
            site: site2.name,
            members
          };
          push2(
            blockedPath(firewall, { ...check, direction: "ingress", path: `from {peer} to edge site ${site2.name}` })
          );
          push2(blockedPath(firewall, { ...check, direction: "egress", path: `from edge site ${site2.name} to {peer}` }));
        }
      }
    }
    for (const site2 of model.sites) {
      if (site2.connection !== "public" || site2.securityGroups.length === 0) continue;
      const guards = siteGuards(model, site2);
      push2(missingGroups(guards, `the hosts of site ${site2.name}`));
      for (const host of cidrs.valid(site2.hostCidrs)) {
        const peer = { cidr: host.cidr, ref: host.fact.ref, words: host.cidr.text };
        const check = { ...base, guards, acls: [], peer, site: site2.name, members: true };
        const among = `among the hosts of edge site ${site2.name}`;
        push2(blockedPath(firewall, { ...check, direction: "ingress", path: `${among}, from {peer}` }));
        push2(blockedPath(firewall, { ...check, direction: "egress", path: `${among}, to {peer}` }));
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const r of out) {
      const key = "ruleId" in r ? JSON.stringify([r.ref, r.data]) : "";
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      report(r);
    }
  }
});
function noGuards(model, site2, ports) {
  const cluster = model.ackClusters[0];
  const ref = cluster?.ref ?? site2.ref;
  const edge = model.ackClusters.find((c) => c.type === "ALIYUN::CS::ManagedEdgeKubernetesCluster");
  const because = edge ? ` (${edge.type} has no SecurityGroupId: ACK creates the nodes' group)` : "";
  return skipped(
    ref,
    `flannel VXLAN (UDP ${ports.join(", ")}) between the cloud nodes and the Express Connect sites is not checked on the cloud nodes' security groups: nothing in the repository ties a group to them${because}; name their groups in cluster.cloudSecurityGroups`
  );
}

// src/rules/catalogue.ts
var TS_RULES = [
  podOverlapsVpc,
  serviceOverlapsVpc,
  podOverlapsService,
  overlapsEdgeHosts,
  podCidrMismatch,
  nodePodCidrOverlap,
  nodeCapacity,
  notPrivate,
  vxlanPortBlocked,
  backendNotVxlan,
  ravenPortsBlocked
];
var FLEET_RULES = [clusterPodCidrsOverlap];
var INPUT_RULES = [
  parseErrorRule,
  invalidResourceRule,
  skippedRule,
  invalidSuppressionRule,
  unusedSuppressionRule,
  untrustedWaiverRule
];
var FAMILIES = ["input", "cidr", "vxlan", "gateway", "raven", "reach"];
var ALL = [...INPUT_RULES, ...TS_RULES, ...FLEET_RULES, ...REGO_RULES];
var RULES = sortRules(ALL);
function sortRules(rules) {
  const family = (id) => {
    const i = FAMILIES.indexOf(id.split("/")[0]);
    return i < 0 ? FAMILIES.length : i;
  };
  const inputOrder = (id) => INPUT_RULES.findIndex((r) => r.id === id);
  return [...rules].sort(
    (a, b) => family(a.id) - family(b.id) || inputOrder(a.id) - inputOrder(b.id) || (a.id < b.id ? -1 : 1)
  );
}
var BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
  return BY_ID.get(id);
}
var RULE_IDS = RULES.map((r) => r.id);

// src/evaluate/levels.ts
function effectiveLevel(ruleId, config, cli, fallback = "error") {
  return cli[ruleId] ?? config[ruleId] ?? ruleById(ruleId)?.level ?? fallback;
}
function isOn(level2) {
  return level2 !== "off";
}

// src/read/facts-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import path6 from "node:path";
var FORMAT = 1;
var FactsCache = class {
  constructor(file, key) {
    this.file = file;
    this.key = key;
    try {
      const stored = JSON.parse(readFileSync2(file, "utf8"));
      if (stored.format === FORMAT && stored.key === key && stored.entries) this.entries = stored.entries;
    } catch {
    }
  }
  file;
  key;
  entries = {};
  fresh = {};
  hits = 0;
  /** The read stored for this content, if any. */
  get(display, hash2) {
    const entry = this.entries[display];
    if (!entry || entry.hash !== hash2) return void 0;
    this.fresh[display] = entry;
    this.hits++;
    return entry.read;
  }
  set(display, hash2, read) {
    this.fresh[display] = { hash: hash2, read };
  }
  /** Writes the entries of this run (files gone since are dropped), atomically. */
  save() {
    try {
      mkdirSync(path6.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, key: this.key, entries: this.fresh }));
      renameSync(temporary, this.file);
    } catch {
    }
  }
};
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function cacheKey(version, configText) {
  return createHash("sha256").update(version).update("\0").update(configText).digest("hex");
}
function defaultCacheFile(cwd) {
  return path6.join(cwd, "node_modules", ".cache", "edgenet", "facts.json");
}

// src/lint.ts
import { existsSync as existsSync7, readdirSync as readdirSync4, statSync as statSync11 } from "node:fs";
import path23 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/compose/pool.ts
import { availableParallelism } from "node:os";
function defaultConcurrency() {
  return Math.max(1, 2 * availableParallelism());
}
async function mapPool(items, work, concurrency = defaultConcurrency()) {
  const results = new Array(items.length);
  const width = Math.max(1, Math.min(Number.isFinite(concurrency) ? Math.floor(concurrency) : 1, items.length));
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === void 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: items.length === 0 ? 0 : width }, worker));
  if (failure) throw failure.error;
  return results;
}

// src/compose/render-builds.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync as mkdirSync5, readdirSync as readdirSync3, readFileSync as readFileSync9, renameSync as renameSync2, statSync as statSync6, writeFileSync as writeFileSync5 } from "node:fs";
import path16 from "node:path";

// src/compose/helm-template.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4, statSync as statSync4, writeFileSync as writeFileSync2 } from "node:fs";
import path11 from "node:path";

// src/compose/kustomization.ts
import { readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import path8 from "node:path";

// src/discover/real-path.ts
import { realpathSync as realpathSync4 } from "node:fs";
import path7 from "node:path";
function realOrSelf(p) {
  try {
    return realpathSync4(p);
  } catch {
    return p;
  }
}
function isOutside(realTop, p) {
  if (realTop === void 0) return false;
  const rel = path7.relative(realTop, realOrSelf(p));
  return rel === ".." || rel.startsWith(`..${path7.sep}`) || path7.isAbsolute(rel);
}

// src/compose/kustomization.ts
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isRemoteReference(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git::/i.test(ref) || /^[\w.-]+@[\w.-]+:/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i.test(ref) || /[?&](ref|version|timeout|submodules)=/.test(ref) || /^[^/]+\.[a-z]{2,}\/.+\/\//i.test(ref);
}
function isKustomizationFileName(name) {
  return KUSTOMIZATION_FILE_NAMES.includes(name);
}
function readKustomization(data, file) {
  const dir = path8.dirname(file);
  const problems = [];
  const inputs = [];
  const generators = [];
  const read = { file, kind: "Kustomization", inputs, generators, problems };
  if (!isObject(data)) {
    problems.push({ at: [], message: "a kustomization must be a mapping" });
    return read;
  }
  const apiVersion = data.apiVersion;
  if (apiVersion !== void 0 && !(typeof apiVersion === "string" && apiVersion.startsWith("kustomize.config.k8s.io/")))
    problems.push({ at: ["apiVersion"], message: `apiVersion ${String(apiVersion)} is not kustomize.config.k8s.io` });
  if (data.kind === "Component") read.kind = "Component";
  else if (data.kind !== void 0 && data.kind !== "Kustomization")
    problems.push({ at: ["kind"], message: `kind ${String(data.kind)} is neither Kustomization nor Component` });
  for (const key of ["namePrefix", "nameSuffix", "namespace"]) {
    const value2 = data[key];
    if (typeof value2 === "string") read[key] = value2;
    else if (value2 !== void 0 && value2 !== null) problems.push({ at: [key], message: `${key} must be a string` });
  }
  if (data.sortOptions !== void 0) read.sortOptions = data.sortOptions;
  if (Array.isArray(data.buildMetadata))
    read.buildMetadata = data.buildMetadata.filter((v) => typeof v === "string");
  const local = (field2, at3, ref, extra = {}) => {
    if (isRemoteReference(ref)) inputs.push({ field: field2, at: at3, kind: "remote", ref, ...extra });
    else inputs.push({ field: field2, at: at3, kind: "local", ref, path: path8.resolve(dir, ref), ...extra });
  };
  const inline = (field2, at3, content, extra = {}) => {
    inputs.push({ field: field2, at: at3, kind: "inline", content, ...extra });
  };
  const strings = (field2, handle) => {
    for (const [item, at3] of listOf(data, field2, problems)) {
      if (typeof item === "string") handle(item, at3);
      else problems.push({ at: at3, message: `${field2} entries must be strings` });
    }
  };
  for (const field2 of ["resources", "bases", "components", "crds", "configurations"])
    strings(field2, (ref, at3) => local(field2, at3, ref));
  for (const field2 of ["generators", "transformers", "validators"])
    strings(field2, (ref, at3) => isInlineText(ref) ? inline(field2, at3, ref) : local(field2, at3, ref));
  for (const [item, at3] of listOf(data, "patches", problems)) {
    if (!isObject(item)) {
      problems.push({ at: at3, message: "patches entries must be mappings" });
      continue;
    }
    const target = isObject(item.target) ? item.target : void 0;
    if (typeof item.path === "string") local("patches", [...at3, "path"], item.path, target ? { target } : {});
    if (typeof item.patch === "string") inline("patches", [...at3, "patch"], item.patch, target ? { target } : {});
    if (typeof item.path !== "string" && typeof item.patch !== "string")
      problems.push({ at: at3, message: "a patch needs path or patch" });
  }
  for (const [item, at3] of listOf(data, "patchesStrategicMerge", problems)) {
    if (typeof item === "string")
      isInlineText(item) ? inline("patchesStrategicMerge", at3, item) : local("patchesStrategicMerge", at3, item);
    else if (isObject(item)) inline("patchesStrategicMerge", at3, item);
    else problems.push({ at: at3, message: "patchesStrategicMerge entries must be strings" });
  }
  for (const [item, at3] of listOf(data, "patchesJson6902", problems)) {
    if (!isObject(item)) {
      problems.push({ at: at3, message: "patchesJson6902 entries must be mappings" });
      continue;
    }
    const target = isObject(item.target) ? item.target : void 0;
    if (typeof item.path === "string") local("patchesJson6902", [...at3, "path"], item.path, target ? { target } : {});
    else if (item.patch !== void 0)
      inline("patchesJson6902", [...at3, "patch"], item.patch, target ? { target } : {});
    else problems.push({ at: at3, message: "a JSON 6902 patch needs path or patch" });
  }
  for (const field2 of ["configMapGenerator", "secretGenerator"]) {
    for (const [item, at3] of listOf(data, field2, problems)) {
      if (!isObject(item)) {
        problems.push({ at: at3, message: `${field2} entries must be mappings` });
        continue;
      }
      if (typeof item.name === "string") {
        const entry = { field: field2, index: at3[1], name: item.name };
        if (typeof item.namespace === "string") entry.namespace = item.namespace;
        if (typeof item.behavior === "string") entry.behavior = item.behavior;
        generators.push(entry);
      }
      for (const [source, sourceAt] of listOf(item, "files", problems, at3)) {
        if (typeof source !== "string") continue;
        const eq = source.indexOf("=");
        if (eq > 0) local(field2, sourceAt, source.slice(eq + 1), { role: "file", key: source.slice(0, eq) });
        else local(field2, sourceAt, source, { role: "file" });
      }
      for (const [source, sourceAt] of listOf(item, "envs", problems, at3))
        if (typeof source === "string") local(field2, sourceAt, source, { role: "env" });
      if (typeof item.env === "string") local(field2, [...at3, "env"], item.env, { role: "env" });
    }
  }
  const globals = isObject(data.helmGlobals) ? data.helmGlobals : void 0;
  const chartHomeRef = typeof globals?.chartHome === "string" ? globals.chartHome : "charts";
  if (typeof globals?.chartHome === "string")
    local("helmGlobals", ["helmGlobals", "chartHome"], chartHomeRef, { role: "chartHome" });
  if (typeof globals?.configHome === "string")
    local("helmGlobals", ["helmGlobals", "configHome"], globals.configHome, { role: "configHome" });
  for (const [item, at3] of listOf(data, "helmCharts", problems)) {
    if (!isObject(item) || typeof item.name !== "string") {
      problems.push({ at: at3, message: "a helmCharts entry needs a name" });
      continue;
    }
    const chartDir = path8.join(chartHomeRef, item.name);
    const repo = typeof item.repo === "string" && item.repo !== "" ? { repo: item.repo } : {};
    if (isRemoteReference(chartHomeRef))
      inputs.push({ field: "helmCharts", at: [...at3, "name"], kind: "remote", ref: chartHomeRef });
    else local("helmCharts", [...at3, "name"], chartDir, { role: "chart", ...repo });
    if (typeof item.valuesFile === "string")
      local("helmCharts", [...at3, "valuesFile"], item.valuesFile, { role: "values" });
    for (const [values, valuesAt] of listOf(item, "additionalValuesFiles", problems, at3))
      if (typeof values === "string") local("helmCharts", valuesAt, values, { role: "values" });
  }
  for (const [item, at3] of listOf(data, "helmChartInflationGenerator", problems)) {
    if (!isObject(item) || typeof item.chartName !== "string") continue;
    const home = typeof item.chartHome === "string" ? item.chartHome : "charts";
    const repo = typeof item.chartRepoUrl === "string" && item.chartRepoUrl !== "" ? { repo: item.chartRepoUrl } : {};
    local("helmChartInflationGenerator", [...at3, "chartName"], path8.join(home, item.chartName), {
      role: "chart",
      ...repo
    });
    if (typeof item.values === "string")
      local("helmChartInflationGenerator", [...at3, "values"], item.values, { role: "values" });
  }
  if (isObject(data.openapi) && typeof data.openapi.path === "string")
    local("openapi", ["openapi", "path"], data.openapi.path);
  for (const [item, at3] of listOf(data, "replacements", problems)) {
    if (isObject(item) && typeof item.path === "string") local("replacements", [...at3, "path"], item.path);
    else if (isObject(item)) inline("replacements", at3, item);
    else problems.push({ at: at3, message: "replacements entries must be mappings" });
  }
  return read;
}
function isInlineText(text) {
  return text.includes("\n") || text.trimStart().startsWith("{");
}
function isObject(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
function listOf(data, key, problems, base = []) {
  const value2 = data[key];
  if (value2 === void 0 || value2 === null) return [];
  if (!Array.isArray(value2)) {
    problems.push({ at: [...base, key], message: `${key} must be a list` });
    return [];
  }
  return value2.map((item, i) => [item, [...base, key, i]]);
}
function emptyGraph(root2) {
  return { root: root2, kustomizations: [], files: [], remotes: [], missing: [], cycles: [], problems: [] };
}
var DEFAULT_MAX_KUSTOMIZATIONS = 1e4;
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
function findKustomizationFile(dir) {
  const found = KUSTOMIZATION_FILE_NAMES.map((name) => path8.join(dir, name)).filter(isFile);
  if (found.length > 1)
    return {
      problem: `found several kustomization files: ${found.map((f) => path8.basename(f)).join(", ")}`,
      several: found
    };
  if (found.length === 0) return { problem: `no ${KUSTOMIZATION_FILE_NAMES.join(", ")} in ${dir}` };
  return { file: found[0] };
}
function kustomizationFileIn(dir) {
  const found = findKustomizationFile(dir);
  return found.file ?? found.several?.[0];
}
function walkKustomization(start, options = {}) {
  const boundary = options.boundary === void 0 ? void 0 : realOrSelf(path8.resolve(options.boundary));
  const maxKustomizations = options.maxKustomizations ?? DEFAULT_MAX_KUSTOMIZATIONS;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const absolute = path8.resolve(start);
  const found = isFile(absolute) ? { file: absolute } : findKustomizationFile(absolute);
  const rootFile = found.file;
  const graph = emptyGraph(rootFile ?? found.several?.[0] ?? absolute);
  const visited = /* @__PURE__ */ new Set();
  const stack = [];
  const outside2 = (p) => isOutside(boundary, p);
  const visit = (file, from) => {
    if (stack.includes(file)) {
      graph.cycles.push({ chain: [...stack.slice(stack.indexOf(file)), file], from: from ?? { file, at: [] } });
      return;
    }
    if (visited.has(file)) return;
    if (visited.size >= maxKustomizations) {
      graph.problems.push({
        kind: "limit",
        file,
        message: `more than ${maxKustomizations} kustomizations: not read further`
      });
      return;
    }
    visited.add(file);
    const read = readKustomizationFile(file, maxBytes);
    if ("problem" in read) {
      graph.problems.push({ kind: "unreadable", file, message: read.problem });
      return;
    }
    graph.kustomizations.push({
      file,
      doc: read.doc,
      dir: path8.dirname(file),
      read: read.read,
      ...from ? { from } : {}
    });
    for (const problem of read.read.problems)
      graph.problems.push({ kind: "invalid", file, at: problem.at, message: problem.message });
    stack.push(file);
    for (const input of read.read.inputs) {
      const named2 = { file, at: input.at };
      if (input.kind === "inline") continue;
      if (input.kind === "remote") {
        graph.remotes.push({ field: input.field, ref: input.ref, from: named2 });
        continue;
      }
      const target = input.path;
      if (outside2(target)) {
        graph.problems.push({ kind: "outside", file, at: input.at, message: `${input.ref} is outside ${boundary}` });
        continue;
      }
      const stat = statOf(target);
      if (input.role === "chart") {
        if (stat?.isDirectory()) graph.files.push(fileEntry(input, named2, true));
        else if (input.repo !== void 0 && isRemoteReference(input.repo))
          graph.remotes.push({
            field: input.field,
            ref: input.repo,
            from: { file, at: [...input.at.slice(0, -1), "repo"] }
          });
        else graph.missing.push({ field: input.field, ref: input.ref, path: target, from: named2 });
        continue;
      }
      if (stat === void 0) {
        graph.missing.push({ field: input.field, ref: input.ref, path: target, from: named2 });
        continue;
      }
      if (stat.isDirectory()) {
        if (input.role === "chartHome" || input.role === "configHome") continue;
        if (!["resources", "bases", "components", "generators", "transformers", "validators"].includes(input.field)) {
          graph.problems.push({
            kind: "invalid",
            file,
            at: input.at,
            message: `${input.ref} is a directory, ${input.field} names files`
          });
          continue;
        }
        const found2 = findKustomizationFile(target);
        if (found2.file) visit(found2.file, named2);
        else graph.problems.push({ kind: "no-kustomization", file, at: input.at, message: found2.problem });
        continue;
      }
      graph.files.push(fileEntry(input, named2, false));
    }
    stack.pop();
  };
  if (rootFile === void 0) {
    graph.problems.push({ kind: "no-kustomization", file: graph.root, message: found.problem ?? "no kustomization" });
    return graph;
  }
  if (outside2(rootFile)) {
    graph.problems.push({ kind: "outside", file: rootFile, message: `${rootFile} is outside ${boundary}` });
    return graph;
  }
  visit(rootFile);
  return graph;
}
function fileEntry(input, from, directory) {
  const entry = { path: input.path, field: input.field, from };
  if (input.role) entry.role = input.role;
  if (input.target) entry.target = input.target;
  if (directory) entry.directory = true;
  return entry;
}
function readKustomizationFile(file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let text;
  try {
    const size = statSync2(file).size;
    if (size > maxBytes) return { problem: `${size} bytes is over the ${maxBytes} bytes a kustomization may have` };
    text = readFileSync3(file, "utf8");
  } catch (error) {
    return { problem: `cannot be read (${error.code ?? error.message})` };
  }
  const parsed = parseText(file, text);
  const problem = parsed.problems[0];
  if (problem) return { problem: `line ${problem.line}: ${problem.message}` };
  if (parsed.documents.length > 1)
    return { problem: "a kustomization file holds one document, this one holds several" };
  const first = parsed.documents[0];
  return { read: readKustomization(first?.data ?? {}, file), doc: first?.index ?? 0 };
}
function statOf(p) {
  try {
    return statSync2(p);
  } catch {
    return void 0;
  }
}
function isFile(p) {
  return statOf(p)?.isFile() ?? false;
}

// src/compose/run-tool.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync as statSync3 } from "node:fs";
import { totalmem } from "node:os";
import path9 from "node:path";
var DEFAULT_TIMEOUT_MS = 6e4;
var DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
var MAX_REASON_CHARS = 500;
function findTool(name, env) {
  if (name === "kubectl kustomize") {
    const kubectl = which("kubectl", env);
    return kubectl === void 0 ? void 0 : { name, command: kubectl, prefix: ["kustomize"] };
  }
  const command = which(name, env);
  if (command) return { name, command, prefix: [] };
  if (name === "kustomize") return findTool("kubectl kustomize", env);
  return void 0;
}
function which(name, env) {
  for (const dir of (env.PATH ?? "").split(path9.delimiter)) {
    if (!dir || !path9.isAbsolute(dir)) continue;
    const candidate = path9.join(dir, name);
    try {
      if (!statSync3(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
var NO_NETWORK_PROXY = "http://127.0.0.1:9";
function toolEnv(env, home) {
  const proxy = {
    HTTP_PROXY: NO_NETWORK_PROXY,
    HTTPS_PROXY: NO_NETWORK_PROXY,
    ALL_PROXY: NO_NETWORK_PROXY,
    http_proxy: NO_NETWORK_PROXY,
    https_proxy: NO_NETWORK_PROXY,
    all_proxy: NO_NETWORK_PROXY,
    NO_PROXY: "",
    no_proxy: ""
  };
  return {
    PATH: env.PATH ?? "",
    HOME: home,
    TMPDIR: home,
    ...proxy,
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: "file",
    GIT_SSH_COMMAND: "false",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: path9.join(home, "gitconfig"),
    HELM_CACHE_HOME: path9.join(home, "helm", "cache"),
    HELM_CONFIG_HOME: path9.join(home, "helm", "config"),
    HELM_DATA_HOME: path9.join(home, "helm", "data"),
    XDG_CACHE_HOME: path9.join(home, "cache"),
    XDG_CONFIG_HOME: path9.join(home, "config"),
    XDG_DATA_HOME: path9.join(home, "data"),
    KUBECONFIG: path9.join(home, "kubeconfig"),
    KUSTOMIZE_PLUGIN_HOME: path9.join(home, "kustomize-plugins"),
    ...goMemory(env)
  };
}
function goMemory(env) {
  if (env.GOGC !== void 0 || env.GOMEMLIMIT !== void 0)
    return {
      ...env.GOGC === void 0 ? {} : { GOGC: env.GOGC },
      ...env.GOMEMLIMIT === void 0 ? {} : { GOMEMLIMIT: env.GOMEMLIMIT }
    };
  const share = totalmem() / (4 * defaultConcurrency());
  const mib = Math.floor(Math.min(2048, Math.max(256, share / 2 ** 20)));
  return { GOGC: "400", GOMEMLIMIT: `${mib}MiB` };
}
function runTool(tool, args, options = {}) {
  const command = typeof tool === "string" ? tool : tool.command;
  const argv = typeof tool === "string" ? args : [...tool.prefix, ...args];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise((resolve2) => {
    let child;
    try {
      child = spawn(command, argv, {
        cwd: options.cwd,
        env: options.env ?? {},
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
    } catch (error) {
      resolve2({ ok: false, code: null, stdout: "", stderr: "", ...spawnFailure(command, error) });
      return;
    }
    const out = [];
    const err = [];
    const size = { out: 0, err: 0 };
    let killedFor;
    let spawnError;
    let settled = false;
    const killGroup = () => {
      if (child.pid === void 0) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    const stop = (reason, failure) => {
      killedFor ??= { reason, failure };
      killGroup();
    };
    const timer = setTimeout(() => stop(`timed out after ${timeoutMs} ms`, "timeout"), timeoutMs);
    const release = onInterrupt(killGroup);
    const collect = (chunks, which2) => (chunk) => {
      if (killedFor) return;
      size[which2] += chunk.length;
      if (size[which2] > maxBytes) {
        stop(
          `output too large: more than ${maxBytes} bytes on ${which2 === "out" ? "stdout" : "stderr"}`,
          "output-limit"
        );
        return;
      }
      chunks.push(chunk);
    };
    child.stdout?.on("data", collect(out, "out"));
    child.stderr?.on("data", collect(err, "err"));
    child.on("error", (error) => {
      spawnError = error;
      if (child.pid === void 0) finish(null, null);
    });
    child.on("exit", () => killGroup());
    child.on("close", (code, signal) => finish(code, signal));
    function finish(code, signal) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      release();
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (spawnError !== void 0)
        return resolve2({ ok: false, code: null, stdout, stderr, ...spawnFailure(command, spawnError) });
      if (killedFor) return resolve2({ ok: false, code: null, stdout, stderr, ...killedFor });
      if (code === 0) return resolve2({ ok: true, code, stdout, stderr });
      const reason = firstErrorLine(stderr) ?? (code === null ? `killed by ${signal}` : `${path9.basename(command)} exited with ${code}`);
      resolve2({ ok: false, code, stdout, stderr, reason, failure: "exit" });
    }
  });
}
function spawnFailure(command, error) {
  const code = error.code;
  if (code === "ENOENT") return { reason: `not found: ${command}`, failure: "not-found" };
  return {
    reason: `cannot run ${command}: ${code ?? oneLine(error.message ?? String(error))}`,
    failure: "cannot-run"
  };
}
function firstErrorLine(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  const error = lines.find((line) => line.startsWith("Error: "));
  if (error) return clip(error.slice("Error: ".length));
  const klog = lines.findIndex((line) => /^[EF]\d{4} /.test(line));
  if (klog >= 0 && /\berr=<$/.test(lines[klog]) && lines[klog + 1] !== void 0) return clip(lines[klog + 1]);
  if (klog >= 0) return clip(klogMessage(lines[klog]));
  return lines[0] === void 0 ? void 0 : clip(lines[0]);
}
function klogMessage(line) {
  const quoted = /\berr="((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
  if (quoted !== void 0) {
    try {
      return JSON.parse(`"${quoted}"`);
    } catch {
      return quoted;
    }
  }
  return line.replace(/^[EF]\d{4} [^\]]*\] /, "");
}
function oneLine(text) {
  return text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? "";
}
function clip(text) {
  const line = oneLine(text);
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}\u2026` : line;
}

// src/compose/workspace.ts
import { mkdirSync as mkdirSync2, mkdtempSync, realpathSync as realpathSync5, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path10 from "node:path";
function makeWorkspace(prefix, parent = tmpdir()) {
  const dir = realpathSync5(mkdtempSync(path10.join(parent, `edgenet-${prefix}-`)));
  const home = path10.join(dir, "home");
  mkdirSync2(home);
  const remove = () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  };
  const release = onInterrupt(remove);
  return {
    dir,
    home,
    dispose: () => {
      release();
      remove();
    }
  };
}

// src/compose/helm-template.ts
var DEFAULT_KUBE_VERSION = "v1.34.0";
var DEFAULT_RELEASE_NAME = "release-name";
var MAX_CHART_FILE_BYTES = 1024 * 1024;
async function renderChart(chartDir, options) {
  const chartFile = path11.join(path11.resolve(chartDir), "Chart.yaml");
  try {
    return await render(path11.resolve(chartDir), options);
  } catch (error) {
    return {
      ok: false,
      cause: "internal",
      reason: `internal error: ${clip(String(error.message ?? error))}`,
      at: { file: chartFile, at: [] }
    };
  }
}
async function render(dir, options) {
  const chart = readChart(dir);
  if ("problem" in chart)
    return {
      ok: false,
      cause: "invalid-input",
      reason: chart.problem,
      at: { file: path11.join(dir, "Chart.yaml"), at: [] }
    };
  const refused = preScanChart(chart, options);
  if (refused) return refused;
  const at3 = { file: chart.file, at: [] };
  const tool = options.tool ?? findTool("helm", options.env);
  if (!tool) return { ok: false, cause: "missing-tool", reason: "needs helm on PATH", at: at3 };
  const workspace = makeWorkspace("helm", options.tempDir);
  try {
    const args = [
      "template",
      options.releaseName ?? DEFAULT_RELEASE_NAME,
      chart.dir,
      "--namespace",
      options.namespace ?? "default",
      "--kube-version",
      options.kubeVersion ?? DEFAULT_KUBE_VERSION
    ];
    if (options.includeCrds !== false) args.push("--include-crds");
    for (const apiVersion of options.apiVersions ?? []) args.push("--api-versions", apiVersion);
    for (const file of options.valuesFiles ?? []) args.push("--values", file);
    const inline = path11.join(workspace.dir, "values.json");
    if (options.values !== void 0) {
      writeFileSync2(inline, JSON.stringify(options.values));
      args.push("--values", inline);
    }
    for (const parameter of options.set ?? [])
      args.push(
        parameter.forceString ? "--set-string" : "--set",
        `${parameter.name}=${escapeSetValue(parameter.value)}`
      );
    const run = await runTool(tool, args, {
      cwd: workspace.dir,
      env: toolEnv(options.env, workspace.home),
      ...options.timeoutMs === void 0 ? {} : { timeoutMs: options.timeoutMs },
      ...options.maxOutputBytes === void 0 ? {} : { maxOutputBytes: options.maxOutputBytes }
    });
    if (!run.ok) {
      const reason = clip(
        (run.reason ?? "failed").split(inline).join("the inline values").split(workspace.dir).join("<temporary>")
      );
      const failure = { ok: false, cause: run.failure ?? "exit", reason, at: at3, tool: tool.name };
      const line = errorLine(chart, reason);
      if (line) failure.line = line;
      return failure;
    }
    const objects = [];
    for (const manifest of splitManifests(run.stdout)) {
      const parsed = parseText(path11.join(chart.dir, "helm-template-output.yaml"), manifest.text);
      const problem = parsed.problems[0];
      if (problem)
        return {
          ok: false,
          cause: "output",
          reason: `the output of ${manifest.source ?? "a template"} does not read as YAML: line ${problem.line}: ${problem.message}`,
          at: at3,
          tool: tool.name
        };
      const where = manifest.source === void 0 ? void 0 : templateFile(chart, manifest.source);
      for (const document of parsed.documents) {
        if (!isObject2(document.data)) continue;
        const object = {
          data: document.data,
          source: manifest.source ?? "",
          template: where?.file ?? chart.dir
        };
        if (where?.inArchive !== void 0) object.inArchive = where.inArchive;
        objects.push(object);
      }
    }
    const rendered = {
      ok: true,
      tool: tool.name,
      chart: { file: chart.file, name: chart.name, ...chart.version === void 0 ? {} : { version: chart.version } },
      objects
    };
    return rendered;
  } finally {
    workspace.dispose();
  }
}
function preScanChart(chart, options) {
  const fail = (cause, reason, file, at3 = []) => ({
    ok: false,
    cause,
    reason,
    at: { file, at: at3 }
  });
  const boundary = options.boundary === void 0 ? void 0 : realOrSelf(path11.resolve(options.boundary));
  const outside2 = (p) => isOutside(boundary, p);
  if (outside2(chart.dir)) return fail("invalid-input", `the chart is outside ${boundary}`, chart.file);
  for (const file of options.valuesFiles ?? []) {
    if (isRemoteReference(file))
      return fail("remote", `needs the remote values file ${file}: edgenet never fetches`, chart.file);
    if (!path11.isAbsolute(file)) return fail("invalid-input", `values file ${file} is not an absolute path`, chart.file);
    if (outside2(file)) return fail("invalid-input", `values file ${file} is outside ${boundary}`, chart.file);
    if (!statOf2(file)?.isFile()) return fail("invalid-input", `values file ${file} does not exist`, file);
  }
  const pending = [chart];
  for (let current = pending.shift(); current; current = pending.shift()) {
    const schema = remoteSchemaRef(current.dir);
    if (schema)
      return fail(
        "remote",
        `values.schema.json refers to the remote schema ${schema}: edgenet never fetches`,
        path11.join(current.dir, "values.schema.json")
      );
    const vendored = vendoredCharts(current.dir);
    for (const dependency of current.dependencies) {
      const found = vendored.find((v) => v.name === dependency.name);
      if (found) continue;
      const at3 = ["dependencies", dependency.index];
      const what = `${dependency.name}${dependency.version ? ` ${dependency.version}` : ""}`;
      const repository = dependency.repository ?? "";
      if (repository === "" || repository.startsWith("file://"))
        return fail(
          "invalid-input",
          `the dependency ${what}${repository ? ` (${repository})` : ""} is not in charts/: it needs \`helm dependency build\``,
          current.dependenciesFile,
          at3
        );
      return fail(
        "remote",
        `needs the chart dependency ${what} from ${repository}, which is not vendored in charts/: edgenet never fetches`,
        current.dependenciesFile,
        at3
      );
    }
    for (const v of vendored) if (v.dir) pending.push(v.dir);
  }
  return void 0;
}
function readChart(dir) {
  const file = path11.join(dir, "Chart.yaml");
  const data = readYaml(file);
  if ("problem" in data) return { problem: `Chart.yaml ${data.problem}` };
  if (!isObject2(data.value) || typeof data.value.name !== "string")
    return { problem: "Chart.yaml has no name: not a chart" };
  const chart = {
    dir,
    file,
    name: data.value.name,
    dependencies: dependenciesOf(data.value.dependencies),
    dependenciesFile: file
  };
  if (typeof data.value.version === "string") chart.version = data.value.version;
  if (chart.dependencies.length === 0 && data.value.apiVersion === "v1") {
    const requirements = path11.join(dir, "requirements.yaml");
    const legacy = statOf2(requirements) ? readYaml(requirements) : void 0;
    if (legacy && !("problem" in legacy) && isObject2(legacy.value)) {
      chart.dependencies = dependenciesOf(legacy.value.dependencies);
      chart.dependenciesFile = requirements;
    }
  }
  return chart;
}
function dependenciesOf(value2) {
  if (!Array.isArray(value2)) return [];
  const out = [];
  value2.forEach((entry, index) => {
    if (!isObject2(entry) || typeof entry.name !== "string") return;
    const dependency = { index, name: entry.name };
    if (typeof entry.version === "string") dependency.version = entry.version;
    if (typeof entry.repository === "string") dependency.repository = entry.repository;
    if (typeof entry.alias === "string" && entry.alias !== "") dependency.alias = entry.alias;
    out.push(dependency);
  });
  return out;
}
function vendoredCharts(dir) {
  const charts = path11.join(dir, "charts");
  let entries;
  try {
    entries = readdirSync2(charts).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const entry of entries) {
    const full = path11.join(charts, entry);
    const stat = statOf2(full);
    if (stat?.isDirectory()) {
      const sub = readChart(full);
      if (!("problem" in sub)) out.push({ name: sub.name, dir: sub });
    } else if (stat?.isFile() && entry.endsWith(".tgz")) {
      const name = /^(.+)-\d+\.\d+\.\d+.*\.tgz$/.exec(entry)?.[1];
      if (name) out.push({ name, archive: full });
    }
  }
  return out;
}
function remoteSchemaRef(dir) {
  const file = path11.join(dir, "values.schema.json");
  if (!statOf2(file)?.isFile()) return void 0;
  let text;
  try {
    text = readFileSync4(file, "utf8");
  } catch {
    return void 0;
  }
  return /"\$ref"\s*:\s*"((?:https?:)?\/\/[^"]*)"/.exec(text)?.[1];
}
function splitManifests(text) {
  const out = [];
  for (const chunk of text.split(/^---[ \t]*$/m)) {
    if (chunk.trim() === "") continue;
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
    out.push(source === void 0 ? { text: chunk } : { source, text: chunk });
  }
  return out;
}
function templateFile(chart, source) {
  const parts = source.split("/");
  if (parts[0] !== chart.name) return void 0;
  parts.shift();
  let current = chart;
  while (parts[0] === "charts" && parts.length > 2) {
    const shown = parts[1];
    const dependency = current.dependencies.find((d) => (d.alias ?? d.name) === shown);
    const name = dependency?.name ?? shown;
    const vendored = vendoredCharts(current.dir).find((v) => v.name === name);
    if (!vendored) return void 0;
    parts.splice(0, 2);
    if (vendored.archive) return { file: vendored.archive, inArchive: [name, ...parts].join("/") };
    current = vendored.dir;
  }
  return { file: path11.join(current.dir, ...parts) };
}
function errorLine(chart, reason) {
  const found = /(?:^|[\s(])([^\s():]+\/[^\s():]+):(\d+)(?::(\d+))?/.exec(reason);
  if (!found) return void 0;
  const where = templateFile(chart, found[1]);
  if (!where || where.inArchive !== void 0) return void 0;
  const line = { file: where.file, line: Number(found[2]) };
  if (found[3] !== void 0) line.column = Number(found[3]);
  return line;
}
function escapeSetValue(value2) {
  if (value2.startsWith("{") && value2.endsWith("}")) return value2;
  let out = "";
  let previous = "";
  for (const c of value2) {
    out += c === "," && previous !== "\\" ? "\\," : c;
    previous = c;
  }
  return out;
}
function readYaml(file) {
  let text;
  try {
    if (statSync4(file).size > MAX_CHART_FILE_BYTES) return { problem: "is too large" };
    text = readFileSync4(file, "utf8");
  } catch (error) {
    return { problem: `cannot be read (${error.code ?? error.message})` };
  }
  const parsed = parseText(file, text);
  const problem = parsed.problems[0];
  if (problem) return { problem: `line ${problem.line}: ${problem.message}` };
  return { value: parsed.documents[0]?.data };
}
function statOf2(p) {
  try {
    return statSync4(p);
  } catch {
    return void 0;
  }
}
function isObject2(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/compose/installed-build.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync4, readFileSync as readFileSync7, writeFileSync as writeFileSync4 } from "node:fs";
import path14 from "node:path";

// src/compose/kustomize-build.ts
import { mkdirSync as mkdirSync3, readFileSync as readFileSync6, statSync as statSync5, writeFileSync as writeFileSync3 } from "node:fs";
import path12 from "node:path";

// src/compose/object-match.ts
function identityOf(data) {
  if (!isRecord(data)) return {};
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const id = {};
  if (typeof data.apiVersion === "string") id.apiVersion = data.apiVersion;
  if (typeof data.kind === "string") id.kind = data.kind;
  if (typeof metadata.name === "string") id.name = metadata.name;
  if (typeof metadata.namespace === "string" && metadata.namespace !== "") id.namespace = metadata.namespace;
  return id;
}
function matchDocument(id, docs, affixes) {
  if (docs.length === 1) return { doc: docs[0].index, match: "only-document" };
  const written2 = docs.map((d) => ({ index: d.index, id: identityOf(d.data) }));
  const sameKind = written2.filter((w) => w.id.kind === id.kind);
  if (sameKind.length === 0) return { doc: null, match: "none" };
  const exact = sameKind.filter((w) => w.id.name === id.name && w.id.namespace === id.namespace);
  if (exact.length === 1) return { doc: exact[0].index, match: "identity" };
  let fits = sameKind.filter((w) => fitsWritten(id, w.id, affixes));
  if (fits.length > 1) {
    const sameVersion = fits.filter((w) => w.id.apiVersion === id.apiVersion);
    if (sameVersion.length > 0) fits = sameVersion;
  }
  if (fits.length > 1) {
    const longest = fits.reduce((max, w) => Math.max(max, (w.id.name ?? "").length), 0);
    fits = fits.filter((w) => (w.id.name ?? "").length === longest);
  }
  if (fits.length === 1) return { doc: fits[0].index, match: "transformed" };
  if (fits.length > 1) return { doc: null, match: "ambiguous" };
  if (sameKind.length === 1) return { doc: sameKind[0].index, match: "only-of-kind" };
  return { doc: null, match: "none" };
}
function fitsWritten(id, written2, affixes) {
  return nameFits(id.name ?? "", written2.name ?? "", affixes) && namespaceFits(id.namespace, written2.namespace, affixes);
}
function nameFits(rendered, written2, affixes) {
  if (rendered === written2) return true;
  if (written2 === "") return false;
  for (let i = rendered.indexOf(written2); i >= 0; i = rendered.indexOf(written2, i + 1)) {
    if (concatenation(rendered.slice(0, i), affixes.prefixes) && concatenation(rendered.slice(i + written2.length), affixes.suffixes))
      return true;
  }
  return false;
}
function namespaceFits(rendered, written2, affixes) {
  return rendered === written2 || rendered !== void 0 && affixes.namespaces.has(rendered);
}
function concatenation(text, parts) {
  if (text === "") return true;
  const reachable = new Array(text.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reachable[i]) continue;
    for (const part of parts) if (part && text.startsWith(part, i)) reachable[i + part.length] = true;
  }
  return reachable[text.length] === true;
}

// src/compose/written-origins.ts
import { readFileSync as readFileSync5 } from "node:fs";
var MAKERS = /* @__PURE__ */ new Set([
  "generators",
  "transformers",
  "helmCharts",
  "helmChartInflationGenerator",
  "replacements",
  "configurations",
  "crds"
]);
var PATCHES = /* @__PURE__ */ new Set(["patches", "patchesStrategicMerge", "patchesJson6902"]);
var RENAMES = /allow(?:name|kind)change|internal\.config\.kubernetes\.io\/|kustomize\.config\.k8s\.io\/(?!v\d)/i;
var PLAIN = /^[A-Za-z0-9._:@/-]*$/;
var IDENTITY_PATHS = ["/metadata/name", "/metadata/namespace", "/kind"];
function writtenOrigins(inputs, affixes, documents) {
  const generated = [];
  for (const k of inputs.kustomizations) {
    const text = textOf(k.file);
    if (RENAMES.test(text) || !plainKustomization(text)) return void 0;
    for (const input of k.read.inputs) {
      if (MAKERS.has(input.field)) return void 0;
      if (!PATCHES.has(input.field)) continue;
      if (mayRename(input.kind === "inline" ? input.content : { file: input.path })) return void 0;
    }
    for (const g of k.read.generators)
      generated.push({ kind: g.field === "configMapGenerator" ? "ConfigMap" : "Secret", name: g.name });
  }
  const written2 = [];
  const unnamed = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const f of inputs.files) {
    if (f.field !== "resources" && f.field !== "bases" || f.directory || seen.has(f.path)) continue;
    seen.add(f.path);
    const docs = documents(f.path);
    if (!docs || docs.some((d) => isRecord(d.data) && Array.isArray(d.data.items))) return void 0;
    for (const d of docs) {
      const id = identityOf(d.data);
      const metadata = isRecord(d.data) && isRecord(d.data.metadata) ? d.data.metadata : {};
      if (isRecord(metadata.annotations) && Object.keys(metadata.annotations).some((k) => RENAMES.test(k)))
        return void 0;
      const { name, namespace } = metadata;
      if (typeof name !== "string" || !PLAIN.test(name) || !(namespace === void 0 || plain(namespace)))
        unnamed.add(id.kind);
      written2.push({ file: f.path, doc: d.index, id });
    }
  }
  return (data) => {
    const id = identityOf(data);
    if (unnamed.has(id.kind)) return void 0;
    if (id.kind === "Namespace" && affixes.namespaces.size > 0) return void 0;
    const name = id.name ?? "";
    const unhashed = name.replace(/-[a-z0-9]{10}$/, "");
    if (generated.some(
      (g) => g.kind === id.kind && (nameFits(name, g.name, affixes) || nameFits(unhashed, g.name, affixes))
    ))
      return void 0;
    const fits = written2.filter((w2) => w2.id.kind === id.kind && fitsWritten(id, w2.id, affixes));
    if (fits.length !== 1) return void 0;
    const [w] = fits;
    const same2 = w.id.name === id.name && w.id.namespace === id.namespace;
    return { kind: "resource", file: w.file, doc: w.doc, match: same2 ? "identity" : "transformed" };
  };
}
function mayRename(patch) {
  let values = [patch];
  const text = typeof patch === "string" ? patch : isRecord(patch) && typeof patch.file === "string" ? textOf(patch.file) : void 0;
  if (text !== void 0) {
    const parsed = parseText("patch.yaml", text);
    if (parsed.problems.length > 0 || RENAMES.test(text)) return true;
    values = parsed.documents.map((d) => d.data);
  } else if (RENAMES.test(JSON.stringify(patch ?? null))) return true;
  for (const value2 of values) {
    if (!Array.isArray(value2)) continue;
    for (const op of value2) {
      if (!isRecord(op)) continue;
      for (const pointer2 of [op.path, op.from]) {
        if (pointer2 === void 0) continue;
        if (typeof pointer2 !== "string" || !PLAIN.test(pointer2.replace(/[~ #]/g, ""))) return true;
        const slash = pointer2.indexOf("/");
        const decoded = slash < 0 ? "" : pointer2.slice(slash).replace(/~1/g, "/").replace(/~0/g, "~");
        if (decoded === "" || IDENTITY_PATHS.some((p) => p === decoded || p.startsWith(`${decoded}/`))) return true;
      }
    }
  }
  return false;
}
function plainKustomization(text) {
  const parsed = parseText("kustomization.yaml", text);
  if (parsed.problems.length > 0) return false;
  return parsed.documents.every(
    (d) => !(isRecord(d.data) && Array.isArray(d.data.labels) && d.data.labels.some((l) => isRecord(l) && "fields" in l)) && keysSpelled(d.data)
  );
}
var FIELDS = new Map(
  [
    "apiVersion",
    "kind",
    "metadata",
    "openapi",
    "namePrefix",
    "nameSuffix",
    "namespace",
    "commonLabels",
    "labels",
    "commonAnnotations",
    "patchesStrategicMerge",
    "patchesJson6902",
    "patches",
    "images",
    "imageTags",
    "replacements",
    "replicas",
    "vars",
    "sortOptions",
    "resources",
    "components",
    "crds",
    "bases",
    "configMapGenerator",
    "secretGenerator",
    "helmGlobals",
    "helmCharts",
    "helmChartInflationGenerator",
    "generatorOptions",
    "configurations",
    "generators",
    "transformers",
    "validators",
    "buildMetadata",
    "path",
    "patch",
    "target",
    "options",
    "group",
    "version",
    "name",
    "labelSelector",
    "annotationSelector",
    "allowNameChange",
    "allowKindChange",
    "pairs",
    "includeSelectors",
    "includeTemplates",
    "fields",
    "behavior",
    "files",
    "literals",
    "envs",
    "env",
    "type",
    "disableNameSuffixHash",
    "immutable",
    "annotations",
    "newName",
    "newTag",
    "digest",
    "tagSuffix",
    "count",
    "source",
    "targets",
    "select",
    "reject",
    "fieldPaths",
    "create",
    "delimiter",
    "index",
    "objref",
    "fieldref",
    "fieldPath",
    "order",
    "legacySortOptions",
    "orderFirst",
    "orderLast",
    "chartHome",
    "configHome",
    "repo",
    "releaseName",
    "valuesFile",
    "valuesInline",
    "valuesMerge",
    "additionalValuesFiles",
    "includeCRDs",
    "skipHooks",
    "apiVersions",
    "kubeVersion",
    "skipTests",
    "nameTemplate"
  ].map((f) => [fold(f), f])
);
function keysSpelled(value2) {
  if (Array.isArray(value2)) return value2.every(keysSpelled);
  if (!isRecord(value2)) return true;
  return Object.entries(value2).every(([key, v]) => {
    const field2 = FIELDS.get(fold(key));
    return (field2 === void 0 || field2 === key) && keysSpelled(v);
  });
}
function fold(key) {
  return key.toLowerCase().replace(/\u212a/g, "k").replace(/\u017f/g, "s");
}
function plain(value2) {
  return typeof value2 === "string" && PLAIN.test(value2);
}
function textOf(file) {
  if (file === void 0) return "";
  try {
    return readFileSync5(file, "utf8");
  } catch {
    return "";
  }
}

// src/compose/kustomize-build.ts
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var MAX_ORIGIN_FILE_BYTES = 16 * 1024 * 1024;
async function renderKustomization(buildDir, options) {
  try {
    return await render2(path12.resolve(buildDir), options);
  } catch (error) {
    return {
      ok: false,
      cause: "internal",
      reason: `internal error: ${clip(String(error.message ?? error))}`,
      at: { file: path12.resolve(buildDir), at: [] }
    };
  }
}
async function render2(buildDir, options) {
  const inputs = walkKustomization(buildDir, options.boundary === void 0 ? {} : { boundary: options.boundary });
  const refused = preScan(inputs);
  if (refused) return refused;
  const root2 = inputs.kustomizations[0];
  const at3 = { file: root2.file, at: [] };
  const tools = toolsFor(inputs, options, at3);
  if ("ok" in tools) return tools;
  const workspace = makeWorkspace("kustomize", options.tempDir);
  try {
    return await buildWithOrigins({ dir: root2.dir, read: root2.read, shownAs: root2.dir }, inputs, tools, workspace, {
      options,
      at: at3
    });
  } finally {
    workspace.dispose();
  }
}
function toolsFor(inputs, options, at3) {
  const tool = options.tool ?? findTool("kustomize", options.env);
  if (!tool) return { ok: false, cause: "missing-tool", reason: "needs kustomize (or kubectl) on PATH", at: at3, inputs };
  const chart = inputs.files.find((f) => f.role === "chart");
  const helm = chart ? options.helm ?? findTool("helm", options.env) : void 0;
  if (chart && !helm)
    return {
      ok: false,
      cause: "missing-tool",
      reason: "inflates a Helm chart: needs helm on PATH",
      at: chart.from,
      inputs
    };
  return helm ? { tool, helm } : { tool };
}
async function buildWithOrigins(root2, inputs, tools, workspace, run) {
  const { tool, helm } = tools;
  const { options, at: at3 } = run;
  const wrapper = path12.join(workspace.dir, "build");
  mkdirSync3(wrapper);
  const included = path12.relative(wrapper, root2.dir);
  const origins = options.origins !== false;
  writeFileSync3(path12.join(wrapper, "kustomization.yaml"), wrapperKustomization(included, root2.read, origins));
  const args = tool.prefix.length > 0 ? [wrapper] : ["build", wrapper];
  if (helm) args.push("--enable-helm", "--helm-command", helm.command);
  if (options.loadRestrictor === "none") args.push("--load-restrictor", "LoadRestrictionsNone");
  const ran = await runTool(tool, args, {
    cwd: workspace.dir,
    env: toolEnv(options.env, workspace.home),
    ...options.timeoutMs === void 0 ? {} : { timeoutMs: options.timeoutMs },
    ...options.maxOutputBytes === void 0 ? {} : { maxOutputBytes: options.maxOutputBytes }
  });
  if (!ran.ok)
    return {
      ok: false,
      cause: ran.failure ?? "exit",
      reason: toolReason(ran.reason ?? "failed", included, wrapper, root2),
      at: at3,
      tool: tool.name,
      inputs
    };
  const parsed = parseText(path12.join(root2.shownAs, "kustomize-build-output.yaml"), ran.stdout);
  const problem = parsed.problems[0];
  if (problem)
    return {
      ok: false,
      cause: "output",
      reason: `its output does not read as YAML: line ${problem.line}: ${problem.message}`,
      at: at3,
      tool: tool.name,
      inputs
    };
  const resolver = new OriginResolver(wrapper, inputs, root2);
  const written2 = origins || root2.aliases || root2.affixes ? void 0 : writtenOrigins(inputs, resolver.affixes, (file) => resolver.readCleanly(file));
  const objects = [];
  for (const document of parsed.documents) {
    if (!isObject3(document.data)) continue;
    if (!origins) {
      objects.push({ data: document.data, origin: written2?.(document.data) ?? NOT_ASKED });
      continue;
    }
    const origin = takeOrigin(document.data);
    objects.push({ data: document.data, origin: resolver.resolve(document.data, origin) });
  }
  return { ok: true, tool: tool.name, objects, inputs };
}
function preScan(inputs) {
  const root2 = inputs.kustomizations[0];
  if (!root2) {
    const problem = inputs.problems[0];
    return {
      ok: false,
      cause: "invalid-input",
      reason: problem?.message ?? "no kustomization",
      at: { file: inputs.root, at: [] },
      inputs
    };
  }
  return inputProblem(inputs);
}
function inputProblem(inputs) {
  const fail = (cause, reason, at3) => ({
    ok: false,
    cause,
    reason,
    at: at3,
    inputs
  });
  const remote = inputs.remotes[0];
  if (remote) {
    const what = remote.field === "helmCharts" || remote.field === "helmChartInflationGenerator" ? "chart" : ["resources", "bases", "components"].includes(remote.field) ? "base" : `${remote.field} entry`;
    return fail("remote", `needs the remote ${what} ${remote.ref}: edgenet never fetches`, remote.from);
  }
  const cycle = inputs.cycles[0];
  if (cycle) {
    const above = path12.dirname(path12.dirname(inputs.root));
    const names2 = cycle.chain.map((file) => path12.relative(above, path12.dirname(file)));
    return fail("invalid-input", `kustomizations include each other: ${names2.join(" -> ")}`, cycle.from);
  }
  const blocking = inputs.problems.find((p) => p.kind !== "invalid");
  if (blocking) return fail("invalid-input", blocking.message, { file: blocking.file, at: blocking.at ?? [] });
  const missing = inputs.missing[0];
  if (missing) return fail("invalid-input", `${missing.ref} does not exist`, missing.from);
  return void 0;
}
function wrapperKustomization(included, read, origins) {
  const own = (read?.buildMetadata ?? []).filter((option) => option !== "originAnnotations");
  const metadata = origins ? ["originAnnotations", ...own] : own;
  const wrapper = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [included],
    ...metadata.length > 0 ? { buildMetadata: metadata } : {}
  };
  if (read?.sortOptions !== void 0) wrapper.sortOptions = read.sortOptions;
  return `${JSON.stringify(wrapper, null, 2)}
`;
}
function toolReason(reason, included, wrapper, root2) {
  const prefix = new RegExp(
    `^accumulating resources: accumulation err='accumulating resources from '${escapeRegExp(included)}': (?:'[^']*' must resolve to a file|read [^']*: is a directory)': (?:recursed accumulation of path|couldn't make target for path) '[^']*': `
  );
  let text = reason.replace(prefix, "");
  const up = path12.relative(wrapper, path12.parse(wrapper).root);
  text = text.split(`${up}${path12.sep}`).join(path12.sep);
  text = text.split(wrapper).join(root2.shownAs);
  if (root2.dir !== root2.shownAs) text = text.split(root2.dir).join(root2.shownAs);
  return clip(text);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var NOT_ASKED_REASON = "kustomize was not asked for origins";
var NOT_ASKED = { kind: "unknown", reason: NOT_ASKED_REASON };
function notAsked(origin) {
  return origin.kind === "unknown" && origin.reason === NOT_ASKED_REASON;
}
function takeOrigin(data) {
  const metadata = data.metadata;
  if (!isObject3(metadata) || !isObject3(metadata.annotations)) return void 0;
  const annotations = metadata.annotations;
  const text = annotations[ORIGIN_ANNOTATION];
  if (typeof text !== "string") return void 0;
  delete annotations[ORIGIN_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  const parsed = parseText("origin.yaml", text).documents[0]?.data;
  return isObject3(parsed) ? parsed : void 0;
}
var OriginResolver = class {
  constructor(wrapper, inputs, root2) {
    this.wrapper = wrapper;
    for (const k of inputs.kustomizations) this.kustomizations.set(k.file, k);
    this.aliases = root2.aliases ?? /* @__PURE__ */ new Map();
    const values = (key, extra = []) => [
      ...new Set([...inputs.kustomizations.map((k) => k.read[key]), ...extra].filter((v) => !!v))
    ];
    this.affixes = {
      prefixes: values("namePrefix", root2.affixes?.prefixes),
      suffixes: values("nameSuffix", root2.affixes?.suffixes),
      namespaces: new Set(values("namespace", root2.affixes?.namespaces))
    };
  }
  wrapper;
  files = /* @__PURE__ */ new Map();
  kustomizations = /* @__PURE__ */ new Map();
  affixes;
  aliases;
  resolve(data, origin) {
    if (!origin) return { kind: "unknown", reason: "kustomize gave the object no origin" };
    if (origin.repo) return { kind: "unknown", reason: `from the remote repository ${origin.repo}` };
    if (origin.configuredIn) return this.generated(data, origin);
    if (origin.path) {
      const file = path12.resolve(this.wrapper, origin.path);
      const docs = this.read(file);
      if (!docs) return { kind: "resource", file, doc: null, match: "none" };
      return { kind: "resource", file, ...matchDocument(identityOf(data), docs, this.affixes) };
    }
    return { kind: "unknown", reason: "the origin names no file" };
  }
  generated(data, origin) {
    const configuredIn = path12.resolve(this.wrapper, origin.configuredIn);
    const file = this.aliases.get(configuredIn) ?? configuredIn;
    const generator = origin.configuredBy?.kind ?? "unknown";
    const kustomization = this.kustomizations.get(file);
    const doc = kustomization?.doc ?? 0;
    if (!kustomization) return { kind: "generated", file, doc, generator, at: null };
    const read = kustomization.read;
    if (generator === "ConfigMapGenerator" || generator === "SecretGenerator") {
      const field2 = generator === "ConfigMapGenerator" ? "configMapGenerator" : "secretGenerator";
      const id = identityOf(data);
      const entries = read.generators.filter((g) => g.field === field2);
      const fits = entries.filter((g) => {
        const name = id.name ?? "";
        const unhashed = name.replace(/-[a-z0-9]{10}$/, "");
        return (nameFits(name, g.name, this.affixes) || nameFits(unhashed, g.name, this.affixes)) && namespaceFits(id.namespace, g.namespace, this.affixes);
      });
      const longest = fits.reduce((max, g) => Math.max(max, g.name.length), 0);
      const best = fits.filter((g) => g.name.length === longest);
      const entry = best.length === 1 ? best[0] : void 0;
      return { kind: "generated", file, doc, generator, at: entry ? [entry.field, entry.index] : null };
    }
    if (generator === "HelmChartInflationGenerator") {
      const charts = read.inputs.filter((i) => i.role === "chart");
      const byName = charts.filter((c) => c.ref !== void 0 && path12.basename(c.ref) === origin.configuredBy?.name);
      const chart = byName.length === 1 ? byName[0] : charts.length === 1 ? charts[0] : void 0;
      return { kind: "generated", file, doc, generator, at: chart ? chart.at.slice(0, 2) : null };
    }
    return { kind: "generated", file, doc, generator, at: null };
  }
  /** A resource file's documents, read once (undefined: unreadable or too large). */
  read(file) {
    return this.parsed(file)?.documents;
  }
  /** Its documents when it reads without a problem (what kustomize reads of it is then what is read here). */
  readCleanly(file) {
    const parsed = this.parsed(file);
    return parsed && parsed.problems.length === 0 ? parsed.documents : void 0;
  }
  parsed(file) {
    if (this.files.has(file)) return this.files.get(file);
    let parsed;
    try {
      if (statSync5(file).size <= MAX_ORIGIN_FILE_BYTES) parsed = parseText(file, readFileSync6(file, "utf8"));
    } catch {
      parsed = void 0;
    }
    this.files.set(file, parsed);
    return parsed;
  }
};
function isObject3(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/compose/rebase-kustomization.ts
import path13 from "node:path";
function rebaseKustomization(data, read, toDir) {
  const out = structuredClone(data);
  const dir = path13.dirname(read.file);
  const relative2 = (abs) => relativePath(toDir, abs);
  for (const input of read.inputs) {
    if (input.kind !== "local" || !input.path) continue;
    if (input.role === "chart") continue;
    if (input.role === "file") {
      set(out, input.at, `${input.key ?? path13.basename(input.ref)}=${relative2(input.path)}`);
      continue;
    }
    set(out, input.at, relative2(input.path));
  }
  const charts = read.inputs.filter((i) => i.role === "chart" && i.kind === "local");
  if (charts.some((c) => c.field === "helmCharts")) {
    const globals = isRecord2(out.helmGlobals) ? out.helmGlobals : {};
    if (typeof globals.chartHome !== "string")
      out.helmGlobals = { ...globals, chartHome: relative2(path13.join(dir, "charts")) };
  }
  for (const c of charts) {
    if (c.field !== "helmChartInflationGenerator") continue;
    const item = get2(out, c.at.slice(0, 2));
    if (isRecord2(item)) {
      const home = typeof item.chartHome === "string" ? item.chartHome : "charts";
      item.chartHome = relative2(path13.resolve(dir, home));
    }
  }
  return out;
}
function relativePath(from, to) {
  return path13.relative(from, to).split(path13.sep).join("/") || ".";
}
function set(data, at3, value2) {
  const parent = get2(data, at3.slice(0, -1));
  if (parent !== null && typeof parent === "object") parent[at3.at(-1)] = value2;
}
function get2(data, at3) {
  let current = data;
  for (const seg of at3) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[seg];
  }
  return current;
}
function isRecord2(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/compose/installed-build.ts
function installGraph(dir, install, options = {}) {
  const own = kustomizationFileIn(dir);
  const graph = own ? walkKustomization(dir, options) : generatedGraph(dir, install, options);
  const from = (ref) => ({ file: install.at.file, doc: ref.doc, at: ref.path });
  const components = [];
  for (const c of install.changes.components) {
    const abs = path14.resolve(dir, c.value);
    if (!existsSync3(abs)) {
      if (!install.changes.ignoreMissingComponents)
        graph.missing.push({ field: "components", ref: c.value, path: abs, from: from(c.ref) });
      continue;
    }
    merge(graph, walkKustomization(abs, options), components);
  }
  const root2 = graph.kustomizations.slice(0, own ? 1 : 0);
  graph.kustomizations = own ? [...root2, ...components, ...graph.kustomizations.slice(1)] : [...components, ...graph.kustomizations];
  for (const p of install.changes.patches) {
    if (p.content.kind !== "file") continue;
    const abs = path14.resolve(dir, p.content.path);
    if (outside(options.boundary, abs))
      graph.problems.push({
        kind: "outside",
        file: install.at.file,
        at: p.ref.path,
        message: `${p.content.path} is outside ${options.boundary}`
      });
    else if (!existsSync3(abs))
      graph.missing.push({ field: "patches", ref: p.content.path, path: abs, from: from(p.ref) });
    else
      graph.files.push({ path: abs, field: "patches", ...p.target ? { target: p.target } : {}, from: from(p.ref) });
  }
  return graph;
}
function generatedGraph(dir, install, options) {
  const graph = emptyGraph(dir);
  const generated = install.by === "flux" ? install.generated : void 0;
  for (const file of generated?.files ?? []) {
    if (outside(options.boundary, file))
      graph.problems.push({ kind: "outside", file, message: `${file} is outside ${options.boundary}` });
    else graph.files.push({ path: file, field: "resources", from: install.at });
  }
  for (const sub of generated?.dirs ?? []) merge(graph, walkKustomization(sub, options), graph.kustomizations);
  return graph;
}
function merge(graph, walked, kustomizations) {
  const known = new Set([...graph.kustomizations, ...kustomizations].map((k) => k.file));
  for (const k of walked.kustomizations) if (!known.has(k.file)) kustomizations.push(k);
  for (const f of walked.files) graph.files.push(f);
  for (const r of walked.remotes) graph.remotes.push(r);
  for (const m of walked.missing) graph.missing.push(m);
  for (const c of walked.cycles) graph.cycles.push(c);
  for (const p of walked.problems) graph.problems.push(p);
}
function outside(boundary, p) {
  return isOutside(boundary === void 0 ? void 0 : realOrSelf(path14.resolve(boundary)), p);
}
async function renderInstalled(buildDir, install, options) {
  try {
    return await render3(path14.resolve(buildDir), install, options);
  } catch (error) {
    return {
      ok: false,
      cause: "internal",
      reason: `internal error: ${clip(String(error.message ?? error))}`,
      at: install.at
    };
  }
}
async function render3(dir, install, options) {
  const own = kustomizationFileIn(dir);
  const inputs = installGraph(dir, install, options.boundary === void 0 ? {} : { boundary: options.boundary });
  const refused = refusal(dir, own, install, inputs) ?? (own ? preScan(inputs) : inputProblem(inputs));
  if (refused) return refused;
  const tools = toolsFor(inputs, options, install.at);
  if ("ok" in tools) return tools;
  const edits = install.by === "argo" && (editArguments(install.changes).length > 0 || install.changes.components.length > 0);
  if (edits && tools.tool.prefix.length > 0)
    return {
      ok: false,
      cause: "missing-tool",
      reason: "needs kustomize on PATH: Argo CD applies its kustomize options with `kustomize edit`, which kubectl kustomize does not have",
      at: install.at,
      inputs
    };
  const workspace = makeWorkspace("kustomize", options.tempDir);
  try {
    const rootDir = path14.join(workspace.dir, "root");
    mkdirSync4(rootDir);
    const rootFile = path14.join(rootDir, "kustomization.yaml");
    writeFileSync4(rootFile, json(installedKustomization(dir, own, install, rootDir)));
    if (install.by === "argo") {
      const edited = await argoEdits(install, rootDir, tools.tool, { options, home: workspace.home, dir, inputs });
      if (edited) return edited;
    }
    const root2 = inputs.kustomizations.find((k) => k.file === own);
    const changes = install.changes;
    const namespace = install.by === "flux" ? install.changes.targetNamespace : install.changes.namespace;
    const built = await buildWithOrigins(
      {
        dir: rootDir,
        ...root2 ? { read: root2.read } : {},
        shownAs: dir,
        aliases: new Map(own ? [[rootFile, own]] : []),
        affixes: {
          prefixes: changes.namePrefix ? [changes.namePrefix.value] : [],
          suffixes: changes.nameSuffix ? [changes.nameSuffix.value] : [],
          namespaces: namespace ? [namespace.value] : []
        }
      },
      inputs,
      tools,
      workspace,
      { options, at: install.at }
    );
    return built.ok ? built : { ...built, at: blamedPatch(built.reason, install) ?? built.at };
  } finally {
    workspace.dispose();
  }
}
function blamedPatch(reason, install) {
  const m = /no resource matches strategic merge patch "([^."]+)\.[^/"]*\/([^"]+)"/.exec(reason);
  if (!m) return void 0;
  const kind = m[1];
  const name = m[2].slice(0, m[2].lastIndexOf("."));
  const named2 = install.changes.patches.filter((p) => {
    const docs = p.content.kind === "text" ? parseText("patch.yaml", p.content.text).documents.map((d) => d.data) : p.content.kind === "data" ? [p.content.data] : [];
    return docs.some((d) => isRecord3(d) && d.kind === kind && isRecord3(d.metadata) && d.metadata.name === name);
  });
  const ref = named2.length === 1 ? named2[0].ref : void 0;
  return ref && { file: install.at.file, doc: ref.doc, at: ref.path };
}
function refusal(dir, own, install, inputs) {
  const fail = (reason, ref) => ({
    ok: false,
    cause: "invalid-input",
    reason,
    at: ref ? { file: install.at.file, doc: ref.doc, at: ref.path } : install.at,
    inputs
  });
  if (install.by === "flux") {
    const remote = install.changes.components.find((c) => !isLocalRelativePath(c.value));
    if (remote)
      return fail(`Flux refuses component ${remote.value}: a component path must be local and relative`, remote.ref);
    return void 0;
  }
  if (!own)
    return fail(
      `Argo CD applies kustomize options to the kustomization of the path, and ${path14.basename(dir)} has none: Argo CD's build fails`,
      null
    );
  const k = install.changes;
  const filled = [
    ...k.images.map((i) => ({ value: i.value, ref: i.ref })),
    ...k.commonLabels,
    ...k.commonAnnotationsEnvsubst ? k.commonAnnotations : []
  ].find((v) => v.value.includes("$"));
  if (filled)
    return fail(
      `Argo CD fills ${filled.value} from its build environment: the value is known only when it builds`,
      filled.ref
    );
  return void 0;
}
function isLocalRelativePath(p) {
  if (path14.isAbsolute(p) || p.startsWith("/")) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(p);
}
function installedKustomization(dir, own, install, toDir) {
  const relative2 = (abs) => relativePath(toDir, abs);
  let data;
  if (own) {
    const read = readKustomizationFile(own);
    const written2 = parseText(own, readFileSync7(own, "utf8")).documents[0]?.data;
    data = "read" in read && isRecord3(written2) ? rebaseKustomization(written2, read.read, toDir) : {};
  } else {
    const generated = install.by === "flux" ? install.generated : void 0;
    const resources = walkOrder([...generated?.files ?? [], ...generated?.dirs ?? []]).map(relative2);
    data = { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization" };
    if (resources.length) data.resources = resources;
    else data.namespace = "_placeholder";
  }
  if (install.by === "argo") return data;
  const k = install.changes;
  if (k.targetNamespace) data.namespace = k.targetNamespace.value;
  if (k.namePrefix) data.namePrefix = k.namePrefix.value;
  if (k.nameSuffix) data.nameSuffix = k.nameSuffix.value;
  for (const p of k.patches) {
    if (p.field === "patchesStrategicMerge" && p.content.kind === "data")
      append(data, "patchesStrategicMerge", JSON.stringify(p.content.data));
    else append(data, p.field, patchEntry(p, dir, relative2));
  }
  for (const c of k.components) {
    if (k.ignoreMissingComponents && !existsSync3(path14.resolve(dir, c.value))) continue;
    append(data, "components", relative2(path14.resolve(dir, c.value)));
  }
  for (const image of k.images) {
    const images = Array.isArray(data.images) ? data.images : [];
    const known = images.find((x) => isRecord3(x) && x.name === image.name);
    const entry = known ?? { name: image.name };
    if (image.newName) entry.newName = image.newName;
    if (image.newTag || image.digest) {
      delete entry.newTag;
      delete entry.digest;
      if (image.newTag) entry.newTag = image.newTag;
      if (image.digest) entry.digest = image.digest;
    }
    if (!known) images.push(entry);
    data.images = images;
  }
  return data;
}
function patchEntry(p, dir, relative2) {
  const entry = {};
  if (p.content.kind === "text") entry.patch = p.content.text;
  else if (p.content.kind === "file") entry.path = relative2(path14.resolve(dir, p.content.path));
  else entry.patch = JSON.stringify(p.content.data);
  if (p.target) entry.target = selector(p.target);
  if (p.options) entry.options = p.options;
  return entry;
}
function selector(target) {
  const out = {};
  for (const key of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"])
    if (typeof target[key] === "string" && target[key] !== "") out[key] = target[key];
  return out;
}
function editArguments(k) {
  const out = [];
  if (k.namePrefix) out.push(["set", "nameprefix", "--", k.namePrefix.value]);
  if (k.nameSuffix) out.push(["set", "namesuffix", "--", k.nameSuffix.value]);
  if (k.images.length) out.push(["set", "image", ...k.images.map((i) => i.value)]);
  if (k.replicas.length) out.push(["set", "replicas", ...k.replicas.map((r) => `${r.name}=${r.count}`)]);
  if (k.commonLabels.length)
    out.push([
      "add",
      "label",
      ...k.forceCommonLabels ? ["--force"] : [],
      ...k.labelWithoutSelector ? ["--without-selector"] : [],
      ...k.labelIncludeTemplates ? ["--include-templates"] : [],
      ...k.commonLabels.map((l) => `${l.key}:${l.value}`)
    ]);
  if (k.commonAnnotations.length)
    out.push([
      "add",
      "annotation",
      ...k.forceCommonAnnotations ? ["--force"] : [],
      ...k.commonAnnotations.map((a) => `${a.key}:${a.value}`)
    ]);
  if (k.namespace) out.push(["set", "namespace", "--", k.namespace.value]);
  return out;
}
async function argoEdits(install, rootDir, tool, run) {
  const k = install.changes;
  const edit = async (args) => {
    const ran = await runTool(tool, ["edit", ...args], {
      cwd: rootDir,
      env: toolEnv(run.options.env, run.home),
      ...run.options.timeoutMs === void 0 ? {} : { timeoutMs: run.options.timeoutMs }
    });
    if (ran.ok) return void 0;
    const reason = (ran.reason ?? "failed").split(rootDir).join(run.dir);
    return {
      ok: false,
      cause: ran.failure ?? "exit",
      reason: clip(`kustomize edit ${args[0]} ${args[1]}: ${reason}`),
      at: install.at,
      tool: tool.name,
      inputs: run.inputs
    };
  };
  for (const args of editArguments(k)) {
    const failed = await edit(args);
    if (failed) return failed;
  }
  if (k.patches.length) {
    const file = path14.join(rootDir, "kustomization.yaml");
    const data = parseText(file, readFileSync7(file, "utf8")).documents[0]?.data;
    const edited = isRecord3(data) ? data : {};
    for (const p of k.patches)
      append(
        edited,
        "patches",
        patchEntry(p, run.dir, (abs) => relativePath(rootDir, abs))
      );
    writeFileSync4(file, json(edited));
  }
  const components = k.components.filter((c) => !k.ignoreMissingComponents || existsSync3(path14.resolve(run.dir, c.value))).map((c) => relativePath(rootDir, path14.resolve(run.dir, c.value)));
  if (components.length) return edit(["add", "component", ...components]);
  return void 0;
}
function walkOrder(paths) {
  const segments = (p) => p.split(path14.sep);
  return [...paths].sort((a, b) => {
    const x = segments(a);
    const y = segments(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
  });
}
function append(data, key, value2) {
  const list2 = Array.isArray(data[key]) ? data[key] : [];
  list2.push(value2);
  data[key] = list2;
}
function json(data) {
  return `${JSON.stringify(data, null, 2)}
`;
}
function isRecord3(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/compose/trace.ts
import { readFileSync as readFileSync8 } from "node:fs";
import path15 from "node:path";
function helmPath(name) {
  const out = [];
  for (const part of name.split(/(?<!\\)\./)) {
    const [, key, indices] = /^(.*?)((?:\[\d+\])*)$/s.exec(part);
    if (key !== "" || !indices) out.push(key.replace(/\\\./g, "."));
    for (const index of indices.matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}
function setValueAt(values, at3, value2) {
  if (at3.length === 0) return value2;
  const [head, ...rest] = at3;
  if (typeof head === "number") {
    const list2 = Array.isArray(values) ? [...values] : [];
    while (list2.length < head) list2.push(null);
    list2[head] = setValueAt(list2[head], rest, value2);
    return list2;
  }
  const map = values !== null && typeof values === "object" && !Array.isArray(values) ? { ...values } : {};
  map[head] = setValueAt(map[head], rest, value2);
  return map;
}
function hides(hidden, path28) {
  const at3 = hidden.at;
  if (at3 === null) return true;
  const n = Math.min(at3.length, path28.length);
  return at3.slice(0, n).every((seg, i) => String(seg) === String(path28[i]));
}
function cachedParser(cwd, known) {
  const cache = /* @__PURE__ */ new Map();
  return (display) => {
    if (cache.has(display)) return cache.get(display);
    let parsed = known(display);
    if (!parsed?.documents.length) {
      try {
        parsed = parseText(display, readFileSync8(path15.resolve(cwd, display), "utf8"), { fast: false });
      } catch {
        parsed = void 0;
      }
    }
    cache.set(display, parsed);
    return parsed;
  };
}
function at(ref, file, doc, p) {
  return {
    file,
    doc,
    path: p,
    ...ref.inner ? { inner: ref.inner } : {},
    ...ref.key ? { key: ref.key } : {},
    ...ref.span ? { span: ref.span } : {}
  };
}
function get3(value2, p) {
  let current = value2;
  for (const seg of p) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[seg];
  }
  return current;
}
function same(a, b) {
  if (typeof a === "string" && typeof b === "string") return a === b || trailing(a) === trailing(b);
  return a !== void 0 && JSON.stringify(a) === JSON.stringify(b);
}
function trailing(text) {
  return text.replace(/\n+$/, "");
}
function startsWith(p, prefix) {
  return prefix.length <= p.length && prefix.every((seg, i) => String(seg) === String(p[i]) || seg === "-" && typeof p[i] === "number");
}
function pointer(text) {
  return text.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function kustomizeRelocator(objects, inputs, buildFile, io, install, onNotAsked) {
  const patches = [...installerPatches(install, inputs, io), ...patchCandidates(inputs, io)];
  const kustomizations = inputs.kustomizations.map((k) => ({ ...k, display: io.display(k.file) }));
  return (ref) => {
    const object = objects[ref.doc];
    if (!object) return { file: buildFile, line: 1, column: 1 };
    const value2 = get3(object.data, ref.path);
    for (const patch of patches) {
      const found = patchSets(patch, object.data, ref.path, value2);
      if (found) return patchPlace(patch, found, ref);
    }
    const origin = object.origin;
    if (origin.kind === "resource" && origin.doc !== null) {
      const file = io.display(origin.file);
      const doc = io.parsed(file)?.documents.find((d) => d.index === origin.doc);
      const written2 = get3(doc?.data, ref.path);
      if (doc && same(written2, value2)) return at(ref, file, origin.doc, ref.path);
      const installed = install && installerSets(install, object.data, ref.path, value2, written2);
      if (installed) return installed;
      const transformer = ref.path.join(".") === "metadata.namespace" ? "namespace" : ref.path.join(".") === "metadata.name" ? "namePrefix" : void 0;
      const setter = transformer && kustomizations.find(
        (k) => k.read[transformer] !== void 0 || transformer === "namePrefix" && k.read.nameSuffix !== void 0
      );
      if (setter)
        return {
          file: setter.display,
          doc: setter.doc,
          path: [setter.read[transformer] !== void 0 ? transformer : "nameSuffix"]
        };
      return at(ref, file, origin.doc, ref.path);
    }
    if (origin.kind === "generated") return generatedAt(ref, origin, io);
    if (notAsked(origin)) onNotAsked?.();
    return { file: buildFile, line: 1, column: 1 };
  };
}
function patchCandidates(inputs, io) {
  const out = [];
  for (const k of inputs.kustomizations) {
    const display = io.display(k.file);
    const own = [];
    for (const input of k.read.inputs) {
      if (!["patches", "patchesStrategicMerge", "patchesJson6902"].includes(input.field)) continue;
      if (input.kind === "inline") {
        const target = input.target ? { target: input.target } : {};
        for (const c of writtenPatch(display, k.doc, input.at, input.content)) own.push({ ...c, ...target });
      } else if (input.kind === "local" && input.path) {
        const file = io.display(input.path);
        for (const d of io.parsed(file)?.documents ?? []) {
          own.push({ file, doc: d.index, data: d.data, ...input.target ? { target: input.target } : {} });
        }
      }
    }
    for (const item of own.reverse()) out.push(item);
  }
  return out;
}
function writtenPatch(file, doc, at3, content) {
  if (typeof content !== "string")
    return content !== null && typeof content === "object" ? [{ file, doc, within: { path: at3, embedded: false }, data: content }] : [];
  const documents = parseText("inline-patch.yaml", content, { fast: false }).documents;
  const oneDocument = documents.length === 1;
  return documents.map((d) => ({ file, doc, within: { path: at3, embedded: true, oneDocument }, data: d.data }));
}
function installerPatches(install, inputs, io) {
  if (!install) return [];
  const dir = isKustomizationFileName(path15.basename(inputs.root)) ? path15.dirname(inputs.root) : inputs.root;
  const order = ["patchesJson6902", "patches", "patchesStrategicMerge"];
  const patches = [...install.changes.patches].reverse().sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const out = [];
  for (const p of patches) {
    const target = p.target ? { target: p.target } : {};
    if (p.content.kind === "file") {
      const file = io.display(path15.resolve(dir, p.content.path));
      for (const d of io.parsed(file)?.documents ?? []) out.push({ file, doc: d.index, data: d.data, ...target });
      continue;
    }
    const content = p.content.kind === "text" ? p.content.text : p.content.data;
    for (const c of writtenPatch(p.ref.file, p.ref.doc, p.ref.path, content)) out.push({ ...c, ...target });
  }
  return out;
}
function patchPlace(patch, found, ref) {
  const w = patch.within;
  if (!w) return at(ref, patch.file, patch.doc, found);
  if (!w.embedded) return at(ref, patch.file, patch.doc, [...w.path, ...found]);
  if (!w.oneDocument) return { file: patch.file, doc: patch.doc, path: w.path };
  return { file: patch.file, doc: patch.doc, path: w.path, inner: [...found, ...ref.inner ?? []] };
}
function patchSets(patch, object, target, value2) {
  if (Array.isArray(patch.data)) {
    for (let i = patch.data.length - 1; i >= 0; i--) {
      const op = patch.data[i];
      if (op.op !== "add" && op.op !== "replace" || typeof op.path !== "string") continue;
      const segments = pointer(op.path);
      if (!startsWith(target, segments) || !targets(patch, object)) continue;
      const rest = target.slice(segments.length);
      if (same(get3(op.value, rest), value2)) return [i, "value", ...rest];
    }
    return void 0;
  }
  if (patch.data === null || typeof patch.data !== "object") return void 0;
  const doc = patch.data;
  const matches = patch.target ? targets(patch, object) : doc.kind === object.kind && sameName(doc, object);
  if (!matches || !same(get3(doc, target), value2)) return void 0;
  return target;
}
function sameName(patch, object) {
  const written2 = patch.metadata?.name;
  const rendered = object.metadata?.name;
  return typeof written2 === "string" && typeof rendered === "string" && rendered.includes(written2);
}
function targets(patch, object) {
  const t = patch.target;
  if (!t) return true;
  const meta = object.metadata ?? {};
  const test = (want, have) => {
    if (typeof want !== "string" || want === "") return true;
    try {
      return new RegExp(`^(?:${want})$`).test(String(have ?? ""));
    } catch {
      return want === have;
    }
  };
  const name = (want) => test(want, meta.name) || typeof want === "string" && /^[\w.-]+$/.test(want) && String(meta.name ?? "").includes(want);
  const apiVersion = String(object.apiVersion ?? "");
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const version = apiVersion.slice(apiVersion.indexOf("/") + 1);
  return test(t.group, group) && test(t.version, version) && test(t.kind, object.kind) && name(t.name) && test(t.namespace, meta.namespace) && selects(t.labelSelector, meta.labels) && selects(t.annotationSelector, meta.annotations);
}
function selects(selector2, map) {
  if (typeof selector2 !== "string" || selector2.trim() === "") return true;
  const have = map ?? {};
  for (const term of selector2.split(",").map((x) => x.trim())) {
    const m = /^(!?)([\w./-]+)(?:\s*(==|=|!=)\s*([\w.-]*))?$/.exec(term);
    if (!m) continue;
    const [, not, key, op, want] = m;
    if (op === void 0) {
      if (key in have === (not === "!")) return false;
    } else if (String(have[key] ?? "") === want !== (op !== "!=")) return false;
  }
  return true;
}
function installerSets(install, object, p, value2, written2) {
  const k = install.changes;
  const dotted = p.join(".");
  if (dotted === "metadata.namespace") {
    const namespace = install.by === "flux" ? install.changes.targetNamespace : install.changes.namespace;
    return namespace && namespace.value === value2 ? namespace.ref : void 0;
  }
  if (dotted === "metadata.name" && typeof value2 === "string") {
    if (k.namePrefix && k.namePrefix.value !== "" && value2.startsWith(k.namePrefix.value)) return k.namePrefix.ref;
    if (k.nameSuffix && k.nameSuffix.value !== "" && value2.endsWith(k.nameSuffix.value)) return k.nameSuffix.ref;
    return void 0;
  }
  if (p.at(-1) === "image" && typeof value2 === "string") {
    const name = imageName(typeof written2 === "string" ? written2 : value2);
    if (install.by === "flux") return install.changes.images.find((i) => i.name === name)?.ref;
    return install.changes.images.find((i) => {
      const eq = i.value.indexOf("=");
      return (eq >= 0 ? i.value.slice(0, eq) : imageName(i.value)) === name;
    })?.ref;
  }
  if (install.by !== "argo") return void 0;
  const argo = install.changes;
  const objectName = String(object.metadata?.name ?? "");
  if (dotted === "spec.replicas")
    return argo.replicas.find((r) => objectName.includes(r.name) && String(value2) === r.count)?.ref;
  const key = p.at(-1);
  const map = p.at(-2);
  const entries = map === "annotations" ? argo.commonAnnotations : map === "labels" || map === "matchLabels" ? argo.commonLabels : [];
  return entries.find((e) => e.key === key && e.value === value2)?.ref;
}
function imageName(image) {
  return image.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
}
function generatedAt(ref, origin, io) {
  const file = io.display(origin.file);
  const base = origin.at ?? [];
  const key = ref.path[0] === "data" || ref.path[0] === "stringData" ? ref.path[1] : void 0;
  const entry = origin.at ? get3(io.parsed(file)?.documents.find((d) => d.index === origin.doc)?.data, origin.at) : void 0;
  if (typeof key === "string" && entry && typeof entry === "object") {
    const e = entry;
    const literals = Array.isArray(e.literals) ? e.literals : [];
    const i = literals.findIndex((l) => typeof l === "string" && l.startsWith(`${key}=`));
    if (i >= 0) {
      const text = literals[i];
      return { file, doc: origin.doc, path: [...base, "literals", i], span: [key.length + 1, text.length] };
    }
    const files = Array.isArray(e.files) ? e.files : [];
    const j = files.findIndex((f) => typeof f === "string" && (f.startsWith(`${key}=`) || path15.basename(f) === key));
    if (j >= 0) {
      const source = io.display(path15.resolve(path15.dirname(origin.file), files[j].replace(/^[^=]*=/, "")));
      const doc = ref.inner?.length ? io.parsed(source)?.documents[0] : void 0;
      if (doc) return { file: source, doc: doc.index, path: ref.inner };
      return { file: source, line: 1, column: 1 };
    }
  }
  return { file, doc: origin.doc, path: base };
}
function helmRelocator(objects, values, chartFile, io) {
  const leaves = effectiveLeaves([...values].reverse().map((v) => leavesOf(v, io)));
  const texts = /* @__PURE__ */ new Map();
  const templateText = (object) => {
    if (object.inArchive) return void 0;
    if (!texts.has(object.template)) texts.set(object.template, readText(object.template));
    return texts.get(object.template);
  };
  return (ref) => {
    const object = objects[ref.doc];
    if (!object) return { file: chartFile, line: 1, column: 1 };
    const leaf = leafValue(get3(object.data, ref.path), ref.inner);
    if (leaf !== void 0) {
      const found = leaves.filter((l) => l.value === leaf);
      const chosen = found.length === 1 ? found : found.filter((l) => readsValue(templateText(object), l.at));
      if (chosen.length === 1) return chosen[0].ref;
    }
    return templateLine(object, ref, io) ?? { file: chartFile, line: 1, column: 1 };
  };
}
function effectiveLeaves(sources) {
  const scalars = /* @__PURE__ */ new Set();
  const maps = /* @__PURE__ */ new Set();
  const out = [];
  for (const leaves of sources) {
    for (const l of leaves) {
      const replaced = maps.has(pathKey(l.at)) || l.at.some((_, i) => scalars.has(pathKey(l.at.slice(0, i + 1))));
      if (!replaced) out.push(l);
    }
    for (const l of leaves) {
      scalars.add(pathKey(l.at));
      for (let i = 0; i < l.at.length; i++) maps.add(pathKey(l.at.slice(0, i)));
      const list2 = l.at.findIndex((s) => typeof s === "number");
      if (list2 > 0) scalars.add(pathKey(l.at.slice(0, list2)));
    }
  }
  return out;
}
var pathKey = (p) => JSON.stringify(p);
function readsValue(text, at3) {
  const keys = [];
  for (const s of at3) {
    if (typeof s !== "string" || !/^[A-Za-z_][\w]*$/.test(s)) break;
    keys.push(s);
  }
  if (text === void 0 || keys.length === 0) return false;
  const name = `.Values.${keys.join(".")}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${name}(?![\\w.])`).test(text);
}
function readText(file) {
  try {
    return readFileSync8(file, "utf8");
  } catch {
    return void 0;
  }
}
function helmHiddenBy(objects, values, io) {
  if (!values.some((v) => v.kind === "hidden")) return () => void 0;
  const sources = [...values].reverse().map((source) => ({ source, leaves: leavesOf(source, io) }));
  return (ref) => {
    const object = objects[ref.doc];
    const leaf = object && leafValue(get3(object.data, ref.path), ref.inner);
    if (leaf === void 0) return void 0;
    const above = [];
    for (const { source, leaves } of sources) {
      if (source.kind === "hidden") {
        above.push(source);
        continue;
      }
      const found = leaves.filter((l) => l.value === leaf);
      if (found.length > 0) return above.find((h) => found.some((l) => hides(h, l.at)));
    }
    return void 0;
  };
}
function leafValue(value2, inner) {
  let v = value2;
  if (inner && typeof v === "string") {
    const parsed = parseText("inner.yaml", v, { fast: false }).documents[0]?.data;
    v = get3(parsed, inner);
  }
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
function leavesOf(source, io) {
  if (source.kind === "hidden") return [];
  if (source.kind === "set" || source.kind === "target")
    return [{ value: source.value, ref: source.ref, at: helmPath(source.name) }];
  if (source.kind === "inline") {
    const { ref, embedded } = source;
    if (!embedded) io.parsed(ref.file);
    return walkLeaves(source.values, (p) => embedded ? { ...ref, inner: p } : { ...ref, path: [...ref.path, ...p] });
  }
  const parsed = io.parsed(source.file);
  const doc = parsed?.documents[0];
  if (!doc) return [];
  return walkLeaves(doc.data, (p) => ({ file: source.file, doc: doc.index, path: p }));
}
function walkLeaves(value2, ref, p = []) {
  if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "boolean") {
    return [{ value: String(value2), ref: ref(p), at: p }];
  }
  if (Array.isArray(value2)) return value2.flatMap((v, i) => walkLeaves(v, ref, [...p, i]));
  if (value2 && typeof value2 === "object") {
    return Object.entries(value2).flatMap(([k, v]) => walkLeaves(v, ref, [...p, k]));
  }
  return [];
}
function templateLine(object, ref, io) {
  if (object.inArchive) return void 0;
  const file = io.display(object.template);
  let text;
  try {
    text = readFileSync8(object.template, "utf8");
  } catch {
    return void 0;
  }
  const key = [...[...ref.inner ?? []].reverse(), ...[...ref.path].reverse()].find(
    (s) => typeof s === "string"
  );
  const lines = text.split(/\r?\n/);
  if (key !== void 0) {
    for (let i = 0; i < lines.length; i++) {
      const column = lines[i].search(new RegExp(`["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`));
      if (column >= 0) return { file, line: i + 1, column: column + 1 };
    }
  }
  return { file, line: 1, column: 1 };
}

// src/compose/render-builds.ts
async function renderBuilds(builds, options) {
  const cache = options.cacheFile ? loadCache(options.cacheFile) : void 0;
  const fresh = {};
  const origins = !options.lazyOrigins;
  const outcomes = await mapPool(builds, async (build) => {
    const key = cache ? renderKey(build, options) : void 0;
    const record = key && cache?.[key] || await renderOne(build, options, origins);
    if (key) fresh[key] = record;
    const withOrigins = async () => {
      const full = await renderOne(build, options, true);
      if (key && full.ok && options.cacheFile) {
        fresh[key] = full;
        saveCache(options.cacheFile, fresh);
      }
      return full;
    };
    return outcomeOf(build, record, options.io, withOrigins);
  });
  if (options.cacheFile) saveCache(options.cacheFile, fresh);
  return outcomes;
}
function outcomeOf(build, record, io, withOrigins) {
  if (!record.ok) return { ok: false, build, failure: record.failure };
  const objects = record.objects.map((o) => o.data);
  if (record.kind === "kustomize" && record.origins === false) {
    let full;
    let wanted = false;
    const partial = kustomizeRelocator(record.objects, record.inputs, build.file, io, build.install, () => {
      wanted = true;
    });
    return {
      ok: true,
      build,
      tool: record.tool,
      objects,
      relocate: (ref) => (full ?? partial)(ref),
      hiddenBy: () => void 0,
      origins: {
        wanted: () => wanted && !full,
        async fetch() {
          const again = await withOrigins();
          const objects2 = again.ok && again.kind === "kustomize" ? again.objects : [];
          full = kustomizeRelocator(originsFrom(record.objects, objects2), record.inputs, build.file, io, build.install);
        }
      }
    };
  }
  const relocate = record.kind === "kustomize" ? kustomizeRelocator(record.objects, record.inputs, build.file, io, build.install) : helmRelocator(record.objects, build.values ?? [], build.file, io);
  const hiddenBy = record.kind === "helm" ? helmHiddenBy(record.objects, build.values ?? [], io) : () => void 0;
  return { ok: true, build, tool: record.tool, objects, relocate, hiddenBy };
}
function originsFrom(first, again) {
  if (again.length !== first.length) return first;
  return first.map((o, i) => {
    const other = again[i];
    const same2 = other.data.kind === o.data.kind && other.data.apiVersion === o.data.apiVersion;
    return same2 ? { data: o.data, origin: other.origin } : o;
  });
}
async function renderOne(build, options, origins) {
  const dir = path16.resolve(options.cwd, build.dir);
  if (build.kind === "kustomize") {
    const kustomize = { env: options.env, boundary: options.boundary, loadRestrictor: "none", origins };
    const result3 = build.install ? await renderInstalled(dir, build.install, kustomize) : await renderKustomization(dir, kustomize);
    if (!result3.ok) return { ok: false, failure: result3 };
    const { tool, objects, inputs } = result3;
    return { ok: true, kind: "kustomize", tool, objects, inputs, ...origins ? {} : { origins: false } };
  }
  const values = build.values ?? [];
  const chartValues = `${build.dir === "." ? "" : `${build.dir}/`}values.yaml`;
  let inline;
  for (const v of values) {
    if (v.kind === "inline" && v.values && typeof v.values === "object") inline = mergeValues(inline ?? {}, v.values);
    else if (v.kind === "target")
      inline = setValueAt(inline ?? {}, helmPath(v.name), v.value);
  }
  const kubeVersion = options.kubeVersion(build);
  const result2 = await renderChart(dir, {
    env: options.env,
    boundary: options.boundary,
    ...build.releaseName ? { releaseName: build.releaseName } : {},
    ...build.namespace ? { namespace: build.namespace } : {},
    ...kubeVersion ? { kubeVersion } : {},
    // helm reads the chart's own values.yaml by itself.
    valuesFiles: values.flatMap(
      (v) => v.kind === "file" && v.file !== chartValues ? [path16.resolve(options.cwd, v.file)] : []
    ),
    ...inline ? { values: inline } : {},
    set: values.flatMap((v) => v.kind === "set" ? [{ name: v.name, value: v.value }] : [])
  });
  if (!result2.ok) return { ok: false, failure: result2 };
  return { ok: true, kind: "helm", tool: result2.tool, objects: result2.objects };
}
function mergeValues(base, over) {
  const out = { ...base };
  for (const [key, value2] of Object.entries(over)) {
    const under = out[key];
    out[key] = isMap(under) && isMap(value2) ? mergeValues(under, value2) : value2;
  }
  return out;
}
function isMap(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
var FORMAT2 = 2;
var MAX_KEY_FILES = 5e3;
var MAX_KEY_BYTES = 64 * 1024 * 1024;
function renderKey(build, options) {
  const hash2 = createHash2("sha256");
  const tool = findTool(build.kind === "kustomize" ? "kustomize" : "helm", options.env);
  const toolStat = tool ? statSync6(tool.command, { throwIfNoEntry: false }) : void 0;
  hash2.update(JSON.stringify([FORMAT2, tool?.name, tool?.command, toolStat?.size, toolStat?.mtimeMs]));
  hash2.update(JSON.stringify([build, options.kubeVersion(build), options.boundary]));
  const dir = path16.resolve(options.cwd, build.dir);
  const files = build.kind === "kustomize" ? kustomizeFiles(dir, build.install) : [
    ...filesBelow(dir),
    ...(build.values ?? []).flatMap((v) => v.kind === "file" ? [path16.resolve(options.cwd, v.file)] : [])
  ];
  if (!files || files.length > MAX_KEY_FILES) return void 0;
  let bytes = 0;
  for (const file of [...new Set(files)].sort()) {
    try {
      const content = readFileSync9(file);
      bytes += content.length;
      if (bytes > MAX_KEY_BYTES) return void 0;
      hash2.update(file).update("\0").update(content).update("\0");
    } catch {
      hash2.update(file).update("\0missing\0");
    }
  }
  return hash2.digest("hex");
}
function kustomizeFiles(dir, install) {
  const graph = install ? installGraph(dir, install) : walkKustomization(dir);
  if (graph.remotes.length > 0 || graph.cycles.length > 0) return void 0;
  const out = graph.kustomizations.map((k) => k.file);
  for (const f of graph.files) {
    if (f.directory) for (const below of filesBelow(f.path) ?? []) out.push(below);
    else out.push(f.path);
  }
  return out;
}
function filesBelow(dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync3(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length > MAX_KEY_FILES) return;
      const p = path16.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}
function loadCache(file) {
  try {
    const stored = JSON.parse(readFileSync9(file, "utf8"));
    return stored.format === FORMAT2 ? stored.renders : {};
  } catch {
    return {};
  }
}
function saveCache(file, renders) {
  try {
    mkdirSync5(path16.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync5(temporary, JSON.stringify({ format: FORMAT2, renders }));
    renameSync2(temporary, file);
  } catch {
  }
}

// src/discover/helm-chart.ts
import { existsSync as existsSync4 } from "node:fs";
import path17 from "node:path";
function helmChartTemplates() {
  const known = /* @__PURE__ */ new Map();
  const inChart = (dir) => {
    const cached = known.get(dir);
    if (cached !== void 0) return cached;
    const parent = path17.dirname(dir);
    const answer = parent !== dir && (path17.basename(dir) === "templates" && existsSync4(path17.join(parent, "Chart.yaml")) || inChart(parent));
    known.set(dir, answer);
    return answer;
  };
  return (absolute) => absolute !== "-" && inChart(path17.dirname(absolute));
}

// src/model/cidr-index.ts
var CidrIndex = class {
  constructor(model) {
    this.model = model;
    for (const fact of allCidrFacts(model)) this.parsed.set(fact, parseCidr(fact.cidr));
  }
  model;
  parsed = /* @__PURE__ */ new Map();
  /** The facts whose CIDR parsed (a non-canonical one is read as its network, as Kubernetes does). */
  valid(facts) {
    const out = [];
    for (const fact of facts) {
      const result2 = this.parsed.get(fact) ?? parseCidr(fact.cidr);
      if (result2.ok) out.push({ fact, cidr: result2.cidr });
    }
    return out;
  }
  results() {
    return [...this.parsed];
  }
};
function allCidrFacts(model) {
  return [
    ...model.podCidrs,
    ...model.serviceCidrs,
    ...model.vpcCidrs,
    ...model.vswitchCidrs,
    ...model.sites.flatMap((s) => s.hostCidrs),
    ...model.nodes.flatMap((n) => n.podCidrs)
  ];
}

// src/net/port-range.ts
function parseAlibabaPortRange(text) {
  const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(text);
  if (!m) return { ok: false, error: `PortRange "${text}" is not start/end (e.g. 8472/8472, or -1/-1 for all ports)` };
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from === -1 && to === -1) return { ok: true, ports: "all" };
  return checkRange(from, to, `PortRange "${text}"`);
}
function parseAwsPorts(from, to) {
  if (from === void 0 && to === void 0) return { ok: true, ports: "all" };
  const f = Number(from);
  const t = Number(to ?? from);
  if (!Number.isInteger(f) || !Number.isInteger(t))
    return { ok: false, error: `ports ${String(from)}-${String(to)} are not whole numbers` };
  if (f === -1 || t === -1) return { ok: true, ports: "all" };
  if (f === 0 && t === 65535) return { ok: true, ports: "all" };
  return checkRange(f, t, `ports ${f}-${t}`, 0);
}
function checkRange(from, to, what, lowest = 1) {
  if (from < lowest || to > 65535 || from > to)
    return { ok: false, error: `${what} must satisfy ${lowest} <= start <= end <= 65535` };
  return { ok: true, ports: { from, to } };
}
function portsCover(ports, port) {
  return ports === "all" || ports.from <= port && port <= ports.to;
}

// src/net/firewall.ts
function isUnknown(value2) {
  return typeof value2 === "object" && value2 !== null && "unknown" in value2;
}
var ORDER_RANGE = {
  alibaba: [1, 100],
  "network-acl": [1, 32766],
  "aws-security-group": [0, 0]
};
var PeerIndex = class {
  spans = [];
  exact = /* @__PURE__ */ new Map();
  add(span) {
    this.spans.push(span);
  }
  seal() {
    this.spans.sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : a.prefix - b.prefix);
    for (const s of this.spans) {
      const key = `${s.prefix}:${s.start}`;
      const list2 = this.exact.get(key);
      if (list2) list2.push(s);
      else this.exact.set(key, [s]);
    }
  }
  /** Every span that overlaps the peer. */
  overlapping(peer, bits) {
    const out = [];
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.spans[mid].start < peer.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.spans.length && this.spans[i].start <= peer.end; i++) out.push(this.spans[i]);
    for (let prefix = 0; prefix < peer.prefix; prefix++) {
      const host = BigInt(bits - prefix);
      const start = peer.start >> host << host;
      if (start === peer.start) continue;
      const found = this.exact.get(`${prefix}:${start}`);
      if (found) for (const s of found) out.push(s);
    }
    return out;
  }
};
var LazyHeap = class {
  items = [];
  push(key, entry) {
    const items = this.items;
    items.push({ key, entry });
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (items[parent].key <= items[i].key) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }
  /** The smallest live entry, dropping dead ones on the way. */
  peek(live) {
    const items = this.items;
    while (items.length > 0 && !live(items[0].entry)) {
      const last = items.pop();
      if (items.length === 0) break;
      items[0] = last;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l].key < items[m].key) m = l;
        if (r < items.length && items[r].key < items[m].key) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i], items[m]];
        i = m;
      }
    }
    return items[0];
  }
};
var SLOT = 2 ** 21;
var FirewallLayer = class {
  constructor(policy, rules, defaults = { enterprise: false }) {
    this.policy = policy;
    this.rules = rules;
    this.defaults = defaults;
  }
  policy;
  rules;
  defaults;
  prepared = /* @__PURE__ */ new Map();
  decide(packet) {
    const prep = this.prepare(packet);
    const peer = packet.peer;
    const bits = peer.family === 4 ? 32 : 128;
    const spans = prep.byFamily.get(peer.family)?.overlapping(peer, bits) ?? [];
    const events = [];
    for (const s of spans) {
      const start2 = s.start > peer.start ? s.start : peer.start;
      const end = s.end < peer.end ? s.end : peer.end;
      events.push({ at: start2, entry: s.entry, delta: 1 });
      if (end < peer.end) events.push({ at: end + 1n, entry: s.entry, delta: -1 });
    }
    events.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
    const counts = /* @__PURE__ */ new Map();
    const live = (entry) => (counts.get(entry) ?? 0) > 0;
    const accepts = new LazyHeap();
    const drops = new LazyHeap();
    const activeAccepts = /* @__PURE__ */ new Set();
    const activeUncertain = /* @__PURE__ */ new Set();
    const out = [];
    let e = 0;
    let start = peer.start;
    while (start <= peer.end) {
      for (; e < events.length && events[e].at === start; e++) {
        const { entry, delta } = events[e];
        const before = counts.get(entry) ?? 0;
        counts.set(entry, before + delta);
        const en = prep.entries[entry];
        if (before === 0 && delta === 1) {
          if (!en.certain) activeUncertain.add(entry);
          else if (en.acceptable) {
            accepts.push(this.key(en, en.lo, "accept"), entry);
            activeAccepts.add(entry);
          } else drops.push(this.key(en, en.lo, "drop"), entry);
        } else if (before === 1 && delta === -1) {
          activeUncertain.delete(entry);
          activeAccepts.delete(entry);
        }
      }
      const next = e < events.length ? events[e].at : peer.end + 1n;
      const piece = { family: peer.family, start, end: next - 1n };
      const d = this.decidePiece(prep, packet, accepts.peek(live), drops.peek(live), activeAccepts, activeUncertain);
      const last = out[out.length - 1];
      if (last && sameDecision(last, d)) last.range = { ...last.range, end: piece.end };
      else out.push({ ...d, range: piece });
      start = next;
    }
    return out;
  }
  key(entry, order, action) {
    const tie = this.policy === "alibaba" ? action === "drop" ? 0 : 1 : 0;
    return (order * 2 + tie) * SLOT + entry.index;
  }
  prepare(packet) {
    const id = `${packet.direction}|${packet.protocol}|${packet.port}`;
    const known = this.prepared.get(id);
    if (known) return known;
    const [minOrder, maxOrder] = ORDER_RANGE[this.policy];
    const prep = { entries: [], byFamily: /* @__PURE__ */ new Map(), everywhere: [] };
    this.rules.forEach((rule, index) => {
      if (rule.direction !== packet.direction) return;
      const unknowns = [];
      let matchKnown = true;
      if (isUnknown(rule.protocol)) {
        unknowns.push(rule.protocol.unknown);
        matchKnown = false;
      } else if (rule.protocol !== "all" && rule.protocol !== packet.protocol) return;
      if (isUnknown(rule.ports)) {
        unknowns.push(rule.ports.unknown);
        matchKnown = false;
      } else if (!portsCover(rule.ports, packet.port)) return;
      const peersUnknown = isUnknown(rule.peers);
      if (isUnknown(rule.peers)) {
        unknowns.push(rule.peers.unknown);
        matchKnown = false;
      }
      let acceptable = true;
      let droppable = this.policy !== "aws-security-group";
      if (isUnknown(rule.action)) {
        if (droppable) unknowns.push(rule.action.unknown);
      } else {
        acceptable = rule.action === "accept";
        droppable = rule.action === "drop";
      }
      let lo = 0;
      let hi = 0;
      if (this.policy !== "aws-security-group") {
        if (isUnknown(rule.order)) {
          unknowns.push(rule.order.unknown);
          lo = minOrder;
          hi = maxOrder;
        } else lo = hi = rule.order;
      }
      const entry = {
        rule,
        index,
        matchKnown,
        acceptable,
        droppable,
        lo,
        hi,
        certain: matchKnown && acceptable !== droppable && lo === hi,
        unknowns
      };
      const at3 = prep.entries.length;
      prep.entries.push(entry);
      if (peersUnknown) {
        prep.everywhere.push(entry);
        return;
      }
      for (const cidr3 of rule.peers) {
        let idx = prep.byFamily.get(cidr3.family);
        if (!idx) {
          idx = new PeerIndex();
          prep.byFamily.set(cidr3.family, idx);
        }
        idx.add({ start: cidr3.start, end: cidr3.end, prefix: cidr3.prefix, entry: at3 });
      }
    });
    for (const idx of prep.byFamily.values()) idx.seal();
    this.prepared.set(id, prep);
    return prep;
  }
  /** The default when no rule matches: what it may be (both, when the group's type is unknown). */
  defaultOutcome(packet) {
    if (this.policy === "aws-security-group")
      return {
        allow: false,
        deny: true,
        reason: () => "no allow rule matches, and security groups deny everything else"
      };
    if (this.policy === "network-acl")
      return {
        allow: false,
        deny: true,
        reason: () => "no entry matches, and a network ACL denies what no entry allows"
      };
    const { enterprise, innerAccept = true } = this.defaults;
    const outcome = (ent) => packet.direction === "egress" ? !ent : !ent && innerAccept && packet.members === true;
    const possible = isUnknown(enterprise) ? [outcome(true), outcome(false)] : [outcome(enterprise)];
    const reason = (allowed) => {
      if (packet.direction === "egress")
        return allowed ? "no rule matches, and a basic group allows outbound traffic by default" : "no rule matches, and an enterprise group denies outbound traffic by default";
      if (allowed) return "no rule matches, and a basic group lets the members of the group reach each other";
      const basic = !isUnknown(enterprise) && !enterprise;
      return basic ? "no rule matches, and a basic group denies inbound traffic from outside the group by default" : "no rule matches, and an enterprise group denies inbound traffic by default";
    };
    return { allow: possible.includes(true), deny: possible.includes(false), reason };
  }
  decidePiece(prep, packet, bestAccept, bestDrop, activeAccepts, activeUncertain) {
    const uncertain = [];
    for (const i of activeUncertain) uncertain.push(prep.entries[i]);
    for (const en of prep.everywhere) uncertain.push(en);
    const def = this.defaultOutcome(packet);
    const accept = bestAccept ? prep.entries[bestAccept.entry] : void 0;
    const drop = bestDrop ? prep.entries[bestDrop.entry] : void 0;
    if (uncertain.length === 0 && (def.allow !== def.deny || accept || drop))
      return this.decided(prep, accept, drop, activeAccepts, def);
    const aws = this.policy === "aws-security-group";
    let matchSure = Boolean(accept || drop);
    let forcedAccept = bestAccept?.key ?? Infinity;
    let forcedDrop = bestDrop?.key ?? Infinity;
    let acceptCandidate = bestAccept?.key ?? Infinity;
    let dropCandidate = bestDrop?.key ?? Infinity;
    for (const en of uncertain) {
      if (en.matchKnown) {
        matchSure = true;
        if (en.acceptable && !en.droppable) forcedAccept = Math.min(forcedAccept, this.key(en, en.hi, "accept"));
        if (en.droppable && !en.acceptable) forcedDrop = Math.min(forcedDrop, this.key(en, en.hi, "drop"));
      }
      if (en.acceptable) acceptCandidate = Math.min(acceptCandidate, this.key(en, en.lo, "accept"));
      if (en.droppable) dropCandidate = Math.min(dropCandidate, this.key(en, en.lo, "drop"));
    }
    const canBlock = aws ? !matchSure : dropCandidate < forcedAccept || !matchSure && def.deny;
    const canAllow = aws ? acceptCandidate < Infinity : acceptCandidate < forcedDrop || !matchSure && def.allow;
    if (canBlock && canAllow) {
      const hinges = uncertain.sort((a, b) => a.index - b.index).map((en) => ({
        rule: en.rule.source,
        unknowns: en.unknowns,
        effect: en.acceptable && en.droppable ? "decides" : en.droppable ? "blocks" : "allows"
      }));
      if (!matchSure && def.allow && def.deny && isUnknown(this.defaults.enterprise))
        hinges.push({ rule: null, unknowns: [this.defaults.enterprise.unknown], effect: "decides" });
      return { allowed: null, rule: null, shadowed: [], reason: "unknown values decide", hinges };
    }
    let worldAccept = accept;
    let worldDrop = drop;
    let acceptKey = bestAccept?.key ?? Infinity;
    let dropKey = bestDrop?.key ?? Infinity;
    for (const en of uncertain) {
      if (canBlock) {
        if (en.acceptable) {
          const k = this.key(en, en.lo, "accept");
          if (k < acceptKey) [acceptKey, worldAccept] = [k, en];
        } else if (en.matchKnown) {
          const k = this.key(en, en.hi, "drop");
          if (k < dropKey) [dropKey, worldDrop] = [k, en];
        }
      } else if (en.droppable) {
        const k = this.key(en, en.lo, "drop");
        if (k < dropKey) [dropKey, worldDrop] = [k, en];
      } else if (en.matchKnown) {
        const k = this.key(en, en.hi, "accept");
        if (k < acceptKey) [acceptKey, worldAccept] = [k, en];
      }
    }
    const fixed = canBlock ? { allow: false, deny: true, reason: def.reason } : { ...def, allow: true, deny: false };
    return this.decided(prep, worldAccept, worldDrop, activeAccepts, fixed, acceptKey, dropKey);
  }
  decided(prep, accept, drop, activeAccepts, def, acceptKey = accept ? this.key(accept, accept.lo, "accept") : Infinity, dropKey = drop ? this.key(drop, drop.hi, "drop") : Infinity) {
    const none = [];
    if (!accept && !drop)
      return { allowed: def.allow, rule: null, shadowed: [], reason: def.reason(def.allow), hinges: none };
    if (this.policy === "aws-security-group")
      return accept ? { allowed: true, rule: accept.rule.source, shadowed: [], reason: "an allow rule matches", hinges: none } : { allowed: false, rule: null, shadowed: [], reason: def.reason(false), hinges: none };
    const order = (en) => isUnknown(en.rule.order) ? "an unknown priority" : `priority ${en.lo}`;
    if (drop && dropKey < acceptKey) {
      const shadowed = [...activeAccepts].sort((a, b) => a - b).map((i) => prep.entries[i].rule.source);
      if (this.policy === "network-acl")
        return {
          allowed: false,
          rule: drop.rule.source,
          shadowed,
          reason: `${isUnknown(drop.rule.order) ? "an entry at an unknown position" : `rule ${drop.lo}`} is the first entry that matches`,
          hinges: none
        };
      const tie = accept !== void 0 && !isUnknown(accept.rule.order) && accept.lo === drop.lo;
      const reason = tie ? `drop rule at ${order(drop)} wins: at equal priority drop beats accept` : `drop rule at ${order(drop)} has the highest priority of the matching rules`;
      return { allowed: false, rule: drop.rule.source, shadowed, reason, hinges: none };
    }
    const winner = accept;
    return {
      allowed: true,
      rule: winner.rule.source,
      shadowed: [],
      reason: this.policy === "network-acl" ? `${isUnknown(winner.rule.order) ? "an entry at an unknown position" : `rule ${winner.lo}`} is the first entry that matches` : `accept rule at ${order(winner)} has the highest priority of the matching rules`,
      hinges: none
    };
  }
};
function sameDecision(a, b) {
  if (a.allowed !== b.allowed || a.rule !== b.rule || a.reason !== b.reason) return false;
  if (a.hinges.length !== b.hinges.length || a.shadowed.length !== b.shadowed.length) return false;
  for (let i = 0; i < a.hinges.length; i++) if (a.hinges[i].rule !== b.hinges[i].rule) return false;
  for (let i = 0; i < a.shadowed.length; i++) if (a.shadowed[i] !== b.shadowed[i]) return false;
  return true;
}

// src/model/firewall-index.ts
var field = (ref, key) => ({ ...ref, path: [...ref.path, key] });
var unknownOf = (v) => typeof v === "object" && v !== null;
var ALIBABA_PROTOCOLS = {
  tcp: "tcp",
  udp: "udp",
  icmp: "icmp",
  icmpv6: "icmp",
  gre: "gre",
  all: "all",
  any: "all"
};
var AWS_PROTOCOLS = {
  "-1": "all",
  all: "all",
  tcp: "tcp",
  "6": "tcp",
  udp: "udp",
  "17": "udp",
  icmp: "icmp",
  "1": "icmp",
  icmpv6: "icmp",
  "58": "icmp"
};
var FirewallIndex = class {
  problems = [];
  groupRules = /* @__PURE__ */ new Map();
  aclRules = /* @__PURE__ */ new Map();
  layers = /* @__PURE__ */ new Map();
  constructor(model) {
    for (const group of model.securityGroups) {
      const rules = [];
      for (const r of group.rules) {
        const rule = group.provider === "alibaba" ? this.alibabaRule(group, r) : this.awsRule(group, r);
        if (rule) rules.push(rule);
      }
      if (group.implicitAllowEgress) {
        rules.push({
          source: { ref: group.ref, words: `the allow-all egress CloudFormation adds to group ${group.id}` },
          direction: "egress",
          protocol: "all",
          ports: "all",
          peers: ALL_ADDRESSES,
          action: "accept",
          order: 0
        });
      }
      this.groupRules.set(group, rules);
    }
    for (const acl of model.networkAcls) {
      const rules = [];
      for (const e of acl.entries) {
        const rule = this.aclEntry(acl, e);
        if (rule) rules.push(rule);
      }
      this.aclRules.set(acl, rules);
    }
  }
  rulesOf(group) {
    return this.groupRules.get(group) ?? [];
  }
  entriesOf(acl) {
    return this.aclRules.get(acl) ?? [];
  }
  /**
   * The Alibaba groups of a host as one layer (Alibaba sorts the rules of all an instance's
   * groups together), built once and reused by every check.
   */
  alibabaLayer(groups) {
    return this.cached(`alibaba:${groups.map(groupKey).join("\0")}`, () => {
      const rules = [];
      for (const g of groups) for (const r of this.rulesOf(g)) rules.push(r);
      const unknownType = groups.find((g) => g.typeUnknown)?.typeUnknown;
      const enterprise = groups.every((g) => g.type === "enterprise" && !g.typeUnknown);
      return new FirewallLayer("alibaba", rules, {
        enterprise: unknownType && !enterprise ? { unknown: unknownType } : enterprise,
        innerAccept: groups.every((g) => g.innerAccessPolicy !== "drop")
      });
    });
  }
  awsLayer(groups) {
    return this.cached(`aws:${groups.map(groupKey).join("\0")}`, () => {
      const rules = [];
      for (const g of groups) for (const r of this.rulesOf(g)) rules.push(r);
      return new FirewallLayer("aws-security-group", rules);
    });
  }
  aclLayer(acl) {
    return this.cached(
      `acl:${acl.ref.file}#${acl.ref.doc}/${acl.id}`,
      () => new FirewallLayer("network-acl", this.entriesOf(acl))
    );
  }
  cached(key, make) {
    let layer = this.layers.get(key);
    if (!layer) {
      layer = make();
      this.layers.set(key, layer);
    }
    return layer;
  }
  /** Records a bad value; the rule it belongs to takes part in no decision. */
  invalid(ref, detail, owner) {
    this.problems.push(invalidResource(ref, detail, owner.resource));
    return void 0;
  }
  alibabaRule(group, rule) {
    const protocol = this.protocol(
      rule.protocol,
      ALIBABA_PROTOCOLS,
      rule.ref,
      group,
      "IpProtocol",
      "one of tcp, udp, icmp, icmpv6, gre, all"
    );
    if (!protocol) return void 0;
    const ports = this.alibabaPorts(rule.portRange, protocol, rule.ref, group, "PortRange");
    if (!ports) return void 0;
    const action = this.action(
      rule.policy,
      { accept: "accept", drop: "drop" },
      "accept",
      field(rule.ref, "Policy"),
      group,
      "Policy",
      "accept or drop"
    );
    if (!action) return void 0;
    const order = this.order(rule.priority, 1, 100, field(rule.ref, "Priority"), group, "Priority");
    if (order === void 0) return void 0;
    const peers = this.peers(group, rule.peerCidrs, rule.peersUnknown, rule.peerGroup === null ? [ANY_IPV4] : []);
    if (!peers) return void 0;
    const words = `${typeof action === "string" ? `${action} rule` : "rule"} (${describeTraffic(protocol, ports)}, priority ${typeof order === "number" ? order : "unknown"}) of group ${group.id}`;
    return { source: { ref: rule.ref, words }, direction: rule.direction, protocol, ports, peers, action, order };
  }
  awsRule(group, rule) {
    const protocol = this.protocol(
      rule.protocol,
      AWS_PROTOCOLS,
      rule.ref,
      group,
      "IpProtocol",
      "tcp, udp, icmp, icmpv6, -1 or a protocol number"
    );
    if (!protocol) return void 0;
    const ports = this.awsPorts(rule.fromPort, rule.toPort, protocol, field(rule.ref, "FromPort"), group);
    if (!ports) return void 0;
    const peers = this.peers(group, rule.peerCidrs, rule.peersUnknown, []);
    if (!peers) return void 0;
    const traffic = typeof protocol === "string" ? protocol : "protocol unknown";
    const words = `allow rule (${traffic}) of security group ${group.id}`;
    return {
      source: { ref: rule.ref, words },
      direction: rule.direction,
      protocol,
      ports,
      peers,
      action: "accept",
      order: 0
    };
  }
  aclEntry(acl, entry) {
    const alibaba = acl.provider === "alibaba";
    const at3 = alibaba ? entry.ref : field(entry.ref, "Properties");
    const order = this.order(entry.ruleNumber, 1, 32766, at3, acl, alibaba ? "position" : "RuleNumber");
    if (order === void 0) return void 0;
    const protocol = alibaba ? this.protocol(entry.protocol, ALIBABA_PROTOCOLS, entry.ref, acl, "Protocol", "one of tcp, udp, icmp, gre, all") : this.protocol(entry.protocol, AWS_PROTOCOLS, at3, acl, "Protocol", "-1 or a protocol number", true);
    if (!protocol) return void 0;
    const action = alibaba ? this.action(
      entry.action,
      { accept: "accept", drop: "drop" },
      void 0,
      field(entry.ref, "Policy"),
      acl,
      "Policy",
      "accept or drop"
    ) : this.action(entry.action, { allow: "accept", deny: "drop" }, void 0, at3, acl, "RuleAction", "allow or deny");
    if (!action) return void 0;
    const ports = alibaba ? this.alibabaPorts(entry.portRange, protocol, entry.ref, acl, "Port") : this.awsPorts(entry.fromPort, entry.toPort, protocol, at3, acl);
    if (!ports) return void 0;
    let peers;
    if (entry.cidrUnknown) peers = { unknown: entry.cidrUnknown };
    else if (!entry.cidr) return void 0;
    else {
      const cidr3 = parseCidr(entry.cidr.cidr);
      if (!cidr3.ok) return this.invalid(entry.cidr.ref, `network ACL entry: ${cidr3.error}`, acl);
      peers = [cidr3.cidr];
    }
    const verb = typeof action === "string" ? alibaba ? action : action === "accept" ? "allow" : "deny" : "an";
    const number = typeof order === "number" ? String(order) : "(number unknown)";
    const words = `${verb} entry ${number} of network ACL ${acl.id}`;
    return {
      source: { ref: entry.ref, words },
      direction: entry.egress ? "egress" : "ingress",
      protocol,
      ports,
      peers,
      action,
      order
    };
  }
  protocol(value2, names2, ref, owner, key, expected, numbers = false) {
    if (unknownOf(value2)) return value2;
    const at3 = value2 === null || ref.path.at(-1) === "Properties" ? ref : field(ref, key);
    if (value2 === null) return this.invalid(at3, `a rule without ${key}`, owner);
    const protocol = names2[value2.toLowerCase()] ?? (numbers || names2 === AWS_PROTOCOLS ? /^\d+$/.test(value2) ? "other" : void 0 : void 0);
    if (!protocol) return this.invalid(at3, `${key} "${value2}" is not ${expected}`, owner);
    return protocol;
  }
  /** Alibaba "start/end"; absent means every port for protocols without ports. */
  alibabaPorts(value2, protocol, ref, owner, key) {
    if (unknownOf(value2)) return value2;
    if (value2 === null) {
      if (unknownOf(protocol)) return protocol;
      return protocol === "tcp" || protocol === "udp" ? this.invalid(ref, `a ${protocol} rule needs a ${key}`, owner) : "all";
    }
    const parsed = parseAlibabaPortRange(value2);
    return parsed.ok ? parsed.ports : this.invalid(field(ref, key), parsed.error, owner);
  }
  awsPorts(from, to, protocol, ref, owner) {
    if (protocol === "all" || typeof protocol === "string" && protocol !== "tcp" && protocol !== "udp" && from === null)
      return "all";
    if (unknownOf(from)) return from;
    if (unknownOf(to)) return to;
    const parsed = parseAwsPorts(from ?? void 0, to ?? void 0);
    return parsed.ok ? parsed.ports : this.invalid(ref, parsed.error, owner);
  }
  action(value2, names2, absent, ref, owner, key, expected) {
    if (unknownOf(value2)) return value2;
    if (value2 === null) return absent ?? this.invalid(ref, `an entry without ${key}`, owner);
    return names2[value2] ?? this.invalid(ref, `${key} "${value2}" is not ${expected}`, owner);
  }
  order(value2, min, max, ref, owner, key) {
    if (unknownOf(value2)) return value2;
    if (value2 === null && key === "Priority") return 1;
    const n = Number(value2);
    if (value2 === null || !Number.isInteger(n) || n < min || n > max)
      return this.invalid(ref, `${key} "${value2}" is not a whole number from ${min} to ${max}`, owner);
    return n;
  }
  /** Remote CIDRs; `absent` when the rule names none. Undefined when one is malformed. */
  peers(owner, cidrs, unknown, absent) {
    if (unknown) return { unknown };
    if (cidrs.length === 0) return absent;
    const out = [];
    for (const peer of cidrs) {
      const parsed = parseCidr(peer.cidr, { allowBareAddress: true });
      if (!parsed.ok) return this.invalid(peer.ref, `security group rule: ${parsed.error}`, owner);
      out.push(parsed.cidr);
    }
    return out;
  }
};
var groupKey = (g) => `${g.ref.file}#${g.ref.doc}/${g.id}`;
function describeTraffic(protocol, ports) {
  if (protocol === "all") return "all protocols";
  const name = typeof protocol === "string" ? protocol : "protocol unknown";
  if (typeof ports === "object" && "unknown" in ports) return `${name}, ports unknown`;
  if (ports === "all") return `${name}, all ports`;
  return ports.from === ports.to ? `${name} port ${ports.from}` : `${name} ports ${ports.from}-${ports.to}`;
}
var ANY_IPV4 = parseCidr("0.0.0.0/0").cidr;
var ALL_ADDRESSES = [ANY_IPV4, parseCidr("::/0").cidr];

// src/rules/input/model-checks.ts
function modelInputChecks({ model, cidrs, firewall }) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [fact, result2] of cidrs.results()) {
    const key = JSON.stringify(fact.ref);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!result2.ok) out.push(invalidResource(fact.ref, `${fact.origin}: ${result2.error}.`, fact.resource));
    else if (!result2.canonical) {
      const network = result2.cidr.text;
      const detail = `${fact.origin}: "${fact.cidr}" has host bits set; the network is ${network}, write that.`;
      out.push(invalidResource(fact.ref, detail, fact.resource));
    }
  }
  for (const mask of model.nodeCidrMasks) {
    const families = mask.family === 0 ? [4, 6] : [mask.family];
    if (families.some((f) => maskValue(mask, f) !== void 0)) continue;
    const range = mask.family === 6 ? "1 to 128" : "1 to 32";
    const detail = `${mask.origin}: "${mask.value}" is not a node mask (a whole number from ${range}).`;
    out.push(invalidResource(mask.ref, detail, mask.resource));
  }
  for (const problem of firewall.problems) out.push(problem);
  for (const u of model.unknowns) out.push(skipped(u.ref, `${u.what} is unknown: ${u.reason}`, u.resource));
  return out;
}

// src/rules/messages.ts
function domainWords(domain) {
  if (domain === "vpc") return "the cloud VPC";
  return domain.startsWith("pool:") ? `edge pool ${domain.slice("pool:".length)}` : domain;
}
var byCodeUnits = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var FORMATS = {
  /** Network domain ids as words, sorted as words. */
  domains: (value2) => Array.isArray(value2) ? value2.map(String).map(domainWords).sort(byCodeUnits).join(", ") : String(value2),
  /** [from, to] domain pairs as "X cannot reach pods in Y", sorted, joined by "; ". */
  pairs: (value2) => Array.isArray(value2) ? value2.map(
    (p) => Array.isArray(p) ? `${domainWords(String(p[0]))} cannot reach pods in ${domainWords(String(p[1]))}` : String(p)
  ).sort(byCodeUnits).join("; ") : String(value2)
};
var MESSAGE_FORMATS = Object.keys(FORMATS);
function renderMessage(template, data) {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name, format) => {
    const value2 = data[name];
    if (value2 === void 0 || value2 === null) return whole;
    if (format) {
      const fn = FORMATS[format];
      if (!fn) throw new Error(`unknown message format "${format}" in "${template}"`);
      return fn(value2);
    }
    return Array.isArray(value2) ? value2.join(", ") : String(value2);
  });
}

// src/evaluate/evaluate.ts
async function evaluateRules(model, options) {
  const enabled = (id) => isOn(effectiveLevel(id, options.configLevels, options.cliLevels));
  const context = { model, cidrs: new CidrIndex(model), firewall: new FirewallIndex(model) };
  const raw = [];
  const add = (findings) => {
    for (const f of findings) if (enabled(f.ruleId)) raw.push(f);
  };
  const rego = RULES.some((r) => r.engine === "rego" && enabled(r.id)) ? options.policy.evaluate(model) : void 0;
  rego?.catch(() => {
  });
  add(modelInputChecks(context));
  for (const rule of TS_RULES) if (enabled(rule.id)) add(runRule(rule, context));
  if (rego) add(await rego);
  for (const policy of options.userPolicies) add(await policy.evaluate(model));
  return raw;
}
function evaluateFleetRules(clusters, levels) {
  const enabled = (id) => isOn(effectiveLevel(id, levels.configLevels, levels.cliLevels));
  const fleet = clusters.map((c) => ({ scope: c.scope, model: c.model, cidrs: new CidrIndex(c.model) }));
  return FLEET_RULES.filter((r) => enabled(r.id)).flatMap((r) => runFleetRule(r, fleet));
}
function messageOf(r, data) {
  const meta = ruleById(r.ruleId);
  if (!meta) return { message: String(r.data.message ?? r.ruleId) };
  const ids = Object.keys(meta.messages);
  const messageId = r.messageId ?? (ids.length === 1 ? ids[0] : void 0);
  const template = messageId === void 0 ? void 0 : meta.messages[messageId];
  if (template === void 0) throw new Error(`${r.ruleId} reported an undeclared message id "${r.messageId}"`);
  return { messageId, message: renderMessage(template, data) };
}
function toFindings(raw, locator, levelsOf) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const r of raw) {
    const levels = typeof levelsOf === "function" ? levelsOf(r.cluster) : levelsOf;
    const level2 = effectiveLevel(r.ruleId, levels.configLevels, levels.cliLevels, r.level);
    if (!isOn(level2)) continue;
    const at3 = locator.locate(r.ref);
    const data = Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, isRef(v) ? locator.describe(v) : v]));
    const finding2 = {
      ruleId: r.ruleId,
      ...messageOf(r, data),
      level: level2,
      file: at3.file,
      line: at3.line,
      column: at3.column,
      endLine: at3.endLine,
      endColumn: at3.endColumn,
      ...r.resource ? { resource: r.resource } : {},
      // The document the finding is in, after a rendered value is placed where it is written.
      ...((real) => isFileRef(real) ? {} : { doc: real.doc })(locator.resolve(r.ref)),
      data: r.data,
      clusters: r.cluster === void 0 ? [] : [r.cluster],
      related: (r.related ?? []).map((rel) => {
        const p = locator.locate(rel.ref);
        return { file: p.file, line: p.line, column: p.column, message: rel.message };
      })
    };
    const key = `${findingKey(finding2)}\0${r.cluster ?? ""}`;
    const earlier = seen.get(key);
    if (earlier) {
      addRelated(earlier, finding2);
      continue;
    }
    seen.set(key, finding2);
    out.push(finding2);
  }
  return out.sort(compareFindings);
}
function findingKey(f) {
  return `${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
}
function addRelated(into, from) {
  let added = false;
  for (const rel of from.related) {
    const known = into.related.some(
      (r) => r.file === rel.file && r.line === rel.line && r.column === rel.column && r.message === rel.message
    );
    if (!known) {
      into.related.push(rel);
      added = true;
    }
  }
  if (added) {
    into.related.sort(
      (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.message, b.message)
    );
  }
}
function mergeClusters(findings) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${findingKey(f)}\0${f.level}`;
    const earlier = seen.get(key);
    if (!earlier) {
      const copy = { ...f, clusters: [...f.clusters], related: [...f.related] };
      seen.set(key, copy);
      out.push(copy);
      continue;
    }
    addRelated(earlier, f);
    for (const c of f.clusters) if (!earlier.clusters.includes(c)) earlier.clusters.push(c);
    earlier.clusters.sort(compareStrings);
  }
  return out.sort(compareFindings);
}
function isRef(value2) {
  return typeof value2 === "object" && value2 !== null && typeof value2.file === "string" && (Array.isArray(value2.path) || isFileRef(value2));
}

// src/evaluate/locate.ts
var Locator = class {
  maps = /* @__PURE__ */ new Map();
  relocators = /* @__PURE__ */ new Map();
  add(file, source) {
    this.maps.set(file, source);
  }
  has(file) {
    return this.maps.has(file);
  }
  /** A rendered build's objects, known by `file`, placed through `relocate`. */
  addRendered(file, relocate) {
    this.relocators.set(file, relocate);
  }
  /**
   * The ref a rendered value relocates to (the written place); other refs are their own. A copy
   * of a rendered build (Flux substitution) relocates into the build, which relocates again.
   */
  resolve(ref) {
    let at3 = ref;
    for (let step = 0; step < 4 && !isFileRef(at3); step++) {
      const relocate = this.relocators.get(at3.file);
      if (!relocate) break;
      at3 = relocate(at3);
    }
    return at3;
  }
  locate(ref) {
    const real = this.resolve(ref);
    if (isFileRef(real)) {
      return {
        file: real.file,
        line: real.line,
        column: real.column,
        endLine: real.endLine ?? real.line,
        endColumn: real.endColumn ?? real.column
      };
    }
    const source = this.maps.get(real.file);
    if (!source) return { file: real.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      file: real.file,
      ...source.sourceMap.locate(real.doc, real.path, { key: real.key, inner: real.inner, span: real.span })
    };
  }
  /** "file:line", for messages that name the other end of a finding. */
  describe(ref) {
    const at3 = this.locate(ref);
    return `${at3.file}:${at3.line}`;
  }
};

// src/evaluate/rego-engine.ts
import { readFileSync as readFileSync10 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";

// src/evaluate/rego-thread.ts
import { Worker } from "node:worker_threads";

// src/core/worker-script.ts
import { pathToFileURL } from "node:url";
function workerScript(name, callerUrl) {
  if (!callerUrl.endsWith(".ts")) return { script: pathToFileURL(packageFile("dist", `${name}.mjs`)), eval: false };
  const source = new URL(`./${name}.ts`, callerUrl).href;
  const api = import.meta.resolve("tsx/esm/api");
  const register = `(tsx) => { tsx.register(); return import(${JSON.stringify(source)}); }`;
  return { script: `import(${JSON.stringify(api)}).then(${register});`, eval: true };
}

// src/evaluate/rego-thread.ts
var RegoThread = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  next = 0;
  failure;
  constructor(wasm, data, entrypoint) {
    const { script, eval: code } = workerScript("rego-worker", import.meta.url);
    this.worker = new Worker(script, { eval: code });
    this.worker.on("message", (reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.kind === "findings") waiting.resolve(reply.findings);
      else waiting.reject(new Error(`policy evaluation failed: ${reply.message}`));
    });
    const fail = (error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code2) => fail(new Error(`the policy thread stopped (exit code ${code2})`)));
    this.post({ kind: "load", wasm, data, entrypoint });
  }
  /** The policy's findings on one input (JSON bytes, handed over: the buffer is detached). */
  evaluate(input, pages) {
    const id = this.next++;
    const findings = new Promise((resolve2, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(id, { resolve: resolve2, reject });
      this.post({ kind: "evaluate", id, input, pages }, [input]);
    });
    findings.catch(() => {
    });
    return findings;
  }
  close() {
    this.worker.removeAllListeners("exit");
    void this.worker.terminate();
  }
  post(request, transfer = []) {
    this.worker.postMessage(request, transfer);
  }
};

// src/evaluate/rego-engine.ts
var POLICY_ENTRYPOINT = "edgenet/main";
var CHUNK_BYTES = 2 * 1024 * 1024;
function wasmPolicy(wasm, data, evaluate, shape, threaded) {
  let module;
  let loaded;
  return {
    async evaluate(model) {
      if (threaded && shape && !(wasm instanceof Promise) && wantsThread(model, shape, threaded.minElements))
        return evaluateThreaded(model, shape, wasm, data, threaded.entrypoint);
      module ??= Promise.resolve(wasm).then((bytes2) => WebAssembly.compile(bytes2));
      const refs = new RefTable();
      const inputs = shape ? slices(model, shape, refs) : [{ json: JSON.stringify(model), keep: () => true }];
      const seen = /* @__PURE__ */ new Set();
      const out = [];
      let bytes = 0;
      for (const { json: json2, keep } of inputs) {
        const input = new TextEncoder().encode(json2).buffer;
        bytes += input.byteLength;
        const needed = pagesFor(input.byteLength);
        if (!loaded || loaded.pages < needed) {
          const compiled = await module;
          const pages = instancePages(needed);
          loaded = {
            pages,
            // Synchronously, from the compiled module: loadPolicy asks whether its argument is a
            // fetch Response, and touching that global loads Node's HTTP client (about 10 ms a run).
            policy: Promise.resolve().then(() => {
              const policy2 = loadPolicySync(compiled, pages);
              policy2.setData(data);
              return policy2;
            })
          };
        }
        const attempt = loaded;
        const policy = await attempt.policy.catch((error) => {
          if (loaded === attempt) loaded = void 0;
          throw error;
        });
        keepOnce(evaluate(policy, input, refs), keep, seen, out);
      }
      if (bytes > (shape?.chunkBytes ?? CHUNK_BYTES)) loaded = void 0;
      return out;
    }
  };
}
var THREAD_ELEMENTS = 16e3;
function wantsThread(model, shape, minElements) {
  if (availableParallelism2() < 2) return false;
  const input = model;
  let elements = 0;
  for (const key of shape.partition) elements += Array.isArray(input[key]) ? input[key].length : 0;
  return elements >= minElements;
}
async function evaluateThreaded(model, shape, wasm, data, entrypoint) {
  const thread = new RegoThread(wasm, data, entrypoint);
  try {
    const refs = new RefTable();
    const sent = [];
    for (const { json: json2, keep } of slices(model, shape, refs)) {
      const input = new TextEncoder().encode(json2).buffer;
      sent.push({ findings: thread.evaluate(input, pagesFor(input.byteLength)), keep });
    }
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const { findings, keep } of sent) {
      keepOnce(
        (await findings).map((value2) => toRawFinding(value2, refs)),
        keep,
        seen,
        out
      );
    }
    return out;
  } finally {
    thread.close();
  }
}
function keepOnce(findings, keep, seen, out) {
  for (const finding2 of findings) {
    if (!keep(finding2.ruleId)) continue;
    const key = JSON.stringify(finding2);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding2);
  }
}
function* slices(model, shape, refs) {
  const input = model;
  const { unread, chunkBytes } = shape;
  const parts = shape.partition.filter((k) => Array.isArray(input[k]) && input[k].length > 0);
  const copy = (keys) => {
    const out = {};
    for (const key of keys) {
      if (!parts.includes(key) && input[key] !== void 0) out[key] = refs.copy(input[key], unread[key]);
    }
    return JSON.stringify(out).slice(0, -1);
  };
  const text = (head, key, elements) => {
    const lists = parts.map((k) => `${JSON.stringify(k)}:[${k === key ? elements.join(",") : ""}]`);
    return `${head}${head === "{" || lists.length === 0 ? "" : ","}${lists.join(",")}}`;
  };
  const whole = text(copy(shape.keys), void 0, []);
  const sliced = new Set(
    Object.entries(shape.readers).filter(([, keys]) => keys.some((k) => parts.includes(k))).map(([id]) => id)
  );
  if (sliced.size > 0) {
    const head = copy([...new Set([...sliced].flatMap((id) => shape.readers[id]))]);
    const keep = (ruleId) => sliced.has(ruleId);
    for (const key of parts) {
      let chunk = [];
      let bytes = 0;
      for (const element of input[key]) {
        const json2 = JSON.stringify(refs.copy(element, unread[key], true));
        if (bytes + json2.length > chunkBytes && chunk.length > 0) {
          yield { json: text(head, key, chunk), keep };
          chunk = [];
          bytes = 0;
        }
        chunk.push(json2);
        bytes += json2.length;
      }
      yield { json: text(head, key, chunk), keep };
    }
  }
  yield { json: whole, keep: () => true };
}
var RefTable = class {
  refs = [];
  ids = /* @__PURE__ */ new WeakMap();
  /** A ref's number (given on first sight), or undefined for any other value. */
  idOf(value2) {
    const known = this.ids.get(value2);
    if (known !== void 0) return known;
    const ref = value2;
    if (typeof ref.file !== "string" || typeof ref.doc !== "number" || !Array.isArray(ref.path)) return void 0;
    const id = this.refs.length;
    this.refs.push(ref);
    this.ids.set(value2, id);
    return id;
  }
  /**
   * `value` as plain JSON data with its refs as numbers; an element of a list (an object) leaves
   * out the fields `omit` names. What JSON.stringify would drop (undefined, functions) is dropped.
   */
  copy(value2, omit, element = false) {
    if (value2 === null || typeof value2 !== "object") return value2;
    if (Array.isArray(value2)) {
      const out2 = new Array(value2.length);
      for (let i = 0; i < value2.length; i++) {
        const v = value2[i];
        out2[i] = v === void 0 || typeof v === "function" ? null : this.copy(v, omit, true);
      }
      return out2;
    }
    const id = this.idOf(value2);
    if (id !== void 0) return id;
    const out = {};
    for (const key of Object.keys(value2)) {
      if (element && omit?.includes(key)) continue;
      const v = value2[key];
      if (v !== void 0 && typeof v !== "function") out[key] = this.copy(v);
    }
    return out;
  }
  expand(value2) {
    return typeof value2 === "number" ? this.refs[value2] : value2;
  }
};
var builtIn;
var PER_ELEMENT_KEYS = ["serviceCalls", "services"];
var UNREAD_FIELDS = {
  nodes: ["podCidrs"],
  services: ["selector", "workloads"],
  serviceCalls: ["via"]
};
function builtInPolicy() {
  builtIn ??= builtInPolicyWith(PER_ELEMENT_KEYS);
  return builtIn;
}
function builtInPolicyWith(partition, chunkBytes = CHUNK_BYTES, threadElements = THREAD_ELEMENTS) {
  return wasmPolicy(
    readFileSync10(packageFile("policies", "dist", "policy.wasm")),
    {},
    (policy, input, refs) => evaluateLoaded(policy, input, POLICY_ENTRYPOINT, refs),
    { keys: REGO_INPUT_KEYS, unread: UNREAD_FIELDS, partition, readers: REGO_RULE_INPUT_KEYS, chunkBytes },
    { entrypoint: POLICY_ENTRYPOINT, minElements: threadElements }
  );
}
function evaluateLoaded(policy, input, entrypoint, refs) {
  let results;
  try {
    results = policy.evaluate(input, entrypoint);
  } catch (error) {
    throw new Error(`policy evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const findings = results[0]?.result?.findings;
  return Array.isArray(findings) ? findings.map((f) => toRawFinding(f, refs)) : [];
}
function toRawFinding(value2, refs) {
  const r = value2;
  const related = (r.related ?? []).map((rel) => ({ ref: refs.expand(rel.ref), message: rel.message }));
  return {
    ruleId: r.ruleId,
    ...r.messageId ? { messageId: r.messageId } : {},
    ref: refs.expand(r.ref),
    data: r.data ?? {},
    related,
    ...r.resource ? { resource: r.resource } : {}
  };
}

// src/evaluate/suppressions.ts
import path18 from "node:path";
var ANNOTATION = WAIVER_ANNOTATION;
var INLINE = new RegExp(`^#\\s*${INLINE_WAIVER}\\b(.*)$`);
function commentStart(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = null;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'")
        i++;
      else if (c === "'") quote = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1])) quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) return i;
  }
  return -1;
}
function gitLineNumbers(text) {
  if (!/\r(?!\n)/.test(text)) return void 0;
  const gitLine = [0, 1];
  let git2 = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      if (c === 10) git2++;
      gitLine.push(git2);
    }
  }
  return (line) => gitLine[line] ?? git2;
}
var WaiverCollector = class {
  constructor(options) {
    this.options = options;
    const policyRules = new Set(options.policyRules ?? []);
    this.known = (id) => ruleById(id) !== void 0 || policyRules.has(id);
  }
  options;
  waivers = [];
  problems = [];
  /** Waivers in the files, waiting for REF's word on them (with trust). */
  pending = [];
  known;
  add = (kind, rules, reason, ref, file, applies, scope2, lines) => {
    const unknown = rules.filter((r) => !this.known(r));
    if (unknown.length > 0) {
      const names2 = unknown.map((r) => `"${r}"`).join(", ");
      this.invalid(ref, "unknown-rule", { names: names2, notRules: unknown.length === 1 ? "is not a rule" : "are not rules" });
      return;
    }
    if (!reason) {
      this.invalid(ref, "no-reason", { rules: rules.join(", ") });
      return;
    }
    const waiver = { kind, rules, reason, ref, applies, file, used: false, scope: scope2, seq: 0, lines };
    if (this.options.trust && kind !== "config") this.pending.push(waiver);
    else this.waivers.push(waiver);
  };
  invalid = (ref, messageId, data) => {
    this.problems.push(inputFinding("input/invalid-suppression", messageId, ref, data));
  };
  addFile(file) {
    if (!this.options.inline && !this.options.trust) return;
    collectInline(file, this.add);
    collectAnnotations(file, this.add, this.invalid, Boolean(this.options.trust));
  }
  addConfig(config) {
    collectConfig(config, this.options.today, this.add, this.invalid);
    this.relative = configRelative(config);
  }
  relative;
  /**
   * Sorts the waivers in the files into those REF has (they waive) and new ones (reported, and
   * waiving nothing): one `git diff` for all the files that hold them.
   */
  settle() {
    const trust = this.options.trust;
    if (!trust || this.pending.length === 0) return;
    const files = [...new Set(this.pending.map((w) => w.file))];
    const status = trust.lineStatus(files);
    for (const w of this.pending) {
      const lines = status.get(w.file) ?? "new";
      const old = lines !== "new" && (w.lines ?? []).every((n) => !lines.has(n));
      if (old) this.waivers.push(w);
      else
        this.problems.push(
          inputFinding("input/untrusted-waiver", "waiver", w.ref, { rules: w.rules.join(", "), ref: trust.ref })
        );
    }
    this.pending.length = 0;
  }
};
function unwaivable(ruleId) {
  return ruleId.endsWith("-suppression") || ruleId === "input/untrusted-waiver";
}
var WaiverIndex = class {
  constructor(waivers, relative2) {
    this.relative = relative2;
    waivers.forEach((w, seq) => {
      w.seq = seq;
      const { scope: scope2 } = w;
      if (scope2.kind === "lines") for (const line of scope2.lines) push(this.byLine, `${scope2.file}\0${line}`, w);
      else if (scope2.kind === "doc") push(this.byDoc, `${scope2.file}\0${scope2.doc}`, w);
      else if (scope2.literal)
        for (const p of scope2.literal) for (const r of w.rules) push(this.byPath, `${r}\0${p}`, w);
      else for (const r of w.rules) push(this.byRule, r, w);
    });
  }
  relative;
  byLine = /* @__PURE__ */ new Map();
  byDoc = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  byRule = /* @__PURE__ */ new Map();
  /** The first waiver (in reading order) that waives `f`. */
  find(f) {
    let best;
    const consider = (list2) => {
      for (const w of list2 ?? []) {
        if (best && w.seq >= best.seq) continue;
        if (w.rules.includes(f.ruleId) && w.applies(f)) best = w;
      }
    };
    consider(this.byLine.get(`${f.file}\0${f.line}`));
    if (f.doc !== void 0) consider(this.byDoc.get(`${f.file}\0${f.doc}`));
    if (this.byPath.size > 0) consider(this.byPath.get(`${f.ruleId}\0${this.relative(f.file)}`));
    consider(this.byRule.get(f.ruleId));
    return best;
  }
};
function push(map, key, value2) {
  const list2 = map.get(key);
  if (list2) list2.push(value2);
  else map.set(key, [value2]);
}
var SUPPRESSION_KIND = { inline: "comment", annotation: "annotation", config: "config" };
function applyWaivers(findings, collected, enabled, judged = () => true) {
  if (collected instanceof WaiverCollector) collected.settle();
  const problems = [...collected.problems];
  const kept = [];
  const suppressed = [];
  const index = new WaiverIndex(collected.waivers, collected.relative ?? ((f) => f));
  for (const finding2 of findings) {
    const waiver = unwaivable(finding2.ruleId) ? void 0 : index.find(finding2);
    if (waiver) {
      waiver.used = true;
      suppressed.push({
        ...finding2,
        suppression: { kind: SUPPRESSION_KIND[waiver.kind], justification: waiver.reason }
      });
    } else {
      kept.push(finding2);
    }
  }
  for (const w of collected.waivers) {
    if (w.used || !w.rules.some(enabled) || w.kind !== "config" && !judged(w.ref.file)) continue;
    problems.push(inputFinding("input/unused-suppression", "unused", w.ref, { rule: w.rules.join(", ") }));
  }
  return { findings: kept, suppressed, problems };
}
function collectInline(file, add) {
  if (!file.text.includes(INLINE_WAIVER)) return;
  const git2 = gitLineNumbers(file.text);
  file.lines.forEach((text, i) => {
    if (!text.includes(INLINE_WAIVER)) return;
    const start = commentStart(text);
    const found = start < 0 ? null : INLINE.exec(text.slice(start));
    if (!found) return;
    const m = { index: start, 1: found[1] };
    const body = m[1];
    const separator = body.indexOf(" --");
    const reason = separator < 0 ? null : body.slice(separator + 3).trim() || null;
    const rules = (separator < 0 ? body : body.slice(0, separator)).split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const alone = text.slice(0, m.index).trim() === "";
    const ref = { file: file.file, line, column: m.index + 1, endLine: line, endColumn: text.length + 1 };
    const lines = alone ? [line, line + 1] : [line];
    add(
      "inline",
      rules,
      reason,
      ref,
      file.file,
      (f) => f.file === file.file && (f.line === line || alone && f.line === line + 1),
      { kind: "lines", file: file.file, lines },
      git2 ? lines.map(git2) : lines
    );
  });
}
function collectAnnotations(file, add, invalid, needLines) {
  for (const doc of file.documents) {
    const annotations = doc.data?.metadata?.annotations;
    const value2 = annotations?.[ANNOTATION];
    if (value2 === void 0) continue;
    const ref = { file: file.file, doc: doc.index, path: ["metadata", "annotations", ANNOTATION] };
    if (typeof value2 !== "string") {
      invalid(ref, "not-a-string", { annotation: ANNOTATION });
      continue;
    }
    let lines;
    if (needLines) {
      const key = file.sourceMap.locate(doc.index, ref.path, { key: true });
      const end = file.sourceMap.locate(doc.index, ref.path);
      const git2 = gitLineNumbers(file.text);
      lines = [];
      for (let n = key.line; n <= Math.max(key.line, end.endLine); n++) lines.push(git2 ? git2(n) : n);
    }
    for (const entry of value2.split("\n").map((l) => l.trim()).filter(Boolean)) {
      const colon = entry.indexOf(": ");
      const rules = (colon < 0 ? entry : entry.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
      const reason = colon < 0 ? null : entry.slice(colon + 2).trim() || null;
      add(
        "annotation",
        rules,
        reason,
        ref,
        file.file,
        (f) => f.file === file.file && f.doc === doc.index,
        { kind: "doc", file: file.file, doc: doc.index },
        lines
      );
    }
  }
}
function collectConfig(config, today, add, invalid) {
  const source = config.source;
  if (!source) return;
  config.ignore.forEach((entry, i) => {
    const ref = { file: source.file, doc: source.documents[0]?.index ?? 0, path: ["ignore", i] };
    if (entry.expires !== void 0 && entry.expires < today) {
      invalid({ ...ref, path: ["ignore", i, "expires"] }, "expired", { rule: entry.rule, expires: entry.expires });
      return;
    }
    const patterns = entry.paths ?? ["**"];
    const match = compileGlobs(patterns);
    const relative2 = configRelative(config);
    const inCluster = (f) => !entry.clusters || f.clusters.some((c) => entry.clusters.includes(c));
    const literal2 = patterns.every((p) => !/[*?[\]{}!\\]/.test(p)) ? patterns.map((p) => p.replace(/^(\.\/)+/, "")) : null;
    add(
      "config",
      [entry.rule],
      entry.reason?.trim() || null,
      ref,
      null,
      (f) => match(relative2(f.file)) && inCluster(f),
      { kind: "paths", literal: literal2 }
    );
  });
}
function configRelative(config) {
  const configDir = config.baseDisplay ?? (config.source ? path18.posix.dirname(config.source.file) : ".");
  return (file) => configDir === "." ? file : path18.posix.relative(configDir, file);
}
function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

// src/fleet/fleet.ts
function fluxCopyName(name, flux) {
  return `${name}#flux:${flux.kustomization.ref.file}:${flux.id}@${flux.cluster}`;
}

// src/fleet/argo-helm-values.ts
import { realpathSync as realpathSync6, statSync as statSync7 } from "node:fs";
import path19 from "node:path";
function argoHelmValues(app, source, io) {
  const helm = source.helm;
  if (!helm) return [];
  const at3 = (...rest) => ({
    file: app.ref.file,
    doc: app.ref.doc,
    path: [...source.at, "helm", ...rest]
  });
  const values = [];
  for (const { file, index } of helm.valueFiles) values.push(valueFile(app, source, file, at3("valueFiles", index), io));
  if (typeof helm.values === "string") {
    const parsed = parseText("values.yaml", helm.values, { fast: false }).documents[0]?.data;
    values.push({ kind: "inline", values: parsed ?? {}, ref: at3("values"), embedded: true });
  } else if (helm.values) {
    values.push({ kind: "inline", values: helm.values, ref: at3("valuesObject") });
  }
  helm.parameters.forEach((p, i) => {
    values.push({ kind: "set", name: p.name, value: p.value, ref: at3("parameters", i, "value") });
  });
  return values;
}
function repositoryFile(roots, repoPath) {
  for (const root2 of roots) {
    const abs = path19.resolve(root2, repoPath);
    try {
      const rel = path19.relative(realpathSync6(root2), realpathSync6(abs));
      if (rel.startsWith("..") || path19.isAbsolute(rel)) continue;
      if (statSync7(abs).isFile()) return abs;
    } catch {
    }
  }
  return void 0;
}
function valueFile(app, source, file, ref, io) {
  const hidden = (words) => ({
    kind: "hidden",
    words: `value file ${file} ${words}`,
    ref,
    at: null
  });
  const named2 = /^\$([^/]+)\/(.+)$/.exec(file);
  if (!named2) {
    if (io.chartFile) return { kind: "file", file: io.chartFile(file), ref };
    return hidden(
      `of chart ${source.chart} from ${source.repoURL ?? "a Helm repository"}, which edgenet does not fetch`
    );
  }
  const refSource = app.sources.find((s) => s.refName === named2[1]);
  if (!refSource) return hidden(`of no source (no source of Application ${app.name} has ref: ${named2[1]})`);
  const repoPath = path19.posix.normalize(named2[2]);
  if (repoPath.startsWith("../") || repoPath === ".." || path19.posix.isAbsolute(repoPath))
    return hidden(`is outside the repository of the source ${named2[1]}: not read`);
  const found = io.repositoryFile(repoPath);
  if (found) return { kind: "file", file: found, ref };
  return hidden(`of ${refSource.repoURL ?? `the source ${named2[1]}`}, which is not in this repository`);
}

// src/compose/flux-substitute.ts
var NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
function envsubst(text, lookup2) {
  if (!text.includes("${")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const at3 = text.indexOf("${", i);
    if (at3 < 0) break;
    if (at3 > 0 && text[at3 - 1] === "$") {
      out += `${text.slice(i, at3 - 1)}\${`;
      i = at3 + 2;
      continue;
    }
    const end = text.indexOf("}", at3 + 2);
    if (end < 0) break;
    out += text.slice(i, at3) + (expand(text.slice(at3 + 2, end), lookup2) ?? text.slice(at3, end + 1));
    i = end + 1;
  }
  return out + text.slice(i);
}
function wholeVariable(text) {
  return /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)(?::?[=-][^}]*)?\}$/.exec(text)?.[1] ?? null;
}
function expand(expression, lookup2) {
  const m = /^([^:=\-}]+)(?:(:?[=-])(.*))?$/s.exec(expression);
  if (!m || !NAME.test(m[1])) return void 0;
  const found = lookup2(m[1]);
  if (found === "unknown") return void 0;
  const operator = m[2];
  if (operator === void 0) return found === "unset" ? void 0 : found.value;
  const useDefault = found === "unset" || operator.startsWith(":") && found.value === "";
  return useDefault ? m[3] : found.value;
}
var DISABLE = "kustomize.toolkit.fluxcd.io/substitute";
function substitutionDisabled(object) {
  const metadata = object?.metadata;
  const says = (map) => map?.[DISABLE] === "disabled";
  return says(metadata?.labels) || says(metadata?.annotations);
}
function substituteObject(object, lookup2) {
  if (typeof object === "string") return envsubst(object, lookup2);
  if (Array.isArray(object)) return object.map((v) => substituteObject(v, lookup2));
  if (object !== null && typeof object === "object") {
    const out = {};
    for (const [k, v] of Object.entries(object)) out[k] = substituteObject(v, lookup2);
    return out;
  }
  return object;
}

// src/fleet/flux-copies.ts
function fluxCopy(objects, flux, configMaps, written2) {
  const k = flux.kustomization;
  const variables = variablesOf(flux, configMaps);
  const substitutes = k.substitute.length > 0 || k.substituteFrom.length > 0;
  const common = k.build.commonMetadata;
  const copied = objects.map((object) => {
    let out = substitutes && !substitutionDisabled(object) ? substituteObject(object, variables.lookup) : object;
    if (k.targetNamespace !== null && isRecord(out) && namespaced(out)) {
      const metadata = isRecord(out.metadata) ? out.metadata : {};
      out = { ...out, metadata: { ...metadata, namespace: k.targetNamespace } };
    }
    if ((common.labels.length || common.annotations.length) && isRecord(out)) out = withCommonMetadata(out, common);
    return out;
  });
  const relocate = (ref) => {
    const entry = commonEntry(common, ref);
    if (entry) return entry.ref;
    const original = originalText(objects[ref.doc], ref);
    const name = substitutes && original !== void 0 ? wholeVariable(original) : null;
    return name && variables.places.get(name) || written2(ref);
  };
  return { objects: copied, relocate };
}
function variablesOf(flux, configMaps) {
  const k = flux.kustomization;
  const values = /* @__PURE__ */ new Map();
  const places = /* @__PURE__ */ new Map();
  let hidden = false;
  for (const source of k.substituteFrom) {
    const found = source.kind === "ConfigMap" ? configMaps.filter((c) => c.name === source.name && c.namespace === k.namespace) : [];
    if (found.length !== 1) {
      hidden = true;
      continue;
    }
    for (const entry of found[0].entries) {
      values.set(entry.key, entry.value);
      places.set(entry.key, entry.ref);
    }
  }
  for (const s of k.substitute) {
    values.set(s.name, s.value);
    places.set(s.name, s.ref);
  }
  const lookup2 = (name) => {
    const value2 = values.get(name);
    if (value2 !== void 0) return { value: value2 };
    return hidden ? "unknown" : "unset";
  };
  return { lookup: lookup2, places };
}
function withCommonMetadata(object, common) {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const merged = (own, entries) => {
    const out = isRecord(own) ? { ...own } : {};
    for (const e of entries) out[e.key] = e.value;
    return out;
  };
  const next = { ...metadata };
  if (common.labels.length) next.labels = merged(metadata.labels, common.labels);
  if (common.annotations.length) next.annotations = merged(metadata.annotations, common.annotations);
  return { ...object, metadata: next };
}
function commonEntry(common, ref) {
  const [metadata, map, key] = ref.path;
  if (metadata !== "metadata" || ref.path.length !== 3) return void 0;
  const entries = map === "labels" ? common.labels : map === "annotations" ? common.annotations : [];
  return entries.find((e) => e.key === key);
}
function originalText(object, ref) {
  const value2 = get(object, ...ref.path);
  if (typeof value2 !== "string") return void 0;
  if (!ref.inner?.length) return value2;
  try {
    const inner = get(JSON.parse(value2), ...ref.inner);
    return typeof inner === "string" ? inner : void 0;
  } catch {
    return void 0;
  }
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "FlowSchema",
  "IngressClass",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "RuntimeClass",
  "StorageClass",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment"
]);
function namespaced(object) {
  return typeof object.kind === "string" && !CLUSTER_SCOPED.has(object.kind);
}

// src/fleet/hidden-values.ts
function unknownWhereHidden(draft, hiddenBy, installer) {
  const keep = (list2, test) => {
    const kept = list2.filter(test);
    list2.length = 0;
    for (const item of kept) list2.push(item);
  };
  const known = (fact) => {
    const hidden = hiddenBy(fact.ref);
    if (hidden)
      draft.unknowns.push({
        what: fact.origin,
        reason: `${installer} takes ${hidden.words}, and those may replace the value written here`,
        ref: fact.ref,
        resource: fact.resource
      });
    return hidden === void 0;
  };
  for (const kind of ["pod", "service", "vpc", "vswitch"]) keep(draft.cidrs[kind], known);
  keep(draft.masks, known);
  keep(
    draft.flannel,
    (f) => known({ ref: f.backendTypeRef, origin: "flannel net-conf.json Backend.Type", resource: f.resource })
  );
}

// src/fleet/plan-fleet.ts
import { existsSync as existsSync6, statSync as statSync9 } from "node:fs";
import path22 from "node:path";

// src/model/known-charts.ts
var FLANNEL_DEFAULT_POD_CIDR = "10.244.0.0/16";
var FLANNEL_DEFAULT_BACKEND = "vxlan";
function chartName(chart) {
  return chart.replace(/\/+$/, "").split("/").pop().toLowerCase();
}
function isKnownChart(chart) {
  return chart !== null && KNOWN.has(chartName(chart));
}
var KNOWN = /* @__PURE__ */ new Map([
  ["flannel", readFlannelValues],
  ["kube-flannel", readFlannelValues],
  ["raven-agent", readRavenValues]
]);
function readKnownChartValues(site2, draft) {
  const read = KNOWN.get(chartName(site2.chart));
  if (!read) return false;
  read(site2, draft);
  return true;
}
function value(site2, draft, path28, hasDefault = true) {
  const v = site2.value(path28);
  if (v === void 0) return void 0;
  if ("hidden" in v) {
    if (hasDefault)
      draft.unknowns.push({
        what: `${chartName(site2.chart)} chart value ${path28.join(".")} (${site2.installer})`,
        reason: `its ${v.hidden}, may set it${v.overrides ? " over the value written here" : "; the chart's default is not assumed"}`,
        ref: v.ref,
        resource: site2.resource
      });
    return "hidden";
  }
  return v.value === void 0 || v.value === null ? void 0 : v;
}
function readFlannelValues(site2, draft) {
  const cidr3 = (key, fallback) => {
    const written2 = value(site2, draft, [key], fallback !== null);
    if (written2 === "hidden") return null;
    const text = written2 ? scalarString(written2.value) : fallback;
    if (!text) return null;
    const origin = written2 ? `flannel chart value ${key} (${site2.installer})` : `flannel chart default ${key} (${site2.installer})`;
    return {
      cidr: text,
      ref: written2?.ref ?? site2.chartRef,
      origin,
      declaredBy: "flannel",
      resource: site2.resource
    };
  };
  const network = cidr3("podCidr", FLANNEL_DEFAULT_POD_CIDR);
  const ipv6Network = cidr3("podCidrv6", null);
  if (network) draft.addCidr("pod", network);
  if (ipv6Network) draft.addCidr("pod", ipv6Network);
  const backend = value(site2, draft, ["flannel", "backend"]);
  const port = value(site2, draft, ["flannel", "backendPort"]);
  if (backend === "hidden" || port === "hidden") return;
  const portNumber = typeof port?.value === "number" ? port.value : Number(scalarString(port?.value));
  draft.flannel.push({
    ref: site2.chartRef,
    resource: site2.resource,
    network,
    ipv6Network,
    backendType: backend ? scalarString(backend.value) ?? null : FLANNEL_DEFAULT_BACKEND,
    backendTypeRef: backend?.ref ?? site2.chartRef,
    // 0 means the backend's default port (the chart's values: "0 means default value").
    backendPort: Number.isInteger(portNumber) && portNumber > 0 ? portNumber : null
  });
}
function readRavenValues(site2, draft) {
  const switches = [
    ["enableL3Tunnel", ["controller", "enableTunnel"], true],
    ["enableL7Proxy", ["controller", "enableProxy"], true],
    ["forwardNodeIp", ["vpn", "forwardNodeIP"], false]
  ];
  for (const [key, path28, fallback] of switches) {
    const written2 = value(site2, draft, path28);
    if (written2 === "hidden") continue;
    const on = written2 ? String(written2.value).toLowerCase() === "true" : fallback;
    draft.ravenSwitches.push({ key, value: on, ref: written2?.ref ?? site2.chartRef });
  }
}

// src/fleet/config-map-generators.ts
import { readFileSync as readFileSync11, realpathSync as realpathSync7, statSync as statSync8 } from "node:fs";
import path20 from "node:path";
var MAX_VALUES_BYTES = 1024 * 1024;
function generatedConfigMaps(kustomizations, io) {
  const out = [];
  const merged = /* @__PURE__ */ new Set();
  for (const k of kustomizations) {
    const generators = k.data.configMapGenerator;
    if (!Array.isArray(generators)) continue;
    for (const g of generators) {
      const { name, behavior } = g ?? {};
      if (typeof name === "string" && (behavior === "merge" || behavior === "replace")) merged.add(name);
    }
  }
  for (const k of kustomizations) {
    const generators = k.data.configMapGenerator;
    if (!Array.isArray(generators)) continue;
    const dir = path20.dirname(io.absolute(k.file));
    const namespace = typeof k.data.namespace === "string" ? k.data.namespace : void 0;
    generators.forEach((g, index) => {
      if (!g || typeof g !== "object" || typeof g.name !== "string") return;
      const entry = g;
      const at3 = ["configMapGenerator", index];
      const entries = [...fileEntries(entry.files, dir, io), ...literalEntries(entry.literals, k, at3)];
      const envs = entry.envs !== void 0 || g.env !== void 0;
      const by = `generated by ${k.file}`;
      const unknown = merged.has(entry.name) ? `${by} and merged by another generator of that name (behavior: merge or replace), which edgenet does not follow` : envs ? `${by} from env files, which edgenet does not read` : entries.includes(void 0) ? `${by} from a file edgenet cannot read (missing, too large or outside the repository)` : void 0;
      out.push({
        name: entry.name,
        // kustomize's namespace transformer sets the kustomization's namespace over the generator's.
        namespace: namespace ?? (typeof entry.namespace === "string" ? entry.namespace : "default"),
        entries: unknown ? [] : entries,
        ref: { file: k.file, doc: k.doc, path: at3 },
        ...unknown ? { unknown } : {}
      });
    });
  }
  return out;
}
function fileEntries(files, dir, io) {
  if (!Array.isArray(files)) return [];
  return files.map((source) => {
    if (typeof source !== "string") return void 0;
    const eq = source.indexOf("=");
    const file = eq > 0 ? source.slice(eq + 1) : source;
    const abs = path20.resolve(dir, file);
    let value2;
    try {
      if (!io.inside(realpathSync7(abs)) || statSync8(abs).size > MAX_VALUES_BYTES) return void 0;
      value2 = readFileSync11(abs, "utf8");
    } catch {
      return void 0;
    }
    const display = io.display(abs);
    return {
      key: eq > 0 ? source.slice(0, eq) : path20.basename(file),
      value: value2,
      ref: { file: display, doc: 0, path: [] },
      file: display
    };
  });
}
function literalEntries(literals, k, at3) {
  if (!Array.isArray(literals)) return [];
  return literals.map((literal2, i) => {
    if (typeof literal2 !== "string" || literal2.indexOf("=") <= 0) return void 0;
    const eq = literal2.indexOf("=");
    let [start, end] = [eq + 1, literal2.length];
    const q = literal2[start];
    if (end - start >= 2 && (q === '"' || q === "'") && literal2[end - 1] === q) [start, end] = [start + 1, end - 1];
    return {
      key: literal2.slice(0, eq),
      value: literal2.slice(start, end),
      ref: { file: k.file, doc: k.doc, path: [...at3, "literals", i], span: [start, end] }
    };
  });
}

// src/fleet/release-values.ts
function releaseValues(release, configMaps) {
  const sources = [];
  const missingKeys = [];
  for (const from of release.valuesFrom) {
    const key = from.valuesKey ?? "values.yaml";
    const found = from.kind === "ConfigMap" ? configMaps.filter((c) => c.name === from.name && c.namespace === release.namespace) : [];
    if (found.length !== 1 || found[0].unknown) {
      const why = from.kind !== "ConfigMap" ? "which are not in the repository" : found.length > 1 ? `of which the cluster's files hold ${found.length} ConfigMaps` : found[0]?.unknown ? found[0].unknown : `which are not in the repository${from.optional ? " (optional: it may still be in the cluster)" : ""}`;
      sources.push({
        kind: "hidden",
        words: `values from ${from.kind} ${from.name} (key ${key}), ${why}`,
        ref: from.ref,
        at: from.targetPath === null ? null : helmPath(from.targetPath)
      });
      continue;
    }
    const entry = found[0].entries.find((e) => e.key === key);
    if (!entry) {
      missingKeys.push({
        ref: from.ref,
        reason: `HelmRelease ${release.namespace}/${release.name} takes values from ConfigMap ${from.name} (key ${key}), which has no such key: Flux refuses the release, and its chart is judged without them`
      });
      continue;
    }
    if (from.targetPath !== null)
      sources.push({ kind: "target", name: from.targetPath, value: entry.value, ref: entry.ref });
    else {
      const first = parseText(key, entry.value, { fast: false }).documents[0];
      const parsed = first?.index === 0 ? first.data : void 0;
      if (entry.file !== void 0) sources.push({ kind: "inline", values: parsed ?? {}, ref: entry.ref });
      else sources.push({ kind: "inline", values: parsed ?? {}, ref: entry.ref, embedded: true });
    }
  }
  if (release.values !== null) sources.push({ kind: "inline", values: release.values, ref: release.valuesRef });
  return { sources, missingKeys };
}

// src/fleet/installer-changes.ts
function fluxInstaller(k) {
  return `Flux Kustomization ${k.namespace}/${k.name} (${k.ref.file})`;
}
function fluxInstall(k, absolute) {
  if (!fluxChangesBuild(k.build)) return void 0;
  return { installer: fluxInstaller(k), at: namedAt(k.ref, absolute), by: "flux", changes: k.build };
}
function fluxChangesAfterBuild(k) {
  const metadata = k.build.commonMetadata;
  return k.substitute.length > 0 || k.substituteFrom.length > 0 || metadata.labels.length > 0 || metadata.annotations.length > 0 || k.targetNamespace !== null && !fluxChangesBuild(k.build);
}
function fluxChangeWords(k) {
  const b = k.build;
  return [
    ...b.patches.length ? ["patches"] : [],
    ...b.images.length ? ["images"] : [],
    ...b.namePrefix ? [`namePrefix ${b.namePrefix.value}`] : [],
    ...b.nameSuffix ? [`nameSuffix ${b.nameSuffix.value}`] : [],
    ...b.components.length ? ["components"] : [],
    ...b.commonMetadata.labels.length || b.commonMetadata.annotations.length ? ["commonMetadata"] : [],
    ...k.substitute.length || k.substituteFrom.length ? ["post-build substitution"] : [],
    ...k.targetNamespace !== null ? [`targetNamespace ${k.targetNamespace}`] : []
  ];
}
function argoInstallChanges(app, source, absolute) {
  const k = source.kustomize;
  if (!k || !argoChangesBuild(k)) return void 0;
  return {
    installer: `Argo CD Application ${app.name} (${app.ref.file})`,
    // A failure of the build is the source's: reported at the path it builds.
    at: namedAt(source.ref, absolute),
    by: "argo",
    changes: k
  };
}
function argoChangeWords(source) {
  const k = source.kustomize;
  if (!k) return [];
  return [
    ...k.patches.length ? ["kustomize patches"] : [],
    ...k.images.length ? ["images"] : [],
    ...k.namePrefix ? [`namePrefix ${k.namePrefix.value}`] : [],
    ...k.nameSuffix ? [`nameSuffix ${k.nameSuffix.value}`] : [],
    ...k.namespace ? [`namespace ${k.namespace.value}`] : [],
    ...k.replicas.length ? ["replicas"] : [],
    ...k.commonLabels.length ? ["commonLabels"] : [],
    ...k.commonAnnotations.length ? ["commonAnnotations"] : [],
    ...k.components.length ? ["components"] : []
  ];
}
function listWords(words) {
  return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
function namedAt(ref, absolute) {
  return { file: absolute(ref.file), doc: ref.doc, at: ref.path };
}

// src/fleet/source-files.ts
var import_ignore3 = __toESM(require_ignore(), 1);
import { existsSync as existsSync5, readFileSync as readFileSync12 } from "node:fs";
import path21 from "node:path";
var FLUX_DEFAULT_IGNORE = [
  ".git/",
  ".gitignore",
  ".gitmodules",
  ".gitattributes",
  "*.jpg",
  "*.jpeg",
  "*.gif",
  "*.png",
  "*.wmv",
  "*.flv",
  "*.tar.gz",
  "*.zip",
  ".github/",
  ".circleci/",
  ".travis.yml",
  ".gitlab-ci.yml",
  "appveyor.yml",
  ".drone.yml",
  "cloudbuild.yaml",
  "codeship-services.yml",
  "codeship-steps.yml",
  "**/.goreleaser.yml",
  "**/.sops.yaml",
  "**/.flux.yaml"
];
function fluxIgnores(root2, specIgnore) {
  const top = (0, import_ignore3.default)().add(specIgnore ?? FLUX_DEFAULT_IGNORE.join("\n"));
  const nested = /* @__PURE__ */ new Map();
  const sourceIgnore = (dir) => {
    if (nested.has(dir)) return nested.get(dir);
    const file = path21.join(dir, ".sourceignore");
    const rules = existsSync5(file) ? (0, import_ignore3.default)().add(readFileSync12(file, "utf8")) : null;
    nested.set(dir, rules);
    return rules;
  };
  return (file) => {
    const rel = path21.relative(root2, file);
    if (!rel || rel.startsWith("..") || path21.isAbsolute(rel)) return false;
    const posix = rel.split(path21.sep).join("/");
    if (top.ignores(posix)) return true;
    for (let dir = path21.dirname(file); ; dir = path21.dirname(dir)) {
      const rules = sourceIgnore(dir);
      const below = path21.relative(dir, file).split(path21.sep).join("/");
      if (rules?.ignores(below)) return true;
      if (dir === root2 || path21.dirname(dir) === dir) return false;
    }
  };
}
function argoDirectoryKeeps(include, exclude) {
  const included = include ? argoGlob(include) : null;
  const excluded = exclude ? argoGlob(exclude) : null;
  return (rel) => !excluded?.test(rel) && (included === null || included.test(rel));
}
function argoGlob(pattern) {
  let out = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") out += ".*";
    else if (c === "?") out += ".";
    else if (c === "{") {
      out += "(?:";
      depth++;
    } else if (c === "}" && depth > 0) {
      out += ")";
      depth--;
    } else if (c === "," && depth > 0) out += "|";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < pattern.length) out += `\\${pattern[++i]}`;
    else out += c.replace(/[.+^$()|\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${out}${")".repeat(depth)}$`);
}
function argoDirectoryGlob(pattern) {
  let glob = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) glob += `\\${pattern[++i]}`;
    else if (c === "*") {
      glob += "*";
      while (pattern[i + 1] === "*") i++;
    } else if (c === "[" && pattern[i + 1] === "!") {
      glob += "[\\!";
      i++;
    } else if ("{}(),!".includes(c)) glob += `\\${c}`;
    else glob += c;
  }
  try {
    const match = compileGlobs([glob]);
    return /^\.\/|\/$/.test(pattern) ? () => false : match;
  } catch (error) {
    if (error instanceof GlobError) return () => false;
    throw error;
  }
}

// src/fleet/plan-fleet.ts
var IN_CLUSTER = "https://kubernetes.default.svc";
function planFleet(input) {
  return new Planner(input).plan();
}
var Planner = class {
  constructor(input) {
    this.input = input;
    this.fileSet = new Set(input.files);
    this.sorted = input.files.map((file, at3) => ({ file, at: at3 })).sort((a, b) => a.file < b.file ? -1 : 1);
  }
  input;
  clusters = /* @__PURE__ */ new Map();
  builds = /* @__PURE__ */ new Map();
  skipped = [];
  /** Files some build reads: never judged raw. */
  claimed = /* @__PURE__ */ new Set();
  /** Files an installer leaves out of what it syncs, with who: judged in no cluster. */
  unsynced = /* @__PURE__ */ new Map();
  kustomizationDocs;
  /** Kustomize patch files: what they hold is a change to an object, never a GitOps object itself. */
  patchFiles = /* @__PURE__ */ new Set();
  gitopsHints;
  installerFiles;
  /** Kustomization directories (absolute) no other kustomization includes, and Helm chart directories. */
  topBuilds = /* @__PURE__ */ new Set();
  chartDirs = /* @__PURE__ */ new Set();
  /** buildDirsBelow's sorted lists, made once the builds are all found. */
  sortedBuildDirs = /* @__PURE__ */ new Map();
  /** Template files a configured cluster takes whole: their stacks form no cluster of their own. */
  takenTemplates = /* @__PURE__ */ new Set();
  fileSet;
  /** Chart directories some release or Application installs: not clusters of their own. */
  installedCharts = /* @__PURE__ */ new Set();
  /** HelmReleases of a chart of the repository that no cluster held when they were read. */
  unapplied = [];
  /** Kustomize builds an installer builds changed (installedBuild): not clusters of their own as written. */
  installedKustomizations = /* @__PURE__ */ new Set();
  /** Files an installer's build applies: scoped to its clusters, never loose. */
  applied = /* @__PURE__ */ new Set();
  /** The clusters whose units hold each file (raw, as a template's part, or as a build's input). */
  holders = /* @__PURE__ */ new Map();
  /** input/skipped reasons already given, by place: a Kustomization two clusters apply says it once. */
  said = /* @__PURE__ */ new Set();
  generatedMaps;
  configMapIndex;
  /** Installed builds made again for a cluster whose source leaves other files out, by what it generates. */
  buildVariants = /* @__PURE__ */ new Map();
  /** The read files in code-unit order, each with its place in input.files: a directory's files are one run. */
  sorted;
  plan() {
    this.findBuilds();
    this.configured();
    this.flux();
    this.argo();
    this.helmReleases();
    this.unclaimedBuilds();
    this.stacks();
    return this.finish();
  }
  /**
   * The GitOps objects of the repository, without those in patch files: a Flux Kustomization
   * patch (`spec.path: ./production` and nothing else) changes the object it targets; it applies
   * nothing itself.
   */
  get hints() {
    if (this.gitopsHints) return this.gitopsHints;
    const all = this.input.draft.gitops;
    const real = (list2) => list2.filter((h) => !this.patchFiles.has(h.ref.file));
    this.gitopsHints = {
      fluxKustomizations: real(all.fluxKustomizations),
      gitRepositories: real(all.gitRepositories),
      artifactGenerators: real(all.artifactGenerators),
      helmReleases: real(all.helmReleases),
      argoApplications: real(all.argoApplications),
      argoApplicationSets: real(all.argoApplicationSets)
    };
    return this.gitopsHints;
  }
  /**
   * A file with facts, or one that installs a chart from elsewhere: a HelmRelease (its chart's
   * values are read, or it is said not fetched, with the cluster that holds it), an Application
   * of a known chart.
   */
  describesCluster(file) {
    if (this.input.kinds.has(file)) return true;
    this.installerFiles ??= /* @__PURE__ */ new Set([
      ...this.hints.helmReleases.map((r) => r.ref.file),
      ...this.hints.argoApplications.filter((a) => a.sources.some((s) => isKnownChart(s.chart))).map((a) => a.ref.file)
    ]);
    return this.installerFiles.has(file);
  }
  // -------------------------------------------------------------------------------------------
  // Paths
  display(abs) {
    return path22.relative(this.input.cwd, abs).split(path22.sep).join("/") || ".";
  }
  absolute(display) {
    return path22.resolve(this.input.cwd, display);
  }
  /** A file's path relative to the first root that holds it. */
  rootRelative(display) {
    const abs = this.absolute(display);
    for (const root2 of this.input.roots) {
      const rel = path22.relative(root2, abs);
      if (rel && !rel.startsWith("..") && !path22.isAbsolute(rel)) return rel.split(path22.sep).join("/");
    }
    return display;
  }
  /** A repository-relative directory (a Flux or Argo CD path) on disk, under the first root that has it. */
  resolveRepoPath(repoPath) {
    for (const root2 of this.input.roots) {
      const abs = path22.resolve(root2, repoPath);
      if (isDirectory(abs)) return abs;
    }
    return void 0;
  }
  /** A repository-relative file on disk, as reported, under the first root that has it. */
  repositoryFile(repoPath) {
    const abs = repositoryFile(this.input.roots, repoPath);
    return abs === void 0 ? void 0 : this.display(abs);
  }
  /** Read files under a directory, as reported. */
  filesUnder(dirAbs, recurse = true) {
    const prefix = this.display(dirAbs);
    const under = prefix === "." ? "" : `${prefix}/`;
    const [low, high] = prefixRun(this.sorted, under, (f) => f.file);
    const found = [];
    for (let i = low; i < high; i++) {
      const f = this.sorted[i];
      if (recurse || !f.file.slice(under.length).includes("/")) found.push(f);
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.file);
  }
  // -------------------------------------------------------------------------------------------
  // Builds
  /** Every kustomization and chart; the inputs they read are claimed; the builds nobody includes are top builds. */
  findBuilds() {
    const dirs = /* @__PURE__ */ new Map();
    for (const k of this.input.draft.kustomizations) dirs.set(path22.dirname(this.absolute(k.file)), k.file);
    const included = new Set(
      this.input.draft.kustomizations.filter((k) => k.data.kind === "Component").map((k) => path22.dirname(this.absolute(k.file)))
    );
    for (const k of this.input.draft.kustomizations) {
      const read = readKustomization(k.data, this.absolute(k.file));
      for (const i of read.inputs) {
        if (i.kind !== "local" || !i.path || !["resources", "bases", "components"].includes(i.field)) continue;
        if (dirs.has(i.path)) included.add(i.path);
      }
    }
    for (const dir of [...dirs.keys()].sort()) {
      if (!included.has(dir) && this.kustomizeBuild(dir)) this.topBuilds.add(dir);
    }
    const charts = this.input.draft.charts.map((c) => path22.dirname(this.absolute(c.file))).sort();
    for (const dir of charts) {
      if (charts.some((outer) => outer !== dir && dir.startsWith(`${outer}${path22.sep}`))) continue;
      if (this.claimed.has(this.display(path22.join(dir, "Chart.yaml")))) continue;
      this.chartDirs.add(dir);
      this.chartBuild(dir);
    }
  }
  /** The build of a kustomization directory, its inputs claimed. */
  kustomizeBuild(dirAbs) {
    const id = this.display(dirAbs);
    const known = this.builds.get(id);
    if (known) return known;
    const found = findKustomizationFile(dirAbs);
    const roots = found.file ? [dirAbs] : found.several ?? [];
    if (roots.length === 0) return void 0;
    const graphs = roots.map((root2) => walkKustomization(root2));
    const inputs = [
      ...found.several?.map((f) => this.display(f)) ?? [],
      ...graphs.flatMap((graph) => [
        ...graph.kustomizations.map((k) => this.display(k.file)),
        ...graph.files.filter((f) => !f.directory).map((f) => this.display(f.path)),
        ...graph.files.filter((f) => f.directory).flatMap((f) => this.filesUnder(f.path))
      ])
    ];
    const build = {
      id,
      kind: "kustomize",
      dir: id,
      file: this.display(found.file ?? roots[0]),
      inputs: [...new Set(inputs)].sort()
    };
    for (const f of build.inputs) this.claimed.add(f);
    for (const graph of graphs) {
      for (const f of graph.files) if (f.field.startsWith("patches")) this.patchFiles.add(this.display(f.path));
    }
    this.builds.set(id, build);
    return build;
  }
  /**
   * A chart directory: everything under it is the chart's (templates, values, vendored charts).
   * With an installer, the chart rendered with that installer's values is a build of its own.
   */
  chartBuild(dirAbs, install, cluster) {
    const dir = this.display(dirAbs);
    const chartValues = `${dir === "." ? "" : `${dir}/`}values.yaml`;
    const hasValues = this.fileSet.has(chartValues) || existsSync6(this.absolute(chartValues));
    const values = [
      ...hasValues ? [{ kind: "file", file: chartValues }] : [],
      ...install?.values ?? []
    ];
    let id = install ? `${dir}@${install.installer}` : dir;
    const known = this.builds.get(id);
    if (known && JSON.stringify(known.values) === JSON.stringify(values)) return known;
    if (known && cluster !== void 0) {
      id = `${id} in ${cluster}`;
      const own = this.builds.get(id);
      if (own) return own;
    } else if (known) return known;
    const inputs = this.filesUnder(dirAbs);
    const build = {
      id,
      kind: "helm",
      dir,
      file: `${dir === "." ? "" : `${dir}/`}Chart.yaml`,
      inputs,
      values,
      ...install ? { installer: install.installer, namespace: install.namespace, releaseName: install.releaseName } : {}
    };
    for (const f of inputs) this.claimed.add(f);
    this.builds.set(id, build);
    if (install) this.installedCharts.add(dir);
    return build;
  }
  /**
   * What an installer applies from a directory: its build, or its files and the builds below it.
   * `synced` says whether the installer syncs a file at all (absolute path: .sourceignore, an
   * Argo CD exclude); a build whose kustomization it leaves out is left out whole.
   */
  directoryUnits(dirAbs, recurse, synced = () => true, by) {
    const own = this.kustomizeBuild(dirAbs);
    if (own) return [{ kind: "build", build: own.id }];
    if (existsSync6(path22.join(dirAbs, "Chart.yaml"))) return [{ kind: "build", build: this.chartBuild(dirAbs).id }];
    const units = [];
    const syncs = (abs, file) => {
      if (synced(abs)) return true;
      if (by) this.unsynced.set(file, by);
      return false;
    };
    const subBuilds = outermostBelow(dirAbs, this.buildDirsBelow(dirAbs, true));
    for (const d of subBuilds) {
      const build = this.topBuilds.has(d) || this.chartDirs.has(d) ? this.builds.get(this.display(d)) : void 0;
      if (build && recurse && syncs(this.absolute(build.file), build.file))
        units.push({ kind: "build", build: build.id });
    }
    const inSub = (f) => subBuilds.some((d) => this.absolute(f).startsWith(`${d}${path22.sep}`));
    for (const f of this.filesUnder(dirAbs, recurse)) {
      if (!this.claimed.has(f) && !inSub(f) && syncs(this.absolute(f), f)) units.push({ kind: "file", file: f });
    }
    return units;
  }
  /**
   * A path as its installer builds it (Flux Kustomization patches, Argo CD kustomize options):
   * one build of the path's kustomization, or of the one kustomize-controller generates for a
   * directory of manifests. The manifests it lists stay unclaimed (another installer may apply
   * the directory as it is); the path's own build is this one's, not a cluster of its own.
   */
  installedBuild(dirAbs, install, synced = () => true, by, cluster) {
    let id = `${this.display(dirAbs)}@${install.installer}`;
    const own = kustomizationFileIn(dirAbs);
    const generated = install.by === "flux" && !own ? this.generatedRoot(dirAbs, synced, by) : void 0;
    const known = this.builds.get(id);
    const same2 = (b) => b.install?.by !== "flux" || JSON.stringify(b.install.generated) === JSON.stringify(generated);
    if (known && (same2(known) || cluster === void 0)) return known;
    if (known) {
      const variant = `${id}\0${JSON.stringify(generated)}`;
      const shared = this.buildVariants.get(variant);
      if (shared) return this.builds.get(shared);
      id = `${id} (as cluster ${cluster}'s source syncs it)`;
      this.buildVariants.set(variant, id);
    }
    const full = install.by === "flux" && generated ? { ...install, generated } : install;
    const graph = installGraph(dirAbs, full);
    if (own) this.installedKustomizations.add(this.kustomizeBuild(dirAbs)?.id ?? "");
    const listed = new Set(full.by === "flux" ? (full.generated?.files ?? []).map((f) => this.display(f)) : []);
    const inputs = [
      ...graph.kustomizations.map((k) => this.display(k.file)),
      ...graph.files.filter((f) => !f.directory).map((f) => this.display(f.path)),
      ...graph.files.filter((f) => f.directory).flatMap((f) => this.filesUnder(f.path)),
      // Argo CD does not build a path without a kustomization: its files are this build's, and not judged.
      ...full.by === "argo" && !own ? this.filesUnder(dirAbs) : []
    ];
    const build = {
      id,
      kind: "kustomize",
      dir: this.display(dirAbs),
      file: own ? this.display(own) : this.display(install.at.file),
      inputs: [...new Set(inputs)].sort(),
      install: full
    };
    for (const f of build.inputs) {
      this.applied.add(f);
      if (!listed.has(f) && !(full.by === "argo" && !own)) this.claimed.add(f);
    }
    this.builds.set(id, build);
    return build;
  }
  /**
   * What kustomize-controller's generated kustomization lists for a directory without one: every
   * .yaml/.yml file below it that its source syncs, and each directory below with a
   * kustomization of its own (not descended into).
   */
  generatedRoot(dirAbs, synced, by) {
    const dirs = outermostBelow(
      dirAbs,
      this.buildDirsBelow(dirAbs, false).filter((d) => synced(d))
    );
    const files = [];
    for (const f of this.filesUnder(dirAbs)) {
      const abs = this.absolute(f);
      if (!/\.ya?ml$/.test(f) || dirs.some((d) => abs.startsWith(`${d}${path22.sep}`))) continue;
      if (synced(abs)) files.push(abs);
      else if (by) this.unsynced.set(f, by);
    }
    return { files, dirs: dirs.sort() };
  }
  /** Every directory with a kustomization (absolute), once. */
  kustomizationDirs() {
    return [...this.kustomizationsByDir.keys()];
  }
  /** The kustomization documents read, by their directory (absolute). */
  get kustomizationsByDir() {
    this.kustomizationDocs ??= new Map(
      this.input.draft.kustomizations.map((k) => [path22.dirname(this.absolute(k.file)), k])
    );
    return this.kustomizationDocs;
  }
  /** The directories with a kustomization (and, with `charts`, the charts) strictly below one, by binary search. */
  buildDirsBelow(dirAbs, charts) {
    const key = charts ? "with charts" : "kustomizations";
    let sorted = this.sortedBuildDirs.get(key);
    if (!sorted) {
      const dirs = /* @__PURE__ */ new Set([...this.kustomizationDirs(), ...charts ? this.chartDirs : []]);
      sorted = [...dirs].sort((a, b) => a < b ? -1 : 1);
      this.sortedBuildDirs.set(key, sorted);
    }
    const [low, high] = prefixRun(sorted, `${dirAbs}${path22.sep}`, (d) => d);
    return sorted.slice(low, high);
  }
  /** What Flux's source-controller keeps of the repository at `root` for a Kustomization (source-files.ts). */
  fluxSynced(k, root2, target) {
    const named2 = this.hints.gitRepositories.filter(
      (g) => g.name === (k.sourceRef?.name ?? "") && g.namespace === (k.sourceRef?.namespace ?? k.namespace)
    );
    const repo = named2.find((g) => this.holds(g.ref.file, target)) ?? (named2.length === 1 ? named2[0] : void 0);
    const ignored = fluxIgnores(root2, repo?.ignore ?? null);
    return (abs) => !ignored(abs);
  }
  /**
   * The kustomization beside a file, if its directory has one. Only the same directory: files
   * in the directories below are often manifests of their own (examples applied by hand).
   */
  kustomizationBeside(file) {
    return this.kustomizationsByDir.get(path22.dirname(this.absolute(file)))?.file;
  }
  /** The root (repository top) a directory of the repository is under. */
  rootOf(dirAbs) {
    return this.input.roots.find((r) => dirAbs === r || dirAbs.startsWith(`${r}${path22.sep}`)) ?? dirAbs;
  }
  // -------------------------------------------------------------------------------------------
  // Clusters
  cluster(name, reason) {
    let c = this.clusters.get(name);
    if (!c) {
      c = { name, reasons: [], units: /* @__PURE__ */ new Map(), vpcs: /* @__PURE__ */ new Map(), explicit: false, applications: [] };
      this.clusters.set(name, c);
    }
    if (!c.reasons.includes(reason)) c.reasons.push(reason);
    return c;
  }
  add(c, units) {
    for (const u of units) {
      const key = unitKey(u);
      if (c.units.has(key)) continue;
      c.units.set(key, u);
      const files = u.kind === "build" ? this.builds.get(u.build)?.inputs ?? [] : [u.file];
      for (const f of files) {
        const set2 = this.holders.get(f);
        if (set2) set2.add(c.name);
        else this.holders.set(f, /* @__PURE__ */ new Set([c.name]));
      }
    }
  }
  holds(file, cluster) {
    return this.holders.get(file)?.has(cluster) ?? false;
  }
  /** The clusters whose units hold a file (raw, or as a build input), in name order. */
  clustersHolding(file) {
    return [...this.holders.get(file) ?? []].sort(compareStrings);
  }
  /** An input/skipped, once per place and reason. */
  skip(ref, reason) {
    const key = `${JSON.stringify(ref)}\0${reason}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.skipped.push({ ref, reason });
  }
  /** `clusters:` entries with `paths`: the files, builds and templates their globs name. */
  configured() {
    const { config } = this.input;
    config.clusters.forEach((entry, i) => {
      const c = this.cluster(entry.name, `clusters[${i}] in ${config.source?.file ?? ".edgenet.yaml"}`);
      if (entry.vpcId && config.source) {
        const ref = {
          file: config.source.file,
          doc: config.source.documents[0]?.index ?? 0,
          path: ["clusters", i, "vpcId"]
        };
        c.vpcs.set(`id:${entry.vpcId}`, { key: `id:${entry.vpcId}`, words: `VPC ${entry.vpcId}`, ref });
      }
      if (!entry.paths?.length) return;
      c.explicit = true;
      const match = compileGlobs(entry.paths);
      const relative2 = (display) => path22.relative(config.dir, this.absolute(display)).split(path22.sep).join("/");
      for (const build of this.builds.values()) {
        if (match(relative2(build.file)) || match(`${relative2(build.id)}/`) || match(relative2(build.id))) {
          this.add(c, [{ kind: "build", build: build.id }]);
        }
      }
      for (const file of this.input.files) {
        if (this.claimed.has(file) || !this.describesCluster(file) || !match(relative2(file))) continue;
        this.add(c, [{ kind: "file", file }]);
        this.takenTemplates.add(file);
      }
    });
  }
  /** Flux: `clusters/<name>/` trees, and the paths their Kustomizations apply (followed through what they apply). */
  flux() {
    const hints = this.hints;
    const repositoryOf = /* @__PURE__ */ new Map();
    const directories = this.clusterDirectories();
    for (const dir of directories) {
      const c = this.cluster(dir.name, `files under ${dir.display}/ (Flux's clusters/<name>/ convention)`);
      repositoryOf.set(dir.name, dir.repository);
      const named2 = this.hints.gitRepositories.filter((g) => g.name === "flux-system");
      const bootstrap = named2.find((g) => g.ref.file.startsWith(`${dir.display}/`)) ?? (named2.length === 1 ? named2[0] : void 0);
      const ignored = fluxIgnores(dir.repository, bootstrap?.ignore ?? null);
      const by = `Flux's source-controller (.sourceignore${bootstrap?.ignore ? ", spec.ignore" : ""})`;
      this.add(
        c,
        this.directoryUnits(this.absolute(dir.display), true, (abs) => !ignored(abs), by)
      );
    }
    if (directories.length === 0) this.fluxRoots();
    const applied = hints.fluxKustomizations.map(() => /* @__PURE__ */ new Set());
    const repoPaths = /* @__PURE__ */ new Map();
    for (let changed = true; changed; ) {
      changed = false;
      hints.fluxKustomizations.forEach((k, i) => {
        const targets2 = k.kubeConfigSecret !== null ? [k.kubeConfigSecret] : this.clustersHolding(k.ref.file);
        for (const target of targets2) {
          if (applied[i].has(target)) continue;
          applied[i].add(target);
          changed = true;
          if (!repoPaths.has(k)) repoPaths.set(k, this.fluxSourcePath(k));
          const repoPath = repoPaths.get(k);
          if (repoPath !== void 0) this.fluxApply(k, target, repoPath, repositoryOf.get(target));
        }
      });
    }
  }
  /** What one Flux Kustomization applies to one cluster (`own`: the repository of its clusters/<name>/). */
  fluxApply(k, target, repoPath, own) {
    const dir = (own && isDirectory(path22.resolve(own, repoPath)) ? path22.resolve(own, repoPath) : void 0) ?? this.resolveRepoPath(repoPath);
    if (!dir) {
      this.skip(k.ref, `Flux Kustomization ${k.name} applies ${repoPath}, which is not in the repository`);
      return;
    }
    const changes = fluxChangeWords(k);
    const c = this.cluster(
      target,
      `${fluxInstaller(k)} applies ${this.display(dir)}${changes.length ? ` (with ${listWords(changes)})` : ""}`
    );
    const flux = fluxChangesAfterBuild(k) ? { id: `${k.namespace}/${k.name}`, kustomization: k, cluster: target } : void 0;
    const synced = this.fluxSynced(k, own ?? this.rootOf(dir), target);
    const by = `Flux's source-controller (.sourceignore, spec.ignore of ${k.sourceRef?.kind ?? "GitRepository"} ${k.sourceRef?.name ?? ""})`;
    const install = fluxInstall(k, (f) => this.absolute(f));
    const units = install ? [{ kind: "build", build: this.installedBuild(dir, install, synced, by, target).id }] : this.directoryUnits(dir, true, synced, by);
    this.add(c, flux ? units.map((u) => u.kind === "stack" ? u : { ...u, flux }) : units);
  }
  /**
   * Without `clusters/<name>/` directories, the Flux Kustomizations that no other applies are
   * where a cluster's tree starts (onedr0p/home-ops keeps them in kubernetes/flux/cluster/ks.yaml):
   * those in one directory make one cluster, named by it.
   */
  fluxRoots() {
    const all = this.hints.fluxKustomizations.filter((k) => k.kubeConfigSecret === null);
    const applies = new Map(
      all.map((k) => {
        const repoPath = this.fluxSourcePath(k);
        return [k, repoPath === void 0 ? void 0 : this.resolveRepoPath(repoPath)];
      })
    );
    const appliedByAnother = (k) => {
      const file = this.absolute(k.ref.file);
      return all.some((j) => {
        const dir = applies.get(j);
        return j !== k && dir !== void 0 && file.startsWith(`${dir}${path22.sep}`);
      });
    };
    const roots = /* @__PURE__ */ new Map();
    for (const k of all) {
      if (appliedByAnother(k)) continue;
      const dir = path22.posix.dirname(k.ref.file);
      roots.set(dir, [...roots.get(dir) ?? [], k]);
    }
    for (const [dir, ks] of [...roots].sort((a, b) => compareStrings(a[0], b[0]))) {
      const names2 = ks.map((k) => `${k.namespace}/${k.name}`).join(", ");
      const c = this.cluster(
        // A Kustomization at the repository's top is named by itself.
        this.input.roots.includes(this.absolute(dir)) ? ks[0].name : this.rootRelative(dir),
        `Flux Kustomization ${names2} (${ks[0].ref.file}), which no other applies: where a cluster's tree starts`
      );
      this.add(c, [...new Set(ks.map((k) => k.ref.file))].map(fileUnit));
    }
  }
  /**
   * `clusters/<name>/` directories: at the top of a root (the convention, Flux objects or not), or
   * deeper when they hold Flux Kustomizations (a directory of several repositories): those are
   * named by their path, and their repository is the directory above `clusters/`.
   */
  clusterDirectories() {
    const out = /* @__PURE__ */ new Map();
    const fluxFiles = new Set(this.hints.fluxKustomizations.map((k) => k.ref.file));
    const anywhere = this.input.cwd.includes("clusters");
    for (const f of this.input.files) {
      if (!anywhere && !f.includes("clusters/")) continue;
      const rel = this.rootRelative(f);
      const m = /^(?:(.*)\/)?clusters\/([^/]+)\//.exec(rel);
      if (!m || m[1] !== void 0 && !fluxFiles.has(f)) continue;
      const prefix = f.slice(0, f.length - rel.length);
      const display = `${prefix}${m[1] === void 0 ? "" : `${m[1]}/`}clusters/${m[2]}`;
      const name = m[1] === void 0 ? m[2] : `${m[1]}/clusters/${m[2]}`;
      const repository = this.absolute(`${prefix}${m[1] ?? "."}`);
      if (!out.has(display)) out.set(display, { name, display, repository });
    }
    return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
  }
  /**
   * The repository path a Flux Kustomization applies: its spec.path from the repository's own
   * GitRepository, or through an ArtifactGenerator's copies for an ExternalArtifact. Undefined
   * (with an input/skipped) for a source that is not this repository.
   */
  fluxSourcePath(k) {
    const path0 = (k.path ?? ".").replace(/^\.\/?/, "") || ".";
    const kind = k.sourceRef?.kind ?? "GitRepository";
    const name = k.sourceRef?.name ?? "";
    const hints = this.hints;
    if (kind === "GitRepository") {
      const repo = hints.gitRepositories.find((g) => g.name === name);
      if (repo && repo.name !== "flux-system" && repo.url) {
        this.skip(
          k.ref,
          `Flux Kustomization ${k.name} applies ${path0} of GitRepository ${name} (${repo.url}), another repository`
        );
        return void 0;
      }
      return path0;
    }
    if (kind === "ExternalArtifact") {
      for (const generator of hints.artifactGenerators) {
        const artifact = generator.artifacts.find((a) => a.name === name);
        if (!artifact) continue;
        for (const copy of artifact.copies) {
          const from = /^@([^/]+)\/(.*?)\/?\*\*$/.exec(copy.from);
          const to = /^@artifact\/?(.*?)\/?$/.exec(copy.to);
          if (!from || !to) continue;
          const source = generator.sources[from[1]];
          if (source && source.kind === "GitRepository" && hints.gitRepositories.some((g) => g.name === source.name && g.url && g.name !== "flux-system"))
            continue;
          const target = to[1];
          const inArtifact = path0 === "." ? "" : path0;
          if (target === "" || inArtifact === target || inArtifact.startsWith(`${target}/`)) {
            const rest = target === "" ? inArtifact : inArtifact.slice(target.length).replace(/^\//, "");
            return [from[2], rest].filter(Boolean).join("/") || ".";
          }
        }
      }
      this.skip(
        k.ref,
        `Flux Kustomization ${k.name} applies ExternalArtifact ${name}, whose ArtifactGenerator is not in the repository`
      );
      return void 0;
    }
    this.skip(k.ref, `Flux Kustomization ${k.name} applies ${path0} of ${kind} ${name}, which edgenet does not fetch`);
    return void 0;
  }
  /** Argo CD: every Application (and ApplicationSet expanded from its list or git generators). */
  argo() {
    const written2 = new Set(this.hints.argoApplications);
    for (const app of [...this.hints.argoApplications, ...this.expandApplicationSets()]) {
      const d = app.destination;
      const target = d.name ?? (d.server === IN_CLUSTER || !d.server ? "in-cluster" : d.server);
      for (const source of app.sources) {
        if (source.chart) {
          if (isKnownChart(source.chart)) {
            const c2 = this.cluster(
              target,
              `Argo CD Application ${app.name} (${app.ref.file}) installs chart ${source.chart}`
            );
            if (written2.has(app)) this.add(c2, [fileUnit(app.ref.file)]);
            else if (!c2.applications.includes(app)) c2.applications.push(app);
            continue;
          }
          this.skipped.push({
            ref: source.ref,
            reason: `Argo CD Application ${app.name} installs chart ${source.chart} from ${source.repoURL ?? "a Helm repository"}, which edgenet does not fetch`
          });
          continue;
        }
        if (source.path === null) continue;
        const dir = this.resolveRepoPath(source.path.replace(/^\.\/?/, "") || ".");
        if (!dir) {
          this.skipped.push({
            ref: source.ref,
            reason: `Argo CD Application ${app.name} applies ${source.path} of ${source.repoURL ?? "its repository"}, which is not in this repository`
          });
          continue;
        }
        const changes = argoChangeWords(source);
        const c = this.cluster(
          target,
          `Argo CD Application ${app.name} (${app.ref.file}) applies ${this.display(dir)}` + (changes.length ? ` (with ${listWords(changes)})` : "")
        );
        const install = argoInstallChanges(app, source, (f) => this.absolute(f));
        if (existsSync6(path22.join(dir, "Chart.yaml"))) {
          this.add(c, [{ kind: "build", build: this.chartBuild(dir, this.argoInstall(app, source, dir)).id }]);
        } else if (install) {
          this.add(c, [{ kind: "build", build: this.installedBuild(dir, install).id }]);
        } else {
          const keeps = argoDirectoryKeeps(source.directoryInclude, source.directoryExclude);
          const synced = (abs) => keeps(path22.relative(dir, abs).split(path22.sep).join("/"));
          const by = `Argo CD Application ${app.name} (directory.${source.directoryExclude ? "exclude" : "include"})`;
          this.add(c, this.directoryUnits(dir, source.directoryRecurse, synced, by));
        }
      }
    }
  }
  /**
   * An Application's helm source: value files (relative to the chart, or `$ref/` of the
   * repository), values, parameters.
   */
  argoInstall(app, source, dir) {
    const values = argoHelmValues(app, source, {
      repositoryFile: (repoPath) => this.repositoryFile(repoPath),
      chartFile: (f) => this.display(path22.resolve(dir, f))
    });
    for (const v of values) {
      if (v.kind === "hidden")
        this.skipped.push({
          ref: v.ref,
          reason: `Argo CD Application ${app.name} takes ${v.words}: the chart is rendered without it, and a value it may set is not judged`
        });
    }
    return {
      installer: `Application ${app.name} (${app.ref.file})`,
      values,
      namespace: app.destination.namespace ?? "default",
      releaseName: app.name
    };
  }
  /**
   * Flux HelmReleases of a chart of this repository (a GitRepository source) in a cluster's
   * files: the chart is rendered with the release's values, for that cluster. A chart from
   * elsewhere is read (a known chart) or said not fetched per cluster, once every build is
   * rendered (src/fleet/remote-charts.ts). A release no cluster holds yet waits for the end.
   */
  helmReleases() {
    for (const release of this.hints.helmReleases) {
      if (release.byChartRef || release.chart === null || release.sourceRef?.kind !== "GitRepository") continue;
      const dir = this.resolveRepoPath(release.chart.replace(/^\.\/?/, ""));
      if (!dir || !existsSync6(path22.join(dir, "Chart.yaml"))) {
        this.skipped.push({
          ref: release.chartRef,
          reason: `HelmRelease ${release.name}: chart ${release.chart} is not a chart directory of the repository`
        });
        continue;
      }
      const targets2 = this.clustersHolding(release.ref.file);
      for (const target of targets2) this.install(release, dir, target, (file) => this.holds(file, target));
      if (targets2.length === 0) this.unapplied.push({ release, dir });
    }
  }
  /**
   * HelmReleases no cluster held while clusters were formed: one in a build that became a
   * cluster of its own installs its chart there; with one cluster (or none), where its file
   * joins; with several, it is said (its chart is then not rendered alone either: nobody would
   * get its defaults). Returns the builds of the whole repository's cluster, when there is none.
   */
  installUnapplied(only, loose) {
    const whole = [];
    for (const { release, dir } of this.unapplied) {
      const holders = this.clustersHolding(release.ref.file);
      for (const holder of holders) this.install(release, dir, holder, (file) => this.holds(file, holder));
      if (holders.length > 0) continue;
      if (only && loose.has(release.ref.file))
        this.install(release, dir, only.name, (file) => loose.has(file) || this.holds(file, only.name));
      else if (this.clusters.size === 0 && loose.has(release.ref.file)) {
        const install = this.installOf(release, (file) => loose.has(file));
        whole.push({ kind: "build", build: this.chartBuild(dir, install).id });
      } else
        this.skipped.push({
          ref: release.chartRef,
          reason: `HelmRelease ${release.namespace}/${release.name} installs chart ${release.chart} of the repository, but no cluster applies it (list its file in the \`paths\` of a \`clusters:\` entry of .edgenet.yaml): the chart is not rendered`
        });
    }
    return whole;
  }
  /**
   * A chart of the repository rendered with a release's values, for a cluster; `holds` says which
   * ConfigMaps are the cluster's.
   */
  install(release, dir, target, holds) {
    const install = this.installOf(release, holds, target);
    const c = this.cluster(target, `${install.installer} installs ${this.display(dir)}`);
    this.add(c, [{ kind: "build", build: this.chartBuild(dir, install, target).id }]);
  }
  installOf(written2, holds, cluster) {
    const release = this.asBuilt(written2);
    return {
      installer: `HelmRelease ${release.namespace}/${release.name} (${release.ref.file})`,
      values: this.releaseValues(release, holds, cluster),
      namespace: release.targetNamespace ?? release.namespace,
      releaseName: release.name
    };
  }
  /** A release in the namespace its build gives it. */
  asBuilt(release) {
    const namespace = this.builtNamespace(release.ref.file, release.namespace);
    return namespace === release.namespace ? release : { ...release, namespace };
  }
  /** An object's namespace as built: the kustomization beside its file sets its own over the object's. */
  builtNamespace(file, written2) {
    const data = this.kustomizationsByDir.get(path22.dirname(this.absolute(file)))?.data;
    return data && typeof data.namespace === "string" ? data.namespace : written2;
  }
  /** ConfigMaps kustomizations generate (src/fleet/config-map-generators.ts), read once. */
  get generated() {
    this.generatedMaps ??= generatedConfigMaps(this.input.draft.kustomizations, {
      absolute: (display) => this.absolute(display),
      display: (abs) => this.display(abs),
      inside: (real) => this.input.roots.some((r) => real.startsWith(`${realOrSelf(r)}${path22.sep}`))
    });
    return this.generatedMaps;
  }
  /**
   * A HelmRelease's values (src/fleet/release-values.ts), with the ConfigMaps of its cluster.
   * Values the repository does not hold are said: the chart renders without them, and a rendered
   * value they may set is unknown (lint's render), never judged as the chart's default.
   */
  releaseValues(release, holds, cluster) {
    const named2 = [...new Set(release.valuesFrom.map((f) => f.name))].flatMap((n) => this.configMapsNamed(n));
    const configMaps = named2.filter((c) => holds(c.ref.file));
    const { sources, missingKeys } = releaseValues(release, configMaps);
    const of = cluster === void 0 ? {} : { cluster };
    for (const s of sources) {
      if (s.kind !== "hidden") continue;
      this.skipped.push({
        ref: s.ref,
        reason: `HelmRelease ${release.namespace}/${release.name} takes ${s.words}: the chart is rendered without them, and a value they may set is not judged`,
        ...of
      });
    }
    for (const m of missingKeys) this.skipped.push({ ...m, ...of });
    return sources;
  }
  /**
   * The ConfigMaps of a name, written (in the namespace their build gives them, as a release's
   * is) or generated; indexed once.
   */
  configMapsNamed(name) {
    if (!this.configMapIndex) {
      this.configMapIndex = /* @__PURE__ */ new Map();
      const written2 = this.input.draft.configMaps.map((c) => {
        const namespace = this.builtNamespace(c.ref.file, c.namespace);
        return namespace === c.namespace ? c : { ...c, namespace };
      });
      for (const c of [...written2, ...this.generated]) {
        const list2 = this.configMapIndex.get(c.name);
        if (list2) list2.push(c);
        else this.configMapIndex.set(c.name, [c]);
      }
    }
    return this.configMapIndex.get(name) ?? [];
  }
  /** ApplicationSets whose generators are in the repository (lists, git directories), as Applications. */
  expandApplicationSets() {
    const out = [];
    const unexpanded = /* @__PURE__ */ new Map();
    let directories;
    for (const set2 of this.hints.argoApplicationSets) {
      const params = [...set2.elements ?? []];
      const includes = set2.gitDirectories.filter((d) => !d.exclude).map((d) => argoDirectoryGlob(d.path));
      const excludes = set2.gitDirectories.filter((d) => d.exclude).map((d) => argoDirectoryGlob(d.path));
      if (includes.length > 0) {
        directories ??= this.repositoryDirectories();
        for (const [d, files] of directories) {
          if (!includes.some((m) => m(d))) continue;
          if (!excludes.some((m) => m(d))) params.push(gitDirectoryParams(d));
          else {
            const by = `Argo CD ApplicationSet ${set2.name} (a git directory with exclude: true)`;
            for (const f of files) if (!this.unsynced.has(f)) this.unsynced.set(f, by);
          }
        }
      }
      if (params.length === 0 || set2.template === null) {
        const key = `${path22.posix.dirname(set2.ref.file)}\0${set2.generatorKinds.join(",")}`;
        unexpanded.set(key, [...unexpanded.get(key) ?? [], set2]);
        continue;
      }
      const at3 = { file: set2.ref.file, doc: set2.ref.doc, data: {} };
      for (const p of params) out.push(readArgoApplication(at3, substitute(set2.template, p), set2.templatePath));
    }
    for (const sets of unexpanded.values()) {
      const kinds = [...new Set(sets[0].generatorKinds)];
      const whose = kinds.map((k) => GENERATOR_WORDS[k] ?? `${k} generator`).join(", ");
      const n = sets.length;
      const names2 = `${sets.slice(0, 3).map((s) => s.name).join(", ")}${n > 3 ? `, and ${n - 3} more` : ""}`;
      this.skipped.push({
        ref: sets[0].ref,
        reason: `${n === 1 ? "ApplicationSet" : `${n} ApplicationSets`} ${names2} ${n === 1 ? "generates" : "generate"} from ${kinds.length ? whose : "nothing"}, not in the repository (edgenet expands list and git directory generators): what ${n === 1 ? "it applies" : "they apply"} is not judged`
      });
    }
    return out;
  }
  /** The directories of the files read, relative to their root (as Argo CD names them), in order, with their files. */
  repositoryDirectories() {
    const out = /* @__PURE__ */ new Map();
    for (const f of this.input.files) {
      const dir = path22.posix.dirname(this.rootRelative(f));
      const list2 = out.get(dir);
      if (list2) list2.push(f);
      else out.set(dir, [f]);
    }
    return [...out].sort((a, b) => compareStrings(a[0], b[0]));
  }
  /** Builds and charts no cluster took: each is a cluster of its own, named by its directory. */
  unclaimedBuilds() {
    const used = /* @__PURE__ */ new Set();
    for (const c of this.clusters.values()) for (const u of c.units.values()) if (u.kind === "build") used.add(u.build);
    for (const dir of [...this.topBuilds, ...this.chartDirs].sort()) {
      const id = this.display(dir);
      if (used.has(id) || this.installedCharts.has(id) || this.installedKustomizations.has(id)) continue;
      if (this.unapplied.some((u) => u.dir === dir)) continue;
      const build = this.builds.get(id);
      const words = build.kind === "kustomize" ? "a Kustomize build no other kustomization includes" : "a Helm chart nothing installs";
      const c = this.cluster(this.rootRelative(id) || id, `${words} (${build.file})`);
      this.add(c, [{ kind: "build", build: id }]);
    }
  }
  /** Templates: each ACK cluster resource with the VPC its VpcId names, and what hangs on that VPC. */
  stacks() {
    const stacks = this.input.draft.stacks;
    for (const stack of stacks) {
      if (stack.clusters.length === 0 || this.takenTemplates.has(stack.file) || this.claimed.has(stack.file)) continue;
      for (const cluster of stack.clusters) {
        const name = this.rootRelative(stack.file) + (stack.clusters.length > 1 ? `#${cluster.logicalId}` : "");
        const c = this.cluster(name, `${cluster.type} ${cluster.logicalId} in ${stack.file}`);
        const link = this.resolveLink(stack, cluster.vpc);
        const units = [];
        const mine = /* @__PURE__ */ new Set([cluster.logicalId]);
        if (cluster.securityGroup) mine.add(cluster.securityGroup);
        if (link?.stack === stack) for (const id of link.resources) mine.add(id);
        else if (link)
          units.push({ kind: "stack", file: link.stack.file, doc: link.stack.doc, resources: link.resources });
        addChildren(stack, mine);
        units.push({ kind: "stack", file: stack.file, doc: stack.doc, resources: [...mine].sort() });
        if (link) c.vpcs.set(link.identity.key, link.identity);
        if (cluster.vpc.kind === "literal") {
          for (const u of this.literalVpcMembers(cluster.vpc.id, stack)) units.push(u);
          const key = `id:${cluster.vpc.id}`;
          c.vpcs.set(key, { key, words: `VPC ${cluster.vpc.id}`, ref: cluster.vpcRef });
        }
        this.add(c, units);
      }
    }
  }
  /** The VPC a link names, as a selection of one stack's resources, with its identity. */
  resolveLink(stack, link) {
    if (link.kind === "resource") {
      const resources = vpcMembers(stack, link.id);
      const key = `template:${stack.file}#${stack.doc}/${link.id}`;
      const ref = { file: stack.file, doc: stack.doc, path: ["Resources", link.id], key: true };
      return { stack, resources, identity: { key, words: `VPC ${link.id} of ${stack.file}`, ref } };
    }
    if (link.kind === "nested") {
      const nested = stack.nested.find((n) => n.logicalId === link.stack);
      if (!nested || /^[a-z]+:\/\//i.test(nested.templateUrl)) return void 0;
      const file = this.display(path22.resolve(path22.dirname(this.absolute(stack.file)), nested.templateUrl));
      const child = this.input.draft.stacks.find((s) => s.file === file);
      const output = child?.outputs[link.output];
      if (!child || output?.kind !== "resource") return void 0;
      return this.resolveLink(child, output);
    }
    return void 0;
  }
  literalVpcMembers(id, own) {
    const units = [];
    for (const s of this.input.draft.stacks) {
      if (s === own) continue;
      const members = s.members.filter((m) => m.vpc?.kind === "literal" && m.vpc.id === id).map((m) => m.logicalId);
      if (members.length === 0) continue;
      const selected = new Set(members);
      addChildren(s, selected);
      units.push({ kind: "stack", file: s.file, doc: s.doc, resources: [...selected].sort() });
    }
    for (const g of this.input.draft.securityGroups) {
      if (g.vpc === id && g.resource.kind === "SecurityGroup") units.push({ kind: "file", file: g.ref.file });
    }
    return units;
  }
  // -------------------------------------------------------------------------------------------
  // Joining and the result
  finish() {
    const named2 = [...this.clusters.values()].sort((a, b) => compareStrings(a.name, b.name));
    for (const c of named2) inferVpc(c, this.input.draft.stacks);
    const scoped = new Set(this.applied);
    for (const c of named2) for (const u of c.units.values()) if (u.kind !== "build") scoped.add(u.file);
    const unsynced = /* @__PURE__ */ new Map();
    for (const [file, by] of this.unsynced) {
      if (scoped.has(file) || this.claimed.has(file) || !this.describesCluster(file)) continue;
      unsynced.set(by, [...unsynced.get(by) ?? [], file]);
    }
    for (const [by, files] of unsynced) {
      const n = files.length;
      const named3 = `${files.slice(0, 3).join(", ")}${n > 3 ? `, and ${n - 3} more` : ""}`;
      this.skipped.push({
        ref: { file: files[0], line: 1, column: 1 },
        reason: `${by} leaves ${n === 1 ? "this file" : `${n} files (${named3})`} out of what it syncs: not judged`
      });
    }
    const candidates = this.input.files.filter(
      (f) => this.describesCluster(f) && !scoped.has(f) && !this.claimed.has(f) && !this.unsynced.has(f)
    );
    const unlisted = /* @__PURE__ */ new Map();
    const loose = [];
    for (const f of candidates) {
      const owner = this.kustomizationBeside(f);
      if (owner) unlisted.set(owner, [...unlisted.get(owner) ?? [], f]);
      else loose.push(f);
    }
    for (const [kustomization, files] of unlisted) {
      const n = files.length;
      const named3 = `${files.slice(0, 3).join(", ")}${n > 3 ? `, and ${n - 3} more` : ""}`;
      this.skipped.push({
        ref: { file: files[0], line: 1, column: 1 },
        reason: `${n === 1 ? "this file is" : `${n} files (${named3}) are`} in the directory of ${kustomization} but not listed by it: kustomize does not read ${n === 1 ? "it" : "them"}`
      });
    }
    const lone = named2.length === 1 && !named2[0].explicit ? named2[0] : void 0;
    const whole = this.installUnapplied(lone, new Set(loose));
    if (named2.length === 0) {
      const units = [...loose.map(fileUnit), ...whole];
      return this.result(
        [{ name: null, reasons: ["the whole repository: no clusters split it"], units, vpcs: [], applications: [] }],
        []
      );
    }
    if (named2.length === 1) {
      const only = named2[0];
      const joining = only.explicit ? [] : loose;
      this.add(only, joining.map(fileUnit));
      if (joining.length) only.reasons.push("and the files no other cluster claims (the only cluster)");
      const joined = new Set(joining);
      const left = loose.filter((f) => !joined.has(f));
      return this.result([scope(only, this.builds)], this.groupByDirectory(left));
    }
    return this.result(
      named2.map((c) => scope(c, this.builds)),
      this.groupByDirectory(loose)
    );
  }
  /** Unscoped files, grouped by their top directory under the root, for one finding each. */
  groupByDirectory(files) {
    const groups = /* @__PURE__ */ new Map();
    for (const f of files) {
      const rel = this.rootRelative(f);
      const slash = rel.indexOf("/");
      const prefix = f.slice(0, f.length - rel.length);
      const dir = slash < 0 ? prefix.replace(/\/$/, "") || "." : `${prefix}${rel.slice(0, slash)}`;
      const list2 = groups.get(dir);
      if (list2) list2.push(f);
      else groups.set(dir, [f]);
    }
    return [...groups].map(([dir, list2]) => ({ dir, files: list2 })).sort((a, b) => compareStrings(a.dir, b.dir));
  }
  result(clusters, unscoped) {
    return { clusters: this.byKubernetesVersion(clusters), builds: this.builds, unscoped, skipped: this.skipped };
  }
  /**
   * A chart clusters of different kubernetesVersion render is one build per version: its templates
   * may ask .Capabilities.KubeVersion, so one rendering cannot speak for both.
   */
  byKubernetesVersion(clusters) {
    const versionOf = (c) => clusterSettings(this.input.config, c.name).values.kubernetesVersion;
    const versions = /* @__PURE__ */ new Map();
    for (const c of clusters) {
      const version = versionOf(c);
      for (const u of c.units) {
        if (u.kind !== "build" || this.builds.get(u.build)?.kind !== "helm") continue;
        const set2 = versions.get(u.build) ?? /* @__PURE__ */ new Set();
        versions.set(u.build, set2.add(version));
      }
    }
    const split = new Set([...versions].flatMap(([id, set2]) => set2.size > 1 ? [id] : []));
    if (split.size === 0) return clusters;
    const out = clusters.map((c) => {
      const version = versionOf(c) ?? "default";
      const units = c.units.map((u) => {
        if (u.kind !== "build" || !split.has(u.build)) return u;
        const id = `${u.build} for Kubernetes ${version}`;
        if (!this.builds.has(id)) this.builds.set(id, { ...this.builds.get(u.build), id });
        return { ...u, build: id };
      });
      return { ...c, units };
    });
    for (const id of split) this.builds.delete(id);
    return out;
  }
};
function inferVpc(c, stacks) {
  if (c.vpcs.size > 0) return;
  const files = new Set([...c.units.values()].flatMap((u) => u.kind === "file" ? [u.file] : []));
  const vpcs = stacks.filter((s2) => files.has(s2.file)).flatMap((s2) => s2.vpcs.map((v2) => ({ s: s2, v: v2 })));
  if (vpcs.length !== 1) return;
  const { s, v } = vpcs[0];
  const key = `template:${s.file}#${s.doc}/${v}`;
  c.vpcs.set(key, {
    key,
    words: `VPC ${v} of ${s.file}`,
    ref: { file: s.file, doc: s.doc, path: ["Resources", v], key: true }
  });
}
function scope(c, builds) {
  const changed = new Set(
    [...c.units.values()].flatMap((u) => u.kind !== "stack" && u.flux ? [unitKey({ ...u, flux: void 0 })] : [])
  );
  const installed = new Set(
    [...c.units.values()].flatMap(
      (u) => u.kind === "build" && builds.get(u.build)?.install ? builds.get(u.build).inputs : []
    )
  );
  const asWritten = (u) => u.kind !== "stack" && !u.flux && (u.kind === "file" ? installed.has(u.file) : !builds.get(u.build)?.install && installed.has(builds.get(u.build)?.file ?? ""));
  const units = [...c.units.values()].filter((u) => !changed.has(unitKey(u)) && !asWritten(u)).sort((a, b) => compareStrings(unitKey(a), unitKey(b)));
  return { name: c.name, reasons: c.reasons, units, vpcs: [...c.vpcs.values()], applications: c.applications };
}
function fileUnit(file) {
  return { kind: "file", file };
}
function unitKey(u) {
  const by = u.kind !== "stack" && u.flux ? ` by ${u.flux.id} (${u.flux.kustomization.ref.file})` : "";
  if (u.kind === "build") return `build:${u.build}${by}`;
  if (u.kind === "file") return `file:${u.file}${by}`;
  return `stack:${u.file}#${u.doc}:${u.resources.join(",")}`;
}
function vpcMembers(stack, vpc) {
  const selected = /* @__PURE__ */ new Set([vpc]);
  for (const m of stack.members) if (m.vpc?.kind === "resource" && m.vpc.id === vpc) selected.add(m.logicalId);
  addChildren(stack, selected);
  return [...selected].sort();
}
function addChildren(stack, selected) {
  for (const m of stack.members) if (m.parent !== null && selected.has(m.parent)) selected.add(m.logicalId);
}
function outermostBelow(dirAbs, dirs) {
  const below = [...new Set(dirs)].filter((d) => d.startsWith(`${dirAbs}${path22.sep}`)).sort();
  const out = /* @__PURE__ */ new Set();
  for (const d of below) {
    let inside = false;
    for (let p = path22.dirname(d); p.length > dirAbs.length && !inside; p = path22.dirname(p)) inside = out.has(p);
    if (!inside) out.add(d);
  }
  return [...out];
}
function prefixRun(sorted, prefix, key) {
  let low = 0;
  for (let high2 = sorted.length; low < high2; ) {
    const mid = low + high2 >>> 1;
    if (key(sorted[mid]) < prefix) low = mid + 1;
    else high2 = mid;
  }
  let high = low;
  while (high < sorted.length && key(sorted[high]).startsWith(prefix)) high++;
  return [low, high];
}
function isDirectory(p) {
  try {
    return statSync9(p).isDirectory();
  } catch {
    return false;
  }
}
var GENERATOR_WORDS = {
  clusters: "Argo CD's registered clusters (cluster secrets)",
  scmProvider: "repositories of an SCM provider",
  pullRequest: "open pull requests",
  clusterDecisionResource: "a cluster decision resource",
  matrix: "a matrix of generators",
  merge: "a merge of generators",
  plugin: "a plugin",
  list: "list elements",
  git: "a git generator"
};
function gitDirectoryParams(dir) {
  const basename = path22.posix.basename(dir);
  const params = {
    path: dir,
    "path.path": dir,
    "path.basename": basename,
    "path.basenameNormalized": basename.toLowerCase().replace(/[^a-z0-9-]/g, "-")
  };
  dir.split("/").forEach((segment, i) => {
    params[`path[${i}]`] = segment;
  });
  return params;
}
function substitute(value2, params) {
  if (typeof value2 === "string") {
    return value2.replace(/\{\{\s*index\s+\.path\.segments\s+(\d+)\s*\}\}/g, (whole, n) => params[`path[${n}]`] ?? whole).replace(/\{\{\s*\.?([\w.[\]-]+)\s*\}\}/g, (whole, key) => params[key] ?? whole);
  }
  if (Array.isArray(value2)) return value2.map((v) => substitute(v, params));
  if (value2 && typeof value2 === "object") {
    return Object.fromEntries(Object.entries(value2).map(([k, v]) => [k, substitute(v, params)]));
  }
  return value2;
}

// src/fleet/remote-charts.ts
function readRemoteCharts(input, draft) {
  const skipped2 = [];
  for (const release of input.hints.helmReleases) {
    if (input.keep(release.ref)) readRelease(release, input, draft, skipped2);
  }
  const apps = [...input.hints.argoApplications.filter((app) => input.keep(app.ref)), ...input.applications];
  for (const app of apps) {
    for (const source of app.sources) {
      if (!source.chart || !isKnownChart(source.chart)) continue;
      readKnownChartValues(
        {
          chart: source.chart,
          chartRef: { file: app.ref.file, doc: app.ref.doc, path: [...source.at, "chart"] },
          value: lookup(argoHelmValues(app, source, input), input.parsed),
          resource: app.resource,
          installer: `Argo CD Application ${app.name}`
        },
        draft
      );
    }
  }
  return skipped2;
}
function readRelease(release, input, draft, skipped2) {
  const kind = release.sourceRef?.kind ?? "";
  const name = release.sourceRef?.name ?? "";
  const words = `HelmRelease ${release.namespace}/${release.name}`;
  if (!release.byChartRef && kind === "GitRepository") return;
  if (release.chart === null && !release.byChartRef) {
    skipped2.push({ ref: release.ref, reason: `${words} names no chart (spec.chart.spec.chart or spec.chartRef)` });
    return;
  }
  const chart = release.chart ?? name;
  if (kind !== "Bucket" && isKnownChart(chart)) {
    const { sources, missingKeys } = releaseValues(release, input.configMaps);
    for (const m of missingKeys) skipped2.push(m);
    readKnownChartValues(
      {
        chart,
        chartRef: release.chartRef,
        value: lookup(sources, input.parsed),
        resource: release.resource,
        installer: words
      },
      draft
    );
    return;
  }
  const from = [kind || "a chart source", name].filter(Boolean).join(" ");
  skipped2.push({
    ref: release.chartRef,
    reason: release.byChartRef ? `${words} installs the chart of ${from}, which edgenet does not fetch` : `${words} installs chart ${release.chart} from ${from}, which edgenet does not fetch`
  });
}
function lookup(sources, parsed) {
  return (path28) => {
    let hidden;
    for (let i = sources.length - 1; i >= 0; i--) {
      const source = sources[i];
      if (source.kind === "hidden") {
        if (!hidden && hides(source, path28)) hidden = source;
        continue;
      }
      const found = written(source, path28, parsed);
      if (found === void 0) continue;
      return hidden ? { hidden: hidden.words, ref: found.ref, overrides: true } : found;
    }
    return hidden ? { hidden: hidden.words, ref: hidden.ref, overrides: false } : void 0;
  };
}
function written(source, path28, parsed) {
  if (source.kind === "set" || source.kind === "target") {
    const at3 = helmPath(source.name);
    const same2 = at3.length === path28.length && at3.every((s, i) => String(s) === String(path28[i]));
    return same2 ? { value: source.value, ref: source.ref } : void 0;
  }
  if (source.kind === "inline") {
    const value3 = get(source.values, ...path28);
    if (value3 === void 0 || value3 === null) return void 0;
    const { ref } = source;
    return { value: value3, ref: source.embedded ? { ...ref, inner: path28 } : { ...ref, path: [...ref.path, ...path28] } };
  }
  const doc = parsed(source.file)?.documents[0];
  const value2 = doc && get(doc.data, ...path28);
  if (value2 === void 0 || value2 === null) return void 0;
  return { value: value2, ref: { file: source.file, doc: doc.index, path: path28 } };
}

// src/fleet/select.ts
function unitPredicate(units, rendered) {
  const files = /* @__PURE__ */ new Map();
  const whole = (file) => files.set(file, "whole");
  for (const u of units) {
    if (u.kind === "file") whole(u.flux ? fluxCopyName(u.file, u.flux) : u.file);
    else if (u.kind === "build") for (const f of rendered(u.build)) whole(u.flux ? fluxCopyName(f, u.flux) : f);
    else {
      const known = files.get(u.file);
      if (known === "whole") continue;
      const docs = known ?? /* @__PURE__ */ new Map();
      const set2 = docs.get(u.doc) ?? /* @__PURE__ */ new Set();
      for (const r of u.resources) set2.add(r);
      docs.set(u.doc, set2);
      files.set(u.file, docs);
    }
  }
  const keep = (ref, resource) => {
    const scope2 = files.get(ref.file);
    if (scope2 === void 0) return false;
    if (scope2 === "whole") return true;
    if ("line" in ref || !resource) return false;
    return scope2.get(ref.doc)?.has(resource) ?? false;
  };
  return Object.assign(keep, { files: new Set(files.keys()) });
}
function templateResource(ref) {
  return ref.path[0] === "Resources" && typeof ref.path[1] === "string" ? ref.path[1] : null;
}
var list = (l) => l;
var named = (of) => list({ of, ref: (f) => f.ref, resource: (f) => f.resource.name });
var placed = (of) => list({ of, ref: (f) => f.ref });
var LISTS = [
  ...["pod", "service", "vpc", "vswitch"].map((kind) => named((d) => d.cidrs[kind])),
  named((d) => d.masks),
  named((d) => d.ackClusters),
  named((d) => d.unknowns),
  placed((d) => d.nodes),
  placed((d) => d.nodePools),
  placed((d) => d.flannel),
  placed((d) => d.gateways),
  placed((d) => d.ravenSwitches),
  named((d) => d.securityGroups),
  named((d) => d.networkAcls),
  list({ of: (d) => d.looseAclEntries, ref: (f) => f.entry.ref, resource: (f) => f.resource.name }),
  list({ of: (d) => d.looseRules, ref: (f) => f.rule.ref, resource: (f) => templateResource(f.rule.ref) }),
  placed((d) => d.workloads),
  placed((d) => d.services),
  placed((d) => d.apiServerCalls),
  placed((d) => d.configMaps),
  placed((d) => d.ingressBackends),
  placed((d) => d.controllerVersions)
];
var DraftSelector = class {
  constructor(draft) {
    this.draft = draft;
  }
  draft;
  /** Per list, the positions of its facts by file, in the order they were read. */
  byFile = LISTS.map(() => /* @__PURE__ */ new Map());
  indexed = LISTS.map(() => 0);
  /** The facts `keep` keeps, each list in the repository draft's order. */
  select(keep) {
    const out = new ModelDraft();
    LISTS.forEach((l, i) => {
      const from = l.of(this.draft);
      const byFile = this.byFile[i];
      for (let at3 = this.indexed[i]; at3 < from.length; at3++) {
        const file = l.ref(from[at3]).file;
        const positions2 = byFile.get(file);
        if (positions2) positions2.push(at3);
        else byFile.set(file, [at3]);
      }
      this.indexed[i] = from.length;
      const positions = [];
      for (const file of keep.files) for (const at3 of byFile.get(file) ?? []) positions.push(at3);
      positions.sort((a, b) => a - b);
      const to = l.of(out);
      for (const at3 of positions) {
        const item = from[at3];
        if (keep(l.ref(item), l.resource?.(item))) to.push(item);
      }
    });
    return out;
  }
};

// src/read/read-pool.ts
import { statSync as statSync10 } from "node:fs";
import { availableParallelism as availableParallelism3 } from "node:os";
import { Worker as Worker2 } from "node:worker_threads";
var PARALLEL_THRESHOLD_BYTES = 4 * 1024 * 1024;
var YOUNG_GENERATION_MB = 48;
async function readAll(files, options) {
  const threads = Math.min(options.threads ?? availableParallelism3() - 1, files.length);
  const script = threads < 2 ? void 0 : workerScript("read-worker", import.meta.url);
  const oneThread = () => files.map((f) => readOne(f, readOptions(f, options)).read);
  if (!script) return oneThread();
  const sizes = files.map(sizeOf);
  const total = sizes.reduce((a, b) => a + b, 0);
  const rest = total - sizes.reduce((a, b) => Math.max(a, b), 0);
  if (rest < (options.parallelBytes ?? PARALLEL_THRESHOLD_BYTES)) return oneThread();
  const slices2 = slicesOf(files, sizes, total, threads);
  const answers = await Promise.all(slices2.map((slice) => readInWorker(script, slice, options)));
  const out = [];
  for (const answer of answers) for (const read of answer) out.push(read);
  return out;
}
function readOptions(f, options) {
  return { maxBytes: options.maxBytes, helmChartTemplate: options.helmChartTemplate(f.absolute) };
}
function sizeOf(f) {
  try {
    return statSync10(f.bytes ?? f.absolute).size;
  } catch {
    return 0;
  }
}
function slicesOf(files, sizes, total, threads) {
  const slices2 = [[]];
  let bytes = 0;
  const share = total / threads;
  files.forEach((f, i) => {
    if (bytes >= share * slices2.length && slices2.length < threads) slices2.push([]);
    slices2[slices2.length - 1].push(f);
    bytes += sizes[i];
  });
  return slices2.filter((s) => s.length > 0);
}
function readInWorker(script, files, options) {
  const job = {
    files: files.map((f) => ({ ...f, helmChartTemplate: options.helmChartTemplate(f.absolute) })),
    maxBytes: options.maxBytes
  };
  return new Promise((resolve2, reject) => {
    const worker = new Worker2(script.script, {
      eval: script.eval,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    });
    worker.once("message", (reads) => {
      resolve2(reads);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a reading worker stopped with exit code ${code}`));
    });
    worker.postMessage(job);
  });
}

// src/lint.ts
async function lint(options) {
  const { config, cwd } = options;
  const discovery = discoverFiles(options.paths, {
    cwd,
    include: config.include,
    exclude: config.exclude,
    base: config.dir,
    stdinFilename: options.stdinFilename,
    trust: options.trust
  });
  if (options.ignorePatterns?.length) {
    const ignored = compileGlobs(options.ignorePatterns);
    discovery.files = discovery.files.filter((f) => f.absolute === "-" || !ignored(f.display));
    discovery.skipped = discovery.skipped.filter((s) => !ignored(s.display));
  }
  if (options.requireFiles) assertPathsYield(options.paths, discovery, cwd);
  options.timing?.mark("discover", `files: ${discovery.files.length}`);
  const { roots, top } = repositoryRoots(options.paths, cwd, config);
  const analysis = new Analysis(options, roots, top);
  for (const s of discovery.skipped) analysis.unread({ file: s.display, line: 1, column: 1 }, s.reason);
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => Buffer.alloc(0));
  const helmChartTemplate = helmChartTemplates();
  const stdinName = discovery.files.find((f) => f.absolute === "-")?.display;
  const files = discovery.files.filter((f) => f.absolute === "-" || f.display !== stdinName).sort((a, b) => compareStrings(a.display, b.display));
  const disk = files.filter((f) => f.absolute !== "-");
  const cache = options.cache ? new FactsCache(options.cache, cacheKey(`${packageVersion()} ${buildIdentity()}`, config.source?.text ?? "")) : void 0;
  const cached = cache ? disk.map((f) => cachedRead(cache, f, maxBytes, helmChartTemplate)) : [];
  const misses = cache ? disk.filter((_, i) => cached[i].read === void 0) : disk;
  const fresh = await readAll(misses, {
    maxBytes,
    helmChartTemplate,
    ...options.threads ? { threads: options.threads } : {}
  });
  let next = 0;
  const reads = disk.map((_, i) => {
    const hit = cached[i];
    if (hit?.read) return hit.read;
    const read = fresh[next++];
    if (cache && hit?.hash) cache.set(disk[i].display, hit.hash, read);
    return read;
  });
  cache?.save();
  next = 0;
  for (const file of files) {
    if (file.absolute === "-") {
      const { read, parsed } = readOne(file, { maxBytes, helmChartTemplate: false }, readStdin);
      analysis.addRead(file, read, parsed);
    } else {
      analysis.addRead(file, reads[next++]);
    }
  }
  options.timing?.mark(
    "read",
    `parsed: ${misses.length}${cache ? `, from the cache: ${disk.length - misses.length}` : ""}`
  );
  return analysis.finish(discovery.files.length);
}
function assertPathsYield(paths, discovery, cwd) {
  for (const arg of paths.length ? paths : ["."]) {
    if (arg === "-") continue;
    const abs = path23.resolve(cwd, arg);
    if (!isDirectory2(abs)) continue;
    const names2 = /* @__PURE__ */ new Set([toDisplay(cwd, abs), toDisplay(cwd, realOrSelf(abs))]);
    const under = (display) => names2.has(".") || [...names2].some((d) => display === d || display.startsWith(`${d}/`));
    if (discovery.files.some((f) => under(f.display)) || discovery.skipped.some((s) => under(s.display))) continue;
    throw new UsageError(
      `${arg}: no files to lint (a directory's .yaml, .yml and .json files, or those the configuration's include names)`
    );
  }
}
function cachedRead(cache, file, maxBytes, helmChartTemplate) {
  const source = readBounded(file.bytes ?? file.absolute, maxBytes);
  if (!source.ok) return {};
  const bytes = source.buffer;
  const hash2 = contentHash(
    Buffer.concat([Buffer.from(helmChartTemplate(file.absolute) ? "chart\0" : "file\0"), bytes])
  );
  const read = cache.get(file.display, hash2);
  return read ? { hash: hash2, read } : { hash: hash2 };
}
function buildIdentity() {
  const here = fileURLToPath2(import.meta.url);
  try {
    if (!here.endsWith(".ts")) {
      const stat = statSync11(here);
      return `${path23.basename(here)}:${stat.size}:${stat.mtimeMs}`;
    }
    let newest = 0;
    let count2 = 0;
    const walk = (dir) => {
      for (const entry of readdirSync4(dir, { withFileTypes: true })) {
        const full = path23.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          newest = Math.max(newest, statSync11(full).mtimeMs);
          count2++;
        }
      }
    };
    walk(path23.dirname(here));
    return `sources:${count2}:${newest}`;
  } catch {
    return "";
  }
}
function repositoryRoots(paths, cwd, config) {
  const dirs = paths.filter((p) => p !== "-").map((p) => path23.resolve(cwd, p));
  const linted = dirs.length ? dirs : [cwd];
  const roots = [...linted, config.dir];
  for (let dir = roots[0]; ; dir = path23.dirname(dir)) {
    if (existsSync7(path23.join(dir, ".git"))) {
      roots.push(dir);
      return { roots: [...new Set(roots)], top: dir };
    }
    if (path23.dirname(dir) === dir) break;
  }
  return {
    roots: [...new Set(roots)],
    top: commonDirectory(linted.map((p) => isDirectory2(p) ? p : path23.dirname(p)))
  };
}
function isDirectory2(p) {
  try {
    return statSync11(p).isDirectory();
  } catch {
    return false;
  }
}
function commonDirectory(dirs) {
  let common = dirs[0];
  for (const dir of dirs) {
    while (common !== path23.dirname(common) && path23.relative(common, dir).startsWith(".."))
      common = path23.dirname(common);
  }
  return common;
}
var Analysis = class {
  constructor(options, roots, top) {
    this.options = options;
    this.roots = roots;
    this.top = top;
    const today = options.today ?? isoDate(/* @__PURE__ */ new Date());
    this.waivers = new WaiverCollector({
      inline: options.inlineWaivers ?? true,
      today,
      trust: options.trust,
      policyRules: (options.policies ?? []).flatMap((p) => p.ruleIds ?? [])
    });
    if (options.config.source) this.locator.add(options.config.source.file, options.config.source);
    for (const f of options.trust?.findings ?? []) this.fileFindings.push(f);
  }
  options;
  roots;
  top;
  locator = new Locator();
  /** Findings about files (reading, parsing), before the fleet says which clusters hold them. */
  fileFindings = [];
  draft = new ModelDraft();
  files = [];
  kinds = /* @__PURE__ */ new Map();
  /** Files a rendered build read that the run did not (a base above the paths linted). */
  outside = /* @__PURE__ */ new Map();
  /** Copies of files and rendered builds that a Flux Kustomization changes, by name. */
  copies = /* @__PURE__ */ new Set();
  byName;
  traceIo;
  waivers;
  documents = 0;
  unread(ref, reason) {
    this.fileFindings.push(skipped(ref, reason));
  }
  /**
   * One file's facts into the run. `parsed`, when the file was parsed on this thread, keeps its
   * positions; otherwise they are read again from disk if a finding needs them.
   */
  addRead(discovered, read, parsed) {
    if (!read.ok) {
      this.unread({ file: read.file, line: read.line ?? 1, column: read.column ?? 1 }, read.reason);
      return;
    }
    const file = parsed ?? new LazyFile(discovered, read);
    if (parsed) parsed.documents = [];
    this.files.push(file);
    this.locator.add(file.file, file);
    for (const p of read.problems) {
      const ref = { file: read.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
      this.fileFindings.push(p.kind === "parse-error" ? parseError(ref, p.message) : skipped(ref, p.message));
    }
    this.draft.absorb(read.facts);
    if (read.kinds.length > 0) this.kinds.set(read.file, new Set(read.kinds));
    if (read.waivers) this.waivers.addFile(waiverFile(read.file, read.waivers, file));
    this.documents += read.documents;
  }
  async finish(fileCount) {
    const { config } = this.options;
    const fleet = planFleet({
      cwd: this.options.cwd,
      files: this.files.map((f) => f.file),
      kinds: this.kinds,
      draft: this.draft,
      config,
      roots: this.roots
    });
    const timing = this.options.timing;
    timing?.mark("plan", `clusters: ${fleet.clusters.length}, builds: ${fleet.builds.size}`);
    const split = fleet.clusters.length > 1;
    const raw = [];
    const judged = [];
    const cliLevels = this.options.cliLevels ?? {};
    const renders = await this.render(fleet);
    timing?.mark("render", `builds the clusters use: ${renders.used}`);
    const rendered = (build) => renders.files.get(build) ?? [];
    const selector2 = new DraftSelector(this.draft);
    for (const scope2 of fleet.clusters) {
      this.copyFluxUnits(scope2, renders, selector2);
      const settings = clusterSettings(config, scope2.name);
      const keep = unitPredicate(scope2.units, rendered);
      const draft = selector2.select(keep);
      for (const f of this.remoteCharts(keep, scope2.applications, draft))
        raw.push(split && scope2.name !== null ? { ...f, cluster: scope2.name } : f);
      const { model } = finishModel(draft, settings);
      judged.push({ scope: scope2, model });
      const found = await evaluateRules(model, {
        configLevels: settings.rules,
        cliLevels,
        policy: builtInPolicy(),
        userPolicies: this.options.policies ?? []
      });
      for (const f of found) raw.push(split && scope2.name !== null ? { ...f, cluster: scope2.name } : f);
    }
    timing?.mark("models and rules");
    for (const f of evaluateFleetRules(judged, { configLevels: config.rules, cliLevels })) raw.push(f);
    for (const f of this.fleetFindings(fleet, split, renders)) raw.push(f);
    const levelsOf = (cluster) => ({
      configLevels: clusterSettings(config, cluster ?? null).rules,
      cliLevels
    });
    let placed2 = toFindings(raw, this.locator, levelsOf);
    timing?.mark("fleet rules and places");
    const wanted = renders.lazyOrigins.filter((o) => o.wanted());
    if (wanted.length > 0) {
      await mapPool(wanted, (o) => o.fetch());
      placed2 = toFindings(raw, this.locator, levelsOf);
      timing?.mark("origins", `builds rendered again for their findings' places: ${wanted.length}`);
    }
    this.waivers.addConfig(config);
    const enabled = (id) => isOn(effectiveLevel(id, config.rules, cliLevels));
    const read = /* @__PURE__ */ new Set();
    for (const c of fleet.clusters) {
      for (const u of c.units) {
        if (u.kind !== "build") read.add(u.file);
        else for (const f of fleet.builds.get(u.build)?.inputs ?? []) read.add(f);
      }
    }
    const waived = applyWaivers(placed2, this.waivers, enabled, (file) => read.has(file));
    const inScope = (f) => (
      // A finding concerns a file when any of its places is there: staging only the VPC change
      // that makes a pod CIDR overlap it still shows the overlap (pre-commit, --context).
      (!this.options.reportOnly || [f, ...f.related].some((place) => this.options.reportOnly.has(place.file))) && (this.options.cluster === void 0 || f.clusters.length === 0 || f.clusters.includes(this.options.cluster))
    );
    const findings = mergeClusters([...waived.findings, ...toFindings(waived.problems, this.locator, levelsOf)]).filter(
      inScope
    );
    const suppressed = mergeClusters(waived.suppressed).filter(inScope);
    timing?.mark("waivers");
    return {
      findings,
      suppressed,
      fleet,
      clusters: judged,
      sources: this.sourcesOf([...findings, ...suppressed]),
      describe: (ref) => this.locator.describe(ref),
      summary: {
        files: fileCount,
        documents: this.documents,
        errors: count(findings, "error"),
        warnings: count(findings, "warning"),
        infos: count(findings, "info"),
        // A finding waived in two clusters is one finding suppressed.
        suppressed: suppressed.length
      }
    };
  }
  /**
   * Renders the builds the clusters use; each rendered build's objects are read into the facts
   * as a file of its own (`<build>#rendered`), placed through its relocator.
   */
  async render(fleet) {
    const { config } = this.options;
    const used = /* @__PURE__ */ new Map();
    const versions = /* @__PURE__ */ new Map();
    for (const c of fleet.clusters) {
      const version = clusterSettings(config, c.name).values.kubernetesVersion;
      for (const u of c.units) {
        if (u.kind !== "build" || used.has(u.build)) continue;
        used.set(u.build, fleet.builds.get(u.build));
        versions.set(u.build, version);
      }
    }
    const files = /* @__PURE__ */ new Map();
    const objects = /* @__PURE__ */ new Map();
    const findings = [];
    const lazyOrigins = [];
    if (used.size === 0) return { files, objects, findings, lazyOrigins, used: 0 };
    const io = this.io;
    const outcomes = await renderBuilds([...used.values()], {
      cwd: this.options.cwd,
      env: this.options.env ?? {},
      boundary: this.top,
      kubeVersion: (b) => versions.get(b.id),
      io,
      ...this.options.cache ? { cacheFile: path23.join(path23.dirname(this.options.cache), "renders.json") } : {},
      lazyOrigins: !this.options.describesFacts
    });
    for (const outcome of outcomes) {
      const { build } = outcome;
      if (!outcome.ok) {
        const place = this.failurePlace(build, outcome.failure, io);
        const roots = { cwd: this.options.cwd, top: this.top };
        const words = renderFailureWords(build, outcome.failure, (abs) => io.display(abs), roots);
        const finding2 = skipped(place, words);
        findings.push({ build: build.id, finding: finding2 });
        continue;
      }
      const name = `${build.id}#rendered`;
      const documents = outcome.objects.map((data, index) => ({ index, data }));
      const file = {
        file: name,
        text: "",
        documents,
        problems: [],
        lines: [],
        sourceMap: emptyMap(),
        readBy: "none"
      };
      const facts = new ModelDraft();
      const kinds = readFile(file, facts);
      if (build.installer) unknownWhereHidden(facts, outcome.hiddenBy, build.installer);
      if (kinds.size > 0 && facts.factCount() > 0) this.kinds.set(name, kinds);
      this.draft.absorb(facts.toFragment());
      this.documents += documents.length;
      this.locator.addRendered(name, outcome.relocate);
      if (outcome.origins) lazyOrigins.push(outcome.origins);
      files.set(build.id, [name]);
      objects.set(name, outcome.objects);
    }
    return { files, objects, findings, lazyOrigins, used: used.size };
  }
  /**
   * Charts a cluster installs from elsewhere (src/fleet/remote-charts.ts): a known chart's values
   * into its draft, with the cluster's ConfigMaps and this repository's value files; the others
   * said not fetched.
   */
  remoteCharts(keep, applications, draft) {
    const io = this.io;
    const remote = readRemoteCharts(
      {
        hints: this.draft.gitops,
        keep,
        applications,
        configMaps: draft.configMaps,
        parsed: (display) => io.parsed(display),
        repositoryFile: (repoPath) => {
          const abs = repositoryFile(this.roots, repoPath);
          return abs === void 0 ? void 0 : io.display(abs);
        }
      },
      draft
    );
    return remote.map((r) => skipped(r.ref, r.reason));
  }
  /**
   * Repository files by reported name, parsed once (documents are let go after reading): a file
   * outside the paths linted (a base above them) is added to the locator for its positions.
   */
  get io() {
    if (this.traceIo) return this.traceIo;
    const known = new Map(this.files.map((f) => [f.file, f]));
    const parsed = cachedParser(this.options.cwd, (display) => known.get(display));
    this.traceIo = {
      display: (abs) => path23.relative(this.options.cwd, abs).split(path23.sep).join("/"),
      parsed: (display) => {
        const file = parsed(display);
        if (file && !this.locator.has(display)) {
          this.locator.add(display, file);
          this.outside.set(display, file);
        }
        return file;
      }
    };
    return this.traceIo;
  }
  /** Where a failed render is reported: the entry that named the offending input, or helm's template line. */
  failurePlace(build, failure, io) {
    const named2 = build.values?.find(
      (v) => v.kind === "file" && v.ref && path23.resolve(this.options.cwd, v.file) === failure.at.file
    );
    if (named2?.kind === "file" && named2.ref && !existsSync7(failure.at.file)) return named2.ref;
    if (failure.line) {
      const { line, column } = failure.line;
      return { file: io.display(failure.line.file), line, column: column ?? 1 };
    }
    const file = io.display(failure.at.file);
    io.parsed(file);
    return { file, doc: failure.at.doc ?? 0, path: failure.at.at };
  }
  /**
   * The files and rendered builds a Flux Kustomization of the cluster changes (post-build
   * substitution, targetNamespace), each read as a copy of its own (`<name>#flux:...`) whose
   * values are placed where a variable sets them or, else, where the original writes them.
   */
  copyFluxUnits(scope2, renders, selector2) {
    const changed = scope2.units.filter((u) => u.kind !== "stack" && u.flux);
    if (changed.length === 0) return;
    const plain2 = scope2.units.map((u) => u.kind === "stack" ? u : { ...u, flux: void 0 });
    const keep = unitPredicate(plain2, (build) => renders.files.get(build) ?? []);
    const { configMaps } = selector2.select(keep);
    for (const u of changed) {
      if (u.kind === "stack" || !u.flux) continue;
      const originals = u.kind === "file" ? [{ name: u.file, objects: this.documentsOf(u.file) }] : (renders.files.get(u.build) ?? []).map((name) => ({ name, objects: renders.objects.get(name) ?? [] }));
      for (const { name, objects } of originals) {
        const copyName = fluxCopyName(name, u.flux);
        if (this.copies.has(copyName)) continue;
        this.copies.add(copyName);
        const copy = fluxCopy(objects, u.flux, configMaps, (ref) => ({ ...ref, file: name }));
        const documents = copy.objects.flatMap((data, index) => data === void 0 ? [] : [{ index, data }]);
        readFile(
          { file: copyName, text: "", documents, problems: [], lines: [], sourceMap: emptyMap(), readBy: "none" },
          this.draft
        );
        this.locator.addRendered(copyName, copy.relocate);
      }
    }
  }
  /** A file's documents as written, by index (parsed again: documents are let go after reading). */
  documentsOf(file) {
    this.byName ??= new Map(this.files.map((f) => [f.file, f]));
    const out = [];
    const known = this.byName.get(file);
    if (known) for (const d of parseText(file, known.text).documents) out[d.index] = d.data;
    return out;
  }
  /**
   * Findings about files (a parse error) and about the fleet (a build not rendered, files no
   * cluster claims): a file's finding belongs to every cluster whose scope holds the file.
   */
  fleetFindings(fleet, split, renders) {
    const holders = /* @__PURE__ */ new Map();
    if (split) {
      for (const c of fleet.clusters) {
        for (const u of c.units) {
          const rendered = u.kind === "build" ? renders.files.get(u.build) ?? [] : [u.file];
          const files = [
            ...u.kind === "build" ? fleet.builds.get(u.build)?.inputs ?? [] : [],
            ...rendered,
            // What reading a Flux Kustomization's copy finds is the cluster's too.
            ...u.kind !== "stack" && u.flux ? rendered.map((f) => fluxCopyName(f, u.flux)) : []
          ];
          for (const f of files) holders.set(f, [...holders.get(f) ?? [], c.name]);
        }
      }
    }
    const out = [];
    for (const { build, finding: finding2 } of renders.findings) {
      const users = split ? fleet.clusters.filter((c) => c.units.some((u) => u.kind === "build" && u.build === build)) : [];
      if (users.length === 0) out.push(finding2);
      for (const c of users) out.push({ ...finding2, cluster: c.name });
    }
    const helmTemplates = /* @__PURE__ */ new Set();
    for (const b of fleet.builds.values()) {
      if (b.kind === "helm") {
        for (const f of b.inputs) if (/(^|\/)templates\//.test(f)) helmTemplates.add(f);
      }
    }
    const asWritten = /* @__PURE__ */ new Set();
    const asChanged = /* @__PURE__ */ new Set();
    for (const c of fleet.clusters) {
      for (const u of c.units) {
        if (u.kind === "stack") continue;
        for (const f of u.kind === "build" ? renders.files.get(u.build) ?? [] : [u.file]) {
          (u.flux ? asChanged : asWritten).add(f);
        }
      }
    }
    const changedOnly = (file) => asChanged.has(file) && !asWritten.has(file);
    const modelFindings = new Set(this.draft.findings);
    for (const f of [...this.fileFindings, ...this.draft.findings]) {
      if (helmTemplates.has(f.ref.file)) continue;
      if (modelFindings.has(f) && changedOnly(f.ref.file)) continue;
      const clusters2 = holders.get(f.ref.file) ?? [];
      if (clusters2.length === 0) out.push(f);
      for (const cluster of clusters2) out.push({ ...f, cluster });
    }
    for (const s of fleet.skipped) {
      const finding2 = skipped(s.ref, s.reason);
      const clusters2 = split && s.cluster !== void 0 ? [s.cluster] : holders.get(s.ref.file) ?? [];
      if (clusters2.length === 0) out.push(finding2);
      for (const cluster of clusters2) out.push({ ...finding2, cluster });
    }
    const names2 = fleet.clusters.map((c) => c.name);
    const clusters = names2.length <= 3 ? `clusters ${names2.join(", ")}` : `${names2.length} clusters (see \`edgenet clusters\`)`;
    for (const group of fleet.unscoped) {
      const n = group.files.length;
      const files = `${group.files.slice(0, 3).join(", ")}${n > 3 ? `, and ${n - 3} more` : ""}`;
      const reason = `${n === 1 ? "this file belongs" : `${n} files under ${group.dir}/ (${files}) belong`} to none of the repository's ${clusters}: list ${n === 1 ? "it" : "them"} in the \`paths\` of a \`clusters:\` entry of .edgenet.yaml to judge ${n === 1 ? "it" : "them"} with a cluster`;
      out.push(skipped({ file: group.files[0], line: 1, column: 1 }, reason));
    }
    return out;
  }
  /** Source lines of the files a report shows. */
  sourcesOf(findings) {
    const { config } = this.options;
    const byName = new Map(
      [...this.files, ...this.outside.values(), ...config.source ? [config.source] : []].map((p) => [p.file, p])
    );
    const sources = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const file = byName.get(f.file);
      if (file && !sources.has(f.file)) sources.set(f.file, file.lines);
    }
    return sources;
  }
};
function exitCode(findings, failOn) {
  if (failOn === "never") return 0;
  const threshold = LEVEL_RANK[failOn];
  return findings.some((f) => LEVEL_RANK[f.level] >= threshold) ? 1 : 0;
}
function renderFailureWords(build, failure, display, { cwd, top }) {
  const what = build.kind === "kustomize" ? build.install ? `${build.dir} as ${build.install.installer} builds it` : `the Kustomize build ${build.id}` : `the Helm chart ${build.dir}${build.installer ? ` (as ${build.installer} installs it)` : ""}`;
  if (failure.cause === "missing-tool" && build.install) {
    return `${what} is not rendered: it ${failure.reason} (see the README: edgenet renders builds with the real tools); its files are not judged as they are written`;
  }
  if (failure.cause === "missing-tool") {
    const tool = build.kind === "kustomize" ? "kustomize (or kubectl)" : "helm";
    return `${what} is not rendered: ${tool} is not on PATH (see the README: edgenet renders builds with the real tools); its files are inputs of the build, not resources`;
  }
  return `${what} does not render: ${relativePaths(failure.reason, display, cwd, top)}`;
}
function relativePaths(words, display, cwd, top) {
  return words.replace(/(?<![\w.~\]-])\/[^\s'"`:,;()[\]]+/g, (match) => {
    const abs = match.replace(/\.+$/, "");
    const tail = match.slice(abs.length);
    const real = realOrSelf(top);
    if (abs === top || abs === real) return `the repository${tail}`;
    const named2 = abs.startsWith(`${real}/`) ? top + abs.slice(real.length) : abs;
    if (![cwd, top].some((dir) => named2 === dir || named2.startsWith(`${dir}/`))) return match;
    return `${display(named2) || "."}${tail}`;
  });
}
var LazyFile = class {
  constructor(discovered, read) {
    this.discovered = discovered;
    this.file = read.file;
    this.problems = read.problems;
    this.readBy = read.readBy;
  }
  discovered;
  file;
  documents = [];
  problems;
  readBy;
  parsed;
  get text() {
    return this.load().text;
  }
  get lines() {
    return this.load().lines;
  }
  get sourceMap() {
    return this.load().sourceMap;
  }
  load() {
    if (!this.parsed) {
      const source = readSource(this.discovered, Number.POSITIVE_INFINITY, () => Buffer.alloc(0));
      this.parsed = parseText(this.file, source.ok ? source.text : "", { positionsOnly: true });
    }
    return this.parsed;
  }
};
function emptyMap() {
  return parseText("", "").sourceMap;
}
function count(findings, level2) {
  return findings.filter((f) => f.level === level2).length;
}

// src/report/report-context.ts
var DOCS_URL = "https://github.com/edgenet-dev/edgenet/blob/main/docs/rules.md";
function helpUri(ruleId) {
  return `${DOCS_URL}#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}
function clusterWords(clusters) {
  if (clusters.length === 0) return "";
  return clusters.length === 1 ? `in cluster ${clusters[0]}` : `in clusters ${clusters.join(", ")}`;
}

// src/report/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var ANNOTATION_CAP = 10;
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (findings, context) => {
  const changed = (f) => context.changedLines?.get(f.file)?.has(f.line) ?? false;
  const ordered = (list2) => context.changedLines ? [...list2.filter(changed), ...list2.filter((f) => !changed(f))] : list2;
  const levels = ["error", "warning", "info"];
  const byLevel = Object.fromEntries(levels.map((l) => [l, findings.filter((f) => f.level === l)]));
  const room = (l) => Math.max(0, ANNOTATION_CAP - (context.annotationsTaken?.[l] ?? 0));
  const notice = levels.some((l) => byLevel[l].length > room(l));
  const shown = (l) => l === "info" && notice ? Math.max(0, room(l) - 1) : room(l);
  const lines = [];
  for (const level2 of levels) {
    for (const f of ordered(byLevel[level2]).slice(0, shown(level2))) lines.push(annotation(f));
  }
  if (notice) {
    const words = levels.filter((l) => byLevel[l].length > shown(l)).map((l) => `${byLevel[l].length - shown(l)} of ${byLevel[l].length} ${l === "info" ? "infos" : `${l}s`}`).join(", ");
    const text = `GitHub shows ${ANNOTATION_CAP} annotations of each level per step: ${words} are not annotated here. The job summary and the SARIF report list all ${findings.length}.`;
    lines.push(`::notice title=${escapeProperty("edgenet: more findings")}::${escapeData(text)}`);
  }
  return lines.length ? `${lines.join("\n")}
` : "";
};
function annotation(f) {
  const props = [
    `title=${escapeProperty(`edgenet ${f.ruleId}${f.clusters.length ? ` (${clusterWords(f.clusters)})` : ""}`)}`,
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `endColumn=${f.endColumn}`
  ].join(",");
  const related = f.related.map((r) => `
\u21B3 ${r.file}:${r.line}:${r.column} ${r.message}`).join("");
  return `::${COMMAND[f.level]} ${props}::${escapeData(f.message + related)}`;
}

// src/report/formatters/escape.ts
function visible(s, keepTabs = false) {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g,
    (c) => {
      if (c === "	" && keepTabs) return c;
      const named2 = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
      const code = c.charCodeAt(0);
      return named2[c] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
    }
  );
}
function markdownText(s) {
  return visible(s).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function codeSpan(s) {
  const text = visible(s).replace(/\|/g, "\\|");
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function fenceFor(body) {
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}
function xmlText(s, attribute = false) {
  const kept = s.replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");
  const escaped = kept.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return attribute ? escaped.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;") : escaped;
}
function uriPath(file) {
  const wellFormed = file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
  return wellFormed.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// src/report/formatters/markdown.ts
var cell = markdownText;
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
var formatMarkdown = (findings, context) => {
  const s = context.summary;
  const counted = `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`;
  const out = [`### edgenet: ${findings.length === 0 ? "no problems" : counted}`, ""];
  const known = [
    s.suppressed ? `, ${s.suppressed} suppressed` : "",
    s.baselined ? `, ${s.baselined} baselined` : "",
    s.preExisting ? `, ${s.preExisting} pre-existing (not failing)` : ""
  ].join("");
  out.push(`${s.files} files, ${s.documents} documents${known}.`, "");
  if (findings.length === 0) return out.join("\n");
  const fleet = findings.some((f) => f.clusters.length > 0);
  out.push(fleet ? "| | Rule | Cluster | Where | Message |" : "| | Rule | Where | Message |");
  out.push(fleet ? "|---|---|---|---|---|" : "|---|---|---|---|");
  const rows = findings.map((f) => row(f, fleet));
  const budget = context.maxBytes;
  const head = `${out.join("\n")}
`;
  if (budget === void 0 || Buffer.byteLength(head) + rows.reduce((n, r) => n + Buffer.byteLength(r) + 1, 0) < budget)
    return `${head}${rows.map((r) => `${r}
`).join("")}`;
  const order = findings.map((f, i) => ({ rank: LEVEL_RANK[f.level], i })).sort((a, b) => b.rank - a.rank || a.i - b.i).map((x) => x.i);
  const closing = (left) => `
**${left} more ${left === 1 ? "finding" : "findings"} in ${context.fullReport ?? "the SARIF report"}** (this summary stays under the size GitHub shows).
`;
  let used = Buffer.byteLength(head) + Buffer.byteLength(closing(findings.length));
  const kept = [];
  for (const i of order) {
    const size = Buffer.byteLength(rows[i]) + 1;
    if (used + size >= budget) break;
    used += size;
    kept.push(rows[i]);
  }
  return `${head}${kept.map((r) => `${r}
`).join("")}${closing(findings.length - kept.length)}`;
};
function row(f, fleet) {
  const related = f.related.map((r) => `<br>\u21B3 ${codeSpan(`${r.file}:${r.line}`)} ${cell(r.message)}`).join("");
  const cluster = fleet ? ` ${cell(f.clusters.join(", "))} |` : "";
  const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
  return `| ${ICON[f.level]} ${f.level} | ${codeSpan(f.ruleId)} |${cluster} ${where} | ${cell(f.message)}${related} |`;
}

// src/report/formatters/sarif.ts
import { createHash as createHash3 } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SEVERITY = { error: "7.5", warning: "5.0", info: "2.0" };
var SARIF_LEVEL = { error: "error", warning: "warning", info: "note" };
var SUPPRESSION_KIND2 = {
  comment: "inSource",
  annotation: "inSource",
  config: "external",
  baseline: "external",
  "pre-existing": "external"
};
var formatSarif = (active, context) => {
  const findings = [...active, ...context.accepted ?? [], ...context.suppressed ?? []].sort(compareFindings);
  const rules = withPolicyRules(context.rules, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = /* @__PURE__ */ new Map();
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "edgenet",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: "https://github.com/edgenet-dev/edgenet",
            rules: rules.map(ruleDescriptor)
          }
        },
        ...context.automationId ? { automationDetails: { id: context.automationId } } : {},
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The directory edgenet ran in" } } },
        results: findings.map((f) => result(f, index, context, occurrences))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function withPolicyRules(catalogue, findings) {
  const known = new Set(catalogue.map((r) => r.id));
  const extra = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (known.has(f.ruleId) || extra.has(f.ruleId)) continue;
    const words = `A rule of a user policy (package ${f.ruleId}), loaded with --policy.`;
    extra.set(f.ruleId, { id: f.ruleId, level: f.level, title: f.ruleId, why: words, fix: "", policy: true });
  }
  return [...catalogue, ...[...extra.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)];
}
function ruleDescriptor(r) {
  const name = r.id.replace(/[/_.-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
  const security = r.tags?.includes("security") ?? false;
  const tags = "policy" in r ? ["user-policy"] : ["ack-edge", "networking", r.id.split("/")[0]];
  if (security) tags.push("security");
  return {
    id: r.id,
    name,
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    ..."policy" in r ? {} : {
      help: { text: `${r.why}

Fix: ${r.fix}`, markdown: `${r.why}

**Fix:** ${r.fix}` },
      helpUri: helpUri(r.id)
    },
    defaultConfiguration: { level: SARIF_LEVEL[r.level] },
    properties: { ...security ? { "security-severity": SEVERITY[r.level] } : {}, tags }
  };
}
function location(file, line, column, endLine, endColumn) {
  return {
    physicalLocation: {
      // RFC 3986: encodeURI left `#` and `?`, which end a URI's path.
      artifactLocation: { uri: uriPath(file), uriBaseId: "%SRCROOT%" },
      region: { startLine: line, startColumn: column, ...endLine ? { endLine, endColumn } : {} }
    }
  };
}
function result(f, index, context, occurrences) {
  const lineText = context.sources.get(f.file)?.[f.line - 1]?.trim() ?? "";
  const key = [f.ruleId, f.file, f.resource?.kind ?? "", f.resource?.name ?? "", lineText].join("\0");
  const n = occurrences.get(key) ?? 0;
  occurrences.set(key, n + 1);
  const fingerprint = createHash3("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  return {
    ruleId: f.ruleId,
    ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
    level: SARIF_LEVEL[f.level],
    message: { text: f.message },
    locations: [location(f.file, f.line, f.column, f.endLine, f.endColumn)],
    ...f.related.length ? {
      relatedLocations: f.related.map((r, i) => ({
        id: i + 1,
        ...location(r.file, r.line, r.column),
        message: { text: r.message }
      }))
    } : {},
    partialFingerprints: { "edgenet/v1": fingerprint },
    ...f.suppression ? {
      suppressions: [
        {
          kind: SUPPRESSION_KIND2[f.suppression.kind],
          status: "accepted",
          justification: f.suppression.justification
        }
      ]
    } : {},
    ...f.clusters.length ? { properties: { cluster: f.clusters[0], ...f.clusters.length > 1 ? { clusters: [...f.clusters] } : {} } } : {}
  };
}

// src/session/accept.ts
import { existsSync as existsSync8, mkdirSync as mkdirSync7, readFileSync as readFileSync13, statSync as statSync12 } from "node:fs";
import path25 from "node:path";

// src/evaluate/baseline.ts
import { createHash as createHash4 } from "node:crypto";
function fingerprints(f, relative2 = (file) => file) {
  const data = normalise(f.data ?? { message: f.message }, relative2);
  const clusters = f.clusters.length ? f.clusters : [null];
  return clusters.map(
    (cluster) => hash([
      f.ruleId,
      f.messageId ?? null,
      cluster,
      f.resource?.kind ?? null,
      f.resource?.namespace ?? null,
      f.resource?.name ?? null,
      relative2(f.file),
      data
    ])
  );
}
function hash(parts) {
  return createHash4("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
var FILE_LINE = /([^\s"'`(),[\]]+\.(?:ya?ml|json)):\d+(?::\d+)?/gi;
var LINE_WORDS = /\b(line|column)\s+\d+/gi;
function normalise(value2, relative2) {
  if (typeof value2 === "string") return value2.replace(FILE_LINE, "$1").replace(LINE_WORDS, "$1");
  if (Array.isArray(value2)) return value2.map((v) => normalise(v, relative2));
  if (typeof value2 !== "object" || value2 === null) return value2;
  const ref = value2;
  if (typeof ref.file === "string" && (Array.isArray(ref.path) || typeof ref.line === "number"))
    return { file: relative2(ref.file) };
  const out = {};
  for (const key of Object.keys(value2).sort(compareStrings))
    out[key] = normalise(value2[key], relative2);
  return out;
}
var BASELINE_VERSION = 1;
function baselineOf(findings, relative2) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const prints = fingerprints(f, relative2);
    prints.forEach((fingerprint, i) => {
      const known = byPrint.get(fingerprint);
      if (known) {
        known.count++;
        return;
      }
      const cluster = f.clusters[i];
      byPrint.set(fingerprint, {
        ruleId: f.ruleId,
        file: relative2(f.file),
        ...cluster === void 0 ? {} : { cluster },
        fingerprint,
        count: 1
      });
    });
  }
  return [...byPrint.values()].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.cluster ?? "", b.cluster ?? "") || compareStrings(a.fingerprint, b.fingerprint)
  );
}
function formatBaseline(entries, toolVersion) {
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return [
    "{",
    `  "version": ${BASELINE_VERSION},`,
    `  "tool": ${JSON.stringify({ name: "edgenet", version: toolVersion })},`,
    `  "findings": [${lines.length ? `
${lines.join(",\n")}
  ` : ""}]`,
    "}",
    ""
  ].join("\n");
}
function parseBaseline(text, display) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--baseline ${display}: not JSON (${error.message})`);
  }
  const file = data;
  if (typeof data !== "object" || data === null || file.version !== BASELINE_VERSION || !Array.isArray(file.findings))
    throw new UsageError(
      `--baseline ${display}: not an edgenet baseline of version ${BASELINE_VERSION} (write one with --write-baseline)`
    );
  return file.findings.map((e, i) => {
    const entry = e;
    const count2 = entry?.count ?? 1;
    if (typeof entry?.fingerprint !== "string" || typeof entry.ruleId !== "string" || typeof entry.file !== "string" || !Number.isSafeInteger(count2) || count2 < 1)
      throw new UsageError(`--baseline ${display}: findings[${i}] is not a baseline entry`);
    return { ruleId: entry.ruleId, file: entry.file, fingerprint: entry.fingerprint, count: count2 };
  });
}
function matchBaseline(findings, entries, relative2) {
  const left = /* @__PURE__ */ new Map();
  for (const e of entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + e.count);
  const known = findings.map((f) => {
    const prints = fingerprints(f, relative2);
    const need = /* @__PURE__ */ new Map();
    for (const p of prints) need.set(p, (need.get(p) ?? 0) + 1);
    for (const [p, n] of need) if ((left.get(p) ?? 0) < n) return false;
    for (const [p, n] of need) left.set(p, left.get(p) - n);
    return true;
  });
  let gone = 0;
  for (const n of left.values()) gone += n;
  return { known, gone };
}

// src/git/checkout-ref.ts
import { mkdirSync as mkdirSync6, mkdtempSync as mkdtempSync2, realpathSync as realpathSync8, rmSync as rmSync2, writeFileSync as writeFileSync6 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path24 from "node:path";
function checkoutRef(cwd, ref, option) {
  const top = workTreeTop(cwd);
  if (!top) throw new UsageError(`${option} ${ref}: ${cwd} is not in a git work tree (or git is not installed)`);
  const realTop = realpathSync8(top);
  const commit = resolveCommit(realTop, ref, option);
  const objects = path24.resolve(realTop, gitText(["rev-parse", "--git-common-dir"], { cwd: realTop }), "objects");
  const root2 = mkdtempSync2(path24.join(tmpdir2(), "edgenet-ref-"));
  const remove = () => rmSync2(root2, { recursive: true, force: true });
  const release = onInterrupt(remove);
  const real = (abs) => {
    try {
      return realpathSync8(abs);
    } catch {
      return path24.join(real(path24.dirname(abs)), path24.basename(abs));
    }
  };
  try {
    const dest = path24.join(root2, realTop);
    mkdirSync6(dest, { recursive: true });
    git(["init", "-q", dest], { cwd: root2 });
    writeFileSync6(path24.join(dest, ".git", "objects", "info", "alternates"), `${objects}
`);
    mkdirSync6(path24.join(dest, ".git", "info"), { recursive: true });
    writeFileSync6(
      path24.join(dest, ".git", "info", "attributes"),
      "* -filter -text -eol -ident -working-tree-encoding\n"
    );
    git(["-c", "core.hooksPath=/dev/null", "-c", "advice.detachedHead=false", "checkout", "-q", "--detach", commit], {
      cwd: dest
    });
  } catch (error) {
    release();
    remove();
    throw error;
  }
  return {
    ref,
    commit,
    top: realTop,
    map: (abs) => path24.join(root2, real(abs)),
    inside: (abs) => {
      const rel = path24.relative(realTop, real(abs));
      return !rel.startsWith("..") && !path24.isAbsolute(rel);
    },
    dispose: () => {
      release();
      remove();
    }
  };
}

// src/session/accept.ts
function outcomeOf2(result2) {
  return { findings: result2.findings, accepted: [], suppressed: result2.suppressed, summary: { ...result2.summary } };
}
function baselineRelative(cwd, file) {
  const dir = toDisplay(cwd, path25.dirname(path25.resolve(cwd, file)));
  return dir === "." ? (f) => f : (f) => path25.posix.relative(dir, f);
}
function readBaseline(cwd, file, trust) {
  const abs = path25.resolve(cwd, file);
  const rel = trust?.topRelative(abs);
  if (trust && rel !== void 0) {
    const entry = trust.entry(rel);
    const text = entry ? trust.blob(entry, BASELINE_LIMIT)?.toString("utf8") : void 0;
    if (text === void 0)
      return {
        entries: [],
        untrusted: `--baseline ${file}: ${trust.ref} has no such file (or one over ${BASELINE_LIMIT} bytes): nothing is baselined until it is merged`
      };
    const mine = existsSync8(abs) ? readFileSync13(abs, "utf8") : void 0;
    const entries = parseBaseline(text, `${trust.ref}:${rel}`);
    if (mine === text) return { entries };
    return { entries, untrusted: `--baseline ${file}: the file differs from ${trust.ref}'s, which is used` };
  }
  if (!existsSync8(abs)) throw new UsageError(`--baseline ${file}: no such file (write one with --write-baseline)`);
  return { entries: parseBaseline(readFileSync13(abs, "utf8"), file) };
}
var BASELINE_LIMIT = 64 * 1024 * 1024;
function applyBaseline(outcome, entries, relative2, file) {
  const match = matchBaseline(outcome.findings, entries, relative2);
  const justification = `in the baseline ${file}`;
  setApart(outcome, match.known, { kind: "baseline", justification });
  outcome.summary.baselined = outcome.accepted.filter((f) => f.suppression?.kind === "baseline").length;
  outcome.summary.baselineGone = match.gone;
}
function applyNewOnly(outcome, atRef, ref, commit) {
  const entries = baselineOf(atRef, (f) => f);
  const match = matchBaseline(outcome.findings, entries, (f) => f);
  setApart(outcome, match.known, { kind: "pre-existing", justification: `present at ${ref} (${commit.slice(0, 12)})` });
  outcome.summary.preExisting = outcome.accepted.filter((f) => f.suppression?.kind === "pre-existing").length;
}
function baselineText(outcome, relative2, toolVersion) {
  return formatBaseline(baselineOf([...outcome.findings, ...outcome.accepted], relative2), toolVersion);
}
function acceptAll(outcome, file) {
  setApart(
    outcome,
    outcome.findings.map(() => true),
    { kind: "baseline", justification: `written to the baseline ${file} by this run` }
  );
  outcome.summary.baselined = outcome.accepted.filter((f) => f.suppression?.kind === "baseline").length;
  outcome.summary.baselineGone = 0;
}
function setApart(outcome, known, suppression) {
  const kept = [];
  outcome.findings.forEach((f, i) => {
    if (known[i]) outcome.accepted.push({ ...f, suppression });
    else kept.push(f);
  });
  outcome.findings = kept;
  recount(outcome);
}
function errorsOnly(outcome) {
  outcome.findings = outcome.findings.filter((f) => f.level === "error");
  outcome.accepted = outcome.accepted.filter((f) => f.level === "error");
  recount(outcome);
}
function recount(outcome) {
  const count2 = (level2) => outcome.findings.filter((f) => f.level === level2).length;
  outcome.summary.errors = count2("error");
  outcome.summary.warnings = count2("warning");
  outcome.summary.infos = count2("info");
}
async function lintAtRef(options, ref, option) {
  if (options.paths.includes("-")) throw new UsageError(`${option} compares files in git; it cannot read stdin`);
  const first = path25.resolve(options.cwd, options.paths[0] ?? ".");
  const start = existsSync8(first) && statSync12(first).isDirectory() ? first : path25.dirname(first);
  const checkout = checkoutRef(start, ref, option);
  try {
    const mapped = (p) => checkout.map(path25.resolve(options.cwd, p));
    mkdirSync7(checkout.map(options.cwd), { recursive: true });
    const paths = options.paths.filter((p) => existsSync8(mapped(p))).map((p) => path25.isAbsolute(p) ? mapped(p) : p);
    if (options.paths.length > 0 && paths.length === 0) return { findings: [], commit: checkout.commit };
    const { config } = options;
    const result2 = await lint({
      ...options,
      cwd: checkout.map(options.cwd),
      paths,
      config: checkout.inside(config.dir) ? { ...config, dir: checkout.map(config.dir) } : config,
      // REF's waivers are REF's: as trusted as --trust-from makes the work tree's old ones.
      trust: void 0,
      inlineWaivers: (options.inlineWaivers ?? true) || options.trust !== void 0,
      requireFiles: false
    });
    return { findings: result2.findings, commit: checkout.commit };
  } finally {
    checkout.dispose();
  }
}

// src/session/set-up.ts
import { existsSync as existsSync10 } from "node:fs";
import path27 from "node:path";

// src/config/load-config.ts
import { existsSync as existsSync9, lstatSync as lstatSync2, realpathSync as realpathSync9 } from "node:fs";
import path26 from "node:path";

// src/config/validate-config.generated.js
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://edgenet.dev/schema/edgenet.schema.json", "title": "edgenet configuration (.edgenet.yaml)", "type": "object", "additionalProperties": false, "properties": { "cluster": { "type": "object", "description": "Facts that manifests cannot tell; each one optional", "additionalProperties": false, "properties": { "connection": { "type": "string", "enum": ["public", "express-connect"], "description": "Default connection of edge pools without an annotation" }, "vpcCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" } }, "podCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, "maxItems": 2, "description": "One per IP family" }, "serviceCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, "maxItems": 2 }, "nodeCidrMask": { "type": "integer", "minimum": 1, "maximum": 32 }, "nodeCidrMaskIPv6": { "type": "integer", "minimum": 1, "maximum": 128 }, "maxNodes": { "type": "integer", "minimum": 1 }, "maxPodsPerNode": { "type": "integer", "minimum": 1 }, "edgeControllerManagerVersion": { "type": "string", "pattern": "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$" }, "apiServerReachesEdge": { "type": "boolean" }, "kubernetesVersion": { "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$", "description": "The cluster's Kubernetes version, for rendering Helm charts (helm template --kube-version)" }, "sites": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "connection": { "type": "string", "enum": ["public", "express-connect"] }, "nodePools": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "hostCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" } }, "securityGroups": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Security groups guarding the edge hosts (ids or template logical names)" } } } }, "cloudSecurityGroups": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "clusters": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^\\S(.*\\S)?$" }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs, relative to this file, of the files that describe the cluster" }, "vpcId": { "type": "string", "minLength": 1, "description": "The VPC the cluster runs in: clusters naming the same VPC share it" }, "rules": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, "additionalProperties": { "type": "string", "enum": ["off", "info", "warning", "error"] } }, "connection": { "type": "string", "enum": ["public", "express-connect"], "description": "Default connection of edge pools without an annotation" }, "vpcCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" } }, "podCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, "maxItems": 2, "description": "One per IP family" }, "serviceCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, "maxItems": 2 }, "nodeCidrMask": { "type": "integer", "minimum": 1, "maximum": 32 }, "nodeCidrMaskIPv6": { "type": "integer", "minimum": 1, "maximum": 128 }, "maxNodes": { "type": "integer", "minimum": 1 }, "maxPodsPerNode": { "type": "integer", "minimum": 1 }, "edgeControllerManagerVersion": { "type": "string", "pattern": "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$" }, "apiServerReachesEdge": { "type": "boolean" }, "kubernetesVersion": { "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$", "description": "The cluster's Kubernetes version, for rendering Helm charts (helm template --kube-version)" }, "sites": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "connection": { "type": "string", "enum": ["public", "express-connect"] }, "nodePools": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "hostCidrs": { "type": "array", "items": { "type": "string", "description": "An IPv4 or IPv6 CIDR, e.g. 10.0.0.0/16 or fd00::/48", "pattern": "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" } }, "securityGroups": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Security groups guarding the edge hosts (ids or template logical names)" } } } }, "cloudSecurityGroups": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "description": "The clusters of a fleet; each inherits `cluster:`" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "rules": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, "additionalProperties": { "type": "string", "enum": ["off", "info", "warning", "error"] } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule"], "properties": { "rule": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "clusters": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "The clusters the waiver applies in (default: all)" }, "reason": { "type": "string" }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } } }, "maxFileSize": { "type": "integer", "minimum": 1, "description": "Files larger than this many bytes are reported as skipped (default 16 MiB)" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = ((text) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
});
var pattern0 = new RegExp("^[0-9A-Fa-f:.]+/[0-9]{1,3}$", "u");
var pattern3 = new RegExp("^v?[0-9]+(\\.[0-9]+)*([-+].*)?$", "u");
var pattern4 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$", "u");
var pattern6 = new RegExp("^\\S(.*\\S)?$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$", "u");
var pattern16 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "cluster" || key0 === "clusters" || key0 === "include" || key0 === "exclude" || key0 === "rules" || key0 === "ignore" || key0 === "maxFileSize")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data0 = data.cluster;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!func2.call(schema11.properties.cluster.properties, key1)) {
            const err1 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.connection !== void 0) {
          let data1 = data0.connection;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/cluster/connection", schemaPath: "#/properties/cluster/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (!(data1 === "public" || data1 === "express-connect")) {
            const err3 = { instancePath: instancePath + "/cluster/connection", schemaPath: "#/properties/cluster/properties/connection/enum", keyword: "enum", params: { allowedValues: schema11.properties.cluster.properties.connection.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.vpcCidrs !== void 0) {
          let data2 = data0.vpcCidrs;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (!pattern0.test(data3)) {
                  const err4 = { instancePath: instancePath + "/cluster/vpcCidrs/" + i0, schemaPath: "#/properties/cluster/properties/vpcCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/cluster/vpcCidrs/" + i0, schemaPath: "#/properties/cluster/properties/vpcCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/cluster/vpcCidrs", schemaPath: "#/properties/cluster/properties/vpcCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.podCidrs !== void 0) {
          let data4 = data0.podCidrs;
          if (Array.isArray(data4)) {
            if (data4.length > 2) {
              const err7 = { instancePath: instancePath + "/cluster/podCidrs", schemaPath: "#/properties/cluster/properties/podCidrs/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (!pattern0.test(data5)) {
                  const err8 = { instancePath: instancePath + "/cluster/podCidrs/" + i1, schemaPath: "#/properties/cluster/properties/podCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/cluster/podCidrs/" + i1, schemaPath: "#/properties/cluster/properties/podCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/cluster/podCidrs", schemaPath: "#/properties/cluster/properties/podCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.serviceCidrs !== void 0) {
          let data6 = data0.serviceCidrs;
          if (Array.isArray(data6)) {
            if (data6.length > 2) {
              const err11 = { instancePath: instancePath + "/cluster/serviceCidrs", schemaPath: "#/properties/cluster/properties/serviceCidrs/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err12 = { instancePath: instancePath + "/cluster/serviceCidrs/" + i2, schemaPath: "#/properties/cluster/properties/serviceCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/cluster/serviceCidrs/" + i2, schemaPath: "#/properties/cluster/properties/serviceCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/cluster/serviceCidrs", schemaPath: "#/properties/cluster/properties/serviceCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.nodeCidrMask !== void 0) {
          let data8 = data0.nodeCidrMask;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err15 = { instancePath: instancePath + "/cluster/nodeCidrMask", schemaPath: "#/properties/cluster/properties/nodeCidrMask/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 32 || isNaN(data8)) {
              const err16 = { instancePath: instancePath + "/cluster/nodeCidrMask", schemaPath: "#/properties/cluster/properties/nodeCidrMask/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/cluster/nodeCidrMask", schemaPath: "#/properties/cluster/properties/nodeCidrMask/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data0.nodeCidrMaskIPv6 !== void 0) {
          let data9 = data0.nodeCidrMaskIPv6;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err18 = { instancePath: instancePath + "/cluster/nodeCidrMaskIPv6", schemaPath: "#/properties/cluster/properties/nodeCidrMaskIPv6/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 128 || isNaN(data9)) {
              const err19 = { instancePath: instancePath + "/cluster/nodeCidrMaskIPv6", schemaPath: "#/properties/cluster/properties/nodeCidrMaskIPv6/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err20 = { instancePath: instancePath + "/cluster/nodeCidrMaskIPv6", schemaPath: "#/properties/cluster/properties/nodeCidrMaskIPv6/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data0.maxNodes !== void 0) {
          let data10 = data0.maxNodes;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err21 = { instancePath: instancePath + "/cluster/maxNodes", schemaPath: "#/properties/cluster/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err22 = { instancePath: instancePath + "/cluster/maxNodes", schemaPath: "#/properties/cluster/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data0.maxPodsPerNode !== void 0) {
          let data11 = data0.maxPodsPerNode;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err23 = { instancePath: instancePath + "/cluster/maxPodsPerNode", schemaPath: "#/properties/cluster/properties/maxPodsPerNode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err24 = { instancePath: instancePath + "/cluster/maxPodsPerNode", schemaPath: "#/properties/cluster/properties/maxPodsPerNode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data0.edgeControllerManagerVersion !== void 0) {
          let data12 = data0.edgeControllerManagerVersion;
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err25 = { instancePath: instancePath + "/cluster/edgeControllerManagerVersion", schemaPath: "#/properties/cluster/properties/edgeControllerManagerVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$" }, message: 'must match pattern "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/cluster/edgeControllerManagerVersion", schemaPath: "#/properties/cluster/properties/edgeControllerManagerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.apiServerReachesEdge !== void 0) {
          if (typeof data0.apiServerReachesEdge !== "boolean") {
            const err27 = { instancePath: instancePath + "/cluster/apiServerReachesEdge", schemaPath: "#/properties/cluster/properties/apiServerReachesEdge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.kubernetesVersion !== void 0) {
          let data14 = data0.kubernetesVersion;
          if (typeof data14 === "string") {
            if (!pattern4.test(data14)) {
              const err28 = { instancePath: instancePath + "/cluster/kubernetesVersion", schemaPath: "#/properties/cluster/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/cluster/kubernetesVersion", schemaPath: "#/properties/cluster/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data0.sites !== void 0) {
          let data15 = data0.sites;
          if (Array.isArray(data15)) {
            const len3 = data15.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data16 = data15[i3];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.name === void 0) {
                  const err30 = { instancePath: instancePath + "/cluster/sites/" + i3, schemaPath: "#/properties/cluster/properties/sites/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                for (const key2 in data16) {
                  if (!(key2 === "name" || key2 === "connection" || key2 === "nodePools" || key2 === "hostCidrs" || key2 === "securityGroups")) {
                    const err31 = { instancePath: instancePath + "/cluster/sites/" + i3, schemaPath: "#/properties/cluster/properties/sites/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data16.name !== void 0) {
                  let data17 = data16.name;
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err32 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/name", schemaPath: "#/properties/cluster/properties/sites/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/name", schemaPath: "#/properties/cluster/properties/sites/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data16.connection !== void 0) {
                  let data18 = data16.connection;
                  if (typeof data18 !== "string") {
                    const err34 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/connection", schemaPath: "#/properties/cluster/properties/sites/items/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  if (!(data18 === "public" || data18 === "express-connect")) {
                    const err35 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/connection", schemaPath: "#/properties/cluster/properties/sites/items/properties/connection/enum", keyword: "enum", params: { allowedValues: schema11.properties.cluster.properties.sites.items.properties.connection.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data16.nodePools !== void 0) {
                  let data19 = data16.nodePools;
                  if (Array.isArray(data19)) {
                    const len4 = data19.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data20 = data19[i4];
                      if (typeof data20 === "string") {
                        if (func3(data20) < 1) {
                          const err36 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/nodePools/" + i4, schemaPath: "#/properties/cluster/properties/sites/items/properties/nodePools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err36];
                          } else {
                            vErrors.push(err36);
                          }
                          errors++;
                        }
                      } else {
                        const err37 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/nodePools/" + i4, schemaPath: "#/properties/cluster/properties/sites/items/properties/nodePools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/nodePools", schemaPath: "#/properties/cluster/properties/sites/items/properties/nodePools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data16.hostCidrs !== void 0) {
                  let data21 = data16.hostCidrs;
                  if (Array.isArray(data21)) {
                    const len5 = data21.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data22 = data21[i5];
                      if (typeof data22 === "string") {
                        if (!pattern0.test(data22)) {
                          const err39 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/hostCidrs/" + i5, schemaPath: "#/properties/cluster/properties/sites/items/properties/hostCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                      } else {
                        const err40 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/hostCidrs/" + i5, schemaPath: "#/properties/cluster/properties/sites/items/properties/hostCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/hostCidrs", schemaPath: "#/properties/cluster/properties/sites/items/properties/hostCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data16.securityGroups !== void 0) {
                  let data23 = data16.securityGroups;
                  if (Array.isArray(data23)) {
                    const len6 = data23.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data24 = data23[i6];
                      if (typeof data24 === "string") {
                        if (func3(data24) < 1) {
                          const err42 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/securityGroups/" + i6, schemaPath: "#/properties/cluster/properties/sites/items/properties/securityGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/securityGroups/" + i6, schemaPath: "#/properties/cluster/properties/sites/items/properties/securityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/cluster/sites/" + i3 + "/securityGroups", schemaPath: "#/properties/cluster/properties/sites/items/properties/securityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/cluster/sites/" + i3, schemaPath: "#/properties/cluster/properties/sites/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/cluster/sites", schemaPath: "#/properties/cluster/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data0.cloudSecurityGroups !== void 0) {
          let data25 = data0.cloudSecurityGroups;
          if (Array.isArray(data25)) {
            const len7 = data25.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data26 = data25[i7];
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err47 = { instancePath: instancePath + "/cluster/cloudSecurityGroups/" + i7, schemaPath: "#/properties/cluster/properties/cloudSecurityGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/cluster/cloudSecurityGroups/" + i7, schemaPath: "#/properties/cluster/properties/cloudSecurityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/cluster/cloudSecurityGroups", schemaPath: "#/properties/cluster/properties/cloudSecurityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data27 = data.clusters;
      if (Array.isArray(data27)) {
        const len8 = data27.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data28 = data27[i8];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.name === void 0) {
              const err51 = { instancePath: instancePath + "/clusters/" + i8, schemaPath: "#/properties/clusters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key3 in data28) {
              if (!func2.call(schema11.properties.clusters.items.properties, key3)) {
                const err52 = { instancePath: instancePath + "/clusters/" + i8, schemaPath: "#/properties/clusters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data28.name !== void 0) {
              let data29 = data28.name;
              if (typeof data29 === "string") {
                if (func3(data29) < 1) {
                  const err53 = { instancePath: instancePath + "/clusters/" + i8 + "/name", schemaPath: "#/properties/clusters/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (!pattern6.test(data29)) {
                  const err54 = { instancePath: instancePath + "/clusters/" + i8 + "/name", schemaPath: "#/properties/clusters/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^\\S(.*\\S)?$" }, message: 'must match pattern "^\\S(.*\\S)?$"' };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/clusters/" + i8 + "/name", schemaPath: "#/properties/clusters/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data28.paths !== void 0) {
              let data30 = data28.paths;
              if (Array.isArray(data30)) {
                const len9 = data30.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data31 = data30[i9];
                  if (typeof data31 === "string") {
                    if (func3(data31) < 1) {
                      const err56 = { instancePath: instancePath + "/clusters/" + i8 + "/paths/" + i9, schemaPath: "#/properties/clusters/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/clusters/" + i8 + "/paths/" + i9, schemaPath: "#/properties/clusters/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/clusters/" + i8 + "/paths", schemaPath: "#/properties/clusters/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data28.vpcId !== void 0) {
              let data32 = data28.vpcId;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err59 = { instancePath: instancePath + "/clusters/" + i8 + "/vpcId", schemaPath: "#/properties/clusters/items/properties/vpcId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/clusters/" + i8 + "/vpcId", schemaPath: "#/properties/clusters/items/properties/vpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data28.rules !== void 0) {
              let data33 = data28.rules;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key4 in data33) {
                  const _errs73 = errors;
                  if (typeof key4 === "string") {
                    if (!pattern7.test(key4)) {
                      const err61 = { instancePath: instancePath + "/clusters/" + i8 + "/rules", schemaPath: "#/properties/clusters/items/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"', propertyName: key4 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                  var valid24 = _errs73 === errors;
                  if (!valid24) {
                    const err62 = { instancePath: instancePath + "/clusters/" + i8 + "/rules", schemaPath: "#/properties/clusters/items/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                for (const key5 in data33) {
                  let data34 = data33[key5];
                  if (typeof data34 !== "string") {
                    const err63 = { instancePath: instancePath + "/clusters/" + i8 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/items/properties/rules/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (!(data34 === "off" || data34 === "info" || data34 === "warning" || data34 === "error")) {
                    const err64 = { instancePath: instancePath + "/clusters/" + i8 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/clusters/items/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.clusters.items.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/clusters/" + i8 + "/rules", schemaPath: "#/properties/clusters/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data28.connection !== void 0) {
              let data35 = data28.connection;
              if (typeof data35 !== "string") {
                const err66 = { instancePath: instancePath + "/clusters/" + i8 + "/connection", schemaPath: "#/properties/clusters/items/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (!(data35 === "public" || data35 === "express-connect")) {
                const err67 = { instancePath: instancePath + "/clusters/" + i8 + "/connection", schemaPath: "#/properties/clusters/items/properties/connection/enum", keyword: "enum", params: { allowedValues: schema11.properties.clusters.items.properties.connection.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data28.vpcCidrs !== void 0) {
              let data36 = data28.vpcCidrs;
              if (Array.isArray(data36)) {
                const len10 = data36.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data37 = data36[i10];
                  if (typeof data37 === "string") {
                    if (!pattern0.test(data37)) {
                      const err68 = { instancePath: instancePath + "/clusters/" + i8 + "/vpcCidrs/" + i10, schemaPath: "#/properties/clusters/items/properties/vpcCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/clusters/" + i8 + "/vpcCidrs/" + i10, schemaPath: "#/properties/clusters/items/properties/vpcCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/clusters/" + i8 + "/vpcCidrs", schemaPath: "#/properties/clusters/items/properties/vpcCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data28.podCidrs !== void 0) {
              let data38 = data28.podCidrs;
              if (Array.isArray(data38)) {
                if (data38.length > 2) {
                  const err71 = { instancePath: instancePath + "/clusters/" + i8 + "/podCidrs", schemaPath: "#/properties/clusters/items/properties/podCidrs/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                const len11 = data38.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data39 = data38[i11];
                  if (typeof data39 === "string") {
                    if (!pattern0.test(data39)) {
                      const err72 = { instancePath: instancePath + "/clusters/" + i8 + "/podCidrs/" + i11, schemaPath: "#/properties/clusters/items/properties/podCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/clusters/" + i8 + "/podCidrs/" + i11, schemaPath: "#/properties/clusters/items/properties/podCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/clusters/" + i8 + "/podCidrs", schemaPath: "#/properties/clusters/items/properties/podCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data28.serviceCidrs !== void 0) {
              let data40 = data28.serviceCidrs;
              if (Array.isArray(data40)) {
                if (data40.length > 2) {
                  const err75 = { instancePath: instancePath + "/clusters/" + i8 + "/serviceCidrs", schemaPath: "#/properties/clusters/items/properties/serviceCidrs/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len12 = data40.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data41 = data40[i12];
                  if (typeof data41 === "string") {
                    if (!pattern0.test(data41)) {
                      const err76 = { instancePath: instancePath + "/clusters/" + i8 + "/serviceCidrs/" + i12, schemaPath: "#/properties/clusters/items/properties/serviceCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/clusters/" + i8 + "/serviceCidrs/" + i12, schemaPath: "#/properties/clusters/items/properties/serviceCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/clusters/" + i8 + "/serviceCidrs", schemaPath: "#/properties/clusters/items/properties/serviceCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data28.nodeCidrMask !== void 0) {
              let data42 = data28.nodeCidrMask;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err79 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMask", schemaPath: "#/properties/clusters/items/properties/nodeCidrMask/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 > 32 || isNaN(data42)) {
                  const err80 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMask", schemaPath: "#/properties/clusters/items/properties/nodeCidrMask/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data42 < 1 || isNaN(data42)) {
                  const err81 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMask", schemaPath: "#/properties/clusters/items/properties/nodeCidrMask/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
            }
            if (data28.nodeCidrMaskIPv6 !== void 0) {
              let data43 = data28.nodeCidrMaskIPv6;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err82 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMaskIPv6", schemaPath: "#/properties/clusters/items/properties/nodeCidrMaskIPv6/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 > 128 || isNaN(data43)) {
                  const err83 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMaskIPv6", schemaPath: "#/properties/clusters/items/properties/nodeCidrMaskIPv6/maximum", keyword: "maximum", params: { comparison: "<=", limit: 128 }, message: "must be <= 128" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (data43 < 1 || isNaN(data43)) {
                  const err84 = { instancePath: instancePath + "/clusters/" + i8 + "/nodeCidrMaskIPv6", schemaPath: "#/properties/clusters/items/properties/nodeCidrMaskIPv6/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
            }
            if (data28.maxNodes !== void 0) {
              let data44 = data28.maxNodes;
              if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                const err85 = { instancePath: instancePath + "/clusters/" + i8 + "/maxNodes", schemaPath: "#/properties/clusters/items/properties/maxNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 < 1 || isNaN(data44)) {
                  const err86 = { instancePath: instancePath + "/clusters/" + i8 + "/maxNodes", schemaPath: "#/properties/clusters/items/properties/maxNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            }
            if (data28.maxPodsPerNode !== void 0) {
              let data45 = data28.maxPodsPerNode;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err87 = { instancePath: instancePath + "/clusters/" + i8 + "/maxPodsPerNode", schemaPath: "#/properties/clusters/items/properties/maxPodsPerNode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 1 || isNaN(data45)) {
                  const err88 = { instancePath: instancePath + "/clusters/" + i8 + "/maxPodsPerNode", schemaPath: "#/properties/clusters/items/properties/maxPodsPerNode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
            }
            if (data28.edgeControllerManagerVersion !== void 0) {
              let data46 = data28.edgeControllerManagerVersion;
              if (typeof data46 === "string") {
                if (!pattern3.test(data46)) {
                  const err89 = { instancePath: instancePath + "/clusters/" + i8 + "/edgeControllerManagerVersion", schemaPath: "#/properties/clusters/items/properties/edgeControllerManagerVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$" }, message: 'must match pattern "^v?[0-9]+(\\.[0-9]+)*([-+].*)?$"' };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/clusters/" + i8 + "/edgeControllerManagerVersion", schemaPath: "#/properties/clusters/items/properties/edgeControllerManagerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data28.apiServerReachesEdge !== void 0) {
              if (typeof data28.apiServerReachesEdge !== "boolean") {
                const err91 = { instancePath: instancePath + "/clusters/" + i8 + "/apiServerReachesEdge", schemaPath: "#/properties/clusters/items/properties/apiServerReachesEdge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data28.kubernetesVersion !== void 0) {
              let data48 = data28.kubernetesVersion;
              if (typeof data48 === "string") {
                if (!pattern4.test(data48)) {
                  const err92 = { instancePath: instancePath + "/clusters/" + i8 + "/kubernetesVersion", schemaPath: "#/properties/clusters/items/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+].*)?$"' };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/clusters/" + i8 + "/kubernetesVersion", schemaPath: "#/properties/clusters/items/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data28.sites !== void 0) {
              let data49 = data28.sites;
              if (Array.isArray(data49)) {
                const len13 = data49.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  let data50 = data49[i13];
                  if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    if (data50.name === void 0) {
                      const err94 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13, schemaPath: "#/properties/clusters/items/properties/sites/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    for (const key6 in data50) {
                      if (!(key6 === "name" || key6 === "connection" || key6 === "nodePools" || key6 === "hostCidrs" || key6 === "securityGroups")) {
                        const err95 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13, schemaPath: "#/properties/clusters/items/properties/sites/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    if (data50.name !== void 0) {
                      let data51 = data50.name;
                      if (typeof data51 === "string") {
                        if (func3(data51) < 1) {
                          const err96 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/name", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err96];
                          } else {
                            vErrors.push(err96);
                          }
                          errors++;
                        }
                      } else {
                        const err97 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/name", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                    if (data50.connection !== void 0) {
                      let data52 = data50.connection;
                      if (typeof data52 !== "string") {
                        const err98 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/connection", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                      if (!(data52 === "public" || data52 === "express-connect")) {
                        const err99 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/connection", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/connection/enum", keyword: "enum", params: { allowedValues: schema11.properties.clusters.items.properties.sites.items.properties.connection.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data50.nodePools !== void 0) {
                      let data53 = data50.nodePools;
                      if (Array.isArray(data53)) {
                        const len14 = data53.length;
                        for (let i14 = 0; i14 < len14; i14++) {
                          let data54 = data53[i14];
                          if (typeof data54 === "string") {
                            if (func3(data54) < 1) {
                              const err100 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/nodePools/" + i14, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/nodePools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err100];
                              } else {
                                vErrors.push(err100);
                              }
                              errors++;
                            }
                          } else {
                            const err101 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/nodePools/" + i14, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/nodePools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err101];
                            } else {
                              vErrors.push(err101);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err102 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/nodePools", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/nodePools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                    if (data50.hostCidrs !== void 0) {
                      let data55 = data50.hostCidrs;
                      if (Array.isArray(data55)) {
                        const len15 = data55.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                          let data56 = data55[i15];
                          if (typeof data56 === "string") {
                            if (!pattern0.test(data56)) {
                              const err103 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/hostCidrs/" + i15, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/hostCidrs/items/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f:.]+/[0-9]{1,3}$" }, message: 'must match pattern "^[0-9A-Fa-f:.]+/[0-9]{1,3}$"' };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          } else {
                            const err104 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/hostCidrs/" + i15, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/hostCidrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err104];
                            } else {
                              vErrors.push(err104);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err105 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/hostCidrs", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/hostCidrs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                    if (data50.securityGroups !== void 0) {
                      let data57 = data50.securityGroups;
                      if (Array.isArray(data57)) {
                        const len16 = data57.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                          let data58 = data57[i16];
                          if (typeof data58 === "string") {
                            if (func3(data58) < 1) {
                              const err106 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/securityGroups/" + i16, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/securityGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            }
                          } else {
                            const err107 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/securityGroups/" + i16, schemaPath: "#/properties/clusters/items/properties/sites/items/properties/securityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13 + "/securityGroups", schemaPath: "#/properties/clusters/items/properties/sites/items/properties/securityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/clusters/" + i8 + "/sites/" + i13, schemaPath: "#/properties/clusters/items/properties/sites/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/clusters/" + i8 + "/sites", schemaPath: "#/properties/clusters/items/properties/sites/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data28.cloudSecurityGroups !== void 0) {
              let data59 = data28.cloudSecurityGroups;
              if (Array.isArray(data59)) {
                const len17 = data59.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  let data60 = data59[i17];
                  if (typeof data60 === "string") {
                    if (func3(data60) < 1) {
                      const err111 = { instancePath: instancePath + "/clusters/" + i8 + "/cloudSecurityGroups/" + i17, schemaPath: "#/properties/clusters/items/properties/cloudSecurityGroups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/clusters/" + i8 + "/cloudSecurityGroups/" + i17, schemaPath: "#/properties/clusters/items/properties/cloudSecurityGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
              } else {
                const err113 = { instancePath: instancePath + "/clusters/" + i8 + "/cloudSecurityGroups", schemaPath: "#/properties/clusters/items/properties/cloudSecurityGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
          } else {
            const err114 = { instancePath: instancePath + "/clusters/" + i8, schemaPath: "#/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data61 = data.include;
      if (Array.isArray(data61)) {
        const len18 = data61.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data62 = data61[i18];
          if (typeof data62 === "string") {
            if (func3(data62) < 1) {
              const err116 = { instancePath: instancePath + "/include/" + i18, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          } else {
            const err117 = { instancePath: instancePath + "/include/" + i18, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data63 = data.exclude;
      if (Array.isArray(data63)) {
        const len19 = data63.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data64 = data63[i19];
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err119 = { instancePath: instancePath + "/exclude/" + i19, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
          } else {
            const err120 = { instancePath: instancePath + "/exclude/" + i19, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
      } else {
        const err121 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data65 = data.rules;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        for (const key7 in data65) {
          const _errs140 = errors;
          if (typeof key7 === "string") {
            if (!pattern7.test(key7)) {
              const err122 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"', propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          var valid47 = _errs140 === errors;
          if (!valid47) {
            const err123 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        for (const key8 in data65) {
          let data66 = data65[key8];
          if (typeof data66 !== "string") {
            const err124 = { instancePath: instancePath + "/rules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (!(data66 === "off" || data66 === "info" || data66 === "warning" || data66 === "error")) {
            const err125 = { instancePath: instancePath + "/rules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data67 = data.ignore;
      if (Array.isArray(data67)) {
        const len20 = data67.length;
        for (let i20 = 0; i20 < len20; i20++) {
          let data68 = data67[i20];
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            if (data68.rule === void 0) {
              const err127 = { instancePath: instancePath + "/ignore/" + i20, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            for (const key9 in data68) {
              if (!(key9 === "rule" || key9 === "paths" || key9 === "clusters" || key9 === "reason" || key9 === "expires")) {
                const err128 = { instancePath: instancePath + "/ignore/" + i20, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data68.rule !== void 0) {
              let data69 = data68.rule;
              if (typeof data69 === "string") {
                if (!pattern7.test(data69)) {
                  const err129 = { instancePath: instancePath + "/ignore/" + i20 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"' };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              } else {
                const err130 = { instancePath: instancePath + "/ignore/" + i20 + "/rule", schemaPath: "#/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data68.paths !== void 0) {
              let data70 = data68.paths;
              if (Array.isArray(data70)) {
                const len21 = data70.length;
                for (let i21 = 0; i21 < len21; i21++) {
                  let data71 = data70[i21];
                  if (typeof data71 === "string") {
                    if (func3(data71) < 1) {
                      const err131 = { instancePath: instancePath + "/ignore/" + i20 + "/paths/" + i21, schemaPath: "#/properties/ignore/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/ignore/" + i20 + "/paths/" + i21, schemaPath: "#/properties/ignore/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/ignore/" + i20 + "/paths", schemaPath: "#/properties/ignore/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data68.clusters !== void 0) {
              let data72 = data68.clusters;
              if (Array.isArray(data72)) {
                const len22 = data72.length;
                for (let i22 = 0; i22 < len22; i22++) {
                  let data73 = data72[i22];
                  if (typeof data73 === "string") {
                    if (func3(data73) < 1) {
                      const err134 = { instancePath: instancePath + "/ignore/" + i20 + "/clusters/" + i22, schemaPath: "#/properties/ignore/items/properties/clusters/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/ignore/" + i20 + "/clusters/" + i22, schemaPath: "#/properties/ignore/items/properties/clusters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/ignore/" + i20 + "/clusters", schemaPath: "#/properties/ignore/items/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data68.reason !== void 0) {
              if (typeof data68.reason !== "string") {
                const err137 = { instancePath: instancePath + "/ignore/" + i20 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data68.expires !== void 0) {
              let data75 = data68.expires;
              if (typeof data75 === "string") {
                if (!pattern16.test(data75)) {
                  const err138 = { instancePath: instancePath + "/ignore/" + i20 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              } else {
                const err139 = { instancePath: instancePath + "/ignore/" + i20 + "/expires", schemaPath: "#/properties/ignore/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
          } else {
            const err140 = { instancePath: instancePath + "/ignore/" + i20, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data76 = data.maxFileSize;
      if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)) && isFinite(data76))) {
        const err142 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
      if (typeof data76 == "number" && isFinite(data76)) {
        if (data76 < 1 || isNaN(data76)) {
          const err143 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err143];
          } else {
            vErrors.push(err143);
          }
          errors++;
        }
      }
    }
  } else {
    const err144 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err144];
    } else {
      vErrors.push(err144);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/core/suggest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute2 = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitute2));
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const near = closest(word, candidates);
  return near ? ` (did you mean ${near}?)` : "";
}

// src/config/load-config.ts
var CONFIG_NAME = ".edgenet.yaml";
var CONFIG_LIMIT = SMALL_FILE_LIMIT;
function validator() {
  return validate;
}
function repositoryTop(dir) {
  for (let d = path26.resolve(dir); ; d = path26.dirname(d)) {
    if (existsSync9(path26.join(d, ".git"))) return d;
    if (path26.dirname(d) === d) return void 0;
  }
}
function findConfig(cwd) {
  const top = repositoryTop(cwd);
  for (let dir = path26.resolve(cwd); ; dir = path26.dirname(dir)) {
    const candidate = path26.join(dir, CONFIG_NAME);
    if (present(candidate)) return candidate;
    if (dir === top || path26.dirname(dir) === dir) return void 0;
  }
}
function present(file) {
  try {
    lstatSync2(file);
    return true;
  } catch {
    return false;
  }
}
function loadConfig(file, cwd, knownRules) {
  if (!file) return { cluster: {}, clusters: [], rules: {}, ignore: [], dir: cwd, baseDisplay: "." };
  const display = toDisplay(cwd, file);
  const text = readConfigText(file, display);
  const dir = path26.dirname(file);
  return { ...parseConfig(display, text, dir, knownRules), baseDisplay: toDisplay(cwd, dir) };
}
function readConfigText(file, display) {
  const stat = lstatOrUndefined(file);
  if (stat?.isSymbolicLink()) {
    const top = repositoryTop(path26.dirname(file));
    let real;
    try {
      real = realpathSync9(file);
    } catch (error) {
      const code = error.code;
      throw new ConfigError(code === "ELOOP" ? "a symlink loop: not read" : "a broken symlink: not read", display);
    }
    const realTop = top && realpathSync9(top);
    if (realTop && real !== realTop && !real.startsWith(realTop + path26.sep))
      throw new ConfigError("a symlink to a file outside the repository: not read", display);
  }
  const read = readBounded(file, CONFIG_LIMIT);
  if (!read.ok) {
    if (read.cause === "unreadable")
      throw new ConfigError(
        `cannot read configuration (${read.reason.replace(/^cannot be read \((.*)\)$/, "$1")})`,
        display
      );
    const limit = read.cause === "too-large" ? ` (a configuration is at most ${CONFIG_LIMIT / 1024 / 1024} MiB)` : "";
    throw new ConfigError(`${read.reason}${limit}`, display);
  }
  return read.buffer.toString("utf8");
}
function lstatOrUndefined(file) {
  try {
    return lstatSync2(file);
  } catch {
    return void 0;
  }
}
function withoutEmptySections(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const out = { ...data };
  for (const key of ["cluster", "rules"]) if (out[key] === null) delete out[key];
  if (Array.isArray(out.clusters)) out.clusters = out.clusters.map((c) => withoutEmptySections(c));
  return out;
}
function parseConfig(display, text, dir, knownRules) {
  const parsed = parseText(display, text, { version: "1.2" });
  const problem = parsed.problems[0];
  if (problem) throw new ConfigError(problem.message, display, problem.line, problem.column);
  if (parsed.documents.length > 1) {
    const second = parsed.sourceMap.locate(parsed.documents[1].index, []);
    throw new ConfigError("expected one YAML document", display, second.line, second.column);
  }
  const data = withoutEmptySections(parsed.documents[0]?.data ?? {});
  const validate2 = validator();
  const problems = [];
  if (!validate2(data)) for (const p of schemaProblems(parsed, validate2.errors ?? [])) problems.push(p);
  const config = isRecord4(data) ? data : {};
  const names2 = /* @__PURE__ */ new Map();
  (Array.isArray(config.clusters) ? config.clusters : []).forEach((entry, i) => {
    if (typeof entry?.name !== "string") return;
    const first = names2.get(entry.name);
    if (first !== void 0) {
      const at3 = parsed.sourceMap.locate(0, ["clusters", i, "name"]);
      const message = `clusters[${i}].name "${entry.name}" repeats clusters[${first}]`;
      problems.push({ line: at3.line, column: at3.column, message, rank: 1 });
    }
    names2.set(entry.name, i);
  });
  for (const p of globProblems(config, parsed)) problems.push(p);
  if (knownRules) for (const p of ruleIdProblems(config, parsed, knownRules)) problems.push(p);
  throwProblems(problems, display);
  return {
    cluster: config.cluster ?? {},
    clusters: config.clusters ?? [],
    include: config.include,
    exclude: config.exclude,
    rules: config.rules ?? {},
    ignore: config.ignore ?? [],
    maxFileSize: config.maxFileSize,
    source: parsed,
    dir
  };
}
function throwProblems(problems, display) {
  if (problems.length === 0) return;
  problems.sort((a, b) => a.rank - b.rank || a.line - b.line || a.column - b.column);
  const [first, ...rest] = problems;
  throw new ConfigError(
    [first.message, ...rest.map((p) => `${display}:${p.line}:${p.column}: ${p.message}`)].join("\n"),
    display,
    first.line,
    first.column
  );
}
function schemaProblems(parsed, errors) {
  const described = errors.map((e) => ({ error: e, ...describe(parsed, e) }));
  const meant = new Set(
    described.filter((d) => d.suggestion !== void 0).map((d) => `${d.error.instancePath}\0${d.suggestion}`)
  );
  return described.filter(
    (d) => d.error.keyword !== "required" || !meant.has(
      `${d.error.instancePath}\0${String(d.error.params.missingProperty)}`
    )
  ).map(({ line, column, message, rank }) => ({ line, column, message, rank }));
}
function schemaKeys(schemaPath) {
  let node = configSchema;
  for (const part of schemaPath.replace(/^#\//, "").split("/").slice(0, -1).map(unescapePointer)) {
    if (!isRecord4(node)) return [];
    node = node[part];
  }
  return isRecord4(node) && isRecord4(node.properties) ? Object.keys(node.properties) : [];
}
function describe(parsed, error) {
  const path28 = pointerToPath(error.instancePath);
  const params = error.params;
  let message = error.message ?? "is invalid";
  let atKey = false;
  let rank = 1;
  let suggestion;
  if (error.keyword === "additionalProperties") {
    const key = String(params.additionalProperty);
    path28.push(key);
    suggestion = closest(key, schemaKeys(error.schemaPath));
    message = `is not a known key${suggestion ? ` (did you mean ${suggestion}?)` : ""}`;
    atKey = true;
    rank = 0;
  } else if (error.keyword === "propertyNames") {
    path28.push(String(params.propertyName));
    message = "is not a rule id (family/name, see `edgenet rules`)";
    atKey = true;
    rank = 0;
  } else if (error.keyword === "enum") {
    message = `must be one of ${params.allowedValues.join(", ")}`;
  } else if (error.keyword === "required") {
    rank = 2;
  }
  const at3 = parsed.sourceMap.locate(0, path28, { key: atKey });
  return {
    line: at3.line,
    column: at3.column,
    message: `${path28.join(".") || "(top level)"} ${message}`,
    rank,
    ...suggestion ? { suggestion } : {}
  };
}
function unescapePointer(s) {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerToPath(pointer2) {
  return pointer2.split("/").slice(1).map(unescapePointer).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function checkRuleIds(config, known) {
  const source = config.source;
  if (!source) return;
  throwProblems(ruleIdProblems(config, source, known), source.file);
}
function ruleIdProblems(config, source, known) {
  const isKnown = new Set(known);
  const problems = [];
  const check = (id, at3, key) => {
    if (typeof id !== "string" || isKnown.has(id)) return;
    const where = source.sourceMap.locate(source.documents[0]?.index ?? 0, at3, { key });
    const message = `${at3.join(".")}: "${id}" is not a rule${didYouMean(id, known)} (see \`edgenet rules\`)`;
    problems.push({ line: where.line, column: where.column, message, rank: 0 });
  };
  const levels = (rules) => isRecord4(rules) ? Object.keys(rules) : [];
  for (const id of levels(config.rules)) check(id, ["rules", id], true);
  (Array.isArray(config.clusters) ? config.clusters : []).forEach((entry, i) => {
    for (const id of levels(entry?.rules))
      check(id, ["clusters", i, "rules", id], true);
  });
  (Array.isArray(config.ignore) ? config.ignore : []).forEach((entry, i) => {
    check(entry?.rule, ["ignore", i, "rule"], false);
  });
  return problems;
}
function globProblems(config, parsed) {
  const problems = [];
  const check = (globs, at3) => {
    (Array.isArray(globs) ? globs : []).forEach((glob, i) => {
      if (typeof glob !== "string") return;
      try {
        compileGlob(glob);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        const where = parsed.sourceMap.locate(parsed.documents[0]?.index ?? 0, [...at3, i]);
        problems.push({
          ...where,
          message: `${[...at3, i].join(".")} ${JSON.stringify(glob)} ${error.message}`,
          rank: 1
        });
      }
    });
  };
  check(config.include, ["include"]);
  check(config.exclude, ["exclude"]);
  const each = (list2, key) => (Array.isArray(list2) ? list2 : []).forEach((entry, i) => {
    check(entry?.paths, [key, i, "paths"]);
  });
  each(config.ignore, "ignore");
  each(config.clusters, "clusters");
  return problems;
}
function loadTrustedConfig(options) {
  const { trust, explicit, searchFrom, cwd, knownRules } = options;
  const worktreeFile = explicit ? path26.resolve(cwd, explicit) : findConfig(searchFrom) ?? findConfig(cwd);
  let refPath;
  let entry;
  if (explicit) {
    refPath = treePath(trust, worktreeFile);
    if (refPath === void 0) return loadConfig(worktreeFile, cwd, knownRules);
    entry = trust.entry(refPath);
  } else {
    for (const start of [searchFrom, cwd]) {
      const found = nearestAtRef(trust, start);
      if (found) {
        [refPath, entry] = found;
        break;
      }
    }
  }
  const worktreePath = worktreeFile ? treePath(trust, worktreeFile) : void 0;
  const refName = (p) => `${trust.ref}:${p}`;
  let config;
  let refText;
  if (entry && refPath !== void 0) {
    if (entry.type !== "blob" || entry.mode === "120000")
      throw new ConfigError(
        `is ${entry.mode === "120000" ? "a symlink" : "not a file"} at ${trust.ref}: not read`,
        refName(refPath)
      );
    if (entry.size > CONFIG_LIMIT)
      throw new ConfigError(
        `is over the size limit of ${CONFIG_LIMIT / 1024 / 1024} MiB at ${trust.ref}: not read`,
        refName(refPath)
      );
    refText = trust.blob(entry, CONFIG_LIMIT).toString("utf8");
    const dir = path26.join(trust.top, path26.posix.dirname(refPath));
    const same2 = worktreePath === refPath && sameBytes(worktreeFile, refText);
    const display2 = same2 ? toDisplay(cwd, worktreeFile) : refName(refPath);
    config = { ...parseConfig(display2, refText, dir, knownRules), baseDisplay: toDisplay(cwd, dir) };
    if (same2) return config;
  } else {
    config = loadConfig(void 0, cwd);
  }
  if (!worktreeFile || !present(worktreeFile)) return config;
  const display = toDisplay(cwd, worktreeFile);
  if (worktreePath !== refPath || refText === void 0) {
    const used = refPath === void 0 ? `no configuration (${trust.ref} has none here)` : `${refName(refPath)}`;
    trust.findings.push(inputFinding("input/untrusted-waiver", "config-file", at2(display), { ref: trust.ref, used }));
    return config;
  }
  for (const change of configChanges(display, worktreeFile, refText))
    trust.findings.push(
      inputFinding("input/untrusted-waiver", "config", change.ref, { what: change.what, ref: trust.ref })
    );
  return config;
}
function nearestAtRef(trust, start) {
  const rel = trust.topRelative(path26.resolve(start));
  if (rel === void 0) return void 0;
  for (let dir = rel; ; dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "") {
    const candidate = dir ? `${dir}/${CONFIG_NAME}` : CONFIG_NAME;
    const entry = trust.entry(candidate);
    if (entry) return [candidate, entry];
    if (!dir) return void 0;
  }
}
function treePath(trust, abs) {
  const dir = trust.topRelative(path26.dirname(abs));
  if (dir === void 0) return void 0;
  return dir ? `${dir}/${path26.basename(abs)}` : path26.basename(abs);
}
function sameBytes(file, text) {
  const stat = lstatOrUndefined(file);
  if (!stat || stat.isSymbolicLink()) return false;
  const read = readBounded(file, CONFIG_LIMIT);
  return read.ok && read.buffer.equals(Buffer.from(text, "utf8"));
}
function at2(file, line = 1, column = 1, endLine = line, endColumn = column) {
  return { file, line, column, endLine, endColumn };
}
function configChanges(display, file, refText) {
  const stat = lstatOrUndefined(file);
  const read = stat?.isSymbolicLink() ? void 0 : readBounded(file, CONFIG_LIMIT);
  if (!read?.ok) {
    const why = read ? read.reason : "a symlink, not read";
    return [{ what: `The file (${why})`, ref: at2(display) }];
  }
  const mine = parseText(display, read.buffer.toString("utf8"), { version: "1.2" });
  const theirs = parseText("ref", refText, { version: "1.2" });
  const data = mine.documents[0]?.data;
  if (mine.problems.length > 0 || mine.documents.length > 1 || !isRecord4(data ?? {}))
    return [{ what: "The file (it does not parse as a configuration)", ref: at2(display) }];
  const now = data ?? {};
  const before = theirs.documents[0]?.data ?? {};
  const doc = mine.documents[0]?.index ?? 0;
  const place = (p, key) => {
    const where = mine.sourceMap.locate(doc, p, { key });
    return at2(display, where.line, where.column, where.endLine, where.endColumn);
  };
  const out = [];
  const keys = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(now)]);
  for (const key of [...keys].sort()) {
    const a = before[key];
    const b = now[key];
    if (canonical(a) === canonical(b)) continue;
    if (key === "rules" && isRecord4(a ?? {}) && isRecord4(b ?? {})) {
      const ra = a ?? {};
      const rb = b ?? {};
      for (const id of [.../* @__PURE__ */ new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
        if (canonical(ra[id]) === canonical(rb[id])) continue;
        const what = id in rb ? `rules.${id}: ${String(rb[id])}` : `rules.${id} (removed)`;
        out.push({ what, ref: id in rb ? place(["rules", id], true) : place(b === void 0 ? [] : ["rules"], true) });
      }
      continue;
    }
    if (key === "ignore" && Array.isArray(b)) {
      const old = new Set((Array.isArray(a) ? a : []).map(canonical));
      b.forEach((entry, i) => {
        if (old.has(canonical(entry))) return;
        const rule = entry?.rule;
        out.push({ what: `ignore[${i}] (a waiver of ${String(rule)})`, ref: place(["ignore", i], false) });
      });
      continue;
    }
    out.push({
      what: b === void 0 ? `${key} (removed)` : key,
      ref: b === void 0 ? at2(display) : place([key], true)
    });
  }
  return out;
}
function isRecord4(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function canonical(v) {
  return JSON.stringify(
    v,
    (_k, value2) => isRecord4(value2) ? Object.fromEntries(Object.entries(value2).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0)) : value2
  ) ?? "undefined";
}

// src/evaluate/user-policy.ts
import { gunzipSync } from "node:zlib";
import { Worker as Worker3 } from "node:worker_threads";
var POLICY_LIMITS = {
  maxBytes: 64 * 1024 * 1024,
  startMs: 1e3,
  evaluateMs: 6e4,
  bootMs: 3e4,
  heapMb: 192,
  growthPages: 2048,
  maxResults: 1e4
};
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "info"]);
var RULE_ID = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
var MAX_MESSAGE = 2e3;
var IDLE_MS = 1e3;
async function loadUserPolicy(file, display, fallback, limits = POLICY_LIMITS) {
  const refuse = (why) => new UsageError(`--policy ${display}: ${why}`);
  const read = readBounded(file, limits.maxBytes);
  if (!read.ok) throw refuse(read.cause === "too-large" ? `${read.reason} for a policy` : read.reason);
  return policyFromBytes(read.buffer, display, fallback, limits);
}
async function policyFromBytes(bytes, display, fallback, limits = POLICY_LIMITS) {
  const refuse = (why) => new UsageError(`--policy ${display}: ${why}`);
  let wasm = bytes;
  let data = {};
  if (bytes[0] === 31 && bytes[1] === 139) {
    let tar;
    try {
      tar = gunzipSync(bytes, { maxOutputLength: limits.maxBytes });
    } catch (error) {
      const code = error.code;
      if (code === "ERR_BUFFER_TOO_LARGE")
        throw refuse(`the bundle decompresses to more than ${formatBytes(limits.maxBytes)}, the limit for a policy`);
      throw refuse(`not a valid .tar.gz bundle (${error.message})`);
    }
    const files = untar(tar);
    const policy = files.get("policy.wasm");
    if (!policy) throw refuse("the bundle has no policy.wasm (build it with opa build -t wasm)");
    wasm = policy;
    const json2 = files.get("data.json");
    if (json2) {
      try {
        data = JSON.parse(json2.toString("utf8"));
      } catch (error) {
        throw refuse(`the bundle's data.json is not JSON (${error.message})`);
      }
    }
  }
  if (wasm.subarray(0, 4).toString("binary") !== "\0asm") throw refuse("neither a wasm module nor a .tar.gz bundle");
  const sandbox = new PolicySandbox(new Uint8Array(wasm), data, display, limits);
  const probe = await sandbox.request({ kind: "probe" });
  const ruleIds = [];
  for (const entrypoint of probe.kind === "probed" ? probe.entrypoints : []) {
    const ruleId = entrypoint.replace(/\/deny$/, "");
    if (!RULE_ID.test(ruleId) || ruleId.length > 200)
      throw refuse(`entrypoint ${JSON.stringify(entrypoint.slice(0, 200))} is not a package path (a/b/deny)`);
    ruleIds.push(ruleId);
  }
  return {
    ruleIds,
    async evaluate(model) {
      const files = /* @__PURE__ */ new Set();
      const json2 = JSON.stringify(model, (_key, value2) => {
        const ref = value2;
        if (ref && typeof ref === "object" && typeof ref.file === "string" && typeof ref.doc === "number")
          files.add(ref.file);
        return value2;
      });
      const input = new TextEncoder().encode(json2).buffer;
      const needed = pagesFor(input.byteLength);
      const pages = Math.min(65536, Math.max(needed * 2, needed + limits.growthPages));
      const reply = await sandbox.request({ kind: "evaluate", input, pages }, [input]);
      if (reply.kind !== "results") return [];
      const out = [];
      const at3 = typeof fallback === "function" ? fallback() : fallback;
      for (const { entrypoint, deny, total } of reply.results) {
        const ruleId = entrypoint.replace(/\/deny$/, "");
        deny.forEach((r, i) => {
          out.push(toFinding(ruleId, r, at3, files, (why) => refuse(`result ${i + 1} of ${entrypoint} ${why}`)));
        });
        if (total > deny.length) {
          const message = `${total - deny.length} more results of ${ruleId} are not reported: a policy reports at most ${limits.maxResults} per run.`;
          out.push({ ruleId, ref: { file: at3, line: 1, column: 1 }, data: { message } });
        }
      }
      return out;
    }
  };
}
function toFinding(ruleId, result2, fallback, files, refuse) {
  const r = typeof result2 === "string" ? { msg: result2 } : result2;
  if (r === null || typeof r !== "object" || Array.isArray(r))
    throw refuse("is neither a message string nor an object with msg");
  const text = r.msg ?? r.message;
  if (typeof text !== "string") throw refuse(`has a msg that is not a string (${describe2(text)})`);
  const message = text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}\u2026` : text;
  if (r.level !== void 0 && (typeof r.level !== "string" || !LEVELS.has(r.level)))
    throw refuse(`has level ${describe2(r.level)}: it must be error, warning or info`);
  let ref = { file: fallback, line: 1, column: 1 };
  if (r.ref !== void 0) {
    const problem = refProblem(r.ref, files);
    if (problem) throw refuse(`has a ref that ${problem}`);
    const s = r.ref;
    ref = { file: s.file, doc: s.doc, path: s.path, ...s.key === true ? { key: true } : {} };
  }
  return { ruleId, ref, data: { message }, ...r.level ? { level: r.level } : {} };
}
function refProblem(value2, files) {
  const ref = value2;
  if (ref === null || typeof ref !== "object") return "is not an object {file, doc, path}";
  if (typeof ref.file !== "string") return "has no file string";
  if (!files.has(ref.file))
    return `names the file ${JSON.stringify(ref.file.slice(0, 200))}, which is not a file of this run (outside the repository, or not read)`;
  if (!Number.isInteger(ref.doc) || ref.doc < 0) return "has no document index (doc)";
  if (!Array.isArray(ref.path) || ref.path.length > 256 || !ref.path.every((p) => typeof p === "string" || Number.isInteger(p) && p >= 0))
    return "has no path (a list of keys and indexes)";
  return void 0;
}
function describe2(value2) {
  const json2 = JSON.stringify(value2) ?? String(value2);
  return json2.length > 60 ? `${json2.slice(0, 59)}\u2026` : json2;
}
var PolicySandbox = class {
  constructor(wasm, data, display, limits) {
    this.wasm = wasm;
    this.data = data;
    this.display = display;
    this.limits = limits;
  }
  wasm;
  data;
  display;
  limits;
  worker;
  ready;
  idle;
  error(why) {
    return new UsageError(`--policy ${this.display}: ${why}`);
  }
  start() {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready };
    const workerData = { wasm: this.wasm, data: this.data, maxResults: this.limits.maxResults };
    const { script, eval: code } = workerScript("policy-worker", import.meta.url);
    const worker = new Worker3(script, {
      eval: code,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // What the policy writes goes nowhere: never into the report on stdout.
      stdout: true,
      stderr: true
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const ready = new Promise((resolve2, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(this.error(`the policy sandbox did not start within ${this.limits.bootMs} ms`));
      }, this.limits.bootMs);
      const settle = (error) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", settle);
        if (error) reject(this.error(`the policy sandbox did not start (${error.message})`));
        else resolve2();
      };
      const onMessage = (reply) => {
        if (reply.kind === "ready") settle();
      };
      worker.on("message", onMessage);
      worker.once("error", settle);
    });
    worker.once("exit", () => {
      if (this.worker === worker) {
        this.worker = void 0;
        this.ready = void 0;
      }
    });
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }
  kill() {
    const worker = this.worker;
    this.worker = void 0;
    this.ready = void 0;
    clearTimeout(this.idle);
    if (worker) void worker.terminate();
  }
  async request(request, transfer = []) {
    clearTimeout(this.idle);
    const { worker, ready } = this.start();
    worker.ref();
    await ready;
    const { startMs, evaluateMs, heapMb } = this.limits;
    try {
      return await new Promise((resolve2, reject) => {
        const fail = (error) => {
          cleanup();
          this.kill();
          reject(error);
        };
        let timer = setTimeout(
          () => fail(this.error(`its start function did not return within ${startMs} ms`)),
          startMs
        );
        const onMessage = (reply) => {
          if (reply.kind === "started") {
            clearTimeout(timer);
            timer = setTimeout(
              () => fail(this.error(`its evaluation did not finish within ${evaluateMs} ms`)),
              evaluateMs
            );
            return;
          }
          if (reply.kind === "ready") return;
          cleanup();
          if (reply.kind === "failed") reject(this.error(failureWords(reply, this.limits)));
          else resolve2(reply);
        };
        const onError = (error) => fail(
          this.error(
            error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `it ran out of memory (a policy's heap is limited to ${heapMb} MiB)` : `the policy sandbox failed (${error.message})`
          )
        );
        const onExit = (code) => fail(this.error(`the policy sandbox stopped (exit code ${code})`));
        const cleanup = () => {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        worker.postMessage(request, transfer);
      });
    } finally {
      if (this.worker === worker) {
        worker.unref();
        this.idle = setTimeout(() => this.kill(), IDLE_MS);
        this.idle.unref();
      }
    }
  }
};
function failureWords(reply, limits) {
  const message = reply.message.split("\n")[0].slice(0, 300);
  if (reply.phase === "compile") return `not a valid wasm module (${message})`;
  if (reply.phase === "start") return `its start failed (${message})`;
  const memory = /malloc|memory|grow/i.test(message) ? ` (a policy's wasm memory holds at most ${formatBytes(limits.growthPages * 64 * 1024)} past what its input needs)` : "";
  return `its evaluation failed: ${message}${memory}`;
}
function untar(tar) {
  const files = /* @__PURE__ */ new Map();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field2 = (start, length) => header.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
    const name = (field2(345, 155) ? `${field2(345, 155)}/` : "") + field2(0, 100);
    const size = Number.parseInt(field2(124, 12).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) break;
    const type = field2(156, 1);
    if (type === "0" || type === "")
      files.set(name.replace(/^\/+/, ""), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

// src/session/set-up.ts
async function setUp(options) {
  const { cwd, searchFrom, trust } = options;
  let config;
  const fallback = () => config?.source?.file ?? options.fallback;
  const policies = [];
  const warnings = [];
  for (const p of options.policies ?? []) {
    const trusted = trust ? trustedPolicy(trust, path27.resolve(cwd, p), p) : void 0;
    if (trusted?.warning) warnings.push(trusted.warning);
    policies.push(
      trusted?.bytes ? await policyFromBytes(trusted.bytes, p, fallback) : await loadUserPolicy(path27.resolve(cwd, p), p, fallback)
    );
  }
  const ruleIds = [...RULE_IDS];
  const known = new Set(ruleIds);
  for (const id of policies.flatMap((p) => p.ruleIds ?? [])) {
    if (known.has(id)) continue;
    known.add(id);
    ruleIds.push(id);
  }
  for (const id of Object.keys(options.rules ?? {}))
    if (!known.has(id))
      throw new UsageError(`--rule: unknown rule "${id}"${didYouMean(id, ruleIds)} (see \`edgenet rules\`)`);
  const explicit = options.config;
  if (explicit && !existsSync10(path27.resolve(cwd, explicit)))
    throw new UsageError(`configuration file not found: ${explicit}`);
  config = trust ? loadTrustedConfig({ trust, explicit, searchFrom, cwd, knownRules: ruleIds }) : loadConfig(explicit ? path27.resolve(cwd, explicit) : findConfig(searchFrom) ?? findConfig(cwd), cwd, ruleIds);
  return { config, policies, ruleIds, warnings };
}
function trustedPolicy(trust, abs, shown) {
  const rel = trust.topRelative(abs);
  if (rel === void 0) return {};
  const entry = trust.entry(rel);
  if (!entry) return { warning: `--policy ${shown}: ${trust.ref} has no such file; the change's is used` };
  const bytes = trust.blob(entry, POLICY_LIMITS.maxBytes);
  if (!bytes) return { warning: `--policy ${shown}: ${trust.ref}'s is over the limit; the change's is used` };
  const mine = readBounded(abs, POLICY_LIMITS.maxBytes);
  const same2 = mine.ok && mine.buffer.equals(bytes);
  return {
    bytes,
    ...same2 ? {} : { warning: `--policy ${shown}: the file differs from ${trust.ref}'s, which is used` }
  };
}
function fallbackPlace(cwd, firstPath) {
  return toDisplay(cwd, path27.resolve(cwd, firstPath ?? "."));
}

// src/plan/build-graph.ts
var CLOUD = "cloud";
var poolId = (name) => `pool:${name}`;
function buildGraph(model, findings) {
  const cloudPools = model.pools.filter((p) => p.cloud).map((p) => p.name);
  const vpc = {
    id: "vpc",
    label: "Cloud VPC and Express Connect pools",
    nodes: [{ id: CLOUD, label: cloudPools.length ? `cloud: ${cloudPools.join(", ")}` : "cloud", kind: "cloud" }]
  };
  const domains = [vpc];
  for (const node of model.nodes.filter(
    (n) => n.role === "cloud" && n.labels.some((l) => l.key === LABEL.cloudGateway)
  )) {
    vpc.nodes.push({ id: `gateway:${node.name}`, label: `cloud gateway ${node.name}`, kind: "gateway" });
  }
  const edges = [];
  const ports = vxlanPorts(model);
  const tunnel = ports.length ? `VXLAN UDP ${ports.join(", ")}` : `flannel ${model.flannel.find((f) => f.backendType)?.backendType ?? "udp"}`;
  const ravenWords = [
    model.raven.enableL7Proxy?.value ? "Raven proxy" : "",
    model.raven.enableL3Tunnel?.value ? "Raven tunnel" : ""
  ].filter(Boolean).join(" + ");
  const blockedSites = new Set(
    findings.filter((f) => f.ruleId === "vxlan/port-blocked").map((f) => String(f.data?.site))
  );
  const places = [
    ...model.pools.filter((p) => !p.cloud).map((p) => ({
      id: poolId(p.name),
      name: p.name,
      connection: p.connection,
      sites: model.sites.filter((s) => s.nodePools.includes(p.name)).map((s) => s.name)
    })),
    ...model.sites.filter((s) => s.nodePools.length === 0).map((s) => ({ id: `site:${s.name}`, name: s.name, connection: s.connection, sites: [s.name] }))
  ];
  for (const place of places) {
    const site2 = place.sites.length && !place.sites.includes(place.name) ? ` (site ${place.sites.join(", ")})` : "";
    const label = `${place.name}${site2}`;
    const node = {
      id: place.id,
      label,
      kind: place.id.startsWith("site:") ? "site" : "pool",
      group: { connection: place.connection === "express-connect" ? "express-connect" : "public", sites: place.sites }
    };
    if (place.connection === "express-connect") {
      vpc.nodes.push(node);
      const blocked = place.sites.some((s) => blockedSites.has(s));
      edges.push({
        from: CLOUD,
        to: place.id,
        kind: "express-connect",
        broken: blocked,
        label: `Express Connect \xB7 ${tunnel} ${blocked ? "blocked" : "open"}`
      });
    } else {
      domains.push({ id: `domain:${place.name}`, label: `${place.name}: public network`, nodes: [node] });
      edges.push({
        from: CLOUD,
        to: place.id,
        kind: "public",
        broken: false,
        label: `public network${ravenWords ? ` \xB7 ${ravenWords}` : ""}`
      });
    }
  }
  const nodeOfDomain = (domain) => domain === "vpc" ? CLOUD : domain.startsWith("pool:") ? domain : void 0;
  const pairs = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!Array.isArray(f.data?.edges)) continue;
    for (const [from, to] of f.data.edges) {
      const a = nodeOfDomain(from);
      const b = nodeOfDomain(to);
      if (!a || !b) continue;
      const key = `${a}\0${b}`;
      const entry = pairs.get(key) ?? { from: a, to: b, rules: /* @__PURE__ */ new Set(), count: 0 };
      entry.rules.add(f.ruleId);
      entry.count++;
      pairs.set(key, entry);
    }
  }
  for (const p of pairs.values()) {
    edges.push({
      from: p.from,
      to: p.to,
      kind: "violation",
      broken: true,
      label: `${p.count} ${p.count === 1 ? "call" : "calls"}: ${[...p.rules].sort().join(", ")}`
    });
  }
  return { domains, edges };
}
function summariseGraph(graph, bySite = true) {
  const groupOf = /* @__PURE__ */ new Map();
  const nodeGroup = /* @__PURE__ */ new Map();
  for (const d of graph.domains) {
    for (const n of d.nodes) {
      if (!n.group) continue;
      const sites = bySite ? n.group.sites.join(", ") : "";
      const key = `${n.group.connection}\0${sites}`;
      let group = groupOf.get(key);
      if (!group) {
        const id = `group:${groupOf.size}`;
        group = { id, label: sites, connection: n.group.connection, members: 0 };
        groupOf.set(key, group);
      }
      group.members++;
      nodeGroup.set(n.id, group.id);
    }
  }
  const words = (g) => {
    const connection2 = g.connection === "express-connect" ? "Express Connect" : "public-network";
    const pools = `${g.members} ${connection2} ${g.members === 1 ? "place" : "places"}`;
    return g.label ? `site ${g.label}: ${pools}` : bySite ? `${pools} without a site` : pools;
  };
  const vpc = graph.domains.find((d) => d.id === "vpc");
  const gateways = vpc?.nodes.filter((n) => n.kind === "gateway") ?? [];
  const vpcNodes = (vpc?.nodes ?? []).filter((n) => n.kind === "cloud");
  if (gateways.length > 3)
    vpcNodes.push({ id: "gateways", label: `${gateways.length} cloud gateway nodes`, kind: "gateway" });
  else for (const g of gateways) vpcNodes.push(g);
  const domains = [{ id: "vpc", label: vpc?.label ?? "Cloud VPC", nodes: vpcNodes }];
  for (const g of groupOf.values()) {
    const node = { id: g.id, label: words(g), kind: "pool" };
    if (g.connection === "express-connect") vpcNodes.push(node);
    else
      domains.push({ id: `domain:${g.id}`, label: `public network: a domain per place (${g.members})`, nodes: [node] });
  }
  const edges = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  const mapped = (id) => nodeGroup.get(id) ?? id;
  for (const e of graph.edges) {
    const from = mapped(e.from);
    const to = mapped(e.to);
    if (e.kind === "violation") {
      const key2 = `${from}\0${to}`;
      const entry2 = calls.get(key2) ?? { from, to, count: 0, rules: /* @__PURE__ */ new Set() };
      const m = /^(\d+) calls?: (.*)$/.exec(e.label);
      entry2.count += m ? Number(m[1]) : 1;
      for (const r of (m?.[2] ?? e.label).split(", ")) entry2.rules.add(r);
      calls.set(key2, entry2);
      continue;
    }
    const key = `${from}\0${to}\0${e.kind}\0${e.label.replace(/ (blocked|open)$/, "")}`;
    const entry = edges.get(key) ?? { ...e, from, to, count: 0, brokenCount: 0 };
    entry.count++;
    if (e.broken) entry.brokenCount++;
    edges.set(key, entry);
  }
  const out = [];
  for (const e of edges.values()) {
    const base = e.label.replace(/ (blocked|open)$/, "");
    const state = e.kind === "express-connect" ? e.brokenCount ? ` blocked at ${e.brokenCount} of ${e.count}` : " open" : "";
    const times = e.kind === "public" && e.count > 1 ? ` (${e.count} links)` : "";
    out.push({ from: e.from, to: e.to, kind: e.kind, broken: e.brokenCount > 0, label: `${base}${state}${times}` });
  }
  for (const c of calls.values()) {
    const label = `${c.count} ${c.count === 1 ? "call" : "calls"}: ${[...c.rules].sort().join(", ")}`;
    out.push({ from: c.from, to: c.to, kind: "violation", broken: true, label });
  }
  return { domains, edges: out };
}

// src/plan/format-graph.ts
var mermaidId = (id) => id.replace(/[^A-Za-z0-9_]/g, "_");
var mermaidText = (s) => s.replace(/[^\P{C}]|[^\P{Z} ]|["'`<>&#;|[\]{}\\]/gu, (c) => `#${c.codePointAt(0)};`);
function mermaidNode(n) {
  const id = mermaidId(n.id);
  const text = mermaidText(n.label);
  return n.kind === "gateway" ? `${id}(["${text}"])` : n.kind === "cloud" ? `${id}[("${text}")]` : `${id}["${text}"]`;
}
function formatMermaid(graphs) {
  const out = ["flowchart LR"];
  const red = [];
  let edge = 0;
  graphs.forEach(({ name, graph }, g) => {
    const id = (raw) => mermaidId(name === null ? raw : `c${g}_${raw}`);
    const indent = name === null ? "  " : "    ";
    if (name !== null) out.push(`  subgraph ${id("cluster")}["${mermaidText(`cluster ${name}`)}"]`);
    for (const d of graph.domains) {
      out.push(`${indent}subgraph ${id(d.id)}["${mermaidText(d.label)}"]`);
      for (const n of d.nodes)
        out.push(`${indent}  ${mermaidNode({ ...n, id: name === null ? n.id : `c${g}_${n.id}` })}`);
      out.push(`${indent}end`);
    }
    if (name !== null) out.push("  end");
    for (const e of graph.edges) {
      const arrow = e.kind === "express-connect" ? "<-->" : e.kind === "public" ? "-.-" : "==>";
      out.push(`  ${id(e.from)} ${arrow}|"${mermaidText(e.label)}"| ${id(e.to)}`);
      if (e.broken) red.push(edge);
      edge++;
    }
  });
  if (red.length) out.push(`  linkStyle ${red.join(",")} stroke:#d73a49,stroke-width:3px,color:#d73a49`);
  return `${out.join("\n")}
`;
}
var MERMAID_LIMITS = { maxChars: 4e4, maxEdges: 400 };
function fitMermaid(graphs, limits = MERMAID_LIMITS) {
  const fits = (text) => text.length <= limits.maxChars && edgeCount(text) <= limits.maxEdges;
  const full = formatMermaid(graphs);
  if (fits(full)) return { text: full, summarised: false, omitted: 0 };
  for (const bySite of [true, false]) {
    const text = formatMermaid(graphs.map((g) => ({ name: g.name, graph: summariseGraph(g.graph, bySite) })));
    if (fits(text)) return { text, summarised: true, omitted: 0 };
  }
  const small = graphs.map((g) => ({ name: g.name, graph: summariseGraph(g.graph, false) }));
  let kept = small.length;
  while (kept > 1 && !fits(formatMermaid(small.slice(0, kept)))) kept = Math.floor(kept / 2);
  return { text: formatMermaid(small.slice(0, kept)), summarised: true, omitted: small.length - kept };
}
function edgeCount(text) {
  return (text.match(/ (<-->|-\.-|==>)\|/g) ?? []).length;
}
var dotText = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
function formatDot(graphs) {
  const out = [
    "digraph edgenet {",
    "  rankdir=LR;",
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica"];'
  ];
  let box = 0;
  graphs.forEach(({ name, graph }, g) => {
    const id = (raw) => dotText(name === null ? raw : `c${g}_${raw}`);
    const indent = name === null ? "  " : "    ";
    if (name !== null) out.push(`  subgraph cluster_${box++} {`, `    label=${dotText(`cluster ${name}`)};`);
    for (const d of graph.domains) {
      out.push(`${indent}subgraph cluster_${box++} {`, `${indent}  label=${dotText(d.label)};`);
      for (const n of d.nodes) {
        const shape = n.kind === "gateway" ? ", shape=ellipse" : n.kind === "cloud" ? ", shape=cylinder" : "";
        out.push(`${indent}  ${id(n.id)} [label=${dotText(n.label)}${shape}];`);
      }
      out.push(`${indent}}`);
    }
    if (name !== null) out.push("  }");
    for (const e of graph.edges) {
      const style = [
        `label=${dotText(e.label)}`,
        e.kind === "public" ? "style=dashed" : "",
        e.kind === "express-connect" ? "dir=both" : "",
        e.broken ? 'color="#d73a49", fontcolor="#d73a49", penwidth=2' : ""
      ].filter(Boolean);
      out.push(`  ${id(e.from)} -> ${id(e.to)} [${style.join(", ")}];`);
    }
  });
  out.push("}");
  return `${out.join("\n")}
`;
}

export {
  bindSignals,
  clusterSettings,
  UsageError,
  ConfigError,
  packageRoot,
  packageFile,
  packageVersion,
  compareFindings,
  GitError,
  git,
  validateRef,
  workTreeTop,
  changedLines,
  Trust,
  stdinDisplay,
  toDisplay,
  overlaps,
  contains,
  relation,
  nodeMask,
  cloudGuards,
  siteGuards,
  RULES,
  ruleById,
  RULE_IDS,
  effectiveLevel,
  CidrIndex,
  defaultCacheFile,
  lint,
  exitCode,
  helpUri,
  clusterWords,
  escapeData,
  escapeProperty,
  formatGithub,
  visible,
  fenceFor,
  xmlText,
  formatMarkdown,
  formatSarif,
  outcomeOf2 as outcomeOf,
  baselineRelative,
  readBaseline,
  applyBaseline,
  applyNewOnly,
  baselineText,
  acceptAll,
  errorsOnly,
  lintAtRef,
  didYouMean,
  CONFIG_NAME,
  findConfig,
  loadConfig,
  parseConfig,
  checkRuleIds,
  loadTrustedConfig,
  setUp,
  fallbackPlace,
  buildGraph,
  formatMermaid,
  fitMermaid,
  formatDot
};
