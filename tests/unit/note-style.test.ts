import { describe, expect, it } from 'vitest';
import { toneChange } from '../../src/features/notes/style';

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
