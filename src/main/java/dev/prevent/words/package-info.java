/**
 * What people type for a day, a timescale or a status, in the forms a UK council writes them ({@code 01/12/2026},
 * {@code Q3 26/27}, {@code G}, {@code On track}), read onto the format's own. Import and the command line read
 * alike through here, and each reading that was not already the format's says how it was read.
 */
package dev.prevent.words;
