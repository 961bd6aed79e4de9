import { useEffect, useId, useRef, useState } from 'react';
import { DRAFT_KINDS, renderTemplateText, type DraftKind, type DraftTemplate, type DraftUser, type DraftValues } from '../../utils/drafts';
import type { Formality, Language } from '../../utils/domain/model';
import { t, uiLanguage } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { todayIn } from '../../utils/schedule/calendar';
import { languageLabel } from '../../utils/ui/language-label';
import { draftKindLabel } from '../drafts/draft-labels';
import { sampleDraftContext } from '../drafts/templates/sample-contact';
import { TemplateEditor, type TemplateEditorProps } from '../drafts/templates/TemplateEditor';
import { formalityChoiceLabel, templateRows, type TemplateRow } from '../drafts/templates/template-rows';
import { useUserTemplates } from '../drafts/use-user-templates';
import '../drafts/drafts.css';
import { LanguageOptions } from '../shared/LanguageOptions';
import { LiveText } from '../shared/LiveText';

type Editing = Pick<TemplateEditorProps, 'template' | 'origin' | 'title'> & { returnFocusTo: string };

/** Options: the draft templates, built-in and own; edit with a live preview, add, reset to default. */
export function TemplatesSection() {
  const id = useId();
  const userTemplates = useUserTemplates();
  const user = useUser();
  const [language, setLanguage] = useState<Language>(uiLanguage());
  const [kind, setKind] = useState<DraftKind | 'all'>('all');
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const focusAfterEdit = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (editing || !focusAfterEdit.current) return;
    (document.getElementById(focusAfterEdit.current) ?? document.getElementById(`${id}-add`))?.focus();
    focusAfterEdit.current = undefined;
  }, [editing, id]);

  const done = (message?: string) => {
    setNotice(message);
    focusAfterEdit.current = editing?.returnFocusTo;
    setEditing(undefined);
  };

  const addTemplate = () => {
    const newKind = kind === 'all' ? DRAFT_KINDS[0] : kind;
    const template: DraftTemplate = { id: '', kind: newKind, language, subject: '', body: '{greeting},\n\n\n\n{signature}' };
    setNotice(undefined);
    setEditing({ template, origin: 'new', title: t('templatesNew'), returnFocusTo: `${id}-add` });
  };

  return (
    <section className="templates-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('templatesHeading')}</h2>
      <p className="subtle">{t('templatesIntro')}</p>
      {!userTemplates || !user ? (
        <p className="subtle" aria-busy="true">
          {t('templatesLoading')}
        </p>
      ) : editing ? (
        <TemplateEditor {...editing} user={user} onDone={done} />
      ) : (
        <>
          <div className="draft-row template-filters">
            <label htmlFor={`${id}-language`}>{t('templatesLanguage')}</label>
            <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <LanguageOptions />
            </select>
            <label htmlFor={`${id}-kind`}>{t('draftKind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as DraftKind | 'all')}>
              <option value="all">{t('templatesAllKinds')}</option>
              {DRAFT_KINDS.map((option) => (
                <option key={option} value={option}>
                  {draftKindLabel(option)}
                </option>
              ))}
            </select>
            <button type="button" id={`${id}-add`} onClick={addTemplate}>
              {t('templatesAdd')}
            </button>
          </div>
          <p className="subtle">{t('templatesCount', String(templateRows(userTemplates, language).length))}</p>
          <LiveText className="draft-notice" text={notice} />
          <TemplateList
            rows={templateRows(userTemplates, language, kind === 'all' ? undefined : kind)}
            user={user}
            idPrefix={id}
            onEdit={(row, title, returnFocusTo) => {
              setNotice(undefined);
              setEditing({ template: row.template, origin: row.origin, title, returnFocusTo });
            }}
          />
        </>
      )}
    </section>
  );
}

interface TemplateListProps {
  rows: TemplateRow[];
  user: DraftUser;
  idPrefix: string;
  onEdit: (row: TemplateRow, title: string, returnFocusTo: string) => void;
}

function TemplateList({ rows, user, idPrefix, onEdit }: TemplateListProps) {
  const today = todayIn();
  const samples = new Map<string, DraftValues>();
  const sampleValues = (language: Language, formality: Formality) => {
    const key = `${language}:${formality}`;
    const values = samples.get(key) ?? sampleDraftContext(language, formality, today, user).values;
    samples.set(key, values);
    return values;
  };
  const kinds = DRAFT_KINDS.filter((kind) => rows.some((row) => row.template.kind === kind));
  return (
    <>
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`${idPrefix}-${kind}`}>
          <h3 id={`${idPrefix}-${kind}`}>{draftKindLabel(kind)}</h3>
          <ul className="template-list">
            {rows
              .filter((row) => row.template.kind === kind)
              .map((row) => {
                const { template } = row;
                const wording = t('templatesWording', String(row.wording));
                const title = [draftKindLabel(kind), languageLabel(template.language), formalityChoiceLabel(template.formality), wording].join(' · ');
                const values = sampleValues(template.language, template.formality ?? 'sie');
                const subject = renderTemplateText(template.subject, values, { singleLine: true }).text;
                const buttonId = `${idPrefix}-edit-${template.id}`;
                return (
                  <li key={template.id} className="template-row" data-testid="template-row">
                    <div>
                      <span>
                        {formalityChoiceLabel(template.formality)} · {wording}
                      </span>{' '}
                      <span className={`template-origin ${row.origin}`}>
                        {t(row.origin === 'own' ? 'templatesOwn' : row.origin === 'edited' ? 'templatesEdited' : 'templatesBuiltIn')}
                      </span>
                      <div className="subtle template-subject" lang={template.language}>
                        {subject}
                      </div>
                    </div>
                    <button type="button" id={buttonId} aria-label={t('templatesEditOf', title)} onClick={() => onEdit(row, title, buttonId)}>
                      {t('templatesEdit')}
                    </button>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The user's name and signature from the settings, for previews. */
function useUser(): DraftUser | undefined {
  const [user, setUser] = useState<DraftUser | undefined>(undefined);
  useEffect(() => {
    let active = true;
    callBackground('settings.get', {}).then(
      (settings) => active && setUser({ name: settings.userName, signature: settings.signature }),
      () => active && setUser({}),
    );
    return () => {
      active = false;
    };
  }, []);
  return user;
}
