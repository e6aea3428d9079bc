#!/usr/bin/env node
// Vendored copy of ../shared/bench/gen.mjs (byte-identical output for the same arguments), so that
// `npm run bench` works where the shared folder is absent (CI, users). Keep in sync with the original.
// gen.mjs: deterministic generator of OpenAPI 3.0 documents whose operations carry
// x-amazon-apigateway-integration blocks, with a seeded ~3% of defective operations and
// a ground-truth file listing each seeded defect. No dependencies.
//
// usage: node gen.mjs [--out out/docs] [--sizes 100,1000,5000,20000] [--seed 20240601]
//                     [--defect-rate 0.03] [--prefix api]
// writes, per size N:  <out>/<prefix>-N.yaml, <out>/<prefix>-N.json, <out>/<prefix>-N.truth.json
// Same arguments => byte-identical output.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------- CLI
const args = { out: 'out/docs', sizes: '100,1000,5000,20000', seed: '20240601', 'defect-rate': '0.03', prefix: 'api' };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
  const [k, v] = a.includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), process.argv[++i]];
  if (!(k in args)) throw new Error(`unknown option --${k}`);
  args[k] = v;
}
const SIZES = args.sizes.split(',').map((s) => parseInt(s, 10));
const SEED = parseInt(args.seed, 10) >>> 0;
const DEFECT_RATE = Number(args['defect-rate']);

// ---------------------------------------------------------------- PRNG (mulberry32)
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    weighted: (table) => { // [[value, weight], ...]
      const total = table.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of table) { if ((x -= w) < 0) return v; }
      return table[table.length - 1][0];
    },
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
      return arr;
    },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)]; return s; },
    alnum: (n) => { let s = ''; for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)]; return s; },
  };
  return r;
}

// ---------------------------------------------------------------- vocabulary
const TEAMS = ['billing', 'catalog', 'fulfillment', 'identity', 'payments', 'shipping', 'search', 'support', 'analytics', 'marketing',
  'inventory', 'pricing', 'loyalty', 'media', 'messaging', 'compliance', 'partners', 'reporting', 'risk', 'scheduling',
  'storage', 'tenancy', 'audit', 'devices', 'ledger', 'geo', 'content', 'booking', 'claims', 'onboarding'];
const NOUNS = ['orders', 'customers', 'invoices', 'payments', 'shipments', 'products', 'carts', 'users', 'accounts', 'sessions',
  'reports', 'notifications', 'subscriptions', 'webhooks', 'devices', 'tickets', 'coupons', 'refunds', 'reviews', 'stores',
  'warehouses', 'vendors', 'contracts', 'documents', 'policies', 'quotes', 'rates', 'routes', 'schedules', 'tasks',
  'teams', 'projects', 'assets', 'events', 'jobs', 'exports', 'imports', 'messages', 'channels', 'licenses'];
const SUBS = ['items', 'events', 'notes', 'attachments', 'history', 'members', 'versions', 'tags', 'comments', 'lines'];
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'];
const ACCOUNTS = ['123456789012', '210987654321', '555566667777', '098765432109'];
const SINGULAR = (n) => (n.endsWith('ies') ? n.slice(0, -3) + 'y' : n.endsWith('ses') ? n.slice(0, -2) : n.replace(/s$/, ''));
const CAP = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (...parts) => parts.map((p, i) => (i ? CAP(p) : p)).join('');

const DEFECT_KINDS = ['timeout-range', 'vpclink-missing-connection-id', 'lambda-http-method', 'malformed-arn',
  'cache-key-undeclared', 'request-param-undeclared', 'invalid-enum'];

// ---------------------------------------------------------------- parameters
// Shared parameters live in components and are referenced with $ref (a linter must resolve them).
const COMPONENT_PARAMS = {
  PageLimit: { name: 'limit', in: 'query', required: false, description: 'Maximum number of results to return.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
  PageToken: { name: 'nextToken', in: 'query', required: false, description: 'Opaque pagination token.', schema: { type: 'string' } },
  TraceId: { name: 'X-Trace-Id', in: 'header', required: false, description: 'Caller supplied trace identifier.', schema: { type: 'string', format: 'uuid' } },
  TenantId: { name: 'X-Tenant-Id', in: 'header', required: true, description: 'Tenant the request acts on.', schema: { type: 'string' } },
};
const refParam = (key) => ({ $ref: `#/components/parameters/${key}` });
const pathParam = (name) => ({ name, in: 'path', required: true, description: `Identifier of the ${name.replace(/Id$/, '')}.`, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } });
const queryParam = (name, schema) => ({ name, in: 'query', required: false, schema });
const headerParam = (name, required = false) => ({ name, in: 'header', required, schema: { type: 'string' } });

