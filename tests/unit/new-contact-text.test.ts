import { describe, expect, it } from 'vitest';
import { splitNameAndPhone } from '../../renderer/src/features/bookings/contactText';

describe('a new contact from what the desk typed into the contact search', () => {
  it('a name and a phone number typed together are both kept, in either order', () => {
    expect(splitNameAndPhone('陈女士 13800138123')).toEqual({ name: '陈女士', phone: '13800138123' });
    expect(splitNameAndPhone('陈女士，138 0013 8123')).toEqual({ name: '陈女士', phone: '138 0013 8123' });
    expect(splitNameAndPhone('13800138123 陈女士')).toEqual({ name: '陈女士', phone: '13800138123' });
    expect(splitNameAndPhone('李老师 021-65550101')).toEqual({ name: '李老师', phone: '021-65550101' });
  });

  it('a name alone asks for the phone; a whole number alone asks for the name', () => {
    expect(splitNameAndPhone('  陈女士 ')).toEqual({ name: '陈女士', phone: '' });
    expect(splitNameAndPhone('13800138123')).toEqual({ name: '', phone: '13800138123' });
  });

  it('the last digits of a phone are a search, not somebody new', () => {
    expect(splitNameAndPhone('8003')).toBeNull();
    expect(splitNameAndPhone('1380013')).toBeNull();
    expect(splitNameAndPhone('   ')).toBeNull();
  });
});
