/**
 * The site's name, as titles, social previews, feeds and schemas show it. Every place that names
 * the site reads it from here, so it can become a setting in one change.
 */
export const SITE_NAME = "errordex";
