import type { SectionRegistry } from '../lib/sections';
import { activitySection } from '../features/activity/sections';
import { agendaSection, myQuestionsSection } from '../features/agenda/sections';
import { myCyclesSection, quickLogSection, cyclesSection } from '../features/cycles/sections';
import { practiceSection } from '../features/documents/sections';
import { discussedInSection, meetingsSection, myMeetingsSection } from '../features/meetings/sections';
import { intervisionSection, myIntervisionsSection } from '../features/intervision/sections';
import { invitationsSection } from '../features/invitations/sections';
import { membersSection } from '../features/members/sections';
import { checklistSection, profileSection, settingsSection, welcomeSection } from '../features/networks/sections';
import { onlineNowSection } from '../features/presence/sections';
import { reflectHomeSection, reflectionSection } from '../features/reflection/sections';

/** The parts of each extensible page, in the order they show. A capability adds its part here, once. */
export const sections: SectionRegistry = {
  network: [welcomeSection, checklistSection, profileSection, onlineNowSection, activitySection, agendaSection, meetingsSection, cyclesSection, intervisionSection, reflectionSection, practiceSection, membersSection, invitationsSection, settingsSection],
  // The parts of "Voor mij" (features/for-me), below the notifications and network news.
  home: [quickLogSection, myMeetingsSection, myQuestionsSection, myCyclesSection, myIntervisionsSection, reflectHomeSection],
  // Parts of a knowledge question's page.
  question: [discussedInSection],
};
