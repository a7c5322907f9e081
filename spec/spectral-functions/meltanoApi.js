// Custom Spectral function for the Meltano API V2 design guidelines
// (docs: "API V2 Design Guidelines", see spec/.spectral.yaml for the rules).
//
// One function, several checks (selected by functionOptions.check), so that
// every rule classifies paths the same way.  Each rule calls it with
// `given: $` and gets the whole document; returned paths are absolute.
//
// Path grammar (relative to the /meltano/core/v2[beta] server namespace):
//
//   /projects/{p}/envs/{e}/jobs/{j}/runs/{r}    literal = collection, {x} = resource id
//   /projects/{p}/envs/{e}/jobs/{j}/runs        trailing plural literal  -> collection (List/Create)
//   /projects/{p}/envs/{e}/jobs/{j}/state       trailing uncountable literal with no
//                                               `/{id}` child path      -> singleton resource
//   /projects/{p}/envs/{e}/jobs/{j}/move        trailing non-plural literal after {id} -> custom verb
//   /projects/{p}/envs/{e}/jobs/{j}/state/copy  custom verb after an uncountable singleton
//                                               (guideline example "state copy")
//
// Plural means "ends in s but not in ss" (so `process`/`access` read as verbs).

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isParam = s => /^\{[^{}]+\}$/.test(s);
const isPlural = s => /[^s]s$/.test(s);

function splitPath(p) {
  const trimmed = p.startsWith('/') ? p.slice(1) : p;
  return trimmed === '' ? [] : trimmed.split('/');
}

function pathIndex(paths) {
  const keys = Object.keys(paths || {});
  // normalised form: every {param} becomes {}, so /a/{x} and /a/{y} are the same route
  const norm = new Set(keys.map(k => k.replace(/\{[^{}]*\}/g, '{}')));
  const observedCollections = new Set();
  for (const k of keys) {
    const s = splitPath(k);
    for (let i = 0; i + 1 < s.length; i++) {
      if (!isParam(s[i]) && isParam(s[i + 1])) observedCollections.add(s[i]);
    }
  }
  return { norm, observedCollections };
}

// kind: 'collection' | 'resource' | 'singleton' | 'verb' | 'unknown'
function classify(p, idx, uncountable) {
  const s = splitPath(p);
  const n = s.length;
  if (n === 0) return 'unknown';
  const last = s[n - 1];
  if (isParam(last)) return 'resource';
  if (last.includes(':')) return 'unknown'; // reported by meltano-no-colon-in-path
  if (n === 1) return 'collection';
  const prev = s[n - 2];
  if (!isParam(prev)) {
    // literal after literal: only valid as a verb on an uncountable singleton (state/copy)
    return uncountable.has(prev) ? 'verb' : 'unknown';
  }
  if (uncountable.has(last)) {
    const child = (p + '/{}').replace(/\{[^{}]*\}/g, '{}');
    return idx.norm.has(child) ? 'collection' : 'singleton';
  }
  if (isPlural(last) || idx.observedCollections.has(last)) return 'collection';
  return 'verb';
}

function operations(pathItem) {
  if (!pathItem || typeof pathItem !== 'object') return [];
  return METHODS.filter(m => pathItem[m] && typeof pathItem[m] === 'object').map(m => [m, pathItem[m]]);
}

// Follow local "#/..." $refs (used by rules that run on the unresolved document).
function deref(doc, node, seen = 0) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string' || seen > 20) return node;
  if (!node.$ref.startsWith('#/')) return node;
  let cur = doc;
  for (const raw of node.$ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!cur || typeof cur !== 'object') return undefined;
    cur = cur[key];
  }
  return deref(doc, cur, seen + 1);
}

function schemaProperties(doc, schema, depth = 0) {
  schema = deref(doc, schema);
  const props = new Set();
  if (!schema || typeof schema !== 'object' || depth > 10) return props;
  for (const k of Object.keys(schema.properties || {})) props.add(k);
  for (const sub of [].concat(schema.allOf || [])) {
    for (const k of schemaProperties(doc, sub, depth + 1)) props.add(k);
  }
  return props;
}

