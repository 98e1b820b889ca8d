import { afterEach, describe, expect, it } from 'vitest';
import { startBot, str, type Running } from '../discord/harness.js';

let r: Running | undefined;
afterEach(async () => {
  await r?.stop();
  r = undefined;
});

const QUESTIONS = [
  'How many servers were hacked at AIIMS?',
  'एम्स के कितने सर्वर हैक हुए?',
  'এইমসের কতগুলো সার্ভার হ্যাক হয়েছিল?',
  'AIIMS ke kitne server hack hue?',
  'When did the cyber attack on AIIMS happen?',
  'हैकर्स ने कितनी फिरौती मांगी?',
  'Who is investigating the server hack?',
  'What email address was found?',
  'Who won the cricket world cup?',
  'হ্যাকারদের কোন ইমেল ঠিকানা পাওয়া গেছে?',
];
const BURST = Number(process.env.SAKSHI_BURST ?? 300);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

describe('a burst of questions', () => {
  it(`acknowledges ${BURST} /ask from as many users within Discord's three seconds, each with its own answer`, async () => {
    r = await startBot();
    const sent = Array.from({ length: BURST }, (_v, i) => {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      return { question, id: r!.discord.command('ask', [str('question', question)], { user: { id: String(830000000000000000n + BigInt(i)), username: `u${i}` } }) };
    });
    const replies = await Promise.all(sent.map((s) => r!.discord.finalReply(s.id, 20_000)));
    const latency = sent.map((s, i) => replies[i]!.at - r!.discord.sentAt.get(s.id)!);
    console.log(`burst of ${BURST}: acknowledgement p50 ${pct(latency, 50)} ms, p99 ${pct(latency, 99)} ms, max ${Math.max(...latency)} ms`);
    expect(Math.max(...latency)).toBeLessThan(3000);
    replies.forEach((reply, i) => {
      expect(reply.type).toBe(4);
      expect(reply.data.embeds[0].footer.text).toBe(`❓ ${sent[i]!.question}`);
      expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    });
    expect(r.discord.repliesTo(sent[0]!.id).filter((x) => x.kind === 'callback')).toHaveLength(1);
  }, 60_000);
});

describe('when Discord fails', () => {
  it('reconnects after the gateway closes, answers the question accepted just before, and the ones after', async () => {
    r = await startBot();
    const before = r.discord.command('ask', [str('question', 'How many servers were hacked?')]);
    r.discord.dropGateway(4000);
    expect((await r.discord.finalReply(before)).data.embeds[0].title).toBe('Answer: पांच सर्वर (5)');
    await r.discord.waitFor(() => (r!.discord.resumed + r!.discord.identified >= 2 ? true : undefined), 15_000);
    const after = r.discord.command('ask', [str('question', 'When did the cyber attack on AIIMS happen?')]);
    expect((await r.discord.finalReply(after)).data.embeds[0].title).toMatch(/^Answer: বুধবার/);
    expect(r.logs.join('')).toMatch(/gateway (disconnected|reconnecting)/);
  });

  it('waits out a 429 with retry_after and then answers', async () => {
    r = await startBot();
    r.discord.faults.push({
      match: (q) => q.path.endsWith('/callback'),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.4, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user', 'x-ratelimit-bucket': 'test' },
    });
    const id = r.discord.command('ask', [str('question', 'How many servers were hacked?')]);
    const reply = await r.discord.finalReply(id, 10_000);
    expect(reply.data.embeds[0].title).toBe('Answer: पांच सर्वर (5)');
    expect(r.discord.requests.filter((q) => q.path.endsWith('/callback') && q.path.includes(id))).toHaveLength(2);
    expect(r.logs.join('')).toMatch(/rate limited by Discord|429/);
  });

  it('retries after 500s and answers, and keeps answering others', async () => {
    r = await startBot();
    for (let i = 0; i < 2; i++) r.discord.faults.push({ match: (q) => q.path.endsWith('/callback'), status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const id = r.discord.command('ask', [str('question', 'How many servers were hacked?')]);
    expect((await r.discord.finalReply(id, 15_000)).data.embeds[0].title).toBe('Answer: पांच सर्वर (5)');
    expect(r.discord.requests.filter((q) => q.path.includes(`/interactions/${id}/`))).toHaveLength(3);
    const other = r.discord.command('ask', [str('question', 'Who is investigating the server hack?')]);
    expect((await r.discord.finalReply(other)).data.embeds[0].title).toBe('Answer: दिल्ली पुलिस (Delhi Police)');
  });
});
