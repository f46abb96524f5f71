import { createHash } from 'node:crypto';
import type { Executor } from '../../platform/db/audit.js';
import { newId } from '../../platform/db/ids.js';
import type { FileStore } from '../../platform/files/store.js';
import { insertAdvice, insertAdviceComment } from '../advice/advice.repository.js';
import { insertDocument } from '../documents/documents.repository.js';
import type { DemoClient } from './clients.demo.js';
import type { DemoDelivery } from './delivery.demo.js';
import type { Random } from './random.js';

const DOCS: ReadonlyArray<[string, string, string, string]> = [
  [
    'Master services agreement',
    'msa.txt',
    'text/plain',
    'Master services agreement between the parties. Term: 24 months.',
  ],
  [
    'Statement of work',
    'sow.md',
    'text/markdown',
    '# Statement of work\n\n- Scope\n- Milestones\n- Acceptance',
  ],
  ['Invoice', 'invoice.csv', 'text/csv', 'item,hours,rate\nDevelopment,160,45\nQA,40,35\n'],
  ['Meeting notes', 'notes.md', 'text/markdown', '# Weekly sync\n\nDecisions: release on Friday.'],
  [
    'Requirements',
    'requirements.txt',
    'text/plain',
    'The system shall let users export reports to CSV.',
  ],
  [
    'Architecture overview',
    'architecture.md',
    'text/markdown',
    '# Architecture\n\nAPI gateway, services, PostgreSQL.',
  ],
  [
    'Test plan',
    'test-plan.txt',
    'text/plain',
    'Smoke, regression and load tests before every release.',
  ],
  [
    'NDA',
    'nda.txt',
    'text/plain',
    'Non-disclosure agreement. Confidential information stays confidential.',
  ],
  ['Кошторис', 'koshtorys.csv', 'text/csv', 'робота,години\nРозробка,120\nТестування,30\n'],
  [
    'Протокол зустрічі',
    'protokol.md',
    'text/markdown',
    '# Протокол\n\nДомовились про демо в четвер.',
  ],
];

const TIPS: ReadonlyArray<[string, string, string]> = [
  [
    'Escalations',
    'When a client threatens to leave',
    'Call **the same day**, not by e-mail. Listen first, then agree on two concrete fixes with dates.\n\n1. Acknowledge the problem\n2. Name an owner\n3. Follow up in writing',
  ],
  [
    'Escalations',
    'A production incident at night',
    'Tell the client *before* they notice. Send a status every hour until it is fixed, then a short post-mortem within two days.',
  ],
  [
    'Escalations',
    'The client disputes an invoice',
    'Pull the time reports and the signed change requests. Offer a call with the project manager; never argue in a long e-mail thread.',
  ],
  [
    'Methodology',
    'Estimating fixed-price projects',
    'Estimate in ranges, add 20–30% for unknowns, and list what is **out of scope** explicitly in the SOW.',
  ],
  [
    'Methodology',
    'Running a good sprint demo',
    'Show working software, not slides. Let the client click. Write down every piece of feedback as a ticket during the call.',
  ],
  [
    'Methodology',
    'Change requests without drama',
    'Every change gets a short written estimate and the client’s “yes” before work starts.',
  ],
  [
    'Methodology',
    'Definition of done',
    'Code reviewed, tested, deployed to staging, demoed. Done means the client can use it.',
  ],
  [
    'Onboarding',
    'The first week with a new client',
    'Kick-off call, access requests (VPN, repos, staging) on day one, a shared glossary, and a named contact on both sides.',
  ],
  [
    'Onboarding',
    'Access requests checklist',
    '- VPN\n- Git repositories\n- CI/CD\n- Staging credentials\n- Communication channels',
  ],
  [
    'Sales',
    'Upselling support after launch',
    'Offer an SLA with three tiers; most clients pick the middle one.',
  ],
  [
    'Sales',
    'Answering an RFP',
    'Read the evaluation criteria first. Answer every question in the same order they ask it; attach two relevant case studies.',
  ],
  [
    'Sales',
    'Rates negotiation',
    'Trade scope or payment terms, not the hourly rate. A discount for prepayment is cheaper than a lower rate.',
  ],
  [
    'Team',
    'Replacing a developer mid-project',
    'Overlap at least one week, record a handover video, and tell the client early with a plan.',
  ],
  [
    'Team',
    'Keeping remote teams aligned',
    'A short daily written update beats a long daily call across time zones.',
  ],
  [
    'Кризові ситуації',
    'Падіння продакшену вночі',
    'Спочатку повідомте клієнта, потім збирайте команду. Оновлення щогодини, розбір причин — протягом двох днів.',
  ],
  [
    'Кризові ситуації',
    'Відключення світла в офісі',
    'Генератор, ноутбуки з повними батареями, резервний інтернет (мобільний, Starlink). Попередьте клієнтів про можливі затримки.',
  ],
  [
    'Кризові ситуації',
    'Мобілізація члена команди',
    'Негайно спланувати передачу задач, повідомити клієнта, знайти заміну; підтримати родину колеги.',
  ],
  [
    'Методологія',
    'Як проводити ретроспективу',
    'Що було добре, що погано, що змінимо. Кожна зміна — з відповідальним і датою.',
  ],
  [
    'Методологія',
    'Оцінювання задач у годинах',
    'Оцінюйте разом із розробником, розбивайте задачі більше 16 годин на менші.',
  ],
  [
    'Комунікація',
    'Листи іноземним клієнтам',
    'Коротко, по суті, з чітким наступним кроком. Уникайте жаргону і пасивного стану.',
  ],
  [
    'Комунікація',
    'Різниця часових поясів',
    'Домовтесь про 2 години спільного робочого часу. Важливі рішення — лише письмово.',
  ],
  [
    'Комунікація',
    'Неприємні новини клієнту',
    'Говоріть раніше, а не пізніше. Проблема + причина + план + нова дата.',
  ],
  [
    'Legal',
    'NDA before the first call',
    'Send our standard mutual NDA; accept the client’s only after the legal check.',
  ],
  [
    'Legal',
    'GDPR and personal data',
    'Never copy production personal data to developer laptops; use anonymised dumps.',
  ],
  [
    'Finance',
    'Payment terms that work',
    'Monthly invoicing, 15–30 days, and a stop-work clause after 45 days of delay.',
  ],
];

