/**
 * {@code prevent serve}: the web workspace on the coordinator's own machine. It owns the HTTP side only (the
 * address, the token and the cookie, the checks every request passes, the pages and their forms); every rule it shows
 * or applies is the core's (the paper's view models, the one write path {@code Changeset}, the readers of forms), never
 * a second copy.
 */
package dev.prevent.serve;
