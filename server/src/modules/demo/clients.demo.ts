import type { Channel, ContactDetail } from '@crm/contracts';
import type { Executor } from '../../platform/db/audit.js';
import { newId } from '../../platform/db/ids.js';
import { insertClient } from '../clients/clients.repository.js';
import { replaceContactDetails } from '../clients/index.js';
import { insertCommunication } from '../communications/communications.repository.js';
import { insertContact } from '../contacts/contacts.repository.js';
import type { Random } from './random.js';

type Lang = 'uk' | 'en';
type Src =
  | 'referral'
  | 'website'
  | 'freelancePlatform'
  | 'conference'
  | 'coldOutreach'
  | 'partner'
  | 'other';

/** [name, type, language, domain, source, status, VIP] */
const CLIENTS: ReadonlyArray<
  [string, 'company' | 'individual', Lang, string, Src, string, boolean]
> = [
  [
    'Northwind Logistics GmbH',
    'company',
    'en',
    'northwind-logistics.de',
    'conference',
    'active',
    true,
  ],
  ['Fjord Analytics AS', 'company', 'en', 'fjordanalytics.no', 'referral', 'active', false],
  ['BlueHarbor Health Inc.', 'company', 'en', 'blueharbor.health', 'website', 'active', true],
  ['Lumen Retail Ltd', 'company', 'en', 'lumenretail.co.uk', 'partner', 'paused', false],
  ['Kestrel Fintech B.V.', 'company', 'en', 'kestrel.finance', 'conference', 'active', false],
  ['Sagebrush Energy LLC', 'company', 'en', 'sagebrush-energy.com', 'coldOutreach', 'lead', false],
  ['Aurora Mobility AB', 'company', 'en', 'auroramobility.se', 'referral', 'active', false],
  [
    'Maple Leaf Learning Inc.',
    'company',
    'en',
    'mapleleaflearning.ca',
    'freelancePlatform',
    'former',
    false,
  ],
  ['Helvetia Insurtech AG', 'company', 'en', 'helvetia-insurtech.ch', 'partner', 'active', true],
  ['Vistula Foods Sp. z o.o.', 'company', 'en', 'vistulafoods.pl', 'website', 'lead', false],
  ['Baltic Freight OÜ', 'company', 'en', 'balticfreight.ee', 'coldOutreach', 'active', false],
  ['Danube Travel GmbH', 'company', 'en', 'danube-travel.at', 'website', 'paused', false],
  [
    'Pacific Robotics Pty Ltd',
    'company',
    'en',
    'pacificrobotics.com.au',
    'conference',
    'lead',
    false,
  ],
  ['Lisboa Digital Lda', 'company', 'en', 'lisboadigital.pt', 'freelancePlatform', 'active', false],
  ['Nordic Payments Oy', 'company', 'en', 'nordicpayments.fi', 'referral', 'active', true],
  ['Emerald Realty Ltd', 'company', 'en', 'emeraldrealty.ie', 'website', 'former', false],
  ['Brightpath Media LLC', 'company', 'en', 'brightpath.media', 'coldOutreach', 'lead', false],
  ['Copperline Manufacturing Ltd', 'company', 'en', 'copperline.co.uk', 'partner', 'active', false],
  ['Carmel Cyber Labs Ltd', 'company', 'en', 'carmelcyber.co.il', 'conference', 'active', false],
  ['Zephyr Games SAS', 'company', 'en', 'zephyrgames.fr', 'freelancePlatform', 'paused', false],
  ['Iberia Clinics S.L.', 'company', 'en', 'iberiaclinics.es', 'referral', 'lead', false],
  ['Vltava Smart City s.r.o.', 'company', 'en', 'vltava-smartcity.cz', 'other', 'active', false],
  ['Oakridge Legal LLP', 'company', 'en', 'oakridgelegal.co.uk', 'referral', 'former', false],
  [
    'Quantum Leap Education Inc.',
    'company',
    'en',
    'quantumleap.education',
    'website',
    'active',
    false,
  ],
  [
    'ТОВ «Агро Інновації»',
    'company',
    'uk',
    'agro-innovations.com.ua',
    'conference',
    'active',
    true,
  ],
  ['ПрАТ «Київ Логістик»', 'company', 'uk', 'kyivlogistic.ua', 'referral', 'active', false],
  ['ТОВ «Медсервіс Плюс»', 'company', 'uk', 'medservice.plus', 'website', 'lead', false],
  ['ТОВ «Львівські пекарні»', 'company', 'uk', 'lvivbakeries.ua', 'partner', 'active', false],
  [
    'ТОВ «Одеса Порт Сервіс»',
    'company',
    'uk',
    'odesaport.services',
    'coldOutreach',
    'paused',
    false,
  ],
  ['ТОВ «Харків Енерго Софт»', 'company', 'uk', 'kharkiv-energy.soft', 'referral', 'active', false],
  ['ТОВ «Дніпро Фарм»', 'company', 'uk', 'dniprofarm.ua', 'other', 'lead', false],
  ['Благодійний фонд «Світанок»', 'company', 'uk', 'svitanok.org.ua', 'referral', 'active', false],
  ['John Carter', 'individual', 'en', 'carter.dev', 'freelancePlatform', 'active', false],
  ['Sophie Martin', 'individual', 'en', 'sophiemartin.fr', 'website', 'lead', false],
  ['Lukas Becker', 'individual', 'en', 'lukasbecker.de', 'referral', 'former', false],
  ['Emma Wilson', 'individual', 'en', 'emmawilson.co.uk', 'freelancePlatform', 'active', true],
  ['Олег Петренко', 'individual', 'uk', 'petrenko.in.ua', 'referral', 'active', false],
  ['Наталія Романенко', 'individual', 'uk', 'romanenko.studio', 'website', 'lead', false],
  ['Marco Rossi', 'individual', 'en', 'marcorossi.it', 'conference', 'paused', false],
  ['Anna Kowalska', 'individual', 'en', 'kowalska.pl', 'freelancePlatform', 'active', false],
];

