import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A Discord-compatible server on 127.0.0.1 for tests: enough REST and gateway for the real discord.js
 * client to log in, receive interactions and answer them. Everything the bot sends is recorded.
 */

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  at: number;
}

export interface Reply {
  /** The interaction it answers. */
  interaction: string;
  kind: 'callback' | 'edit' | 'followup';
  /** The callback type (4 reply, 5 deferred, 8 autocomplete) for callbacks. */
  type?: number;
  data: Record<string, any>;
  at: number;
}

export interface FakeUser {
  id: string;
  username: string;
}

export interface InteractionOptions {
  user?: FakeUser;
  /** Permission bits of the member, as a decimal string (omit or '0' for none). */
  permissions?: string;
  roles?: string[];
  /** Send it as a direct message instead of in the server. */
  dm?: boolean;
  locale?: string;
  /** Send it from another server than the test server (one the bot was invited to). */
  guildId?: string;
}

const APP_ID = '900000000000000001';
export const GUILD_ID = '900000000000000002';
const CHANNEL_ID = '900000000000000003';
/** Roles the test server has: a moderator role and an ordinary one. */
export const MODERATOR_ROLE = '700000000000000001';
export const MEMBER_ROLE = '700000000000000099';
const ROLES = [MODERATOR_ROLE, MEMBER_ROLE];

let counter = 0n;
const snowflake = () => String(1_000_000_000_000_000_000n + ++counter);

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