function effectiveParams(doc, pathItem, op) {
  const out = [];
  for (const p of [].concat(pathItem.parameters || [], op.parameters || [])) {
    const r = deref(doc, p);
    if (r && typeof r === 'object') out.push(r);
  }
  return out;
}

function successResponse(responses) {
  if (!responses || typeof responses !== 'object') return [null, undefined];
  const codes = Object.keys(responses).map(String);
  const code = codes.includes('200') ? '200' : codes.find(c => /^2/.test(c));
  return code ? [code, responses[code]] : [null, undefined];
}

const checks = {
  // Collections and resources: segment grammar + plural collection names.
  'path-segments'(doc, idx, opts) {
    const results = [];
    const uncountable = new Set(opts.uncountable);
    for (const p of Object.keys(doc.paths || {})) {
      const at = ['paths', p];
      if (!p.startsWith('/') || p.length === 1) continue; // meltano-paths-under-projects
      const s = splitPath(p);
      s.forEach((seg, i) => {
        if (seg.includes(':')) return; // meltano-no-colon-in-path
        const prev = i > 0 ? s[i - 1] : undefined;
        const next = i + 1 < s.length ? s[i + 1] : undefined;
        if (seg === '') {
          results.push({ message: `Path "${p}" has an empty segment or a trailing slash.`, path: at });
        } else if (/[{}]/.test(seg) && !isParam(seg)) {
          results.push({ message: `Path "${p}": a path parameter must be a whole segment ("${seg}").`, path: at });
        } else if (isParam(seg)) {
          if (prev === undefined || isParam(prev)) {
            results.push({ message: `Path "${p}": resource id "${seg}" must follow a collection name (…/<collection>/{id}).`, path: at });
          }
        } else if (next !== undefined && isParam(next)) {
          if (!isPlural(seg) && !uncountable.has(seg)) {
            results.push({
              message: `Path "${p}": collection name "${seg}" must be plural (end in "s"), or be one of the allowed uncountable names [${[...uncountable].join(', ')}].`,
              path: at,
            });
          }
        } else if (prev !== undefined && !isParam(prev)) {
          const okVerbOnSingleton = next === undefined && uncountable.has(prev) && s.length >= 3 && isParam(s[i - 2]);
          if (!okVerbOnSingleton) {
            results.push({
              message: `Path "${p}": literal segment "${seg}" must follow a resource id; custom verbs are a trailing segment after {id} (…/<collection>/{id}/<verb>) and collections nest under a resource.`,
              path: at,
            });
          }
        }
      });
    }
    return results;
  },

  // Custom methods: only ever POST.
  'custom-verb-post-only'(doc, idx, opts) {
    const results = [];
    const uncountable = new Set(opts.uncountable);
    for (const [p, item] of Object.entries(doc.paths || {})) {
      if (classify(p, idx, uncountable) !== 'verb') continue;
      const verb = splitPath(p).pop();
      for (const [m] of operations(item)) {
        if (m !== 'post') {
          results.push({
            message: `"${p}" ends in custom verb "${verb}": custom methods are POST only, found ${m.toUpperCase()}. (If "${verb}" is a collection, name it in the plural or add it to the uncountable allow-list.)`,
            path: ['paths', p, m],
          });
        }
      }
    }
    return results;
  },

  // Create: POST <collection> -> 201 with the resource ($ref schema) as application/json.
  'create-201-resource'(doc, idx, opts) {
    const results = [];
    const uncountable = new Set(opts.uncountable);
    for (const [p, item] of Object.entries(doc.paths || {})) {
      if (classify(p, idx, uncountable) !== 'collection') continue;
      const op = item && item.post;
      if (!op || typeof op !== 'object') continue;
      const at = ['paths', p, 'post', 'responses'];
      const responses = deref(doc, op.responses) || {};
      const created = deref(doc, responses['201']);
      if (!created) {
        results.push({ message: `Create "POST ${p}" must have a 201 response returning the created resource.`, path: at });
        continue;
      }
      const media = created.content && created.content['application/json'];
      const schema = media && media.schema;
      if (!schema || typeof schema.$ref !== 'string') {
        results.push({
          message: `Create "POST ${p}": the 201 response must return the resource as application/json with a $ref schema (e.g. $ref: '#/components/schemas/<Resource>').`,
          path: [...at, '201'],
        });
      }
    }
    return results;
  },

  // List: GET <collection> has page_size + page_token query params.
  'list-pagination-params'(doc, idx, opts) {
    const results = [];
    const uncountable = new Set(opts.uncountable);
    for (const [p, item] of Object.entries(doc.paths || {})) {
      if (classify(p, idx, uncountable) !== 'collection') continue;
      const op = item && item.get;
      if (!op || typeof op !== 'object') continue;
      const params = effectiveParams(doc, item, op);
      for (const name of ['page_size', 'page_token']) {
        if (!params.some(x => x.name === name && x.in === 'query')) {
          results.push({
            message: `List "GET ${p}" must accept the "${name}" query parameter (page_size + page_token pagination).`,
            path: ['paths', p, 'get'],
          });
        }
      }
    }
    return results;
  },

  // List: GET <collection> response schema carries next_page_token.
  'list-next-page-token'(doc, idx, opts) {
    const results = [];
    const uncountable = new Set(opts.uncountable);
    for (const [p, item] of Object.entries(doc.paths || {})) {
      if (classify(p, idx, uncountable) !== 'collection') continue;
      const op = item && item.get;
      if (!op || typeof op !== 'object') continue;
      const [code, resp] = successResponse(deref(doc, op.responses));
      const r = deref(doc, resp);
      const media = r && r.content && r.content['application/json'];
      const props = schemaProperties(doc, media && media.schema);
      if (!props.has('next_page_token')) {
        results.push({
          message: `List "GET ${p}": the ${code || '2xx'} application/json response schema must have a "next_page_token" property.`,
          path: code ? ['paths', p, 'get', 'responses', code] : ['paths', p, 'get', 'responses'],
        });
      }
    }
    return results;
  },

  // page_token is declared once, as components/parameters/PageToken (the only
  // place exempt from owasp:api2:2023-no-credentials-in-url; see .spectral.yaml).
  'page-token-component'(doc, idx, opts) {
    const results = [];
    const comp = opts.component || 'PageToken';
    const decl = doc.components && doc.components.parameters && doc.components.parameters[comp];
    if (decl && !decl.$ref && (decl.name !== 'page_token' || decl.in !== 'query')) {
      results.push({
        message: `components/parameters/${comp} must be the "page_token" query parameter (it is exempt from the OWASP credentials-in-URL check).`,
        path: ['components', 'parameters', comp],
      });
    }
    const report = (params, at) => {
      (params || []).forEach((x, i) => {
        if (x && !x.$ref && x.name === 'page_token') {
          results.push({
            message: `Declare page_token once as components/parameters/${comp} and use $ref: '#/components/parameters/${comp}' (an inline page_token is flagged by owasp no-credentials-in-url).`,
            path: [...at, 'parameters', i],
          });
        }
      });
    };
    for (const [p, item] of Object.entries(doc.paths || {})) {
      if (!item || typeof item !== 'object') continue;
      report(item.parameters, ['paths', p]);
      for (const [m, op] of operations(item)) report(op.parameters, ['paths', p, m]);
    }
    for (const [name, x] of Object.entries((doc.components && doc.components.parameters) || {})) {
      if (name !== comp && x && !x.$ref && x.name === 'page_token') {
        results.push({
          message: `page_token must be declared as components/parameters/${comp}, not "${name}".`,
          path: ['components', 'parameters', name],
        });
      }
    }
    return results;
  },
};

export default function meltanoApi(input, options) {
  const opts = { uncountable: ['state', 'logs'], ...(options || {}) };
  const check = checks[opts.check];
  if (!check) return [{ message: `meltanoApi: unknown check "${opts.check}"` }];
  if (!input || typeof input !== 'object') return [];
  return check(input, pathIndex(input.paths), opts);
}
