import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, seedText } from '../seeds';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'cli', 'crossline.mjs');

async function crossline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { maxBuffer: 10 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const seedPath = (id: string) => join(SEEDS_DIR, `${id}_${{ '000': '59007c63c4fd6c25', '001': '966dfc0c95b6367c', '002': '099a79aba5be8c18', '003': 'ccd343ec137f987b', '004': '8f16aa07f174a1e7' }[id]}.txt`);

describe('crossline check --json', () => {
  it('prints exactly the documented shape, and a seed is recognised as itself', async () => {
    const { code, stdout } = await crossline('check', seedPath('002'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['page', 'items']);
    expect(Object.keys(report.page)).toEqual(['title', 'selfSource', 'date']);
    expect(report.page.selfSource).toBe('002');
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(['kind', 'text', 'speaker', 'start', 'end', 'matches', 'earlier', 'firstReported']);
      for (const m of item.matches) {
        expect(Object.keys(m)).toEqual(['source', 'outlet', 'text', 'speaker', 'relation', 'score', 'diff', 'date', 'occasion']);
        expect(m.source).not.toBe('002');
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
    }
  }, 30_000);

  it('finds the other seeds that carry a quote, and calls "agreed upon" altered', async () => {
    const report = JSON.parse((await crossline('check', seedPath('004'), '--json')).stdout);
    const agreed = report.items.find((i: { text: string }) => i.text === 'Most of the major points are agreed upon');
    expect(agreed.speaker).toBe('Donald Trump');
    const bySource = Object.fromEntries(agreed.matches.map((m: { source: string; relation: string }) => [m.source, m.relation]));
    expect(bySource).toEqual({ '000': 'variant', '002': 'variant', '003': 'variant' });
    for (const m of agreed.matches) {
      expect(m.diff.filter((p: { op: string }) => p.op !== 'same')).toEqual([
        { op: 'ours', text: 'upon' },
        { op: 'theirs', text: 'to' },
      ]);
    }
  }, 30_000);

  it('reads an HTML page through its article body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossline-'));
    const paragraphs = seedText('003').split('\n').map((p) => `<p>${p.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`).join('\n');
    const html = `<!doctype html><html><head><title>World news</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div class="share-bar"><button>Share “this”</button></div>
      <article><h1>Putin and Witkoff meet</h1>${paragraphs}</article>
      <aside class="related"><p>Related: “Another story entirely” about something else that is long enough to count.</p></aside>
      <footer><p>© Example News</p></footer></body></html>`;
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const report = JSON.parse((await crossline('check', page, '--json')).stdout);
    const quotes = report.items.filter((i: { kind: string }) => i.kind === 'quote').map((i: { text: string }) => i.text);
    expect(quotes).toContain('Vladimir, STOP!');
    expect(quotes).not.toContain('Another story entirely');
    expect(quotes).not.toContain('this');
    expect(report.page.selfSource).toBe('003');
  }, 30_000);
});

describe('crossline: bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossline-bad-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '  \n');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]));
  const badCorpus = join(dir, 'corpus.json');
  writeFileSync(badCorpus, '{"format":"something-else"}');

  it.each([
    ['a missing file', [join(dir, 'nope.txt')], /no such file/u],
    ['an empty file', [empty], /is empty/u],
    ['a binary file', [binary], /not a text or HTML file/u],
    ['a folder', [dir], /is a folder/u],
    ['a corrupt corpus', [seedPath('000'), '--corpus', badCorpus], /Not a Crossline corpus/u],
  ])('%s: one line on stderr, exit 2', async (_name, args, message) => {
    const { code, stderr } = await crossline('check', ...(args as string[]));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message as RegExp);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/u);
  }, 30_000);

  it('reads an article saved as UTF-16 or Latin-1 as it reads UTF-8', async () => {
    const text = readFileSync(seedPath('004'), 'utf8');
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('He said “we will go” on Friday, the café owner said.'.replace(/[“”]/gu, '"'), 'latin1'));
    const quotes = async (path: string) => JSON.parse((await crossline('check', path, '--json')).stdout).items.map((i: { text: string }) => i.text);
    expect(await quotes(utf16)).toEqual(await quotes(seedPath('004')));
    expect(await quotes(latin1)).toContain('we will go');
  }, 30_000);

  it('refuses a corpus folder holding a binary file named .txt, naming it', async () => {
    const corpus = join(dir, 'corpus-with-binary');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), readFileSync(seedPath('000')));
    writeFileSync(join(corpus, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]));
    const { code, stderr } = await crossline('check', seedPath('004'), '--corpus', corpus);
    expect(code).toBe(2);
    expect(stderr).toMatch(/b\.txt is not a text file/u);
  }, 30_000);

  it('refuses an index whose items lack their sentence, with a message and not a stack', async () => {
    const broken = join(dir, 'no-sentence.json');
    writeFileSync(broken, JSON.stringify({ format: 'crossline-index', version: 1, articles: [{ id: 'x', file: 'x.txt', outlet: null, label: 'Source x', headline: null, url: null, date: null, byline: null, text: 'He said “hello there”.', items: [{ kind: 'quote', start: 9, end: 20, speaker: null }] }] }));
    const { code, stderr } = await crossline('check', seedPath('004'), '--corpus', broken);
    expect(code).toBe(2);
    expect(stderr).toMatch(/malformed item/u);
  }, 30_000);

  it('says so plainly for a page with no article', async () => {
    const page = join(dir, 'front.html');
    writeFileSync(page, '<html><body><nav>Home</nav><p>Short.</p></body></html>');
    const { code, stdout, stderr } = await crossline('check', page, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items).toEqual([]);
    expect(stderr).toMatch(/no article found/u);
  }, 30_000);
});
