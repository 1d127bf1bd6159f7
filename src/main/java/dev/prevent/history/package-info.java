/**
 * What moved since the last meeting, and the year's meetings: the plan folder read as it was at a git revision
 * or tag (in-process, with JGit), matched action by action with the working tree. It only reads git; committing a
 * change to the plan belongs to {@code dev.prevent.edit}.
 */
package dev.prevent.history;
