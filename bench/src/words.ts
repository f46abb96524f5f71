/** Word lists for realistic, searchable text: English and Ukrainian. */
export const EN_WORDS = (
  'project client release sprint estimate invoice contract meeting demo deadline budget backend frontend mobile ' +
  'design review bug fix feature payment integration report dashboard analytics migration database cloud server ' +
  'security audit support onboarding training feedback proposal scope change request priority risk delay launch ' +
  'customer portal booking logistics banking insurance retail health education travel energy media games ' +
  'agreed discussed sent received approved rejected scheduled postponed confirmed requested delivered tested ' +
  'weekly monthly urgent important final draft new updated signed pending open closed blocked ready'
).split(' ');
export const UK_WORDS = (
  'проєкт клієнт реліз спринт оцінка рахунок договір зустріч демо термін бюджет розробка дизайн помилка ' +
  'виправлення оплата інтеграція звіт аналітика міграція база сервер безпека підтримка навчання відгук ' +
  'пропозиція зміна запит пріоритет ризик затримка запуск портал логістика банк страхування торгівля ' +
  'здоровʼя освіта подорожі енергетика погодили обговорили надіслали отримали затвердили перенесли ' +
  'підтвердили тестування щотижневий терміново важливо остаточний чернетка новий підписаний готовий'
).split(' ');
export const COMPANY_PARTS = (
  'Northwind Fjord Blue Harbor Lumen Kestrel Sage Aurora Maple Helvetia Vistula Baltic Danube Pacific Lisboa ' +
  'Nordic Emerald Bright Copper Carmel Zephyr Iberia Vltava Oak Quantum Orbit Atlas Nova Vega Polaris Sirius ' +
  'Дніпро Київ Львів Одеса Харків Карпати Світанок Зоря Агро Мед Буд Енерго Софт Інновації Системи'
).split(' ');
export const COMPANY_SUFFIX = [
  'GmbH',
  'Ltd',
  'Inc.',
  'LLC',
  'AB',
  'AS',
  'Oy',
  'B.V.',
  'S.L.',
  'ТОВ',
  'ПрАТ',
  'Group',
  'Labs',
  'Digital',
];
export const FIRST_NAMES =
  'James Olivia Henrik Sara Daniel Chloe Mateusz Lea Noah Ingrid Pablo Hannah Андрій Олена Сергій Ірина Василь Катерина Павло Юлія Богдана Роман Оксана Віктор'.split(
    ' ',
  );
export const LAST_NAMES =
  'Smith Johansson Müller Novak Brown Dubois Nowak Garcia Larsen Fischer Taylor Lindqvist Costa Коваль Мельничук Ткаченко Бондаренко Кравчук Гончаренко Литвин Савчук Поліщук'.split(
    ' ',
  );
