import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, setupApp, type TestContext, type TestUser } from '../../../test/harness.js';

type Who = { user: TestUser; token: string };
let t: TestContext;
let admin: Who, author: Who, colleague: Who, developer: Who;
beforeAll(async () => {
  t = await setupApp();
  admin = await t.as('admin');
  author = await t.as('manager');
  colleague = await t.as('manager');
  developer = await t.as('developer');
});
afterAll(() => t.close());

const write = async (payload: object, who: Who = author) => {
  const res = await t.inject({ method: 'POST', url: '/api/v1/advice', token: who.token, payload });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const titles = async (q: string) =>
  (await t.inject({ method: 'GET', url: `/api/v1/advice?${q}`, token: colleague.token }))
    .json()
    .items.map((a: { title: string }) => a.title);

describe('the Advisor', () => {
  it('finds words in title, topic and text, ranked, in Ukrainian and English, by prefix', async () => {
    await write({
      topic: 'Escalations',
      title: 'When a client threatens to leave',
      body: 'Call them the same day. Offer a **retrospective**.',
    });
    await write({
      topic: 'Кризові ситуації',
      title: 'Падіння продакшену вночі',
      body: 'Спочатку повідомте клієнта, потім збирайте команду.',
    });
    await write({
      topic: 'Methodology',
      title: 'Estimating fixed-price projects',
      body: 'Add a buffer; a client who threatens to leave is rarely about price.',
    });
    expect(await titles('search=threatens&sort=relevance')).toEqual([
      'When a client threatens to leave',
      'Estimating fixed-price projects',
    ]);
    expect(await titles('search=' + encodeURIComponent('продакш'))).toEqual([
      'Падіння продакшену вночі',
    ]);
    expect(await titles('search=' + encodeURIComponent('КЛІЄНТА команду'))).toEqual([
      'Падіння продакшену вночі',
    ]);
    expect(await titles('search=methodology')).toEqual(['Estimating fixed-price projects']);
    expect(await titles('search=' + encodeURIComponent('"; drop table advice; --'))).toEqual([]);
    expect(await titles('search=' + encodeURIComponent('***'))).toEqual([]);
    // Totals: a search alone counted from the index, with a filter from the tips.
    const total = async (q: string) =>
      (await t.inject({ method: 'GET', url: `/api/v1/advice?${q}`, token: colleague.token })).json()
        .total;
    expect(await total('search=threatens&pageSize=1')).toBe(2);
    expect(await total('search=threatens&pageSize=1&page=2')).toBe(2);
    // Past the last page, ranked or not.
    expect(await total('search=threatens&pageSize=1&page=3&sort=relevance')).toBe(2);
    expect(await total('search=threatens&topic=escalations&page=2')).toBe(1);
    expect(await total('search=threatens&topic=escalations&pageSize=1')).toBe(1);
    expect(await total(`search=threatens&authorId=${colleague.user.id}`)).toBe(0);
    expect(await total('search=' + encodeURIComponent('***'))).toBe(0);
  });

  it('offers topics in use and filters by topic and author', async () => {
    await write(
      { topic: 'Onboarding', title: 'First week of a new client', body: 'Kick-off checklist.' },
      colleague,
    );
    await write({ topic: 'onboarding', title: 'Access requests', body: 'Ask for VPN early.' });
    const topics = (
      await t.inject({ method: 'GET', url: '/api/v1/advice/topics', token: author.token })
    ).json();
    expect(
      topics.find((x: { topic: string }) => x.topic.toLowerCase() === 'onboarding'),
    ).toMatchObject({ count: 2 });
    expect(await titles('topic=ONBOARDING&sort=title')).toEqual([
      'Access requests',
      'First week of a new client',
    ]);
    expect(await titles(`authorId=${colleague.user.id}`)).toEqual(['First week of a new client']);
  });

  it('only the author or an admin edits or deletes a tip; search follows edits', async () => {
    const tip = await write({
      topic: 'Sales',
      title: 'Upselling support',
      body: 'Offer SLA tiers.',
    });
    const url = `/api/v1/advice/${tip.id}`;
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url,
        token: colleague.token,
        payload: { title: 'Mine now' },
      }),
      403,
    );
    expectProblem(await t.inject({ method: 'DELETE', url, token: colleague.token }), 403);
    const edited = await t.inject({
      method: 'PATCH',
      url,
      token: author.token,
      payload: { body: 'Offer retainer packages.' },
    });
    expect(edited.json()).toMatchObject({
      body: 'Offer retainer packages.',
      authorId: author.user.id,
    });
    expect(await titles('search=retainer')).toEqual(['Upselling support']);
    expect(await titles('search=tiers')).toEqual([]);
    expect(
      (
        await t.inject({
          method: 'PATCH',
          url,
          token: admin.token,
          payload: { topic: 'Account management' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.inject({ method: 'DELETE', url, token: admin.token })).statusCode).toBe(204);
    expect(await titles('search=retainer')).toEqual([]);
    expectProblem(
      await t.inject({ method: 'GET', url, token: author.token }),
      404,
      'ADVICE_NOT_FOUND',
    );
  });

  it('managers comment; authors edit their own comments; developers are kept out', async () => {
    const tip = await write({ topic: 'Culture', title: 'Feedback', body: 'Weekly 1:1s.' });
    const url = `/api/v1/advice/${tip.id}/comments`;
    const c = (
      await t.inject({
        method: 'POST',
        url,
        token: colleague.token,
        payload: { body: 'Works for us too' },
      })
    ).json();
    expect(c).toMatchObject({ authorId: colleague.user.id, body: 'Works for us too' });
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `${url}/${c.id}`,
        token: author.token,
        payload: { body: 'x' },
      }),
      403,
    );
    expect(
      (
        await t.inject({
          method: 'PATCH',
          url: `${url}/${c.id}`,
          token: colleague.token,
          payload: { body: 'Works well' },
        })
      ).json().editedAt,
    ).toEqual(expect.any(String));
    expect(
      (
        await t.inject({ method: 'GET', url: `/api/v1/advice/${tip.id}`, token: author.token })
      ).json().commentsCount,
    ).toBe(1);
    expect((await t.inject({ method: 'GET', url, token: author.token })).json().items[0].body).toBe(
      'Works well',
    );
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/v1/advice', token: developer.token }),
      403,
    );
    expectProblem(
      await t.inject({ method: 'POST', url, token: developer.token, payload: { body: 'hi' } }),
      403,
    );
  });

  it('stores Markdown as written: rendering it safely is the client’s job, and the text comes back verbatim', async () => {
    const body = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const tip = await write({ topic: 'Security', title: 'XSS sample', body });
    expect(
      (
        await t.inject({ method: 'GET', url: `/api/v1/advice/${tip.id}`, token: author.token })
      ).json().body,
    ).toBe(body);
  });
});

