// English (source locale) copy for every built-in code, in three tones. Written to the tone
// guide: calm, plain, specific, no status numbers, no blame, sentence-case titles without a final
// period, a concrete next step, and the same help wording on every code (WCAG 2.2 SC 3.2.6).
// Neutral has no "please" and no negative contractions; formal has no contractions or questions;
// "Sorry" appears only where the cause is ours (system) and severity is medium or higher.
import type { MessageSet, Tone } from '../../types.js';
import type { BuiltinCode } from '../entries.js';
import { withAnswers } from './answers.js';

const help = {
  friendly: 'Need help? <link>Contact support</link>.',
  neutral: '<link>Contact support</link> if you need help.',
  formal: 'You may <link>contact support</link> if you need help.',
} as const;

const statusStep = '<link>Check the service status</link> for updates.';

const saved = {
  friendly: { yes: "We've saved your answers.", no: "We couldn't save your answers." },
  neutral: { yes: 'Your answers have been saved.', no: 'Your answers have not been saved.' },
  formal: { yes: 'Your answers have been saved.', no: 'Your answers have not been saved.' },
} as const;

export const en: Record<BuiltinCode, Record<Tone, MessageSet>> = {
  BAD_REQUEST: {
    friendly: {
      title: "We couldn't read that",
      description: 'The link or form you used sent details we could not make sense of. Broken or old links often cause this.',
      nextSteps: ['<link>Go back</link> and try again.', 'If you used a bookmark, start again from the home page.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'We could not read that',
      description: 'The link or form you used sent details we could not make sense of. Broken or old links often cause this.',
      nextSteps: ['<link>Go back</link> and try again.', 'If you used a bookmark, start again from the home page.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'This page could not be opened',
      description: 'The link or form you used sent details that we could not interpret. Broken or outdated links often cause this.',
      nextSteps: ['<link>Return to the previous page</link> and try again.', 'If you used a bookmark, start again from the home page.'],
      alternative: help.formal,
    },
  },
  VALIDATION_FAILED: {
    friendly: {
      title: 'Some details need checking',
      description: "Some of the information sent isn't in a format we can use. Nothing has been saved yet.",
      nextSteps: ['<link>Go back</link> to the form and check your answers.', 'Change any marked answers, then send the form again.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Check your answers',
      description: 'Some of the information sent is not in a format we can use. Nothing has been saved yet.',
      nextSteps: ['<link>Go back</link> to the form and check your answers.', 'Change any marked answers, then send the form again.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Some information needs to be changed',
      description: 'The information provided is not in a format we can accept. Nothing has been saved.',
      nextSteps: ['<link>Return to the form</link> and review your answers.', 'Correct any marked answers and submit the form again.'],
      alternative: help.formal,
    },
  },
  UNAUTHENTICATED: {
    friendly: {
      title: 'Sign in to see this page',
      description: "This page is only for people who are signed in. It'll open once you are.",
      nextSteps: ['<link>Sign in</link>, then open this page again.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'You need to sign in',
      description: 'This page is only available when you are signed in.',
      nextSteps: ['<link>Sign in</link>, then open this page again.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Sign in to view this page',
      description: 'This page is available only to people who are signed in.',
      nextSteps: ['<link>Sign in</link> and then open this page again.'],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRED: {
    friendly: {
      title: "You've been signed out",
      description: withAnswers('We signed you out to keep your account safe.', {
        yes: "We've saved your answers.",
        no: "We couldn't save answers you were still working on.",
      }),
      nextSteps: ['<link>Sign in again</link> to carry on.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'You have been signed out',
      description: withAnswers('We signed you out to keep your account safe.', {
        yes: 'Your answers have been saved.',
        no: 'Answers you had not sent yet have not been saved.',
      }),
      nextSteps: ['<link>Sign in again</link> to continue.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'You have been signed out',
      description: withAnswers('For your security, we signed you out, most likely after a period without activity.', {
        yes: 'Your answers have been saved.',
        no: 'Answers that had not been submitted have not been saved.',
      }),
      nextSteps: ['<link>Sign in again</link> to continue.'],
      alternative: help.formal,
    },
  },
  FORBIDDEN: {
    friendly: {
      title: "You can't open this page",
      description: "Your account doesn't have access to it. The person who manages your account can change that.",
      nextSteps: ['Ask the person who manages your account to give you access.', '<link>Go to the home page</link> to find what you can use.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'You do not have access',
      description: 'Your account cannot open this page. The person who manages your account can change this.',
      nextSteps: ['Ask the person who manages your account for access.', '<link>Go to the home page</link> to see what you can use.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Access to this page is restricted',
      description: 'Your account cannot open this page. The person who manages your account can grant access.',
      nextSteps: ['Ask the person who manages your account to grant you access.', '<link>Return to the home page</link> to continue.'],
      alternative: help.formal,
    },
  },
  NOT_FOUND: {
    friendly: {
      title: "We can't find that page",
      description: 'It may have moved, or the link may be out of date.',
      nextSteps: [
        "If you typed the address, check it's correct.",
        'If you pasted the address, check you copied the whole address.',
        '<link>Go to the home page</link> to find what you need.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Page not found',
      description: 'The page may have moved or been removed.',
      nextSteps: [
        'If you typed the address, check it is correct.',
        'If you pasted the address, check you copied the whole address.',
        '<link>Go to the home page</link> to find what you need.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'We cannot find this page',
      description: 'The page may have been moved or removed.',
      nextSteps: [
        'If you typed the address, check that it is correct.',
        'If you pasted the address, check that you copied the whole address.',
        '<link>Return to the home page</link> to find the information you need.',
      ],
      alternative: help.formal,
    },
  },
  METHOD_NOT_ALLOWED: {
    friendly: {
      title: "That action isn't available here",
      description: "This page doesn't accept that kind of action. An old form or bookmark can cause this.",
      nextSteps: ['<link>Go to the home page</link> and start again from there.', 'If you used a bookmark, update it when you find the right page.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'This action is not available here',
      description: 'This page does not accept that kind of action. An old form or bookmark can cause this.',
      nextSteps: ['<link>Go to the home page</link> and start again from there.', 'If you used a bookmark, update it when you find the right page.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'This action is not available',
      description: 'This page does not accept that type of action. An outdated form or bookmark may cause this.',
      nextSteps: ['<link>Return to the home page</link> and start again from there.', 'If you used a bookmark, update it once you find the correct page.'],
      alternative: help.formal,
    },
  },
  REQUEST_TIMEOUT: {
    friendly: {
      title: 'That took too long',
      description: "The details took too long to arrive, so we've stopped waiting. A slow or unstable connection can cause this.",
      nextSteps: ['Check your internet connection.', '<link>Try again</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'The connection was too slow',
      description: 'We stopped waiting because the details took too long to arrive. A slow or unstable internet connection can cause this.',
      nextSteps: ['Check your internet connection.', '<link>Try again</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'The connection took too long',
      description: 'We stopped waiting because the information took too long to arrive. A slow or unstable internet connection may cause this.',
      nextSteps: ['Check your internet connection.', '<link>Try again</link>.'],
      alternative: help.formal,
    },
  },
  CONFLICT: {
    friendly: {
      title: 'Someone else changed this first',
      description: "It was updated while you were working on it, so we haven't saved your changes.",
      nextSteps: ['<link>Go back</link> and refresh the page to see the latest version.', 'Make your changes again, then save them.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'This changed while you were editing',
      description: 'Someone else updated it first, so your changes have not been saved.',
      nextSteps: ['<link>Go back</link> and refresh the page to see the latest version.', 'Make your changes again, then save them.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'This item has been updated',
      description: 'Another person updated this item while you were editing it. Your changes have not been saved.',
      nextSteps: ['<link>Return to the previous page</link> and refresh it to see the latest version.', 'Make your changes again and save them.'],
      alternative: help.formal,
    },
  },
  GONE: {
    friendly: {
      title: 'This page is no longer here',
      description: "We've removed it, so links to it no longer work.",
      nextSteps: ['<link>Go to the home page</link> to find what you need.', 'Delete any bookmark you saved for this page.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'This page has been removed',
      description: 'It is no longer available, so links to it will not work.',
      nextSteps: ['<link>Go to the home page</link> to find what you need.', 'Delete any bookmark you saved for this page.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'This page is no longer available',
      description: 'It has been removed permanently, so links to it will not work.',
      nextSteps: ['<link>Return to the home page</link> to find the information you need.', 'Delete any bookmark saved for this page.'],
      alternative: help.formal,
    },
  },
  PAYLOAD_TOO_LARGE: {
    friendly: {
      title: 'That file is too big',
      description: 'What you sent is larger than we can take. The limit is {maxSize}.',
      nextSteps: ['<link>Go back</link> and choose a smaller file.', "If it's a photo or scan, try saving it at a lower quality."],
      alternative: help.friendly,
    },
    neutral: {
      title: 'The file is too large',
      description: 'The upload is bigger than we accept. The maximum size is {maxSize}.',
      nextSteps: ['<link>Go back</link> and choose a smaller file.', 'If it is a photo or scan, save it at a lower quality first.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'The file exceeds the size limit',
      description: 'The upload is larger than we can accept. The maximum size is {maxSize}.',
      nextSteps: [
        '<link>Return to the previous page</link> and select a smaller file.',
        'If it is a photo or scanned document, save it at a lower quality first.',
      ],
      alternative: help.formal,
    },
  },
  RATE_LIMITED: {
    friendly: {
      title: 'Too many attempts in a row',
      description: "To keep the service working for everyone, we've paused access from your device for a moment.",
      nextSteps: ['Wait {retryAfterSeconds, plural, one {#\u00a0second} other {#\u00a0seconds}}, then <link>try again</link>.'],
      alternative: help.friendly,
      withoutValues: { nextSteps: ['Wait a short while, then <link>try again</link>.'] },
    },
    neutral: {
      title: 'Too many attempts',
      description: 'To keep the service working for everyone, we have paused access from your device for a short time.',
      nextSteps: ['Wait {retryAfterSeconds, plural, one {#\u00a0second} other {#\u00a0seconds}}, then <link>try again</link>.'],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['Wait a short while, then <link>try again</link>.'] },
    },
    formal: {
      title: 'Too many attempts in a short time',
      description: 'To keep the service available for everyone, access from your device has been paused for a short time.',
      nextSteps: ['Wait {retryAfterSeconds, plural, one {#\u00a0second} other {#\u00a0seconds}} before you <link>try again</link>.'],
      alternative: help.formal,
      withoutValues: { nextSteps: ['Wait a short while before you <link>try again</link>.'] },
    },
  },
  QUOTA_EXCEEDED: {
    friendly: {
      title: "You've used all your allowance",
      description: "Your account has reached its limit for this period. Everything you've saved is safe.",
      nextSteps: ['Wait until {retryAt, date, long} to carry on.', 'If you need more before then, <link>contact support</link> about your plan.'],
      alternative: help.friendly,
      withoutValues: {
        nextSteps: ['Wait until your allowance renews to carry on.', 'If you need more before then, <link>contact support</link> about your plan.'],
      },
    },
    neutral: {
      title: 'Usage limit reached',
      description: 'Your account has used all its allowance for this period. Your saved work is not affected.',
      nextSteps: ['Wait until {retryAt, date, long} to continue.', '<link>Contact support</link> to ask about a higher limit before then.'],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['Wait until your allowance renews to continue.', '<link>Contact support</link> to ask about a higher limit before then.'] },
    },
    formal: {
      title: 'Your usage limit has been reached',
      description: 'Your account has used its full allowance for the current period. Your saved work is not affected.',
      nextSteps: ['Wait until {retryAt, date, long} to continue.', 'To request a higher limit before then, <link>contact support</link>.'],
      alternative: help.formal,
      withoutValues: { nextSteps: ['Wait until your allowance renews to continue.', 'To request a higher limit before then, <link>contact support</link>.'] },
    },
  },
  INTERNAL: {
    friendly: {
      title: 'Sorry, something went wrong',
      description: withAnswers("It's a problem on our side, not something you did.", saved.friendly),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Sorry, there is a problem',
      description: withAnswers('The problem is on our side.', saved.neutral),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'There is a problem with the service',
      description: withAnswers('We could not complete this action because of a problem on our side.', saved.formal),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.formal,
    },
  },
  NOT_IMPLEMENTED: {
    friendly: {
      title: "This isn't ready yet",
      description: "We're still building this part of the service.",
      nextSteps: ["<link>Go to the home page</link> to see what's available now."],
      alternative: help.friendly,
    },
    neutral: {
      title: 'This is not available yet',
      description: 'We are still building this part of the service.',
      nextSteps: ['<link>Go to the home page</link> to see what is available now.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'This feature is not yet available',
      description: 'This part of the service is still being developed.',
      nextSteps: ['<link>Return to the home page</link> to see the services offered at present.'],
      alternative: help.formal,
    },
  },
  DEPENDENCY_FAILED: {
    friendly: {
      title: "A service we use isn't working",
      description: withAnswers("This page needs another service, and it didn't respond properly.", saved.friendly),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'A connected service is not working',
      description: withAnswers('This page depends on another service, and it did not respond correctly.', saved.neutral),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'A connected service has a problem',
      description: withAnswers('This page relies on another service, which did not respond correctly.', saved.formal),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.formal,
    },
  },
  SERVICE_UNAVAILABLE: {
    friendly: {
      title: 'Sorry, the service is unavailable',
      description: withAnswers("We're expecting it back at {availableAt, time, short} on {availableAt, date, full}.", saved.friendly),
      nextSteps: ['Try again after {availableAt, time, short}.', statusStep],
      alternative: help.friendly,
      withoutValues: {
        description: withAnswers("We're working to bring it back as soon as we can.", saved.friendly),
        nextSteps: ['Try again later.', statusStep],
      },
    },
    neutral: {
      title: 'Sorry, the service is unavailable',
      description: withAnswers('You will be able to use it again from {availableAt, time, short} on {availableAt, date, full}.', saved.neutral),
      nextSteps: ['Try again after {availableAt, time, short}.', statusStep],
      alternative: help.neutral,
      withoutValues: { description: withAnswers('We are working to bring it back.', saved.neutral), nextSteps: ['Try again later.', statusStep] },
    },
    formal: {
      title: 'The service is unavailable',
      description: withAnswers('We expect it to be available again from {availableAt, time, short} on {availableAt, date, full}.', saved.formal),
      nextSteps: ['Try again after {availableAt, time, short}.', statusStep],
      alternative: help.formal,
      withoutValues: { description: withAnswers('We are working to make it available again.', saved.formal), nextSteps: ['Try again later.', statusStep] },
    },
  },
  MAINTENANCE: {
    friendly: {
      title: 'Sorry, the service is closed',
      description: "We're doing planned work on the service. You can use it again from {availableAt, time, short} on {availableAt, date, full}.",
      nextSteps: ['Try again after {availableAt, time, short}.', statusStep],
      alternative: help.friendly,
      withoutValues: {
        description: "We're doing planned work on the service. It will be back when the work is finished.",
        nextSteps: ['Try again later.', statusStep],
      },
    },
    neutral: {
      title: 'Sorry, the service is closed',
      description: 'We are doing planned work on the service. You can use it again from {availableAt, time, short} on {availableAt, date, full}.',
      nextSteps: ['Try again after {availableAt, time, short}.', statusStep],
      alternative: help.neutral,
      withoutValues: {
        description: 'We are doing planned work on the service. It will be available again when the work is finished.',
        nextSteps: ['Try again later.', statusStep],
      },
    },
    formal: {
      title: 'The service is closed for planned work',
      description: 'You will be able to use the service again from {availableAt, time, short} on {availableAt, date, full}.',
      nextSteps: ['Return to this page after {availableAt, time, short} to continue.', statusStep],
      alternative: help.formal,
      withoutValues: {
        description: 'You will be able to use the service again once the work is complete.',
        nextSteps: ['Return to this page later to continue.', statusStep],
      },
    },
  },
  UPSTREAM_TIMEOUT: {
    friendly: {
      title: 'This is taking too long',
      description: withAnswers("A service we rely on didn't answer in time.", saved.friendly),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'The service took too long',
      description: withAnswers('Another service we depend on did not answer in time.', saved.neutral),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'The response took too long',
      description: withAnswers('A connected service did not respond in time.', saved.formal),
      nextSteps: ['<link>Try again</link> in a few minutes.'],
      alternative: help.formal,
    },
  },
  DEGRADED: {
    friendly: {
      title: 'Results may be out of date',
      description: "Part of the service isn't working, so we're showing results saved at {since, time, short}.",
      nextSteps: [statusStep],
      alternative: help.friendly,
      withoutValues: { description: "Part of the service isn't working, so we're showing results we saved earlier." },
    },
    neutral: {
      title: 'Results may be out of date',
      description: 'Part of the service is not working, so we are showing results saved at {since, time, short}.',
      nextSteps: [statusStep],
      alternative: help.neutral,
      withoutValues: { description: 'Part of the service is not working, so we are showing results saved earlier.' },
    },
    formal: {
      title: 'Results may not be current',
      description: 'Part of the service is not working. The results shown were saved at {since, time, short}.',
      nextSteps: [statusStep],
      alternative: help.formal,
      withoutValues: { description: 'Part of the service is not working. The results shown were saved earlier.' },
    },
  },
  READ_ONLY: {
    friendly: {
      title: "You can't make changes right now",
      description: "Sorry, we've paused changes for a short time. You can still view everything.",
      nextSteps: ['Wait a little, then try your changes again.', statusStep],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Changes are paused',
      description: 'You can view everything, but you cannot make changes for a short time.',
      nextSteps: ['Try your changes again later.', statusStep],
      alternative: help.neutral,
    },
    formal: {
      title: 'Changes are temporarily unavailable',
      description: 'You may view all information, but changes cannot be made at present.',
      nextSteps: ['Try your changes again later.', statusStep],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRING: {
    friendly: {
      title: "You'll be signed out soon",
      description: "For your security, we'll sign you out in {minutes, plural, one {#\u00a0minute} other {#\u00a0minutes}}.",
      nextSteps: ['Save your work now.', '<link>Stay signed in</link> to keep working.'],
      alternative: help.friendly,
      withoutValues: { description: "For your security, we'll end your session shortly." },
    },
    neutral: {
      title: 'You will be signed out soon',
      description: 'For your security, we will sign you out in {minutes, plural, one {#\u00a0minute} other {#\u00a0minutes}}.',
      nextSteps: ['Save your work now.', '<link>Stay signed in</link> to keep working.'],
      alternative: help.neutral,
      withoutValues: { description: 'For your security, we will end your session shortly.' },
    },
    formal: {
      title: 'Your session will end soon',
      description: 'For your security, you will be signed out in {minutes, plural, one {#\u00a0minute} other {#\u00a0minutes}}.',
      nextSteps: ['Save your work now.', '<link>Stay signed in</link> to continue working.'],
      alternative: help.formal,
      withoutValues: { description: 'For your security, you will be signed out shortly.' },
    },
  },
};
