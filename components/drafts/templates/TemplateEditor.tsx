import { useEffect, useId, useRef, useState } from 'react';
import {
  builtInTemplate,
  DRAFT_KINDS,
  renderTemplate,
  validateTemplate,
  type DraftKind,
  type DraftTemplate,
  type DraftUser,
  type TemplateFieldError,
} from '../../../utils/drafts';
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, newUserTemplateId } from '../../../utils/drafts-store';
import { callBackground } from '../../../utils/messaging/client';
import type { Formality, Language } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { todayIn } from '../../../utils/schedule/calendar';
import { languageLabel } from '../../../utils/ui/language-label';
import { draftKindLabel } from '../draft-labels';
import { PlaceholderHelp } from './PlaceholderHelp';
import { sampleDraftContext, sampleName } from './sample-contact';
import { templateErrorText } from './template-error-text';
import { formalityChoiceLabel, type TemplateOrigin } from './template-rows';
import { LanguageOptions } from '../../shared/LanguageOptions';

export interface TemplateEditorProps {
  template: DraftTemplate;
  origin: TemplateOrigin | 'new';
  title: string;
  /** The user's name and signature, for the preview. */
  user: DraftUser;
  /** Called when the editor closes, with what happened. */
  onDone: (notice?: string) => void;
}

type FormalityChoice = Formality | 'any';

/** Edit a template with a live preview on a sample contact; syntax errors are shown with their position. */
export function TemplateEditor({ template, origin, title, user, onDone }: TemplateEditorProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [kind, setKind] = useState<DraftKind>(template.kind);
  const [language, setLanguage] = useState<Language>(template.language);
  const [formality, setFormality] = useState<FormalityChoice>(template.formality ?? 'any');
  const [previewFormality, setPreviewFormality] = useState<Formality>('sie');
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  const errors = validateTemplate({ subject, body });
  const preview = renderTemplate({ subject, body }, sampleDraftContext(language, formality === 'any' ? previewFormality : formality, todayIn(), user));
  const builtIn = builtInTemplate(template.id);
  const unchanged =
    origin !== 'new' &&
    subject === template.subject &&
    body === template.body &&
    kind === template.kind &&
    language === template.language &&
    formality === (template.formality ?? 'any');

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      onDone(await action());
    } catch (error) {
      setFailure(t('templatesSaveFailed', error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  };

  const save = async () => {
    if (builtIn && subject === builtIn.subject && body === builtIn.body) {
      await callBackground('templates.remove', { id: builtIn.id });
    } else {
      const next: DraftTemplate = builtIn
        ? { ...builtIn, subject, body }
        : {
            id: origin === 'own' ? template.id : newUserTemplateId(),
            kind,
            language,
            ...(formality === 'any' ? {} : { formality }),
            subject,
            body,
          };
      await callBackground('templates.save', { template: next });
    }
    return t('templatesSaved');
  };

  const remove = async (notice: string) => {
    await callBackground('templates.remove', { id: template.id });
    return notice;
  };

  const goTo = (error: TemplateFieldError) => {
    const field = document.getElementById(`${id}-${error.field}`);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    field.focus();
    field.setSelectionRange(error.offset, error.offset + Math.max(error.length, 1));
  };

  return (
    <section className="template-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <form
        className="draft-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (errors.length === 0 && !unchanged) void act(save);
        }}
      >
        {(origin === 'new' || origin === 'own') && (
          <div className="template-identity">
            <label htmlFor={`${id}-kind`}>{t('draftKind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as DraftKind)}>
              {DRAFT_KINDS.map((option) => (
                <option key={option} value={option}>
                  {draftKindLabel(option)}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-language`}>{t('templatesLanguage')}</label>
            <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <LanguageOptions />
            </select>
            <label htmlFor={`${id}-formality`}>{t('templatesFormality')}</label>
            <select id={`${id}-formality`} value={formality} onChange={(event) => setFormality(event.target.value as FormalityChoice)}>
              {(['du', 'sie', 'any'] as const).map((option) => (
                <option key={option} value={option}>
                  {formalityChoiceLabel(option)}
                </option>
              ))}
            </select>
          </div>
        )}
        <label htmlFor={`${id}-subject`}>{t('draftSubject')}</label>
        <input
          id={`${id}-subject`}
          type="text"
          className="template-source"
          maxLength={MAX_SUBJECT_LENGTH}
          value={subject}
          lang={language}
          spellCheck={false}
          aria-invalid={errors.some((error) => error.field === 'subject')}
          aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
          onChange={(event) => setSubject(event.target.value)}
        />
        <label htmlFor={`${id}-body`}>{t('draftBody')}</label>
        <textarea
          id={`${id}-body`}
          className="template-source"
          rows={14}
          maxLength={MAX_BODY_LENGTH}
          value={body}
          lang={language}
          spellCheck={false}
          aria-invalid={errors.some((error) => error.field === 'body')}
          aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        <div id={`${id}-errors`} role="status" className={errors.length > 0 ? 'template-errors' : undefined}>
          {errors.length > 0 && (
            <>
              <p>{t('templatesErrors')}</p>
              <ul>
                {errors.map((error) => (
                  <li key={`${error.field}:${error.offset}:${error.code}`}>
                    <span className="template-error-text">{templateErrorText(error)}</span>{' '}
                    <button type="button" onClick={() => goTo(error)}>
                      {t('templatesGoToError')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <PlaceholderHelp />
        <div className="draft-row">
          <button type="submit" className="primary" disabled={busy || errors.length > 0 || unchanged}>
            {t('save')}
          </button>
          <button type="button" disabled={busy} onClick={() => onDone()}>
            {t('cancel')}
          </button>
          {origin === 'edited' && (
            <button type="button" disabled={busy} onClick={() => void act(() => remove(t('templatesResetDone')))}>
              {t('templatesResetDefault')}
            </button>
          )}
          {origin === 'own' && (
            <button type="button" disabled={busy} onClick={() => void act(() => remove(t('templatesDeleted')))}>
              {t('templatesDelete')}
            </button>
          )}
        </div>
        {failure && <p role="alert">{failure}</p>}
      </form>
      <section className="template-preview" aria-labelledby={`${id}-preview`}>
        <h4 id={`${id}-preview`}>{t('templatesPreview')}</h4>
        <p className="subtle">{t('templatesPreviewWith', [sampleName(language), languageLabel(language)])}</p>
        {formality === 'any' && (
          <div className="draft-row">
            <label htmlFor={`${id}-preview-formality`}>{t('templatesPreviewFormality')}</label>
            <select
              id={`${id}-preview-formality`}
              value={previewFormality}
              onChange={(event) => setPreviewFormality(event.target.value as Formality)}
            >
              {(['du', 'sie'] as const).map((option) => (
                <option key={option} value={option}>
                  {formalityChoiceLabel(option)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="preview-text" lang={language} data-testid="template-preview">
          <p className="preview-subject">{preview.subject}</p>
          <p className="preview-body">{preview.body}</p>
        </div>
      </section>
    </section>
  );
}