const TIP_COMMENTS = [
  'Worked for us with the logistics client last month.',
  'I would add: confirm everything in writing after the call.',
  'Дуже корисно, додам у чекліст проєкту.',
  'Погоджуюсь, перевірено на практиці.',
  'Could we turn this into a template?',
];

/** ~60 small documents across clients, projects and tasks; 25 tips with comments. */
export async function seedKnowledgeDemo(
  db: Executor,
  files: FileStore,
  rnd: Random,
  people: { managers: string[]; admins: string[] },
  clients: DemoClient[],
  delivery: DemoDelivery,
  now: Date,
): Promise<void> {
  const day = 86_400_000;
  for (let n = 0; n < 60; n++) {
    const [title, fileName, contentType, text] = DOCS[n % DOCS.length] as (typeof DOCS)[number];
    const task = n % 3 === 0 ? rnd.pick(delivery.tasks) : null;
    const project = task
      ? delivery.projects.find((p) => p.id === task.projectId)
      : n % 3 === 1
        ? rnd.pick(delivery.projects)
        : null;
    const clientId = project?.clientId ?? rnd.pick(clients).id;
    const content = Buffer.from(`${text}\n\nDocument ${n + 1}\n`);
    const key = `documents/${newId()}`;
    await files.put(key, content);
    const at = new Date(now.getTime() - rnd.int(1, 300) * day).toISOString();
    await insertDocument(db, {
      id: newId(),
      title: `${title} ${n + 1 > DOCS.length ? `#${n + 1}` : ''}`.trim(),
      description: rnd.chance(0.5)
        ? 'Shared with the client; the signed copy is in the archive.'
        : null,
      clientId,
      projectId: project?.id ?? null,
      taskId: task?.id ?? null,
      authorId: project?.managerId ?? rnd.pick(people.managers),
      fileKey: key,
      fileName: fileName.replace('.', `-${n + 1}.`),
      fileSize: content.length,
      contentType,
      sha256: createHash('sha256').update(content).digest('hex'),
      createdAt: at,
      updatedAt: at,
    });
  }

  const authors = [...people.managers, ...people.admins];
  for (const [i, [topic, title, body]] of TIPS.entries()) {
    const id = newId();
    const at = new Date(now.getTime() - (TIPS.length - i) * 7 * day).toISOString();
    await insertAdvice(db, {
      id,
      topic,
      topicKey: topic.toLowerCase(),
      title,
      body,
      authorId: authors[i % authors.length] ?? null,
      createdAt: at,
      updatedAt: at,
    });
    for (let c = 0; c < rnd.int(0, 3); c++) {
      await insertAdviceComment(db, {
        id: newId(),
        adviceId: id,
        authorId: rnd.pick(people.managers),
        body: rnd.pick(TIP_COMMENTS),
        createdAt: new Date(Date.parse(at) + (c + 1) * day).toISOString(),
        editedAt: null,
      });
    }
  }
}
