/**
 * What moved since the last meeting: the plan folder read as it was at a git revision (in-process,
 * with JGit), matched action by action with the working tree.
 */
package dev.prevent.history;
