/** Where one fact came from, most trustworthy first. */
export type FactSource = 'structured-data' | 'top-card' | 'title' | 'headline';

/** Which reader produced the name, i.e. which era of the page was recognised. */
export type ReadingStrategy =
  | 'json-ld'
  | 'bpr-code'
  | 'topcard-contact-info'
  | 'topcard-2026-03-sdui'
  | 'topcard-2026-02'
  | 'topcard-2021-logged-in'
  | 'topcard-2025-12'
  | 'topcard-2022-guest'
  | 'topcard-2016-guest'
  | 'topcard-2014-public'
  | 'meta-tags'
  | 'title';

export interface ProfileFacts {
  name: string;
  headline?: string;
  company?: string;
  role?: string;
  location?: string;
}

export type FactField = keyof ProfileFacts;

/** What one strategy read; every fact in it comes from `source`. */
export interface StrategyReading {
  strategy: ReadingStrategy;
  source: FactSource;
  facts: ProfileFacts;
}

export type NotAProfileReason = 'not-found' | 'authwall' | 'company' | 'other-page';

export type UnreadableReason =
  /** Nothing on the page named the person. */
  | 'nothing-matched'
  /** The top card still shows another profile, typically just after an in-app navigation. */
  | 'stale-top-card'
  /** The only top card found disagrees with `<title>`; one of them is stale. */
  | 'top-card-disagrees-with-title'
  /** A reader threw; the page is in a shape nobody expected. */
  | 'exception'
  /** The page's copy got no reading from the background (it did not answer). */
  | 'no-answer';

export type ProfileReading =
  | ({
      kind: 'profile';
      slug: string;
      profileUrl: string;
      sources: { [Field in FactField]?: FactSource } & { name: FactSource };
      strategy: ReadingStrategy;
    } & ProfileFacts)
  | { kind: 'not-a-profile'; reason: NotAProfileReason }
  | { kind: 'unreadable'; slug: string; reason: UnreadableReason };
