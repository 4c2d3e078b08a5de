// A real AT Protocol network on loopback for Growth Engine's integration tests:
// PLC + PDS + Bluesky AppView (+ Ozone/Bsync, which dev-env always starts) from
// @atproto/dev-env, with a private PostgreSQL for the AppView. Everything listens on
// 127.0.0.1 only. Prints ONE JSON line {"ready":true,...} on stdout when usable, then serves
// a control endpoint:
//   GET  /info                 URLs and the seeded accounts (handles, DIDs, passwords)
//   POST /process-all          waits until the AppView has indexed every PDS write
//   POST /expired-token        {"did": "..."} → {"accessJwt": "<an already expired access JWT>"}
//   POST /shutdown             stops everything and exits
//
// Environment: GE_NET_FOLLOWERS (default 120), GE_NET_RATE_LIMITS=1 (PDS rate limits on;
// seeds only the own account), GE_NET_CONTROL_PORT (default: any free port),
// GE_NET_PG_PORT (default: any free port).
import net from 'node:net';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// --- pin every server to loopback -------------------------------------------------------
const origListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
        // listen(port[, host][, backlog][, cb])
        if (typeof args[1] === 'string') args[1] = '127.0.0.1';
        else args.splice(1, 0, '127.0.0.1');
    } else if (args[0] && typeof args[0] === 'object' && !Array.isArray(args[0]) && args[0].path === undefined) {
        args[0] = { ...args[0], host: '127.0.0.1' };
    } else if (args.length === 0 || typeof args[0] === 'function') {
        args.unshift(0, '127.0.0.1');
    }
    return origListen.apply(this, args);
};

const log = (...a) => process.stderr.write(`[atproto-network] ${a.join(' ')}\n`);
const started = Date.now();

const freePort = () => new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

// --- private temp dir (PDS SQLite, blobs) and PostgreSQL -----------------------------------
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ge-atproto-net-'));
fs.chmodSync(workDir, 0o755);
process.env.TMPDIR = path.join(workDir, 'tmp');
fs.mkdirSync(process.env.TMPDIR);

