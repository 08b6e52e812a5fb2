import { describe, expect, it } from 'vitest';
import { lemmaCandidates, WordKinship } from '../../corpus/word-kinship';
import { seedIndex } from '../seeds';

const kin = new WordKinship(seedIndex.words!);

describe('word knowledge from WordNet', () => {
  it('knows words that say the same thing, as written', () => {
    for (const [a, b] of [
      ['talks', 'negotiations'],
      ['cede', 'surrender'],
      ['retaining', 'keep'],
      ['killed', 'deaths'],
      ['prevent', 'keep'],
      ['give_up', 'surrender'],
    ]) {
      expect(kin.areKin(a!, b!), `${a} / ${b}`).toBe(true);
      expect(kin.areKin(b!, a!), `${b} / ${a}`).toBe(true);
    }
  });

  it('does not tie words through rare senses of both, nor unrelated words', () => {
    for (const [a, b] of [
      ['keep', 'celebrate'],
      ['car', 'bomb'],
      ['talks', 'funeral'],
      ['peace', 'war'],
      ['general', 'officer'],
    ]) {
      expect(kin.areKin(a!, b!), `${a} / ${b}`).toBe(false);
    }
  });

  it('undoes inflections the way WordNet’s rules do, and words it does not know stay unknown', () => {
    expect(lemmaCandidates('negotiations')).toContain('negotiation');
    expect(lemmaCandidates('annexed')).toContain('annex');
    expect(lemmaCandidates('stopped')).toContain('stop');
    expect(kin.sensesOf('zzyzx')).toBeNull();
    expect(kin.areKin('constructor', '__proto__')).toBe(false);
  });

  it('is limited to what the corpus’s words can meet', () => {
    expect(kin.size).toBeGreaterThan(1000);
    expect(kin.size).toBeLessThan(20_000);
    expect(kin.sensesOf('photosynthesis')).toBeNull();
  });
});
