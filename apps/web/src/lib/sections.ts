import { createContext, useContext, type ComponentType, type LazyExoticComponent } from 'react';
import type { ParseKeys } from 'i18next';
import type { Network } from '@broedplaats/contracts';
import { lazyComponent } from './lazy-component';
import type { namespaces } from './use-t';

/**
 * Extension points: pages that capabilities add parts to. A capability declares its part in its own
 * folder and the app lists it once (app/sections.ts); the page renders the list and needs no edit.
 */

/** A translation key in full (`members:title`), checked against the locales. */
type TextKey = ParseKeys<typeof namespaces>;

type Section<Props extends object> = {
  /** Unique on its page; also the anchor a future tab bar or in-page menu links to. */
  id: string;
  /** What a tab or menu calls this part. */
  label: TextKey;
  /** Downloaded when first shown, so people who never see a part never download its code. */
  component: LazyExoticComponent<ComponentType<Props>>;
};

/** What every part of a network page gets. */
export type NetworkSectionProps = { network: Network; canManage: boolean };

/**
 * everyone: whoever may open the page (a public profile shows to non-members too); member: members of
 * the network (content: never a platform admin on duty); people: members, and whoever manages the
 * network without being in it (a facilitator-on-duty looks after its people); facilitator: whoever may
 * manage it (its facilitators, and a platform admin on duty).
 */
export type SectionAudience = 'everyone' | 'member' | 'people' | 'facilitator';

/**
 * The tab a part shows under (`/networks/:id/<tab id>`): parts with the same tab share it, and tabs
 * come in the order of their first part. A capability brings its own tab, or adds to a shared one.
 */
export type NetworkTab = { id: string; label: TextKey };
/** The first tab: what the network is and what happens in it. */
export const overviewTab: NetworkTab = { id: 'overzicht', label: 'networks:tabs.overview' };

type NetworkSection = Section<NetworkSectionProps> & {
  audience: SectionAudience;
  tab: NetworkTab;
  /** Starts the download of the part's code (the page calls it for its tab while the network still loads). */
  preload: () => void;
};
/** A part of the start page ("my networks"), below one's own networks; everyone signed in sees it. */
type HomeSection = Section<object>;

/** A part of a knowledge question's page (e.g. the meetings that discussed it); members only. */
export type QuestionSectionProps = { networkId: string; questionId: string };
type QuestionSection = Section<QuestionSectionProps>;

/** What a capability writes: its component comes as a download, `() => import('./X').then((m) => m.X)`. */
type Declared<S, Props extends object> = Omit<S, 'component'> & { load: () => Promise<ComponentType<Props>> };

export const networkSection = ({ load, ...section }: Omit<Declared<NetworkSection, NetworkSectionProps>, 'preload'>): NetworkSection => ({
  ...section,
  component: lazyComponent(load, (component) => component),
  // The module system keeps what was downloaded: when the part renders, its code is there (or on its way).
  preload: () => void load().catch(() => undefined),
});
export const homeSection = ({ load, ...section }: Declared<HomeSection, object>): HomeSection => ({
  ...section,
  component: lazyComponent(load, (component) => component),
});

export const questionSection = ({ load, ...section }: Declared<QuestionSection, QuestionSectionProps>): QuestionSection => ({
  ...section,
  component: lazyComponent(load, (component) => component),
});

export function seesSection(audience: SectionAudience, viewer: { isMember: boolean; canManage: boolean }): boolean {
  switch (audience) {
    case 'everyone':
      return true;
    case 'member':
      return viewer.isMember;
    case 'people':
      return viewer.isMember || viewer.canManage;
    case 'facilitator':
      return viewer.canManage;
  }
}

export type SectionRegistry = { network: readonly NetworkSection[]; home: readonly HomeSection[]; question: readonly QuestionSection[] };

const SectionsContext = createContext<SectionRegistry>({ network: [], home: [], question: [] });
export const SectionsProvider = SectionsContext.Provider;
export const useSections = () => useContext(SectionsContext);
