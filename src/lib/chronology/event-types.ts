import type { EventType } from '../schemas/event';

/** French labels of the event types, as readers see them. */
export const eventTypeLabels: Record<EventType, string> = {
  offensive: 'Offensive',
  capture: 'Prise de contrôle',
  withdrawal: 'Retrait ou redéploiement',
  'counter-offensive': 'Contre-offensive',
  airstrike: 'Frappe aérienne ou de drone',
  diplomacy: 'Diplomatie',
  statement: 'Déclaration',
  border: 'Frontières et évacuations',
  displacement: 'Déplacement de population',
  background: 'Contexte',
};

/**
 * The ACLED event type and sub-event type closest to each Chronique type (ACLED codebook 2023).
 * Empty where no ACLED category fits: ACLED records violence and strategic developments only.
 */
export const acledTypes: Record<EventType, { eventType: string; subEventType: string }> = {
  offensive: { eventType: 'Battles', subEventType: 'Armed clash' },
  capture: { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' },
  withdrawal: { eventType: 'Strategic developments', subEventType: 'Non-violent transfer of territory' },
  'counter-offensive': { eventType: 'Battles', subEventType: 'Government regains territory' },
  airstrike: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  diplomacy: { eventType: 'Strategic developments', subEventType: 'Agreement' },
  statement: { eventType: 'Strategic developments', subEventType: 'Other' },
  border: { eventType: 'Strategic developments', subEventType: 'Other' },
  displacement: { eventType: 'Strategic developments', subEventType: 'Other' },
  background: { eventType: '', subEventType: '' },
};

export const stanceLabels = {
  reports: 'rapporte',
  claims: 'affirme',
  denies: 'dément',
  confirms: 'confirme',
} as const;