// method.request.<loc>.<name> sources, per OpenAPI `in`
const LOC = { path: 'path', query: 'querystring', header: 'header' };

// ---------------------------------------------------------------- integration builders
function lambdaUri(R, region, acct, fname) {
  const qual = R.weighted([['', 80], [':live', 12], [':${stageVariables.lambdaAlias}', 8]]);
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${acct}:function:${fname}${qual}/invocations`;
}
const caseVariant = (R, v) => (R.chance(0.3) ? v.toUpperCase() : v);
const validTimeout = (R) => R.weighted([[3000, 2], [6000, 2], [10000, 2], [15000, 1], [29000, 3], [R.int(50, 29000), 3], [50, 0.3]]);

function addTimeout(R, integ, p = 0.35) { if (R.chance(p)) integ.timeoutInMillis = validTimeout(R); }

function vtlDynamo(noun, idName) {
  return [
    '{',
    `  "TableName": "${noun}",`,
    '  "Key": {',
    `    "${idName}": { "S": "$input.params('${idName}')" }`,
    '  }',
    '}',
  ].join('\n');
}
const VTL_SQS = 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=traceId&MessageAttribute.1.Value.StringValue=$context.requestId&MessageAttribute.1.Value.DataType=String';
const vtlSns = (region, acct, topic) => `Action=Publish&TopicArn=$util.urlEncode('arn:aws:sns:${region}:${acct}:${topic}')&Message=$util.urlEncode($input.body)`;
const vtlStates = (region, acct, sm) => [
  '#set($body = $util.escapeJavaScript($input.json(\'$\')))',
  '{',
  '  "input": "$body",',
  `  "stateMachineArn": "arn:aws:states:${region}:${acct}:stateMachine:${sm}",`,
  '  "name": "$context.requestId"',
  '}',
].join('\n');
const VTL_LIST_OUT = [
  '#set($inputRoot = $input.path(\'$\'))',
  '{',
  '  "items": [',
  '#foreach($elem in $inputRoot.Items)',
  '    { "id": "$elem.id.S", "updatedAt": "$elem.updatedAt.S" }#if($foreach.hasNext),#end',
  '#end',
  '  ]',
  '}',
].join('\n');
const VTL_ERR = '{ "message": "$util.escapeJavaScript($input.path(\'$.errorMessage\'))", "requestId": "$context.requestId" }';
const CORS = { 'method.response.header.Access-Control-Allow-Origin': "'*'" };

// ctx: { R, team, noun, opMethod, opId, region, acct, declared: [{loc,name}], pathParams: [names], idName }
function buildLambdaProxy(ctx) {
  const { R, team, noun, region, acct } = ctx;
  const fname = `${team}-${noun}-${ctx.action}`;
  const integ = { type: caseVariant(R, 'aws_proxy'), httpMethod: 'POST', uri: lambdaUri(R, region, acct, fname) };
  if (R.chance(0.5)) integ.passthroughBehavior = caseVariant(R, 'when_no_match');
  if (R.chance(0.2)) integ.credentials = `arn:aws:iam::${acct}:role/${team}-apigw-invoke`;
  if (R.chance(0.1)) integ.contentHandling = 'CONVERT_TO_TEXT';
  addTimeout(R, integ);
  integ.responses = { default: { statusCode: '200' } };
  return integ;
}

function buildAwsService(ctx) {
  const { R, team, noun, region, acct, idName, pathParams } = ctx;
  const svc = R.weighted([['dynamodb', 4], ['sqs', 2], ['sns', 1], ['states', 2], ['s3', 1], ['kinesis', 1], ['events', 1]]);
  const integ = { type: caseVariant(R, 'aws'), credentials: `arn:aws:iam::${acct}:role/${team}-apigw-${svc}`, httpMethod: 'POST' };
  const tmpl = {};
  const responses = {};
  switch (svc) {
    case 'dynamodb': {
      const action = pathParams.length ? R.pick(['GetItem', 'DeleteItem', 'UpdateItem']) : R.pick(['Query', 'Scan', 'PutItem']);
      integ.uri = `arn:aws:apigateway:${region}:dynamodb:action/${action}`;
      tmpl['application/json'] = pathParams.length ? vtlDynamo(noun, pathParams[pathParams.length - 1]) : `{ "TableName": "${noun}", "Limit": 25 }`;
      responses.default = { statusCode: '200', responseParameters: { ...CORS }, responseTemplates: { 'application/json': VTL_LIST_OUT } };
      responses['.*ConditionalCheckFailedException.*'] = { statusCode: '409', responseTemplates: { 'application/json': VTL_ERR } };
      break;
    }
    case 'sqs':
      integ.uri = `arn:aws:apigateway:${region}:sqs:path/${acct}/${team}-${noun}-queue`;
      integ.requestParameters = { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" };
      tmpl['application/json'] = VTL_SQS;
      responses.default = { statusCode: '200', responseParameters: { ...CORS } };
      break;
    case 'sns':
      integ.uri = `arn:aws:apigateway:${region}:sns:action/Publish`;
      integ.requestParameters = { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" };
      tmpl['application/json'] = vtlSns(region, acct, `${team}-${noun}-topic`);
      responses.default = { statusCode: '200' };
      break;
    case 'states':
      integ.uri = `arn:aws:apigateway:${region}:states:action/StartExecution`;
      tmpl['application/json'] = vtlStates(region, acct, `${team}-${noun}-workflow`);
      responses.default = { statusCode: '200', responseParameters: { ...CORS }, responseTemplates: { 'application/json': '{ "executionArn": "$input.path(\'$.executionArn\')" }' } };
      break;
    case 's3': {
      const key = pathParams.length ? pathParams[pathParams.length - 1] : null;
      integ.httpMethod = ctx.opMethod === 'get' ? 'GET' : 'PUT';
      integ.uri = key
        ? `arn:aws:apigateway:${region}:s3:path/${team}-${noun}-bucket/{key}`
        : `arn:aws:apigateway:${region}:s3:path/${team}-${noun}-bucket/index.json`;
      if (key) integ.requestParameters = { 'integration.request.path.key': `method.request.path.${key}` };
      responses.default = { statusCode: '200', responseParameters: { ...CORS, 'method.response.header.Content-Type': 'integration.response.header.Content-Type' } };
      break;
    }
    case 'kinesis':
      integ.uri = `arn:aws:apigateway:${region}:kinesis:action/PutRecord`;
      tmpl['application/json'] = `{ "StreamName": "${team}-${noun}", "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.requestId" }`;
      responses.default = { statusCode: '200' };
      break;
    case 'events':
      integ.uri = `arn:aws:apigateway:${region}:events:action/PutEvents`;
      integ.requestParameters = {
        'integration.request.header.X-Amz-Target': "'AWSEvents.PutEvents'",
        'integration.request.header.Content-Type': "'application/x-amz-json-1.1'",
      };
      tmpl['application/json'] = `{ "Entries": [ { "Source": "${team}.${noun}", "DetailType": "${ctx.action}", "Detail": "$util.escapeJavaScript($input.body)", "EventBusName": "${team}-bus" } ] }`;
      responses.default = { statusCode: '200' };
      break;
  }
  responses['4\\d{2}'] = { statusCode: '400', responseParameters: { ...CORS }, responseTemplates: { 'application/json': VTL_ERR } };
  if (R.chance(0.6)) responses['5\\d{2}'] = { statusCode: '500', responseTemplates: { 'application/json': VTL_ERR } };
  if (Object.keys(tmpl).length) integ.requestTemplates = tmpl;
  integ.passthroughBehavior = caseVariant(R, R.pick(['when_no_templates', 'never', 'when_no_match']));
  addTimeout(R, integ);
  integ.responses = responses;
  return integ;
}

// requestParameters mapping all declared path params + a subset of declared query/header params.
function httpRequestParameters(ctx, { allPath = true } = {}) {
  const { R, declared } = ctx;
  const rp = {};
  for (const p of declared) {
    if (p.loc === 'path' && allPath) rp[`integration.request.path.${p.name}`] = `method.request.path.${p.name}`;
    else if (p.loc === 'query' && R.chance(0.7)) {
      const multi = R.chance(0.1);
      rp[`integration.request.querystring.${p.name}`] = `method.request.${multi ? 'multivaluequerystring' : 'querystring'}.${p.name}`;
    } else if (p.loc === 'header' && R.chance(0.6)) rp[`integration.request.header.${p.name}`] = `method.request.header.${p.name}`;
  }
  if (R.chance(0.4)) rp['integration.request.header.X-Request-Id'] = 'context.requestId';
  if (R.chance(0.15)) rp['integration.request.header.X-Stage'] = 'stageVariables.stageName';
  if (R.chance(0.15)) rp['integration.request.header.X-Api-Client'] = "'apigateway'";
  return rp;
}
function cacheKeys(ctx, rp) {
  // cache on a subset of the method params that are mapped (all of them declared)
  const srcs = Object.values(rp).filter((v) => /^method\.request\.(path|querystring|header)\./.test(v));
  const keys = srcs.filter((_, i) => i === 0 || ctx.R.chance(0.5));
  return keys;
}
function backendPath(ctx) {
  return ctx.segments.slice(1).map((s) => (s.startsWith('{') ? s.replace('+', '') : s)).join('/');
}

function buildHttp(ctx) {
  const { R, team, noun } = ctx;
  const integ = { type: caseVariant(R, 'http'), httpMethod: ctx.opMethod.toUpperCase(), uri: `https://${team}-${noun}.internal.example.com/api/${backendPath(ctx)}` };
  if (R.chance(0.3)) integ.connectionType = 'INTERNET';
  const rp = httpRequestParameters(ctx);
  if (Object.keys(rp).length) integ.requestParameters = rp;
  if (R.chance(0.4)) integ.requestTemplates = { 'application/json': "$input.json('$')" };
  integ.passthroughBehavior = caseVariant(R, R.pick(['when_no_match', 'when_no_templates']));
  if (ctx.opMethod === 'get' && R.chance(0.6)) {
    const keys = cacheKeys(ctx, rp);
    if (keys.length) { integ.cacheNamespace = `${ctx.opId}-ns`; integ.cacheKeyParameters = keys; }
  }
  addTimeout(R, integ, 0.5);
  integ.responses = {
    '2\\d{2}': { statusCode: '200', responseParameters: { ...CORS } },
    '4\\d{2}': { statusCode: '400' },
    default: { statusCode: '500' },
  };
  return integ;
}

