/**
 * The delivery plan as immutable values: plan, objectives, actions, statuses, agencies,
 * timescales and the source positions they were read from. Depends on nothing else in the tool.
 */
package dev.prevent.model;
