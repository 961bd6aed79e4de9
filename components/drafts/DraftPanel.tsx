import { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DRAFT_KINDS,
  mergeTemplates,
  suggestDraftKind,
  type DraftKind,
  type DraftSituation,
  type DraftTemplate,
  type DraftUser,
} from '../../utils/drafts';
import { t } from '../../utils/i18n';
import type { ContactCard } from '../../utils/messaging/protocol';
import type { DraftContextData } from '../../utils/messaging/requests/drafts';
import { todayIn } from '../../utils/schedule/calendar';
import type { MailTo } from '../../utils/ui/page-person';
import { composeDraft } from './compose-draft';
import { DraftActions } from './DraftActions';
import { formalityLabel, languageLabel } from '../../utils/ui/language-label';
import { draftKindLabel } from './draft-labels';
import { DraftRequestContext } from './draft-request';
import { draftOccasionOf, type DraftOccasion } from './draft-situation';
import { useDraftInputs } from './use-draft-inputs';
import { useUserTemplates } from './use-user-templates';
import './drafts.css';

export interface DraftPanelProps {
  card: ContactCard;
  /** What the caller knows beyond the contact's data, e.g. that the page shows a new company. */
  situation?: DraftSituation;
  /** Offer "Put into the page": only where the panel sits beside a page (the sidebar). */
  canInsert?: boolean;
  /** A heading that folds the panel; folded until a draft fits. Off inside a dialog. */
  collapsible?: boolean;
  /** Where the draft goes when the panel sits beside a Gmail conversation; else the contact's first address. */
  mailTo?: MailTo;
  /** The person's name as the page shows it, to find their chat on the page. */
  pageName?: string;
}

/** The draft that fits the situation, ready to edit and put into the page, copy, or open in Gmail. */
export function DraftPanel({ card, situation, canInsert = true, collapsible = true, mailTo, pageName }: DraftPanelProps) {
  const id = useId();
  const inputs = useDraftInputs(card.contact.id);
  const templates = useUserTemplates();
  const [openChoice, setOpenChoice] = useState<boolean | undefined>(undefined);
  const requested = useContext(DraftRequestContext);
  const [answered, setAnswered] = useState<number | undefined>(undefined);
  if (requested !== undefined && requested !== answered) {
    setAnswered(requested);
    setOpenChoice(true);
  }
  const today = todayIn();
  const occasion = inputs.status === 'ready' ? draftOccasionOf(inputs.data, today) : undefined;
  const suggested = occasion ? suggestDraftKind({ ...occasion.situation, ...situation }) : undefined;
  const open = !collapsible || (openChoice ?? suggested !== undefined);

  return (
    <section
      className="draft-panel"
      data-testid="draft-panel"
      {...(collapsible ? { 'aria-labelledby': `${id}-heading` } : { 'aria-label': t('draftHeading') })}
    >
      {collapsible && (
        <h2 id={`${id}-heading`}>
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-content`} onClick={() => setOpenChoice(!open)}>
            {t('draftHeading')}
          </button>
        </h2>
      )}
      {suggested && <p className="subtle">{t('draftSuggested', draftKindLabel(suggested))}</p>}
      <div id={`${id}-content`} hidden={!open}>
        {open && inputs.status === 'loading' && <p className="subtle">{t('draftLoading')}</p>}
        {inputs.status === 'gone' && <p role="alert">{t('draftContactGone')}</p>}
        {inputs.status === 'error' && <p role="alert">{t('draftError', inputs.message)}</p>}
        {open && inputs.status === 'ready' && occasion && templates && (
          <DraftEditor
            key={card.contact.id}
            data={{ ...inputs.data, contact: card.contact }}
            user={inputs.user}
            templates={templates}
            today={today}
            suggested={suggested}
            focus={occasion.focus}
            canInsert={canInsert}
            mailTo={mailTo}
            pageName={pageName}
            focusBody={requested !== undefined}
          />
        )}
      </div>
    </section>
  );
}

interface DraftEditorProps {
  data: DraftContextData;
  user: DraftUser;
  /** The user's stored templates. */
  templates: readonly DraftTemplate[];
  today: string;
  suggested: DraftKind | undefined;
  focus: DraftOccasion['focus'];
  canInsert: boolean;
  mailTo: MailTo | undefined;
  pageName: string | undefined;
  /** Asked for by the "New note" command: the message is where the keyboard goes. */
  focusBody?: boolean;
}

function DraftEditor({ data, user, templates, today, suggested, focus, canInsert, mailTo, pageName, focusBody }: DraftEditorProps) {
  const id = useId();
  const [chosenKind, setChosenKind] = useState<DraftKind | undefined>(undefined);
  const [step, setStep] = useState(0);
  const [edit, setEdit] = useState<{ key: string; subject: string; body: string } | undefined>(undefined);
  const kind = chosenKind ?? suggested ?? 'thinking-of-you';
  const inEffect = useMemo(() => mergeTemplates(templates), [templates]);
  const { draft, wordings } = composeDraft({ kind, data, user, templates: inEffect, today, focus: focus[kind], step });
  const key = `${kind}:${draft.templateId}`;
  const subject = edit?.key === key ? edit.subject : draft.subject;
  const body = edit?.key === key ? edit.body : draft.body;
  const { contact } = data;
  const recipient = {
    names: [...new Set([pageName, contact.displayName].filter((name): name is string => name !== undefined && name.trim() !== ''))],
    ...(contact.linkedinSlug ? { linkedinSlug: contact.linkedinSlug } : {}),
  };
  const bodyField = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (bodyField.current && bodyField.current.value !== body) bodyField.current.value = body;
  }, [body]);
  useEffect(() => {
    if (focusBody) bodyField.current?.focus();
  }, [focusBody]);

  return (
    <div className="draft-fields">
      <label htmlFor={`${id}-kind`}>{t('draftKind')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(event) => {
          setChosenKind(event.target.value as DraftKind);
          setStep(0);
        }}
      >
        {DRAFT_KINDS.map((option) => (
          <option key={option} value={option}>
            {draftKindLabel(option)}
          </option>
        ))}
      </select>
      <div className="draft-row">
        <button type="button" onClick={() => setStep(step + 1)} disabled={wordings < 2}>
          {t('draftAnotherWording')}
        </button>
        <span className="subtle wording-count">{t('draftWordingOf', [String(draft.variant + 1), String(wordings)])}</span>
      </div>
      <p className="subtle">{t('draftWrittenIn', [languageLabel(draft.language), formalityLabel(contact.formality)])}</p>
      <label htmlFor={`${id}-subject`}>{t('draftSubject')}</label>
      <input
        id={`${id}-subject`}
        type="text"
        maxLength={1000}
        value={subject}
        lang={draft.language}
        onChange={(event) => setEdit({ key, subject: event.target.value, body })}
      />
      <label htmlFor={`${id}-body`}>{t('draftBody')}</label>
      {/* Uncontrolled: React mirrors a controlled textarea's value into its text content, and the draft's
          words would then appear twice to anything that reads the card's text. */}
      <textarea
        ref={bodyField}
        id={`${id}-body`}
        rows={10}
        maxLength={20_000}
        lang={draft.language}
        spellCheck
        onChange={(event) => setEdit({ key, subject, body: event.target.value })}
      />
      <DraftActions
        subject={subject}
        body={body}
        mailTo={mailTo ?? (contact.emails[0] ? { address: contact.emails[0] } : undefined)}
        recipient={recipient}
        canInsert={canInsert}
        bodyFieldId={`${id}-body`}
      />
      <p className="subtle">{t('draftNeverSends')}</p>
    </div>
  );
}
