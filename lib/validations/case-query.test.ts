import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../search/cursor';
import { caseQueryString, compareDecimal, parseCaseQuery, parseCaseQueryStrict } from './case-query';

const params = (qs: string) => new URLSearchParams(qs);

describe('parseCaseQuery', () => {
  it('gives the default view for an empty query string', () => {
    const { query, issues } = parseCaseQuery(params(''));
    expect(issues).toEqual([]);
    expect(query).toMatchObject({ q: '', forum: [], sort: { column: 'title', descending: false, id: 'title' }, cursor: null, limit: 25 });
  });

  it('reads repeatable facet parameters, case-insensitively, without duplicates', () => {
    const { query, issues } = parseCaseQuery(params('claim=LIQUIDATED_DAMAGES&claim=equity_refund&claim=EQUITY_REFUND&jurisdiction=cn&jurisdiction=US-CA&tag=non-compete'));
    expect(issues).toEqual([]);
    expect(query.claim).toEqual(['LIQUIDATED_DAMAGES', 'EQUITY_REFUND']);
    expect(query.jurisdiction).toEqual(['CN', 'US-CA']);
    expect(query.tag).toEqual(['non-compete']);
  });

  it('drops unknown facet values and says which', () => {
    const { query, issues } = parseCaseQuery(params('forum=COURT&forum=MOON&status=OPEN&status=nope'));
    expect(query.forum).toEqual(['COURT']);
    expect(query.status).toEqual(['OPEN']);
    expect(issues.map((i) => i.param).sort()).toEqual(['forum', 'status']);
    expect(issues.find((i) => i.param === 'forum')!.message).toContain('MOON');
  });

  it('parses amounts exactly, as decimal strings, and needs a currency for them', () => {
    const ok = parseCaseQuery(params('amountMin=5,000,000&amountMax=12345678901234567890.1234&currency=cny'));
    expect(ok.issues).toEqual([]);
    expect(ok.query).toMatchObject({ amountMin: '5000000', amountMax: '12345678901234567890.1234', currency: 'CNY' });

    const noCurrency = parseCaseQuery(params('amountMin=100'));
    expect(noCurrency.query.amountMin).toBeNull();
    expect(noCurrency.issues[0]!.message).toMatch(/needs a currency/);
  });

  it('refuses an amount range in two currencies', () => {
    const { query, issues } = parseCaseQuery(params('amountMin=100&currency=CNY&currency=USD'));
    expect(query.currency).toBeNull();
    expect(query.amountMin).toBeNull();
    expect(issues.map((i) => i.param)).toEqual(expect.arrayContaining(['currency', 'amountMin']));
  });

  it('refuses bad amounts, currencies, years, limits and sorts', () => {
    const { query, issues } = parseCaseQuery(params('amountMin=-5&currency=RMB&yearFrom=20x0&yearTo=99999&limit=1000&sort=password&uncited=maybe&bond=perhaps'));
    expect(query).toMatchObject({ amountMin: null, currency: null, yearFrom: null, yearTo: null, limit: 25, sortParam: null, uncited: null, bond: null });
    expect(new Set(issues.map((i) => i.param))).toEqual(new Set(['amountMin', 'currency', 'yearFrom', 'yearTo', 'limit', 'sort', 'uncited', 'bond']));
  });

  it('refuses reversed ranges', () => {
    expect(parseCaseQuery(params('yearFrom=2021&yearTo=2019')).issues[0]!.param).toBe('yearTo');
    expect(parseCaseQuery(params('currency=CNY&amountMin=10&amountMax=9.99')).issues[0]!.param).toBe('amountMax');
  });

  it('shortens a search that is too long instead of dropping it', () => {
    const { query, issues } = parseCaseQuery(params(`q=${'a'.repeat(5000)}`));
    expect(query.q).toHaveLength(500);
    expect(issues[0]!.param).toBe('q');
  });

  it('sorts by relevance when searching and no sort is given; never by relevance without a search', () => {
    expect(parseCaseQuery(params('q=lenovo')).query.sort).toMatchObject({ column: 'relevance', descending: true });
    expect(parseCaseQuery(params('sort=-relevance')).query.sort).toMatchObject({ column: 'title', descending: false });
    expect(parseCaseQuery(params('q=lenovo&sort=-year')).query.sort).toMatchObject({ column: 'year', descending: true, id: '-year' });
    expect(parseCaseQuery(params('sort=amount&currency=EUR')).query.sort.id).toBe('amount:EUR');
  });

  it('accepts a cursor made for the same sort, and drops a malformed or foreign one', () => {
    const cursor = encodeCursor({ sort: '-year', values: [2020], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' });
    expect(parseCaseQuery(params(`sort=-year&cursor=${cursor}`)).query.cursor).toMatchObject({ values: [2020] });
    for (const bad of ['abc', '!!!', cursor.slice(0, -3), encodeCursor({ sort: '-year', values: ['x'], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' })]) {
      const { query, issues } = parseCaseQuery(params(`sort=-year&cursor=${bad}`));
      expect(query.cursor, bad).toBeNull();
      expect(issues[0]!.param, bad).toBe('cursor');
    }
    expect(parseCaseQuery(params(`sort=title&cursor=${cursor}`)).issues[0]!.message).toMatch(/another sort/);
    const badDate = encodeCursor({ sort: 'latestEvent', values: ['2020-13-45'], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' });
    expect(parseCaseQuery(params(`sort=latestEvent&cursor=${badDate}`)).query.cursor).toBeNull();
    const badStatus = encodeCursor({ sort: 'status', values: ['NOPE'], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' });
    expect(parseCaseQuery(params(`sort=status&cursor=${badStatus}`)).query.cursor).toBeNull();
  });

  it('reads Next searchParams objects as well as URLSearchParams, ignoring unknown parameters', () => {
    const { query, issues } = parseCaseQuery({ forum: ['COURT', 'OTHER'], q: '常程', utm_source: 'mail' });
    expect(issues).toEqual([]);
    expect(query).toMatchObject({ forum: ['COURT', 'OTHER'], q: '常程' });
  });

  it('drops a search, tag or cursor holding NUL (PostgreSQL cannot) once, keeping the rest of the view', () => {
    const nulCursor = encodeCursor({ sort: 'title', values: ['a\u0000b'], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' });
    const { query, issues } = parseCaseQuery(params(`q=a%00b&tag=%00&tag=kept&forum=COURT&cursor=${nulCursor}`));
    expect(query).toMatchObject({ q: '', tag: ['kept'], forum: ['COURT'], cursor: null });
    expect(issues.map((i) => i.param).sort()).toEqual(['cursor', 'q', 'tag']);
    expect(issues.find((i) => i.param === 'q')!.message).toContain('NUL');
  });
});

describe('parseCaseQueryStrict', () => {
  it('reports every problem instead of dropping values', () => {
    const result = parseCaseQueryStrict(params('forum=MOON&cursor=abc'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.param).sort()).toEqual(['cursor', 'forum']);
  });

  it('refuses NUL in the search, a tag or a cursor value with a message', () => {
    const nulCursor = encodeCursor({ sort: 'title', values: ['\u0000'], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' });
    for (const [qs, param] of [['q=a%00b', 'q'], ['tag=%00', 'tag'], [`cursor=${nulCursor}`, 'cursor']] as const) {
      const result = parseCaseQueryStrict(params(qs));
      expect(result.ok, qs).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.param)).toEqual([param]);
    }
  });
});

describe('caseQueryString', () => {
  it('writes the canonical query string: fixed order, defaults left out, page reset on change', () => {
    const { query } = parseCaseQuery(params('limit=50&forum=COURT&q=lenovo&sort=-year&cursor=' + encodeCursor({ sort: '-year', values: [2020], id: '1e000000-0000-4000-8000-000000000001', direction: 'after' })));
    expect(caseQueryString(query)).toBe('q=lenovo&forum=COURT&sort=-year&limit=50');
    expect(caseQueryString(query, { forum: ['COURT', 'OTHER'] })).toBe('q=lenovo&forum=COURT&forum=OTHER&sort=-year&limit=50');
    expect(caseQueryString(query, { cursor: 'abc' })).toBe('q=lenovo&forum=COURT&sort=-year&cursor=abc&limit=50');
    expect(caseQueryString(parseCaseQuery(params('')).query)).toBe('');
  });

  it('round-trips: parsing the canonical string gives the same view', () => {
    const { query } = parseCaseQuery(params('q=常程&jurisdiction=CN&claim=EQUITY_REFUND&yearFrom=2019&yearTo=2021&currency=CNY&amountMin=5000000&uncited=0&bond=yes&sort=-amount'));
    expect(query.bond).toBe(true);
    expect(parseCaseQuery(params(caseQueryString(query))).query).toEqual(query);
  });
});

describe('compareDecimal', () => {
  it('compares decimal strings exactly', () => {
    expect(compareDecimal('5000000', '5000000.0000')).toBe(0);
    expect(compareDecimal('99999999999999999999.9999', '100000000000000000000')).toBe(-1);
    expect(compareDecimal('0.1', '0.09')).toBe(1);
    expect(compareDecimal('007', '7')).toBe(0);
  });
});
