/**
 * People, their chat identities and roles, and single-use invite codes. The memory and Prisma stores
 * implement it and pass the same contract suite.
 */
import type { Channel, Language, Role } from '../core/types.js';

/** Who is speaking: a user id on one channel. */
export interface Identity {
  readonly channel: Channel;
  readonly userId: string;
}

/** An active role of a person for a unit. */
export interface Assignment {
  readonly id: number;
  readonly personId: number;
  readonly unitId: number;
  readonly role: Role;
  /** ISO timestamp. */
  readonly createdAt: string;
}

/** A registered person with their active (not revoked) assignments. */
export interface Person {
  readonly id: number;
  readonly displayName: string;
  readonly language: Language | null;
  readonly assignments: readonly Assignment[];
}

/** A stored invite: never its code, which is shown once when the invite is made (see app/access/invite-code.ts). */
export interface Invite {
  readonly id: number;
  /** SHA-256 (hex) of the normalised code. */
  readonly codeHash: string;
  /** The code's last two characters, for listings. */
  readonly codeHint: string;
  readonly unitId: number;
  readonly role: Role;
  readonly createdById: number | null;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly usedById: number | null;
  readonly revokedAt: string | null;
}

/** The plain code: the store keeps its hash and hint only. */
export interface NewInvite {
  readonly code: string;
  readonly unitId: number;
  readonly role: Role;
  readonly createdById: number | null;
  readonly expiresAt: string;
}

/** Why an invite code could not be used. */
export type RedeemFailure = 'unknown' | 'used' | 'expired' | 'revoked';

/** An assignment with who holds it, for listings and completeness answers. */
export interface AssignmentListing extends Assignment {
  readonly displayName: string;
  readonly identities: readonly Identity[];
}

export interface PeopleStore {
  /** The person bound to this identity, with active assignments, or null when unregistered. */
  findPerson(identity: Identity): Promise<Person | null>;
  /** Stores the person's reply language; null means "follow the message". Rejects for an unknown person. */
  setLanguage(personId: number, language: Language | null): Promise<void>;
  /** Stores the code's hash and hint (never the code); rejects a code whose hash is already stored. */
  createInvite(input: NewInvite): Promise<Invite>;
  /**
   * Atomically uses the invite whose hash is that of `code` (as typed) at `now`: refuses an unknown, used, revoked or expired code; otherwise
   * binds the identity to a person (the identity's existing person, or a new one named `displayName`),
   * grants the invite's role for its unit (granting again clears an earlier revocation) and marks the
   * invite used. A code can be used once only, even by two requests at the same time.
   */
  redeemInvite(
    code: string,
    identity: Identity & { readonly displayName: string },
    now: Date,
  ): Promise<{ readonly ok: true; readonly person: Person; readonly invite: Invite } | { readonly ok: false; readonly reason: RedeemFailure }>;
  /** Invites, newest first; only usable ones (unused, unrevoked, unexpired at `now`) unless `all`. */
  listInvites(filter: { readonly unitIds?: readonly number[]; readonly all?: boolean; readonly now: Date }): Promise<Invite[]>;
  /** Revokes an unused invite by its id; false when there is no such usable invite. */
  revokeInvite(id: number, now: Date): Promise<boolean>;
  /** Active assignments, optionally of some units only. */
  listAssignments(filter: { readonly unitIds?: readonly number[] }): Promise<AssignmentListing[]>;
  /** Revokes an active assignment; false when there is none with that id. */
  revokeAssignment(id: number, now: Date): Promise<boolean>;
}