describe('relevance', () => {
  it('a word in the title ranks above the same word only in the text', async () => {
    const t2 = await setupApp();
    try {
      const { token } = await t2.as('manager');
      const post = (payload: object) =>
        t2.inject({ method: 'POST', url: '/api/v1/advice', token, payload });
      await post({
        topic: 'General',
        title: 'Weekly planning',
        body: 'Plan with the client on Mondays; the client decides priorities.',
      });
      await post({
        topic: 'General',
        title: 'Client onboarding',
        body: 'Start with access requests.',
      });
      const res = await t2.inject({
        method: 'GET',
        url: '/api/v1/advice?search=client&sort=relevance',
        token,
      });
      expect(res.json().items.map((a: { title: string }) => a.title)).toEqual([
        'Client onboarding',
        'Weekly planning',
      ]);
    } finally {
      await t2.close();
    }
  });

  it('pages of a ranked search add up to the whole ranking, each tip once', async () => {
    const t2 = await setupApp();
    try {
      const { token } = await t2.as('manager');
      for (let i = 0; i < 23; i++) {
        const res = await t2.inject({
          method: 'POST',
          url: '/api/v1/advice',
          token,
          payload: {
            topic: i % 2 ? 'Sales' : 'Delivery',
            title: i % 3 ? `Tip ${i}` : `Release tip ${i}`,
            body: `Before a release, ${'check the release notes. '.repeat(i % 4)} Tip ${i}.`,
          },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const ids = async (query: string) => {
        const res = await t2.inject({ method: 'GET', url: `/api/v1/advice?${query}`, token });
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json<{ total: number; items: { id: string; title: string }[] }>();
        expect(page.total).toBe(23);
        return page.items.map((a) => a.id);
      };
      const whole = await ids('search=release&sort=relevance&pageSize=100');
      expect(new Set(whole).size).toBe(23);
      const paged = [
        ...(await ids('search=release&sort=relevance&pageSize=10')),
        ...(await ids('search=release&sort=relevance&pageSize=10&page=2')),
        ...(await ids('search=release&sort=relevance&pageSize=10&page=3')),
      ];
      expect(paged).toEqual(whole);
      // Descending: the same order backwards (ties broken by id in the same direction), paged.
      const backwards = [...whole].reverse();
      expect(await ids('search=release&sort=-relevance&pageSize=100')).toEqual(backwards);
      expect(await ids('search=release&sort=-relevance&pageSize=10&page=2')).toEqual(
        backwards.slice(10, 20),
      );
      // A title holding the word ranks above every tip holding it only in the text.
      const titles = (
        await t2.inject({
          method: 'GET',
          url: '/api/v1/advice?search=release&sort=relevance&pageSize=8',
          token,
        })
      ).json<{ items: { title: string }[] }>().items;
      expect(titles.map((a) => a.title.startsWith('Release'))).toEqual(Array(8).fill(true));
    } finally {
      await t2.close();
    }
  });
});