const NAMES: Record<Lang, { first: string[]; last: string[]; positions: string[] }> = {
  en: {
    first: [
      'James',
      'Olivia',
      'Henrik',
      'Sara',
      'Daniel',
      'Chloe',
      'Mateusz',
      'Lea',
      'Noah',
      'Ingrid',
      'Pablo',
      'Hannah',
      'Tom',
      'Julia',
      'Erik',
      'Maya',
    ],
    last: [
      'Smith',
      'Johansson',
      'Müller',
      'Novak',
      'Brown',
      'Dubois',
      'Nowak',
      'Garcia',
      'Larsen',
      'Fischer',
      'Taylor',
      'Lindqvist',
      'Costa',
      'Schneider',
    ],
    positions: [
      'CEO',
      'CTO',
      'Product Owner',
      'Head of Procurement',
      'Project Manager',
      'CFO',
      'Office Manager',
      'Engineering Lead',
      'Marketing Director',
    ],
  },
  uk: {
    first: [
      'Андрій',
      'Олена',
      'Сергій',
      'Ірина',
      'Василь',
      'Катерина',
      'Павло',
      'Юлія',
      'Богдана',
      'Роман',
      'Оксана',
      'Віктор',
    ],
    last: [
      'Коваль',
      'Мельничук',
      'Ткаченко',
      'Бондаренко',
      'Кравчук',
      'Гончаренко',
      'Литвин',
      'Савчук',
      'Ковальчук',
      'Поліщук',
    ],
    positions: [
      'Директор',
      'Технічний директор',
      'Менеджер з закупівель',
      'Керівник проєкту',
      'Фінансовий директор',
      'Офіс-менеджер',
      'Власник продукту',
    ],
  },
};

const TOPICS: Record<Lang, string[]> = {
  en: [
    'Discussed the scope of the next release and agreed on the demo date.',
    'Sent the estimate for the mobile app; waiting for their budget approval.',
    'Weekly status call: two stories slipped, the client accepted the new plan.',
    'They reported a production bug in checkout; we promised a hotfix within 24 hours.',
    'Signed the change request for the reporting module.',
    'Asked for two more React developers from March.',
    'Invoice for October sent; payment terms 30 days.',
    'Kick-off meeting: introduced the team lead and the QA engineer.',
    'Feedback on the UX prototype: simplify onboarding, keep the dashboard.',
    'Renewal of the support contract for next year discussed.',
    'Security questionnaire received; our answers due Friday.',
    'Thanked them for the referral; they suggested a partner company in Berlin.',
  ],
  uk: [
    'Обговорили обсяг наступного релізу та погодили дату демо.',
    'Надіслали кошторис на мобільний застосунок, чекаємо на погодження бюджету.',
    'Щотижневий дзвінок: дві задачі зсунулися, клієнт погодив новий план.',
    'Клієнт повідомив про помилку в оплаті на продакшені, пообіцяли виправлення за 24 години.',
    'Підписали запит на зміни для модуля звітів.',
    'Просять ще двох розробників React з березня.',
    'Надіслали рахунок за жовтень, відстрочка 30 днів.',
    'Стартова зустріч: представили тімліда та QA-інженера.',
    'Відгук на прототип: спростити реєстрацію, дашборд залишити.',
    'Обговорили продовження договору на підтримку на наступний рік.',
  ],
};

const CHANNELS: readonly Channel[] = [
  'email',
  'email',
  'email',
  'phone',
  'phone',
  'meeting',
  'videoCall',
  'videoCall',
  'messenger',
  'social',
  'postalMail',
  'fax',
  'other',
];

export interface DemoClient {
  id: string;
  name: string;
  lang: Lang;
  status: string;
  managerId: string;
}

export interface DemoPeople {
  managers: string[];
  admins: string[];
}

