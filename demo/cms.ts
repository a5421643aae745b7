/**
 * The one script of the partner CMS page (cms.html): the widgets and nothing else. The page
 * has no code of its own; sign-in is `<as-session token-endpoint login-url>` plus the sign-in
 * bridge the partner's server mounts at /autoshares/* (see vite.config.ts).
 * Once the CDN bundle exists, cms.html loads `autoshares.js` instead of this file.
 */
import '@autoshares/widgets';
