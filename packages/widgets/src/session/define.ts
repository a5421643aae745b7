import { defineElement } from '../shared/define.ts';
import { AutoSharesSession } from './as-session.ts';

defineElement('as-session', AutoSharesSession);
