/** The contact a reply routes to, as stored in the directory. */
export interface RoutingContact {
  kind: 'person' | 'department' | 'location';
  name: string;
  department?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface FillValues {
  contact?: RoutingContact | null;
  organisation?: string;
  website?: string;
  /** The feedback author's display name; only its first word is ever used. */
  authorName?: string | null;
}

export interface UnfilledPlaceholder {
  placeholder: string;
  reason: string;
}

export interface FilledTemplate {
  text: string;
  unfilled: UnfilledPlaceholder[];
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const present = (value: string | null | undefined): string | undefined => (value && value.trim() ? value.trim() : undefined);

function valueOf(name: string, values: FillValues): { value?: string; reason?: string } {
  const contact = values.contact ?? undefined;
  const noContact = 'pick the provider or department this feedback concerns';
  switch (name) {
    case 'providerName':
      if (!contact) return { reason: noContact };
      return contact.kind === 'person'
        ? { value: contact.name }
        : { reason: `${contact.name} is a ${contact.kind}, not a provider` };
    case 'department':
      if (!contact) return { reason: noContact };
      return contact.kind === 'department'
        ? { value: contact.name }
        : present(contact.department)
          ? { value: present(contact.department) }
          : { reason: `the directory entry ${contact.name} has no department` };
    case 'phone':
      if (!contact) return { reason: noContact };
      return present(contact.phone)
        ? { value: present(contact.phone) }
        : { reason: `the directory entry ${contact.name} has no phone` };
    case 'email':
      if (!contact) return { reason: noContact };
      return present(contact.email)
        ? { value: present(contact.email) }
        : { reason: `the directory entry ${contact.name} has no email` };
    case 'organisation':
      return present(values.organisation)
        ? { value: present(values.organisation) }
        : { reason: 'the plugin config sets no directory.organisation' };
    case 'website':
      return present(values.website)
        ? { value: present(values.website) }
        : { reason: 'the plugin config sets no directory.website' };
    case 'firstName': {
      const first = present(values.authorName)?.split(/\s+/)[0];
      return first ? { value: first } : { reason: 'the feedback has no author name' };
    }
    default:
      return { reason: 'unknown placeholder' };
  }
}

/** Fills `{{placeholder}}`s from the directory entry; anything left unfilled is reported, never sent as written. */
export function fillTemplate(body: string, values: FillValues): FilledTemplate {
  const unfilled: UnfilledPlaceholder[] = [];
  const text = body.replace(PLACEHOLDER, (whole, rawName: string) => {
    const result = valueOf(rawName, values);
    if (result.value !== undefined) return result.value;
    if (!unfilled.some((u) => u.placeholder === whole))
      unfilled.push({ placeholder: whole, reason: result.reason ?? 'no value' });
    return whole;
  });
  return { text, unfilled };
}
