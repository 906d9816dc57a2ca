import type { Messages } from './types';

/** English for fr-privacy.ts: typed by the French source. */
export const enPrivacy: Pick<Messages, 'privacy' | 'myData' | 'deleteAccount'> = {
  privacy: {
    title: 'Privacy and your data',
    intro:
      'Concertation brings together people who work against the sexual exploitation of minors. Here, in plain words, is what the platform keeps about you, why, for how long, who sees it, and how to get your data or erase your account, as Quebec’s Law 25 provides.',
    stored: {
      title: 'What the platform keeps',
      account:
        'Your account: your display name, your e-mail address, your language, your time zone, the organization confirmed or requested, and your password, kept only in an encrypted form nobody can read back.',
      participation:
        'Your participation: your seats at round tables, your answers to invitations, your attendance, your substitutions, your ballots and your requests to speak.',
      work: 'Your work: the minutes, decisions, action items and their updates that you write, and the files you attach.',
      notices: 'Your notices: your notifications, how you want to hear of them and the hour of your daily digest.',
      sessions: 'Your sessions: when each sign-in began, when it ends, and whether it was closed.',
      audit: 'The audit log: who did what and when, without the content of the texts.',
    },
    why: {
      title: 'Why',
      tables: 'So that round tables work: calling meetings, counting the quorum and the votes, moving action items forward.',
      notices: 'To tell you about what concerns you, in the application or by e-mail, as you choose.',
      security: 'To protect accounts and trace changes: limits on sign-in attempts and the audit log.',
      nothingElse: 'Your data serves the work of the tables and nothing else: it is neither sold nor passed on to anyone outside.',
    },
    retention: {
      title: 'For how long',
      notifications: 'Notifications are deleted after 365 days (a period the team that runs the platform can change).',
      sessions: 'Expired sessions are deleted after 30 days.',
      emails: 'E-mails sent or given up leave the sending queue after 30 days.',
      uploads: 'A file uploaded but never attached to an agenda item is deleted after one hour.',
      records: 'Minutes, decisions, votes and action items are the records of the tables: they are kept with them.',
      account: 'Your account exists until you delete it.',
    },
    who: {
      title: 'Who sees what',
      name: 'Your name: the people who sit at the same tables as you and the platform’s coordinators, where you act.',
      email: 'Your e-mail address: you, the coordinators and the people who sit at a table with you.',
      inCamera: 'In-camera items, their notes and their decisions: only the chair, the secretary and the members of the table.',
      ballot: 'Your choice in a secret vote: you, and nobody else.',
      audit: 'The audit log: the chair and the secretary for their table, the coordinators for the whole platform.',
    },
    rights: {
      title: 'Getting your data, erasing your account',
      export: 'From your profile, download at any time a file of everything the platform keeps about you.',
      erase:
        'From your profile, you can also delete your account. Your name, your e-mail address, your password, your sessions, your preferences, your notifications and your seats are erased, and your name and address are removed from the texts where they appeared. What you brought to the tables stays, under the name "Former participant".',
      onlyChair: 'If you are the only chair of a table, another chair must be named there first.',
      questions: 'A question about your personal information? Write to the platform’s coordinators.',
      profileLink: 'Go to my profile',
      signInLink: 'Sign in to download my data or delete my account',
    },
  },
  myData: {
    title: 'My data',
    intro:
      'Download a file of everything the platform keeps about you: profile, participation, ballots, action items, notifications, preferences, sessions and the log of what you did. It is in JSON format, which programs and spreadsheets can read.',
    download: 'Download my data',
    preparing: 'Preparing the file…',
    receiving: 'Downloading: {size} received.',
    done: 'Your data is downloaded ({size}).',
    interrupted: 'The download stopped before the end. Try again.',
    privacyLink: 'What the platform keeps, and why',
  },
  deleteAccount: {
    title: 'Delete my account',
    intro: 'Deletion is immediate and final: nothing can be recovered.',
    goesTitle: 'What is erased',
    goes: 'Your name, your e-mail address, your password, your sessions (you will be signed out of every device), your preferences, your notifications, your seats at tables and your answers to invitations. The action items assigned to you go back to your organization.',
    staysTitle: 'What stays',
    stays:
      'What you brought to the tables — minutes, decisions, ballots, action item updates, the audit log — stays, under the name "Former participant". Your name and address are removed from the texts where they appeared.',
    again: 'Your e-mail address can be used to create a new account.',
    chairs: 'You chair: {tables}. If you are the only chair of one of them, another chair must be named there before the deletion.',
    password: 'Your password, to confirm',
    confirmLegend: 'Confirm the deletion',
    confirm: 'I understand that my account will be deleted for good.',
    confirmRequired: 'Tick this box to confirm the deletion.',
    submit: 'Delete my account for good',
    wrongPassword: 'The password is wrong.',
    onlyChair:
      'Your account was not deleted: you are the only chair of at least one table. Ask the table or the coordinators to name another chair there, then come back here.',
    done: 'Your account is deleted. Your personal information is erased; what you brought to the tables stays, under the name "Former participant".',
  },
};
