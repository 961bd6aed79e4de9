import type { Formality, Language } from '../domain/model';

export const DRAFT_KINDS = [
  'thinking-of-you',
  'call-summary',
  'handover',
  'thank-you',
  'payment-reminder-first',
  'payment-reminder-second',
  'reschedule',
  'birthday',
  'work-anniversary',
  'project-thank-you',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export interface DraftTemplate {
  /** Built-ins: `kind.language[.formality].n`. A user’s edit of a built-in keeps its id. */
  id: string;
  kind: DraftKind;
  language: Language;
  /** Omitted: for both Du and Sie (English, where only the greeting differs). */
  formality?: Formality;
  /** Template syntax, one line. */
  subject: string;
  /** Template syntax. */
  body: string;
}

import { lines, variants } from './template-helpers';
import { BIRTHDAY, PROJECT_THANK_YOU, WORK_ANNIVERSARY } from './date-templates';

// Conventions of the built-ins (tests hold them to it): German bodies start lower-case after the
// greeting’s comma, so the first sentence never vanishes; every other sentence that needs a value is a
// block of its own; English closings come as [[Closing,\n{signature} || Closing]] so no comma dangles.

const THINKING_OF_YOU: DraftTemplate[] = [
  ...variants('thinking-of-you', 'de', 'du', [
    {
      subject: 'Kurzer Gruß',
      body: lines(
        '{greeting},',
        '',
        'ich musste gerade an dich denken und wollte einfach kurz Hallo sagen.[[ Bei unserem letzten Austausch ging es um „{lastTopic}“ – ich hoffe, das hat sich gut entwickelt.]] Wie geht es dir?[[ Und wie läuft es bei {company}?]]',
        '',
        '[[Ich wünsche dir {seasonWish}!]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Wie geht’s dir?',
      body: lines(
        '{greeting},',
        '',
        'wie geht es dir? Ich wollte mich einfach mal wieder melden[[ – wir haben {lastContactSince} nichts voneinander gehört]].[[ Ich hoffe, bei {company} läuft alles gut.]]',
        '',
        '[[Ich wünsche dir {seasonWish}!]]',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
    {
      subject: '[[Ein Gruß zum {season} || Ein kurzer Gruß]]',
      body: lines(
        '{greeting},',
        '',
        'ich hoffe, es geht dir gut! Ich wollte mich einfach mal wieder melden – ganz ohne Anlass.[[ Zuletzt hatten wir über „{lastTopic}“ gesprochen; ich hoffe, da läuft alles nach Plan.]]',
        '',
        '[[Ich wünsche dir {seasonWish}!]]',
        '',
        'Bis bald und viele Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('thinking-of-you', 'de', 'sie', [
    {
      subject: 'Kurzer Gruß',
      body: lines(
        '{greeting},',
        '',
        'ich habe gerade an Sie gedacht und wollte mich kurz melden.[[ Bei unserem letzten Austausch ging es um „{lastTopic}“ – ich hoffe, das hat sich gut entwickelt.]] Wie geht es Ihnen?[[ Und wie läuft es bei {company}?]]',
        '',
        '[[Ich wünsche Ihnen {seasonWish}!]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Wie geht es Ihnen?',
      body: lines(
        '{greeting},',
        '',
        'wie geht es Ihnen? Ich wollte mich gern einmal wieder melden[[ – wir haben {lastContactSince} nichts voneinander gehört]].[[ Ich hoffe, bei {company} läuft alles gut.]]',
        '',
        '[[Ich wünsche Ihnen {seasonWish}!]]',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
    {
      subject: '[[Ein Gruß zum {season} || Ein kurzer Gruß]]',
      body: lines(
        '{greeting},',
        '',
        'ich hoffe, es geht Ihnen gut! Ich wollte mich einfach einmal wieder bei Ihnen melden – ganz ohne besonderen Anlass.[[ Zuletzt hatten wir über „{lastTopic}“ gesprochen; ich hoffe, da läuft alles nach Plan.]]',
        '',
        '[[Ich wünsche Ihnen {seasonWish}!]]',
        '',
        'Herzliche Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('thinking-of-you', 'en', undefined, [
    {
      subject: 'A quick hello',
      body: lines(
        '{greeting},',
        '',
        'You came to mind today, so I wanted to say a quick hello.[[ Last time we talked about “{lastTopic}” – I hope that’s going well.]] How are you doing?[[ And how are things at {company}?]]',
        '',
        '[[Wishing you {seasonWish}!]]',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'How are you?',
      body: lines(
        '{greeting},',
        '',
        'How are you? I thought I’d get in touch[[ – it’s been {lastContactDuration} since we last spoke]].[[ I hope all is well at {company}.]]',
        '',
        '[[Wishing you {seasonWish}!]]',
        '',
        '[[All the best,',
        '{signature} || All the best]]',
      ),
    },
    {
      subject: 'Just saying hello',
      body: lines(
        '{greeting},',
        '',
        'I hope you’re well! I just wanted to get back in touch – no particular reason.[[ When we last spoke, it was about “{lastTopic}”; I hope it’s all going to plan.]]',
        '',
        '[[Wishing you {seasonWish}!]]',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
  ]),
];

const CALL_SUMMARY: DraftTemplate[] = [
  ...variants('call-summary', 'de', 'du', [
    {
      subject: '[[Unser Gespräch vom {callDate} || Zusammenfassung unseres Gesprächs]]',
      body: lines(
        '{greeting},',
        '',
        'danke für das gute Gespräch[[ {callWhen}]]! Hier noch einmal kurz zusammengefasst, damit wir beide vom Gleichen ausgehen.',
        '',
        '[[Besprochen haben wir: {callSummary}.]]',
        '',
        '[[Vereinbart haben wir:',
        '{callAgreements}]]',
        '',
        'Passt das so für dich? Gib mir gern kurz Bescheid, falls ich etwas falsch verstanden oder vergessen habe.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Kurze Zusammenfassung unseres Gesprächs',
      body: lines(
        '{greeting},',
        '',
        'vielen Dank für deine Zeit[[ {callWhen}]]! Damit nichts verloren geht, hier das Wichtigste in Kürze.',
        '',
        '[[Unser Thema: {callSummary}.]]',
        '',
        '[[Das haben wir festgehalten:',
        '{callAgreements}]]',
        '',
        'Kannst du mir kurz bestätigen, dass das so stimmt? Dann plane ich entsprechend.',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('call-summary', 'de', 'sie', [
    {
      subject: '[[Unser Gespräch vom {callDate} || Zusammenfassung unseres Gesprächs]]',
      body: lines(
        '{greeting},',
        '',
        'vielen Dank für das gute Gespräch[[ {callWhen}]]! Hier noch einmal kurz zusammengefasst, damit wir beide vom Gleichen ausgehen.',
        '',
        '[[Besprochen haben wir: {callSummary}.]]',
        '',
        '[[Vereinbart haben wir:',
        '{callAgreements}]]',
        '',
        'Passt das so für Sie? Geben Sie mir gern kurz Bescheid, falls ich etwas falsch verstanden oder vergessen habe.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Kurze Zusammenfassung unseres Gesprächs',
      body: lines(
        '{greeting},',
        '',
        'herzlichen Dank für Ihre Zeit[[ {callWhen}]]! Damit nichts verloren geht, hier das Wichtigste in Kürze.',
        '',
        '[[Unser Thema: {callSummary}.]]',
        '',
        '[[Das haben wir festgehalten:',
        '{callAgreements}]]',
        '',
        'Können Sie mir kurz bestätigen, dass das so stimmt? Dann plane ich entsprechend.',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('call-summary', 'en', undefined, [
    {
      subject: '[[Our call on {callDate} || Summary of our call]]',
      body: lines(
        '{greeting},',
        '',
        'Thank you for the good conversation[[ {callWhen}]]! Here’s a short summary so we’re both on the same page.',
        '',
        '[[What we discussed: {callSummary}.]]',
        '',
        '[[What we agreed:',
        '{callAgreements}]]',
        '',
        'Does that match your understanding? Just let me know if I’ve missed or misunderstood anything.',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'A short summary of our conversation',
      body: lines(
        '{greeting},',
        '',
        'Thank you for your time[[ {callWhen}]]! So that nothing gets lost, here are the key points.',
        '',
        '[[Topic: {callSummary}.]]',
        '',
        '[[Agreed:',
        '{callAgreements}]]',
        '',
        'Could you briefly confirm that this is correct? Then I’ll plan accordingly.',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
  ]),
];

const HANDOVER: DraftTemplate[] = [
  ...variants('handover', 'de', 'du', [
    {
      subject: '[[Unsere Zusammenarbeit mit {company}: ein kurzer Überblick || Unsere Zusammenarbeit: ein kurzer Überblick]]',
      body: lines(
        '{greeting},',
        '',
        'ich melde mich, weil du[[ bei {company}]] jetzt für unsere Zusammenarbeit zuständig bist – schön, dass wir in Kontakt kommen![[ Ich bin {userName}[[ und arbeite seit {relationshipSince} mit {company} zusammen]].]][[ Bisher lief die Abstimmung über {predecessor}.]] Damit du schnell im Bild bist, hier der aktuelle Stand.',
        '',
        '[[Was vereinbart ist:',
        '{agreedTerms}]]',
        '',
        '[[Was noch offen ist:',
        '{undatedAgreements}]]',
        '',
        '[[Termine und Fristen:',
        '{nextDates}]]',
        '',
        'Wenn du Fragen hast oder wir uns kurz kennenlernen wollen, melde dich gern jederzeit.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Hallo und ein kurzer Stand unserer Zusammenarbeit',
      body: lines(
        '{greeting},',
        '',
        'wir hatten bisher noch nicht direkt miteinander zu tun, deshalb stelle ich mich kurz vor.[[ Ich bin {userName}[[ und arbeite[[ seit {relationshipSince}]] mit {company} zusammen]].]][[ Mein Kontakt war bisher {predecessor}.]] Hier das Wichtigste, damit du nahtlos übernehmen kannst.',
        '',
        '[[Unsere Vereinbarungen:',
        '{agreedTerms}]]',
        '',
        '[[Offene Punkte:',
        '{undatedAgreements}]]',
        '',
        '[[Termine und Fristen:',
        '{nextDates}]]',
        '',
        'Sollen wir kurz telefonieren? Ich freue mich auf die Zusammenarbeit mit dir.',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('handover', 'de', 'sie', [
    {
      subject: '[[Unsere Zusammenarbeit mit {company}: ein kurzer Überblick || Unsere Zusammenarbeit: ein kurzer Überblick]]',
      body: lines(
        '{greeting},',
        '',
        'ich melde mich, weil Sie[[ bei {company}]] jetzt für unsere Zusammenarbeit zuständig sind – schön, dass wir in Kontakt kommen![[ Ich bin {userName}[[ und arbeite seit {relationshipSince} mit {company} zusammen]].]][[ Bisher lief die Abstimmung über {predecessor}.]] Damit Sie schnell im Bild sind, hier der aktuelle Stand.',
        '',
        '[[Was vereinbart ist:',
        '{agreedTerms}]]',
        '',
        '[[Was noch offen ist:',
        '{undatedAgreements}]]',
        '',
        '[[Termine und Fristen:',
        '{nextDates}]]',
        '',
        'Wenn Sie Fragen haben oder wir uns kurz kennenlernen möchten, melden Sie sich gern jederzeit.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Vorstellung und aktueller Stand unserer Zusammenarbeit',
      body: lines(
        '{greeting},',
        '',
        'wir hatten bisher noch nicht direkt miteinander zu tun, deshalb stelle ich mich Ihnen kurz vor.[[ Mein Name ist {userName}[[, und ich arbeite[[ seit {relationshipSince}]] mit {company} zusammen]].]][[ Mein Kontakt war bisher {predecessor}.]] Hier das Wichtigste, damit Sie nahtlos übernehmen können.',
        '',
        '[[Unsere Vereinbarungen:',
        '{agreedTerms}]]',
        '',
        '[[Offene Punkte:',
        '{undatedAgreements}]]',
        '',
        '[[Termine und Fristen:',
        '{nextDates}]]',
        '',
        'Sollen wir kurz telefonieren? Ich freue mich auf die Zusammenarbeit mit Ihnen.',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('handover', 'en', undefined, [
    {
      subject: '[[Our work with {company}: a short overview || Our work together: a short overview]]',
      body: lines(
        '{greeting},',
        '',
        'I’m getting in touch because you’re now looking after our collaboration[[ at {company}]] – it’s good to be in contact![[ I’m {userName}[[ and have been working with {company} since {relationshipSince}]].]][[ Until now, things went through {predecessor}.]] So you’re quickly up to speed, here’s where things stand.',
        '',
        '[[What we have agreed:',
        '{agreedTerms}]]',
        '',
        '[[What is still open:',
        '{undatedAgreements}]]',
        '',
        '[[Dates and deadlines:',
        '{nextDates}]]',
        '',
        'If you have any questions, or would like a short call to get to know each other, just let me know.',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'Introduction and where our work stands',
      body: lines(
        '{greeting},',
        '',
        'We haven’t worked together directly yet, so let me briefly introduce myself.[[ I’m {userName}[[ and have been working with {company} since {relationshipSince}]].]][[ My contact so far was {predecessor}.]] Here are the essentials so you can pick things up seamlessly.',
        '',
        '[[Our agreements:',
        '{agreedTerms}]]',
        '',
        '[[Open points:',
        '{undatedAgreements}]]',
        '',
        '[[Dates and deadlines:',
        '{nextDates}]]',
        '',
        'Shall we have a quick call? I look forward to working with you.',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
  ]),
];

const THANK_YOU: DraftTemplate[] = [
  ...variants('thank-you', 'de', 'du', [
    {
      subject: '[[Danke – {completedItem} || Danke!]]',
      body: lines(
        '{greeting},',
        '',
        'ich wollte mich einfach einmal bei dir bedanken![[ „{completedItem}“ ist abgeschlossen, und die Zusammenarbeit hat mir wirklich Freude gemacht.]] Danke für dein Vertrauen und die angenehme Abstimmung.',
        '',
        'Wenn wieder etwas ansteht, freue ich mich, von dir zu hören.[[ Ich wünsche dir {seasonWish}!]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Danke für die gute Zusammenarbeit',
      body: lines(
        '{greeting},',
        '',
        'vielen Dank für die tolle Zusammenarbeit![[ Schön, dass wir „{completedItem}“ gemeinsam abschließen konnten.]] Es hat Spaß gemacht, mit dir zu arbeiten[[ – und ich hoffe, das Ergebnis bewährt sich bei {company}]].',
        '',
        'Wenn wieder etwas ansteht, melde dich jederzeit gern.[[ Ich wünsche dir {seasonWish}!]]',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('thank-you', 'de', 'sie', [
    {
      subject: '[[Danke – {completedItem} || Herzlichen Dank]]',
      body: lines(
        '{greeting},',
        '',
        'ich möchte mich herzlich bei Ihnen bedanken![[ „{completedItem}“ ist abgeschlossen, und die Zusammenarbeit hat mir sehr viel Freude gemacht.]] Danke für Ihr Vertrauen und die angenehme Abstimmung.',
        '',
        'Wenn wieder etwas ansteht, freue ich mich, von Ihnen zu hören.[[ Ich wünsche Ihnen {seasonWish}!]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Danke für die gute Zusammenarbeit',
      body: lines(
        '{greeting},',
        '',
        'vielen Dank für die sehr gute Zusammenarbeit![[ Schön, dass wir „{completedItem}“ gemeinsam abschließen konnten.]] Es war mir eine Freude, mit Ihnen zu arbeiten[[ – und ich hoffe, das Ergebnis bewährt sich bei {company}]].',
        '',
        'Wenn wieder etwas ansteht, melden Sie sich jederzeit gern.[[ Ich wünsche Ihnen {seasonWish}!]]',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('thank-you', 'en', undefined, [
    {
      subject: '[[Thank you – {completedItem} || Thank you!]]',
      body: lines(
        '{greeting},',
        '',
        'I just wanted to say thank you![[ “{completedItem}” is done, and I really enjoyed working on it with you.]] Thank you for your trust and for the easy collaboration.',
        '',
        'Whenever something new comes up, I’d be glad to hear from you.[[ Wishing you {seasonWish}!]]',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'Thank you for the great collaboration',
      body: lines(
        '{greeting},',
        '',
        'Many thanks for the great collaboration![[ I’m glad we brought “{completedItem}” to a close together.]] It was a pleasure working with you[[, and I hope the result serves {company} well]].',
        '',
        'If anything comes up, just get in touch any time.[[ Wishing you {seasonWish}!]]',
        '',
        '[[All the best,',
        '{signature} || All the best]]',
      ),
    },
  ]),
];

const PAYMENT_REMINDER_FIRST: DraftTemplate[] = [
  ...variants('payment-reminder-first', 'de', 'du', [
    {
      subject: '[[Kurze Erinnerung: {invoice} || Kurze Erinnerung an eine offene Rechnung]]',
      body: lines(
        '{greeting},',
        '',
        'ich hoffe, bei dir ist alles gut! Ich wollte dich kurz an eine offene Rechnung erinnern[[: {invoice}[[ (fällig am {invoiceDueDate})]]]]. So etwas geht im Alltag ja schnell unter – magst du kurz nachsehen?',
        '',
        'Falls die Zahlung schon unterwegs ist, vergiss diese Nachricht einfach.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Offene Rechnung – kurze Erinnerung',
      body: lines(
        '{greeting},',
        '',
        'nur eine kurze Erinnerung, falls es untergegangen ist: Bei mir ist noch keine Zahlung für[[ „{invoice}“ || die letzte Rechnung]] eingegangen.[[ Fällig war sie am {invoiceDueDate}.]]',
        '',
        'Kannst du bitte kurz prüfen, ob alles angekommen ist? Wenn du etwas von mir brauchst, sag einfach Bescheid.',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('payment-reminder-first', 'de', 'sie', [
    {
      subject: '[[Kurze Erinnerung: {invoice} || Kurze Erinnerung an eine offene Rechnung]]',
      body: lines(
        '{greeting},',
        '',
        'ich hoffe, es geht Ihnen gut! Ich möchte Sie kurz an eine offene Rechnung erinnern[[: {invoice}[[ (fällig am {invoiceDueDate})]]]]. So etwas geht im Alltag ja schnell unter – könnten Sie kurz nachsehen?',
        '',
        'Falls die Zahlung bereits unterwegs ist, betrachten Sie diese Nachricht bitte als gegenstandslos.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Offene Rechnung – freundliche Erinnerung',
      body: lines(
        '{greeting},',
        '',
        'nur eine kurze Erinnerung, falls es untergegangen ist: Bei mir ist noch keine Zahlung für[[ „{invoice}“ || die letzte Rechnung]] eingegangen.[[ Sie war am {invoiceDueDate} fällig.]]',
        '',
        'Könnten Sie bitte kurz prüfen, ob alles angekommen ist? Wenn Sie noch etwas von mir benötigen, geben Sie mir einfach Bescheid.',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('payment-reminder-first', 'en', undefined, [
    {
      subject: '[[A quick reminder: {invoice} || A quick reminder about an open invoice]]',
      body: lines(
        '{greeting},',
        '',
        'I hope all is well! I just wanted to send a quick reminder about an open invoice[[: {invoice}[[ (due {invoiceDueDate})]]]]. These things easily slip through – could you have a quick look?',
        '',
        'If the payment is already on its way, please disregard this message.',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'Open invoice – a friendly reminder',
      body: lines(
        '{greeting},',
        '',
        'Just a quick reminder in case it got lost: I haven’t received payment yet for[[ “{invoice}” || the last invoice]].[[ It was due on {invoiceDueDate}.]]',
        '',
        'Could you please check that everything arrived? If you need anything from me, just let me know.',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
  ]),
];

const PAYMENT_REMINDER_SECOND: DraftTemplate[] = [
  ...variants('payment-reminder-second', 'de', 'du', [
    {
      subject: '[[Zweite Erinnerung: {invoice} || Zweite Erinnerung: offene Rechnung]]',
      body: lines(
        '{greeting},',
        '',
        'ich komme noch einmal auf meine offene Rechnung zurück[[: {invoice}[[, fällig seit dem {invoiceDueDate}]]]]. Leider ist bis heute keine Zahlung bei mir eingegangen.[[ Vereinbart war: {paymentTerms}.]]',
        '',
        'Bitte überweise den offenen Betrag innerhalb der nächsten sieben Tage. Falls du ein Problem mit der Rechnung siehst, sag mir bitte direkt Bescheid, dann finden wir eine Lösung.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Erneute Erinnerung: Zahlung noch offen',
      body: lines(
        '{greeting},',
        '',
        'ich hatte dich bereits an[[ „{invoice}“ || die offene Rechnung]] erinnert, bisher ist aber noch keine Zahlung eingegangen.[[ Die Rechnung war am {invoiceDueDate} fällig.]][[ Unsere Vereinbarung dazu: {paymentTerms}.]]',
        '',
        'Ich bitte dich, den Betrag bis spätestens Ende nächster Woche zu überweisen. Wenn etwas nicht stimmt, melde dich bitte kurz, damit wir das klären können.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('payment-reminder-second', 'de', 'sie', [
    {
      subject: '[[Zweite Erinnerung: {invoice} || Zweite Erinnerung: offene Rechnung]]',
      body: lines(
        '{greeting},',
        '',
        'ich komme noch einmal auf meine offene Rechnung zurück[[: {invoice}[[, fällig seit dem {invoiceDueDate}]]]]. Leider ist bis heute keine Zahlung bei mir eingegangen.[[ Vereinbart war: {paymentTerms}.]]',
        '',
        'Bitte überweisen Sie den offenen Betrag innerhalb der nächsten sieben Tage. Falls Sie ein Problem mit der Rechnung sehen, sagen Sie mir bitte direkt Bescheid, dann finden wir eine Lösung.',
        '',
        'Mit freundlichen Grüßen',
        '{signature}',
      ),
    },
    {
      subject: 'Erneute Erinnerung: Zahlung noch offen',
      body: lines(
        '{greeting},',
        '',
        'ich hatte Sie bereits an[[ „{invoice}“ || die offene Rechnung]] erinnert, bisher ist aber noch keine Zahlung eingegangen.[[ Die Rechnung war am {invoiceDueDate} fällig.]][[ Unsere Vereinbarung dazu: {paymentTerms}.]]',
        '',
        'Ich bitte Sie, den Betrag bis spätestens Ende nächster Woche zu überweisen. Sollte etwas nicht stimmen, melden Sie sich bitte kurz, damit wir das klären können.',
        '',
        'Mit freundlichen Grüßen',
        '{signature}',
      ),
    },
  ]),
  ...variants('payment-reminder-second', 'en', undefined, [
    {
      subject: '[[Second reminder: {invoice} || Second reminder: open invoice]]',
      body: lines(
        '{greeting},',
        '',
        'I’m following up once more on my open invoice[[: {invoice}[[, due since {invoiceDueDate}]]]]. Unfortunately, I still haven’t received payment.[[ Our agreed terms: {paymentTerms}.]]',
        '',
        'Please transfer the outstanding amount within the next seven days. If you see a problem with the invoice, please tell me directly and we’ll find a solution.',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
    {
      subject: 'Further reminder: payment still outstanding',
      body: lines(
        '{greeting},',
        '',
        'I already reminded you about[[ “{invoice}” || the open invoice]], but no payment has arrived so far.[[ It was due on {invoiceDueDate}.]][[ Our agreement: {paymentTerms}.]]',
        '',
        'I’d ask you to transfer the amount by the end of next week at the latest. If anything is not right, please get in touch so we can sort it out.',
        '',
        '[[Regards,',
        '{signature} || Regards]]',
      ),
    },
  ]),
];

const RESCHEDULE: DraftTemplate[] = [
  ...variants('reschedule', 'de', 'du', [
    {
      subject: '[[Neuer Termin: {movedItem} || Terminänderung]]',
      body: lines(
        '{greeting},',
        '',
        'hier kurz die Änderung zum Festhalten: [[Der Termin für „{movedItem}“ || Unser Termin]] verschiebt sich[[ vom {previousDate}]][[ auf den {newDate}]].',
        '',
        '[[Zur Erinnerung – für Verschiebungen haben wir vereinbart: {reschedulingRule}.]]',
        '',
        'Passt das so für dich? Sonst sag einfach Bescheid.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Terminänderung',
      body: lines(
        '{greeting},',
        '',
        'nur damit wir beide auf dem gleichen Stand sind: [[„{movedItem}“ ist jetzt für den {newDate} eingeplant[[ (statt am {previousDate})]]. || Der Termin für „{movedItem}“ hat sich verschoben. || Unser Termin hat sich verschoben.]]',
        '',
        '[[Wie vereinbart gilt für Verschiebungen: {reschedulingRule}.]]',
        '',
        'Wenn für dich etwas dagegen spricht, gib mir gern Bescheid.',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('reschedule', 'de', 'sie', [
    {
      subject: '[[Neuer Termin: {movedItem} || Terminänderung]]',
      body: lines(
        '{greeting},',
        '',
        'hier kurz die Änderung zum Festhalten: [[Der Termin für „{movedItem}“ || Unser Termin]] verschiebt sich[[ vom {previousDate}]][[ auf den {newDate}]].',
        '',
        '[[Zur Erinnerung – für Verschiebungen haben wir vereinbart: {reschedulingRule}.]]',
        '',
        'Passt Ihnen das so? Sonst geben Sie mir einfach Bescheid.',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Terminänderung',
      body: lines(
        '{greeting},',
        '',
        'nur damit wir beide auf dem gleichen Stand sind: [[„{movedItem}“ ist jetzt für den {newDate} eingeplant[[ (statt am {previousDate})]]. || Der Termin für „{movedItem}“ hat sich verschoben. || Unser Termin hat sich verschoben.]]',
        '',
        '[[Wie vereinbart gilt für Verschiebungen: {reschedulingRule}.]]',
        '',
        'Wenn aus Ihrer Sicht etwas dagegen spricht, geben Sie mir gern Bescheid.',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('reschedule', 'en', undefined, [
    {
      subject: '[[New date: {movedItem} || Change of date]]',
      body: lines(
        '{greeting},',
        '',
        'A quick note to confirm the change: [[the date for “{movedItem}” || our appointment]] has moved[[ from {previousDate}]][[ to {newDate}]].',
        '',
        '[[As a reminder, this is what we agreed for rescheduling: {reschedulingRule}.]]',
        '',
        'Does that work for you? If not, just let me know.',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'Change of date',
      body: lines(
        '{greeting},',
        '',
        'Just so we’re both on the same page: [[“{movedItem}” is now planned for {newDate}[[ (instead of {previousDate})]]. || The date for “{movedItem}” has moved. || Our appointment has moved.]]',
        '',
        '[[As agreed, our rule for rescheduling: {reschedulingRule}.]]',
        '',
        'If anything speaks against it on your side, please let me know.',
        '',
        '[[Kind regards,',
        '{signature} || Kind regards]]',
      ),
    },
  ]),
];

/** The built-in templates, written in the same syntax users edit; 2–3 variants per kind, language and formality. */
export const BUILT_IN_TEMPLATES: readonly DraftTemplate[] = Object.freeze([
  ...THINKING_OF_YOU,
  ...CALL_SUMMARY,
  ...HANDOVER,
  ...THANK_YOU,
  ...PAYMENT_REMINDER_FIRST,
  ...PAYMENT_REMINDER_SECOND,
  ...RESCHEDULE,
  ...BIRTHDAY,
  ...WORK_ANNIVERSARY,
  ...PROJECT_THANK_YOU,
]);

/** The built-in with this id, for "reset to default". */
export function builtInTemplate(id: string): DraftTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

/**
 * The templates in effect: built-ins, each replaced by the user’s template with the same id, then the
 * user’s own (new ids) after them.
 */
export function mergeTemplates(userTemplates: readonly DraftTemplate[], builtIns: readonly DraftTemplate[] = BUILT_IN_TEMPLATES): DraftTemplate[] {
  const byId = new Map(userTemplates.map((template) => [template.id, template]));
  const merged = builtIns.map((template) => byId.get(template.id) ?? template);
  const builtInIds = new Set(builtIns.map((template) => template.id));
  return [...merged, ...userTemplates.filter((template) => !builtInIds.has(template.id))];
}
