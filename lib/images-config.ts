/** Image optimizer settings, shared by next.config.ts and the request guard in proxy.ts. */
export const imageDeviceSizes = [480, 768, 1080, 1600, 2400];
export const imageSizes = [240, 360];
export const imageQualities = [60, 75];
/** Only the site's own photo files may be resized (no remote URLs, nothing outside public/photos). */
export const optimizableImage = /^\/photos\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpe?g|png|webp)$/;
