import { describe, expect, it } from 'vitest';
import { isSiteDisabled, SENSITIVITY_THRESHOLDS } from '../../extension/settings';
import { THRESHOLDS } from '../../corpus/match';

describe('sites where Crossline stays off', () => {
  it('matches the host and its subdomains, nothing else', () => {
    const off = ['example.com'];
    expect(isSiteDisabled(off, 'https://example.com/news/1')).toBe(true);
    expect(isSiteDisabled(off, 'https://www.example.com/')).toBe(true);
    expect(isSiteDisabled(off, 'https://notexample.com/')).toBe(false);
    expect(isSiteDisabled(off, 'https://example.com.evil.org/')).toBe(false);
    expect(isSiteDisabled(off, 'not a url')).toBe(false);
  });
});

describe('sensitivity', () => {
  it('is stricter or looser than the evaluated defaults in the same direction on every threshold it moves', () => {
    expect(SENSITIVITY_THRESHOLDS.balanced).toEqual({});
    expect(SENSITIVITY_THRESHOLDS.strict.variant!).toBeGreaterThan(THRESHOLDS.variant);
    expect(SENSITIVITY_THRESHOLDS.loose.variant!).toBeLessThan(THRESHOLDS.variant);
    expect(SENSITIVITY_THRESHOLDS.strict.paraphrase!).toBeGreaterThan(THRESHOLDS.paraphrase);
    expect(SENSITIVITY_THRESHOLDS.loose.paraphrase!).toBeLessThan(THRESHOLDS.paraphrase);
    expect(SENSITIVITY_THRESHOLDS.strict.fuse!).toBeLessThan(THRESHOLDS.fuse);
    expect(SENSITIVITY_THRESHOLDS.loose.fuse!).toBeGreaterThan(THRESHOLDS.fuse);
  });
});