function buildHttpProxy(ctx) {
  const { R, team, noun } = ctx;
  const integ = { type: caseVariant(R, 'http_proxy'), httpMethod: R.chance(0.3) ? 'ANY' : ctx.opMethod.toUpperCase(), uri: `https://${team}.backend.example.com/${backendPath(ctx)}` };
  const rp = httpRequestParameters(ctx);
  if (Object.keys(rp).length) integ.requestParameters = rp;
  integ.passthroughBehavior = caseVariant(R, 'when_no_match');
  if (ctx.opMethod === 'get' && R.chance(0.5)) {
    const keys = cacheKeys(ctx, rp);
    if (keys.length) { integ.cacheNamespace = `${ctx.opId}-ns`; integ.cacheKeyParameters = keys; }
  }
  addTimeout(R, integ, 0.4);
  integ.responses = { default: { statusCode: '200' } };
  return integ;
}

function buildVpcLink(ctx) {
  const { R, team, noun, region } = ctx;
  const integ = {
    type: caseVariant(R, R.chance(0.8) ? 'http_proxy' : 'http'),
    connectionType: 'VPC_LINK',
    connectionId: R.chance(0.5) ? '${stageVariables.vpcLinkId}' : R.alnum(6),
    httpMethod: ctx.opMethod.toUpperCase(),
    uri: `http://${team}-nlb-${R.hex(8)}.elb.${region}.amazonaws.com/${noun}/${backendPath(ctx).split('/').slice(3).join('/')}`.replace(/\/$/, ''),
  };
  const rp = httpRequestParameters(ctx);
  if (Object.keys(rp).length) integ.requestParameters = rp;
  integ.passthroughBehavior = caseVariant(R, 'when_no_match');
  addTimeout(R, integ, 0.5);
  integ.responses = { default: { statusCode: '200' } };
  return integ;
}

