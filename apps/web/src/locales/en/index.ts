import common from './common.json';
import errors from './errors.json';
import auth from './auth.json';
import networks from './networks.json';
import members from './members.json';
import invitations from './invitations.json';
import profile from './profile.json';
import presence from './presence.json';
import mail from './mail.json';
import admin from './admin.json';
import welcome from './welcome.json';
import activity from './activity.json';
import agenda from './agenda.json';
import meetings from './meetings.json';
import notifications from './notifications.json';
import forMe from './forMe.json';
import documents from './documents.json';
// Only the cycles' names for tabs and menus: the rest comes with the cycles' pages (features/cycles/texts.ts).
import cycles from './cycles-nav.json';
// Likewise for intervision and reflection (features/intervision/texts.ts, features/reflection/texts.ts).
import intervision from './intervision-nav.json';
import reflection from './reflection-nav.json';

/** Every namespace in English: downloaded only when someone chooses English (lib/i18n.ts). */
export const en = { common, errors, auth, networks, members, invitations, profile, presence, mail, admin, welcome, activity, agenda, meetings, notifications, forMe, documents, cycles, intervision, reflection } as const;
