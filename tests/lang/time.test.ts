import { describe, expect, it } from 'vitest';
import { timeExpressions, timeTerm } from '../../src/lang/time.js';

const times = (s: string) => timeExpressions(s).map(timeTerm);

describe('clock times', () => {
  it('reads times in every script and form', () => {
    expect(times('বুধবার সকাল ৬টা৪৫ মিনিটে এই হানা হয়।')).toEqual(['6:45']);
    expect(times('The attack began on Sunday at 11:30 pm.')).toEqual(['23:30']);
    expect(times('सुबह 6 बजकर 45 मिनट पर')).toEqual(['6:45']);
    expect(times('रात 10 बजे')).toEqual(['10:00']);
    expect(times('শুক্রবার রাত ১০টা নাগাদ')).toEqual(['10:00']);
    expect(times('at 12 am')).toEqual(['0:00']);
  });

  it('gives offsets into the text as written', () => {
    const text = 'বুধবার সকাল ৬টা৪৫ মিনিটে';
    const [t] = timeExpressions(text);
    expect(text.slice(t!.start, t!.end)).toBe('৬টা৪৫ মিনিট');
  });

  it('does not read amounts, years or out-of-range values as times', () => {
    expect(times('1,600 से अधिक बार')).toEqual([]);
    expect(times('in 2022 the servers')).toEqual([]);
    expect(times('scored 45:99')).toEqual([]);
  });
});
