import type { DraftTemplate } from './templates';
import { lines, variants } from './template-helpers';

// Drafts for important dates: a birthday, N years of working together, a thank-you card after a
// project. Same conventions as templates.ts (tests hold them to it).

export const BIRTHDAY: DraftTemplate[] = [
  ...variants('birthday', 'de', 'du', [
    {
      subject: 'Alles Gute zum Geburtstag!',
      body: lines(
        '{greeting},',
        '',
        'alles Liebe zum Geburtstag! Ich wünsche dir einen wunderbaren Tag und ein gesundes, glückliches neues Lebensjahr.[[ Und natürlich weiterhin viel Erfolg bei {company}.]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Herzlichen Glückwunsch!',
      body: lines(
        '{greeting},',
        '',
        'herzlichen Glückwunsch zum Geburtstag! Ich hoffe, du kannst den Tag genießen und feierst schön.[[ Danke auch für die gute Zusammenarbeit seit {relationshipSince}.]]',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('birthday', 'de', 'sie', [
    {
      subject: 'Alles Gute zum Geburtstag',
      body: lines(
        '{greeting},',
        '',
        'zu Ihrem Geburtstag gratuliere ich Ihnen herzlich! Ich wünsche Ihnen einen schönen Tag und für das neue Lebensjahr alles Gute, vor allem Gesundheit.[[ Und weiterhin viel Erfolg bei {company}.]]',
        '',
        'Herzliche Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Herzlichen Glückwunsch zum Geburtstag',
      body: lines(
        '{greeting},',
        '',
        'herzlichen Glückwunsch zum Geburtstag! Ich hoffe, Sie können den Tag genießen.[[ Vielen Dank auch für die angenehme Zusammenarbeit seit {relationshipSince}.]]',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('birthday', 'en', undefined, [
    {
      subject: 'Happy birthday!',
      body: lines(
        '{greeting},',
        '',
        'Happy birthday! I hope you have a wonderful day and a great year ahead.[[ All the best at {company}, too.]]',
        '',
        '[[Best wishes,',
        '{signature} || Best wishes]]',
      ),
    },
    {
      subject: 'Many happy returns',
      body: lines(
        '{greeting},',
        '',
        'Many happy returns of the day! I hope you get to celebrate properly.[[ And thank you for working together since {relationshipSince}.]]',
        '',
        '[[All the best,',
        '{signature} || All the best]]',
      ),
    },
  ]),
];

export const WORK_ANNIVERSARY: DraftTemplate[] = [
  ...variants('work-anniversary', 'de', 'du', [
    {
      subject: '[[{yearsTogether} Zusammenarbeit – danke! || Danke für die Zusammenarbeit]]',
      body: lines(
        '{greeting},',
        '',
        'ich wollte dir einfach einmal Danke sagen.[[ Wir arbeiten jetzt schon {yearsTogether} zusammen, und ich schätze das sehr.]] Danke für dein Vertrauen und die vielen guten Gespräche.[[ Auf die nächsten Projekte mit {company}!]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Ein kleines Jubiläum',
      body: lines(
        '{greeting},',
        '',
        'heute ist ein kleines Jubiläum[[ – {yearsTogether} Zusammenarbeit]]! Ich freue mich jedes Mal, wenn wir gemeinsam etwas auf die Beine stellen, und sage dir einfach mal Danke.',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('work-anniversary', 'de', 'sie', [
    {
      subject: '[[{yearsTogether} Zusammenarbeit – vielen Dank || Vielen Dank für die Zusammenarbeit]]',
      body: lines(
        '{greeting},',
        '',
        'ich möchte mich heute einmal ausdrücklich bei Ihnen bedanken.[[ Wir arbeiten nun schon {yearsTogether} zusammen, und ich schätze das sehr.]] Vielen Dank für Ihr Vertrauen und die angenehme Zusammenarbeit.[[ Ich freue mich auf die nächsten Projekte mit {company}.]]',
        '',
        'Herzliche Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Ein kleines Jubiläum',
      body: lines(
        '{greeting},',
        '',
        'heute ist ein kleines Jubiläum[[ – {yearsTogether} Zusammenarbeit]]! Ich freue mich jedes Mal, wenn wir gemeinsam etwas umsetzen, und möchte Ihnen einfach einmal Danke sagen.',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('work-anniversary', 'en', undefined, [
    {
      subject: '[[Celebrating {yearsTogether} of working together || Thank you for working together]]',
      body: lines(
        '{greeting},',
        '',
        'I just wanted to say thank you.[[ We have been working together for {yearsTogether} now, and I really value it.]] Thank you for your trust and all the good conversations.[[ Here’s to the next projects with {company}!]]',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'A small anniversary',
      body: lines(
        '{greeting},',
        '',
        'Today marks a small anniversary[[ – {yearsTogether} of working together]]! I enjoy every project we take on together, and I simply wanted to say thank you.',
        '',
        '[[All the best,',
        '{signature} || All the best]]',
      ),
    },
  ]),
];

export const PROJECT_THANK_YOU: DraftTemplate[] = [
  ...variants('project-thank-you', 'de', 'du', [
    {
      subject: '[[Danke für „{projectName}“ || Danke für das gemeinsame Projekt]]',
      body: lines(
        '{greeting},',
        '',
        'das Projekt[[ „{projectName}“]] ist abgeschlossen – und ich möchte mich bei dir herzlich bedanken. Es hat mir große Freude gemacht, mit dir daran zu arbeiten.[[ Ich hoffe, das Ergebnis bewährt sich bei {company}.]]',
        '',
        'Viele Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Eine kleine Dankeskarte',
      body: lines(
        '{greeting},',
        '',
        'ein kleines Dankeschön zum Abschluss[[ von „{projectName}“]]: Danke für die tolle Zusammenarbeit, dein Vertrauen und die vielen guten Ideen. Ich freue mich schon auf das nächste Mal!',
        '',
        'Liebe Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('project-thank-you', 'de', 'sie', [
    {
      subject: '[[Vielen Dank für „{projectName}“ || Vielen Dank für das gemeinsame Projekt]]',
      body: lines(
        '{greeting},',
        '',
        'das Projekt[[ „{projectName}“]] ist abgeschlossen – und ich möchte mich bei Ihnen herzlich bedanken. Es hat mir große Freude gemacht, mit Ihnen daran zu arbeiten.[[ Ich hoffe, das Ergebnis bewährt sich bei {company}.]]',
        '',
        'Herzliche Grüße',
        '{signature}',
      ),
    },
    {
      subject: 'Eine kleine Dankeskarte',
      body: lines(
        '{greeting},',
        '',
        'ein kleines Dankeschön zum Abschluss[[ von „{projectName}“]]: Vielen Dank für die sehr gute Zusammenarbeit, Ihr Vertrauen und die vielen guten Ideen. Ich freue mich schon auf das nächste gemeinsame Projekt!',
        '',
        'Beste Grüße',
        '{signature}',
      ),
    },
  ]),
  ...variants('project-thank-you', 'en', undefined, [
    {
      subject: '[[Thank you for “{projectName}” || Thank you for our project]]',
      body: lines(
        '{greeting},',
        '',
        'The project[[ “{projectName}”]] is complete, and I wanted to say a heartfelt thank you. It was a real pleasure working on it with you.[[ I hope the result serves {company} well.]]',
        '',
        '[[Best regards,',
        '{signature} || Best regards]]',
      ),
    },
    {
      subject: 'A little thank-you card',
      body: lines(
        '{greeting},',
        '',
        'A small thank-you now that our project[[ “{projectName}”]] is complete: thank you for the great collaboration, your trust and all the good ideas. I’m already looking forward to next time!',
        '',
        '[[Warm regards,',
        '{signature} || Warm regards]]',
      ),
    },
  ]),
];
