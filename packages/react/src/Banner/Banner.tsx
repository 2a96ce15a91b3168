import { useId, type ReactNode } from 'react';
import { themeClass, type ThemeName, type Tone } from '@errata/tokens';
import { cx } from '../private/cx.js';
import { CloseIcon, ToneIcon, type BannerKind } from '../private/icons.js';
import { safeHref } from '../safeHref/safeHref.js';
import * as styles from './Banner.css.js';

/** Banner tone; the same names as the catalog's `BannerTone`. */
export type BannerTone = Tone;
export type { BannerKind } from '../private/icons.js';

export interface BannerProps {
  readonly tone: BannerTone;
  /** Short summary, e.g. "Search is slow right now". Names the banner's region. */
  readonly title: string;
  /** Explanation: text or inline content. Strings are wrapped in a paragraph. */
  readonly children?: ReactNode;
  /** One link to act on the news. Dropped if its href is not allowed by `safeHref`. */
  readonly action?: { readonly label: string; readonly href: string };
  /** Where the dismiss link goes (the server forgets the banner there): works with no JavaScript. */
  readonly dismissHref?: string;
  /** Accessible name of the dismiss link. Default "Dismiss". */
  readonly dismissLabel?: string;
  /**
   * Announce assertively (`role="alert"`). Default: only `critical` is urgent; everything else
   * is a polite `role="status"`, so screen readers finish what they are saying first.
   */
  readonly urgent?: boolean;
  /**
   * Id of the banner; the title gets `${id}-title`. Default: a React `useId`, unique within one
   * React render. Banners rendered separately (one `renderToString` each) need their own ids.
   */
  readonly id?: string;
  /** The title's heading level. Default 2; `false` makes it a paragraph (no outline change). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | false;
  /** Hidden words read before the title, e.g. "Warning:", so tone is not conveyed by colour alone. */
  readonly toneLabel?: string;
  /** What the banner is about, when its tone alone does not say it: picks the icon. */
  readonly kind?: BannerKind;
  /**
   * Theme the banner carries itself (its class goes on the banner), so it needs no theme class on
   * the host page. Leave unset inside an errata page or a host that sets the theme class.
   */
  readonly theme?: ThemeName;
  /** A brand's class (`brand.className`), next to the theme class. */
  readonly brandClassName?: string;
  /** Language and direction of the banner's text, when they differ from the page's. */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
}

/**
 * A message about the state of the service, for ordinary server-rendered pages. It has no outer
 * margin (the host places it) and its styles are scoped, so the host page's own rules for `p`,
 * `a` or `section` do not change it.
 *
 * The `<section>` is a region landmark named by its title, which is a heading (`h2` unless
 * `headingLevel` says otherwise, as in GOV.UK's notification banner), so the banner can be found
 * by landmark and by heading. The live role sits on an inner element, because a landmark that is
 * also a live region is announced inconsistently (NVDA and VoiceOver drop one of the two roles).
 *
 * @example
 * <Banner tone="degraded" title="Search is slow right now" action={{ label: 'Check the status page', href: 'https://status.example.com' }}>
 *   We are showing saved results.
 * </Banner>
 */
export function Banner(props: BannerProps) {
  const { tone, title, children, action, dismissHref, dismissLabel = 'Dismiss', urgent, id, headingLevel, toneLabel, kind, theme, brandClassName } = props;
  const generatedId = useId();
  const bannerId = id ?? `errata-banner${generatedId}`;
  const titleId = `${bannerId}-title`;
  const safeTone: BannerTone = Object.hasOwn(styles.tone, tone) ? tone : 'info';
  const role = (urgent ?? safeTone === 'critical') ? 'alert' : 'status';
  const actionHref = action ? safeHref(action.href) : undefined;
  const dismiss = dismissHref === undefined ? undefined : safeHref(dismissHref);
  const Title = headingLevel === false ? 'p' : (`h${headingLevel ?? 2}` as const);
  const themed = theme !== undefined && Object.hasOwn(themeClass, theme) ? themeClass[theme] : undefined;

  return (
    <section
      id={bannerId}
      className={cx(themed, brandClassName, styles.root, styles.tone[safeTone])}
      aria-labelledby={titleId}
      {...(props.lang ? { lang: props.lang } : {})}
      {...(props.dir === 'rtl' || props.dir === 'ltr' ? { dir: props.dir } : {})}
    >
      <div className={styles.live} role={role}>
        <ToneIcon tone={kind ?? safeTone} className={styles.icon[safeTone]} />
        <div className={styles.content}>
          <Title id={titleId} className={styles.title}>
            {toneLabel ? <span className={styles.hidden}>{`${toneLabel} `}</span> : null}
            {title}
          </Title>
          {children === undefined || children === null || children === false ? null : (
            <div className={styles.body}>{typeof children === 'string' ? <p className={styles.text}>{children}</p> : children}</div>
          )}
          {action && actionHref ? (
            <p className={styles.action}>
              <a className={styles.link} href={actionHref}>
                {action.label}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      {dismiss ? (
        <a className={styles.dismiss} href={dismiss} aria-describedby={titleId}>
          <CloseIcon className={styles.dismissIcon} />
          <span className={styles.hidden}>{dismissLabel}</span>
        </a>
      ) : null}
    </section>
  );
}

/** Classes for content passed to a `Banner` (paragraphs and links inside its scope). */
export const bannerText = { text: styles.text, secondary: styles.secondary, link: styles.link } as const;
