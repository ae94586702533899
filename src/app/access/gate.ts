/**
 * The gate for people who have not registered: they get what the bot is for and how to register,
 * nothing else (registration itself is tried before the gate). Someone whose every role was revoked
 * is treated the same. The console's local administrator always passes.
 */
import { composeUnregistered } from '../../core/access/registration-replies.js';
import type { Feature } from '../turn.js';
import { isRegistered } from './roles.js';

/** Answers every message of an unregistered speaker with the registration hint. */
export const gate: Feature<unknown> = async (turn) => (isRegistered(turn.speaker) ? null : { text: composeUnregistered(turn.language) });