function buildMock(ctx) {
  const { R } = ctx;
  return {
    type: caseVariant(R, 'mock'),
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: caseVariant(R, R.pick(['when_no_match', 'never'])),
    responses: {
      default: {
        statusCode: '200',
        responseParameters: { ...CORS, 'method.response.header.Access-Control-Allow-Methods': "'GET,POST,PUT,DELETE,OPTIONS'" },
        responseTemplates: { 'application/json': '{ "status": "ok", "requestId": "$context.requestId" }' },
      },
    },
  };
}

function buildProxyAny(ctx) {
  // x-amazon-apigateway-any-method on a greedy {proxy+} path
  const { R, team, noun, region, acct } = ctx;
  if (R.chance(0.5)) {
    const integ = { type: caseVariant(R, 'aws_proxy'), httpMethod: 'POST', uri: lambdaUri(R, region, acct, `${team}-${noun}-legacy-router`) };
    addTimeout(R, integ);
    integ.passthroughBehavior = 'when_no_match';
    return integ;
  }
  const integ = {
    type: 'http_proxy', httpMethod: 'ANY', uri: `https://legacy-${team}.example.com/${noun}/{proxy}`,
    requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    passthroughBehavior: 'when_no_match',
  };
  if (R.chance(0.5)) { integ.cacheNamespace = `${ctx.opId}-ns`; integ.cacheKeyParameters = ['method.request.path.proxy']; }
  addTimeout(R, integ, 0.5);
  return integ;
}

