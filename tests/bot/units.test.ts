import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';
import { replyLanguage } from '../../src/bot/language.js';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('reads every variable with its default', () => {
    const c = loadConfig({ env: { DISCORD_TOKEN: 't', MODERATOR_ROLE_IDS: ' 700000000000000001 ,700000000000000002', DISCORD_API_URL: 'http://127.0.0.1:9/api/' } });
    expect(c).toMatchObject({ CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ASK_COOLDOWN_SECONDS: 5, MODERATOR_ROLE_IDS: ['700000000000000001', '700000000000000002'], DISCORD_API_URL: 'http://127.0.0.1:9/api' });
  });

  it('names the variable and what to do, and never its value', () => {
    const fail = (env: Record<string, string>, req: ('DISCORD_TOKEN' | 'DISCORD_CLIENT_ID')[] = []) => {
      try {
        loadConfig({ env, require: req });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(fail({}, ['DISCORD_TOKEN'])).toMatch(/^DISCORD_TOKEN is not set; set it to the bot token/);
    expect(fail({ DISCORD_CLIENT_ID: 'abc' })).toMatch(/^DISCORD_CLIENT_ID must be a Discord id/);
    expect(fail({ DISCORD_API_URL: 'ftp://x' })).toMatch(/^DISCORD_API_URL must be an http\(s\) URL/);
    expect(fail({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(fail({ ASK_COOLDOWN_SECONDS: 'soon' })).toMatch(/^ASK_COOLDOWN_SECONDS must be a number/);
    expect(fail({ DISCORD_TOKEN: 'super-secret-token', DISCORD_GUILD_ID: 'x' })).not.toContain('super-secret-token');
  });
});

describe('cooldown', () => {
  it('lets a user ask again only after the pause, counting the seconds left', () => {
    let now = 1_000_000;
    const c = new Cooldown(5, () => now);
    expect(c.take('a')).toBe(0);
    expect(c.take('b')).toBe(0);
    now += 1200;
    expect(c.take('a')).toBe(4);
    now += 3800;
    expect(c.take('a')).toBe(0);
  });
  it('is off at zero seconds', () => {
    const c = new Cooldown(0);
    expect([c.take('a'), c.take('a')]).toEqual([0, 0]);
  });
});

describe('the language of the bot’s words', () => {
  it('is the question’s own, then the chosen one, then the locale, then English', () => {
    expect(replyLanguage('এইমসে হামলা কখন?', 'en', 'hi')).toBe('bn');
    expect(replyLanguage('AIIMS ke kitne server?', 'en', 'en-US')).toBe('hi');
    expect(replyLanguage('AIIMS servers', 'bn', 'hi')).toBe('bn');
    expect(replyLanguage('AIIMS servers', undefined, 'hi')).toBe('hi');
    expect(replyLanguage('AIIMS servers', undefined, 'fr')).toBe('en');
    expect(replyLanguage(null, undefined, 'en-GB')).toBe('en');
  });
});