export class FakeDiscord {
  readonly appId = APP_ID;
  readonly guildId = GUILD_ID;
  readonly requests: Recorded[] = [];
  readonly replies: Reply[] = [];
  /** Routes answered with these statuses (once each, in order) before they are served normally: for failure tests. */
  readonly faults: { match: (r: Recorded) => boolean; status: number; body: unknown; headers?: Record<string, string> }[] = [];
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private sequence = 0;
  private waiters: (() => void)[] = [];
  /** Interaction tokens we issued, to the interaction id. */
  private tokens = new Map<string, string>();
  identified = 0;
  resumed = 0;
  /** When each interaction was sent to the bot. */
  readonly sentAt = new Map<string, number>();

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL should be for the bot to use this server. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.gateway(ws));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Close every gateway connection as Discord does when it restarts a node. */
  dropGateway(code = 4000): void {
    for (const ws of this.sockets) ws.close(code, 'test: dropped');
  }

  private send(ws: WebSocket, payload: Record<string, unknown>): void {
    ws.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: ++this.sequence, d });
  }

  private gateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      if (msg.op === 1) this.send(ws, { op: 11 });
      if (msg.op === 6) {
        this.resumed++;
        this.send(ws, { op: 0, t: 'RESUMED', s: ++this.sequence, d: {} });
        return;
      }
      if (msg.op === 2) {
        this.identified++;
        const user = { id: APP_ID, username: 'Sakshi', discriminator: '0000', global_name: null, avatar: null, bot: true, flags: 0 };
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: ++this.sequence,
          d: {
            v: 10,
            user,
            guilds: [{ id: GUILD_ID, unavailable: true }],
            session_id: `session-${snowflake()}`,
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            shard: msg.d?.shard ?? [0, 1],
            application: { id: APP_ID, flags: 0 },
          },
        });
        this.send(ws, {
          op: 0,
          t: 'GUILD_CREATE',
          s: ++this.sequence,
          d: {
            id: GUILD_ID,
            name: 'Test Server',
            icon: null,
            owner_id: '900000000000000009',
            roles: [
              { id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
              ...ROLES.map((id, i) => ({ id, name: `role-${i}`, permissions: '0', position: i + 1, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 })),
            ],
            channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
            members: [],
            emojis: [],
            stickers: [],
            features: [],
            member_count: 2,
            large: false,
            unavailable: false,
            joined_at: new Date().toISOString(),
            preferred_locale: 'en-US',
            voice_states: [],
            presences: [],
            threads: [],
            stage_instances: [],
            guild_scheduled_events: [],
            premium_tier: 0,
            system_channel_flags: 0,
            verification_level: 0,
            explicit_content_filter: 0,
            default_message_notifications: 0,
            mfa_level: 0,
            nsfw_level: 0,
          },
        });
      }
    });
  }

  private message(content: unknown): Record<string, unknown> {
    const data = (content ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      type: 0,
      channel_id: CHANNEL_ID,
      author: { id: APP_ID, username: 'Sakshi', discriminator: '0000', global_name: null, avatar: null, bot: true },
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: data.flags ?? 0,
      components: [],
    };
  }

  private readonly byInteraction = new Map<string, Reply[]>();

  private record(r: Reply): void {
    this.replies.push(r);
    const list = this.byInteraction.get(r.interaction) ?? [];
    list.push(r);
    this.byInteraction.set(r.interaction, list);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const rec: Recorded = { method: req.method ?? 'GET', path: url.pathname.replace(/^\/api\/v\d+/, ''), query: url.searchParams, body, authorization: req.headers.authorization, at: Date.now() };
    this.requests.push(rec);
    const json = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const fault = this.faults.findIndex((f) => f.match(rec));
    if (fault >= 0) {
      const [f] = this.faults.splice(fault, 1);
      return json(f!.status, f!.body, f!.headers);
    }
    const p = rec.path;
    let m: RegExpMatchArray | null;
    if (rec.method === 'GET' && (m = url.pathname.match(/^\/attachments\/(\d+)\//))) {
      const file = this.files.get(m[1]!);
      if (!file) return json(404, { message: 'Unknown attachment' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.length) });
      return void res.end(Buffer.from(file.bytes));
    }
    if (rec.method === 'GET' && p === '/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 60_000, max_concurrency: 1 } });
    }
    if (rec.method === 'PUT' && (m = p.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const commands = (body as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      return json(200, commands);
    }
    if (rec.method === 'POST' && (m = p.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const payload = body as { type: number; data?: Record<string, unknown> };
      this.record({ interaction: m[1]!, kind: 'callback', type: payload.type, data: payload.data ?? {}, at: Date.now() });
      if (url.searchParams.get('with_response') === 'true') {
        return json(200, { interaction: { id: m[1], type: 2 }, resource: { type: payload.type, message: this.message(payload.data) } });
      }
      res.writeHead(204);
      return void res.end();
    }
    if ((m = p.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(?:@original|%40original)$/))) {
      const interaction = this.tokens.get(m[2]!) ?? 'unknown';
      if (rec.method === 'PATCH') this.record({ interaction, kind: 'edit', data: body as Record<string, unknown>, at: Date.now() });
      return json(200, this.message(body));
    }
    if (rec.method === 'POST' && (m = p.match(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
      const interaction = this.tokens.get(m[2]!) ?? 'unknown';
      this.record({ interaction, kind: 'followup', data: body as Record<string, unknown>, at: Date.now() });
      return json(200, this.message(body));
    }
    json(404, { message: `Unknown route ${rec.method} ${p}`, code: 0 });
  }

  /** Wait until a condition on what was recorded holds. */
  async waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out waiting for the bot');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The replies to one interaction so far. */
  repliesTo(id: string): Reply[] {
    return this.byInteraction.get(id) ?? [];
  }

  /** Wait for the message content a user finally sees for an interaction: its reply, or the edit of a deferred one. */
  async finalReply(id: string, timeoutMs = 10_000): Promise<Reply> {
    return this.waitFor(() => {
      const rs = this.repliesTo(id);
      const callback = rs.find((r) => r.kind === 'callback');
      if (!callback) return undefined;
      if (callback.type === 5) return [...rs].reverse().find((r) => r.kind === 'edit' && ((r.data.embeds as unknown[] | undefined)?.length ?? 0) > 0) ?? undefined;
      return callback;
    }, timeoutMs);
  }

  /** Send a slash command to the bot; returns the interaction id. */
  command(name: string, options: unknown[] = [], opts: InteractionOptions = {}, resolved?: Record<string, unknown>): string {
    return this.interaction(2, { id: snowflake(), name, type: 1, options, ...(resolved ? { resolved } : {}) }, opts);
  }

  private readonly files = new Map<string, { bytes: Uint8Array; name: string }>();

  /** Upload a file as Discord does for an attachment option; returns the option and the resolved data to send. */
  attachment(name: string, content: string | Uint8Array, declaredSize?: number) {
    const id = snowflake();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.files.set(id, { bytes, name });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(name)}`;
    return {
      option: { name: 'file', type: 11, value: id },
      resolved: { attachments: { [id]: { id, filename: name, size: declaredSize ?? bytes.length, url, proxy_url: url, content_type: 'text/plain' } } },
    };
  }

  /** Press a button on a message the bot sent. */
  press(customId: string, opts: InteractionOptions = {}): string {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, opts, { message: this.message({ content: '' }) });
  }

  /** Send an autocomplete request for a command option being typed. */
  autocomplete(name: string, options: unknown[], opts: InteractionOptions = {}): string {
    return this.interaction(4, { id: snowflake(), name, type: 1, options }, opts);
  }

  private interaction(type: number, data: Record<string, unknown>, opts: InteractionOptions, extra: Record<string, unknown> = {}): string {
    const id = snowflake();
    const token = `token-${id}`;
    this.tokens.set(token, id);
    const user = { id: opts.user?.id ?? '800000000000000001', username: opts.user?.username ?? 'reader', discriminator: '0', global_name: null, avatar: null };
    const guildId = opts.guildId ?? GUILD_ID;
    const where = opts.dm
      ? { user, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1 }, context: 1 }
      : {
          guild_id: guildId,
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: 'general' },
          guild: { id: guildId, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          member: { user, roles: opts.roles ?? [], permissions: opts.permissions ?? '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
          context: 0,
        };
    this.sentAt.set(id, Date.now());
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      locale: opts.locale ?? 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: opts.dm ? { '1': user.id } : { '0': guildId },
      attachment_size_limit: 10_485_760,
      data,
      ...where,
      ...extra,
    });
    return id;
  }
}