// ---------------------------------------------------------------- defects
// Each seeded defect rewrites the integration so that exactly one constraint is violated.
function undeclaredRef(ctx, preferLoc) {
  const { R, declared, pathParams } = ctx;
  const names = new Set(declared.map((p) => `${p.loc}.${p.name}`));
  const candidates = [];
  if (pathParams.length) {
    const p = pathParams[pathParams.length - 1];
    candidates.push(['path', p.replace(/Id$/, 'ID')]); // typo of a declared path param
    candidates.push(['querystring', p]); // declared, but as path, not query
  }
  candidates.push(['querystring', R.pick(['pageSize', 'sortOrder', 'includeDeleted', 'region'])]);
  candidates.push(['header', R.pick(['X-Correlation-Id', 'X-Api-Version', 'X-Customer-Id', 'Accept-Language'])]);
  if (preferLoc === 'path' && pathParams.length) candidates.length = 2;
  for (let tries = 0; tries < 20; tries++) {
    const [loc, name] = R.pick(candidates);
    const declLoc = loc === 'querystring' ? 'query' : loc;
    if (!names.has(`${declLoc}.${name}`)) return { loc, name };
  }
  return { loc: 'header', name: 'X-Undeclared-Header' };
}

const MALFORMED_ARNS = [
  (c, fn) => `arn:aws:lambda:${c.region}:${c.acct}:function:${fn}`, // raw Lambda ARN instead of the invocation ARN
  (c, fn) => `arn:aws:apigateway:${c.region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${c.region}:${c.acct}:function:${fn}`, // no /invocations
  (c, fn) => `arn:aws:apigateway:${c.region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${c.region}:${c.acct.slice(1)}:function:${fn}/invocations`, // 11-digit account
  (c, fn) => `arn:aws:apigateway:${c.region.replace(/-/g, '')}:lambda:path/2015-03-31/functions/arn:aws:lambda:${c.region}:${c.acct}:function:${fn}/invocations`, // bad region
  (c, fn) => `arn:aws:apigateway::lambda:path/2015-03-31/functions/arn:aws:lambda:${c.region}:${c.acct}:function:${fn}/invocations`, // empty region
  (c, fn) => `arn:aws:apigateway:${c.region}:lambda:path/functions/arn:aws:lambda:${c.region}:${c.acct}:function:${fn}/invocations`, // no API version
  (c) => `arn:aws:apigateway:${c.region}:dynamodb:PutItem`, // missing action/ or path/
  (c, fn) => `arn:aws::apigateway:${c.region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${c.region}:${c.acct}:function:${fn}/invocations`, // stray colon
];

