import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectProblem,
  multipart,
  setupApp,
  type TestContext,
  type TestUser,
} from '../../../test/harness.js';

type Who = { user: TestUser; token: string };
let t: TestContext;
let manager: Who, developer: Who;
let client: { id: string },
  project: { id: string },
  task: { id: string },
  otherClient: { id: string };

beforeAll(async () => {
  t = await setupApp({ CRM_UPLOAD_MAX_MB: '1' });
  manager = await t.as('manager');
  developer = await t.as('developer');
  const post = async (url: string, payload: object) =>
    (await t.inject({ method: 'POST', url, token: manager.token, payload })).json();
  client = await post('/api/v1/clients', { name: 'Docs Client', type: 'company', source: 'other' });
  otherClient = await post('/api/v1/clients', {
    name: 'Other Client',
    type: 'company',
    source: 'other',
  });
  const team = await post('/api/v1/teams', {
    name: 'Docs team',
    members: [{ userId: developer.user.id, isLead: true }],
  });
  project = await post('/api/v1/projects', {
    name: 'Docs project',
    clientId: client.id,
    teamId: team.id,
    budget: { amount: '1', currency: 'USD' },
  });
  task = await post('/api/v1/tasks', { projectId: project.id, title: 'Docs task' });
});
afterAll(() => t.close());

const storedFiles = () => {
  try {
    return readdirSync(path.join(t.config.dataDir, 'files', 'documents'));
  } catch {
    return [];
  }
};
const upload = (
  fields: Record<string, string>,
  file?: Parameters<typeof multipart>[1],
  who: Who = manager,
) => {
  const body = multipart(fields, file);
  return t.inject({
    method: 'POST',
    url: '/api/v1/documents',
    token: who.token,
    headers: body.headers,
    payload: body.payload,
  });
};
const rowCount = async () =>
  (await t.database.db.selectFrom('documents').select('id').execute()).length;

describe('upload and download', () => {
  it('round-trips the bytes exactly and records name, size, type and SHA-256', async () => {
    const content = randomBytes(300_000);
    const res = await upload(
      { title: 'Contract 2026', description: 'Signed', taskId: task.id },
      { name: 'contract.pdf', content, type: 'application/pdf' },
    );
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      title: 'Contract 2026',
      fileName: 'contract.pdf',
      fileSize: content.length,
      contentType: 'application/pdf',
      sha256: createHash('sha256').update(content).digest('hex'),
      // The task names its project, the project its client.
      taskId: task.id,
      projectId: project.id,
      clientId: client.id,
      authorId: manager.user.id,
    });
    const file = await t.inject({ method: 'GET', url: doc.downloadUrl, token: manager.token });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(content)).toBe(true);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="contract.pdf"; filename*=UTF-8''contract.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    // The stored name is generated, never the user's.
    expect(storedFiles().some((f) => f.includes('contract'))).toBe(false);
  });

  it('keeps hostile file names inside the header and out of the storage path', async () => {
    for (const name of [
      '../../etc/passwd',
      'evil"; filename=x.exe',
      'a\\b\\c.txt',
      'звіт за березень.xlsx',
      'line\r\nbreak.txt',
    ]) {
      const res = await upload({ title: 'Hostile' }, { name, content: Buffer.from('x') });
      expect(res.statusCode, name).toBe(201);
      const doc = res.json();
      expect(doc.fileName).not.toMatch(/[/\\\r\n]/);
      const file = await t.inject({ method: 'GET', url: doc.downloadUrl, token: manager.token });
      const header = String(file.headers['content-disposition']);
      expect(header).toMatch(
        /^attachment; filename="[^"\\\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+^`|-]*$/,
      );
    }
    const ua = await (
      await upload({ title: 'Ukrainian' }, { name: 'звіт.pdf', content: Buffer.from('x') })
    ).json();
    const res = await t.inject({ method: 'GET', url: ua.downloadUrl, token: manager.token });
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('звіт.pdf')}`,
    );
  });

  it('over the size limit answers 413 and leaves no file and no row', async () => {
    const before = { files: storedFiles().length, rows: await rowCount() };
    const res = await upload(
      { title: 'Too big' },
      { name: 'big.bin', content: Buffer.alloc(3 * 1024 * 1024, 1) },
    );
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(storedFiles().length).toBe(before.files);
    expect(await rowCount()).toBe(before.rows);
  });

  it('a failed upload (bad fields, links that disagree, no file) leaves nothing behind', async () => {
    const before = { files: storedFiles().length, rows: await rowCount() };
    expect(
      expectProblem(await upload({ title: '' }, { name: 'a.txt', content: Buffer.from('a') }), 400)
        .errors?.[0]?.path,
    ).toBe('title');
    expect(
      expectProblem(
        await upload(
          { title: 'X', clientId: otherClient.id, taskId: task.id },
          { name: 'a.txt', content: Buffer.from('a') },
        ),
        400,
      ).errors?.[0]?.path,
    ).toBe('projectId');
    expect(
      expectProblem(
        await upload(
          { title: 'X', taskId: 'missing' },
          { name: 'a.txt', content: Buffer.from('a') },
        ),
        400,
      ).errors?.[0]?.path,
    ).toBe('taskId');
    expect(
      expectProblem(
        await upload({ title: 'X', extra: '1' }, { name: 'a.txt', content: Buffer.from('a') }),
        400,
      ).errors?.[0]?.path,
    ).toBe('extra');
    expect(expectProblem(await upload({ title: 'X' }), 400).errors?.[0]?.path).toBe('file');
    expectProblem(
      await upload(
        { title: 'X' },
        { name: 'a.txt', content: Buffer.from('a'), field: 'attachment' },
      ),
      400,
    );
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/v1/documents',
        token: manager.token,
        payload: { title: 'json' },
      }),
      415,
    );
    expect(storedFiles().length).toBe(before.files);
    expect(await rowCount()).toBe(before.rows);
  });

  it('replacing the file keeps the record; deleting removes the file', async () => {
    const doc = (
      await upload(
        { title: 'Versioned', clientId: client.id },
        { name: 'v1.txt', content: Buffer.from('one') },
      )
    ).json();
    const body = multipart(
      {},
      { name: 'v2.txt', content: Buffer.from('two!'), type: 'text/plain' },
    );
    const res = await t.inject({
      method: 'PUT',
      url: `/api/v1/documents/${doc.id}/file`,
      token: manager.token,
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: doc.id,
      title: 'Versioned',
      fileName: 'v2.txt',
      fileSize: 4,
      clientId: client.id,
    });
    expect(
      (await t.inject({ method: 'GET', url: doc.downloadUrl, token: manager.token })).body,
    ).toBe('two!');
    const filesBefore = storedFiles().length;
    expect(
      (
        await t.inject({
          method: 'DELETE',
          url: `/api/v1/documents/${doc.id}`,
          token: manager.token,
        })
      ).statusCode,
    ).toBe(204);
    expect(storedFiles().length).toBe(filesBefore - 1);
    expectProblem(
      await t.inject({ method: 'GET', url: doc.downloadUrl, token: manager.token }),
      404,
      'DOCUMENT_NOT_FOUND',
    );
  });
});

