import { Banner } from '../Banner/Banner.js';
import type { BannerEntryFacts, FormattedMessageText, LinkKey } from '../private/contracts.js';
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
  /** Id of the banner; the title gets `${id}-title`. */
  readonly id?: string;
}

/**
 * A catalog notice (or error) as a banner: the title, the description and each next step, in the
 * message's own language and direction, so the banner reads correctly inside a page in another
 * language.
 *
 * @example
 * <CatalogBanner message={formatMessage(builtinCatalog, 'DEGRADED', { locale: 'en', values: { since } })}
 *   entry={builtinCatalog.get('DEGRADED')} links={{ status: 'https://status.example.com' }} dismissLabel="Dismiss" />
 */
export function CatalogBanner({ message, entry, links, dismissLabel, dismissHref, id }: CatalogBannerProps) {
  return (
    <div lang={message.locale} dir={message.dir}>
      <Banner
        tone={entry.bannerTone}
        title={message.title}
        {...(dismissHref !== undefined ? { dismissHref } : {})}
        {...(dismissLabel ? { dismissLabel } : {})}
        {...(id !== undefined ? { id } : {})}
      >
        <p>
          <RichTextView text={message.description} links={links} />
        </p>
        {message.nextSteps.map((step, index) => (
          <p key={index}>
            <RichTextView text={step} links={links} />
          </p>
        ))}
      </Banner>
    </div>
  );
}
