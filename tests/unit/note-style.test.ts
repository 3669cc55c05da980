import { describe, expect, it } from 'vitest';
import { MAX_STRENGTHS, strengthBoxes, withStrength } from '../../src/features/notes/draft-ops';
import { closingOf, styleLine, toneChange } from '../../src/features/notes/style';

describe('toneChange: the sign-off follows the tone', () => {
  it('swaps the usual sign-offs, keeps a typed one, and changes nothing for the same tone', () => {
    expect(toneChange({ tone: 'formal', signoff: 'Best regards' }, 'warm')).toEqual({
      tone: 'warm',
      signoff: 'Best',
    });
    expect(toneChange({ tone: 'warm', signoff: 'Best' }, 'formal')).toEqual({
      tone: 'formal',
      signoff: 'Best regards',
    });
    expect(toneChange({ tone: 'formal', signoff: 'Warmly' }, 'warm')).toEqual({ tone: 'warm' });
    expect(toneChange({ tone: 'warm', signoff: 'Best' }, 'warm')).toEqual({ tone: 'warm' });
  });
});

describe('the sign-off and the style line', () => {
  it('closes with what was typed, without a doubled comma, or with the formal sign-off when empty', () => {
    expect(closingOf('Warmly,')).toBe('Warmly');
    expect(closingOf('  Thanks again ,, ')).toBe('Thanks again');
    expect(closingOf('   ')).toBe('Best regards');
  });

  it('sums the style up in one line', () => {
    expect(styleLine({ tone: 'warm', length: 'short', signoff: '' })).toBe('Warm, short, “Best regards”');
    expect(styleLine({ tone: 'formal', length: 'standard', signoff: 'Best,' })).toBe(
      'Formal, standard, “Best”',
    );
  });
});

describe('strengths: up to three boxes, empty ones at the end not kept', () => {
  it('sets one strength and drops the empty ones after the last filled', () => {
    expect(withStrength([], 0, 'SQL')).toEqual(['SQL']);
    expect(withStrength(['SQL', 'Python'], 1, '')).toEqual(['SQL']);
    expect(withStrength(['SQL'], 2, 'Tableau')).toEqual(['SQL', '', 'Tableau']);
    expect(withStrength(['SQL', '', 'Tableau'], 2, '')).toEqual(['SQL']);
  });

  it('shows one more box than kept, keeps an opened box, and never more than three', () => {
    expect(strengthBoxes(0, 1)).toBe(1);
    expect(strengthBoxes(1, 1)).toBe(2);
    expect(strengthBoxes(0, 2)).toBe(2);
    expect(strengthBoxes(3, 1)).toBe(MAX_STRENGTHS);
    expect(strengthBoxes(1, 5)).toBe(MAX_STRENGTHS);
  });
});