describe('access, lists and links', () => {
  it('developers get 403 on every documents path, the download included', async () => {
    const doc = (
      await upload({ title: 'Secret' }, { name: 's.txt', content: Buffer.from('s') })
    ).json();
    expectProblem(
      await t.inject({ method: 'GET', url: doc.downloadUrl, token: developer.token }),
      403,
    );
    expectProblem(
      await t.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}`, token: developer.token }),
      403,
    );
    expectProblem(
      await upload({ title: 'X' }, { name: 'a.txt', content: Buffer.from('a') }, developer),
      403,
    );
  });

  it('lists with search over title, description and file name, and filters by client, project, task, author', async () => {
    await upload(
      { title: 'Brief', description: 'Requirements for the Зоря app', projectId: project.id },
      { name: 'brief-v3.docx', content: Buffer.from('b') },
    );
    const q = async (s: string) =>
      (
        await t.inject({ method: 'GET', url: `/api/v1/documents?${s}`, token: manager.token })
      ).json();
    expect((await q('search=brief-v3')).items[0].title).toBe('Brief');
    expect((await q('search=' + encodeURIComponent('зоря'))).items[0].title).toBe('Brief');
    const byProject = await q(`projectId=${project.id}`);
    expect(byProject.items.every((d: { projectId: string }) => d.projectId === project.id)).toBe(
      true,
    );
    // Counted over the documents alone, the page's joins left out: the total is what is listed.
    expect(byProject.total).toBe(byProject.items.length);
    const searched = await q('search=brief');
    expect(searched.total).toBe(searched.items.length);
    expect(searched.total).toBeGreaterThan(0);
    expect((await q(`clientId=${client.id}`)).total).toBeGreaterThanOrEqual(byProject.total);
    expect((await q(`authorId=${developer.user.id}`)).total).toBe(0);
    expect((await q('sort=-fileSize&pageSize=1')).items[0].fileSize).toBeGreaterThan(1000);
  });

  it('communications can mention a document of the same client; the document shows them', async () => {
    const doc = (
      await upload(
        { title: 'Offer', clientId: client.id },
        { name: 'offer.pdf', content: Buffer.from('o') },
      )
    ).json();
    const foreign = (
      await upload(
        { title: 'Foreign', clientId: otherClient.id },
        { name: 'f.pdf', content: Buffer.from('f') },
      )
    ).json();
    const contact = (
      await t.inject({
        method: 'POST',
        url: '/api/v1/contacts',
        token: manager.token,
        payload: { clientId: client.id, firstName: 'Reader' },
      })
    ).json();
    const base = {
      contactId: contact.id,
      channel: 'email',
      direction: 'outgoing',
      description: 'Sent the offer',
    };
    const ok = await t.inject({
      method: 'POST',
      url: '/api/v1/communications',
      token: manager.token,
      payload: { ...base, documentId: doc.id },
    });
    expect(ok.json()).toMatchObject({ documentId: doc.id });
    expect(
      expectProblem(
        await t.inject({
          method: 'POST',
          url: '/api/v1/communications',
          token: manager.token,
          payload: { ...base, documentId: foreign.id },
        }),
        400,
      ).errors?.[0]?.path,
    ).toBe('documentId');
    const history = (
      await t.inject({
        method: 'GET',
        url: `/api/v1/documents/${doc.id}/communications`,
        token: manager.token,
      })
    ).json();
    expect(history.items.map((m: { id: string }) => m.id)).toEqual([ok.json().id]);
  });

  it('PATCH re-checks the links', async () => {
    const doc = (
      await upload({ title: 'Move me' }, { name: 'm.txt', content: Buffer.from('m') })
    ).json();
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/v1/documents/${doc.id}`,
      token: manager.token,
      payload: { projectId: project.id },
    });
    expect(res.json()).toMatchObject({
      projectId: project.id,
      clientId: client.id,
      project: { name: 'Docs project' },
    });
    expectProblem(
      await t.inject({
        method: 'PATCH',
        url: `/api/v1/documents/${doc.id}`,
        token: manager.token,
        payload: { clientId: otherClient.id, projectId: project.id },
      }),
      400,
    );
  });
});