/** ~40 clients, ~100 contact persons and ~400 communications over the last year. */
export async function seedClientsDemo(
  db: Executor,
  rnd: Random,
  people: DemoPeople,
  now: Date,
): Promise<DemoClient[]> {
  const dayMs = 86_400_000;
  const contactsOf: { id: string; clientId: string; lang: Lang; managerId: string }[] = [];
  const clients: DemoClient[] = [];
  for (const [i, [name, type, lang, domain, source, status, isVip]] of CLIENTS.entries()) {
    const id = newId();
    const managerId = people.managers[i % people.managers.length] as string;
    const createdAt = new Date(now.getTime() - rnd.int(200, 720) * dayMs).toISOString();
    await insertClient(db, {
      id,
      name,
      type,
      isVip,
      source,
      status,
      managerId,
      marketingConsent: rnd.chance(0.6),
      notes: rnd.chance(0.4)
        ? lang === 'uk'
          ? 'Важливий клієнт, відповідати протягом дня.'
          : 'Prefers e-mail; decisions are made on Thursdays.'
        : null,
      createdAt,
      updatedAt: createdAt,
      createdBy: managerId,
      updatedBy: managerId,
    });
    const details: ContactDetail[] = [
      {
        kind: 'phone',
        value:
          lang === 'uk'
            ? `+380 44 ${rnd.int(200, 599)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`
            : `+${rnd.int(30, 49)} ${rnd.int(20, 89)} ${rnd.int(1000, 9999)} ${rnd.int(100, 999)}`,
        network: null,
        label: type === 'company' ? 'office' : null,
      },
      {
        kind: 'email',
        value: type === 'company' ? `info@${domain}` : `hello@${domain}`,
        network: null,
        label: null,
      },
    ];
    if (type === 'company')
      details.push({ kind: 'website', value: `https://${domain}`, network: null, label: null });
    if (rnd.chance(0.5))
      details.push({
        kind: 'social',
        value:
          lang === 'uk'
            ? `@${domain.split('.')[0]}`
            : `linkedin.com/company/${domain.split('.')[0]}`,
        network: lang === 'uk' ? 'Telegram' : 'LinkedIn',
        label: null,
      });
    if (type === 'company')
      details.push({
        kind: 'address',
        value:
          lang === 'uk'
            ? `м. Київ, вул. Хрещатик, ${rnd.int(1, 60)}`
            : `${rnd.int(1, 200)} Market Street`,
        network: null,
        label: null,
      });
    await replaceContactDetails(db, 'clientId', id, details);
    clients.push({ id, name, lang, status, managerId });

    const count = type === 'company' ? rnd.int(2, 4) : rnd.int(0, 1);
    const names = NAMES[lang];
    for (let k = 0; k < count; k++) {
      const contactId = newId();
      const firstName = rnd.pick(names.first);
      const lastName = rnd.pick(names.last);
      await insertContact(db, {
        id: contactId,
        clientId: id,
        firstName,
        lastName,
        position:
          type === 'company' ? rnd.pick(names.positions) : lang === 'uk' ? 'Асистент' : 'Assistant',
        notes: null,
        createdAt,
        updatedAt: createdAt,
        createdBy: managerId,
        updatedBy: managerId,
      });
      const local = (firstName + '.' + lastName).toLowerCase();
      const contactDetails: ContactDetail[] = [
        {
          kind: 'email',
          value: `${/^[a-z.]+$/.test(local) ? local : `contact${k + 1}`}@${domain}`,
          network: null,
          label: 'work',
        },
        {
          kind: 'phone',
          value:
            lang === 'uk'
              ? `+380 67 ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`
              : `+${rnd.int(30, 49)} ${rnd.int(150, 179)} ${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`,
          network: null,
          label: 'mobile',
        },
      ];
      if (rnd.chance(0.5))
        contactDetails.push({
          kind: 'social',
          network:
            lang === 'uk'
              ? rnd.pick(['Telegram', 'Viber'])
              : rnd.pick(['WhatsApp', 'LinkedIn', 'Telegram']),
          value: `@${(lastName + rnd.int(1, 99)).toLowerCase()}`,
          label: null,
        });
      await replaceContactDetails(db, 'contactId', contactId, contactDetails);
      contactsOf.push({ id: contactId, clientId: id, lang, managerId });
    }
  }

  for (let n = 0; n < 400; n++) {
    const contact = rnd.pick(contactsOf);
    const occurredAt = new Date(now.getTime() - rnd.next() * 365 * dayMs);
    occurredAt.setUTCHours(rnd.int(7, 16), rnd.pick([0, 15, 30, 45]), 0, 0);
    if (occurredAt > now) occurredAt.setUTCDate(occurredAt.getUTCDate() - 1);
    const at = occurredAt.toISOString();
    const channel = rnd.pick(CHANNELS);
    const authorId = rnd.chance(0.85)
      ? contact.managerId
      : rnd.pick([...people.managers, ...people.admins]);
    await insertCommunication(db, {
      id: newId(),
      contactId: contact.id,
      clientId: contact.clientId,
      occurredAt: at,
      channel,
      channelNote:
        channel === 'messenger'
          ? rnd.pick(['Telegram', 'Viber', 'WhatsApp', 'Slack'])
          : channel === 'videoCall'
            ? rnd.pick(['Zoom', 'Google Meet', 'Teams'])
            : null,
      direction: rnd.chance(0.45) ? 'incoming' : 'outgoing',
      description: rnd.pick(TOPICS[contact.lang]),
      authorId,
      createdAt: at,
      updatedAt: at,
    }).execute();
  }
  return clients;
}
