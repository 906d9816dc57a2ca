// The load generator, run in its own process: autocannon against one URL with the dashboard query,
// rotating over the given viewers' tokens. Reads its job as JSON from argv[2], prints the result as JSON.
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);
const body = (variables) => JSON.stringify({ query: job.query, variables });
let next = 0;
const request = {
  method: 'POST',
  path: job.path,
  setupRequest(req) {
    const token = job.tokens[next++ % job.tokens.length];
    return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body(job.variables) };
  },
};
const run = (duration) => autocannon({ url: job.url, connections: job.connections, duration, requests: [request] });

if (job.warmupSeconds > 0) await run(job.warmupSeconds);
const r = await run(job.durationSeconds);
console.log(
  JSON.stringify({
    requestsPerSecond: r.requests.average,
    requests: r.requests.total,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.mean },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerRequest: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  }),
);