function applyDefect(kind, ctx, integ) {
  const { R } = ctx;
  const fn = `${ctx.team}-${ctx.noun}-${ctx.action}`;
  switch (kind) {
    case 'timeout-range': {
      integ.timeoutInMillis = R.pick([0, 10, 49, 29001, 30000, 45000, 60000, 120000]);
      return `timeoutInMillis=${integ.timeoutInMillis}`;
    }
    case 'vpclink-missing-connection-id':
      delete integ.connectionId;
      return 'connectionType VPC_LINK without connectionId';
    case 'lambda-http-method':
      integ.httpMethod = R.pick(['GET', 'GET', 'get']);
      return `Lambda invocation with httpMethod ${integ.httpMethod}`;
    case 'malformed-arn': {
      const f = R.pick(MALFORMED_ARNS);
      integ.uri = f(ctx, fn);
      integ.httpMethod = 'POST'; // every variant targets Lambda or DynamoDB: keep the method valid
      if (integ.uri.includes(':dynamodb:')) { integ.type = 'aws'; }
      return `uri=${integ.uri}`;
    }
    case 'cache-key-undeclared': {
      const u = undeclaredRef(ctx);
      const ref = `method.request.${u.loc}.${u.name}`;
      integ.cacheNamespace = integ.cacheNamespace || `${ctx.opId}-ns`;
      integ.cacheKeyParameters = [...(integ.cacheKeyParameters || []), ref];
      return `cacheKeyParameters names undeclared ${ref}`;
    }
    case 'request-param-undeclared': {
      const u = undeclaredRef(ctx);
      const ref = `method.request.${u.loc}.${u.name}`;
      const target = u.loc === 'path' ? `integration.request.path.${u.name}` : `integration.request.${u.loc}.${u.name}`;
      integ.requestParameters = { ...(integ.requestParameters || {}), [target]: ref };
      return `requestParameters ${target} <- undeclared ${ref}`;
    }
    case 'invalid-enum': {
      if (R.chance(0.5)) {
        integ.type = R.pick(['lambda', 'AWS_LAMBDA', 'https', 'proxy', 'aws-proxy', 'HTTP-PROXY', 'mocks', 'vpc_link']);
        return `type=${integ.type}`;
      }
      integ.passthroughBehavior = R.pick(['when_no_match_', 'always', 'WHEN_NO_TEMPLATE', 'never_match', 'passthrough', 'when-no-match']);
      return `passthroughBehavior=${integ.passthroughBehavior}`;
    }
  }
  throw new Error(kind);
}
// integration shape a defect needs
const DEFECT_BASE = {
  'timeout-range': ['lambda', 'aws', 'http', 'httpProxy', 'vpcLink'],
  'vpclink-missing-connection-id': ['vpcLink'],
  'lambda-http-method': ['lambda'],
  'malformed-arn': ['lambda', 'lambda', 'aws'],
  'cache-key-undeclared': ['http', 'httpProxy'],
  'request-param-undeclared': ['http', 'httpProxy', 'vpcLink'],
  'invalid-enum': ['lambda', 'aws', 'http', 'httpProxy', 'vpcLink', 'mock'],
};
const BUILDERS = { lambda: buildLambdaProxy, aws: buildAwsService, http: buildHttp, httpProxy: buildHttpProxy, vpcLink: buildVpcLink, mock: buildMock };
const KIND_WEIGHTS = [['lambda', 40], ['aws', 15], ['http', 12], ['httpProxy', 13], ['vpcLink', 10], ['mock', 10]];

// ---------------------------------------------------------------- operations skeleton
// A "family" is one resource collection; it yields a handful of path items and operations.
function familyPlan(R, f) {
  const team = TEAMS[f % TEAMS.length];
  const noun = NOUNS[Math.floor(f / TEAMS.length) % NOUNS.length];
  const ver = `v${1 + Math.floor(f / (TEAMS.length * NOUNS.length))}`;
  const one = SINGULAR(noun);
  const id = `${one}Id`;
  const sub = SUBS[(f * 7) % SUBS.length];
  const subId = `${SINGULAR(sub)}Id`;
  const base = ['', ver, team, noun];
  const items = [];
  items.push({ segments: [...base], methods: ['get', 'post'], params: [], desc: noun });
  items.push({ segments: [...base, `{${id}}`], methods: R.chance(0.5) ? ['get', 'put', 'delete'] : ['get', 'patch', 'delete'], params: [id], desc: one });
  if (R.chance(0.7)) items.push({ segments: [...base, `{${id}}`, sub], methods: ['get', 'post'], params: [id], desc: one + CAP(sub) });
  if (R.chance(0.5)) items.push({ segments: [...base, `{${id}}`, sub, `{${subId}}`], methods: ['get', 'delete'], params: [id, subId], desc: one + CAP(SINGULAR(sub)) });
  if (R.chance(0.25)) items.push({ segments: [...base, 'legacy', '{proxy+}'], methods: ['x-amazon-apigateway-any-method'], params: ['proxy'], proxy: true, desc: noun + 'Legacy' });
  if (R.chance(0.15)) items.push({ segments: [...base, 'health'], methods: ['options'], params: [], health: true, desc: noun + 'Health' });
  return { team, noun, one, items };
}

const ACTIONS = { get: 'get', post: 'create', put: 'replace', patch: 'update', delete: 'delete', options: 'options', 'x-amazon-apigateway-any-method': 'proxy' };

