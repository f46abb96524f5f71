/** "Olena Kovalenko"; the last name is optional for contact persons. */
export function contactName(contact: { firstName: string; lastName: string }): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}
