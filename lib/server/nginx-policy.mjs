// The nginx side of deploy/http-policy.mjs: deploy/nginx/policy-http.conf (types, charset and the
// maps, inside `http { }`) and deploy/nginx/policy-server.conf (the headers, inside `server { }`).
// Both files are committed so the image needs no Node to configure nginx; a unit test
// (tests/lib/deploy/http-policy.test.ts) fails when they are not what this module makes.
// Write them after changing the policy: `node scripts/server/write-nginx-policy.mjs`.
import {
  allowedMethods,
  cacheRules,
  contentSecurityPolicy,
  contentTypes,
  defaultCacheControl,
  defaultContentType,
  defaultResourcePolicy,
  extensionlessTypes,
  fixedHeaders,
  resourcePolicyRules,
  textTypes,
} from '../../deploy/http-policy.mjs';

const banner = '# Written by scripts/server/write-nginx-policy.mjs from deploy/http-policy.mjs. Do not edit; run the script.';

const quote = (value) => JSON.stringify(value);

// A regex goes in unquoted: inside quotes nginx keeps a backslash doubled by JSON.stringify, and `\.`
// would then mean "a backslash, then any character". So a pattern may not need quoting at all.
function bare(pattern) {
  if (/[\s;{}"'$]/.test(pattern.replace(/\$$/, ''))) throw new Error(`nginx-policy: pattern ${pattern} would need quoting`);
  return pattern;
}

function uriMap(variable, rules, fallback) {
  return [
    `map $uri ${variable} {`,
    ...rules.map((rule) => `    ~${bare(rule.pattern)} ${quote(rule.value)};`),
    `    default ${quote(fallback)};`,
    '}',
  ];
}

export function httpConfig() {
  const byType = new Map();
  for (const [extension, type] of Object.entries(contentTypes)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  return [
    banner,
    '# Include inside `http { }`, in place of mime.types.',
    '',
    'types {',
    ...[...byType].map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`),
    '}',
    `default_type ${defaultContentType};`,
    'charset utf-8;',
    // text/html always gets the charset; listing it again would be a duplicate.
    `charset_types ${textTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    ...uriMap('$cache_control', cacheRules, defaultCacheControl),
    ...uriMap('$cross_origin_resource_policy', resourcePolicyRules, defaultResourcePolicy),
    '',
    // Empty for the allowed methods: nginx sends no header whose value is empty. Empty for no method
    // too: a HEAD whose URL was too long reaches the 414 page with no method name, and must get that page.
    'map $request_method $allow_methods {',
    ...allowedMethods.map((method) => `    ${method} "";`),
    '    "" "";',
    `    default ${quote(allowedMethods.join(', '))};`,
    '}',
    '',
  ].join('\n');
}

export function serverConfig() {
  return [
    banner,
    '# Include inside `server { }`. `always` so redirects and error pages carry the headers too. A location',
    '# that adds a header of its own loses all of these (nginx does not merge add_header), so none does.',
    "# The policy is written out rather than `set` once: `set` runs before error_page's internal redirect,",
    '# so the 404 page would get the hashes of the URL that missed instead of its own.',
    '',
    `add_header Content-Security-Policy ${quote(contentSecurityPolicy('$csp_script_hashes'))} always;`,
    ...fixedHeaders.map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    'add_header Cross-Origin-Resource-Policy $cross_origin_resource_policy always;',
    'add_header Cache-Control $cache_control always;',
    'add_header Allow $allow_methods always;',
    '',
    'if ($allow_methods) {',
    '    return 405;',
    '}',
    '',
    ...Object.entries(extensionlessTypes).flatMap(([name, type]) => [
      `location ~ ${bare(`/${name}$`)} {`,
      `    default_type ${type};`,
      '    try_files $uri =404;',
      '}',
    ]),
    '',
  ].join('\n');
}

export const policyFiles = { 'policy-http.conf': httpConfig, 'policy-server.conf': serverConfig };
