import { describe, expect, it } from 'vitest';
import { diffWordsOf } from '../../src/compare/word-diff.js';

describe('diffWordsOf', () => {
  it('marks words only in the article as removed and words only in the post as added', () => {
    const { parts } = diffWordsOf('several cans of Pepsi', 'several cans of Diet Coke');
    expect(parts.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'removed', text: 'Pepsi' },
      { op: 'added', text: 'Diet Coke' },
    ]);
    expect(parts.map((p) => p.text).join('')).toContain('several cans of');
  });

  it('scores identical texts 1 and texts without a shared word 0', () => {
    expect(diffWordsOf('Too late', 'Too late').similarity).toBe(1);
    expect(diffWordsOf('Too late', 'Oopsie daisy').similarity).toBe(0);
  });

  it('gives up on long texts whose words are reordered too much, scoring them no higher than 0.3', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const result = diffWordsOf(words.join(' '), [...words].reverse().join(' '));
    expect(result.similarity).toBeLessThanOrEqual(0.3);
    expect(result.parts.map((p) => p.op)).toEqual(['removed', 'added']);
  });

  it('scores one changed word in eight as 7/8 similar', () => {
    const { similarity } = diffWordsOf(
      'I will be bringing several cans of Pepsi',
      'I will be bringing several cans of Coke',
    );
    expect(similarity).toBeCloseTo(7 / 8);
  });

  it('shows long unrelated texts as one removal and one addition instead of diffing them word by word', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ');
    const result = diffWordsOf(a, b);
    expect(result.similarity).toBe(0);
    expect(result.parts).toEqual([
      { op: 'removed', text: a },
      { op: 'added', text: b },
    ]);
  });
});
