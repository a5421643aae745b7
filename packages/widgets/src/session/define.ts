import { defineElement } from '../core/define.ts';
import { AutoSharesSession } from './as-session.ts';

defineElement('as-session', AutoSharesSession);
