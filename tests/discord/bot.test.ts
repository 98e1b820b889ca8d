import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/render/i18n.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyCorpus } from '../helpers/corpus.js';
import { CONFLICT_FIXTURES } from '../helpers/index.js';
import { MEMBER_ROLE, MODERATOR_ROLE } from './fake-discord.js';
import { bool, startBot, str, TOKEN, type Running } from './harness.js';

const EPHEMERAL = 64;
const MANAGE_GUILD = String(1 << 5);
let r: Running;

beforeAll(async () => {
  r = await startBot({ MODERATOR_ROLE_IDS: MODERATOR_ROLE });
});
afterAll(async () => r.stop());

const ask = async (question: string, opts: Parameters<Running['discord']['command']>[2] = {}, extra: ReturnType<typeof str | typeof bool>[] = []) =>
  r.discord.finalReply(r.discord.command('ask', [str('question', question), ...extra], { user: { id: String(8e17 + Math.floor(Math.random() * 1e9)), username: 'u' }, ...opts }));

describe('/ask', () => {
  it.each([
    ['hi', 'एम्स के कितने सर्वर हैक हुए?', 'उत्तर: पांच सर्वर', 'स्रोत', 'हिंदी'],
    ['bn', 'এইমসের কতগুলো সার্ভার হ্যাক হয়েছিল?', 'উত্তর: पांच सर्वर (৫)', 'সূত্র', 'হিন্দি'],
    ['en', 'How many servers were hacked at AIIMS?', 'Answer: पांच सर्वर (5)', 'Sources', 'Hindi'],
    ['romanized Hindi', 'AIIMS ke kitne server hack hue?', 'उत्तर: पांच सर्वर (5)', 'स्रोत', 'हिंदी'],
  ])('answers in %s with the evidence, in the asker’s language, pinging nobody', async (_lang, question, title, sources, hindi) => {
    const reply = await ask(question);
    expect(reply.type).toBe(4);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe(title);
    expect(embed.description).toMatch(/^> IFSO के सूत्रों .*\*\*पांच सर्वर\*\*.* \[1\]$/m);
    expect(embed.fields[0].name).toBe(sources);
    expect(embed.fields[0].value).toMatch(new RegExp(`^\\[1\\] चीन के इशारे पर .* · ${hindi}$`));
    expect(embed.footer.text).toBe(`❓ ${question}`);
    expect(reply.data.flags ?? 0).toBe(0);
  });

  it('answers privately when asked to', async () => {
    const reply = await ask('How many servers were hacked?', {}, [bool('private', true)]);
    expect(reply.data.flags).toBe(EPHEMERAL);
  });

  it('says in the asker’s language when the articles do not answer, which part they do not cover, and what they cover', async () => {
    // the articles tell of the hack, not of any arrest
    const reply = await ask('हैकर्स को कब गिरफ्तार किया गया?');
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe('लेखों में इसका उत्तर नहीं है।');
    expect(embed.description).toMatch(/^लेखों में “गिरफ्तार” के बारे में कुछ नहीं कहा गया है।\nइन लेखों में यह है:\n- /);
    expect(embed.fields ?? []).toEqual([]);
  });

  it('names what the articles do not cover without a ping, a mention or markdown, whatever the question holds', async () => {
    const reply = await ask('Who won the **cricket** world cup, @everyone <@123456789012345678>?');
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe(MESSAGES.en.noAnswer);
    const sentence = embed.description.split('\n')[0];
    // the words as typed, those the markdown stands between apart
    expect(sentence).toMatch(/^The articles do not say anything about .*“cricket”.*“world cup”/);
    expect(sentence).not.toMatch(/\*\*|@everyone|<@/);
  });

  it('follows the language option, then the Discord locale, when the question does not tell', async () => {
    // "AIIMS servers" has no function or question word to tell its language by
    const heading = async (...args: Parameters<typeof ask>) => (await ask(...args)).data.embeds[0].fields[0].name;
    expect(await heading('AIIMS servers', {}, [str('language', 'bn')])).toBe(MESSAGES.bn.sources);
    expect(await heading('AIIMS servers', { locale: 'hi' })).toBe(MESSAGES.hi.sources);
    expect(await heading('AIIMS servers', { locale: 'hi' }, [str('language', 'en')])).toBe(MESSAGES.en.sources);
    // the question's own language comes first
    expect(await heading('एम्स के सर्वर', { locale: 'en-US' }, [str('language', 'bn')])).toBe(MESSAGES.hi.sources);
  });

  it('pings nobody and renders no markdown when the question has @everyone, mentions and markdown', async () => {
    const question = '@everyone <@123456789012345678> <@&123456789012345678> **how many** servers were _hacked_? [click](https://evil.example)';
    const reply = await ask(question);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const embed = reply.data.embeds[0];
    // the question is shown in the footer, which Discord shows as plain text, exactly as typed
    expect(embed.footer.text).toBe(`❓ ${question}`);
    // nothing of it reaches the parts where markdown renders
    expect(`${embed.title}\n${embed.description}`).not.toMatch(/evil\.example|@everyone|<@/);
    expect(reply.data.content ?? '').toBe('');
  });

  it('refuses a question over 300 characters, privately, with the reason', async () => {
    const reply = await ask('क'.repeat(301));
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(reply.data.content).toBe('प्रश्न अधिकतम 300 अक्षरों का हो सकता है। कृपया छोटा प्रश्न पूछें।');
  });

  it('suggests questions the corpus can answer, in the language being typed', async () => {
    const en = r.discord.autocomplete('ask', [str('question', 'server', true)]);
    const choicesEn = (await r.discord.finalReply(en)).data.choices as { name: string; value: string }[];
    expect(choicesEn.length).toBeGreaterThan(0);
    expect(choicesEn.every((c) => /server/i.test(c.value) && /^[\x00-\x7f]+$/.test(c.value))).toBe(true);
    const hi = r.discord.autocomplete('ask', [str('question', 'सर्वर', true)]);
    const choicesHi = (await r.discord.finalReply(hi)).data.choices as { value: string }[];
    expect(choicesHi.length).toBeGreaterThan(0);
    expect(choicesHi.every((c) => /[\u0900-\u097f]/.test(c.value))).toBe(true);
  });
});

