'use client';
// Unsaved work survives a reload, a closed tab, a crash or a link followed by mistake: a second after
// each change the draft is kept in this browser (localStorage, one per case), offered back when the
// editor opens again, and forgotten once saved. Leaving with unsaved changes asks first.
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '@/lib/case-document/draft';

export type StoredDraft = { savedAt: string; baseVersion: number | null; doc: Draft };

const KEEP_AFTER_MS = 1000;
export const LEAVE_QUESTION = 'Leave without saving? Your changes stay in this browser and are offered back when you open this editor again.';

/** One draft per case; a new case not yet saved has one of its own. */
const storageKey = (caseId: string | null) => `covenant.draft.${caseId ?? 'new'}`;

function readStored(key: string): StoredDraft | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? 'null') as StoredDraft | null;
    return stored && typeof stored.savedAt === 'string' && stored.doc && typeof stored.doc === 'object' ? stored : null;
  } catch {
    return null; // unreadable: as if there were none
  }
}

type Options = {
  /** The case's id when editing; null for a new case. */
  caseId: string | null;
  initial: Draft;
  doc: Draft;
  baseVersion: number | null;
};

export function useUnsavedDraft({ caseId, initial, doc, baseVersion }: Options) {
  const key = storageKey(caseId);
  const [offer, setOffer] = useState<StoredDraft | null>(null);
  const [keepFailed, setKeepFailed] = useState(false);
  // Set once the case is saved: the editor is then left on purpose, and nothing is unsaved.
  const saved = useRef(false);
  const dirty = doc !== initial;

  // A draft left by an earlier visit, unless it is what the page shows anyway. Only the browser can
  // read it, so it is offered after hydration (read during render, the server's HTML would differ).
  useEffect(() => {
    const stored = readStored(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one read of browser storage at open
    if (stored && JSON.stringify(stored.doc) !== JSON.stringify(initial)) setOffer(stored);
  }, [key, initial]);

  // While an earlier draft waits for an answer it is not overwritten.
  useEffect(() => {
    if (!dirty || offer || saved.current) return;
    const timer = setTimeout(() => {
      if (saved.current) return; // saved while waiting: what would be kept is what was saved
      try {
        const stored: StoredDraft = { savedAt: new Date().toISOString(), baseVersion, doc };
        window.localStorage.setItem(key, JSON.stringify(stored));
        setKeepFailed(false);
      } catch {
        setKeepFailed(true); // storage full or refused: say so, the form itself is unaffected
      }
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, doc, baseVersion, dirty, offer]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saved.current) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers ask only when this is set
    };
    // Links inside the app navigate without unloading the page: ask before following one.
    const onClick = (event: MouseEvent) => {
      if (saved.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin === window.location.origin && url.pathname === window.location.pathname && url.hash) return; // a field link
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  return {
    offer,
    keepFailed,
    /** The offered draft was taken into the form or refused: either way the question is answered. */
    answered: (restored: boolean) => {
      if (!restored) window.localStorage.removeItem(key);
      setOffer(null);
    },
    /** The case was saved: the draft is forgotten and leaving no longer asks. */
    markSaved: () => {
      saved.current = true;
      window.localStorage.removeItem(key);
    },
  };
}
