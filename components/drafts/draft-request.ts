import { createContext } from 'react';

/** When the user last asked for a new note for the person shown ("New note" command); the draft panel opens for it. */
export const DraftRequestContext = createContext<number | undefined>(undefined);
