import type { Focus, Network, NetworkBody, PartnerKind, Province, NetworkType, Visibility } from '@broedplaats/contracts';

/** What the inputs hold: selects may be empty and the year field gives '' when cleared. */
export type NetworkFormValues = {
  name: string;
  domain: string;
  community: string;
  practice: string;
  province: Province | null;
  region: string;
  type: NetworkType | null;
  status: 'active' | 'paused' | 'stopped' | null;
  startYear: number | string;
  focus: Focus[];
  themeIds: string[];
  partners: { name: string; kind: PartnerKind | null }[];
  visibility: Visibility;
};

export const emptyNetworkForm: NetworkFormValues = {
  name: '', domain: '', community: '', practice: '', province: null, region: '', type: null, status: 'active',
  startYear: '', focus: [], themeIds: [], partners: [], visibility: 'members',
};

export function formFromNetwork(network: Network): NetworkFormValues {
  return {
    name: network.name,
    domain: network.domain,
    community: network.community,
    practice: network.practice,
    province: network.province,
    region: network.region,
    type: network.type,
    // Imported records may say `unknown`; people then pick a real status or leave it untouched.
    status: network.status === 'unknown' ? null : network.status,
    startYear: network.startYear ?? '',
    focus: network.focus,
    themeIds: network.themeIds,
    partners: network.partners.map(({ name, kind }) => ({ name, kind })),
    visibility: network.visibility,
  };
}

/** The request body, keyed like the form, so contract errors land on the matching inputs. */
export function bodyFromForm(values: NetworkFormValues): NetworkBody {
  const year = typeof values.startYear === 'number' ? values.startYear : values.startYear.trim();
  return {
    name: values.name,
    domain: values.domain,
    community: values.community,
    practice: values.practice,
    province: values.province as Province,
    region: values.region,
    type: values.type as NetworkType,
    status: values.status ?? undefined,
    startYear: year === '' ? null : Number(year),
    focus: values.focus,
    themeIds: values.themeIds,
    partners: values.partners.map((p) => ({ name: p.name, kind: p.kind as PartnerKind })),
    visibility: values.visibility,
  };
}
