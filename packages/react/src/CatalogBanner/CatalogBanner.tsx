import type { ThemeName } from '@errata/tokens';
import { Banner, bannerText } from '../Banner/Banner.js';
import type { BannerEntryFacts, FormattedMessageText, LinkKey } from '../private/contracts.js';
import type { BannerKind } from '../private/icons.js';
import { RichTextView } from '../RichTextView/RichTextView.js';

export interface CatalogBannerProps {
  /** From `formatMessage(catalog, code, { locale, tone, values })`. */
  readonly message: FormattedMessageText;
  /** The catalog entry of `message.code`: its `bannerTone` sets the banner's tone. */
  readonly entry: BannerEntryFacts;
  /** Configured URLs per link key; each passes `safeHref`, and a missing one leaves plain text. */
  readonly links: Readonly<Partial<Record<LinkKey, string>>>;
  /** The dismiss link's accessible name in the message's language (`uiStrings(locale).dismiss`). */
  readonly dismissLabel?: string;
  /** Where dismissing goes (works without JavaScript); no dismiss link without it. */
  readonly dismissHref?: string;
  /** Id of the banner; the title gets `${id}-title`. Give each banner on a page its own. */
  readonly id?: string;
  /** The theme the banner carries itself (see `Banner`'s `theme`). */
  readonly theme?: ThemeName;
  /** A brand's class, next to the theme class. */
  readonly brandClassName?: string;
}

/**
 * What a banner shows for an entry besides its tone: kinds that share a tone get their own icon.
 * Read from the entry's taxonomy, so a custom catalog's notices get the same treatment.
 */
export function bannerKindOf(entry: BannerEntryFacts): BannerKind | undefined {
  if (entry.bannerTone === 'degraded') return undefined;
  // A session (running out, or ended): the person signs in. A refusal of access is not about time.
  if (entry.category === 'auth' && entry.action === 'sign-in') return 'session';
  if (entry.category === 'availability') return (entry.status ?? 0) >= 500 ? 'maintenance' : 'read-only';
  return undefined;
}

/**
 * A catalog notice (or error) as a banner: every field of the message (title, description, each
 * next step with its link, and the help line), in the message's own language and direction, so
 * the banner reads correctly inside a page in another language.
 *
 * @example
 * <CatalogBanner message={formatMessage(builtinCatalog, 'DEGRADED', { locale: 'en', values: { since } })}
 *   entry={builtinCatalog.get('DEGRADED')} links={{ status: 'https://status.example.com' }} dismissLabel="Dismiss" />
 */
export function CatalogBanner({ message, entry, links, dismissLabel, dismissHref, id, theme, brandClassName }: CatalogBannerProps) {
  const kind = bannerKindOf(entry);
  const steps = Array.isArray(message.nextSteps) ? message.nextSteps : [];
  return (
    <Banner
      tone={entry.bannerTone}
      title={message.title}
      lang={message.locale}
      dir={message.dir}
      {...(kind ? { kind } : {})}
      {...(theme !== undefined ? { theme } : {})}
      {...(brandClassName ? { brandClassName } : {})}
      {...(dismissHref !== undefined ? { dismissHref } : {})}
      {...(dismissLabel ? { dismissLabel } : {})}
      {...(id !== undefined ? { id } : {})}
    >
      <p className={bannerText.text}>
        <RichTextView text={message.description} links={links} linkClassName={bannerText.link} />
      </p>
      {steps.map((step, index) => (
        <p key={index} className={bannerText.text}>
          <RichTextView text={step} links={links} linkClassName={bannerText.link} />
        </p>
      ))}
      {message.alternative ? (
        <p className={bannerText.secondary}>
          <RichTextView text={message.alternative} links={links} linkClassName={bannerText.link} />
        </p>
      ) : null}
    </Banner>
  );
}