function buildDocument(N) {
  const R = rng(SEED ^ Math.imul(N, 2654435761));
  const DR = rng((SEED + 0x9e3779b9) ^ Math.imul(N, 40503)); // separate stream for defect placement

  // choose defective operation indices and their kinds (balanced round-robin, seeded order)
  const nDefects = Math.max(1, Math.round(N * DEFECT_RATE));
  const idx = DR.shuffle(Array.from({ length: N }, (_, i) => i)).slice(0, nDefects);
  const kindOrder = DR.shuffle([...DEFECT_KINDS]);
  const defectAt = new Map(idx.map((opIndex, j) => [opIndex, kindOrder[j % kindOrder.length]]));

  const doc = {
    openapi: '3.0.3',
    info: {
      title: `Synthetic Gateway API (${N} operations)`,
      version: '1.0.0',
      description: 'Generated by bench/gen.mjs for benchmarking x-amazon-apigateway-integration linters.',
    },
    servers: [{ url: 'https://{restApiId}.execute-api.{region}.amazonaws.com/{basePath}', variables: { restApiId: { default: 'abcdef1234' }, region: { default: 'us-east-1' }, basePath: { default: 'prod' } } }],
    tags: [],
    security: [{ sigv4: [] }],
    'x-amazon-apigateway-request-validators': {
      all: { validateRequestBody: true, validateRequestParameters: true },
      'params-only': { validateRequestBody: false, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': 'params-only',
    'x-amazon-apigateway-binary-media-types': ['application/octet-stream', 'image/png'],
    'x-amazon-apigateway-gateway-responses': {
      DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" }, responseTemplates: { 'application/json': '{"message":$context.error.messageString}' } },
      DEFAULT_5XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } },
    },
    paths: {},
    components: {
      parameters: COMPONENT_PARAMS,
      schemas: {
        Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, requestId: { type: 'string' } } },
        Resource: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string', maxLength: 256 }, status: { type: 'string', enum: ['active', 'archived', 'deleted'] }, createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' }, attributes: { type: 'object', additionalProperties: { type: 'string' } } } },
        ResourceList: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Resource' } }, nextToken: { type: 'string', nullable: true } } },
        ResourceInput: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 256 }, attributes: { type: 'object', additionalProperties: { type: 'string' } } } },
      },
      securitySchemes: {
        sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
        cognito: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'cognito_user_pools' },
      },
    },
  };
  const truth = [];
  const stats = { byKind: {}, byIntegration: {} };
  const seenTags = new Set();

  let opIndex = 0;
  for (let f = 0; opIndex < N; f++) {
    const plan = familyPlan(R, f);
    const region = R.pick(REGIONS);
    const acct = R.pick(ACCOUNTS);
    if (!seenTags.has(plan.team)) { seenTags.add(plan.team); doc.tags.push({ name: plan.team, description: `Operations owned by the ${plan.team} team.` }); }
    for (const item of plan.items) {
      if (opIndex >= N) break;
      const path = item.segments.join('/');
      const pathItem = {};
      // path-level parameter declarations for half of the templated paths
      const pathLevel = item.params.length > 0 && R.chance(0.5);
      if (pathLevel) pathItem.parameters = item.params.map(pathParam);
      for (const method of item.methods) {
        if (opIndex >= N) break;
        const action = ACTIONS[method];
        const opId = camel(action, plan.team, item.desc, String(f));
        const params = [];
        if (!pathLevel) params.push(...item.params.map(pathParam));
        // other declared parameters
        if (method === 'get' && item.params.length === 0) {
          params.push(refParam('PageLimit'), refParam('PageToken'));
          if (R.chance(0.5)) params.push(queryParam('status', { type: 'string', enum: ['active', 'archived'] }));
          if (R.chance(0.3)) params.push(queryParam('sort', { type: 'string' }));
        } else if (method === 'get' && R.chance(0.3)) params.push(queryParam('fields', { type: 'string' }));
        if (R.chance(0.5)) params.push(refParam('TraceId'));
        if (R.chance(0.2)) params.push(refParam('TenantId'));
        if ((method === 'put' || method === 'patch') && R.chance(0.5)) params.push(headerParam('If-Match'));

        const declared = [
          ...item.params.map((name) => ({ loc: 'path', name })),
          ...params.filter((p) => p.$ref || p.in !== 'path').map((p) => (p.$ref ? COMPONENT_PARAMS[p.$ref.split('/').pop()] : p)).map((p) => ({ loc: p.in, name: p.name })),
        ];
        const ctx = { R, team: plan.team, noun: plan.noun, opMethod: method === 'x-amazon-apigateway-any-method' ? 'any' : method, opId, action, region, acct, declared, pathParams: item.params, segments: item.segments };

        const defect = defectAt.get(opIndex);
        let kind;
        if (item.proxy) kind = 'proxyAny';
        else if (item.health) kind = 'mock';
        else kind = R.weighted(KIND_WEIGHTS);
        if (defect && !(DEFECT_BASE[defect].includes(kind))) kind = R.pick(DEFECT_BASE[defect]);
        const integ = kind === 'proxyAny' ? buildProxyAny(ctx) : BUILDERS[kind](ctx);
        stats.byIntegration[kind] = (stats.byIntegration[kind] || 0) + 1;
        if (defect) {
          const detail = applyDefect(defect, ctx, integ);
          truth.push({ path, method, kind: defect, detail, operationId: opId });
          stats.byKind[defect] = (stats.byKind[defect] || 0) + 1;
        }

        const op = {
          tags: [plan.team],
          operationId: opId,
          summary: `${CAP(action)} ${item.params.length ? plan.one : plan.noun}`,
        };
        if (params.length) op.parameters = params;
        if (method === 'post' || method === 'put' || method === 'patch') {
          op.requestBody = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ResourceInput' } } } };
        }
        const okSchema = method === 'get' && item.params.length === 0 ? 'ResourceList' : 'Resource';
        op.responses = {
          [method === 'post' ? '201' : method === 'delete' ? '204' : '200']: method === 'delete'
            ? { description: 'Deleted.' }
            : {
              description: 'Success.',
              headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${okSchema}` } } },
            },
          400: { description: 'Bad request.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        };
        if (R.chance(0.1)) op.security = [{ cognito: [] }];
        if (R.chance(0.1)) op['x-amazon-apigateway-request-validator'] = 'all';
        op['x-amazon-apigateway-integration'] = integ;
        pathItem[method] = op;
        opIndex++;
      }
      doc.paths[path] = pathItem;
    }
  }
  return { doc, truth, stats };
}

// ---------------------------------------------------------------- YAML emitter (block style, safe quoting)
const PLAIN_OK = /^[A-Za-z_/$][A-Za-z0-9_\-/.:${}+ ,()'=]*$/;
const YAML_KEYWORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar(v) {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s === '' || !PLAIN_OK.test(s) || YAML_KEYWORDS.test(s) || /: |:$| #|^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || s.endsWith(' ')) {
    return JSON.stringify(s); // JSON escapes are valid YAML double-quoted escapes
  }
  return s;
}
function yamlKey(k) {
  const s = String(k);
  if (/^\d+$/.test(s)) return `'${s}'`;
  return yamlScalar(s);
}
function emitYaml(value, indent, out) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) { out.push(' []'); return; }
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length) {
        const lines = [];
        emitYaml(item, indent + 2, lines);
        // first line of the mapping goes on the dash line
        out.push(`\n${pad}- ${lines.join('').replace(/^\n +/, '')}`);
      } else if (item && typeof item === 'object') {
        const lines = [];
        emitYaml(item, indent + 2, lines);
        out.push(`\n${pad}-${lines.join('')}`);
      } else out.push(`\n${pad}- ${yamlScalar(item)}`);
    }
    return;
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) { out.push(' {}'); return; }
    for (const k of keys) {
      const v = value[k];
      if (v && typeof v === 'object') {
        out.push(`\n${pad}${yamlKey(k)}:`);
        emitYaml(v, indent + 2, out);
      } else if (typeof v === 'string' && v.includes('\n') && !/^ |\s$|\t/.test(v)) {
        out.push(`\n${pad}${yamlKey(k)}: |-`);
        for (const line of v.split('\n')) out.push(line === '' ? '\n' : `\n${pad}  ${line}`);
      } else out.push(`\n${pad}${yamlKey(k)}: ${yamlScalar(v)}`);
    }
    return;
  }
  out.push(` ${yamlScalar(value)}`);
}
function toYaml(doc) {
  const out = [];
  emitYaml(doc, 0, out);
  return out.join('').replace(/^\n/, '') + '\n';
}

// ---------------------------------------------------------------- main
mkdirSync(args.out, { recursive: true });
for (const N of SIZES) {
  const { doc, truth, stats } = buildDocument(N);
  const base = join(args.out, `${args.prefix}-${N}`);
  writeFileSync(`${base}.yaml`, toYaml(doc));
  writeFileSync(`${base}.json`, JSON.stringify(doc, null, 2) + '\n');
  writeFileSync(`${base}.truth.json`, JSON.stringify({ generator: 'gen.mjs', seed: SEED, operations: N, defectRate: DEFECT_RATE, defects: truth, stats }, null, 2) + '\n');
  process.stdout.write(`${base}: ${N} operations, ${truth.length} seeded defects\n`);
}
