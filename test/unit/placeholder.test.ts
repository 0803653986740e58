import { describe, expect, it } from 'vitest';
import { personInputSchema } from '../../renderer/src/domain/person';

describe('personInputSchema', () => {
  it('refuses a person without a family name', () => {
    const r = personInputSchema.safeParse({ kind: 'client', givenName: 'Ada', familyName: ' ' });
    expect(r.success).toBe(false);
  });
});
