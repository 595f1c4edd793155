// Nothing to do but prove an external module runs beside the hydrated cards.
/* global window -- a page script */
window.__hydratePageReady = true;
