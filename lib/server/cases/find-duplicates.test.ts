import { describe, expect, it } from 'vitest';
import { distinctiveTokens } from './find-duplicates';

describe('distinctiveTokens', () => {
  it('keeps the distinctive Latin words of a title, lower-cased', () => {
    expect(distinctiveTokens(['Lenovo v Chang'])).toEqual(['lenovo', 'chang']);
    expect(distinctiveTokens(['Chang Cheng'])).toEqual(['chang', 'cheng']);
    expect(distinctiveTokens(['LENOVO'])).toEqual(['lenovo']);
  });

  it('drops stop words, "v." and words shorter than three letters', () => {
    expect(distinctiveTokens(['Lenovo Group v. Chang Cheng'])).toEqual(['lenovo', 'chang', 'cheng']);
    expect(distinctiveTokens(['The Acme Holdings Co., Ltd. and Xu'])).toEqual(['acme']);
    expect(distinctiveTokens(['Group Inc LLC GmbH Corp Company Limited Technology Technologies'])).toEqual([]);
    expect(distinctiveTokens(['v', 'v.', 'Xu'])).toEqual([]);
  });

  it('keeps runs of two or more CJK characters whole', () => {
    expect(distinctiveTokens(['常程'])).toEqual(['常程']);
    expect(distinctiveTokens(['联想集团'])).toEqual(['联想集团']);
    expect(distinctiveTokens(['联想'])).toEqual(['联想']);
    // A single character is too common to mean anything.
    expect(distinctiveTokens(['常'])).toEqual([]);
    expect(distinctiveTokens(['联想 诉 常程'])).toEqual(['联想', '常程']);
  });

  it('"Tencent v. Xu Zhenhua" shares no token with the Lenovo case', () => {
    const tencent = distinctiveTokens(['Tencent v. Xu Zhenhua']);
    expect(tencent).toEqual(['tencent', 'zhenhua']);
    const lenovo = distinctiveTokens(['Lenovo Group v. Chang Cheng', 'Lenovo Group', '联想集团', 'Lenovo', '联想', 'Chang Cheng', '常程']);
    expect(tencent.filter((t) => lenovo.includes(t))).toEqual([]);
  });

  it('combines title and party names without repeats, and keeps Latin letters with accents', () => {
    expect(distinctiveTokens(['Lenovo v Chang', 'Chang Cheng', 'Lenovo'])).toEqual(['lenovo', 'chang', 'cheng']);
    expect(distinctiveTokens(['Société Générale v Müller'])).toEqual(['société', 'générale', 'müller']);
  });

  it('mixed scripts, digits and punctuation', () => {
    expect(distinctiveTokens(['Xiaomi (小米) v. 常程, 2021'])).toEqual(['xiaomi', '小米', '常程']);
    expect(distinctiveTokens(['', '   ', '123 456', '!!!'])).toEqual([]);
  });

  it('gives at most twelve tokens however long the input', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(distinctiveTokens([words.join(' ')])).toHaveLength(12);
    expect(distinctiveTokens(['x'.repeat(100_000)])).toEqual(['x'.repeat(100_000)]);
  });
});