describe('/sources and /help', () => {
  it('lists the indexed articles with outlet, date, language and passages, and when the index was built', async () => {
    const reply = await r.discord.finalReply(r.discord.command('sources'));
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe('Indexed articles');
    expect(embed.description).toMatch(/Zee 24 Ghanta · 2022-11-26 · Bengali · \d+ passages/);
    expect(embed.description).toMatch(/चीन के इशारे पर .* · Hindi · \d+ passages/);
    expect(embed.footer.text).toMatch(/^Index built \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });

  it('explains Sakshi in the asker’s language with three example questions it can answer', async () => {
    const reply = await r.discord.finalReply(r.discord.command('help', [], { locale: 'hi' }));
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe('साक्षी');
    expect(embed.description).toContain('हिंदी, बांग्ला या अंग्रेज़ी');
    const examples = embed.fields[0].value.split('\n');
    expect(examples).toHaveLength(3);
    expect(examples.every((l: string) => l.startsWith('- /ask ') && /[\u0900-\u097f]/.test(l))).toBe(true);
    const bn = await r.discord.finalReply(r.discord.command('help', [str('language', 'bn')]));
    expect(bn.data.embeds[0].title).toBe('সাক্ষী');
  });
});

describe('/reindex', () => {
  it('is refused, privately, for a member without Manage Server or a moderator role', async () => {
    const reply = await r.discord.finalReply(r.discord.command('reindex', [], { permissions: '0', roles: [MEMBER_ROLE] }));
    expect(reply.type).toBe(4);
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(reply.data.content).toBe('Only moderators (Manage Server, or a moderator role) can do this.');
  });

  it('is refused in a direct message', async () => {
    const reply = await r.discord.finalReply(r.discord.command('reindex', [], { dm: true }));
    expect(reply.data.content).toBe('This command works only in a server, not in direct messages.');
  });

  it('rebuilds for Manage Server and reports privately what changed', async () => {
    const id = r.discord.command('reindex', [], { permissions: MANAGE_GUILD });
    const edit = await r.discord.finalReply(id);
    const deferred = r.discord.repliesTo(id).find((x) => x.kind === 'callback')!;
    expect(deferred.type).toBe(5);
    expect(deferred.data.flags).toBe(EPHEMERAL);
    const embed = edit.data.embeds[0];
    expect(embed.title).toBe('Reindex');
    expect(embed.description).toMatch(/^No article changed: the index is up to date\. 2 articles, \d+ passages, in \d+\.\d\d s\.$/);
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['Added', 'Changed', 'Removed', 'Failed']);
    expect(edit.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('runs for a member with a role listed in MODERATOR_ROLE_IDS', async () => {
    const edit = await r.discord.finalReply(r.discord.command('reindex', [], { roles: [MODERATOR_ROLE] }));
    expect(edit.data.embeds[0].title).toBe('Reindex');
  });
});

describe('the client', () => {
  it('never writes the token to its logs', () => {
    expect(r.logs.length).toBeGreaterThan(0);
    expect(r.logs.join('')).not.toContain(TOKEN);
    expect(r.logs.join('')).not.toContain('secret-part');
  });

  it('sends the token only as the Authorization header', () => {
    const authed = r.discord.requests.filter((q) => q.authorization);
    expect(authed.length).toBeGreaterThan(0);
    expect(authed.every((q) => q.authorization === `Bot ${TOKEN}`)).toBe(true);
  });
});

describe('a corpus whose sources disagree', () => {
  it('says so and cites both, each with its outlet and date', async () => {
    const c = await startBot({ CORPUS_DIR: CONFLICT_FIXTURES });
    try {
      const reply = await c.discord.finalReply(c.discord.command('ask', [str('question', 'What ransom did the hackers demand from AIIMS?')]));
      const embed = reply.data.embeds[0];
      expect(embed.color).toBe(0xef6c00);
      expect(embed.description).toMatch(/^\*\*The sources disagree:\*\*\n> .*\[1\]\n> .*(denied reports|No ransom demand).*\[2\]/);
      expect(embed.fields[0].value).toMatch(/^\[1\] चीन के इशारे पर .* · Hindi\n\[2\] \[Delhi Police deny ransom demand in AIIMS server attack\]\(https:\/\/example\.org\/aiims-police-denial#:~:text=.*\) · Sakshi test fixture \(fictional\) · 2022-11-29 · English$/);
    } finally {
      await c.stop();
    }
  });
});

describe('two moderators reindexing at once', () => {
  it('builds once; the second is told one is running and both get its report', async () => {
    const corpus = await copyCorpus();
    const c = await startBot({ CORPUS_DIR: corpus.dir });
    try {
      await writeFile(path.join(corpus.dir, 'update.md'), '---\nlanguage: en\n---\nAIIMS restored its e-hospital servers on Saturday.');
      const before = c.service.builds;
      const first = c.discord.command('reindex', [], { permissions: MANAGE_GUILD });
      const second = c.discord.command('reindex', [], { permissions: MANAGE_GUILD, user: { id: '820000000000000002', username: 'mod2' } });
      const [a, b] = await Promise.all([c.discord.finalReply(first), c.discord.finalReply(second)]);
      for (const edit of [a, b]) expect(edit.data.embeds[0].fields[0]).toEqual({ name: 'Added (1)', value: '- update' });
      expect(c.service.builds - before).toBe(1);
      const told = c.discord.repliesTo(second).filter((x) => x.kind === 'edit').map((x) => x.data.content);
      expect(told).toContain('A reindex is already running; here is its report when it finishes.');
    } finally {
      await c.stop();
      await corpus.cleanup();
    }
  });
});
