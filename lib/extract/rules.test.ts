import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from './case-numbers';
import { noResponseNote, readCertainty } from './certainty';
import { findDates } from './dates';
import { extractSuggestions } from './extract';
import { findMoney } from './money';
import { findParties } from './parties';
import { splitSentences } from './sentences';

const dates = (text: string, published: string | null = '2021-01-29') => findDates(text, published).map((d) => d.date.value);
const money = (text: string) => findMoney(text).map((m) => m.money);
const suggest = (text: string, published: string | null = '2021-01-29') => extractSuggestions(text, { published, language: null }).suggestions;

describe('sentences', () => {
  it('keep offsets into the text and do not end at abbreviations or decimals', () => {
    const text = 'Brightwater Analytics Inc. sued Okafor under No. 06-2-12345-6 SEA. It sought $2.5 million.联想称，已提起仲裁。据悉对方未回应！';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Brightwater Analytics Inc. sued Okafor under No. 06-2-12345-6 SEA.', 'It sought $2.5 million.', '联想称，已提起仲裁。', '据悉对方未回应！']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('dates', () => {
  it('carry the precision of their words', () => {
    expect(dates('signed on July 24, 2017, in June 2020 and in 2017')).toEqual(['2017-07-24', '2020-06', '2017']);
    expect(dates('2020年6月，2017年7月24日，2019年')).toEqual(['2020-06', '2017-07-24', '2019']);
  });
  it('take a missing year from the article, the year before when the date would follow it', () => {
    expect(dates('On September 17, Lenovo confirmed', '2020-09-29')).toEqual(['2020-09-17']);
    expect(dates('On September 17, Lenovo confirmed', '2021-01-29')).toEqual(['2020-09-17']);
    expect(dates('On the 29th, he left', '2021-01-29')).toEqual(['2021-01-29']);
    expect(dates('9月17日，联想证实', '2020-09-29')).toEqual(['2020-09-17']);
  });
  it('count 去年 and 今年 from the article and 同年 from the date before', () => {
    expect(dates('去年9月，公司申请仲裁', '2022-03-15')).toEqual(['2021-09']);
    expect(dates('今年3月5日离职', '2022-06-01')).toEqual(['2022-03-05']);
    expect(dates('2018年6月离职，同年8月加入')).toEqual(['2018-06', '2018-08']);
  });
  it('skip datelines, impossible dates and relative dates without an article date', () => {
    expect(dates('SAN FRANCISCO, June 2 — Brightwater sued')).toEqual([]);
    expect(dates('on February 30, 2020')).toEqual([]);
    expect(dates('去年9月', null)).toEqual([]);
  });
});

describe('money', () => {
  it('reads qualifiers in English and Chinese', () => {
    expect(money('more than 5 million yuan')).toEqual([{ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' }]);
    expect(money('超过500万元')).toEqual([{ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' }]);
    expect(money('逾80万元')).toEqual([{ qualifier: 'MORE_THAN', value: '800000.00', currency: 'CNY' }]);
    expect(money('500余万元')).toEqual([{ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' }]);
    expect(money('约1.5亿元')).toEqual([{ qualifier: 'APPROXIMATELY', value: '150000000.00', currency: 'CNY' }]);
    expect(money('up to $400,000')).toEqual([{ qualifier: 'AT_MOST', value: '400000.00', currency: 'USD' }]);
  });
  it('reads scales and currency codes exactly', () => {
    expect(money('sought $2.5M')).toEqual([{ qualifier: 'EXACT', value: '2500000.00', currency: 'USD' }]);
    expect(money('EUR 250,000')).toEqual([{ qualifier: 'EXACT', value: '250000.00', currency: 'EUR' }]);
    expect(money('RMB 1.2 million')).toEqual([{ qualifier: 'EXACT', value: '1200000.00', currency: 'CNY' }]);
    expect(money('$2.575 billion')).toEqual([{ qualifier: 'EXACT', value: '2575000000.00', currency: 'USD' }]);
  });
  it('ignores numbers without a currency', () => {
    expect(money('18 new core cadres, more than 80 in total, within 24 months')).toEqual([]);
  });
});

describe('case numbers', () => {
  it('recognise PRC, arbitration, US federal and state formats', () => {
    const numbers = findCaseNumbers('(2019)京01民终5678号 and （2020）京0108民初1234号; 京劳人仲字[2020]第123号; 3:18-cv-04567-XYZ; No. 06-2-12345-6 SEA; 21CV123456.');
    expect(numbers.map((n) => [n.caseNumber, n.appeal])).toEqual([
      ['(2019)京01民终5678号', true],
      ['（2020）京0108民初1234号', false],
      ['京劳人仲字[2020]第123号', false],
      ['3:18-cv-04567-XYZ', false],
      ['06-2-12345-6 SEA', false],
      ['21CV123456', false],
    ]);
  });
});

describe('parties', () => {
  it('pairs a transliteration with its original script and tells people from organisations', () => {
    const parties = findParties('Hengda Robotics (恒达机器人) sued Liu Wei (刘伟). Liu Wei denied it; Hengda said so.');
    expect(parties.map((p) => [p.name, p.originalName, p.kind])).toEqual([
      ['Hengda Robotics', '恒达机器人', 'ORGANIZATION'],
      ['Liu Wei', '刘伟', 'PERSON'],
    ]);
  });
  it('merges short forms and surnames into one party and ignores things named in capitals', () => {
    const parties = findParties('Harlow Freight LLC sued Marcus Benton. Benton signed the Sales Agreement. Harlow Freight LLC said Benton left in May.');
    expect(parties.map((p) => p.name)).toEqual(['Harlow Freight LLC', 'Marcus Benton']);
    expect(parties[1]!.aliases).toContain('Benton');
  });
  it('reads Chinese role labels and company names', () => {
    const parties = findParties('上诉人（原审被告）：王某，男。\n被上诉人（原审原告）：北京云杉科技有限公司，住所地北京。王某与北京云杉科技有限公司签订协议。');
    expect(parties.map((p) => [p.name, p.kind])).toEqual([
      ['王某', 'PERSON'],
      ['北京云杉科技有限公司', 'ORGANIZATION'],
    ]);
  });
  it('finds a legal name written once as an actor, and the roles of "taken … to court"', () => {
    const parties = suggest('Ardent Pharmaceuticals Ltd. has taken its former head of sales, Priya Raman, to court, alleging she joined rival Solvex in March. Raman and Solvex declined to comment.')
      .flatMap((s) => (s.group === 'parties' ? [[s.fact.name, s.fact.kind, s.fact.role]] : []));
    expect(parties).toEqual([
      ['Ardent Pharmaceuticals Ltd.', 'ORGANIZATION', 'CLAIMANT'],
      ['Priya Raman', 'PERSON', 'RESPONDENT'],
      ['Solvex', 'ORGANIZATION', 'NEW_EMPLOYER'],
    ]);
  });
  it('gives the dispute roles from who filed against whom, and who hired', () => {
    const roles = suggest('Lenovo took Chang Cheng to arbitration in June 2020. Lenovo said Chang Cheng joined Xiaomi. Xiaomi declined.')
      .flatMap((s) => (s.group === 'parties' ? [[s.fact.name, s.fact.role]] : []));
    expect(roles).toEqual([
      ['Lenovo', 'CLAIMANT'],
      ['Chang Cheng', 'RESPONDENT'],
      ['Xiaomi', 'NEW_EMPLOYER'],
    ]);
  });
});

describe('certainty', () => {
  it('reads the wording', () => {
    expect(readCertainty('On September 17, Lenovo Group confirmed that')).toEqual({ certainty: 'CONFIRMED', note: null });
    expect(readCertainty('According to sources, 5 million yuan has been paid')).toEqual({ certainty: 'REPORTED', note: 'Attributed to unnamed sources' });
    expect(readCertainty('据悉，赵明已离职')).toEqual({ certainty: 'REPORTED', note: 'Attributed to unnamed sources' });
    expect(readCertainty('Chang Cheng denied that he signed')).toEqual({ certainty: 'DENIED', note: null });
    expect(readCertainty('Brightwater alleges that Okafor took files')).toEqual({ certainty: 'ALLEGED', note: null });
    expect(readCertainty('Benton disputes that the list is confidential')).toEqual({ certainty: 'DISPUTED', note: null });
    expect(readCertainty('Lenovo filed for arbitration')).toEqual({ certainty: 'REPORTED', note: null });
  });
  it('notes an unanswered request for comment on the facts before it', () => {
    expect(noResponseNote('However, neither Lenovo nor Xiaomi responded to this.')).toBe('Neither Lenovo nor Xiaomi responded to this.');
    expect(noResponseNote('上海星河数据有限公司未予回应。')).not.toBeNull();
    const [outcome] = suggest('According to sources, more than 5 million yuan has been paid to Lenovo. However, neither Lenovo nor Xiaomi responded to this.').filter((s) => s.group === 'outcomes');
    expect(outcome?.certainty).toBe('REPORTED');
    expect(outcome?.certaintyNote).toBe('Attributed to unnamed sources; Neither Lenovo nor Xiaomi responded to this.');
  });
});

describe('claims', () => {
  const claims = (text: string) => suggest(text).flatMap((s) => (s.group === 'claims' ? [[s.fact.kind, s.fact.amount]] : []));
  it('reads claim kinds with the amount in their own clause', () => {
    expect(claims('Lenovo requested the tribunal to return the equity incentive amount, pay liquidated damages of RMB 1.2 million, and continue to perform non-compete obligations.')).toEqual([
      ['EQUITY_REFUND', { qualifier: 'UNKNOWN', value: null, currency: null }],
      ['LIQUIDATED_DAMAGES', { qualifier: 'EXACT', value: '1200000.00', currency: 'CNY' }],
      ['SPECIFIC_PERFORMANCE', { qualifier: 'NOT_MONETARY', value: null, currency: null }],
    ]);
    expect(claims('公司诉讼请求：王某支付违约金50万元，继续履行竞业限制协议，返还股权激励款20万元。')).toEqual([
      ['EQUITY_REFUND', { qualifier: 'EXACT', value: '200000.00', currency: 'CNY' }],
      ['LIQUIDATED_DAMAGES', { qualifier: 'EXACT', value: '500000.00', currency: 'CNY' }],
      ['SPECIFIC_PERFORMANCE', { qualifier: 'NOT_MONETARY', value: null, currency: null }],
    ]);
  });
  it('are only read where someone asks for them', () => {
    expect(claims('The agreement provides for liquidated damages and an injunction.')).toEqual([]);
  });
});

describe('long input', () => {
  it('stays linear on a line of 30,000 capitalised words and gives nothing for text without facts', () => {
    const started = performance.now();
    expect(suggest('Xx '.repeat(30_000), null)).toEqual([]);
    expect(suggest('', null)).toEqual([]);
    // Was 10 s with unbounded runs of capitalised words; now about 0.5 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
