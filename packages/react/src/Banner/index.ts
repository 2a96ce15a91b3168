export { Banner } from './Banner.js';
export type { BannerProps, BannerTone } from './Banner.js';