const isRoot = process.getuid && process.getuid() === 0;
const pgBinDir = (() => {
    for (const v of ['17', '16', '15', '14', '13']) {
        const d = `/usr/lib/postgresql/${v}/bin`;
        if (fs.existsSync(path.join(d, 'initdb'))) return d;
    }
    return '';
})();
const pgCmd = (cmd, args) => {
    const bin = pgBinDir ? path.join(pgBinDir, cmd) : cmd;
    if (isRoot) return execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    return execFileSync(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
};
const pgDir = path.join(workDir, 'pg');
let pgStarted = false;

let network = null;
let shuttingDown = false;
async function shutdown(code) {
    if (shuttingDown) return;
    shuttingDown = true;
    try { if (network) await network.close(); } catch (e) { log('close failed:', e.message); }
    try { if (pgStarted) pgCmd('pg_ctl', ['-D', pgDir, '-m', 'immediate', 'stop']); } catch (e) { log('pg stop failed:', e.message); }
    try { fs.rmSync(workDir, { recursive: true, force: true }); } catch { /* best effort */ }
    process.exit(code);
}
process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
process.on('unhandledRejection', (e) => { log('unhandled rejection:', e?.stack || e); });

async function main() {
    const pgPort = Number(process.env.GE_NET_PG_PORT || (await freePort()));
    fs.mkdirSync(pgDir);
    if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', workDir]);
    pgCmd('initdb', ['-D', pgDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    pgCmd('pg_ctl', ['-D', pgDir, '-l', path.join(pgDir, 'log'), '-w', '-o',
        `-p ${pgPort} -k ${pgDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
    pgStarted = true;
    if (isRoot) execFileSync('chmod', ['-R', 'a+rwX', process.env.TMPDIR]);
    log(`postgres on 127.0.0.1:${pgPort} (${Date.now() - started} ms)`);

    // dev-env insists on REDIS_HOST but never connects: point it at an unused port.
    process.env.REDIS_HOST = `127.0.0.1:${await freePort()}`;
    const rateLimits = process.env.GE_NET_RATE_LIMITS === '1';
    const bypassKey = 'ge-seed-bypass';

    const { TestNetwork, SeedClient } = await import('@atproto/dev-env');
    const { createSecretKeyObject } = await import('@atproto/pds');
    const jose = await import('jose');

    network = await TestNetwork.create({
        dbPostgresUrl: `postgresql://postgres@127.0.0.1:${pgPort}/postgres`,
        dbPostgresSchema: 'ge',
        pds: rateLimits ? { rateLimitsEnabled: true, rateLimitBypassKey: bypassKey } : {},
    });
    log(`network up (${Date.now() - started} ms)`);

    // --- seed the scenario ----------------------------------------------------------------
    const sc = network.getSeedClient();
    const accounts = [];
    const mk = async (short, handle) => {
        const password = `${short}-pass-123`;
        const acc = await sc.createAccount(short, { handle, email: `${short}@test.invalid`, password });
        const entry = { name: short, handle, did: acc.did, password };
        accounts.push(entry);
        return entry;
    };
    const own = await mk('alice', 'alice.test');
    // An app password, as a real user would log in with.
    const appPw = await sc.agent.com.atproto.server.createAppPassword({ name: 'growth-engine' },
        { headers: sc.getHeaders(own.did), encoding: 'application/json' });
    own.appPassword = appPw.data.password;

    const followerCount = rateLimits ? 0 : Number(process.env.GE_NET_FOLLOWERS || 120);
    if (!rateLimits) {
        const other = await mk('bob', 'bob.test');
        const batch = 10;
        for (let i = 0; i < followerCount; i += batch) {
            const made = await Promise.all(Array.from({ length: Math.min(batch, followerCount - i) }, (_, k) => {
                const n = String(i + k).padStart(3, '0');
                return mk(`fan${n}`, `fan${n}.test`);
            }));
            await Promise.all(made.map((f) => sc.follow(f.did, own.did)));
        }
        // The owner follows back the first 10 followers and the "other" account.
        const followers = accounts.filter((a) => a.name.startsWith('fan'));
        for (const f of followers.slice(0, 10)) await sc.follow(own.did, f.did);
        await sc.follow(own.did, other.did);
        // A few posts and likes on them.
        for (let p = 0; p < 3; ++p) {
            const post = await sc.post(own.did, `growth engine test post ${p}`);
            await Promise.all(followers.slice(0, 5 + p).map((f) => sc.like(f.did, post.ref)));
        }
    }
    await network.processAll();
    log(`seeded ${accounts.length} accounts (${Date.now() - started} ms)`);

    // --- control endpoint -----------------------------------------------------------------
    const jwtKey = createSecretKeyObject('jwt-secret'); // dev-env's JWT_SECRET
    const info = () => ({
        plc: network.plc.url,
        pds: network.pds.url,
        appview: network.bsky.url,
        pdsDid: network.pds.ctx.cfg.service.did,
        rateLimits,
        followers: followerCount,
        accounts,
    });
    const readBody = (req) => new Promise((resolve) => {
        let data = '';
        req.on('data', (c) => { data += c; });
        req.on('end', () => { try { resolve(data ? JSON.parse(data) : {}); } catch { resolve({}); } });
    });
    const control = http.createServer(async (req, res) => {
        const send = (status, obj) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(obj));
        };
        try {
            if (req.method === 'GET' && req.url === '/info') return send(200, info());
            if (req.method === 'POST' && req.url === '/process-all') {
                await network.processAll();
                return send(200, { ok: true });
            }
            if (req.method === 'POST' && req.url === '/expired-token') {
                const { did } = await readBody(req);
                const accessJwt = await new jose.SignJWT({ scope: 'com.atproto.access' })
                    .setProtectedHeader({ typ: 'at+jwt', alg: 'HS256' })
                    .setAudience(network.pds.ctx.cfg.service.did)
                    .setSubject(did)
                    .setIssuedAt(Math.floor(Date.now() / 1000) - 7300)
                    .setExpirationTime(Math.floor(Date.now() / 1000) - 100)
                    .sign(jwtKey);
                return send(200, { accessJwt });
            }
            if (req.method === 'POST' && req.url === '/shutdown') {
                send(200, { ok: true });
                setTimeout(() => shutdown(0), 10);
                return undefined;
            }
            return send(404, { error: 'NotFound' });
        } catch (e) {
            return send(500, { error: 'ControlError', message: String(e?.message || e) });
        }
    });
    const controlPort = Number(process.env.GE_NET_CONTROL_PORT || 0);
    await new Promise((resolve) => control.listen(controlPort, '127.0.0.1', resolve));
    const ready = { ready: true, control: `http://127.0.0.1:${control.address().port}`, ...info(),
        startMs: Date.now() - started };
    delete ready.accounts;
    process.stdout.write(JSON.stringify(ready) + '\n');
}

main().catch((e) => {
    log('failed to start:', e?.stack || e);
    shutdown(1);
});
