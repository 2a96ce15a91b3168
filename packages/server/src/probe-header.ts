/**
 * The request header `errata probe` sends on every request (value `1`), so that a service's
 * metrics can keep synthetic probes out of its error rates. Declared once, here, for the probe
 * and for the metrics that read it. A client can send it too: count probe requests apart rather
 * than dropping them, so the header cannot hide real traffic.
 */
export const probeHeader = 'x-errata-probe';
