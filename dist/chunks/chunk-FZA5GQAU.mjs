import { createRequire as __edgenetCreateRequire } from 'node:module'; const require = __edgenetCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UMQXRH7G.mjs";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes2;
        if (ctx?.aliasResolveCache) {
          nodes2 = ctx.aliasResolveCache;
        } else {
          nodes2 = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes2.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes2;
        }
        let found = void 0;
        for (const node of nodes2) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar5 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar5.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar5.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar5.PLAIN = "PLAIN";
    Scalar5.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar5.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar5;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar5.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar5.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str3 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str3 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json2[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json2.slice(start) : json2;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar5.Scalar.BLOCK_FOLDED ? false : type2 === Scalar5.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar5.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar5.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar5.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar5.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar5.Scalar.BLOCK_FOLDED:
          case Scalar5.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar5.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar5.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar5.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar5.Scalar.BLOCK_FOLDED || key.type === Scalar5.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar5.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar5.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar5.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar5.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar5.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar5.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar5.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float3 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar5.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float3;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float3 = require_float();
    var int3 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool3.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float3.floatNaN,
      float3.floatExp,
      float3.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar5.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar5 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar5.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar5.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type2 === Scalar5.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar5.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar5.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar5.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float3 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar5.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float3;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool3 = require_bool2();
    var float3 = require_float2();
    var int3 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool3.trueTag,
      bool3.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float3.floatNaN,
      float3.floatExp,
      float3.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float3 = require_float();
    var int3 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool3.boolTag,
      float: float3.float,
      floatExp: float3.floatExp,
      floatNaN: float3.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar5.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar5.Scalar.BLOCK_FOLDED : Scalar5.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar5.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar5 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar5.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar5.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar5.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd2 = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, strict2, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd2, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar5 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar5.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar5.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd2 = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, options.strict, onError);
      alias.range = [offset, valueEnd2, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer4 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer4;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter5 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter5;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar5 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar5.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/core/waiver-syntax.ts
var WAIVER_ANNOTATION = "edgenet.dev/ignore";
var INLINE_WAIVER = "edgenet-ignore";

// src/discover/bounded-read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var SMALL_FILE_LIMIT = 1024 * 1024;
function readBounded(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { ok: false, cause: "not-regular", reason: `not a regular file (${fileKind(stat)}): not read` };
    if (stat.size > maxBytes)
      return { ok: false, cause: "too-large", size: stat.size, reason: overLimit(stat.size, maxBytes) };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxBytes)
          return { ok: false, cause: "too-large", size: length, reason: overLimit(length, maxBytes, true) };
        break;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes)
      return { ok: false, cause: "too-large", size: length, reason: overLimit(length, maxBytes, true) };
    return { ok: true, buffer: buffer.subarray(0, length) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
function unreadable(error) {
  const code = error.code ?? error.message;
  return { ok: false, cause: "unreadable", reason: `cannot be read (${code})` };
}
function fileKind(stat) {
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isDirectory()) return "a directory";
  return "not a regular file";
}
function overLimit(size, maxBytes, atLeast = false) {
  return atLeast ? `more than the size limit of ${formatBytes(maxBytes)}` : `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)}`;
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

// src/discover/read-source.ts
var DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;
var SETTING = "maxFileSize in .edgenet.yaml";
function readSource(file, maxBytes, readStdin) {
  let buffer;
  if (file.absolute === "-") {
    try {
      buffer = readStdin(maxBytes);
    } catch (error) {
      return {
        ok: false,
        reason: `cannot be read (${error.code ?? error.message})`
      };
    }
    if (buffer.length > maxBytes)
      return { ok: false, reason: `more than the size limit of ${formatBytes(maxBytes)} (${SETTING})` };
  } else {
    const read = readBounded(file.bytes ?? file.absolute, maxBytes);
    if (!read.ok)
      return { ok: false, reason: read.cause === "too-large" ? `${read.reason} (${SETTING})` : read.reason };
    buffer = read.buffer;
  }
  const nul = buffer.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, reason: "binary content (a NUL byte)", ...positionOf(buffer, nul) };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(buffer), bytes: buffer.length };
  } catch {
    return { ok: false, reason: "not valid UTF-8 text", ...positionOf(buffer, firstInvalidUtf8(buffer)) };
  }
}
function positionOf(buffer, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buffer[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8(buffer) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(buffer.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

// src/model/document.ts
function refTo(ctx, path, extra = {}) {
  return { file: ctx.file, doc: ctx.doc, path: shared(ctx.prefix ? [...ctx.prefix, ...path] : path), ...extra };
}
var root = {};
var nodes = 0;
var MAX_NODES = 2e4;
function shared(path) {
  let node = root;
  for (const seg of path) {
    let next = node.next?.get(seg);
    if (!next) {
      if (nodes >= MAX_NODES) return Object.freeze(path);
      next = {};
      nodes++;
      node.next ??= /* @__PURE__ */ new Map();
      node.next.set(seg, next);
    }
    node = next;
  }
  node.path ??= Object.freeze(path);
  return node.path;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function get(value, ...path) {
  let current = value;
  for (const seg of path) {
    if (typeof seg === "number") current = Array.isArray(current) ? current[seg] : void 0;
    else current = isRecord(current) && Object.hasOwn(current, seg) ? current[seg] : void 0;
    if (current === void 0) return void 0;
  }
  return current;
}
function getRecord(value, ...path) {
  const v = get(value, ...path);
  return isRecord(v) ? v : void 0;
}
function getArray(value, ...path) {
  const v = get(value, ...path);
  return Array.isArray(v) ? v : [];
}
function scalarString(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function stringMap(value) {
  const out = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const s = scalarString(v);
    if (s !== void 0) out[k] = s;
  }
  return out;
}
function k8sResource(data) {
  return {
    kind: scalarString(data.kind) ?? "unknown",
    name: scalarString(get(data, "metadata", "name")) ?? null,
    namespace: scalarString(get(data, "metadata", "namespace")) ?? null
  };
}

// src/model/control-plane.ts
var COMPONENT_FLAGS = {
  "kube-controller-manager": {
    declaredBy: "controller-manager",
    flags: {
      "cluster-cidr": { cidr: "pod" },
      "service-cluster-ip-range": { cidr: "service" },
      "node-cidr-mask-size": { mask: 0 },
      "node-cidr-mask-size-ipv4": { mask: 4 },
      "node-cidr-mask-size-ipv6": { mask: 6 }
    }
  },
  "kube-apiserver": { declaredBy: "api-server", flags: { "service-cluster-ip-range": { cidr: "service" } } }
};
function isKubeadmClusterConfiguration(data) {
  return typeof data.apiVersion === "string" && data.apiVersion.startsWith("kubeadm.k8s.io/") && data.kind === "ClusterConfiguration";
}
var KUBEADM_DEFAULT_SERVICE_SUBNET = "10.96.0.0/12";
function readKubeadm(ctx, draft) {
  const resource = k8sResource(ctx.data);
  for (const [key, kind] of [
    ["podSubnet", "pod"],
    ["serviceSubnet", "service"]
  ]) {
    const value = scalarString(get(ctx.data, "networking", key));
    if (value)
      draft.addCidrList(kind, value, refTo(ctx, ["networking", key]), `kubeadm networking.${key}`, "kubeadm", resource);
  }
  if (scalarString(get(ctx.data, "networking", "serviceSubnet")) === void 0) {
    const at2 = get(ctx.data, "networking") === void 0 ? ["kind"] : ["networking"];
    draft.addCidr("service", {
      cidr: KUBEADM_DEFAULT_SERVICE_SUBNET,
      ref: refTo(ctx, at2, { key: true }),
      origin: "kubeadm's default serviceSubnet",
      declaredBy: "kubeadm",
      resource
    });
  }
  const extra = get(ctx.data, "controllerManager", "extraArgs");
  const args = Array.isArray(extra) ? extra.flatMap((a, i) => {
    const name = scalarString(get(a, "name"));
    const value = scalarString(get(a, "value"));
    return name && value !== void 0 ? [{ name, value, path: ["controllerManager", "extraArgs", i, "value"] }] : [];
  }) : isRecord(extra) ? Object.entries(extra).flatMap(([name, v]) => {
    const value = scalarString(v);
    return value === void 0 ? [] : [{ name, value, path: ["controllerManager", "extraArgs", name] }];
  }) : [];
  const flags = COMPONENT_FLAGS["kube-controller-manager"].flags;
  for (const { name, value, path } of args) {
    const target = flags[name];
    if (target)
      addFlag(
        draft,
        target,
        value,
        refTo(ctx, path),
        `kubeadm controllerManager.extraArgs ${name}`,
        "kubeadm",
        resource
      );
  }
}
function readComponentFlags(ctx, container, base, draft, resource) {
  const words = [];
  for (const list of ["command", "args"]) {
    getArray(container, list).forEach((w, i) => {
      const text = scalarString(w);
      if (text !== void 0) words.push({ text, path: [...base, list, i] });
    });
  }
  const identity = [scalarString(container.name), scalarString(container.image), ...words.map((w) => w.text)].join(" ");
  for (const [component, { declaredBy, flags }] of Object.entries(COMPONENT_FLAGS)) {
    if (!identity.includes(component)) continue;
    words.forEach((word, i) => {
      const match = /^--([a-z0-9-]+)(=(.*))?$/.exec(word.text);
      const target = match && flags[match[1]];
      if (!match || !target) return;
      const origin = `${component} --${match[1]}`;
      if (match[2] !== void 0) {
        const start = match[1].length + 3;
        addFlag(
          draft,
          target,
          match[3],
          refTo(ctx, word.path, { span: [start, word.text.length] }),
          origin,
          declaredBy,
          resource
        );
      } else if (words[i + 1]) {
        addFlag(draft, target, words[i + 1].text, refTo(ctx, words[i + 1].path), origin, declaredBy, resource);
      }
    });
  }
}
function addFlag(draft, target, value, ref, origin, declaredBy, resource) {
  if ("cidr" in target) draft.addCidrList(target.cidr, value, ref, origin, declaredBy, resource);
  else draft.addMask({ value, family: target.mask, ref, origin, declaredBy, resource });
}

// src/core/input-findings.ts
function inputFinding(ruleId, messageId, ref, data, resource) {
  return { ruleId, messageId, ref, data, ...resource ? { resource } : {} };
}
function invalidResource(ref, detail, resource) {
  return inputFinding("input/invalid-resource", "invalid", ref, { detail }, resource);
}
function skipped(ref, reason, resource) {
  return inputFinding("input/skipped", "skipped", ref, { reason }, resource);
}
function parseError(ref, detail) {
  return inputFinding("input/parse-error", "parse-error", ref, { detail });
}

// src/model/gitops-hints.ts
function emptyGitopsHints() {
  return {
    fluxKustomizations: [],
    gitRepositories: [],
    artifactGenerators: [],
    helmReleases: [],
    argoApplications: [],
    argoApplicationSets: []
  };
}

// src/model/draft.ts
var ModelDraft = class {
  cidrs = { pod: [], service: [], vpc: [], vswitch: [] };
  masks = [];
  /**
   * ACK cluster resources, and the node pools and instances that run nodes: one list, because the
   * fleet selects a cluster's template facts by this list (src/fleet/select.ts).
   */
  ackClusters = [];
  unknowns = [];
  nodes = [];
  nodePools = [];
  flannel = [];
  gateways = [];
  /** Raven's switches as set by raven-cfg and raven-agent-config; the last one read wins. */
  ravenSwitches = [];
  securityGroups = [];
  networkAcls = [];
  /** NetworkAclEntry resources, attached to their ACL once every document is read. */
  looseAclEntries = [];
  /** Stand-alone rule resources, attached to their group once every document is read. */
  looseRules = [];
  workloads = [];
  services = [];
  apiServerCalls = [];
  configMaps = [];
  ingressBackends = [];
  /** edge-controller-manager versions: image tags, and the configuration's value. */
  controllerVersions = [];
  /** input/invalid-resource findings raised while reading. */
  findings = [];
  /** What decides which files make which cluster (src/fleet). */
  gitops = emptyGitopsHints();
  stacks = [];
  kustomizations = [];
  charts = [];
  /** The draft as plain data, empty lists left out. */
  toFragment() {
    const out = {};
    for (const [key, value] of Object.entries(this)) {
      if (Array.isArray(value)) {
        if (value.length > 0) out[key] = value;
      } else if (value && typeof value === "object") {
        const nested2 = Object.fromEntries(Object.entries(value).filter(([, v]) => Array.isArray(v) && v.length > 0));
        if (Object.keys(nested2).length > 0) out[key] = nested2;
      }
    }
    return out;
  }
  /** Appends a fragment's facts (in order) to this draft's lists. */
  absorb(fragment) {
    const self = this;
    for (const [key, value] of Object.entries(fragment)) {
      const target = self[key];
      if (Array.isArray(target)) append(target, value);
      else if (target && typeof target === "object") {
        const lists = target;
        for (const [k, v] of Object.entries(value)) append(lists[k], v);
      }
    }
  }
  /** How many facts the draft holds (hints for the fleet not counted): a file that adds none describes no cluster. */
  factCount() {
    const lists = [
      this.cidrs.pod,
      this.cidrs.service,
      this.cidrs.vpc,
      this.cidrs.vswitch,
      this.masks,
      this.ackClusters,
      this.unknowns,
      this.nodes,
      this.nodePools,
      this.flannel,
      this.gateways,
      this.ravenSwitches,
      this.securityGroups,
      this.networkAcls,
      this.looseAclEntries,
      this.looseRules,
      this.workloads,
      this.services,
      this.apiServerCalls,
      this.configMaps,
      this.ingressBackends,
      this.controllerVersions
    ];
    return lists.reduce((n, l) => n + l.length, 0);
  }
  addCidr(kind, fact) {
    if (!this.deployTimeValue(fact.cidr, fact)) this.cidrs[kind].push(fact);
  }
  addMask(fact) {
    if (typeof fact.value === "number" || !this.deployTimeValue(fact.value, fact)) this.masks.push(fact);
  }
  /**
   * A value holding `${NAME}` is filled in at deployment (Flux post-build substitution, envsubst
   * in a pipeline): never judged as the literal text. Where a Flux Kustomization of the cluster
   * gives the value, the cluster reads its substituted copy instead.
   */
  deployTimeValue(text, fact) {
    const placeholder = PLACEHOLDER.exec(text);
    if (!placeholder) return false;
    const what = placeholder[0].startsWith("${") ? "the variable" : "the placeholder";
    this.unknowns.push({
      what: fact.origin,
      reason: `"${text}" holds ${what} ${placeholder[0]}, filled in at deployment, and no value for it is in the repository`,
      ref: fact.ref,
      resource: fact.resource
    });
    return true;
  }
  /**
   * Adds every CIDR of a comma-separated value (dual-stack settings list one per family), each
   * placed at its own characters of the string.
   */
  addCidrList(kind, text, ref, origin, declaredBy, resource, via) {
    const parts = text.split(",");
    if (parts.length === 1) {
      this.addCidr(kind, { cidr: text.trim(), ref, origin, declaredBy, resource, ...via ? { via } : {} });
      return;
    }
    let offset = 0;
    for (const part of parts) {
      const cidr = part.trim();
      const start = offset + part.indexOf(cidr);
      offset += part.length + 1;
      if (cidr)
        this.addCidr(kind, {
          cidr,
          ref: { ...ref, span: [(ref.span?.[0] ?? 0) + start, (ref.span?.[0] ?? 0) + start + cidr.length] },
          origin,
          declaredBy,
          resource,
          ...via ? { via } : {}
        });
    }
  }
  /** Adds a template value that should hold a CIDR: known ones as facts, the rest as unknowns. */
  addResolvedCidr(kind, resolved3, origin, resource) {
    if (!resolved3) return;
    if (!resolved3.known) {
      this.unknowns.push({ what: origin, reason: resolved3.reason, ref: resolved3.ref, resource });
      return;
    }
    if ("resourceRef" in resolved3) {
      this.unknowns.push({
        what: origin,
        reason: `Ref to resource ${resolved3.resourceRef} is not a CIDR`,
        ref: resolved3.ref,
        resource
      });
      return;
    }
    this.addCidrList(kind, String(resolved3.value), resolved3.ref, origin, "template", resource, resolved3.via);
  }
  invalid(ref, detail, resource) {
    this.findings.push(invalidResource(ref, detail, resource));
  }
};
var PLACEHOLDER = /\$\{[^}]*\}|\{\{.*?\}\}|<%.*?%>|[%#]\{[^}]*\}|^__[A-Za-z0-9_]+__$|^@[A-Za-z0-9_]+@$/;
function append(target, items) {
  for (const item of items) target.push(item);
}

// src/model/flannel.ts
var FLANNEL_CONFIGMAP = "kube-flannel-cfg";
var NET_CONF_KEY = "net-conf.json";
var DEFAULT_VXLAN_PORT = 8472;
function readFlannelConfigMap(ctx, resource, draft) {
  const data = ctx.data.data;
  if (!isRecord(data) || !(NET_CONF_KEY in data)) return;
  const path = ["data", NET_CONF_KEY];
  const ref = refTo(ctx, path);
  const text = data[NET_CONF_KEY];
  if (typeof text !== "string") {
    draft.invalid(ref, `${NET_CONF_KEY} must be a string holding JSON`, resource);
    return;
  }
  let conf;
  try {
    conf = JSON.parse(text);
  } catch (error) {
    draft.invalid(ref, `${NET_CONF_KEY} is not valid JSON: ${error.message}`, resource);
    return;
  }
  if (!isRecord(conf)) {
    draft.invalid(ref, `${NET_CONF_KEY} must be a JSON object`, resource);
    return;
  }
  const field = (obj, name) => {
    const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === void 0 ? void 0 : [key, obj[key]];
  };
  const cidr = (name, origin) => {
    const found = field(conf, name);
    if (!found) return null;
    const [key, value] = found;
    const at2 = refTo(ctx, path, { inner: [key] });
    if (typeof value !== "string") {
      draft.invalid(at2, `${NET_CONF_KEY} ${key} must be a CIDR string`, resource);
      return null;
    }
    return { cidr: value, ref: at2, origin, declaredBy: "flannel", resource };
  };
  const network = cidr("Network", "flannel net-conf.json Network");
  const ipv6Network = cidr("IPv6Network", "flannel net-conf.json IPv6Network");
  const backend = field(conf, "Backend");
  let backendType = null;
  let backendPort = null;
  let backendTypeRef = backend ? refTo(ctx, path, { inner: [backend[0]] }) : ref;
  if (backend && isRecord(backend[1])) {
    const type2 = field(backend[1], "Type");
    if (type2 && typeof type2[1] === "string") {
      backendType = type2[1];
      backendTypeRef = refTo(ctx, path, { inner: [backend[0], type2[0]] });
    }
    const port = field(backend[1], "Port");
    if (port && typeof port[1] === "number" && port[1] !== 0) backendPort = port[1];
  }
  const fact = { ref, resource, network, ipv6Network, backendType, backendTypeRef, backendPort };
  draft.flannel.push(fact);
  if (network) draft.addCidr("pod", network);
  if (ipv6Network) draft.addCidr("pod", ipv6Network);
}

// src/model/crd-validators.generated.js
var crdSpec0 = validate10;
var schema11 = { "type": "object", "additionalProperties": false, "properties": { "type": { "enum": ["Edge", "Cloud"] }, "selector": { "type": "object", "additionalProperties": false, "properties": { "matchLabels": { "type": "object", "additionalProperties": { "type": "string" } }, "matchExpressions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string" }, "operator": { "type": "string" }, "values": { "type": "array", "items": { "type": "string" } } }, "required": ["key", "operator"] } } } }, "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "taints": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "effect": { "type": "string" }, "timeAdded": { "type": "string" } }, "required": ["effect", "key"] } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "selector" || key0 === "annotations" || key0 === "labels" || key0 === "taints")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "Edge" || data0 === "Cloud")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.selector !== void 0) {
      let data1 = data.selector;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "matchLabels" || key1 === "matchExpressions")) {
            const err2 = { instancePath: instancePath + "/selector", schemaPath: "#/properties/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.matchLabels !== void 0) {
          let data2 = data1.matchLabels;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key2 in data2) {
              if (typeof data2[key2] !== "string") {
                const err3 = { instancePath: instancePath + "/selector/matchLabels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/selector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/selector/matchLabels", schemaPath: "#/properties/selector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.matchExpressions !== void 0) {
          let data4 = data1.matchExpressions;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.key === void 0) {
                  const err5 = { instancePath: instancePath + "/selector/matchExpressions/" + i0, schemaPath: "#/properties/selector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data5.operator === void 0) {
                  const err6 = { instancePath: instancePath + "/selector/matchExpressions/" + i0, schemaPath: "#/properties/selector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key3 in data5) {
                  if (!(key3 === "key" || key3 === "operator" || key3 === "values")) {
                    const err7 = { instancePath: instancePath + "/selector/matchExpressions/" + i0, schemaPath: "#/properties/selector/properties/matchExpressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data5.key !== void 0) {
                  if (typeof data5.key !== "string") {
                    const err8 = { instancePath: instancePath + "/selector/matchExpressions/" + i0 + "/key", schemaPath: "#/properties/selector/properties/matchExpressions/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data5.operator !== void 0) {
                  if (typeof data5.operator !== "string") {
                    const err9 = { instancePath: instancePath + "/selector/matchExpressions/" + i0 + "/operator", schemaPath: "#/properties/selector/properties/matchExpressions/items/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data5.values !== void 0) {
                  let data8 = data5.values;
                  if (Array.isArray(data8)) {
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data8[i1] !== "string") {
                        const err10 = { instancePath: instancePath + "/selector/matchExpressions/" + i0 + "/values/" + i1, schemaPath: "#/properties/selector/properties/matchExpressions/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/selector/matchExpressions/" + i0 + "/values", schemaPath: "#/properties/selector/properties/matchExpressions/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/selector/matchExpressions/" + i0, schemaPath: "#/properties/selector/properties/matchExpressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/selector/matchExpressions", schemaPath: "#/properties/selector/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/selector", schemaPath: "#/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data10 = data.annotations;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key4 in data10) {
          if (typeof data10[key4] !== "string") {
            const err15 = { instancePath: instancePath + "/annotations/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data12 = data.labels;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key5 in data12) {
          if (typeof data12[key5] !== "string") {
            const err17 = { instancePath: instancePath + "/labels/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.taints !== void 0) {
      let data14 = data.taints;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.effect === void 0) {
              const err19 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data15.key === void 0) {
              const err20 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key6 in data15) {
              if (!(key6 === "key" || key6 === "value" || key6 === "effect" || key6 === "timeAdded")) {
                const err21 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/properties/taints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data15.key !== void 0) {
              if (typeof data15.key !== "string") {
                const err22 = { instancePath: instancePath + "/taints/" + i2 + "/key", schemaPath: "#/properties/taints/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data15.value !== void 0) {
              if (typeof data15.value !== "string") {
                const err23 = { instancePath: instancePath + "/taints/" + i2 + "/value", schemaPath: "#/properties/taints/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data15.effect !== void 0) {
              if (typeof data15.effect !== "string") {
                const err24 = { instancePath: instancePath + "/taints/" + i2 + "/effect", schemaPath: "#/properties/taints/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data15.timeAdded !== void 0) {
              if (typeof data15.timeAdded !== "string") {
                const err25 = { instancePath: instancePath + "/taints/" + i2 + "/timeAdded", schemaPath: "#/properties/taints/items/properties/timeAdded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/taints/" + i2, schemaPath: "#/properties/taints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/taints", schemaPath: "#/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var crdSpec1 = validate11;
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "type": { "enum": ["Edge", "Cloud"] }, "hostNetwork": { "type": "boolean" }, "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "taints": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "effect": { "type": "string" }, "timeAdded": { "type": "string" } }, "required": ["effect", "key"] } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "hostNetwork" || key0 === "annotations" || key0 === "labels" || key0 === "taints")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "Edge" || data0 === "Cloud")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hostNetwork !== void 0) {
      if (typeof data.hostNetwork !== "boolean") {
        const err2 = { instancePath: instancePath + "/hostNetwork", schemaPath: "#/properties/hostNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (typeof data4[key2] !== "string") {
            const err5 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.taints !== void 0) {
      let data6 = data.taints;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.effect === void 0) {
              const err7 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data7.key === void 0) {
              const err8 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key3 in data7) {
              if (!(key3 === "key" || key3 === "value" || key3 === "effect" || key3 === "timeAdded")) {
                const err9 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data7.key !== void 0) {
              if (typeof data7.key !== "string") {
                const err10 = { instancePath: instancePath + "/taints/" + i0 + "/key", schemaPath: "#/properties/taints/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data7.value !== void 0) {
              if (typeof data7.value !== "string") {
                const err11 = { instancePath: instancePath + "/taints/" + i0 + "/value", schemaPath: "#/properties/taints/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.effect !== void 0) {
              if (typeof data7.effect !== "string") {
                const err12 = { instancePath: instancePath + "/taints/" + i0 + "/effect", schemaPath: "#/properties/taints/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data7.timeAdded !== void 0) {
              if (typeof data7.timeAdded !== "string") {
                const err13 = { instancePath: instancePath + "/taints/" + i0 + "/timeAdded", schemaPath: "#/properties/taints/items/properties/timeAdded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/taints", schemaPath: "#/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var crdSpec2 = validate12;
var schema13 = { "type": "object", "additionalProperties": false, "properties": { "type": { "enum": ["Edge", "Cloud"] }, "hostNetwork": { "type": "boolean" }, "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "taints": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "effect": { "type": "string" }, "timeAdded": { "type": "string" } }, "required": ["effect", "key"] } }, "interConnectivity": { "type": "boolean" }, "enableLeaderElection": { "type": "boolean" }, "leaderElectionStrategy": { "type": "string" }, "leaderNodeLabelSelector": { "type": "object", "additionalProperties": { "type": "string" } }, "leaderReplicas": { "type": "integer" }, "poolScopeMetadata": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "group": { "type": "string" }, "resource": { "type": "string" }, "version": { "type": "string" } }, "required": ["group", "resource", "version"] } } } };
var func2 = Object.prototype.hasOwnProperty;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "Edge" || data0 === "Cloud")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.hostNetwork !== void 0) {
      if (typeof data.hostNetwork !== "boolean") {
        const err2 = { instancePath: instancePath + "/hostNetwork", schemaPath: "#/properties/hostNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (typeof data2[key1] !== "string") {
            const err3 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (typeof data4[key2] !== "string") {
            const err5 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.taints !== void 0) {
      let data6 = data.taints;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.effect === void 0) {
              const err7 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data7.key === void 0) {
              const err8 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key3 in data7) {
              if (!(key3 === "key" || key3 === "value" || key3 === "effect" || key3 === "timeAdded")) {
                const err9 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data7.key !== void 0) {
              if (typeof data7.key !== "string") {
                const err10 = { instancePath: instancePath + "/taints/" + i0 + "/key", schemaPath: "#/properties/taints/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data7.value !== void 0) {
              if (typeof data7.value !== "string") {
                const err11 = { instancePath: instancePath + "/taints/" + i0 + "/value", schemaPath: "#/properties/taints/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.effect !== void 0) {
              if (typeof data7.effect !== "string") {
                const err12 = { instancePath: instancePath + "/taints/" + i0 + "/effect", schemaPath: "#/properties/taints/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data7.timeAdded !== void 0) {
              if (typeof data7.timeAdded !== "string") {
                const err13 = { instancePath: instancePath + "/taints/" + i0 + "/timeAdded", schemaPath: "#/properties/taints/items/properties/timeAdded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/taints/" + i0, schemaPath: "#/properties/taints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/taints", schemaPath: "#/properties/taints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.interConnectivity !== void 0) {
      if (typeof data.interConnectivity !== "boolean") {
        const err16 = { instancePath: instancePath + "/interConnectivity", schemaPath: "#/properties/interConnectivity/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.enableLeaderElection !== void 0) {
      if (typeof data.enableLeaderElection !== "boolean") {
        const err17 = { instancePath: instancePath + "/enableLeaderElection", schemaPath: "#/properties/enableLeaderElection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.leaderElectionStrategy !== void 0) {
      if (typeof data.leaderElectionStrategy !== "string") {
        const err18 = { instancePath: instancePath + "/leaderElectionStrategy", schemaPath: "#/properties/leaderElectionStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.leaderNodeLabelSelector !== void 0) {
      let data15 = data.leaderNodeLabelSelector;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key4 in data15) {
          if (typeof data15[key4] !== "string") {
            const err19 = { instancePath: instancePath + "/leaderNodeLabelSelector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leaderNodeLabelSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/leaderNodeLabelSelector", schemaPath: "#/properties/leaderNodeLabelSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.leaderReplicas !== void 0) {
      let data17 = data.leaderReplicas;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
        const err21 = { instancePath: instancePath + "/leaderReplicas", schemaPath: "#/properties/leaderReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.poolScopeMetadata !== void 0) {
      let data18 = data.poolScopeMetadata;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.group === void 0) {
              const err22 = { instancePath: instancePath + "/poolScopeMetadata/" + i1, schemaPath: "#/properties/poolScopeMetadata/items/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data19.resource === void 0) {
              const err23 = { instancePath: instancePath + "/poolScopeMetadata/" + i1, schemaPath: "#/properties/poolScopeMetadata/items/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data19.version === void 0) {
              const err24 = { instancePath: instancePath + "/poolScopeMetadata/" + i1, schemaPath: "#/properties/poolScopeMetadata/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "group" || key5 === "resource" || key5 === "version")) {
                const err25 = { instancePath: instancePath + "/poolScopeMetadata/" + i1, schemaPath: "#/properties/poolScopeMetadata/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data19.group !== void 0) {
              if (typeof data19.group !== "string") {
                const err26 = { instancePath: instancePath + "/poolScopeMetadata/" + i1 + "/group", schemaPath: "#/properties/poolScopeMetadata/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data19.resource !== void 0) {
              if (typeof data19.resource !== "string") {
                const err27 = { instancePath: instancePath + "/poolScopeMetadata/" + i1 + "/resource", schemaPath: "#/properties/poolScopeMetadata/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data19.version !== void 0) {
              if (typeof data19.version !== "string") {
                const err28 = { instancePath: instancePath + "/poolScopeMetadata/" + i1 + "/version", schemaPath: "#/properties/poolScopeMetadata/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/poolScopeMetadata/" + i1, schemaPath: "#/properties/poolScopeMetadata/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/poolScopeMetadata", schemaPath: "#/properties/poolScopeMetadata/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var crdSpec3 = validate13;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" }, message: "must have required property 'endpoints'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "endpoints" || key0 === "exposeType" || key0 === "nodeSelector")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      let data0 = data.endpoints;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.nodeName === void 0) {
              const err2 = { instancePath: instancePath + "/endpoints/" + i0, schemaPath: "#/properties/endpoints/items/required", keyword: "required", params: { missingProperty: "nodeName" }, message: "must have required property 'nodeName'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "nodeName" || key1 === "underNAT" || key1 === "publicIP" || key1 === "config")) {
                const err3 = { instancePath: instancePath + "/endpoints/" + i0, schemaPath: "#/properties/endpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.nodeName !== void 0) {
              if (typeof data1.nodeName !== "string") {
                const err4 = { instancePath: instancePath + "/endpoints/" + i0 + "/nodeName", schemaPath: "#/properties/endpoints/items/properties/nodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.underNAT !== void 0) {
              if (typeof data1.underNAT !== "boolean") {
                const err5 = { instancePath: instancePath + "/endpoints/" + i0 + "/underNAT", schemaPath: "#/properties/endpoints/items/properties/underNAT/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.publicIP !== void 0) {
              if (typeof data1.publicIP !== "string") {
                const err6 = { instancePath: instancePath + "/endpoints/" + i0 + "/publicIP", schemaPath: "#/properties/endpoints/items/properties/publicIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.config !== void 0) {
              let data5 = data1.config;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key2 in data5) {
                  if (typeof data5[key2] !== "string") {
                    const err7 = { instancePath: instancePath + "/endpoints/" + i0 + "/config/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/endpoints/items/properties/config/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              } else {
                const err8 = { instancePath: instancePath + "/endpoints/" + i0 + "/config", schemaPath: "#/properties/endpoints/items/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/endpoints/" + i0, schemaPath: "#/properties/endpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.exposeType !== void 0) {
      if (typeof data.exposeType !== "string") {
        const err11 = { instancePath: instancePath + "/exposeType", schemaPath: "#/properties/exposeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data8 = data.nodeSelector;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "matchLabels" || key3 === "matchExpressions")) {
            const err12 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data8.matchLabels !== void 0) {
          let data9 = data8.matchLabels;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key4 in data9) {
              if (typeof data9[key4] !== "string") {
                const err13 = { instancePath: instancePath + "/nodeSelector/matchLabels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/nodeSelector/matchLabels", schemaPath: "#/properties/nodeSelector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data8.matchExpressions !== void 0) {
          let data11 = data8.matchExpressions;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data12 = data11[i1];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.key === void 0) {
                  const err15 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data12.operator === void 0) {
                  const err16 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                for (const key5 in data12) {
                  if (!(key5 === "key" || key5 === "operator" || key5 === "values")) {
                    const err17 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data12.key !== void 0) {
                  if (typeof data12.key !== "string") {
                    const err18 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1 + "/key", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data12.operator !== void 0) {
                  if (typeof data12.operator !== "string") {
                    const err19 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1 + "/operator", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data12.values !== void 0) {
                  let data15 = data12.values;
                  if (Array.isArray(data15)) {
                    const len2 = data15.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data15[i2] !== "string") {
                        const err20 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1 + "/values/" + i2, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1 + "/values", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i1, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/nodeSelector/matchExpressions", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var crdSpec4 = validate14;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nodeSelector" || key0 === "proxyConfig" || key0 === "tunnelConfig" || key0 === "endpoints" || key0 === "exposeType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data0 = data.nodeSelector;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "matchLabels" || key1 === "matchExpressions")) {
            const err1 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.matchLabels !== void 0) {
          let data1 = data0.matchLabels;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key2 in data1) {
              if (typeof data1[key2] !== "string") {
                const err2 = { instancePath: instancePath + "/nodeSelector/matchLabels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/nodeSelector/matchLabels", schemaPath: "#/properties/nodeSelector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.matchExpressions !== void 0) {
          let data3 = data0.matchExpressions;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (data4.key === void 0) {
                  const err4 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data4.operator === void 0) {
                  const err5 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                for (const key3 in data4) {
                  if (!(key3 === "key" || key3 === "operator" || key3 === "values")) {
                    const err6 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data4.key !== void 0) {
                  if (typeof data4.key !== "string") {
                    const err7 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0 + "/key", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data4.operator !== void 0) {
                  if (typeof data4.operator !== "string") {
                    const err8 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0 + "/operator", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data4.values !== void 0) {
                  let data7 = data4.values;
                  if (Array.isArray(data7)) {
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data7[i1] !== "string") {
                        const err9 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0 + "/values/" + i1, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0 + "/values", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/nodeSelector/matchExpressions/" + i0, schemaPath: "#/properties/nodeSelector/properties/matchExpressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/nodeSelector/matchExpressions", schemaPath: "#/properties/nodeSelector/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.proxyConfig !== void 0) {
      let data9 = data.proxyConfig;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.Replicas === void 0) {
          const err14 = { instancePath: instancePath + "/proxyConfig", schemaPath: "#/properties/proxyConfig/required", keyword: "required", params: { missingProperty: "Replicas" }, message: "must have required property 'Replicas'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key4 in data9) {
          if (!(key4 === "Replicas" || key4 === "proxyHTTPPort" || key4 === "proxyHTTPSPort")) {
            const err15 = { instancePath: instancePath + "/proxyConfig", schemaPath: "#/properties/proxyConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data9.Replicas !== void 0) {
          let data10 = data9.Replicas;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err16 = { instancePath: instancePath + "/proxyConfig/Replicas", schemaPath: "#/properties/proxyConfig/properties/Replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.proxyHTTPPort !== void 0) {
          if (typeof data9.proxyHTTPPort !== "string") {
            const err17 = { instancePath: instancePath + "/proxyConfig/proxyHTTPPort", schemaPath: "#/properties/proxyConfig/properties/proxyHTTPPort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.proxyHTTPSPort !== void 0) {
          if (typeof data9.proxyHTTPSPort !== "string") {
            const err18 = { instancePath: instancePath + "/proxyConfig/proxyHTTPSPort", schemaPath: "#/properties/proxyConfig/properties/proxyHTTPSPort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/proxyConfig", schemaPath: "#/properties/proxyConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.tunnelConfig !== void 0) {
      let data13 = data.tunnelConfig;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.Replicas === void 0) {
          const err20 = { instancePath: instancePath + "/tunnelConfig", schemaPath: "#/properties/tunnelConfig/required", keyword: "required", params: { missingProperty: "Replicas" }, message: "must have required property 'Replicas'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key5 in data13) {
          if (!(key5 === "Replicas")) {
            const err21 = { instancePath: instancePath + "/tunnelConfig", schemaPath: "#/properties/tunnelConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data13.Replicas !== void 0) {
          let data14 = data13.Replicas;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err22 = { instancePath: instancePath + "/tunnelConfig/Replicas", schemaPath: "#/properties/tunnelConfig/properties/Replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/tunnelConfig", schemaPath: "#/properties/tunnelConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      let data15 = data.endpoints;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.nodeName === void 0) {
              const err24 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/properties/endpoints/items/required", keyword: "required", params: { missingProperty: "nodeName" }, message: "must have required property 'nodeName'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data16.type === void 0) {
              const err25 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/properties/endpoints/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key6 in data16) {
              if (!(key6 === "nodeName" || key6 === "type" || key6 === "port" || key6 === "underNAT" || key6 === "natType" || key6 === "publicIP" || key6 === "publicPort" || key6 === "config")) {
                const err26 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/properties/endpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data16.nodeName !== void 0) {
              if (typeof data16.nodeName !== "string") {
                const err27 = { instancePath: instancePath + "/endpoints/" + i2 + "/nodeName", schemaPath: "#/properties/endpoints/items/properties/nodeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data16.type !== void 0) {
              if (typeof data16.type !== "string") {
                const err28 = { instancePath: instancePath + "/endpoints/" + i2 + "/type", schemaPath: "#/properties/endpoints/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data16.port !== void 0) {
              let data19 = data16.port;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err29 = { instancePath: instancePath + "/endpoints/" + i2 + "/port", schemaPath: "#/properties/endpoints/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data16.underNAT !== void 0) {
              if (typeof data16.underNAT !== "boolean") {
                const err30 = { instancePath: instancePath + "/endpoints/" + i2 + "/underNAT", schemaPath: "#/properties/endpoints/items/properties/underNAT/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data16.natType !== void 0) {
              if (typeof data16.natType !== "string") {
                const err31 = { instancePath: instancePath + "/endpoints/" + i2 + "/natType", schemaPath: "#/properties/endpoints/items/properties/natType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data16.publicIP !== void 0) {
              if (typeof data16.publicIP !== "string") {
                const err32 = { instancePath: instancePath + "/endpoints/" + i2 + "/publicIP", schemaPath: "#/properties/endpoints/items/properties/publicIP/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data16.publicPort !== void 0) {
              let data23 = data16.publicPort;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err33 = { instancePath: instancePath + "/endpoints/" + i2 + "/publicPort", schemaPath: "#/properties/endpoints/items/properties/publicPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data16.config !== void 0) {
              let data24 = data16.config;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                for (const key7 in data24) {
                  if (typeof data24[key7] !== "string") {
                    const err34 = { instancePath: instancePath + "/endpoints/" + i2 + "/config/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/endpoints/items/properties/config/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/endpoints/" + i2 + "/config", schemaPath: "#/properties/endpoints/items/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/endpoints/" + i2, schemaPath: "#/properties/endpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.exposeType !== void 0) {
      if (typeof data.exposeType !== "string") {
        const err38 = { instancePath: instancePath + "/exposeType", schemaPath: "#/properties/exposeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var CRD_VALIDATORS = {
  "apps.openyurt.io/NodePool": { "v1alpha1": crdSpec0, "v1beta1": crdSpec1, "v1beta2": crdSpec2 },
  "raven.openyurt.io/Gateway": { "v1alpha1": crdSpec3, "v1beta1": crdSpec4 }
};

// src/model/crd-spec-schemas.ts
var str = { type: "string" };
var bool = { type: "boolean" };
var int = { type: "integer" };
var stringMap2 = { type: "object", additionalProperties: str };
var strict = (properties, required) => ({
  type: "object",
  additionalProperties: false,
  properties,
  ...required ? { required } : {}
});
var labelSelector = strict({
  matchLabels: stringMap2,
  matchExpressions: {
    type: "array",
    items: strict({ key: str, operator: str, values: { type: "array", items: str } }, ["key", "operator"])
  }
});
var taints = {
  type: "array",
  items: strict({ key: str, value: str, effect: str, timeAdded: str }, ["effect", "key"])
};
var poolType = { enum: ["Edge", "Cloud"] };
var nodePoolV1beta1 = { type: poolType, hostNetwork: bool, annotations: stringMap2, labels: stringMap2, taints };
var CRD_SPEC_SCHEMAS = {
  "apps.openyurt.io/NodePool": {
    v1alpha1: strict({ type: poolType, selector: labelSelector, annotations: stringMap2, labels: stringMap2, taints }),
    v1beta1: strict(nodePoolV1beta1),
    v1beta2: strict({
      ...nodePoolV1beta1,
      interConnectivity: bool,
      enableLeaderElection: bool,
      leaderElectionStrategy: str,
      leaderNodeLabelSelector: stringMap2,
      leaderReplicas: int,
      poolScopeMetadata: {
        type: "array",
        items: strict({ group: str, resource: str, version: str }, ["group", "resource", "version"])
      }
    })
  },
  "raven.openyurt.io/Gateway": {
    v1alpha1: strict(
      {
        endpoints: {
          type: "array",
          items: strict({ nodeName: str, underNAT: bool, publicIP: str, config: stringMap2 }, ["nodeName"])
        },
        exposeType: str,
        nodeSelector: labelSelector
      },
      ["endpoints"]
    ),
    v1beta1: strict({
      nodeSelector: labelSelector,
      proxyConfig: strict({ Replicas: int, proxyHTTPPort: str, proxyHTTPSPort: str }, ["Replicas"]),
      tunnelConfig: strict({ Replicas: int }, ["Replicas"]),
      endpoints: {
        type: "array",
        items: strict(
          {
            nodeName: str,
            type: str,
            port: int,
            underNAT: bool,
            natType: str,
            publicIP: str,
            publicPort: int,
            config: stringMap2
          },
          ["nodeName", "type"]
        )
      },
      exposeType: str
    })
  }
};

// src/model/crd-schemas.ts
var CRD_VALIDATORS2 = CRD_VALIDATORS;
function validateCrdObject(ctx, draft, resource) {
  const [group, version] = String(ctx.data.apiVersion).split("/");
  const versions = CRD_VALIDATORS2[`${group}/${ctx.data.kind}`];
  if (!versions) return;
  const validate = versions[version ?? ""];
  if (!validate) {
    draft.invalid(
      refTo(ctx, ["apiVersion"]),
      `${ctx.data.kind} ${resource.name}: version ${version} is not served (served: ${Object.keys(versions).join(", ")})`,
      resource
    );
    return;
  }
  const spec = get(ctx.data, "spec") ?? {};
  if (validate(spec)) return;
  for (const error of validate.errors ?? []) {
    const { path, key, words } = describe(error);
    draft.invalid(
      refTo(ctx, ["spec", ...path], key ? { key: true } : {}),
      `${ctx.data.kind} ${resource.name}: ${["spec", ...path].join(".")} ${words}`,
      resource
    );
  }
}
function describe(error) {
  const path = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const params = error.params;
  if (error.keyword === "additionalProperties") {
    return {
      path: [...path, String(params.additionalProperty)],
      key: true,
      words: "is not a field of the CRD (the API server would drop it silently)"
    };
  }
  if (error.keyword === "enum")
    return { path, key: false, words: `must be one of ${params.allowedValues.join(", ")}` };
  if (error.keyword === "required")
    return { path, key: false, words: `must have the field ${String(params.missingProperty)}` };
  return { path, key: false, words: error.message ?? "is invalid" };
}

// src/model/installer-hints.ts
function readFluxBuild(spec, place) {
  const patches = [];
  getArray(spec, "patches").forEach((p, i) => {
    const text = get(p, "patch");
    if (typeof text !== "string") return;
    patches.push({
      field: "patches",
      content: { kind: "text", text },
      target: getRecord(p, "target") ?? null,
      options: null,
      ref: place(["patches", i, "patch"])
    });
  });
  getArray(spec, "patchesStrategicMerge").forEach((data, i) => {
    if (!isRecord(data)) return;
    const ref = place(["patchesStrategicMerge", i]);
    patches.push({ field: "patchesStrategicMerge", content: { kind: "data", data }, target: null, options: null, ref });
  });
  getArray(spec, "patchesJson6902").forEach((p, i) => {
    const data = get(p, "patch");
    if (!Array.isArray(data)) return;
    patches.push({
      field: "patchesJson6902",
      content: { kind: "data", data },
      target: getRecord(p, "target") ?? null,
      options: null,
      ref: place(["patchesJson6902", i, "patch"])
    });
  });
  const images = getArray(spec, "images").flatMap((image, i) => {
    const name = scalarString(get(image, "name"));
    if (name === void 0) return [];
    const field = (key) => scalarString(get(image, key)) ?? null;
    return [
      {
        name,
        newName: field("newName"),
        newTag: field("newTag"),
        digest: field("digest"),
        ref: place(["images", i])
      }
    ];
  });
  return {
    patches,
    images,
    // kustomize-controller sets these when present, even empty (an empty prefix clears the path's own).
    namePrefix: placedString(spec, "namePrefix", place, true),
    nameSuffix: placedString(spec, "nameSuffix", place, true),
    targetNamespace: placedString(spec, "targetNamespace", place, true),
    components: placedStrings(spec, "components", place),
    ignoreMissingComponents: spec.ignoreMissingComponents === true,
    commonMetadata: {
      labels: placedEntries(getRecord(spec, "commonMetadata"), "labels", (p) => place(["commonMetadata", ...p])),
      annotations: placedEntries(
        getRecord(spec, "commonMetadata"),
        "annotations",
        (p) => place(["commonMetadata", ...p])
      )
    }
  };
}
function fluxChangesBuild(build) {
  return build.patches.length > 0 || build.images.length > 0 || build.namePrefix !== null || build.nameSuffix !== null || build.components.length > 0;
}
function readArgoKustomize(kustomize, place) {
  if (!isRecord(kustomize)) return null;
  const patches = [];
  getArray(kustomize, "patches").forEach((p, i) => {
    const text = get(p, "patch");
    const file = get(p, "path");
    const content = typeof text === "string" ? { kind: "text", text } : typeof file === "string" ? { kind: "file", path: file } : void 0;
    if (!content) return;
    patches.push({
      field: "patches",
      content,
      target: getRecord(p, "target") ?? null,
      options: getRecord(p, "options") ?? null,
      ref: place(["patches", i, content.kind === "text" ? "patch" : "path"])
    });
  });
  const flag = (key) => kustomize[key] === true;
  return {
    namePrefix: placedString(kustomize, "namePrefix", place),
    nameSuffix: placedString(kustomize, "nameSuffix", place),
    namespace: placedString(kustomize, "namespace", place),
    images: placedStrings(kustomize, "images", place),
    replicas: getArray(kustomize, "replicas").flatMap((r, i) => {
      const name = scalarString(get(r, "name"));
      const count = scalarString(get(r, "count"));
      return name !== void 0 && count !== void 0 ? [{ name, count, ref: place(["replicas", i, "count"]) }] : [];
    }),
    commonLabels: placedEntries(kustomize, "commonLabels", place),
    commonAnnotations: placedEntries(kustomize, "commonAnnotations", place),
    forceCommonLabels: flag("forceCommonLabels"),
    forceCommonAnnotations: flag("forceCommonAnnotations"),
    labelWithoutSelector: flag("labelWithoutSelector"),
    labelIncludeTemplates: flag("labelIncludeTemplates"),
    commonAnnotationsEnvsubst: flag("commonAnnotationsEnvsubst"),
    patches,
    components: placedStrings(kustomize, "components", place),
    ignoreMissingComponents: flag("ignoreMissingComponents"),
    ref: place([])
  };
}
function argoChangesBuild(k) {
  return k.namePrefix !== null || k.nameSuffix !== null || k.namespace !== null || k.images.length > 0 || k.replicas.length > 0 || k.commonLabels.length > 0 || k.commonAnnotations.length > 0 || k.patches.length > 0 || k.components.length > 0;
}
function placedString(from, key, place, empty = false) {
  const value = scalarString(from[key]);
  return value === void 0 || value === "" && !empty ? null : { value, ref: place([key]) };
}
function placedStrings(from, key, place) {
  return getArray(from, key).flatMap((v, i) => {
    const value = scalarString(v);
    return value === void 0 ? [] : [{ value, ref: place([key, i]) }];
  });
}
function placedEntries(from, key, place) {
  const map2 = getRecord(from, key);
  if (!map2) return [];
  return Object.entries(map2).flatMap(([k, v]) => {
    const value = scalarString(v);
    return value === void 0 ? [] : [{ key: k, value, ref: place([key, k]) }];
  });
}

// src/model/gitops.ts
function readGitopsObject(ctx, draft, group, kind) {
  const hints = draft.gitops;
  const resource = k8sResource(ctx.data);
  const namespace = resource.namespace ?? "flux-system";
  const at2 = (...path) => refTo(ctx, path);
  if (group === "kustomize.toolkit.fluxcd.io" && kind === "Kustomization") {
    const spec = getRecord(ctx.data, "spec") ?? {};
    const source = getRecord(spec, "sourceRef");
    hints.fluxKustomizations.push({
      name: resource.name ?? "",
      namespace,
      path: scalarString(spec.path) ?? null,
      sourceRef: source ? {
        kind: scalarString(source.kind) ?? "GitRepository",
        name: scalarString(source.name) ?? "",
        namespace: scalarString(source.namespace) ?? namespace
      } : null,
      kubeConfigSecret: scalarString(get(spec, "kubeConfig", "secretRef", "name")) ?? null,
      targetNamespace: scalarString(spec.targetNamespace) ?? null,
      substitute: Object.entries(stringMap(get(spec, "postBuild", "substitute"))).map(([name, value]) => ({
        name,
        value,
        ref: at2("spec", "postBuild", "substitute", name)
      })),
      substituteFrom: getArray(spec, "postBuild", "substituteFrom").flatMap((s) => {
        const name = scalarString(get(s, "name"));
        const kind2 = scalarString(get(s, "kind")) ?? "ConfigMap";
        return name ? [{ kind: kind2, name, optional: get(s, "optional") === true }] : [];
      }),
      build: readFluxBuild(spec, (path) => at2("spec", ...path)),
      ref: at2("metadata", "name")
    });
    return true;
  }
  if (group === "source.toolkit.fluxcd.io" && kind === "GitRepository") {
    hints.gitRepositories.push({
      name: resource.name ?? "",
      namespace,
      url: scalarString(get(ctx.data, "spec", "url")) ?? null,
      ignore: scalarString(get(ctx.data, "spec", "ignore")) ?? null,
      ref: at2("metadata", "name")
    });
    return true;
  }
  if (group === "source.extensions.fluxcd.io" && kind === "ArtifactGenerator") {
    const sources = {};
    for (const s of getArray(ctx.data, "spec", "sources")) {
      const alias = scalarString(get(s, "alias"));
      const name = scalarString(get(s, "name"));
      if (alias && name) sources[alias] = { kind: scalarString(get(s, "kind")) ?? "GitRepository", name };
    }
    hints.artifactGenerators.push({
      namespace,
      sources,
      artifacts: getArray(ctx.data, "spec", "artifacts").flatMap((a) => {
        const name = scalarString(get(a, "name"));
        if (!name) return [];
        const copies = getArray(a, "copy").flatMap((c) => {
          const from = scalarString(get(c, "from"));
          const to = scalarString(get(c, "to"));
          return from && to ? [{ from, to }] : [];
        });
        return [{ name, copies }];
      }),
      ref: at2("metadata", "name")
    });
    return true;
  }
  if (group === "helm.toolkit.fluxcd.io" && kind === "HelmRelease") {
    const spec = getRecord(ctx.data, "spec") ?? {};
    const chartSpec = getRecord(spec, "chart", "spec");
    const source = getRecord(chartSpec, "sourceRef");
    const chartRef = chartSpec ? void 0 : getRecord(spec, "chartRef");
    const from = source ?? chartRef;
    hints.helmReleases.push({
      name: resource.name ?? "",
      namespace: resource.namespace ?? "default",
      chart: scalarString(chartSpec?.chart) ?? null,
      chartRef: chartRef ? at2("spec", "chartRef", "name") : at2("spec", "chart", "spec", "chart"),
      sourceRef: from ? { kind: scalarString(from.kind) ?? "", name: scalarString(from.name) ?? "" } : null,
      byChartRef: chartRef !== void 0,
      targetNamespace: scalarString(spec.targetNamespace) ?? null,
      values: spec.values ?? null,
      valuesRef: at2("spec", "values"),
      valuesFrom: getArray(spec, "valuesFrom").flatMap((v, i) => {
        const name = scalarString(get(v, "name"));
        if (!name) return [];
        return [
          {
            kind: scalarString(get(v, "kind")) ?? "ConfigMap",
            name,
            valuesKey: scalarString(get(v, "valuesKey")) ?? null,
            targetPath: scalarString(get(v, "targetPath")) ?? null,
            optional: get(v, "optional") === true,
            ref: at2("spec", "valuesFrom", i, "name")
          }
        ];
      }),
      resource,
      ref: at2("metadata", "name")
    });
    return true;
  }
  if (group === "argoproj.io" && kind === "Application") {
    hints.argoApplications.push(readArgoApplication(ctx, ctx.data, []));
    return true;
  }
  if (group === "argoproj.io" && kind === "ApplicationSet") {
    const generators = getArray(ctx.data, "spec", "generators");
    const lists = generators.map((g) => getArray(g, "list", "elements"));
    const allLists = generators.length > 0 && generators.every((g) => isRecord(get(g, "list")));
    hints.argoApplicationSets.push({
      name: resource.name ?? "",
      elements: allLists ? lists.flat().map(stringMap) : null,
      gitDirectories: generators.flatMap(
        (g) => getArray(g, "git", "directories").flatMap((d) => {
          const path = scalarString(get(d, "path"));
          return path === void 0 ? [] : [{ path, exclude: get(d, "exclude") === true }];
        })
      ),
      generatorKinds: generators.flatMap((g) => isRecord(g) ? Object.keys(g).filter((k) => k !== "selector") : []),
      template: get(ctx.data, "spec", "template") ?? null,
      templatePath: at2("spec", "template").path,
      ref: at2("metadata", "name")
    });
    return true;
  }
  return false;
}
function readArgoApplication(ctx, app, base) {
  const spec = getRecord(app, "spec") ?? {};
  const single = getRecord(spec, "source");
  const sources = single ? [[single, [...base, "spec", "source"]]] : getArray(spec, "sources").map((s, i) => [s, [...base, "spec", "sources", i]]);
  return {
    name: scalarString(get(app, "metadata", "name")) ?? "",
    sources: sources.map(([s, path]) => {
      const helm = getRecord(s, "helm");
      return {
        at: [...path],
        repoURL: scalarString(get(s, "repoURL")) ?? null,
        path: scalarString(get(s, "path")) ?? null,
        chart: scalarString(get(s, "chart")) ?? null,
        refName: scalarString(get(s, "ref")) ?? null,
        helm: helm ? {
          valueFiles: getArray(helm, "valueFiles").flatMap((v, index) => {
            const file = scalarString(v);
            return file ? [{ file, index }] : [];
          }),
          values: helm.valuesObject ?? helm.values ?? null,
          parameters: getArray(helm, "parameters").flatMap((p) => {
            const name = scalarString(get(p, "name"));
            const value = scalarString(get(p, "value"));
            return name !== void 0 && value !== void 0 ? [{ name, value }] : [];
          })
        } : null,
        directoryRecurse: get(s, "directory", "recurse") === true,
        directoryInclude: scalarString(get(s, "directory", "include")) ?? null,
        directoryExclude: scalarString(get(s, "directory", "exclude")) ?? null,
        kustomize: readArgoKustomize(get(s, "kustomize"), (p) => refTo(ctx, [...path, "kustomize", ...p])),
        ref: refTo(ctx, [...path, "path"])
      };
    }),
    destination: {
      name: scalarString(get(spec, "destination", "name")) ?? null,
      server: scalarString(get(spec, "destination", "server")) ?? null,
      namespace: scalarString(get(spec, "destination", "namespace")) ?? null
    },
    resource: k8sResource(isRecord(app) ? app : {}),
    ref: refTo(ctx, [...base, "metadata", "name"])
  };
}

// src/model/workloads.ts
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
var CONTROLLER_IMAGE = /(^|\/)edge-controller-manager:([^@/:]+)(@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$/;
function readWorkloadObject(ctx, draft, group) {
  const kind = ctx.data.kind;
  const podSpec = POD_SPEC_PATHS[kind];
  if (podSpec && (group === "" || group === "apps" || group === "batch")) {
    readPodTemplate(ctx, draft, podSpec, { kind: "terms" });
  } else if (group === "apps.openyurt.io" && (kind === "YurtAppSet" || kind === "YurtAppDaemon")) {
    readYurtApp(ctx, draft, kind);
  }
}
function readYurtApp(ctx, draft, kind) {
  const spec = getRecord(ctx.data, "spec") ?? {};
  const templateRoot = isRecord(get(spec, "workload", "workloadTemplate")) ? ["spec", "workload", "workloadTemplate"] : ["spec", "workloadTemplate"];
  const which = ["deploymentTemplate", "statefulSetTemplate"].find((t) => isRecord(get(ctx.data, ...templateRoot, t)));
  if (!which) return;
  const named = [
    ...getArray(spec, "topology", "pools").map((p) => scalarString(get(p, "name"))),
    ...getArray(spec, "pools").map(scalarString)
  ].filter((p) => Boolean(p));
  const selector = getRecord(spec, "nodepoolSelector", "matchLabels") ?? getRecord(spec, "nodePoolSelector", "matchLabels");
  const placement = named.length > 0 ? { kind: "pools", pools: named } : selector ? { kind: "poolSelector", selector: stringMap(selector) } : { kind: "terms" };
  readPodTemplate(ctx, draft, [...templateRoot, which, "spec", "template", "spec"], placement, kind);
}
function readPodTemplate(ctx, draft, specPath, placement, kind = ctx.data.kind) {
  const resource = { ...k8sResource(ctx.data), kind };
  const spec = getRecord(ctx.data, ...specPath) ?? {};
  const templateMeta = specPath.length === 1 ? ["metadata"] : [...specPath.slice(0, -1), "metadata"];
  const containers = [];
  const configMaps = /* @__PURE__ */ new Set();
  getArray(spec, "volumes").forEach((v) => {
    const name = scalarString(get(v, "configMap", "name"));
    if (name) configMaps.add(name);
    getArray(v, "projected", "sources").forEach((s) => {
      const projected = scalarString(get(s, "configMap", "name"));
      if (projected) configMaps.add(projected);
    });
  });
  for (const list of ["initContainers", "containers"]) {
    getArray(spec, list).forEach((c, i) => {
      if (!isRecord(c)) return;
      const base = [...specPath, list, i];
      readComponentFlags(ctx, c, base, draft, resource);
      getArray(c, "envFrom").forEach((e) => {
        const name = scalarString(get(e, "configMapRef", "name"));
        if (name) configMaps.add(name);
      });
      getArray(c, "env").forEach((e) => {
        const name = scalarString(get(e, "valueFrom", "configMapKeyRef", "name"));
        if (name) configMaps.add(name);
      });
      const image = scalarString(c.image) ?? null;
      const imageRef = refTo(ctx, [...base, "image"]);
      const tag = image ? CONTROLLER_IMAGE.exec(image) : null;
      if (image && tag) {
        const start = tag.index + tag[0].length - tag[2].length - (tag[3]?.length ?? 0);
        draft.controllerVersions.push({
          value: tag[2],
          ref: { ...imageRef, span: [start, start + tag[2].length] },
          origin: `image ${image}`
        });
      }
      containers.push({
        name: scalarString(c.name) ?? "",
        image,
        imageRef,
        env: getArray(c, "env").flatMap((e, j) => {
          const name = scalarString(get(e, "name"));
          const value = scalarString(get(e, "value"));
          return name !== void 0 && value !== void 0 ? [{ name, value, ref: refTo(ctx, [...base, "env", j, "value"]) }] : [];
        })
      });
    });
  }
  draft.workloads.push({
    kind,
    name: resource.name ?? "",
    namespace: resource.namespace ?? "default",
    ref: refTo(ctx, ["metadata", "name"]),
    resource,
    podLabels: stringMap(get(ctx.data, ...templateMeta, "labels")),
    placement: placement.kind === "terms" ? { kind: "terms", terms: nodeTerms(spec) } : placement,
    containers,
    configMaps: [...configMaps].sort()
  });
}
function nodeTerms(spec) {
  const selector = Object.entries(stringMap(spec.nodeSelector)).map(([key, value]) => ({
    key,
    operator: "In",
    values: [value]
  }));
  const terms = getArray(
    spec,
    "affinity",
    "nodeAffinity",
    "requiredDuringSchedulingIgnoredDuringExecution",
    "nodeSelectorTerms"
  ).filter(isRecord).map(
    (term) => getArray(term, "matchExpressions").flatMap((expr) => {
      const key = scalarString(get(expr, "key"));
      const operator = scalarString(get(expr, "operator"));
      if (!key || !operator || !["In", "NotIn", "Exists", "DoesNotExist"].includes(operator)) return [];
      const values = getArray(expr, "values").map(scalarString).filter((v) => v !== void 0);
      return [{ key, operator, values }];
    })
  );
  if (terms.length === 0) return [selector];
  return terms.map((t) => [...selector, ...t]);
}

// src/model/kubernetes.ts
var LABEL = {
  edgeWorker: ["alibabacloud.com/is-edge-worker", "openyurt.io/is-edge-worker"],
  pool: ["apps.openyurt.io/nodepool", "apps.openyurt.io/desired-nodepool", "alibabacloud.com/nodepool-id"],
  cloudGateway: "node-role.alibabacloud.com/cloud-gateway",
  interconnectionMode: "alibabacloud.com/interconnection-mode"
};
function isKubernetesObject(data) {
  return typeof data.apiVersion === "string" && typeof data.kind === "string";
}
function readKubernetesObject(ctx, draft) {
  const data = ctx.data;
  const kind = data.kind;
  const apiVersion = data.apiVersion;
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  if (kind === "List") {
    getArray(data, "items").forEach((item, i) => {
      if (isRecord(item) && isKubernetesObject(item)) readKubernetesObject(nested(ctx, item, ["items", i]), draft);
    });
    return;
  }
  checkStringMaps(ctx, draft);
  if (kind === "Node" && group === "") readNode(ctx, draft);
  else if (kind === "NodePool" && group === "apps.openyurt.io") readNodePool(ctx, draft);
  else if (kind === "ConfigMap" && group === "") readConfigMap(ctx, draft);
  else if (kind === "Gateway" && group === "raven.openyurt.io") readGateway(ctx, draft);
  else if (kind === "Service" && group === "") readService(ctx, draft);
  else if (kind === "APIService") readApiService(ctx, draft);
  else if (kind === "ValidatingWebhookConfiguration" || kind === "MutatingWebhookConfiguration")
    readWebhooks(ctx, draft);
  else if (kind === "Ingress" && group.startsWith("networking.k8s.io") || kind === "Ingress" && group === "extensions")
    readIngress(ctx, draft);
  else if (!readGitopsObject(ctx, draft, group, kind)) readWorkloadObject(ctx, draft, group);
}
function checkStringMaps(ctx, draft) {
  const resource = k8sResource(ctx.data);
  for (const field of ["labels", "annotations"]) {
    const map2 = getRecord(ctx.data, "metadata", field);
    for (const [key, value] of Object.entries(map2 ?? {})) {
      if (typeof value === "string") continue;
      const read = value === null ? "null" : `the ${typeof value} ${String(value)}`;
      draft.invalid(
        at(ctx, ["metadata", field, key]),
        `${resource.kind} ${resource.name}: the value of ${field === "labels" ? "label" : "annotation"} ${key} is read as ${read} (YAML 1.1, as Kubernetes reads it), not a string: quote it.`,
        resource
      );
    }
  }
}
function nested(ctx, data, path) {
  return { ...ctx, data, prefix: [...ctx.prefix ?? [], ...path] };
}
function at(ctx, path, key = false) {
  return refTo(ctx, path, key ? { key: true } : {});
}
function readNode(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const labels = Object.entries(stringMap(get(ctx.data, "metadata", "labels"))).map(([key, value]) => ({
    key,
    value,
    ref: at(ctx, ["metadata", "labels", key], true)
  }));
  const find = (keys) => keys.map((k) => labels.find((l) => l.key === k)).find(Boolean) ?? null;
  const roleLabel = find(LABEL.edgeWorker);
  const role = roleLabel?.value === "true" ? "edge" : roleLabel?.value === "false" ? "cloud" : "unknown";
  const podCidrs = [];
  const podCIDRs = getArray(ctx.data, "spec", "podCIDRs");
  if (podCIDRs.length > 0) {
    podCIDRs.forEach((c, i) => {
      if (typeof c === "string")
        podCidrs.push({
          cidr: c,
          ref: at(ctx, ["spec", "podCIDRs", i]),
          origin: `Node ${resource.name} spec.podCIDRs`,
          declaredBy: "node",
          resource
        });
    });
  } else {
    const single = get(ctx.data, "spec", "podCIDR");
    if (typeof single === "string")
      podCidrs.push({
        cidr: single,
        ref: at(ctx, ["spec", "podCIDR"]),
        origin: `Node ${resource.name} spec.podCIDR`,
        declaredBy: "node",
        resource
      });
  }
  draft.nodes.push({
    name: resource.name ?? "",
    ref: at(ctx, ["metadata", "name"]),
    resource,
    labels,
    role,
    roleLabel,
    pool: find(LABEL.pool)?.value ?? null,
    podCidrs
  });
}
function readNodePool(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const annotations = stringMap(get(ctx.data, "metadata", "annotations"));
  const type2 = scalarString(get(ctx.data, "spec", "type")) ?? null;
  validateCrdObject(ctx, draft, resource);
  draft.nodePools.push({
    objectLabels: stringMap(get(ctx.data, "metadata", "labels")),
    name: resource.name ?? "",
    type: type2,
    interconnectionMode: annotations[LABEL.interconnectionMode] ?? null,
    labels: Object.entries(stringMap(get(ctx.data, "spec", "labels"))).map(([key, value]) => ({
      key,
      value,
      ref: at(ctx, ["spec", "labels", key], true)
    })),
    ref: annotations[LABEL.interconnectionMode] !== void 0 ? at(ctx, ["metadata", "annotations", LABEL.interconnectionMode]) : at(ctx, ["metadata", "name"]),
    resource
  });
}
function readConfigMap(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const data = getRecord(ctx.data, "data") ?? {};
  const flag = (name, key) => {
    const v = scalarString(data[name]);
    if (v !== void 0)
      draft.ravenSwitches.push({ key, value: v.toLowerCase() === "true", ref: at(ctx, ["data", name]) });
  };
  draft.configMaps.push({
    ref: at(ctx, ["metadata", "name"]),
    name: resource.name ?? "",
    namespace: resource.namespace ?? "default",
    entries: Object.entries(data).flatMap(
      ([key, value]) => typeof value === "string" ? [{ key, value, ref: at(ctx, ["data", key]) }] : []
    )
  });
  if (resource.name === FLANNEL_CONFIGMAP || NET_CONF_KEY in data) readFlannelConfigMap(ctx, resource, draft);
  else if (resource.name === "raven-cfg") {
    flag("enable-l3-tunnel", "enableL3Tunnel");
    flag("enable-l7-proxy", "enableL7Proxy");
  } else if (resource.name === "raven-agent-config") {
    flag("forward-node-ip", "forwardNodeIp");
  }
}
function readGateway(ctx, draft) {
  const resource = k8sResource(ctx.data);
  validateCrdObject(ctx, draft, resource);
  const port = (key) => {
    const v = scalarString(get(ctx.data, "spec", "proxyConfig", key));
    return v === void 0 ? null : { value: v, ref: at(ctx, ["spec", "proxyConfig", key]) };
  };
  draft.gateways.push({
    name: resource.name ?? "",
    ref: at(ctx, ["metadata", "name"]),
    resource,
    proxyHTTPPort: port("proxyHTTPPort"),
    proxyHTTPSPort: port("proxyHTTPSPort")
  });
}
function readService(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const selector = getRecord(ctx.data, "spec", "selector");
  const annotations = stringMap(get(ctx.data, "metadata", "annotations"));
  const topologyAware = annotations["openyurt.io/topologyKeys"] !== void 0 || scalarString(get(ctx.data, "spec", "trafficDistribution")) === "PreferClose" || scalarString(get(ctx.data, "spec", "internalTrafficPolicy")) === "Local";
  draft.services.push({
    name: resource.name ?? "",
    namespace: resource.namespace ?? "default",
    ref: at(ctx, ["metadata", "name"]),
    resource,
    selector: selector ? stringMap(selector) : null,
    topologyAware
  });
}
function readApiService(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const service = getRecord(ctx.data, "spec", "service");
  const name = scalarString(service?.name);
  if (!name) return;
  draft.apiServerCalls.push({
    kind: resource.kind,
    name: resource.name ?? "",
    service: name,
    namespace: scalarString(service?.namespace) ?? "default",
    ref: at(ctx, ["spec", "service", "name"]),
    resource
  });
}
function readWebhooks(ctx, draft) {
  const resource = k8sResource(ctx.data);
  getArray(ctx.data, "webhooks").forEach((hook, i) => {
    const service = getRecord(hook, "clientConfig", "service");
    const name = scalarString(service?.name);
    if (!name) return;
    draft.apiServerCalls.push({
      kind: resource.kind,
      name: `${resource.name}/${scalarString(get(hook, "name")) ?? i}`,
      service: name,
      namespace: scalarString(service?.namespace) ?? "default",
      ref: at(ctx, ["webhooks", i, "clientConfig", "service", "name"]),
      resource
    });
  });
}
function readIngress(ctx, draft) {
  const resource = k8sResource(ctx.data);
  const namespace = resource.namespace ?? "default";
  const backend = (b, path) => {
    const v1 = scalarString(get(b, "service", "name"));
    const old = scalarString(get(b, "serviceName"));
    if (v1)
      draft.ingressBackends.push({
        ingress: resource.name ?? "",
        service: v1,
        namespace,
        ref: at(ctx, [...path, "service", "name"]),
        resource
      });
    else if (old)
      draft.ingressBackends.push({
        ingress: resource.name ?? "",
        service: old,
        namespace,
        ref: at(ctx, [...path, "serviceName"]),
        resource
      });
  };
  backend(get(ctx.data, "spec", "defaultBackend"), ["spec", "defaultBackend"]);
  backend(get(ctx.data, "spec", "backend"), ["spec", "backend"]);
  getArray(ctx.data, "spec", "rules").forEach((rule, i) => {
    getArray(rule, "http", "paths").forEach((p, j) => {
      backend(get(p, "backend"), ["spec", "rules", i, "http", "paths", j, "backend"]);
    });
  });
}

// src/model/placement.ts
function poolLabels(pool, spec, nodes2) {
  const known = { ...spec };
  for (const key of LABEL.pool) known[key] = pool.name;
  for (const key of LABEL.edgeWorker) known[key] = pool.cloud ? "false" : "true";
  const members = nodes2.filter((n) => n.pool === pool.name).map((n) => Object.fromEntries(n.labels.map((l) => [l.key, l.value])));
  return { pool, known, nodes: members };
}
function poolsAllowed(terms, pools) {
  return pools.filter((p) => terms.some((term) => term.every((req) => mayMatch(req, p)))).map((p) => p.pool.name);
}
function selectsCreatedCloudPool(terms) {
  const known = {};
  for (const key of LABEL.edgeWorker) known[key] = "false";
  const cloud = { known, nodes: [] };
  return terms.some(
    (term) => term.some((req) => LABEL.edgeWorker.includes(req.key)) && term.every((req) => mayMatch(req, cloud))
  );
}
function mayMatch(req, pool) {
  if (Object.hasOwn(pool.known, req.key)) return matches(req, pool.known);
  if (pool.nodes.length > 0) return pool.nodes.some((labels) => matches(req, labels));
  return true;
}
function matches(req, labels) {
  const has = Object.hasOwn(labels, req.key);
  switch (req.operator) {
    case "In":
      return has && req.values.includes(labels[req.key]);
    case "NotIn":
      return !has || !req.values.includes(labels[req.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}

// src/model/service-calls.ts
var HOSTNAME = /[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)+/g;
var SHORT_NAMES = [
  /^\s*([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)(?::\d{1,5})?\s*$/i,
  /^\s*[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)(?::\d{1,5})?(?:[/?#]\S*)?\s*$/i
].map((pattern) => [pattern, new RegExp(pattern.source, "di")]);
var INGRESS_CONTROLLER = /ingress/i;
var CLOUD_DOMAIN = "vpc";
function serviceKey(host) {
  if (host.endsWith(".svc.cluster.local")) return host.slice(0, -".svc.cluster.local".length);
  return host.endsWith(".svc") ? host.slice(0, -".svc".length) : host;
}
function targetsByName(services) {
  const byName = /* @__PURE__ */ new Map();
  for (const s of services) {
    const key = `${s.name}.${s.namespace}`;
    const target = {
      name: s.name,
      namespace: s.namespace,
      ref: s.ref,
      pools: s.pools,
      domains: s.domains,
      topologyAware: s.topologyAware
    };
    const list = byName.get(key);
    if (list) list.push(target);
    else byName.set(key, [target]);
  }
  return byName;
}
function findServiceCalls(draft, workloads, byName) {
  const mentions = (text, namespace) => {
    const out = [];
    if (text.includes(".")) {
      for (const m of text.toLowerCase().matchAll(HOSTNAME)) {
        const targets = byName.get(serviceKey(m[0]));
        if (targets) out.push({ targets, span: [m.index, m.index + m[0].length] });
      }
    }
    for (const [pattern, withIndices] of SHORT_NAMES) {
      const m = pattern.exec(text);
      const targets = m ? byName.get(`${m[1].toLowerCase()}.${namespace}`) : void 0;
      if (targets) out.push({ targets, span: withIndices.exec(text).indices[1] });
    }
    return out;
  };
  const at2 = (ref, span, whole) => span[0] === 0 && span[1] === whole.length ? ref : { ...ref, span };
  const calls = [];
  const configMaps = new Map(draft.configMaps.map((m) => [`${m.name}.${m.namespace}`, m]));
  const push = (w, client, text, ref, via) => {
    for (const { targets, span } of mentions(text, w.namespace)) {
      calls.push({
        client,
        clientRef: w.ref,
        clientDomains: w.domains,
        resource: w.resource,
        service: targets[0].name,
        namespace: targets[0].namespace,
        targets,
        ref: at2(ref, span, text),
        via
      });
    }
  };
  for (const w of workloads) {
    const client = `${w.kind} ${w.namespace}/${w.name}`;
    for (const c of w.containers) for (const e of c.env) push(w, client, e.value, e.ref, "env");
    for (const name of w.configMaps) {
      const cm = configMaps.get(`${name}.${w.namespace}`);
      if (cm) for (const entry of cm.entries) push(w, client, entry.value, entry.ref, "configmap");
    }
  }
  const controllers = workloads.filter((w) => w.containers.some((c) => c.image && INGRESS_CONTROLLER.test(c.image)));
  const controllerDomains = controllers.length ? [...new Set(controllers.flatMap((w) => w.domains))].sort() : [CLOUD_DOMAIN];
  for (const b of draft.ingressBackends) {
    const targets = byName.get(`${b.service}.${b.namespace}`);
    if (!targets) continue;
    calls.push({
      client: `The ingress controller (for Ingress ${b.namespace}/${b.ingress})`,
      clientRef: controllers[0]?.ref ?? b.ref,
      clientDomains: controllerDomains,
      service: targets[0].name,
      namespace: targets[0].namespace,
      targets,
      ref: b.ref,
      via: "ingress",
      resource: b.resource
    });
  }
  return calls;
}

// src/model/template-values.ts
var isScalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
function templateResources(ctx) {
  const resources = getRecord(ctx.data, "Resources");
  if (!resources) return [];
  const out = [];
  for (const [logicalId, body] of Object.entries(resources)) {
    if (!isRecord(body) || typeof body.Type !== "string") continue;
    out.push({
      logicalId,
      type: body.Type,
      properties: isRecord(body.Properties) ? body.Properties : {},
      path: ["Resources", logicalId, "Properties"],
      resource: { kind: body.Type, name: logicalId, namespace: null }
    });
  }
  return out;
}
function resolveProperty(ctx, res, ...path) {
  const value = get(res.properties, ...path);
  if (value === void 0 || value === null) return void 0;
  return resolveValue(ctx, value, [...res.path, ...path]);
}
function resolveValue(ctx, value, path) {
  const ref = refTo(ctx, path);
  if (isScalar(value)) return { known: true, value, ref };
  if (isRecord(value) && typeof value.Ref === "string" && Object.keys(value).length === 1) {
    const name = value.Ref;
    const parameter = getRecord(ctx.data, "Parameters", name);
    if (parameter) {
      const def = parameter.Default;
      if (isScalar(def)) {
        return { known: true, value: def, ref: refTo(ctx, ["Parameters", name, "Default"]), via: ref };
      }
      return {
        known: false,
        reason: `parameter ${name} has no Default: the value is chosen at deployment`,
        ref,
        parameter: name
      };
    }
    if (getRecord(ctx.data, "Resources", name)) return { known: true, resourceRef: name, ref };
    return {
      known: false,
      reason: `Ref to ${name}, which is neither a Parameter nor a Resource of this template`,
      ref
    };
  }
  const fn = isRecord(value) && Object.keys(value).length === 1 ? Object.keys(value)[0] : void 0;
  const args = fn ? value[fn] : void 0;
  const findInMap = fn === "Fn::FindInMap" ? args : void 0;
  if (Array.isArray(findInMap) && findInMap.length === 3 && findInMap.every((k) => typeof k === "string")) {
    const [map2, first, second] = findInMap;
    const entry = get(ctx.data, "Mappings", map2, first, second);
    if (isScalar(entry)) {
      return { known: true, value: entry, ref: refTo(ctx, ["Mappings", map2, first, second]), via: ref };
    }
    return { known: false, reason: `Fn::FindInMap finds no ${map2}.${first}.${second} in Mappings`, ref };
  }
  if (fn === "Fn::Sub") return substitute(ctx, args, [...path, fn], ref);
  if (fn === "Fn::Join") return join(ctx, args, [...path, fn], ref);
  if (fn === "Fn::Select") return select(ctx, args, [...path, fn], ref);
  return { known: false, reason: fn ? `${fn} is evaluated at deployment` : "not a scalar value", ref };
}
var through = (value, ref) => ({ known: true, value, ref });
function unknownPart(part, fn, ref) {
  if (part.known) return { known: false, reason: `${fn} uses a resource's value, known only at deployment`, ref };
  return part;
}
function substitute(ctx, args, path, ref) {
  const [text, vars] = Array.isArray(args) ? [args[0], args[1]] : [args, void 0];
  if (typeof text !== "string") return { known: false, reason: "Fn::Sub is evaluated at deployment", ref };
  let failed;
  const out = text.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang, name) => {
    if (bang) return `\${${name}}`;
    if (failed) return whole;
    const part = isRecord(vars) && Object.hasOwn(vars, name) ? resolveValue(ctx, vars[name], [...path, 1, name]) : name.includes(".") ? { known: false, reason: `Fn::Sub reads \${${name}}, known only at deployment`, ref } : resolveValue(ctx, { Ref: name }, path);
    if (part.known && "value" in part) return String(part.value);
    failed = unknownPart(part, "Fn::Sub", ref);
    return whole;
  });
  return failed ?? through(out, ref);
}
function join(ctx, args, path, ref) {
  if (!Array.isArray(args) || typeof args[0] !== "string")
    return { known: false, reason: "Fn::Join is evaluated at deployment", ref };
  const list = listOf(ctx, args[1], [...path, 1], ref);
  if (!Array.isArray(list)) return { known: false, reason: "Fn::Join is evaluated at deployment", ref };
  const parts = [];
  for (const part of list) {
    if (!part.known || !("value" in part)) return unknownPart(part, "Fn::Join", ref);
    parts.push(String(part.value));
  }
  return through(parts.join(args[0]), ref);
}
function select(ctx, args, path, ref) {
  if (!Array.isArray(args) || args.length !== 2)
    return { known: false, reason: "Fn::Select is evaluated at deployment", ref };
  const index = resolveValue(ctx, args[0], [...path, 0]);
  if (!index.known || !("value" in index)) return unknownPart(index, "Fn::Select", ref);
  const list = listOf(ctx, args[1], [...path, 1], ref);
  if (!Array.isArray(list)) return { known: false, reason: "Fn::Select is evaluated at deployment", ref };
  const i = Number(index.value);
  const picked = Number.isInteger(i) ? list[i] : void 0;
  if (!picked) return { known: false, reason: `Fn::Select index ${String(index.value)} is outside the list`, ref };
  return picked;
}
function listOf(ctx, value, path, ref) {
  if (Array.isArray(value)) return value.map((v, i) => resolveValue(ctx, v, [...path, i]));
  const split = isRecord(value) && Object.keys(value).length === 1 ? value["Fn::Split"] : void 0;
  if (Array.isArray(split) && typeof split[0] === "string") {
    const text = resolveValue(ctx, split[1], [...path, "Fn::Split", 1]);
    if (!text.known || !("value" in text)) return unknownPart(text, "Fn::Split", ref);
    return String(text.value).split(split[0]).map((v) => through(v, ref));
  }
  return { known: false, reason: "the list is evaluated at deployment", ref };
}

// src/model/security-groups.ts
var INGRESS_PEERS = ["SourceCidrIp", "CidrIp", "Ipv6SourceCidrIp", "CidrIpv6"];
var EGRESS_PEERS = ["DestCidrIp", "CidrIp", "Ipv6DestCidrIp", "CidrIpv6"];
var INGRESS_GROUPS = ["SourceGroupId", "SourceSecurityGroupId", "SourceSecurityGroupName", "SourcePrefixListId"];
var EGRESS_GROUPS = ["DestGroupId", "DestinationSecurityGroupId", "DestinationPrefixListId"];
function valueAt(ctx, item, key, path) {
  const v = item[key];
  if (v === void 0 || v === null || v === "") return null;
  const resolved3 = resolveValue(ctx, v, [...path, key]);
  if (!resolved3.known)
    return { unknown: { ref: resolved3.ref, reason: resolved3.reason, name: resolved3.parameter ?? key } };
  return "resourceRef" in resolved3 ? resolved3.resourceRef : String(resolved3.value);
}
var lower = (v) => typeof v === "string" ? v.toLowerCase() : v;
function readTemplateSecurityGroup(ctx, res, draft) {
  const aws = res.type.startsWith("AWS::");
  const name = scalarString(res.properties.SecurityGroupName) ?? scalarString(res.properties.GroupName);
  const type2 = lower(valueAt(ctx, res.properties, "SecurityGroupType", res.path));
  const group = {
    id: res.logicalId,
    names: [res.logicalId, ...name ? [name] : []],
    provider: aws ? "aws" : "alibaba",
    type: type2 === "enterprise" ? "enterprise" : "basic",
    typeUnknown: typeof type2 === "object" && type2 !== null ? type2.unknown : null,
    innerAccessPolicy: null,
    vpc: referenceOrValue(ctx, res, "VpcId"),
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    rules: [],
    implicitAllowEgress: aws && res.properties.SecurityGroupEgress === void 0
  };
  for (const direction of ["ingress", "egress"]) {
    const key = direction === "ingress" ? "SecurityGroupIngress" : "SecurityGroupEgress";
    getArray(res.properties, key).forEach((item, i) => {
      if (isRecord(item)) group.rules.push(readRule(ctx, item, [...res.path, key, i], direction));
    });
  }
  draft.securityGroups.push(group);
}
function readTemplateSecurityGroupRule(ctx, res, draft) {
  const aws = res.type.startsWith("AWS::");
  const direction = res.type.endsWith("Ingress") ? "ingress" : "egress";
  const groupKey = aws ? res.properties.GroupId !== void 0 ? "GroupId" : "GroupName" : "SecurityGroupId";
  const groupId = referenceOrValue(ctx, res, groupKey);
  if (!groupId) return;
  draft.looseRules.push({
    groupId,
    provider: aws ? "aws" : "alibaba",
    rule: readRule(ctx, res.properties, res.path, direction)
  });
}
function referenceOrValue(ctx, res, key) {
  return referenceAt(ctx, res.properties[key], [...res.path, key]);
}
function referenceAt(ctx, value, path) {
  if (value === void 0 || value === null) return null;
  const resolved3 = resolveValue(ctx, value, path);
  if (!resolved3.known) {
    const getAtt = get(value, "Fn::GetAtt");
    return Array.isArray(getAtt) && typeof getAtt[0] === "string" ? getAtt[0] : null;
  }
  return "resourceRef" in resolved3 ? resolved3.resourceRef : String(resolved3.value);
}
function isSecurityGroupExport(data) {
  return typeof data.SecurityGroupId === "string" && isRecord(data.Permissions);
}
function readSecurityGroupExport(ctx, draft) {
  const data = ctx.data;
  const id = String(data.SecurityGroupId);
  const name = scalarString(data.SecurityGroupName);
  const inner = scalarString(data.InnerAccessPolicy)?.toLowerCase();
  const group = {
    id,
    names: [id, ...name ? [name] : []],
    provider: "alibaba",
    type: scalarString(data.SecurityGroupType)?.toLowerCase() === "enterprise" ? "enterprise" : "basic",
    typeUnknown: null,
    innerAccessPolicy: inner === "accept" || inner === "drop" ? inner : null,
    vpc: scalarString(data.VpcId) ?? null,
    ref: refTo(ctx, ["SecurityGroupId"]),
    resource: { kind: "SecurityGroup", name: id, namespace: null },
    rules: [],
    implicitAllowEgress: false
  };
  getArray(data, "Permissions", "Permission").forEach((item, i) => {
    if (!isRecord(item)) return;
    const direction = scalarString(item.Direction)?.toLowerCase() === "egress" ? "egress" : "ingress";
    group.rules.push(readRule(ctx, item, ["Permissions", "Permission", i], direction));
  });
  draft.securityGroups.push(group);
}
function readPeers(ctx, item, keys, path) {
  const cidrs = [];
  for (const key of keys) {
    const value = valueAt(ctx, item, key, path);
    if (value === null) continue;
    if (typeof value === "object") return { cidrs: [], unknown: value.unknown };
    let offset = 0;
    for (const part of value.split(",")) {
      const cidr = part.trim();
      const start = offset + part.indexOf(cidr);
      offset += part.length + 1;
      const ref = refTo(ctx, [...path, key], value.includes(",") ? { span: [start, start + cidr.length] } : {});
      if (cidr) cidrs.push({ cidr, ref });
    }
  }
  return { cidrs, unknown: null };
}
function readRule(ctx, item, path, direction) {
  const value = (key) => valueAt(ctx, item, key, path);
  const peers = readPeers(ctx, item, direction === "ingress" ? INGRESS_PEERS : EGRESS_PEERS, path);
  const groups = (direction === "ingress" ? INGRESS_GROUPS : EGRESS_GROUPS).map(value).find((v) => v !== null);
  return {
    direction,
    protocol: lower(value("IpProtocol")),
    portRange: value("PortRange"),
    fromPort: value("FromPort"),
    toPort: value("ToPort"),
    peerCidrs: peers.cidrs,
    peersUnknown: peers.unknown,
    peerGroup: groups === void 0 || groups === null ? null : typeof groups === "string" ? groups : groups.unknown.name,
    policy: lower(value("Policy")),
    priority: value("Priority"),
    ref: refTo(ctx, path)
  };
}
function readNetworkAcl(ctx, res, draft) {
  const acl = {
    id: res.logicalId,
    provider: res.type.startsWith("AWS::") ? "aws" : "alibaba",
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    entries: []
  };
  for (const [key, egress] of [
    ["IngressAclEntries", false],
    ["EgressAclEntries", true]
  ]) {
    getArray(res.properties, key).forEach((item, i) => {
      if (isRecord(item)) acl.entries.push(readAlibabaAclEntry(ctx, item, [...res.path, key, i], egress, i));
    });
  }
  draft.networkAcls.push(acl);
}
function readAlibabaAclEntry(ctx, item, path, egress, position2) {
  const value = (key) => valueAt(ctx, item, key, path);
  const peers = readPeers(ctx, item, egress ? ["DestinationCidrIp"] : ["SourceCidrIp"], path);
  return {
    ruleNumber: String(position2 + 1),
    protocol: lower(value("Protocol")),
    action: lower(value("Policy")),
    egress,
    cidr: peers.cidrs[0] ?? null,
    cidrUnknown: peers.unknown,
    fromPort: null,
    toPort: null,
    portRange: value("Port"),
    ref: refTo(ctx, path)
  };
}
function readNetworkAclEntry(ctx, res, draft) {
  const acl = referenceOrValue(ctx, res, "NetworkAclId");
  if (!acl) return;
  const p = res.properties;
  const value = (key, at2 = []) => valueAt(ctx, get(p, ...at2), key, [...res.path, ...at2]);
  const cidrKey = p.CidrBlock !== void 0 ? "CidrBlock" : "Ipv6CidrBlock";
  const peers = readPeers(ctx, p, [cidrKey], res.path);
  const egress = value("Egress");
  const portRange = isRecord(p.PortRange) ? ["PortRange"] : void 0;
  const entry = {
    ruleNumber: value("RuleNumber"),
    protocol: value("Protocol"),
    action: lower(value("RuleAction")),
    // Real templates quote booleans: Egress: "false".
    egress: typeof egress === "string" && egress.toLowerCase() === "true",
    cidr: peers.cidrs[0] ?? null,
    cidrUnknown: peers.unknown,
    fromPort: portRange ? value("From", portRange) : null,
    toPort: portRange ? value("To", portRange) : null,
    portRange: null,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true })
  };
  draft.looseAclEntries.push({ acl, entry, resource: res.resource });
}
function isNetworkAclExport(data) {
  const attribute = isRecord(data.NetworkAclAttribute) ? data.NetworkAclAttribute : data;
  return typeof attribute.NetworkAclId === "string" && (attribute.IngressAclEntries !== void 0 || attribute.EgressAclEntries !== void 0);
}
function readNetworkAclExport(ctx, draft) {
  const base = isRecord(ctx.data.NetworkAclAttribute) ? ["NetworkAclAttribute"] : [];
  const attribute = base.length ? ctx.data.NetworkAclAttribute : ctx.data;
  const id = String(attribute.NetworkAclId);
  const acl = {
    id,
    provider: "alibaba",
    ref: refTo(ctx, [...base, "NetworkAclId"]),
    resource: { kind: "NetworkAcl", name: id, namespace: null },
    entries: []
  };
  for (const [key, inner, egress] of [
    ["IngressAclEntries", "IngressAclEntry", false],
    ["EgressAclEntries", "EgressAclEntry", true]
  ]) {
    const wrapped = isRecord(attribute[key]);
    const list = wrapped ? getArray(attribute, key, inner) : getArray(attribute, key);
    const at2 = wrapped ? [...base, key, inner] : [...base, key];
    list.forEach((item, i) => {
      if (isRecord(item)) acl.entries.push(readAlibabaAclEntry(ctx, item, [...at2, i], egress, i));
    });
  }
  draft.networkAcls.push(acl);
}

// src/model/stacks.ts
var ACK_CLUSTER_TYPES = /* @__PURE__ */ new Set([
  "ALIYUN::CS::ManagedEdgeKubernetesCluster",
  "ALIYUN::CS::ManagedKubernetesCluster"
]);
var VPC_TYPES = /* @__PURE__ */ new Set(["ALIYUN::ECS::VPC", "AWS::EC2::VPC"]);
var NESTED_STACK_TYPES = /* @__PURE__ */ new Set(["ALIYUN::ROS::Stack", "AWS::CloudFormation::Stack"]);
var VPC_MEMBERS = {
  "ALIYUN::ECS::VSwitch": "VpcId",
  "AWS::EC2::Subnet": "VpcId",
  "ALIYUN::ECS::SecurityGroup": "VpcId",
  "AWS::EC2::SecurityGroup": "VpcId",
  "AWS::EC2::NetworkAcl": "VpcId",
  "ALIYUN::VPC::NetworkAcl": "VpcId",
  // Instances whose groups guard them, when they are nodes (src/rules/firewall/guards.ts).
  "ALIYUN::ECS::Instance": "VpcId",
  "ALIYUN::ECS::InstanceGroup": "VpcId"
};
var CHILD_MEMBERS = {
  "ALIYUN::ECS::SecurityGroupIngress": ["SecurityGroupId"],
  "ALIYUN::ECS::SecurityGroupEgress": ["SecurityGroupId"],
  "AWS::EC2::SecurityGroupIngress": ["GroupId", "GroupName"],
  "AWS::EC2::SecurityGroupEgress": ["GroupId"],
  "AWS::EC2::NetworkAclEntry": ["NetworkAclId"],
  "ALIYUN::VPC::NetworkAclEntry": ["NetworkAclId"],
  "AWS::EC2::SubnetNetworkAclAssociation": ["NetworkAclId"],
  "ALIYUN::VPC::NetworkAclAssociation": ["NetworkAclId"],
  // A node pool belongs with its cluster: its scaling group's SecurityGroupId guards the nodes.
  "ALIYUN::CS::ClusterNodePool": ["ClusterId"]
};
function readStack(ctx, resources) {
  const types2 = new Map(resources.map((r) => [r.logicalId, r.type]));
  const link = (value) => vpcLink(ctx, value, types2);
  const stack = {
    file: ctx.file,
    doc: ctx.doc,
    clusters: [],
    vpcs: [],
    members: [],
    nested: [],
    outputs: {}
  };
  for (const res of resources) {
    if (VPC_TYPES.has(res.type)) stack.vpcs.push(res.logicalId);
    if (ACK_CLUSTER_TYPES.has(res.type)) {
      stack.clusters.push({
        logicalId: res.logicalId,
        type: res.type,
        vpc: link(res.properties.VpcId),
        securityGroup: nameOf(res.properties.SecurityGroupId),
        ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
        vpcRef: refTo(ctx, [...res.path, "VpcId"])
      });
    } else if (VPC_MEMBERS[res.type]) {
      stack.members.push({
        logicalId: res.logicalId,
        type: res.type,
        vpc: link(res.properties[VPC_MEMBERS[res.type]]),
        parent: null
      });
    } else if (CHILD_MEMBERS[res.type]) {
      const parent = CHILD_MEMBERS[res.type].map((key) => nameOf(res.properties[key])).find((v) => v !== null) ?? null;
      stack.members.push({ logicalId: res.logicalId, type: res.type, vpc: null, parent });
    } else if (NESTED_STACK_TYPES.has(res.type) && typeof res.properties.TemplateURL === "string") {
      stack.nested.push({ logicalId: res.logicalId, templateUrl: res.properties.TemplateURL });
    }
  }
  const outputs = get(ctx.data, "Outputs");
  if (isRecord(outputs)) {
    for (const [name, output] of Object.entries(outputs)) {
      const l = link(get(output, "Value"));
      if (l.kind === "resource") stack.outputs[name] = l;
    }
  }
  return stack;
}
function nameOf(value) {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return null;
  if (typeof value.Ref === "string") return value.Ref;
  const getAtt = value["Fn::GetAtt"];
  return Array.isArray(getAtt) && typeof getAtt[0] === "string" ? getAtt[0] : null;
}
function vpcLink(ctx, value, types2) {
  if (value === void 0 || value === null) return { kind: "unknown", reason: "no VpcId" };
  if (typeof value === "string") return { kind: "literal", id: value };
  if (!isRecord(value)) return { kind: "unknown", reason: "VpcId is not a value edgenet reads" };
  if (typeof value.Ref === "string") {
    const target = value.Ref;
    if (VPC_TYPES.has(types2.get(target) ?? "")) return { kind: "resource", id: target };
    const def = get(ctx.data, "Parameters", target, "Default");
    if (typeof def === "string" && def !== "") return { kind: "literal", id: def };
    return { kind: "unknown", reason: `VpcId is the Parameter ${target}, chosen at deployment` };
  }
  const getAtt = value["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string") {
    const [target, attribute] = getAtt;
    if (VPC_TYPES.has(types2.get(target) ?? "")) return { kind: "resource", id: target };
    if (NESTED_STACK_TYPES.has(types2.get(target) ?? "") && typeof attribute === "string" && attribute.startsWith("Outputs.")) {
      return { kind: "nested", stack: target, output: attribute.slice("Outputs.".length) };
    }
  }
  const branches = value["Fn::If"];
  if (Array.isArray(branches) && branches.length === 3) {
    const created = [branches[1], branches[2]].map((b) => vpcLink(ctx, b, types2)).find((l) => l.kind === "resource");
    if (created) return created;
  }
  const fn = Object.keys(value)[0];
  return { kind: "unknown", reason: `VpcId is ${fn}, evaluated at deployment` };
}

// src/model/templates.ts
var CIDR_PROPERTIES = {
  "ALIYUN::ECS::VPC": [{ property: "CidrBlock", kind: "vpc", origin: "VPC" }],
  "ALIYUN::ECS::VSwitch": [{ property: "CidrBlock", kind: "vswitch", origin: "vSwitch" }],
  "ALIYUN::CS::ManagedEdgeKubernetesCluster": [
    { property: "ContainerCidr", kind: "pod", origin: "ROS ContainerCidr" },
    { property: "ServiceCidr", kind: "service", origin: "ROS ServiceCidr" }
  ],
  "ALIYUN::CS::ManagedKubernetesCluster": [
    { property: "ContainerCidr", kind: "pod", origin: "ROS ContainerCidr" },
    { property: "ServiceCidr", kind: "service", origin: "ROS ServiceCidr" }
  ],
  "AWS::EC2::VPC": [{ property: "CidrBlock", kind: "vpc", origin: "VPC" }],
  "AWS::EC2::Subnet": [{ property: "CidrBlock", kind: "vswitch", origin: "subnet" }]
};
var ACK_CLUSTERS = /* @__PURE__ */ new Set(["ALIYUN::CS::ManagedEdgeKubernetesCluster", "ALIYUN::CS::ManagedKubernetesCluster"]);
var CLUSTER_SECURITY_GROUP = /* @__PURE__ */ new Set(["ALIYUN::CS::ManagedKubernetesCluster"]);
var INSTANCES = /* @__PURE__ */ new Set(["ALIYUN::ECS::Instance", "ALIYUN::ECS::InstanceGroup"]);
function readAckCluster(ctx, res, draft) {
  const mask = resolveProperty(ctx, res, "NodeCidrMask");
  const hasGroup = CLUSTER_SECURITY_GROUP.has(res.type) && res.properties.SecurityGroupId !== void 0;
  draft.ackClusters.push({
    kind: "cluster",
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    nodeCidrMaskSet: mask !== void 0,
    securityGroupId: hasGroup ? referenceOrValue(ctx, res, "SecurityGroupId") : null,
    securityGroupRef: hasGroup ? refTo(ctx, [...res.path, "SecurityGroupId"]) : null,
    vpc: referenceOrValue(ctx, res, "VpcId")
  });
  if (!mask) return;
  if (!mask.known || "resourceRef" in mask) {
    draft.unknowns.push({
      what: `NodeCidrMask of ${res.logicalId}`,
      reason: mask.known ? "a Ref to a resource" : mask.reason,
      ref: mask.ref,
      resource: res.resource
    });
    return;
  }
  if (typeof mask.value === "boolean") {
    draft.invalid(mask.ref, `NodeCidrMask of ${res.logicalId} must be a number`, res.resource);
    return;
  }
  draft.masks.push({
    value: mask.value,
    family: 4,
    ref: mask.ref,
    origin: `ROS NodeCidrMask ${res.logicalId}`,
    declaredBy: "template",
    resource: res.resource
  });
}
function groupsNamed(ctx, res, at2) {
  const out = [];
  const one = get(res.properties, ...at2, "SecurityGroupId");
  const path = [...res.path, ...at2];
  const id = referenceAt(ctx, one, [...path, "SecurityGroupId"]);
  if (id) out.push({ id, ref: refTo(ctx, [...path, "SecurityGroupId"]) });
  getArray(res.properties, ...at2, "SecurityGroupIds").forEach((v, i) => {
    const each = referenceAt(ctx, v, [...path, "SecurityGroupIds", i]);
    if (each) out.push({ id: each, ref: refTo(ctx, [...path, "SecurityGroupIds", i]) });
  });
  return out;
}
function readNodePool2(ctx, res, draft) {
  const type2 = resolveProperty(ctx, res, "NodePoolInfo", "Type");
  draft.ackClusters.push({
    kind: "node-pool",
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    cluster: referenceOrValue(ctx, res, "ClusterId"),
    edge: type2?.known === true && "value" in type2 && String(type2.value).toLowerCase() === "edge",
    hostNames: [],
    securityGroups: groupsNamed(ctx, res, ["ScalingGroup"])
  });
}
function readInstance(ctx, res, draft) {
  const hostNames = [];
  for (const key of ["InstanceName", "HostName"]) {
    const v = resolveProperty(ctx, res, key);
    if (v?.known && "value" in v && typeof v.value === "string") hostNames.push(v.value);
  }
  draft.ackClusters.push({
    kind: "instance",
    type: res.type,
    logicalId: res.logicalId,
    ref: refTo(ctx, res.path.slice(0, -1), { key: true }),
    resource: res.resource,
    cluster: null,
    edge: false,
    hostNames,
    securityGroups: groupsNamed(ctx, res, [])
  });
}
function isTemplate(data) {
  if ("ROSTemplateFormatVersion" in data || "AWSTemplateFormatVersion" in data) return true;
  const resources = data.Resources;
  return isRecord(resources) && Object.values(resources).some((r) => isRecord(r) && typeof r.Type === "string" && /^(ALIYUN|AWS)::/.test(r.Type));
}
function readTemplate(ctx, draft) {
  const resources = templateResources(ctx);
  draft.stacks.push(readStack(ctx, resources));
  for (const res of resources) {
    for (const { property, kind, origin } of CIDR_PROPERTIES[res.type] ?? []) {
      draft.addResolvedCidr(kind, resolveProperty(ctx, res, property), `${origin} ${res.logicalId}`, res.resource);
    }
    if (ACK_CLUSTERS.has(res.type)) readAckCluster(ctx, res, draft);
    else if (res.type === "ALIYUN::CS::ClusterNodePool") readNodePool2(ctx, res, draft);
    else if (INSTANCES.has(res.type)) readInstance(ctx, res, draft);
    if (res.type === "ALIYUN::ECS::SecurityGroup" || res.type === "AWS::EC2::SecurityGroup")
      readTemplateSecurityGroup(ctx, res, draft);
    else if (/^(ALIYUN::ECS|AWS::EC2)::SecurityGroup(Ingress|Egress)$/.test(res.type))
      readTemplateSecurityGroupRule(ctx, res, draft);
    else if (res.type === "AWS::EC2::NetworkAcl" || res.type === "ALIYUN::VPC::NetworkAcl")
      readNetworkAcl(ctx, res, draft);
    else if (res.type === "AWS::EC2::NetworkAclEntry") readNetworkAclEntry(ctx, res, draft);
  }
}

// src/model/build-model.ts
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
var CHART_FILE = /(^|\/)Chart\.yaml$/;
function readFile(file, draft) {
  const kinds = /* @__PURE__ */ new Set();
  const kustomization = KUSTOMIZATION_FILE.test(file.file);
  const chart = CHART_FILE.test(file.file);
  for (const { index, data } of file.documents) {
    if (!isRecord(data)) continue;
    if (kustomization || chart) {
      (kustomization ? draft.kustomizations : draft.charts).push({ file: file.file, doc: index, data });
      continue;
    }
    const ctx = { file: file.file, doc: index, data };
    if (isKubeadmClusterConfiguration(data)) {
      readKubeadm(ctx, draft);
      kinds.add("kubernetes");
    } else if (isKubernetesObject(data)) {
      readKubernetesObject(ctx, draft);
      kinds.add("kubernetes");
    } else if (isTemplate(data)) {
      readTemplate(ctx, draft);
      kinds.add("cloud");
    } else if (isSecurityGroupExport(data)) {
      readSecurityGroupExport(ctx, draft);
      kinds.add("cloud");
    } else if (isNetworkAclExport(data)) {
      readNetworkAclExport(ctx, draft);
      kinds.add("cloud");
    }
  }
  return kinds;
}
function finishModel(draft, settings) {
  const config = settings.values;
  const configCidrs = readConfigCidrs(settings);
  const { securityGroups, networkAcls } = attachLooseRules(draft);
  const sites = readSites(settings);
  const pools = assemblePools(draft, sites, settings);
  const poolByName = new Map(pools.map((p) => [p.name, p]));
  const nodes2 = draft.nodes.map((n) => {
    if (n.role !== "unknown" || n.pool === null) return n;
    const pool = poolByName.get(n.pool);
    return pool ? { ...n, role: pool.cloud ? "cloud" : "edge" } : n;
  });
  const labelled = pools.map((p) => poolLabels(p, Object.fromEntries(p.labels.map((l) => [l.key, l.value])), nodes2));
  const domainOf = new Map(pools.map((p) => [p.name, p.domain]));
  const domains = (names) => sortedUnique(names.map((n) => domainOf.get(n)).filter((d) => d !== void 0));
  const createdCloudPool = !pools.some((p) => p.cloud);
  const placed = /* @__PURE__ */ new Map();
  const placementOf = (placement) => {
    const key = JSON.stringify(placement);
    let known = placed.get(key);
    if (!known) {
      const allowed = placedPools(placement, labelled, draft);
      const inDomains = domains(allowed);
      const cloud = createdCloudPool && placement.kind === "terms" && selectsCreatedCloudPool(placement.terms ?? [[]]);
      known = { pools: allowed, domains: cloud ? sortedUnique([...inDomains, CLOUD_DOMAIN]) : inDomains };
      placed.set(key, known);
    }
    return known;
  };
  const workloads = draft.workloads.map((w) => {
    const { pools: allowed, domains: inDomains } = placementOf(w.placement);
    return {
      kind: w.kind,
      name: w.name,
      namespace: w.namespace,
      ref: w.ref,
      resource: w.resource,
      podLabels: w.podLabels,
      containers: w.containers,
      configMaps: w.configMaps,
      pools: allowed,
      domains: inDomains
    };
  });
  const byLabel = indexByLabel(workloads);
  const services = draft.services.map((s) => {
    const backing = backingWorkloads(s.selector, s.namespace, byLabel);
    return {
      name: s.name,
      namespace: s.namespace,
      ref: s.ref,
      resource: s.resource,
      selector: s.selector,
      topologyAware: s.topologyAware,
      workloads: backing.map((w) => `${w.kind}/${w.namespace}/${w.name}`),
      pools: sortedUnique(backing.flatMap((w) => w.pools)),
      domains: sortedUnique(backing.flatMap((w) => w.domains))
    };
  });
  const targets = targetsByName(services);
  const located = (key) => {
    const value = config[key];
    return value === void 0 ? null : { value, ref: settings.ref([key]) };
  };
  const configVersion = located("edgeControllerManagerVersion");
  const controllerVersions = [
    ...configVersion ? [{ ...configVersion, origin: settings.origin("edgeControllerManagerVersion") }] : [],
    ...draft.controllerVersions
  ];
  const model = {
    podCidrs: [...draft.cidrs.pod, ...configCidrs.pod],
    nodeCidrMasks: [...draft.masks, ...configCidrs.masks],
    ackClusters: draft.ackClusters.filter((r) => r.kind === "cluster"),
    nodeHosts: draft.ackClusters.filter((r) => r.kind !== "cluster"),
    serviceCidrs: [...draft.cidrs.service, ...configCidrs.service],
    vpcCidrs: [...draft.cidrs.vpc, ...configCidrs.vpc],
    vswitchCidrs: draft.cidrs.vswitch,
    unknowns: draft.unknowns,
    nodes: nodes2,
    pools,
    sites,
    flannel: draft.flannel,
    raven: { ...ravenSettings(draft), gateways: draft.gateways },
    securityGroups,
    networkAcls,
    workloads,
    services,
    apiServerCalls: draft.apiServerCalls.map((c) => ({
      ...c,
      targets: targets.get(`${c.service}.${c.namespace}`) ?? []
    })),
    serviceCalls: findServiceCalls(draft, workloads, targets),
    controllerVersions,
    cluster: {
      name: settings.name,
      apiServerReachesEdge: located("apiServerReachesEdge"),
      edgeControllerManagerVersion: configVersion,
      nodeCidrMask: located("nodeCidrMask"),
      maxNodes: located("maxNodes"),
      maxPodsPerNode: located("maxPodsPerNode"),
      cloudSecurityGroups: config.cloudSecurityGroups?.length ? located("cloudSecurityGroups") : null
    }
  };
  return { model, findings: draft.findings };
}
function sortedUnique(values) {
  return values.length < 2 ? values : [...new Set(values)].sort();
}
function placedPools(placement, labelled, draft) {
  if (placement.kind === "pools") return labelled.map((p) => p.pool.name).filter((n) => placement.pools.includes(n));
  if (placement.kind === "poolSelector") {
    const objects = new Map(draft.nodePools.map((o) => [o.name, o.objectLabels]));
    return labelled.map((p) => p.pool.name).filter((n) => selects(placement.selector, objects.get(n) ?? {}));
  }
  return poolsAllowed(placement.terms ?? [[]], labelled);
}
function indexByLabel(workloads) {
  const index = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    for (const [k, v] of Object.entries(w.podLabels)) {
      const key = `${w.namespace}\0${k}=${v}`;
      const list = index.get(key);
      if (list) list.push(w);
      else index.set(key, [w]);
    }
  }
  return index;
}
function backingWorkloads(selector, namespace, byLabel) {
  const entries = Object.entries(selector ?? {});
  if (entries.length === 0) return [];
  const [k, v] = entries[0];
  return (byLabel.get(`${namespace}\0${k}=${v}`) ?? []).filter((w) => selects(selector, w.podLabels));
}
function selects(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function ravenSettings(draft) {
  const last = (key) => {
    const found = draft.ravenSwitches.filter((r) => r.key === key).at(-1);
    return found ? { value: found.value, ref: found.ref } : null;
  };
  return {
    enableL3Tunnel: last("enableL3Tunnel"),
    enableL7Proxy: last("enableL7Proxy"),
    forwardNodeIp: last("forwardNodeIp")
  };
}
var CONFIG_RESOURCE = { kind: "EdgenetConfig", name: null, namespace: null };
var CONFIG_CIDRS = [
  { key: "podCidrs", kind: "pod", words: "" },
  { key: "serviceCidrs", kind: "service", words: "" },
  { key: "vpcCidrs", kind: "vpc", words: "VPC " }
];
function readConfigCidrs(settings) {
  const out = { pod: [], service: [], vpc: [], masks: [] };
  for (const { key, kind, words } of CONFIG_CIDRS) {
    const origin = words ? `${words}(${settings.origin(key)})` : settings.origin(key);
    (settings.values[key] ?? []).forEach((cidr, i) => {
      out[kind].push({ cidr, ref: settings.ref([key, i]), origin, declaredBy: "config", resource: CONFIG_RESOURCE });
    });
  }
  for (const [key, family] of [
    ["nodeCidrMask", 4],
    ["nodeCidrMaskIPv6", 6]
  ]) {
    const value = settings.values[key];
    if (value === void 0) continue;
    const origin = settings.origin(key);
    out.masks.push({
      value,
      family,
      ref: settings.ref([key]),
      origin,
      declaredBy: "config",
      resource: CONFIG_RESOURCE
    });
  }
  return out;
}
function readSites(settings) {
  const { values } = settings;
  return (values.sites ?? []).map((site, i) => ({
    name: site.name,
    connection: site.connection ?? values.connection ?? "public",
    nodePools: site.nodePools ?? [],
    securityGroups: site.securityGroups ?? [],
    hostCidrs: (site.hostCidrs ?? []).map((cidr, j) => ({
      cidr,
      ref: settings.ref(["sites", i, "hostCidrs", j]),
      origin: `edge site ${site.name} hostCidrs`,
      declaredBy: "site",
      resource: CONFIG_RESOURCE
    })),
    ref: settings.ref(["sites", i, "name"])
  }));
}
function attachLooseRules(draft) {
  const securityGroups = draft.securityGroups.map((g) => ({ ...g, rules: [...g.rules] }));
  const networkAcls = draft.networkAcls.map((a) => ({ ...a, entries: [...a.entries] }));
  for (const { groupId, provider, rule } of draft.looseRules) {
    const group = securityGroups.find((g) => g.id === groupId && g.ref.file === rule.ref.file) ?? securityGroups.find((g) => g.names.includes(groupId));
    if (group) {
      group.rules.push(rule);
      if (rule.direction === "egress") group.implicitAllowEgress = false;
      continue;
    }
    securityGroups.push({
      id: groupId,
      names: [groupId],
      provider,
      type: "basic",
      typeUnknown: null,
      innerAccessPolicy: null,
      vpc: null,
      ref: rule.ref,
      resource: { kind: "SecurityGroup", name: groupId, namespace: null },
      rules: [rule],
      implicitAllowEgress: false
    });
  }
  for (const { acl, entry, resource } of draft.looseAclEntries) {
    const target = networkAcls.find((a) => a.id === acl && a.ref.file === entry.ref.file) ?? networkAcls.find((a) => a.id === acl);
    if (target) target.entries.push(entry);
    else networkAcls.push({ id: acl, provider: "aws", ref: entry.ref, resource, entries: [entry] });
  }
  return { securityGroups, networkAcls };
}
var MODE_TO_CONNECTION = {
  private: "express-connect",
  normal: "public",
  public: "public"
};
function assemblePools(draft, sites, settings) {
  const names = /* @__PURE__ */ new Set();
  for (const p of draft.nodePools) names.add(p.name);
  for (const n of draft.nodes) if (n.pool) names.add(n.pool);
  for (const s of sites) for (const p of s.nodePools) names.add(p);
  for (const w of draft.workloads) if (w.placement.kind === "pools") for (const p of w.placement.pools) names.add(p);
  const objects = /* @__PURE__ */ new Map();
  for (const p of draft.nodePools) if (!objects.has(p.name)) objects.set(p.name, p);
  const byPool = /* @__PURE__ */ new Map();
  for (const n of draft.nodes) {
    if (n.pool === null) continue;
    const list = byPool.get(n.pool);
    if (list) list.push(n);
    else byPool.set(n.pool, [n]);
  }
  return [...names].sort().map((name) => {
    const object = objects.get(name);
    const members = byPool.get(name) ?? [];
    const site = sites.find((s) => s.nodePools.includes(name));
    const cloud = object?.type === "Cloud" || !object?.type && !site && members.length > 0 && members.every((n) => n.role === "cloud");
    let connection = "public";
    let connectionSource = "the default (no annotation, site or cluster.connection)";
    const mode = object?.interconnectionMode?.toLowerCase();
    if (mode && MODE_TO_CONNECTION[mode]) {
      connection = MODE_TO_CONNECTION[mode];
      connectionSource = `annotation ${LABEL.interconnectionMode}: ${object.interconnectionMode}`;
    } else if (site) {
      connection = site.connection;
      connectionSource = `site ${site.name} in the configuration`;
    } else if (settings.values.connection) {
      connection = settings.values.connection;
      connectionSource = `${settings.origin("connection")} in the configuration`;
    }
    const labelRef = members.map((n) => n.labels.find((l) => LABEL.pool.includes(l.key))?.ref).find(Boolean);
    const ref = object?.ref ?? site?.ref ?? labelRef ?? settings.ref([]);
    return {
      name,
      cloud,
      type: object?.type ?? (cloud ? "Cloud" : site || members.some((n) => n.role === "edge") ? "Edge" : null),
      connection,
      connectionSource,
      ref,
      resource: object?.resource ?? { kind: "NodePool", name, namespace: null },
      domain: cloud || connection === "express-connect" ? "vpc" : `pool:${name}`,
      labels: object?.labels ?? []
    };
  });
}

// src/parse/lines.ts
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function position(text, offset) {
  return positionAt(lineStarts(text.slice(0, offset + 1)), offset);
}

// src/parse/go-yaml-scalars.ts
var STR = (value) => ({ kind: "str", value });
var WORDS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map(
    (w) => [w, { kind: "bool", value: true }]
  ),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map(
    (w) => [w, { kind: "bool", value: false }]
  ),
  ...["", "~", "null", "Null", "NULL"].map((w) => [w, { kind: "null", value: null }]),
  ...[".nan", ".NaN", ".NAN"].map((w) => [w, { kind: "float", value: Number.NaN }]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map(
    (w) => [w, { kind: "float", value: Number.POSITIVE_INFINITY }]
  ),
  ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, { kind: "float", value: Number.NEGATIVE_INFINITY }])
]);
var GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
var TIMESTAMP = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/
];
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function resolve(s, timestamps) {
  const c = s.charCodeAt(0);
  const signOrDigit = c >= 48 && c <= 57 || c === 43 || c === 45;
  if (!signOrDigit && c !== 46 && s !== "" && !"yYnNtTfFoO~".includes(s[0])) return STR(s);
  const word = WORDS.get(s);
  if (word) return word;
  if (c === 46) return DOT_FLOAT.test(s) ? float(Number(s.replaceAll("_", "")), s) : STR(s);
  if (!signOrDigit) return STR(s);
  if (timestamps && TIMESTAMP.some((re) => re.test(s))) return { kind: "timestamp", value: s };
  const plain = s.includes("_") ? s.replaceAll("_", "") : s;
  const int3 = GO_INT.exec(plain);
  if (int3) {
    const [, sign, digits] = int3;
    const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
    const exact = sign === "-" ? -magnitude : magnitude;
    if (exact >= INT64_MIN && exact <= INT64_MAX) return { kind: "int", value: Number(exact), exact, unsigned: false };
    if (sign === "" && exact <= UINT64_MAX) return { kind: "int", value: Number(exact), exact, unsigned: true };
  }
  return YAML_STYLE_FLOAT.test(plain) ? float(Number(plain), s) : STR(s);
}
function keepsText(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46) {
    const kind = resolve(s, true).kind;
    return kind === "str" || kind === "timestamp";
  }
  return s.length > 5 || !WORDS.has(s);
}
var KEY_LENGTH_LIMIT = 1024;
function float(n, s) {
  return Number.isFinite(n) ? { kind: "float", value: n } : STR(s);
}
var ScalarError = class extends Error {
};
var CORE = "tag:yaml.org,2002:";
function resolveTagged(tag, s) {
  if (!tag.startsWith(CORE)) return STR(s);
  const wanted = tag.slice(CORE.length);
  switch (wanted) {
    case "str":
      return STR(s);
    case "binary":
      return STR(decodeBinary(s));
    case "null":
    case "bool":
    case "int":
    case "float":
    case "timestamp": {
      const r = resolve(s, wanted === "timestamp");
      if (r.kind === wanted) return r;
      if (wanted === "float" && r.kind === "int") return { kind: "float", value: r.value };
      throw new ScalarError(`cannot decode !!${r.kind} \`${s}\` as a !!${wanted}`);
    }
    default:
      return STR(s);
  }
}
function jsonKey(key) {
  switch (key.kind) {
    case "str":
    case "timestamp":
      return key.value;
    case "bool":
      return String(key.value);
    case "int":
      if (key.unsigned)
        throw new ScalarError(`the mapping key ${key.exact} is past the integers Kubernetes reads keys as`);
      return String(key.exact);
    case "float":
      return goFloat32Key(key.value);
    case "null":
      throw new ScalarError("a null mapping key: JSON, and so Kubernetes, cannot hold it");
  }
}
function goFloat32Key(f) {
  if (Number.isNaN(f)) return ".nan";
  if (f === Number.POSITIVE_INFINITY) return ".inf";
  if (f === Number.NEGATIVE_INFINITY) return "-.inf";
  const single = Math.fround(f);
  if (single === 0) return Object.is(single, -0) ? "-0" : "0";
  if (!Number.isFinite(single)) return single > 0 ? "+Inf" : "-Inf";
  let digits = "";
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const text = Math.abs(single).toExponential(precision - 1);
    if (Math.fround(Number(text)) === Math.abs(single)) {
      const [mantissa, exp] = text.split("e");
      digits = mantissa.replace(".", "");
      exponent = Number(exp);
      break;
    }
  }
  const sign = single < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}
function decodeBinary(s) {
  const compact = s.replace(/[\n\r]/g, "");
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact))
    throw new ScalarError("!!binary value contains invalid base64 data");
  return goUtf8(Buffer.from(compact, "base64"));
}
function goUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const size = validSequence(bytes, i);
    if (size === 0) {
      out += "\uFFFD";
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + size)).toString("utf8");
      i += size;
    }
  }
  return out;
}
function validSequence(b, i) {
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

// src/parse/intrinsics.ts
var INTRINSICS = [
  "Ref",
  "Condition",
  "GetAtt",
  "Sub",
  "Join",
  "Select",
  "Split",
  "If",
  "Equals",
  "And",
  "Or",
  "Not",
  "FindInMap",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Transform",
  "Length",
  "ToJsonString"
];
var KNOWN = new Set(INTRINSICS);
var PLAIN_KEYS = { Ref: "Ref", Condition: "Condition" };
function intrinsicFromTag(tag, value) {
  if (!tag.startsWith("!") || tag.startsWith("!!")) return void 0;
  const name = tag.slice(1);
  if (!KNOWN.has(name)) return void 0;
  const key = PLAIN_KEYS[name];
  if (key) return { [key]: value };
  if (name === "GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

// src/parse/block-load.ts
var GIVE_UP = new Error("not block-style YAML this reader reads");
var MAX_DEPTH = 1e3;
var ONLY_PRINTABLE_ASCII = /^[\n\x20-\x7E]*$/;
var ODD_CHARACTER = new RegExp(
  String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]` + // a lone surrogate
  String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]`
);
function blockLoad(input) {
  if (!ONLY_PRINTABLE_ASCII.test(input) && ODD_CHARACTER.test(input)) return void 0;
  let text = input;
  if (text.includes("\r")) {
    if (/\r(?!\n)/.test(text)) return void 0;
    text = text.replaceAll("\r\n", "\n");
  }
  try {
    return new LineReader(text).documents();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var BANG = 33;
var SHORT_FORMS = new Set(INTRINSICS.map((name) => `!${name}`));
var NOT_PLAIN_START = /* @__PURE__ */ new Set([...",[]{}#&*!|>'\"%@`?:"]);
var LineReader = class {
  lines;
  /** The current line. */
  i = 0;
  /** skipBlank's last answer, for line `seen` (it is asked again after each value). */
  seen = -1;
  at = -1;
  /** Tabs are looked for line by line only in a text that has one. */
  tabs;
  constructor(text) {
    this.tabs = text.includes("	");
    this.lines = text.split("\n");
    if (this.lines[this.lines.length - 1] === "") this.lines.pop();
  }
  documents() {
    const out = [];
    let index = 0;
    let opened = false;
    const lines = this.lines;
    for (; ; ) {
      const indent = this.skipBlank();
      if (indent < 0) return out;
      const line = lines[this.i];
      if (line.startsWith("---") || line.startsWith("...")) {
        if (!/^---[ ]*(?:[ ]#.*)?$/.test(line)) throw GIVE_UP;
        if (opened) index++;
        opened = true;
        this.i++;
        continue;
      }
      if (line.charCodeAt(0) === 37) throw GIVE_UP;
      const data = this.collection(indent, -1, 0);
      out.push({ index, data });
      opened = true;
      if (this.skipBlank() >= 0 && !lines[this.i].startsWith("---")) throw GIVE_UP;
    }
  }
  /**
   * Moves past blank lines and comment lines to the next line with content, and gives its
   * indentation, or -1 at the end. A line with a tab is left to fastLoad (every line but a block
   * scalar's passes here).
   */
  skipBlank() {
    if (this.seen === this.i) return this.at;
    const lines = this.lines;
    let at2 = -1;
    for (; this.i < lines.length; this.i++) {
      const line = lines[this.i];
      const spaces = indentOf(line);
      if (spaces < line.length && line.charCodeAt(spaces) !== HASH) {
        if (this.tabs && line.includes("	")) throw GIVE_UP;
        at2 = spaces;
        break;
      }
    }
    this.seen = this.i;
    this.at = at2;
    return at2;
  }
  /** The block collection whose first line is the current one, at column `indent`, inside one at `parent`. */
  collection(indent, parent, depth) {
    const line = this.lines[this.i];
    if (isItem(line, indent)) return this.sequence(indent, depth);
    const key = keyAt(line, indent);
    if (key) return this.mapping(indent, key, depth);
    if (parent < 0) throw GIVE_UP;
    const value = this.inlineValue(line, indent, parent);
    this.i++;
    this.endOfScalar(parent);
    return value;
  }
  /** A block sequence at column `indent`, from its first item on the current line. */
  sequence(indent, depth) {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const items = [];
    const lines = this.lines;
    for (; ; ) {
      const line = lines[this.i];
      const at2 = skipSpaces(line, indent + 1);
      if (at2 === line.length || line.charCodeAt(at2) === HASH) {
        this.i++;
        items.push(this.nested(indent, false, depth + 1));
      } else if (isItem(line, at2)) {
        items.push(this.sequence(at2, depth + 1));
      } else if (line.charCodeAt(at2) === BANG) {
        items.push(this.tagged(line, at2, indent, depth + 1));
      } else {
        const key = keyAt(line, at2);
        if (key) items.push(this.mapping(at2, key, depth + 1));
        else {
          items.push(this.inlineValue(line, at2, indent));
          this.i++;
          this.endOfScalar(indent);
        }
      }
      const next = this.skipBlank();
      if (next < indent) return items;
      if (next > indent) throw GIVE_UP;
      if (!isItem(lines[this.i], indent)) return items;
    }
  }
  /** A block mapping at column `indent`, from the key found on the current line. */
  mapping(indent, first, depth) {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const map2 = {};
    const lines = this.lines;
    let key = first;
    for (; ; ) {
      const line = lines[this.i];
      if (Object.hasOwn(map2, key.name)) throw GIVE_UP;
      const at2 = skipSpaces(line, key.end);
      if (at2 === line.length || line.charCodeAt(at2) === HASH) {
        this.i++;
        map2[key.name] = this.nested(indent, true, depth + 1);
      } else if (line.charCodeAt(at2) === BANG) {
        map2[key.name] = this.tagged(line, at2, indent, depth + 1);
      } else {
        map2[key.name] = this.inlineValue(line, at2, indent);
        this.i++;
        this.endOfScalar(indent);
      }
      const nextIndent = this.skipBlank();
      if (nextIndent < indent) return map2;
      if (nextIndent > indent) throw GIVE_UP;
      const next = lines[this.i];
      if (indent === 0 && (next.startsWith("---") || next.startsWith("..."))) return map2;
      key = keyAt(next, indent);
      if (!key) throw GIVE_UP;
    }
  }
  /**
   * The value of a key or an item whose line ends after it: the collection or scalar on the lines
   * below, more indented than `indent` (or, for a key, a sequence at the key's own column), or null.
   */
  nested(indent, ofKey, depth) {
    const at2 = this.skipBlank();
    if (at2 < 0) return null;
    const line = this.lines[this.i];
    if (at2 > indent) return this.collection(at2, indent, depth);
    if (ofKey && at2 === indent && isItem(line, at2)) return this.sequence(at2, depth);
    return null;
  }
  /** After a one-line scalar: a more indented line would continue it (or be an error). */
  endOfScalar(parent) {
    if (this.skipBlank() > parent) throw GIVE_UP;
  }
  /**
   * A CloudFormation or ROS short-form function at `at` (`Value: !Ref X`, `- !GetAtt A.B`,
   * `!If` over the lines below), in the long form fastLoad and the careful path give it
   * (intrinsics.ts): of its value as written (a tag is explicit: a plain scalar's text is not
   * resolved), a quoted, flow or block scalar or a flow collection on its line, or a collection
   * (block, or flow on one line) below, more indented than `parent`. Other tags (`!!str`, `!foo`,
   * `!<...>`), a tag with no value or a scalar below, and one that starts its line are left to
   * fastLoad. It leaves the reader on the line after the value.
   */
  tagged(line, at2, parent, depth) {
    let end = at2 + 1;
    while (end < line.length && line.charCodeAt(end) !== SPACE) end++;
    const tag = line.slice(at2, end);
    if (!SHORT_FORMS.has(tag) || at2 === indentOf(line)) throw GIVE_UP;
    let value;
    if (endsLine(line, end)) {
      this.i++;
      const below = this.skipBlank();
      if (below <= parent) throw GIVE_UP;
      value = this.collection(below, parent, depth);
      if (value === null || typeof value !== "object") throw GIVE_UP;
    } else {
      value = this.inlineValue(line, skipSpaces(line, end), parent, true);
      this.i++;
      this.endOfScalar(parent);
    }
    return intrinsicFromTag(tag, value);
  }
  /**
   * A value that starts at `at` of the current line: a quoted or plain scalar, `[]`, `{}`, or a
   * block scalar (which reads the lines below; the caller then moves past its header line). A
   * tagged plain scalar (`tagged`) is its text.
   */
  inlineValue(line, at2, parent, tagged = false) {
    const c = line.charCodeAt(at2);
    if (c === 34 || c === 39) {
      const quoted = quotedOnLine(line, at2) ?? this.quotedOverLines(line, at2, parent);
      if (!endsLine(this.lines[this.i], quoted.end)) throw GIVE_UP;
      return quoted.value;
    }
    if (c === 91) return flowSequence(line, at2);
    if (c === 123) return flowMapping(line, at2);
    if (c === 124 || c === 62) {
      if (at2 === indentOf(line)) throw GIVE_UP;
      return this.blockScalar(line, at2, parent);
    }
    return this.plain(line, at2, parent, tagged);
  }
  /**
   * A plain scalar from `at` to its comment or its line's end, and on the lines below that are
   * more indented than `parent` (controller-gen's CRD descriptions, ROS templates' texts), folded
   * as YAML folds them: a line break is a space, each empty line a line feed. It leaves the reader
   * on its last line. A comment or `: ` in a continuation line is left to fastLoad.
   */
  plain(line, at2, parent, tagged = false) {
    const c = line.charCodeAt(at2);
    const indicator = c === DASH || c === COLON || c === 63 ? separates(line, at2 + 1) : NOT_PLAIN_START.has(line[at2]);
    if (indicator) throw GIVE_UP;
    const comment = line.indexOf(" #", at2);
    let text = plainText(trimEnd(line, at2, comment < 0 ? line.length : comment));
    if (comment >= 0) return tagged ? text : resolved(text);
    const lines = this.lines;
    let empty = 0;
    for (let j = this.i + 1; j < lines.length; j++) {
      const l = lines[j];
      const spaces = indentOf(l);
      if (spaces === l.length) {
        empty++;
        continue;
      }
      if (spaces <= parent || l.charCodeAt(spaces) === HASH) break;
      if (this.tabs && l.includes("	") || l.includes(" #")) throw GIVE_UP;
      text += (empty > 0 ? "\n".repeat(empty) : " ") + plainText(trimEnd(l, spaces, l.length));
      empty = 0;
      this.i = j;
    }
    return tagged ? text : resolved(text);
  }
  /**
   * A quoted scalar that goes on below its first line (ROS templates' long descriptions), folded
   * as YAML folds it: a line's trailing spaces and the next one's indentation go, a line break is
   * a space, each empty line a line feed; a double-quoted line ending in a backslash joins the next
   * without a space. Its lines must be more indented than `parent`. It leaves the reader on its
   * last line.
   */
  quotedOverLines(line, at2, parent) {
    const double = line.charCodeAt(at2) === 34;
    const lines = this.lines;
    let { value, escaped } = quotedLine(line, at2 + 1, double);
    for (let j = this.i + 1; ; j++) {
      let empty = 0;
      while (j < lines.length && indentOf(lines[j]) === lines[j].length) {
        empty++;
        j++;
      }
      if (j >= lines.length) throw GIVE_UP;
      if (escaped && empty > 0) throw GIVE_UP;
      const next = lines[j];
      const spaces = indentOf(next);
      if (spaces <= parent || this.tabs && next.includes("	")) throw GIVE_UP;
      const part = quotedLine(next, spaces, double);
      value += escaped ? "" : empty > 0 ? "\n".repeat(empty) : " ";
      if (part.end !== void 0) {
        this.i = j;
        return { value: value + part.value, end: part.end };
      }
      value += part.value;
      escaped = part.escaped;
    }
  }
  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped, stripped (`-`) or kept (`+`); its lines
   * follow the header's. It leaves the reader on its last line: the caller moves past it.
   */
  blockScalar(line, at2, parent) {
    const header = /^[|>]([-+]?)[ ]*(?:[ ]#.*)?$/.exec(line.slice(at2));
    if (!header) throw GIVE_UP;
    const folded = line.charCodeAt(at2) === 62;
    const chomp = header[1];
    const lines = this.lines;
    let j = this.i + 1;
    let indent = -1;
    const content = [];
    let trailing = 0;
    let leading = 0;
    for (; j < lines.length; j++) {
      const l = lines[j];
      const spaces = indentOf(l);
      if (this.tabs && l.charCodeAt(spaces) === 9) throw GIVE_UP;
      if (spaces === l.length && (indent < 0 || spaces <= indent)) {
        if (indent < 0) leading = Math.max(leading, spaces);
        trailing++;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        if (leading > spaces) throw GIVE_UP;
        indent = spaces;
      } else if (spaces < indent) break;
      for (; trailing > 0; trailing--) content.push("");
      content.push(l.slice(indent));
    }
    if (indent < 0) throw GIVE_UP;
    this.i = j - 1 - trailing;
    let value;
    if (folded) {
      value = "";
      let empty = 0;
      for (let k = 0; k < content.length; k++) {
        const l = content[k];
        if (l === "") {
          empty++;
          continue;
        }
        const first = l.charCodeAt(0);
        if (first === SPACE || first === 9) throw GIVE_UP;
        value += k === 0 || value === "" ? "\n".repeat(empty) : empty === 0 ? " " : "\n".repeat(empty);
        value += l;
        empty = 0;
      }
    } else value = content.join("\n");
    if (chomp === "-") return value;
    if (chomp === "+") return `${value}
${"\n".repeat(trailing)}`;
    return `${value}
`;
  }
};
function indentOf(line) {
  let n = 0;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}
function trimEnd(line, start, end) {
  let n = end;
  while (n > start && line.charCodeAt(n - 1) === SPACE) n--;
  return line.slice(start, n);
}
function skipSpaces(line, from) {
  let n = from;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}
function isItem(line, at2) {
  if (line.charCodeAt(at2) !== DASH) return false;
  const next = line.charCodeAt(at2 + 1);
  return next === SPACE || Number.isNaN(next);
}
function endsLine(line, at2) {
  const n = skipSpaces(line, at2);
  return n === line.length || n > at2 && line.charCodeAt(n) === HASH;
}
function keyAt(line, at2) {
  const c = line.charCodeAt(at2);
  if (c === 34 || c === 39) {
    const quoted = quotedOnLine(line, at2);
    if (!quoted) return void 0;
    const colon2 = skipSpaces(line, quoted.end);
    if (line.charCodeAt(colon2) !== COLON || !separates(line, colon2 + 1)) return void 0;
    if (colon2 - at2 >= KEY_LENGTH_LIMIT) throw GIVE_UP;
    if (quoted.value === "__proto__") throw GIVE_UP;
    return { name: quoted.value, end: colon2 + 1 };
  }
  if (NOT_PLAIN_START.has(line[at2]) || c === DASH && separates(line, at2 + 1)) return void 0;
  let colon = line.indexOf(":", at2);
  while (colon >= 0 && !separates(line, colon + 1)) colon = line.indexOf(":", colon + 1);
  if (colon < 0) return void 0;
  const comment = line.lastIndexOf(" #", colon);
  if (comment >= at2) return void 0;
  if (colon - at2 >= KEY_LENGTH_LIMIT) throw GIVE_UP;
  let end = colon;
  while (line.charCodeAt(end - 1) === SPACE) end--;
  const name = line.slice(at2, end);
  if (name === "<<" || name === "__proto__" || isDateLike(name)) throw GIVE_UP;
  if (keepsText(name)) return { name, end: colon + 1 };
  const r = resolve(name, true);
  if (r.kind === "bool" || r.kind === "int" && Number.isSafeInteger(r.value))
    return { name: jsonKey(r), end: colon + 1 };
  throw GIVE_UP;
}
function isDateLike(name) {
  const c = name.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d{4}-/.test(name);
}
function separates(line, at2) {
  return at2 === line.length || line.charCodeAt(at2) === SPACE;
}
function resolved(text) {
  if (keepsText(text)) return text;
  const r = resolve(text, true);
  if (r.kind === "float" && !Number.isFinite(r.value)) throw GIVE_UP;
  return r.value;
}
function plainText(text) {
  if (text.includes(": ") || text.charCodeAt(text.length - 1) === COLON) throw GIVE_UP;
  return text;
}
var FLOW_PLAIN = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=+") FLOW_PLAIN[c.charCodeAt(0)] = 1;
function flowSequence(line, at2) {
  const items = [];
  flowEntries(line, at2, 93, (n) => {
    const item = flowScalar(line, n);
    items.push(item.value);
    return item.end;
  });
  return items;
}
function flowMapping(line, at2) {
  const map2 = {};
  flowEntries(line, at2, 125, (n) => {
    const key = flowScalar(line, n);
    const name = key.value;
    if (typeof name !== "string" || name === "__proto__" || Object.hasOwn(map2, name)) throw GIVE_UP;
    if (line.charCodeAt(key.end) !== COLON || line.charCodeAt(key.end + 1) !== SPACE) throw GIVE_UP;
    if (key.end - n >= KEY_LENGTH_LIMIT) throw GIVE_UP;
    if (key.plain && (name === "<<" || isDateLike(name))) throw GIVE_UP;
    const value = flowScalar(line, skipSpaces(line, key.end + 1));
    map2[name] = value.value;
    return value.end;
  });
  return map2;
}
function flowEntries(line, at2, close, entry) {
  let n = skipSpaces(line, at2 + 1);
  if (line.charCodeAt(n) === close) {
    if (!endsLine(line, n + 1)) throw GIVE_UP;
    return;
  }
  for (; ; ) {
    n = skipSpaces(line, entry(n));
    const next = line.charCodeAt(n);
    if (next === close) {
      if (!endsLine(line, n + 1)) throw GIVE_UP;
      return;
    }
    if (next !== 44) throw GIVE_UP;
    n = skipSpaces(line, n + 1);
    if (line.charCodeAt(n) === close || line.charCodeAt(n) === 44) throw GIVE_UP;
  }
}
function flowScalar(line, n) {
  const c = line.charCodeAt(n);
  if (c === 34 || c === 39) {
    const quoted = quotedOnLine(line, n);
    if (!quoted) throw GIVE_UP;
    return { value: quoted.value, end: quoted.end, plain: false };
  }
  let end = n;
  while (end < line.length && FLOW_PLAIN[line.charCodeAt(end)] === 1) end++;
  if (end === n || end === n + 1 && c === DASH || c === 46) throw GIVE_UP;
  return { value: resolved(line.slice(n, end)), end, plain: true };
}
function quotedLine(line, from, double) {
  let to = line.length;
  while (to > from && line.charCodeAt(to - 1) === SPACE) to--;
  if (!double) {
    const part2 = singleQuotedPart(line, from);
    return part2.end === void 0 ? { value: line.slice(from, to).replaceAll("''", "'") } : part2;
  }
  const part = doubleQuotedPart(line, from, to);
  if (part.escaped && to < line.length) throw GIVE_UP;
  return part;
}
function singleQuotedPart(line, from) {
  let value = "";
  let at2 = from;
  for (; ; ) {
    const q = line.indexOf("'", at2);
    if (q < 0) return { value: value + line.slice(at2) };
    value += line.slice(at2, q);
    if (line.charCodeAt(q + 1) !== 39) return { value, end: q + 1 };
    value += "'";
    at2 = q + 2;
  }
}
function quotedOnLine(line, at2) {
  const part = line.charCodeAt(at2) === 34 ? doubleQuotedPart(line, at2 + 1) : singleQuotedPart(line, at2 + 1);
  return part.end === void 0 ? void 0 : { value: part.value, end: part.end };
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_LENGTH = { x: 2, u: 4, U: 8 };
function doubleQuotedPart(line, from, to = line.length) {
  let value = "";
  let at2 = from;
  for (let n = at2; n < to; n++) {
    const c = line.charCodeAt(n);
    if (c === 34) return { value: value + line.slice(at2, n), end: n + 1 };
    if (c !== 92) continue;
    value += line.slice(at2, n);
    if (n + 1 >= to) return { value, escaped: true };
    const e = line[n + 1];
    const simple = ESCAPES[e];
    if (simple !== void 0) {
      value += simple;
      n++;
    } else {
      const length = HEX_LENGTH[e];
      const digits = line.slice(n + 2, n + 2 + (length ?? 0));
      if (length === void 0 || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) throw GIVE_UP;
      const code = Number.parseInt(digits, 16);
      if (code >= 55296 && code <= 57343 || code > 1114111) throw GIVE_UP;
      value += String.fromCodePoint(code);
      n += 1 + length;
    }
    at2 = n + 1;
  }
  return { value: value + line.slice(at2, to) };
}

// src/parse/block-yaml-map.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/parse/careful-read.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/parse/directives.ts
function checkDirectives(text) {
  const lines = splitLines(text);
  let pending;
  let active = /* @__PURE__ */ new Set();
  let between = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at2 = (column, message) => ({ message, line: i + 1, column });
    if (/^\.\.\.(\s|$)/.test(line)) {
      between = true;
      continue;
    }
    if (between && line.startsWith("%")) {
      pending ??= { yaml: 0, tags: /* @__PURE__ */ new Set(), line: i + 1 };
      if (line.startsWith("%YAML") && ++pending.yaml > 1)
        return at2(1, "the %YAML directive may appear only once per document");
      const tag = /^%TAG\s+(!\S*!)\s/.exec(line);
      if (tag) pending.tags.add(tag[1]);
      continue;
    }
    if (/^---(\s|$)/.test(line)) {
      active = pending?.tags ?? /* @__PURE__ */ new Set();
      pending = void 0;
      between = false;
    } else if (line.trim() !== "" && !line.trimStart().startsWith("#")) {
      if (pending) return at2(1, "directives must be followed by a document start marker (---)");
      between = false;
    }
    for (const m of line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"|#.*$/g, (s) => " ".repeat(s.length)).matchAll(/(?:^|[\s,[{])(![\w-]+!)/g)) {
      if (!active.has(m[1]))
        return at2(
          m.index + m[0].indexOf("!") + 1,
          `the tag handle ${m[1]} is not declared for this document (%TAG applies to the next document only)`
        );
    }
  }
  if (pending) return { message: "directives must be followed by a document", line: pending.line, column: 1 };
  return void 0;
}

// src/parse/reindent.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_REPAIRS = 1e3;
function reindent(text) {
  let current = text;
  const inserted = /* @__PURE__ */ new Map();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const cut = firstCutShort(current);
    if (!cut) break;
    const lines = current.split("\n");
    const startLine = position(current, cut.start).line;
    const endLine = position(current, cut.end - 1).line;
    const lineStart = current.lastIndexOf("\n", cut.start - 1) + 1;
    const needed = cut.start - lineStart + 1;
    let changed = false;
    for (let l = startLine + 1; l <= endLine; l++) {
      const line = lines[l - 1];
      const indent = /^ */.exec(line)[0].length;
      if (line.trim() === "" || indent >= needed) continue;
      lines[l - 1] = " ".repeat(needed - indent) + line;
      inserted.set(l, (inserted.get(l) ?? 0) + needed - indent);
      changed = true;
    }
    if (!changed) break;
    current = lines.join("\n");
  }
  return inserted.size > 0 ? { text: current, inserted } : void 0;
}
function firstCutShort(text) {
  let offset = 0;
  const flows = [];
  for (const token of new import_yaml.Lexer().lex(text)) {
    if (token === "") {
      const end = flows.length > 0 ? closingBracket(text, flows[0]) : void 0;
      if (end !== void 0) return { start: flows[0], end };
      flows.length = 0;
      continue;
    }
    if (token === "" || token === "") continue;
    const type2 = import_yaml.CST.tokenType(token);
    if (type2 === "double-quoted-scalar" || type2 === "single-quoted-scalar") {
      const end = closingQuote(text, offset);
      if (end !== void 0 && end > offset + token.length) return { start: offset, end };
    } else if (type2 === "flow-map-start" || type2 === "flow-seq-start") flows.push(offset);
    else if (type2 === "flow-map-end" || type2 === "flow-seq-end") flows.pop();
    offset += token.length;
  }
  return void 0;
}
function closingQuote(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" && isDocumentMarker(text, i + 1)) return void 0;
    if (quote === '"' && c === "\\") i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return void 0;
}
function closingBracket(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" && isDocumentMarker(text, i + 1)) return void 0;
    const tokenStart = i === start || /[\s[\]{},:?]/.test(text[i - 1]);
    if ((c === '"' || c === "'") && tokenStart) {
      const end = closingQuote(text, i);
      if (end === void 0) return void 0;
      i = end - 1;
    } else if (c === "#" && /\s/.test(text[i - 1] ?? "")) {
      const eol = text.indexOf("\n", i);
      if (eol < 0) return void 0;
      i = eol - 1;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return void 0;
}
function isDocumentMarker(text, lineStart) {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(lineStart, lineStart + 4));
}

// src/parse/json-source-map.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/parse/source-map.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SourceMap = class {
  constructor(text, lineCounter, docs, inserted) {
    this.text = text;
    this.lineCounter = lineCounter;
    this.docs = docs;
    this.inserted = inserted;
  }
  text;
  lineCounter;
  docs;
  inserted;
  /** The position of a path; a path that does not exist falls back to its nearest existing parent. */
  locate(docIndex, path, opts = {}) {
    const found = this.find(docIndex, path);
    if (!found) return this.range(0, 0);
    const { start, end, key, scalar, complete } = found;
    if (opts.key && complete && key) return this.range(key[0], key[1]);
    if (opts.inner && complete && scalar && typeof scalar.value === "string") {
      const inner = this.locateInner(scalar, opts.inner);
      if (inner) return inner;
    }
    if (opts.span && complete && scalar && typeof scalar.value === "string") {
      const origin = this.innerOrigin(scalar);
      if (origin?.singleLine) {
        return {
          line: origin.line,
          column: origin.column + opts.span[0],
          endLine: origin.line,
          endColumn: origin.column + opts.span[1]
        };
      }
    }
    return this.range(start, end);
  }
  /** The node a path reaches (or its nearest existing parent), as offsets; undefined: an empty document. */
  find(docIndex, path) {
    const doc = this.docs[docIndex];
    if (!doc?.contents) return void 0;
    const { node, keyNode, complete } = walk(doc, doc.contents, path);
    const range2 = node.range ?? [0, 0, 0];
    return {
      start: this.tagStart(node, range2[0]),
      end: range2[1],
      ...keyNode?.range ? { key: [keyNode.range[0], keyNode.range[1]] } : {},
      ...(0, import_yaml2.isScalar)(node) ? { scalar: node } : {},
      complete
    };
  }
  /** A tagged node's range starts after its tag; a finding on `!Ref X` should cover the tag too. */
  tagStart(node, start) {
    if (!node.tag?.startsWith("!") || node.tag.startsWith("!!")) return start;
    let i = start;
    while (i > 0 && (this.text[i - 1] === " " || this.text[i - 1] === "	")) i--;
    return this.text.slice(i - node.tag.length, i) === node.tag ? i - node.tag.length : start;
  }
  position(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    const shift = this.inserted?.get(line) ?? 0;
    return { line, column: Math.max(1, col - shift) };
  }
  range(start, end) {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /**
   * A position inside JSON or YAML held in a string (flannel's net-conf.json, a patch written
   * inline in a Flux Kustomization), and inside a string held in that text in turn (the
   * net-conf.json a patch string sets). Exact for block literals (`|`) and for one-line scalars
   * without escapes; otherwise undefined, and the caller points at the whole string.
   */
  locateInner(scalar, innerPath) {
    const origin = scalarOrigin(this.text, (offset) => this.position(offset), scalar);
    const inner = origin && locateInText(scalar.value, innerPath);
    if (!origin || !inner) return void 0;
    return mapThrough(origin, inner);
  }
  innerOrigin(scalar) {
    return scalarOrigin(this.text, (offset) => this.position(offset), scalar);
  }
};
function scalarOrigin(text, position2, scalar) {
  const [startOffset, endOffset] = scalar.range ?? [0, 0];
  const start = position2(startOffset);
  if (scalar.type === import_yaml2.Scalar.BLOCK_LITERAL) {
    const lines = text.slice(startOffset, endOffset).split(/\r?\n/);
    const firstContent = lines.slice(1).find((l) => l.trim() !== "");
    if (firstContent === void 0) return void 0;
    const indent = firstContent.length - firstContent.trimStart().length;
    return { line: start.line + 1, column: indent + 1, indent, singleLine: false };
  }
  const raw = text.slice(startOffset, endOffset);
  const quoted = scalar.type === import_yaml2.Scalar.QUOTE_DOUBLE || scalar.type === import_yaml2.Scalar.QUOTE_SINGLE;
  const body = quoted ? raw.slice(1, -1) : raw;
  if (body !== scalar.value || body.includes("\n")) return void 0;
  return { line: start.line, column: start.column + (quoted ? 1 : 0), indent: 0, singleLine: true };
}
function mapThrough(origin, inner) {
  if (origin.singleLine && (inner.start.line !== 1 || inner.end.line !== 1)) return void 0;
  const map2 = (p) => origin.singleLine ? { line: origin.line, column: origin.column + p.col - 1 } : { line: origin.line + p.line - 1, column: origin.indent + p.col };
  const a = map2(inner.start);
  const b = map2(inner.end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function locateInText(text, innerPath) {
  const inner = parseInner(text);
  if (!inner) return void 0;
  const { node, complete, depth } = walk(inner.doc, inner.doc.contents, innerPath);
  if (!node.range) return void 0;
  if (complete) return { start: inner.lc.linePos(node.range[0]), end: inner.lc.linePos(node.range[1]) };
  if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string" || depth === 0) return void 0;
  const origin = scalarOrigin(
    text,
    (offset) => ({ line: inner.lc.linePos(offset).line, column: inner.lc.linePos(offset).col }),
    node
  );
  const nested2 = origin && locateInText(node.value, innerPath.slice(depth));
  const mapped = origin && nested2 && mapThrough(origin, nested2);
  return mapped ? { start: { line: mapped.line, col: mapped.column }, end: { line: mapped.endLine, col: mapped.endColumn } } : void 0;
}
function parseInner(text) {
  const lc = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lc, keepSourceTokens: false });
  return doc.errors.length === 0 && doc.contents ? { doc, lc } : void 0;
}
function walk(doc, root2, path) {
  let node = root2;
  let keyNode;
  let depth = 0;
  for (const seg of path) {
    const target = (0, import_yaml2.isAlias)(node) ? node.resolve(doc) : node;
    let next;
    let nextKey;
    if ((0, import_yaml2.isMap)(target)) {
      for (const pair of target.items) {
        const key = pair.key;
        if ((0, import_yaml2.isScalar)(key) && keyMatches(key, String(seg))) {
          next = pair.value ?? key;
          nextKey = key;
          break;
        }
      }
    } else if ((0, import_yaml2.isSeq)(target) && typeof seg === "number") {
      next = target.items[seg];
    }
    if (!next) return { node, keyNode, complete: false, depth };
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, complete: true, depth };
}
function keyMatches(key, name) {
  if (String(key.value) === name) return true;
  if (typeof key.value !== "string" || key.type !== import_yaml2.Scalar.PLAIN || key.tag) return false;
  try {
    return jsonKey(resolve(key.value, true)) === name;
  } catch {
    return false;
  }
}

// src/parse/json-source-map.ts
var JsonSourceMap = class extends SourceMap {
  constructor(text, values, compose2) {
    super(text, lineCounterOf(text), []);
    this.values = values;
    this.compose = compose2;
  }
  values;
  compose;
  members = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  composed;
  locate(...args) {
    try {
      return super.locate(...args);
    } catch {
      this.composed ??= this.compose();
      return this.composed.locate(...args);
    }
  }
  find(docIndex, path) {
    const value = this.values[docIndex];
    if (!value) return void 0;
    let start = this.skipSpace(value.start);
    let end = value.end;
    let key;
    for (const seg of path) {
      const open = this.text[start];
      const members = open === "{" || open === "[" ? this.membersOf(start) : [];
      const next = open === "{" ? this.memberNamed(start, members, String(seg)) : open === "[" && typeof seg === "number" ? members[seg] : void 0;
      if (!next) return { start, end, ...key ? { key } : {}, complete: false };
      start = next.start;
      end = next.end;
      key = next.keyStart === void 0 ? void 0 : [next.keyStart, next.keyEnd];
    }
    return { start, end, ...key ? { key } : {}, ...this.scalarAt(start, end), complete: true };
  }
  /** An object's member by name, the first of that name (as `yaml` finds it), through an index for large objects. */
  memberNamed(open, members, name) {
    if (members.length < 32) return members.find((m) => m.name === name);
    let index = this.names.get(open);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const m of members) if (!index.has(m.name)) index.set(m.name, m);
      this.names.set(open, index);
    }
    return index.get(name);
  }
  /** A string value as `yaml` would give it: its text, double-quoted, at its offsets. */
  scalarAt(start, end) {
    if (this.text[start] !== '"') return {};
    const scalar = new import_yaml3.Scalar(this.stringAt(start, end));
    scalar.type = import_yaml3.Scalar.QUOTE_DOUBLE;
    scalar.range = [start, end, end];
    return { scalar };
  }
  stringAt(start, end) {
    const raw = this.text.slice(start, end);
    return raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
  }
  /** The members of the object or array that starts at an offset, listed once. */
  membersOf(open) {
    const known = this.members.get(open);
    if (known) return known;
    const text = this.text;
    const object = text[open] === "{";
    const close = object ? "}" : "]";
    const out = [];
    let i = this.skipSpace(open + 1);
    if (text[i] === close) {
      this.members.set(open, out);
      return out;
    }
    for (; ; ) {
      const member = { start: 0, end: 0 };
      if (object) {
        if (text[i] !== '"') throw new Error(`a key expected at offset ${i}`);
        member.keyStart = i;
        member.keyEnd = this.stringEnd(i);
        member.name = this.stringAt(i, member.keyEnd);
        i = this.skipSpace(member.keyEnd);
        if (text[i] !== ":") throw new Error(`':' expected at offset ${i}`);
        i = this.skipSpace(i + 1);
      }
      member.start = i;
      member.end = this.valueEnd(i);
      out.push(member);
      i = this.skipSpace(member.end);
      if (text[i] === ",") i = this.skipSpace(i + 1);
      else if (text[i] === close) break;
      else throw new Error(`',' or '${close}' expected at offset ${i}`);
    }
    this.members.set(open, out);
    return out;
  }
  /** Where the value that starts at an offset ends. */
  valueEnd(start) {
    const text = this.text;
    const c = text[start];
    if (c === '"') return this.stringEnd(start);
    if (c !== "{" && c !== "[") {
      let i = start;
      while (i < text.length && !STOPS.has(text.charCodeAt(i))) i++;
      return i;
    }
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === QUOTE) i = this.stringEnd(i) - 1;
      else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++;
      else if ((ch === CLOSE_BRACE || ch === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    throw new Error(`an unclosed '${c}' at offset ${start}`);
  }
  /** After the closing quote of the string that opens at an offset. */
  stringEnd(open) {
    const text = this.text;
    for (let i = open + 1; ; ) {
      const quote = text.indexOf('"', i);
      if (quote < 0) throw new Error(`an unclosed string at offset ${open}`);
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }
  skipSpace(i) {
    const text = this.text;
    while (i < text.length && SPACE2.has(text.charCodeAt(i))) i++;
    return i;
  }
};
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var SPACE2 = /* @__PURE__ */ new Set([32, 9, 10, 13]);
var STOPS = /* @__PURE__ */ new Set([...SPACE2, 44, CLOSE_BRACE, CLOSE_BRACKET]);
function lineCounterOf(text) {
  const lineCounter = new import_yaml3.LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

// src/parse/careful-read.ts
var DEFAULT_MAX_ALIAS_NODES = 1e4;
function carefulRead(file, text, options) {
  const version = options.version ?? "1.1";
  const readBy = "yaml";
  const lines = splitLines(text);
  let composed;
  try {
    composed = compose(text, version);
  } catch (error) {
    const sourceMap2 = new SourceMap(text, new import_yaml4.LineCounter(), []);
    const message = `parser failed: ${error.message}`;
    return {
      file,
      text,
      documents: [],
      problems: [{ kind: "parse-error", message, line: 1, column: 1 }],
      sourceMap: sourceMap2,
      lines,
      readBy
    };
  }
  const { docs, sourceMap } = composed;
  const directive = text.includes("%") && /^%/m.test(text) ? checkDirectives(text) : void 0;
  if (directive)
    return { file, text, documents: [], problems: [{ kind: "parse-error", ...directive }], sourceMap, lines, readBy };
  const problems = [];
  const documents = [];
  const maxAliasNodes = options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES;
  docs.forEach((doc, index) => {
    const errors = version === "1.1" ? doc.errors.filter((e) => !goYamlAccepts(e)) : doc.errors;
    if (errors.length > 0) {
      const error = errors[0];
      problems.push({
        kind: "parse-error",
        message: firstLine(error.message),
        ...sourceMap.range(error.pos[0], error.pos[1])
      });
      return;
    }
    if (doc.contents === null) return;
    const state = new Conversion(doc, version, maxAliasNodes);
    try {
      const data = state.plain(doc.contents);
      if (data !== null) documents.push({ index, data });
    } catch (error) {
      if (error instanceof AliasLimitError)
        problems.push({
          kind: "skipped",
          message: `too many aliases: expanding them would add more than ${maxAliasNodes} nodes to this ${BOMB}`,
          ...sourceMap.position(error.offset)
        });
      else if (error instanceof DocumentError)
        problems.push({ kind: "parse-error", message: error.message, ...sourceMap.range(error.start, error.end) });
      else throw error;
    }
  });
  return { file, text, documents, problems, sourceMap, lines, readBy };
}
function goYamlAccepts(error) {
  return error.code === "MISSING_CHAR" && error.message.startsWith("Comments must be separated from other tokens");
}
function composeOptions(version) {
  return {
    version,
    uniqueKeys: false,
    keepSourceTokens: false,
    strict: true,
    ...version === "1.1" ? { schema: "failsafe" } : {}
  };
}
function compose(text, version) {
  const options = composeOptions(version);
  const source = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  const lineCounter = new import_yaml4.LineCounter();
  const docs = (0, import_yaml4.parseAllDocuments)(source, { ...options, lineCounter });
  const cutShort = (ds) => ds.some(
    (d) => d.errors.some(
      (e) => e.code === "MISSING_CHAR" && /^Missing closing .?quote/.test(e.message) || e.code === "BAD_INDENT" && /must be sufficiently indented/.test(e.message)
    )
  );
  if (Array.isArray(docs) && cutShort(docs)) {
    const reindented = reindent(source);
    if (reindented) {
      const counter = new import_yaml4.LineCounter();
      const again = (0, import_yaml4.parseAllDocuments)(reindented.text, { ...options, lineCounter: counter });
      const errors = (ds) => ds.reduce((n, d) => n + d.errors.length, 0);
      if (errors(again) < errors(docs))
        return { docs: again, sourceMap: new SourceMap(reindented.text, counter, again, reindented.inserted) };
    }
  }
  return { docs, sourceMap: new SourceMap(source, lineCounter, docs) };
}
function jsonSourceMap(text, values) {
  const lineCounter = lineCounterOf(text);
  const docs = values.map((v) => {
    const doc = (0, import_yaml4.parseDocument)(text.slice(v.start, v.end), { keepSourceTokens: false });
    if (v.start > 0)
      (0, import_yaml4.visit)(doc, (_key, node) => {
        const r = node.range;
        if (r) for (let i = 0; i < r.length; i++) r[i] += v.start;
      });
    return doc;
  });
  return new SourceMap(text, lineCounter, docs);
}
var AliasLimitError = class extends Error {
  constructor(offset) {
    super("alias limit");
    this.offset = offset;
  }
  offset;
};
var DocumentError = class extends Error {
  constructor(message, start, end) {
    super(message);
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
var MERGE_TAG = "tag:yaml.org,2002:merge";
var BOMB = "document (an alias bomb?)";
var NULL_KEY = "a null mapping key: JSON, and so Kubernetes, cannot hold it";
var Conversion = class {
  constructor(doc, version, maxAliasNodes) {
    this.doc = doc;
    this.version = version;
    this.left = maxAliasNodes;
  }
  doc;
  version;
  left;
  sizes = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  converting = /* @__PURE__ */ new Set();
  plain(node) {
    if (node === null) return null;
    if ((0, import_yaml4.isAlias)(node)) {
      const target = this.target(node);
      if (!target) return null;
      this.left -= this.sizeOf(target);
      if (this.left < 0) throw new AliasLimitError(node.range?.[0] ?? 0);
      return this.anchored(target);
    }
    if ((0, import_yaml4.isScalar)(node)) return this.scalar(node);
    let value;
    if ((0, import_yaml4.isMap)(node)) value = this.map(node);
    else if ((0, import_yaml4.isSeq)(node)) value = node.items.map((item) => this.plain(item));
    if (node.tag) {
      const intrinsic = intrinsicFromTag(node.tag, value);
      if (intrinsic !== void 0) return intrinsic;
    }
    return value;
  }
  target(alias) {
    return alias.resolve(this.doc);
  }
  scalar(node) {
    if (this.version === "1.2")
      return node.value instanceof Date ? node.source ?? node.value.toISOString() : node.value;
    const text = String(node.value ?? "");
    if (node.tag) {
      const intrinsic = intrinsicFromTag(node.tag, text);
      if (intrinsic !== void 0) return intrinsic;
    }
    const value = this.resolved(node, text).value;
    if (typeof value === "number" && !Number.isFinite(value))
      throw this.error(node, `${node.source ?? text} is a float that JSON, and so Kubernetes, cannot hold: quote it`);
    return value;
  }
  resolved(node, text) {
    try {
      if (node.tag && node.tag !== "!") return resolveTagged(node.tag, text);
      if (node.type === import_yaml4.Scalar.PLAIN && !node.tag) return resolve(text, true);
      return { kind: "str", value: text };
    } catch (error) {
      if (error instanceof ScalarError) throw this.error(node, error.message);
      throw error;
    }
  }
  map(node) {
    const out = {};
    const explicit = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      const key = pair.key;
      const valueNode = pair.value;
      if ((0, import_yaml4.isScalar)(key) && this.isMergeKey(key)) {
        this.merge(out, valueNode, key);
        continue;
      }
      const name = this.keyName(key, node);
      if (explicit.has(name)) throw this.error(key ?? node, "Map keys must be unique");
      explicit.add(name);
      Object.defineProperty(out, name, {
        value: this.plain(valueNode),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  }
  /** A plain `<<` (or `!!merge`) key: YAML 1.1's merge key, which go-yaml honours (decode.go isMerge). */
  isMergeKey(key) {
    return key.value === "<<" && (key.type === import_yaml4.Scalar.PLAIN && !key.tag || key.tag === MERGE_TAG);
  }
  /**
   * go-yaml merges in place (decode.go merge): the merged keys overwrite those written before
   * `<<`, keys written after it overwrite them, and in a list of maps the first one wins.
   */
  merge(out, source, at2) {
    const isMapNode = (n) => (0, import_yaml4.isMap)(n) || (0, import_yaml4.isAlias)(n) && (0, import_yaml4.isMap)(this.target(n));
    const sources = (0, import_yaml4.isSeq)(source) ? source.items : [source];
    if (!sources.every(isMapNode) || !(0, import_yaml4.isSeq)(source) && !isMapNode(source))
      throw this.error(source ?? at2, "map merge requires map or sequence of maps as the value");
    for (const s of [...sources].reverse()) {
      const values = this.plain(s);
      for (const [k, v] of Object.entries(values))
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  /** The JSON name of a key as sigs.k8s.io/yaml writes it, or why Kubernetes cannot read the document. */
  keyName(key, map2) {
    let node = key;
    if ((0, import_yaml4.isAlias)(node)) node = this.target(node) ?? null;
    if (node === null) throw this.error(map2, NULL_KEY);
    if (!(0, import_yaml4.isScalar)(node))
      throw this.error(key, "a mapping or sequence as a mapping key: JSON, and so Kubernetes, cannot hold it");
    if (this.version === "1.2") return String(node.value);
    const text = String(node.value ?? "");
    try {
      if (node.tag && !node.tag.startsWith("tag:yaml.org,2002:")) return text;
      return jsonKey(this.resolved(node, text));
    } catch (error) {
      if (error instanceof ScalarError) throw this.error(key, error.message);
      throw error;
    }
  }
  anchored(target) {
    if (this.anchors.has(target)) return this.anchors.get(target);
    if (this.converting.has(target)) throw this.error(target, "anchor value contains itself");
    this.converting.add(target);
    const value = this.plain(target);
    this.converting.delete(target);
    this.anchors.set(target, value);
    return value;
  }
  sizeOf(node) {
    const known = this.sizes.get(node);
    if (known !== void 0) return known;
    this.sizes.set(node, 1);
    let size = 1;
    if ((0, import_yaml4.isMap)(node)) for (const pair of node.items) size += (pair.value ? this.sizeOf(pair.value) : 0) + 1;
    else if ((0, import_yaml4.isSeq)(node)) for (const item of node.items) size += item ? this.sizeOf(item) : 1;
    else if ((0, import_yaml4.isAlias)(node)) {
      const target = this.target(node);
      size += target ? this.sizeOf(target) : 0;
    }
    this.sizes.set(node, size);
    return size;
  }
  error(node, message) {
    const [start, end] = node.range ?? [0, 0];
    return new DocumentError(message, start, end);
  }
};

// src/parse/block-yaml-map.ts
var NotFollowed = class extends Error {
};
var SPECIAL_KEY = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
var PLAIN_KEY = /^[A-Za-z_][\w./-]*$/;
var BlockYamlMap = class extends SourceMap {
  constructor(text, compose2) {
    if (/\r(?!\n)/.test(text)) throw new NotFollowed("lone CR line breaks");
    if (text.charCodeAt(0) === 65279) throw new NotFollowed("a byte order mark");
    if (/(^|\s)[|>]([1-9]?\+|\+[1-9])\s*(#.*)?$/m.test(text)) throw new NotFollowed("keep chomping");
    const lineCounter = new import_yaml5.LineCounter();
    const lines = [];
    for (let start = 0; start <= text.length; ) {
      lineCounter.addNewLine(start);
      const next = text.indexOf("\n", start);
      const end = next < 0 ? text.length : next;
      const content = text.slice(start, end);
      if (content.startsWith("	") || /^[ ]*\t/.test(content)) throw new NotFollowed("a tab");
      const indent = /^ */.exec(content)[0].length;
      const rest = content.slice(indent);
      const contentEnd = text[end - 1] === "\r" ? end - 1 : end;
      lines.push({ start, end, contentEnd, indent, empty: rest === "" || rest === "\r" || rest.startsWith("#") });
      if (next < 0) break;
      start = next + 1;
    }
    super(text, lineCounter, []);
    this.compose = compose2;
    this.lines = lines;
    this.documents = this.cut();
    this.refuseUnderIndentedValues();
  }
  compose;
  lines;
  entries = /* @__PURE__ */ new Map();
  composed;
  documents;
  /** Each document's top collection, found once (it reads every line). */
  tops = /* @__PURE__ */ new Map();
  /** The end (exclusive) of the document a path is being followed in: no collection reaches past it. */
  limit = 0;
  /** Large maps' entries by name (the first of a name, as `yaml` finds it). */
  names = /* @__PURE__ */ new Map();
  /**
   * A quoted or flow value continued on lines no more indented than its own is read by go-yaml,
   * and by `yaml` only once re-indented (careful-read.ts): those lines would pass here for
   * entries of the collections around it. Such a text is composed whole.
   */
  refuseUnderIndentedValues() {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.empty) continue;
      const value = valueStart(this.text, line.start + line.indent, line.contentEnd);
      if (value === void 0) continue;
      const c = this.text[value];
      if (c === "|" || c === ">" || c === "!" && /^![^\s]*\s+[|>]/.test(this.text.slice(value, line.contentEnd))) {
        while (i + 1 < this.lines.length && (this.lines[i + 1].empty || this.lines[i + 1].indent > line.indent)) i++;
        continue;
      }
      if (c !== '"' && c !== "'" && c !== "[" && c !== "{") continue;
      if (closing(this.text, value, line.contentEnd, c) !== void 0) continue;
      const end = closing(this.text, value, this.text.length, c);
      if (end === void 0) throw new NotFollowed("a quoted or flow value that does not end here");
      for (; i + 1 < this.lines.length && this.lines[i + 1].start < end; i++) {
        const next = this.lines[i + 1];
        if (next.empty && c !== '"' && c !== "'") continue;
        if (next.indent <= line.indent && next.contentEnd > next.start) {
          throw new NotFollowed("a quoted or flow value continued on a line no more indented than its own");
        }
      }
    }
  }
  /**
   * The documents, as `yaml` numbers them: one from the first content line when content comes
   * before the first `---` (or there is none), then one from each `---` line to the next.
   */
  cut() {
    const markers = [];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.indent > 0) continue;
      const text = this.text.slice(line.start, line.contentEnd);
      if (/^(\.\.\.|%)/.test(text)) throw new NotFollowed("directives or a document end");
      if (!/^---(\s|$)/.test(text)) continue;
      if (!/^---\s*(#.*)?$/.test(text)) throw new NotFollowed("content after ---");
      markers.push(i);
    }
    const before = markers.length > 0 ? markers[0] : this.lines.length;
    const starts = this.lines.slice(0, before).some((l) => !l.empty) ? [0, ...markers] : markers;
    return starts.map((from, i) => ({ from, to: starts[i + 1] ?? this.lines.length }));
  }
  locate(...args) {
    try {
      return super.locate(...args);
    } catch (error) {
      if (!(error instanceof NotFollowed)) throw error;
      this.composed ??= this.compose();
      return this.composed.locate(...args);
    }
  }
  find(docIndex, path) {
    const document = this.documents[docIndex];
    if (!document) throw new NotFollowed("no such document");
    this.limit = document.to;
    let block = this.tops.get(docIndex) ?? this.root(document);
    this.tops.set(docIndex, block);
    let key;
    const place = () => ({ start: this.offsetOf(block), end: this.blockEnd(block) });
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const entries = this.entriesOf(block);
      const entry = block.kind === "map" ? this.named(entries, String(seg)) : typeof seg === "number" ? entries[seg] : void 0;
      if (!entry) return { ...place(), ...key ? { key } : {}, complete: false };
      key = entry.key;
      const inner = this.entryValue(block, entries, entry);
      if (inner.kind === "block") {
        block = inner.block;
        continue;
      }
      return this.inValue(inner.start, inner.end, path.slice(i + 1), key);
    }
    return { ...place(), ...key ? { key } : {}, complete: true };
  }
  named(entries, name) {
    if (entries.length < 32) return entries.find((e) => e.name === name);
    let index = this.names.get(entries);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const e of entries) if (e.name !== void 0 && !index.has(e.name)) index.set(e.name, e);
      this.names.set(entries, index);
    }
    return index.get(name);
  }
  /** A document's top collection: its first content line after its `---`, if it has one. */
  root(document) {
    let first = document.from;
    if (/^---(\s|$)/.test(this.lineText(first))) first++;
    while (first < document.to && this.lines[first].empty) first++;
    if (first >= document.to) throw new NotFollowed("an empty document");
    if (this.lines[first].indent !== 0) throw new NotFollowed("no top collection");
    const kind = /^-(\s|$)/.test(this.lineText(first)) ? "seq" : "map";
    const line = this.lines[first];
    if (kind === "map" && !this.startsEntry(line.start, line.contentEnd)) throw new NotFollowed("no top collection");
    return this.extend({ kind, first, indent: 0, column: 0, last: first });
  }
  /** The collection's last line: before the first content line that does not belong to it. */
  extend(block) {
    let last = block.first;
    for (let i = block.first + 1; i < this.limit; i++) {
      const line = this.lines[i];
      if (line.empty) continue;
      if (line.indent < block.indent) break;
      if (line.indent === block.indent) {
        const dash = /^-(\s|$)/.test(this.lineText(i));
        if (block.kind === "seq" && !dash) break;
      }
      last = i;
    }
    return { ...block, last };
  }
  /** The entries of a collection, listed once. */
  entriesOf(block) {
    const id = `${block.first}:${block.column}:${block.kind}`;
    const known = this.entries.get(id);
    if (known) return known;
    const out = [];
    for (let i = block.first; i <= block.last; i++) {
      const line = this.lines[i];
      if (line.empty) continue;
      const column = i === block.first ? block.column : line.indent;
      if (i !== block.first && line.indent !== block.indent) continue;
      const at2 = line.start + column;
      if (block.kind === "seq") {
        if (!/^-(\s|$)/.test(this.text.slice(at2, at2 + 2))) throw new NotFollowed("not a sequence item");
        out.push({ index: out.length, line: i, value: this.afterSpaces(at2 + 1, line.end) });
      } else {
        if (/^-(\s|$)/.test(this.text.slice(at2, at2 + 2))) continue;
        out.push({ ...this.keyAt(i, at2, line.end), index: out.length });
      }
    }
    this.entries.set(id, out);
    return out;
  }
  /** A `key: value` line's key and where its value starts. */
  keyAt(line, at2, end) {
    const text = this.text;
    let name;
    let keyEnd;
    const quote = text[at2];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, at2 + 1);
      if (close < 0 || close >= end) throw new NotFollowed("a key over lines");
      const raw = text.slice(at2, close + 1);
      if (quote === '"' && raw.includes("\\")) throw new NotFollowed("an escaped key");
      if (quote === "'" && text[close + 1] === "'") throw new NotFollowed("a quote in a key");
      name = raw.slice(1, -1);
      keyEnd = close + 1;
      if (text[keyEnd] !== ":") throw new NotFollowed("not a key");
    } else {
      const colon2 = text.slice(at2, end).search(/:(\s|$)/);
      if (colon2 < 0) throw new NotFollowed("not a key");
      name = text.slice(at2, at2 + colon2).replace(/[ \t]+$/, "");
      keyEnd = at2 + name.length;
      if (!PLAIN_KEY.test(name) || SPECIAL_KEY.test(name)) throw new NotFollowed("an unusual key");
      if (text.slice(keyEnd, at2 + colon2).trim() !== "") throw new NotFollowed("not a key");
      keyEnd = at2 + name.length;
    }
    const colon = text.indexOf(":", keyEnd);
    return { name, key: [at2, keyEnd], line, value: this.afterSpaces(colon + 1, end) };
  }
  /** The first offset after spaces on a line, undefined when only a comment or nothing follows. */
  afterSpaces(from, end) {
    let i = from;
    while (i < end && this.text[i] === " ") i++;
    if (i >= end || this.text[i] === "#" || this.text[i] === "\r") return void 0;
    return i;
  }
  /** An entry's value: a block collection, or a value written on its lines (offsets). */
  entryValue(block, entries, entry) {
    const next = entries[entry.index + 1];
    let last = next ? next.line - 1 : block.last;
    while (last > entry.line && this.lines[last].empty) last--;
    if (entry.value !== void 0) {
      const c = this.text[entry.value];
      if (c === "&" || c === "*" || c === "?") throw new NotFollowed("an anchor, alias or complex key");
      const column = entry.value - this.lines[entry.line].start;
      if (block.kind === "seq" && /^-(\s|$)/.test(this.text.slice(entry.value, entry.value + 2))) {
        throw new NotFollowed("a sequence in a sequence item");
      }
      if (block.kind === "seq" && this.startsEntry(entry.value, this.lines[entry.line].end)) {
        return { kind: "block", block: { kind: "map", first: entry.line, indent: column, column, last } };
      }
      const line2 = this.lines[last];
      const blockScalar = /^(![^\s]*\s+)?[|>]/.test(this.text.slice(entry.value, line2.end));
      if (blockScalar && last === entry.line) throw new NotFollowed("an empty block scalar");
      const end = blockScalar && line2.end < this.text.length ? line2.end + 1 : line2.contentEnd;
      for (let i = last + 1; blockScalar && i < this.limit && this.lines[i].empty; i++) {
        const after = this.lines[i];
        if (after.contentEnd > after.start) throw new NotFollowed("spaces or # lines after a block scalar");
      }
      return { kind: "value", start: entry.value, end };
    }
    let first = entry.line + 1;
    while (first <= last && this.lines[first].empty) first++;
    if (first > last) throw new NotFollowed("an empty value");
    const line = this.lines[first];
    const kind = /^-(\s|$)/.test(this.lineText(first)) ? "seq" : "map";
    if (kind === "map" && !this.startsEntry(line.start + line.indent, line.end)) {
      throw new NotFollowed("a scalar on the lines below");
    }
    return { kind: "block", block: { kind, first, indent: line.indent, column: line.indent, last } };
  }
  /** Whether a `key:` starts at an offset (a plain or quoted key, then ': ' or the line's end). */
  startsEntry(at2, end) {
    const rest = this.text.slice(at2, end);
    if (/^["']/.test(rest)) return /^("[^"\\]*"|'[^']*'):(\s|$)/.test(rest);
    if (/^[[{]|^-(\s|$)/.test(rest)) return false;
    return /^[^#:]*?:(\s|$)/.test(rest) && !/^[^:]*\s#/.test(rest);
  }
  /** A value written on its lines, composed on its own, its offsets moved to the document's. */
  inValue(start, end, rest, key) {
    const plain = rest.length === 0 ? plainText2(this.text, start, end) : void 0;
    if (plain !== void 0) {
      const scalar2 = new import_yaml5.Scalar(plain);
      scalar2.type = import_yaml5.Scalar.PLAIN;
      scalar2.range = [start, start + plain.length, start + plain.length];
      return { start, end: start + plain.length, ...key ? { key } : {}, scalar: scalar2, complete: true };
    }
    const doc = (0, import_yaml5.parseDocument)(this.text.slice(start, end), composeOptions("1.1"));
    if (doc.errors.length > 0 || !doc.contents) throw new NotFollowed("a value yaml reads differently alone");
    const top = doc.contents;
    if (top.items !== void 0 && !top.flow) throw new NotFollowed("a block collection");
    let node = doc.contents;
    let nodeKey;
    let complete = true;
    for (const seg of rest) {
      const next = childOf(node, seg);
      if (!next) {
        complete = false;
        break;
      }
      node = next.node;
      nodeKey = next.key;
    }
    const shift = (n) => n?.range && [n.range[0] + start, n.range[1] + start];
    const shifted = shift(node);
    const range2 = [this.tagStart(node, shifted[0]), shifted[1]];
    const keyRange = rest.length > 0 ? shift(nodeKey) : key;
    let scalar;
    if ((0, import_yaml5.isScalar)(node)) {
      scalar = new import_yaml5.Scalar(node.value);
      scalar.type = node.type;
      scalar.range = [shifted[0], shifted[1], shifted[1]];
    }
    return {
      start: range2[0],
      end: range2[1],
      ...keyRange ? { key: keyRange } : {},
      ...scalar ? { scalar } : {},
      complete
    };
  }
  offsetOf(block) {
    return this.lines[block.first].start + block.column;
  }
  /** Where `yaml` ends a block collection: after the line break of its last content line. */
  blockEnd(block) {
    const lastText = this.lineText(block.last).replace(/\s+#.*$/, "").trimEnd();
    if (/(^|\s)(-|[!&]\S*)$/.test(lastText) || lastText.endsWith(":")) throw new NotFollowed("an empty value last");
    for (let i = block.last + 1; i < this.limit && this.lines[i].empty; i++) {
      if (this.lines[i].contentEnd > this.lines[i].start) throw new NotFollowed("comments or spaces after the end");
    }
    const line = this.lines[block.last];
    return line.end < this.text.length ? line.end + 1 : line.end;
  }
  lineText(i) {
    const line = this.lines[i];
    return this.text.slice(line.start + line.indent, line.end);
  }
};
function valueStart(text, from, end) {
  let at2 = from;
  while (text[at2] === "-" && (at2 + 1 >= end || text[at2 + 1] === " " || text[at2 + 1] === "	")) {
    at2++;
    while (at2 < end && (text[at2] === " " || text[at2] === "	")) at2++;
  }
  if (at2 >= end) return void 0;
  const c = text[at2];
  let keyEnd;
  if (c === '"' || c === "'") {
    const close = closing(text, at2, end, c);
    if (close !== void 0 && text[close] === ":" && (close + 1 >= end || /\s/.test(text[close + 1]))) {
      keyEnd = close + 1;
    }
  } else if (c !== "[" && c !== "{" && c !== "#") {
    const colon = text.slice(at2, end).search(/:(\s|$)/);
    if (colon >= 0 && !text.slice(at2, at2 + colon).includes(" #")) keyEnd = at2 + colon + 1;
  }
  if (keyEnd === void 0) return c === "#" ? void 0 : at2;
  at2 = keyEnd;
  while (at2 < end && (text[at2] === " " || text[at2] === "	")) at2++;
  return at2 >= end || text[at2] === "#" ? void 0 : at2;
}
function closing(text, from, end, open) {
  if (open === '"' || open === "'") {
    for (let i = from + 1; i < end; i++) {
      if (open === '"' && text[i] === "\\") i++;
      else if (text[i] === open) {
        if (open === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return void 0;
  }
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = closing(text, i, end, ch);
      if (close === void 0) return void 0;
      i = close - 1;
    } else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (ch === "#" && /\s/.test(text[i - 1] ?? "")) return void 0;
  }
  return void 0;
}
var STRING_ONLY = /[g-hj-mp-suvwyG-HJ-MP-SUVWY/]/;
var NOT_SIMPLE = /^[-?:,[\]{}#&*!|>'"%@`]|[,[\]{}\n\t]|: |:$| #/;
var NOT_A_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
function plainText2(text, start, end) {
  let value = text.slice(start, end);
  const comment = value.indexOf(" #");
  if (comment >= 0) value = value.slice(0, comment);
  value = value.replace(/ +$/, "");
  if (value === "" || NOT_SIMPLE.test(value) || NOT_A_STRING.test(value) || !STRING_ONLY.test(value)) return void 0;
  return value;
}
function childOf(node, seg) {
  const items = node.items;
  if (!Array.isArray(items)) return void 0;
  if (typeof seg === "number") {
    const item = items[seg];
    return item && !("key" in item) ? { node: item } : void 0;
  }
  for (const pair of items) {
    if (pair.key && (0, import_yaml5.isScalar)(pair.key) && keyMatches(pair.key, seg)) {
      return { node: pair.value ?? pair.key, key: pair.key };
    }
  }
  return void 0;
}
function blockYamlMap(text, compose2) {
  try {
    return new BlockYamlMap(text, compose2);
  } catch (error) {
    if (error instanceof NotFollowed) return compose2();
    throw error;
  }
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str2;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str2;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str2 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str2;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool2;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool2;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool2 = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool2;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float2;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float2;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float2 = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float2;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
    const length = string.length;
    while (position2 < length) {
      let line;
      const next = string.indexOf("\n", position2);
      if (next === -1) {
        line = string.slice(position2);
        position2 = length;
      } else {
        line = string.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/parse/fast-load.ts
var import_yaml6 = __toESM(require_dist(), 1);
var Careful = class extends Error {
};
var resolved2;
var GO_YAML_PLAIN = new Type("tag:edgenet,2026:go-yaml-plain", {
  kind: "scalar",
  resolve(data) {
    if (data === "<<") throw new Careful();
    const r = resolve(data, true);
    if (r.kind === "str" || r.kind === "timestamp") return false;
    if (r.kind === "float" && !Number.isFinite(r.value)) throw new Careful();
    resolved2 = r.value;
    return true;
  },
  construct: () => resolved2
});
var TAGS = INTRINSICS.flatMap(
  (name) => ["scalar", "sequence", "mapping"].map(
    (kind) => new Type(`!${name}`, { kind, construct: (value) => intrinsicFromTag(`!${name}`, value ?? "") })
  )
);
var LOCAL_TAGS = ["scalar", "sequence", "mapping"].map(
  (kind) => new Type("!", { kind, multi: true, construct: (value) => value ?? (kind === "scalar" ? "" : value) })
);
var SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [GO_YAML_PLAIN], explicit: [...TAGS, ...LOCAL_TAGS] });
var ODD_KEY = String.raw`[-+]?(?:[0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9_]+)?|[0-9][0-9_]*[eE][-+]?[0-9_]+|[0-9_]{16,}` + "|0[xX][0-9a-fA-F_]{14,})|~|null|Null|NULL";
var ODD_KEY_TEXT = new RegExp(`^(?:${ODD_KEY})$`);
var NODE = String.raw`(?:^[ \t]*(?:-[ \t]+)*|[:?][ \t]+|[[{,][ \t]*|![^\s]*[ \t]+)`;
var ODD_KEY_FIRST = String.raw`(?=[ \t]*(?:-[ \t]+)*[-+0-9_.~nN:])`;
var CAREFUL_RULES = [
  // js-yaml expands aliases without limit; the careful path charges each document's.
  { why: "anchor", test: new RegExp(`${NODE}&[^\\s,[\\]{}]`, "m"), structural: true, needs: ["&"] },
  // kubectl cuts documents at lines starting with `---` and refuses content after the marker.
  { why: "content after ---", test: /^(?:---|\.\.\.)[ \t]*[^\s#]/m, needs: ["---", "..."] },
  // go-yaml reads the first document of what kubectl cut: anything after `...` but `---` is lost.
  {
    why: "content after ...",
    test: /^\.\.\.[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*(?!---|\.\.\.|$)/m,
    needs: ["..."]
  },
  { why: "directive", test: /^%/m, needs: ["%"] },
  // A key js-yaml names with String(): a float (go-yaml writes a float32 with %g: `1e6` is
  // "1e+06"), an integer past 2^53 (go-yaml writes it exactly, or refuses it past int64), null
  // or nothing (go-yaml refuses it). At a line's start, and after `[`, `{` or `,`.
  {
    why: "float, large or null key",
    test: new RegExp(String.raw`^${ODD_KEY_FIRST}[ \t]*(?:-[ \t]+)*(?:${ODD_KEY})?[ \t]*:(?:[ \t]|$)`, "m"),
    structural: true
  },
  {
    why: "float, large or null key",
    test: new RegExp(String.raw`[[{,][ \t]*(?:${ODD_KEY})?[ \t]*:(?:[ \t]|$)`, "m"),
    structural: true
  },
  // A collection as a key, which go-yaml refuses and js-yaml names '[object Object]' or "a,b"
  // (a mapping key inside a flow mapping, as in `{{ x }}`, is caught after loading).
  { why: "collection key", test: /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m, structural: true, needs: ["?"] },
  {
    why: "collection key",
    test: new RegExp(`${NODE}[[{][^\\n]*?[\\]}][ \\t]*:`, "m"),
    structural: true,
    needs: ["[", "{"]
  },
  // Syntax go-yaml refuses and js-yaml reads: a tab in indentation (YAML test suite Y79Y), a block
  // scalar opening on a blank line more indented than its text (5LLU; go-yaml reads S98Z, where no
  // text follows, and `yaml` does not: both are left to the careful path, which refuses them).
  { why: "tab indentation", test: /^[ ]*\t/m, needs: ["	"] },
  {
    why: "block scalar opening on a blank line",
    test: /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?\n[ \t]+\r?\n/,
    needs: ["|", ">"]
  },
  // go-yaml refuses a key whose `:` is past KEY_LENGTH_LIMIT characters from its start; js-yaml
  // reads it (a line whose first `: ` is that far from its start: the careful path refuses the
  // key where go-yaml does).
  { why: "long key", test: { test: hasLongKey } },
  // After an empty item (`-` alone, or with a comment) js-yaml puts the next item in the empty
  // item's sequence even where it is less indented and belongs to an outer one (`- a:\n  -\n- b`
  // is [{a: [null, b]}] to it, [{a: [null]}, b] to go-yaml).
  { why: "empty sequence item", test: /^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#[^\n]*)?\r?$/m, needs: ["-"] },
  // A lone `!` (the non-specific tag) on an empty node is "" to go-yaml, null to js-yaml (UKK6).
  { why: "empty ! node", test: /(?:^|[\s[{,])![ \t]*(?:[,\]}]|$)/m, needs: ["!"] }
];
function hasLongKey(text) {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end - start >= KEY_LENGTH_LIMIT) {
      let key = start;
      for (; ; ) {
        while (text[key] === " " || text[key] === "	") key++;
        if (text[key] !== "-" || text[key + 1] !== " " && text[key + 1] !== "	") break;
        key += 2;
      }
      const line = text.slice(key, end);
      let colon = line.indexOf(":");
      while (colon >= 0 && !" 	\r".includes(line[colon + 1] ?? " ")) colon = line.indexOf(":", colon + 1);
      if (colon >= KEY_LENGTH_LIMIT) return true;
    }
    start = end + 1;
  }
  return false;
}
function fastLoad(text) {
  if (carefulReasons(text).length > 0) return { ok: false };
  const documents = [];
  let index = 0;
  try {
    loadAll(
      text,
      (data) => {
        if (data !== null && data !== void 0) documents.push({ index, data });
        index++;
      },
      { schema: SCHEMA }
    );
  } catch {
    return { ok: false };
  }
  if (text.includes("{") && documents.some((d) => hasObjectKey(d.data))) return { ok: false };
  return { ok: true, documents };
}
function carefulReasons(text) {
  const reasons = /* @__PURE__ */ new Set();
  let structural = false;
  for (const rule of CAREFUL_RULES) {
    if (rule.needs && !rule.needs.some((n) => text.includes(n))) continue;
    if (!rule.test.test(text)) continue;
    if (rule.structural) structural = true;
    else reasons.add(rule.why);
  }
  if (structural) for (const why of structureOf(text)) reasons.add(why);
  return [...reasons];
}
function structureOf(text) {
  const reasons = /* @__PURE__ */ new Set();
  let previous = "";
  let previousType = null;
  for (const token of new import_yaml6.Lexer().lex(text)) {
    if (token === "") reasons.add("under-indented flow");
    if (token === "" || token === "" || token === "") continue;
    const type2 = import_yaml6.CST.tokenType(token);
    if (type2 === "space") continue;
    if (type2 === "anchor") reasons.add("anchor");
    else if (type2 === "explicit-key-ind") reasons.add("collection key");
    else if (type2 === "map-value-ind") {
      if (previousType === "flow-seq-end" || previousType === "flow-map-end") reasons.add("collection key");
      else if (previousType === null ? ODD_KEY_TEXT.test(previous) : !/scalar$/.test(previousType ?? ""))
        reasons.add("float, large or null key");
    } else if ((type2 === "double-quoted-scalar" || type2 === "single-quoted-scalar") && !closed(token))
      reasons.add("under-indented quoted scalar");
    previous = token;
    previousType = type2;
  }
  return [...reasons];
}
function closed(token) {
  if (token.length < 2 || token[token.length - 1] !== token[0]) return false;
  if (token[0] === "'") return (/'+$/.exec(token.slice(1))[0].length & 1) === 1;
  return (/\\*"$/.exec(`${token.slice(1, -1)}"`)[0].length & 1) === 1;
}
function hasObjectKey(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(hasObjectKey);
  if (Object.hasOwn(value, "[object Object]")) return true;
  for (const key in value) if (hasObjectKey(value[key])) return true;
  return false;
}

// src/parse/json-stream.ts
var WHITE = /[ \t\n\r]/;
function startsAsJson(text) {
  const first = /\S/.exec(text);
  return first?.[0] === "{";
}
function readJsonStream(text) {
  const values = [];
  const repeated = [];
  let pos = 0;
  for (; ; ) {
    while (pos < text.length && WHITE.test(text[pos])) pos++;
    if (pos >= text.length) break;
    const end = valueEnd(text, pos);
    let data;
    try {
      if (end === void 0) throw new SyntaxError("unexpected end of JSON input");
      data = JSON.parse(text.slice(pos, end));
    } catch (error) {
      if (values.length <= 1) return { json: false };
      return { json: true, values, repeated, error: { offset: pos + errorOffset(error), message: jsonMessage(error) } };
    }
    values.push({ start: pos, end, data });
    const again = firstRepeatedKey(text, pos, end);
    if (again) repeated.push(again);
    pos = end;
  }
  return { json: true, values, repeated };
}
function valueEnd(text, start) {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== "{" && c !== "[") {
    let i = start;
    while (i < text.length && !/[\s{}[\],:"]/.test(text[i])) i++;
    return i === start ? start + 1 : i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const e = stringEnd(text, i);
      if (e === void 0) return void 0;
      i = e - 1;
    } else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return void 0;
}
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return void 0;
}
function firstRepeatedKey(text, start, end) {
  const stack = [];
  let expectKey = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') {
      const close = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i, close);
        const key = raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
        if (top.has(key)) return { offset: i, end: close, key };
        top.add(key);
        expectKey = false;
      }
      i = close - 1;
    } else if (c === "{") {
      stack.push(/* @__PURE__ */ new Set());
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
      expectKey = false;
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return void 0;
}
function errorOffset(error) {
  const m = /at position (\d+)/.exec(error.message);
  return m ? Number(m[1]) : 0;
}
function jsonMessage(error) {
  return error.message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
}

// src/parse/templates.ts
var import_yaml7 = __toESM(require_dist(), 1);
var HELM_MESSAGE = "Helm template syntax ({{ ... }}) is not YAML: render the chart (helm template) and lint the output";
var GO_MESSAGE = "Go template syntax ({{ .x }}) is not YAML: render it (helm template, or the tool that owns it) and lint the output";
var JINJA_MESSAGE = "Jinja template syntax ({{ x }}, {% ... %}) is not YAML: render it (ansible, or the tool that owns it) and lint the output";
function helmTemplateSyntax(text) {
  const at2 = text.indexOf("{{");
  return at2 < 0 ? void 0 : { ...position(text, at2), message: HELM_MESSAGE };
}
function templateSyntax(text) {
  if (!text.includes("{{") && !text.includes("{%")) return void 0;
  const masked = maskData(text);
  const marker = /\{\{(?!\s*resolve:)|\{%/g;
  const first = marker.exec(masked);
  if (!first) return void 0;
  const go = /\{\{-?\s*(?:[.$]|(?:if|else|end|range|with|define|template|block|include|toYaml|tpl)\b)/.test(masked);
  const jinja = /\{%|\{#/.test(masked);
  return { ...position(text, first.index), message: go && !jinja ? GO_MESSAGE : JINJA_MESSAGE };
}
function maskData(text) {
  const out = [];
  let block = "no";
  for (const token of new import_yaml7.Lexer().lex(text)) {
    if (token === "" || token === "" || token === "") {
      if (token === "" && block === "header") block = "content";
      continue;
    }
    const type2 = import_yaml7.CST.tokenType(token);
    let data = type2 === "comment" || type2 === "double-quoted-scalar" || type2 === "single-quoted-scalar";
    if (type2 === "block-scalar-header") block = "header";
    else if (block === "content") {
      data = true;
      block = "no";
    }
    out.push(data ? token.replace(/[^\n]/g, " ") : token);
  }
  return out.join("");
}

// src/parse/parse-documents.ts
function parseText(file, text, options = {}) {
  const version = options.version ?? "1.1";
  if (options.helmChartTemplate) {
    const template = helmTemplateSyntax(text);
    if (template) {
      const { message, ...at2 } = template;
      const problems = [{ kind: "skipped", message, ...at2 }];
      return lazy(file, text, [], problems, "none", () => carefulRead(file, text, options).sourceMap);
    }
  }
  if (version === "1.1" && startsAsJson(text)) {
    const json2 = jsonFile(file, text);
    if (json2) return json2;
  }
  const positions = () => blockYamlMap(text, () => carefulRead(file, text, options).sourceMap);
  if (options.positionsOnly && version === "1.1") return lazy(file, text, [], [], "none", positions);
  if (options.fast !== false && version === "1.1") {
    const lines = options.lines === false ? void 0 : blockLoad(text);
    if (lines) return lazy(file, text, lines, [], "lines", positions);
    const fast = fastLoad(text);
    if (fast.ok) return lazy(file, text, fast.documents, [], "js-yaml", positions);
  }
  const careful = carefulRead(file, text, options);
  if (version === "1.1" && careful.problems.some((p) => p.kind === "parse-error")) {
    const template = templateSyntax(text);
    if (template) {
      const { message, ...at2 } = template;
      return { ...careful, documents: [], problems: [{ kind: "skipped", message, ...at2 }] };
    }
  }
  return careful;
}
function jsonFile(file, text) {
  const stream = readJsonStream(text);
  if (!stream.json) return void 0;
  const problems = [];
  const positions = lineStarts(text);
  const refused = /* @__PURE__ */ new Set();
  for (const r of stream.repeated) {
    problems.push({ kind: "parse-error", message: "Map keys must be unique", ...range(positions, r.offset, r.end) });
    refused.add(stream.values.findIndex((v) => v.start <= r.offset && r.offset < v.end));
  }
  if (stream.error)
    problems.push({
      kind: "parse-error",
      message: stream.error.message,
      ...positionAt(positions, stream.error.offset)
    });
  const documents = stream.values.map((v, index) => ({ index, data: v.data })).filter((d) => d.data !== null && !refused.has(d.index));
  return lazy(
    file,
    text,
    documents,
    problems,
    "json",
    () => new JsonSourceMap(text, stream.values, () => jsonSourceMap(text, stream.values))
  );
}
function lazy(file, text, documents, problems, readBy, buildSourceMap) {
  let sourceMap;
  let lines;
  return {
    file,
    text,
    documents,
    problems,
    readBy,
    get sourceMap() {
      sourceMap ??= buildSourceMap();
      return sourceMap;
    },
    get lines() {
      lines ??= splitLines(text);
      return lines;
    }
  };
}
function range(starts, start, end) {
  const a = positionAt(starts, start);
  const b = positionAt(starts, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

// src/read/read-file.ts
function readOne(file, options, readStdin = () => Buffer.alloc(0)) {
  const source = readSource(file, options.maxBytes, readStdin);
  if (!source.ok) {
    const where = source.line === void 0 ? {} : { line: source.line, column: source.column ?? 1 };
    return { read: { ok: false, file: file.display, reason: source.reason, ...where } };
  }
  const parsed = parseText(file.display, source.text, { helmChartTemplate: options.helmChartTemplate });
  return { read: factsOf(parsed), parsed };
}
function factsOf(parsed) {
  const draft = new ModelDraft();
  const kinds = readFile(parsed, draft);
  const facts = draft.toFragment();
  return {
    ok: true,
    file: parsed.file,
    problems: ownProblems(parsed),
    // Only a file that adds facts matters to which cluster it joins (an RBAC manifest does not).
    kinds: draft.factCount() > 0 ? [...kinds] : [],
    documents: parsed.documents.length,
    readBy: parsed.readBy,
    facts,
    waivers: waiverInput(parsed)
  };
}
var MANIFEST_KEY = /(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)["']?(?:apiVersion|kind|(?:ROS|AWS)TemplateFormatVersion|Resources)["']?[ \t]*:/m;
function ownProblems(parsed) {
  if (!parsed.problems.some((p) => p.kind === "parse-error") || MANIFEST_KEY.test(parsed.text)) return parsed.problems;
  return parsed.problems.map(
    (p) => p.kind === "parse-error" ? {
      ...p,
      kind: "skipped",
      message: `not read (${p.message.replace(/\.$/, "")}); it holds no Kubernetes object or ROS/CloudFormation template, so edgenet does not judge it`
    } : p
  );
}
function waiverInput(parsed) {
  const annotations = [];
  for (const doc of parsed.documents) {
    const value = doc.data?.metadata?.annotations?.[WAIVER_ANNOTATION];
    if (value !== void 0) annotations.push({ index: doc.index, value });
  }
  const inline = parsed.text.includes(INLINE_WAIVER) || annotations.length > 0 && /\r(?!\n)/.test(parsed.text);
  if (!inline && annotations.length === 0) return null;
  return { ...inline ? { text: parsed.text } : {}, annotations };
}
function waiverFile(file, input, positions) {
  const text = input.text ?? "";
  const documents = input.annotations.map((a) => ({
    index: a.index,
    data: { metadata: { annotations: { [WAIVER_ANNOTATION]: a.value } } }
  }));
  const parsed = parseText(file, "");
  const lines = splitLines(text);
  return {
    file,
    text,
    documents,
    problems: [],
    lines,
    readBy: "none",
    get sourceMap() {
      return positions?.sourceMap ?? parsed.sourceMap;
    }
  };
}

export {
  SMALL_FILE_LIMIT,
  readBounded,
  fileKind,
  formatBytes,
  DEFAULT_MAX_FILE_SIZE,
  readSource,
  inputFinding,
  invalidResource,
  skipped,
  parseError,
  isRecord,
  get,
  scalarString,
  DEFAULT_VXLAN_PORT,
  parseText,
  WAIVER_ANNOTATION,
  INLINE_WAIVER,
  fluxChangesBuild,
  argoChangesBuild,
  readArgoApplication,
  ModelDraft,
  LABEL,
  readFile,
  finishModel,
  readOne,
  waiverFile
};
