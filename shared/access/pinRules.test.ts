import { describe, expect, it } from 'vitest';
import { newPinProblems, pinProblem } from './pinRules';

describe('choosing a PIN', () => {
  it('accepts four to eight numbers', () => {
    expect(pinProblem('4071')).toBeNull();
    expect(pinProblem('40719283')).toBeNull();
  });

  it('refuses PINs that are too short, too long or not all numbers', () => {
    expect(pinProblem('407')).toBe('Use 4 to 8 numbers.');
    expect(pinProblem('407192831')).toBe('Use 4 to 8 numbers.');
    expect(pinProblem('40a1')).toBe('Use numbers only, with no spaces or letters.');
    expect(pinProblem('')).toBe('Enter a PIN.');
  });

  it('refuses the PINs a passer-by would try first', () => {
    expect(pinProblem('1111')).toMatch(/same number/);
    expect(pinProblem('1234')).toMatch(/in a row/);
    expect(pinProblem('9876')).toMatch(/in a row/);
  });

  it('asks for the PIN twice and says when the two differ', () => {
    expect(newPinProblems('4071', '4071')).toEqual({});
    expect(newPinProblems('4071', '4072')).toEqual({ again: 'The two PINs are different. Type them again.' });
    expect(newPinProblems('4071', '')).toEqual({ again: 'Type your PIN again.' });
  });
});
