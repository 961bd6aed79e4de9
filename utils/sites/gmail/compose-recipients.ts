import { normaliseEmail } from '../../domain/identity';
import { COMPOSE_RECIPIENT_CHIP_SELECTORS, COMPOSE_RECIPIENT_TEXT_SELECTORS } from './gmail-markup';

/** Who a compose is addressed to so far, across To, Cc and Bcc. */
export interface ComposeRecipients {
  /** Chosen recipients and addresses typed but not yet chosen, normalised, each once. */
  addresses: string[];
  /** No recipient chosen and nothing typed into a recipient field. */
  empty: boolean;
}

/** Reads the recipients of the compose at `root` (a dialog or an inline reply). Never throws. */
export function composeRecipients(root: Element): ComposeRecipients {
  try {
    const chips = COMPOSE_RECIPIENT_CHIP_SELECTORS.flatMap((selector) => [...root.querySelectorAll(selector)]);
    const typed = COMPOSE_RECIPIENT_TEXT_SELECTORS.flatMap((selector) => [...root.querySelectorAll(selector)])
      .map(textFieldValue)
      .filter((value) => value.trim() !== '');
    const addresses = [
      ...chips.map((chip) => chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? ''),
      ...typed.flatMap((value) => value.split(/[\s,;<>"]+/)),
    ]
      .map(normaliseEmail)
      .filter((address) => address !== '');
    return { addresses: [...new Set(addresses)], empty: chips.length === 0 && typed.length === 0 };
  } catch {
    // Unreadable recipients count as someone's: nothing may be added to them.
    return { addresses: [], empty: false };
  }
}

function textFieldValue(element: Element): string {
  return 'value' in element && typeof element.value === 'string' ? element.value : '';
}
