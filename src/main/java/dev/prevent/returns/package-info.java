/**
 * Progress returns: a form per lead agency holding its open actions, filled in Excel by the partner, and the
 * filled forms read back into the plan as dated updates, checked against the plan as it was when the form was made.
 */
package dev.prevent.returns;
